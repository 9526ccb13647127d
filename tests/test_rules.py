"""Example-based tests of the suggestion rules (SPEC.md §3) on crafted cases."""

from __future__ import annotations

import json
import re

import pytest

from desktop.models.case import Case
from desktop.models.catalogue import catalogue
from desktop.models.library import reference_cases
from desktop.models.rules import (
    effective_leverage,
    suggest_all_feasibility,
    suggest_case,
    suggest_feasibility,
    suggest_instruments,
    suggest_instruments_for,
    suggest_leverage,
    target_levels,
)
from desktop.models.scales import PPP, Feasibility, Focus, Level, LeverageDegree

ALL_PILLARS = ("research_innovation", "ip_patents", "production_commercialisation")
CHOKEPOINT = {
    "market_entry_barriers": ["technological_breakthrough", "economies_of_scale"],
    "substitutability": "very_hard",
    "foreign_availability": "limited",
    "effective_utilisation": "enforceable",
    "ethical_constraints": False,
    "spillover_damage": "medium",
    "dual_use_relevance": "high",
}
SOFTWARE = {
    "market_entry_barriers": ["none"],
    "substitutability": "easy",
    "foreign_availability": "broad",
    "effective_utilisation": "hard_to_enforce",
    "ethical_constraints": False,
    "spillover_damage": "low",
    "dual_use_relevance": "some",
}
SNAKE_TOKEN = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
MAX_REASON = 300  # one or two lines in the wizard


def pillars(stance: str | None = "maintain", likelihood: str | None = "high", present: bool | None = True) -> dict:
    return {p: {"present": present, "stance": stance, "likelihood": likelihood} for p in ALL_PILLARS}


def make_case(
    leverage: dict | None = None,
    strength: dict | None = None,
    ambition: dict | None = None,
    **top,
) -> Case:
    """A case from exchange-format pieces: strong (maintain, high) on every pillar unless told."""
    return Case.model_validate(
        {
            "id": top.pop("id", "crafted"),
            "title": top.pop("title", "Crafted case"),
            "strength": strength if strength is not None else {"pillars": pillars(), "types": ["technological_excellence"]},
            "leverage": leverage or {},
            "ambition": ambition or {},
            **top,
        }
    )


def all_reasons(case: Case) -> list[str]:
    out = list(suggest_leverage(case).reasons)
    for s in suggest_all_feasibility(case).values():
        out += s.reasons
    for level in Level:
        out += [s.reason for s in suggest_instruments_for(case, level, same_area_only=False)]
    return out


def reference(suffix: str) -> Case:
    return next(c for c in reference_cases() if c.id.endswith(suffix))


# ---------------------------------------------------------------------------------------------
# leverage and feasibility on archetypal cases
# ---------------------------------------------------------------------------------------------


def test_hard_chokepoint_gives_high_leverage_and_some_curtailment():
    """A lithography-like chokepoint (very hard to substitute, few suppliers, enforceable) gives high leverage."""
    case = make_case(CHOKEPOINT)
    leverage = suggest_leverage(case)
    assert leverage.value is LeverageDegree.HIGH
    curtail = suggest_feasibility(case, Level.CURTAILMENT)
    assert curtail.value.rank >= Feasibility.LOW.rank
    assert "chokepoint" in " ".join(curtail.reasons)
    assert suggest_feasibility(case, Level.THREAT_PREVENTION).value is Feasibility.HIGH


def test_hard_chokepoint_with_low_spillover_makes_curtailment_highly_feasible():
    """With nothing holding it back, curtailment of a hard chokepoint is high."""
    case = make_case({**CHOKEPOINT, "spillover_damage": "low"})
    assert suggest_feasibility(case, Level.CURTAILMENT).value is Feasibility.HIGH


def test_substitutable_broadly_available_software_gives_low_leverage_and_no_curtailment():
    """Easily substitutable, broadly available, hard-to-control software has low leverage and no curtailment."""
    case = make_case(SOFTWARE)
    assert suggest_leverage(case).value is LeverageDegree.LOW
    curtail = suggest_feasibility(case, Level.CURTAILMENT)
    assert curtail.value is Feasibility.NOT_FEASIBLE
    assert any("substitut" in r.lower() for r in curtail.reasons), curtail.reasons


@pytest.mark.parametrize("missing", ["substitutability", "foreign_availability", "effective_utilisation"])
def test_missing_leverage_factor_gives_no_value_and_names_it(missing):
    """An unrated factor the leverage rule needs gives no value and a reason naming it."""
    case = make_case({k: v for k, v in CHOKEPOINT.items() if k != missing})
    s = suggest_leverage(case)
    assert s.value is None
    assert any(r.startswith("Rate ") and missing.replace("_", " ") in r for r in s.reasons), s.reasons


def test_all_leverage_factors_missing_names_each_one():
    """With nothing rated, the leverage reason lists every factor to rate."""
    s = suggest_leverage(make_case({}))
    assert s.value is None
    assert s.reasons == ["Rate substitutability, foreign availability, effective utilisation to get a suggestion."]


def test_missing_factors_give_no_feasibility_and_say_what_to_rate():
    """Without leverage factors or a degree, and without dual-use relevance, no level has a value."""
    case = make_case({"spillover_damage": "low"})
    for level, s in suggest_all_feasibility(case).items():
        assert s.value is None, level
        assert any(r.startswith("Rate ") for r in s.reasons), (level, s.reasons)
    assert "dual-use relevance" in suggest_feasibility(case, Level.THREAT_PREVENTION).reasons[0]
    for level in (Level.ABILITY_TO_DENY, Level.ABILITY_TO_ACT, Level.CURTAILMENT):
        assert "leverage factors" in suggest_feasibility(case, level).reasons[0]


def test_threat_prevention_without_dual_use_is_not_feasible():
    """Dual-use relevance 'none' makes threat prevention not feasible, whatever else holds."""
    case = make_case({**CHOKEPOINT, "dual_use_relevance": "none"})
    s = suggest_feasibility(case, Level.THREAT_PREVENTION)
    assert s.value is Feasibility.NOT_FEASIBLE
    assert "dual-use" in s.reasons[0]


def test_threat_prevention_steps_down_for_know_how_and_broad_supply():
    """Some dual-use relevance, hard-to-enforce controls and broad supply leave threat prevention low."""
    case = make_case(SOFTWARE)
    assert suggest_feasibility(case, Level.THREAT_PREVENTION).value is Feasibility.LOW


def test_ethical_constraints_cap_leverage_at_medium_and_act_at_low():
    """Ethical constraints cap the suggested leverage at medium and the ability to act at low."""
    strength = {"pillars": pillars(), "types": ["technological_excellence", "regulatory_political_normative"]}
    free = make_case(CHOKEPOINT, strength=strength)
    bound = make_case({**CHOKEPOINT, "ethical_constraints": True}, strength=strength)
    assert suggest_leverage(free).value is LeverageDegree.HIGH
    assert suggest_feasibility(free, Level.ABILITY_TO_ACT).value is Feasibility.HIGH
    leverage = suggest_leverage(bound)
    assert leverage.value is LeverageDegree.MEDIUM
    assert any("ethical" in r.lower() for r in leverage.reasons)
    act = suggest_feasibility(bound, Level.ABILITY_TO_ACT)
    assert act.value is Feasibility.LOW
    assert any("ethical" in r.lower() for r in act.reasons)
    # even when the user rates the leverage high, the constraint limits what can be done with it
    rated = make_case({**CHOKEPOINT, "ethical_constraints": True, "degree": "high"}, strength=strength)
    assert suggest_feasibility(rated, Level.ABILITY_TO_ACT).value is Feasibility.LOW
    assert suggest_feasibility(rated, Level.CURTAILMENT).value is Feasibility.NOT_FEASIBLE


def test_no_pillar_of_strength_gives_low_leverage_and_nothing_feasible():
    """With every pillar absent, leverage is low and every level is not feasible."""
    case = make_case({**CHOKEPOINT, "spillover_damage": "low"}, strength={"pillars": pillars(None, None, present=False)})
    leverage = suggest_leverage(case)
    assert leverage.value is LeverageDegree.LOW
    assert any("no pillar of strength" in r for r in leverage.reasons)
    for level, s in suggest_all_feasibility(case).items():
        assert s.value is Feasibility.NOT_FEASIBLE, (level, s)


def test_no_pillar_of_strength_rules_out_curtailment_even_with_a_rated_degree():
    """No pillar of strength rules out every level, curtailment included, whatever degree the user rated."""
    case = make_case(
        {**CHOKEPOINT, "spillover_damage": "low", "degree": "high"},
        strength={"pillars": pillars(None, None, present=False)},
    )
    for level in (Level.THREAT_PREVENTION, Level.ABILITY_TO_DENY, Level.ABILITY_TO_ACT):
        assert suggest_feasibility(case, level).value is Feasibility.NOT_FEASIBLE
    assert suggest_feasibility(case, Level.CURTAILMENT).value is Feasibility.NOT_FEASIBLE


def test_weak_strength_caps_leverage():
    """A chokepoint on a weak strength (regain/develop, low likelihood) is capped at low leverage."""
    case = make_case(CHOKEPOINT, strength={"pillars": pillars("regain_develop", "low")})
    s = suggest_leverage(case)
    assert s.value is LeverageDegree.LOW
    assert any(r.startswith("Capped at low") for r in s.reasons)


def test_unrated_strength_does_not_cap_leverage():
    """Leverage factors alone give a suggestion while strength is unrated, saying it is uncapped."""
    case = make_case(CHOKEPOINT, strength={})
    s = suggest_leverage(case)
    assert s.value is LeverageDegree.HIGH
    assert any("not rated yet" in r for r in s.reasons)


# ---------------------------------------------------------------------------------------------
# effective leverage: feasibility follows the user's rating
# ---------------------------------------------------------------------------------------------


def test_effective_leverage_prefers_the_users_degree():
    """effective_leverage returns the case's own degree when set, and the suggestion otherwise."""
    unrated = make_case(CHOKEPOINT)
    assert effective_leverage(unrated) == (LeverageDegree.HIGH, "leverage is suggested as high")
    rated = make_case({**CHOKEPOINT, "degree": "low"})
    assert suggest_leverage(rated).value is LeverageDegree.HIGH  # the suggestion is unchanged ...
    assert effective_leverage(rated) == (LeverageDegree.LOW, "leverage is rated low")  # ... but not used


def test_feasibility_follows_the_users_degree_not_the_suggestion():
    """A user's low rating of a suggested-high chokepoint makes curtailment not feasible and deny low."""
    rated_low = make_case({**CHOKEPOINT, "spillover_damage": "low", "degree": "low"})
    assert suggest_feasibility(rated_low, Level.CURTAILMENT).value is Feasibility.NOT_FEASIBLE
    deny = suggest_feasibility(rated_low, Level.ABILITY_TO_DENY)
    assert deny.value is Feasibility.LOW
    assert "leverage is rated low" in deny.reasons[0]
    # and the other way round: a suggested-low case the user rates high
    rated_high = make_case({**SOFTWARE, "degree": "high"})
    assert suggest_leverage(rated_high).value is LeverageDegree.LOW
    assert suggest_feasibility(rated_high, Level.ABILITY_TO_DENY).value is Feasibility.HIGH
    assert suggest_feasibility(make_case(SOFTWARE), Level.ABILITY_TO_DENY).value is Feasibility.LOW


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
