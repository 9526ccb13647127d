"""The audience screen: the current question, large and clean, with the numbered answers in
full, the room's tally and its spread (in a blind round only how many votes are in), and the
decision once taken. Drawn with QPainter as plain text, scaled to the screen's height and laid
out by ``audience_layout``, so it reads the same at 1024×768, 1280×720 and 1920×1080, and so a
slide (``rdw slides``) is exactly what the room saw. The same content is given as text to
screen readers (``spoken_lines``), and its changes in words (``change_message``), all in the
room's language (``Screen.lang``, chosen by the facilitator; the case's own texts as written).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtWidgets import QLabel, QWidget

from ...models import language
from ...models import workshop as ws
from ...models.workshop_spread import percent, plural_key
from .. import translation
from . import theme
from .audience_layout import Wrapped, answer, arrange, count_text, font, footer_texts, marks, say, votes_in


def step_name(screen: "Screen") -> str:
    """The question's step (Strength, Leverage…) in the room's language (the glossary's word)."""
    return language.label(screen.question.step, screen.lang)


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
    blind: bool = False  # a blind round not yet revealed: only how many votes are in
    lang: str = "en"  # the room's language: every word on the screen (the case's texts as written)


def paint_screen(painter: QPainter, width: float, height: float, screen: Screen) -> None:
    """Draw the audience screen into a ``width`` × ``height`` area (laid out by ``arrange``)."""
    lay = arrange(width, height, screen)
    k = lay.k
    painter.fillRect(QRectF(0, 0, width, height), QColor(theme.BACKGROUND))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    q = screen.question

    def line(rect: QRectF, value: str, px: float, colour: str = theme.INK, bold: bool = False,
             flags=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) -> None:
        f = font(px, bold)
        painter.setFont(f)
        painter.setPen(QColor(colour))
        value = QFontMetricsF(f).elidedText(value, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(flags), value)

    def words(w: Wrapped, left: float, top: float, colour: str) -> None:
        painter.setPen(QColor(colour))
        w.layout.draw(painter, QPointF(left, top))

    # header: position and case (the case title may be cut; answers never are); the timer
    header = lay.header
    timer_w = 250 * k if screen.timer else 0
    where = f"{screen.number}/{screen.total} · {step_name(screen)}"
    line(QRectF(header.left(), header.top(), header.width() - timer_w, header.height()),
         f"{where}  —  {screen.case_title}", lay.header_px, theme.MUTED)
    if screen.timer:
        line(QRectF(header.right() - timer_w, header.top(), timer_w, header.height()), timer_label(screen),
             lay.header_px, theme.INK, True, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    painter.setPen(QPen(QColor(theme.ACCENT), 3 * k))
    y = header.bottom() + 8 * k
    painter.drawLine(QPointF(lay.margin, y), QPointF(width - lay.margin, y))

    words(lay.question_text, lay.question.left(), lay.question.top(), theme.ACCENT)

    total = sum(screen.counts.get(o.token, 0) for o in q.options)
    selected = None if screen.blind else screen.selected  # a blind round shows no pick
    for row in lay.rows:
        picked = row.token == selected
        decided = row.token == screen.decided
        fill = theme.ACCENT if picked else (theme.SUGGESTED_BG if row.token == q.suggested else theme.BACKGROUND)
        ink = theme.ON_ACCENT if picked else theme.INK
        painter.setPen(QPen(QColor(theme.BORDER), (4 if decided else 2) * k))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(row.cell, 8 * k, 8 * k)
        key_top = row.label.top()
        line(QRectF(row.key.left(), key_top, row.key.width(), lay.option_px * 1.3), str(row.number),
             lay.option_px, ink, True, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        words(row.words, row.label.left(), row.label.top(), ink)
        if screen.blind:
            continue  # nothing about the distribution until it is revealed
        votes = screen.counts.get(row.token, 0)
        track = row.track
        if track.height() <= 0:  # tight layout of long answers: the count alone
            line(row.count, count_text(votes, total, screen.lang), lay.option_px * 0.9, ink, True,
                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            continue
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.BAR_TRACK))
        painter.drawRect(track)
        if total and votes:
            painter.setBrush(QColor(theme.BAR))
            painter.drawRect(QRectF(track.left(), track.top(), track.width() * votes / total, track.height()))
        if row.count_on_bar:
            inside = bool(total) and votes / total > 0.5
            line(row.count, count_text(votes, total, screen.lang), lay.option_px * 0.9,
                 theme.ON_ACCENT if inside else theme.INK,
                 True, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter if inside
                 else Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        else:
            line(row.count, count_text(votes, total, screen.lang), lay.option_px * 0.9, ink, True,
                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    if screen.blind and lay.rows and lay.rows[0].count_on_bar:  # how many votes are in, where the bars will be
        area = QRectF(lay.rows[0].track.left(), lay.rows[0].cell.top(), lay.rows[0].track.width(),
                      lay.rows[-1].cell.bottom() - lay.rows[0].cell.top())
        line(area, votes_in(total, screen.lang), theme.QUESTION_PX * k, theme.ACCENT, True, Qt.AlignmentFlag.AlignCenter)

    # footer: the spread (or how many votes are in), and the decision banner
    for rect, text, banner in lay.footer_lines:
        if banner:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.DECIDED_BG))
            painter.drawRect(rect)
            painter.setFont(text.font)
            words(text, rect.left() + 14 * k, rect.top() + (rect.height() - text.height) / 2, theme.ON_DECIDED)
        else:
            painter.setFont(text.font)
            words(text, rect.left(), rect.top() + (rect.height() - text.height) / 2, theme.INK)


def timer_label(screen: Screen) -> str:
    return say(screen, "timer", timer=screen.timer) + ("" if screen.timer_running else " ‖")


def spoken_lines(screen: Screen) -> list[str]:
    """The audience screen as text, line by line, for screen readers: where we are, the
    question, each answer with its number and its votes (in a blind round only how many votes
    are in), the spread and the decision."""
    q = screen.question
    total = sum(screen.counts.get(o.token, 0) for o in q.options)
    out = [say(screen, "spoken.question", number=screen.number, total=screen.total, step=step_name(screen),
               title=language.localised(q.title, screen.lang))]
    for number, option in enumerate(q.options, start=1):
        mark, label = marks(screen, option.token), answer(screen, option)
        if screen.blind:
            out.append(say(screen, "spoken.answer", number=number, label=label, mark=mark))
        elif not total:
            out.append(say(screen, "spoken.answer.none", number=number, label=label, mark=mark))
        else:
            votes = screen.counts.get(option.token, 0)
            out.append(say(screen, plural_key("spoken.answer", votes, screen.lang),
                           number=number, label=label, mark=mark, votes=votes, share=percent(votes / total, screen.lang)))
    out += [text for text, _banner in footer_texts(screen)]
    return out


def change_message(old: Screen | None, new: Screen) -> str:
    """What a screen reader should say when the audience screen changes: a new question, a
    count (in a blind round only how many votes are in), the counts revealed, a decision."""
    q = new.question
    total = sum(new.counts.get(o.token, 0) for o in q.options)
    if old is None or old.question.key != q.key or old.lang != new.lang:
        return say(new, "change.question", number=new.number, total=new.total, title=language.localised(q.title, new.lang))
    parts = []
    if new.decided != old.decided and new.decided:
        number = (q.index(new.decided) or 0) + 1
        chosen = q.option(new.decided)
        parts.append(say(new, "change.decided", number=number, label=answer(new, chosen) if chosen else new.decided))
    if new.blind != old.blind:
        parts.append(say(new, plural_key("change.blind", total, new.lang), n=total) if new.blind
                     else say(new, "change.revealed"))
    if new.counts != old.counts or (old.blind and not new.blind):
        if new.blind:
            parts.append(votes_in(total, new.lang))
        else:
            changed = [o for o in q.options if new.counts.get(o.token, 0) != old.counts.get(o.token, 0)] \
                if not old.blind else [o for o in q.options if new.counts.get(o.token, 0)]
            for option in changed:
                votes = new.counts.get(option.token, 0)
                number = (q.index(option.token) or 0) + 1
                parts.append(say(new, plural_key("change.count", votes, new.lang),
                                 number=number, label=answer(new, option), votes=votes))
            parts.append(votes_in(total, new.lang))
    return ". ".join(parts)


def render_screen(screen: Screen, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_screen(painter, width, height, screen)
    painter.end()
    return image


class AudienceView(QWidget):
    """The audience's screen; shows whatever ``Screen`` it is given. What it paints is also
    given as text: one label per line (question, each numbered answer with its votes, the
    spread, the decision), drawn by the painting and read by screen readers in order."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.screen_data: Screen | None = None
        self.setAutoFillBackground(True)
        self.setAccessibleName(language.sentence("workshop", "screen.name", translation.current()))
        self.setMinimumSize(320, 240)
        # with the controls hidden it holds the focus: a screen reader lands on what the room sees
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.spoken: list[QLabel] = []

    def show_screen(self, screen: Screen) -> None:
        self.screen_data = screen
        lines = spoken_lines(screen)
        self.setAccessibleName(say(screen, "screen.name"))  # the room's language, as all it shows
        self.setAccessibleDescription(" ".join(lines))
        while len(self.spoken) < len(lines):
            label = QLabel(self)  # no text of its own: the painting shows it; the name says it
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self.spoken.append(label)
        for label, text in zip(self.spoken, lines):
            if label.accessibleName() != text:
                label.setAccessibleName(text)
            label.show()
        for label in self.spoken[len(lines):]:
            label.hide()
        self._place_spoken()
        self.update()

    def _place_spoken(self) -> None:
        """Each line's label over what it names, so a screen reader's review follows the screen."""
        if self.screen_data is None:
            return
        lay = arrange(self.width(), self.height(), self.screen_data)
        shown = [s for s in self.spoken if not s.isHidden()]
        footer = [rect for rect, _t, _b in lay.footer_lines]
        # a tight screen paints only the last footer line(s) (the decision): the spoken lines it
        # leaves out (the spread) sit over the first painted one, the rest over their own line
        spoken_footer = len(shown) - 1 - len(lay.rows)
        if footer and spoken_footer > len(footer):
            footer = [footer[0]] * (spoken_footer - len(footer)) + footer
        rects = [lay.question] + [row.cell for row in lay.rows] + footer
        for label, rect in zip(shown, rects):
            label.setGeometry(rect.toRect())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_spoken()

    def paintEvent(self, _event) -> None:
        if self.screen_data is None:
            return
        painter = QPainter(self)
        paint_screen(painter, self.width(), self.height(), self.screen_data)
        painter.end()
