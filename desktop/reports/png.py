"""Scorecards as images: one PNG per page (slides, a quick look at the layout, the preview)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPainter

from ..models.scorecard import Scorecard
from .application import ensure_gui_application
from .canvas import PAGE_SIZES, Canvas, PageSize, ensure_fonts
from .destination import ExportError
from .layout import lay_out, plan


def render_images(cards: list[Scorecard], dpi: int = 150, page: PageSize = PAGE_SIZES["a4"],
                  figures: list | None = None) -> list[QImage]:
    """Every page as an image at ``dpi`` (for slides and for looking at the layout)."""
    ensure_fonts()
    size = page.points()
    scale = dpi / 72.0
    images: list[QImage] = []

    def device(page_no: int, painter: QPainter | None) -> QPainter:
        if painter is not None:
            painter.end()
        image = QImage(int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(int(72 / 0.0254))  # fonts in points map 1:1 before the scale below
        image.setDotsPerMeterY(int(72 / 0.0254))
        image.fill(QColor("white"))
        images.append(image)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        return painter

    canvas = Canvas(device, size, dry=False)
    canvas.total_pages, starts, figures_page = plan(cards, size, figures)
    lay_out(canvas, cards, starts, figures, figures_page)
    for image in images:
        image.setDotsPerMeterX(int(dpi / 0.0254))
        image.setDotsPerMeterY(int(dpi / 0.0254))
    return images


def export_png(cards: list[Scorecard], folder: Path, ids: list[str], dpi: int = 150, page: str = "a4") -> list[Path]:
    """One PNG per page, named after the case id: ``<id>-1.png``, ``<id>-2.png`` … A missing
    folder is created (``--png cards/`` on the command line should just work)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(f"{folder}: cannot create the folder ({error.strerror or error})") from None
    if not os.access(folder, os.W_OK):
        raise ExportError(f"{folder}: not allowed to write here")
    ensure_gui_application()
    written = []
    for card, case_id in zip(cards, ids):
        for n, image in enumerate(render_images([card], dpi, PAGE_SIZES[page]), start=1):
            path = folder / f"{case_id}-{n}.png"
            if not image.save(str(path), "PNG"):
                raise ExportError(f"{path}: cannot be written")
            written.append(path)
    return written
