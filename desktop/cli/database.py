"""``rdw check``, ``backup``, ``schema``: the commands that work without opening the store.

``check`` and ``backup`` look at the database file itself (so a damaged file can still be
checked, and is never backed up as if healthy); ``schema`` prints the JSON Schema that case
files follow. Stdlib and ``desktop.models`` only (never Qt).
"""

from __future__ import annotations

import argparse
import json
import sys

from ..models.case import Case
from ..models.storage.interface import CaseStorage
from ..models.storage.records import StoreError
from .registry import command, db_option


@command("check", "check the database's integrity (exit 1 if damaged); never writes",
         needs_store=False, arguments=db_option)
def cmd_check(_store: CaseStorage | None, args: argparse.Namespace) -> int:
    """Integrity of the database file, read-only: exit 0 when healthy, 1 when not."""
    from ..models.storage.backup import check_database, list_backups

    health = check_database(args.db_path, thorough=True)
    print(health.message if health.ok else f"rdw: damaged: {health.message}", file=sys.stdout if health.ok else sys.stderr)
    backups = list_backups(args.db_path)
    if backups:
        print(f"{len(backups)} backup(s), newest {backups[0].label}: {backups[0].path}")
    return 0 if health.ok else 1


@command("backup", "make a backup of the database now", needs_store=False, arguments=db_option)
def cmd_backup(_store: CaseStorage | None, args: argparse.Namespace) -> int:
    from ..models.storage.backup import check_database, make_backup

    health = check_database(args.db_path)
    if not health.ok:
        raise StoreError(f"not backed up: {health.message}")
    backup = make_backup(args.db_path, force=True)
    print(backup.path)
    return 0


@command("schema", "print the JSON Schema of the case exchange format", needs_store=False)
def cmd_schema(_store: CaseStorage | None, _args: argparse.Namespace) -> int:
    print(json.dumps(Case.model_json_schema(), indent=2, ensure_ascii=False))
    return 0
