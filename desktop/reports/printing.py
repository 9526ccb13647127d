"""Scorecards on a printer: the same pages as the PDF, laid out by ``layout`` on a ``Canvas``
whose device is a ``QPrinter`` (as ``pdf.render_pdf`` does with ``QPdfWriter``), so File ▸
Print… and its preview show exactly what the PDF holds.

The printer is set to 72 dots per inch before painting (one device unit = one point, the
canvas's unit; Qt maps it to the printer's real resolution, text stays text) and to the whole
sheet (the canvas keeps its own margins, inside every printer's unprintable border). The paper
is the printer's when it is Letter, else A4: the two sizes the layout knows.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from ..models.scorecard import Scorecard
from .canvas import PAGE_SIZES, Canvas, ensure_fonts, paged_device
from .layout import lay_out, plan


def page_key(printer: QPrinter) -> str:
    """``"letter"`` for Letter paper, else ``"a4"``."""
    return "letter" if printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter else "a4"


def prepare(printer: QPrinter, page: str | None = None) -> str:
    """Set ``printer`` up for the canvas: 72 dpi, portrait, the whole sheet, A4 or Letter.
    Returns the page size used."""
    page = page or page_key(printer)
    printer.setResolution(72)
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[page].qt), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0)))
    return page


def print_scorecards(cards: list[Scorecard], printer: QPrinter, figures: list | None = None,
                     page: str | None = None) -> int:
    """Paint the scorecards (and figures) on ``printer``, page by page; returns the page count.
    Raises ``OSError`` when the printer cannot be painted on."""
    ensure_fonts()
    size = PAGE_SIZES[prepare(printer, page)].points()
    failure = f"cannot print to {printer.printerName() or printer.outputFileName() or 'the printer'}"
    canvas = Canvas(paged_device(printer, failure), size, dry=False)
    canvas.total_pages, starts, figures_page = plan(cards, size, figures)
    lay_out(canvas, cards, starts, figures, figures_page)
    return canvas.page + 1
