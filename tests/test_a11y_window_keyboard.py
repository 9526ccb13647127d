"""The main window by keyboard and on a 1024×768 screen: Tab leaves the case list, Down from the
search box reaches the first case found, every toolbar button is on show at 1024×768, a saved
size from a larger screen is fitted to the screen, and the first start's hint comes once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtWidgets import QToolButton

from desktop.views.window.main_window import MainWindow
from desktop.views.window.state import fit_to_screen

LITHO = "dpc2024-lithography"


def focus(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_tab_leaves_the_case_list_for_the_summary_and_shift_tab_comes_back(qtbot, window):
    """Tab no longer walks the cells: it moves on to the named case summary, and Shift+Tab back."""
    table, detail = window.browser.table, window.browser.detail
    assert table.accessibleName() == "Cases" and detail.accessibleName() == "Case summary"
    focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert detail.hasFocus()
    qtbot.keyClick(detail, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not table.hasFocus()


def test_down_from_the_search_box_selects_the_first_case_found(qtbot, window):
    browser = window.browser
    browser.select("dpc2024-space") if browser.model.row_of("dpc2024-space") is not None else None
    focus(qtbot, browser.search)
    qtbot.keyClicks(browser.search, "lithography")
    assert browser.proxy.rowCount() == 1
    qtbot.keyClick(browser.search, Qt.Key.Key_Down)
    assert browser.table.hasFocus()
    assert browser.current_id() == LITHO and browser.selected_ids() == [LITHO]
    qtbot.keyClick(browser.table, Qt.Key.Key_Return)  # and Enter opens it, as from the list
    assert window.editor is not None and window.editor.controller.case_id == LITHO


def test_down_with_nothing_found_stays_in_the_search_box(qtbot, window):
    focus(qtbot, window.browser.search)
    qtbot.keyClicks(window.browser.search, "no such case anywhere")
    qtbot.keyClick(window.browser.search, Qt.Key.Key_Down)
    assert window.browser.search.hasFocus()


def toolbar_buttons(window: MainWindow):
    return [(a, window.toolbar.widgetForAction(a)) for a in window.toolbar.actions() if not a.isSeparator()]


def test_every_toolbar_button_is_shown_at_1024x768_with_its_text(qtbot, window):
    """At the width of a 1024×768 screen nothing hides behind the overflow, and the buttons still
    say what they do; wider, the text goes beside the icon; the overflow button is named."""
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    toolbar = window.toolbar
    assert toolbar.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly
    for action, button in toolbar_buttons(window):
        assert button.isVisible(), action.text()
        assert button.geometry().right() <= toolbar.contentsRect().right(), action.text()
    names = [b.accessibleName() or b.text() for _, b in toolbar_buttons(window)]
    assert all(names) and "Portfolio" in names and "Compare" in names
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is not None and extension.accessibleName() == "More toolbar buttons"
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    assert all(b.isVisible() for _, b in toolbar_buttons(window))


def test_a_narrow_window_keeps_every_button_as_an_icon(qtbot, window):
    window.resize(700, 600)
    qtbot.waitUntil(lambda: window.width() == 700)
    qtbot.waitUntil(lambda: all(b.isVisible() for _, b in toolbar_buttons(window)))
    assert all(a.text() for a, _ in toolbar_buttons(window))  # (the name a screen reader hears)


def test_a_size_saved_on_a_large_screen_is_fitted_to_the_screen(qtbot, file_store, settings):
    """A window saved at 1900×1000 far to the right and below, restored on a smaller screen,
    opens fully on it."""
    first = MainWindow(file_store, settings)
    qtbot.addWidget(first)
    first.setGeometry(QRect(1800, 1500, 1900, 1000))
    settings.setValue("main/geometry", first.saveGeometry())
    first.deleteLater()
    window = MainWindow(file_store, settings)
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    assert area.contains(window.frameGeometry()), (window.frameGeometry(), area)
    window.show()
    qtbot.waitExposed(window)
    assert area.contains(window.frameGeometry()), (window.frameGeometry(), area)
    assert isinstance(settings.value("main/geometry"), QByteArray)


def test_fit_to_screen_moves_an_off_screen_window_back_and_leaves_a_fitting_one(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    area = widget.screen().availableGeometry()
    widget.setGeometry(QRect(area.x() + 10, area.y() + 10, 200, 100))
    fit_to_screen(widget)
    assert widget.geometry() == QRect(area.x() + 10, area.y() + 10, 200, 100)
    widget.setGeometry(QRect(-5000, area.bottom() + 400, area.width() + 500, 100))
    fit_to_screen(widget)
    assert area.contains(widget.frameGeometry()) and area.width() - 40 <= widget.width() <= area.width()


def test_the_first_start_hint_is_shown_once(qtbot, file_store, settings):
    first = MainWindow(file_store, settings)
    qtbot.addWidget(first)
    assert "F1" in first.statusBar().currentMessage() and "guide" in first.statusBar().currentMessage()
    again = MainWindow(file_store, settings)
    qtbot.addWidget(again)
    assert "F1" not in again.statusBar().currentMessage()


@pytest.mark.parametrize("width", [1024, 1200, 1400])
def test_the_start_up_preview_estimates_and_the_real_store_measures(qtbot, db_path, settings, width):
    """Before the first paint the toolbar's style is estimated from the font (measuring costs the
    first paint); when the real store arrives it is measured, and every button is on show."""
    from desktop.models.library import open_store
    from desktop.models.storage.quick_listing import preview_store

    open_store(db_path).close()
    window = MainWindow(preview_store(db_path), settings)
    qtbot.addWidget(window)
    window.resize(width, 700)
    window.show()
    qtbot.waitExposed(window)
    estimated = window.toolbar.button_style
    store = open_store(db_path)
    window.attach_store(store)
    measured = window.toolbar.button_style
    qtbot.waitUntil(lambda: all(b.isVisible() for _, b in toolbar_buttons(window)))
    assert window.act.TOOLBAR_STYLES.index(measured) <= window.act.TOOLBAR_STYLES.index(estimated)  # never less room
    assert measured == window.act.fit_toolbar(window.toolbar, window.width())  # (as measured)
    store.close()
