"""Commands import only what they need (issue 20): checked in a fresh process, so a heavy
import added on the way cannot quietly slow every script that calls ``rdw``. (How fast they are
is measured in benchmarks/cli.py, not here.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main as cli_main
from desktop.models.library import open_store

LIBRARIES = ("pydantic", "sqlite_utils", "numpy", "PySide6", "pyqtgraph", "docx", "pypdf")
MODELS = ("desktop.models.case", "desktop.models.exchange", "desktop.models.storage.store")
QT = ("PySide6", "pyqtgraph")
CASE = "dpc2024-automotive-chips"


def loaded_by(*args: str) -> tuple[str, set[str]]:
    """(stdout without the last line, every module the process had loaded at the end)."""
    code = ("import sys\nfrom desktop.launch import main\nsys.argv = ['rdw', *sys.argv[1:]]\n"
            "code = main()\nprint(sorted(m for m in sys.modules))\nraise SystemExit(code)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    *out, modules = done.stdout.splitlines()
    return "\n".join(out), set(eval(modules))  # noqa: S307 (our own print of a list of names)


def heavy(modules: set[str], names: tuple[str, ...]) -> list[str]:
    """The loaded modules that are one of ``names`` or inside one of them."""
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("lean") / "workbench.sqlite"
    open_store(path).close()  # the reference library, as at the first start
    return path


def test_version_imports_nothing_heavy():
    first, modules = loaded_by("--version")
    assert first.startswith("rdw ") and first.split()[1][0].isdigit()
    assert heavy(modules, (*LIBRARIES, "desktop.cli", "desktop.models")) == []


def test_help_lists_every_command_without_loading_the_models():
    out, modules = loaded_by("--help")
    assert "scorecard" in out and "list" in out
    assert heavy(modules, (*LIBRARIES, *MODELS)) == []


@pytest.mark.parametrize("extra", [[], ["--json"]], ids=["table", "json"])
def test_list_reads_its_rows_with_plain_sqlite(db, extra):
    out, modules = loaded_by("--db", str(db), "list", *extra)
    assert CASE in out
    assert heavy(modules, (*LIBRARIES, *MODELS)) == []


@pytest.mark.parametrize("command", [
    ["show", CASE], ["show", CASE, "--json"], ["suggest", CASE], ["sensitivity", CASE], ["decisions", CASE],
    ["snapshots", CASE], ["schema"], ["check"],
], ids=lambda c: " ".join(c))
def test_reading_commands_need_the_models_but_neither_qt_nor_sqlite_utils(db, command):
    _out, modules = loaded_by("--db", str(db), *command)
    assert "desktop.models.case" in modules or command == ["check"]  # (so the check below means something)
    assert heavy(modules, ("sqlite_utils", "numpy", *QT, "docx", "pypdf")) == []


def test_a_pdf_scorecard_needs_qt_gui_only(db, tmp_path):
    out, modules = loaded_by("--db", str(db), "scorecard", CASE, "--out", str(tmp_path / "s.pdf"))
    assert out.strip() == str(tmp_path / "s.pdf") and (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF-")
    assert "PySide6.QtGui" in modules
    assert heavy(modules, ("PySide6.QtWidgets", "pyqtgraph", "numpy", "sqlite_utils", "docx", "pypdf")) == []


def test_png_pages_need_qt_gui_only(db, tmp_path):
    out, modules = loaded_by("--db", str(db), "scorecard", CASE, "--png", str(tmp_path / "png"))
    assert out.strip().endswith(".png") and "PySide6.QtGui" in modules
    assert heavy(modules, ("PySide6.QtWidgets", "pyqtgraph", "numpy", "docx", "pypdf")) == []


def test_a_word_scorecard_needs_no_qt(db, tmp_path):
    _out, modules = loaded_by("--db", str(db), "scorecard", CASE, "--out", str(tmp_path / "s.docx"))
    assert "docx" in modules and heavy(modules, (*QT, "pypdf", "numpy", "sqlite_utils")) == []


def test_figures_load_the_charts_only_when_asked_for(db, tmp_path):
    _out, modules = loaded_by("--db", str(db), "scorecard", CASE, "--figures", "--out", str(tmp_path / "f.pdf"))
    assert "pyqtgraph" in modules and "PySide6.QtWidgets" in modules  # (the charts are widgets)


# -- the quick list says exactly what the store says ------------------------------------------
def _list_output(capsys, db: Path, *extra: str) -> str:
    assert cli_main.main(["--db", str(db), "list", *extra]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("extra", [[], ["--json"]], ids=["table", "json"])
def test_the_quick_list_prints_what_the_store_lists(tmp_path, capsys, monkeypatch, extra):
    db = tmp_path / "workbench.sqlite"
    store = open_store(db)
    store.create("Zebra case", technology_area="光刻机 <b>&amp;")  # odd characters
    store.create("Öffentliche Zeitenwende")  # casefolded: sorted with "öffentlich…", after "Zebra"
    store.close()
    quick = _list_output(capsys, db, *extra)
    monkeypatch.setattr("desktop.models.storage.quick_listing.checked_summaries", lambda path: None)
    assert _list_output(capsys, db, *extra) == quick
    if extra:
        rows = json.loads(quick)
        assert [r["title"] for r in rows[-2:]] == ["Zebra case", "Öffentliche Zeitenwende"]
        assert rows[-2]["technology_area"] == "光刻机 <b>&amp;" and not rows[-1]["reference"]


def test_a_file_the_quick_list_declines_gets_the_stores_words(tmp_path, capsys):
    old = tmp_path / "old.sqlite"
    import sqlite3

    conn = sqlite3.connect(old)
    conn.execute("CREATE TABLE cases (id TEXT PRIMARY KEY, title TEXT)")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    from desktop.models.storage.quick_listing import checked_summaries

    assert checked_summaries(old) is None and checked_summaries(tmp_path / "missing.sqlite") is None
    assert cli_main.main(["--db", str(tmp_path / "missing.sqlite"), "list"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist; nothing was created" in err
    assert not (tmp_path / "missing.sqlite").exists()
