"""The report's cross-case figures (SPEC.md §5) as plain data: which cases a portfolio shows, and
what each chart plots. Charts (``desktop/views/portfolio/``) only draw what is computed here, so
the figures can be tested, and printed by ``rdw figure``, without Qt.

The figures work on ``PortfolioRow``s, the few values they plot per case: the portfolio page
reads them straight from the stored documents (``store.portfolio_rows()``), because validating
10,000 whole cases takes seconds. Every function also takes ``Case`` objects (``as_rows``).
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import TypeVar

from .analysis_words import label, lower, say, words
from .case import Case
from .catalogue import table2_column
from .figure_names import FIGURES  # (re-exported: the CLI's and the views' vocabulary)
from .scales import (
    PPP,
    Feasibility,
    Focus,
    Level,
    LeverageDegree,
    Likelihood,
    Pillar,
    RatingProvenance,
    SpilloverDamage,
    Stance,
    StrengthType,
    Substitutability,
)


@dataclass(frozen=True, slots=True)
class PortfolioRow:
    """What the figures read of one case, and nothing more (a light stand-in for ``Case``)."""

    id: str
    title: str
    technology_area: str | None = None
    is_reference: bool = False
    # the present pillars with a stance: (stance, likelihood of an edge)
    stances: dict[Pillar, tuple[Stance, Likelihood | None]] = field(default_factory=dict)
    types: tuple[StrengthType, ...] = ()
    feasibility: dict[Level, Feasibility] = field(default_factory=dict)
    chosen_level: Level | None = None
    degree: LeverageDegree | None = None
    substitutability: Substitutability | None = None
    spillover_damage: SpilloverDamage | None = None
    instruments: tuple[tuple[Level, PPP], ...] = ()  # (level, protect / promote / partner) per instrument
    provenance: dict[str, RatingProvenance] = field(default_factory=dict)  # a reference case's marks; {} else


def portfolio_row(case: Case) -> PortfolioRow:
    """The row of a whole case (``store.portfolio_rows`` reads the same from the documents)."""
    ratings = case.provenance.ratings if case.reference is not None and case.provenance is not None else {}
    return PortfolioRow(
        case.id, case.title, case.technology_area, case.is_reference,
        {p: (a.stance, a.likelihood) for p, a in case.strength.pillars.items() if a.present and a.stance is not None},
        tuple(case.strength.types), dict(case.ambition.feasibility), case.ambition.chosen_level,
        case.leverage.degree, case.leverage.substitutability, case.leverage.spillover_damage,
        tuple((i.level, i.ppp) for i in case.instruments), dict(ratings))


def as_rows(cases: Iterable[Case | PortfolioRow]) -> list[PortfolioRow]:
    """Rows as they are, cases made rows: callers with whole cases (reports, tests) still work."""
    return [c if type(c) is PortfolioRow else portfolio_row(c) for c in cases]


CaseLike = TypeVar("CaseLike", Case, PortfolioRow)


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

    def admits(self, case: Case | PortfolioRow) -> bool:
        if self.kind is ScopeKind.REFERENCE and not case.is_reference:
            return False
        if self.kind is ScopeKind.MINE and case.is_reference:
            return False
        if self.kind is ScopeKind.SELECTION and case.id not in self.selection:
            return False
        return self.area is None or (case.technology_area or "") == self.area


def in_scope(cases: Iterable[CaseLike], scope: Scope) -> list[CaseLike]:
    """The cases a scope admits, reference library first, then by title (the case list's order)."""
    chosen = [c for c in cases if scope.admits(c)]
    return sorted(chosen, key=lambda c: (not c.is_reference, c.title.casefold(), c.id))


def technology_areas(cases: Iterable[Case | PortfolioRow]) -> list[str]:
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


def _place_in_cells(groups: dict[tuple[int, int], list[tuple[PortfolioRow, object, str]]],
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


def strength_map(cases: Iterable[Case | PortfolioRow], lang: str = "en") -> list[Mark]:
    """Pillars (x) × maintain | regain/develop (y: maintain on top), a marker per case and
    present pillar with a stance, valued by the likelihood of an edge in 10 years; tooltips
    in ``lang``."""
    groups: dict[tuple[int, int], list] = {}
    for case in as_rows(cases):
        for px, pillar in enumerate(PILLARS):
            if pillar not in case.stances:
                continue
            stance, likelihood = case.stances[pillar]
            cy = 1 if stance is Stance.MAINTAIN else 0
            likely = likelihood if likelihood else say("not_rated", lang)
            tip = (f"{case.title}\n" + say("tip.pillar", lang, pillar=pillar, stance=stance, likelihood=likely)
                   + _source(case, f"strength.pillars.{pillar.value}.likelihood", lang))
            groups.setdefault((px, cy), []).append((case, likelihood, tip))
    return _place_in_cells(groups)


# -- Figure 2: strength types × cases ----------------------------------------------------------
SHORT_TYPE = {  # English; ``short_type`` gives them in each language
    StrengthType.TECHNOLOGICAL_EXCELLENCE: "Technological\nexcellence",
    StrengthType.COMMERCIALISATION_ADVANTAGE: "Commercial-\nisation",
    StrengthType.MARKET_ACCESS_CONDITIONING: "Market\naccess",
    StrengthType.REGULATORY_POLITICAL_NORMATIVE: "Regulatory,\nnormative",
    StrengthType.SUSTAINABILITY: "Sustain-\nability",
    StrengthType.RESEARCH_PARTNERSHIPS_THIRD_COUNTRIES: "Research\npartnerships",
}


def short_type(kind: StrengthType, lang: str = "en") -> str:
    """A type of strength as a two-line column header ("Market\naccess")."""
    return SHORT_TYPE[kind] if lang == "en" else say(f"short_type.{kind.value}", lang).replace("|", "\n")


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


def _source(case: PortfolioRow, path: str, lang: str = "en") -> str:
    """" (as published in the report)" after a reference case's value in a tooltip; "" else."""
    said = words(case.provenance.get(path), lang)
    return f" ({said})" if said else ""


def _rows(cases: list[PortfolioRow]) -> list[tuple[str, str, str]]:
    return [(c.id, short_label(c.title), c.title) for c in cases]


def strength_types(cases: Iterable[Case | PortfolioRow], lang: str = "en") -> Matrix:
    cases = as_rows(cases)
    types = list(StrengthType)
    cells = {(r, types.index(t)): True for r, c in enumerate(cases) for t in set(c.types)}
    sources = {(r, -1): _source(c, "strength.types", lang) for r, c in enumerate(cases)}
    return Matrix(_rows(cases), types, cells, sources={k: v for k, v in sources.items() if v})


# -- Figure 3: feasibility matrix --------------------------------------------------------------
def feasibility(cases: Iterable[Case | PortfolioRow], lang: str = "en") -> Matrix:
    cases = as_rows(cases)
    levels = list(Level)
    cells = {(r, levels.index(lv)): f for r, c in enumerate(cases) for lv, f in c.feasibility.items()}
    chosen = {r: levels.index(c.chosen_level) for r, c in enumerate(cases) if c.chosen_level}
    sources = {(r, levels.index(lv)): _source(c, f"ambition.feasibility.{lv.value}", lang)
               for r, c in enumerate(cases) for lv in c.feasibility}
    sources.update({(r, -1): _source(c, "ambition.chosen_level", lang) for r, c in enumerate(cases) if r in chosen})
    return Matrix(_rows(cases), levels, cells, chosen, {k: v for k, v in sources.items() if v})


# -- Figure 4: degree of leverage --------------------------------------------------------------
@dataclass(frozen=True)
class LeverageBars:
    bars: list[Mark]  # x = degree rank + 1 (1 = low … 5 = high), y = row from the top
    unrated: list[str]  # titles of cases without a degree


def leverage(cases: Iterable[Case | PortfolioRow], lang: str = "en") -> LeverageBars:
    """Cases ordered from the highest degree of leverage to the lowest (then by title)."""
    cases = as_rows(cases)
    rated = [c for c in cases if c.degree is not None]
    rated.sort(key=lambda c: (-c.degree.rank, c.title.casefold()))
    n = len(rated)
    bars = [Mark(c.id, short_label(c.title), c.title, c.degree.rank + 1, n - 1 - i, c.degree,
                 f"{c.title}\n" + say("tip.degree", lang, degree=c.degree) + _source(c, "leverage.degree", lang))
            for i, c in enumerate(rated)]
    return LeverageBars(bars, [c.title for c in cases if c.degree is None])


# -- Figure 5: substitutability vs spillover damage ---------------------------------------------
SUBSTITUTABILITY = list(Substitutability)
SPILLOVER = list(SpilloverDamage)


def substitutability_spillover(cases: Iterable[Case | PortfolioRow],
                               lang: str = "en") -> tuple[list[Mark], list[str]]:
    """One point per case with both ratings (x: easy → very hard, y: low → high damage), valued
    by its degree of leverage; cases sharing a cell are stacked inside it. Also the titles of
    cases left out for lack of a rating."""
    groups: dict[tuple[int, int], list] = {}
    missing = []
    for case in as_rows(cases):
        sub, spill = case.substitutability, case.spillover_damage
        if sub is None or spill is None:
            missing.append(case.title)
            continue
        degree = case.degree
        tip = "\n".join((
            case.title,
            say("tip.substitutability", lang, value=sub) + _source(case, "leverage.substitutability", lang),
            say("tip.spillover", lang, value=spill) + _source(case, "leverage.spillover_damage", lang),
            say("tip.degree", lang, degree=degree if degree else say("not_rated", lang))
            + (_source(case, "leverage.degree", lang) if degree else "")))
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

    def focus_in(self, lang: str) -> str:
        """``focus_text`` in ``lang`` (the glossary's words)."""
        return self.focus_text if lang == "en" else ", ".join(lower(label(t, lang), lang) for t in self.focus)

    def table_ppp_in(self, lang: str) -> str:
        """``table_ppp`` in ``lang`` (Table 2's row, as ``catalogue`` translates it)."""
        return self.table_ppp if lang == "en" else table2_column(self.level).ppp_text_in(lang)


def instrument_patterns(cases: Iterable[Case | PortfolioRow]) -> list[LevelPattern]:
    cases = as_rows(cases)
    out = []
    for level in Level:
        chosen = [(c, tag) for c in cases for lv, tag in c.instruments if lv is level]
        ppp = {tag: sum(1 for _, t in chosen if t is tag) for tag in PPP}
        ppp_cases = {tag: _unique(c.id for c, t in chosen if t is tag) for tag in PPP}
        column = table2_column(level)
        out.append(LevelPattern(level, len(chosen), _unique(c.id for c, _ in chosen), ppp, ppp_cases,
                                column.focus, column.ppp_text))
    return out


def _unique(ids) -> list[str]:
    return list(dict.fromkeys(ids))


__all__ = [
    "FIGURES", "Feasibility", "LeverageBars", "LeverageDegree", "LevelPattern", "Likelihood", "Mark",
    "Matrix", "PortfolioRow", "Scope", "ScopeKind", "as_rows", "feasibility", "in_scope", "instrument_patterns",
    "leverage", "portfolio_row", "short_label", "short_type", "strength_map", "strength_types", "substitutability_spillover",
    "technology_areas",
]
