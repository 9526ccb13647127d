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
    """A co-dependency Europe holds or could create within 10 years (SPEC.md §3): a strength it can
    maintain or develop, Chinese interest in the European technology or market, substitution that
    is not quick; high spillover damage makes denial less credible. It needs neither a chokepoint
    nor China's dependence today, so the degree of leverage is not read here."""
    lev, strength = case.leverage, case.strength
    if _no_strength(case):
        return Suggestion(Feasibility.NOT_FEASIBLE, ["No pillar of European strength: no co-dependency to maintain or create."])
    outlook, pillar = co_dependency_outlook(strength)
    missing = [name for name, absent in (
        ("the pillars' stance and likelihood", outlook is None),
        ("the types of strength", not strength.types),
        ("substitutability", lev.substitutability is None),
        ("spillover damage", lev.spillover_damage is None),
    ) if absent]
    if missing:
        return Suggestion(None, [f"Rate {', '.join(missing)} to get a suggestion: the ability to deny rests on a "
                                 "co-dependency Europe holds or could create."])
    score = outlook
    start = Feasibility.HIGH.label.lower() if score >= HIGH else clamp_step(Feasibility, int(score)).label.lower()
    held = " and half a step more, as Europe holds it already" if score % 1 else ""
    reasons = [f"The ability to deny means maintaining or creating a co-dependency within 10 years, not China's "
               f"dependence today; the strength Europe can maintain or develop, {pillar}, starts it at {start}{held}."]
    interest = [t for t in strength.types if t in INTEREST_TYPES]
    if interest:
        reasons.append("Chinese interest in the European technology or market: "
                       + ", ".join(t.label.lower() for t in interest) + ".")
    substitution = lev.substitutability
    if substitution is Substitutability.EASY:
        if StrengthType.MARKET_ACCESS_CONDITIONING in strength.types:
            score -= 0.5
            reasons.append("China could substitute the technology quickly, but not access to the European market, "
                           "which Europe conditions: half a step lower.")
        else:
            score -= 1
            reasons.append("China could substitute the technology quickly, so a co-dependency would not last (the "
                           "ability to deny needs substitution that is not quick): one step lower.")
    else:
        reasons.append(f"Substitution would not be quick (substitutability: {substitution.label.lower()}).")
    if lev.spillover_damage is SpilloverDamage.HIGH:
        score -= 1
        reasons.append("High spillover damage to Europe makes a threat to disentangle less credible (the "
                       "report on the ability to deny): one step lower.")
    elif lev.spillover_damage is SpilloverDamage.MEDIUM:
        score -= 0.5
        reasons.append("Medium spillover damage to Europe makes a threat to disentangle less credible (the "
                       "report on the ability to deny): half a step lower.")
    top = HIGH
    if not interest:
        top = LOW
        reasons.append("No type of strength gives China an interest in the European technology or market "
                       "(technological excellence, commercialisation advantage, market-access conditioning): "
                       "at most low.")
    return _result(score, reasons, top=top)


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
    """A hard chokepoint (SPEC.md §3; in the report feasible only in lithography): very hard to
    substitute, no or few other suppliers, enforceable controls, high leverage and no ethical
    constraint; even then high spillover damage (retaliation, lost revenue) costs one step."""
    lev = case.leverage
    degree, said = effective_leverage(case)
    if degree is None:
        return Suggestion(None, ["Rate the leverage factors first: curtailment needs a hard chokepoint."])
    if _no_strength(case):
        return Suggestion(Feasibility.NOT_FEASIBLE, ["No pillar of European strength: there is no chokepoint to use."])
    blockers = []
    if lev.substitutability is not Substitutability.VERY_HARD:
        rated = f" ({lev.substitutability.label.lower()})" if lev.substitutability else ""
        blockers.append(f"substitution is not very hard{rated}")
    if lev.foreign_availability not in (ForeignAvailability.NONE, ForeignAvailability.LIMITED):
        blockers.append("other suppliers are not few")
    if lev.effective_utilisation is not EffectiveUtilisation.ENFORCEABLE:
        blockers.append("controls are not fully enforceable")
    if degree is not LeverageDegree.HIGH:
        blockers.append(f"{said}, not high")
    if lev.ethical_constraints:
        blockers.append("ethical constraints rule out freezing China's development")
    if blockers:
        return Suggestion(Feasibility.NOT_FEASIBLE, [
            "Curtailment needs a hard chokepoint (in the report it is feasible only in lithography), but "
            + "; ".join(blockers) + "."])
    reasons = [f"A hard chokepoint, as lithography in the report: very hard to substitute, few other "
               f"suppliers, enforceable controls, and {said}."]
    score = float(HIGH)
    if lev.spillover_damage is SpilloverDamage.HIGH:
        score -= 1
        reasons.append("Curtailment is costly for Europe (the report's trade-off): high spillover damage and retaliation "
                       "risk: one step lower.")
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
