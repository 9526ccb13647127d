"""Evidence behind ratings (desktop/models/evidence.py) and the source library in the store:
which ratings carry evidence, round trips through the store and the exchange format, the
library (search, update, usage, delete), stale and unsourced ratings, and why a level is not
rated higher, checked against the suggestion rules themselves."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from exchange_helpers import MINIMAL, encode, parse_error, with_
from store_helpers import LITHO, imported

from desktop.models.case import EVIDENCE_RATINGS, Case, RatingEvidence, SourceRef
from desktop.models.evidence import (
    RATINGS,
    evidence_changes,
    evidence_for,
    newest_source_date,
    source_date,
    stale_ratings,
    unsourced_ratings,
    why_not_higher,
)
from desktop.models.exchange import case_from_bytes, case_to_data, case_to_json
from desktop.models.rules import suggest_all_feasibility
from desktop.models.scales import Confidence, Feasibility, Level
from desktop.models.sensitivity import analyse, apply_change
from desktop.models.storage.store import FieldValueError, StoreError


@pytest.fixture
def store(any_store):
    """Every test here runs on both engines: SQLite and PostgreSQL (issue 22)."""
    return any_store

SUBST = "leverage.substitutability"
REPORT = SourceRef(id="src-report1", title="Chip report", publisher="Merics", date="2023")


def evidence(*sources: SourceRef, confidence: str | None = None, dissent: str | None = None) -> RatingEvidence:
    return RatingEvidence(sources=list(sources), confidence=confidence, dissent=dissent)


def cite(store, case_id: str, path: str, ev: RatingEvidence | None) -> Case:
    return store.set_fields(case_id, evidence_changes(store.get(case_id), path, ev))


# -- which ratings carry evidence ------------------------------------------------------------------
def test_ratings_in_wizard_order_with_labels():
    """16 ratings: three pillar likelihoods, eight leverage ratings, four feasibilities, the level."""
    assert list(RATINGS) == list(EVIDENCE_RATINGS) and len(RATINGS) == 16
    assert list(RATINGS)[:3] == [f"strength.pillars.{p}.likelihood"
                                 for p in ("research_innovation", "ip_patents", "production_commercialisation")]
    assert RATINGS["strength.pillars.research_innovation.likelihood"] == "Research & innovation — likelihood"
    assert RATINGS[SUBST] == "Substitutability"
    assert RATINGS["leverage.degree"] == "Degree of leverage"
    assert RATINGS["ambition.feasibility.ability_to_deny"] == "Ability to deny — feasibility"
    assert list(RATINGS)[-1] == "ambition.chosen_level" and RATINGS["ambition.chosen_level"] == "Level chosen"


def test_unknown_rating_key_is_refused_naming_evidence():
    """Evidence for something that is not a rating is a bad file, not silently kept."""
    error = parse_error(with_(format_version=2, evidence={"leverage.colour": {"confidence": "high"}}))
    assert error.field == "evidence" and "leverage.colour" in error.problem
    with pytest.raises(KeyError):
        evidence_for(Case(id="c", title="C"), "leverage.colour")


def test_evidence_for_is_never_none():
    case = Case(id="c", title="C")
    assert evidence_for(case, SUBST) == RatingEvidence()


def test_evidence_changes_sets_and_removes_one_rating_only():
    case = Case.model_validate({**MINIMAL, "format_version": 2,
                                "evidence": {"leverage.degree": {"confidence": "low"}}})
    changes = evidence_changes(case, SUBST, evidence(REPORT, confidence="high"))
    assert list(changes) == ["evidence"]
    assert changes["evidence"][SUBST] == {"sources": [{"id": "src-report1", "title": "Chip report",
                                                      "publisher": "Merics", "date": "2023"}], "confidence": "high"}
    assert changes["evidence"]["leverage.degree"] == {"confidence": "low"}
    assert list(changes["evidence"]) == ["leverage.substitutability", "leverage.degree"]  # wizard order
    assert evidence_changes(case, "leverage.degree", None) == {"evidence": {}}
    assert evidence_changes(case, "leverage.degree", RatingEvidence(dissent="  ")) == {"evidence": {}}


# -- round trips -----------------------------------------------------------------------------------
def test_evidence_and_confidence_round_trip_through_the_store(store):
    """Saved in one edit with one history row; read back equal; removing it leaves no trace."""
    case = store.create("Chips 光刻")
    ev = evidence(REPORT, confidence="medium", dissent="Two participants rated it easy.")
    saved = cite(store, case.id, SUBST, ev)
    assert store.get(case.id).evidence == {SUBST: ev} == saved.evidence
    assert evidence_for(store.get(case.id), SUBST).confidence is Confidence.MEDIUM
    assert [h.field for h in store.history(case.id)] == ["*", "evidence"]
    cite(store, case.id, SUBST, None)
    assert "evidence" not in case_to_data(store.get(case.id))


def test_evidence_round_trips_through_the_exchange_format_as_version_2():
    data = {**MINIMAL, "format_version": 2, "evidence": {SUBST: {"sources": [REPORT.model_dump(exclude_none=True)],
                                                                 "confidence": "high", "dissent": "Ask TSMC"}}}
    case = case_from_bytes(encode(data))
    text = case_to_json(case)
    assert json.loads(text)["format_version"] == 2
    assert case_to_json(case_from_bytes(text.encode())) == text
    assert case_from_bytes(text.encode()).evidence[SUBST].sources[0] == REPORT


def test_version_1_files_still_import_and_stay_version_1(store):
    case = case_from_bytes(with_(leverage={"substitutability": "hard"}))
    assert json.loads(case_to_json(case))["format_version"] == 1
    [case_id] = store.add_cases([case])
    assert store.get(case_id).leverage.substitutability.value == "hard"


def test_version_1_file_with_an_evidence_section_is_refused():
    error = parse_error(with_(evidence={SUBST: {"confidence": "high"}}))
    assert error.field == "format_version" and "evidence" in error.problem


# -- the source library ----------------------------------------------------------------------------
def test_save_source_gives_a_new_id_and_updates_in_place(store):
    saved = store.sources.save({"title": "  Semiconductor outlook  ", "publisher": "OECD", "date": "2024-05"})
    assert re.fullmatch(r"src-[0-9a-f]{8}", saved.id) and saved.title == "Semiconductor outlook"
    blank = store.sources.save(SourceRef(id=" ", title="Another"))
    assert blank.id != saved.id and blank.id.startswith("src-")
    fixed = store.sources.save(saved.model_copy(update={"publisher": "OECD Publishing", "note": "ch. 3"}))
    assert fixed.id == saved.id and store.sources.get(saved.id).publisher == "OECD Publishing"
    assert len(store.sources.list()) == 2
    with pytest.raises(FieldValueError):
        store.sources.save({"title": "   "})
    with pytest.raises(FieldValueError):
        store.sources.save({"title": "Bad date", "date": "May 2023"})
    with pytest.raises(StoreError):
        store.sources.get("src-missing")


def test_library_edits_are_recorded_in_the_history(store):
    """Auditable like case edits (and so seen by the backup's change check); saving an unchanged
    entry writes nothing."""
    saved = store.sources.save({"title": "Fab study", "date": "2022"})
    store.sources.save(saved)
    store.sources.save(saved.model_copy(update={"publisher": "SEMI"}))
    store.sources.delete(saved.id)
    steps = [(h.old_value, h.new_value) for h in store.sources.history(saved.id)]
    assert [(old is None, new is None) for old, new in steps] == [(True, False), (False, False), (False, True)]
    assert steps[1][1]["publisher"] == "SEMI" and steps[2][0]["publisher"] == "SEMI"
    assert all(h.user == "tester" for h in store.sources.history(saved.id))


def test_search_is_case_insensitive_in_any_script_and_sorted_by_title(store):
    for title, note in [("Öffentliche Beschaffung", None), ("zeta report", "光刻机 export controls"),
                        ("Alpha brief", "öffentlich zugänglich"), ("Beta", None)]:
        store.sources.save({"title": title, "note": note})
    assert [s.title for s in store.sources.list()] == ["Alpha brief", "Beta", "Öffentliche Beschaffung", "zeta report"]
    assert [s.title for s in store.sources.list("ÖFFENTLICH")] == ["Alpha brief", "Öffentliche Beschaffung"]
    assert [s.title for s in store.sources.list("光刻")] == ["zeta report"]
    assert [s.title for s in store.sources.list("EXPORT 光刻机")] == ["zeta report"]  # every word
    assert store.sources.list("nothing like it") == []


def test_citing_files_the_source_and_usage_names_the_cases(store):
    cited_by_reference = store.sources.usage_counts()  # the reference library cites the report's chapters
    assert cited_by_reference and REPORT.id not in cited_by_reference
    a, b = store.create("A"), store.create("B")
    cite(store, a.id, SUBST, evidence(REPORT))
    cite(store, b.id, "leverage.degree", evidence(REPORT, confidence="low"))
    assert store.sources.get(REPORT.id) == REPORT
    assert store.sources.usage(REPORT.id) == sorted([a.id, b.id])
    assert store.sources.usage_counts() == {**cited_by_reference, REPORT.id: 2}
    with pytest.raises(StoreError, match="cited by 2 cases") as info:
        store.sources.delete(REPORT.id)
    assert "“A”" in str(info.value) and b.id in str(info.value)
    cite(store, a.id, SUBST, None)
    cite(store, b.id, "leverage.degree", evidence(confidence="low"))
    assert store.sources.usage(REPORT.id) == []
    assert store.sources.usage_counts() == cited_by_reference
    store.sources.delete(REPORT.id)
    assert store.sources.list() == []


def test_a_case_write_never_overwrites_the_library_entry(store):
    """The library may hold a corrected entry; an older copy cited by a case leaves it alone."""
    store.sources.save(REPORT.model_copy(update={"title": "Chip report (2nd edition)"}))
    case = store.create("A")
    cite(store, case.id, SUBST, evidence(REPORT))
    assert store.sources.get(REPORT.id).title == "Chip report (2nd edition)"
    assert store.get(case.id).evidence[SUBST].sources[0].title == "Chip report"  # the case keeps its copy


def test_import_adds_the_cited_sources(store):
    other = SourceRef(id="src-other", title="其他来源", date="2021-07")
    case = imported("imp-1", format_version=2, evidence={SUBST: {"sources": [REPORT.model_dump(exclude_none=True)]},
                                                         "leverage.degree": {"sources": [other.model_dump(exclude_none=True)]}})
    store.add_cases([case])
    assert {s.id for s in store.sources.list()} == {REPORT.id, other.id}
    assert store.sources.usage(other.id) == ["imp-1"]


def test_a_failed_import_files_no_source(store):
    case = imported("imp-1", format_version=2, evidence={SUBST: {"sources": [REPORT.model_dump(exclude_none=True)]}})
    with pytest.raises(StoreError):
        with store.writing():
            store.add_cases([case])
            raise StoreError("disk full")
    assert store.sources.list() == [] and not store.exists("imp-1")


# -- how old, and what is unsourced ----------------------------------------------------------------
@pytest.mark.parametrize("when, expected", [
    ("2023", date(2023, 12, 31)), ("2023-02", date(2023, 2, 28)), ("2024-02", date(2024, 2, 29)),
    ("2023-05-17", date(2023, 5, 17)), ("2023-13", None),
])
def test_source_date_is_the_end_of_its_period(when, expected):
    assert source_date(SourceRef(id="s", title="T", date=when)) == expected


def test_source_date_falls_back_to_accessed():
    assert source_date(SourceRef(id="s", title="T", accessed="2022-03-04")) == date(2022, 3, 4)
    assert source_date(SourceRef(id="s", title="T")) is None
    assert newest_source_date(evidence(SourceRef(id="a", title="A", date="2019"), SourceRef(id="b", title="B"),
                                       SourceRef(id="c", title="C", date="2021-06"))) == date(2021, 6, 30)
    assert newest_source_date(evidence()) is None


def test_stale_ratings_with_a_controlled_today():
    old, undated = SourceRef(id="o", title="Old", date="2020"), SourceRef(id="u", title="Undated")
    recent = SourceRef(id="r", title="Recent", date="2024-01-15")
    case = Case.model_validate({**MINIMAL, "format_version": 2, "evidence": {
        "leverage.degree": {"sources": [old.model_dump(exclude_none=True)]},
        SUBST: {"sources": [old.model_dump(exclude_none=True), recent.model_dump(exclude_none=True)]},
        "ambition.chosen_level": {"sources": [undated.model_dump(exclude_none=True)]}}})
    today = date(2024, 1, 1)  # 2020-12-31 is 1096 days before
    assert stale_ratings(case, 1095, today) == [("leverage.degree", date(2020, 12, 31))]
    assert stale_ratings(case, 1096, today) == []
    assert stale_ratings(case, 30, date(2024, 3, 1)) == [(SUBST, date(2024, 1, 15)), ("leverage.degree", date(2020, 12, 31))]


def test_unsourced_ratings_are_the_rated_ones_without_a_source():
    case = Case.model_validate({**MINIMAL, "format_version": 2,
                                "strength": {"pillars": {"ip_patents": {"present": True, "likelihood": "high"}}},
                                "leverage": {"substitutability": "hard", "degree": "medium", "market_entry_barriers": []},
                                "ambition": {"feasibility": {"curtailment": "low"}},
                                "evidence": {SUBST: {"sources": [REPORT.model_dump(exclude_none=True)]},
                                             "leverage.degree": {"confidence": "high"}}})
    assert unsourced_ratings(case) == ["strength.pillars.ip_patents.likelihood", "leverage.degree",
                                       "ambition.feasibility.curtailment"]


# -- why not higher, from the rules --------------------------------------------------------------------
def crafted(leverage: dict | None = None, pillar=("maintain", "high"),
            types=("technological_excellence", "regulatory_political_normative")) -> Case:
    """Research pillar as given; factors very hard 3 + none 1 + enforceable 0.5 + breakthrough 1 → high;
    technological excellence gives China an interest in it (the ability to deny needs one)."""
    lev = {"market_entry_barriers": ["technological_breakthrough"], "substitutability": "very_hard",
           "foreign_availability": "none", "effective_utilisation": "enforceable", "ethical_constraints": False,
           "spillover_damage": "low", "dual_use_relevance": "high", **(leverage or {})}
    return Case.model_validate({
        "id": "crafted", "title": "Crafted", "leverage": lev, "strength": {
            "pillars": {"research_innovation": {"present": True, "stance": pillar[0], "likelihood": pillar[1]}},
            "types": list(types)}})


def test_nothing_to_explain_when_every_level_is_high():
    assert all(s.value is Feasibility.HIGH for s in suggest_all_feasibility(crafted()).values())
    assert why_not_higher(crafted()) == []


def test_one_step_lower_and_the_starting_point_are_named():
    """Some dual-use relevance (starts at medium) and broad supply (half a step lower) both hold
    threat prevention at medium; high spillover takes deny and curtailment one step lower."""
    case = crafted({"dual_use_relevance": "some", "foreign_availability": "broad", "spillover_damage": "high"})
    holds = {h.level: h for h in why_not_higher(case)}
    rules = suggest_all_feasibility(case)
    tp = holds[Level.THREAT_PREVENTION]
    assert (tp.feasibility, tp.next) == (Feasibility.MEDIUM, Feasibility.HIGH) == (rules[Level.THREAT_PREVENTION].value, Feasibility.HIGH)
    assert tp.holding_back == rules[Level.THREAT_PREVENTION].reasons  # both reasons hold it back
    assert any(s.startswith("Dual-use relevance: some → high") for s in tp.would_change)
    deny = holds[Level.ABILITY_TO_DENY]
    assert [r for r in deny.holding_back if "spillover" in r.lower()] and len(deny.holding_back) == 1
    assert any(s.startswith("Spillover damage: high → low") for s in deny.would_change)


def test_a_cap_is_named_without_the_starting_point():
    """Rated high leverage but no edge Europe can keep: ability to act is capped at low."""
    case = crafted({"degree": "high"}, pillar=("regain_develop", "medium"))
    act = next(h for h in why_not_higher(case) if h.level is Level.ABILITY_TO_ACT)
    assert act.feasibility is Feasibility.LOW and act.next is Feasibility.MEDIUM
    assert act.holding_back == [r for r in suggest_all_feasibility(case)[Level.ABILITY_TO_ACT].reasons if "at most low" in r]


@pytest.mark.parametrize("leverage", [{"substitutability": "hard", "foreign_availability": "limited"},
                                      {"effective_utilisation": "hard_to_enforce", "degree": "medium"},
                                      {"ethical_constraints": True, "dual_use_relevance": "none"}])
def test_holds_agree_with_the_rules_and_the_sensitivity_analysis(leverage):
    """Every level below high is listed with the rules' value; what holds it back is the rules'
    own wording; each change listed really raises it when applied and run through the rules."""
    case = crafted(leverage)
    rules = suggest_all_feasibility(case)
    holds = why_not_higher(case)
    assert [h.level for h in holds] == [lv for lv in Level if rules[lv].value is not Feasibility.HIGH]
    for hold in holds:
        assert hold.feasibility is rules[hold.level].value
        assert hold.holding_back and set(hold.holding_back) <= set(rules[hold.level].reasons)
        raising = [f for f in analyse(case).flips_for(f"feasibility.{hold.level.value}") if f.steps > 0]
        assert len(hold.would_change) == len(raising)
        for flip in raising:
            raised = suggest_all_feasibility(apply_change(case, flip.change.key, flip.change.after))[hold.level].value
            assert raised.rank > hold.feasibility.rank


def test_no_suggestion_yet_says_what_to_rate():
    case = Case.model_validate({"id": "draft", "title": "Draft"})
    holds = why_not_higher(case)
    assert [h.level for h in holds] == list(Level)
    assert all(h.feasibility is None and h.next is None and h.holding_back for h in holds)
    assert "dual-use" in holds[0].holding_back[0]


def test_reference_library_cites_its_chapter_for_every_rating(store):
    """Every rated value of a reference case has evidence citing the report's chapter."""
    for case in store.cases():
        if case.is_reference:
            chapter = f"dpc2024-ch{case.reference.chapter:02d}"
            assert case.evidence and unsourced_ratings(case) == [], case.id
            assert all(chapter in {s.id for s in e.sources} for e in case.evidence.values()), case.id
    assert len(store.get(LITHO).evidence) == 15
