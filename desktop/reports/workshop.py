"""The "Workshop record" section of a scorecard: per question the room's counts, how split it
was, the decision and its reason, then the decision log. Drawn after the other optional
sections; every text is drawn literally and may flow across pages (a label never ends a page
alone, and a long reason continues under "… (continued)").
"""

from __future__ import annotations

from typing import Callable

from ..models.scorecard_annexes import WorkshopItem, WorkshopRecord
from .canvas import INK, MARGIN, MUTED, NAVY, Canvas, _metrics, font

KEY_W = 62.0  # the "Room", "Spread", "Decision", "Reason" column
LONG_COUNT = 40  # counts longer than this (instrument texts) go one per line


def _rows(item: WorkshopItem) -> list[tuple[str, str, bool]]:
    """(key, text, muted) rows of one question's entry."""
    rows: list[tuple[str, str, bool]] = []
    if not item.counts:
        rows.append(("Room", "no tally taken", True))
    elif any(len(c) > LONG_COUNT for c in item.counts):
        rows += [("Room" if n == 0 else "", count, False) for n, count in enumerate(item.counts)]
    else:
        rows.append(("Room", item.counts_text, False))
    if item.spread:
        rows.append(("Spread", item.spread, False))
    rows.append(("Decision", item.decision or "not decided yet", not item.decision))
    if item.reason:
        rows.append(("Reason", item.reason, False))
    return rows


def _item(c: Canvas, item: WorkshopItem) -> None:
    title_f, key_f, body = font(10, True), font(8, True), font(9)
    x, width = MARGIN + 12 + KEY_W, c.width - 12 - KEY_W
    rows = _rows(item)
    title_h = c.measure(c.width, item.label, title_f)
    whole = title_h + 2 + sum(c.measure(width, text, body) + 2 for _k, text, _m in rows)
    first = title_h + 2 + _metrics(body).height()
    c.ensure(whole if whole < 110 else first)  # short entries stay whole; a label never ends a page
    c.text(MARGIN, c.y, c.width, item.label, title_f, NAVY)
    c.y += 2

    def continued(label=item.label):
        c.text(MARGIN, c.y, c.width, f"{label} (continued)", title_f, NAVY)
        c.y += 2

    for key, text, muted in rows:
        if c.y + _metrics(body).height() > c.bottom:  # the key goes with its text's first line
            c.new_page()
            continued()
        if key:
            c.text(MARGIN + 12, c.y + 0.8, KEY_W - 4, key, key_f, MUTED, move=False)
        c.flow(x, width, text, body, MUTED if muted else INK, on_break=continued)
        c.y += 2
    c.y += 6


def draw_workshop(c: Canvas, record: WorkshopRecord, section_title: Callable[[Canvas, str], None]) -> None:
    section_title(c, "Workshop record")
    if record.session or record.facilitator:
        c.flow(MARGIN, c.width, f"Session: {record.session or '—'} · Facilitator: {record.facilitator or '—'}",
               font(9), MUTED)
        c.y += 8
    if not record.items:
        c.flow(MARGIN, c.width, "No tallies or decisions recorded.", font(9), MUTED)
        c.y += 8
    for item in record.items:
        _item(c, item)
    body = font(9)
    c.ensure(c.measure(c.width, "Decision log", font(10.5, True)) + 4 + 2 * _metrics(body).height())
    c.text(MARGIN, c.y, c.width, "Decision log", font(10.5, True), NAVY)
    c.y += 4

    def continued():
        c.text(MARGIN, c.y, c.width, "Decision log (continued)", font(10.5, True), NAVY)
        c.y += 4

    if not record.log:
        c.flow(MARGIN + 12, c.width - 12, "No decisions recorded yet.", body, MUTED)
    for line in record.log:
        # an entry never starts on a page's last line (unless it is one line long)
        if c.y + min(c.measure(c.width - 12, line, body), 2 * _metrics(body).height()) > c.bottom:
            c.new_page()
            continued()
        c.flow(MARGIN + 12, c.width - 12, line, body, on_break=continued)
        c.y += 4
