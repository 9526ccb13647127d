"""Helpers shared by the example-based suggestion rule tests (test_rules_leverage_feasibility.py,
test_rules_instruments_reasons.py): archetypal leverage factors (a hard chokepoint, substitutable
software), crafted cases built from them, and shipped reference cases by name."""

from __future__ import annotations

from desktop.models.case import Case
from desktop.models.library import reference_cases

ALL_PILLARS = ("research_innovation", "ip_patents", "production_commercialisation")
CHOKEPOINT = {
    "market_entry_barriers": ["technological_breakthrough", "economies_of_scale"],
    "substitutability": "very_hard",
    "foreign_availability": "limited",
    "effective_utilisation": "enforceable",
    "ethical_constraints": False,
    "spillover_damage": "medium",
    "dual_use_relevance": "high",
}
SOFTWARE = {
    "market_entry_barriers": ["none"],
    "substitutability": "easy",
    "foreign_availability": "broad",
    "effective_utilisation": "hard_to_enforce",
    "ethical_constraints": False,
    "spillover_damage": "low",
    "dual_use_relevance": "some",
}


def pillars(stance: str | None = "maintain", likelihood: str | None = "high", present: bool | None = True) -> dict:
    return {p: {"present": present, "stance": stance, "likelihood": likelihood} for p in ALL_PILLARS}


def make_case(
    leverage: dict | None = None,
    strength: dict | None = None,
    ambition: dict | None = None,
    **top,
) -> Case:
    """A case from exchange-format pieces: strong (maintain, high) on every pillar unless told."""
    return Case.model_validate(
        {
            "id": top.pop("id", "crafted"),
            "title": top.pop("title", "Crafted case"),
            "strength": strength if strength is not None else {"pillars": pillars(), "types": ["technological_excellence"]},
            "leverage": leverage or {},
            "ambition": ambition or {},
            **top,
        }
    )


def reference(suffix: str) -> Case:
    return next(c for c in reference_cases() if c.id.endswith(suffix))
