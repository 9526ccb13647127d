"""The report's cross-case figures (SPEC.md §5) as plain data: which cases a portfolio shows, and
what each chart plots. Charts (``desktop/views/portfolio/``) only draw what is computed here, so
the figures can be tested, and printed by ``rdw figure``, without Qt.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum

from .case import Case
from .catalogue import table2_column
from .provenance import rating_provenance, words
from .scales import (
    PPP,
    Feasibility,
    Focus,
    Level,
    LeverageDegree,
    Likelihood,
    Pillar,
    SpilloverDamage,
    Stance,
    StrengthType,
    Substitutability,
)


class ScopeKind(str, Enum):
    ALL = "all"
    REFERENCE = "reference"
    MINE = "mine"
    SELECTION = "selection"


@dataclass(frozen=True)
class Scope:
    """Which cases a chart shows: a kind, an optional selection of ids, an optional area."""

    kind: ScopeKind = ScopeKind.ALL
    selection: tuple[str, ...] = ()
    area: str | None = None

    def admits(self, case: Case) -> bool:
        if self.kind is ScopeKind.REFERENCE and not case.is_reference:
            return False
        if self.kind is ScopeKind.MINE and case.is_reference:
            return False
        if self.kind is ScopeKind.SELECTION and case.id not in self.selection:
            return False
        return self.area is None or (case.technology_area or "") == self.area


def in_scope(cases: list[Case], scope: Scope) -> list[Case]:
    """The cases a scope admits, reference library first, then by title (the case list's order)."""
    chosen = [c for c in cases if scope.admits(c)]
    return sorted(chosen, key=lambda c: (not c.is_reference, c.title.casefold(), c.id))


def technology_areas(cases: list[Case]) -> list[str]:
    return sorted({c.technology_area for c in cases if c.technology_area}, key=str.casefold)


_DANGLING = {"for", "of", "and", "the", "in", "on", "to", "a", "an", "with"}


def _width(text: str) -> int:
    """Display width in Latin characters: Chinese and other wide characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def short_label(title: str, limit: int = 32) -> str:
    """A chart label: the title without a trailing parenthesis, cut at a word with "…" if long.
    The full title is always in the tooltip."""
    text = " ".join(title.split())
    if "(" in text and not text.startswith("("):
        text = text[: text.index("(")].rstrip() or text
    if _width(text) <= limit:
        return text
    cut, used = "", 0
    for ch in text:
        used += _width(ch)
        if used > limit - 1:
            break
        cut += ch
    if " " in cut[len(cut) // 2:]:
        cut = cut[: cut.rindex(" ")]
    words = cut.rstrip(" ,;:-–").split(" ")
    while len(words) > 1 and words[-1].casefold() in _DANGLING:
        words.pop()
    return " ".join(words) + "…"


@dataclass(frozen=True)
class Mark:
    """One case's marker on a chart: position in chart units, what it shows, what it opens."""

    case_id: str
    label: str
    title: str
    x: float
    y: float
    value: object = None  # the rating that colours the marker (Likelihood, LeverageDegree …)
    tooltip: str = ""
    width: float = 1.0  # room for marker and label, in chart units (labels are cut to fit)


def _stack(n: int, centre: float, span: float) -> list[float]:
    """``n`` positions spread evenly over ``span`` around ``centre`` (top to bottom)."""
    if n == 1:
        return [centre]
    step = span / (n - 1)
    return [centre + span / 2 - i * step for i in range(n)]


def _columns(n: int, per_column: int) -> tuple[list[tuple[int, int, int]], int]:
    """(column, row, rows in that column) for n items filled column by column; and the number
    of columns."""
    cols = max(1, math.ceil(n / per_column))
    rows_per = math.ceil(n / cols)
    out = []
    for i in range(n):
        col, row = divmod(i, rows_per)
        out.append((col, row, min(rows_per, n - col * rows_per)))
    return out, cols


def _place_in_cells(groups: dict[tuple[int, int], list[tuple[Case, object, str]]],
                    per_column: int = 7) -> list[Mark]:
    """Cases sharing a cell are stacked (and, when many, set in columns) inside the cell, so
    no two markers or labels sit on top of each other. A cell spans ±0.5 around its centre;
    markers sit at its left so the label has the rest of the width."""
    marks = []
    for (cx, cy), members in groups.items():
        slots, cols = _columns(len(members), per_column)
        width = 1.0 / cols
        for (case, value, tip), (col, row, rows) in zip(members, slots):
            x = cx - 0.44 + col * width
            y = _stack(rows, cy, min(0.78, 0.13 * (rows - 1)))[row]
            marks.append(Mark(case.id, short_label(case.title, 32 if cols == 1 else 18), case.title,
                              x, y, value, tip, width * 0.94))
    return marks


# -- Figure 1: strength map --------------------------------------------------------------------
STANCES = [Stance.MAINTAIN, Stance.REGAIN_DEVELOP]
PILLARS = list(Pillar)


def strength_map(cases: list[Case]) -> list[Mark]:
    """Pillars (x) × maintain | regain/develop (y: maintain on top), a marker per case and
    present pillar with a stance, valued by the likelihood of an edge in 10 years."""
    groups: dict[tuple[int, int], list] = {}
    for case in cases:
        for px, pillar in enumerate(PILLARS):
            p = case.strength.pillars.get(pillar)
            if not p or not p.present or p.stance is None:
                continue
            cy = 1 if p.stance is Stance.MAINTAIN else 0
            likely = p.likelihood.label.lower() if p.likelihood else "not rated"
            tip = (f"{case.title}\n{pillar.label}: {p.stance.label.lower()}, likelihood {likely}"
                   + _source(case, f"strength.pillars.{pillar.value}.likelihood"))
            groups.setdefault((px, cy), []).append((case, p.likelihood, tip))
    return _place_in_cells(groups)


# -- Figure 2: strength types × cases ----------------------------------------------------------
SHORT_TYPE = {
    StrengthType.TECHNOLOGICAL_EXCELLENCE: "Technological\nexcellence",
    StrengthType.COMMERCIALISATION_ADVANTAGE: "Commercial-\nisation",
    StrengthType.MARKET_ACCESS_CONDITIONING: "Market\naccess",
    StrengthType.REGULATORY_POLITICAL_NORMATIVE: "Regulatory,\nnormative",
    StrengthType.SUSTAINABILITY: "Sustain-\nability",
    StrengthType.RESEARCH_PARTNERSHIPS_THIRD_COUNTRIES: "Research\npartnerships",
}


@dataclass(frozen=True)
class Matrix:
    """Rows of cases (top row = first case) × columns; ``cells`` maps (row, column) to a value."""

    rows: list[tuple[str, str, str]]  # (case id, label, title)
    columns: list[object]
    cells: dict[tuple[int, int], object] = field(default_factory=dict)
    highlight: dict[int, int] = field(default_factory=dict)  # row -> column (e.g. chosen level)
    # where a reference case's value comes from, for tooltips: (row, column) or (row, -1) for the
    # highlighted column -> " (as published in the report)" …
    sources: dict[tuple[int, int], str] = field(default_factory=dict)

    def column_counts(self) -> list[int]:
        counts = Counter(col for (_, col), v in self.cells.items() if v is not None)
        return [counts[i] for i in range(len(self.columns))]


def _source(case: Case, path: str) -> str:
    """" (as published in the report)" after a reference case's value in a tooltip; "" else."""
    said = words(rating_provenance(case, path))
    return f" ({said})" if said else ""


def _rows(cases: list[Case]) -> list[tuple[str, str, str]]:
    return [(c.id, short_label(c.title), c.title) for c in cases]


def strength_types(cases: list[Case]) -> Matrix:
    types = list(StrengthType)
    cells = {(r, types.index(t)): True for r, c in enumerate(cases) for t in set(c.strength.types)}
    sources = {(r, -1): _source(c, "strength.types") for r, c in enumerate(cases)}
    return Matrix(_rows(cases), types, cells, sources={k: v for k, v in sources.items() if v})


# -- Figure 3: feasibility matrix --------------------------------------------------------------
def feasibility(cases: list[Case]) -> Matrix:
    levels = list(Level)
    cells = {(r, levels.index(lv)): f for r, c in enumerate(cases) for lv, f in c.ambition.feasibility.items()}
    chosen = {r: levels.index(c.ambition.chosen_level) for r, c in enumerate(cases) if c.ambition.chosen_level}
    sources = {(r, levels.index(lv)): _source(c, f"ambition.feasibility.{lv.value}")
               for r, c in enumerate(cases) for lv in c.ambition.feasibility}
    sources.update({(r, -1): _source(c, "ambition.chosen_level") for r, c in enumerate(cases) if r in chosen})
    return Matrix(_rows(cases), levels, cells, chosen, {k: v for k, v in sources.items() if v})


# -- Figure 4: degree of leverage --------------------------------------------------------------
@dataclass(frozen=True)
class LeverageBars:
    bars: list[Mark]  # x = degree rank + 1 (1 = low … 5 = high), y = row from the top
    unrated: list[str]  # titles of cases without a degree


def leverage(cases: list[Case]) -> LeverageBars:
    """Cases ordered from the highest degree of leverage to the lowest (then by title)."""
    rated = [c for c in cases if c.leverage.degree is not None]
    rated.sort(key=lambda c: (-c.leverage.degree.rank, c.title.casefold()))
    n = len(rated)
    bars = [Mark(c.id, short_label(c.title), c.title, c.leverage.degree.rank + 1, n - 1 - i, c.leverage.degree,
                 f"{c.title}\nDegree of leverage: {c.leverage.degree.label.lower()}{_source(c, 'leverage.degree')}")
            for i, c in enumerate(rated)]
    return LeverageBars(bars, [c.title for c in cases if c.leverage.degree is None])


# -- Figure 5: substitutability vs spillover damage ---------------------------------------------
SUBSTITUTABILITY = list(Substitutability)
SPILLOVER = list(SpilloverDamage)


def substitutability_spillover(cases: list[Case]) -> tuple[list[Mark], list[str]]:
    """One point per case with both ratings (x: easy → very hard, y: low → high damage), valued
    by its degree of leverage; cases sharing a cell are stacked inside it. Also the titles of
    cases left out for lack of a rating."""
    groups: dict[tuple[int, int], list] = {}
    missing = []
    for case in cases:
        sub, spill = case.leverage.substitutability, case.leverage.spillover_damage
        if sub is None or spill is None:
            missing.append(case.title)
            continue
        degree = case.leverage.degree
        tip = (f"{case.title}\nSubstitutability: {sub.label.lower()}{_source(case, 'leverage.substitutability')}"
               f"\nSpillover damage: {spill.label.lower()}{_source(case, 'leverage.spillover_damage')}"
               f"\nDegree of leverage: {degree.label.lower() if degree else 'not rated'}"
               f"{_source(case, 'leverage.degree') if degree else ''}")
        groups.setdefault((sub.rank, spill.rank), []).append((case, degree, tip))
    return _place_in_cells(groups, per_column=5), missing


# -- Table 2: instrument patterns per level -----------------------------------------------------
@dataclass(frozen=True)
class LevelPattern:
    """One level of ambition: the cases' instruments counted by protect / promote / partner,
    next to the two rows of the report's Table 2 for that level."""

    level: Level
    instruments: int
    cases: list[str]  # ids of the cases with at least one instrument at this level
    ppp: dict[PPP, int]
    ppp_cases: dict[PPP, list[str]]
    focus: tuple[Focus, ...]  # Table 2's "source of strength in focus" row for the level
    table_ppp: str  # Table 2's protect / promote / partner row, as the table words it

    def share(self, tag: PPP) -> float:
        return self.ppp[tag] / self.instruments if self.instruments else 0.0

    @property
    def focus_text(self) -> str:
        """"knowledge security" or "research promotion, commercialisation"."""
        return ", ".join(tag.label.lower() for tag in self.focus)


def instrument_patterns(cases: list[Case]) -> list[LevelPattern]:
    out = []
    for level in Level:
        chosen = [(c, i) for c in cases for i in c.instruments if i.level is level]
        ppp = {tag: sum(1 for _, i in chosen if i.ppp is tag) for tag in PPP}
        ppp_cases = {tag: _unique(c.id for c, i in chosen if i.ppp is tag) for tag in PPP}
        column = table2_column(level)
        out.append(LevelPattern(level, len(chosen), _unique(c.id for c, _ in chosen), ppp, ppp_cases,
                                column.focus, column.ppp_text))
    return out


def _unique(ids) -> list[str]:
    return list(dict.fromkeys(ids))


# -- names of the figures (the CLI's and the view's vocabulary) ---------------------------------
FIGURES = {
    "strength-map": "Strength map: pillars × maintain / regain",
    "strength-types": "Types of strength",
    "feasibility": "Feasibility of the levels of ambition",
    "leverage": "Degree of leverage",
    "substitutability-spillover": "Substitutability vs spillover damage",
    "instruments": "Instrument patterns per level",
}

__all__ = [
    "FIGURES", "Feasibility", "LeverageBars", "LeverageDegree", "LevelPattern", "Likelihood", "Mark",
    "Matrix", "Scope", "ScopeKind", "feasibility", "in_scope", "instrument_patterns", "leverage",
    "short_label", "strength_map", "strength_types", "substitutability_spillover", "technology_areas",
]
