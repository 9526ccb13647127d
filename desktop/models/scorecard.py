"""What a scorecard says, as plain data: built from a case without Qt, rendered by the views.

Scorecard 1: technology field, the three pillars (stance and likelihood), the six types of
strength, the degree of leverage on its scale. Scorecard 2: feasibility of the four levels and
the core recommendations under each ("None" where a level is not feasible or has none).
Keeping this apart from the drawing code lets tests check content without rendering.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import METHOD_CITATION
from .case import Case
from .scales import Feasibility, Level, LeverageDegree, Likelihood, Pillar, Stance, StrengthType


@dataclass(frozen=True)
class PillarRow:
    label: str
    present: bool | None
    stance: Stance | None
    likelihood: Likelihood | None


@dataclass(frozen=True)
class LevelColumn:
    level: Level
    feasibility: Feasibility | None
    chosen: bool
    recommendations: list[tuple[str, str]]  # (protect/promote/partner label, text)

    @property
    def shows_none(self) -> bool:
        return self.feasibility is Feasibility.NOT_FEASIBLE or not self.recommendations


@dataclass(frozen=True)
class ScorecardOptions:
    """Optional sections a user can switch on for a memo."""

    rationale: bool = False
    leverage_factors: bool = False
    overrides: bool = False
    history: bool = False


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


def _factors(case: Case) -> list[str]:
    lev = case.leverage
    def label(value) -> str:
        if value is None:
            return "—"
        if isinstance(value, bool):
            return "Yes" if value else "No"
        return value.label

    return [
        f"Market-entry barriers: {', '.join(b.label for b in lev.market_entry_barriers) or '—'}",
        f"Substitutability: {label(lev.substitutability)}",
        f"Foreign availability: {label(lev.foreign_availability)}",
        f"Effective utilisation: {label(lev.effective_utilisation)}",
        f"Ethical constraints: {label(lev.ethical_constraints)}",
        f"Spillover damage: {label(lev.spillover_damage)}",
        f"Dual-use relevance: {label(lev.dual_use_relevance)}",
    ]


def build_scorecard(case: Case, *, date: str, version: str, options: ScorecardOptions = ScorecardOptions(),
                    history_lines: list[str] | None = None) -> Scorecard:
    pillars = [PillarRow(p.label, case.strength.pillar(p).present, case.strength.pillar(p).stance,
                         case.strength.pillar(p).likelihood) for p in Pillar]
    types = [(t.label, t in case.strength.types) for t in StrengthType]
    levels = [
        LevelColumn(level, case.ambition.feasibility.get(level), case.ambition.chosen_level is level,
                    [(i.ppp.label, i.text) for i in case.instruments_for(level)])
        for level in Level
    ]
    source_note = ""
    if case.reference is not None:
        authors = ", ".join(case.reference.authors)
        source_note = f"Reference case: {case.reference.citation}, chapter {case.reference.chapter}" + (
            f" ({authors})." if authors else ".")
        if case.provenance:
            parts = [f"{name}: {getattr(case.provenance, name).label.lower()}"
                     for name in ("strength", "leverage", "ambition") if getattr(case.provenance, name)]
            source_note += " Ratings — " + "; ".join(parts) + "."
    extra: list[tuple[str, list[str]]] = []
    if options.rationale:
        texts = [(name, text) for name, text in (("Strength", case.strength.rationale), ("Leverage", case.leverage.rationale),
                                                 ("Ambition", case.ambition.rationale)) if text]
        extra.append(("Rationale", [f"{name}: {text}" for name, text in texts] or ["No rationale recorded."]))
    if options.leverage_factors:
        extra.append(("Leverage factors", _factors(case)))
    if options.overrides:
        extra.append(("Ratings that differ from the suggestion", [
            f"{o.field}: suggested {o.suggested or '—'}, chosen {o.value or '—'}. Reason: {o.reason}" for o in case.overrides
        ] or ["No override recorded."]))
    if options.history:
        extra.append(("History", history_lines or ["No recorded changes."]))
    return Scorecard(
        title=case.title,
        technology_area=case.technology_area or "—",
        author=case.author or "",
        organisation=case.organisation or "",
        date=date,
        version=version,
        citation=METHOD_CITATION,
        source_note=source_note,
        pillars=pillars,
        types=types,
        leverage=case.leverage.degree,
        levels=levels,
        extra_sections=extra,
    )
