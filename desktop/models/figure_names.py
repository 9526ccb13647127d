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


def figure_title(name: str, lang: str = "en") -> str:
    """A figure's name in ``lang`` (the glossary's words; English as above)."""
    if lang == "en":
        return FIGURES[name]
    from .language import sentence  # only here: ``rdw --help`` lists the English without it

    return sentence("analysis", f"figure.{name}", lang)
