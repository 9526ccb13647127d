"""The case store: every case in one SQLite file, every edit one committed transaction.

``CaseStore`` is the SQLite engine of the ``CaseStorage`` protocol (``interface.py``), the whole
of what views and commands call; they get pydantic ``Case`` objects or light ``CaseSummary`` rows
back. The store owns two parts, built around it and named at every call site: ``store.sources``
(``SourceLibrary``, sources.py) and ``store.snapshots`` (``Snapshots``, snapshots.py). Each
public write, the parts' included, runs inside ``writing()`` (one ``BEGIN IMMEDIATE``
transaction) and appends to the ``history`` table in the same transaction, so the file is always
consistent and every change is auditable (who, when, old value, new value). ``reading``,
``writing``, ``writable``, ``row``, ``insert_new`` and ``log`` are what the parts need from the
store; they are not in ``CaseStorage``, so views and commands never call them. Adding cases
(create, import, duplicate, the reference library) is ``AddingCases`` (adding.py), a base of
``CaseStore``.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from ..case import Case
from ..exchange import CaseFileError, case_from_data, case_to_json, stored_source
from ..edits import apply_changes
from ..messages import said as _said
from .adding import AddingCases
from .opening import PlainDatabase, connect_read_only, refusal
from .quick_listing import EXPECTED_SCHEMA as SCHEMA_VERSION  # = migrations' (tested); no sqlite-utils
from .quick_listing import sorted_summaries
from .snapshots import Snapshots, UnknownSnapshotError  # noqa: F401  (re-exported)
from .sources import SourceLibrary, UnknownSourceError  # noqa: F401  (re-exported)
from .records import (  # noqa: F401  (re-exported: the store's public types)
    SUMMARY_COLUMNS,
    CaseSummary,
    DamagedStoreError,
    FieldConflict,
    FieldConflictError,
    FieldValueError,
    ForeignDatabaseError,
    HistoryEntry,
    NewerSchemaError,
    ReadOnlyCaseError,
    UNSET,
    ReadOnlyStoreError,
    StoreError,
    UnknownCaseError,
    current_user,
    new_case_id,
    now_iso,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .portfolio_rows import PortfolioRow


class CaseStore(AddingCases):
    """Cases and their history in SQLite; the source library is ``sources`` and the snapshots
    are ``snapshots`` (parts that receive the store: see their "needs from the store")."""

    read_only = False
    engine = "sqlite"
    location: str | None = None  # (a team database's address: pg_store)

    def __init__(self, db: Database | PlainDatabase, user: str | None = None):
        self.db = db
        self.user = user or current_user()
        self.path: Path | None = None
        self.sources = SourceLibrary(self)
        self.snapshots = Snapshots(self)

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, user: str | None = None, *, read_only: bool = False) -> "CaseStore":
        """Open (creating if needed) the database at ``path`` and bring its schema up to date.

        ``read_only`` opens an existing file without writing anything to it (a second window on
        the same file); every write then raises ``ReadOnlyStoreError``.
        """
        path = Path(path)
        problem = refusal(path)  # not ours (empty, not SQLite, another program's, a stray log): untouched
        if problem:
            raise ForeignDatabaseError(problem)
        if read_only and not path.exists():
            raise StoreError(_said("open.missing_read_only", path=str(path)))
        conn = None
        folder = None
        try:
            if read_only:
                conn, folder = connect_read_only(path)  # never writes to the file or its -wal/-shm
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(str(path), timeout=10)  # wait for another writer, not fail
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            health = conn.execute("PRAGMA quick_check").fetchone()[0]
        except (OSError, sqlite3.Error) as error:
            if conn is not None:
                conn.close()
            if folder is not None:
                folder.cleanup()
            raise StoreError(_said("open.failed", path=str(path), sqlite_text=str(error))) from None
        if health != "ok":
            conn.close()
            if folder is not None:
                folder.cleanup()
            raise DamagedStoreError(_said("open.damaged", path=str(path), sqlite_text=str(health)))
        if version > SCHEMA_VERSION:
            conn.close()
            if folder is not None:
                folder.cleanup()
            raise NewerSchemaError(_said("open.newer", path=str(path), version=str(version), known=str(SCHEMA_VERSION)))
        store = cls(PlainDatabase(conn) if read_only else _database(conn), user)
        store.path = path
        store._private_copy = folder
        if read_only:
            if version != SCHEMA_VERSION:
                store.close()
                raise StoreError(_said("open.needs_update", path=str(path), version=str(version),
                                       known=str(SCHEMA_VERSION)))
            store.read_only = True
            return store
        try:
            store.db.enable_wal()
            store.db.execute("PRAGMA foreign_keys = ON")
            # FULL: each commit also syncs the WAL, so an acknowledged edit survives a power cut or an
            # OS crash (NORMAL only survives the app crashing); benchmarks/run.py measures the cost
            store.db.execute("PRAGMA synchronous = FULL")
            from .migrations import apply_migrations

            apply_migrations(store.db)
        except sqlite3.Error as error:
            conn.close()
            raise StoreError(_said("open.unusable", path=str(path), sqlite_text=str(error))) from None
        return store

    @classmethod
    def memory(cls, user: str | None = None) -> "CaseStore":
        from sqlite_utils import Database

        from .migrations import apply_migrations

        store = cls(Database(memory=True, execute_plugins=False), user)
        store.db.execute("PRAGMA foreign_keys = ON")
        apply_migrations(store.db)
        return store

    def close(self) -> None:
        self.db.close()
        folder = getattr(self, "_private_copy", None)
        if folder is not None:  # a crashed writer's log was read from a private copy
            folder.cleanup()
            self._private_copy = None

    # -- reading ---------------------------------------------------------------------------
    def list_summaries(self) -> list[CaseSummary]:
        """Reference cases first, then by title; sorted in Python because SQLite's NOCASE only
        folds ASCII (so "öffentlich" would sort after every "Ö…")."""
        with self.reading():
            rows = self.db.execute(f"SELECT {SUMMARY_COLUMNS} FROM cases").fetchall()
        return sorted_summaries(rows)

    def summary(self, case_id: str) -> CaseSummary:
        with self.reading():
            row = self.db.execute(f"SELECT {SUMMARY_COLUMNS} FROM cases WHERE id = ?", [case_id]).fetchone()
        if row is None:
            raise UnknownCaseError(_said("case.unknown", case_id=case_id))
        return CaseSummary(row[0], row[1], row[2] or "", bool(row[3]), row[4], row[5], row[6], row[7])

    def count(self) -> int:
        with self.reading():
            return self.db.execute("SELECT count(*) FROM cases").fetchone()[0]

    def exists(self, case_id: str) -> bool:
        with self.reading():
            return self.db.execute("SELECT 1 FROM cases WHERE id = ?", [case_id]).fetchone() is not None

    def get(self, case_id: str) -> Case:
        with self.reading():
            row = self.db.execute("SELECT document FROM cases WHERE id = ?", [case_id]).fetchone()
        if row is None:
            raise UnknownCaseError(_said("case.unknown", case_id=case_id))
        try:
            return case_from_data(json.loads(row[0]), source="")
        except CaseFileError as error:  # named only when it fails (the name is a catalogue's sentence)
            raise CaseFileError(stored_source(case_id), error.problem, error.field) from None

    def cases(self, ids: Iterable[str] | None = None) -> list[Case]:
        """Whole cases in one query (the portfolio charts read every case they show); unknown
        ids are skipped. A document that no longer validates is skipped rather than blanking
        every chart (the case list still shows it, and opening it says what is wrong)."""
        with self.reading():
            if ids is None:
                rows = self.db.execute("SELECT id, document FROM cases").fetchall()
            else:
                wanted = list(dict.fromkeys(ids))
                rows = []
                for start in range(0, len(wanted), 500):  # under SQLite's variable limit
                    chunk = wanted[start:start + 500]
                    marks = ",".join("?" * len(chunk))
                    rows += self.db.execute(f"SELECT id, document FROM cases WHERE id IN ({marks})", chunk).fetchall()
        out = []
        for case_id, document in rows:
            try:
                out.append(case_from_data(json.loads(document), source=""))  # (a failure is skipped)
            except (CaseFileError, ValueError):
                continue
        return out

    def portfolio_rows(self) -> list[PortfolioRow]:
        """What the portfolio's charts plot of every case, without validating whole documents
        (portfolio_rows.py); unreadable ones are skipped, as in ``cases``."""
        with self.reading():
            from .portfolio_rows import read_portfolio_rows  # the charts' module, not every command's

            return read_portfolio_rows(self.db)

    def history(self, case_id: str) -> list[HistoryEntry]:
        with self.reading():
            rows = self.db.execute(
                'SELECT case_id, field, old_value, new_value, changed_at, "user", id FROM history '
                "WHERE case_id = ? ORDER BY id",
                [case_id],
            ).fetchall()
        decode = lambda text: None if text is None else json.loads(text)  # noqa: E731
        return [HistoryEntry(r[0], r[1], decode(r[2]), decode(r[3]), r[4], r[5], r[6]) for r in rows]

    @contextmanager
    def reading(self) -> Iterator[None]:
        """A read: a damaged file becomes a ``DamagedStoreError`` with a sentence the user can act on."""
        try:
            yield
        except sqlite3.DatabaseError as error:
            raise DamagedStoreError(_said("read.failed", sqlite_text=str(error))) from None

    # -- writing ---------------------------------------------------------------------------
    @contextmanager
    def writing(self) -> Iterator[None]:
        """One write transaction, taken at once (BEGIN IMMEDIATE) so that what it reads cannot
        change before it writes: two windows or commands on one file never lose an update. A
        database failure (locked, disk full, read-only) becomes a ``StoreError`` with a sentence
        the user can act on, and nothing is half-written."""
        if self.read_only:
            raise ReadOnlyStoreError(_said("write.read_only"))
        conn = self.db.conn
        try:
            if conn.in_transaction:
                with self.db.atomic():  # nested: a savepoint
                    yield
                return
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(_said("write.failed", sqlite_text=str(error))) from None

    def row(self, case: Case, created: str | None = None) -> dict[str, Any]:
        """The ``cases`` table row of ``case``."""
        stamp = now_iso()
        return {
            "id": case.id,
            "title": case.title,
            "technology_area": case.technology_area,
            "is_reference": int(case.is_reference),
            "status": case.status.value,
            "leverage_degree": case.leverage.degree.value if case.leverage.degree else None,
            "chosen_level": case.ambition.chosen_level.value if case.ambition.chosen_level else None,
            "created": created or (case.created.isoformat() if case.created else stamp),
            "updated": case.updated.isoformat() if case.updated else stamp,
            "document": case_to_json(case),
        }

    def log(self, case_id: str, field: str, old: Any, new: Any, *, announce: bool = True) -> None:
        """Append a history row by the store's user (inside ``writing()``); ``announce``: other
        windows hear of it (a team database's live updates; a note that changes nothing is not)."""
        dump = lambda v: None if v is None else json.dumps(v, ensure_ascii=False)  # noqa: E731
        self.db["history"].insert(
            {
                "case_id": case_id,
                "field": field,
                "old_value": dump(old),
                "new_value": dump(new),
                "changed_at": now_iso(),
                "user": self.user,
            }
        )

    def writable(self, case_id: str) -> Case:
        """The case, refused (``ReadOnlyCaseError``) if it is a reference case."""
        case = self.get(case_id)
        if case.is_reference:
            raise ReadOnlyCaseError(_said("case.reference", title=case.title))
        return case

    def insert_new(self, case: Case, note: str) -> None:
        """Insert a new case, file the sources it cites and log ``note`` (inside ``writing()``)."""
        self.db["cases"].insert(self.row(case))
        self.sources.file_cited_by(case)
        self.log(case.id, "*", None, note)

    def rename(self, case_id: str, title: str) -> Case:
        return self.set_field(case_id, "title", title)

    def delete(self, case_id: str) -> None:
        with self.writing():
            case = self.writable(case_id)
            self.db.execute("DELETE FROM cases WHERE id = ?", [case_id])
            self.log(case_id, "*", case.title, "deleted")

    def set_field(self, case_id: str, path: str, value: Any) -> Case:
        """Set one field by dotted path (``leverage.degree``, ``strength.pillars.ip_patents.stance``)."""
        return self.set_fields(case_id, {path: value})

    def note_declined(self, case_id: str, conflicts: list[FieldConflict]) -> None:
        """The user kept the stored values over this edit's: the history notes the values not saved."""
        from .conflicts import note_declined

        note_declined(self, case_id, conflicts)

    def set_fields(self, case_id: str, changes: dict[str, Any], seen: dict[str, Any] | None = None) -> Case:
        """Set several fields as one edit: one transaction, one history row per changed field.

        The whole case is validated before anything is written; an invalid value raises
        ``FieldValueError`` and leaves the stored case as it was. Unchanged values are skipped;
        if nothing changes, nothing is written. ``seen``: each field's value as the user last saw
        it; a field changed since by someone else is merged with this edit where the two changes
        do not meet, else raises ``FieldConflictError`` (nothing written).
        """
        with self.writing():  # read, change and write in one transaction: no lost update
            case = self.writable(case_id)
            if seen:  # someone else's change since: merged, or asked about (conflicts.py)
                from .conflicts import merged_or_refused

                changes = merged_or_refused(self, case, changes, seen)
            updated, logged = apply_changes(case, changes)
            if not logged:
                return case
            row = self.row(updated)
            del row["created"]
            self.db["cases"].update(case_id, row)
            if any(path.split(".", 1)[0] == "evidence" for path, _old, _new in logged):
                self.sources.file_cited_by(updated)  # other edits leave the cited sources as already filed
            for path, old_value, new_value in logged:
                self.log(case_id, path, old_value, new_value)
        return updated



def _database(conn: sqlite3.Connection) -> Database:
    """A writing store's sqlite-utils database (its tables, upserts and migrations)."""
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)
