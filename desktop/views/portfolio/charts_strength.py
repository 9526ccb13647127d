"""Figures 1–3 of the report: the strength map, the types of strength, the feasibility matrix."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from ...models import portfolio
from ...models.case import Case
from ...models.portfolio import PortfolioRow
from ...models.scales import Feasibility, Likelihood
from ...models.palette import colours_for
from .chart_base import BAND, GRID, INK, LIKELIHOOD_SYMBOL, MUTED, Chart

NAVY = "#1a3d6d"


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
        self.set_ticks("left", [(1, "Maintain"), (0, "Regain / develop")])
        for i, pillar in enumerate(portfolio.PILLARS):  # headers on top, wrapped: they fit narrow pages
            self.text(i, 1.5, pillar.label.replace(" & ", " &\n"), size=11, bold=True, anchor=(0.5, 1))
        self.set_axis_title("bottom", "Source of European strength (pillar)")
        self.marks = portfolio.strength_map(cases)
        self.markers([(m.x, m.y, m.value, LIKELIHOOD_SYMBOL[m.value]) for m in self.marks])
        for m in self.marks:
            label = self.text(m.x + 0.045, m.y, m.label, size=10.5, max_units=m.width - 0.06)
            self.add_target([m.case_id], m.tooltip, item=label)
            self.add_target([m.case_id], m.tooltip, point=QPointF(m.x, m.y), radius=9)
        values = {m.value for m in self.marks}
        entries = [(f"{lv.label} likelihood", lv, LIKELIHOOD_SYMBOL[lv]) for lv in reversed(Likelihood)]
        if None in values:
            entries.append(("Likelihood not rated", None, LIKELIHOOD_SYMBOL[None]))
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
        matrix = portfolio.strength_types(cases)
        counts = matrix.column_counts()
        headers = [f"{portfolio.SHORT_TYPE[t]}\n({k})" for t, k in zip(matrix.columns, counts)]
        n = self.layout_matrix(matrix, headers)
        self.marks = []
        for (r, c), _ in sorted(matrix.cells.items()):
            y = n - 1 - r
            self.rect(QRectF(c - 0.32, y - 0.32, 0.64, 0.64), NAVY)
            self.text(c, y, "✓", size=12, bold=True, colour="#ffffff", anchor=(0.5, 0.5))
            self.marks.append((matrix.rows[r][0], matrix.columns[c]))
        by_row: dict[int, list[str]] = {}
        for (r, c) in matrix.cells:
            by_row.setdefault(r, []).append(matrix.columns[c].label)
        for r, (case_id, _, title) in enumerate(matrix.rows):
            kinds = sorted(by_row.get(r, []))
            tip = f"{title}\n" + ("\n".join(f"✓ {k}" for k in kinds) if kinds else "No type of strength ticked")
            tip += f"\nTypes of strength{matrix.sources[(r, -1)]}" if (r, -1) in matrix.sources else ""
            self.add_target([case_id], tip, rect=QRectF(-0.5, n - 1 - r - 0.5, len(matrix.columns), 1))


class FeasibilityChart(_MatrixChart):
    """Figure 3: cases × the four levels of ambition, each cell coloured *and* labelled with its
    feasibility; the level chosen is framed and starred."""

    name = "feasibility"

    def draw(self, cases: list[Case | PortfolioRow]) -> None:
        matrix = portfolio.feasibility(cases)
        self.top_px = 92 if matrix.highlight else 56  # room for the "★ chosen" legend when needed
        n = self.layout_matrix(matrix, [lv.label.replace(" ", "\n", 1) for lv in matrix.columns])
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
                    self.text(c, y, ("★ " if chosen else "") + value.label, size=10.5, bold=chosen,
                              colour=ink, anchor=(0.5, 0.5))
                    self.marks.append((case_id, level, value, chosen))
                rated = value.label.lower() if value else "not rated"
                tip = (f"{title}\n{level.label}: {rated}{matrix.sources.get((r, c), '')}"
                       + (f"\n★ the level chosen{matrix.sources.get((r, -1), '')}" if chosen else ""))
                self.add_target([case_id], tip, rect=cell)
        if matrix.highlight:
            self.legend([("★ framed: the level chosen", None, "s")])
