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

from .case import Case, Instrument, PillarAssessment
from .provenance import rating_provenance
from .scales import Level, Pillar, RatingProvenance, Scale, Step, StrengthType

DASH = "—"
TICK = "✓"
MIN_CASES, MAX_CASES = 2, 4
SECTION_TITLES = {
    Step.BASICS: "Basics",
    Step.STRENGTH: "1 · Strength",
    Step.LEVERAGE: "2 · Leverage",
    Step.AMBITION: "3 · Ambition",
    Step.INSTRUMENTS: "4 · Instruments",
}


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
            return "No differences"
        return f"{n} difference{'s' if n != 1 else ''} in {steps} step{'s' if steps != 1 else ''}"


# -- helpers: one (text, value, rating) triple per case ------------------------------------------
Cell = tuple[str, Hashable, Scale | None]


def _norm(text: str | None) -> str | None:
    """Whitespace-insensitive text for comparing; blank means not given."""
    return (" ".join(text.split()) or None) if text else None


def _text_cell(text: str | None) -> Cell:
    value = _norm(text)
    return (text.strip() if value else DASH, value, None)


def _scale_cell(value: Scale | None, rating: bool = False) -> Cell:
    if value is None:
        return (DASH, None, None)
    return (value.label, value.token, value if rating else None)


def _lines_cell(items: list[str], ordered: bool = False) -> Cell:
    kept = [i.strip() for i in items if i and i.strip()]
    if not kept:
        return (DASH, None, None)
    keys = [_norm(i) for i in kept]
    return ("\n".join(kept), tuple(keys) if ordered else frozenset(keys), None)


def _pillar_cell(p: PillarAssessment) -> Cell:
    if p.present is None:
        return (DASH, None, None)
    if not p.present:
        return ("Not a source of strength", False, None)
    stance = p.stance.label if p.stance else DASH
    likelihood = p.likelihood.label.lower() if p.likelihood else DASH
    value = (True, p.stance.token if p.stance else None, p.likelihood.token if p.likelihood else None)
    return (f"{stance} · likelihood {likelihood}", value, p.likelihood)


def _status_cell(case: Case) -> Cell:
    done = case.completed_steps()
    text = f"{case.status.label} · {len(done)} of {len(Step)} steps complete"
    return (text, (case.status.token, tuple(s.token for s in done)), None)


def _actors_cell(case: Case) -> Cell:
    """Who should act, in the model's order; the same set in another order is no difference."""
    if not case.actors:
        return (DASH, None, None)
    return (", ".join(a.label for a in case.actors), frozenset(a.token for a in case.actors), None)


def _yes_no(value: bool | None) -> Cell:
    return (DASH, None, None) if value is None else ("Yes" if value else "No", value, None)


def _balance_cell(value: int | None) -> Cell:
    if value is None:
        return (DASH, None, None)
    return (f"{100 - value}% entanglement · {value}% autonomy", value, None)


def _instrument_line(i: Instrument) -> str:
    return f"[{i.ppp.label}] {i.text.strip()}"


def _instruments_cell(case: Case, level: Level) -> Cell:
    chosen = case.instruments_for(level)
    if not chosen:
        return (DASH, None, None)
    value = frozenset(((_norm(i.text) or "").casefold(), i.ppp.token, i.focus.token) for i in chosen)
    return ("\n".join(_instrument_line(i) for i in chosen), value, None)


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
def _basics(cases: tuple[Case, ...]) -> list[Row]:
    s = Step.BASICS
    return [
        _row(s, "Title", cases, lambda c: _text_cell(c.title)),
        _row(s, "Technology area", cases, lambda c: _text_cell(c.technology_area)),
        _row(s, "Summary", cases, lambda c: _text_cell(c.summary)),
        _row(s, "China's dependency", cases, lambda c: _text_cell(c.china_dependency)),
        _row(s, "Key facts", cases, lambda c: _lines_cell(c.key_facts)),
        _row(s, "Who should act", cases, _actors_cell),
        _row(s, "Author", cases, lambda c: _text_cell(c.author)),
        _row(s, "Organisation", cases, lambda c: _text_cell(c.organisation)),
        _row(s, "Status", cases, _status_cell),
    ]


def _strength(cases: tuple[Case, ...]) -> list[Row]:
    s = Step.STRENGTH
    rows = [_row(s, p.label, cases, lambda c, p=p: _pillar_cell(c.strength.pillar(p)),
                 f"strength.pillars.{p.value}.likelihood") for p in Pillar]
    for t in StrengthType:
        rows.append(_row(s, t.label, cases, lambda c, t=t: (TICK, True, None) if t in c.strength.types else (DASH, False, None),
                         "strength.types"))
    rows.append(_row(s, "Rationale", cases, lambda c: _text_cell(c.strength.rationale)))
    return rows


def _leverage(cases: tuple[Case, ...]) -> list[Row]:
    s = Step.LEVERAGE
    return [
        _row(s, "Market-entry barriers", cases,
             lambda c: _lines_cell([b.label for b in c.leverage.market_entry_barriers]), "leverage.market_entry_barriers"),
        _row(s, "Substitutability", cases, lambda c: _scale_cell(c.leverage.substitutability), "leverage.substitutability"),
        _row(s, "Foreign availability", cases, lambda c: _scale_cell(c.leverage.foreign_availability),
             "leverage.foreign_availability"),
        _row(s, "Effective utilisation", cases, lambda c: _scale_cell(c.leverage.effective_utilisation),
             "leverage.effective_utilisation"),
        _row(s, "Ethical constraints", cases, lambda c: _yes_no(c.leverage.ethical_constraints), "leverage.ethical_constraints"),
        _row(s, "Spillover damage", cases, lambda c: _scale_cell(c.leverage.spillover_damage), "leverage.spillover_damage"),
        _row(s, "Dual-use relevance", cases, lambda c: _scale_cell(c.leverage.dual_use_relevance), "leverage.dual_use_relevance"),
        _row(s, "Degree of leverage", cases, lambda c: _scale_cell(c.leverage.degree, rating=True), "leverage.degree"),
        _row(s, "Rationale", cases, lambda c: _text_cell(c.leverage.rationale)),
    ]


def _ambition(cases: tuple[Case, ...]) -> list[Row]:
    s = Step.AMBITION
    rows = [
        _row(s, f"Feasibility: {lv.label.lower()}", cases,
             lambda c, lv=lv: _scale_cell(c.ambition.feasibility.get(lv), rating=True), f"ambition.feasibility.{lv.value}")
        for lv in Level
    ]
    rows += [
        _row(s, "Level chosen", cases, lambda c: _scale_cell(c.ambition.chosen_level), "ambition.chosen_level"),
        _row(s, "Entanglement ↔ autonomy", cases, lambda c: _balance_cell(c.ambition.entanglement_autonomy),
             "ambition.entanglement_autonomy"),
        _row(s, "Rationale", cases, lambda c: _text_cell(c.ambition.rationale)),
    ]
    return rows


def _instruments(cases: tuple[Case, ...]) -> list[Row]:
    s = Step.INSTRUMENTS
    return [_row(s, lv.label, cases, lambda c, lv=lv: _instruments_cell(c, lv), "instruments") for lv in Level]


def compare_cases(cases: list[Case]) -> Comparison:
    """Compare 2–4 cases field by field, in the wizard's order (Basics, then the four steps)."""
    cases = tuple(cases)
    if not MIN_CASES <= len(cases) <= MAX_CASES:
        raise ValueError(f"Select between {MIN_CASES} and {MAX_CASES} cases to compare ({len(cases)} given).")
    builders = {
        Step.BASICS: _basics,
        Step.STRENGTH: _strength,
        Step.LEVERAGE: _leverage,
        Step.AMBITION: _ambition,
        Step.INSTRUMENTS: _instruments,
    }
    sections = tuple(Section(step, SECTION_TITLES[step], tuple(build(cases))) for step, build in builders.items())
    return Comparison(cases=cases, sections=sections)
