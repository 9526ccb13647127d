"""The memo annexes of a scorecard: "Sources and confidence" (per rating its current value, the
confidence and every source, flagged when all are older than the chosen age), "Dissent notes" and
"Changes since snapshot …" (per step, old → new with the reasons and history rows recorded
since). Drawn after the optional sections and before the workshop record; every text is drawn
literally and may flow across pages: a heading never ends a page alone, and a page the annex
runs onto starts with its heading "(continued)" (and the entry's, when an entry breaks). An
annex with nothing in it is one line ("Dissent notes   No dissent recorded."), not a block.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont

from ..models.scorecard import Scorecard
from ..models.scorecard_words import Words
from .canvas import INK, MARGIN, MUTED, NAVY, Canvas, font
from .layout_sections import empty_section, first_lines, section_title

if TYPE_CHECKING:  # (a scorecard without annexes never imports their module)
    from ..models.scorecard_annexes import ChangesRecord, DissentItem, EvidenceItem

Line = tuple[float, str, QFont, QColor, float, bool]  # indent, text, font, colour, gap after, keep with next
Block = tuple[str, list[Line], QFont]  # heading, lines, heading font


def _first(c: Canvas, width: float, text: str, f: QFont) -> float:
    """The height of a paragraph's first line (all of it when shorter)."""
    return first_lines(c, width, text, f, 1)


def _keep(c: Canvas, block: Block) -> float:
    """What must fit below the current point before a block starts: all of a short block,
    otherwise its heading and its first lines."""
    heading, lines, heading_font = block
    heading_h = c.measure(c.width, heading, heading_font) + 2
    whole = heading_h + sum(c.measure(c.width - ind, text, f) + gap for ind, text, f, _c, gap, _k in lines)
    first = heading_h + sum(_first(c, c.width - ind, text, f) for ind, text, f, *_rest in lines[:2])
    return whole if whole < 120 else first


def _block(c: Canvas, block: Block, colour: QColor = NAVY) -> None:
    """A heading and its lines. Short blocks stay whole; otherwise the heading goes with at
    least its first lines, and a break repeats the heading with "(continued)" (below the
    section's own repeated heading)."""
    heading, lines, heading_font = block
    c.ensure(_keep(c, block))
    c.text(MARGIN, c.y, c.width, heading, heading_font, colour)
    c.y += 2

    def continued():
        c.repeat(heading, heading_font, colour, 2)

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


def _source_block(item: EvidenceItem, w: Words) -> Block:
    body, small = font(9), font(8.5)
    lines: list[Line] = [(12, w("sources.rating", value=item.value, confidence=item.confidence), body, INK, 3, False)]
    if not item.sources:
        lines.append((12, w("sources.none_cited"), body, MUTED, 2, False))
    for n, source in enumerate(item.sources, start=1):
        rest = [(" · ".join(source.details), INK)] if source.details else []
        rest += [(w("sources.note", note=source.note), MUTED)] if source.note else []
        lines.append((12, f"{n}. {source.title}", font(9, True), INK, 1 if rest else 3, bool(rest)))
        lines += [(26, text, small, ink, 1 if k + 1 < len(rest) else 3, False) for k, (text, ink) in enumerate(rest)]
    return item.heading, lines, font(10, True)


def _blocks_section(c: Canvas, title: str, blocks: list[Block], empty: str) -> None:
    """A section of blocks, its heading kept with the first block; one line when it has none."""
    if not blocks:
        empty_section(c, title, empty)
        return
    section_title(c, title, _keep(c, blocks[0]))
    for block in blocks:
        _block(c, block)


def draw_sources(c: Canvas, items: list[EvidenceItem]) -> None:
    w = c.words
    _blocks_section(c, w("sources.title"), [_source_block(item, w) for item in items], w("sources.none"))


def draw_dissent(c: Canvas, items: list[DissentItem]) -> None:
    blocks = [(item.label, [(12, item.text, font(9), INK, 2, False)], font(10, True)) for item in items]
    _blocks_section(c, c.words("dissent.title"), blocks, c.words("dissent.none"))


def draw_changes(c: Canvas, record: ChangesRecord, date: str) -> None:
    """Per step (its heading repeated with "(continued)" when it runs on), each change's block."""
    w = c.words
    title = w("changes.title", snapshot=record.snapshot)
    intro = w("changes.intro", at=record.taken_at, date=date)
    intro_h = first_lines(c, c.width, intro, font(9)) + 8
    if not record.sections:
        empty_section(c, title, w("changes.none"), after=intro_h)
    else:
        section_title(c, title, intro_h + 40)
    section = c.continuation
    c.flow(MARGIN, c.width, intro, font(9), MUTED)
    c.y += 8
    step_f = font(10.5, True)
    for step, rows in record.sections:
        blocks: list[Block] = []
        for row in rows:
            lines: list[Line] = [(12, row.change, font(9), INK, 2, False)]
            lines += [(24, note, font(8.5), MUTED, 2, False) for note in row.notes]
            blocks.append((row.label, lines, font(9.5, True)))
        c.continuation = section
        # the step's heading stays with what its first change keeps together (never alone at a foot)
        c.ensure(c.measure(c.width, step, step_f) + 4 + (_keep(c, blocks[0]) if blocks else 0))
        c.text(MARGIN, c.y, c.width, step, step_f, NAVY)
        c.y += 4

        def resume(step=step):
            section()
            c.repeat(step, step_f, NAVY, 4)

        c.continuation = resume
        for block in blocks:
            _block(c, block, INK)
        c.y += 4
    c.continuation = section


def draw_memo(c: Canvas, card: Scorecard) -> None:
    """The memo annexes the card asks for, in a fixed order."""
    if card.sources is not None:
        draw_sources(c, card.sources)
    if card.dissent is not None:
        draw_dissent(c, card.dissent)
    if card.changes is not None:
        draw_changes(c, card.changes, card.date)
