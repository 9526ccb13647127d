"""The "Workshop record" section of a scorecard: per question the room's counts, how split it
was, the decision and its reason, then the decision log. Drawn after the other optional
sections; every text is drawn literally and may flow across pages (a label never ends a page
alone; a page the record runs onto starts with "Workshop record (continued)", then the entry's
or the log's heading again). A record with nothing in it is one line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .canvas import INK, MARGIN, MUTED, NAVY, Canvas, _metrics, font
from .layout_sections import empty_section, first_lines, section_title

if TYPE_CHECKING:  # (a scorecard without a workshop record never imports their module)
    from ..models.scorecard_annexes import WorkshopItem, WorkshopRecord

KEY_W = 62.0  # the "Room", "Spread", "Decision", "Reason" column


def _keep(c: Canvas, item: WorkshopItem) -> float:
    """All of a short entry; otherwise its label and first line (a label never ends a page)."""
    body, width = font(9), c.width - 12 - KEY_W
    title_h = c.measure(c.width, item.label, font(10, True))
    whole = title_h + 2 + sum(c.measure(width, text, body) + 2 for _k, text, _m in item.rows())
    return whole if whole < 110 else title_h + 2 + _metrics(body).height()


def _item(c: Canvas, item: WorkshopItem) -> None:
    title_f, key_f, body = font(10, True), font(8, True), font(9)
    x, width = MARGIN + 12 + KEY_W, c.width - 12 - KEY_W
    rows = item.rows()
    c.ensure(_keep(c, item))
    c.text(MARGIN, c.y, c.width, item.label, title_f, NAVY)
    c.y += 2

    def continued(label=item.label):
        c.repeat(label, title_f, NAVY, 2)

    for key, text, muted in rows:
        if c.y + _metrics(body).height() > c.bottom:  # the key goes with its text's first line
            c.new_page()
            continued()
        if key:
            c.text(MARGIN + 12, c.y + 0.8, KEY_W - 4, key, key_f, MUTED, move=False)
        c.flow(x, width, text, body, MUTED if muted else INK, on_break=continued)
        c.y += 2
    c.y += 6


def _one_line(c: Canvas, title: str, note: str) -> None:
    """A sub-heading with nothing under it, and the line that says so, side by side."""
    head_f, body = font(10.5, True), font(9)
    gap = _metrics(head_f).horizontalAdvance(title) + 10
    c.ensure(_metrics(head_f).height() + 4)
    lift = _metrics(head_f).ascent() - _metrics(body).ascent()
    c.text(MARGIN + gap, c.y + lift, c.width - gap, note, body, MUTED, move=False)
    c.text(MARGIN, c.y, gap, title, head_f, NAVY)
    c.y += 4


def draw_workshop(c: Canvas, record: WorkshopRecord) -> None:
    """The record's heading kept with its first entry; with nothing recorded, one line (and the
    session line when there is one)."""
    w = c.words
    session = (w("workshop.session", session=record.session or "—", facilitator=record.facilitator or "—")
               if record.session or record.facilitator else "")
    session_h = first_lines(c, c.width, session, font(9)) + 8 if session else 0.0
    if not record.items and not record.log:
        empty_section(c, w("workshop.title"), w("workshop.none"), after=session_h)
    else:
        first = _keep(c, record.items[0]) if record.items else _metrics(font(10.5, True)).height() + 24
        section_title(c, w("workshop.title"), session_h + first)
    section = c.continuation
    if session:
        c.flow(MARGIN, c.width, session, font(9), MUTED)
        c.y += 8
    if not record.items and not record.log:
        return
    for item in record.items:
        _item(c, item)
    log_title = w("workshop.log")
    if not record.log:
        _one_line(c, log_title, w("workshop.no_log"))
        return
    body, log_f = font(9), font(10.5, True)
    c.ensure(c.measure(c.width, log_title, log_f) + 4 + 2 * _metrics(body).height())
    c.text(MARGIN, c.y, c.width, log_title, log_f, NAVY)
    c.y += 4

    def resume():
        section()
        c.repeat(log_title, log_f, NAVY, 4)

    c.continuation = resume
    for line in record.log:
        # an entry never starts on a page's last line (unless it is one line long)
        c.ensure(min(c.measure(c.width - 12, line, body), 2 * _metrics(body).height()))
        c.flow(MARGIN + 12, c.width - 12, line, body)
        c.y += 4
    c.continuation = section
