"""What the store hands out and raises: list rows, history entries, errors, and id helpers.

Kept apart from ``store.py`` so views and commands can import these light types without the
storage machinery.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any, NamedTuple


NOW = "now"  # what the command line calls the current state: not a snapshot's name


class StoreError(Exception):
    """A store operation the user asked for cannot be done; the message says why."""


class ReadOnlyCaseError(StoreError):
    pass


class UnknownCaseError(StoreError):
    pass


class NewerSchemaError(StoreError):
    pass


class ReadOnlyStoreError(StoreError):
    """The database was opened read-only; nothing can be written through this store."""


class FieldValueError(StoreError):
    pass


class FieldConflict(NamedTuple):
    """A field someone else changed after it was shown: what it is now (``theirs``), what this
    edit would write (``yours``), and the history row that changed it (who, when)."""

    path: str
    theirs: Any
    yours: Any
    user: str | None
    changed_at: str | None


class FieldConflictError(StoreError):
    """An edit of a field that changed in the database since it was shown (issue 22): nothing
    was written; ``conflicts`` says which, so the user chooses which value to keep."""

    def __init__(self, message: str, conflicts: list[FieldConflict]):
        super().__init__(message)
        self.conflicts = conflicts

    def __reduce__(self):
        return (type(self), (self.args[0], self.conflicts))


class DamagedStoreError(StoreError):
    """The file is not a healthy SQLite database; it is never written to."""


class ForeignDatabaseError(DamagedStoreError):
    """The file is not a database of this app (empty, not SQLite, another program's, or with a
    log beside it that is not its own); like a damaged file, it is never written to."""


class CaseSummary(NamedTuple):
    """One browser row: what the list shows, without the whole document. (Named tuples, not
    dataclasses, so the start-up list does without importing ``dataclasses``.)"""

    id: str
    title: str
    technology_area: str
    is_reference: bool
    status: str
    leverage_degree: str | None
    chosen_level: str | None
    updated: str


class HistoryEntry(NamedTuple):
    case_id: str
    field: str
    old_value: Any
    new_value: Any
    changed_at: str
    user: str
    id: int = 0  # the row's id: rising with every change, so a snapshot's history_mark can be compared


SUMMARY_COLUMNS = (
    "id, title, technology_area, is_reference, status, leverage_degree, chosen_level, updated"
)


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def local_time(iso: str, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A stored ISO time as the user's clock shows it (the stored text if it cannot be read)."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime(fmt)
    except ValueError:
        return iso


def current_user() -> str:
    import getpass  # imported when needed: the start-up list reads records without it

    try:
        return getpass.getuser()
    except Exception:  # no login name on some sandboxes and services
        return "unknown"


def new_case_id(title: str) -> str:
    import uuid

    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40].strip("-")
    return f"{slug or 'case'}-{uuid.uuid4().hex[:8]}"


class _Unset:
    """Marks a field that was never set: writing it removes the key (back to "not assessed")."""

    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNSET"


UNSET = _Unset()
