"""Workshop mode's recording (SPEC.md §6), without Qt: tallies and decisions written to a real
file store (ratings, overrides, the decision log, history) and the exchange format's version 2.
The questions and the spread maths are in test_workshop.py."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from desktop.models.case import Case
from desktop.models.exchange import CaseFileError, case_from_bytes, case_from_data, case_to_json
from desktop.models.storage.records import UNSET, ReadOnlyCaseError
from desktop.models.scales import Feasibility, Level, LeverageDegree, Likelihood, Pillar, Step
from desktop.models.workshop import (
    current_value,
    decision_changes,
    decision_log_text,
    questions,
    session_changes,
    tally_changes,
)
from test_workshop import LITHO, NOW, PILLAR_KEYS, question


# -- recording on a file store ----------------------------------------------------------------
@pytest.fixture
def litho(file_store) -> Case:
    """An editable copy of the lithography case (reference cases are read-only)."""
    return file_store.duplicate(LITHO)


def apply(store, case: Case, changes: dict) -> Case:
    return store.set_fields(case.id, changes)


def version_1_copy(store, case: Case) -> Case:
    """The copy without what needs a later format version: the report's evidence (version 2) and
    the lithography chapter's level notes (version 3)."""
    return apply(store, case, {"evidence": UNSET, "ambition.level_notes": UNSET})


def test_reference_cases_cannot_be_recorded_on(file_store):
    case = file_store.get(LITHO)
    with pytest.raises(ReadOnlyCaseError):
        file_store.set_fields(LITHO, tally_changes(case, question(case, "leverage.degree"), {"high": 3}))


def test_tally_then_decision_differing_from_the_suggestion(file_store, litho):
    case = apply(file_store, litho, session_changes(litho, "  Brussels, round 2 ", " Anna Weber "))
    assert (case.workshop.session, case.workshop.facilitator) == ("Brussels, round 2", "Anna Weber")
    q = question(case, "leverage.degree")
    assert q.suggested == "high"
    case = apply(file_store, case, tally_changes(case, q, {"high": 3, "medium_high": 5, "low": 1, "medium": 0, "bogus": 4}))
    tally = case.workshop.tally("leverage.degree")
    assert tally.counts == {"high": 3, "medium_high": 5, "low": 1}  # zeros and unknown answers dropped
    assert tally.decision is None and case.leverage.degree is LeverageDegree.HIGH

    before = len(file_store.history(case.id))
    case = apply(file_store, case, decision_changes(case, q, "medium_high", "  Servicing, not sales, is the lever ", now=NOW))
    assert case.leverage.degree is LeverageDegree.MEDIUM_HIGH
    assert [o.model_dump(mode="json") for o in case.overrides] == [
        {"field": "leverage.degree", "suggested": "high", "value": "medium_high",
         "reason": "Servicing, not sales, is the lever"}]
    tally = case.workshop.tally("leverage.degree")
    assert (tally.decision, tally.reason, tally.decided_at) == ("medium_high", "Servicing, not sales, is the lever", NOW)
    assert tally.counts == {"high": 3, "medium_high": 5, "low": 1}
    [entry] = case.workshop.log
    assert entry.model_dump(mode="json") == {
        "at": "2024-06-03T14:30:00Z", "session": "Brussels, round 2", "facilitator": "Anna Weber",
        "question": "leverage.degree", "label": "Degree of leverage", "value": "medium_high",
        "value_label": "Medium–high", "reason": "Servicing, not sales, is the lever",
        "counts": {"high": 3, "medium_high": 5, "low": 1}}
    new_rows = file_store.history(case.id)[before:]
    assert sorted(h.field for h in new_rows) == ["leverage.degree", "overrides", "workshop"]
    degree_row = next(h for h in new_rows if h.field == "leverage.degree")
    assert (degree_row.old_value, degree_row.new_value, degree_row.user) == ("high", "medium_high", "tester")
    # what the store holds is what set_fields returned
    assert case_to_json(file_store.get(case.id)) == case_to_json(case)

    # the room changes its mind: back to the suggestion, and the override goes
    q = question(case, "leverage.degree")
    case = apply(file_store, case, decision_changes(case, q, "high", now=NOW + timedelta(hours=1)))
    assert case.leverage.degree is LeverageDegree.HIGH and case.overrides == []
    tally = case.workshop.tally("leverage.degree")
    assert (tally.decision, tally.reason, tally.decided_at) == ("high", None, NOW + timedelta(hours=1))
    assert [e.value for e in case.workshop.log] == ["medium_high", "high"]
    assert len(case.workshop.tallies) == 1


def test_a_new_tally_keeps_the_decision(file_store, litho):
    q = question(litho, "leverage.degree")
    case = apply(file_store, litho, decision_changes(litho, q, "medium", "reason", now=NOW))
    case = apply(file_store, case, tally_changes(case, q, {"medium": 4}))
    tally = case.workshop.tally("leverage.degree")
    assert (tally.counts, tally.decision, tally.reason, tally.decided_at) == ({"medium": 4}, "medium", "reason", NOW)
    assert len(case.workshop.log) == 1  # a tally is not a decision


def test_default_override_reason_names_the_session(file_store, litho):
    key = "ambition.feasibility.threat_prevention"
    q = question(litho, key)
    assert q.suggested == "high" and current_value(litho, q) == "high"
    case = apply(file_store, litho, decision_changes(litho, q, "low", now=NOW))  # no session yet
    assert [(o.field, o.suggested, o.value, o.reason) for o in case.overrides] == [
        (key, "high", "low", "Decided in workshop.")]
    case = apply(file_store, case, session_changes(case, "Berlin 研讨会", None))
    case = apply(file_store, case, decision_changes(case, question(case, key), "medium", "", now=NOW))
    [override] = case.overrides
    assert override.value == "medium" and "Berlin 研讨会" in override.reason
    assert case.ambition.feasibility[Level.THREAT_PREVENTION] is Feasibility.MEDIUM
    assert case.workshop.log[-1].reason is None and case.workshop.log[-1].facilitator is None


def test_overrides_of_other_fields_are_kept(file_store, litho):
    deny = question(litho, "ambition.feasibility.ability_to_deny")
    other = "low" if deny.suggested != "low" else "high"
    case = apply(file_store, litho, decision_changes(litho, deny, other, "deny: our view", now=NOW))
    degree = question(case, "leverage.degree")
    case = apply(file_store, case, decision_changes(case, degree, "medium", "degree: our view", now=NOW))
    assert {o.field for o in case.overrides} == {"ambition.feasibility.ability_to_deny", "leverage.degree"}
    case = apply(file_store, case, decision_changes(case, question(case, "leverage.degree"), "high", now=NOW))
    assert [o.field for o in case.overrides] == ["ambition.feasibility.ability_to_deny"]


def test_questions_without_a_suggestion_never_touch_overrides(file_store, litho):
    q = question(litho, PILLAR_KEYS[1])
    changes = decision_changes(litho, q, "medium", now=NOW)
    assert set(changes) == {"workshop", q.key}
    case = apply(file_store, litho, changes)
    assert case.strength.pillar(Pillar.IP_PATENTS).likelihood is Likelihood.MEDIUM
    case = apply(file_store, case, decision_changes(case, question(case, "leverage.ethical_constraints"), "yes", now=NOW))
    assert case.leverage.ethical_constraints is True
    assert current_value(case, question(case, "leverage.ethical_constraints")) == "yes"
    case = apply(file_store, case, decision_changes(case, question(case, "ambition.chosen_level"), "ability_to_deny", now=NOW))
    assert case.ambition.chosen_level is Level.ABILITY_TO_DENY and case.overrides == []
    assert [q.key for q in questions(case) if q.step is Step.INSTRUMENTS] == ["instruments.ability_to_deny"]


def test_an_adopted_instrument_is_added_once(file_store, litho):
    case = apply(file_store, litho, {"ambition.chosen_level": "ability_to_deny"})
    q = question(case, "instruments.ability_to_deny")
    i1, i2 = (o.token for o in q.options[:2])
    case = apply(file_store, case, tally_changes(case, q, {i1: 7, i2: 3}))
    adopted = q.option(i1).value
    before = len(case.instruments)
    assert adopted not in case.instruments
    case = apply(file_store, case, decision_changes(case, q, i1, "Everyone wanted it", now=NOW))
    assert len(case.instruments) == before + 1 and case.instruments[-1] == adopted
    assert file_store.history(case.id)[-1].field in ("instruments", "workshop")
    assert "instruments" in {h.field for h in file_store.history(case.id)}

    rows = len(file_store.history(case.id))
    changes = decision_changes(case, question(case, "instruments.ability_to_deny"), i1, now=NOW + timedelta(minutes=5))
    assert "instruments" not in changes  # deciding it twice does not duplicate it
    case = apply(file_store, case, changes)
    assert case.instruments.count(adopted) == 1 and len(case.instruments) == before + 1
    assert [h.field for h in file_store.history(case.id)[rows:]] == ["workshop"]
    assert [e.value_label for e in case.workshop.log] == [q.option(i1).label] * 2
    assert case.overrides == []  # instruments have no suggestion to override


def test_an_unknown_answer_is_refused_and_nothing_changes(file_store, litho):
    rows = len(file_store.history(litho.id))
    q = question(litho, "leverage.degree")
    with pytest.raises(ValueError, match="very_high"):
        decision_changes(litho, q, "very_high", now=NOW)
    instruments = next(q for q in questions(litho) if q.step is Step.INSTRUMENTS)
    with pytest.raises(ValueError):
        decision_changes(litho, instruments, "i99", now=NOW)
    with pytest.raises(ValueError):
        decision_changes(litho, question(litho, "leverage.ethical_constraints"), "True", now=NOW)
    assert len(file_store.history(litho.id)) == rows
    assert file_store.get(litho.id).workshop is None


# -- exchange format --------------------------------------------------------------------------
def recorded(file_store, litho) -> Case:
    case = apply(file_store, litho, session_changes(litho, "工作坊 <b>Brussels</b> & co", "Li <i>Wei</i>"))
    q = question(case, "leverage.degree")
    case = apply(file_store, case, tally_changes(case, q, {"high": 3, "medium_high": 5, "low": 1}))
    case = apply(file_store, case, decision_changes(case, q, "medium_high", "因为 <script>alert(1)</script> &amp; “x”",
                                                    now=NOW))
    q = question(case, PILLAR_KEYS[0])
    case = apply(file_store, case, decision_changes(case, q, "medium", now=NOW + timedelta(minutes=12)))
    return file_store.get(case.id)


def test_a_case_with_a_workshop_exports_as_version_2_and_reimports_equal(file_store, litho):
    assert json.loads(case_to_json(litho))["format_version"] == 3  # the copy keeps its level notes
    litho = version_1_copy(file_store, litho)
    assert json.loads(case_to_json(litho))["format_version"] == 1  # no workshop: stays version 1
    case = recorded(file_store, litho)
    text = case_to_json(case)
    data = json.loads(text)
    assert data["format_version"] == 2 and list(data)[:2] == ["format", "format_version"]
    assert data["workshop"]["session"] == "工作坊 <b>Brussels</b> & co"
    assert data["workshop"]["tallies"][0] == {
        "question": "leverage.degree", "counts": {"high": 3, "medium_high": 5, "low": 1}, "decision": "medium_high",
        "reason": "因为 <script>alert(1)</script> &amp; “x”", "decided_at": "2024-06-03T14:30:00Z"}
    assert [e["question"] for e in data["workshop"]["log"]] == ["leverage.degree", PILLAR_KEYS[0]]
    back = case_from_bytes(text.encode("utf-8"), "x.json")
    assert back == case and back.workshop == case.workshop
    assert case_to_json(back) == text  # canonical: the same bytes again

    [new_id] = file_store.add_cases([back])
    assert new_id != case.id and file_store.get(new_id).workshop == case.workshop


def test_a_version_1_file_with_a_workshop_section_is_refused(file_store, litho):
    data = json.loads(case_to_json(recorded(file_store, version_1_copy(file_store, litho))))
    data["format_version"] = 1
    with pytest.raises(CaseFileError, match="workshop section needs format_version 2"):
        case_from_data(data, "old.json")
    data["format_version"] = 4
    with pytest.raises(CaseFileError, match="newer"):
        case_from_data(data, "new.json")


def test_decision_log_text_keeps_every_text_literal(file_store, litho):
    case = recorded(file_store, litho)
    text = decision_log_text(case)
    assert text.startswith(f"# Decision log — {case.title}\n")
    assert "Session: 工作坊 <b>Brussels</b> & co · Facilitator: Li <i>Wei</i>" in text
    assert "2024-06-03 14:30 UTC · 工作坊 <b>Brussels</b> & co / Li <i>Wei</i> · Degree of leverage: **Medium–high**" in text
    assert "  Why: 因为 <script>alert(1)</script> &amp; “x”" in text
    assert "2024-06-03 14:42 UTC" in text and "Research & innovation — likelihood: **Medium**" in text
    assert "room:" in text and "(room: no tally)" in text
    assert text.endswith("\n") and "&lt;" not in text


def test_decision_log_text_without_decisions():
    draft = Case(id="d", title="草稿 <draft>")
    assert decision_log_text(draft) == "# Decision log — 草稿 <draft>\n\nNo decisions recorded yet.\n"
    with_session = case_from_data({"format": "rdw-case", "format_version": 2, "id": "d", "title": "D",
                                   "workshop": {"session": "S"}})
    assert decision_log_text(with_session).splitlines()[2] == "Session: S · Facilitator: —"
