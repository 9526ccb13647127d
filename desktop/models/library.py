"""The reference library: the report's 12 cases, shipped read-only in ``data/reference``.

The files are the oracle for rules and exports, so they are loaded exactly as shipped; a broken
file is a packaging error and fails loudly rather than silently thinning the library.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..paths import data_path
from .case import Case
from .exchange import read_case_file
from .language import Phrase
from .storage.location import is_team_address
from .storage.store import CaseStore


def reference_dir() -> Path:
    return data_path("reference")


@lru_cache(maxsize=1)
def reference_cases() -> tuple[Case, ...]:
    files = sorted(reference_dir().glob("*.json"))
    if not files:
        raise FileNotFoundError(Phrase("errors_store", "library.missing", folder=str(reference_dir())))
    return tuple(read_case_file(f) for f in files)


def open_store(path: str | Path, user: str | None = None, *, read_only: bool = False,
               password: str | None = None) -> CaseStore:
    """Open a database ready for use: schema migrated, reference library present and current.

    ``read_only`` (the commands that only read) opens an existing file of the current schema as
    it is, writing nothing to it; a missing file is then an error, not a new database. Either
    way a file that is not this app's database is refused untouched (``storage/opening.py``)."""
    if is_team_address(path):  # a team database (issue 22); ``password``: typed by the user
        from .storage.pg_store import PgCaseStore

        store = PgCaseStore.open(path, user, read_only=read_only, password=password)
    else:
        store = CaseStore.open(path, user, read_only=read_only)
    if store.read_only:  # (a reader of a team database: the reference library is the editors' to keep)
        return store
    try:
        store.sync_reference_library(reference_cases())
    except Exception:
        store.close()
        raise
    return store
