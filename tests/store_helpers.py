"""Helpers shared by the case store tests (test_store_*.py): the lithography reference case's
id, a ready-to-import case, and raw reads of the store's tables."""

from __future__ import annotations

from desktop.models.case import Case
from desktop.models.storage.store import CaseStore

LITHO = "dpc2024-lithography"


def imported(case_id: str, title: str = "Imported", **fields) -> Case:
    return Case.model_validate({"format": "rdw-case", "format_version": 1, "id": case_id, "title": title, **fields})


def stored_document(store: CaseStore, case_id: str) -> str:
    return store.db.execute("SELECT document FROM cases WHERE id = ?", [case_id]).fetchone()[0]


def stored_row(store: CaseStore, case_id: str) -> tuple:
    return store.db.execute("SELECT * FROM cases WHERE id = ?", [case_id]).fetchone()


def history_count(store: CaseStore) -> int:
    return store.db.execute("SELECT count(*) FROM history").fetchone()[0]
