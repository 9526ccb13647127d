"""The case list's filter (issue 20): not a QSortFilterProxyModel any more, so what Qt's proxy
did for free is pinned here: the model contract through every kind of change, the search's
matching (casefold, literal characters, every word), and the selection kept or dropped as the
filter shows or hides its row. (Speed is measured in benchmarks/, not here.)"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desktop.models.storage.records import CaseSummary
from desktop.views.browser.case_browser import CaseBrowser
from desktop.views.browser.filter_proxy import CaseFilterProxy, Kind
from desktop.views.browser.table_model import COL_STATUS, COL_TITLE, CaseTableModel, SummaryRole


def summary(n: int, title: str, *, area: str = "", ref: bool = False, status: str = "draft",
            degree: str | None = None) -> CaseSummary:
    return CaseSummary(f"case-{n}", title, area, ref, status, degree, None, "2026-01-02T10:00:00+00:00")


TITLES = ["Straße der Chips", "Ökonomie", "öffentliche Beschaffung", "Édition (2024)", "光刻机 lithography",
          "v1.2 release", "Plain", "Résumé of AI"]


@pytest.fixture
def proxy(qtbot):
    model = CaseTableModel()
    model.set_rows([summary(n, t, area="Semiconductors" if n % 2 else "AI", ref=n < 3,
                            degree="high" if n == 4 else None) for n, t in enumerate(TITLES)])
    p = CaseFilterProxy()
    p.setSourceModel(model)
    return p


def titles(p: CaseFilterProxy) -> list[str]:
    return [p.index(r, COL_TITLE).data() for r in range(p.rowCount())]


def shown(p: CaseFilterProxy, text: str) -> list[str]:
    p.set_search(text)
    return titles(p)


def test_the_proxy_keeps_the_model_contract_through_every_change(qtmodeltester, qtlog, proxy):
    """Qt's C++ model tester and pytest-qt's, watching while the filter, the kind, and the
    source's rows (edited, added, removed, sorted, replaced) all change."""
    model = proxy.source()
    qt_tester = QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Warning)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_search("o")
    proxy.set_kind(Kind.MINE)
    model.update_row(summary(5, "v1.2 release", area="Optics"))  # still shown, changed
    model.update_row(summary(6, "Plain"))  # hidden, still hidden
    model.update_row(summary(7, "Résumé of AI without the letter"))  # hidden → shown
    model.update_row(summary(3, "Édition"))  # shown → hidden
    model.update_row(summary(20, "Another one"))  # appended, shown
    model.update_row(summary(21, "Nothing"))  # appended, hidden
    model.remove_row("case-5")
    model.remove_row("case-21")
    model.sort(COL_TITLE, Qt.SortOrder.DescendingOrder)
    proxy.set_kind(Kind.ALL)
    proxy.set_search("")
    model.set_rows([summary(1, "Only")])
    assert titles(proxy) == ["Only"] and qt_tester is not None
    assert not [r.message for r in qtlog.records if "FAIL" in r.message]


def test_search_folds_case_beyond_ascii(proxy):
    """``casefold``, not ``lower``: "STRASSE" and "strasse" find "Straße", "ö" finds "Ökonomie"."""
    assert shown(proxy, "STRASSE") == ["Straße der Chips"]
    assert shown(proxy, "straße") == ["Straße der Chips"]
    assert shown(proxy, "ö") == ["Ökonomie", "öffentliche Beschaffung"]
    assert shown(proxy, "ÉDITION") == ["Édition (2024)"]
    assert shown(proxy, "résumé") == ["Résumé of AI"]
    assert shown(proxy, "光刻") == ["光刻机 lithography"]


def test_search_takes_every_character_literally(proxy):
    """No character is special (the search is no regular expression): "(", ".", "*"."""
    assert shown(proxy, "(2024") == ["Édition (2024)"]
    assert shown(proxy, "1.2") == ["v1.2 release"]
    assert shown(proxy, "v1.") == ["v1.2 release"]
    assert shown(proxy, ".*") == []
    assert shown(proxy, "[") == []


def test_every_word_must_match_somewhere_in_the_row(proxy):
    """Words match anywhere (title, area, rating, status, id), in any order, extra spaces aside."""
    assert shown(proxy, "  chips   semiconductors ") == []  # Straße is case 0: area "AI"
    assert shown(proxy, "chips ai") == ["Straße der Chips"]
    assert shown(proxy, "high litho") == ["光刻机 lithography"]
    assert shown(proxy, "case-6 draft") == ["Plain"]
    assert len(shown(proxy, "")) == len(TITLES)


def test_kind_and_search_combine(proxy):
    proxy.set_kind(Kind.REFERENCE)
    assert shown(proxy, "") == TITLES[:3]
    assert shown(proxy, "ö") == ["Ökonomie", "öffentliche Beschaffung"]
    proxy.set_kind(Kind.MINE)
    assert shown(proxy, "ö") == []
    assert shown(proxy, "") == TITLES[3:]


def test_matching_agrees_with_the_plain_rule_on_random_rows(qtbot):
    """Over random rows and queries, the shown rows are exactly those whose text has every word."""
    rng = random.Random(20)
    alphabet = "abAB ßöÖ.(光"
    rows = [summary(n, "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9))) or "x", ref=n % 5 == 0)
            for n in range(300)]
    model = CaseTableModel()
    model.set_rows(rows)
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    for _ in range(60):
        query = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4)))
        kind = rng.choice(list(Kind))
        proxy.set_kind(kind)
        proxy.set_search(query)
        expected = [r.id for r in model.summaries() if all(w in model.search_texts()[model.row_of(r.id)]
                                                         for w in query.casefold().split())
                    and (kind is Kind.ALL or r.is_reference == (kind is Kind.REFERENCE))]
        assert [proxy.index(i, 0).data(SummaryRole).id for i in range(proxy.rowCount())] == expected


def test_a_painted_cell_gets_what_data_answers(proxy):
    """``multiData`` (one call per painted cell) and ``data`` agree: text and the draft's italics."""
    delegate, option = QStyledItemDelegate(), QStyleOptionViewItem()
    proxy.set_search("o")
    for model in (proxy, proxy.source()):
        for row in range(model.rowCount()):
            for column in (COL_TITLE, COL_STATUS):
                index = model.index(row, column)
                delegate.initStyleOption(option, index)
                assert option.text == index.data()
            assert option.font.italic()  # every row is a draft


@pytest.fixture
def browser(qtbot):
    b = CaseBrowser()
    qtbot.addWidget(b)
    b.set_rows([summary(n, t, ref=n < 3) for n, t in enumerate(TITLES)])
    b.show()
    return b


def test_the_selection_stays_while_its_row_is_shown_and_goes_when_it_is_hidden(qtbot, browser):
    browser.select("case-1")  # Ökonomie
    with qtbot.assertNotEmitted(browser.selection_changed):
        browser.proxy.set_search("ö")  # (set on the proxy: the search box's own slot says it again)
    assert browser.current_id() == "case-1" and browser.selected_ids() == ["case-1"]
    with qtbot.waitSignal(browser.selection_changed) as said:
        browser.search.setText("straße")
    assert said.args == [None] and browser.current_id() is None and browser.selected_ids() == []
    browser.search.clear()
    assert browser.count_label.text() == f"{len(TITLES)} cases"


def test_sorting_a_filtered_list_keeps_the_selected_case(qtbot, browser):
    browser.search.setText("o")
    browser.select("case-2")
    browser.model.sort(COL_TITLE, Qt.SortOrder.DescendingOrder)
    assert browser.current_id() == "case-2"
    assert titles(browser.proxy) == sorted(titles(browser.proxy), key=str.casefold, reverse=True)


def test_count_and_summary_follow_the_search(browser):
    browser.search.setText("ö")
    assert browser.count_label.text() == f"2 of {len(TITLES)} cases"
    browser.search.setText("no such thing")
    assert browser.count_label.text() == f"0 of {len(TITLES)} cases"
    browser.show_case(None)
    assert browser.detail.toPlainText() == "No cases match the search."
    browser.search.setText("")
    browser.show_case(None)
    assert browser.detail.toPlainText() == "Select a case to see its assessment."


def test_down_in_the_search_box_selects_the_first_case_shown(qtbot, browser):
    browser.search.setText("ö")
    with qtbot.waitSignal(browser.selection_changed):
        qtbot.keyClick(browser.search, Qt.Key.Key_Down)
    assert browser.current_id() == "case-2" and browser.table.hasFocus()  # "öffentliche" sorts first


def test_an_edit_that_stops_matching_hides_the_row_and_its_selection(browser):
    browser.search.setText("plain")
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    browser.table.selectionModel().setCurrentIndex(browser.proxy.index(0, 0), flags)
    assert browser.current_id() == "case-6"
    browser.update_row(summary(6, "Renamed"))
    assert titles(browser.proxy) == [] and browser.current_id() is None
    browser.update_row(summary(6, "Plain again"))
    assert titles(browser.proxy) == ["Plain again"]
    browser.remove_row("case-6")
    assert titles(browser.proxy) == [] and browser.count_label.text() == f"0 of {len(TITLES) - 1} cases"
