"""Figures 1–3 of the report: the strength map, the types of strength, the feasibility matrix."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from ...models import portfolio
from ...models.analysis_words import label, say, term
from ...models.case import Case
from ...models.portfolio import PortfolioRow
from ...models.scales import Feasibility, Likelihood, Stance
from ...models.palette import colours_for
from .chart_base import BAND, GRID, INK, LIKELIHOOD_SYMBOL, MUTED, Chart

NAVY = "#1a3d6d"


def _two_lines(text: str, lang: str) -> str:
    """A pillar's name as a header on two lines: "IP &\npatents", "Produktion und\nKommerzialisierung"."""
    joint = {"en": " & ", "fr": " et ", "de": " und "}[lang]
    return text.replace(joint, joint.rstrip() + "\n", 1)


def level_header(level, lang: str) -> str:
    """A level of ambition as a column header on two lines ("Ability\nto deny", "Verweigerungs-\nfähigkeit")."""
    if lang == "en":
        return level.label.replace(" ", "\n", 1)
    return say(f"header.{level.value}", lang).replace("|", "\n")


class StrengthMapChart(Chart):
    """Figure 1: pillars × maintain | regain/develop, one marker per case and pillar, coloured
    and shaped by the likelihood of an edge in 10 years, labelled with the case."""

    name = "strength-map"
    top_px = 92

    def draw(self, cases: list[Case | PortfolioRow]) -> None:
        self.content = QRectF(-0.5, -0.5, 3, 2)
        for x in (0.5, 1.5):
            self.vline(x, -0.5, 1.5)
        self.hline(0.5, -0.5, 2.5)
        self.set_ticks("bottom", [])
        lang = self.lang
        self.set_ticks("left", [(1, label(Stance.MAINTAIN, lang)), (0, label(Stance.REGAIN_DEVELOP, lang))])
        for i, pillar in enumerate(portfolio.PILLARS):  # headers on top, wrapped: they fit narrow pages
            self.text(i, 1.5, _two_lines(label(pillar, lang), lang), size=11, bold=True, anchor=(0.5, 1))
        self.set_axis_title("bottom", say("axis.pillar", lang))
        self.marks = portfolio.strength_map(cases, lang)
        self.markers([(m.x, m.y, m.value, LIKELIHOOD_SYMBOL[m.value]) for m in self.marks])
        for m in self.marks:
            item = self.text(m.x + 0.045, m.y, m.label, size=10.5, max_units=m.width - 0.06)
            self.add_target([m.case_id], m.tooltip, item=item)
            self.add_target([m.case_id], m.tooltip, point=QPointF(m.x, m.y), radius=9)
        values = {m.value for m in self.marks}
        entries = [(say("legend.likelihood", lang, likelihood=lv), lv, LIKELIHOOD_SYMBOL[lv])
                   for lv in reversed(Likelihood)]
        if None in values:
            entries.append((say("legend.likelihood_not_rated", lang), None, LIKELIHOOD_SYMBOL[None]))
        self.legend(entries)


class _MatrixChart(Chart):
    """Cases as rows (labelled on the left), categories as columns with headers on top."""

    top_px = 64

    def layout_matrix(self, matrix: portfolio.Matrix, headers: list[str]) -> int:
        n, cols = len(matrix.rows), len(matrix.columns)
        self.content = QRectF(-0.5, -0.5, cols, max(n, 1))
        top = max(n, 1) - 0.5
        for r in range(n):
            y = n - 1 - r
            if r % 2:
                self.rect(QRectF(-0.5, y - 0.5, cols, 1), BAND)
        for c in range(1, cols):
            self.vline(c - 0.5, -0.5, top)
        self.set_ticks("left", [(n - 1 - r, label) for r, (_, label, _) in enumerate(matrix.rows)])
        self.set_ticks("bottom", [])
        for c, header in enumerate(headers):
            self.text(c, top, header, size=10.5, bold=True, anchor=(0.5, 1), colour=INK, max_units=0.98)
        return n


class StrengthTypesChart(_MatrixChart):
    """Figure 2: the six types of strength × cases, a tick where a case has the type; the
    header counts the cases per type."""

    name = "strength-types"

    def draw(self, cases: list[Case | PortfolioRow]) -> None:
        lang = self.lang
        matrix = portfolio.strength_types(cases, lang)
        counts = matrix.column_counts()
        headers = [f"{portfolio.short_type(t, lang)}\n({k})" for t, k in zip(matrix.columns, counts)]
        n = self.layout_matrix(matrix, headers)
        self.marks = []
        for (r, c), _ in sorted(matrix.cells.items()):
            y = n - 1 - r
            self.rect(QRectF(c - 0.32, y - 0.32, 0.64, 0.64), NAVY)
            self.text(c, y, "✓", size=12, bold=True, colour="#ffffff", anchor=(0.5, 0.5))
            self.marks.append((matrix.rows[r][0], matrix.columns[c]))
        by_row: dict[int, list[str]] = {}
        for (r, c) in matrix.cells:
            by_row.setdefault(r, []).append(label(matrix.columns[c], lang))
        for r, (case_id, _, title) in enumerate(matrix.rows):
            kinds = sorted(by_row.get(r, []))
            tip = f"{title}\n" + ("\n".join(f"✓ {k}" for k in kinds) if kinds else say("tip.no_type", lang))
            if (r, -1) in matrix.sources:
                tip += f"\n{term('term.types_of_strength', lang)}{matrix.sources[(r, -1)]}"
            self.add_target([case_id], tip, rect=QRectF(-0.5, n - 1 - r - 0.5, len(matrix.columns), 1))


class FeasibilityChart(_MatrixChart):
    """Figure 3: cases × the four levels of ambition, each cell coloured *and* labelled with its
    feasibility; the level chosen is framed and starred."""

    name = "feasibility"

    def draw(self, cases: list[Case | PortfolioRow]) -> None:
        lang = self.lang
        matrix = portfolio.feasibility(cases, lang)
        self.top_px = 92 if matrix.highlight else 56  # room for the "★ chosen" legend when needed
        n = self.layout_matrix(matrix, [level_header(lv, lang) for lv in matrix.columns])
        self.marks = []
        for r, (case_id, _, title) in enumerate(matrix.rows):
            y = n - 1 - r
            for c, level in enumerate(matrix.columns):
                value: Feasibility | None = matrix.cells.get((r, c))
                chosen = matrix.highlight.get(r) == c
                cell = QRectF(c - 0.46, y - 0.4, 0.92, 0.8)
                if value is None:
                    self.rect(cell, "#ffffff", GRID)
                    self.text(c, y, "—", size=10.5, colour=MUTED, anchor=(0.5, 0.5))
                else:
                    fill, ink = colours_for(value)
                    self.rect(cell, fill, INK if chosen else None, 3.0 if chosen else 1.0)
                    self.text(c, y, ("★ " if chosen else "") + label(value, lang), size=10.5, bold=chosen,
                              colour=ink, anchor=(0.5, 0.5))
                    self.marks.append((case_id, level, value, chosen))
                rated = value if value else say("not_rated", lang)
                tip = (f"{title}\n" + say("tip.level", lang, level=level, value=rated) + matrix.sources.get((r, c), "")
                       + (f"\n{say('tip.chosen', lang)}{matrix.sources.get((r, -1), '')}" if chosen else ""))
                self.add_target([case_id], tip, rect=cell)
        if matrix.highlight:
            self.legend([(say("legend.chosen", lang), None, "s")])
