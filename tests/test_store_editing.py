"""The case store (desktop/models/storage/store.py): creating and reading user cases, editing fields with
set_field/set_fields (validation, summary columns, history) and renaming."""

from __future__ import annotations

import json

import pytest
from store_helpers import stored_document, stored_row

from desktop.models.scales import Status
from desktop.models.storage.store import FieldValueError, UnknownCaseError


@pytest.fixture
def store(any_store):
    """Every test here runs on both engines: SQLite and PostgreSQL (issue 22)."""
    return any_store

COMPLETE_FIELDS = {
    "technology_area": "Semiconductors",
    "summary": "A niche.",
    "strength": {
        "pillars": {
            "research_innovation": {"present": True, "stance": "maintain", "likelihood": "high"},
            "ip_patents": {"present": False},
            "production_commercialisation": {"present": False},
        },
        "types": ["technological_excellence"],
    },
    "leverage": {
        "market_entry_barriers": ["none"],
        "substitutability": "moderate",
        "foreign_availability": "broad",
        "effective_utilisation": "partly_enforceable",
        "ethical_constraints": False,
        "spillover_damage": "low",
        "dual_use_relevance": "none",
        "degree": "low",
    },
    "ambition": {
        "feasibility": {
            "threat_prevention": "low",
            "ability_to_deny": "low",
            "ability_to_act": "medium",
            "curtailment": "not_feasible",
        }
    },
}
INSTRUMENT = {"level": "ability_to_act", "text": "Fund research", "ppp": "promote", "focus": "research_promotion"}


# -- create, read --------------------------------------------------------------------------


def test_create_makes_draft_with_timestamps(store):
    """create() makes an editable draft with created/updated stamps and a history entry."""
    case = store.create("My assessment")
    assert case.status is Status.DRAFT
    assert not case.is_reference
    assert case.created is not None and case.updated is not None
    assert case.created.tzinfo is not None
    assert store.get(case.id) == case
    summary = store.summary(case.id)
    assert (summary.title, summary.status, summary.is_reference) == ("My assessment", "draft", False)
    assert summary.updated
    assert store.count() == 13
    [entry] = store.history(case.id)
    assert (entry.field, entry.old_value, entry.new_value, entry.user) == ("*", None, "created", "tester")


def test_create_ids_are_unique(store):
    """Two cases with the same title get different ids."""
    a, b = store.create("Same title"), store.create("Same title")
    assert a.id != b.id
    assert store.count() == 14


def test_create_with_extra_fields(store):
    """create() accepts exchange-format fields and validates them."""
    case = store.create("Full", **COMPLETE_FIELDS, instruments=[INSTRUMENT])
    assert case.status is Status.COMPLETE
    assert store.summary(case.id).status == "complete"
    assert store.summary(case.id).leverage_degree == "low"


@pytest.mark.parametrize("title", ["", "   "])
def test_create_blank_title_raises_field_value_error(store, title):
    """A blank title is refused with FieldValueError and nothing is stored."""
    with pytest.raises(FieldValueError):
        store.create(title)
    assert store.count() == 12


def test_get_unknown_case_raises(store):
    """Reading a case that does not exist raises UnknownCaseError."""
    with pytest.raises(UnknownCaseError):
        store.get("no-such-case")
    with pytest.raises(UnknownCaseError):
        store.summary("no-such-case")
    assert not store.exists("no-such-case")


def test_set_field_unknown_case_raises(store):
    """Editing a case that does not exist raises UnknownCaseError."""
    with pytest.raises(UnknownCaseError):
        store.set_field("no-such-case", "title", "x")


# -- set_field -----------------------------------------------------------------------------


def test_set_field_persists_value(store):
    """set_field writes the value into the stored document."""
    case = store.create("Editable")
    returned = store.set_field(case.id, "strength.pillars.ip_patents.stance", "maintain")
    assert returned.strength.pillars["ip_patents"].stance == "maintain"
    assert store.get(case.id) == returned
    assert json.loads(stored_document(store, case.id))["strength"]["pillars"]["ip_patents"] == {
        "stance": "maintain"
    }


def test_set_field_updates_summary_columns(store):
    """leverage_degree and chosen_level columns follow the document."""
    case = store.create("Editable")
    store.set_field(case.id, "leverage.degree", "medium_high")
    store.set_field(case.id, "ambition.chosen_level", "ability_to_deny")
    summary = store.summary(case.id)
    assert (summary.leverage_degree, summary.chosen_level) == ("medium_high", "ability_to_deny")
    store.set_field(case.id, "leverage.degree", None)
    assert store.summary(case.id).leverage_degree is None


def test_set_field_title_updates_summary(store):
    """The title column follows the document."""
    case = store.create("Old title")
    store.set_field(case.id, "title", "New title")
    assert store.summary(case.id).title == "New title"
    assert store.get(case.id).title == "New title"


def test_set_field_status_becomes_complete(store):
    """Adding the last missing piece flips the listed status from draft to complete."""
    case = store.create("Almost", **COMPLETE_FIELDS)
    assert store.summary(case.id).status == "draft"
    updated = store.set_field(case.id, "instruments", [INSTRUMENT])
    assert updated.status is Status.COMPLETE
    assert store.summary(case.id).status == "complete"
    store.set_field(case.id, "instruments", [])
    assert store.summary(case.id).status == "draft"


def test_set_field_changes_updated_not_created(store):
    """An edit moves updated (never backwards) and leaves created alone."""
    case = store.create("Stamped")
    created_column = stored_row(store, case.id)[7]
    edited = store.set_field(case.id, "summary", "New")
    assert edited.created == case.created
    assert edited.updated >= case.updated
    assert stored_row(store, case.id)[7] == created_column


def test_set_field_writes_history_in_order(store):
    """Every edit appends (field, old, new, user) to the history, in the order made."""
    store.user = "alice"
    case = store.create("Audited")
    store.set_field(case.id, "leverage.degree", "low")
    store.set_field(case.id, "leverage.degree", "high")
    store.user = "bob"
    store.set_field(case.id, "ambition.entanglement_autonomy", 30)
    store.set_field(case.id, "key_facts", ["one", "两"])
    entries = store.history(case.id)
    assert [(e.field, e.old_value, e.new_value, e.user) for e in entries] == [
        ("*", None, "created", "alice"),
        ("leverage.degree", None, "low", "alice"),
        ("leverage.degree", "low", "high", "alice"),
        ("ambition.entanglement_autonomy", None, 30, "bob"),
        ("key_facts", None, ["one", "两"], "bob"),
    ]
    assert all(e.case_id == case.id and e.changed_at for e in entries)
    assert [e.changed_at for e in entries] == sorted(e.changed_at for e in entries)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("leverage.degree", "enormous"),
        ("title", ""),
        ("title", "   "),
        ("ambition.entanglement_autonomy", 101),
        ("ambition.entanglement_autonomy", -1),
        ("strength.types", ["not_a_type"]),
        ("colour", "red"),
        ("leverage.colour", "red"),
        ("instruments", [{"level": "curtailment"}]),
        ("summary", "x" * 100_001),
    ],
)
def test_set_field_invalid_value_changes_nothing(store, path, value):
    """An invalid value raises FieldValueError; document, row and history stay as they were."""
    case = store.create("Guarded")
    store.set_field(case.id, "leverage.degree", "medium")
    before_doc, before_row = stored_document(store, case.id), stored_row(store, case.id)
    before_history = store.history(case.id)
    with pytest.raises(FieldValueError):
        store.set_field(case.id, path, value)
    assert stored_document(store, case.id) == before_doc
    assert stored_row(store, case.id) == before_row
    assert store.history(case.id) == before_history


def test_set_field_path_through_scalar_raises(store):
    """A dotted path that descends into a non-object is not a field."""
    case = store.create("Paths")
    store.set_field(case.id, "summary", "text")
    with pytest.raises(FieldValueError):
        store.set_field(case.id, "summary.first", "x")


def test_set_field_same_value_writes_no_history(store):
    """Setting a field to the value it already has writes nothing."""
    case = store.create("Idempotent")
    store.set_field(case.id, "leverage.degree", "high")
    before_doc, before_history = stored_document(store, case.id), store.history(case.id)
    store.set_field(case.id, "leverage.degree", "high")
    from desktop.models.scales import LeverageDegree

    store.set_field(case.id, "leverage.degree", LeverageDegree.HIGH)  # enum equals its token
    assert stored_document(store, case.id) == before_doc
    assert store.history(case.id) == before_history


def test_set_field_unset_to_none_writes_no_history(store):
    """Clearing a field that was never set is not a change."""
    case = store.create("Empty")
    before = store.history(case.id)
    store.set_field(case.id, "ambition.chosen_level", None)
    assert store.history(case.id) == before


@pytest.mark.parametrize("path", ["id", "reference", "created", "updated", "format", "format_version"])
def test_set_field_managed_fields_refused(store, path):
    """Fields the app manages cannot be edited through set_field."""
    case = store.create("Managed")
    before_doc, before_history = stored_document(store, case.id), store.history(case.id)
    value = {"citation": "c", "chapter": 1} if path == "reference" else "2020-01-01T00:00:00Z"
    with pytest.raises(FieldValueError):
        store.set_field(case.id, path, value)
    assert stored_document(store, case.id) == before_doc
    assert store.history(case.id) == before_history
    assert not store.get(case.id).is_reference


def test_set_field_history_records_stored_value(store):
    """The history's new value is the token actually stored; a string for a number is refused."""
    from desktop.models.scales import Substitutability

    case = store.create("Coerced")
    updated = store.set_field(case.id, "leverage.substitutability", Substitutability.VERY_HARD)
    assert store.history(case.id)[-1].new_value == updated.leverage.substitutability.value == "very_hard"
    before = store.history(case.id)
    with pytest.raises(FieldValueError):
        store.set_field(case.id, "ambition.entanglement_autonomy", "50")
    assert store.history(case.id) == before


# -- rename --------------------------------------------------------------------------------


def test_rename_changes_title_and_records_history(store):
    """rename() changes the title everywhere and logs it."""
    case = store.create("Before")
    store.rename(case.id, "After")
    assert store.get(case.id).title == "After"
    assert store.summary(case.id).title == "After"
    entry = store.history(case.id)[-1]
    assert (entry.field, entry.old_value, entry.new_value) == ("title", "Before", "After")


def test_rename_to_blank_refused(store):
    """rename() to a blank title is refused and changes nothing."""
    case = store.create("Keep")
    with pytest.raises(FieldValueError):
        store.rename(case.id, "  ")
    assert store.get(case.id).title == "Keep"


def test_set_fields_unset_removes_the_key_again(store):
    """UNSET (how undo restores a never-set field) removes the key; the case reads as unassessed."""
    from desktop.models.storage.records import UNSET

    case = store.create("Unset me")
    store.set_fields(case.id, {"strength.types": ["sustainability"], "ambition.feasibility.curtailment": "low"})
    restored = store.set_fields(case.id, {"strength.types": UNSET, "ambition.feasibility.curtailment": UNSET})
    assert restored.strength.types == [] and restored.ambition.feasibility == {}
    assert "types" not in json.loads(stored_document(store, case.id))["strength"]
    assert store.history(case.id)[-1].new_value is None


# -- someone else changed it (issue 22) ------------------------------------------------------
def test_an_edit_of_a_field_someone_changed_since_it_was_shown_is_refused_with_who_and_when(store):
    from desktop.models.storage.records import FieldConflictError

    case = store.create("Shared")
    shown = store.get(case.id)  # what this officer's window shows
    store.set_field(case.id, "leverage.degree", "low")  # another officer, meanwhile
    before = stored_document(store, case.id), store.history(case.id)
    with pytest.raises(FieldConflictError) as refused:
        store.set_fields(case.id, {"leverage.degree": "high"}, seen={"leverage.degree": shown.leverage.degree})
    (conflict,) = refused.value.conflicts
    assert (conflict.path, conflict.theirs, conflict.yours, conflict.user) == ("leverage.degree", "low", "high", "tester")
    assert conflict.changed_at == store.history(case.id)[-1].changed_at
    assert "leverage.degree" in str(refused.value) and "tester" in str(refused.value)
    assert (stored_document(store, case.id), store.history(case.id)) == before  # nothing written
    # keeping one's own value is a deliberate second edit: the history keeps both
    store.set_fields(case.id, {"leverage.degree": "high"})
    assert [h.new_value for h in store.history(case.id) if h.field == "leverage.degree"] == ["low", "high"]


def test_no_conflict_where_nobody_else_changed_the_field_or_changed_it_to_the_same(store):
    case = store.create("Shared")
    shown = store.get(case.id)
    store.set_field(case.id, "summary", "someone else's summary")  # another field: no conflict
    store.set_fields(case.id, {"leverage.degree": "high"}, seen={"leverage.degree": shown.leverage.degree})
    store.set_field(case.id, "technology_area", "Quantum")  # the same value this edit sets
    store.set_fields(case.id, {"technology_area": "Quantum"}, seen={"technology_area": None})
    final = store.get(case.id)
    assert (final.summary, final.leverage.degree.value, final.technology_area) == ("someone else's summary", "high", "Quantum")
