"""Step 2: the degree of leverage suggested by the leverage factors, capped by strength.

The report's Finding 4: leverage depends on ethical considerations, on how hard the technology is
to substitute and on the spillover damage Europe would suffer if ties were cut (its Figure 5 plots
substitutability against spillover as the two dimensions of the degree of leverage). So spillover
damage is part of the score itself, never raising it; foreign availability, enforceability and
market-entry barriers (SPEC.md §2) complete it.
"""

from __future__ import annotations

from ..case import Case, Leverage
from ..scales import (
    EffectiveUtilisation,
    ForeignAvailability,
    LeverageDegree,
    MarketEntryBarrier,
    SpilloverDamage,
    Substitutability,
)
from .common import STRENGTH_CAP, Suggestion, clamp_step, strength_level
from .wording import Names, reason

# points and the reason's key in the "reasons" catalogue (the sentence says why, then the points)
_SUBSTITUTABILITY = {
    Substitutability.EASY: (0.0, "leverage.substitutability.easy"),  # Finding 4: China can substitute it easily
    Substitutability.MODERATE: (1.0, "leverage.substitutability.moderate"),
    Substitutability.HARD: (2.0, "leverage.substitutability.hard"),
    Substitutability.VERY_HARD: (3.0, "leverage.substitutability.very_hard"),
}
# Finding 4 / Figure 5: the damage to Europe itself if ties were cut reduces leverage. Weighed
# lightly against substitutability: the report still sees lithography, whose spillover is high,
# as the one hard chokepoint (curtailment feasible only there).
_SPILLOVER = {
    SpilloverDamage.LOW: (0.0, "leverage.spillover.low"),
    SpilloverDamage.MEDIUM: (-0.25, "leverage.spillover.medium"),
    SpilloverDamage.HIGH: (-0.5, "leverage.spillover.high"),
}
_FOREIGN = {
    ForeignAvailability.NONE: (1.0, "leverage.foreign.none"),
    ForeignAvailability.LIMITED: (0.0, "leverage.foreign.limited"),
    ForeignAvailability.BROAD: (-1.0, "leverage.foreign.broad"),  # diluting any chokepoint
}
_UTILISATION = {
    EffectiveUtilisation.ENFORCEABLE: (0.5, "leverage.utilisation.enforceable"),  # tangible goods
    EffectiveUtilisation.PARTLY_ENFORCEABLE: (0.0, "leverage.utilisation.partly_enforceable"),
    EffectiveUtilisation.HARD_TO_ENFORCE: (-0.5, "leverage.utilisation.hard_to_enforce"),  # software, data, know-how
}
_BARRIER_POINTS = {
    MarketEntryBarrier.TECHNOLOGICAL_BREAKTHROUGH: 1.0,
    MarketEntryBarrier.ECONOMIES_OF_SCALE: 0.5,
    MarketEntryBarrier.STANDARDS_CERTIFICATION: 0.5,
}
# score thresholds for low_medium, medium, medium_high, high
_LEVERAGE_THRESHOLDS = (0.75, 2.25, 3.25, 4.25)


def suggest_leverage(case: Case) -> Suggestion:
    lev: Leverage = case.leverage
    needed = {"substitutability": lev.substitutability, "foreign_availability": lev.foreign_availability,
              "effective_utilisation": lev.effective_utilisation, "spillover_damage": lev.spillover_damage}
    missing = [reason(f"factor.{name}") for name, value in needed.items() if value is None]
    if missing:
        return Suggestion(None, [reason("leverage.rate", factors=Names(missing))])
    reasons: list[str] = []
    score = 0.0
    for table, value in ((_SUBSTITUTABILITY, lev.substitutability), (_FOREIGN, lev.foreign_availability),
                         (_UTILISATION, lev.effective_utilisation), (_SPILLOVER, lev.spillover_damage)):
        points, key = table[value]
        score += points
        reasons.append(reason(key, points=points))
    barriers = [b for b in lev.market_entry_barriers if b in _BARRIER_POINTS]
    if barriers:
        points = min(1.5, sum(_BARRIER_POINTS[b] for b in barriers))
        score += points
        reasons.append(reason("leverage.barriers", barriers=Names(barriers, lower=True), points=points))
    elif lev.market_entry_barriers:
        reasons.append(reason("leverage.no_barrier"))
    degree = clamp_step(LeverageDegree, sum(score >= t for t in _LEVERAGE_THRESHOLDS))
    reasons.append(reason("leverage.score", score=score, degree=degree))

    level, pillar = strength_level(case.strength)
    if level is None:
        reasons.append(reason("leverage.strength_not_rated"))
    else:
        cap = STRENGTH_CAP[level]
        if degree.rank > cap.rank:
            degree = cap
            reasons.append(reason("leverage.capped_by_strength", cap=cap, pillar=pillar))
    if lev.ethical_constraints and degree.rank > LeverageDegree.MEDIUM.rank:
        degree = LeverageDegree.MEDIUM
        reasons.append(reason("leverage.capped_by_ethics", cap=LeverageDegree.MEDIUM))
    return Suggestion(degree, reasons)


def effective_leverage(case: Case) -> tuple[LeverageDegree | None, str]:
    """The degree the ambition rules build on: the user's rating if given, else the suggestion;
    and a clause saying which ("leverage is rated medium"), a parameter of other reasons."""
    if case.leverage.degree is not None:
        return case.leverage.degree, reason("leverage.rated_as", degree=case.leverage.degree)
    suggested = suggest_leverage(case).value
    if suggested is None:
        return None, reason("leverage.not_rated")
    return suggested, reason("leverage.suggested_as", degree=suggested)

