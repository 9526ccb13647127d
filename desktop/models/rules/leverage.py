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

_SUBSTITUTABILITY = {
    Substitutability.EASY: (0.0, "Finding 4: China can substitute the technology easily"),
    Substitutability.MODERATE: (1.0, "Finding 4: substitution is possible but takes China real effort"),
    Substitutability.HARD: (2.0, "Finding 4: China finds the technology hard to substitute"),
    Substitutability.VERY_HARD: (3.0, "Finding 4: China can hardly substitute the technology at all"),
}
# Finding 4 / Figure 5: the damage to Europe itself if ties were cut reduces leverage. Weighed
# lightly against substitutability: the report still sees lithography, whose spillover is high,
# as the one hard chokepoint (curtailment feasible only there).
_SPILLOVER = {
    SpilloverDamage.LOW: (0.0, "Finding 4: cutting ties would do Europe little damage, so nothing is taken off"),
    SpilloverDamage.MEDIUM: (-0.25, "Finding 4: spillover damage to Europe if ties were cut reduces leverage"),
    SpilloverDamage.HIGH: (-0.5, "Finding 4: high spillover damage to Europe if ties were cut reduces leverage"),
}
_FOREIGN = {
    ForeignAvailability.NONE: (1.0, "no non-European supplier offers it"),
    ForeignAvailability.LIMITED: (0.0, "few non-European suppliers offer it"),
    ForeignAvailability.BROAD: (-1.0, "non-European suppliers offer it broadly, diluting any chokepoint"),
}
_UTILISATION = {
    EffectiveUtilisation.ENFORCEABLE: (0.5, "Europe could enforce restrictions (tangible goods)"),
    EffectiveUtilisation.PARTLY_ENFORCEABLE: (0.0, "restrictions would be only partly enforceable"),
    EffectiveUtilisation.HARD_TO_ENFORCE: (-0.5, "restrictions would be hard to enforce (software, data or know-how)"),
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
    needed = {"substitutability": lev.substitutability, "foreign availability": lev.foreign_availability,
              "effective utilisation": lev.effective_utilisation, "spillover damage": lev.spillover_damage}
    missing = [name for name, value in needed.items() if value is None]
    if missing:
        return Suggestion(None, [f"Rate {', '.join(missing)} to get a suggestion."])
    reasons: list[str] = []
    score = 0.0
    for table, value in ((_SUBSTITUTABILITY, lev.substitutability), (_FOREIGN, lev.foreign_availability),
                         (_UTILISATION, lev.effective_utilisation), (_SPILLOVER, lev.spillover_damage)):
        points, why = table[value]
        score += points
        reasons.append(f"{why[0].upper()}{why[1:]} ({points:+g}).")
    barriers = [b for b in lev.market_entry_barriers if b in _BARRIER_POINTS]
    if barriers:
        points = min(1.5, sum(_BARRIER_POINTS[b] for b in barriers))
        score += points
        names = ", ".join(b.label.lower() for b in barriers)
        reasons.append(f"Market-entry barriers for Chinese substitutes: {names} ({points:+g}).")
    elif lev.market_entry_barriers:
        reasons.append("No substantial market-entry barrier protects the European position (+0).")
    degree = clamp_step(LeverageDegree, sum(score >= t for t in _LEVERAGE_THRESHOLDS))
    reasons.append(f"Leverage score {score:g} suggests {degree.label.lower()} leverage.")

    level, pillar = strength_level(case.strength)
    if level is None:
        reasons.append("Strength is not rated yet, so it does not cap this suggestion.")
    else:
        cap = STRENGTH_CAP[level]
        if degree.rank > cap.rank:
            degree = cap
            reasons.append(f"Capped at {cap.label.lower()}: leverage cannot exceed the strength behind it, "
                           f"whose best is {pillar}.")
    if lev.ethical_constraints and degree.rank > LeverageDegree.MEDIUM.rank:
        degree = LeverageDegree.MEDIUM
        reasons.append("Capped at medium (Finding 4): ethical constraints limit what the leverage could be used for.")
    return Suggestion(degree, reasons)


def effective_leverage(case: Case) -> tuple[LeverageDegree | None, str]:
    """The degree the ambition rules build on: the user's rating if given, else the suggestion."""
    if case.leverage.degree is not None:
        return case.leverage.degree, f"leverage is rated {case.leverage.degree.label.lower()}"
    suggested = suggest_leverage(case).value
    return suggested, f"leverage is suggested as {suggested.label.lower()}" if suggested else "leverage is not rated"

