"""What would flip it: single-factor changes found from the rules, their steps, and ``rdw sensitivity``.

The crafted case below was worked out by hand from the rules (leverage score 2.5 → medium, ability
to deny from a maintained, highly likely strength → high; see ``desktop/models/rules``), so the
expected flips are independent of the code under test. Spillover damage is part of the degree of
leverage (the report's Finding 4), so it can flip the leverage suggestion as well as the levels.
"""

from __future__ import annotations

import json
import statistics

import pytest

from desktop.models.case import Case
from desktop.models.library import reference_cases
from desktop.models.rules import suggest_all_feasibility, suggest_leverage
from desktop.models.scales import Feasibility, Level, LeverageDegree
from desktop.models.sensitivity import (
    LEVERAGE,
    STABLE,
    TARGETS,
    analyse,
    apply_change,
    changes,
    format_text,
)

TP, DENY, ACT, CURT = (f"feasibility.{lv.value}" for lv in Level)


def crafted(**leverage) -> Case:
    """Maintain/high research pillar (no cap below high), technological excellence (Chinese
    interest) and regulatory strength (means to shape); factors score hard 2 + limited 0 + partly 0
    + low spillover 0 + economies of scale 0.5 = 2.5 → medium leverage."""
    lev = {"market_entry_barriers": ["economies_of_scale"], "substitutability": "hard",
           "foreign_availability": "limited", "effective_utilisation": "partly_enforceable",
           "ethical_constraints": False, "spillover_damage": "low", "dual_use_relevance": "some", **leverage}
    return Case.model_validate({
        "id": "crafted", "title": "Crafted",
        "strength": {"pillars": {"research_innovation": {"present": True, "stance": "maintain", "likelihood": "high"}},
                     "types": ["technological_excellence", "regulatory_political_normative"]},
        "leverage": lev,
    })


def moves(result, target: str) -> set[tuple[str, object, int]]:
    """(factor key, new value token, steps) for every flip of one target."""
    return {(f.change.key, f.as_json()["to"], f.steps) for f in result.flips_for(target)}


def rules_value(case: Case, target: str):
    if target == LEVERAGE:
        return suggest_leverage(case).value
    return suggest_all_feasibility(case)[Level(target.split(".", 1)[1])].value


# -- crafted cases: exactly the flips the rules imply -------------------------------------------
def test_baseline_is_what_the_rules_suggest():
    """The baseline is the rules' own output: medium leverage, medium TP and act, high deny (it
    rests on the strength, not on the degree of leverage), no curtailment."""
    result = analyse(crafted())
    assert result.baseline[LEVERAGE] is LeverageDegree.MEDIUM
    assert [result.baseline[t] for t in (TP, DENY, ACT, CURT)] == [
        Feasibility.MEDIUM, Feasibility.HIGH, Feasibility.MEDIUM, Feasibility.NOT_FEASIBLE]
    assert result.leverage_used is LeverageDegree.MEDIUM and not result.leverage_rated


def test_leverage_flips_are_exactly_those_that_cross_a_threshold():
    """Score 2.5 sits in medium [2.25, 3.25): every change crossing a threshold, and nothing else."""
    assert moves(analyse(crafted()), LEVERAGE) == {
        ("leverage.substitutability", "very_hard", +1),  # 3.5
        ("leverage.substitutability", "moderate", -1),  # 1.5
        ("leverage.substitutability", "easy", -2),  # 0.5
        ("leverage.foreign_availability", "none", +1),  # 3.5
        ("leverage.foreign_availability", "broad", -1),  # 1.5
        ("leverage.effective_utilisation", "hard_to_enforce", -1),  # 2.0
        ("leverage.spillover_damage", "high", -1),  # 2.0 (medium spillover: 2.25, still medium)
        ("leverage.market_entry_barriers.technological_breakthrough", True, +1),  # 2 + 1.5 = 3.5
        ("leverage.market_entry_barriers.economies_of_scale", False, -1),  # 2.0
        ("leverage.market_entry_barriers.none", True, -1),  # "none" clears economies of scale: 2.0
        ("strength.pillars.research_innovation.likelihood", "low", -1),  # maintain/low caps at low–medium
    }


def test_feasibility_flips_follow_each_levels_rule():
    result = analyse(crafted())
    assert moves(result, TP) == {
        ("leverage.dual_use_relevance", "high", +1),
        ("leverage.dual_use_relevance", "none", -2),
        ("leverage.effective_utilisation", "hard_to_enforce", -1),
    }
    # deny starts at high (maintain/high, no degree of leverage read): 3
    assert moves(result, DENY) == {
        ("leverage.substitutability", "easy", -1),  # quick substitution, no market access conditioned: 2
        ("leverage.spillover_damage", "high", -1),  # 2 (medium spillover: 2.5, still high)
        ("strength.pillars.research_innovation.likelihood", "low", -1),  # maintain/low: 1 + 0.5 → medium
        ("strength.pillars.research_innovation.present", False, 0),  # no pillar rated: no suggestion
        ("strength.types.technological_excellence", False, -2),  # no Chinese interest: at most low
    }
    assert moves(result, ACT) == {
        ("leverage.substitutability", "moderate", -1),
        ("leverage.substitutability", "easy", -1),
        ("leverage.foreign_availability", "broad", -1),
        ("leverage.effective_utilisation", "hard_to_enforce", -1),
        ("leverage.spillover_damage", "high", -1),  # leverage low–medium → low
        ("leverage.market_entry_barriers.economies_of_scale", False, -1),
        ("leverage.market_entry_barriers.none", True, -1),
        ("strength.pillars.research_innovation.likelihood", "low", -1),
        ("strength.types.regulatory_political_normative", False, -1),  # no means to shape left
        ("leverage.ethical_constraints", True, -1),
        ("leverage.degree", "high", +1),
        ("leverage.degree", "low_medium", -1),
        ("leverage.degree", "low", -1),
    }


def test_stable_target_is_reported_in_text_and_json():
    """Curtailment needs several changes at once (enforceable controls and more leverage)."""
    result = analyse(crafted())
    assert result.flips_for(CURT) == [] and result.stable_targets() == [CURT]
    assert result.as_json()["stable"] == [CURT]
    text = format_text(result)
    assert f"Curtailment: not feasible\n  {STABLE}" in text


def test_factor_steps_and_flip_steps_are_signed():
    result = analyse(crafted())
    flip = next(f for f in result.flips_for(LEVERAGE) if f.change.key == "leverage.substitutability"
                and f.steps == -2)
    assert (flip.change.steps, flip.mark()) == (-2, "▼ -2")
    data = flip.as_json()
    assert data == {"factor": "leverage.substitutability", "factor_label": "Substitutability", "from": "hard",
                    "to": "easy", "factor_steps": -2, "target": "leverage", "target_label": "Degree of leverage",
                    "before": "medium", "after": "low", "steps": -2}
    tick = next(f for f in result.flips if f.change.key.endswith("technological_breakthrough"))
    assert tick.change.steps is None and tick.as_json()["from"] is False and tick.as_json()["to"] is True


def test_rated_degree_is_what_feasibility_builds_on():
    """With leverage rated high, factor changes reach the ability to act no more, and clearing
    the rating hands it back to the (medium) suggestion; the ability to deny never reads the degree."""
    result = analyse(crafted(degree="high"))
    assert result.leverage_rated and result.leverage_used is LeverageDegree.HIGH
    assert not any(f.change.key == "leverage.substitutability" for f in result.flips_for(ACT))
    assert ("leverage.substitutability", "very_hard", +1) in moves(result, LEVERAGE)
    assert ("leverage.degree", None, -1) in moves(result, ACT)  # high → medium
    assert not any(f.change.key == "leverage.degree" for f in result.flips_for(DENY))
    assert moves(result, DENY) == moves(analyse(crafted()), DENY)
    assert "your degree of leverage (high)" in result.basis_note()
    assert result.as_json()["leverage_used"] == {"value": "high", "source": "rated"}


def test_unrated_factor_is_tried_at_every_value():
    """Without substitutability there is no leverage suggestion; rating it makes one appear."""
    result = analyse(crafted(substitutability=None))
    assert result.baseline[LEVERAGE] is None
    new = {f.as_json()["to"]: f for f in result.flips_for(LEVERAGE) if f.change.key == "leverage.substitutability"}
    assert set(new) == {"easy", "moderate", "hard", "very_hard"}
    hard = new["hard"]
    assert (hard.before, hard.after, hard.steps, hard.mark()) == (None, LeverageDegree.MEDIUM, 0, "◆ new")
    assert hard.change.before is None and hard.change.steps is None
    assert "◆ new → medium  if substitutability: not rated → hard" in format_text(result)


def test_none_barrier_clears_the_others_and_a_real_barrier_clears_none():
    case = crafted(market_entry_barriers=["economies_of_scale", "standards_certification"])
    ticked = apply_change(case, "leverage.market_entry_barriers.none", True)
    assert [b.value for b in ticked.leverage.market_entry_barriers] == ["none"]
    back = apply_change(ticked, "leverage.market_entry_barriers.economies_of_scale", True)
    assert [b.value for b in back.leverage.market_entry_barriers] == ["economies_of_scale"]
    label = next(c.label for c in changes(case) if c.key.endswith(".none"))
    assert "clears the others" in label


def test_every_input_is_varied_once_per_other_value():
    keys = [c.key for c in changes(crafted())]
    assert keys.count("leverage.substitutability") == 3 and keys.count("leverage.degree") == 5
    assert keys.count("strength.pillars.ip_patents.likelihood") == 3  # not rated: every value
    assert len([k for k in keys if k.startswith("strength.types.")]) == 6
    assert len([k for k in keys if k.startswith("leverage.market_entry_barriers.")]) == 4
    degree_changes = [c.after for c in changes(crafted(degree="medium"))
                      if c.key == "leverage.degree"]
    assert None in degree_changes and len(degree_changes) == 5  # the other four, and "not rated"


def test_unknown_input_is_refused():
    with pytest.raises(KeyError):
        apply_change(crafted(), "leverage.rationale", "x")


# -- every case: flips are real, complete in order, and the input is untouched ---------------------
ALL_CASES = [*reference_cases(), crafted(), crafted(degree="high"), crafted(substitutability=None)]


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: f"{c.id}-{c.leverage.degree}-{c.leverage.substitutability}")
def test_every_reported_flip_is_real_and_every_real_flip_is_reported(case):
    """Re-apply each change from its JSON tokens and ask the rules again."""
    before = case.model_dump()
    result = analyse(case)
    assert case.model_dump() == before  # the input is never mutated
    for flip in result.flips:
        data = flip.as_json()
        changed = apply_change(case, data["factor"], data["to"])
        assert rules_value(case, flip.target) is flip.before
        assert rules_value(changed, flip.target) is flip.after is not flip.before
    reported = {(f.change.key, f.as_json()["to"], f.target) for f in result.flips}
    for change in changes(case):
        changed = apply_change(case, change.key, change.after)
        for target in TARGETS:
            moved = rules_value(changed, target) is not rules_value(case, target)
            to = change.after.value if hasattr(change.after, "value") else change.after
            assert moved == ((change.key, to, target) in reported)
    assert case.model_dump() == before


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: f"{c.id}-{c.leverage.degree}-{c.leverage.substitutability}")
def test_flips_are_sorted_by_target_then_size_then_factor_move(case):
    flips = analyse(case).flips
    keys = [(TARGETS.index(f.target), -abs(f.steps),
             abs(f.change.steps) if f.change.steps is not None else 1) for f in flips]
    assert keys == sorted(keys)


def test_all_twelve_reference_cases_run_and_serialise():
    counts = []
    for case in reference_cases():
        result = analyse(case)
        data = json.loads(json.dumps(result.as_json()))
        assert data["case"] == case.id
        assert set(data["baseline"]["feasibility"]) == {lv.value for lv in Level}
        assert data["stable"] == result.stable_targets()
        assert len(data["flips"]) == len(result.flips)
        text = format_text(result)
        assert text.startswith(f"What would flip it — {case.title}")
        assert all(f"\n{label}: " in text for label in ("Degree of leverage", "Curtailment"))
        counts.append(len(result.flips))
    assert len(counts) == 12 and min(counts) > 0
    assert statistics.median(counts) >= 5  # every reference case has some fragile suggestion


def test_lithography_chokepoint_is_fragile():
    """The report's one curtailment case: losing enforceability alone ends curtailment."""
    litho = next(c for c in reference_cases() if c.id == "dpc2024-lithography")
    result = analyse(litho)
    assert ("leverage.effective_utilisation", "partly_enforceable", -2) in moves(result, CURT)


# -- rdw sensitivity (the ``rdw`` fixture is conftest's) -------------------------------------
def test_cli_text_groups_by_target(rdw):
    code, out, err = rdw("sensitivity", "dpc2024-genomic-data")
    assert (code, err) == (0, "")
    assert out.startswith("What would flip it — Genomic data\n")
    for heading in ("Degree of leverage: ", "Threat prevention: ", "Ability to deny: ", "Ability to act: ",
                    "Curtailment: "):
        assert f"\n{heading}" in out
    assert "▲" in out and "▼" in out and STABLE in out
    assert "Ability to act and curtailment build on your degree of leverage" in out


def test_cli_json_shape(rdw):
    code, out, err = rdw("sensitivity", "dpc2024-lithography", "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert set(data) == {"case", "baseline", "leverage_used", "flips", "stable", "note"}
    assert data["case"] == "dpc2024-lithography"
    assert data["baseline"] == {"leverage": "high", "feasibility": {
        "threat_prevention": "high", "ability_to_deny": "medium", "ability_to_act": "high", "curtailment": "medium"}}
    assert data["flips"] and all(set(f) == {"factor", "factor_label", "from", "to", "factor_steps", "target",
                                            "target_label", "before", "after", "steps"} for f in data["flips"])
    assert {f["target"] for f in data["flips"]} <= set(TARGETS)
    assert data == analyse(next(c for c in reference_cases() if c.id == "dpc2024-lithography")).as_json()


def test_cli_unknown_case_is_one_error_line(rdw):
    code, out, err = rdw("sensitivity", "no-such-case")
    assert code == 1 and out == ""
    assert err.startswith("rdw: error: ") and "no-such-case" in err and err.count("\n") == 1
    code, _, err = rdw("sensitivity", "no-such-case", "--json")
    assert code == 1 and err.startswith("rdw: error: ")
