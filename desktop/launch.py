"""The ``rdw`` entry point. ``rdw`` alone (or with ``--db PATH``) goes straight to the window,
importing nothing heavy on the way, so the case list is on screen fast; every other use goes
through the full command line (``desktop.cli.main``)."""

from __future__ import annotations

import gc
import os
import sys
from typing import Sequence


def gui_database(args: Sequence[str]) -> str | None | bool:
    """The ``--db`` path of a plain GUI start (None for the default), or False when ``args``
    ask for anything else (a command, --help, --version, --self-test …)."""
    if not args:
        return None
    if len(args) == 2 and args[0] == "--db" and not args[1].startswith("-"):
        return args[1]
    if len(args) == 1 and args[0].startswith("--db=") and len(args[0]) > 5:
        return args[0][5:]
    return False


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # pydantic would look through every installed package for plugins that watch validation
    # (~10 ms of importlib.metadata) and run them: the app runs no code it did not ship, and its
    # case validator can then come from the cache (models/validator_cache.py)
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if args == ["--version"]:  # a script asking which rdw it has pays for nothing else (issue 20)
        from . import __version__

        print(f"rdw {__version__}")
        return 0
    db = gui_database(args)
    if db is False:
        # A command's imports (the models, Qt) allocate ~50,000 objects that live until exit; at
        # Python's default threshold (700) the collector scans them 80 times, ~15 ms of a one-case
        # scorecard (issue 20). At 100,000 a large export still collects, memory stays bounded.
        gc.set_threshold(100_000, 10, 10)
        from .cli.main import main as cli_main

        try:
            return cli_main(args)
        finally:
            # The command is over and its outputs are written and renamed. At exit, Python runs
            # one last full collection over every object the models and Qt created (~35 ms of a
            # one-case scorecard); frozen objects are left to the exiting process. Objects are
            # still freed by reference counting, so files and connections close.
            gc.freeze()
    from .views.first_paint import pause_collector, resume_collector

    pause_collector()  # until the first paint (see first_paint, 4)
    try:
        from .models.storage.quick_listing import preview_store
        from .paths import default_db_path

        if db and ("=" in db or "://" in db):  # an address (a team database: opens first, no preview), or like one
            from .models.storage.location import AddressFormError, TeamAddress, database_location

            try:
                path = database_location(db)
            except AddressFormError as error:  # (not quoted: it may hold a password)
                print(f"rdw: error: --db: {error}", file=sys.stderr)
                return 2
            preview = None if isinstance(path, TeamAddress) else preview_store(path)
        else:  # (no urllib for a file's start: see first_paint)
            from pathlib import Path

            path = Path(db) if db else default_db_path()
            preview = preview_store(path)  # before PySide is imported (see first_paint, 5)
        from .views.window.app import run_gui

        return run_gui(path, preview)
    finally:
        resume_collector()
