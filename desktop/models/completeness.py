"""What each step still needs before it counts as complete: one definition for the wizard's
step marks (✓ / ○), a case's status (draft / complete) and Review's "Still to do" list, so the
three never disagree.

Only what the method requires counts. The chosen level of ambition, the entanglement–autonomy
balance and the rationales are advised but optional: several of the report's chapters take no
lean (their reference cases leave the level empty) and those cases are complete.
"""

from __future__ import annotations

from .scales import Level, Pillar, Step

FACTOR_NAMES = {"market_entry_barriers": "market-entry barriers", "substitutability": "substitutability",
                "foreign_availability": "foreign availability", "effective_utilisation": "effective utilisation",
                "ethical_constraints": "ethical constraints", "spillover_damage": "spillover damage",
                "dual_use_relevance": "dual-use relevance"}


def missing(case, step: Step) -> list[str]:
    """What ``step`` of ``case`` (a models.case.Case) still needs, in words; empty: complete."""
    out: list[str] = []
    if step is Step.BASICS:
        if not case.technology_area:
            out.append("No technology area.")
        if not case.summary:
            out.append("No summary of the niche.")
    elif step is Step.STRENGTH:
        for pillar in Pillar:
            p = case.strength.pillar(pillar)
            if p.present is None:
                out.append(f"{pillar.label}: not yet said whether it is a source of strength.")
            elif p.present and (p.stance is None or p.likelihood is None):
                out.append(f"{pillar.label}: stance or likelihood missing.")
        if case.strength.present_pillars() and not case.strength.types:
            out.append("No type of strength ticked.")
    elif step is Step.LEVERAGE:
        out += [f"Leverage factor not rated: {FACTOR_NAMES[f]}." for f in case.leverage.missing_factors()]
        if case.leverage.degree is None:
            out.append("No degree of leverage.")
    elif step is Step.AMBITION:
        out += [f"Feasibility of {level.label.lower()} not rated." for level in Level
                if level not in case.ambition.feasibility]
    elif step is Step.INSTRUMENTS and not case.instruments:
        out.append("No instruments chosen.")
    return out
