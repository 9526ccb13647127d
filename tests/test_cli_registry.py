"""The ``rdw`` command registry: command modules register themselves and never import ``main``;
``main`` builds one subcommand per registered command, with its help, in the registered order."""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

import pytest

import desktop.cli
from desktop.cli import registry
from desktop.cli.main import COMMAND_GROUPS, build_parser, main

CLI_DIR = Path(desktop.cli.__file__).resolve().parent


def _imports_of_main(path: Path) -> list[str]:
    """Every import in ``path`` that names ``desktop.cli.main``, relatively or absolutely."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name == "desktop.cli.main"]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            names = {a.name for a in node.names}
            if (node.level == 1 and (module == "main" or (not module and "main" in names))) \
                    or (node.level == 2 and (module == "cli.main" or (module == "cli" and "main" in names))) \
                    or module == "desktop.cli.main" or (module == "desktop.cli" and "main" in names):
                found.append(f"{'.' * node.level}{module} (line {node.lineno})")
    return found


@pytest.mark.parametrize("path", sorted(p for p in CLI_DIR.glob("*.py") if p.name != "main.py"), ids=lambda p: p.name)
def test_no_cli_module_imports_main(path):
    """``main`` imports the command modules, never the other way round (no import circle)."""
    assert _imports_of_main(path) == []


def test_the_scan_would_see_an_import_of_main(tmp_path):
    """The scan above recognises the ways of importing ``main`` (so its passing means something)."""
    for line in ("from .main import _table", "from . import main", "from .main import main as m",
                 "from ..cli.main import build_parser", "import desktop.cli.main", "from desktop.cli import main"):
        path = tmp_path / "m.py"
        path.write_text(f"def f():\n    {line}\n", encoding="utf-8")
        assert _imports_of_main(path), line


def _subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return action


def test_every_registered_command_is_a_subcommand_with_its_help():
    action = _subcommands(build_parser())
    helps = {choice.dest: choice.help for choice in action._choices_actions}
    commands = registry.registered()
    assert commands and [c.name for c in commands if c.name not in action.choices] == []
    assert sorted(action.choices) == sorted(c.name for c in commands)
    for entry in commands:
        assert helps[entry.name] == entry.help
        parser = action.choices[entry.name]
        assert parser.description == entry.help
        assert parser.get_default("func") is entry.function
        assert parser.get_default("needs_store") is entry.needs_store


def test_every_command_belongs_to_a_group_of_main():
    modules = {group.__name__ for group in COMMAND_GROUPS}
    assert {c.module for c in registry.registered()} <= modules
    assert len(registry.in_order(COMMAND_GROUPS)) == len(registry.registered())


def test_help_lists_commands_in_the_registered_order(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    listed = re.findall(r"^ {4}(\S+)", out, flags=re.MULTILINE)
    assert listed == [c.name for c in registry.in_order(COMMAND_GROUPS)]


def test_a_name_is_registered_by_one_module_only():
    taken = registry.registered()[0]
    impostor = registry.Command(taken.name, lambda store, args: 0, "another", needs_store=False)
    if impostor.module == taken.module:  # (cannot happen: the lambda's module is this test's)
        pytest.skip("same module")
    with pytest.raises(ValueError, match=taken.name):
        registry.register(impostor)
    assert registry.registered()[0] is taken
