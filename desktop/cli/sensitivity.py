"""``rdw sensitivity CASE [--json]``: which single change would flip the suggestions, and by how much.

Kept out of the case commands so the command can grow without touching them; like them it
imports only stdlib and ``desktop.models`` (never Qt). An unknown id raises the store's
``UnknownCaseError``, which ``cli.main`` turns into one ``rdw: error: …`` line and exit code 1.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from .output import say, say_json
from .registry import case_argument, command

if TYPE_CHECKING:
    from ..models.storage.interface import CaseStorage


def _arguments(p: argparse.ArgumentParser) -> None:
    case_argument(p)
    p.add_argument("--json", action="store_true", help="print JSON with the framework's tokens")


@command("sensitivity", "what single change of an input would flip the suggested leverage or feasibility",
         arguments=_arguments)
def cmd_sensitivity(store: CaseStorage, args: argparse.Namespace) -> int:
    from ..models.sensitivity import analyse, format_text

    result = analyse(store.get(args.case))
    if args.json:
        say_json(result.as_json())
    else:
        say(format_text(result))
    return 0
