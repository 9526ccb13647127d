"""``rdw team-setup`` and ``rdw copy``: the team database (issue 22).

- ``rdw --db postgresql://OWNER@HOST/DB team-setup`` makes a PostgreSQL database ready for a unit
  (schema, reference library, the ``rdw_editor`` / ``rdw_reader`` groups); ``--print-sql`` prints
  the roles and grants for IT to run itself.
- ``rdw --db FROM copy --to TO`` copies every case, its history, the source library and the
  snapshots (kept in the cases) from one database to another, all or nothing: a local file into
  the team database, or the team database into a file to take on a trip (``--from`` reads the
  other way round). The target must hold no case of its own yet (the reference library aside).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..models.storage.records import StoreError
from .output import say
from .registry import command, db_option

if TYPE_CHECKING:
    from ..models.storage.interface import CaseStorage


def _setup_arguments(p: argparse.ArgumentParser) -> None:
    db_option(p)
    p.add_argument("--print-sql", action="store_true",
                   help="print the roles and grants as an SQL script for IT, and connect to nothing")


@command("team-setup", "make a PostgreSQL database ready as the team database (schema, reference library, "
         "the rdw_editor and rdw_reader roles)", needs_store=False, arguments=_setup_arguments)
def cmd_team_setup(_store: CaseStorage | None, args: argparse.Namespace) -> int:
    from urllib.parse import parse_qs, urlsplit

    from ..models.storage.location import TeamAddress

    if not isinstance(args.db_path, TeamAddress):
        raise StoreError("give the team database: rdw --db postgresql://OWNER@HOST/DATABASE team-setup")
    from ..models.storage.pg_setup import set_up, setup_script

    if args.print_sql:
        parts = urlsplit(args.db_path)
        database = parse_qs(parts.query).get("dbname", [parts.path.lstrip("/")])[0]
        if not database:
            raise StoreError("name the database in the address: postgresql://HOST/DATABASE")
        print(setup_script(database), end="")
        return 0
    for line in set_up(args.db_path):
        say(line)
    return 0


def _copy_arguments(p: argparse.ArgumentParser) -> None:
    db_option(p)
    way = p.add_mutually_exclusive_group(required=True)
    way.add_argument("--to", metavar="PATH|URL", help="copy the --db database's cases into this one")
    way.add_argument("--from", dest="source", metavar="PATH|URL", help="copy this database's cases into the --db one")


@command("copy", "copy every case, its history, the sources and snapshots between a database file and "
         "the team database, all or nothing", needs_store=False, arguments=_copy_arguments)
def cmd_copy(_store: CaseStorage | None, args: argparse.Namespace) -> int:
    from ..models.library import open_store
    from ..models.storage.copying import copy_store
    from ..models.storage.location import database_location

    try:
        source, target = (args.db_path, database_location(args.to)) if args.to else (database_location(args.source), args.db_path)
    except ValueError as error:  # (libpq's key=value form: said without quoting it)
        raise StoreError(f"copy: {error}") from None
    if str(source) == str(target):
        raise StoreError("copy: the two databases are the same")
    origin = open_store(source, read_only=True)
    try:
        destination = open_store(target)
        try:
            counts = copy_store(origin, destination)
        finally:
            destination.close()
    finally:
        origin.close()
    shown = getattr(target, "shown", str(target))
    say(f"copied {counts['cases']} case(s), {counts['history']} history row(s) and {counts['sources']} source(s) "
        f"to {shown}")
    return 0
