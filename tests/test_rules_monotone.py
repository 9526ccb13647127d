"""Property tests: the suggestion rules are monotone in the obvious directions (SPEC.md §3).

A hypothesis strategy generates arbitrary, possibly partial cases (any subset of pillars, any
factor possibly unrated). Each property takes such a case, moves ONE factor one step along its
scale and compares the suggestion before and after by rank; a comparison is skipped when either
suggestion has no value (the rule is not applicable to a partial case).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models.case import Case, PillarAssessment
from desktop.models.rules import (
    effective_leverage,
    suggest_feasibility,
    suggest_leverage,
)
from desktop.models.rules.common import STRENGTH_CAP, Suggestion, strength_level
from desktop.models.scales import (
    DualUseRelevance,
    EffectiveUtilisation,
    Feasibility,
    ForeignAvailability,
    Level,
    LeverageDegree,
    Likelihood,
    MarketEntryBarrier,
    Pillar,
    SpilloverDamage,
    Stance,
    StrengthType,
    Substitutability,
)

PROPERTY = settings(max_examples=300, deadline=None)

AREAS = [None, "Semiconductors", "Artificial intelligence", "Quantum", "Some new area"]


def optional(scale) -> st.SearchStrategy:
    """A member of the scale or None (unrated), None no likelier than any one member."""
    return st.sampled_from([None, *scale])


def subset(scale) -> st.SearchStrategy:
    return st.lists(st.sampled_from(list(scale)), unique=True, max_size=len(scale))


pillar_assessments = st.fixed_dictionaries(
    {
        "present": st.sampled_from([True, True, False, None]),  # present pillars are the interesting ones
        "stance": optional(Stance),
        "likelihood": optional(Likelihood),
    }
)


@st.composite
def cases(draw) -> Case:
    """An arbitrary, possibly partial case, validated as the exchange format would be.

    Half the cases lean towards a hard chokepoint (strong pillar, hard to substitute, few
    suppliers, enforceable): uniform factors almost never make curtailment feasible, and the
    properties about it would then compare "not feasible" with "not feasible" only. Those cases
    also carry a type of strength that gives China an interest in the European technology (the
    ability to deny is at most low without one).
    """
    chokepoint = draw(st.booleans())
    pillars = draw(st.dictionaries(st.sampled_from(list(Pillar)), pillar_assessments, max_size=3))
    if chokepoint:
        pillars[draw(st.sampled_from(list(Pillar)))] = {"present": True, "stance": Stance.MAINTAIN, "likelihood": Likelihood.HIGH}
    leaning = lambda scale, strong: st.sampled_from(strong) if chokepoint else optional(scale)
    types = draw(subset(StrengthType))
    if chokepoint and StrengthType.TECHNOLOGICAL_EXCELLENCE not in types:
        types.append(StrengthType.TECHNOLOGICAL_EXCELLENCE)
    barriers = draw(subset(MarketEntryBarrier))
    if chokepoint and MarketEntryBarrier.TECHNOLOGICAL_BREAKTHROUGH not in barriers:
        barriers.append(MarketEntryBarrier.TECHNOLOGICAL_BREAKTHROUGH)
    data = {
        "id": "generated",
        "title": "Generated case",
        "technology_area": draw(st.sampled_from(AREAS)),
        "strength": {"pillars": pillars, "types": types},
        "leverage": {
            "market_entry_barriers": barriers,
            "substitutability": draw(leaning(Substitutability, [Substitutability.HARD, Substitutability.VERY_HARD, Substitutability.VERY_HARD])),
            "foreign_availability": draw(leaning(ForeignAvailability, [ForeignAvailability.NONE, ForeignAvailability.LIMITED])),
            "effective_utilisation": draw(leaning(EffectiveUtilisation, [EffectiveUtilisation.ENFORCEABLE])),
            "ethical_constraints": draw(st.sampled_from([False, None] if chokepoint else [None, True, False])),
            "spillover_damage": draw(optional(SpilloverDamage)),
            "dual_use_relevance": draw(optional(DualUseRelevance)),
            "degree": draw(st.sampled_from([None, None, LeverageDegree.MEDIUM_HIGH, LeverageDegree.HIGH, *LeverageDegree]) if chokepoint else optional(LeverageDegree)),
        },
        "ambition": {
            "feasibility": draw(st.dictionaries(st.sampled_from(list(Level)), st.sampled_from(list(Feasibility)))),
            "chosen_level": draw(optional(Level)),
        },
    }
    return Case.model_validate(data)


def steps(scale) -> st.SearchStrategy:
    """A (lower, next) pair of adjacent members of an ordered scale."""
    members = list(scale)
    return st.integers(0, len(members) - 2).map(lambda i: (members[i], members[i + 1]))


def with_leverage(case: Case, **values) -> Case:
    changed = case.model_copy(deep=True)
    for name, value in values.items():
        setattr(changed.leverage, name, value)
    return changed


def with_pillar(case: Case, pillar: Pillar, **values) -> Case:
    changed = case.model_copy(deep=True)
    old = changed.strength.pillar(pillar)
    changed.strength.pillars[pillar] = PillarAssessment(**{**old.model_dump(), **values})
    return changed


def pair(case: Case, field: str, lower, higher) -> tuple[Case, Case]:
    """The case with ``field`` at ``lower`` and the same case with it one step up."""
    return with_leverage(case, **{field: lower}), with_leverage(case, **{field: higher})


def rank(s: Suggestion) -> int | None:
    return None if s.value is None else s.value.rank


def not_lower(before: Suggestion, after: Suggestion) -> bool:
    return rank(before) is None or rank(after) is None or rank(after) >= rank(before)


def not_higher(before: Suggestion, after: Suggestion) -> bool:
    return rank(before) is None or rank(after) is None or rank(after) <= rank(before)


def explain(before: Case, after: Case, s_before: Suggestion, s_after: Suggestion) -> str:
    return (
        f"\nbefore: {before.model_dump(mode='json', include={'strength', 'leverage'})}\n -> {s_before}"
        f"\nafter:  {after.model_dump(mode='json', include={'strength', 'leverage'})}\n -> {s_after}"
    )


# ---------------------------------------------------------------------------------------------
# suggest_leverage
# ---------------------------------------------------------------------------------------------


@PROPERTY
@given(cases(), steps(Substitutability))
def test_leverage_harder_substitutability_never_lowers_degree(case, step):
    """Harder substitutability never lowers the suggested degree of leverage."""
    before, after = pair(case, "substitutability", *step)
    s0, s1 = suggest_leverage(before), suggest_leverage(after)
    assert not_lower(s0, s1), explain(before, after, s0, s1)


@PROPERTY
@given(cases(), steps(ForeignAvailability))
def test_leverage_broader_foreign_availability_never_raises_degree(case, step):
    """Broader foreign availability (none, limited, broad) never raises the suggested degree."""
    before, after = pair(case, "foreign_availability", *step)
    s0, s1 = suggest_leverage(before), suggest_leverage(after)
    assert not_higher(s0, s1), explain(before, after, s0, s1)


@PROPERTY
@given(cases(), steps(EffectiveUtilisation))
def test_leverage_more_enforceable_utilisation_never_lowers_degree(case, step):
    """More enforceable effective utilisation never lowers the suggested degree."""
    before, after = pair(case, "effective_utilisation", *step)
    s0, s1 = suggest_leverage(before), suggest_leverage(after)
    assert not_lower(s0, s1), explain(before, after, s0, s1)


@PROPERTY
@given(cases(), st.data())
def test_leverage_adding_a_market_entry_barrier_never_lowers_degree(case, data):
    """Adding any market-entry barrier the case does not list yet never lowers the degree."""
    missing = [b for b in MarketEntryBarrier if b not in case.leverage.market_entry_barriers]
    if not missing:
        return
    barrier = data.draw(st.sampled_from(missing), label="added barrier")
    after = with_leverage(case, market_entry_barriers=[*case.leverage.market_entry_barriers, barrier])
    s0, s1 = suggest_leverage(case), suggest_leverage(after)
    assert not_lower(s0, s1), explain(case, after, s0, s1)


@PROPERTY
@given(cases(), st.sampled_from(list(Pillar)), st.sampled_from([True, False, None]), st.sampled_from(list(Stance)), steps(Likelihood))
def test_leverage_higher_pillar_likelihood_never_lowers_degree(case, pillar, present, stance, step):
    """Raising one pillar's likelihood, with the same stance, never lowers the degree."""
    lower, higher = step
    before = with_pillar(case, pillar, present=present, stance=stance, likelihood=lower)
    after = with_pillar(case, pillar, present=present, stance=stance, likelihood=higher)
    s0, s1 = suggest_leverage(before), suggest_leverage(after)
    assert not_lower(s0, s1), explain(before, after, s0, s1)


@PROPERTY
@given(cases(), st.sampled_from(list(Pillar)), st.sampled_from([True, False, None]), st.sampled_from(list(Likelihood)))
def test_leverage_maintain_rather_than_regain_never_lowers_degree(case, pillar, present, likelihood):
    """A pillar to maintain rather than regain/develop, same likelihood, never lowers the degree."""
    before = with_pillar(case, pillar, present=present, stance=Stance.REGAIN_DEVELOP, likelihood=likelihood)
    after = with_pillar(case, pillar, present=present, stance=Stance.MAINTAIN, likelihood=likelihood)
    s0, s1 = suggest_leverage(before), suggest_leverage(after)
    assert not_lower(s0, s1), explain(before, after, s0, s1)


@PROPERTY
@given(cases(), steps(SpilloverDamage))
def test_leverage_higher_spillover_never_raises_degree(case, step):
    """Higher spillover damage never raises the suggested degree (Finding 4: it reduces leverage)."""
    before, after = pair(case, "spillover_damage", *step)
    s0, s1 = suggest_leverage(before), suggest_leverage(after)
    assert not_higher(s0, s1), explain(before, after, s0, s1)


@PROPERTY
@given(cases())
def test_leverage_ethical_constraints_never_raise_degree(case):
    """Ethical constraints False -> True never raise the suggested degree."""
    before, after = pair(case, "ethical_constraints", False, True)
    s0, s1 = suggest_leverage(before), suggest_leverage(after)
    assert not_higher(s0, s1), explain(before, after, s0, s1)


@PROPERTY
@given(cases())
def test_leverage_never_exceeds_the_strength_cap(case):
    """The suggested degree never exceeds the cap of the best pillar, nor medium under ethical constraints."""
    s = suggest_leverage(case)
    if s.value is None:
        return
    level, _ = strength_level(case.strength)
    if level is not None:
        assert s.value.rank <= STRENGTH_CAP[level].rank, (level, s)
    if case.leverage.ethical_constraints:
        assert s.value.rank <= LeverageDegree.MEDIUM.rank, s


# ---------------------------------------------------------------------------------------------
# suggest_feasibility
# ---------------------------------------------------------------------------------------------


def assert_monotone(before: Case, after: Case, levels, direction) -> None:
    for level in levels:
        s0, s1 = suggest_feasibility(before, level), suggest_feasibility(after, level)
        assert direction(s0, s1), f"{level.value}:" + explain(before, after, s0, s1)


@PROPERTY
@given(cases(), steps(LeverageDegree))
def test_feasibility_higher_degree_never_lowers_deny_act_curtailment(case, step):
    """A higher rated degree of leverage never lowers ability to deny, ability to act or curtailment."""
    before, after = pair(case, "degree", *step)
    assert_monotone(before, after, (Level.ABILITY_TO_DENY, Level.ABILITY_TO_ACT, Level.CURTAILMENT), not_lower)


@PROPERTY
@given(cases(), steps(SpilloverDamage))
def test_feasibility_higher_spillover_never_raises_deny_act_or_curtailment(case, step):
    """Higher spillover damage never raises ability to deny, ability to act or curtailment
    (act and curtailment through the degree of leverage, when it is not rated)."""
    before, after = pair(case, "spillover_damage", *step)
    assert_monotone(before, after, (Level.ABILITY_TO_DENY, Level.ABILITY_TO_ACT, Level.CURTAILMENT), not_higher)


@PROPERTY
@given(cases(), steps(Substitutability))
def test_feasibility_harder_substitutability_never_lowers_deny(case, step):
    """Harder substitutability never lowers the ability to deny (substitution must not be quick)."""
    before, after = pair(case, "substitutability", *step)
    assert_monotone(before, after, (Level.ABILITY_TO_DENY,), not_lower)


@PROPERTY
@given(cases(), st.sampled_from(list(Pillar)), st.sampled_from([True, False, None]), st.sampled_from(list(Stance)), steps(Likelihood))
def test_feasibility_higher_pillar_likelihood_never_lowers_deny(case, pillar, present, stance, step):
    """Raising one pillar's likelihood (same stance) never lowers the ability to deny; nor does
    maintaining a strength rather than developing it (same likelihood)."""
    lower, higher = step
    before = with_pillar(case, pillar, present=present, stance=stance, likelihood=lower)
    after = with_pillar(case, pillar, present=present, stance=stance, likelihood=higher)
    assert_monotone(before, after, (Level.ABILITY_TO_DENY,), not_lower)
    developed = with_pillar(case, pillar, present=present, stance=Stance.REGAIN_DEVELOP, likelihood=lower)
    held = with_pillar(case, pillar, present=present, stance=Stance.MAINTAIN, likelihood=lower)
    assert_monotone(developed, held, (Level.ABILITY_TO_DENY,), not_lower)


@PROPERTY
@given(cases(), st.data())
def test_feasibility_adding_a_type_of_strength_never_lowers_deny_or_act(case, data):
    """Ticking one more type of strength never lowers deny or act (the first tick rates the types
    rather than adding one, so it is not a step)."""
    missing = [t for t in StrengthType if t not in case.strength.types]
    if not missing or not case.strength.types:
        return
    kind = data.draw(st.sampled_from(missing), label="added type")
    after = case.model_copy(deep=True)
    after.strength.types = [*case.strength.types, kind]
    assert_monotone(case, after, (Level.ABILITY_TO_DENY, Level.ABILITY_TO_ACT), not_lower)


@PROPERTY
@given(cases())
def test_feasibility_deny_does_not_rest_on_the_degree_of_leverage(case):
    """The ability to deny is the same whatever degree of leverage is rated (SPEC.md §3: it needs
    no chokepoint nor China's dependence today)."""
    deny = [suggest_feasibility(with_leverage(case, degree=d), Level.ABILITY_TO_DENY) for d in [None, *LeverageDegree]]
    assert all(s == deny[0] for s in deny), deny


@PROPERTY
@given(cases(), steps(DualUseRelevance))
def test_feasibility_higher_dual_use_never_lowers_threat_prevention(case, step):
    """Higher dual-use relevance never lowers threat prevention."""
    before, after = pair(case, "dual_use_relevance", *step)
    assert_monotone(before, after, (Level.THREAT_PREVENTION,), not_lower)


@PROPERTY
@given(cases(), steps(ForeignAvailability))
def test_feasibility_broader_foreign_availability_never_raises_tp_or_curtailment(case, step):
    """Broader foreign availability never raises threat prevention or curtailment."""
    before, after = pair(case, "foreign_availability", *step)
    assert_monotone(before, after, (Level.THREAT_PREVENTION, Level.CURTAILMENT), not_higher)


@PROPERTY
@given(cases(), steps(EffectiveUtilisation))
def test_feasibility_more_enforceable_never_lowers_tp_or_curtailment(case, step):
    """More enforceable utilisation never lowers threat prevention or curtailment."""
    before, after = pair(case, "effective_utilisation", *step)
    assert_monotone(before, after, (Level.THREAT_PREVENTION, Level.CURTAILMENT), not_lower)


@PROPERTY
@given(cases(), steps(Substitutability))
def test_feasibility_harder_substitutability_never_lowers_curtailment(case, step):
    """Harder substitutability never lowers curtailment."""
    before, after = pair(case, "substitutability", *step)
    assert_monotone(before, after, (Level.CURTAILMENT,), not_lower)


@PROPERTY
@given(cases())
def test_feasibility_ethical_constraints_never_raise_act_or_curtailment(case):
    """Ethical constraints False -> True never raise ability to act or curtailment."""
    before, after = pair(case, "ethical_constraints", False, True)
    assert_monotone(before, after, (Level.ABILITY_TO_ACT, Level.CURTAILMENT), not_higher)


@PROPERTY
@given(cases())
def test_curtailment_never_exceeds_what_the_leverage_allows(case):
    """Curtailment is not feasible unless effective leverage is high and the chokepoint is hard
    (very hard to substitute, few other suppliers, enforceable controls; SPEC.md §3)."""
    s = suggest_feasibility(case, Level.CURTAILMENT)
    degree, _ = effective_leverage(case)
    if s.value is None:
        assert degree is None
        return
    assert degree is not None
    lev = case.leverage
    hard_chokepoint = (degree is LeverageDegree.HIGH and lev.substitutability is Substitutability.VERY_HARD
                       and lev.foreign_availability in (ForeignAvailability.NONE, ForeignAvailability.LIMITED)
                       and lev.effective_utilisation is EffectiveUtilisation.ENFORCEABLE)
    if not hard_chokepoint:
        assert s.value is Feasibility.NOT_FEASIBLE, (degree, s)


@PROPERTY
@given(cases())
def test_effective_leverage_is_the_rating_else_the_suggestion(case):
    """effective_leverage returns the case's own degree when set, else the leverage suggestion."""
    degree, said = effective_leverage(case)
    expected = case.leverage.degree if case.leverage.degree is not None else suggest_leverage(case).value
    assert degree is expected
    assert said and said == said.strip()


# ---------------------------------------------------------------------------------------------
# reasons
# ---------------------------------------------------------------------------------------------

LEVERAGE_INPUT_NAMES = {
    "substitutability": "substitutability",
    "foreign_availability": "foreign availability",
    "effective_utilisation": "effective utilisation",
    "spillover_damage": "spillover damage",
}


@PROPERTY
@given(cases())
def test_every_suggestion_explains_itself(case):
    """A suggestion with a value has a non-empty reason; one without says what to rate."""
    suggestions = {"leverage": suggest_leverage(case), **{lv.value: suggest_feasibility(case, lv) for lv in Level}}
    for name, s in suggestions.items():
        assert s.reasons, name
        assert all(isinstance(r, str) and r.strip() for r in s.reasons), (name, s)
        if s.value is None:
            assert any(r.startswith("Rate ") for r in s.reasons), (name, s)
    leverage = suggestions["leverage"]
    if leverage.value is None:
        text = " ".join(leverage.reasons)
        for field, words in LEVERAGE_INPUT_NAMES.items():
            if getattr(case.leverage, field) is None:
                assert words in text, (field, leverage)
    if suggestions[Level.THREAT_PREVENTION.value].value is None:
        assert case.leverage.dual_use_relevance is None
        assert "dual-use relevance" in " ".join(suggestions[Level.THREAT_PREVENTION.value].reasons)
