"""Colours for ratings, shared by every view and export so a rating looks the same everywhere.

Traffic-light colours follow the report's scorecards (green / yellow / red) in the Okabe–Ito
colour-blind-safe hues (bluish green, yellow, vermillion: told apart by lightness and blue/yellow
content even without red–green vision). They are never the only signal: every place that shows a
colour also shows the label (and the charts a distinct marker shape).
"""

from __future__ import annotations

from .scales import Feasibility, LeverageDegree, Likelihood, PPP

# (background, text) pairs chosen for at least 4.5:1 contrast between the two
GREEN = ("#00775a", "#ffffff")
YELLOW = ("#f0e442", "#1a1a1a")
RED = ("#c05000", "#ffffff")
GREY = ("#6b7079", "#ffffff")
NEUTRAL = ("#e6e8eb", "#3c4043")

LIKELIHOOD = {Likelihood.HIGH: GREEN, Likelihood.MEDIUM: YELLOW, Likelihood.LOW: RED}
FEASIBILITY = {
    Feasibility.HIGH: GREEN,
    Feasibility.MEDIUM: YELLOW,
    Feasibility.LOW: RED,
    Feasibility.NOT_FEASIBLE: GREY,
}
LEVERAGE = {
    LeverageDegree.HIGH: ("#0b3d91", "#ffffff"),
    LeverageDegree.MEDIUM_HIGH: ("#1f5fbf", "#ffffff"),
    LeverageDegree.MEDIUM: ("#4f86d9", "#ffffff"),
    LeverageDegree.LOW_MEDIUM: ("#9dbcec", "#10233f"),
    LeverageDegree.LOW: ("#d6e2f5", "#10233f"),
}
PPP_COLOURS = {
    PPP.PROTECT: ("#5b2a86", "#ffffff"),
    PPP.PROMOTE: ("#00695c", "#ffffff"),
    PPP.PARTNER: ("#a14a00", "#ffffff"),
}


def colours_for(value) -> tuple[str, str]:
    """(background, text) for any rating token enum; neutral grey for anything else."""
    for table in (LIKELIHOOD, FEASIBILITY, LEVERAGE, PPP_COLOURS):
        if value in table and type(value) is type(next(iter(table))):
            return table[value]
    return NEUTRAL
