"""What each step still needs before it counts as complete: one definition for the wizard's
step marks (✓ / ○), a case's status (draft / complete) and Review's "Still to do" list, so the
three never disagree.

Only what the method requires counts. The chosen level of ambition, the entanglement–autonomy
balance and the rationales are advised but optional: several of the report's chapters take no
lean (their reference cases leave the level empty) and those cases are complete.

Each item is a ``Phrase`` of ``resources/i18n/findings.tsv``: its English wherever a ``str`` went,
and the same item in French or German through ``language.localised``.
"""

from __future__ import annotations

from functools import cache

from .language import Phrase
from .scales import Level, Pillar, Step


def missing(case, step: Step) -> list[str]:
    """What ``step`` of ``case`` (a models.case.Case) still needs, in words (Phrases); empty: complete."""
    out: list[str] = []
    say = lambda key, **params: out.append(_item(key, **params))  # noqa: E731
    if step is Step.BASICS:
        if not case.technology_area:
            say("missing.technology_area")
        if not case.summary:
            say("missing.summary")
    elif step is Step.STRENGTH:
        for pillar in Pillar:
            p = case.strength.pillar(pillar)
            if p.present is None:
                say("missing.pillar_present", pillar=pillar)
            elif p.present and (p.stance is None or p.likelihood is None):
                say("missing.pillar_stance_likelihood", pillar=pillar)
        if case.strength.present_pillars() and not case.strength.types:
            say("missing.types")
    elif step is Step.LEVERAGE:
        for name in case.leverage.missing_factors():  # factor.NAME: the glossary's term
            say("missing.factor", factor=_item(f"factor.{name}"))
        if case.leverage.degree is None:
            say("missing.degree")
    elif step is Step.AMBITION:
        for level in Level:
            if level not in case.ambition.feasibility:
                say("missing.feasibility", level=level)
    elif step is Step.INSTRUMENTS and not case.instruments:
        say("missing.instruments")
    return out


@cache
def _item(key: str, **params) -> Phrase:
    """One item, made once: the items are few (a step, a pillar, a factor, a level) and a case's
    status asks for them on every save, so each Phrase is written once, not per case."""
    return Phrase("findings", key, **params)
