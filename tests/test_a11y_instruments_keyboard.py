"""Issue 17, Instruments step by keyboard and screen reader: Tab leaves both tables, a tick keeps
focus, the current row and the scroll position, Down in the search box reaches the first entry,
and the tables, the search box and the filter boxes have names (the combos through a label)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget
from test_wizard_walk_instruments_review import instruments_case

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


def focus_stops(page) -> list[QWidget]:
    """The controls of the page a user can Tab to (shown, enabled, taking Tab focus)."""
    return [w for w in page.widget().findChildren(QWidget)
            if w.isVisibleTo(page) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(w.parentWidget(), QComboBox)]


def tab_walk(qtbot, start: QWidget, limit: int = 200) -> list[QWidget]:
    """Focus ``start`` and press Tab until focus comes back to it; what got focus, in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is start:
            return seen
        seen.append(focus)
    raise AssertionError(f"Tab never came back to {start!r} within {limit} presses: {seen[-5:]}")


def test_tab_reaches_and_leaves_every_control_of_the_instruments_page(qtbot, window, file_store):
    _case_id, editor, page = instruments_case(window, file_store)
    page.catalogue_table.setCurrentIndex(page.catalogue_model.index(3, 0))
    assert page.catalogue_model.rowCount() > 10  # enough rows to have trapped Tab before
    walk = tab_walk(qtbot, page.chosen_table)
    stops = focus_stops(page)
    missing = [w for w in stops if w not in walk]
    assert not missing, missing
    # each table is one stop: the press after it is on the next control
    for table in (page.chosen_table, page.catalogue_table):
        assert walk.count(table) == 1
        assert walk[walk.index(table) + 1] is not table
    inside = [w for w in walk if page.isAncestorOf(w)]
    assert len(inside) <= len(stops) + 1  # the page's own scroll area may be one stop too
    assert editor.next_button in walk  # and Tab goes on to the buttons below the page


def test_a_tick_keeps_focus_row_and_scroll_in_the_catalogue(qtbot, window, file_store):
    case_id, _editor, page = instruments_case(window, file_store)
    window.resize(1024, 768)
    table, model = page.catalogue_table, page.catalogue_model
    table.setFixedHeight(160)  # so that the table scrolls
    row = model.rowCount() - 2
    table.setFocus()
    table.setCurrentIndex(model.index(row, model.COL_TEXT))
    table.scrollTo(model.index(row, model.COL_TEXT))
    scroll = table.verticalScrollBar().value()
    assert scroll > 0
    for expected in (Qt.CheckState.Checked, Qt.CheckState.Unchecked):
        qtbot.keyClick(table, Qt.Key.Key_Space)
        assert model.index(row, model.COL_TEXT).data(Qt.ItemDataRole.CheckStateRole) == expected
        assert QApplication.focusWidget() is table
        assert table.currentIndex().row() == row
        assert table.verticalScrollBar().value() == scroll
    level, entry = model.row_entry(row)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert [(i.level, i.text) for i in file_store.get(case_id).instruments] == [(level, entry.text)]


def test_down_in_the_search_box_goes_to_the_first_result(qtbot, window, file_store):
    _case_id, _editor, page = instruments_case(window, file_store)
    table, model = page.catalogue_table, page.catalogue_model
    word = model.row_entry(model.rowCount() - 1)[1].text.split()[-1].strip(".,")
    page.search.setFocus()
    qtbot.keyClicks(page.search, word)
    assert 0 < model.rowCount()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is table
    assert table.currentIndex().row() == 0 and table.currentIndex().column() == model.COL_TEXT
    qtbot.keyClick(table, Qt.Key.Key_Space)  # and Space ticks that first result
    assert model.is_chosen(0)


def test_tables_search_and_filters_are_named(qtbot, window, file_store):
    _case_id, _editor, page = instruments_case(window, file_store)
    assert page.chosen_table.accessibleName() == "Your instruments"
    assert page.catalogue_table.accessibleName() == "Catalogue"
    assert page.search.accessibleName() == "Search the catalogue"
    buddies = {label.buddy(): label.text() for label in page.findChildren(QLabel) if label.buddy()}
    assert buddies.get(page.ppp_filter) == "&Type:" and buddies.get(page.focus_filter) == "Focu&s:"
    for widget in focus_stops(page):
        named = widget.accessibleName() or getattr(widget, "text", lambda: "")() or widget in buddies
        assert named or widget is page, widget


def test_a_catalogue_cell_reports_its_check_state_and_a_plain_description(qtbot, window, file_store):
    _case_id, _editor, page = instruments_case(window, file_store)
    table, model = page.catalogue_table, page.catalogue_model
    model.setData(model.index(1, model.COL_TEXT), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    table_iface = QAccessible.queryAccessibleInterface(table)
    cells = {}
    for i in range(table_iface.childCount()):
        child = table_iface.child(i)
        cells.setdefault(child.text(QAccessible.Text.Name), child)
    ticked, unticked = (cells[model.row_entry(row)[1].text] for row in (1, 0))
    assert ticked.state().checkable and ticked.state().checked
    assert unticked.state().checkable and not unticked.state().checked
    description = model.index(0, model.COL_TEXT).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert description and "<" not in description
