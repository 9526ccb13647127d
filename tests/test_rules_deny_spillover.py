"""Example-based tests of the re-grounded rules (SPEC.md §3, "What each level of ambition needs"):
spillover damage as part of the degree of leverage (the report's Finding 4), the ability to deny
from a co-dependency Europe holds or could create, and curtailment only at a hard chokepoint
(curtailment feasible only in lithography). Each reason the rules can give is checked on a crafted case worked out by hand."""

from __future__ import annotations

import pytest
from rules_helpers import CHOKEPOINT, make_case

from desktop.models.review import review
from desktop.models.rules import suggest_feasibility, suggest_leverage
from desktop.models.scales import Feasibility, Level, LeverageDegree

DENY, CURT = Level.ABILITY_TO_DENY, Level.CURTAILMENT
# hard 2 + limited 0 + partly enforceable 0 + economies of scale 0.5 = 2.5 (medium, in [2.25, 3.25))
MID = {"market_entry_barriers": ["economies_of_scale"], "substitutability": "hard", "foreign_availability": "limited",
       "effective_utilisation": "partly_enforceable", "ethical_constraints": False, "spillover_damage": "low",
       "dual_use_relevance": "some"}
# what the ability to deny reads: moderate substitution (not quick), low spillover
SOFT = {"market_entry_barriers": ["none"], "substitutability": "moderate", "foreign_availability": "broad",
        "effective_utilisation": "hard_to_enforce", "ethical_constraints": False, "spillover_damage": "low",
        "dual_use_relevance": "none"}


def one_pillar(stance: str | None = "maintain", likelihood: str | None = "high",
               types: tuple[str, ...] = ("technological_excellence",)) -> dict:
    return {"pillars": {"research_innovation": {"present": True, "stance": stance, "likelihood": likelihood}},
            "types": list(types)}


def deny(leverage: dict | None = None, **strength) -> tuple[Feasibility | None, list[str]]:
    s = suggest_feasibility(make_case({**SOFT, **(leverage or {})}, strength=one_pillar(**strength)), DENY)
    return s.value, s.reasons


def has(reasons: list[str], *parts: str) -> bool:
    return any(all(p in r for p in parts) for r in reasons)


# -- leverage: spillover damage is part of the degree (Finding 4) -------------------------------------
@pytest.mark.parametrize("spillover, score, degree", [
    ("low", "2.5", LeverageDegree.MEDIUM),
    ("medium", "2.25", LeverageDegree.MEDIUM),
    ("high", "2", LeverageDegree.LOW_MEDIUM),
])
def test_spillover_damage_reduces_leverage(spillover, score, degree):
    """2.5 less 0 / 0.25 / 0.5: high spillover takes a medium case below the medium threshold."""
    s = suggest_leverage(make_case({**MID, "spillover_damage": spillover}))
    assert s.value is degree
    assert f"Leverage score {score} suggests {degree.label.lower()} leverage." in s.reasons


def test_each_spillover_reason_names_finding_4():
    low = suggest_leverage(make_case(MID)).reasons
    assert "Finding 4: cutting ties would do Europe little damage, so nothing is taken off (+0)." in low
    medium = suggest_leverage(make_case({**MID, "spillover_damage": "medium"})).reasons
    assert "Finding 4: spillover damage to Europe if ties were cut reduces leverage (-0.25)." in medium
    high = suggest_leverage(make_case({**MID, "spillover_damage": "high"})).reasons
    assert "Finding 4: high spillover damage to Europe if ties were cut reduces leverage (-0.5)." in high


def test_a_hard_chokepoint_stays_high_despite_high_spillover():
    """Very hard 3 + limited 0 + enforceable 0.5 + barriers 1.5 - 0.5 = 4.5: still high, as the
    report sees lithography (curtailment feasible only there) although cutting ties would hurt Europe badly."""
    s = suggest_leverage(make_case({**CHOKEPOINT, "spillover_damage": "high"}))
    assert s.value is LeverageDegree.HIGH
    assert "Leverage score 4.5 suggests high leverage." in s.reasons


def test_substitutability_and_ethics_reasons_name_finding_4():
    s = suggest_leverage(make_case({**CHOKEPOINT, "ethical_constraints": True}))
    assert s.value is LeverageDegree.MEDIUM
    assert "Finding 4: China can hardly substitute the technology at all (+3)." in s.reasons
    assert "Capped at medium (Finding 4): ethical constraints limit what the leverage could be used for." in s.reasons


# -- ability to deny: a co-dependency Europe holds or could create -------------------------------
def test_deny_needs_no_chokepoint_nor_chinas_dependence_today():
    """Broad supply, unenforceable controls, low leverage: still a high ability to deny, from a
    strength Europe keeps, Chinese interest in it and substitution that is not quick."""
    case = make_case(SOFT, strength=one_pillar())
    assert suggest_leverage(case).value is LeverageDegree.LOW
    value, reasons = deny()
    assert value is Feasibility.HIGH
    assert reasons[0].startswith("The ability to deny means maintaining or creating a co-dependency within 10 years, "
                                 "not China's dependence today")
    assert "Research & innovation (maintain, high likelihood), starts it at high." in reasons[0]
    assert "Chinese interest in the European technology or market: technological excellence." in reasons
    assert "Substitution would not be quick (substitutability: moderate)." in reasons


@pytest.mark.parametrize("stance, likelihood, expected, held", [
    ("maintain", "high", Feasibility.HIGH, False),
    ("regain_develop", "high", Feasibility.HIGH, False),  # could create: no chokepoint needed today
    ("maintain", "medium", Feasibility.HIGH, True),  # 2 + 0.5 rounds up
    ("regain_develop", "medium", Feasibility.MEDIUM, False),
    ("maintain", "low", Feasibility.MEDIUM, True),  # 1 + 0.5 rounds up
    ("regain_develop", "low", Feasibility.LOW, False),
])
def test_deny_starts_from_the_strength_europe_can_maintain_or_develop(stance, likelihood, expected, held):
    value, reasons = deny(stance=stance, likelihood=likelihood)
    assert value is expected
    assert ("and half a step more, as Europe holds it already" in reasons[0]) is held


def test_deny_without_chinese_interest_is_at_most_low():
    value, reasons = deny(types=("sustainability", "research_partnerships_third_countries"))
    assert value is Feasibility.LOW
    assert has(reasons, "No type of strength gives China an interest in the European technology or market", "at most low")


@pytest.mark.parametrize("kind", ["technological_excellence", "commercialisation_advantage", "market_access_conditioning"])
def test_each_interest_type_lifts_the_cap(kind):
    assert deny(types=(kind,))[0] is Feasibility.HIGH


def test_quick_substitution_takes_deny_one_step_lower():
    """Regain/high starts at high (3); easy substitution without a market to condition: 2, medium."""
    value, reasons = deny({"substitutability": "easy"}, stance="regain_develop")
    assert value is Feasibility.MEDIUM
    assert ("China could substitute the technology quickly, so a co-dependency would not last (the ability "
            "to deny needs substitution that is not quick): one step lower.") in reasons


def test_quick_substitution_costs_half_a_step_when_china_wants_the_european_market():
    """Regain/medium starts at medium (2): easy substitution alone gives 1 (low); with access to the
    European market conditioned, China's interest outlasts the technology: 1.5 (medium)."""
    assert deny({"substitutability": "easy"}, stance="regain_develop", likelihood="medium")[0] is Feasibility.LOW
    value, reasons = deny({"substitutability": "easy"}, stance="regain_develop", likelihood="medium",
                          types=("technological_excellence", "market_access_conditioning"))
    assert value is Feasibility.MEDIUM
    assert has(reasons, "not access to the European market", "half a step lower")


@pytest.mark.parametrize("likelihood, spillover, expected, words", [
    ("high", "medium", Feasibility.HIGH, "half a step lower"),  # 3 - 0.5 rounds up
    ("high", "high", Feasibility.MEDIUM, "one step lower"),
    ("medium", "medium", Feasibility.MEDIUM, "half a step lower"),  # 2 - 0.5 rounds up
    ("medium", "high", Feasibility.LOW, "one step lower"),
])
def test_spillover_makes_denial_less_credible(likelihood, spillover, expected, words):
    value, reasons = deny({"spillover_damage": spillover}, stance="regain_develop", likelihood=likelihood)
    assert value is expected
    assert has(reasons, f"{spillover.capitalize()} spillover damage to Europe makes a threat to disentangle less credible",
               "(the report on the ability to deny)", words)


def test_deny_says_what_to_rate():
    case = make_case({"dual_use_relevance": "some"}, strength={"pillars": {"research_innovation": {"present": True}}})
    s = suggest_feasibility(case, DENY)
    assert s.value is None
    assert s.reasons == ["Rate the pillars' stance and likelihood, the types of strength, substitutability, spillover "
                         "damage to get a suggestion: the ability to deny rests on a co-dependency Europe holds or "
                         "could create."]


def test_deny_without_any_pillar_is_not_feasible():
    case = make_case(SOFT, strength={"pillars": {p: {"present": False} for p in
                                                 ("research_innovation", "ip_patents", "production_commercialisation")}})
    s = suggest_feasibility(case, DENY)
    assert s.value is Feasibility.NOT_FEASIBLE and "no co-dependency to maintain or create" in s.reasons[0]


# -- curtailment: only a hard chokepoint (only lithography in the report) ------------------------------------------------
def test_curtailment_at_a_hard_chokepoint_names_finding_3():
    s = suggest_feasibility(make_case({**CHOKEPOINT, "spillover_damage": "low"}), CURT)
    assert s.value is Feasibility.HIGH
    assert s.reasons == ["A hard chokepoint, as lithography in the report: very hard to substitute, few "
                         "other suppliers, enforceable controls, and leverage is suggested as high."]


def test_high_spillover_takes_curtailment_one_step_lower():
    s = suggest_feasibility(make_case({**CHOKEPOINT, "spillover_damage": "high"}), CURT)
    assert s.value is Feasibility.MEDIUM
    assert ("Curtailment is costly for Europe (the report's trade-off): high spillover damage and retaliation risk: "
            "one step lower.") in s.reasons


@pytest.mark.parametrize("change, blocker", [
    ({"substitutability": "hard"}, "substitution is not very hard (hard)"),
    ({"foreign_availability": "broad"}, "other suppliers are not few"),
    ({"effective_utilisation": "partly_enforceable"}, "controls are not fully enforceable"),
    ({"degree": "medium_high"}, "leverage is rated medium–high, not high"),
    ({"ethical_constraints": True}, "ethical constraints rule out freezing China's development"),
])
def test_curtailment_is_not_feasible_short_of_a_hard_chokepoint(change, blocker):
    """Hard (not very hard) substitution, or medium–high leverage, no longer suffices (SPEC.md §3)."""
    s = suggest_feasibility(make_case({**CHOKEPOINT, **change}), CURT)
    assert s.value is Feasibility.NOT_FEASIBLE
    assert s.reasons[0].startswith("Curtailment needs a hard chokepoint (in the report it is feasible only in lithography), but ")
    assert blocker in s.reasons[0]


def test_review_flags_curtailment_rated_feasible_below_high_leverage():
    case = make_case({**CHOKEPOINT, "degree": "medium_high"}, ambition={"feasibility": {"curtailment": "low"}})
    messages = [f.message for f in review(case) if f.kind == "inconsistency"]
    assert "Curtailment rated low but leverage is only medium–high." in messages
    fine = make_case({**CHOKEPOINT, "degree": "high"}, ambition={"feasibility": {"curtailment": "low"}})
    assert not [f for f in review(fine) if f.message.startswith("Curtailment rated")]
