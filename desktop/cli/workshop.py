"""``rdw decisions CASE [--out FILE] [--lang en|fr|de]``: a case's workshop decision log as plain text.

Who decided what, when, in which session, with the room's counts and the reason; printed, or
written as UTF-8 for minutes and memos; ``--lang fr|de`` writes its own words and the questions
and answers in French or German (names and reasons as typed). Like the core commands it imports
only stdlib and ``desktop.models`` (never Qt); an unknown id or an unwritable file becomes one
``rdw: error: …`` line and exit code 1 in ``cli.main``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .output import terminal_text
from .cases import chosen_language, language_option
from .registry import case_argument, command

if TYPE_CHECKING:
    from ..models.storage.interface import CaseStorage


def _arguments(p: argparse.ArgumentParser) -> None:
    case_argument(p)
    p.add_argument("--out", metavar="FILE", type=Path, help="write the log to FILE (UTF-8) instead of printing it")
    language_option(p, "the log's language (default en; names and reasons as typed)")


@command("decisions", "print a case's workshop decision log (who decided what, when and why)", arguments=_arguments)
def cmd_decisions(store: CaseStorage, args: argparse.Namespace) -> int:
    from ..models.exchange import write_text_atomic
    from ..models.workshop import decision_log_text

    lang = chosen_language(args)
    if lang is False:
        return 2
    text = decision_log_text(store.get(args.case), lang or "en")
    if args.out:
        # UTF-8, "\n" line ends, never half-written, never the open database
        write_text_atomic(args.out, text, protect=getattr(args, "db_path", None))
        print(args.out)
    else:
        sys.stdout.write(terminal_text(text))  # the log holds imported names and reasons
    return 0
