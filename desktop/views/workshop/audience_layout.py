"""Where everything goes on the audience screen, and at what size. Answers are never cut: each is
wrapped onto as many lines as it needs, and when they do not all fit the type shrinks step by
step, first with the usual spacing, then with tighter spacing and a smaller question, but not
below ``theme.SMALL_PX`` (24 px at 768 px of height). Only when even that cannot hold them (a
user's own very long candidates) does it go smaller, never cutting a word.

The view paints from this layout and tests measure it, so what is checked is what is drawn.
Every word is in the room's language (``screen.lang``): the workshop catalogue's sentences and
the glossary's names for the framework's values; the case's own texts as written.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from ...models import workshop as ws
from ...models.language import localised, sentence
from ...models.workshop_spread import percent, plural_key
from ...models.scales import Step
from ...reports.canvas import FAMILIES, ensure_fonts
from . import theme


def font(px: float, bold: bool = False) -> QFont:
    ensure_fonts()
    f = QFont()
    f.setFamilies(FAMILIES)
    f.setPixelSize(max(1, round(px)))
    f.setBold(bold)
    return f


@dataclass
class Wrapped:
    """A text laid out on lines no wider than ``width`` (words kept whole where they fit)."""

    text: str
    font: QFont
    width: float
    layout: QTextLayout = field(repr=False)

    @property
    def height(self) -> float:
        return self.layout.boundingRect().height()

    @property
    def lines(self) -> list[str]:
        out = []
        for i in range(self.layout.lineCount()):
            line = self.layout.lineAt(i)
            out.append(self.text[line.textStart():line.textStart() + line.textLength()])
        return out

    @property
    def widest(self) -> float:
        return max((self.layout.lineAt(i).naturalTextWidth() for i in range(self.layout.lineCount())), default=0.0)


def wrap(text: str, f: QFont, width: float, first_width: float | None = None) -> Wrapped:
    """``text`` on lines of ``width`` (the first one ``first_width``, leaving room beside it)."""
    layout = QTextLayout(text, f)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, first_width if first_width is not None and y == 0 else width))
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return Wrapped(text, f, width, layout)


@dataclass
class Row:
    """One answer: its box, the number key, the words (wrapped) and the tally's track."""

    token: str
    number: int
    cell: QRectF
    key: QRectF
    label: QRectF
    words: Wrapped
    track: QRectF  # the tally's bar
    count: QRectF  # where the count is written: on the bar, or (long answers) beside the first line
    count_on_bar: bool


@dataclass
class Layout:
    k: float
    margin: float
    header: QRectF
    header_px: float
    question: QRectF
    question_text: Wrapped
    option_px: float
    rows: list[Row]
    footer_lines: list[tuple[QRectF, Wrapped, bool]]  # (where, text, on the decision banner)
    fits: bool


def say(screen, key: str, **params) -> str:
    """Sentence ``key`` of the workshop catalogue in the room's language."""
    return sentence("workshop", key, screen.lang, **params)


def answer(screen, option) -> str:
    """An answer's words in the room's language (an instrument's own text as written)."""
    return localised(option.label, screen.lang)


def marks(screen, token: str) -> str:
    q = screen.question
    out = []
    if token == screen.decided:
        out.append(say(screen, "mark.decided"))
    if token == q.suggested:
        out.append(say(screen, "mark.suggested"))
    if token == screen.current and token != screen.decided:
        out.append(say(screen, "mark.current"))
    return f"  ({', '.join(out)})" if out else ""


def footer_texts(screen) -> list[tuple[str, bool]]:
    """The spread (or, in a blind round, only how many votes are in) and the decision."""
    q = screen.question
    total = sum(screen.counts.get(o.token, 0) for o in q.options)
    if screen.blind:
        line = (say(screen, plural_key("footer.blind", total, screen.lang), n=total)
                if total else say(screen, "footer.blind.none"))
    else:
        spread = ws.spread(q, screen.counts)
        if not spread.total:
            line = say(screen, "footer.none")
        else:
            number = (q.index(spread.mode) or 0) + 1
            chosen = q.option(spread.mode)
            label = answer(screen, chosen) if chosen else spread.mode
            verdict = localised(spread.verdict, screen.lang)
            if q.step is Step.INSTRUMENTS:  # the answer's number: its words are in full above
                n = round(spread.mode_share * spread.total)
                line = say(screen, "footer.instrument", verdict=verdict, number=number, n=n, total=spread.total)
            else:
                line = say(screen, "footer.scale", verdict=verdict, dispersion=spread.dispersion,
                           share=percent(spread.mode_share, screen.lang), number=number, label=label,
                           total=spread.total)
    out = [(line, False)]
    if screen.decided:
        chosen = q.option(screen.decided)
        number = (q.index(screen.decided) or 0) + 1
        out.append((say(screen, "decided", number=number, label=answer(screen, chosen)) if chosen
                    else say(screen, "decided.token", token=screen.decided), True))
    return out


def votes_in(total: int, lang: str = "en") -> str:
    return sentence("workshop", plural_key("votes_in", total, lang), lang, n=total)


def count_text(votes: int, total: int, lang: str = "en") -> str:
    return f"{votes}  ·  {percent(votes / total, lang)}" if total else "—"


def _try(width: float, height: float, screen, option_px: float, compact: bool, tightest: bool = False) -> Layout:
    """One attempt at ``option_px``: the usual spacing, ``compact`` (tight), or ``tightest``
    (compact with the least room around each answer: the last step before smaller type)."""
    k = height / 768
    q = screen.question
    margin = (14 if compact else 36) * k
    header_px = theme.HEADER_PX * k
    header = QRectF(margin, margin * 0.6, width - 2 * margin, header_px * (1.3 if compact else 1.5))
    y = header.bottom() + (11 if tightest else 14 if compact else 24) * k  # (the rule is at 8)
    inner = width - 2 * margin
    # the question: as large as it reads in three lines at most (two when tight)
    question_px = theme.QUESTION_PX * k
    floor = max(theme.SMALL_PX * k, option_px)
    max_lines = 1 if compact else 3
    while True:
        question_text = wrap(localised(q.title, screen.lang), font(question_px, True), inner)
        if question_text.layout.lineCount() <= max_lines or question_px <= floor:
            break
        question_px = max(floor, question_px - 2 * k)
    question = QRectF(margin, y, inner, question_text.height)
    y = question.bottom() + (4 if tightest else 8 if compact else 18) * k

    # the footer, measured: every line wrapped in full
    body_px = (theme.SMALL_PX if compact else theme.BODY_PX) * k
    pad = 14 * k
    footer_lines: list[tuple[QRectF, Wrapped, bool]] = []
    footer_h = 0.0
    texts = footer_texts(screen)
    if compact and len(texts) > 1:  # tight: the decision alone (the counts stay beside the answers),
        texts = [(say(screen, "decided.marked", number=(q.index(screen.decided) or 0) + 1), True)] \
            if any(len(answer(screen, o)) > 28 for o in q.options) else texts[1:]  # its words in full in its row
    for text, banner in texts:
        words = wrap(text, font(body_px, True), inner - (2 * pad if banner else 0))
        h = words.height + (8 * k if banner else 4 * k)
        footer_lines.append((QRectF(margin, 0, inner, h), words, banner))
        footer_h += h
    if not compact:
        footer_h = max(footer_h, 2 * theme.BODY_PX * 1.6 * k)  # the usual room for spread and decision
    bottom = height - margin
    top = bottom - footer_h
    for i, (rect, words, banner) in enumerate(footer_lines):
        footer_lines[i] = (QRectF(rect.left(), top, rect.width(), rect.height()), words, banner)
        top += rect.height()

    # the answers: number key, words, tally track with the count written. Long answers
    # (instruments) take the whole width, the count at the end of their last line (or on a
    # line of its own), a thin bar below: wrapping leaves that room at the end anyway.
    room = bottom - footer_h - y - 4 * k
    n = len(q.options)
    labels = [answer(screen, o) for o in q.options]
    long_labels = any(len(label) > 28 for label in labels)
    count_w = wrap(count_text(999, 1000, screen.lang), font(option_px * 0.9, True), 10_000).widest + 16 * k
    bar_w = 0.0 if long_labels else inner * 0.42
    label_w = inner - (bar_w + 16 * k if bar_w else 0)
    key_w = option_px * 1.5
    text_left = 12 * k + key_w
    text_w = label_w - text_left - 12 * k
    inset = (1 if tightest else 3 if compact else 8) * k
    gap = (1 if tightest else 2 if compact else 8) * k
    thin = 4 * k if long_labels and not compact else 0.0  # a thin bar under a long answer (tight: the count alone)
    base = 0.0 if long_labels else min(76 * k, room / max(1, n))  # short answers keep the usual calm rows
    sized = []
    for option, label in zip(q.options, labels):
        bold = not long_labels and option.token in (None if screen.blind else screen.selected, screen.decided)
        words = wrap(label + marks(screen, option.token), font(option_px, bold), text_w)
        extra = 0.0
        if long_labels and not screen.blind:  # (a blind round writes no counts)
            last = words.layout.lineAt(words.layout.lineCount() - 1)
            if last.naturalTextWidth() + count_w > text_w:
                extra = last.height()  # no room at the end of the last line: one of its own
        sized.append((words, extra, max(base, words.height + extra + 2 * inset + thin + gap)))
    fits = sum(h for _w, _e, h in sized) <= room + 0.5
    rows = []
    top = y
    for number, (option, (words, extra, h)) in enumerate(zip(q.options, sized), start=1):
        cell = QRectF(margin, top + gap / 2, label_w, h - gap)
        key = QRectF(cell.left() + 12 * k, cell.top(), key_w, cell.height())
        if long_labels:
            label = QRectF(cell.left() + text_left, cell.top() + inset, text_w, words.height)
            last = words.layout.lineAt(words.layout.lineCount() - 1)
            line_top = label.top() + (last.y() if not extra else words.height)
            count = QRectF(label.right() - count_w, line_top, count_w, last.height())
            track = QRectF(label.left(), cell.bottom() - inset - thin, text_w, thin)
        else:
            middle = cell.top() + (cell.height() - words.height) / 2
            label = QRectF(cell.left() + text_left, middle, text_w, words.height)
            track_h = min(cell.height() * 0.64, option_px * 1.6)
            track = QRectF(margin + label_w + 16 * k, cell.center().y() - track_h / 2, bar_w, track_h)
            count = track.adjusted(10 * k, 0, -10 * k, 0)
        rows.append(Row(option.token, number, cell, key, label, words, track, count, not long_labels))
        top += h
    return Layout(k, margin, header, header_px, question, question_text, option_px, rows, footer_lines, fits)


def arrange(width: float, height: float, screen) -> Layout:
    """The largest answers that fit whole (at each size the usual layout first, then the tight
    one; at the 24 px minimum, scaled, also the tightest); below it only as a last resort, since
    cutting words is worse."""
    k = height / 768
    smallest = theme.SMALL_PX * k
    px = theme.OPTION_PX * k
    while px >= smallest - 0.01:  # larger words before roomier spacing
        for compact in (False, True):
            layout = _try(width, height, screen, px, compact)
            if layout.fits:
                return layout
        px -= k
    px = smallest
    layout = _try(width, height, screen, px, True, tightest=True)  # (long German candidates need it)
    if layout.fits:
        return layout
    while px > 6:
        px *= 0.92
        layout = _try(width, height, screen, px, True)
        if layout.fits:
            return layout
    return layout
