"""How split a workshop room is on one question (SPEC.md §6): the spread of a tally, in a
number and in words. Kept apart from ``workshop`` (the questions and the edits) so each stays
one reader's worth; ``workshop`` re-exports ``Spread`` and ``spread``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .scales import Step

if TYPE_CHECKING:
    from .workshop import Question


@dataclass(frozen=True)
class Spread:
    total: int
    mode: str | None  # the most chosen option's token (first one on a tie)
    mode_share: float
    dispersion: float  # 0 = everyone agrees … 1 = split into opposite camps
    verdict: str  # "No votes yet" / "Consensus" / "Broad agreement" / "Divided" / "Split"

    def words(self, question: Question) -> str:
        if not self.total:
            return "No votes yet"
        mode = question.option(self.mode)
        label = mode.label if mode else self.mode
        if question.step is Step.INSTRUMENTS:
            n = round(self.mode_share * self.total)
            return f"{self.verdict}: {label} ({n} of {self.total} votes cast)"
        share = f"{self.mode_share:.0%}"
        return f"{self.verdict}: {share} chose {label} ({self.total} votes)"


def spread(question: Question, counts: dict[str, int]) -> Spread:
    """How split the room is. Ordered scales use Leik's ordinal dispersion (0 when everyone
    picks one value, 1 when the room splits between the two ends); unordered ones the index of
    qualitative variation, judged mainly by the majority's share (on two options even 8 to 2
    has a high variation index, yet is a clear majority). For instruments each candidate gets
    its own votes, so there is no single distribution: the verdict names the favourite."""
    tokens = [o.token for o in question.options]
    votes = [max(0, int(counts.get(t, 0))) for t in tokens]
    total = sum(votes)
    if not total:
        return Spread(0, None, 0.0, 0.0, "No votes yet")
    top = max(votes)
    mode = tokens[votes.index(top)]
    k = len(tokens)
    if k < 2:
        dispersion = 0.0
    elif question.ordered:
        cumulative, d = 0.0, 0.0
        for v in votes[:-1]:
            cumulative += v / total
            d += cumulative if cumulative <= 0.5 else 1 - cumulative
        dispersion = 2 * d / (k - 1)
    else:
        dispersion = (k / (k - 1)) * (1 - sum((v / total) ** 2 for v in votes))
    dispersion = min(1.0, max(0.0, dispersion))
    share = top / total
    if question.step is Step.INSTRUMENTS:
        return Spread(total, mode, share, 0.0, "Most votes")
    if not question.ordered:
        verdict = ("Consensus" if share >= 0.75 else "Broad agreement" if share >= 0.6
                   else "Divided" if dispersion <= 0.8 else "Split")
        return Spread(total, mode, share, dispersion, verdict)
    if share >= 0.75 and dispersion <= 0.35:
        verdict = "Consensus"
    elif share >= 0.5 and dispersion <= 0.6:
        verdict = "Broad agreement"
    elif dispersion <= 0.8:
        verdict = "Divided"
    else:
        verdict = "Split"
    return Spread(total, mode, share, dispersion, verdict)
