"""Portfolio figures as pages of a scorecard batch: the charts of the exported cases after the
scorecards, each as wide as the page allows, at about 300 dpi (SVG export is the vector form).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage

from ..models.case import Case
from ..models.portfolio import FIGURES, in_scope, Scope
from .canvas import MARGIN, MUTED, NAVY, Canvas, font


PAGE_CHART = QSize(780, 540)  # drawn 0.64× on A4: chart text stays at 6.5–9 pt
PAGE_SCALE = 3.0  # laid out at three times that many pixels: about 300 dpi on the page


@dataclass
class FigurePage:
    """One laid-out chart, kept alive while the pages are drawn."""

    name: str
    chart: object  # a portfolio Chart (a widget; imported lazily with pyqtgraph)
    size: QSize
    _image: QImage | None = field(default=None, repr=False, compare=False)

    @property
    def aspect(self) -> float:
        return self.size.height() / self.size.width()

    def image(self) -> QImage:
        """The chart as a picture, made once: the preview redraws the pages on every change of
        an option, and the charts do not change while their pages live."""
        if self._image is None:
            from ..views.portfolio.chart_export import chart_image

            self._image = chart_image(self.chart, 1.0)
        return self._image


def build_figures(cases: list[Case], names: list[str] | None = None, subtitle: str = "",
                  lang: str = "en") -> list[FigurePage]:
    """Charts of ``cases`` (all six figures unless ``names``), at their export size, their words
    in the document's language ``lang``."""
    from ..views.portfolio.chart_export import offscreen_chart

    shown = in_scope(list(cases), Scope())
    figures = []
    for name in names or list(FIGURES):
        chart = offscreen_chart(name, shown, subtitle, base=PAGE_CHART, scale=PAGE_SCALE, lang=lang)
        figures.append(FigurePage(name, chart, chart.size()))
    return figures


def close_figures(figures: list[FigurePage]) -> None:
    for figure in figures:
        figure.chart.close()
    figures.clear()


def lay_out_figures(c: Canvas, figures: list[FigurePage], date: str, count: int) -> int:
    """The figures after the scorecards, on their own pages; returns the first page (0-based)."""
    w = c.words  # the document's language (the charts themselves are drawn by the portfolio views)
    tail = w("head.one", date=date) if count == 1 else w("head.count", count=str(count), date=date)
    c.heading, c.heading_tail = w("figures.title"), tail
    c.continuation = None
    c.new_page()
    first = c.page
    c.text(MARGIN, c.y, c.width, w("figures.title"), font(20, True), NAVY)
    c.y += 2
    c.text(MARGIN, c.y, c.width, w("figures.intro", count=str(count)), font(10), MUTED)
    c.y += 12
    room = c.bottom - MARGIN  # the most a figure may take: a full page below the running head
    for figure in figures:
        width = c.width
        height = width * figure.aspect
        if height > room:
            height, width = room, room / figure.aspect
        c.ensure(height + 6)
        if not c.dry and c.painter is not None:
            c.painter.drawImage(QRectF(MARGIN + (c.width - width) / 2, c.y, width, height), figure.image())
        c.y += height + 16
    return first
