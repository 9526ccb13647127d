"""Example-based tests of the suggestion rules (SPEC.md §3) on crafted cases: the suggested
degree of leverage and the feasibility of each level on archetypal cases, and feasibility
following the user's own leverage rating."""

from __future__ import annotations

import pytest
from rules_helpers import CHOKEPOINT, SOFTWARE, make_case, pillars

from desktop.models.rules import (
    effective_leverage,
    suggest_all_feasibility,
    suggest_feasibility,
    suggest_leverage,
)
from desktop.models.scales import Feasibility, Level, LeverageDegree

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


@pytest.mark.parametrize("missing", ["substitutability", "foreign_availability", "effective_utilisation", "spillover_damage"])
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
    assert s.reasons == ["Rate substitutability, foreign availability, effective utilisation, spillover damage to get a suggestion."]


def test_missing_factors_give_no_feasibility_and_say_what_to_rate():
    """Without leverage factors or a degree, and without dual-use relevance, no level has a value;
    the ability to deny names the factors it reads itself (it does not rest on the degree)."""
    case = make_case({"spillover_damage": "low"})
    for level, s in suggest_all_feasibility(case).items():
        assert s.value is None, level
        assert any(r.startswith("Rate ") for r in s.reasons), (level, s.reasons)
    assert "dual-use relevance" in suggest_feasibility(case, Level.THREAT_PREVENTION).reasons[0]
    for level in (Level.ABILITY_TO_ACT, Level.CURTAILMENT):
        assert "leverage factors" in suggest_feasibility(case, level).reasons[0]
    deny = suggest_feasibility(case, Level.ABILITY_TO_DENY).reasons[0]
    assert deny.startswith("Rate substitutability to get a suggestion") and "co-dependency" in deny


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
    """A user's low rating of a suggested-high chokepoint makes curtailment not feasible and the
    ability to act low; the ability to deny does not rest on the degree at all (SPEC.md §3)."""
    strength = {"pillars": pillars(), "types": ["technological_excellence", "regulatory_political_normative"]}
    unrated = make_case({**CHOKEPOINT, "spillover_damage": "low"}, strength=strength)
    rated_low = make_case({**CHOKEPOINT, "spillover_damage": "low", "degree": "low"}, strength=strength)
    assert suggest_feasibility(unrated, Level.CURTAILMENT).value is Feasibility.HIGH
    assert suggest_feasibility(rated_low, Level.CURTAILMENT).value is Feasibility.NOT_FEASIBLE
    assert "leverage is rated low, not high" in suggest_feasibility(rated_low, Level.CURTAILMENT).reasons[0]
    act = suggest_feasibility(rated_low, Level.ABILITY_TO_ACT)
    assert act.value is Feasibility.LOW and "leverage is rated low" in act.reasons[0]
    assert suggest_feasibility(rated_low, Level.ABILITY_TO_DENY) == suggest_feasibility(unrated, Level.ABILITY_TO_DENY)
    # and the other way round: a suggested-low case the user rates high
    rated_high = make_case({**SOFTWARE, "degree": "high"}, strength=strength)
    assert suggest_leverage(rated_high).value is LeverageDegree.LOW
    assert suggest_feasibility(rated_high, Level.ABILITY_TO_ACT).value is Feasibility.HIGH
    assert suggest_feasibility(make_case(SOFTWARE, strength=strength), Level.ABILITY_TO_ACT).value is Feasibility.LOW
    # easily substituted software (one step lower) still leaves a maintained, highly likely strength a medium deny
    for case in (rated_high, make_case(SOFTWARE, strength=strength)):
        assert suggest_feasibility(case, Level.ABILITY_TO_DENY).value is Feasibility.MEDIUM
