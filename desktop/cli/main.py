"""``rdw``: the command line, for scripting, batch import/export and checking a database.

This module only builds the parser from the commands in ``registry`` and dispatches. Running
``rdw`` with no command opens the GUI. Every command opens the store, does one thing, and
closes it. User errors (an unknown id, a bad file, an unusable database or path) become one
line on stderr and exit code 1; argparse keeps exit code 2 for usage errors. Only the stdlib and
light parts of ``desktop.models`` are imported here (never pydantic, sqlite-utils or Qt): each
command imports what it needs when it runs, so ``rdw --help`` and ``rdw list`` start at once and
every command works headless (issue 20; ``tests/test_cli_lean.py`` keeps it so).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path
from typing import Sequence

from .. import __version__
from ..models.exchange_error import CaseFileError
from ..models.storage.records import StoreError
from ..models.text import one_line
from ..models.storage.location import TeamAddress, database_location
from ..paths import default_db_path
from . import cases, database, evidence, figure, registry, scorecard, sensitivity, slides, team, workshop
from .output import ensure_utf8, say

# the command groups, in the order `rdw --help` lists their commands: the cases first, the
# database's upkeep last; importing them is what registers their commands
COMMAND_GROUPS = (cases, sensitivity, scorecard, figure, slides, workshop, evidence, database, team)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole parser; with ``argv``, only the commands named in it get their arguments (every
    command is listed, with its help, either way): building all of them was a tenth of what
    ``rdw list`` takes (issue 20). A name that is a value, not the command (``--db show list``),
    only costs its arguments."""
    named = None if argv is None else set(argv)
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
        "--db", type=registry.db_location, metavar="PATH|URL",
        help="the case database: a file (default: workbench.sqlite in your user data folder), or a team "
             "database postgresql://USER@HOST/DATABASE (the password from ~/.pgpass or a service file)",
        default=None,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for entry in registry.in_order(COMMAND_GROUPS):
        p = sub.add_parser(entry.name, help=entry.help, description=entry.help)
        p.set_defaults(func=entry.function, needs_store=entry.needs_store, writes=entry.writes, opens_db=False)
        if named is not None and entry.name not in named:
            continue
        if entry.needs_store:
            registry.db_option(p)
        if entry.arguments is not None:
            entry.arguments(p)
        # every command with a --db of its own opens the database (list, check, backup, copy too)
        p.set_defaults(opens_db=any("--db" in action.option_strings for action in p._actions))
    return parser


def warn_if_on_network_drive(args: argparse.Namespace, db_path: Path) -> None:
    """One line on stderr for each database file of the command that is on a network file
    system (NFS, SMB/CIFS…): SQLite's locking and WAL do not work there (issue 22)."""
    from ..models.storage.network_fs import network_file_system

    paths = [db_path]
    if args.command == "copy":  # (the other side of a copy may be a file too)
        try:
            paths.append(database_location(args.to or args.source))
        except ValueError:  # (a refused form: the copy itself says so)
            pass
    for path in paths:
        if isinstance(path, TeamAddress) or not (path.exists() or args.writes or args.command == "copy"):
            continue
        fs_type = network_file_system(path)
        if fs_type:
            say(f"rdw: warning: {one_line(path)} is on a network file system ({fs_type}): SQLite's locking does not work "
                "there, so several people opening the file can damage it; share cases through a team database "
                "(PostgreSQL, see the README's \"A team database\") instead", file=sys.stderr)


def _run(args: argparse.Namespace, db_path: Path) -> int:
    if args.command is None:
        from ..models.storage.quick_listing import preview_store
        from ..views.window.app import run_gui  # Qt is loaded only when the GUI is really wanted

        return run_gui(db_path, None if isinstance(db_path, TeamAddress) else preview_store(db_path))
    args.db_path = db_path
    if args.opens_db:
        warn_if_on_network_drive(args, db_path)
    if not args.needs_store:
        return args.func(None, args)
    # one opening path: a file that is not this app's database is refused untouched; only a
    # command that writes opens for writing (and may start a new database at a missing path)
    if args.writes and not isinstance(db_path, TeamAddress) and not db_path.exists():
        store = _OpenedOnFirstUse(db_path)  # a refused import at a mistyped path creates nothing
    else:
        store = _opened(db_path, read_only=not args.writes)
    try:
        return args.func(store, args)
    finally:
        store.close()


def _opened(db_path, read_only: bool):
    """The store; a team database whose password libpq did not find asks for it on a terminal
    (never echoed, never kept); elsewhere libpq's refusal is the error."""
    from ..models.library import open_store

    try:
        return open_store(db_path, read_only=read_only)
    except StoreError as error:
        if type(error).__name__ != "PasswordNeededError" or not sys.stdin.isatty():
            raise
    import getpass

    return open_store(db_path, read_only=read_only, password=getpass.getpass(f"Password for {db_path.shown}: "))


class _OpenedOnFirstUse:
    """The store of a writing command at a path that does not exist yet: the new database is
    created only when the command first uses it, after it has checked its own input."""

    def __init__(self, path: Path):
        self._path = path
        self._store = None

    def __getattr__(self, name: str):
        if self._store is None:
            from ..models.library import open_store

            self._store = open_store(self._path)
        return getattr(self._store, name)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``rdw`` console script and ``python -m desktop``; returns the exit code."""
    ensure_utf8(sys.stdout)
    ensure_utf8(sys.stderr)
    try:
        args = build_parser(sys.argv[1:] if argv is None else argv).parse_args(argv)
    except SystemExit as exit_:  # --help, --version, usage errors: argparse already printed
        return exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 2)
    if args.self_test:  # a temporary database of its own: --db and the user's data stay untouched
        from ..self_test import run_self_test

        return run_self_test()
    if getattr(args, "lang", None) is not None:  # an unknown --lang: one line, before any database is opened
        from .cases import chosen_language

        if chosen_language(args) is False:
            return 2
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
        say(f"rdw: error: {one_line(error)}", file=sys.stderr)  # may quote a file's content
        return 1
    except KeyboardInterrupt:
        return 130
