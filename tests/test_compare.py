"""Comparing cases (desktop/models/compare.py): rows in the wizard's order, what counts as a
difference, and which lists are compared without regard to order."""

from __future__ import annotations

import itertools

import pytest

from desktop.models.case import Case
from desktop.models.compare import DASH, TICK, Comparison, compare_cases
from desktop.models.library import reference_cases
from desktop.models.messages import in_language
from desktop.models.scales import Feasibility, Level, LeverageDegree, Likelihood, Step


def make_case(case_id: str = "a", **overrides) -> Case:
    data = {
        "id": case_id,
        "title": "Same title",
        "technology_area": "Semiconductors",
        "summary": "A niche.",
        "key_facts": ["Fact one", "Fact two"],
        "strength": {
            "pillars": {
                "research_innovation": {"present": True, "stance": "maintain", "likelihood": "high"},
                "ip_patents": {"present": False},
            },
            "types": ["technological_excellence", "sustainability"],
        },
        "leverage": {
            "market_entry_barriers": ["economies_of_scale", "standards_certification"],
            "substitutability": "hard",
            "ethical_constraints": False,
            "degree": "medium",
        },
        "ambition": {"feasibility": {"threat_prevention": "low", "ability_to_act": "high"}, "entanglement_autonomy": 30},
        "instruments": [
            {"level": "ability_to_act", "text": "Fund research", "ppp": "promote", "focus": "research_promotion"},
            {"level": "ability_to_act", "text": "Screen investment", "ppp": "protect", "focus": "knowledge_security"},
            {"level": "curtailment", "text": "Export controls", "ppp": "protect", "focus": "knowledge_security"},
        ],
    }
    data.update(overrides)
    return Case.model_validate(data)


def row(comparison: Comparison, step: Step, label: str):
    matches = [r for r in comparison.rows if r.section is step and r.label == label]
    assert len(matches) == 1, f"{step} / {label}: {len(matches)} rows"
    return matches[0]


def differing(comparison: Comparison) -> set[tuple[Step, str]]:
    return {(r.section, r.label) for r in comparison.rows if r.differs}


def test_sections_follow_the_wizard_order():
    """Basics, Strength, Leverage, Ambition, Instruments, each with the fields the brief lists."""
    c = compare_cases([make_case("a"), make_case("b")])
    assert [s.step for s in c.sections] == list(Step)
    basics = [r.label for r in c.sections[0].rows]
    assert basics[:5] == ["Title", "Technology area", "Summary", "China's dependency", "Key facts"]
    assert {"Author", "Organisation", "Status"} <= set(basics)
    assert [r.label for r in c.sections[-1].rows] == [lv.label for lv in Level]
    assert len(c.sections[1].rows) == 3 + 6 + 1  # pillars, strength types, rationale


def test_identical_cases_have_no_differences():
    """Two cases with the same content (different ids) differ nowhere."""
    c = compare_cases([make_case("a"), make_case("b"), make_case("c")])
    assert c.difference_count == 0 and not differing(c)
    assert c.sections_with_differences == 0
    assert all(n == 0 for n in c.differences_per_section.values())
    assert c.summary() == "No differences"


def test_crafted_differences_are_found_and_counted_per_section():
    """Exactly the changed fields differ, and the counts add up per step."""
    b = make_case(
        "b",
        title="Other title",
        strength={
            "pillars": {
                "research_innovation": {"present": True, "stance": "maintain", "likelihood": "low"},
                "ip_patents": {"present": False},
            },
            "types": ["technological_excellence", "sustainability"],
        },
        leverage={
            "market_entry_barriers": ["economies_of_scale", "standards_certification"],
            "substitutability": "hard",
            "ethical_constraints": False,
            "degree": "high",
        },
    )
    c = compare_cases([make_case("a"), b])
    assert differing(c) == {
        (Step.BASICS, "Title"),
        (Step.STRENGTH, "Research & innovation"),
        (Step.LEVERAGE, "Degree of leverage"),
    }
    assert c.differences_per_section == {
        Step.BASICS: 1, Step.STRENGTH: 1, Step.LEVERAGE: 1, Step.AMBITION: 0, Step.INSTRUMENTS: 0,
    }
    assert c.summary() == "3 differences in 3 steps"
    pillar = row(c, Step.STRENGTH, "Research & innovation")
    assert pillar.texts == ("Maintain · likelihood high", "Maintain · likelihood low")
    assert pillar.ratings == (Likelihood.HIGH, Likelihood.LOW)
    degree = row(c, Step.LEVERAGE, "Degree of leverage")
    assert degree.texts == ("Medium", "High") and degree.values == ("medium", "high")
    assert degree.ratings == (LeverageDegree.MEDIUM, LeverageDegree.HIGH)


def test_display_texts_use_labels_and_dash_for_not_assessed():
    """Human labels, "—" when not assessed, ✓ / — for strength types, yes/no, the balance."""
    c = compare_cases([make_case("a"), Case(id="empty", title="Empty")])
    assert row(c, Step.STRENGTH, "IP & patents").texts == ("Not a source of strength", DASH)
    assert row(c, Step.STRENGTH, "Production & commercialisation").texts == (DASH, DASH)
    assert row(c, Step.STRENGTH, "Sustainability").texts == (TICK, DASH)
    assert row(c, Step.STRENGTH, "Commercialisation advantage").texts == (DASH, DASH)
    assert row(c, Step.LEVERAGE, "Substitutability").texts == ("Hard", DASH)
    assert row(c, Step.LEVERAGE, "Ethical constraints").texts == ("No", DASH)
    assert row(c, Step.LEVERAGE, "Market-entry barriers").texts[0] == "Economies of scale\nStandards & certification"
    feasibility = row(c, Step.AMBITION, "Feasibility: ability to act")
    assert feasibility.texts == ("High", DASH) and feasibility.ratings == (Feasibility.HIGH, None)
    assert row(c, Step.AMBITION, "Feasibility: ability to deny").texts == (DASH, DASH)
    assert row(c, Step.AMBITION, "Entanglement ↔ autonomy").texts == ("70% entanglement · 30% autonomy", DASH)
    assert row(c, Step.BASICS, "Key facts").texts == ("Fact one\nFact two", DASH)
    status = row(c, Step.BASICS, "Status").texts
    assert status[1] == "Draft · 0 of 5 steps complete" and status[0].startswith("Draft · ")


def test_order_of_strength_types_barriers_facts_and_instruments_is_irrelevant():
    """Ticking the same types in another order, or listing instruments in another order, is no
    difference; whitespace in texts is not either."""
    a = make_case("a")
    b = make_case(
        "b",
        summary="  A   niche. ",
        key_facts=["Fact two", "Fact one"],
        strength={**a.strength.model_dump(mode="json"), "types": ["sustainability", "technological_excellence"]},
        leverage={**a.leverage.model_dump(mode="json"),
                  "market_entry_barriers": ["standards_certification", "economies_of_scale"]},
        instruments=[i.model_dump(mode="json") for i in reversed(a.instruments)],
    )
    c = compare_cases([a, b])
    assert not differing(c), differing(c)


def test_instruments_are_compared_per_level():
    """One row per level, one instrument per line with its protect/promote/partner tag; a change
    at one level marks only that level."""
    a = make_case("a")
    moved = [i.model_dump(mode="json") for i in a.instruments]
    moved[2]["ppp"] = "partner"  # curtailment: same text, other tag
    c = compare_cases([a, make_case("b", instruments=moved)])
    act = row(c, Step.INSTRUMENTS, "Ability to act")
    assert act.texts[0] == "[Promote] Fund research\n[Protect] Screen investment"
    assert not act.differs
    assert row(c, Step.INSTRUMENTS, "Threat prevention").texts == (DASH, DASH)
    curtail = row(c, Step.INSTRUMENTS, "Curtailment")
    assert curtail.differs and curtail.texts == ("[Protect] Export controls", "[Partner] Export controls")
    assert differing(c) == {(Step.INSTRUMENTS, "Curtailment")}


def test_present_pillar_without_ratings_differs_from_absent_pillar():
    """"Present, not yet rated" and "not a source of strength" are different answers."""
    pillars = lambda present: {"pillars": {"ip_patents": {"present": present}}}
    c = compare_cases([make_case("a", strength=pillars(True)), make_case("b", strength=pillars(False))])
    ip = row(c, Step.STRENGTH, "IP & patents")
    assert ip.differs and ip.texts == (f"{DASH} · likelihood {DASH}", "Not a source of strength")


@pytest.mark.parametrize("count", [0, 1, 5])
def test_fewer_than_two_or_more_than_four_cases_is_an_error(count):
    with pytest.raises(ValueError, match="between 2 and 4") as raised:
        compare_cases([make_case(f"c{i}") for i in range(count)])
    assert str(raised.value) == f"Select between 2 and 4 cases to compare ({count} given)."
    # a Phrase of analysis.tsv, so the window can say it in its language
    assert in_language(raised.value, "fr") == f"Sélectionnez de 2 à 4 cas à comparer (nombre donné\u00a0: {count})."
    assert in_language(raised.value, "de") == f"Wählen Sie 2 bis 4 Fälle zum Vergleichen aus (angegeben: {count})."


def test_reference_cases_compare_without_error():
    """Every pair of the report's cases, and groups of four, compare; each pair differs somewhere
    and every row has one text and one value per case."""
    refs = list(reference_cases())
    for a, b in itertools.combinations(refs, 2):
        c = compare_cases([a, b])
        assert c.difference_count > 0
    for start in range(0, len(refs), 4):
        group = refs[start:start + 4]
        if len(group) < 2:
            continue
        c = compare_cases(group)
        for r in c.rows:
            assert len(r.texts) == len(r.values) == len(r.ratings) == len(group)
            assert all(isinstance(t, str) and t for t in r.texts)
