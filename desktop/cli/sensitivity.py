"""``rdw sensitivity CASE [--json]``: which single change would flip the suggestions, and by how much.

Kept out of ``cli.py`` so the command can grow without touching the core commands; like them it
imports only stdlib and ``desktop.models`` (never Qt). An unknown id raises the store's
``UnknownCaseError``, which ``cli.main`` turns into one ``rdw: error: …`` line and exit code 1.
"""

from __future__ import annotations

import argparse
import json
from typing import Callable

from ..models.sensitivity import analyse, format_text
from ..models.storage.store import CaseStore


def cmd_sensitivity(store: CaseStore, args: argparse.Namespace) -> int:
    result = analyse(store.get(args.case))
    if args.json:
        print(json.dumps(result.as_json(), indent=2, ensure_ascii=False))
    else:
        print(format_text(result))
    return 0


def add_sensitivity_command(command: Callable[..., argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Register the command through ``cli.build_parser``'s local ``command`` helper."""
    p = command("sensitivity", cmd_sensitivity,
                "what single change of an input would flip the suggested leverage or feasibility")
    p.add_argument("case", metavar="CASE", help="case id (see 'rdw list')")
    p.add_argument("--json", action="store_true", help="print JSON with the framework's tokens")
    return p
