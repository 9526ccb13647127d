"""Transparent suggestions (SPEC.md §3): every rule returns a value *and* the reasons for it.

- ``suggest_leverage``: degree of leverage from the leverage factors, capped by strength.
- ``suggest_feasibility`` / ``suggest_all_feasibility``: each level of ambition.
- ``suggest_instruments``: catalogue instruments for the chosen (or feasible) levels.
"""

from __future__ import annotations

from ..case import Case
from .common import Suggestion, strength_level
from .feasibility import suggest_all_feasibility, suggest_feasibility
from .instruments import InstrumentSuggestion, suggest_instruments, suggest_instruments_for, target_levels
from .leverage import effective_leverage, suggest_leverage

__all__ = [
    "InstrumentSuggestion",
    "Suggestion",
    "effective_leverage",
    "strength_level",
    "suggest_all_feasibility",
    "suggest_case",
    "suggest_feasibility",
    "suggest_instruments",
    "suggest_instruments_for",
    "suggest_leverage",
    "target_levels",
]


def suggest_case(case: Case) -> dict:
    """Everything the rules suggest for a case, in the shape ``rdw suggest --json`` prints."""
    return {
        "case": case.id,
        "leverage": suggest_leverage(case).as_json(),
        "feasibility": {level.value: s.as_json() for level, s in suggest_all_feasibility(case).items()},
        "instruments": [s.as_json() for s in suggest_instruments(case)],
    }
