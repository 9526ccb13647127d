"""Named snapshots of a case in the case store ("Workshop 12 March"), to compare views over time.

``Snapshots`` is the store's ``snapshots`` part (``store.snapshots.take(case_id, name)``,
``.list(case_id)``, ``.case_at``, ``.restore``, ``.delete``); it writes through the store's
transactions. A snapshot lives in the case document's ``snapshots`` list, so it
travels with the case in the exchange format; it holds the case's exchange data as it stood
(without its own snapshots) and ``history_mark``, the newest history row of the case then, so a
diff can show the reasons recorded with each change since. Snapshots are managed here only:
``set_fields`` refuses the ``snapshots`` key. Taking or deleting one is logged in the history but
does not change what the case says, so its ``updated`` time stays.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from pydantic import ValidationError

from ..case import STORED, Case, Snapshot
from ..exchange import CaseFileError, case_from_data, case_to_data, snapshot_source
from ..language import Phrase
from ..messages import said as _said
from ..validation_words import problem_words
from .records import NOW, FieldValueError, StoreError, new_case_id

if TYPE_CHECKING:
    from .store import CaseStore



class UnknownSnapshotError(StoreError):
    pass


def snapshot_data(case: Case) -> dict:
    """The case's exchange data without its snapshots (a snapshot never nests snapshots)."""
    return case_to_data(case.model_copy(update={"snapshots": []}))


def find_snapshot(case: Case, name: str) -> Snapshot:
    """The snapshot called ``name``: exactly, else the only one equal ignoring case."""
    exact = [s for s in case.snapshots if s.name == name]
    loose = [s for s in case.snapshots if s.name.casefold() == name.strip().casefold()]
    found = exact or (loose if len(loose) == 1 else [])
    if not found:
        from ..rules.wording import Names  # (the rules' package: only when it is needed)

        known = Names([_said("quoted", text=s.name) for s in case.snapshots]) or _said("snapshot.none_yet")
        raise UnknownSnapshotError(_said("snapshot.unknown", title=case.title, snapshot=name, known=known))
    return found[0]



def _now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


class Snapshots:
    """The snapshots of one store's cases: ``take``, ``list``, ``case_at``, ``restore``,
    ``delete``; and ``with_local_marks`` for the store's import.

    Needs from the store: ``db`` (the sqlite-utils database), ``writing()`` (its one-transaction
    write), ``writable(case_id)`` (the case, refused if it is a reference case), ``get(case_id)``,
    and inside the write ``row(case)`` (its ``cases`` table row), ``insert_new(case, note)`` (a
    new case, its cited sources filed, its history row) and ``log(…)`` (a history row).
    """

    def __init__(self, store: CaseStore):
        self._store = store

    def take(self, case_id: str, name: str) -> Snapshot:
        """Keep the case as it stands now under ``name`` (stripped, non-empty, unique per case)."""
        name = (name or "").strip()
        if not name:
            raise FieldValueError(_said("snapshot.no_name"))
        if name.casefold() == NOW:
            raise FieldValueError(_said("snapshot.now", now=NOW))
        with self._store.writing():
            case = self._store.writable(case_id)
            if any(s.name.casefold() == name.casefold() for s in case.snapshots):
                raise StoreError(_said("snapshot.name_taken", title=case.title, snapshot=name))
            mark = self._store.db.execute("SELECT coalesce(max(id), 0) FROM history WHERE case_id = ?",
                                          [case_id]).fetchone()[0]
            try:
                snapshot = Snapshot(name=name, taken_at=_now(), history_mark=mark, case=snapshot_data(case))
            except ValidationError as error:
                problem = problem_words(error.errors(include_url=False)[0])  # pydantic's msg, in words
                raise FieldValueError(_said("snapshot.invalid", problem=problem)) from None
            self._write(case, [*case.snapshots, snapshot])
            self._store.log(case_id, "*", None, f"snapshot “{name}” taken")
        return snapshot

    def list(self, case_id: str) -> list[Snapshot]:
        """Oldest first."""
        return sorted(self._store.get(case_id).snapshots, key=lambda s: s.taken_at)

    def case_at(self, case_id: str, name: str) -> Case:
        """The case as it stood at the snapshot, for read-only display and diffs."""
        return self._find(case_id, name)[1]

    def _find(self, case_id: str, name: str) -> tuple[Snapshot, Case]:
        snapshot = find_snapshot(self._store.get(case_id), name)
        try:
            source = snapshot_source(snapshot.name, case_id)
            return snapshot, case_from_data(snapshot.case, source=source)
        except CaseFileError as error:
            key = "file.field" if error.field else "file"  # the case file error's own sentence, as a Phrase
            problem = Phrase("errors", key, source=error.source, field=error.field or "", problem=error.problem)
            raise StoreError(_said("snapshot.unreadable", problem=problem)) from None

    def restore(self, case_id: str, name: str) -> Case:
        """A new case (new id) holding the snapshot's content, titled "<title> (as of <name>)";
        the original and its snapshots are left as they are."""
        snapshot, old = self._find(case_id, name)
        snapshot_name = snapshot.name
        data = case_to_data(old)
        for key in ("reference", "provenance", "snapshots"):
            data.pop(key, None)
        suffix = f" (as of {snapshot_name})"
        title = old.title[: max(1, 500 - len(suffix))] + suffix
        stamp = _now()
        data.update(id=new_case_id(old.title), title=title[:500], created=stamp, updated=stamp)
        try:
            case = Case.model_validate(data)
        except ValidationError as error:
            problem = problem_words(error.errors(include_url=False)[0])  # pydantic's msg, in words
            raise FieldValueError(_said("snapshot.invalid", problem=problem)) from None
        with self._store.writing():
            self._store.insert_new(case, f"restored from snapshot “{snapshot_name}” of {case_id}")
        return case

    def delete(self, case_id: str, name: str) -> None:
        with self._store.writing():
            case = self._store.writable(case_id)
            gone = find_snapshot(case, name)
            self._write(case, [s for s in case.snapshots if s is not gone])
            self._store.log(case_id, "*", None, f"snapshot “{gone.name}” deleted")

    # -- inside the store's transactions -------------------------------------------------------------
    def _write(self, case: Case, snapshots: list[Snapshot]) -> None:
        data = case_to_data(case)
        data["snapshots"] = [s.model_dump(mode="json") for s in snapshots]
        row = self._store.row(Case.model_validate(data, context=STORED))  # a stored case, its id kept
        del row["created"]
        self._store.db["cases"].update(case.id, row)

    def with_local_marks(self, case: Case) -> Case:
        """An imported case's snapshots were marked against another database's history: here,
        everything recorded from now on is after them, so they are marked at the newest row.
        Only for the store's import, inside its transaction (not ``SnapshotStorage``)."""
        if not case.snapshots:
            return case
        mark = self._store.db.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0]
        data = case_to_data(case)
        for snapshot in data["snapshots"]:
            snapshot["history_mark"] = mark
        return Case.model_validate(data)
