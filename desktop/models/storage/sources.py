"""The source library in the case store: every source cited as evidence, kept once.

``SourceLibrary`` is the store's ``sources`` part (``store.sources.list()``, ``.save(…)``); it
reads and writes through the store's transactions. Cases carry their own copy of each source they
cite (so an exported file is complete); the library is where a source is found, corrected, and
checked for use before it is deleted. Every case write files the sources it cites
(``file_cited_by``), inside its transaction, without ever overwriting a library entry that
already exists (the library may be newer).
"""

from __future__ import annotations

import json
import unicodedata
import uuid
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from ..case import Case, SourceRef
from ..messages import said as _said
from ..validation_words import problem_words, words
from .records import FieldConflict, FieldConflictError, FieldValueError, HistoryEntry, StoreError, now_iso

if TYPE_CHECKING:
    from .store import CaseStore

SOURCE_FIELDS = ("id", "title", "reference", "publisher", "date", "accessed", "note")
# library edits are recorded in the history table too (auditable, and seen by the backup's
# change check), under this prefix and the source's id in place of a case id
HISTORY_PREFIX = "source:"


class UnknownSourceError(StoreError):
    pass


class SourceDeletedError(StoreError):
    """An entry edited as shown was deleted by someone else meanwhile: not brought back."""



def new_source_id() -> str:
    return f"src-{uuid.uuid4().hex[:8]}"


def _source_from_row(row: tuple) -> SourceRef:
    # absent rather than None, so a source copied into a case dumps without null keys
    return SourceRef.model_validate({k: v for k, v in zip(SOURCE_FIELDS, row) if v is not None})


def title_key(title: str) -> tuple[str, str]:
    """Sort "Öffentlich" among the O's, not after Z: accents count only between equal letters."""
    folded = title.casefold()
    bare = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    return bare, folded


def _cited_ids(document: str) -> set[str]:
    """The ids of the sources a stored case document cites in its evidence (snapshots not
    counted); nothing for a document that cannot be read."""
    try:
        evidence = json.loads(document).get("evidence") or {}
        return {s.get("id") for e in evidence.values() for s in e.get("sources") or []}
    except (ValueError, AttributeError, TypeError):
        return set()


def _matches(source: SourceRef, words: list[str]) -> bool:
    text = " ".join(x for x in (source.title, source.reference, source.publisher, source.note) if x).casefold()
    return all(word in text for word in words)


class SourceLibrary:
    """The source library of one store: ``list``, ``get``, ``save``, ``history``, ``usage``,
    ``usage_counts``, ``delete``; and ``file_cited_by`` for the store's own case writes.

    Needs from the store: ``db`` (the sqlite-utils database), ``reading()`` and ``writing()``
    (its read guard and its one-transaction write), ``log(…)`` (a history row, inside the
    write), ``history(id)`` and ``summary(case_id)``.
    """

    def __init__(self, store: CaseStore):
        self._store = store

    def list(self, search: str = "") -> list[SourceRef]:
        """Library entries whose title, reference, publisher or note contain every word of
        ``search`` (case-insensitive for any script: compared casefolded in Python, as SQLite's
        NOCASE folds only ASCII), sorted by title, accents after the bare letter."""
        with self._store.reading():
            rows = self._store.db.execute(f"SELECT {', '.join(SOURCE_FIELDS)} FROM sources").fetchall()
        words = search.casefold().split()
        found = [s for s in map(_source_from_row, rows) if _matches(s, words)]
        return sorted(found, key=lambda s: (*title_key(s.title), s.id))

    def get(self, source_id: str) -> SourceRef:
        with self._store.reading():
            row = self._row(source_id)
        if row is None:
            raise UnknownSourceError(_said("source.unknown", source_id=source_id))
        return _source_from_row(tuple(row.values()))

    def save(self, source: SourceRef | dict[str, Any], seen: SourceRef | None = None) -> SourceRef:
        """Add or correct a library entry (one transaction); a blank or missing id gets a new
        ``src-…`` id. Cases keep their own copies: the library never rewrites a case. ``seen``:
        the entry as the user saw it; fields someone else corrected since are kept where this
        edit leaves them, and one corrected two ways raises ``FieldConflictError`` (issue 22)."""
        data = source.model_dump() if isinstance(source, SourceRef) else dict(source)
        data = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in data.items()}
        if not data.get("title"):
            raise FieldValueError(_said("source.no_title"))
        with self._store.writing():
            if not data.get("id"):
                data["id"] = new_source_id()
                while self._exists(data["id"]):
                    data["id"] = new_source_id()
            try:
                saved = SourceRef.model_validate({k: v for k, v in data.items() if v is not None})
            except ValidationError as error:
                first = error.errors(include_url=False, include_input=False)[0]  # pydantic's msg, in words
                where = ".".join(map(str, first["loc"]))
                raise FieldValueError(words("at", where=where, problem=problem_words(first))) from None
            row = {k: getattr(saved, k) for k in SOURCE_FIELDS}
            stamp = now_iso()
            old = self._row(saved.id)
            if seen is not None and seen.id == saved.id and old is None:  # deleted since it was shown
                raise SourceDeletedError(_said("source.deleted_meanwhile", title=seen.title))
            if seen is not None and old is not None and seen.id == saved.id:
                row = self._merged({k: getattr(seen, k) for k in SOURCE_FIELDS}, old, row)
                saved = SourceRef.model_validate({k: v for k, v in row.items() if v is not None})
            if old == row:
                return saved  # nothing changed, nothing written
            if old is not None:
                self._store.db["sources"].update(saved.id, {**row, "updated": stamp})
            else:
                self._store.db["sources"].insert({**row, "created": stamp, "updated": stamp})
            self._store.log(HISTORY_PREFIX + saved.id, "*", old, row)
        return saved

    def history(self, source_id: str) -> list[HistoryEntry]:
        """Every change to a library entry: old and new fields (None when added or deleted)."""
        return self._store.history(HISTORY_PREFIX + source_id)

    def usage(self, source_id: str) -> list[str]:
        """Ids of the cases whose evidence cites the source (snapshots not counted), sorted."""
        needle = json.dumps(source_id, ensure_ascii=False)  # as it is written in documents
        with self._store.reading():
            rows = self._store.db.execute("SELECT id, document FROM cases WHERE instr(document, ?) > 0",
                                          [needle]).fetchall()
        return sorted(case_id for case_id, document in rows if source_id in _cited_ids(document))

    def usage_counts(self) -> dict[str, int]:
        """How many cases cite each source, in one pass over the documents (the library
        dialog shows a count per source: one scan of every case per source would not do)."""
        counts: dict[str, int] = {}
        with self._store.reading():
            rows = self._store.db.execute(
                """SELECT document FROM cases WHERE instr(document, '"sources"') > 0""").fetchall()
        for (document,) in rows:
            for source_id in _cited_ids(document):
                counts[source_id] = counts.get(source_id, 0) + 1
        return counts

    def delete(self, source_id: str) -> None:
        """Remove a library entry; refused while any case still cites it."""
        with self._store.writing():
            if not self._exists(source_id):
                raise UnknownSourceError(_said("source.unknown", source_id=source_id))
            using = self.usage(source_id)
            if using:
                from ..rules.wording import Names  # (the rules' package: only when it is needed)

                names = Names([_said("source.citing", title=self._store.summary(i).title, case_id=i) for i in using])
                key = "source.cited.one" if len(using) == 1 else "source.cited.other"
                raise StoreError(_said(key, count=str(len(using)), names=names))
            old = self._row(source_id)
            self._store.db.execute("DELETE FROM sources WHERE id = ?", [source_id])
            self._store.log(HISTORY_PREFIX + source_id, "*", old, None)

    # -- inside the caller's read or write ---------------------------------------------------------
    def _exists(self, source_id: str) -> bool:
        return self._store.db.execute("SELECT 1 FROM sources WHERE id = ?", [source_id]).fetchone() is not None

    def _merged(self, base: dict[str, Any], theirs: dict[str, Any], mine: dict[str, Any]) -> dict[str, Any]:
        """Mine where I changed a field, theirs elsewhere; a field both changed two ways is the
        user's choice (``FieldConflictError``, nothing written), with who changed the entry last."""
        clashes = [k for k in SOURCE_FIELDS if len({base[k], theirs[k], mine[k]}) == 3]
        if clashes:
            history = self.history(base["id"])
            user, when = (history[-1].user, history[-1].changed_at) if history else (None, None)
            conflicts = [FieldConflict(k, theirs[k], mine[k], user, when) for k in clashes]
            raise FieldConflictError(_said("conflict.field", field=clashes[0], user=user or "?", when=when or "?"),
                                     conflicts)
        return {k: mine[k] if mine[k] != base[k] else theirs[k] for k in SOURCE_FIELDS}

    def _row(self, source_id: str) -> dict[str, Any] | None:
        query = f"SELECT {', '.join(SOURCE_FIELDS)} FROM sources WHERE id = ?"
        row = self._store.db.execute(query, [source_id]).fetchone()
        return None if row is None else dict(zip(SOURCE_FIELDS, row))

    def file_cited_by(self, case: Case) -> None:
        """Add the sources ``case`` cites to the library; an existing entry is kept as it is.
        Only for the store's own case writes, inside their transaction (not ``SourceLibraryStorage``)."""
        stamp = now_iso()
        for evidence in case.evidence.values():
            for source in evidence.sources:
                row = {k: getattr(source, k) for k in SOURCE_FIELDS}
                self._store.db["sources"].insert({**row, "created": stamp, "updated": stamp}, ignore=True)
