"""Scorecards as one PDF: A4 or Letter, fonts embedded, text selectable and searchable, a
bookmark per case; drawn in memory, then written by ``models.output_files``' rules (beside its
destination, fsynced, moved into place; never the open database)."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from ..models.output_files import OutputError, write_bytes
from ..models.scorecard import Scorecard
from .application import ensure_gui_application
from .canvas import PAGE_SIZES, Canvas, ExportCancelled, PageSize, ensure_fonts
from .destination import writable_file
from .layout import lay_out, plan


def render_pdf(cards: list[Scorecard], path: "str | QIODevice", page: PageSize = PAGE_SIZES["a4"],
               title: str = "Scorecards", figures: list | None = None) -> tuple[list[int], int | None]:
    """Write the scorecards (and figures) to ``path`` (a file name or a device; A4 or Letter,
    fonts embedded); returns each case's first page and the figures' first page."""
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


def export_pdf(cards: list[Scorecard], out: Path, page: str = "a4", figures: list | None = None,
               protect=None) -> None:
    """Draw the PDF in memory, add the bookmarks, then write it by ``output_files``' rules, so a
    failure (a full disk, pypdf, Qt) never leaves a half-written file or a temporary one;
    ``figures`` (see ``figures``) are added after the scorecards; ``protect`` is the open
    database, which is never replaced."""
    writable_file(out, protect)
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        starts, figures_page = render_pdf(cards, buffer, PAGE_SIZES[page], figures=figures,
                                          title="Scorecards: " + ", ".join(c.title for c in cards)[:200])
        buffer.close()
        raw = bytes(data.data())
        if not raw.startswith(b"%PDF") or b"%%EOF" not in raw[-1024:]:
            raise OutputError(out, "cannot be written: the PDF could not be drawn")
        marks = [(card.title, start) for card, start in zip(cards, starts)]
        if figures_page is not None:
            marks.append(("Portfolio figures", figures_page))
        raw = with_bookmarks(raw, marks)
    except (OutputError, ExportCancelled):
        raise
    except Exception as error:  # pypdf or the renderer: one clear line, nothing written
        reason = " ".join(str(error).split()) or type(error).__name__
        raise OutputError(out, f"cannot be written ({reason})") from None
    write_bytes(out, raw, protect)


def with_bookmarks(raw: bytes, marks: list[tuple[str, int]]) -> bytes:
    """The PDF ``raw`` with one bookmark (outline entry) per case, pointing at its first page."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(raw)))
    for title, page in marks:
        writer.add_outline_item(title=title, page_number=page)
    if len(marks) > 1:
        writer.page_mode = "/UseOutlines"  # a batch opens with its bookmarks showing
    result = io.BytesIO()
    writer.write(result)
    return result.getvalue()

