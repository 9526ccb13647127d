"""Each portfolio figure's data as a plain table: the chart's text alternative (issue 17).

A screen reader cannot read a chart, and a keyboard cannot click a marker; the table holds the
same cases, values and labels the chart draws (``portfolio.py`` computes both), one row per thing
a click would open, with a reference case's provenance mark after each rated value, and a
sentence that sums the figure up for the chart's accessible description. Plain Python, no Qt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from . import portfolio as pf
from .case import Case
from .portfolio import PortfolioRow, as_rows
from .provenance import LEGEND_LINE, MARKS, marked, words
from .scales import Level, LeverageDegree, Likelihood, Stance

EMPTY, NOT_RATED = "—", "not rated"


@dataclass(frozen=True)
class Cell:
    text: str  # as shown, with the chart's labels and marks: "High ●"
    spoken: str = ""  # as a screen reader should say it when the text alone is a symbol or cut short


@dataclass(frozen=True)
class Row:
    case_ids: tuple[str, ...]  # what Return on the row opens (several: the view offers a menu)
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class FigureTable:
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    summary: str  # one or two sentences: the chart's accessible description
    legend: str = ""  # the provenance marks' legend, when a cell carries a mark


def _rated(case: PortfolioRow, path: str, label: str | None) -> Cell:
    """A rated value with its provenance mark ("High ●", said "High, as published in the report")."""
    if label is None:
        return Cell(EMPTY, NOT_RATED)
    prov = case.provenance.get(path)
    said = words(prov)
    return Cell(marked(label, prov), f"{label}, {said}" if said else "")


def _case(case: PortfolioRow) -> Cell:
    """The chart's label; the full title is said (and shown on hover) when the label is cut."""
    label = pf.short_label(case.title)
    return Cell(label, case.title if label != case.title else "")


def _counts(values: list[str], order: list[str]) -> str:
    """"high 3, medium 2" in the scale's order, leaving out zeros."""
    counted = Counter(values)
    return ", ".join(f"{label} {counted[label]}" for label in order if counted[label])


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _empty(cases: list[PortfolioRow]) -> str:
    """What the chart says when it draws nothing (chart_base.empty_message)."""
    return "No cases are selected." if not cases else "None of these cases is rated for this chart yet."


def strength_map(cases: list[PortfolioRow]) -> FigureTable:
    rows, likely, stances = [], [], []
    for case in cases:
        for pillar in pf.PILLARS:
            if pillar not in case.stances:
                continue
            stance, likelihood = case.stances[pillar]
            label = likelihood.label if likelihood else None
            likely.append(label.lower() if label else NOT_RATED)
            stances.append(stance.label.lower())
            rows.append(Row((case.id,), (_case(case), Cell(pillar.label), Cell(stance.label),
                                         _rated(case, f"strength.pillars.{pillar.value}.likelihood", label))))
    n = len({r.case_ids for r in rows})
    summary = (f"{_plural(n, 'case')}, {_plural(len(rows), 'marker')}; likelihood: "
               f"{_counts(likely, [lv.label.lower() for lv in reversed(Likelihood)] + [NOT_RATED])}; "
               f"{_counts(stances, [s.label.lower() for s in Stance])}.") if rows else _empty(cases)
    return FigureTable(("Case", "Pillar", "Stance", "Likelihood"), tuple(rows), summary)


def strength_types(cases: list[PortfolioRow]) -> FigureTable:
    matrix = pf.strength_types(cases)
    headers = [pf.SHORT_TYPE[t].replace("-\n", "").replace("\n", " ") for t in matrix.columns]
    rows = []
    for r, case in enumerate(cases):
        said = words(case.provenance.get("strength.types"))
        tick = Cell(marked("✓", case.provenance.get("strength.types")), f"yes, {said}" if said else "yes")
        ticks = [tick if (r, c) in matrix.cells else Cell("", "no") for c in range(len(matrix.columns))]
        rows.append(Row((case.id,), (_case(case), *ticks)))
    counts = matrix.column_counts()
    summary = (f"{_plural(len(cases), 'case')}; cases per type of strength: "
               + ", ".join(f"{h.lower()} {k}" for h, k in zip(headers, counts)) + ".") if cases else _empty(cases)
    return FigureTable(("Case", *headers), tuple(rows), summary)


def feasibility(cases: list[PortfolioRow]) -> FigureTable:
    levels = list(Level)
    rows, chosen = [], []
    for case in cases:
        cells = [_rated(case, f"ambition.feasibility.{lv.value}",
                        case.feasibility[lv].label if lv in case.feasibility else None)
                 for lv in levels]
        level = case.chosen_level
        chosen.append(level.label.lower() if level else "none")
        rows.append(Row((case.id,), (_case(case), *cells,
                                     _rated(case, "ambition.chosen_level", level.label if level else None))))
    summary = (f"{_plural(len(cases), 'case')}; level chosen: "
               f"{_counts(chosen, [lv.label.lower() for lv in levels] + ['none'])}.") if cases else _empty(cases)
    return FigureTable(("Case", *(lv.label for lv in levels), "Level chosen"), tuple(rows), summary)


def leverage(cases: list[PortfolioRow]) -> FigureTable:
    data = pf.leverage(cases)
    by_id = {c.id: c for c in cases}
    rows = tuple(Row((m.case_id,), (_case(by_id[m.case_id]),
                                    _rated(by_id[m.case_id], "leverage.degree", m.value.label)))
                 for m in data.bars)
    order = [d.label.lower() for d in reversed(LeverageDegree)]
    summary = (f"{_plural(len(rows), 'case')}; degree of leverage: "
               f"{_counts([m.value.label.lower() for m in data.bars], order)}") if rows else _empty(cases)
    if data.unrated:
        summary += f"{';' if rows else ''} {len(data.unrated)} not shown, not rated yet"
    return FigureTable(("Case", "Degree of European leverage"), rows, summary.rstrip(".") + ".")


def substitutability_spillover(cases: list[PortfolioRow]) -> FigureTable:
    rows, degrees = [], []
    for case in cases:
        if case.substitutability is None or case.spillover_damage is None:
            continue
        degrees.append(case.degree.label.lower() if case.degree else NOT_RATED)
        rows.append(Row((case.id,), (
            _case(case),
            _rated(case, "leverage.substitutability", case.substitutability.label),
            _rated(case, "leverage.spillover_damage", case.spillover_damage.label),
            _rated(case, "leverage.degree", case.degree.label if case.degree else None))))
    order = [d.label.lower() for d in reversed(LeverageDegree)] + [NOT_RATED]
    summary = (f"{_plural(len(rows), 'case')}; degree of leverage: {_counts(degrees, order)}"
               if rows else _empty(cases))
    missing = len(cases) - len(rows)
    if rows and missing:
        summary += f"; {missing} not shown, substitutability or spillover not rated"
    columns = ("Case", "Substitutability", "Spillover damage", "Degree of leverage")
    return FigureTable(columns, tuple(rows), summary.rstrip(".") + ".")


def instruments(cases: list[PortfolioRow]) -> FigureTable:
    rows = []
    for p in pf.instrument_patterns(cases):
        shares = [Cell(f"{p.ppp[tag]} · {p.share(tag):.0%}" if p.instruments else f"{p.ppp[tag]} · —",
                       f"{p.ppp[tag]}, {p.share(tag):.0%}" if p.instruments else str(p.ppp[tag]))
                  for tag in pf.PPP]
        rows.append(Row(tuple(p.cases), (Cell(p.level.label), Cell(str(p.instruments)), Cell(str(len(p.cases))),
                                          *shares, Cell(p.focus_text), Cell(p.table_ppp))))
    total = sum(int(r.cells[1].text) for r in rows)
    summary = (f"{_plural(total, 'recommended instrument')}; per level: "
               + ", ".join(f"{r.cells[0].text.lower()} {r.cells[1].text}" for r in rows) + ".")
    columns = ("Level of ambition", "Instruments", "Cases", *(tag.label for tag in pf.PPP),
               "Focus (Table 2)", "Instruments (Table 2)")
    return FigureTable(columns, tuple(rows), summary)


BUILDERS = {
    "strength-map": strength_map,
    "strength-types": strength_types,
    "feasibility": feasibility,
    "leverage": leverage,
    "substitutability-spillover": substitutability_spillover,
    "instruments": instruments,
}
assert list(BUILDERS) == list(pf.FIGURES), "every figure has a table, in the same order"


def figure_table(name: str, cases: Iterable[Case | PortfolioRow]) -> FigureTable:
    """The table of figure ``name`` over ``cases`` (the cases its chart draws), with the marks'
    legend when a value carries one."""
    table = BUILDERS[name](as_rows(cases))
    if any(cell.text.endswith(mark) for row in table.rows for cell in row.cells for mark in MARKS.values()):
        table = FigureTable(table.columns, table.rows, table.summary, LEGEND_LINE)
    return table
