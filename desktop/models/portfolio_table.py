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
from .analysis_words import count, label, legend_line, lower, marked, percent, say, term, words
from .case import Case
from .portfolio import PortfolioRow, as_rows
from .provenance import MARKS
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


def _rated(case: PortfolioRow, path: str, value: str | None, lang: str) -> Cell:
    """A rated value with its provenance mark ("High ●", said "High, as published in the report")."""
    if value is None:
        return Cell(EMPTY, say("not_rated", lang))
    prov = case.provenance.get(path)
    said = words(prov, lang)
    return Cell(marked(value, prov), f"{value}, {said}" if said else "")


def _case(case: PortfolioRow) -> Cell:
    """The chart's label; the full title is said (and shown on hover) when the label is cut."""
    text = pf.short_label(case.title)
    return Cell(text, case.title if text != case.title else "")


def _counts(values: list[str], order: list[str], lang: str) -> str:
    """"high 3, medium 2" in the scale's order, leaving out zeros."""
    counted = Counter(values)
    return ", ".join(f"{name} {counted[name]}" if lang == "en" else say("tally", lang, value=name, n=counted[name])
                     for name in order if counted[name])


def _low(value, lang: str) -> str:
    """A value's word inside a sentence ("high"; German keeps "Hoch")."""
    word = label(value, lang)
    return word.lower() if lang == "en" else lower(word, lang)


def _empty(cases: list[PortfolioRow], lang: str) -> str:
    """What the chart says when it draws nothing (chart_base.empty_message)."""
    return say("empty.none_selected" if not cases else "empty.none_rated", lang)


def strength_map(cases: list[PortfolioRow], lang: str = "en") -> FigureTable:
    rows, likely, stances = [], [], []
    not_rated = say("not_rated", lang)
    for case in cases:
        for pillar in pf.PILLARS:
            if pillar not in case.stances:
                continue
            stance, likelihood = case.stances[pillar]
            value = label(likelihood, lang) if likelihood else None
            likely.append(_low(likelihood, lang) if likelihood else not_rated)
            stances.append(_low(stance, lang))
            rows.append(Row((case.id,), (_case(case), Cell(label(pillar, lang)), Cell(label(stance, lang)),
                                         _rated(case, f"strength.pillars.{pillar.value}.likelihood", value, lang))))
    n = len({r.case_ids for r in rows})
    summary = say("summary.strength_map", lang, cases=count("case", n, lang), markers=count("marker", len(rows), lang),
                  likelihood=_counts(likely, [_low(lv, lang) for lv in reversed(Likelihood)] + [not_rated], lang),
                  stances=_counts(stances, [_low(s, lang) for s in Stance], lang)) if rows else _empty(cases, lang)
    columns = (term("term.case", lang), term("term.pillar", lang), term("term.stance", lang),
               term("term.likelihood", lang))
    return FigureTable(columns, tuple(rows), summary)


def strength_types(cases: list[PortfolioRow], lang: str = "en") -> FigureTable:
    matrix = pf.strength_types(cases)
    headers = [pf.short_type(t, lang).replace("-\n", "").replace("\n", " ") for t in matrix.columns]
    rows = []
    yes, no = say("yes", lang).lower(), say("no", lang).lower()
    for r, case in enumerate(cases):
        said = words(case.provenance.get("strength.types"), lang)
        tick = Cell(marked("✓", case.provenance.get("strength.types")), f"{yes}, {said}" if said else yes)
        ticks = [tick if (r, c) in matrix.cells else Cell("", no) for c in range(len(matrix.columns))]
        rows.append(Row((case.id,), (_case(case), *ticks)))
    counts = matrix.column_counts()
    per_type = ", ".join(f"{h.lower() if lang == 'en' else lower(h, lang)} {k}" for h, k in zip(headers, counts))
    summary = (say("summary.strength_types", lang, cases=count("case", len(cases), lang), per_type=per_type)
               if cases else _empty(cases, lang))
    return FigureTable((term("term.case", lang), *headers), tuple(rows), summary)


def feasibility(cases: list[PortfolioRow], lang: str = "en") -> FigureTable:
    levels = list(Level)
    none = say("none", lang)
    rows, chosen = [], []
    for case in cases:
        cells = [_rated(case, f"ambition.feasibility.{lv.value}",
                        label(case.feasibility[lv], lang) if lv in case.feasibility else None, lang)
                 for lv in levels]
        level = case.chosen_level
        chosen.append(_low(level, lang) if level else none)
        rows.append(Row((case.id,), (_case(case), *cells,
                                     _rated(case, "ambition.chosen_level", label(level, lang) if level else None,
                                            lang))))
    summary = (say("summary.feasibility", lang, cases=count("case", len(cases), lang),
                   chosen=_counts(chosen, [_low(lv, lang) for lv in levels] + [none], lang))
               if cases else _empty(cases, lang))
    columns = (term("term.case", lang), *(label(lv, lang) for lv in levels), term("term.level_chosen", lang))
    return FigureTable(columns, tuple(rows), summary)


def leverage(cases: list[PortfolioRow], lang: str = "en") -> FigureTable:
    data = pf.leverage(cases)
    by_id = {c.id: c for c in cases}
    rows = tuple(Row((m.case_id,), (_case(by_id[m.case_id]),
                                    _rated(by_id[m.case_id], "leverage.degree", label(m.value, lang), lang)))
                 for m in data.bars)
    order = [_low(d, lang) for d in reversed(LeverageDegree)]
    summary = (say("summary.leverage", lang, cases=count("case", len(rows), lang),
                   degrees=_counts([_low(m.value, lang) for m in data.bars], order, lang))
               if rows else _empty(cases, lang))
    if data.unrated:
        summary += say("summary.leverage_unrated", lang, sep=";" if rows else "", n=str(len(data.unrated)))
    columns = (term("term.case", lang), say("axis.european_leverage", lang))
    return FigureTable(columns, rows, summary.rstrip(".") + ".")


def substitutability_spillover(cases: list[PortfolioRow], lang: str = "en") -> FigureTable:
    rows, degrees = [], []
    not_rated = say("not_rated", lang)
    for case in cases:
        if case.substitutability is None or case.spillover_damage is None:
            continue
        degrees.append(_low(case.degree, lang) if case.degree else not_rated)
        rows.append(Row((case.id,), (
            _case(case),
            _rated(case, "leverage.substitutability", label(case.substitutability, lang), lang),
            _rated(case, "leverage.spillover_damage", label(case.spillover_damage, lang), lang),
            _rated(case, "leverage.degree", label(case.degree, lang) if case.degree else None, lang))))
    order = [_low(d, lang) for d in reversed(LeverageDegree)] + [not_rated]
    summary = (say("summary.leverage", lang, cases=count("case", len(rows), lang),
                   degrees=_counts(degrees, order, lang)) if rows else _empty(cases, lang))
    missing = len(cases) - len(rows)
    if rows and missing:
        summary += say("summary.spillover_missing", lang, n=str(missing))
    columns = (term("term.case", lang), term("term.substitutability", lang), term("term.spillover_damage", lang),
               term("term.degree_of_leverage", lang))
    return FigureTable(columns, tuple(rows), summary.rstrip(".") + ".")


def instruments(cases: list[PortfolioRow], lang: str = "en") -> FigureTable:
    rows = []
    for p in pf.instrument_patterns(cases):
        shares = [Cell(f"{p.ppp[tag]} · {percent(p.share(tag), lang)}" if p.instruments else f"{p.ppp[tag]} · —",
                       f"{p.ppp[tag]}, {percent(p.share(tag), lang)}" if p.instruments else str(p.ppp[tag]))
                  for tag in pf.PPP]
        rows.append(Row(tuple(p.cases), (Cell(label(p.level, lang)), Cell(str(p.instruments)), Cell(str(len(p.cases))),
                                          *shares, Cell(p.focus_in(lang)), Cell(p.table_ppp_in(lang)))))
    total = sum(int(r.cells[1].text) for r in rows)
    per_level = ", ".join(f"{lower(r.cells[0].text, lang) if lang != 'en' else r.cells[0].text.lower()} "
                          f"{r.cells[1].text}" for r in rows)
    summary = say("summary.instruments", lang, instruments=count("recommended_instrument", total, lang),
                  per_level=per_level)
    columns = (term("term.level_of_ambition", lang), term("term.instruments", lang), say("column.cases", lang),
               *(label(tag, lang) for tag in pf.PPP), say("column.table2_focus", lang), say("column.table2_ppp", lang))
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


def figure_table(name: str, cases: Iterable[Case | PortfolioRow], lang: str = "en") -> FigureTable:
    """The table of figure ``name`` over ``cases`` (the cases its chart draws), with the marks'
    legend when a value carries one; every word in ``lang`` (case titles as written)."""
    table = BUILDERS[name](as_rows(cases), lang)
    if any(cell.text.endswith(mark) for row in table.rows for cell in row.cells for mark in MARKS.values()):
        table = FigureTable(table.columns, table.rows, table.summary, legend_line(lang))
    return table
