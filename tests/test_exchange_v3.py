"""The case exchange format, version 3 (SPEC.md §8 "Version 3 additions", README "Case exchange
format"): provenance per rated value and a note, ambition.builds_on and level_notes, who should
act (actors); the shipped reference library in version 3; every case written as the lowest
version that holds it; version-3 keys refused in a version-1 or -2 file; bad values refused with
the field's path; version 4 refused."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from exchange_helpers import MINIMAL, SOURCE, encode, parse_error
from hypothesis import given, settings
from hypothesis import strategies as st
from store_helpers import LITHO, stored_document

from desktop.models.case import LATEST_VERSION, PROVENANCE_RATINGS, Case
from desktop.models.exchange import (
    VERSION_3_KEYS,
    case_from_bytes,
    case_from_data,
    case_to_data,
    case_to_json,
    read_case_file,
)
from desktop.models.library import reference_cases
from desktop.models.scales import Actor, Confidence, Level, RatingProvenance
from desktop.models.storage.records import FieldValueError

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "data" / "reference"
REFERENCE_FILES = sorted(REFERENCE_DIR.glob("*.json"))
SHARED_CASES = Path("/work/shared/reference/cases")
# published / reconstructed / inferred rated paths per case, as the reference README counts them
PROVENANCE_COUNTS = {
    "ai-medical-imaging-mri": (5, 0, 14), "automotive-chips": (9, 0, 10), "blockchain-smart-contracts": (6, 0, 12),
    "critical-raw-materials": (5, 0, 13), "digital-green-transition": (5, 0, 13), "facial-recognition": (1, 0, 17),
    "genomic-data": (6, 0, 13), "lithography": (0, 5, 13), "quantum-sensing": (5, 0, 13),
    "space-exploration": (7, 0, 12), "technical-standardisation": (1, 0, 17), "wireless-energy": (7, 3, 9),
}
V3 = {"format": "rdw-case", "format_version": 3, "id": "v3", "title": "Version 3"}
EXAMPLES = {  # one example of each version-3 key, as a case's top-level keys
    "provenance.ratings": {"provenance": {"ratings": {"leverage.degree": "published"}}},
    "provenance.note": {"provenance": {"note": "Scorecard 1 appears only as a picture."}},
    "ambition.builds_on": {"ambition": {"builds_on": {"ability_to_act": "ability_to_deny"}}},
    "ambition.level_notes": {"ambition": {"level_notes": {"curtailment": "Not aligned with US controls."}}},
    "actors": {"actors": ["eu", "member_states"]},
}


def case_from(**fields) -> Case:
    return case_from_data({**V3, **fields}, SOURCE)


# -- the shipped reference library --------------------------------------------------------------
def test_the_shipped_library_is_the_shared_reference_data_byte_for_byte():
    if not SHARED_CASES.is_dir():
        pytest.skip("the shared reference data is not available here")
    shared = sorted(SHARED_CASES.glob("*.json"))
    assert [p.name for p in REFERENCE_FILES] == [p.name for p in shared] and len(shared) == 12
    for ours, theirs in zip(REFERENCE_FILES, shared):
        assert ours.read_bytes() == theirs.read_bytes(), ours.name


@pytest.mark.parametrize("path", REFERENCE_FILES, ids=[p.stem for p in REFERENCE_FILES])
def test_reference_file_is_version_3_and_round_trips_byte_for_byte(path):
    case = read_case_file(path)
    assert case.format_version == 3 and case.is_reference
    assert case_to_json(case).encode("utf-8") == path.read_bytes()
    assert case_to_data(case)["format_version"] == 3
    ratings = case.provenance.ratings
    assert ratings and set(ratings) <= set(PROVENANCE_RATINGS) and case.provenance.note
    counts = Counter(ratings.values())
    expected = PROVENANCE_COUNTS[path.stem.removeprefix("dpc2024-")]
    assert (counts[RatingProvenance.PUBLISHED], counts[RatingProvenance.RECONSTRUCTED],
            counts[RatingProvenance.INFERRED]) == expected
    # confidence follows the provenance (published high, reconstructed medium, inferred low), one
    # step lower where the text is ambiguous, never higher
    ceiling = {RatingProvenance.PUBLISHED: Confidence.HIGH, RatingProvenance.RECONSTRUCTED: Confidence.MEDIUM,
               RatingProvenance.INFERRED: Confidence.LOW}
    for rating, evidence in case.evidence.items():
        assert ceiling[ratings[rating]].rank - 1 <= evidence.confidence.rank <= ceiling[ratings[rating]].rank, rating


def test_builds_on_and_level_notes_of_the_reference_cases():
    """Blockchain and critical raw materials: the ability to act includes all measures of the
    ability to deny; lithography: notes on the threat prevention and deny cells."""
    cases = {c.id.removeprefix("dpc2024-"): c for c in reference_cases()}
    built = {name: c.ambition.builds_on for name, c in cases.items() if c.ambition.builds_on}
    assert built == {name: {Level.ABILITY_TO_ACT: Level.ABILITY_TO_DENY}
                     for name in ("blockchain-smart-contracts", "critical-raw-materials")}
    noted = {name: list(c.ambition.level_notes) for name, c in cases.items() if c.ambition.level_notes}
    assert noted == {"lithography": [Level.THREAT_PREVENTION, Level.ABILITY_TO_DENY]}
    assert "US extraterritorial export controls" in cases["lithography"].ambition.level_notes[Level.ABILITY_TO_DENY]
    assert all(c.actors == [] for c in cases.values())  # the report's cases name no actors field


# -- the lowest version that holds a case --------------------------------------------------------
def test_a_case_is_written_as_the_lowest_version_it_needs():
    assert case_to_data(case_from())["format_version"] == 1
    assert case_to_data(case_from(summary="s", provenance={"strength": "inferred_from_text"}))["format_version"] == 1
    assert case_to_data(case_from(evidence={"leverage.degree": {"confidence": "low"}}))["format_version"] == 2
    assert case_to_data(case_from(workshop={"session": "Berlin"}))["format_version"] == 2
    for key, fields in EXAMPLES.items():
        data = case_to_data(case_from(**fields, evidence={"leverage.degree": {"confidence": "low"}}))
        assert data["format_version"] == 3, key
        assert list(data)[:2] == ["format", "format_version"]


def test_empty_version_3_keys_are_left_out_and_need_nothing():
    """An empty key is none at all: it is not written and does not raise the version."""
    case = case_from(provenance={"leverage": "inferred_from_text", "ratings": {}, "note": None},
                     ambition={"builds_on": {}, "level_notes": {}}, actors=[])
    data = case_to_data(case)
    assert data["format_version"] == 1
    assert data["provenance"] == {"leverage": "inferred_from_text"} and data["ambition"] == {} and "actors" not in data
    again = case_from_bytes(case_to_json(case).encode("utf-8"), SOURCE)
    assert again == case and case.format_version == 1  # read as the version it is written as


def test_a_reference_case_without_its_version_3_content_is_version_2():
    litho = next(c for c in reference_cases() if c.id == LITHO)
    data = case_to_data(litho)
    del data["provenance"], data["ambition"]["level_notes"]
    case = case_from_data(data, SOURCE)
    assert case.format_version == 2 and case_to_data(case)["format_version"] == 2
    data["format_version"] = 3  # a file may state a higher version than it needs
    assert case_from_data(data, SOURCE) == case
    assert case_to_data(case_from_data(data, SOURCE))["format_version"] == 2


def test_the_model_reads_version_3_content():
    case = case_from(**EXAMPLES["provenance.ratings"], actors=["research", "eu"],
                     ambition={"builds_on": {"curtailment": "threat_prevention"}, "level_notes": {"ability_to_act": "x"}})
    assert case.provenance.ratings == {"leverage.degree": RatingProvenance.PUBLISHED}
    assert case.provenance.ratings["leverage.degree"].label == "Published"
    assert case.actors == [Actor.RESEARCH, Actor.EU] and [a.label for a in case.actors] == ["Research", "EU"]
    assert case.ambition.builds_on == {Level.CURTAILMENT: Level.THREAT_PREVENTION}
    assert case.ambition.level_notes == {Level.ABILITY_TO_ACT: "x"}
    assert case_to_data(case)["actors"] == ["research", "eu"]  # in the order given


# -- version-3 keys in an older file, and newer files ------------------------------------------------
@pytest.mark.parametrize("key", VERSION_3_KEYS)
@pytest.mark.parametrize("version", [1, 2])
def test_a_version_3_key_in_an_older_file_is_refused_naming_the_key(key, version):
    error = parse_error(encode({**MINIMAL, "format_version": version, **EXAMPLES[key]}))
    assert error.field == "format_version"
    assert f"the key {key} needs format_version 3 (this file says {version})" in error.problem
    assert case_from_bytes(encode({**MINIMAL, "format_version": 3, **EXAMPLES[key]}), SOURCE).id == "case-1"


def test_an_empty_version_3_key_in_an_older_file_is_refused_too():
    """As with version 2's sections, the key itself needs the version, whatever it holds."""
    error = parse_error(encode({**MINIMAL, "format_version": 2, "actors": []}))
    assert error.field == "format_version" and "actors" in error.problem


def test_a_file_without_a_version_is_refused():
    """format_version is required (issue 18): a file without one is refused, naming the field,
    whatever keys it holds."""
    data = {k: v for k, v in MINIMAL.items() if k != "format_version"}
    for raw in (encode({**data, **EXAMPLES["ambition.builds_on"]}), encode(data)):
        error = parse_error(raw)
        assert error.field == "format_version" and "required" in error.problem


def test_a_snapshot_of_a_version_3_case_needs_version_3():
    """A snapshot keeps its case in that case's own version; the file needs it too."""
    snapshot = {"name": "March", "taken_at": "2024-03-12T14:30:00Z",
                "case": {**MINIMAL, "format_version": 3, "actors": ["uk"]}}
    case = case_from_bytes(encode({**MINIMAL, "format_version": 3, "snapshots": [snapshot]}), SOURCE)
    assert case.format_version == 3 and case_to_data(case)["format_version"] == 3
    assert case_from_bytes(case_to_json(case).encode("utf-8"), SOURCE) == case
    error = parse_error(encode({**MINIMAL, "format_version": 2, "snapshots": [snapshot]}))
    assert error.field == "format_version" and "a snapshot of a version-3 case needs format_version 3" in error.problem
    plain = {**snapshot, "case": {**MINIMAL, "format_version": 1}}
    assert case_to_data(case_from_bytes(encode({**MINIMAL, "format_version": 3, "snapshots": [plain]}),
                                        SOURCE))["format_version"] == 2


def test_version_4_is_refused_as_newer():
    error = parse_error(encode({**V3, "format_version": 4}))
    assert error.field == "format_version" and "newer" in error.problem and "4" in error.problem
    assert LATEST_VERSION == 3


# -- bad version-3 values name the field -------------------------------------------------------------
@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"provenance": {"ratings": {"leverage.colour": "published"}}}, "provenance.ratings", "leverage.colour"),
        ({"provenance": {"ratings": {"leverage.rationale": "inferred"}}}, "provenance.ratings", "leverage.rationale"),
        ({"provenance": {"ratings": {"leverage.degree": "stated_in_scorecard"}}},
         "provenance.ratings.leverage.degree", "published"),
        ({"provenance": {"ratings": {"instruments": None}}}, "provenance.ratings.instruments", ""),
        ({"provenance": {"ratings": ["leverage.degree"]}}, "provenance.ratings", ""),
        ({"provenance": {"note": 7}}, "provenance.note", ""),
        ({"provenance": {"sources": "x"}}, "provenance.sources", "unknown key"),
        ({"ambition": {"builds_on": {"ability_to_deny": "ability_to_act"}}}, "ambition.builds_on", "lower level"),
        ({"ambition": {"builds_on": {"ability_to_act": "ability_to_act"}}}, "ambition.builds_on", "lower level"),
        ({"ambition": {"builds_on": {"threat_prevention": "curtailment"}}}, "ambition.builds_on", "lower level"),
        ({"ambition": {"builds_on": {"ability_to_act": "deny"}}}, "ambition.builds_on.ability_to_act", ""),
        ({"ambition": {"level_notes": {"chokepoint": "x"}}}, "ambition.level_notes.chokepoint", "threat_prevention"),
        ({"ambition": {"level_notes": {"curtailment": ["x"]}}}, "ambition.level_notes.curtailment", ""),
        ({"actors": ["eu", "nato"]}, "actors.1", "member_states"),
        ({"actors": ["eu", "industry", "eu"]}, "actors", "'eu' is listed twice"),
        ({"actors": "eu"}, "actors", ""),
    ],
    ids=["unknown-path", "rationale-path", "step-token", "null-token", "ratings-list", "note-number",
         "unknown-provenance-key", "builds-on-higher", "builds-on-itself", "builds-on-from-lowest",
         "builds-on-unknown-level", "notes-unknown-level", "notes-list", "unknown-actor", "actor-twice",
         "actors-string"],
)
def test_bad_version_3_values_are_refused_with_the_field_path(fields, field, words):
    error = parse_error(encode({**V3, **fields}))
    assert error.field is not None and error.field.startswith(field), error
    assert words in error.problem


def test_every_documented_rating_path_can_carry_provenance():
    ratings = {path: "inferred" for path in PROVENANCE_RATINGS}
    case = case_from(provenance={"ratings": ratings})
    assert list(case.provenance.ratings) == list(PROVENANCE_RATINGS) and len(PROVENANCE_RATINGS) == 19
    assert {"strength.types", "ambition.entanglement_autonomy", "instruments"} <= set(PROVENANCE_RATINGS)


# -- random version-3 content round-trips ----------------------------------------------------------
v3_content = st.fixed_dictionaries({}, optional={
    "provenance": st.fixed_dictionaries({}, optional={
        "ratings": st.dictionaries(st.sampled_from(PROVENANCE_RATINGS), st.sampled_from([m.value for m in RatingProvenance]),
                                   max_size=5),
        "note": st.none() | st.text(max_size=30),
    }),
    "ambition": st.fixed_dictionaries({}, optional={
        "builds_on": st.dictionaries(st.sampled_from([lv.value for lv in Level][1:]), st.just("threat_prevention"),
                                     max_size=3),
        "level_notes": st.dictionaries(st.sampled_from([lv.value for lv in Level]), st.text(max_size=30), max_size=4),
    }),
    "actors": st.lists(st.sampled_from([a.value for a in Actor]), unique=True),
    "evidence": st.just({}) | st.just({"leverage.degree": {"confidence": "high"}}),
})


@settings(max_examples=150, deadline=None)
@given(v3_content)
def test_random_version_3_content_round_trips_at_its_lowest_version(fields):
    case = case_from(**fields)
    text = case_to_json(case)
    again = case_from_bytes(text.encode("utf-8"), SOURCE)
    assert again == case and case_to_json(again) == text
    data = json.loads(text)
    holds_v3 = bool(data.get("actors") or "ratings" in data.get("provenance", {}) or "note" in data.get("provenance", {})
                    or set(data.get("ambition", {})) & {"builds_on", "level_notes"})
    assert data["format_version"] == (3 if holds_v3 else 2 if "evidence" in data else 1)


# -- the store: stored documents, edits, snapshots, the library sync ----------------------------------
def test_an_old_stored_reference_document_is_replaced_at_start(db_path):
    """A database holding the version-1 reference library gets the version-3 one when opened."""
    from desktop.models.library import open_store

    store = open_store(db_path, user="tester")
    old = case_to_data(store.get(LITHO))
    for key in ("evidence", "provenance"):
        old.pop(key)
    old["ambition"].pop("level_notes")
    old_text = case_to_json(case_from_data(old, "old"))
    assert json.loads(old_text)["format_version"] == 1
    store.db.execute("UPDATE cases SET document = ? WHERE id = ?", [old_text, LITHO])
    store.db.conn.commit()
    assert store.get(LITHO).provenance is None  # an old document still reads
    store.close()
    store = open_store(db_path, user="tester")
    try:
        assert stored_document(store, LITHO).encode("utf-8") == (REFERENCE_DIR / f"{LITHO}.json").read_bytes()
        assert store.history(LITHO)[-1].new_value == "reference library updated"
    finally:
        store.close()


def test_actors_are_edited_stored_and_raise_the_version(store):
    case = store.create("Chips")
    assert json.loads(stored_document(store, case.id))["format_version"] == 1
    case = store.set_fields(case.id, {"actors": ["eu", "industry"]})
    assert case.actors == [Actor.EU, Actor.INDUSTRY]
    assert json.loads(stored_document(store, case.id))["format_version"] == 3
    assert store.get(case.id).actors == [Actor.EU, Actor.INDUSTRY]
    store.snapshots.take(case.id, "Before")
    assert store.snapshots.case_at(case.id, "Before").actors == [Actor.EU, Actor.INDUSTRY]
    case = store.set_fields(case.id, {"actors": []})
    assert json.loads(stored_document(store, case.id))["format_version"] == 3  # its snapshot holds actors
    store.snapshots.delete(case.id, "Before")
    assert json.loads(stored_document(store, case.id))["format_version"] == 1
    with pytest.raises(FieldValueError, match="listed twice"):
        store.set_fields(case.id, {"actors": ["uk", "uk"]})


def test_a_copy_of_a_reference_case_keeps_builds_on_but_not_provenance(store):
    copy = store.duplicate("dpc2024-blockchain-smart-contracts")
    assert copy.provenance is None and copy.ambition.builds_on == {Level.ABILITY_TO_ACT: Level.ABILITY_TO_DENY}
    assert json.loads(stored_document(store, copy.id))["format_version"] == 3
    restored = store.snapshots.restore(copy.id, store.snapshots.take(copy.id, "Start").name)
    assert restored.ambition.builds_on == copy.ambition.builds_on
