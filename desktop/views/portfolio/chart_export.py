"""Charts off screen: PNG (rendered at twice the size for sharp projection and print), SVG and
vector PDF pages, for the Portfolio view's export buttons, ``rdw figure`` and the scorecard batch.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from ...models.case import Case
from ...models.language import Phrase
from ...models.output_files import OutputError, check_target, write_bytes
from ...models.figure_names import figure_title
from ...models.portfolio import FIGURES, PortfolioRow
from .chart_base import Chart
from .charts_leverage import InstrumentsChart, LeverageChart, SubstitutabilitySpilloverChart
from .charts_strength import FeasibilityChart, StrengthMapChart, StrengthTypesChart

CHARTS: dict[str, type[Chart]] = {
    cls.name: cls
    for cls in (StrengthMapChart, StrengthTypesChart, FeasibilityChart, LeverageChart,
                SubstitutabilitySpilloverChart, InstrumentsChart)
}
assert list(CHARTS) == list(FIGURES), "every figure has a chart, in the same order"
EXPORT_SIZE = QSize(1200, 800)
ROW_PX = 30  # per case row in the matrix and bar charts, so labels never overlap


class ChartExportError(Exception):
    """A chart could not be written; the message names the path."""


ROW_CHARTS = ("strength-types", "feasibility", "leverage")


def row_count(chart: Chart) -> int:
    """Cases shown as rows (matrix and bar charts), 0 for the other charts."""
    if chart.name not in ROW_CHARTS:
        return 0
    return len({m[0] if isinstance(m, tuple) else m.case_id for m in chart.marks})


def natural_height(chart: Chart, rows: int, roomy: bool = True) -> tuple[int, int]:
    """(minimum, maximum) height for a chart of ``rows`` case rows: never so short that
    labels overlap, never so tall that two cases become two giant blocks."""
    s = chart.zoom
    if not rows:
        return int(chart.min_height_px * s), 16_777_215
    frame = chart.top_px + 170
    least = frame + rows * ROW_PX
    most = frame + rows * (56 if roomy else ROW_PX)
    return int(max(300, least) * s), int(max(300, most) * s)


def export_size(chart: Chart, base: QSize = EXPORT_SIZE) -> QSize:
    """``base`` (in unscaled pixels) times the chart's scale; for a matrix or bar chart tall
    enough for every row's label, and no taller than a comfortable row height."""
    s = chart.zoom
    rows = row_count(chart)
    if not rows:
        return QSize(int(base.width() * s), int(max(base.height(), chart.min_height_px) * s))
    least, most = natural_height(chart, rows)
    return QSize(int(base.width() * s), max(least, min(int(base.height() * s), most)))


def offscreen_chart(name: str, cases: list[Case | PortfolioRow], subtitle: str = "", size: QSize | None = None,
                    scale: float = 1.0, base: QSize = EXPORT_SIZE, lang: str | None = None) -> Chart:
    """A laid-out chart that is never shown on screen (export needs the real layout); its words
    in ``lang`` (None: the interface's language, English outside the app)."""
    if name not in CHARTS:
        raise ChartExportError(f"unknown figure '{name}' (one of: {', '.join(CHARTS)})")
    chart = CHARTS[name](scale=scale, lang=lang)
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    chart.show_cases(cases, subtitle)
    chart.resize(size or export_size(chart, base))
    chart.show()
    QApplication.processEvents()
    chart._fit()
    return chart


def paint(chart: Chart, painter: QPainter, target: QRectF) -> None:
    """Draw the chart's scene into ``target`` as vector graphics (PDF, SVG) or pixels (PNG)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)  # a page's drawing state must not leak into the items
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(target, QColor("white"))  # the view's background is not part of its scene
    source = chart.mapToScene(chart.viewport().rect()).boundingRect()
    chart.scene().render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)


def chart_image(chart: Chart, pixel_ratio: float = 2.0) -> QImage:
    """The chart as pixels at ``pixel_ratio`` times its size (for PNG files and PDF pages:
    pyqtgraph sizes markers and text by the view's pixels, which a raster copy keeps exact)."""
    size = chart.size()
    image = QImage(int(size.width() * pixel_ratio), int(size.height() * pixel_ratio), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint(chart, painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image


def _writable(path: Path, protect=None) -> Path:
    return check_target(path, protect)  # (an OutputError: its reason in the reader's language)


def save_png(chart: Chart, path: Path, pixel_ratio: float = 2.0, protect=None) -> Path:
    """The chart as a PNG file, encoded in memory and written by ``output_files``' rules."""
    from ...reports.png import save_png_file

    _writable(path, protect)
    save_png_file(chart_image(chart, pixel_ratio), path, protect)
    return path


def svg_bytes(chart: Chart) -> bytes:
    """The chart as an SVG drawing, in memory."""
    from PySide6.QtSvg import QSvgGenerator

    size = chart.size()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(chart.plot_item.titleLabel.text and figure_title(chart.name, chart.lang))
    generator.setDescription("Reverse Dependency Workbench")
    painter = QPainter()
    if not painter.begin(generator):
        return b""
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("white"))
    paint(chart, painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    buffer.close()
    return bytes(data.data())


def save_svg(chart: Chart, path: Path, protect=None) -> Path:
    """The chart as an SVG file, drawn in memory and written by ``output_files``' rules."""
    _writable(path, protect)
    raw = svg_bytes(chart)
    if b"</svg>" not in raw[-64:]:
        raise OutputError(path, Phrase("errors_store", "output.drawing_failed"))
    write_bytes(path, raw, protect)
    return path


def export_figure(name: str, cases: list[Case | PortfolioRow], path: Path, subtitle: str = "", protect=None,
                  lang: str | None = None) -> Path:
    """PNG at twice the size (laid out at scale 2, so markers, lines and text are all sharp);
    SVG at scale 1. ``protect`` is the open database: never replaced by a chart. Words in
    ``lang`` (None: the interface's language)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise OutputError(path, Phrase("errors_store", "output.figure_suffix"))
    _writable(path, protect)
    chart = offscreen_chart(name, cases, subtitle, scale=2.0 if suffix == ".png" else 1.0, lang=lang)
    try:
        return save_png(chart, path, 1.0, protect) if suffix == ".png" else save_svg(chart, path, protect)
    finally:
        chart.close()
        chart.deleteLater()
