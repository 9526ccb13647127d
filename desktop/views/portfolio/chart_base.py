"""What every portfolio chart shares: a pyqtgraph plot with no numeric axes, labels drawn as
plain text, colour-blind-safe colours that always come with a label or a shape, bands of fixed
pixel height for headers and legends (so they stay readable however many cases there are), and
click / hover targets that open cases.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen

from ...models.analysis_words import amount, count, say
from ...models.case import Case
from ...models.figure_names import figure_title
from ...models.portfolio import PortfolioRow
from ...models.scales import Likelihood
from ..literal import literal_tooltip
from ...models.palette import colours_for
from ...reports.canvas import FAMILIES, ensure_fonts

INK, MUTED, GRID = "#1f2328", "#4a4f57", "#c9d1dc"
BAND = "#f3f5f8"
# likelihood of an edge in 10 years: colour *and* shape, so it reads in black and white too
MAX_CASES_DRAWN = 150  # beyond this a per-case chart is unreadable and slow: say so, draw the first
LIKELIHOOD_SYMBOL = {Likelihood.HIGH: "o", Likelihood.MEDIUM: "s", Likelihood.LOW: "t", None: "x"}


def chart_font(size: float, bold: bool = False) -> QFont:
    ensure_fonts()
    f = QFont()
    f.setFamilies(FAMILIES)
    f.setPointSizeF(size)
    f.setBold(bold)
    return f


@dataclass
class Target:
    """Something clickable: a rectangle in chart units, a text item, or a point with a radius
    in pixels; clicking it opens its case (or offers its cases when there are several)."""

    case_ids: list[str]
    tooltip: str
    rect: QRectF | None = None
    item: pg.TextItem | None = None
    point: QPointF | None = None
    radius: float = 0.0


class Chart(pg.PlotWidget):
    """Base of the six portfolio charts. Subclasses implement ``draw(cases)`` in chart units
    and set ``self.content`` (the data rectangle to show) and the pixel bands they need."""

    case_activated = Signal(str)
    cases_activated = Signal(list)  # several cases behind one target: the view offers a menu

    name = ""  # key in portfolio.FIGURES
    per_case = True  # draws something per case (so is capped at MAX_CASES_DRAWN)
    top_px = 0.0  # room above the content for headers / legend, in pixels
    min_height_px = 300  # the least height (unscaled) a chart without case rows needs
    left_axis = True
    bottom_axis = True

    def __init__(self, parent=None, scale: float = 1.0, lang: str | None = None):
        super().__init__(parent=parent, background="w")
        from .. import translation

        self.zoom = scale
        self.lang = lang or translation.current()  # the language of every word it draws
        self.plot_item = self.getPlotItem()
        self.plot_item.setMenuEnabled(False)
        self.plot_item.hideButtons()
        self.plot_item.setMouseEnabled(False, False)
        self.vb = self.plot_item.getViewBox()
        self.vb.setDefaultPadding(0)
        self.vb.sigResized.connect(self._fit)
        for side in ("left", "bottom"):
            axis = self.getAxis(side)
            axis.setTickFont(chart_font(11 * scale))
            axis.setTextPen(pg.mkPen(INK))
            axis.setPen(pg.mkPen(GRID))
            axis.setStyle(tickLength=0, autoExpandTextSpace=True, tickTextOffset=int(8 * scale))
            axis.label.setFont(chart_font(11 * scale))  # plain QGraphicsTextItem: see set_axis_title
        self.plot_item.showAxis("left", self.left_axis)
        self.plot_item.showAxis("bottom", self.bottom_axis)
        self.plot_item.layout.setContentsMargins(10 * scale, 6 * scale, 18 * scale, 6 * scale)
        self.content = QRectF(0, 0, 1, 1)
        self.targets: list[Target] = []
        self.elided: list[tuple[pg.TextItem, str, float]] = []
        self.marks: list = []  # what was plotted, for tests and the view's status line
        self.note = ""  # e.g. "3 cases have no rating and are not shown"
        self.shown: list[Case | PortfolioRow] = []
        self.scene().sigMouseClicked.connect(self._clicked)
        self.scene().sigMouseMoved.connect(self._moved)
        self.setMinimumSize(420, 300)
        # not a focus stop (it has nothing to do with keys): the page's scroll area and the
        # data table are, and say what the chart shows
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # -- drawing --------------------------------------------------------------------------
    def show_cases(self, cases: list[Case | PortfolioRow], subtitle: str = "") -> None:
        self.plot_item.clear()
        self.clear_legend()
        self.targets.clear()
        self.elided.clear()
        self.marks = []
        self.note = ""
        shown = cases
        if self.per_case and len(cases) > MAX_CASES_DRAWN:
            shown = cases[:MAX_CASES_DRAWN]
        self.shown = shown  # what is drawn: the data table lists exactly these
        self.draw(shown)
        if len(shown) < len(cases):
            cut = say("chart.cut", self.lang, shown=amount(len(shown), self.lang), total=amount(len(cases), self.lang))
            self.note = f"{cut}\n{self.note}" if self.note else cut
        self._title = self.title_text(len(cases), subtitle)
        if len(shown) < len(cases):
            self._title += say("chart.first_shown", self.lang, n=amount(len(shown), self.lang))
        self._set_title(self._title)
        self._fit_title()
        if not self.marks:
            self.empty_message(cases)
        self._fit()

    def _set_title(self, text: str) -> None:
        self._title_shown = text  # the plain text: the label itself holds it HTML-escaped
        self.plot_item.setTitle(escape(text), size=f"{14 * self.zoom:.0f}pt", color=INK, bold=True)
        self.plot_item.titleLabel.setMinimumWidth(0)  # a long title must not widen the chart

    def _fit_title(self) -> None:
        """A title wider than the chart would widen the whole layout past the view (and cut
        the chart off): cut it with "…" to the width instead (exports are wide enough for it)."""
        full = getattr(self, "_title", "")
        metrics = QFontMetricsF(chart_font(14 * self.zoom, bold=True))
        room = self.vb.width() - 12 * self.zoom  # the title sits over the plot column
        text = metrics.elidedText(full, Qt.TextElideMode.ElideRight, room) if room > 0 else full
        # compared with the plain text last set, never with the label's (escaped) HTML: a title
        # with "&" or "<" would otherwise differ every time and be set again on every resize,
        # even from the resize that ``close()`` causes while the scene's items are being deleted
        # (a segfault: issue 18, ``rdw figure --area "AI & robotics"``)
        if text != getattr(self, "_title_shown", None):
            self._set_title(text)

    def title_text(self, n: int, subtitle: str) -> str:
        figure, cases = figure_title(self.name, self.lang), count("case", n, self.lang)
        if subtitle:
            return say("chart.title_scope", self.lang, figure=figure, cases=cases, scope=subtitle)
        return say("chart.title", self.lang, figure=figure, cases=cases)

    def draw(self, cases: list[Case | PortfolioRow]) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def empty_message(self, cases: list[Case | PortfolioRow]) -> None:
        why = say("empty.none_selected" if not cases else "empty.none_rated", self.lang)
        self.text(self.content.center().x(), self.content.center().y(), why, size=14, colour=MUTED,
                  anchor=(0.5, 0.5))

    def text(self, x: float, y: float, text: str, *, size: float = 11, bold: bool = False,
             colour: str = INK, anchor=(0, 0.5), max_units: float | None = None) -> pg.TextItem:
        """Plain text at a chart position (never HTML: titles come from users and files).
        With ``max_units`` the text is cut with "…" to that width in chart units, re-cut at
        every resize, so a label never runs into the next cell."""
        item = pg.TextItem(color=colour, anchor=anchor)
        item.setPlainText(text)
        item.setFont(chart_font(size * self.zoom, bold))
        item.setPos(x, y)
        self.plot_item.addItem(item)
        if max_units:
            self.elided.append((item, text, max_units))
        return item

    def rect(self, rect: QRectF, fill: str | None, border: str | None = None, width: float = 1.0):
        item = pg.QtWidgets.QGraphicsRectItem(rect)
        item.setBrush(pg.mkBrush(fill) if fill else pg.mkBrush(None))
        pen = QPen(QColor(border)) if border else QPen(Qt.PenStyle.NoPen)
        pen.setCosmetic(True)
        pen.setWidthF(width * self.zoom)
        item.setPen(pen)
        self.plot_item.addItem(item)
        return item

    def hline(self, y: float, x0: float, x1: float, colour: str = GRID, width: float = 1.0) -> None:
        self.plot_item.plot([x0, x1], [y, y], pen=pg.mkPen(colour, width=width * self.zoom))

    def vline(self, x: float, y0: float, y1: float, colour: str = GRID, width: float = 1.0) -> None:
        self.plot_item.plot([x, x], [y0, y1], pen=pg.mkPen(colour, width=width * self.zoom))

    def markers(self, points: list[tuple[float, float, object, str]], size: float = 16) -> pg.ScatterPlotItem:
        """Markers coloured by their rating (palette) with the rating's shape; outlined in ink."""
        spots = []
        for x, y, value, symbol in points:
            fill = colours_for(value)[0] if value is not None else "#ffffff"
            spots.append({"pos": (x, y), "symbol": symbol, "brush": pg.mkBrush(fill),
                          "pen": pg.mkPen(INK, width=1.2 * self.zoom), "size": size * self.zoom})
        item = pg.ScatterPlotItem(spots=spots, pxMode=True)
        self.plot_item.addItem(item)
        return item

    def set_ticks(self, side: str, ticks: list[tuple[float, str]]) -> None:
        self.getAxis(side).setTicks([ticks, []])

    def set_axis_title(self, side: str, text: str) -> None:
        axis = self.getAxis(side)
        axis.setLabel(escape(text), color=MUTED)
        axis.label.setFont(chart_font(11 * self.zoom, bold=True))

    def legend(self, entries: list[tuple[str, object, str]], y_px: float = 8.0) -> None:
        """A row of (label, value, symbol) samples in the top band, left to right; labels are
        set as plain text in the chart font (pyqtgraph's legend would take them as HTML)."""
        legend = pg.LegendItem(offset=(6, y_px), colCount=len(entries), horSpacing=int(22 * self.zoom))
        legend.setParentItem(self.vb)
        # pyqtgraph pins legends to screen pixels; an export renders the scene scaled, and the
        # legend must scale with everything else
        legend.setFlag(legend.GraphicsItemFlag.ItemIgnoresTransformations, False)
        for label, value, symbol in entries:
            fill = colours_for(value)[0] if value is not None else "#ffffff"
            sample = pg.ScatterPlotItem(symbol=symbol, brush=pg.mkBrush(fill), size=14 * self.zoom,
                                        pen=pg.mkPen(INK, width=1.2 * self.zoom))
            legend.addItem(sample, "")
            text = legend.items[-1][1]
            text.item.setPlainText(label)
            text.item.setFont(chart_font(10.5 * self.zoom))
            text.item.setDefaultTextColor(QColor(INK))
            text.updateMin()
        legend.updateSize()
        self._legend = legend

    def clear_legend(self) -> None:
        legend = getattr(self, "_legend", None)
        if legend is not None and legend.scene() is not None:
            legend.scene().removeItem(legend)
        self._legend = None

    def close(self) -> bool:
        """Stop fitting before pyqtgraph clears the scene: a resize signal during the clearing
        must not reach items that are already deleted."""
        self._closing = True
        try:
            self.vb.sigResized.disconnect(self._fit)
        except (RuntimeError, TypeError):
            pass
        return super().close()

    # -- fitting the content, with fixed pixel bands ---------------------------------------
    def resizeEvent(self, event) -> None:
        if hasattr(self, "plot_item") and not getattr(self, "_closing", False):  # pyqtgraph resizes once inside its own __init__
            self._fit_title()
        super().resizeEvent(event)

    def _fit(self, *_args) -> None:
        if getattr(self, "_closing", False):
            return
        height = max(1.0, self.vb.height())
        c = self.content
        top = min(self.top_px * self.zoom, height * 0.6)
        span = c.height() / max(0.05, 1 - top / height)
        self.vb.setRange(xRange=(c.left(), c.right()), yRange=(c.top(), c.top() + span), padding=0)
        self._fit_title()
        px_per_unit = max(1.0, self.vb.width()) / max(1e-6, c.width())
        for item, text, units in self.elided:
            metrics = QFontMetricsF(item.textItem.font())
            room = units * px_per_unit - 4
            item.setPlainText("\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, room)
                                        for line in text.split("\n")))

    # -- clicks and hovering ----------------------------------------------------------------
    def add_target(self, case_ids: list[str], tooltip: str, **where) -> Target:
        target = Target(list(case_ids), tooltip, **where)
        self.targets.append(target)
        return target

    def target_at(self, scene_pos: QPointF) -> Target | None:
        data = self.vb.mapSceneToView(scene_pos)
        for target in reversed(self.targets):  # the last drawn is on top
            if target.item is not None and target.item.sceneBoundingRect().contains(scene_pos):
                return target
            if target.point is not None:
                centre = self.vb.mapViewToScene(target.point)
                if (centre - scene_pos).manhattanLength() <= target.radius * self.zoom * 1.4:
                    return target
            if target.rect is not None and target.rect.contains(data):
                return target
        return None

    def scene_pos(self, x: float, y: float) -> QPointF:
        return self.vb.mapViewToScene(QPointF(x, y))

    def activate(self, target: Target) -> None:
        if len(target.case_ids) == 1:
            self.case_activated.emit(target.case_ids[0])
        elif target.case_ids:
            self.cases_activated.emit(list(target.case_ids))

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        target = self.target_at(event.scenePos())
        if target is not None:
            event.accept()
            self.activate(target)

    def _moved(self, scene_pos: QPointF) -> None:
        target = self.target_at(scene_pos)
        self.setToolTip(literal_tooltip(target.tooltip) if target else "")
        clickable = target is not None and bool(target.case_ids)  # some targets only explain
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
