"""The case list read with plain sqlite3, before anything heavy is loaded.

Start-up shows the main window with this list at once; the real store (sqlite-utils, pydantic,
the integrity check, migrations, the reference library, the backup) opens right after the
first paint and takes over. Nothing here writes: the file is opened read-only, and anything
unusual (no file yet, another schema version, a damaged file) returns None, so start-up takes
the ordinary path with its checks and dialogs.
"""

from __future__ import annotations

from pathlib import Path

from .opening import connect_read_only, refusal
from .records import SUMMARY_COLUMNS, CaseSummary, UnknownCaseError

EXPECTED_SCHEMA = 3  # = migrations.SCHEMA_VERSION (a test keeps them equal)


def sorted_summaries(rows) -> list[CaseSummary]:
    """Reference cases first, then by title; sorted in Python because SQLite's NOCASE only
    folds ASCII (so "öffentlich" would sort after every "Ö…")."""
    summaries = [CaseSummary(r[0], r[1], r[2] or "", bool(r[3]), r[4], r[5], r[6], r[7]) for r in rows]
    summaries.sort(key=lambda c: (not c.is_reference, c.title.casefold(), c.id))
    return summaries


class PreviewStore:
    """Just enough of a CaseStore for the window to list cases until the real one is open:
    read-only, no documents (``get`` gives None, so the summary pane waits)."""

    read_only = True
    preview = True

    def __init__(self, path: Path, summaries: list[CaseSummary]):
        self.path = path
        self._summaries = summaries
        self._by_id = {s.id: s for s in summaries}

    def list_summaries(self) -> list[CaseSummary]:
        return list(self._summaries)

    def summary(self, case_id: str) -> CaseSummary:
        if case_id not in self._by_id:
            from ..language import Phrase  # (only here: `rdw list` reads no catalogue)

            raise UnknownCaseError(Phrase("errors_store", "case.unknown", case_id=case_id))
        return self._by_id[case_id]

    def exists(self, case_id: str) -> bool:
        return case_id in self._by_id

    def get(self, case_id: str) -> None:
        return None

    def close(self) -> None:
        pass


def _read_rows(path: Path, checked: bool):
    """The summary rows of an existing file of this app's current schema, read-only; None when
    the file is missing, not ours or of another schema (or, when ``checked``, fails SQLite's
    quick check). Errors of reading propagate: the callers decide how quiet to be."""
    if not path.is_file() or refusal(path):  # not ours: the ordinary path refuses it, untouched
        return None
    con, folder = connect_read_only(path)  # writes nothing, not even a -shm
    try:
        if con.execute("PRAGMA user_version").fetchone()[0] != EXPECTED_SCHEMA:
            return None
        if checked and con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            return None
        return con.execute(f"SELECT {SUMMARY_COLUMNS} FROM cases").fetchall()
    finally:
        con.close()
        if folder is not None:
            folder.cleanup()


def checked_summaries(path: Path) -> list[CaseSummary] | None:
    """``rdw list``'s rows without the store: the same checks a read-only store makes on opening
    (ours, this schema, SQLite's quick check) and the same rows in the same order; None for
    anything else, so the command opens the store and reports the problem in its usual words."""
    try:
        rows = _read_rows(Path(path), checked=True)
        return None if rows is None else sorted_summaries(rows)
    except Exception:  # noqa: BLE001 (the store, opened next, says what is wrong)
        return None


def preview_store(path: Path) -> PreviewStore | None:
    """The list of an existing, healthy-looking database of this app's schema; else None.

    It runs before Qt and the crash reporter are loaded, so nothing escapes from here: anything
    unusual (an unreadable path, a damaged file, odd values) means no preview, and the ordinary
    start-up path then checks the file and says what is wrong."""
    path = Path(path)
    try:
        rows = _read_rows(path, checked=False)  # the real store's quick check follows the first paint
        return None if rows is None else PreviewStore(path, sorted_summaries(rows))
    except Exception:  # noqa: BLE001 (see above)
        return None
