"""Scorecards as images: one PNG per page (slides, a quick look at the layout, the preview)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QPainter

from ..models.scorecard import Scorecard
from .application import ensure_gui_application
from .canvas import PAGE_SIZES, Canvas, PageSize, ensure_fonts
from ..models.language import Phrase
from ..models.output_files import OutputError, prepare_folder, safe_file_name, write_bytes
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


def png_bytes(image: QImage, path: Path | str = "image") -> bytes:
    """``image`` encoded as PNG in memory (so a write error can never leave a cut-off file)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "PNG")
    buffer.close()
    raw = bytes(data.data())
    if not ok or not raw.startswith(b"\x89PNG"):
        raise OutputError(path, Phrase("errors_store", "output.png_not_encoded"))
    return raw


def save_png_file(image: QImage, path: Path, protect=None) -> Path:
    """Write ``image`` as a PNG file by ``output_files``' rules."""
    return write_bytes(path, png_bytes(image, path), protect)


def export_png(cards: list[Scorecard], folder: Path, ids: list[str], dpi: int = 150, page: str = "a4",
               protect=None) -> list[Path]:
    """One PNG per page, named after the case id made safe as a file name (``safe_file_name``):
    ``<id>-1.png``, ``<id>-2.png`` … A missing folder is created (``--png cards/`` on the command
    line should just work); no name leaves the folder, and ``protect`` (the open database) is
    never replaced."""
    folder = prepare_folder(folder, protect)
    ensure_gui_application()
    written: list[Path] = []
    stems: set[str] = set()
    names: set[str] = set()
    for card, case_id in zip(cards, ids):
        stem = safe_file_name(case_id, used=stems)
        for n, image in enumerate(render_images([card], dpi, PAGE_SIZES[page]), start=1):
            name = safe_file_name(f"{stem}-{n}", ".png", used=names)
            written.append(save_png_file(image, folder / name, protect))
    return written
