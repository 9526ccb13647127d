"""The memo annexes of a scorecard: "Sources and confidence" (per rating its current value, the
confidence and every source, flagged when all are older than the chosen age), "Dissent notes" and
"Changes since snapshot …" (per step, old → new with the reasons and history rows recorded
since). Drawn after the optional sections and before the workshop record; every text is drawn
literally and may flow across pages: a heading never ends a page alone, and an entry that breaks
continues under "… (continued)".
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QColor, QFont

from ..models.scorecard import Scorecard
from ..models.scorecard_annexes import ChangesRecord, DissentItem, EvidenceItem
from .canvas import INK, MARGIN, MUTED, NAVY, Canvas, _metrics, font

Line = tuple[float, str, QFont, QColor, float, bool]  # indent, text, font, colour, gap after, keep with next
SectionTitle = Callable[[Canvas, str], None]


def _first(c: Canvas, width: float, text: str, f: QFont) -> float:
    """The height of a paragraph's first line (all of it when shorter)."""
    return min(c.measure(width, text, f), _metrics(f).height())


def _block(c: Canvas, heading: str, lines: list[Line], heading_font: QFont, colour: QColor = NAVY,
           resume: Callable[[], None] | None = None) -> None:
    """A heading and its lines. Short blocks stay whole; otherwise the heading goes with at
    least its first line, and a break repeats the heading with "(continued)". ``resume`` draws
    the enclosing group's heading again when the block itself starts a new page."""
    heading_h = c.measure(c.width, heading, heading_font) + 2
    whole = heading_h + sum(c.measure(c.width - ind, text, f) + gap for ind, text, f, _c, gap, _k in lines)
    first = heading_h + sum(_first(c, c.width - ind, text, f) for ind, text, f, *_rest in lines[:2])
    page = c.page
    c.ensure(whole if whole < 120 else first)
    if resume and c.page != page:
        resume()
    c.text(MARGIN, c.y, c.width, heading, heading_font, colour)
    c.y += 2

    def continued():
        c.text(MARGIN, c.y, c.width, f"{heading} (continued)", heading_font, colour)
        c.y += 2

    for n, (indent, text, f, ink, gap, keep) in enumerate(lines):
        need = _first(c, c.width - indent, text, f)
        if keep and n + 1 < len(lines):  # a source's title goes with its first detail
            nxt = lines[n + 1]
            need = c.measure(c.width - indent, text, f) + _first(c, c.width - nxt[0], nxt[1], nxt[2])
        if c.y + need > c.bottom:
            c.new_page()
            continued()
        c.flow(MARGIN + indent, c.width - indent, text, f, ink, on_break=continued)
        c.y += gap
    c.y += 6


def _note(c: Canvas, text: str) -> None:
    c.flow(MARGIN, c.width, text, font(9), MUTED)
    c.y += 8


def draw_sources(c: Canvas, items: list[EvidenceItem], section_title: SectionTitle) -> None:
    section_title(c, "Sources and confidence")
    if not items:
        _note(c, "No sources or confidence recorded for any rating.")
    body, small = font(9), font(8.5)
    for item in items:
        lines: list[Line] = [(12, f"Rating: {item.value} · {item.confidence}", body, INK, 3, False)]
        if not item.sources:
            lines.append((12, "No sources cited.", body, MUTED, 2, False))
        for n, source in enumerate(item.sources, start=1):
            rest = [(" · ".join(source.details), INK)] if source.details else []
            rest += [(f"Note: {source.note}", MUTED)] if source.note else []
            lines.append((12, f"{n}. {source.title}", font(9, True), INK, 1 if rest else 3, bool(rest)))
            lines += [(26, text, small, ink, 1 if k + 1 < len(rest) else 3, False) for k, (text, ink) in enumerate(rest)]
        _block(c, item.heading, lines, font(10, True))


def draw_dissent(c: Canvas, items: list[DissentItem], section_title: SectionTitle) -> None:
    section_title(c, "Dissent notes")
    if not items:
        _note(c, "No dissent recorded.")
    for item in items:
        _block(c, item.label, [(12, item.text, font(9), INK, 2, False)], font(10, True))


def draw_changes(c: Canvas, record: ChangesRecord, date: str, section_title: SectionTitle) -> None:
    section_title(c, f"Changes since snapshot “{record.snapshot}”")
    c.flow(MARGIN, c.width, f"Snapshot taken {record.taken_at}; compared with the case as it stands on {date}.",
           font(9), MUTED)
    c.y += 8
    if not record.sections:
        _note(c, "No changes since the snapshot.")
    step_f = font(10.5, True)
    for step, rows in record.sections:
        def resume(step=step):
            c.text(MARGIN, c.y, c.width, f"{step} (continued)", step_f, NAVY)
            c.y += 4

        c.ensure(c.measure(c.width, step, step_f) + 40)
        c.text(MARGIN, c.y, c.width, step, step_f, NAVY)
        c.y += 4
        for row in rows:
            lines: list[Line] = [(12, row.change, font(9), INK, 2, False)]
            lines += [(24, note, font(8.5), MUTED, 2, False) for note in row.notes]
            _block(c, row.label, lines, font(9.5, True), INK, resume=resume)
        c.y += 4


def draw_memo(c: Canvas, card: Scorecard, section_title: SectionTitle) -> None:
    """The memo annexes the card asks for, in a fixed order."""
    if card.sources is not None:
        draw_sources(c, card.sources, section_title)
    if card.dissent is not None:
        draw_dissent(c, card.dissent, section_title)
    if card.changes is not None:
        draw_changes(c, card.changes, card.date, section_title)
