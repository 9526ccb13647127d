"""Issue 18, finding 11: a tally on an instrument question names the instrument voted on, not
its place in the candidate list; an earlier version's positional tallies ("i1" … "i9") are
upgraded where they can still be matched (store migration, exchange import) and marked where
they cannot — never shown as another instrument."""

from __future__ import annotations

import json

from sqlite_utils import Database

from desktop.models.exchange import case_from_data, case_to_data
from desktop.models.library import open_store
from desktop.models.scales import Level
from desktop.models.scorecard_annexes import workshop_record
from desktop.models.storage.migrations import migrations
from desktop.models.workshop import decision_log_text, tally_changes

from test_workshop import LITHO, NOW, question

KEY = "instruments.ability_to_deny"
UNMATCHED = "no longer matches an instrument of this case"


def _item(case, label_start: str = "Ability to deny — instruments"):
    return next(i for i in workshop_record(case).items if i.label.startswith(label_start))


def test_a_tally_still_names_its_instrument_after_the_area_and_level_change(file_store):
    case = file_store.duplicate(LITHO)
    case = file_store.set_fields(case.id, {"ambition.chosen_level": "ability_to_deny"})
    q = question(case, KEY)
    first, second = q.options[7], q.options[8]  # from the semiconductor reference case (8th and 9th)
    case = file_store.set_fields(case.id, tally_changes(case, q, {first.token: 7, second.token: 2}))
    assert _item(case).counts == (f"7 × {first.label}", f"2 × {second.label}")

    # another technology area: other reference cases, another candidate list
    case = file_store.set_fields(case.id, {"technology_area": "Artificial intelligence"})
    now = question(case, KEY)
    assert [o.label for o in now.options[7:9]] != [first.label, second.label]
    item = _item(case)
    assert f"7 × {first.label}" in item.counts and f"2 × {second.label}" in item.counts
    assert not any(o.label in c for o in now.options[7:9] for c in item.counts)  # never another instrument

    # another level chosen and back: the tally still names the same instruments
    case = file_store.set_fields(case.id, {"ambition.chosen_level": "curtailment"})
    assert f"7 × {first.label}" in _item(case).counts  # no longer asked, still named
    case = file_store.set_fields(case.id, {"ambition.chosen_level": "ability_to_deny"})
    assert f"7 × {first.label}" in _item(case).counts
    # counting on in the new list keeps the earlier votes with what they were for
    now = question(case, KEY)
    case = file_store.set_fields(case.id, tally_changes(case, now, {now.options[0].token: 4}))
    stored = case.workshop.tally(KEY).counts
    assert stored[first.token] == 7 and stored[second.token] == 2 and stored[now.options[0].token] == 4


def _old_document(store, tallies, log, case_id="old-workshop"):
    """A case document as the earlier version stored it: instrument tallies keyed i1 … i9."""
    case = store.get(LITHO)
    data = case_to_data(case)
    data.update(id=case_id, title="Old workshop")
    for key in ("is_reference", "reference", "provenance"):
        data.pop(key, None)
    data["ambition"]["chosen_level"] = "ability_to_deny"
    data["format_version"] = 3
    data["workshop"] = {"session": "Old session", "tallies": tallies, "log": log}
    return data


def _log(value: str, label: str) -> dict:
    return {"at": NOW.isoformat(), "question": KEY, "label": "Ability to deny — instruments",
            "value": value, "value_label": label, "counts": {"i1": 7, "i2": 3}}


def test_old_positional_tallies_are_migrated_or_marked(db_path):
    # today's candidates, as the earlier version would have listed them (i1 = the first …)
    probe = open_store(db_path.with_name("probe.sqlite"))
    options = question(probe.get(LITHO).model_copy(update={"ambition": probe.get(LITHO).ambition.model_copy(
        update={"chosen_level": Level.ABILITY_TO_DENY})}), KEY).options
    # "matched": the log names i1 as today's first candidate, so the list still holds
    matched = _old_document(probe, [{"question": KEY, "counts": {"i1": 7, "i2": 3}, "decision": "i1"}],
                            [_log("i1", options[0].label)], "old-matched")
    # "moved": the log names i1 as what is now the third candidate: the list changed since the
    # vote, so i1 follows its label and i2 (never named) cannot be told any more
    moved = _old_document(probe, [{"question": KEY, "counts": {"i1": 7, "i2": 3}, "decision": "i1"}],
                          [_log("i1", options[2].label)], "old-moved")
    probe.close()

    db = Database(db_path)
    migrations.apply(db, stop_before="0003_workshop_tallies_by_instrument")
    db.execute("PRAGMA user_version = 2")
    for data in (matched, moved):
        db.execute("INSERT INTO cases (id, title, is_reference, status, created, updated, document) VALUES "
                   "(?, ?, 0, 'draft', '2025-01-01T00:00:00+00:00', '2025-01-01T00:00:00+00:00', ?)",
                   [data["id"], data["title"], json.dumps(data)])
    db.conn.commit()
    db.close()

    store = open_store(db_path)
    try:
        raw = json.loads(store.db.execute("SELECT document FROM cases WHERE id = 'old-matched'").fetchone()[0])
        tally = raw["workshop"]["tallies"][0]
        assert tally["counts"] == {options[0].token: 7, options[1].token: 3} and tally["decision"] == options[0].token
        assert raw["workshop"]["log"][0]["value"] == options[0].token

        case = store.get("old-moved")
        tally = case.workshop.tally(KEY)
        assert tally.counts == {options[2].token: 7, "unmatched:i2": 3} and tally.decision == options[2].token
        item = _item(case)
        assert item.decision == options[2].label
        assert item.counts == (f"7 × {options[2].label}", f"3 × option 2 of an earlier candidate list ({UNMATCHED})")
        assert options[1].label not in " ".join(item.counts)  # not pointed at today's second candidate
        assert UNMATCHED in decision_log_text(case) and options[1].label not in decision_log_text(case)
    finally:
        store.close()


def test_old_exchange_files_are_upgraded_on_import(store):
    options = question(store.get(LITHO).model_copy(update={"ambition": store.get(LITHO).ambition.model_copy(
        update={"chosen_level": Level.ABILITY_TO_DENY})}), KEY).options
    data = _old_document(store, [{"question": KEY, "counts": {"i1": 7, "i2": 3}, "decision": "i1"}],
                         [_log("i1", options[2].label)])
    case = case_from_data(data)
    assert case.workshop.tally(KEY).counts == {options[2].token: 7, "unmatched:i2": 3}
    again = case_from_data(case_to_data(case))  # written back and read again: nothing moves
    assert again.workshop == case.workshop
