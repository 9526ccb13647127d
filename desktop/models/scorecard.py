"""What a scorecard says, as plain data: built from a case without Qt, rendered by the views.

Scorecard 1: technology field, the three pillars (stance and likelihood), the six types of
strength, the degree of leverage on its scale. Scorecard 2: feasibility of the four levels and
the core recommendations under each ("None" where a level is not feasible, SPEC §4; a feasible
level without any says so in other words, so "None" never means "not chosen yet").
Optionally a handling banner for every page, and the parts built in ``scorecard_annexes``: the
workshop record and the memo annexes (sources and confidence, dissent notes, what changed since
a named snapshot).
Keeping this apart from the drawing code lets tests check content without rendering.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date as Date
from typing import TYPE_CHECKING

from .. import METHOD_CITATION
from .case import Case
from .evidence_age import DEFAULT_STALE_YEARS
from .provenance import builds_on_line, legend_line, marked, rating_provenance
from .scales import Feasibility, Level, LeverageDegree, Likelihood, Pillar, RatingProvenance, Stance, Step, StrengthType
from .scorecard_words import Words, words
from .text import one_line, terminal_text

if TYPE_CHECKING:  # (the annexes are built, and their module imported, only when asked for)
    from .scorecard_annexes import ChangesRecord, DissentItem, EvidenceItem, WorkshopRecord


@dataclass(frozen=True)
class PillarRow:
    label: str
    present: bool | None
    stance: Stance | None
    likelihood: Likelihood | None
    provenance: RatingProvenance | None = None  # a reference case's likelihood: published, … (its mark)


# A memo never needs thousands of pages: a level prints at most this many instruments, each at
# most this long, and says so where it stops (the reference cases have at most 8 per level, none
# over 160 characters). Issue 18: 2,000 instruments of 9 kB took 3,968 pages and 28 s before; 34 pages and 0.4 s now.
MAX_RECOMMENDATIONS = 50
MAX_RECOMMENDATION_CHARS = 600
CUT_TEXT = " … (shortened; the full text is in the case file)"


# What a level's cell says when it lists no recommendation: "None" only where the level is not
# feasible (SPEC §4); a feasible level of a user's case has simply none chosen yet, and one of a
# reference case has none in the report.
NONE_NOT_FEASIBLE = "None (level not feasible)"
NONE_CHOSEN_YET = "No instrument chosen yet"
NONE_IN_REPORT = "No recommendation in the report"


# The legends under the cards, the same words in every format (PDF, PNG, print, Word, clipboard)
LIKELIHOOD_LEGEND = ("Likelihood of a European edge over China within 10 years, given the right policies: "
                     "high (green), medium (yellow), low (red).")
FEASIBILITY_LEGEND = ("Feasibility: likelihood that the right policy choices let Europe achieve the level within "
                      "10 years: not feasible (grey), low (red), medium (yellow), high (green).")


def _recommendation(text: str, w: Words) -> str:
    if w.lang != "en":  # a Table 2 pattern reads in the document's language (see catalogue)
        from .catalogue import instrument_text_in

        text = instrument_text_in(text, w.lang)
    return text if len(text) <= MAX_RECOMMENDATION_CHARS else text[:MAX_RECOMMENDATION_CHARS].rstrip() + w("cut")


@dataclass(frozen=True)
class LevelColumn:
    level: Level
    feasibility: Feasibility | None
    chosen: bool
    recommendations: list[tuple[str, str]]  # (protect/promote/partner label, text)
    # reference cases: where the feasibility, the chosen level and the recommendations come from
    provenance: RatingProvenance | None = None
    chosen_provenance: RatingProvenance | None = None
    recommendations_provenance: RatingProvenance | None = None
    builds_on: Level | None = None  # "All of the measures under <builds_on>, plus:" (SPEC §8, version 3)
    note: str | None = None  # the level's caveat, printed in its cell
    omitted: int = 0  # instruments beyond MAX_RECOMMENDATIONS, not printed (the line says how many)
    reference: bool = False  # a reference case's level: an empty cell is the report's, not a gap
    lang: str = "en"  # the document's language (its fixed words)

    @property
    def omitted_line(self) -> str:
        return words(self.lang)("omitted", count=self.omitted) if self.omitted else ""

    @property
    def shows_none(self) -> bool:
        return self.feasibility is Feasibility.NOT_FEASIBLE or not (self.recommendations or self.builds_on)

    @property
    def empty_text(self) -> str:
        """What the cell says instead of recommendations (when ``shows_none``)."""
        key = ("none.not_feasible" if self.feasibility is Feasibility.NOT_FEASIBLE
               else "none.in_report" if self.reference else "none.chosen_yet")
        return words(self.lang)(key)

    @property
    def builds_on_line(self) -> str:
        """The cell's opening line for a level that includes a lower one's measures ("" otherwise)."""
        if self.builds_on is None:
            return ""
        return builds_on_line(self.builds_on, bool(self.recommendations), self.lang)

    @property
    def marks(self) -> bool:
        return any(p is not None for p in (self.provenance, self.chosen_provenance, self.recommendations_provenance))


@dataclass(frozen=True)
class ScorecardOptions:
    """Optional sections a user can switch on for a memo."""

    rationale: bool = False
    leverage_factors: bool = False
    overrides: bool = False
    history: bool = False
    workshop: bool = False  # the workshop record, for cases that have one
    context: bool = False  # the summary, China's dependency and key facts (entered on Basics)
    banner: str | None = None  # handling banner at the top and bottom of every page, as typed
    sources: bool = False  # annex: sources and confidence per rating
    dissent: bool = False  # annex: dissent notes per rating
    changes_since: str | None = None  # annex: changes since the snapshot of this name
    stale_years: int = DEFAULT_STALE_YEARS  # the sources annex flags ratings whose sources are all older
    language: str = "en"  # the document's language: every fixed word, independent of the interface's


BANNER_PRESETS = ("OFFICIAL", "OFFICIAL – SENSITIVE", "RESTRICTED", "For internal use only")


def banner_line(text: str | None) -> str | None:
    """The banner as printed: one line (line breaks become spaces), otherwise exactly as typed;
    ``None`` when blank."""
    line = re.sub(r"[\r\n\t\v\f]+", " ", text or "").strip()
    return line or None


@dataclass(frozen=True)
class Context:
    """The case's context as entered on Basics; each part empty when not written."""

    summary: str
    china_dependency: str
    key_facts: list[str]

    @property
    def empty(self) -> bool:
        return not (self.summary or self.china_dependency or self.key_facts)

    EMPTY_LINE = "No summary, dependency or key facts recorded."  # (in a document: words("context.empty"))


def context_of(case: Case) -> Context:
    return Context((case.summary or "").strip(), (case.china_dependency or "").strip(),
                   [fact.strip() for fact in case.key_facts if fact.strip()])


@dataclass
class Scorecard:
    title: str
    technology_area: str
    author: str
    organisation: str
    date: str
    version: str
    citation: str
    source_note: str
    pillars: list[PillarRow]
    types: list[tuple[str, bool]]
    leverage: LeverageDegree | None
    levels: list[LevelColumn]
    extra_sections: list[tuple[str, list[str]]] = field(default_factory=list)
    workshop: WorkshopRecord | None = None
    banner: str | None = None
    sources: list[EvidenceItem] | None = None  # None: annex not asked for
    dissent: list[DissentItem] | None = None
    changes: ChangesRecord | None = None
    context: Context | None = None  # None: section not asked for
    actors: list[str] = field(default_factory=list)  # who should act, as labels; empty: not said
    # a reference case's provenance marks (desktop.models.provenance); None for user cases
    types_provenance: RatingProvenance | None = None
    leverage_provenance: RatingProvenance | None = None
    language: str = "en"  # the language of its fixed words (labels, headings, legends)

    @property
    def marks_1(self) -> bool:
        """Whether Scorecard 1 shows any provenance mark (then it prints the legend)."""
        return any(p is not None for p in (self.types_provenance, self.leverage_provenance,
                                           *(row.provenance for row in self.pillars)))

    @property
    def marks_2(self) -> bool:
        return any(col.marks for col in self.levels)

    @property
    def words(self) -> Words:
        """The document's fixed words in its language (every writer takes them from here)."""
        return words(self.language)

    @property
    def provenance_legend(self) -> str:  # "Rating marks: ● as published in the report · …"
        return legend_line(self.language)

    @property
    def likelihood_legend(self) -> str:
        return self.words("legend.likelihood")

    @property
    def feasibility_legend(self) -> str:
        return self.words("legend.feasibility")


FACTORS = ("market_entry_barriers", "substitutability", "foreign_availability", "effective_utilisation",
           "ethical_constraints", "spillover_damage", "dual_use_relevance")  # glossary terms, in the wizard's order


def _factors(case: Case, w: Words) -> list[str]:
    lev = case.leverage

    def label(value) -> str:
        if value is None:
            return "—"
        if isinstance(value, bool):
            return w.yes_no(value)
        return w.label(value)

    def factor(name: str) -> str:  # a reference case's value ends in its provenance mark
        value = getattr(lev, name)
        text = ", ".join(w.label(b) for b in value) or "—" if name == "market_entry_barriers" else label(value)
        return w.pair(w.term(f"term.{name}"), text if text == "—" else marked(text, rating_provenance(case, f"leverage.{name}")))

    return [factor(name) for name in FACTORS]


ONE_LINE_FIELDS = frozenset({"title", "technology_area", "author", "organisation", "banner", "label"})


def printable(value, field: str = ""):
    """``value`` (a scorecard, its parts, their texts) with every text made safe to print, in
    every format alike: controls, noncharacters and invisible direction overrides removed (a
    right-to-left override in a title would reverse the running head's own words), line breaks
    kept in body text; in one-line fields (titles, names, labels) breaks and runs of spaces become
    one space."""
    if type(value) is str:
        return " ".join(one_line(value).split()) if field in ONE_LINE_FIELDS else terminal_text(value)
    if isinstance(value, list):
        return [printable(item, field) for item in value]
    if isinstance(value, tuple):
        return tuple(printable(item, field) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: printable(getattr(value, f.name), f.name)
                                             for f in dataclasses.fields(value) if f.init})
    return value  # numbers, enums (their labels are the app's own), None


def build_scorecard(case: Case, *, date: str, version: str, options: ScorecardOptions = ScorecardOptions(),
                    history_lines: list[str] | None = None, changes: ChangesRecord | None = None,
                    today: Date | None = None) -> Scorecard:
    """``changes``: the changes annex as the export built it from the store (with history);
    when asked for without it, it comes from the snapshot stored in the case. Every fixed word
    is in ``options.language``; the case's own texts stay exactly as written."""
    w = words(options.language)
    lang = w.lang
    if options.workshop or options.sources or options.dissent or (options.changes_since and not changes):
        from .scorecard_annexes import changes_record, dissent_items, evidence_items, workshop_record

    def provenance(path: str, value) -> RatingProvenance | None:  # a mark only beside a value
        return rating_provenance(case, path) if value not in (None, [], {}) else None

    pillars = [PillarRow(w.label(p), case.strength.pillar(p).present, case.strength.pillar(p).stance,
                         case.strength.pillar(p).likelihood,
                         provenance(f"strength.pillars.{p.value}.likelihood", case.strength.pillar(p).likelihood))
               for p in Pillar]
    types = [(w.label(t), t in case.strength.types) for t in StrengthType]
    amb = case.ambition
    levels = [
        LevelColumn(level, amb.feasibility.get(level), amb.chosen_level is level,
                    [(w.label(i.ppp), _recommendation(i.text, w)) for i in case.instruments_for(level)[:MAX_RECOMMENDATIONS]],
                    provenance=provenance(f"ambition.feasibility.{level.value}", amb.feasibility.get(level)),
                    chosen_provenance=provenance("ambition.chosen_level", amb.chosen_level) if amb.chosen_level is level else None,
                    recommendations_provenance=provenance("instruments", case.instruments_for(level)),
                    builds_on=amb.builds_on.get(level),
                    note=(amb.level_notes.get(level) or "").strip() or None,
                    omitted=max(0, len(case.instruments_for(level)) - MAX_RECOMMENDATIONS),
                    reference=case.is_reference, lang=lang)
        for level in Level
    ]
    source_note = ""
    if case.reference is not None:
        authors = ", ".join(case.reference.authors)
        ref = {"citation": case.reference.citation, "chapter": str(case.reference.chapter)}
        source_note = w("source.authors", authors=authors, **ref) if authors else w("source.plain", **ref)
        if case.provenance and not case.provenance.ratings:  # (per-value marks say it more exactly)
            parts = [w("pair.lower", field=Step(name), value=getattr(case.provenance, name))
                     for name in ("strength", "leverage", "ambition") if getattr(case.provenance, name)]
            source_note += w("source.ratings", parts="; ".join(parts))
    extra: list[tuple[str, list[str]]] = []
    if options.rationale:
        texts = [(w.label(step), text) for step, text in ((Step.STRENGTH, case.strength.rationale),
                                                           (Step.LEVERAGE, case.leverage.rationale),
                                                           (Step.AMBITION, case.ambition.rationale)) if text]
        extra.append((w("extra.rationale"), [w.pair(name, text) for name, text in texts] or [w("extra.no_rationale")]))
    if options.leverage_factors:
        extra.append((w("extra.factors"), _factors(case, w)))
    if options.overrides:
        extra.append((w("extra.overrides"), [
            w("extra.override", field=o.field, suggested=str(o.suggested or "—"), value=str(o.value or "—"),
              reason=o.reason) for o in case.overrides
        ] or [w("extra.no_overrides")]))
    if options.history:
        extra.append((w("extra.history"), history_lines or [w("extra.no_history")]))
    return printable(Scorecard(
        title=case.title,
        technology_area=case.technology_area or "—",
        author=case.author or "",
        organisation=case.organisation or "",
        date=date,
        version=version,
        citation=w("citation", text=METHOD_CITATION.removeprefix("Method: ")),
        source_note=source_note,
        pillars=pillars,
        types=types,
        leverage=case.leverage.degree,
        levels=levels,
        extra_sections=extra,
        workshop=workshop_record(case, lang) if options.workshop else None,
        banner=banner_line(options.banner),
        sources=evidence_items(case, today or Date.today(), options.stale_years, lang) if options.sources else None,
        dissent=dissent_items(case, lang) if options.dissent else None,
        changes=changes or (changes_record(case, options.changes_since, lang=lang) if options.changes_since else None),
        context=context_of(case) if options.context else None,
        types_provenance=provenance("strength.types", case.strength.types),
        leverage_provenance=provenance("leverage.degree", case.leverage.degree),
        actors=[w.label(actor) for actor in case.actors],
        language=lang,
    ))
