"""The case list and its summary in the interface's language (issue 21): every word the app
writes is French or German, the cases' own texts stay as written, and the search finds a rating
by its name in the interface's language as well as in the report's English."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from desktop.models import language
from desktop.models.library import reference_cases
from desktop.models.scales import Level, LeverageDegree
from desktop.models.storage.records import CaseSummary
from desktop.views import translation
from desktop.views.browser.case_browser import CaseBrowser
from desktop.views.browser.summary_html import case_to_html


@pytest.fixture
def speaking(qapp):
    def speak(lang: str) -> None:
        translation.install(qapp, lang)

    yield speak
    translation.install(qapp, "en")


def summaries() -> list[CaseSummary]:
    return [CaseSummary(c.id, c.title, c.technology_area or "", True, c.status.value,
                        c.leverage.degree.value if c.leverage.degree else None,
                        c.ambition.chosen_level.value if c.ambition.chosen_level else None, "2026-12-03T09:00:00Z")
            for c in reference_cases()]


def texts(widget: QWidget) -> set[str]:
    """What a person (or a screen reader) reads of ``widget`` and its children."""
    found = set()
    for child in [widget, *widget.findChildren(QWidget)]:
        for text in (child.accessibleName(), child.accessibleDescription(), child.toolTip()):
            found.add(text)
        if isinstance(child, (QLabel, QAbstractButton)):
            found.add(child.text())
        if isinstance(child, QLineEdit):
            found.add(child.placeholderText())
    return {t for t in found if t}


def build(qtbot) -> CaseBrowser:
    browser = CaseBrowser()
    qtbot.addWidget(browser)
    browser.set_rows(summaries())
    return browser


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_the_list_speaks_the_interface_language(qtbot, speaking, lang):
    english = build(qtbot)
    english_texts = texts(english) | {english.model.headerData(c, _horizontal()) for c in range(6)}
    speaking(lang)
    browser = build(qtbot)
    translated = texts(browser) | {browser.model.headerData(c, _horizontal()) for c in range(6)}
    same = (english_texts & translated) - {"Ambition", "Status", "Tab"}  # the same word in French or German
    assert not same, same
    row = browser.model.row_of("dpc2024-lithography")
    assert browser.model.data(browser.model.index(row, 2)) == language.label(LeverageDegree.HIGH, lang)
    assert browser.count_label.text() == {"fr": "12 cas", "de": "12 Fälle"}[lang]


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_english_counts_have_their_plurals(qtbot):
    browser = build(qtbot)
    assert browser.count_label.text() == "12 cases"
    browser.search.setText("lithography")
    assert browser.count_label.text() == "1 of 12 cases"


def test_the_search_finds_a_rating_by_either_name(qtbot, speaking):
    speaking("de")
    browser = build(qtbot)
    level = next(Level(s.chosen_level) for s in summaries() if s.chosen_level)
    browser.search.setText(language.label(level, "de"))  # e.g. "Verweigerungsfähigkeit"
    german = browser.proxy.rowCount()
    browser.search.setText(level.label)
    assert german == browser.proxy.rowCount() >= 1


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_the_summary_writes_the_framework_in_the_language_and_the_case_as_written(speaking, lang):
    case = next(c for c in reference_cases() if c.id == "dpc2024-lithography")
    english = case_to_html(case)
    speaking(lang)
    html = case_to_html(case)
    assert language.term("term.degree_of_leverage", lang) in html and "Degree of leverage" in english
    assert language.label(Level.ABILITY_TO_DENY, lang) in html
    for english_word in ("Degree of leverage", "Market-entry barriers", "Technological strength", "Key facts",
                         "Level of ambition (feasibility within 10 years)", "not assessed"):
        assert english_word not in html
    assert case.title in html and (case.summary or "")[:60].replace("'", "&#x27;") in html.replace("&#39;", "&#x27;")


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_no_column_title_is_cut(qtbot, as_the_app, speaking, lang):
    """Each shown column is as wide as its title in the header's own style (bold, padded), also
    the sorted one beside its arrow; where the titles leave the case titles too little room,
    the technology area (which the summary shows too) gives way, not the titles."""
    speaking(lang)
    browser = build(qtbot)
    browser.resize(940, 600)
    browser.show()
    qtbot.waitExposed(browser)
    browser.splitter.setSizes([570, 350])  # the list at 1024×768 (the window is 940 wide)
    qtbot.waitUntil(lambda: abs(browser.table.width() - 570) < 12)
    header = browser.table.horizontalHeader()
    shown = [col for col in range(header.count()) if not header.isSectionHidden(col)]
    for col in shown:
        assert header.sectionSize(col) >= header.sectionSizeHint(col), (lang, browser.titles.horizontalHeaderItem(col).text())
    title = header.sectionSize(0)
    assert title >= browser.fontMetrics().horizontalAdvance("Critical raw materials"), (lang, title)
    assert (1 in shown) == (lang == "en")  # English keeps its technology area at this width
    browser.enable_sorting()
    header.setSortIndicator(2, header.sortIndicatorOrder())  # a click on the leverage title
    assert header.sectionSize(2) >= header.sectionSizeHint(2), lang  # (the hint now counts the arrow)
