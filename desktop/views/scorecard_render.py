"""Drawing scorecards with QPainter onto PDF pages (QPdfWriter) or PNG images.

Layout runs twice: a dry pass that only measures (to count pages for "Page x of y") and a
drawing pass. All text is drawn with ``drawText`` as plain text, so user text is never
interpreted, and it stays selectable and searchable in the PDF. Every colour carries its label,
so a black-and-white print still says everything.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPolygonF,
    QTextLayout,
    QTextOption,
)

from ..models.scorecard import Scorecard
from ..models.scales import Feasibility, LeverageDegree
from ..paths import resource_path
from .palette import colours_for

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "wqy-microhei.ttc")
FAMILIES = ["DejaVu Sans", "WenQuanYi Micro Hei"]  # Latin first, then CJK for what it lacks
INK, MUTED, RULE, NAVY = QColor("#1f2328"), QColor("#4a4f57"), QColor("#b8c2d0"), QColor("#1a3d6d")
MARGIN = 48.0  # points (17 mm): inside every printer's unprintable border
_fonts_loaded = False
_measure_device: QImage | None = None


def release() -> None:
    """Drop the cached measuring image and forget the registered fonts (they go with the
    application, so a later application must register them again)."""
    global _measure_device, _fonts_loaded
    _measure_device = None
    _fonts_loaded = False


def _measure_device_for_layout() -> QImage:
    _metrics(QFont())
    return _measure_device


def _metrics(f: QFont) -> QFontMetricsF:
    """Metrics at 72 dpi, the resolution every page is drawn at (1 unit = 1 point), so what is
    measured in the dry pass is exactly what is drawn."""
    global _measure_device
    if _measure_device is None:
        _measure_device = QImage(8, 8, QImage.Format.Format_RGB32)
        _measure_device.setDotsPerMeterX(int(72 / 0.0254))
        _measure_device.setDotsPerMeterY(int(72 / 0.0254))
    return QFontMetricsF(f, _measure_device)


def ensure_fonts() -> None:
    """Register the bundled fonts once (needs a QGuiApplication)."""
    global _fonts_loaded
    if not _fonts_loaded:
        for name in FONT_FILES:
            QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        _fonts_loaded = True


def font(size: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(FAMILIES)
    f.setPointSizeF(size)
    f.setBold(bold)
    for tag in ("liga", "clig"):  # no "ﬁ" ligatures: copied text must read "fi" in a memo
        f.setFeature(QFont.Tag(tag), 0)
    return f


@dataclass
class PageSize:
    name: str
    qt: QPageSize.PageSizeId

    def points(self) -> QSizeF:
        return QPageSize(self.qt).size(QPageSize.Unit.Point)


PAGE_SIZES = {"a4": PageSize("A4", QPageSize.PageSizeId.A4), "letter": PageSize("Letter", QPageSize.PageSizeId.Letter)}


class Canvas:
    """A page flow in points: a cursor ``y`` that moves down and breaks onto a new page."""

    def __init__(self, device_factory, size: QSizeF, dry: bool, heading: str = ""):
        self.size, self.dry, self.heading = size, dry, heading
        self.citation = ""
        self._factory = device_factory  # called with the page number (0-based); returns a paint device or None
        self.page = -1
        self.painter: QPainter | None = None
        self.total_pages = 0
        self.y = MARGIN
        self.width = size.width() - 2 * MARGIN
        self.bottom = size.height() - MARGIN - 24

    # -- pages -----------------------------------------------------------------------------
    def new_page(self) -> None:
        if self.page >= 0:
            self.footer()
        self.page += 1
        self.y = MARGIN
        if not self.dry:
            self.painter = self._factory(self.page, self.painter)
        self._page_furniture()

    def finish(self) -> None:
        if self.page >= 0:
            self.footer()
        if self.painter is not None and self.painter.isActive():
            self.painter.end()

    def ensure(self, height: float, slack: float = 0.0) -> None:
        """Start a new page unless ``height`` fits; ``slack`` lets a last short line use part of
        the space above the footer rather than sit alone on a new page."""
        if self.y + height > self.bottom + slack:
            self.new_page()

    def _page_furniture(self) -> None:
        small = font(7.5)
        if self.heading:
            self.text(MARGIN, MARGIN - 26, self.width * 0.7, self.heading, small, MUTED, move=False)
            self.text(MARGIN + self.width * 0.7, MARGIN - 26, self.width * 0.3, "Reverse Dependency Workbench", small, MUTED,
                      align=Qt.AlignmentFlag.AlignRight, move=False)
            self.line(MARGIN, MARGIN - 12, MARGIN + self.width, MARGIN - 12, RULE)
        self._footer_y = self.size.height() - MARGIN + 4

    def footer(self) -> None:
        """The method's citation and the page number at the bottom of the current page."""
        small = font(7)
        self.line(MARGIN, self._footer_y - 6, MARGIN + self.width, self._footer_y - 6, RULE)
        self.text(MARGIN, self._footer_y, self.width - 80, self.citation, small, MUTED, move=False)
        label = f"Page {self.page + 1} of {self.total_pages}" if self.total_pages else f"Page {self.page + 1}"
        self.text(MARGIN + self.width - 80, self._footer_y, 80, label, small, MUTED, align=Qt.AlignmentFlag.AlignRight, move=False)

    # -- drawing primitives ----------------------------------------------------------------
    def measure(self, width: float, text: str, f: QFont) -> float:
        flags = int(Qt.TextFlag.TextWordWrap)
        return _metrics(f).boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()

    def text(self, x: float, y: float, width: float, text: str, f: QFont, colour: QColor = INK,
             align=Qt.AlignmentFlag.AlignLeft, move: bool = True) -> float:
        height = self.measure(width, text, f)
        if not self.dry and self.painter is not None:
            self.painter.setFont(f)
            self.painter.setPen(colour)
            self.painter.drawText(QRectF(x, y, width, height + 2), int(align | Qt.TextFlag.TextWordWrap), text)
        if move:
            self.y = y + height
        return height

    def flow(self, x: float, width: float, text: str, f: QFont, colour: QColor = INK, on_break=None) -> None:
        """A paragraph that may break across pages line by line (a long rationale never
        overflows the bottom margin); ``on_break`` draws a continuation heading."""
        layout = QTextLayout(text, f, _measure_device_for_layout())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        lines = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines.append((line.textStart(), line.textLength(), line.height()))
        layout.endLayout()
        for start, length, height in lines:
            if self.y + height > self.bottom:
                self.new_page()
                if on_break:
                    on_break()
            self.text(x, self.y, width + 4, text[start:start + length].rstrip("\n"), f, colour)

    def line(self, x1: float, y1: float, x2: float, y2: float, colour: QColor, width: float = 0.6) -> None:
        if not self.dry and self.painter is not None:
            self.painter.setPen(QPen(colour, width))
            self.painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))

    def box(self, rect: QRectF, fill: QColor | None, border: QColor | None = None, width: float = 0.8) -> None:
        if self.dry or self.painter is None:
            return
        self.painter.setPen(QPen(border, width) if border else Qt.PenStyle.NoPen)
        self.painter.setBrush(fill if fill else Qt.BrushStyle.NoBrush)
        self.painter.drawRect(rect)

    def chip(self, x: float, y: float, width: float, value, label: str | None = None, size: float = 9) -> float:
        """A filled rating cell with its label inside; unrated values are an outlined dash."""
        f = font(size, bold=True)
        height = _metrics(f).height() + 4
        if value is None:
            self.box(QRectF(x, y, width, height), None, RULE)
            self.text(x, y + 2, width, "—  not rated", font(size), MUTED, Qt.AlignmentFlag.AlignHCenter, move=False)
            return height
        bg, fg = colours_for(value)
        self.box(QRectF(x, y, width, height), QColor(bg), QColor("#1f2328"), 0.5)
        self.text(x, y + 2, width, label or value.label, f, QColor(fg), Qt.AlignmentFlag.AlignHCenter, move=False)
        return height

    def tick(self, x: float, y: float, on: bool, size: float = 9.0) -> None:
        self.box(QRectF(x, y, size, size), None, INK, 0.8)
        if on and not self.dry and self.painter is not None:
            self.painter.setPen(QPen(INK, 1.4))
            self.painter.drawPolyline(QPolygonF([QPointF(x + 2, y + size * 0.55), QPointF(x + size * 0.42, y + size - 2),
                                                 QPointF(x + size - 1.5, y + 1.5)]))

    def marker(self, x: float, y: float) -> None:
        if not self.dry and self.painter is not None:
            self.painter.setPen(Qt.PenStyle.NoPen)
            self.painter.setBrush(INK)
            self.painter.drawPolygon(QPolygonF([QPointF(x - 6, y), QPointF(x + 6, y), QPointF(x, y + 9)]))


def _section_title(c: Canvas, text: str) -> None:
    c.ensure(60)
    c.y += 8
    c.text(MARGIN, c.y, c.width, text, font(12.5, True), NAVY)
    c.y += 3
    c.line(MARGIN, c.y, MARGIN + c.width, c.y, NAVY, 1.2)
    c.y += 6


def _header(c: Canvas, card: Scorecard) -> None:
    c.text(MARGIN, c.y, c.width, card.title, font(17, True))
    c.y += 3
    c.text(MARGIN, c.y, c.width, f"Technology field: {card.technology_area}", font(10), MUTED)
    c.y += 2
    who = ", ".join(x for x in (card.author, card.organisation) if x)
    meta = " · ".join(x for x in (f"Assessed by {who}" if who else "", card.date, f"Assessment version {card.version}") if x)
    c.text(MARGIN, c.y, c.width, meta, font(8.5), MUTED)
    if card.source_note:
        c.y += 2
        c.text(MARGIN, c.y, c.width, card.source_note, font(7.5), MUTED)
    c.y += 4


def _scorecard_1(c: Canvas, card: Scorecard) -> None:
    _section_title(c, "Scorecard 1 · Technological strength and leverage")
    name_w, cell_w = c.width * 0.40, c.width * 0.30
    head = font(8.5, True)
    c.ensure(22 + 3 * 26)
    c.text(MARGIN, c.y, name_w, "Pillar of strength", head, MUTED, move=False)
    c.text(MARGIN + name_w, c.y, cell_w, "Maintain", head, MUTED, Qt.AlignmentFlag.AlignHCenter, move=False)
    c.text(MARGIN + name_w + cell_w, c.y, cell_w, "Regain / develop", head, MUTED, Qt.AlignmentFlag.AlignHCenter)
    c.y += 4
    for row in card.pillars:
        top = c.y
        c.text(MARGIN, top + 2, name_w - 6, row.label, font(10, True), move=False)
        if row.present is False:
            c.text(MARGIN + name_w, top + 2, 2 * cell_w, "Not a source of strength", font(9), MUTED, Qt.AlignmentFlag.AlignHCenter, move=False)
            height = 18
        else:
            height = 0
            for n, stance in enumerate(("maintain", "regain_develop")):
                x = MARGIN + name_w + n * cell_w + 8
                if row.stance is not None and row.stance.value == stance:
                    label = f"{row.likelihood.label} likelihood" if row.likelihood else "likelihood not rated"
                    height = max(height, c.chip(x, top, cell_w - 16, row.likelihood, label))
                elif row.present is None or row.stance is None:
                    height = max(height, c.chip(x, top, cell_w - 16, None))
        c.y = top + max(height, 18) + 4
        c.line(MARGIN, c.y - 3, MARGIN + c.width, c.y - 3, RULE, 0.4)
    c.y += 2
    c.text(MARGIN, c.y, c.width, "Likelihood of a European edge over China within 10 years: high (green), medium (yellow), low (red).",
           font(7.5), MUTED)
    c.y += 6
    c.ensure(70)
    c.text(MARGIN, c.y, c.width, "Types of strength", font(10, True))
    c.y += 4
    col_w = c.width / 2
    for pair in range(0, len(card.types), 2):
        row_h = 0.0
        for n, (label, on) in enumerate(card.types[pair:pair + 2]):
            x = MARGIN + n * col_w
            c.tick(x, c.y + 2, on)
            row_h = max(row_h, c.text(x + 15, c.y, col_w - 20, label, font(9.5, bold=on), INK if on else MUTED, move=False))
        c.y += row_h + 2
    c.y += 6
    _leverage_scale(c, card.leverage)


def _leverage_scale(c: Canvas, degree: LeverageDegree | None) -> None:
    c.ensure(62)
    title = f"Degree of European leverage: {degree.label if degree else 'not rated'}"
    c.text(MARGIN, c.y, c.width, title, font(10, True))
    c.y += 12
    steps = list(LeverageDegree)
    step_w = c.width / len(steps)
    for n, step in enumerate(steps):
        x = MARGIN + n * step_w
        chosen = step is degree
        bg = QColor(colours_for(step)[0]) if chosen else QColor("#f3f5f8")
        c.box(QRectF(x + 1, c.y, step_w - 2, 20), bg, QColor("#1f2328") if chosen else RULE, 1.2 if chosen else 0.5)
        colour = QColor(colours_for(step)[1]) if chosen else MUTED
        c.text(x + 1, c.y + 4, step_w - 2, step.label, font(8.5, chosen), colour, Qt.AlignmentFlag.AlignHCenter, move=False)
        if chosen:
            c.marker(x + step_w / 2, c.y - 10)
    c.y += 24


def _scorecard_2(c: Canvas, card: Scorecard) -> None:
    _section_title(c, "Scorecard 2 · Level of ambition and core recommendations")
    col_w = c.width / 4
    c.ensure(70)
    top = c.y
    heights = []
    for n, col in enumerate(card.levels):
        x = MARGIN + n * col_w
        name = f"{n + 1}. {col.level.label}" + ("  ★ chosen" if col.chosen else "")
        h = c.text(x + 3, top, col_w - 6, name, font(9, True), NAVY if col.chosen else INK, move=False)
        heights.append(h)
    c.y = top + max(heights) + 4
    chip_top = c.y
    for n, col in enumerate(card.levels):
        c.chip(MARGIN + n * col_w + 3, chip_top, col_w - 6, col.feasibility, size=9.5)
    c.y = chip_top + 23
    c.text(MARGIN, c.y, c.width, "Feasibility within 10 years: not feasible (grey), low (red), medium (yellow), high (green).",
           font(7.5), MUTED)
    c.y += 6
    for n, col in enumerate(card.levels):
        label = f"{col.level.label} — core recommendations" + (" (level chosen)" if col.chosen else "")
        if col.shows_none:  # one line: the heading and "None"
            reason = " (level not feasible)" if col.feasibility is Feasibility.NOT_FEASIBLE else ""
            c.ensure(18, slack=12)
            width = _metrics(font(10, True)).horizontalAdvance(label + ":  ")
            c.text(MARGIN, c.y, width + 4, label + ":", font(10, True), NAVY, move=False)
            c.text(MARGIN + width, c.y + 0.8, c.width - width, f"None{reason}", font(9.5), MUTED)
            c.y += 6
            continue
        first = min(c.measure(c.width - 90, col.recommendations[0][1], font(9.5)), 60.0)
        c.ensure(c.measure(c.width, label, font(10, True)) + 3 + first + 4)  # never a heading alone at a page foot
        c.text(MARGIN, c.y, c.width, label, font(10, True), NAVY)
        c.y += 3

        def continued(label=label):
            c.text(MARGIN, c.y, c.width, f"{label} (continued)", font(10, True), NAVY)
            c.y += 3

        for ppp, text in col.recommendations:
            body = font(9.5)
            whole = c.measure(c.width - 90, text, body)
            first_line = _metrics(body).height() if whole > c.bottom - MARGIN else whole  # keep short items whole
            if c.y + first_line > c.bottom:
                c.new_page()
                continued()
            c.text(MARGIN + 12, c.y, 70, f"[{ppp}]", font(8, True), MUTED, move=False)
            c.flow(MARGIN + 84, c.width - 90, text, body, on_break=continued)
            c.y += 3
        c.y += 4


def _extras(c: Canvas, card: Scorecard) -> None:
    for title, lines in card.extra_sections:
        _section_title(c, title)
        for line in lines:
            c.ensure(30)
            c.flow(MARGIN + 12, c.width - 12, line, font(9))
            c.y += 4


CONTENTS_PER_PAGE = 20


def _contents(c: Canvas, cards: list[Scorecard], starts: list[int]) -> None:
    """A contents page for a batch: every case with the page it starts on."""
    c.heading = f"Scorecards · {len(cards)} cases · {cards[0].date}"
    c.citation = cards[0].citation
    c.new_page()
    c.text(MARGIN, c.y, c.width, "Scorecards", font(20, True), NAVY)
    c.y += 4
    c.text(MARGIN, c.y, c.width, f"{len(cards)} cases · {cards[0].date}", font(10), MUTED)
    c.y += 14
    for card, start in zip(cards, starts):
        if c.y + 20 > c.bottom:
            c.new_page()
        h = c.text(MARGIN, c.y, c.width - 60, card.title, font(10.5), move=False)
        c.text(MARGIN + c.width - 50, c.y, 50, str(start + 1), font(10.5), MUTED, Qt.AlignmentFlag.AlignRight, move=False)
        c.text(MARGIN, c.y + h, c.width - 60, card.technology_area, font(8.5), MUTED)
        c.y += 6
        c.line(MARGIN, c.y - 3, MARGIN + c.width, c.y - 3, RULE, 0.4)


def contents_pages(cards: list[Scorecard]) -> int:
    return 0 if len(cards) < 2 else (len(cards) + CONTENTS_PER_PAGE - 1) // CONTENTS_PER_PAGE


def lay_out(c: Canvas, cards: list[Scorecard], starts_hint: list[int] | None = None) -> list[int]:
    """A contents page first for several cases; each case starts on a new page. Returns the
    first page (0-based) of each case."""
    if starts_hint is not None and contents_pages(cards):
        _contents(c, cards, starts_hint)
    starts = []
    for card in cards:
        c.heading = f"{card.title} · Scorecards · {card.date}"  # running head of the pages to come
        c.citation = card.citation  # the method's citation: the same for every case
        c.new_page()
        starts.append(c.page)
        _header(c, card)
        _scorecard_1(c, card)
        _scorecard_2(c, card)
        _extras(c, card)
    c.finish()
    return starts


def plan(cards: list[Scorecard], size: QSizeF) -> tuple[int, list[int]]:
    """Dry run: the total page count and where each case starts (contents page included)."""
    offset = contents_pages(cards)
    dry = Canvas(lambda page, painter: None, size, dry=True)
    starts = [s + offset for s in lay_out(dry, cards)]
    check = Canvas(lambda page, painter: None, size, dry=True)
    final = lay_out(check, cards, starts)
    return check.page + 1, final


def count_pages(cards: list[Scorecard], size: QSizeF) -> int:
    return plan(cards, size)[0]


def render_pdf(cards: list[Scorecard], path: str, page: PageSize = PAGE_SIZES["a4"], title: str = "Scorecards") -> list[int]:
    """Write the scorecards to ``path`` (A4 or Letter, fonts embedded); returns each case's first page."""
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
    canvas.total_pages, starts = plan(cards, size)
    return lay_out(canvas, cards, starts)


def render_images(cards: list[Scorecard], dpi: int = 150, page: PageSize = PAGE_SIZES["a4"]) -> list[QImage]:
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
    canvas.total_pages, starts = plan(cards, size)
    lay_out(canvas, cards, starts)
    for image in images:
        image.setDotsPerMeterX(int(dpi / 0.0254))
        image.setDotsPerMeterY(int(dpi / 0.0254))
    return images
