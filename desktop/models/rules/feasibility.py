"""Step 3: how feasible each level of ambition is, from strength, leverage and dual-use relevance.

Each level starts from the factor the report says it rests on (SPEC.md §3) and moves one step
(not feasible < low < medium < high) per factor that helps or hinders it. The degree of leverage
used is the user's rating when given, otherwise the leverage suggestion.
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
from .common import Suggestion, clamp_step, strength_level
from .leverage import effective_leverage

SHAPING_TYPES = (
    StrengthType.REGULATORY_POLITICAL_NORMATIVE,
    StrengthType.RESEARCH_PARTNERSHIPS_THIRD_COUNTRIES,
    StrengthType.MARKET_ACCESS_CONDITIONING,
)
NF, LOW, MEDIUM, HIGH = (f.rank for f in Feasibility)


def _result(score: float, reasons: list[str], top: int = HIGH) -> Suggestion:
    rank = min(top, int(score + 0.5))  # half steps round up
    return Suggestion(clamp_step(Feasibility, rank), reasons)


def _no_strength(case: Case) -> bool:
    level, _ = strength_level(case.strength)
    return level == 0 and not case.strength.present_pillars()


def threat_prevention(case: Case) -> Suggestion:
    lev = case.leverage
    if lev.dual_use_relevance is None:
        return Suggestion(None, ["Rate dual-use relevance (Leverage step) to get a suggestion."])
    if _no_strength(case):
        return Suggestion(Feasibility.NOT_FEASIBLE, ["No pillar of European strength: there is no technology to protect."])
    if lev.dual_use_relevance is DualUseRelevance.NONE:
        return Suggestion(Feasibility.NOT_FEASIBLE, ["Without dual-use relevance there is no threat for controls to prevent."])
    high = lev.dual_use_relevance is DualUseRelevance.HIGH
    score = float(HIGH if high else MEDIUM)
    reasons = [f"{'High' if high else 'Some'} dual-use relevance makes threat prevention {'fully' if high else 'partly'} relevant."]
    if lev.effective_utilisation is EffectiveUtilisation.HARD_TO_ENFORCE:
        score -= 1
        reasons.append("Controls would be hard to enforce (know-how, software or data rather than goods): one step lower.")
    if lev.foreign_availability is ForeignAvailability.BROAD:
        score -= 0.5
        reasons.append("Broad non-European supply lets China buy elsewhere: half a step lower.")
    return _result(score, reasons)


def ability_to_deny(case: Case) -> Suggestion:
    degree, said = effective_leverage(case)
    if degree is None:
        return Suggestion(None, ["Rate the leverage factors first: the ability to deny rests on China's dependency."])
    if _no_strength(case):
        return Suggestion(Feasibility.NOT_FEASIBLE, ["No pillar of European strength: China depends on nothing to deny."])
    base = {LeverageDegree.LOW: LOW, LeverageDegree.LOW_MEDIUM: MEDIUM, LeverageDegree.MEDIUM: MEDIUM,
            LeverageDegree.MEDIUM_HIGH: HIGH, LeverageDegree.HIGH: HIGH}[degree]
    reasons = [f"The ability to deny rests on China's current dependency: {said}."]
    score = float(base)
    if case.leverage.spillover_damage is SpilloverDamage.HIGH and score > LOW:
        score -= 1
        reasons.append("High spillover damage to Europe makes a threat to cut ties less credible: one step lower.")
    return _result(score, reasons)


def ability_to_act(case: Case) -> Suggestion:
    degree, said = effective_leverage(case)
    if degree is None:
        return Suggestion(None, ["Rate the leverage factors first: the ability to act needs leverage to build on."])
    if _no_strength(case):
        return Suggestion(Feasibility.NOT_FEASIBLE, ["No pillar of European strength: there is no edge to act with."])
    base = {LeverageDegree.LOW: LOW, LeverageDegree.LOW_MEDIUM: LOW, LeverageDegree.MEDIUM: MEDIUM,
            LeverageDegree.MEDIUM_HIGH: MEDIUM, LeverageDegree.HIGH: HIGH}[degree]
    reasons = [f"Acting proactively needs at least medium leverage: {said}."]
    score = float(base)
    level, pillar = strength_level(case.strength)
    if level is not None and level <= 1 and score > LOW:
        score = LOW
        reasons.append(f"No edge Europe can keep (best pillar: {pillar}): at most low.")
    shaping = [t for t in case.strength.types if t in SHAPING_TYPES]
    if shaping:
        reasons.append("Means to shape markets and rules: " + ", ".join(t.label.lower() for t in shaping) + ".")
    elif case.strength.types and score > LOW:
        score -= 1
        reasons.append("No regulatory, standard-setting, market-access or partnership strength to shape markets with: one step lower.")
    if case.leverage.ethical_constraints and score > LOW:
        score = LOW
        reasons.append("Ethical constraints limit using the strength as leverage: at most low.")
    return _result(score, reasons)


def curtailment(case: Case) -> Suggestion:
    lev = case.leverage
    degree, said = effective_leverage(case)
    if degree is None:
        return Suggestion(None, ["Rate the leverage factors first: curtailment needs a hard chokepoint."])
    if _no_strength(case):
        return Suggestion(Feasibility.NOT_FEASIBLE, ["No pillar of European strength: there is no chokepoint to use."])
    blockers = []
    if lev.substitutability not in (Substitutability.HARD, Substitutability.VERY_HARD):
        blockers.append("China can substitute the technology")
    if lev.foreign_availability not in (ForeignAvailability.NONE, ForeignAvailability.LIMITED):
        blockers.append("other suppliers are not few")
    if lev.effective_utilisation is not EffectiveUtilisation.ENFORCEABLE:
        blockers.append("controls would not be fully enforceable")
    if degree.rank < LeverageDegree.MEDIUM_HIGH.rank:
        blockers.append(f"{said}, below medium–high")
    if lev.ethical_constraints:
        blockers.append("ethical constraints rule out freezing China's development")
    if blockers:
        return Suggestion(Feasibility.NOT_FEASIBLE, ["Curtailment needs a hard chokepoint, but " + "; ".join(blockers) + "."])
    reasons = [f"A hard chokepoint: hard to substitute, few other suppliers, enforceable controls, and {said}."]
    score = float(HIGH)
    if degree is not LeverageDegree.HIGH:
        score -= 1
        reasons.append("Leverage is not high: one step lower (curtailment never exceeds the leverage).")
    if lev.substitutability is Substitutability.HARD:
        score -= 1
        reasons.append("Substitution is hard but not very hard: one step lower.")
    if lev.spillover_damage is SpilloverDamage.HIGH:
        score -= 1
        reasons.append("High spillover damage and retaliation risk for Europe: one step lower.")
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
