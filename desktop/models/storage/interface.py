"""What views and commands may call on a case store: the ``CaseStorage`` protocol.

``CaseStore`` (store.py, SQLite) is one engine; a second one (PostgreSQL) implements the same
members and nothing else is needed for the views, commands and reports to work with it. The
rules every engine keeps:

- every write is one committed transaction, appends its history rows (who, when, old value,
  new value) in that transaction, and files the sources the written case cites in the library;
- reads give pydantic ``Case`` objects, ``CaseSummary``/``HistoryEntry``/``PortfolioRow`` rows,
  ``SourceRef`` and ``Snapshot`` values, never engine rows;
- failures are the ``StoreError`` family of ``records.py`` (``UnknownCaseError``,
  ``ReadOnlyCaseError``, ``ReadOnlyStoreError``, ``FieldValueError``, ``DamagedStoreError``…)
  and ``UnknownSourceError``/``UnknownSnapshotError``, each with a sentence for the user;
- a read-only store refuses every write with ``ReadOnlyStoreError`` and changes nothing.

Type-only: this module imports nothing heavy at run time, so a view may import it cheaply
(under ``TYPE_CHECKING`` is still best for modules loaded before the first paint).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Protocol, runtime_checkable

if TYPE_CHECKING:
    from pathlib import Path

    from ..case import Case, Snapshot, SourceRef
    from ..portfolio import PortfolioRow
    from .records import CaseSummary, FieldConflict, HistoryEntry


@runtime_checkable
class SourceLibraryStorage(Protocol):
    """The source library (``store.sources``): every source cited as evidence, kept once."""

    def list(self, search: str = "") -> list[SourceRef]:
        """Entries containing every word of ``search`` (casefolded, any script), sorted by title."""

    def get(self, source_id: str) -> SourceRef:
        """One entry; ``UnknownSourceError`` if there is none with that id."""

    def save(self, source: SourceRef | dict[str, Any], seen: SourceRef | None = None) -> SourceRef:
        """Add or correct an entry (a blank id gets a new ``src-…`` id); never rewrites a case.
        ``seen`` (the entry as shown): another's correction since is kept, or ``FieldConflictError``."""

    def history(self, source_id: str) -> list[HistoryEntry]:
        """Every change to the entry, oldest first (old/new fields; None when added or deleted)."""

    def usage(self, source_id: str) -> list[str]:
        """Ids of the cases whose evidence cites the source (snapshots not counted), sorted."""

    def usage_counts(self) -> dict[str, int]:
        """How many cases cite each cited source, in one pass."""

    def delete(self, source_id: str) -> None:
        """Remove an entry; refused (``StoreError``) while any case still cites it."""


@runtime_checkable
class SnapshotStorage(Protocol):
    """Named snapshots of a case (``store.snapshots``), kept in the case document itself."""

    def take(self, case_id: str, name: str) -> Snapshot:
        """Keep the case as it stands now under ``name`` (stripped, non-empty, unique per case)."""

    def list(self, case_id: str) -> list[Snapshot]:
        """The case's snapshots, oldest first."""

    def case_at(self, case_id: str, name: str) -> Case:
        """The case as it stood at the snapshot ``name`` (exact, else the one match ignoring case)."""

    def restore(self, case_id: str, name: str) -> Case:
        """A new case (new id) with the snapshot's content, titled "<title> (as of <name>)"."""

    def delete(self, case_id: str, name: str) -> None:
        """Remove the snapshot ``name`` from the case (logged; the case's content is unchanged)."""


@runtime_checkable
class CaseStorage(Protocol):
    """Cases, their history, the source library and snapshots: the whole of a store's interface."""

    path: Path | None
    """The database file (None for a store in memory; a server engine gives None or a local path)."""

    location: str | None
    """A team database's address as shown (never its password); None for a file."""

    read_only: bool
    """True when every write is refused (the file is open in another window, or the team
    database's login may only read)."""

    user: str
    """Who the history rows name as having made each change."""

    sources: SourceLibraryStorage
    """The source library."""

    snapshots: SnapshotStorage
    """The snapshots of the cases."""

    def list_summaries(self) -> list[CaseSummary]:
        """Every case as a light row: reference cases first, then by casefolded title, then id."""

    def summary(self, case_id: str) -> CaseSummary:
        """One case's light row; ``UnknownCaseError`` if there is none with that id."""

    def count(self) -> int:
        """How many cases there are."""

    def exists(self, case_id: str) -> bool:
        """Whether a case with that id exists."""

    def get(self, case_id: str) -> Case:
        """The whole case; ``UnknownCaseError`` if there is none with that id."""

    def cases(self, ids: Iterable[str] | None = None) -> list[Case]:
        """Whole cases (all, or these ids) in one read; unknown ids and unreadable ones skipped."""

    def portfolio_rows(self) -> list[PortfolioRow]:
        """What the portfolio's charts plot of every case, read without validating whole cases
        (``cases()`` takes seconds for 10,000); cases whose charted values do not read are skipped."""

    def history(self, case_id: str) -> list[HistoryEntry]:
        """Every recorded change of the case, oldest first."""

    def create(self, title: str, **fields: Any) -> Case:
        """A new draft owned by the user; extra exchange-format fields may be given."""

    def add_cases(self, cases: Iterable[Case], *, as_reference: bool = False) -> list[str]:
        """Insert imported cases all-or-nothing (a clashing id gets a copy id); their new ids."""

    def sync_reference_library(self, cases: Iterable[Case]) -> int:
        """Make the stored reference cases match the shipped ones; how many changed."""

    def duplicate(self, case_id: str, title: str | None = None) -> Case:
        """An editable copy under a new id (a reference case loses its citation block)."""

    def rename(self, case_id: str, title: str) -> Case:
        """Set the title (as ``set_field(case_id, "title", title)``)."""

    def delete(self, case_id: str) -> None:
        """Delete the case (refused for a reference case); its history stays."""

    def set_field(self, case_id: str, path: str, value: Any) -> Case:
        """Set one field by dotted path (``leverage.degree``); the updated case."""

    def set_fields(self, case_id: str, changes: dict[str, Any], seen: dict[str, Any] | None = None) -> Case:
        """Set several fields as one validated edit, one history row per changed field; with
        ``seen`` (each field's value as the user last saw it), a field changed since by someone
        else is merged where the two changes do not meet, else ``FieldConflictError`` and nothing
        is written."""

    def note_declined(self, case_id: str, conflicts: list[FieldConflict]) -> None:
        """The user kept the stored values (a conflict's "keep theirs"): the history notes the
        values not saved, so it keeps both. Never raises (a note missed is said nowhere)."""

    def close(self) -> None:
        """Release the database; the store is not used afterwards."""
