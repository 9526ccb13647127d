"""The report's six cross-case figures by name, as ``rdw figure`` and the export menus call them.
Apart from ``portfolio`` (which works on the case models) so that ``rdw --help`` can list them
without loading the models."""

from __future__ import annotations

FIGURES = {
    "strength-map": "Strength map: pillars × maintain / regain",
    "strength-types": "Types of strength",
    "feasibility": "Feasibility of the levels of ambition",
    "leverage": "Degree of leverage",
    "substitutability-spillover": "Substitutability vs spillover damage",
    "instruments": "Instrument patterns per level",
}
