"""Side-by-side comparison of 2–4 cases, step by step, with the differing rows marked (issue 6).

Plain Python, no Qt: the view and any export read the same ``Comparison``. Every row keeps two
things per case: the text a person reads (enum labels, "—" for not assessed) and a comparable
value built from tokens, so that wording or list order that carries no meaning (the order in
which strength types or barriers were ticked, the order of instruments) never counts as a
difference.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass

from .analysis_words import CATALOGUE, count, label, say, term
from .case import Case, Instrument, PillarAssessment
from .language import Phrase
from .provenance import rating_provenance
from .scales import Level, Pillar, RatingProvenance, Scale, Step, StrengthType

DASH = "—"
TICK = "✓"
MIN_CASES, MAX_CASES = 2, 4


def section_title(step: Step, lang: str = "en") -> str:
    """"Basics", "1 · Strength" … "4 · Instruments" (the step's glossary word)."""
    return label(step, lang) if step is Step.BASICS else f"{step.rank} · {label(step, lang)}"


SECTION_TITLES = {step: section_title(step) for step in Step}


@dataclass(frozen=True)
class Row:
    """One compared field: what each case shows, what is compared, and whether they differ."""

    section: Step
    label: str
    texts: tuple[str, ...]  # per case, for display; "—" when not assessed
    values: tuple[Hashable, ...]  # per case, comparable (tokens, frozensets for unordered lists)
    ratings: tuple[Scale | None, ...]  # per case, the rating behind a coloured cell, else None
    differs: bool
    # per case, where a reference case's value comes from (desktop.models.provenance), else None;
    # shown as a mark, never compared (the values are)
    provenance: tuple[RatingProvenance | None, ...] = ()

    def provenance_of(self, n: int) -> RatingProvenance | None:
        return self.provenance[n] if n < len(self.provenance) else None


@dataclass(frozen=True)
class Section:
    step: Step
    title: str
    rows: tuple[Row, ...]

    @property
    def differences(self) -> int:
        return sum(r.differs for r in self.rows)


@dataclass(frozen=True)
class Comparison:
    cases: tuple[Case, ...]
    sections: tuple[Section, ...]
    lang: str = "en"  # the language of its texts (labels, values, summary)

    @property
    def rows(self) -> tuple[Row, ...]:
        return tuple(r for s in self.sections for r in s.rows)

    @property
    def has_provenance(self) -> bool:
        """Whether any cell carries a provenance mark (then the view shows the marks' legend)."""
        return any(p is not None for r in self.rows for p in r.provenance)

    @property
    def differences_per_section(self) -> dict[Step, int]:
        return {s.step: s.differences for s in self.sections}

    @property
    def difference_count(self) -> int:
        return sum(s.differences for s in self.sections)

    @property
    def sections_with_differences(self) -> int:
        return sum(1 for s in self.sections if s.differences)

    def summary(self) -> str:
        """E.g. "7 differences in 4 steps", or "No differences"."""
        n, steps = self.difference_count, self.sections_with_differences
        if not n:
            return say("compare.no_differences", self.lang)
        return say("count.in_steps", self.lang, things=count("difference", n, self.lang),
                   steps=count("step", steps, self.lang))


# -- helpers: one (text, value, rating) triple per case ------------------------------------------
Cell = tuple[str, Hashable, Scale | None]


def _norm(text: str | None) -> str | None:
    """Whitespace-insensitive text for comparing; blank means not given."""
    return (" ".join(text.split()) or None) if text else None


def _text_cell(text: str | None) -> Cell:
    value = _norm(text)
    return (text.strip() if value else DASH, value, None)


def _scale_cell(value: Scale | None, lang: str, rating: bool = False) -> Cell:
    if value is None:
        return (DASH, None, None)
    return (label(value, lang), value.token, value if rating else None)


def _lines_cell(items: list[str], ordered: bool = False) -> Cell:
    kept = [i.strip() for i in items if i and i.strip()]
    if not kept:
        return (DASH, None, None)
    keys = [_norm(i) for i in kept]
    return ("\n".join(kept), tuple(keys) if ordered else frozenset(keys), None)


def _pillar_cell(p: PillarAssessment, lang: str) -> Cell:
    if p.present is None:
        return (DASH, None, None)
    if not p.present:
        return (say("compare.not_a_source", lang), False, None)
    stance = label(p.stance, lang) if p.stance else DASH
    likelihood = p.likelihood if p.likelihood else DASH
    value = (True, p.stance.token if p.stance else None, p.likelihood.token if p.likelihood else None)
    return (say("compare.pillar", lang, stance=stance, likelihood=likelihood), value, p.likelihood)


def _status_cell(case: Case, lang: str) -> Cell:
    done = case.completed_steps()
    text = say("compare.status", lang, status=case.status, done=str(len(done)), total=str(len(Step)))
    return (text, (case.status.token, tuple(s.token for s in done)), None)


def _actors_cell(case: Case, lang: str) -> Cell:
    """Who should act, in the model's order; the same set in another order is no difference."""
    if not case.actors:
        return (DASH, None, None)
    return (", ".join(label(a, lang) for a in case.actors), frozenset(a.token for a in case.actors), None)


def _yes_no(value: bool | None, lang: str) -> Cell:
    return (DASH, None, None) if value is None else (say("yes" if value else "no", lang), value, None)


def balance_text(value: int, lang: str = "en") -> str:
    """"70% entanglement · 30% autonomy"."""
    return say("balance", lang, entanglement=str(100 - value), autonomy=str(value))


def _balance_cell(value: int | None, lang: str) -> Cell:
    if value is None:
        return (DASH, None, None)
    return (balance_text(value, lang), value, None)


def _instrument_line(i: Instrument, lang: str) -> str:
    return f"[{label(i.ppp, lang)}] {i.text.strip()}"


def _instruments_cell(case: Case, level: Level, lang: str) -> Cell:
    chosen = case.instruments_for(level)
    if not chosen:
        return (DASH, None, None)
    value = frozenset(((_norm(i.text) or "").casefold(), i.ppp.token, i.focus.token) for i in chosen)
    return ("\n".join(_instrument_line(i, lang) for i in chosen), value, None)


def _row(step: Step, label: str, cases: tuple[Case, ...], cell: Callable[[Case], Cell],
         path: str | None = None) -> Row:
    """``path``: the rated value's provenance path (``case.PROVENANCE_RATINGS``), if it has one."""
    cells = [cell(c) for c in cases]
    values = tuple(c[1] for c in cells)
    return Row(
        section=step,
        label=label,
        texts=tuple(c[0] for c in cells),
        values=values,
        ratings=tuple(c[2] for c in cells),
        differs=len(set(values)) > 1,
        provenance=tuple(rating_provenance(c, path) if path and text != DASH else None
                         for c, (text, _value, _rating) in zip(cases, cells)),
    )


# -- the five steps, in the wizard's order ---------------------------------------------------------
def _basics(cases: tuple[Case, ...], lang: str) -> list[Row]:
    s = Step.BASICS
    field = lambda key: say(f"field.{key}", lang)  # noqa: E731
    return [
        _row(s, field("title"), cases, lambda c: _text_cell(c.title)),
        _row(s, term("term.technology_area", lang), cases, lambda c: _text_cell(c.technology_area)),
        _row(s, field("summary"), cases, lambda c: _text_cell(c.summary)),
        _row(s, field("china_dependency"), cases, lambda c: _text_cell(c.china_dependency)),
        _row(s, field("key_facts"), cases, lambda c: _lines_cell(c.key_facts)),
        _row(s, field("actors"), cases, lambda c: _actors_cell(c, lang)),
        _row(s, field("author"), cases, lambda c: _text_cell(c.author)),
        _row(s, field("organisation"), cases, lambda c: _text_cell(c.organisation)),
        _row(s, field("status"), cases, lambda c: _status_cell(c, lang)),
    ]


def _strength(cases: tuple[Case, ...], lang: str) -> list[Row]:
    s = Step.STRENGTH
    rows = [_row(s, label(p, lang), cases, lambda c, p=p: _pillar_cell(c.strength.pillar(p), lang),
                 f"strength.pillars.{p.value}.likelihood") for p in Pillar]
    for t in StrengthType:
        rows.append(_row(s, label(t, lang), cases,
                         lambda c, t=t: (TICK, True, None) if t in c.strength.types else (DASH, False, None),
                         "strength.types"))
    rows.append(_row(s, term("term.rationale", lang), cases, lambda c: _text_cell(c.strength.rationale)))
    return rows


LEVERAGE_ROWS = ("market_entry_barriers", "substitutability", "foreign_availability", "effective_utilisation",
                 "ethical_constraints", "spillover_damage", "dual_use_relevance", "degree")


def _leverage_cell(case: Case, name: str, lang: str) -> Cell:
    value = getattr(case.leverage, name)
    if name == "market_entry_barriers":  # shown in the language, compared as tokens
        text, _value, _rating = _lines_cell([label(b, lang) for b in value])
        return (text, frozenset(b.token for b in value) or None, None)
    if name == "ethical_constraints":
        return _yes_no(value, lang)
    return _scale_cell(value, lang, rating=name == "degree")


def _leverage(cases: tuple[Case, ...], lang: str) -> list[Row]:
    s = Step.LEVERAGE
    rows = [_row(s, term("term.degree_of_leverage" if name == "degree" else f"term.{name}", lang), cases,
                 lambda c, name=name: _leverage_cell(c, name, lang), f"leverage.{name}") for name in LEVERAGE_ROWS]
    return rows + [_row(s, term("term.rationale", lang), cases, lambda c: _text_cell(c.leverage.rationale))]


def _ambition(cases: tuple[Case, ...], lang: str) -> list[Row]:
    s = Step.AMBITION
    rows = [
        _row(s, say("compare.feasibility", lang, level=lv), cases,
             lambda c, lv=lv: _scale_cell(c.ambition.feasibility.get(lv), lang, rating=True),
             f"ambition.feasibility.{lv.value}")
        for lv in Level
    ]
    rows += [
        _row(s, term("term.level_chosen", lang), cases, lambda c: _scale_cell(c.ambition.chosen_level, lang),
             "ambition.chosen_level"),
        _row(s, say("field.entanglement_autonomy", lang), cases,
             lambda c: _balance_cell(c.ambition.entanglement_autonomy, lang), "ambition.entanglement_autonomy"),
        _row(s, term("term.rationale", lang), cases, lambda c: _text_cell(c.ambition.rationale)),
    ]
    return rows


def _instruments(cases: tuple[Case, ...], lang: str) -> list[Row]:
    s = Step.INSTRUMENTS
    return [_row(s, label(lv, lang), cases, lambda c, lv=lv: _instruments_cell(c, lv, lang), "instruments")
            for lv in Level]


def compare_cases(cases: list[Case], lang: str = "en") -> Comparison:
    """Compare 2–4 cases field by field, in the wizard's order (Basics, then the four steps);
    labels and values written in ``lang`` (what is compared are tokens, in every language)."""
    cases = tuple(cases)
    if not MIN_CASES <= len(cases) <= MAX_CASES:
        # a Phrase: its English as str(), the window's language through messages.in_language
        raise ValueError(Phrase(CATALOGUE, "compare.range", low=MIN_CASES, high=MAX_CASES, n=str(len(cases))))
    builders = {
        Step.BASICS: _basics,
        Step.STRENGTH: _strength,
        Step.LEVERAGE: _leverage,
        Step.AMBITION: _ambition,
        Step.INSTRUMENTS: _instruments,
    }
    sections = tuple(Section(step, section_title(step, lang), tuple(build(cases, lang)))
                     for step, build in builders.items())
    return Comparison(cases=cases, sections=sections, lang=lang)
