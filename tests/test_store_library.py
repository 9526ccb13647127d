"""The case store (desktop/models/storage/store.py): the read-only reference library, duplicating and
deleting cases, and importing cases with add_cases (id clashes, dropped reference blocks,
all or nothing)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils.db import Table
from store_helpers import LITHO, history_count, imported, stored_document, stored_row

from desktop.models.case import Case
from desktop.models.exchange import case_to_json
from desktop.models.library import reference_cases
from desktop.models.scales import Status
from desktop.models.storage.store import (
    CaseStore,
    FieldValueError,
    NewerSchemaError,
    ReadOnlyCaseError,
    StoreError,
    UnknownCaseError,
)


@pytest.fixture
def store(any_store):
    """Every test here runs on both engines: SQLite and PostgreSQL (issue 22)."""
    return any_store

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "data" / "reference"
REFERENCE_IDS = sorted(p.stem for p in REFERENCE_DIR.glob("*.json"))


# -- the reference library -----------------------------------------------------------------


def test_reference_library_has_twelve_reference_cases(store):
    """The store holds the 12 report cases, all flagged as references and complete."""
    summaries = store.list_summaries()
    assert sorted(s.id for s in summaries) == REFERENCE_IDS
    assert all(s.is_reference for s in summaries)
    assert all(s.status == Status.COMPLETE.value for s in summaries)
    for case_id in REFERENCE_IDS:
        assert store.get(case_id).is_reference
        assert store.summary(case_id).is_reference


def test_reference_documents_match_shipped_files(store):
    """Stored reference documents are the shipped files, byte for byte."""
    for path in REFERENCE_DIR.glob("*.json"):
        assert stored_document(store, path.stem) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "edit",
    [
        lambda s: s.set_field(LITHO, "leverage.degree", "low"),
        lambda s: s.set_field(LITHO, "summary", "changed"),
        lambda s: s.rename(LITHO, "Renamed"),
        lambda s: s.delete(LITHO),
    ],
    ids=["set_field-token", "set_field-text", "rename", "delete"],
)
def test_reference_case_refuses_edits(store, edit):
    """set_field, rename and delete on a reference case raise ReadOnlyCaseError; nothing changes."""
    before_doc, before_row = stored_document(store, LITHO), stored_row(store, LITHO)
    before_history = history_count(store)
    with pytest.raises(ReadOnlyCaseError):
        edit(store)
    assert stored_document(store, LITHO) == before_doc
    assert stored_row(store, LITHO) == before_row
    assert history_count(store) == before_history
    assert store.count() == 12


def test_read_only_error_is_a_store_error():
    """Callers can catch every store refusal as StoreError."""
    for cls in (ReadOnlyCaseError, UnknownCaseError, NewerSchemaError, FieldValueError):
        assert issubclass(cls, StoreError)


def test_sync_reference_library_updates_changed_document(store):
    """A changed shipped reference replaces the stored one; the count of changes is returned."""
    cases = list(reference_cases())
    index = next(i for i, c in enumerate(cases) if c.id == LITHO)
    data = json.loads(case_to_json(cases[index]))
    data["summary"] = "A revised summary of the lithography chapter."
    data["leverage"]["degree"] = "medium_high"
    cases[index] = Case.model_validate(data)
    assert store.sync_reference_library(cases) == 1
    case = store.get(LITHO)
    assert case.summary == "A revised summary of the lithography chapter."
    assert case.is_reference
    assert store.summary(LITHO).leverage_degree == "medium_high"
    assert store.count() == 12
    assert store.sync_reference_library(cases) == 0


def test_sync_reference_library_unchanged_reports_zero(store):
    """Syncing the same library again changes nothing and reports 0."""
    assert store.sync_reference_library(reference_cases()) == 0


def test_sync_reference_library_into_empty_store_counts_all():
    """A fresh store receives all 12 reference cases."""
    fresh = CaseStore.memory(user="tester")
    try:
        assert fresh.sync_reference_library(reference_cases()) == 12
        assert fresh.count() == 12
    finally:
        fresh.close()


# -- duplicate, delete ---------------------------------------------------------------------


def test_duplicate_reference_makes_editable_copy(store):
    """Duplicating a reference case gives a new, editable, non-reference case that records its origin."""
    before = stored_document(store, LITHO)
    copy = store.duplicate(LITHO)
    assert copy.id != LITHO and store.exists(copy.id)
    assert not copy.is_reference and copy.reference is None
    assert copy.title == store.get(LITHO).title + " (copy)"
    assert copy.leverage == store.get(LITHO).leverage
    assert copy.instruments == store.get(LITHO).instruments
    assert not store.summary(copy.id).is_reference
    [entry] = store.history(copy.id)
    assert entry.new_value == f"duplicated from {LITHO}"
    edited = store.set_field(copy.id, "leverage.degree", "low")  # editable
    assert edited.leverage.degree == "low"
    assert stored_document(store, LITHO) == before  # the source is untouched
    assert store.count() == 13


def test_duplicate_with_title(store):
    """A duplicate can be given its own title."""
    copy = store.duplicate(LITHO, title="Lithography — our view")
    assert store.summary(copy.id).title == "Lithography — our view"


def test_duplicate_user_case_twice_gives_distinct_ids(store):
    """Duplicating the same case twice gives two different copies."""
    original = store.create("Mine")
    a, b = store.duplicate(original.id), store.duplicate(original.id)
    assert len({original.id, a.id, b.id}) == 3


@pytest.mark.parametrize(
    ("source_title", "new_title"), [("x" * 500, None), ("Short", "   ")], ids=["too-long", "blank"]
)
def test_duplicate_invalid_resulting_title_raises_store_error(store, source_title, new_title):
    """A duplicate whose title would be invalid is refused with a StoreError (or fixed), never a raw error."""
    case = store.create(source_title)
    try:
        copy = store.duplicate(case.id, title=new_title)
    except StoreError:
        assert store.count() == 13
        return
    assert copy.title.strip() and len(copy.title) <= 500


def test_delete_removes_case_and_records_history(store):
    """delete() removes the case and leaves a history entry saying what was deleted."""
    case = store.create("Doomed")
    store.delete(case.id)
    assert not store.exists(case.id)
    assert store.count() == 12
    assert case.id not in [s.id for s in store.list_summaries()]
    with pytest.raises(UnknownCaseError):
        store.get(case.id)
    entry = store.history(case.id)[-1]
    assert (entry.field, entry.old_value, entry.new_value, entry.user) == ("*", "Doomed", "deleted", "tester")


def test_delete_unknown_case_raises(store):
    """Deleting a case that does not exist raises UnknownCaseError."""
    with pytest.raises(UnknownCaseError):
        store.delete("no-such-case")


# -- add_cases (import) --------------------------------------------------------------------


def test_add_cases_inserts_with_history(store):
    """Imported cases are stored as given and logged as imported."""
    ids = store.add_cases([imported("imp-a"), imported("imp-b", title="B")])
    assert ids == ["imp-a", "imp-b"]
    assert store.get("imp-b").title == "B"
    assert store.history("imp-a")[-1].new_value == "imported"


def test_add_cases_clash_gives_copy_then_copy_2(store):
    """A clashing id becomes <id>-copy, then <id>-copy-2, across and within imports."""
    assert store.add_cases([imported("imp")]) == ["imp"]
    assert store.add_cases([imported("imp")]) == ["imp-copy"]
    assert store.add_cases([imported("imp")]) == ["imp-copy-2"]
    assert store.add_cases([imported("imp"), imported("imp")]) == ["imp-copy-3", "imp-copy-4"]
    for case_id in ["imp-copy", "imp-copy-2", "imp-copy-3", "imp-copy-4"]:
        assert store.get(case_id).id == case_id  # the document carries the new id too


def test_add_cases_clash_with_reference_id(store):
    """Importing a file with a reference case's id makes a copy, never overwrites the reference."""
    before = stored_document(store, LITHO)
    assert store.add_cases([imported(LITHO, title="Impostor")]) == [f"{LITHO}-copy"]
    assert stored_document(store, LITHO) == before


def test_add_cases_clash_on_copy_id(store):
    """Importing an id that already ends in -copy counts on from the base id."""
    store.add_cases([imported("imp"), imported("imp")])
    assert store.add_cases([imported("imp-copy")]) == ["imp-copy-2"]


def test_add_cases_clash_on_longest_id_stays_valid(store):
    """A clash on a maximum-length id still yields a stored case that can be read back."""
    long_id = "a" * 200
    ids = store.add_cases([imported(long_id), imported(long_id)])
    assert ids[0] == long_id and ids[1] != long_id
    for case_id in ids:
        assert store.get(case_id).id == case_id


def test_add_cases_strips_reference_block(store):
    """An imported file cannot smuggle in a read-only case: its reference block is dropped."""
    source = next(c for c in reference_cases() if c.id == LITHO)
    [new_id] = store.add_cases([source])
    assert new_id == f"{LITHO}-copy"
    case = store.get(new_id)
    assert case.reference is None and not case.is_reference
    assert not store.summary(new_id).is_reference
    assert "reference" not in json.loads(stored_document(store, new_id))
    store.set_field(new_id, "title", "Now editable")


def test_add_cases_strips_reference_without_clash(store):
    """The reference block is dropped even when the id does not clash."""
    case = imported("fresh", reference={"citation": "Fake", "chapter": 1, "authors": []})
    [new_id] = store.add_cases([case])
    assert new_id == "fresh"
    assert not store.get("fresh").is_reference
    store.delete("fresh")


def test_add_cases_all_or_nothing_on_insert_failure(store, monkeypatch):
    """If the second insert fails, the first is rolled back too: nothing is imported."""
    from desktop.models.storage.pg_database import PgTable

    table = PgTable if store.engine == "postgresql" else Table
    real_insert = table.insert
    calls = {"cases": 0}

    def flaky_insert(self, record, *args, **kwargs):
        if self.name == "cases":
            calls["cases"] += 1
            if calls["cases"] == 2:
                raise sqlite3.OperationalError("disk I/O error")
        return real_insert(self, record, *args, **kwargs)

    monkeypatch.setattr(table, "insert", flaky_insert)
    before_history = history_count(store)
    with pytest.raises((StoreError, sqlite3.Error)):
        store.add_cases([imported("first"), imported("second"), imported("third")])
    monkeypatch.undo()
    assert calls["cases"] == 2
    assert store.count() == 12
    assert not store.exists("first")
    assert history_count(store) == before_history
    assert store.add_cases([imported("first")]) == ["first"]  # the store still works


def test_add_cases_all_or_nothing_when_source_fails(store):
    """If the cases iterable fails part-way (e.g. a bad file), earlier cases are rolled back."""

    def cases():
        yield imported("good-1")
        yield imported("good-2")
        raise ValueError("third file is broken")

    with pytest.raises(ValueError):
        store.add_cases(cases())
    assert store.count() == 12
    assert not store.exists("good-1") and not store.exists("good-2")


def test_add_cases_empty_is_noop(store):
    """Importing nothing changes nothing."""
    assert store.add_cases([]) == []
    assert store.count() == 12
