"""Named snapshots of a case (desktop/models/storage/snapshots.py): taking, listing, reading,
restoring as a new case and deleting them; names, reference cases, history marks, and how
snapshots travel in the exchange format."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from store_helpers import LITHO, imported, stored_document

from desktop.models.case import RatingEvidence, SourceRef
from desktop.models.evidence import evidence_changes
from desktop.models.exchange import case_from_bytes, case_to_json
from desktop.models.storage.store import (
    FieldValueError,
    ReadOnlyCaseError,
    StoreError,
    UnknownSnapshotError,
)


@pytest.fixture
def store(any_store):
    """Every test here runs on both engines: SQLite and PostgreSQL (issue 22)."""
    return any_store


@pytest.fixture
def case_id(store):
    case = store.create("Wafer inspection 检测", technology_area="Semiconductors")
    store.set_fields(case.id, {"leverage.substitutability": "hard", "leverage.degree": "medium"})
    return case.id


def test_take_snapshot_keeps_the_case_as_it_stands(store, case_id):
    before = datetime.now(timezone.utc).replace(microsecond=0)
    newest = store.history(case_id)[-1].id
    snapshot = store.snapshots.take(case_id, "  Workshop 12 March  ")
    assert snapshot.name == "Workshop 12 March"
    assert before <= snapshot.taken_at <= datetime.now(timezone.utc)
    assert snapshot.history_mark == newest
    assert "snapshots" not in snapshot.case and snapshot.case["leverage"]["degree"] == "medium"
    assert snapshot.case["id"] == case_id
    assert store.snapshots.list(case_id) == [snapshot]
    assert store.history(case_id)[-1].new_value == "snapshot “Workshop 12 March” taken"


def test_history_mark_is_the_newest_row_before_the_snapshot(store, case_id):
    ids = [h.id for h in store.history(case_id)]
    assert ids == sorted(ids) and len(set(ids)) == len(ids) and ids[0] > 0
    assert store.snapshots.take(case_id, "A").history_mark == ids[-1]


def test_snapshots_list_oldest_first_and_do_not_touch_updated(store, case_id):
    updated = store.summary(case_id).updated
    names = ["First", "Second", "Third"]
    for name in names:
        store.snapshots.take(case_id, name)
    assert [s.name for s in store.snapshots.list(case_id)] == names
    assert store.summary(case_id).updated == updated  # the assessment did not change


@pytest.mark.parametrize("name", ["", "   ", "now", " NOW "])
def test_blank_or_reserved_names_are_refused(store, case_id, name):
    with pytest.raises(FieldValueError):
        store.snapshots.take(case_id, name)
    assert store.snapshots.list(case_id) == []


def test_duplicate_names_are_refused_ignoring_case(store, case_id):
    store.snapshots.take(case_id, "Workshop")
    history = len(store.history(case_id))
    for name in ("Workshop", " workshop"):
        with pytest.raises(StoreError, match="already has a snapshot"):
            store.snapshots.take(case_id, name)
    assert len(store.snapshots.list(case_id)) == 1 and len(store.history(case_id)) == history


def test_reference_cases_cannot_be_snapshotted(store):
    before = stored_document(store, LITHO)
    with pytest.raises(ReadOnlyCaseError):
        store.snapshots.take(LITHO, "Mine")
    assert stored_document(store, LITHO) == before and store.snapshots.list(LITHO) == []


def test_snapshot_case_reads_the_old_state(store, case_id):
    store.snapshots.take(case_id, "Before")
    store.set_fields(case_id, {"leverage.degree": "high", "title": "Renamed"})
    old = store.snapshots.case_at(case_id, "Before")
    assert (old.title, old.leverage.degree.value) == ("Wafer inspection 检测", "medium")
    assert store.snapshots.case_at(case_id, "before").title == old.title  # the one match ignoring case
    with pytest.raises(UnknownSnapshotError, match="Before"):
        store.snapshots.case_at(case_id, "After")


def test_restore_makes_a_new_case_and_never_touches_the_original(store, case_id):
    source = SourceRef(id="src-a", title="Fab survey")
    case = store.get(case_id)
    store.set_fields(case_id, evidence_changes(case, "leverage.degree", RatingEvidence(sources=[source])))
    store.snapshots.take(case_id, "Workshop 1")
    store.set_fields(case_id, {"leverage.degree": "low"})
    store.snapshots.take(case_id, "Workshop 2")
    original = stored_document(store, case_id)
    restored = store.snapshots.restore(case_id, "Workshop 1")
    assert restored.id != case_id and store.exists(restored.id)
    assert restored.title == "Wafer inspection 检测 (as of Workshop 1)"
    assert restored.leverage.degree.value == "medium" and restored.snapshots == []
    assert restored.evidence["leverage.degree"].sources == [source]
    assert store.get(restored.id) == restored
    assert stored_document(store, case_id) == original
    assert [h.new_value for h in store.history(restored.id)] == [f"restored from snapshot “Workshop 1” of {case_id}"]
    assert store.sources.usage("src-a") == sorted([case_id, restored.id])


def test_delete_snapshot(store, case_id):
    store.snapshots.take(case_id, "A")
    store.snapshots.take(case_id, "B")
    store.snapshots.delete(case_id, "A")
    assert [s.name for s in store.snapshots.list(case_id)] == ["B"]
    assert store.history(case_id)[-1].new_value == "snapshot “A” deleted"
    with pytest.raises(UnknownSnapshotError):
        store.snapshots.delete(case_id, "A")
    store.snapshots.delete(case_id, "B")
    assert "snapshots" not in json.loads(stored_document(store, case_id))


def test_snapshots_are_not_editable_as_fields(store, case_id):
    with pytest.raises(FieldValueError, match="managed"):
        store.set_fields(case_id, {"snapshots": []})


def test_edits_keep_the_snapshots(store, case_id):
    store.snapshots.take(case_id, "Kept")
    store.set_fields(case_id, {"summary": "Changed"})
    assert [s.name for s in store.snapshots.list(case_id)] == ["Kept"]


def test_snapshots_travel_in_the_exchange_format(store, case_id):
    """Exported with the case (format version 2) and imported with it; marks are reset to the
    importing database's history, since everything recorded there is after the snapshot."""
    store.snapshots.take(case_id, "Travelling")
    text = case_to_json(store.get(case_id))
    data = json.loads(text)
    assert data["format_version"] == 2 and data["snapshots"][0]["name"] == "Travelling"
    assert case_to_json(case_from_bytes(text.encode())) == text
    newest = max(h.id for h in store.history(case_id))
    [copy_id] = store.add_cases([case_from_bytes(text.encode())])
    assert copy_id != case_id
    [snapshot] = store.snapshots.list(copy_id)
    assert snapshot.history_mark == newest
    assert store.history(copy_id)[0].id > snapshot.history_mark
    assert store.snapshots.case_at(copy_id, "Travelling").leverage.degree.value == "medium"


def test_an_imported_version_1_case_has_no_snapshots(store):
    [case_id] = store.add_cases([imported("plain-1")])
    assert store.snapshots.list(case_id) == []
    with pytest.raises(UnknownSnapshotError, match="none yet"):
        store.snapshots.case_at(case_id, "Anything")
