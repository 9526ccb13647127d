"""Helpers shared by the case model tests (test_case_model_*.py): the smallest valid case and a
fresh case where every step is complete."""

from __future__ import annotations

MINIMAL = {"format": "rdw-case", "format_version": 1, "id": "case-1", "title": "A case"}


def complete_data() -> dict:
    """A fresh dict for a case where every step is complete."""
    return {
        **MINIMAL,
        "technology_area": "Semiconductors",
        "summary": "A niche.",
        "strength": {
            "pillars": {
                "research_innovation": {"present": True, "stance": "maintain", "likelihood": "high"},
                "ip_patents": {"present": True, "stance": "regain_develop", "likelihood": "low"},
                "production_commercialisation": {"present": False},
            },
            "types": ["technological_excellence"],
        },
        "leverage": {
            "market_entry_barriers": ["economies_of_scale"],
            "substitutability": "hard",
            "foreign_availability": "limited",
            "effective_utilisation": "enforceable",
            "ethical_constraints": False,
            "spillover_damage": "medium",
            "dual_use_relevance": "some",
            "degree": "medium",
        },
        "ambition": {
            "feasibility": {
                "threat_prevention": "low",
                "ability_to_deny": "medium",
                "ability_to_act": "high",
                "curtailment": "not_feasible",
            }
        },
        "instruments": [
            {
                "level": "ability_to_act",
                "text": "Fund research",
                "ppp": "promote",
                "focus": "research_promotion",
            }
        ],
    }
