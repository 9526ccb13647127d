"""Figures 4–5 and Table 2 of the report: degree of leverage per case, substitutability vs
spillover damage, and the instrument patterns per level of ambition."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from ...models import portfolio
from ...models.analysis_words import count, counted, label, lower, percent, say
from ...models.case import Case
from ...models.portfolio import PortfolioRow
from ...models.scales import PPP, LeverageDegree
from ...models.palette import colours_for
from .chart_base import BAND, GRID, INK, MUTED, Chart

DEGREES = list(LeverageDegree)


def _low(value, lang: str) -> str:
    word = label(value, lang)
    return word.lower() if lang == "en" else lower(word, lang)


class LeverageChart(Chart):
    """Figure 4: one bar per case, longest (high) on top, each labelled with its degree."""

    name = "leverage"

    def draw(self, cases: list[Case | PortfolioRow]) -> None:
        lang = self.lang
        data = portfolio.leverage(cases, lang)
        self.marks = data.bars
        n = len(data.bars)
        self.content = QRectF(0, -0.5, 5.25, max(n, 1))
        for x in range(1, 6):
            self.vline(x, -0.5, max(n, 1) - 0.5)
        self.set_ticks("bottom", [(d.rank + 1, label(d, lang)) for d in DEGREES])
        self.set_ticks("left", [(m.y, m.label) for m in data.bars])
        self.set_axis_title("bottom", say("axis.european_leverage", lang))
        for m in data.bars:
            fill, ink = colours_for(m.value)
            bar = QRectF(0, m.y - 0.34, m.x, 0.68)
            self.rect(bar, fill, INK, 0.8)
            self.text(m.x - 0.06, m.y, label(m.value, lang), size=10.5, bold=True, colour=ink, anchor=(1, 0.5))
            self.add_target([m.case_id], m.tooltip, rect=QRectF(0, m.y - 0.5, 5.25, 1))
        if data.unrated:
            self.note = say("note.no_degree", lang, titles=", ".join(data.unrated))


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
        lang = self.lang
        self.set_ticks("bottom", [(s.rank, label(s, lang)) for s in portfolio.SUBSTITUTABILITY])
        self.set_ticks("left", [(d.rank, label(d, lang)) for d in portfolio.SPILLOVER])
        self.set_axis_title("bottom", say("axis.substitute", lang))
        self.set_axis_title("left", say("axis.spillover", lang))
        self.marks, missing = portfolio.substitutability_spillover(cases, lang)
        for m in self.marks:
            self.markers([(m.x, m.y, m.value, "o")], size=_size(m.value))
            item = self.text(m.x + 0.05, m.y, m.label, size=10.5, max_units=m.width - 0.06)
            self.add_target([m.case_id], m.tooltip, item=item)
            self.add_target([m.case_id], m.tooltip, point=QPointF(m.x, m.y), radius=_size(m.value) / 2 + 2)
        present = {m.value for m in self.marks}
        entries = [(_low(d, lang), d, "o") for d in reversed(DEGREES) if d in present]
        if None in present:
            entries.append((say("not_rated", lang), None, "o"))
        if entries:  # the first entry says what colour and size mean
            entries[0] = (say("legend.leverage", lang, value=entries[0][0]), *entries[0][1:])
        if entries:
            self.legend(entries)
        if missing:
            self.note = say("note.no_spillover", lang, titles=", ".join(missing))


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
        lang = self.lang
        patterns = portfolio.instrument_patterns(cases)
        top_count = max([max(p.ppp.values()) for p in patterns] + [1])
        width = top_count * 1.55
        levels = len(patterns)
        self.content = QRectF(0, -0.6, width, levels * self.GROUP)
        self.set_ticks("bottom", [])
        self.set_axis_title("bottom", say("axis.instruments", lang))
        ticks = []
        self.marks = []
        self.table2_rows: list[tuple[object, str, str]] = []  # level, focus row, protect/promote/partner row
        for i, pattern in enumerate(patterns):
            top = (levels - i) * self.GROUP - 0.6
            if i % 2 == 0:
                self.rect(QRectF(0, top - self.GROUP, width, self.GROUP), BAND)
            ticks.append((top - self.BAR - 1.0, label(pattern.level, lang)))
            self.text(0, top - self.HEADER, counted("instruments.recommended", pattern.instruments, lang,
                                                    cases=count("case_in", len(pattern.cases), lang)),
                      size=10, colour=MUTED)
            for j, tag in enumerate(PPP):
                y = top - self.BAR - j * 1.0
                tally = pattern.ppp[tag]
                fill, _ = colours_for(tag)
                rect = QRectF(0, y - 0.4, tally, 0.8)
                if tally:
                    self.rect(rect, fill, INK, 0.8)
                share = percent(pattern.share(tag), lang) if pattern.instruments else "—"
                self.text(tally + top_count * 0.02, y, f"{label(tag, lang)} {tally} · {share}", size=10.5)
                self.marks.append((pattern.level, tag, tally, pattern.share(tag)))
                ids = pattern.ppp_cases[tag]
                tip = say("tip.ppp", lang, level=pattern.level, tag=_low(tag, lang),
                          instruments=count("instrument", tally, lang), cases=count("case_in", len(ids), lang))
                if ids:
                    self.add_target(ids, f"{tip}\n{say('tip.click_one', lang)}", rect=QRectF(0, y - 0.5, width, 1))
            # the report's own rows for the level, in words, set apart from the counts by a rule
            focus = say("chart.table2_focus", lang, focus=pattern.focus_in(lang))
            ppp_row = say("chart.table2_ppp", lang, ppp=pattern.table_ppp_in(lang))
            self.hline(top - self.RULE, 0, width)
            self.text(0, top - self.FOCUS, focus, size=10.5, bold=True, max_units=width)
            self.text(0, top - self.TABLE_PPP, ppp_row, size=10, colour=MUTED, max_units=width)
            self.table2_rows.append((pattern.level, focus, ppp_row))
            tip = "\n".join((say("tip.table2", lang, level=pattern.level),
                             say("tip.table2_focus", lang, focus=pattern.focus_in(lang)),
                             say("tip.table2_ppp", lang, ppp=pattern.table_ppp_in(lang))))
            self.add_target([], tip, rect=QRectF(0, top - self.GROUP, width, self.GROUP - self.RULE))
        self.set_ticks("left", ticks)
        self.vline(0, -0.6, levels * self.GROUP - 0.6, GRID)
