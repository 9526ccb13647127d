"""The case store (desktop/models/store.py): opening, the read-only reference library, edits with
history, imports, and refusing files it must not touch."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils.db import Table

from desktop.models.case import Case
from desktop.models.exchange import case_to_json
from desktop.models.library import open_store, reference_cases
from desktop.models.migrations import SCHEMA_VERSION
from desktop.models.scales import Status
from desktop.models.store import (
    CaseStore,
    FieldValueError,
    NewerSchemaError,
    ReadOnlyCaseError,
    StoreError,
    UnknownCaseError,
)

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "data" / "reference"
REFERENCE_IDS = sorted(p.stem for p in REFERENCE_DIR.glob("*.json"))
LITHO = "dpc2024-lithography"

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


def imported(case_id: str, title: str = "Imported", **fields) -> Case:
    return Case.model_validate({"format": "rdw-case", "format_version": 1, "id": case_id, "title": title, **fields})


def stored_document(store: CaseStore, case_id: str) -> str:
    return store.db.execute("SELECT document FROM cases WHERE id = ?", [case_id]).fetchone()[0]


def stored_row(store: CaseStore, case_id: str) -> tuple:
    return store.db.execute("SELECT * FROM cases WHERE id = ?", [case_id]).fetchone()


def history_count(store: CaseStore) -> int:
    return store.db.execute("SELECT count(*) FROM history").fetchone()[0]


# -- opening -------------------------------------------------------------------------------


def test_open_creates_file_with_wal_foreign_keys_and_schema_version(db_path):
    """Opening a new path creates the file in WAL mode, foreign keys on, user_version current."""
    assert not db_path.exists()
    store = CaseStore.open(db_path, user="tester")
    try:
        assert db_path.is_file()
        assert store.path == db_path
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert {"cases", "history"} <= set(store.db.table_names())
        assert store.count() == 0
    finally:
        store.close()
    with sqlite3.connect(db_path) as raw:  # persisted in the file, not just the connection
        assert raw.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    raw.close()


def test_open_creates_missing_parent_folders(tmp_path):
    """The data folder is created on first run."""
    path = tmp_path / "a" / "b" / "cases.sqlite"
    store = CaseStore.open(path)
    store.close()
    assert path.is_file()


def test_memory_store_has_schema_and_foreign_keys():
    """The in-memory store has the same schema and pragmas that matter."""
    store = CaseStore.memory(user="tester")
    try:
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.count() == 0 and store.list_summaries() == []
    finally:
        store.close()


def test_reopen_is_idempotent(db_path):
    """Reopening does not duplicate references, re-run migrations or change anything."""
    first = open_store(db_path, user="tester")
    ids_first = [s.id for s in first.list_summaries()]
    docs_first = {i: stored_document(first, i) for i in ids_first}
    first.close()
    for _ in range(3):
        again = open_store(db_path, user="tester")
        try:
            assert [s.id for s in again.list_summaries()] == ids_first
            assert again.count() == 12
            assert {i: stored_document(again, i) for i in ids_first} == docs_first
            applied = again.db.execute("SELECT name FROM _sqlite_migrations").fetchall()
            assert len(applied) == SCHEMA_VERSION
            assert len({name for (name,) in applied}) == SCHEMA_VERSION
            assert again.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
            assert again.sync_reference_library(reference_cases()) == 0
        finally:
            again.close()


def test_open_newer_schema_raises_and_leaves_file_untouched(db_path):
    """A database written by a newer app (user_version 999) is refused and not modified."""
    raw = sqlite3.connect(db_path)
    raw.execute("CREATE TABLE future (x)")
    raw.execute("INSERT INTO future VALUES ('keep me')")
    raw.execute("PRAGMA user_version = 999")
    raw.commit()
    raw.close()
    before = db_path.read_bytes()
    siblings = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(NewerSchemaError) as info:
        CaseStore.open(db_path)
    assert "newer" in str(info.value)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == siblings  # no -wal/-shm left


def test_open_store_newer_schema_raises_too(db_path):
    """open_store (store plus library) refuses a newer file the same way."""
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA user_version = 999")
    raw.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerSchemaError):
        open_store(db_path)
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [
        os.urandom(8192),
        b"hello, I am a text file\n" * 10,
        b"SQLite format 3\x00" + os.urandom(4080),
        b"\x00" * 4096,
    ],
    ids=["random", "text", "fake-header", "zeros"],
)
def test_open_non_sqlite_file_raises_store_error(db_path, content):
    """A file that is not an SQLite database raises StoreError (not a raw sqlite3 error), untouched."""
    db_path.write_bytes(content)
    try:
        CaseStore.open(db_path)
    except StoreError:
        pass
    except BaseException as error:  # pragma: no cover - the failure this test exists to catch
        pytest.fail(f"expected StoreError, got {type(error).__module__}.{type(error).__name__}: {error}")
    else:
        pytest.fail("a non-SQLite file was opened as a store")
    assert db_path.read_bytes() == content


def test_open_directory_raises_store_error(tmp_path):
    """A folder where the database file should be raises StoreError."""
    folder = tmp_path / "db.sqlite"
    folder.mkdir()
    with pytest.raises(StoreError):
        CaseStore.open(folder)


def _damaged_copy_of_store(db_path: Path) -> bytes:
    """Bytes of a real store file with one data page of the cases table overwritten."""
    store = open_store(db_path, user="tester")
    store.add_cases([imported(f"bulk-{i:03d}", summary="s" * 1500) for i in range(200)])
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = store.db.execute("PRAGMA page_size").fetchone()[0]
    try:
        pages = [
            n for (n,) in store.db.execute(
                "SELECT pageno FROM dbstat WHERE name = 'cases' AND pagetype = 'leaf' ORDER BY pageno"
            )
        ]
    except sqlite3.OperationalError:  # SQLite built without dbstat: any page past the schema
        pages = list(range(3, db_path.stat().st_size // page_size))
    store.close()
    data = bytearray(db_path.read_bytes())
    page = pages[len(pages) // 2]
    start = (page - 1) * page_size
    data[start : start + page_size] = bytes(range(256)) * (page_size // 256)
    return bytes(data)


def test_open_damaged_store_raises_store_error(db_path):
    """A store file with a damaged data page is reported as StoreError, never a raw sqlite3 error."""
    damaged = _damaged_copy_of_store(db_path)
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db_path.write_bytes(damaged)
    try:
        store = open_store(db_path, user="tester")
    except StoreError:
        return  # detected at open: the app can offer to restore a backup
    try:
        with pytest.raises(StoreError):
            for summary in store.list_summaries():
                store.get(summary.id)
    finally:
        store.close()


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


# -- duplicate, rename, delete -------------------------------------------------------------


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
    real_insert = Table.insert
    calls = {"cases": 0}

    def flaky_insert(self, record, *args, **kwargs):
        if self.name == "cases":
            calls["cases"] += 1
            if calls["cases"] == 2:
                raise sqlite3.OperationalError("disk I/O error")
        return real_insert(self, record, *args, **kwargs)

    monkeypatch.setattr(Table, "insert", flaky_insert)
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


# -- persistence ---------------------------------------------------------------------------


def test_data_persists_across_reopen(db_path):
    """Cases, edits and history survive closing and reopening a file store."""
    first = open_store(db_path, user="tester")
    case = first.create("Persistent")
    first.set_field(case.id, "leverage.degree", "medium")
    first.set_field(case.id, "summary", "中文摘要 <b>bold</b>")
    first.add_cases([imported("imported-one")])
    expected, expected_history = first.get(case.id), first.history(case.id)
    first.close()

    second = open_store(db_path, user="someone-else")
    try:
        assert second.get(case.id) == expected
        assert second.history(case.id) == expected_history
        assert second.summary(case.id).leverage_degree == "medium"
        assert second.exists("imported-one")
        assert second.count() == 14
    finally:
        second.close()


def test_file_store_fixture_is_ready(file_store):
    """open_store gives a file store with the reference library loaded."""
    assert file_store.count() == 12
    assert file_store.path is not None and file_store.path.exists()


def test_committed_edit_visible_to_second_connection(file_store):
    """Every edit is committed as it is made: another connection sees it at once."""
    case = file_store.create("Committed")
    file_store.set_field(case.id, "summary", "seen")
    other = sqlite3.connect(file_store.path)
    try:
        (doc,) = other.execute("SELECT document FROM cases WHERE id = ?", [case.id]).fetchone()
        assert json.loads(doc)["summary"] == "seen"
    finally:
        other.close()


def test_set_fields_unset_removes_the_key_again(store):
    """UNSET (how undo restores a never-set field) removes the key; the case reads as unassessed."""
    from desktop.models.records import UNSET

    case = store.create("Unset me")
    store.set_fields(case.id, {"strength.types": ["sustainability"], "ambition.feasibility.curtailment": "low"})
    restored = store.set_fields(case.id, {"strength.types": UNSET, "ambition.feasibility.curtailment": UNSET})
    assert restored.strength.types == [] and restored.ambition.feasibility == {}
    assert "types" not in json.loads(stored_document(store, case.id))["strength"]
    assert store.history(case.id)[-1].new_value is None
