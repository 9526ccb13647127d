"""Step 3: how feasible each level of ambition is, from strength, leverage and dual-use relevance.

Each level starts from the factor the report says it rests on (SPEC.md §3, "What each level of
ambition needs") and moves one step (not feasible < low < medium < high) per factor that helps or
hinders it. Threat prevention rests on dual-use relevance; the ability to deny on a co-dependency
Europe holds or could create (strength, Chinese interest, substitution, spillover), not on the
degree of leverage; the ability to act and curtailment on the degree of leverage, which is the
user's rating when given, otherwise the leverage suggestion.
"""

from __future__ import annotations

from ..case import Case
from ..scales import (
    DualUseRelevance,
    EffectiveUtilisation,
    Feasibility,
    ForeignAvailability,
    Level,
    LeverageDegree,
    SpilloverDamage,
    StrengthType,
    Substitutability,
)
from .common import Suggestion, clamp_step, co_dependency_outlook, strength_level
from .leverage import effective_leverage
from .wording import Names, reason

SHAPING_TYPES = (
    StrengthType.REGULATORY_POLITICAL_NORMATIVE,
    StrengthType.RESEARCH_PARTNERSHIPS_THIRD_COUNTRIES,
    StrengthType.MARKET_ACCESS_CONDITIONING,
)
# what gives China an interest in the European technology or market (SPEC.md §3, ability to deny)
INTEREST_TYPES = (
    StrengthType.TECHNOLOGICAL_EXCELLENCE,
    StrengthType.COMMERCIALISATION_ADVANTAGE,
    StrengthType.MARKET_ACCESS_CONDITIONING,
)
NF, LOW, MEDIUM, HIGH = (f.rank for f in Feasibility)


def _result(score: float, reasons: list, top: int = HIGH) -> Suggestion:
    rank = min(top, int(score + 0.5))  # half steps round up
    return Suggestion(clamp_step(Feasibility, rank), reasons)


def _no_strength(case: Case) -> bool:
    level, _ = strength_level(case.strength)
    return level == 0 and not case.strength.present_pillars()


def threat_prevention(case: Case) -> Suggestion:
    lev = case.leverage
    if lev.dual_use_relevance is None:
        return Suggestion(None, [reason("threat.rate")])
    if _no_strength(case):
        return Suggestion(Feasibility.NOT_FEASIBLE, [reason("threat.no_strength")])
    if lev.dual_use_relevance is DualUseRelevance.NONE:
        return Suggestion(Feasibility.NOT_FEASIBLE, [reason("threat.no_dual_use")])
    high = lev.dual_use_relevance is DualUseRelevance.HIGH
    score = float(HIGH if high else MEDIUM)
    reasons = [reason("threat.dual_use_high" if high else "threat.dual_use_some")]
    if lev.effective_utilisation is EffectiveUtilisation.HARD_TO_ENFORCE:
        score -= 1
        reasons.append(reason("threat.hard_to_enforce"))
    if lev.foreign_availability is ForeignAvailability.BROAD:
        score -= 0.5
        reasons.append(reason("threat.broad_supply"))
    return _result(score, reasons)


def ability_to_deny(case: Case) -> Suggestion:
    """A co-dependency Europe holds or could create within 10 years (SPEC.md §3): a strength it can
    maintain or develop, Chinese interest in the European technology or market, substitution that
    is not quick; high spillover damage makes denial less credible. It needs neither a chokepoint
    nor China's dependence today, so the degree of leverage is not read here."""
    lev, strength = case.leverage, case.strength
    if _no_strength(case):
        return Suggestion(Feasibility.NOT_FEASIBLE, [reason("deny.no_strength")])
    outlook, pillar = co_dependency_outlook(strength)
    missing = [reason(f"factor.{name}") for name, absent in (
        ("pillars_stance_likelihood", outlook is None),
        ("types_of_strength", not strength.types),
        ("substitutability", lev.substitutability is None),
        ("spillover_damage", lev.spillover_damage is None),
    ) if absent]
    if missing:
        return Suggestion(None, [reason("deny.rate", factors=Names(missing))])
    score = outlook
    start = Feasibility.HIGH if score >= HIGH else clamp_step(Feasibility, int(score))
    key = "deny.start_held" if score % 1 else "deny.start"  # half a step more for a strength Europe holds
    reasons = [reason(key, pillar=pillar, start=start)]
    interest = [t for t in strength.types if t in INTEREST_TYPES]
    if interest:
        reasons.append(reason("deny.interest", types=Names(interest, lower=True)))
    substitution = lev.substitutability
    if substitution is Substitutability.EASY:
        if StrengthType.MARKET_ACCESS_CONDITIONING in strength.types:
            score -= 0.5
            reasons.append(reason("deny.easy_substitution_market"))
        else:
            score -= 1
            reasons.append(reason("deny.easy_substitution"))
    else:
        reasons.append(reason("deny.slow_substitution", substitutability=substitution))
    if lev.spillover_damage is SpilloverDamage.HIGH:
        score -= 1
        reasons.append(reason("deny.spillover_high"))
    elif lev.spillover_damage is SpilloverDamage.MEDIUM:
        score -= 0.5
        reasons.append(reason("deny.spillover_medium"))
    top = HIGH
    if not interest:
        top = LOW
        reasons.append(reason("deny.no_interest", cap=Feasibility.LOW))
    return _result(score, reasons, top=top)


def ability_to_act(case: Case) -> Suggestion:
    degree, said = effective_leverage(case)
    if degree is None:
        return Suggestion(None, [reason("act.rate")])
    if _no_strength(case):
        return Suggestion(Feasibility.NOT_FEASIBLE, [reason("act.no_strength")])
    base = {LeverageDegree.LOW: LOW, LeverageDegree.LOW_MEDIUM: LOW, LeverageDegree.MEDIUM: MEDIUM,
            LeverageDegree.MEDIUM_HIGH: MEDIUM, LeverageDegree.HIGH: HIGH}[degree]
    reasons = [reason("act.leverage", needed=LeverageDegree.MEDIUM, said=said)]
    score = float(base)
    level, pillar = strength_level(case.strength)
    if level is not None and level <= 1 and score > LOW:
        score = LOW
        reasons.append(reason("act.no_edge", pillar=pillar, cap=Feasibility.LOW))
    shaping = [t for t in case.strength.types if t in SHAPING_TYPES]
    if shaping:
        reasons.append(reason("act.shaping", types=Names(shaping, lower=True)))
    elif case.strength.types and score > LOW:
        score -= 1
        reasons.append(reason("act.no_shaping"))
    if case.leverage.ethical_constraints and score > LOW:
        score = LOW
        reasons.append(reason("act.ethics", cap=Feasibility.LOW))
    return _result(score, reasons)


def curtailment(case: Case) -> Suggestion:
    """A hard chokepoint (SPEC.md §3; in the report feasible only in lithography): very hard to
    substitute, no or few other suppliers, enforceable controls, high leverage and no ethical
    constraint; even then high spillover damage (retaliation, lost revenue) costs one step."""
    lev = case.leverage
    degree, said = effective_leverage(case)
    if degree is None:
        return Suggestion(None, [reason("curtail.rate")])
    if _no_strength(case):
        return Suggestion(Feasibility.NOT_FEASIBLE, [reason("curtail.no_strength")])
    blockers = []  # clauses of one sentence, joined with "; " in every language
    if lev.substitutability is not Substitutability.VERY_HARD:
        hard = Substitutability.VERY_HARD
        blockers.append(reason("curtail.substitution_rated", needed=hard, substitutability=lev.substitutability)
                        if lev.substitutability else reason("curtail.substitution", needed=hard))
    if lev.foreign_availability not in (ForeignAvailability.NONE, ForeignAvailability.LIMITED):
        blockers.append(reason("curtail.suppliers"))
    if lev.effective_utilisation is not EffectiveUtilisation.ENFORCEABLE:
        blockers.append(reason("curtail.controls"))
    if degree is not LeverageDegree.HIGH:
        blockers.append(reason("curtail.leverage", said=said, needed=LeverageDegree.HIGH))
    if lev.ethical_constraints:
        blockers.append(reason("curtail.ethics"))
    if blockers:
        return Suggestion(Feasibility.NOT_FEASIBLE, [reason("curtail.blocked", blockers=Names(blockers, "; "))])
    reasons = [reason("curtail.chokepoint", said=said)]
    score = float(HIGH)
    if lev.spillover_damage is SpilloverDamage.HIGH:
        score -= 1
        reasons.append(reason("curtail.costly"))
    return _result(score, reasons, top=HIGH)


RULES = {
    Level.THREAT_PREVENTION: threat_prevention,
    Level.ABILITY_TO_DENY: ability_to_deny,
    Level.ABILITY_TO_ACT: ability_to_act,
    Level.CURTAILMENT: curtailment,
}


def suggest_feasibility(case: Case, level: Level) -> Suggestion:
    return RULES[level](case)


def suggest_all_feasibility(case: Case) -> dict[Level, Suggestion]:
    return {level: rule(case) for level, rule in RULES.items()}
