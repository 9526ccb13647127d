"""Workshop mode's domain (SPEC.md §6), without Qt: the questions a room answers, in the wizard's
order; the value a case holds for each; how split the room is (Leik's ordinal dispersion, the
index of qualitative variation); and recording tallies and decisions on a real file store, with
overrides, the decision log, history and the exchange format (version 2)."""

from __future__ import annotations

import json
import random
from datetime import datetime, timezone

import pytest

from desktop.models.case import Case, Instrument
from desktop.models.exchange import case_from_data, case_to_json
from desktop.models.library import reference_cases
from desktop.models.rules import suggest_all_feasibility, suggest_instruments_for, suggest_leverage, target_levels
from desktop.models.scales import Level, Likelihood, Pillar, Step
from desktop.models.workshop import (
    MAX_INSTRUMENT_OPTIONS,
    Option,
    Question,
    Spread,
    current_value,
    questions,
    spread,
)

LITHO = "dpc2024-lithography"
NOW = datetime(2024, 6, 3, 14, 30, tzinfo=timezone.utc)
PILLAR_KEYS = [f"strength.pillars.{p.value}.likelihood" for p in Pillar]
FACTOR_KEYS = [f"leverage.{name}" for name in ("substitutability", "foreign_availability", "effective_utilisation",
                                               "spillover_damage", "dual_use_relevance")]
FEASIBILITY_KEYS = [f"ambition.feasibility.{level.value}" for level in Level]


def reference(case_id: str) -> Case:
    return next(c for c in reference_cases() if c.id == case_id)


def question(case: Case, key: str) -> Question:
    return next(q for q in questions(case) if q.key == key)


def tokens(q: Question) -> list[str]:
    return [o.token for o in q.options]


# -- the questions ----------------------------------------------------------------------------
def test_reference_case_questions_follow_the_wizard():
    """Pillar likelihoods, the five rated factors, ethical constraints, the degree, the four
    feasibilities, the level chosen, then instruments per level at least medium feasible (as the
    wizard's suggestions; none chosen yet)."""
    case = reference(LITHO)
    keys = [q.key for q in questions(case)]
    feasible = target_levels(case)[0]  # the levels the wizard suggests instruments for
    instrument_keys = [f"instruments.{lv.value}" for lv in feasible if suggest_instruments_for(case, lv)]
    assert instrument_keys  # the case has candidates to vote on
    assert keys == (PILLAR_KEYS + FACTOR_KEYS + ["leverage.ethical_constraints", "leverage.degree"]
                    + FEASIBILITY_KEYS + ["ambition.chosen_level"] + instrument_keys)
    steps = [list(Step).index(q.step) for q in questions(case)]
    assert steps == sorted(steps) and steps[0] == list(Step).index(Step.STRENGTH)


def test_suggestions_are_the_rules():
    """Degree and feasibility carry the rules' suggestion and reasons; other questions none."""
    case = reference(LITHO)
    lev = suggest_leverage(case)
    degree = question(case, "leverage.degree")
    assert degree.suggested == lev.value.value == "high"
    assert degree.suggestion_reasons == tuple(lev.reasons) and degree.suggestion_reasons
    for level, s in suggest_all_feasibility(case).items():
        q = question(case, f"ambition.feasibility.{level.value}")
        assert q.suggested == (s.value.value if s.value else None)
        assert q.suggestion_reasons == tuple(s.reasons)
    for q in questions(case):
        if q.key != "leverage.degree" and not q.key.startswith("ambition.feasibility."):
            assert q.suggested is None, q.key


def test_absent_pillars_are_not_asked():
    case = reference("dpc2024-ai-medical-imaging-mri")
    assert case.strength.pillar(Pillar.IP_PATENTS).present is False
    keys = [q.key for q in questions(case)]
    assert "strength.pillars.ip_patents.likelihood" not in keys
    assert "strength.pillars.research_innovation.likelihood" in keys


def test_bare_draft_asks_everything_and_instruments_once_feasibility_is_decided():
    draft = Case(id="d", title="Draft")
    qs = questions(draft)
    assert [q.key for q in qs] == (PILLAR_KEYS + FACTOR_KEYS + ["leverage.ethical_constraints", "leverage.degree"]
                                   + FEASIBILITY_KEYS + ["ambition.chosen_level"])  # no level feasible yet
    degree = question(draft, "leverage.degree")
    lev = suggest_leverage(draft)
    assert degree.suggested == (lev.value.value if lev.value else None)
    assert all(current_value(draft, q) is None for q in qs)


def test_scales_options_order_and_kinds():
    case = reference(LITHO)
    likelihood = question(case, PILLAR_KEYS[0])
    # the wizard's order (issue 17: one numbering of answers, 1 = the first value shown = Low)
    assert tokens(likelihood) == ["low", "medium", "high"] and likelihood.ordered
    assert [o.value for o in likelihood.options] == [Likelihood.LOW, Likelihood.MEDIUM, Likelihood.HIGH]
    assert [o.label for o in likelihood.options] == ["Low", "Medium", "High"]
    degree = question(case, "leverage.degree")
    assert tokens(degree) == ["low", "low_medium", "medium", "medium_high", "high"] and degree.ordered
    for key in FEASIBILITY_KEYS:
        assert tokens(question(case, key)) == ["not_feasible", "low", "medium", "high"]
    assert tokens(question(case, "leverage.substitutability")) == ["easy", "moderate", "hard", "very_hard"]
    ethical = question(case, "leverage.ethical_constraints")
    assert not ethical.ordered and [(o.token, o.label, o.value) for o in ethical.options] == [
        ("yes", "Yes", True), ("no", "No", False)]
    chosen = question(case, "ambition.chosen_level")
    assert not chosen.ordered and tokens(chosen) == [lv.value for lv in Level]
    assert likelihood.index("medium") == 1 and likelihood.index("nope") is None
    assert likelihood.option("low").label == "Low" and likelihood.option(None) is None
    assert all(q.title and q.short and q.help for q in questions(case))


def test_instruments_for_the_chosen_level_only_and_at_most_nine():
    case = reference(LITHO).model_copy(update={"ambition": reference(LITHO).ambition.model_copy(
        update={"chosen_level": Level.ABILITY_TO_DENY})})
    qs = [q for q in questions(case) if q.step is Step.INSTRUMENTS]
    assert [q.key for q in qs] == ["instruments.ability_to_deny"]
    q = qs[0]
    assert not q.ordered and 1 <= len(q.options) <= MAX_INSTRUMENT_OPTIONS
    # keyed by the instrument itself, never by its place in the list (issue 18, finding 11)
    assert tokens(q) == [f"{o.value.ppp.value}|{o.value.text}" for o in q.options]
    suggestions = suggest_instruments_for(case, Level.ABILITY_TO_DENY)
    for option, s in zip(q.options, suggestions):
        assert isinstance(option.value, Instrument) and option.value.level is Level.ABILITY_TO_DENY
        assert option.value.text == s.entry.text and option.label == f"[{s.entry.ppp.label}] {s.entry.text}"


def test_long_candidate_lists_are_cut_to_nine():
    """Number keys 1–9 pick an option: never more than nine candidates per level."""
    cut = 0
    for case in reference_cases():
        for q in questions(case):
            if q.step is Step.INSTRUMENTS:
                level = Level(q.key.split(".")[1])
                available = len(suggest_instruments_for(case, level))
                assert len(q.options) == min(available, MAX_INSTRUMENT_OPTIONS)
                cut += available > MAX_INSTRUMENT_OPTIONS
    assert cut  # the library has levels with more than nine candidates


def test_only_levels_at_least_medium_feasible_get_an_instrument_question():
    data = {"id": "f", "title": "F", "technology_area": reference(LITHO).technology_area,
            "ambition": {"feasibility": {"threat_prevention": "not_feasible", "ability_to_deny": "medium",
                                         "ability_to_act": "not_feasible", "curtailment": "low"}}}
    case = Case.model_validate(data)
    levels = [q.key.split(".")[1] for q in questions(case) if q.step is Step.INSTRUMENTS]
    assert levels == ["ability_to_deny"]  # as the wizard's suggestions: low feasibility gets none


# -- current values ---------------------------------------------------------------------------
def test_current_value_of_every_kind():
    case = reference(LITHO)
    assert current_value(case, question(case, PILLAR_KEYS[0])) == case.strength.pillar(Pillar.RESEARCH_INNOVATION).likelihood.value
    assert current_value(case, question(case, "leverage.substitutability")) == case.leverage.substitutability.value
    assert current_value(case, question(case, "leverage.degree")) == case.leverage.degree.value == "high"
    assert current_value(case, question(case, "leverage.ethical_constraints")) == "no"
    for level in Level:
        assert current_value(case, question(case, f"ambition.feasibility.{level.value}")) == case.ambition.feasibility[level].value
    assert current_value(case, question(case, "ambition.chosen_level")) is None
    for q in questions(case):
        if q.step is Step.INSTRUMENTS:
            assert current_value(case, q) is None  # adopting is additive: nothing to pre-select

    data = json.loads(case_to_json(case))
    data["leverage"]["ethical_constraints"] = True
    data["ambition"]["chosen_level"] = "curtailment"
    del data["strength"]["pillars"]["ip_patents"]
    changed = case_from_data(data)
    assert current_value(changed, question(changed, "leverage.ethical_constraints")) == "yes"
    assert current_value(changed, question(changed, "ambition.chosen_level")) == "curtailment"
    assert current_value(changed, question(changed, "strength.pillars.ip_patents.likelihood")) is None


# -- spread -----------------------------------------------------------------------------------
def likelihood_q() -> Question:
    return question(reference(LITHO), PILLAR_KEYS[0])


@pytest.mark.parametrize("counts, dispersion, verdict, mode, share", [
    ({"high": 5, "medium": 3, "low": 1}, 5 / 9, "Broad agreement", "high", 5 / 9),  # Leik: 2·(4/9 + 1/9)/2
    ({"medium": 7}, 0.0, "Consensus", "medium", 1.0),
    ({"high": 4, "low": 4}, 1.0, "Split", "low", 0.5),  # half at each end; a tie goes to the first shown
    ({"high": 3, "medium": 3, "low": 3}, 2 / 3, "Divided", "low", 1 / 3),
    ({"high": 8, "medium": 2}, 0.2, "Consensus", "high", 0.8),
    ({"high": 8, "low": 2}, 0.4, "Broad agreement", "high", 0.8),
    ({"medium": 6, "low": 4}, 0.4, "Broad agreement", "medium", 0.6),
])
def test_leik_dispersion_by_hand(counts, dispersion, verdict, mode, share):
    s = spread(likelihood_q(), counts)
    assert s.total == sum(counts.values()) and s.mode == mode
    assert s.dispersion == pytest.approx(dispersion) and s.mode_share == pytest.approx(share)
    assert s.verdict == verdict


def test_leik_values_as_the_brief_states():
    assert round(spread(likelihood_q(), {"high": 5, "medium": 3, "low": 1}).dispersion, 3) == 0.556
    degree = question(reference(LITHO), "leverage.degree")
    assert spread(degree, {"high": 3, "low": 3}).dispersion == pytest.approx(1.0)  # the two ends of five
    assert spread(degree, {"medium": 9}).dispersion == 0.0
    # one step apart is much less split than the two ends
    assert spread(degree, {"high": 3, "medium_high": 3}).dispersion == pytest.approx(0.25)


def test_spread_words():
    q = likelihood_q()
    assert spread(q, {"high": 5, "medium": 3, "low": 1}).words(q) == "Broad agreement: 56% chose High (9 votes)"
    assert spread(q, {"low": 4}).words(q) == "Consensus: 100% chose Low (4 votes)"
    assert spread(q, {}).words(q) == "No votes yet"


def test_unordered_questions_use_the_index_of_qualitative_variation():
    case = reference(LITHO)
    ethical = question(case, "leverage.ethical_constraints")
    assert spread(ethical, {"yes": 5, "no": 5}).dispersion == pytest.approx(1.0)  # 2·(1 − ½)
    assert spread(ethical, {"yes": 5, "no": 5}).verdict == "Split"
    assert spread(ethical, {"yes": 9, "no": 1}).dispersion == pytest.approx(0.36)  # 2·(1 − .81 − .01)
    assert spread(ethical, {"no": 6}).verdict == "Consensus"
    assert spread(ethical, {"yes": 6, "no": 4}).verdict == "Broad agreement"  # judged by the majority's share
    assert spread(ethical, {"yes": 11, "no": 9}).verdict == "Split"
    chosen = question(case, "ambition.chosen_level")
    # 4/3 · (1 − .75² − .25²) = 0.5
    s = spread(chosen, {"threat_prevention": 6, "ability_to_deny": 2})
    assert s.dispersion == pytest.approx(0.5) and s.verdict == "Consensus" and s.mode == "threat_prevention"
    uniform = spread(chosen, {lv.value: 2 for lv in Level})
    assert uniform.dispersion == pytest.approx(1.0) and uniform.verdict == "Split"
    # the order of options does not matter for an unordered question (unlike Leik)
    assert spread(chosen, {"threat_prevention": 3, "curtailment": 3}).dispersion == pytest.approx(
        spread(chosen, {"threat_prevention": 3, "ability_to_deny": 3}).dispersion)


def test_a_clear_majority_on_a_yes_no_question_is_not_divided():
    ethical = question(reference(LITHO), "leverage.ethical_constraints")
    assert spread(ethical, {"yes": 8, "no": 2}).verdict in ("Consensus", "Broad agreement")


def test_zero_votes():
    q = likelihood_q()
    assert spread(q, {}) == Spread(0, None, 0.0, 0.0, "No votes yet")
    assert spread(q, {"high": 0, "low": 0}) == Spread(0, None, 0.0, 0.0, "No votes yet")
    assert spread(q, {"high": -5}).total == 0


def test_negative_and_unknown_counts_are_ignored():
    q = likelihood_q()
    s = spread(q, {"high": 4, "low": -3, "bogus": 7})
    assert (s.total, s.mode, s.mode_share, s.dispersion, s.verdict) == (4, "high", 1.0, 0.0, "Consensus")
    assert spread(q, {"high": 4, "medium": 2}) == spread(q, {"high": 4, "medium": 2, "low": -10, "nope": 99})


def test_a_single_option_question_never_disperses():
    only = Question("x", Step.LEVERAGE, "X?", "X", (Option("a", "A", "a"),))
    assert spread(only, {"a": 3}) == Spread(3, "a", 1.0, 0.0, "Consensus")


def test_dispersion_stays_between_zero_and_one():
    rng = random.Random(7)
    case = reference(LITHO)
    for q in questions(case):
        for _ in range(40):
            counts = {o.token: rng.choice([0, 0, 1, 2, 5, 30]) for o in q.options}
            s = spread(q, counts)
            assert 0.0 <= s.dispersion <= 1.0
            if s.total:
                assert counts[s.mode] == max(counts.values())
