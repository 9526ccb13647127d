"""What every rule shares: the ``Suggestion`` result and how strength is summarised."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..case import Strength
from ..scales import Feasibility, LeverageDegree, Likelihood, Pillar, Stance
from .wording import reason


@dataclass(frozen=True)
class Suggestion:
    """A suggested token and the sentences that explain it; ``value`` is None when the inputs
    it needs are missing, and ``reasons`` then says what to fill in."""

    value: LeverageDegree | Feasibility | None
    reasons: list[str] = field(default_factory=list)  # Phrases of the "reasons" catalogue

    def as_json(self) -> dict:
        return {"value": self.value.value if self.value else None, "reasons": list(self.reasons)}


PILLAR_POINTS = {
    (Stance.MAINTAIN, Likelihood.HIGH): 3,
    (Stance.MAINTAIN, Likelihood.MEDIUM): 2,
    (Stance.MAINTAIN, Likelihood.LOW): 1,
    (Stance.REGAIN_DEVELOP, Likelihood.HIGH): 2,
    (Stance.REGAIN_DEVELOP, Likelihood.MEDIUM): 1,
    (Stance.REGAIN_DEVELOP, Likelihood.LOW): 0,
}
# The most leverage a strength of a given level can carry (0 = nothing to build on).
STRENGTH_CAP = {0: LeverageDegree.LOW, 1: LeverageDegree.LOW_MEDIUM, 2: LeverageDegree.MEDIUM_HIGH, 3: LeverageDegree.HIGH}


def _best_pillar(strength: Strength, score) -> tuple[float | None, str | None]:
    """The best present pillar by ``score(stance, likelihood)`` and its description; 0 with
    "no pillar of strength" when no pillar is present, (None, None) while no present pillar has
    both stance and likelihood."""
    best = None
    for pillar in strength.present_pillars():
        p = strength.pillar(pillar)
        if p.stance is None or p.likelihood is None:
            continue
        points = score(p.stance, p.likelihood)
        if best is None or points > best[0]:
            best = (points, reason("pillar.described", pillar=pillar, stance=p.stance, likelihood=p.likelihood))
    if best is None:
        if all(strength.pillar(p).present is False for p in Pillar):
            return 0, reason("pillar.none")
        return None, None
    return best


def strength_level(strength: Strength) -> tuple[int | None, str | None]:
    """The best pillar's points (0-3) and the pillar's description, or (None, None) when no
    present pillar has both stance and likelihood yet."""
    return _best_pillar(strength, lambda stance, likelihood: PILLAR_POINTS[(stance, likelihood)])


# Where the ability to deny starts (SPEC.md §3): the likelihood that Europe holds an edge within
# 10 years with the right policies, whether it maintains the strength or develops it ...
LIKELIHOOD_STEPS = {Likelihood.HIGH: 3.0, Likelihood.MEDIUM: 2.0, Likelihood.LOW: 1.0}
# ... and half a step more for a strength Europe already holds (a co-dependency to maintain is
# firmer than one still to be created), never above high.
HELD_BONUS = 0.5


def co_dependency_outlook(strength: Strength) -> tuple[float | None, str | None]:
    """How far the strength Europe can maintain or develop within 10 years carries a
    co-dependency, on the feasibility scale (1 low … 3 high), and the best pillar's description;
    (0, "no pillar of strength") when no pillar is present, (None, None) when no present pillar
    has both stance and likelihood yet."""
    def steps(stance: Stance, likelihood: Likelihood) -> float:
        held = HELD_BONUS if stance is Stance.MAINTAIN else 0.0
        return min(3.0, LIKELIHOOD_STEPS[likelihood] + held)

    value, said = _best_pillar(strength, steps)
    return (float(value), said) if value is not None else (None, None)


def clamp_step(scale, rank: int):
    """The member at ``rank`` of an ordered scale, clamped to its ends."""
    members = list(scale)
    return members[max(0, min(len(members) - 1, rank))]


