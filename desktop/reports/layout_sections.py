"""The parts of a case's pages around Scorecards 1 and 2: section headings (kept with their first
lines, repeated with "(continued)" on every page a section runs onto), the one-line form of an
empty optional section, the title block, the optional Context section and the extra sections.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

from ..models.scorecard import Context, Scorecard
from ..models.scorecard_words import only_empty_line, unrated_factors
from .canvas import INK, MARGIN, MUTED, NAVY, Canvas, _metrics, font

TITLE_FONT = 12.5  # a section heading's type size (bold, navy, a rule below)
TITLE_GAP = 8.0  # above a section heading
KEEP_LINES = 2  # a heading stays with at least this many of its first lines


def _title_height(c: Canvas, text: str) -> float:
    return TITLE_GAP + c.measure(c.width, text, font(TITLE_FONT, True)) + 9


def _draw_title(c: Canvas, text: str, count: bool = True) -> None:
    c.y += TITLE_GAP
    c.text(MARGIN, c.y, c.width, text, font(TITLE_FONT, True), NAVY, count=count)
    c.y += 3
    c.line(MARGIN, c.y, MARGIN + c.width, c.y, NAVY, 1.2)
    c.y += 6


def first_lines(c: Canvas, width: float, text: str, f: QFont, lines: int = KEEP_LINES) -> float:
    """The height of a paragraph's first ``lines`` lines (all of it when shorter)."""
    return min(c.measure(width, text, f), lines * _metrics(f).lineSpacing())


def section_title(c: Canvas, text: str, first: float = 0.0) -> None:
    """A section's heading, on the same page as the ``first`` points that follow it (its first
    lines: a heading never ends a page alone); every page the section then runs onto starts
    with the heading again, "… (continued)"."""
    c.continuation = None
    c.ensure(_title_height(c, text) + first)
    _draw_title(c, text)
    again = c.words.continued(text)
    if " · " in text and _metrics(font(TITLE_FONT, True)).horizontalAdvance(again) > c.width:
        again = c.words.continued(text.split(" · ")[0])  # "Scorecard 2 (continued)": one line
    c.continuation = lambda: _draw_title(c, again, count=False)


def end_section(c: Canvas) -> None:
    """No section is open any more: a new page repeats no heading."""
    c.continuation = None


def empty_section(c: Canvas, title: str, note: str, after: float = 0.0) -> None:
    """An optional section with nothing in it: its heading and the line that says so, side by
    side on one line when they fit ("Dissent notes   No dissent recorded."), kept together with
    the ``after`` points that follow; never a page of its own."""
    head_f, note_f = font(TITLE_FONT, True), font(9.5)
    c.continuation = None
    gap = _metrics(head_f).horizontalAdvance(title) + 12
    side_by_side = gap + _metrics(note_f).horizontalAdvance(note) <= c.width
    c.ensure(_title_height(c, title) + (0 if side_by_side else first_lines(c, c.width, note, note_f) + 2) + after)
    if not side_by_side:
        _draw_title(c, title)
        c.flow(MARGIN, c.width, note, note_f, MUTED)
        c.y += 8
        return
    c.y += TITLE_GAP
    lift = _metrics(head_f).ascent() - _metrics(note_f).ascent()  # on the heading's baseline
    c.text(MARGIN + gap, c.y + lift, c.width - gap, note, note_f, MUTED, move=False)
    c.text(MARGIN, c.y, gap, title, head_f, NAVY)
    c.y += 3
    c.line(MARGIN, c.y, MARGIN + c.width, c.y, NAVY, 1.2)
    c.y += 8


def header(c: Canvas, card: Scorecard) -> None:
    """The case's title block: title, field, who should act, who assessed it, when, which version."""
    c.text(MARGIN, c.y, c.width, card.title, font(17, True))
    c.y += 3
    c.text(MARGIN, c.y, c.width, card.words("header.field", area=card.technology_area), font(10), MUTED)
    c.y += 2
    if card.actors:  # only when the case says who should act
        c.text(MARGIN, c.y, c.width, card.words("header.actors", actors=", ".join(card.actors)), font(9), MUTED)
        c.y += 2
    c.text(MARGIN, c.y, c.width, meta_line(card), font(8.5), MUTED)
    if card.source_note:
        c.y += 2
        c.text(MARGIN, c.y, c.width, card.source_note, font(7.5), MUTED)
    c.y += 4


def meta_line(card: Scorecard) -> str:
    """"Assessed by …, … · date · Assessment version n", in the document's language (every format)."""
    w = card.words
    who = ", ".join(x for x in (card.author, card.organisation) if x)
    version = w("header.version", version=card.version) if card.version.isdigit() else card.version
    return " · ".join(x for x in (w("header.by", who=who) if who else "", card.date, version) if x)


def _paragraph(c: Canvas, label: str, text: str) -> None:
    """"Label: text" as one paragraph that may flow across pages, the label kept with its first lines."""
    body = font(9.5)
    c.ensure(_metrics(font(9.5, True)).height() + first_lines(c, c.width - 12, text, body))
    c.text(MARGIN, c.y, c.width, label, font(9.5, True), INK)
    c.y += 1
    c.flow(MARGIN + 12, c.width - 12, text, body)
    c.y += 5


def context(c: Canvas, ctx: Context) -> None:
    """The case's context as entered on Basics, before Scorecard 1 (a memo reader meets the
    niche first): summary, China's dependency and the key facts as a bulleted list; a part left
    empty is left out, and a context with nothing in it is one line."""
    w = c.words
    if ctx.empty:
        empty_section(c, w("context.title"), w("context.empty"))
        return
    body = font(9.5)
    parts = [(w("context.summary"), ctx.summary), (w("context.dependency"), ctx.china_dependency)]
    parts = [(label, text) for label, text in parts if text]
    label_h = _metrics(font(9.5, True)).height() + 1
    first = label_h + (first_lines(c, c.width - 12, parts[0][1], body) if parts
                       else first_lines(c, c.width - 24, ctx.key_facts[0], body))
    section_title(c, w("context.title"), first)
    for label, text in parts:
        _paragraph(c, label, text)
    if ctx.key_facts:
        c.ensure(label_h + first_lines(c, c.width - 24, ctx.key_facts[0], body))
        c.text(MARGIN, c.y, c.width, w("context.key_facts"), font(9.5, True), INK)
        c.y += 1
        for fact in ctx.key_facts:
            c.ensure(first_lines(c, c.width - 24, fact, body))
            c.text(MARGIN + 12, c.y, 10, "•", body, INK, move=False)
            c.flow(MARGIN + 24, c.width - 24, fact, body)
            c.y += 2
        c.y += 3
    end_section(c)


def extras(c: Canvas, card: Scorecard) -> None:
    """Rationale, leverage factors, overrides, history (those asked for): each a heading and its
    lines; one with nothing in it is one line."""
    body = font(9)
    for title, lines in card.extra_sections:
        if only_empty_line(card.words, lines):
            empty_section(c, title, lines[0])
            continue
        if unrated_factors(card.words, title, lines):
            empty_section(c, title, card.words("extra.no_factors"))
            continue
        section_title(c, title, first_lines(c, c.width - 12, lines[0], body) if lines else 0.0)
        for line in lines:
            c.ensure(first_lines(c, c.width - 12, line, body))
            c.flow(MARGIN + 12, c.width - 12, line, body)
            c.y += 4
        end_section(c)
