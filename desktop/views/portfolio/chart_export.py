"""Charts off screen: PNG (rendered at twice the size for sharp projection and print), SVG and
vector PDF pages, for the Portfolio view's export buttons, ``rdw figure`` and the scorecard batch.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from ...models.case import Case
from ...models.portfolio import FIGURES
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
    if not rows:
        return 300, 16_777_215
    frame = chart.top_px * chart.scale + 170
    least = int(frame + rows * ROW_PX * chart.scale)
    most = int(frame + rows * (56 if roomy else ROW_PX) * chart.scale)
    return max(300, least), max(300, most)


def export_size(chart: Chart, base: QSize = EXPORT_SIZE) -> QSize:
    """Tall enough for every row of a long matrix or bar chart to keep its label readable,
    and no taller than a comfortable row height for a short one."""
    rows = row_count(chart)
    if not rows:
        return base
    least, most = natural_height(chart, rows)
    return QSize(base.width(), max(least, min(base.height(), most)))


def offscreen_chart(name: str, cases: list[Case], subtitle: str = "", size: QSize | None = None,
                    scale: float = 1.0) -> Chart:
    """A laid-out chart that is never shown on screen (export needs the real layout)."""
    if name not in CHARTS:
        raise ChartExportError(f"unknown figure '{name}' (one of: {', '.join(CHARTS)})")
    chart = CHARTS[name](scale=scale)
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    chart.show_cases(cases, subtitle)
    chart.resize(size or export_size(chart))
    chart.show()
    QApplication.processEvents()
    chart._fit()
    return chart


def paint(chart: Chart, painter: QPainter, target: QRectF) -> None:
    """Draw the chart's scene into ``target`` as vector graphics (PDF, SVG) or pixels (PNG)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    source = chart.mapToScene(chart.viewport().rect()).boundingRect()
    chart.scene().render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)


def _writable(path: Path) -> None:
    if path.is_dir():
        raise ChartExportError(f"{path}: is a folder; give a file name")
    if not path.parent.is_dir():
        raise ChartExportError(f"{path.parent}: folder does not exist")


def save_png(chart: Chart, path: Path, pixel_ratio: float = 2.0) -> Path:
    _writable(path)
    size = chart.size()
    image = QImage(int(size.width() * pixel_ratio), int(size.height() * pixel_ratio), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint(chart, painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    if not image.save(str(path), "PNG"):
        raise ChartExportError(f"{path}: cannot be written")
    return path


def save_svg(chart: Chart, path: Path) -> Path:
    from PySide6.QtSvg import QSvgGenerator

    _writable(path)
    size = chart.size()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(chart.plot_item.titleLabel.text and FIGURES[chart.name])
    generator.setDescription("Reverse Dependency Workbench")
    painter = QPainter()
    if not painter.begin(generator):
        raise ChartExportError(f"{path}: cannot be written")
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("white"))
    paint(chart, painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise ChartExportError(f"{path}: cannot be written")
    return path


def save_chart(chart: Chart, path: Path) -> Path:
    """By the file's suffix: .png or .svg."""
    suffix = path.suffix.lower()
    if suffix == ".png":
        return save_png(chart, path)
    if suffix == ".svg":
        return save_svg(chart, path)
    raise ChartExportError(f"{path}: give a .png or .svg file name")


def export_figure(name: str, cases: list[Case], path: Path, subtitle: str = "") -> Path:
    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg"):
        raise ChartExportError(f"{path}: give a .png or .svg file name")
    _writable(path)
    chart = offscreen_chart(name, cases, subtitle)
    try:
        return save_chart(chart, path)
    finally:
        chart.close()
        chart.deleteLater()
