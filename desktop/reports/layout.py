"""Laying scorecards out on a page canvas: Scorecards 1 and 2, the contents and the annexes
(the title block, the Context section and the extra sections are in ``layout_sections``).

The formats (``pdf``, ``png``) hand the canvas their device and call ``plan`` and ``lay_out``.

Layout runs twice: a dry pass that only measures (to count pages for "Page x of y") and a
drawing pass; before either, each case is tried alone once to find where its pages must end
early so that its last page is not a page of a few lines (``_lifts``). All text is drawn with
``drawText`` as plain text, so user text is never interpreted, and it stays selectable and
searchable in the PDF. Every colour carries its label, so a black-and-white print still says
everything.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from ..models.provenance import marked
from ..models.scales import LeverageDegree, Stance
from ..models.scorecard import Scorecard
from ..models.scorecard_words import Words
from ..models.palette import colours_for
from .canvas import (  # noqa: F401  (PageSize: re-exported for callers' annotations)
    INK,
    MARGIN,
    MUTED,
    NAVY,
    PAGE_SIZES,
    RULE,
    Canvas,
    PageSize,
    _metrics,
    ensure_fonts,
    fitting,
    font,
)
from .layout_sections import context, end_section, extras, header, section_title
from .memo import draw_memo
from .workshop import draw_workshop


def _provenance_legend(c: Canvas, card: Scorecard) -> None:
    """What the marks after a reference case's values mean (shapes, readable in black and white)."""
    c.text(MARGIN, c.y, c.width, card.provenance_legend, font(7.5), MUTED)
    c.y += 6


def _italic(size: float) -> QFont:
    f = font(size)
    f.setItalic(True)
    return f


# Scorecard 1 is short (about a third of a page): it is read as one card, so it starts on a new
# page rather than split (a Context section before it can fill most of the first page)
SCORECARD_1_HEIGHT = 250


def _scorecard_1(c: Canvas, card: Scorecard) -> None:
    w = card.words
    section_title(c, w("sc1.title"), SCORECARD_1_HEIGHT)
    name_w, cell_w = c.width * 0.40, c.width * 0.30
    head = font(8.5, True)
    c.text(MARGIN, c.y, name_w, w("sc1.pillar_head"), head, MUTED, move=False)
    c.text(MARGIN + name_w, c.y, cell_w, w.label(Stance.MAINTAIN), head, MUTED, Qt.AlignmentFlag.AlignHCenter, move=False)
    c.text(MARGIN + name_w + cell_w, c.y, cell_w, w.label(Stance.REGAIN_DEVELOP), head, MUTED, Qt.AlignmentFlag.AlignHCenter)
    c.y += 4
    for row in card.pillars:
        top = c.y
        name_h = c.text(MARGIN, top + 2, name_w - 6, row.label, font(10, True), move=False)
        if row.present is False:
            c.text(MARGIN + name_w, top + 2, 2 * cell_w, w("sc1.not_source"), font(9), MUTED, Qt.AlignmentFlag.AlignHCenter, move=False)
            height = 18
        else:
            height = 0
            for n, stance in enumerate(("maintain", "regain_develop")):
                x = MARGIN + name_w + n * cell_w + 8
                if row.stance is not None and row.stance.value == stance:
                    label = marked(w.likelihood(row.likelihood), row.provenance) if row.likelihood else w("sc1.likelihood_not_rated")
                    height = max(height, c.chip(x, top, cell_w - 16, row.likelihood, label))
                elif row.present is None or row.stance is None:
                    height = max(height, c.chip(x, top, cell_w - 16, None))
        c.y = top + max(height, 18, name_h + 2) + 4  # a pillar's name on two lines (German) keeps its row
        c.line(MARGIN, c.y - 3, MARGIN + c.width, c.y - 3, RULE, 0.4)
    c.y += 2
    c.text(MARGIN, c.y, c.width, card.likelihood_legend, font(7.5), MUTED)
    c.y += 6
    if card.marks_1:
        c.y -= 4
        _provenance_legend(c, card)
    c.ensure(70)
    c.text(MARGIN, c.y, c.width, marked(w.term("term.types_of_strength"), card.types_provenance), font(10, True))
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
    _leverage_scale(c, w, card.leverage, card.leverage_provenance)


def _leverage_scale(c: Canvas, w: Words, degree: LeverageDegree | None, provenance=None) -> None:
    c.ensure(62)
    title = w("sc1.leverage", value=marked(w.label(degree), provenance) if degree else w("not_rated"))
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
        c.text(x + 1, c.y + 4, step_w - 2, w.label(step), font(8.5, chosen), colour, Qt.AlignmentFlag.AlignHCenter, move=False)
        if chosen:
            c.marker(x + step_w / 2, c.y - 10)
    c.y += 24


def _scorecard_2(c: Canvas, card: Scorecard) -> None:
    w = card.words
    section_title(c, w("sc2.title"), 70)
    col_w = c.width / 4
    top = c.y
    heights = []
    for n, col in enumerate(card.levels):
        x = MARGIN + n * col_w
        chosen = marked(w("sc2.chosen"), col.chosen_provenance).replace(" ", "\u00a0")  # wraps as one piece
        name = f"{n + 1}. {w.label(col.level)}" + (f"  {chosen}" if col.chosen else "")
        size = fitting(name, 9, col_w - 6)  # a long level name ("Verweigerungsfähigkeit") stays in its column
        h = c.text(x + 3, top, col_w - 6, name, font(size, True), NAVY if col.chosen else INK, move=False)
        heights.append(h)
    c.y = top + max(heights) + 4
    chip_top = c.y
    for n, col in enumerate(card.levels):
        label = marked(w.label(col.feasibility), col.provenance) if col.feasibility is not None else None
        c.chip(MARGIN + n * col_w + 3, chip_top, col_w - 6, col.feasibility, label, size=9.5)
    c.y = chip_top + 23
    c.text(MARGIN, c.y, c.width, card.feasibility_legend, font(7.5), MUTED)
    c.y += 6
    if card.marks_2:
        c.y -= 4
        _provenance_legend(c, card)
    for n, col in enumerate(card.levels):
        plain = w("sc2.core_chosen" if col.chosen else "sc2.core", level=col.level)
        label = marked(plain, col.recommendations_provenance)
        if col.shows_none:  # one line: the heading and what stands for the empty list
            c.ensure(18, slack=12)
            width = _metrics(font(10, True)).horizontalAdvance(label + ":  ")
            c.text(MARGIN, c.y, width + 4, label + ":", font(10, True), NAVY, move=False)
            c.text(MARGIN + width, c.y + 0.8, c.width - width, col.empty_text, font(9.5), MUTED)
            if col.note:
                c.y += 2
                c.flow(MARGIN + 12, c.width - 12, col.note, _italic(9), MUTED)
            c.y += 6
            continue
        first = min(c.measure(c.width - 90, col.recommendations[0][1], font(9.5)), 60.0) if col.recommendations else 0.0
        if col.builds_on_line:  # the lead-in stays with the first measure
            first += c.measure(c.width - 12, col.builds_on_line, font(9.5)) + 3
        c.ensure(c.measure(c.width, label, font(10, True)) + 3 + first + 4)  # never a heading alone at a page foot
        c.text(MARGIN, c.y, c.width, label, font(10, True), NAVY)
        c.y += 3

        def continued(label=plain):
            c.repeat(label, font(10, True), NAVY, 3)

        if col.builds_on_line:  # "All of the measures under ability to deny, plus:"
            c.flow(MARGIN + 12, c.width - 12, col.builds_on_line, font(9.5), on_break=continued)
            c.y += 3

        for ppp, text in col.recommendations:
            body = font(9.5)
            whole = c.measure(c.width - 90, text, body)
            first_line = _metrics(body).height() if whole > c.bottom - MARGIN else whole  # keep short items whole
            if c.y + first_line > c.bottom:
                c.new_page()
                continued()
            tag = f"[{ppp}]"  # "[Kooperieren]": set smaller where it would not fit its column
            c.text(MARGIN + 12, c.y, 70, tag, font(fitting(tag, 8, 70, whole=True), True), MUTED, move=False)
            c.flow(MARGIN + 84, c.width - 90, text, body, on_break=continued)
            c.y += 3
        if col.omitted:  # "… and 1,975 more (see the case file)": cut, and said so
            c.flow(MARGIN + 84, c.width - 90, col.omitted_line, font(9.5, True), MUTED, on_break=continued)
            c.y += 3
        if col.note:  # the level's caveat, e.g. "Not in line with current US extraterritorial export controls."
            c.flow(MARGIN + 12, c.width - 12, col.note, _italic(9), INK, on_break=continued)
            c.y += 3
        c.y += 4


def _annexes(c: Canvas, card: Scorecard) -> None:
    extras(c, card)
    draw_memo(c, card)  # sources, dissent, changes since a snapshot (as asked)
    if card.workshop is not None:  # the workshop record comes last: it is an appendix
        draw_workshop(c, card.workshop)
    end_section(c)


CONTENTS_PER_PAGE = 20


def _contents(c: Canvas, cards: list[Scorecard], starts: list[int], figures_page: int | None = None) -> None:
    """A contents page for a batch: every case with the page it starts on (and the figures)."""
    w = cards[0].words
    count = str(len(cards))
    c.heading, c.heading_tail = w("contents.title"), w("head.count", count=count, date=cards[0].date)
    c.citation = cards[0].citation
    c.continuation, c.lifts = None, {}
    c.new_page()
    c.text(MARGIN, c.y, c.width, w("contents.title"), font(20, True), NAVY)
    c.y += 4
    c.text(MARGIN, c.y, c.width, w("contents.count", count=count, date=cards[0].date), font(10), MUTED)
    c.y += 14
    for card, start in zip(cards, starts):
        if c.y + 20 > c.bottom:
            c.new_page()
        h = c.text(MARGIN, c.y, c.width - 60, card.title, font(10.5), move=False)
        c.text(MARGIN + c.width - 50, c.y, 50, str(start + 1), font(10.5), MUTED, Qt.AlignmentFlag.AlignRight, move=False)
        c.text(MARGIN, c.y + h, c.width - 60, card.technology_area, font(8.5), MUTED)
        c.y += 6
        c.line(MARGIN, c.y - 3, MARGIN + c.width, c.y - 3, RULE, 0.4)
    if figures_page is not None:
        c.y += 6
        c.text(MARGIN, c.y, c.width - 60, w("figures.title"), font(10.5, True), move=False)
        c.text(MARGIN + c.width - 50, c.y, 50, str(figures_page + 1), font(10.5), MUTED,
               Qt.AlignmentFlag.AlignRight)


def contents_pages(cards: list[Scorecard], figures: bool = False) -> int:
    entries = len(cards) + (1 if figures else 0)
    return 0 if len(cards) < 2 else (entries + CONTENTS_PER_PAGE - 1) // CONTENTS_PER_PAGE


MIN_LAST_LINES = 4  # a case's last page holds at least this many lines of its text


def _case(c: Canvas, card: Scorecard) -> None:
    """One case from a new page: the title block, the context, Scorecards 1 and 2, the rest."""
    c.heading, c.heading_tail = card.title, card.words("head.case", date=card.date)  # the running head
    c.citation = card.citation  # the method's citation: the same for every case
    c.continuation = None
    c.new_page()
    header(c, card)
    if card.context is not None:  # a memo reader meets the niche before its ratings
        context(c, card.context)
    _scorecard_1(c, card)
    _scorecard_2(c, card)
    _annexes(c, card)


_TRIED: dict[int, tuple[Scorecard, tuple, dict[int, float]]] = {}  # id(card) → (card, geometry, lifts)


def _lifts(c: Canvas, card: Scorecard) -> dict[int, float]:
    """``_trial_lifts``, remembered for the card and page geometry: an export lays the cases out
    three times (two measuring passes, then drawing), and the trial need only run once."""
    key = (c.size.width(), c.size.height(), c.banner, card.language)
    known = _TRIED.get(id(card))
    if known is not None and known[0] is card and known[1] == key:
        return known[2]
    if len(_TRIED) > 256:  # only the latest export's cards are ever asked for again
        _TRIED.clear()
    lifts = _trial_lifts(c, card)
    _TRIED[id(card)] = (card, key, lifts)
    return lifts


def _trial_lifts(c: Canvas, card: Scorecard) -> dict[int, float]:
    """Where the case's pages end early (page within the case → points), so that its last page
    never holds fewer than MIN_LAST_LINES lines of its text (repeated "(continued)" headings not
    counted): measured on a trial layout of the case alone; when the last page falls short, the
    page before ends as many body lines earlier as are missing (again, up to three times, and
    only while the case keeps its number of pages)."""
    step = _metrics(font(9.5)).lineSpacing()
    lifts: dict[int, float] = {}
    kept: dict[int, float] = {}
    pages = None
    for _attempt in range(4):
        trial = Canvas(lambda page, painter: None, c.size, dry=True, quiet=True)
        trial.set_banner(c.banner)
        trial.words = card.words
        trial.lifts = lifts
        _case(trial, card)
        if pages is not None and trial.page != pages:
            return kept
        pages, kept = trial.page, lifts
        short = MIN_LAST_LINES - trial.page_lines[-1]
        if trial.page == 0 or short <= 0:
            return lifts
        before = trial.page - 1
        lifts = {**lifts, before: lifts.get(before, 0.0) + short * step}
    return kept


def lay_out(c: Canvas, cards: list[Scorecard], starts_hint: list[int] | None = None,
            figures: list | None = None, figures_hint: int | None = None) -> list[int]:
    """A contents page first for several cases; each case starts on a new page; the portfolio
    figures, if any, follow. Returns the first page (0-based) of each case; the figures' first
    page is left in ``c.figures_page``. Each case is tried alone first (see ``_lifts``), so the
    measuring and the drawing passes break its pages at the same places."""
    c.set_banner(next((card.banner for card in cards if card.banner), None))  # the same on every page
    c.words = cards[0].words  # one language per document (the footer, "(continued)")
    if starts_hint is not None and contents_pages(cards, bool(figures)):
        _contents(c, cards, starts_hint, figures_hint)
    starts = []
    for card in cards:
        first = c.page + 1
        c.lifts = {first + page: points for page, points in _lifts(c, card).items()}
        _case(c, card)
        starts.append(first)
    c.continuation, c.lifts = None, {}
    c.figures_page = None
    if figures:
        from .figures import lay_out_figures

        c.figures_page = lay_out_figures(c, figures, cards[0].date, len(cards))
    c.finish()
    return starts


def plan(cards: list[Scorecard], size: QSizeF, figures: list | None = None) -> tuple[int, list[int], int | None]:
    """Dry run: the total page count, where each case starts (contents page included) and
    where the figures start."""
    offset = contents_pages(cards, bool(figures))
    dry = Canvas(lambda page, painter: None, size, dry=True)
    starts = [s + offset for s in lay_out(dry, cards, figures=figures)]
    hint = dry.figures_page + offset if dry.figures_page is not None else None
    if not offset:  # no contents page: nothing moves the pages, a second pass would repeat the first
        return dry.page + 1, starts, hint
    check = Canvas(lambda page, painter: None, size, dry=True)
    final = lay_out(check, cards, starts, figures, hint)
    return check.page + 1, final, check.figures_page


def count_pages(cards: list[Scorecard], size: QSizeF) -> int:
    return plan(cards, size)[0]
