"""Example-based tests of the suggestion rules (SPEC.md §3) on crafted cases: the shape of
suggest_case (`rdw suggest --json`), which instruments are suggested for which levels, and
reasons that read as short human sentences."""

from __future__ import annotations

import json
import re

import pytest
from rules_helpers import CHOKEPOINT, SOFTWARE, make_case, pillars, reference

from desktop.models.case import Case
from desktop.models.catalogue import catalogue, table2, table2_column
from desktop.models.library import reference_cases
from desktop.models.rules import (
    suggest_all_feasibility,
    suggest_case,
    suggest_feasibility,
    suggest_instruments,
    suggest_instruments_for,
    suggest_leverage,
    target_levels,
)
from desktop.models.scales import PPP, Feasibility, Focus, Level, LeverageDegree

SNAKE_TOKEN = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
MAX_REASON = 300  # one or two lines in the wizard


def all_reasons(case: Case) -> list[str]:
    out = list(suggest_leverage(case).reasons)
    for s in suggest_all_feasibility(case).values():
        out += s.reasons
    for level in Level:
        out += [s.reason for s in suggest_instruments_for(case, level, same_area_only=False)]
    return out


# ---------------------------------------------------------------------------------------------
# suggest_case: the shape of `rdw suggest --json`
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "case",
    [make_case(CHOKEPOINT), make_case(SOFTWARE), make_case({}), reference("lithography")],
    ids=["chokepoint", "software", "empty", "lithography"],
)
def test_suggest_case_has_the_documented_shape_and_tokens(case):
    """suggest_case gives exactly case, leverage, feasibility (4 levels) and instruments, in SPEC tokens."""
    out = suggest_case(case)
    assert json.loads(json.dumps(out)) == out  # plain JSON, no enums or objects
    assert set(out) == {"case", "leverage", "feasibility", "instruments"}
    assert out["case"] == case.id
    assert set(out["leverage"]) == {"value", "reasons"}
    assert out["leverage"]["value"] in {None, *(d.value for d in LeverageDegree)}
    assert list(out["feasibility"]) == [lv.value for lv in Level]
    for level, s in out["feasibility"].items():
        assert set(s) == {"value", "reasons"}, level
        assert s["value"] in {None, *(f.value for f in Feasibility)}, level
        assert s["reasons"] and all(isinstance(r, str) for r in s["reasons"])
    for inst in out["instruments"]:
        assert set(inst) == {"level", "text", "ppp", "focus", "source", "reason"}
        assert inst["level"] in {lv.value for lv in Level}
        assert inst["ppp"] in {p.value for p in PPP}
        assert inst["focus"] in {f.value for f in Focus}
        assert inst["text"] and inst["reason"] and inst["source"]


def test_suggest_case_values_match_the_rules():
    """suggest_case reports the same values as the individual rules."""
    case = make_case(CHOKEPOINT)
    out = suggest_case(case)
    assert out["leverage"]["value"] == suggest_leverage(case).value.value
    for level in Level:
        assert out["feasibility"][level.value]["value"] == suggest_feasibility(case, level).value.value
    assert len(out["instruments"]) == len(suggest_instruments(case))


# ---------------------------------------------------------------------------------------------
# instruments
# ---------------------------------------------------------------------------------------------


def test_instruments_follow_the_chosen_level():
    """With a chosen level, instruments are suggested for that level only."""
    case = make_case(SOFTWARE, ambition={"chosen_level": "curtailment"})
    levels, why = target_levels(case)
    assert levels == [Level.CURTAILMENT]
    assert "chosen level" in why
    suggested = suggest_instruments(case)
    assert suggested and {s.level for s in suggested} == {Level.CURTAILMENT}


def test_instruments_without_a_chosen_level_cover_levels_at_least_medium():
    """Without a chosen level, instruments cover the levels rated (or suggested) at least medium."""
    rated = make_case(
        SOFTWARE,
        ambition={"feasibility": {"threat_prevention": "high", "ability_to_deny": "low", "ability_to_act": "medium", "curtailment": "not_feasible"}},
    )
    assert target_levels(rated)[0] == [Level.THREAT_PREVENTION, Level.ABILITY_TO_ACT]
    assert {s.level for s in suggest_instruments(rated)} == {Level.THREAT_PREVENTION, Level.ABILITY_TO_ACT}
    # unrated levels fall back to the suggestion: the chokepoint suggests TP high, deny/act high, curtailment medium
    unrated = make_case(CHOKEPOINT)
    expected = [lv for lv in Level if suggest_feasibility(unrated, lv).value.rank >= Feasibility.MEDIUM.rank]
    assert target_levels(unrated)[0] == expected
    assert {s.level for s in suggest_instruments(unrated)} == set(expected)
    # the user's rating wins over the suggestion for the same level
    overridden = make_case(CHOKEPOINT, ambition={"feasibility": {"curtailment": "low", "threat_prevention": "not_feasible"}})
    assert Level.CURTAILMENT not in target_levels(overridden)[0]
    assert Level.THREAT_PREVENTION not in target_levels(overridden)[0]


def test_no_feasible_level_suggests_no_instruments():
    """A case with nothing at least medium feasible and no chosen level gets no instruments."""
    case = make_case(SOFTWARE, ambition={"feasibility": {lv.value: "low" for lv in Level}})
    assert target_levels(case)[0] == []
    assert suggest_instruments(case) == []


@pytest.mark.parametrize("level", list(Level))
def test_catalogue_patterns_come_first(level):
    """For each level, the report's cross-case patterns precede any reference-case recommendation."""
    suggested = suggest_instruments_for(reference("lithography"), level, same_area_only=False)
    kinds = [s.entry.is_pattern for s in suggested]
    assert kinds[0] is True
    assert kinds == sorted(kinds, reverse=True)
    for s in suggested:
        if s.entry.is_pattern:
            assert "Cross-case pattern" in s.reason
            assert f"Table 2, {level.label.lower()}" in s.reason  # the column it comes from
        else:
            assert s.entry.source_title in s.reason


@pytest.mark.parametrize("case", reference_cases(), ids=lambda c: c.id)
def test_a_case_never_gets_its_own_recommendations_back(case):
    """A reference case is never suggested the recommendations it is the source of."""
    for level in Level:
        for s in suggest_instruments_for(case, level, same_area_only=False):
            assert s.entry.source != case.id, (level, s.entry.text)


def test_same_area_reference_recommendations_are_suggested():
    """Lithography gets automotive-chips recommendations (same area, Semiconductors) but not its own."""
    litho = reference("lithography")
    chips = reference("automotive-chips")
    assert litho.technology_area == chips.technology_area
    chip_levels = {i.level for i in chips.instruments}
    suggested = [s for lv in chip_levels for s in suggest_instruments_for(litho, lv)]
    sources = {s.entry.source for s in suggested}
    assert chips.id in sources and litho.id not in sources
    assert sources <= {"pattern", chips.id}  # same_area_only keeps other areas out
    assert all("same technology area" in s.reason for s in suggested if not s.entry.is_pattern)
    # a copy of lithography under another id gets lithography's recommendations back
    twin = litho.model_copy(update={"id": "my-lithography"})
    litho_levels = {i.level for i in litho.instruments}
    assert litho.id in {s.entry.source for lv in litho_levels for s in suggest_instruments_for(twin, lv)}


@pytest.mark.parametrize("level", list(Level))
def test_patterns_are_suggested_only_for_the_level_whose_table_2_column_lists_them(level):
    """For a level, the suggested patterns are exactly that level's column of Table 2, in its
    order; an instrument listed in another column only is never suggested for it (e.g. deny's
    "allow European companies to engage and partner in China" is not an act pattern)."""
    column = table2_column(level)
    for case in (make_case(CHOKEPOINT), reference("lithography"), reference("technical-standardisation")):
        patterns = [s.entry for s in suggest_instruments_for(case, level, same_area_only=False) if s.entry.is_pattern]
        assert patterns == list(column.entries)
        assert all(e.levels == (level,) for e in patterns)
    elsewhere = {e.text for c in table2() if c.level is not level for e in c.entries} - {e.text for e in column.entries}
    suggested_texts = {s.entry.text for s in suggest_instruments_for(make_case(CHOKEPOINT), level) if s.entry.is_pattern}
    assert not suggested_texts & elsewhere


def test_a_pattern_of_another_column_is_never_suggested(monkeypatch):
    """Even a pattern that carried a second level (not one the file can produce) is suggested only
    for its own column, the first level it names."""
    from desktop.models import catalogue as catalogue_module

    stray = catalogue_module.CatalogueEntry(
        "stray", "Stray", (Level.ABILITY_TO_DENY, Level.ABILITY_TO_ACT), PPP.PARTNER, Focus.COMMERCIALISATION,
        "pattern", catalogue_module.pattern_source_title(Level.ABILITY_TO_DENY))
    pool = (*catalogue(), stray)
    monkeypatch.setattr(catalogue_module, "catalogue", lambda: pool)
    case = make_case(CHOKEPOINT)
    assert "stray" in [s.entry.id for s in suggest_instruments_for(case, Level.ABILITY_TO_DENY)]
    assert "stray" not in [s.entry.id for s in suggest_instruments_for(case, Level.ABILITY_TO_ACT)]


def test_act_suggests_ten_patterns_deny_seven():
    """The act column has 10 instruments, not deny's 7 plus its own."""
    case = make_case(CHOKEPOINT, technology_area="Something nobody assessed")
    counts = {lv: len(suggest_instruments_for(case, lv)) for lv in Level}
    assert counts == {Level.THREAT_PREVENTION: 5, Level.ABILITY_TO_DENY: 7, Level.ABILITY_TO_ACT: 10, Level.CURTAILMENT: 4}


def test_new_area_gets_only_patterns_by_default():
    """A case in an area no reference case covers gets only the cross-case patterns by default."""
    case = make_case(CHOKEPOINT, technology_area="Something nobody assessed")
    for level in Level:
        suggested = suggest_instruments_for(case, level)
        assert suggested and all(s.entry.is_pattern for s in suggested)
        assert len(suggested) == sum(e.is_pattern and level in e.levels for e in catalogue())


# ---------------------------------------------------------------------------------------------
# reasons read as sentences
# ---------------------------------------------------------------------------------------------

REASON_CASES = [
    make_case(CHOKEPOINT),
    make_case(SOFTWARE),
    make_case({}),
    make_case({**CHOKEPOINT, "ethical_constraints": True, "degree": "medium_high"}),
    make_case(CHOKEPOINT, strength={"pillars": pillars(None, None, present=False)}),
    make_case(CHOKEPOINT, strength={"pillars": pillars("regain_develop", "medium"), "types": ["sustainability"]}),
    *reference_cases(),
]


@pytest.mark.parametrize("case", REASON_CASES, ids=lambda c: c.id if c.is_reference else None)
def test_reasons_are_short_human_sentences(case):
    """Every reason is a short sentence ending with '.', free of raw snake_case tokens."""
    for reason in all_reasons(case):
        assert reason.strip() == reason and reason, reason
        assert reason[0].isupper(), reason
        assert reason.endswith("."), reason
        assert len(reason) <= MAX_REASON, reason
        assert not SNAKE_TOKEN.search(reason), reason
        assert "None" not in reason and "LeverageDegree" not in reason, reason


def test_reasons_keep_proper_nouns_capitalised():
    """Proper nouns (China, Europe, European) keep their capital in every reason (no str.capitalize())."""
    lowered = re.compile(r"\b(china|europe|european)\b")
    for case in (make_case(CHOKEPOINT), make_case({**SOFTWARE, "substitutability": "moderate"}), *reference_cases()):
        for reason in all_reasons(case):
            assert not lowered.search(reason), reason
