"""The page canvas shared by every printed page (scorecards, contents, portfolio figures): points
as units, a cursor that flows down and breaks onto new pages, running head and footer, an
optional handling banner ("OFFICIAL – SENSITIVE") at the top and bottom of every page, and the
bundled fonts (DejaVu Sans, WenQuanYi Micro Hei for Chinese) registered once per application.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Callable, Iterator

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPageSize,
    QPainter,
    QPen,
    QPolygonF,
    QTextLayout,
    QTextOption,
)

from ..models.scorecard import banner_line
from ..models.scorecard_words import Words, words
from ..paths import resource_path
from ..models.palette import colours_for

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "wqy-microhei.ttc")
FAMILIES = ["DejaVu Sans", "WenQuanYi Micro Hei"]  # Latin first, then CJK for what it lacks
INK, MUTED, RULE, NAVY = QColor("#1f2328"), QColor("#4a4f57"), QColor("#b8c2d0"), QColor("#1a3d6d")
MARGIN = 48.0  # points (17 mm): inside every printer's unprintable border
BANNER_BAND = 12.0  # with a banner, the body starts this much lower and ends this much higher
BANNER_SIZE = 9.5  # the banner's type size (bold, black): it must survive a photocopier
APP_NAME = "Reverse Dependency Workbench"  # at the right of every running head
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


def running_head(title: str, tail: str, f: QFont, width: float) -> str:
    """``title`` + ``tail`` on one line of ``width``: the title is shortened (with "…") first, so
    the tail (" · Scorecards · 2 December 2026") stays whole; only a tail wider than the line is cut."""
    m = _metrics(f)
    if m.horizontalAdvance(title + tail) <= width:
        return title + tail
    room = width - m.horizontalAdvance(tail)
    if room < m.horizontalAdvance("M…"):
        return m.elidedText(title + tail, Qt.TextElideMode.ElideRight, width)
    return m.elidedText(title, Qt.TextElideMode.ElideRight, room) + tail


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


def paged_device(target, failure: str) -> Callable:
    """The canvas's page callback for a paged Qt device (``QPdfWriter``, ``QPrinter``): the first
    call begins painting on it (``OSError(failure)`` when it cannot), each later one turns a page."""
    def device(page_no: int, painter: QPainter | None) -> QPainter:
        if painter is None:
            painter = QPainter()
            if not painter.begin(target):
                raise OSError(failure)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        else:
            target.newPage()
        return painter

    return device


@dataclass
class PageSize:
    name: str
    qt: QPageSize.PageSizeId

    def points(self) -> QSizeF:
        return QPageSize(self.qt).size(QPageSize.Unit.Point)


PAGE_SIZES = {"a4": PageSize("A4", QPageSize.PageSizeId.A4), "letter": PageSize("Letter", QPageSize.PageSizeId.Letter)}


class ExportCancelled(Exception):
    """Raised by a progress hook when the officer cancels an export: nothing is written."""


_PAGE_HOOK: ContextVar[Callable[["Canvas"], None] | None] = ContextVar("rdw_page_hook", default=None)


@contextmanager
def watching_pages(hook: Callable[["Canvas"], None]) -> Iterator[None]:
    """Call ``hook(canvas)`` before every page any export in this block starts (the measuring
    pass has ``canvas.dry``; the drawing pass knows ``canvas.total_pages``). The hook may raise
    ``ExportCancelled`` to stop; the export then writes nothing."""
    token = _PAGE_HOOK.set(hook)
    try:
        yield
    finally:
        _PAGE_HOOK.reset(token)


def fitting(text: str, size: float, width: float, bold: bool = True, whole: bool = False, floor: float = 6.5) -> float:
    """The type size, at most ``size``, at which ``text`` fits ``width``: its longest word (it may
    wrap between words), or all of it on one line (``whole``). English labels fit at their size;
    German ones ("Verweigerungsfähigkeit", "Wahrscheinlichkeit: niedrig") may need a smaller one."""
    parts = [text] if whole else text.split(" ")  # (no-break spaces hold "★ chosen" together)
    while size > floor and max((_metrics(font(size, bold)).horizontalAdvance(p) for p in parts), default=0) > width:
        size -= 0.5
    return size


class Canvas:
    """A page flow in points: a cursor ``y`` that moves down and breaks onto a new page.

    ``heading`` (cut with "…" when long) and ``heading_tail`` (never cut: " · Scorecards · <date>")
    make the running head. ``continuation``, while a section is open, repeats its heading with
    "(continued)" at the top of every page it runs onto. ``lifts`` ends a page's body earlier (page
    → points), so that a case's last page never holds only a few lines; ``page_lines`` counts the
    lines of text on each page (repeated headings left out) to find such pages. ``quiet``: a trial
    layout, which calls no progress hook."""

    def __init__(self, device_factory, size: QSizeF, dry: bool, heading: str = "", quiet: bool = False):
        self.size, self.dry, self.heading, self.quiet = size, dry, heading, quiet
        self.heading_tail = ""
        self.continuation: Callable[[], None] | None = None
        self.lifts: dict[int, float] = {}
        self.page_lines: list[int] = []
        self.citation = ""
        self.words: Words = words()  # the document's language: "Page x of y", "(continued)" (set by the layout)
        self._factory = device_factory  # called with the page number (0-based); returns a paint device or None
        self.page = -1
        self.painter: QPainter | None = None
        self.total_pages = 0
        self.banner = ""
        self.band = 0.0  # how far the banner pushes the running head and footer inwards
        self.top = MARGIN
        self.y = MARGIN
        self.width = size.width() - 2 * MARGIN
        self.bottom = self.body_bottom = size.height() - MARGIN - 24

    def set_banner(self, banner: str | None) -> None:
        """A handling banner on every page, top and bottom (before the first page: the body
        area shrinks by the same amount on every page, so the dry run counts pages right)."""
        self.banner = banner_line(banner) or ""  # one line; otherwise as typed
        self.band = BANNER_BAND if self.banner else 0.0
        self.top = MARGIN + self.band
        self.bottom = self.body_bottom = self.size.height() - MARGIN - 24 - self.band

    # -- pages -----------------------------------------------------------------------------
    def new_page(self) -> None:
        hook = None if self.quiet else _PAGE_HOOK.get()
        if hook is not None:  # an export's progress (and Cancel): may raise to stop drawing
            try:
                hook(self)
            except BaseException:
                if self.painter is not None and self.painter.isActive():
                    self.painter.end()
                raise
        if self.page >= 0:
            self.footer()
        self.page += 1
        self.page_lines.append(0)
        self.y = self.top
        self.bottom = self.body_bottom - self.lifts.get(self.page, 0.0)
        if not self.dry:
            self.painter = self._factory(self.page, self.painter)
        self._page_furniture()
        if self.continuation is not None:  # the open section's heading, "(continued)"
            self.continuation()

    def repeat(self, heading: str, f: QFont, colour: QColor, gap: float) -> None:
        """``heading`` again with "(continued)", where a section or entry resumes on a new page
        (not counted among the page's lines: it adds nothing new)."""
        self.text(MARGIN, self.y, self.width, self.words.continued(heading), f, colour, count=False)
        self.y += gap

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
        top = MARGIN + self.band
        if self.banner:
            self._banner(top - 43)
        if self.heading or self.heading_tail:  # one line: the title is cut with "…", never the tail
            room = self.width - _metrics(small).horizontalAdvance(APP_NAME) - 12  # all but the app's name
            heading = running_head(self.heading, self.heading_tail, small, room)
            self.text(MARGIN, top - 26, room + 4, heading, small, MUTED, move=False)
            self.text(MARGIN + room + 4, top - 26, self.width - room - 4, APP_NAME, small, MUTED,
                      align=Qt.AlignmentFlag.AlignRight, move=False)
            self.line(MARGIN, top - 12, MARGIN + self.width, top - 12, RULE)
        self._footer_y = self.size.height() - MARGIN + 4 - self.band

    def _banner(self, y: float) -> None:
        """The handling banner, bold black and centred on one line: a long one is set smaller
        (down to 6.5 pt) before, as a last resort, it is cut with "…"."""
        size = BANNER_SIZE
        while size > 6.5 and _metrics(font(size, True)).horizontalAdvance(self.banner) > self.width:
            size -= 0.5
        f = font(size, True)
        text = _metrics(f).elidedText(self.banner, Qt.TextElideMode.ElideRight, self.width)
        lift = (_metrics(font(BANNER_SIZE, True)).height() - _metrics(f).height()) / 2
        self.text(MARGIN, y + lift, self.width, text, f, QColor("black"), Qt.AlignmentFlag.AlignHCenter, move=False)

    def footer(self) -> None:
        """The method's citation and the page number at the bottom of the current page, and the
        banner below them."""
        small = font(7)
        if self.banner:
            self._banner(self._footer_y + 2 * self.band + 3)
        self.line(MARGIN, self._footer_y - 6, MARGIN + self.width, self._footer_y - 6, RULE)
        self.text(MARGIN, self._footer_y, self.width - 80, self.citation, small, MUTED, move=False)
        label = self.words.page(self.page + 1, self.total_pages)
        self.text(MARGIN + self.width - 80, self._footer_y, 80, label, small, MUTED, align=Qt.AlignmentFlag.AlignRight, move=False)

    # -- drawing primitives ----------------------------------------------------------------
    def measure(self, width: float, text: str, f: QFont) -> float:
        flags = int(Qt.TextFlag.TextWordWrap)
        return _metrics(f).boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()

    def text(self, x: float, y: float, width: float, text: str, f: QFont, colour: QColor = INK,
             align=Qt.AlignmentFlag.AlignLeft, move: bool = True, count: bool = True) -> float:
        height = self.measure(width, text, f)
        if not self.dry and self.painter is not None:
            self.painter.setFont(f)
            self.painter.setPen(colour)
            self.painter.drawText(QRectF(x, y, width, height + 2), int(align | Qt.TextFlag.TextWordWrap), text)
        if move:
            self.y = y + height
            if count and self.page >= 0 and text.strip():
                self.page_lines[self.page] += max(1, round(height / _metrics(f).lineSpacing()))
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
            self.text(x, y + 2, width, self.words("chip_not_rated"), font(size), MUTED, Qt.AlignmentFlag.AlignHCenter, move=False)
            return height
        bg, fg = colours_for(value)
        self.box(QRectF(x, y, width, height), QColor(bg), QColor("#1f2328"), 0.5)
        text = label or value.label
        f = font(fitting(text, size, width - 4, whole=True), bold=True)  # a longer language's label stays in its box
        lift = (height - 4 - _metrics(f).height()) / 2
        self.text(x, y + 2 + lift, width, text, f, QColor(fg), Qt.AlignmentFlag.AlignHCenter, move=False)
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
