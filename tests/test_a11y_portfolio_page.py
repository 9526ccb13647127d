"""The Portfolio page by keyboard and screen reader (issue 17): every control named or labelled,
the charts no unnamed focus stops, the data table opening a case with Return through the chart's
signals, Tab leaving the table, focus drawn, and nothing clipped at 1024×768."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QWidget

from desktop.models import portfolio as pf

LITHO = "dpc2024-lithography"
pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


@pytest.fixture
def portfolio(qtbot, window):
    window.resize(1024, 768)
    window.analysis.show_portfolio()
    view = window.analysis.portfolio
    qtbot.waitUntil(lambda: view.chart().isVisible())
    return view


def table_mode(qtbot, view):
    qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.table.hasFocus())
    return view.table


def focus_stops(view) -> list[QWidget]:
    return [w for w in view.findChildren(QWidget)
            if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()]


def test_every_focus_stop_is_named_and_every_combo_labelled(qtbot, portfolio):
    buddies = {label.buddy() for label in portfolio.findChildren(QLabel) if label.buddy() is not None}
    for mode in (False, True):
        portfolio.data_button.setChecked(mode)
        for widget in focus_stops(portfolio):
            if isinstance(widget, QComboBox):
                assert widget in buddies, widget.accessibleName()
            elif isinstance(widget, QAbstractButton):
                assert widget.text() or widget.accessibleName()
            else:
                assert widget.accessibleName(), type(widget).__name__
    chart = portfolio.chart()
    assert chart.focusPolicy() == Qt.FocusPolicy.NoFocus and chart not in focus_stops(portfolio)
    assert chart.accessibleName() == portfolio.scroll.accessibleName() == chart._title
    assert chart.accessibleDescription().startswith("12 cases, 30 markers; likelihood: high 7")


def test_every_tab_describes_its_chart_and_fills_the_table(qtbot, portfolio):
    for name in pf.FIGURES:
        portfolio.set_figure(name)
        assert portfolio.table.figure_model.table.columns[0] in ("Case", "Level of ambition")
        assert portfolio.scroll.accessibleDescription() == portfolio.table.figure_model.table.summary
        assert portfolio.table.accessibleName().endswith("data table")
        assert portfolio.table.accessibleDescription().startswith(portfolio.chart()._title)


def test_ctrl_t_shows_the_table_and_back_to_the_chart(qtbot, portfolio):
    assert portfolio.body.currentWidget() is portfolio.scroll
    table = table_mode(qtbot, portfolio)
    assert portfolio.body.currentWidget() is table and portfolio.data_button.isChecked()
    assert "Return" in portfolio.status.text() and "Rating marks" in portfolio.status.text()
    qtbot.keyClick(table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert portfolio.body.currentWidget() is portfolio.scroll and portfolio.data_button.hasFocus()


def test_return_on_a_row_opens_its_case_through_the_charts_signal(qtbot, window, portfolio):
    portfolio.set_figure("leverage")
    table = table_mode(qtbot, portfolio)
    row = next(r for r in range(table.model().rowCount()) if table.figure_model.case_ids(r) == [LITHO])
    table.setCurrentIndex(table.model().index(row, 1))
    with qtbot.waitSignal(portfolio.chart().case_activated) as signal:  # the signal a click emits
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert signal.args == [LITHO]
    assert window.editor is not None and window.editor.controller.case_id == LITHO
    window.close_editor()
    assert window.stack.currentWidget() is portfolio and portfolio.data_button.isChecked()


def test_return_on_a_row_for_several_cases_offers_them(qtbot, window, portfolio, monkeypatch):
    portfolio.set_figure("instruments")
    table = table_mode(qtbot, portfolio)
    ids = table.figure_model.case_ids(1)
    offered = []

    def pick_first(menu, where):
        offered.extend(a.text() for a in menu.actions())
        assert table.viewport().rect().contains(table.viewport().mapFromGlobal(where))  # at the row
        menu.actions()[0].trigger()

    monkeypatch.setattr(portfolio, "popup_menu", pick_first)
    table.setCurrentIndex(table.model().index(1, 0))
    with qtbot.waitSignal(portfolio.chart().cases_activated):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert len(offered) == len(ids) > 1
    assert window.editor.controller.case_id == ids[0]


def test_tab_leaves_the_table_and_the_chart_area(qtbot, portfolio):
    table = table_mode(qtbot, portfolio)
    assert not table.tabKeyNavigation()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert table.hasFocus()
    portfolio.data_button.setChecked(False)
    portfolio.scroll.setFocus()
    qtbot.keyClick(portfolio.scroll, Qt.Key.Key_Tab)
    assert not portfolio.scroll.hasFocus() and not portfolio.chart().hasFocus()


def test_focus_is_drawn_on_the_chart_area_and_the_table(qtbot, portfolio):
    for widget in (portfolio.scroll, table_mode(qtbot, portfolio)):
        portfolio.data_button.setChecked(widget is portfolio.table)
        portfolio.back_button.setFocus()
        qtbot.waitUntil(lambda: portfolio.back_button.hasFocus())
        before = widget.grab().toImage()
        widget.setFocus()
        qtbot.waitUntil(lambda w=widget: w.hasFocus())
        after = widget.grab().toImage()
        assert before != after, widget.objectName()
        assert after.pixelColor(0, after.height() // 2).name() == "#1a3d6d"  # the 2 px border


def test_nothing_is_clipped_at_1024_by_768(qtbot, as_the_app, window, portfolio):
    window.resize(1024, 768)
    QApplication.processEvents()
    assert window.width() <= 1024 and window.height() <= 768
    for zoom in (0, 3):  # the smallest and the largest text
        portfolio.size_box.setCurrentIndex(zoom)
        for mode in (False, True):
            portfolio.data_button.setChecked(mode)
            QApplication.processEvents()
            page = portfolio.rect()
            for w in portfolio.findChildren(QWidget):
                if not w.isVisible() or not isinstance(w, (QAbstractButton, QComboBox, QLabel)):
                    continue
                box = w.rect().translated(w.mapTo(portfolio, w.rect().topLeft()))
                assert page.contains(box), (w.objectName(), type(w).__name__, box, page)
                if not (isinstance(w, QLabel) and w.wordWrap()):
                    assert w.width() >= w.minimumSizeHint().width(), (type(w).__name__, w.width())


def test_the_text_size_applies_to_the_table(qtbot, portfolio):
    table = table_mode(qtbot, portfolio)
    small = table.font().pointSizeF()
    qtbot.keyClick(table, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert portfolio.zoom == 1.25 and table.font().pointSizeF() == pytest.approx(small * 1.25)
    assert table.model().rowCount() == len(portfolio.chart().marks) and portfolio.body.currentWidget() is table


def test_another_chart_starts_its_table_at_the_first_row(qtbot, portfolio):
    table = table_mode(qtbot, portfolio)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    portfolio.refresh()  # the same figure (after an edit elsewhere): the row stays
    assert table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert portfolio.figure == "leverage" and table.currentIndex().row() == 0
