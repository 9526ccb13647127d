"""``rdw list``, ``show``, ``import``, ``export-case``, ``suggest``: the cases themselves, for
scripting and batch work: list them, read one, move them in and out as exchange-format files,
and ask what the rules suggest. Stdlib and ``desktop.models`` only (never Qt), and the models
only inside the commands that need them: ``list`` reads its rows with plain sqlite3, the way the
window's start-up list does. An unknown id or a bad file becomes one ``rdw: error: …`` line and
exit code 1 in ``main``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..models.text import escape_json_text, one_line
from .output import case_kind, emit_exact, say, say_json, text_table, token_label
from .registry import case_argument, command, db_option

if TYPE_CHECKING:
    from ..models.storage.interface import CaseStorage
    from ..models.storage.records import CaseSummary


def _list_arguments(p: argparse.ArgumentParser) -> None:
    db_option(p)
    p.add_argument("--json", action="store_true", help="print a JSON array instead of a table")


def list_rows(db_path: Path) -> list[CaseSummary]:
    """The list's rows: read with plain sqlite3 when the file is a healthy database of this
    schema (nothing heavy imported); anything else goes through the store, which says what is
    wrong with exactly the words every other command uses."""
    from ..models.storage.location import TeamAddress
    from ..models.storage.quick_listing import checked_summaries

    rows = None if isinstance(db_path, TeamAddress) else checked_summaries(db_path)
    if rows is not None:
        return rows
    from ..models.library import open_store

    store = open_store(db_path, read_only=True)
    try:
        return store.list_summaries()
    finally:
        store.close()


@command("list", "list every case (reference library and your own)", needs_store=False,
         arguments=_list_arguments)
def cmd_list(_store: None, args: argparse.Namespace) -> int:
    summaries = list_rows(args.db_path)
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
        say_json(rows)
    else:
        rows = [[s.id, s.title, s.technology_area, case_kind(s.is_reference), s.status] for s in summaries]
        say(text_table(["id", "title", "area", "kind", "status"], rows))
    return 0


def _show_arguments(p: argparse.ArgumentParser) -> None:
    case_argument(p)
    p.add_argument("--json", action="store_true", help="print the exchange-format file")


@command("show", "show one case", arguments=_show_arguments)
def cmd_show(store: CaseStorage, args: argparse.Namespace) -> int:
    from ..models.exchange import case_to_json
    from .case_text import format_case_text

    case = store.get(args.case)
    if args.json:
        text = case_to_json(case)  # exact bytes for a file; on a terminal, escapes act on nothing
        emit_exact(escape_json_text(text) if sys.stdout.isatty() else text)
    else:
        say(format_case_text(case))
    return 0


def _import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", metavar="FILE", nargs="+", type=Path)


@command("import", "import case files, all or nothing", arguments=_import_arguments, writes=True)
def cmd_import(store: CaseStorage, args: argparse.Namespace) -> int:
    from ..models.exchange import read_case_file

    # every file is read and validated before the single all-or-nothing write
    cases = [read_case_file(path) for path in args.files]
    for case_id in store.add_cases(cases):
        say(case_id)
    return 0


def _export_case_arguments(p: argparse.ArgumentParser) -> None:
    case_argument(p)
    p.add_argument("--out", metavar="FILE", type=Path, required=True)


@command("export-case", "write one case as an exchange-format file", arguments=_export_case_arguments)
def cmd_export_case(store: CaseStorage, args: argparse.Namespace) -> int:
    from ..models.exchange import write_case_file

    write_case_file(store.get(args.case), args.out, protect=getattr(args, "db_path", None))
    print(args.out)
    return 0


def language_option(p: argparse.ArgumentParser, help_text: str) -> None:
    """``--lang en|fr|de`` of every command that has one, read the same way by ``chosen_language``."""
    p.add_argument("--lang", metavar="en|fr|de", default=None, help=help_text)


def lang_option(p: argparse.ArgumentParser, what: str, json_adds: str) -> None:
    """``--lang``: the language of ``what`` (default English), and what it adds to ``--json``."""
    language_option(p, f"the language of {what} (default en); with --json, tokens and English stay, and "
                       f"'lang' and {json_adds} (in that language) are added")


def chosen_language(args: argparse.Namespace) -> str | bool | None:
    """The checked ``--lang`` ("fr_FR" is French), None when not given; False for an unknown
    language, after saying so in one line on stderr: the command then exits with 2, as for
    argparse's usage errors (``main`` asks first, before the store is opened)."""
    if args.lang is None:
        return None
    from ..models.language import UnknownLanguageError, checked

    try:
        return checked(args.lang)
    except UnknownLanguageError as error:
        say(f"rdw {args.command}: error: argument --lang: {one_line(error)}", file=sys.stderr)
        return False


def _suggest_arguments(p: argparse.ArgumentParser) -> None:
    case_argument(p)
    p.add_argument("--json", action="store_true", help="print JSON with the framework's tokens")
    lang_option(p, "the reasons and labels", "'texts' beside each 'reasons' and 'reason_text' beside each "
                "instrument's 'reason'")


def _with_texts(result: dict, lang: str) -> dict:
    """``rdw suggest --json --lang``: tokens and English reasons as always, and next to them the
    reasons in ``lang`` ("texts" beside "reasons"; "reason_text" beside an instrument's "reason",
    whose "text" is the instrument's own)."""
    from ..models.language import localised

    def texts(suggestion: dict) -> dict:
        return {**suggestion, "texts": [localised(r, lang) for r in suggestion["reasons"]]}

    return {**result, "lang": lang, "leverage": texts(result["leverage"]),
            "feasibility": {level: texts(s) for level, s in result["feasibility"].items()},
            "instruments": [{**i, "reason_text": localised(i["reason"], lang)} for i in result["instruments"]]}


@command("suggest", "what the rules suggest for a case, and why", arguments=_suggest_arguments)
def cmd_suggest(store: CaseStorage, args: argparse.Namespace) -> int:
    asked = chosen_language(args)
    if asked is False:
        return 2
    from ..models.language import label, localised, term
    from ..models.rules import suggest_case
    from ..models.scales import PPP, Feasibility, Level, LeverageDegree

    lang = asked or "en"
    case = store.get(args.case)
    result = suggest_case(case)
    if args.json:
        say_json(_with_texts(result, lang) if asked else result)
        return 0
    say(one_line(case.title))  # the case's own text, as written
    value = result["leverage"]["value"]
    blocks = [(term("term.degree_of_leverage", lang), LeverageDegree(value) if value else None, result["leverage"])]
    blocks += [(label(Level(token), lang), Feasibility(s["value"]) if s["value"] else None, s)
               for token, s in result["feasibility"].items()]
    for name, member, suggestion in blocks:
        say(f"\n{name}: {label(member, lang) if member else token_label(None)}")
        for reason in suggestion["reasons"]:
            say(f"  - {one_line(localised(reason, lang))}")
    if result["instruments"]:
        say(f"\n{term('term.instruments', lang)}")
        for inst in result["instruments"]:
            tags = f"{label(Level(inst['level']), lang)}, {label(PPP(inst['ppp']), lang)}"
            say(f"  - [{tags}] {one_line(inst['text'])}")  # the instrument's text as written
    return 0
