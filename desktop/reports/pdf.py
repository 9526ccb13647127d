"""Scorecards as one PDF: A4 or Letter, fonts embedded, text selectable and searchable, a
bookmark per case; written beside its destination and moved into place."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from ..models.scorecard import Scorecard
from .application import ensure_gui_application
from .canvas import PAGE_SIZES, Canvas, PageSize, ensure_fonts
from .destination import ExportError, writable_file
from .layout import lay_out, plan


def render_pdf(cards: list[Scorecard], path: str, page: PageSize = PAGE_SIZES["a4"], title: str = "Scorecards",
               figures: list | None = None) -> tuple[list[int], int | None]:
    """Write the scorecards (and figures) to ``path`` (A4 or Letter, fonts embedded); returns
    each case's first page and the figures' first page."""
    ensure_fonts()
    size = page.points()
    writer = QPdfWriter(path)
    writer.setResolution(72)  # one device unit = one point
    writer.setPageLayout(QPageLayout(QPageSize(page.qt), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(title)
    writer.setCreator("Reverse Dependency Workbench")

    def device(page_no: int, painter: QPainter | None) -> QPainter:
        if painter is None:
            painter = QPainter()
            if not painter.begin(writer):
                raise OSError(f"cannot write {path}")
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        else:
            writer.newPage()
        return painter

    canvas = Canvas(device, size, dry=False)
    canvas.total_pages, starts, figures_page = plan(cards, size, figures)
    return lay_out(canvas, cards, starts, figures, figures_page), canvas.figures_page


def export_pdf(cards: list[Scorecard], out: Path, page: str = "a4", figures: list | None = None) -> None:
    """Write the PDF beside its destination and move it into place, so a failure never leaves a
    half-written file; ``figures`` (see ``figures``) are added after the scorecards."""
    writable_file(out)
    ensure_gui_application()
    tmp = out.with_name(f".{out.name}.part")
    try:
        starts, figures_page = render_pdf(cards, str(tmp), PAGE_SIZES[page], figures=figures,
                                          title="Scorecards: " + ", ".join(c.title for c in cards)[:200])
        marks = [(card.title, start) for card, start in zip(cards, starts)]
        if figures_page is not None:
            marks.append(("Portfolio figures", figures_page))
        add_bookmarks(tmp, marks)
        os.replace(tmp, out)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"{out}: cannot be written ({error})") from None


def add_bookmarks(path: Path, marks: list[tuple[str, int]]) -> None:
    """One PDF bookmark (outline entry) per case, pointing at its first page."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(path)))
    for title, page in marks:
        writer.add_outline_item(title=title, page_number=page)
    if len(marks) > 1:
        writer.page_mode = "/UseOutlines"  # a batch opens with its bookmarks showing
    with open(path, "wb") as handle:
        writer.write(handle)
