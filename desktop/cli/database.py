"""``rdw check``, ``backup``, ``schema``: the commands that work without opening the store.

``check`` and ``backup`` look at the database file itself (so a damaged file can still be
checked, and is never backed up as if healthy); ``schema`` prints the JSON Schema that case
files follow. Stdlib and ``desktop.models`` only (never Qt).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ..models.storage.records import StoreError
from .output import say, say_json
from .registry import command, db_option

if TYPE_CHECKING:
    from ..models.storage.interface import CaseStorage


def _a_file(args: argparse.Namespace) -> None:
    """``check`` and ``backup`` are for a database file: a team database's integrity and backups
    are its server's (IT's), not one officer's."""
    from ..models.storage.location import TeamAddress

    if isinstance(args.db_path, TeamAddress):
        raise StoreError(f"'rdw {args.command}' is for a database file; a team database ({args.db_path.shown}) "
                         "is checked and backed up on its server")


@command("check", "check the database's integrity and that every stored case and history row reads (exit 1 if not); never writes",
         needs_store=False, arguments=db_option)
def cmd_check(_store: CaseStorage | None, args: argparse.Namespace) -> int:
    """Integrity of the database file, read-only: exit 0 when healthy, 1 when not."""
    from ..models.storage.backup import check_database, list_backups

    _a_file(args)
    health = check_database(args.db_path, thorough=True)
    problems = unreadable_rows(args.db_path) if health.ok else []
    if problems:
        say(f"rdw: damaged: {args.db_path}: " + "; ".join(problems), file=sys.stderr)  # stored ids: cleaned
    else:
        say(health.message if health.ok else f"rdw: damaged: {health.message}", file=sys.stdout if health.ok else sys.stderr)
    backups = list_backups(args.db_path)
    if backups:
        print(f"{len(backups)} backup(s), newest {backups[0].label}: {backups[0].path}")
    return 0 if health.ok and not problems else 1


SHOWN = 5  # bad ids named per kind; the count says how many there are in all


def unreadable_rows(path) -> list[str]:
    """What the file's integrity cannot see: stored documents that are not JSON or not a valid
    Case, and history rows whose old or new value is not JSON. Read-only, like the check."""
    import json

    from ..models.exchange import CaseFileError, case_from_data, stored_source
    from ..models.storage.opening import connect_read_only

    conn, folder = connect_read_only(path)
    bad_cases: list[str] = []
    bad_history: list[str] = []
    try:
        for case_id, document in conn.execute("SELECT id, document FROM cases ORDER BY id"):
            try:
                case_from_data(json.loads(document), source=stored_source(case_id))
            except (CaseFileError, ValueError, TypeError):
                bad_cases.append(str(case_id))
        for row_id, case_id, old, new in conn.execute("SELECT id, case_id, old_value, new_value FROM history ORDER BY id"):
            try:
                for text in (old, new):
                    if text is not None:
                        json.loads(text)
            except (ValueError, TypeError):
                bad_history.append(f"{row_id} (case {case_id})")
    finally:
        conn.close()
        if folder is not None:
            folder.cleanup()
    out = []
    for what, ids in (("case document(s) that do not read as a valid case", bad_cases),
                      ("history row(s) whose old or new value is not JSON", bad_history)):
        if ids:
            more = f", and {len(ids) - SHOWN} more" if len(ids) > SHOWN else ""
            out.append(f"{len(ids)} {what}: {', '.join(ids[:SHOWN])}{more}")
    return out


@command("backup", "make a backup of the database now", needs_store=False, arguments=db_option)
def cmd_backup(_store: CaseStorage | None, args: argparse.Namespace) -> int:
    from ..models.storage.backup import check_database, make_backup

    _a_file(args)
    health = check_database(args.db_path)
    if not health.ok:
        raise StoreError(f"not backed up: {health.message}")
    backup = make_backup(args.db_path, force=True)
    print(backup.path)
    return 0


@command("schema", "print the JSON Schema of the case exchange format", needs_store=False)
def cmd_schema(_store: CaseStorage | None, _args: argparse.Namespace) -> int:
    from ..models.case import Case

    say_json(Case.model_json_schema())
    return 0
