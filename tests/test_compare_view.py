"""The compare page (desktop/views/analysis/compare_view.py) and its table model: the Qt model contract,
differences marked twice (text and colour), plain-text titles, and its two signals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from desktop.models.case import Case
from desktop.models.compare import compare_cases
from desktop.models.library import reference_cases
from desktop.views.analysis.compare_model import (
    MARKER,
    CaseIdRole,
    CompareTableModel,
    DiffersRole,
    SectionRole,
)
from desktop.views.analysis.compare_view import CompareView

HTML_TITLE = "<b>html</b> & co"
CHINESE_TITLE = "光刻机 lithography"


def cases() -> list[Case]:
    ref = {c.id: c for c in reference_cases()}["dpc2024-lithography"]
    copy = ref.model_copy(update={"id": "mine-1", "title": CHINESE_TITLE, "reference": None})
    changed = ref.model_copy(update={"id": "mine-2", "title": HTML_TITLE, "reference": None,
                                     "technology_area": "Optics"})
    return [ref, copy, changed]


@pytest.fixture
def view(qtbot):
    v = CompareView()
    qtbot.addWidget(v)
    v.set_cases(cases())
    v.resize(1024, 700)
    v.show()
    qtbot.waitExposed(v)
    return v


def field_rows(model: CompareTableModel) -> list[int]:
    return [r for r in range(model.rowCount()) if not model.index(r, 0).data(SectionRole)]


@pytest.mark.parametrize("only_differences", [False, True])
def test_model_passes_qtmodeltester(qtmodeltester, only_differences):
    """The model honours Qt's model contract, with all rows and with only the differing ones."""
    model = CompareTableModel()
    model.set_comparison(compare_cases(list(reference_cases())[:4]))
    model.set_only_differences(only_differences)
    qtmodeltester.check(model, force_py=True)


def test_empty_model_passes_qtmodeltester(qtmodeltester):
    qtmodeltester.check(CompareTableModel(), force_py=True)


def test_differing_rows_carry_marker_and_background(view):
    """A differing row has "≠ " on its label and a background on every cell; an equal row has
    neither (the copy of a reference case differs only in title and technology area)."""
    model = view.model
    labels = {model.index(r, 0).data(): r for r in field_rows(model)}
    assert MARKER + "Technology area" in labels and MARKER + "Title" in labels
    r = labels[MARKER + "Technology area"]
    assert model.index(r, 0).data(DiffersRole) is True
    for col in range(model.columnCount()):
        assert model.index(r, col).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(r, 3).data() == "Optics"
    equal = labels["Summary"]
    assert model.index(equal, 0).data(DiffersRole) is False
    assert model.index(equal, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    marked = [model.index(r, 0).data() for r in field_rows(model) if model.index(r, 0).data(DiffersRole)]
    assert marked == [MARKER + "Title", MARKER + "Technology area"]
    assert view.count_label.text() == "2 differences in 1 step"


def test_rating_cells_keep_their_label_with_the_colour(view):
    """A coloured rating cell always shows its label too."""
    model = view.model
    r = next(r for r in field_rows(model) if model.index(r, 0).data() == "Degree of leverage")
    assert model.index(r, 1).data() == "High ○"  # lithography's degree, inferred from the chapter
    assert model.index(r, 1).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_reference_values_carry_their_provenance_mark_and_user_values_none(view):
    """A reference case's rated values end in their provenance mark (○ inferred, ◐ reconstructed),
    with the words in the tooltip and accessible text and the legend shown; user cases' values
    carry no mark."""
    model = view.model
    rows = {model.index(r, 0).data().removeprefix(MARKER): r for r in field_rows(model)}
    deny = rows["Feasibility: ability to deny"]
    assert model.index(deny, 1).data() == "Medium ◐"
    assert "reconstructed from the chapter" in model.index(deny, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(deny, 1).data(Qt.ItemDataRole.AccessibleDescriptionRole) == (
        "Reference case: reconstructed from the chapter (◐).")
    assert model.index(rows["Substitutability"], 1).data().endswith(" ○")
    assert model.index(rows["Summary"], 1).data()[-2:] not in (" ○", " ◐", " ●")  # texts are not ratings
    for col in (2, 3):  # the user cases
        for r in rows.values():
            assert not model.index(r, col).data().endswith((" ○", " ◐", " ●"))
            assert model.index(r, col).data(Qt.ItemDataRole.AccessibleDescriptionRole) is None
    assert view.provenance_legend.isVisibleTo(view)
    assert "● as published in the report" in view.provenance_legend.text()


def test_only_differences_hides_equal_rows_and_keeps_step_headers(view, qtbot):
    model = view.model
    all_rows = model.rowCount()
    view.only_differences.setChecked(True)
    assert model.only_differences
    assert [model.index(r, 0).data() for r in field_rows(model)] == [MARKER + "Title", MARKER + "Technology area"]
    headers = [model.index(r, 0).data() for r in model.section_rows()]
    assert headers[0].startswith("Basics") and "2 differences" in headers[0]
    assert "no differences" in headers[1] and len(headers) == 5
    assert all(view.table.columnSpan(r, 0) == model.columnCount() for r in model.section_rows())
    view.set_only_differences(False)
    assert not view.only_differences.isChecked() and model.rowCount() == all_rows


def test_headers_are_the_titles_shown_literally(view):
    """Column headers are the case titles as typed; the tooltip adds the id and is escaped;
    the page title is a plain-text label."""
    model = view.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, model.columnCount())]
    assert titles == [cases()[0].title, CHINESE_TITLE, HTML_TITLE]
    tip = model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "mine-2" in tip and "&lt;b&gt;html&lt;/b&gt; &amp; co" in tip and "<b>html" not in tip
    title_row = next(r for r in field_rows(model) if model.index(r, 0).data() == MARKER + "Title")
    assert model.index(title_row, 3).data() == HTML_TITLE
    assert model.index(title_row, 2).data() == CHINESE_TITLE
    assert "&lt;b&gt;" in model.index(title_row, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert [model.index(0, c).data(CaseIdRole) for c in range(4)] == [None, "dpc2024-lithography", "mine-1", "mine-2"]
    assert view.title_label.text() == "Comparing 3 cases"
    for label in view.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


def double_click(qtbot, widget, pos):
    """A real double-click: QTest's mouseDClick alone sends only the DblClick event, and an item
    view acts on it only after a press on the same cell."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def test_double_click_on_a_header_or_cell_opens_that_case(view, qtbot):
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    with qtbot.waitSignal(view.open_case) as signal:
        double_click(qtbot, header.viewport(), QPoint(x, header.height() // 2))
    assert signal.args == ["mine-1"]

    row = field_rows(view.model)[1]
    rect = view.table.visualRect(view.model.index(row, 3))
    with qtbot.waitSignal(view.open_case) as signal:
        double_click(qtbot, view.table.viewport(), rect.center())
    assert signal.args == ["mine-2"]

    label = view.table.visualRect(view.model.index(row, 0))
    with qtbot.assertNotEmitted(view.open_case):
        double_click(qtbot, view.table.viewport(), label.center())


def test_escape_and_the_back_button_ask_to_go_back(view, qtbot):
    with qtbot.waitActive(view):
        view.activateWindow()
    view.table.setFocus()
    with qtbot.waitSignal(view.back_requested):
        qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    with qtbot.waitSignal(view.back_requested):
        view.back_to_list.click()


@pytest.mark.parametrize("n, width", [(4, 1024), (3, 930), (2, 800)])
def test_reference_cases_fit_without_horizontal_scrolling(qtbot, n, width):
    """Every column, the last one's right edge included, is inside the view (the vertical
    scroll bar taken into account)."""
    v = CompareView()
    qtbot.addWidget(v)
    v.set_cases(list(reference_cases())[:n])
    v.resize(width, 640)
    v.show()
    qtbot.waitExposed(v)
    assert v.title_label.text() == f"Comparing {n} cases"
    assert v.table.horizontalScrollBar().maximum() == 0
    assert sum(v.table.columnWidth(c) for c in range(n + 1)) <= v.table.viewport().width()


def test_wrong_number_of_cases_is_refused(qtbot):
    v = CompareView()
    qtbot.addWidget(v)
    with pytest.raises(ValueError):
        v.set_cases(cases()[:1])
    assert v.model.rowCount() == 0


def test_enter_on_a_cell_opens_that_case(view, qtbot):
    with qtbot.waitActive(view):
        view.activateWindow()
    row = field_rows(view.model)[1]
    view.table.setCurrentIndex(view.model.index(row, 2))
    view.table.setFocus()
    with qtbot.waitSignal(view.open_case) as signal:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert signal.args == ["mine-1"]
