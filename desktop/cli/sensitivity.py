"""``rdw sensitivity CASE [--json] [--lang en|fr|de]``: which single change would flip the suggestions,
and by how much, in the language asked for (the case's own title as written).

Kept out of the case commands so the command can grow without touching them; like them it
imports only stdlib and ``desktop.models`` (never Qt). An unknown id raises the store's
``UnknownCaseError``, which ``cli.main`` turns into one ``rdw: error: …`` line and exit code 1.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from .cases import chosen_language, lang_option
from .output import say, say_json
from .registry import case_argument, command

if TYPE_CHECKING:
    from ..models.storage.interface import CaseStorage


def _arguments(p: argparse.ArgumentParser) -> None:
    case_argument(p)
    p.add_argument("--json", action="store_true", help="print JSON with the framework's tokens")
    lang_option(p, "the report", "'basis_text' and each flip's line as 'text'")


@command("sensitivity", "what single change of an input would flip the suggested leverage or feasibility",
         arguments=_arguments)
def cmd_sensitivity(store: CaseStorage, args: argparse.Namespace) -> int:
    asked = chosen_language(args)
    if asked is False:
        return 2
    from ..models.sensitivity import analyse, flip_line, format_text

    result = analyse(store.get(args.case))
    if args.json:
        data = result.as_json()
        if asked:  # tokens and English labels as always; each flip's line in the language asked for
            data["lang"] = asked
            data["basis_text"] = result.basis_note(asked)
            for flip, shown in zip(result.flips, data["flips"]):
                shown["text"] = flip_line(flip, asked)
        say_json(data)
    else:
        say(format_text(result, asked or "en"))
    return 0
