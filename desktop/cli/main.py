"""``rdw``: the command line, for scripting, batch import/export and checking a database.

Running ``rdw`` with no command opens the GUI. Every command opens the store, does one thing,
and closes it. User errors (an unknown id, a bad file, an unusable database or path) become one
line on stderr and exit code 1; argparse keeps exit code 2 for usage errors. Only stdlib and
``desktop.models`` are imported here, never Qt, so commands start quickly and work headless.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import unicodedata
from pathlib import Path
from typing import Callable, Sequence

from .. import __version__
from .evidence import add_evidence_commands
from .figure import add_figure_command
from .scorecard import add_scorecard_command
from .sensitivity import add_sensitivity_command
from .slides import add_slides_command
from .workshop import add_workshop_commands
from ..models.case import Case, Leverage
from ..models.exchange import CaseFileError, case_to_json, read_case_file, write_case_file
from ..models.library import open_store
from ..models.scales import PPP, Feasibility, Level, LeverageDegree, Pillar
from ..models.storage.store import CaseStore, StoreError
from ..models.text import one_line
from ..paths import default_db_path

NOT_ASSESSED = "—"
_PROBE = "Rühlig — 光刻机"  # what cases contain: accents, dashes, CJK
_KEY_WIDTH = 34  # fits "  Production & commercialisation:"


# -- output plumbing ----------------------------------------------------------------------
def _ensure_utf8(stream) -> None:
    """A stream that cannot encode case text (ASCII/latin-1 locales, PYTHONIOENCODING) is switched
    to UTF-8 with replacement, so printing a Chinese title never crashes a command."""
    encoding = getattr(stream, "encoding", None) or "ascii"
    try:
        _PROBE.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _emit_exact(text: str) -> None:
    """Write canonical UTF-8 bytes (no newline translation, no locale encoding), so that
    ``rdw show --json X > x.json`` gives the same bytes as ``export-case`` on every platform."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def _width(text: str) -> int:
    """Terminal columns: East Asian wide characters take two, combining marks none."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    cells = [[one_line(c) for c in row] for row in [headers, *rows]]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for row in cells:
        padded = [c + " " * (w - _width(c)) for c, w in zip(row, widths)]
        lines.append("  ".join(padded).rstrip())
    return "\n".join(lines)


# -- plain-text rendering (the GUI may reuse this for a copyable summary) ------------------
def _label(value) -> str:
    if value is None:
        return NOT_ASSESSED
    if isinstance(value, bool):
        return "yes" if value else "no"
    return getattr(value, "label", str(value))


def _labels(values) -> str:
    return ", ".join(_label(v) for v in values) if values else NOT_ASSESSED


def _heading(name: str) -> str:
    return name.replace("_", " ").capitalize()


def case_kind(is_reference: bool) -> str:
    return "reference" if is_reference else "mine"


def format_case_text(case: Case) -> str:
    """A readable plain-text summary of a case; ``—`` marks what is not yet assessed."""
    title = one_line(case.title)
    out: list[str] = [title, "=" * min(_width(title), 78)]

    def field(name: str, value: object) -> None:
        key = name + ":"
        out.append(key + " " * max(1, _KEY_WIDTH - _width(key)) + one_line(value))

    field("id", case.id)
    field("area", case.technology_area or NOT_ASSESSED)
    field("kind", case_kind(case.is_reference))
    field("status", case.status.value)
    if case.reference is not None:
        field("citation", case.reference.citation)
        field("chapter", case.reference.chapter)
        field("authors", ", ".join(case.reference.authors) or NOT_ASSESSED)
    if case.provenance is not None:
        for part in ("strength", "leverage", "ambition"):
            field(f"provenance ({part})", _label(getattr(case.provenance, part)))

    out += ["", "Strength"]
    for pillar in Pillar:
        p = case.strength.pillar(pillar)
        if p.present is None:
            text = NOT_ASSESSED
        elif not p.present:
            text = "not a strength"
        else:
            text = f"stance {_label(p.stance)}, likelihood {_label(p.likelihood)}"
        field(f"  {pillar.label}", text)
    field("  Types", _labels(case.strength.types))

    out += ["", "Leverage"]
    for name in Leverage.FACTORS:
        value = getattr(case.leverage, name)
        field(f"  {_heading(name)}", _labels(value) if isinstance(value, list) else _label(value))
    field("  Degree", _label(case.leverage.degree))

    out += ["", "Ambition"]
    for level in Level:
        field(f"  {level.label}", _label(case.ambition.feasibility.get(level)))
    field("  Chosen level", _label(case.ambition.chosen_level))
    autonomy = case.ambition.entanglement_autonomy
    field("  Entanglement/autonomy", NOT_ASSESSED if autonomy is None else f"{autonomy}/100")

    out += ["", "Instruments"]
    if not case.instruments:
        out.append(f"  {NOT_ASSESSED}")
    for level in Level:
        chosen = case.instruments_for(level)
        if chosen:
            out.append(f"  {level.label}")
            out += [f"    - [{i.ppp.label}] {one_line(i.text)}" for i in chosen]
    return "\n".join(out)


# -- commands ----------------------------------------------------------------------------
def cmd_list(store: CaseStore, args: argparse.Namespace) -> int:
    summaries = store.list_summaries()
    if args.json:
        rows = [
            {
                "id": s.id,
                "title": s.title,
                "technology_area": s.technology_area,
                "reference": s.is_reference,
                "status": s.status,
            }
            for s in summaries
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        rows = [[s.id, s.title, s.technology_area, case_kind(s.is_reference), s.status] for s in summaries]
        print(_table(["id", "title", "area", "kind", "status"], rows))
    return 0


def cmd_show(store: CaseStore, args: argparse.Namespace) -> int:
    case = store.get(args.case)
    if args.json:
        _emit_exact(case_to_json(case))
    else:
        print(format_case_text(case))
    return 0


def cmd_import(store: CaseStore, args: argparse.Namespace) -> int:
    # every file is read and validated before the single all-or-nothing write
    cases = [read_case_file(path) for path in args.files]
    for case_id in store.add_cases(cases):
        print(case_id)
    return 0


def cmd_export_case(store: CaseStore, args: argparse.Namespace) -> int:
    write_case_file(store.get(args.case), args.out)
    print(args.out)
    return 0


def cmd_suggest(store: CaseStore, args: argparse.Namespace) -> int:
    from ..models.rules import suggest_case

    result = suggest_case(store.get(args.case))
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print(one_line(store.get(args.case).title))
    blocks = [("Degree of leverage", result["leverage"])]
    blocks += [(Level(token).label, value) for token, value in result["feasibility"].items()]
    for name, suggestion in blocks:
        label = _label(LeverageDegree(suggestion["value"]) if name == "Degree of leverage" and suggestion["value"]
                       else Feasibility(suggestion["value"]) if suggestion["value"] else None)
        print(f"\n{name}: {label}")
        for reason in suggestion["reasons"]:
            print(f"  - {one_line(reason)}")
    if result["instruments"]:
        print("\nInstruments")
        for inst in result["instruments"]:
            print(f"  - [{Level(inst['level']).label}, {PPP(inst['ppp']).label}] {one_line(inst['text'])}")
    return 0


def cmd_check(_store: CaseStore | None, args: argparse.Namespace) -> int:
    """Integrity of the database file, read-only: exit 0 when healthy, 1 when not."""
    from ..models.storage.backup import check_database, list_backups

    health = check_database(args.db_path, thorough=True)
    print(health.message if health.ok else f"rdw: damaged: {health.message}", file=sys.stdout if health.ok else sys.stderr)
    backups = list_backups(args.db_path)
    if backups:
        print(f"{len(backups)} backup(s), newest {backups[0].label}: {backups[0].path}")
    return 0 if health.ok else 1


def cmd_backup(_store: CaseStore | None, args: argparse.Namespace) -> int:
    from ..models.storage.backup import check_database, make_backup

    health = check_database(args.db_path)
    if not health.ok:
        raise StoreError(f"not backed up: {health.message}")
    backup = make_backup(args.db_path, force=True)
    print(backup.path)
    return 0


def cmd_schema(_store: CaseStore | None, _args: argparse.Namespace) -> int:
    print(json.dumps(Case.model_json_schema(), indent=2, ensure_ascii=False))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rdw",
        description="Reverse Dependency Workbench. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"rdw {__version__}")
    parser.add_argument(
        "--self-test", action="store_true",
        help="check this installation headless (temporary database, suggestions, PDF and chart export); exit 0 if it works",
    )
    parser.add_argument(
        "--db", type=Path, metavar="PATH", help="the case database (default: workbench.sqlite in your user data folder)",
        default=None,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, func: Callable, help: str, store: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        p.set_defaults(func=func, needs_store=store)
        if store:  # `rdw list --db X` works as well as `rdw --db X list`
            p.add_argument("--db", type=Path, metavar="PATH", default=argparse.SUPPRESS, help="the case database")
        return p

    p = command("list", cmd_list, "list every case (reference library and your own)")
    p.add_argument("--json", action="store_true", help="print a JSON array instead of a table")
    p = command("show", cmd_show, "show one case")
    p.add_argument("case", metavar="CASE", help="case id (see 'rdw list')")
    p.add_argument("--json", action="store_true", help="print the exchange-format file")
    p = command("import", cmd_import, "import case files, all or nothing")
    p.add_argument("files", metavar="FILE", nargs="+", type=Path)
    p = command("export-case", cmd_export_case, "write one case as an exchange-format file")
    p.add_argument("case", metavar="CASE", help="case id (see 'rdw list')")
    p.add_argument("--out", metavar="FILE", type=Path, required=True)
    p = command("suggest", cmd_suggest, "what the rules suggest for a case, and why")
    p.add_argument("case", metavar="CASE", help="case id (see 'rdw list')")
    p.add_argument("--json", action="store_true", help="print JSON with the framework's tokens")
    add_sensitivity_command(command)
    add_scorecard_command(command)
    add_figure_command(command)
    add_slides_command(command)
    add_workshop_commands(command)
    add_evidence_commands(command)
    p = command("check", cmd_check, "check the database's integrity (exit 1 if damaged); never writes", store=False)
    p.add_argument("--db", type=Path, metavar="PATH", default=argparse.SUPPRESS, help="the case database")
    p = command("backup", cmd_backup, "make a backup of the database now", store=False)
    p.add_argument("--db", type=Path, metavar="PATH", default=argparse.SUPPRESS, help="the case database")
    command("schema", cmd_schema, "print the JSON Schema of the case exchange format", store=False)
    return parser


def _run(args: argparse.Namespace, db_path: Path) -> int:
    if args.command is None:
        from ..models.storage.quick_listing import preview_store
        from ..views.window.app import run_gui  # Qt is loaded only when the GUI is really wanted

        return run_gui(db_path, preview_store(db_path))
    args.db_path = db_path
    if not args.needs_store:
        return args.func(None, args)
    store = open_store(db_path)
    try:
        return args.func(store, args)
    finally:
        store.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``rdw`` console script and ``python -m desktop``; returns the exit code."""
    _ensure_utf8(sys.stdout)
    _ensure_utf8(sys.stderr)
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # --help, --version, usage errors: argparse already printed
        return exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 2)
    if args.self_test:  # a temporary database of its own: --db and the user's data stay untouched
        from ..self_test import run_self_test

        return run_self_test()
    db_path = args.db if args.db is not None else default_db_path()
    try:
        code = _run(args, db_path)
        sys.stdout.flush()  # a closed pipe shows up here, inside the handler, not at exit
        return code
    except BrokenPipeError:
        # the reader (e.g. `head`) has gone: stop quietly, and keep the interpreter's final flush
        # from complaining about the same closed pipe
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return 1
    except (StoreError, CaseFileError, OSError, sqlite3.Error) as error:
        print(f"rdw: error: {one_line(error)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
