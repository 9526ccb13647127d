"""What every rule shares: the ``Suggestion`` result and how strength is summarised."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..case import Strength
from ..scales import Feasibility, LeverageDegree, Likelihood, Pillar, Stance


@dataclass(frozen=True)
class Suggestion:
    """A suggested token and the sentences that explain it; ``value`` is None when the inputs
    it needs are missing, and ``reasons`` then says what to fill in."""

    value: LeverageDegree | Feasibility | None
    reasons: list[str] = field(default_factory=list)

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


def strength_level(strength: Strength) -> tuple[int | None, str | None]:
    """The best pillar's points (0-3) and the pillar's description, or (None, None) when no
    present pillar has both stance and likelihood yet."""
    best: tuple[int, str] | None = None
    for pillar in strength.present_pillars():
        p = strength.pillar(pillar)
        if p.stance is None or p.likelihood is None:
            continue
        points = PILLAR_POINTS[(p.stance, p.likelihood)]
        if best is None or points > best[0]:
            best = (points, f"{pillar.label} ({p.stance.label.lower()}, {p.likelihood.label.lower()} likelihood)")
    if best is None:
        if all(strength.pillar(p).present is False for p in Pillar):
            return 0, "no pillar of strength"
        return None, None
    return best


def clamp_step(scale, rank: int):
    """The member at ``rank`` of an ordered scale, clamped to its ends."""
    members = list(scale)
    return members[max(0, min(len(members) - 1, rank))]


