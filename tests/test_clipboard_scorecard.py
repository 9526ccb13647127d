"""Edit ▸ Copy Scorecard (issue 19, point 2): the case's scorecards on the clipboard as HTML
tables (for Word and Outlook) and as a picture (for slides); user text literal."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from desktop.models.scales import Feasibility, Level
from desktop.models.scorecard import NONE_CHOSEN_YET, NONE_NOT_FEASIBLE, ScorecardOptions
from desktop.reports.content import scorecards_for
from desktop.reports.html import scorecards_html
from desktop.views.export.clipboard import scorecard_mime_data

LITHO = "dpc2024-lithography"


class Tables(HTMLParser):
    """The tables of an HTML text: rows of (cell text, cell attributes)."""

    def __init__(self):
        super().__init__()
        self.tables: list[list[list[tuple[str, dict]]]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []
            self.tables[-1][-1].append(("", dict(attrs)))
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            attrs = self.tables[-1][-1][-1][1]
            self.tables[-1][-1][-1] = (" ".join("".join(self._cell).split()), attrs)
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def tables_of(html: str):
    parser = Tables()
    parser.feed(html)
    return parser.tables


def cell(tables, text: str):
    return next((t, a) for table in tables for row in table for t, a in row if t == text or t.startswith(text))


def test_html_holds_scorecards_1_and_2_as_tables_with_labels_and_colours(store):
    case = store.get(LITHO)
    html = scorecards_html(scorecards_for(store, [LITHO]))
    tables = tables_of(html)
    assert "Scorecard 1 · Technological strength and leverage" in html
    assert "Scorecard 2 · Level of ambition and core recommendations" in html
    assert len(tables) == 4  # pillars, types of strength, leverage scale, levels
    pillars = tables[0]
    assert [t for t, _ in pillars[0]] == ["Pillar of strength", "Maintain", "Regain / develop"]
    research = next(row for row in pillars if row[0][0] == "Research & innovation")
    rated = [(t, a) for t, a in research[1:] if "likelihood" in t]
    assert rated and rated[0][1]["bgcolor"].startswith("#") and "background-color:" in rated[0][1]["style"]
    levels = tables[3]
    assert [t.split("  ")[0] for t, _ in levels[0]] == [f"{n}. {level.label}" for n, level in enumerate(Level, 1)]
    for (text, attrs), level in zip(levels[1], Level):
        feasibility = case.ambition.feasibility[level]
        assert text.startswith(feasibility.label) and "bgcolor" in attrs  # the colour carries its label
    body = " ".join(t for t, _ in levels[2])
    for instrument in case.instruments:
        assert " ".join(instrument.text.split()) in body
    degree = cell(tables, f"▼ {case.leverage.degree.label}")
    assert "bgcolor" in degree[1]
    assert html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in html


def test_user_text_is_escaped_cjk_and_markup_literal(store):
    title = "光刻机 <b>bold?</b> & <script>alert(1)</script>"
    case = store.create(title, technology_area="半导体 <i>", summary="Summary <u>x</u>",
                        ambition={"feasibility": {"ability_to_act": "not_feasible"}})
    cards = scorecards_for(store, [case.id], ScorecardOptions(context=True))
    html = scorecards_html(cards)
    assert "<b>bold?</b>" not in html and "<script>" not in html and "<u>x</u>" not in html
    assert "光刻机 &lt;b&gt;bold?&lt;/b&gt; &amp; &lt;script&gt;" in html and "半导体 &lt;i&gt;" in html
    assert "Summary &lt;u&gt;x&lt;/u&gt;" in html  # the context section, as asked for
    tables = tables_of(html)
    bodies = [t for t, _ in tables[3][2]]
    assert Feasibility.NOT_FEASIBLE.label in tables[3][1][2][0]
    assert NONE_NOT_FEASIBLE in bodies[2] and NONE_CHOSEN_YET in bodies[0]


def test_mime_data_has_html_tables_text_and_an_image(qapp, store):
    cards = scorecards_for(store, [LITHO])
    data = scorecard_mime_data(cards, dpi=60)
    assert data.hasHtml() and "text/html" in data.formats()
    assert len(tables_of(data.html())) == 4 and cards[0].title in data.html()
    assert data.hasText() and "Scorecard 2" in data.text()
    assert data.hasImage()
    image = data.imageData()
    assert abs(image.width() - 595 * 60 / 72) < 2 and image.height() > 841 * 60 / 72  # one or two A4 pages


def test_copy_scorecard_from_the_window(qtbot, window):
    """Edit ▸ Copy Scorecard (Ctrl+C in the case list) copies the selected case; one case only."""
    act = window.act.copy_scorecard
    assert act in window.menuBar().actions()[1].menu().actions()  # the Edit menu
    assert act.shortcut() == QKeySequence(QKeySequence.StandardKey.Copy)
    window.browser.select(LITHO)
    assert act.isEnabled()
    QGuiApplication.clipboard().clear()
    window.browser.table.setFocus()
    qtbot.keyClick(window.browser.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    data = QGuiApplication.clipboard().mimeData()
    assert data.hasHtml() and data.hasImage()
    assert re.search(r"<table[^>]*>", data.html()) and window.store.get(LITHO).title in data.html()
    assert "Copied the scorecards" in window.statusBar().currentMessage()
    window.browser.table.selectAll()
    assert not act.isEnabled()  # several cases: Export Scorecards is for those
    window.open_case(LITHO)
    assert act.isEnabled()
    assert window.output.copy_scorecard().hasHtml()
