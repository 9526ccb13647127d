"""The audience screen: the current question, large and clean, with the answers, the room's
tally and its spread, and the decision once taken. Drawn with QPainter as plain text, scaled to
the screen's height, so it reads the same at 1024×768, 1280×720 and 1920×1080, and so a slide
(``rdw slides``) is exactly what the room saw.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ...models import workshop as ws
from ...models.scales import Step
from ...reports.canvas import FAMILIES, ensure_fonts
from . import theme

STEP_NAMES = {Step.STRENGTH: "Strength", Step.LEVERAGE: "Leverage", Step.AMBITION: "Ambition",
              Step.INSTRUMENTS: "Instruments"}


@dataclass
class Screen:
    """Everything the audience sees, as data (the view and the slides draw the same)."""

    case_title: str
    question: ws.Question
    number: int
    total: int
    counts: dict[str, int]
    selected: str | None = None
    decided: str | None = None
    current: str | None = None
    timer: str = ""
    timer_running: bool = False


def _font(px: float, bold: bool = False) -> QFont:
    ensure_fonts()
    f = QFont()
    f.setFamilies(FAMILIES)
    f.setPixelSize(max(1, round(px)))
    f.setBold(bold)
    return f


def paint_screen(painter: QPainter, width: float, height: float, screen: Screen) -> None:
    """Draw the audience screen into a ``width`` × ``height`` area."""
    k = height / 768  # every size is given at 768 px of height
    margin = 36 * k
    painter.fillRect(QRectF(0, 0, width, height), QColor(theme.BACKGROUND))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    q = screen.question

    def text(rect: QRectF, value: str, px: float, colour: str = theme.INK, bold: bool = False,
             flags=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, wrap: bool = False) -> QRectF:
        f = _font(px, bold)
        painter.setFont(f)
        painter.setPen(QColor(colour))
        option_flags = int(flags) | (int(Qt.TextFlag.TextWordWrap) if wrap else 0)
        if not wrap:
            value = QFontMetricsF(f).elidedText(value, Qt.TextElideMode.ElideRight, rect.width())
        bounds = painter.boundingRect(rect, option_flags, value)
        painter.drawText(rect, option_flags, value)
        return bounds

    # header: case, step and position; the timer on the right
    header = QRectF(margin, margin * 0.6, width - 2 * margin, theme.HEADER_PX * 1.5 * k)
    timer_w = 250 * k if screen.timer else 0
    where = f"{screen.number}/{screen.total} · {STEP_NAMES.get(q.step, q.step.label)}"
    text(QRectF(header.left(), header.top(), header.width() - timer_w, header.height()),
         f"{where}  —  {screen.case_title}", theme.HEADER_PX * k, theme.MUTED)
    if screen.timer:
        label = f"Time {screen.timer}" + ("" if screen.timer_running else " ‖")
        text(QRectF(header.right() - timer_w, header.top(), timer_w, header.height()), label,
             theme.HEADER_PX * k, theme.INK, True, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    painter.setPen(QPen(QColor(theme.ACCENT), 3 * k))
    y = header.bottom() + 8 * k
    painter.drawLine(QRectF(margin, y, width - 2 * margin, 0).topLeft(), QRectF(margin, y, width - 2 * margin, 0).topRight())

    # the question, wrapped
    y += 16 * k
    bounds = text(QRectF(margin, y, width - 2 * margin, 3 * theme.QUESTION_PX * 1.3 * k), q.title,
                  theme.QUESTION_PX * k, theme.ACCENT, True, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, True)
    y += min(bounds.height(), 3 * theme.QUESTION_PX * 1.3 * k) + 18 * k

    # the answers: number key, label, marks, tally bar with the count written
    footer_h = 2 * theme.BODY_PX * 1.6 * k
    n = len(q.options)
    room = height - y - footer_h - margin
    row_h = min(76 * k, room / max(1, n))
    option_px = min(theme.OPTION_PX * k, max(theme.SMALL_PX * k, row_h * 0.42))
    total = sum(screen.counts.get(o.token, 0) for o in q.options)
    long_labels = any(len(o.label) > 28 for o in q.options)  # instruments: give the words the room
    label_w = (width - 2 * margin) * (0.74 if long_labels else 0.55)
    bar_left = margin + label_w + 16 * k
    bar_w = width - margin - bar_left
    for i, option in enumerate(q.options):
        top = y + i * row_h
        cell = QRectF(margin, top + 4 * k, label_w, row_h - 8 * k)
        picked = option.token == screen.selected
        decided = option.token == screen.decided
        fill = theme.ACCENT if picked else (theme.SUGGESTED_BG if option.token == q.suggested else theme.BACKGROUND)
        ink = theme.ON_ACCENT if picked else theme.INK
        painter.setPen(QPen(QColor(theme.BORDER), (4 if decided else 2) * k))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(cell, 8 * k, 8 * k)
        marks = []
        if decided:
            marks.append("✓ decided")
        if option.token == q.suggested:
            marks.append("suggested")
        if option.token == screen.current and not decided:
            marks.append("current")
        key_w = 44 * k
        text(QRectF(cell.left() + 12 * k, cell.top(), key_w, cell.height()), str(i + 1), option_px, ink, True)
        mark_text = f"  ({', '.join(marks)})" if marks else ""
        text(QRectF(cell.left() + 12 * k + key_w, cell.top(), cell.width() - key_w - 24 * k, cell.height()),
             option.label + mark_text, option_px, ink, picked or decided)
        votes = screen.counts.get(option.token, 0)
        track = QRectF(bar_left, cell.top() + cell.height() * 0.18, bar_w, cell.height() * 0.64)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.BAR_TRACK))
        painter.drawRect(track)
        if total and votes:
            painter.setBrush(QColor(theme.BAR))
            painter.drawRect(QRectF(track.left(), track.top(), track.width() * votes / total, track.height()))
        share = f"{votes}  ·  {votes / total:.0%}" if total else "—"
        count_rect = QRectF(track.left() + 10 * k, track.top(), track.width() - 20 * k, track.height())
        inside = total and votes / total > 0.5
        text(count_rect, share, option_px * 0.9, theme.ON_ACCENT if inside else theme.INK, True,
             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter if inside
             else Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    # footer: the spread, and the decision banner
    bottom = height - margin
    spread = ws.spread(q, screen.counts)
    line = spread.words(q) if spread.total else "No votes yet: the facilitator enters the room's counts."
    if spread.total:
        line = f"{spread.verdict} · spread {spread.dispersion:.2f} · " + line.split(": ", 1)[1]
    text(QRectF(margin, bottom - footer_h, width - 2 * margin, footer_h / 2), line, theme.BODY_PX * k, theme.INK, True)
    if screen.decided:
        banner = QRectF(margin, bottom - footer_h / 2, width - 2 * margin, footer_h / 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.DECIDED_BG))
        painter.drawRect(banner)
        chosen = q.option(screen.decided)
        text(banner.adjusted(14 * k, 0, -14 * k, 0), f"✓ Decided: {chosen.label if chosen else screen.decided}",
             theme.BODY_PX * k, theme.ON_DECIDED, True)


def render_screen(screen: Screen, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_screen(painter, width, height, screen)
    painter.end()
    return image


class AudienceView(QWidget):
    """The audience's screen; shows whatever ``Screen`` it is given."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.screen_data: Screen | None = None
        self.setAutoFillBackground(True)
        self.setAccessibleName("Audience screen")
        self.setMinimumSize(640, 480)

    def show_screen(self, screen: Screen) -> None:
        self.screen_data = screen
        self.setAccessibleDescription(f"{screen.question.title}")
        self.update()

    def paintEvent(self, _event) -> None:
        if self.screen_data is None:
            return
        painter = QPainter(self)
        paint_screen(painter, self.width(), self.height(), self.screen_data)
        painter.end()
