"""How split a workshop room is on one question (SPEC.md §6): the spread of a tally, in a
number and in words. Kept apart from ``workshop`` (the questions and the edits) so each stays
one reader's worth; ``workshop`` re-exports ``Spread`` and ``spread``. The verdict is a
``Phrase`` (its English compares as before); ``words`` and ``percent`` write any language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .language import Phrase, localised, sentence
from .scales import Step

if TYPE_CHECKING:
    from .workshop import Question


@dataclass(frozen=True)
class Spread:
    total: int
    mode: str | None  # the most chosen option's token (first one on a tie)
    mode_share: float
    dispersion: float  # 0 = everyone agrees … 1 = split into opposite camps
    verdict: str  # "No votes yet" / "Consensus" / "Broad agreement" / "Divided" / "Split" (a Phrase)

    def words(self, question: Question, lang: str = "en") -> str:
        """The spread in one sentence of ``lang``: the verdict, the favourite and the votes."""
        if not self.total:
            return localised(_VERDICTS["none"], lang)
        mode = question.option(self.mode)
        label = localised(mode.label, lang) if mode else self.mode
        verdict = localised(self.verdict, lang)
        if question.step is Step.INSTRUMENTS:
            n = round(self.mode_share * self.total)
            return sentence("workshop", "words.instrument", lang, verdict=verdict, label=label, n=n, total=self.total)
        return sentence("workshop", "words.scale", lang, verdict=verdict, share=percent(self.mode_share, lang),
                        label=label, total=self.total)


def percent(share: float, lang: str = "en") -> str:
    """A share as a whole percentage, as the language writes it: "50%" / "50 %" / "50 %"."""
    text = f"{share:.0%}"
    return text if lang == "en" else text.replace("%", ("\u202f" if lang == "fr" else "\u00a0") + "%")


def plural_key(key: str, n: int, lang: str) -> str:
    """``key.one`` or ``key.other`` for a count: French takes the singular for 0 and 1."""
    one = n < 2 if lang == "fr" else n == 1
    return f"{key}.{'one' if one else 'other'}"


_VERDICTS = {name: Phrase("workshop", f"verdict.{name}")
             for name in ("none", "consensus", "broad", "divided", "split", "most")}


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
        return Spread(0, None, 0.0, 0.0, _VERDICTS["none"])
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
        return Spread(total, mode, share, 0.0, _VERDICTS["most"])
    if not question.ordered:
        verdict = ("consensus" if share >= 0.75 else "broad" if share >= 0.6
                   else "divided" if dispersion <= 0.8 else "split")
        return Spread(total, mode, share, dispersion, _VERDICTS[verdict])
    if share >= 0.75 and dispersion <= 0.35:
        verdict = "consensus"
    elif share >= 0.5 and dispersion <= 0.6:
        verdict = "broad"
    elif dispersion <= 0.8:
        verdict = "divided"
    else:
        verdict = "split"
    return Spread(total, mode, share, dispersion, _VERDICTS[verdict])
