"""Figures 4–5 and Table 2 of the report: degree of leverage per case, substitutability vs
spillover damage, and the instrument patterns per level of ambition."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from ...models import portfolio
from ...models.case import Case
from ...models.portfolio import PortfolioRow
from ...models.scales import PPP, LeverageDegree
from ...models.palette import colours_for
from .chart_base import BAND, GRID, INK, MUTED, Chart

DEGREES = list(LeverageDegree)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class LeverageChart(Chart):
    """Figure 4: one bar per case, longest (high) on top, each labelled with its degree."""

    name = "leverage"

    def draw(self, cases: list[Case | PortfolioRow]) -> None:
        data = portfolio.leverage(cases)
        self.marks = data.bars
        n = len(data.bars)
        self.content = QRectF(0, -0.5, 5.25, max(n, 1))
        for x in range(1, 6):
            self.vline(x, -0.5, max(n, 1) - 0.5)
        self.set_ticks("bottom", [(d.rank + 1, d.label) for d in DEGREES])
        self.set_ticks("left", [(m.y, m.label) for m in data.bars])
        self.set_axis_title("bottom", "Degree of European leverage")
        for m in data.bars:
            fill, ink = colours_for(m.value)
            bar = QRectF(0, m.y - 0.34, m.x, 0.68)
            self.rect(bar, fill, INK, 0.8)
            self.text(m.x - 0.06, m.y, m.value.label, size=10.5, bold=True, colour=ink, anchor=(1, 0.5))
            self.add_target([m.case_id], m.tooltip, rect=QRectF(0, m.y - 0.5, 5.25, 1))
        if data.unrated:
            self.note = f"Not shown, no degree of leverage yet: {', '.join(data.unrated)}"


class SubstitutabilitySpilloverChart(Chart):
    """Figure 5: where China could replace Europe (x) against what cutting ties would cost
    Europe (y). Cases sharing a cell are stacked inside it, so none hides another; marker
    colour and size both show the degree of leverage."""

    name = "substitutability-spillover"
    top_px = 46

    def draw(self, cases: list[Case | PortfolioRow]) -> None:
        self.content = QRectF(-0.5, -0.5, 4, 3)
        for x in (0.5, 1.5, 2.5):
            self.vline(x, -0.5, 2.5)
        for y in (0.5, 1.5):
            self.hline(y, -0.5, 3.5)
        self.rect(QRectF(2.5, 1.5, 1, 1), None)  # (very hard, high damage): the report's dilemma corner
        self.set_ticks("bottom", [(s.rank, s.label) for s in portfolio.SUBSTITUTABILITY])
        self.set_ticks("left", [(d.rank, d.label) for d in portfolio.SPILLOVER])
        self.set_axis_title("bottom", "How hard China finds it to substitute →")
        self.set_axis_title("left", "Spillover damage to Europe →")
        self.marks, missing = portfolio.substitutability_spillover(cases)
        for m in self.marks:
            self.markers([(m.x, m.y, m.value, "o")], size=_size(m.value))
            label = self.text(m.x + 0.05, m.y, m.label, size=10.5, max_units=m.width - 0.06)
            self.add_target([m.case_id], m.tooltip, item=label)
            self.add_target([m.case_id], m.tooltip, point=QPointF(m.x, m.y), radius=_size(m.value) / 2 + 2)
        present = {m.value for m in self.marks}
        entries = [(d.label.lower(), d, "o") for d in reversed(DEGREES) if d in present]
        if None in present:
            entries.append(("not rated", None, "o"))
        if entries:  # the first entry says what colour and size mean
            entries[0] = (f"Leverage: {entries[0][0]}", *entries[0][1:])
        if entries:
            self.legend(entries)
        if missing:
            self.note = f"Not shown, substitutability or spillover not rated: {', '.join(missing)}"


def _size(degree: LeverageDegree | None) -> float:
    return 11 + 2.5 * (degree.rank if degree is not None else 0)


class InstrumentsChart(Chart):
    """Table 2 as a chart: per level of ambition, how many recommended instruments protect,
    promote or partner, with counts and shares written at every bar (not colour alone), and
    under the bars the level's two rows of the report's Table 2 in words: the source of strength
    in focus and the protect / promote / partner row."""

    name = "instruments"
    per_case = False  # counts over all the cases
    top_px = 6  # a little air between the title and the first level's header
    min_height_px = 600  # 24 lines of text: any shorter and they would touch
    GROUP = 5.9  # rows per level: a header, three bars, Table 2's two rows and a gap
    # below the top of a level's group: the header, the first bar (the next ones 1.0 lower),
    # the rule above Table 2's rows, the focus row and the protect / promote / partner row
    HEADER, BAR, RULE, FOCUS, TABLE_PPP = 0.55, 1.5, 4.1, 4.62, 5.47

    def draw(self, cases: list[Case | PortfolioRow]) -> None:
        patterns = portfolio.instrument_patterns(cases)
        top_count = max([max(p.ppp.values()) for p in patterns] + [1])
        width = top_count * 1.55
        levels = len(patterns)
        self.content = QRectF(0, -0.6, width, levels * self.GROUP)
        self.set_ticks("bottom", [])
        self.set_axis_title("bottom", "Recommended instruments (count, and share of the level's instruments)")
        ticks = []
        self.marks = []
        self.table2_rows: list[tuple[object, str, str]] = []  # level, focus row, protect/promote/partner row
        for i, pattern in enumerate(patterns):
            top = (levels - i) * self.GROUP - 0.6
            if i % 2 == 0:
                self.rect(QRectF(0, top - self.GROUP, width, self.GROUP), BAND)
            ticks.append((top - self.BAR - 1.0, pattern.level.label))
            self.text(0, top - self.HEADER, f"{_plural(pattern.instruments, 'instrument')} recommended in "
                      f"{_plural(len(pattern.cases), 'case')}", size=10, colour=MUTED)
            for j, tag in enumerate(PPP):
                y = top - self.BAR - j * 1.0
                count = pattern.ppp[tag]
                fill, _ = colours_for(tag)
                rect = QRectF(0, y - 0.4, count, 0.8)
                if count:
                    self.rect(rect, fill, INK, 0.8)
                share = f"{pattern.share(tag):.0%}" if pattern.instruments else "—"
                self.text(count + top_count * 0.02, y, f"{tag.label} {count} · {share}", size=10.5)
                self.marks.append((pattern.level, tag, count, pattern.share(tag)))
                ids = pattern.ppp_cases[tag]
                tip = (f"{pattern.level.label} — {tag.label.lower()}: {_plural(count, 'instrument')} "
                       f"from {_plural(len(ids), 'case')}")
                if ids:
                    self.add_target(ids, tip + "\nClick to open one of them.", rect=QRectF(0, y - 0.5, width, 1))
            # the report's own rows for the level, in words, set apart from the counts by a rule
            focus = f"Focus (Table 2): {pattern.focus_text}"
            ppp_row = f"Instruments (Table 2): {pattern.table_ppp}"
            self.hline(top - self.RULE, 0, width)
            self.text(0, top - self.FOCUS, focus, size=10.5, bold=True, max_units=width)
            self.text(0, top - self.TABLE_PPP, ppp_row, size=10, colour=MUTED, max_units=width)
            self.table2_rows.append((pattern.level, focus, ppp_row))
            tip = (f"The report's Table 2, {pattern.level.label.lower()}:\nsource of strength in focus: "
                   f"{pattern.focus_text}\nprotect / promote / partner: {pattern.table_ppp}")
            self.add_target([], tip, rect=QRectF(0, top - self.GROUP, width, self.GROUP - self.RULE))
        self.set_ticks("left", ticks)
        self.vline(0, -0.6, levels * self.GROUP - 0.6, GRID)
