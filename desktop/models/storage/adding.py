"""New cases in the store: created, imported, duplicated, and the shipped reference library.

A part of ``CaseStore`` (store.py) kept in a module of its own so each stays one reader's size:
every method here writes through the store's ``writing()`` and logs through its ``log``, so the
file store and the team database (pg_store.py, a ``CaseStore``) add cases the same way.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Iterable

from pydantic import ValidationError

from ..case import Case
from ..exchange import case_to_data, case_to_json
from ..validation_words import validation_problem
from .records import FieldValueError, new_case_id

if TYPE_CHECKING:
    from .store import CaseStore


class AddingCases:
    """``create``, ``add_cases``, ``sync_reference_library``, ``duplicate`` of ``CaseStore``."""

    def _unique_id(self, wanted: str) -> str:
        if not self.exists(wanted):
            return wanted
        base = re.sub(r"-copy(-\d+)?$", "", wanted)[:180]  # room for the suffix within max length
        n = 1
        while True:
            candidate = f"{base}-copy" if n == 1 else f"{base}-copy-{n}"
            if not self.exists(candidate):
                return candidate
            n += 1

    def create(self, title: str, **fields: Any) -> Case:
        """A new draft owned by the user; extra exchange-format fields may be given."""
        stamp = datetime.now(timezone.utc).replace(microsecond=0)
        data = {"id": new_case_id(title), "title": title, **fields, "created": stamp, "updated": stamp}
        try:
            case = Case.model_validate(data)
        except ValidationError as error:
            raise FieldValueError(validation_problem(error)) from None
        with self.writing():
            self.insert_new(case, "created")
        return case

    def add_cases(self, cases: Iterable[Case], *, as_reference: bool = False) -> list[str]:
        """Insert imported cases all-or-nothing; a clashing id becomes a copy with a new id.

        Imported user cases never carry a ``reference`` block: only the shipped library is
        read-only, so a file cannot smuggle in an uneditable case.
        """
        ids: list[str] = []
        with self.writing():
            for case in cases:
                new_id = self._unique_id(case.id)
                if new_id != case.id or (case.reference is not None and not as_reference):
                    data = case_to_data(case)  # rebuilt, not model_copy'd: keeps "unset" keys absent
                    data["id"] = new_id
                    if not as_reference:
                        data.pop("reference", None)
                    case = Case.model_validate(data)
                case = self.snapshots.with_local_marks(case)
                self.insert_new(case, "imported")
                ids.append(case.id)
        return ids

    def sync_reference_library(self, cases: Iterable[Case]) -> int:
        """Make the stored reference cases match the shipped ones; returns how many changed."""
        changed = 0
        with self.writing():
            for case in cases:
                text = case_to_json(case)
                row = self.db.execute("SELECT document FROM cases WHERE id = ?", [case.id]).fetchone()
                if row is not None and row[0] == text:
                    continue
                if row is None:
                    self.db["cases"].insert(self.row(case))
                    self.log(case.id, "*", None, "reference library installed")
                else:
                    update = self.row(case)
                    del update["created"]
                    self.db["cases"].update(case.id, update)
                    self.log(case.id, "*", None, "reference library updated")
                changed += 1
        return changed

    def duplicate(self, case_id: str, title: str | None = None) -> Case:
        """An editable copy; a reference case loses its citation block (it is no longer the
        report's view) but the history says where it came from."""
        source = self.get(case_id)
        data = case_to_data(source)
        data.pop("reference", None)
        data.pop("provenance", None)
        stamp = datetime.now(timezone.utc).replace(microsecond=0)
        suffix = " (copy)"
        data.update(
            id=new_case_id(source.title),
            title=title if title is not None else source.title[: 500 - len(suffix)] + suffix,
            created=stamp,
            updated=stamp,
        )
        try:
            case = Case.model_validate(data)
        except ValidationError as error:
            raise FieldValueError(validation_problem(error)) from None
        with self.writing():
            self.insert_new(case, f"duplicated from {source.id}")
        return case
