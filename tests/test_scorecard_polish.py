"""Scorecard polish (issue 19, point 5) on crafted cases, for the PDF and the PNG alike (one
layout): the optional Context section before Scorecard 1; "(continued)" headings on every page a
section runs onto; a heading never alone at a page foot and a case's last page never holding
fewer than 4 lines; an empty optional section on one line; a running head that keeps
" · Scorecards · <date>" whole; the dry run's page count is the drawn one."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.models.case import Case
from desktop.models.scorecard import Context, ScorecardOptions, build_scorecard
from desktop.models.scorecard_annexes import (
    ChangeRow,
    ChangesRecord,
    DissentItem,
    EvidenceItem,
    SourceEntry,
    WorkshopItem,
    WorkshopRecord,
)
from desktop.reports import layout
from desktop.reports.canvas import INK, NAVY, PAGE_SIZES, Canvas, _metrics, font, running_head

from test_scorecard import folded, pdf_text  # tests/ is on sys.path (pytest prepends it)

DATE = "2 December 2026"
TAIL = f" · Scorecards · {DATE}"
LONG_TITLE = ("A very long case title about advanced semiconductor lithography equipment and its supply chain "
              "in Europe and Asia, 2025 edition")
CJK_TITLE = "光刻机 " * 30 + "lithography"
ALL = ScorecardOptions(rationale=True, leverage_factors=True, overrides=True, history=True, workshop=True,
                       sources=True, dissent=True, context=True)


def case(title: str = "Crafted case", instruments: int = 0, text: str = "An instrument") -> Case:
    return Case.model_validate({
        "format": "rdw-case", "format_version": 1, "id": "crafted", "title": title,
        "instruments": [{"level": ("threat_prevention", "ability_to_deny")[n % 2], "text": f"{text} {n + 1}",
                         "ppp": "protect", "focus": "knowledge_security"} for n in range(instruments)]})


def card(title: str = "Crafted case", options: ScorecardOptions = ALL, instruments: int = 0,
         text: str = "An instrument", **fields):
    built = build_scorecard(case(title, instruments, text), date=DATE, version="3", options=options)
    return dataclasses.replace(built, **fields)


def sources(n: int, words: int = 12) -> list[EvidenceItem]:
    return [EvidenceItem(f"Rating {k}", "High", "Confidence: high", False,
                         (SourceEntry(f"Source {k}: " + "title " * words, ("Publisher: P", "Date: 2023"), "note " * words),))
            for k in range(1, n + 1)]


def workshop(items: int, log: int) -> WorkshopRecord:
    return WorkshopRecord("S1", "F", [WorkshopItem(f"Question {k}", ("3 × High", "1 × Low"), "", "High", "because " * 30)
                                      for k in range(1, items + 1)],
                          [f"Decision {k}: " + "reason " * 20 for k in range(1, log + 1)])


def changes(rows: int) -> ChangesRecord:
    return ChangesRecord("s1", "1 June 2024, 10:00 UTC", [
        (step, [ChangeRow(f"{step} field {k}", "Low", "High", ("note " * 25,)) for k in range(rows)])
        for step in ("Strength", "Leverage")])


def everything_long() -> object:
    """Every section long enough to run onto another page."""
    return card(LONG_TITLE, instruments=60, text="Instrument " + "text " * 30,
                context=Context("Summary " * 700, "Dependency " * 80, [f"Fact {k} " + "fact " * 20 for k in range(12)]),
                extra_sections=[("Rationale", ["Strength: " + "because " * 900]),
                                ("History", [f"2026-12-0{k % 9 + 1} · tester · field {k}" for k in range(90)])],
                sources=sources(30), dissent=[DissentItem(f"Rating {k}", "dissent " * 60) for k in range(20)],
                changes=changes(25), workshop=workshop(14, 60))


# -- what was drawn, read back from a measuring pass ------------------------------------------
@dataclass
class Drawn:
    page: int
    y: float
    text: str
    size: float
    bold: bool
    colour: str
    move: bool
    count: bool
    lines: int


def drawn(cards, monkeypatch, size=PAGE_SIZES["a4"]) -> tuple[list[Drawn], list[int], Canvas]:
    """Every text of the body drawn by ``lay_out`` (running head and foot left out)."""
    target = Canvas(lambda page, painter: None, size.points(), dry=True)
    log: list[Drawn] = []
    original = Canvas.text

    def text(self, x, y, width, text, f, colour=INK, *args, **kwargs):
        height = original(self, x, y, width, text, f, colour, *args, **kwargs)
        if self is target and self.top - 0.5 <= y <= self.body_bottom and text.strip():
            move, count = kwargs.get("move", True), kwargs.get("count", True)
            lines = max(1, round(height / _metrics(f).lineSpacing()))
            log.append(Drawn(self.page, y, text, f.pointSizeF(), f.bold(), colour.name(), move, count, lines))
        return height

    monkeypatch.setattr(Canvas, "text", text)
    starts = layout.lay_out(target, list(cards))
    monkeypatch.setattr(Canvas, "text", original)
    return log, starts, target


def on_page(log: list[Drawn], page: int) -> list[Drawn]:
    return [d for d in log if d.page == page]


def is_heading(d: Drawn) -> bool:
    """Section and entry headings (bold navy), the Context labels, the labels above Scorecard 1's
    ticks and scale, and a source's title (kept with its first detail)."""
    labels = ("Summary", "China's dependency", "Key facts", "Types of strength", "Degree of European leverage")
    return d.move and d.bold and (d.colour == NAVY.name() or d.text.startswith(labels) or bool(re.match(r"\d+\. ", d.text)))


def side_by_side(log: list[Drawn], d: Drawn) -> bool:
    """A one-line empty section: its note drawn beside the heading."""
    return any(o.page == d.page and not o.move and abs(o.y - d.y) < 4 and o is not d for o in log)


def pdf_pages(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    return [[" ".join(line.split()) for line in page.splitlines() if line.strip()] for page in out.split("\f")[:-1]]


def body_lines(page: list[str]) -> list[str]:
    """A page's lines without the running head, the footer (citation, page number) and the
    repeated "(continued)" headings."""
    return [line for line in page[1:] if not line.startswith(("Method:", "China, Digital Power China"))
            and not line.endswith("(continued)")]


# -- 1. Context --------------------------------------------------------------------------------
def test_context_comes_after_the_title_block_and_before_scorecard_1(qapp, tmp_path):
    from desktop.reports.pdf import export_pdf

    ctx = Context("欧洲 leads <b>EUV</b> & more.", "China imports every EUV scanner.", ["Fact one", "事实二"])
    out = tmp_path / "context.pdf"
    export_pdf([card(context=ctx)], out)
    text = pdf_text(out)
    order = ["Crafted case", "Technology field", "Context", "Summary", "欧洲 leads <b>EUV</b> & more.",
             "China's dependency", "China imports every EUV scanner.", "Key facts", "• Fact one", "• 事实二",
             "Scorecard 1"]
    places = [text.index(part) for part in order]
    assert places == sorted(places), list(zip(order, places))

    partial = tmp_path / "partial.pdf"  # a part left empty is left out
    export_pdf([card(context=Context("", "", ["Only a fact"]))], partial)
    text = pdf_text(partial)
    assert "Context Key facts • Only a fact Scorecard 1" in text and "Summary" not in text

    none = tmp_path / "none.pdf"
    export_pdf([card(context=None)], none)
    assert "Context" not in pdf_text(none)


def test_an_empty_context_is_one_line_and_context_comes_from_the_case(qapp, tmp_path, monkeypatch):
    log, _starts, _c = drawn([card(context=Context("", "", []))], monkeypatch)
    head = next(d for d in log if d.text == "Context")
    note = next(d for d in log if d.text == Context.EMPTY_LINE)
    assert abs(head.y - note.y) < 4 and head.page == note.page == 0
    assert next(d for d in log if d.text.startswith("Scorecard 1")).y - head.y < 35

    filled = case()
    filled = filled.model_copy(update={"summary": "S.", "china_dependency": "D.", "key_facts": ["K.", " "]})
    built = build_scorecard(filled, date=DATE, version="1", options=ScorecardOptions(context=True))
    assert built.context == Context("S.", "D.", ["K."])


def test_a_long_context_runs_on_under_its_continued_heading(qapp, monkeypatch):
    log, _starts, _c = drawn([card(context=Context("Summary " * 1200, "", []))], monkeypatch)
    assert on_page(log, 1)[0].text == "Context (continued)"


# -- 2. "(continued)" headings -------------------------------------------------------------------
def test_every_page_of_a_case_after_its_first_starts_with_a_section_heading(qapp, monkeypatch):
    log, _starts, c = drawn([everything_long()], monkeypatch)
    assert c.page >= 15
    for page in range(1, c.page + 1):
        first = next(d for d in on_page(log, page) if d.move)
        assert first.size == 12.5 and first.bold, (page, first.text)  # the section's heading, new or again
    repeated = {d.text for d in log if d.text.endswith("(continued)")}
    for heading in ("Context", "Scorecard 2", "Rationale", "History", "Sources and confidence", "Dissent notes",
                    "Changes since snapshot “s1”", "Workshop record", "Decision log"):
        assert f"{heading} (continued)" in repeated, heading
    assert any(t.endswith("— core recommendations (continued)") for t in repeated)  # Scorecard 2's lists
    assert all(not d.count for d in log if d.text.endswith("(continued)"))  # not counted as a page's lines


def test_a_repeated_heading_stays_on_one_line(qapp, monkeypatch):
    log, _starts, _c = drawn([everything_long()], monkeypatch)
    again = [d for d in log if d.size == 12.5 and d.text.endswith("(continued)")]
    assert again and all(d.lines == 1 for d in again)
    assert "Scorecard 2 (continued)" in {d.text for d in again}  # the long title's short form


# -- 3. headings with their first lines; no page with only a few lines ---------------------------
def sweep_cards() -> list:
    """The same short sections pushed down a line at a time by a longer rationale (after
    Scorecard 1, which starts a page when it does not fit whole), so that every heading meets
    the page foot in one of them; the empty dissent notes come last."""
    base = dict(sources=sources(3, 4), dissent=[], changes=changes(2), workshop=workshop(2, 3))
    return [card(instruments=6, context=Context("A summary.", "", ["A fact"]),
                 extra_sections=[("Rationale", ["Strength: " + "because " * (40 + 7 * k)]),
                                 ("History", [f"line {n}" for n in range(6)])], **base) for k in range(0, 64, 2)]


def test_no_heading_ends_a_page_and_no_case_ends_on_a_page_of_few_lines(qapp, monkeypatch):
    lifted = 0
    for n, one in enumerate(sweep_cards()):
        log, _starts, c = drawn([one], monkeypatch)
        for page in range(c.page + 1):
            texts = on_page(log, page)
            for head in filter(is_heading, texts):  # something follows it on its page
                assert side_by_side(log, head) or any(d.y > head.y + 1 for d in texts), (n, page, head.text)
        last_page = sum(d.lines for d in on_page(log, c.page) if d.move and d.count)
        assert c.page == 0 or last_page >= layout.MIN_LAST_LINES, (n, last_page)
        lifted += bool(layout._lifts(c, one))
    assert lifted  # the rule moved a page break up in some of them


def test_a_short_tail_moves_the_break_up_and_the_page_count_stays(qapp, monkeypatch, tmp_path):
    """Where the tail of a case would leave 1–3 lines on a page of their own, the page before
    ends earlier; the dry run, the PDF and the PNG agree on the pages."""
    from pypdf import PdfReader

    from desktop.reports.pdf import export_pdf
    from desktop.reports.png import render_images

    monkeypatch.setattr(layout, "MIN_LAST_LINES", 0)
    short = []
    for one in sweep_cards():
        log, _starts, c = drawn([one], monkeypatch)
        if c.page and sum(d.lines for d in on_page(log, c.page) if d.move and d.count) < 4:
            short.append(one)
    monkeypatch.undo()
    assert short, "no crafted case leaves a short last page without the rule"
    layout._TRIED.clear()
    for one in short[:3]:
        out = tmp_path / "short.pdf"
        export_pdf([one], out)
        pages = pdf_pages(out)
        assert len(body_lines(pages[-1])) >= 4, pages[-1]
        total = layout.plan([one], PAGE_SIZES["a4"].points())[0]
        assert total == len(PdfReader(str(out)).pages) == len(render_images([one], 20))
        assert f"Page {total} of {total}" in " ".join(pages[-1][-2:])


# -- 4. empty optional sections ------------------------------------------------------------------
EMPTY_LINES = {"Context": Context.EMPTY_LINE, "Rationale": "No rationale recorded.",
               "Leverage factors": "No leverage factor rated.", "Ratings that differ from the suggestion":
               "No override recorded.", "History": "No recorded changes.",
               "Sources and confidence": "No sources or confidence recorded for any rating.",
               "Dissent notes": "No dissent recorded.", "Changes since snapshot “s1”": "No changes since the snapshot.",
               "Workshop record": "No tallies or decisions recorded."}


def empty_card(title: str = "Crafted case"):
    built = card(title)
    extra = [(t, ["No recorded changes."] if t == "History" else lines) for t, lines in built.extra_sections]
    return dataclasses.replace(built, extra_sections=extra, context=Context("", "", []), sources=[], dissent=[],
                               changes=ChangesRecord("s1", "1 June 2024, 10:00 UTC", []),
                               workshop=WorkshopRecord("", "", [], []))


def test_every_empty_optional_section_is_one_line(qapp, monkeypatch, tmp_path):
    from desktop.reports.pdf import export_pdf

    log, _starts, c = drawn([empty_card()], monkeypatch)
    heads = [d for d in log if d.size == 12.5]
    for title, note in EMPTY_LINES.items():
        head = next(d for d in heads if d.text == title)
        beside = next(d for d in log if d.text == note)
        assert head.page == beside.page and abs(head.y - beside.y) < 4, title
        following = [d for d in heads if (d.page, d.y) > (head.page, head.y)]
        if following and following[0].page == head.page:  # one line and its rule, not a block (the
            room = 55 if title.startswith("Changes") else 40  # changes: and the snapshot's date line)
            assert following[0].y - head.y < room, title
    assert c.page <= 1  # the whole empty case: two pages at most
    out = tmp_path / "empty.pdf"
    export_pdf([empty_card()], out)
    lines = [line for page in pdf_pages(out) for line in page]
    for title, note in EMPTY_LINES.items():
        assert f"{title} {note}" in lines, title


def test_an_empty_section_never_takes_a_page_of_its_own(qapp, monkeypatch):
    for one in sweep_cards():
        log, _starts, c = drawn([one], monkeypatch)
        for page in range(1, c.page + 1):
            texts = [d.text for d in on_page(log, page) if d.move and d.count]
            assert texts != ["Dissent notes"] and len(texts) >= 2, texts


def test_an_empty_decision_log_is_one_line(qapp, monkeypatch):
    log, _starts, _c = drawn([card(workshop=workshop(1, 0))], monkeypatch)
    head = next(d for d in log if d.text == "Decision log")
    assert any(d.text == "No decisions recorded yet." and abs(d.y - head.y) < 4 for d in log)


# -- 5. the running head ---------------------------------------------------------------------------
@pytest.mark.parametrize("title", [LONG_TITLE, CJK_TITLE, "x" * 400])
def test_the_running_head_shortens_the_title_not_the_date(qapp, title):
    f = font(7.5)
    width = PAGE_SIZES["a4"].points().width() * 0.5
    head = running_head(title, TAIL, f, width)
    assert head.endswith(TAIL) and "…" in head and _metrics(f).horizontalAdvance(head) <= width + 0.5
    assert title.startswith(head[:-len(TAIL)].rstrip("…").rstrip())
    assert running_head("Short", TAIL, f, width) == "Short" + TAIL


def test_the_pdf_running_head_keeps_the_date_whole(qapp, tmp_path):
    from desktop.reports.pdf import export_pdf

    out = tmp_path / "heads.pdf"
    export_pdf([card(LONG_TITLE, options=ScorecardOptions(history=True)),
                card("Space exploration (lunar communications and navigation)"), card(CJK_TITLE), card("Short")], out)
    pages = pdf_pages(out)
    assert pages[0][0].startswith("Scorecards · 4 cases · 2 December 2026")  # the contents page
    heads = [page[0] for page in pages[1:]]
    assert all(f"· Scorecards · {DATE} Reverse Dependency Workbench" in head for head in heads), heads
    assert any(head.startswith("A very long case title") and "…" in head for head in heads)
    assert any(head.startswith("Space exploration (lunar communications") and "…" in head for head in heads)
    assert any(head.startswith("光刻机 光刻机") and "…" in head for head in heads)
    assert f"Short · Scorecards · {DATE} Reverse Dependency Workbench" in heads


# -- the page count: dry run and drawing agree ------------------------------------------------------
@pytest.mark.parametrize("page, banner", [("a4", None), ("letter", "OFFICIAL – SENSITIVE")])
def test_plan_and_the_drawn_pages_agree(qapp, tmp_path, page, banner):
    from pypdf import PdfReader

    from desktop.reports.pdf import export_pdf
    from desktop.reports.png import render_images

    cards = [dataclasses.replace(one, banner=banner) for one in (everything_long(), empty_card(LONG_TITLE))]
    out = tmp_path / "all.pdf"
    export_pdf(cards, out, page=page)
    total, starts, _figures = layout.plan(cards, PAGE_SIZES[page].points())
    assert total == len(PdfReader(str(out)).pages) == len(render_images(cards, 20, PAGE_SIZES[page]))
    text = folded(pdf_text(out))
    assert f"Page {total} of {total}" in text and f"Page {total + 1}" not in text
    assert starts[0] == 1 and starts[1] > starts[0]
