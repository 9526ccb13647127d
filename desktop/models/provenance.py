"""Where a reference case's rated values come from, as every view shows it (issue 16).

A reference case (exchange format version 3) states per rated value whether the report
published it, or we reconstructed or inferred it from the chapter (``provenance.ratings``,
SPEC.md §8). The summary pane, the wizard, Compare, ``rdw show`` and the scorecards all put the
same small mark after such a value, and the same words in its legend, tooltip or accessible
text. The marks are shapes that read in black and white (a full, half and empty circle, all in
the bundled DejaVu Sans), never colour alone. User cases carry no provenance: no marks, no
legend.

The English is the code's (``WORDS``, ``LEGEND_LINE``); ``words``, ``sentence`` and ``legend_line``
take a ``lang`` (a document's or the interface's: the wizard shows them with
``translation.current()``) and write the same words from the catalogues (``documents.tsv``'s
``marks.*``; the tooltip is ``analysis.tsv``'s ``prov.sentence``), so no view keeps a copy.

``builds_on_line`` words a version-3 Scorecard 2 cell that includes a lower level's measures, the
same in every view. Plain Python: imports only ``scales`` (the summary pane uses it before pydantic loads).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .scales import Level, Provenance, RatingProvenance

if TYPE_CHECKING:
    from .case import Case

MARKS: dict[RatingProvenance, str] = {
    RatingProvenance.PUBLISHED: "●",
    RatingProvenance.RECONSTRUCTED: "◐",
    RatingProvenance.INFERRED: "○",
}
# what a mark means, as a reader (and a screen reader) hears it
WORDS: dict[RatingProvenance, str] = {
    RatingProvenance.PUBLISHED: "as published in the report",
    RatingProvenance.RECONSTRUCTED: "reconstructed from the chapter",
    RatingProvenance.INFERRED: "inferred from the chapter",
}
LEGEND_TITLE = "Rating marks"
LEGEND = " · ".join(f"{MARKS[p]} {WORDS[p]}" for p in RatingProvenance)
LEGEND_LINE = f"{LEGEND_TITLE}: {LEGEND}."
_WORD_KEYS = {RatingProvenance.PUBLISHED: "marks.published", RatingProvenance.RECONSTRUCTED: "marks.reconstructed",
              RatingProvenance.INFERRED: "marks.inferred"}


def legend_line(lang: str = "en") -> str:
    """``LEGEND_LINE`` in ``lang`` (a document's or the interface's language; the marks are the same)."""
    if lang == "en":
        return LEGEND_LINE
    from .language import sentence as template

    legend = " · ".join(f"{MARKS[p]} {words(p, lang)}" for p in RatingProvenance)
    return template("documents", "marks.line", lang, title=template("documents", "marks.title", lang), legend=legend)


def rating_provenance(case: Case, path: str) -> RatingProvenance | None:
    """The provenance of the rated value at ``path`` (a ``case.PROVENANCE_RATINGS`` key, e.g.
    ``"leverage.degree"``); None for a user case, or a path the case says nothing about."""
    if case.reference is None or case.provenance is None:
        return None
    return case.provenance.ratings.get(path)


def mark(provenance: RatingProvenance | None) -> str:
    """The mark alone ("●"), or "" without provenance."""
    return MARKS[provenance] if provenance is not None else ""


def words(provenance: RatingProvenance | None, lang: str = "en") -> str:
    """"as published in the report" (``WORDS``) in ``lang``, or "" without provenance."""
    if provenance is None:
        return ""
    if lang == "en":
        return WORDS[provenance]
    from .language import sentence as template

    return template("documents", _WORD_KEYS[provenance], lang)


def marked(text: str, provenance: RatingProvenance | None) -> str:
    """``text`` with its mark after it ("High ●"); ``text`` unchanged without provenance."""
    return f"{text} {MARKS[provenance]}" if provenance is not None else text


def sentence(provenance: RatingProvenance | None, lang: str = "en") -> str:
    """A tooltip or accessible description: "Reference case: as published in the report (●)."
    in ``lang`` ("" without provenance)."""
    if provenance is None:
        return ""
    if lang == "en":
        return f"Reference case: {WORDS[provenance]} ({MARKS[provenance]})."
    from .language import sentence as template

    return template("analysis", "prov.sentence", lang, words=words(provenance, lang), mark=MARKS[provenance])


def has_marks(case: Case, paths: Iterable[str] | None = None) -> bool:
    """Whether any of ``paths`` (every rated path when None) carries a mark: show the legend then."""
    if case.reference is None or case.provenance is None or not case.provenance.ratings:
        return False
    if paths is None:
        return True
    return any(path in case.provenance.ratings for path in paths)


def note(case: Case) -> str | None:
    """How the reference case's values were read from the report (``provenance.note``): for the
    summary pane's "How this reference case was read" and ``rdw show``, never a scorecard or memo."""
    if case.reference is None or case.provenance is None:
        return None
    return (case.provenance.note or "").strip() or None


NOTE_TITLE = "How this reference case was read"


def builds_on_line(lower: Level, plus: bool = True, lang: str = "en") -> str:
    """How a Scorecard 2 cell opens for a level that includes all measures of a lower one
    (``ambition.builds_on``, version 3), in the summary, ``rdw show`` and the scorecard alike:
    "All of the measures under ability to deny, plus:" (``plus=False``: the level adds none);
    ``lang``: a document's or the interface's language."""
    if lang == "en":
        return f"All of the measures under {lower.label.lower()}" + (", plus:" if plus else ".")
    from .language import sentence

    return sentence("documents", "builds_on.plus" if plus else "builds_on.only", lang, lower=lower)


def step_summary(case: Case, step: str) -> Provenance | None:
    """A step's one-word provenance ("strength", "leverage", "ambition"), shown only for a file
    without per-value provenance: with it, the marks say exactly which values the report
    published, where a step's word ("as published in the report's scorecard") would cover values
    we inferred (SPEC.md §8: the step-level field is a summary)."""
    if case.reference is None or case.provenance is None or case.provenance.ratings:
        return None
    return getattr(case.provenance, step)
