"""What changed between two states of a case (desktop/models/diff.py) and the commands
``rdw snapshot``, ``rdw snapshots`` and ``rdw diff``: rows by step with labels, override reasons
and only the history recorded after the snapshot's mark."""

from __future__ import annotations

import json

import pytest

from desktop.models.case import Case
from desktop.models.diff import DASH, diff_cases, history_window
from desktop.models.storage.records import HistoryEntry

BASE = {"id": "c1", "title": "Lidar sensors"}


def case(**fields) -> Case:
    return Case.model_validate({**BASE, **fields})


def entry(id_: int, field: str, old, new, user: str = "a.officer", at: str = "2026-03-12T14:02:41+00:00") -> HistoryEntry:
    return HistoryEntry("c1", field, old, new, at, user, id_)


def rows(diff) -> dict[str, tuple[str, str]]:
    return {r.path: (r.old, r.new) for r in diff.rows}


# -- the domain ---------------------------------------------------------------------------------------
def test_identical_cases_have_an_empty_diff():
    diff = diff_cases(case(summary="x"), case(summary="x"))
    assert diff.empty and diff.sections == [] and diff.as_json()["sections"] == []
    assert diff.text().endswith("No changes.")


def test_changed_fields_by_step_with_labels_and_dashes():
    old = case(leverage={"degree": "medium", "substitutability": "hard"}, key_facts=["a"],
               strength={"types": ["sustainability", "technological_excellence"]})
    new = case(title="Lidar sensors for cars", leverage={"degree": "high", "substitutability": "hard",
                                                         "spillover_damage": "low"},
               strength={"types": ["technological_excellence", "sustainability"],  # order alone: no change
                         "pillars": {"ip_patents": {"present": True, "likelihood": "high"}}},
               ambition={"feasibility": {"curtailment": "not_feasible"}, "entanglement_autonomy": 30},
               key_facts=["a", "b"],
               instruments=[{"level": "ability_to_deny", "text": "Screen inbound investment", "ppp": "protect",
                             "focus": "knowledge_security"}])
    diff = diff_cases(old, new)
    assert [s.step for s in diff.sections] == ["basics", "strength", "leverage", "ambition", "instruments"]
    assert [s.title for s in diff.sections] == ["Basics", "Strength", "Leverage", "Ambition", "Instruments"]
    assert rows(diff) == {
        "title": ("Lidar sensors", "Lidar sensors for cars"),
        "key_facts": ("a", "a; b"),
        "strength.pillars.ip_patents.present": (DASH, "Yes"),
        "strength.pillars.ip_patents.likelihood": (DASH, "High"),
        "leverage.spillover_damage": (DASH, "Low"),
        "leverage.degree": ("Medium", "High"),
        "ambition.feasibility.curtailment": (DASH, "Not feasible"),
        "ambition.entanglement_autonomy": (DASH, "70% entanglement · 30% autonomy"),
        "instruments.ability_to_deny": (DASH, "[Protect] Screen inbound investment"),
    }
    labels = {r.path: r.label for r in diff.rows}
    assert labels["leverage.degree"] == "Degree of leverage"
    assert labels["strength.pillars.ip_patents.likelihood"] == "IP & patents — likelihood"
    assert labels["ambition.feasibility.curtailment"] == "Curtailment — feasibility"
    assert labels["instruments.ability_to_deny"] == "Ability to deny"


def test_override_reasons_of_the_newer_state_are_notes():
    old = case(leverage={"degree": "medium"})
    new = case(leverage={"degree": "high"}, overrides=[
        {"field": "leverage.degree", "suggested": "medium_high", "value": "high", "reason": "Only supplier of the laser"},
        {"field": "ambition.chosen_level", "suggested": None, "value": "ability_to_act", "reason": "unrelated"}])
    [row] = diff_cases(old, new).rows
    assert row.notes == ["Override: suggested medium–high, chosen high — because Only supplier of the laser"]


def test_history_notes_only_after_the_mark_and_for_that_field():
    old, new = case(leverage={"degree": "low"}), case(leverage={"degree": "high"}, summary="New")
    history = [entry(5, "leverage.degree", None, "low"),  # before the snapshot
               entry(9, "leverage.degree", "low", "medium", user="b.analyst", at="2026-03-12T14:02:41+00:00"),
               entry(10, "*", None, "snapshot “X” taken"),
               entry(11, "leverage.degree", "medium", "high", at="2026-03-13T09:30:00+00:00"),
               entry(12, "summary", None, "New")]
    diff = diff_cases(old, new, history, since_mark=8)
    notes = {r.path: r.notes for r in diff.rows}
    assert notes["leverage.degree"] == ["2026-03-12 14:02 · b.analyst: low → medium",
                                        "2026-03-13 09:30 · a.officer: medium → high"]
    assert notes["summary"] == ["2026-03-12 14:02 · a.officer: — → New"]
    later = {r.path: r.notes for r in diff_cases(old, new, history, since_mark=11).rows}
    assert later == {"summary": ["2026-03-12 14:02 · a.officer: — → New"], "leverage.degree": []}


def test_a_history_entry_for_a_whole_section_is_shown_under_the_rows_it_changed():
    tp = {"level": "threat_prevention", "text": "Export controls", "ppp": "protect", "focus": "knowledge_security"}
    deny = {"level": "ability_to_deny", "text": "Fund research", "ppp": "promote", "focus": "research_promotion"}
    old, new = case(instruments=[tp]), case(instruments=[tp, deny])
    history = [entry(3, "instruments", [tp], [tp, deny]), entry(4, "strength.pillars.ip_patents", None, {"present": True})]
    [row] = diff_cases(old, new, history).rows
    assert row.path == "instruments.ability_to_deny"
    assert row.notes == ["2026-03-12 14:02 · a.officer: — → [Promote] Fund research"]


def test_evidence_changes_have_their_own_section():
    src = {"id": "src-1", "title": "Lidar market study", "publisher": "Yole", "date": "2023"}
    old = case(format_version=2, evidence={"leverage.degree": {"confidence": "low"}})
    new = case(format_version=2, evidence={"leverage.degree": {"confidence": "high", "sources": [src]},
                                           "leverage.substitutability": {"dissent": "Two disagreed"}})
    history = [entry(7, "evidence", {"leverage.degree": {"confidence": "low"}},
                     {"leverage.degree": {"confidence": "high", "sources": [src]}})]
    diff = diff_cases(old, new, history)
    [section] = diff.sections
    assert section.step == "evidence" and section.title == "Evidence"
    assert rows(diff) == {
        "evidence.leverage.substitutability.dissent": (DASH, "Two disagreed"),
        "evidence.leverage.degree.sources": (DASH, "Lidar market study (Yole, 2023)"),
        "evidence.leverage.degree.confidence": ("Low", "High"),
    }
    notes = {r.path: r.notes for r in diff.rows}
    assert notes["evidence.leverage.degree.confidence"] == ["2026-03-12 14:02 · a.officer: low → high"]
    assert notes["evidence.leverage.substitutability.dissent"] == []
    assert {r.label for r in diff.rows} >= {"Degree of leverage — confidence", "Substitutability — dissent"}


def test_as_json_and_text():
    old = case(leverage={"degree": "medium"})
    new = case(title="Lidar 激光雷达", leverage={"degree": "high"},
               overrides=[{"field": "leverage.degree", "suggested": "medium", "value": "high", "reason": "Why"}])
    diff = diff_cases(old, new, from_label="Workshop", to_label="now")
    data = diff.as_json()
    assert (data["from"], data["to"]) == ("Workshop", "now")
    assert [s["step"] for s in data["sections"]] == ["basics", "leverage"]
    assert data["sections"][1]["rows"] == [{"path": "leverage.degree", "label": "Degree of leverage", "old": "Medium",
                                            "new": "High", "notes": ["Override: suggested medium, chosen high — because Why"]}]
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    text = diff.text()
    assert text.splitlines()[:2] == ["Lidar 激光雷达: changes from Workshop to now", "2 changes in 2 steps"]
    assert "\nBasics\n  Title: Lidar sensors → Lidar 激光雷达\n" in text
    assert "\nLeverage\n  Degree of leverage: Medium → High\n    · Override: suggested medium" in text


# -- the commands ---------------------------------------------------------------------------------------
@pytest.fixture
def mine(rdw, db):
    """A user case in the CLI's database, edited once before any snapshot."""
    from desktop.models.library import open_store

    assert rdw("list")[0] == 0  # creates the database with the library
    store = open_store(db, user="a.officer")
    case = store.create("Lidar sensors", leverage={"degree": "medium"})
    store.close()
    return case.id


def edit(db, case_id: str, changes: dict) -> None:
    from desktop.models.library import open_store

    store = open_store(db, user="b.analyst")
    store.set_fields(case_id, changes)
    store.close()


def test_diff_without_a_snapshot_is_one_error_line(rdw, mine):
    code, out, err = rdw("diff", mine)
    assert (code, out) == (1, "")
    assert err.startswith("rdw: error: ") and "no snapshots yet" in err and err.count("\n") == 1


def test_snapshot_snapshots_and_diff(rdw, db, mine):
    code, out, err = rdw("snapshot", mine, "--name", "Workshop 12 March")
    assert (code, err) == (0, "") and out.startswith("Snapshot “Workshop 12 March” taken ") and out.endswith("UTC\n")
    assert rdw("snapshot", mine, "--name", "workshop 12 march")[0] == 1
    edit(db, mine, {"leverage.degree": "high", "overrides": [
        {"field": "leverage.degree", "suggested": "medium", "value": "high", "reason": "Sole supplier"}]})
    code, out, _ = rdw("snapshots", mine)
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["name", "taken", "changes", "since"]
    assert lines[1].startswith("Workshop 12 March") and lines[1].rstrip().endswith("2")

    code, out, err = rdw("diff", mine)
    assert (code, err) == (0, "")
    assert out.startswith("Lidar sensors: changes from “Workshop 12 March” (") and "UTC) to now" in out
    assert "  Degree of leverage: Medium → High\n" in out
    assert "    · Override: suggested medium, chosen high — because Sole supplier\n" in out
    assert " · b.analyst: medium → high\n" in out

    code, out, _ = rdw("diff", mine, "--json")
    data = json.loads(out)
    assert (data["case"], data["from"], data["to"]) == (mine, "Workshop 12 March", "now")
    [row] = [r for s in data["sections"] for r in s["rows"]]
    assert (row["path"], row["old"], row["new"], len(row["notes"])) == ("leverage.degree", "Medium", "High", 2)


def test_diff_between_two_snapshots_and_reversed(rdw, db, mine):
    rdw("snapshot", mine, "--name", "One")
    edit(db, mine, {"summary": "First view"})
    rdw("snapshot", mine, "--name", "Two")
    edit(db, mine, {"leverage.degree": "low"})
    code, out, _ = rdw("diff", mine, "--from", "One", "--to", "Two", "--json")
    data = json.loads(out)
    assert code == 0 and [r["path"] for s in data["sections"] for r in s["rows"]] == ["summary"]
    assert data["sections"][0]["rows"][0]["notes"][0].endswith("b.analyst: — → First view")
    code, out, _ = rdw("diff", mine, "--json")  # newest snapshot (Two) to now
    assert [r["path"] for s in json.loads(out)["sections"] for r in s["rows"]] == ["leverage.degree"]
    code, out, _ = rdw("diff", mine, "--from", "now", "--to", "One")
    assert code == 0 and "Summary: First view → —" in out
    code, out, _ = rdw("diff", mine, "--from", "now", "--to", "now")
    assert code == 0 and out.rstrip().endswith("No changes.")


def test_unknown_snapshot_and_reference_case(rdw, mine):
    rdw("snapshot", mine, "--name", "One")
    code, out, err = rdw("diff", mine, "--from", "Missing")
    assert code == 1 and "no snapshot named “Missing”" in err and "“One”" in err
    code, _, err = rdw("snapshot", "dpc2024-lithography", "--name", "Mine")
    assert code == 1 and "reference case" in err
    code, out, _ = rdw("snapshots", "dpc2024-lithography")
    assert code == 0 and out.startswith("No snapshots yet.")
    code, out, _ = rdw("snapshots", mine, "--json")
    assert code == 0 and [s["name"] for s in json.loads(out)] == ["One"]


def test_the_history_window_holds_the_rows_between_the_two_versions():
    rows = [entry(n, "title", "a", "b") for n in (1, 2, 3, 4)]
    assert history_window(rows, 1, 3) == (rows[:3], 1)  # after mark 1 is for diff_cases to apply
    assert history_window(rows, 2, None) == (rows, 2)  # up to now: everything recorded so far
    assert history_window(rows, 3, 1) == ([], 0)  # backwards: no reasons of its own
    assert history_window(rows, None, 2) == ([], 0)  # from now
