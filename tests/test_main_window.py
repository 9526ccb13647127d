"""The main window driven as a user would: real widgets, real store, only OS dialogs patched."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.models.case import Case
from desktop.views.browser.filter_proxy import Kind
from desktop.views.browser.table_model import COL_TITLE, SummaryRole
from desktop.views.dialogs import NewCaseDialog, NewCaseInput, about_text
from desktop.views.window.main_window import MainWindow

LITHO = "dpc2024-lithography"


def shown_titles(w: MainWindow) -> list[str]:
    proxy = w.browser.proxy
    return [proxy.index(r, COL_TITLE).data() for r in range(proxy.rowCount())]


def test_window_lists_the_reference_library_and_selects_a_case(window):
    """A new database shows the 12 reference cases and a summary of the selected one."""
    assert window.browser.proxy.rowCount() == 12
    assert window.browser.current_id() is not None
    assert window.browser.count_label.text() == "12 cases"


def test_column_titles_sort_the_list_when_clicked(qtbot, window):
    """The header's titles (from its own model) are the case model's; the list starts in title
    order, and a click on a title sorts by that column, a second click the other way round."""
    from desktop.views.browser.table_model import COL_LEVERAGE, HEADERS

    header = window.browser.table.horizontalHeader()
    assert [header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())] == list(HEADERS)
    assert [window.browser.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(len(HEADERS))] == list(HEADERS)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (COL_TITLE, Qt.SortOrder.AscendingOrder)
    assert header.isSortIndicatorShown() and window.browser.table.isSortingEnabled()
    assert shown_titles(window) == sorted(shown_titles(window), key=str.casefold)
    x = header.sectionViewportPosition(COL_LEVERAGE) + header.sectionSize(COL_LEVERAGE) // 2
    from desktop.models.scales import LeverageDegree

    ranks = {d.label: d.rank for d in LeverageDegree} | {"—": -1}
    leverage = lambda: [ranks[window.browser.proxy.index(r, COL_LEVERAGE).data()] for r in range(12)]  # noqa: E731
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert header.sortIndicatorSection() == COL_LEVERAGE and leverage() == sorted(leverage())
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert leverage() == sorted(leverage(), reverse=True)


def test_a_narrow_list_gives_its_room_to_the_titles(qtbot, window):
    """The Changed column goes first as the list narrows (a smaller window, or the splitter
    dragged), then Technology area (shown in the summary too); the titles keep a readable
    width, and everything returns when the list widens."""
    from desktop.views.browser.table_model import COL_AREA, COL_UPDATED

    table, splitter = window.browser.table, window.browser.splitter
    shown = lambda: [c for c in (COL_AREA, COL_UPDATED) if not table.isColumnHidden(c)]  # noqa: E731

    def drag_to(x: int) -> None:
        splitter.moveSplitter(x, 1)  # as dragging the handle does (it emits splitterMoved)
        qtbot.waitUntil(lambda: abs(table.width() - x) < 40)

    window.resize(1200, 760)
    drag_to(900)
    assert table.width() >= 700 and shown() == [COL_AREA, COL_UPDATED]
    drag_to(600)
    assert 520 <= table.width() < 700 and shown() == [COL_AREA]
    drag_to(450)
    assert table.width() < 520 and shown() == [] and table.columnWidth(COL_TITLE) >= 150
    drag_to(900)
    assert shown() == [COL_AREA, COL_UPDATED]


def test_enter_opens_from_the_list_only_and_the_toolbar_labels_its_buttons(qtbot, window):
    """Enter opens only from the list; on a wide window the labels sit beside the icons."""
    assert window.act.open.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    window.resize(1400, 800)
    beside = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    qtbot.waitUntil(lambda: window.toolbar.toolButtonStyle() == beside)


def test_reference_case_detail_shows_citation_and_is_protected(window):
    """A reference case shows its citation and provenance; rename and delete are disabled."""
    window.browser.select(LITHO)
    html_text = window.browser.detail.toPlainText()
    assert "Lithography for semiconductor front-end production" in html_text
    assert "Tim Rühlig (ed.)" in html_text and "chapter 2" in html_text
    assert "○ inferred from the chapter" in html_text and "High ○" in html_text  # per-value marks and legend
    assert not window.act.delete.isEnabled() and not window.act.rename.isEnabled()
    assert window.act.duplicate.isEnabled() and "Duplicate to Edit" in window.act.duplicate.text().replace("&", "")


def test_search_box_filters_as_you_type(qtbot, window):
    """Typing in the search box narrows the list; clearing it restores all."""
    qtbot.keyClicks(window.browser.search, "semiconductors")
    assert sorted(shown_titles(window)) == ["Automotive chips", "Lithography for semiconductor front-end production"]
    assert window.browser.count_label.text() == "2 of 12 cases"
    window.browser.search.clear()
    assert window.browser.proxy.rowCount() == 12


def test_kind_filter_buttons_and_shortcuts(qtbot, window, monkeypatch):
    """'My cases' hides the library; a new case appears there; Ctrl+1 shows everything again."""
    monkeypatch.setattr(window.questions, "ask_new_case", lambda: NewCaseInput("Quantum computing", "Quantum"))
    window.act.new.trigger()
    window.close_editor()
    qtbot.mouseClick(window.browser.kind_buttons.buttons()[2], Qt.MouseButton.LeftButton)
    assert shown_titles(window) == ["Quantum computing"]
    window.act.kinds[Kind.ALL].trigger()
    assert window.browser.proxy.rowCount() == 13


def test_new_case_is_stored_opened_in_the_wizard_and_editable(window, monkeypatch, file_store):
    """New Case stores a draft with the given title and area, opens it, and lists it selected."""
    monkeypatch.setattr(window.questions, "ask_new_case", lambda: NewCaseInput("光刻机 <b>x</b> & <script>", "Semiconductors"))
    case_id = window.new_case()
    case = file_store.get(case_id)
    assert case.title == "光刻机 <b>x</b> & <script>" and case.technology_area == "Semiconductors"
    assert window.editor is not None and window.editor.controller.case_id == case_id
    assert window.editor.title_label.text() == "光刻机 <b>x</b> & <script>"
    assert not window.act.delete.isEnabled()  # list actions are off while a case is open
    window.close_editor()
    assert window.browser.current_id() == case_id
    assert "光刻机 <b>x</b> & <script>" in window.browser.detail.toPlainText()
    assert window.act.delete.isEnabled() and window.act.rename.isEnabled()


def test_cancelled_new_case_changes_nothing(window, monkeypatch, file_store):
    """Cancelling the dialog stores nothing."""
    monkeypatch.setattr(window.questions, "ask_new_case", lambda: None)
    assert window.new_case() is None
    assert file_store.count() == 12


def test_duplicate_reference_makes_an_editable_copy(window, file_store):
    """Duplicate to Edit on a reference case adds an editable copy and selects it."""
    window.browser.select(LITHO)
    window.act.duplicate.trigger()
    copy_id = window.browser.current_id()
    assert copy_id != LITHO
    copy = file_store.get(copy_id)
    assert not copy.is_reference and copy.leverage.degree.value == "high"
    assert window.browser.proxy.rowCount() == 13


def test_rename_updates_row_and_history(window, monkeypatch, file_store):
    """F2 renames a user case; the row and the history show it."""
    monkeypatch.setattr(window.questions, "ask_new_case", lambda: NewCaseInput("Old", ""))
    case_id = window.new_case()
    window.close_editor()
    monkeypatch.setattr(window.questions, "ask_title", lambda current: "New title")
    window.act.rename.trigger()
    assert file_store.get(case_id).title == "New title"
    row = window.browser.model.row_of(case_id)
    assert window.browser.model.index(row, COL_TITLE).data() == "New title"
    assert file_store.history(case_id)[-1].field == "title"


def test_delete_asks_and_removes(window, monkeypatch, file_store):
    """Delete asks first; 'No' keeps the case, 'Yes' removes it."""
    monkeypatch.setattr(window.questions, "ask_new_case", lambda: NewCaseInput("Doomed", ""))
    case_id = window.new_case()
    window.close_editor()
    monkeypatch.setattr(window.questions, "confirm_delete", lambda titles: False)
    window.act.delete.trigger()
    assert file_store.exists(case_id)
    asked = []
    monkeypatch.setattr(window.questions, "confirm_delete", lambda titles: asked.append(titles) or True)
    window.act.delete.trigger()
    assert asked == [["Doomed"]] and not file_store.exists(case_id)
    assert window.browser.model.row_of(case_id) is None


def test_delete_never_touches_reference_cases(window, monkeypatch, file_store):
    """Even if triggered directly, delete does nothing to a reference case."""
    window.browser.select(LITHO)
    monkeypatch.setattr(window.questions, "confirm_delete", lambda titles: pytest.fail("must not ask"))
    window.delete_selected()
    assert file_store.exists(LITHO)


def test_import_all_or_nothing_with_clear_message(window, monkeypatch, file_store, tmp_path):
    """A bad file among good ones: the error names it and the field, nothing is imported."""
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"format": "rdw-case", "format_version": 1, "id": "g", "title": "Good"}))
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "rdw-case", "format_version": 1, "id": "b", "title": "Bad",
                               "leverage": {"substitutability": "trivial"}}))
    errors = []
    monkeypatch.setattr(window.questions, "show_error", lambda title, text: errors.append(text))
    assert window.import_cases([str(good), str(bad)]) == []
    assert "bad.json" in errors[0] and "leverage.substitutability" in errors[0]
    assert file_store.count() == 12
    assert window.import_cases([str(good)]) == ["g"]
    assert window.browser.current_id() == "g"


def test_export_writes_exchange_file_and_reports_unwritable_path(window, monkeypatch, tmp_path):
    """Export writes the exchange format; an unwritable path gives a message, not a crash."""
    window.browser.select(LITHO)
    out = tmp_path / "litho.json"
    assert window.export_selected(str(out))
    assert Case.model_validate_json(out.read_text(encoding="utf-8")).id == LITHO
    errors = []
    monkeypatch.setattr(window.questions, "show_error", lambda title, text: errors.append(text))
    assert not window.export_selected(str(tmp_path / "missing" / "x.json"))
    assert "cannot be written" in errors[0]


def test_geometry_and_selection_are_remembered(qtbot, file_store, settings):
    """Closing saves geometry and the current case; the next window restores both."""
    first = MainWindow(file_store, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    first.browser.select(LITHO)
    first.close()
    second = MainWindow(file_store, settings)
    qtbot.addWidget(second)
    assert second.browser.current_id() == LITHO
    assert second.size().width() == 700


def test_selected_row_summary_role_matches_current_id(window):
    """The current row's SummaryRole is the case the detail pane shows."""
    window.browser.select(LITHO)
    index = window.browser.table.currentIndex()
    assert index.data(SummaryRole).id == LITHO


def test_new_case_dialog_needs_a_title(qtbot):
    """OK stays disabled until a non-blank title is typed."""
    dialog = NewCaseDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.title_edit, "  ")
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.title_edit, "Quantum sensing")
    assert ok.isEnabled() and dialog.value().title == "Quantum sensing"


def test_about_cites_the_method():
    """The About text names the report, its editor and year."""
    text = about_text()
    assert "Reverse Dependency" in text and "Rühlig" in text and "2024" in text


def test_window_opens_a_ten_thousand_case_database(qtbot, file_store, settings):
    """With 10,000 user cases the window opens, lists them all and filters by typing."""
    cases = [Case(id=f"bulk-{n}", title=f"Bulk case {n}", technology_area="Area") for n in range(10_000)]
    file_store.add_cases(cases)
    w = MainWindow(file_store, settings)
    qtbot.addWidget(w)
    assert w.browser.model.rowCount() == 10_012
    qtbot.keyClicks(w.browser.search, "case 4242")
    assert shown_titles(w) == ["Bulk case 4242"]


def test_the_window_has_what_its_collaborators_declare_they_use(window):
    """``analysis`` and ``case_dialogs`` declare what they use of the window (``PageHost``,
    ``DialogHost``): a member the window lacks, or one they use without declaring it, would
    only fail when a user opens that page or dialog."""
    import ast
    import inspect

    from desktop.views.window import analysis_pages, case_dialogs

    for module, host in ((analysis_pages, analysis_pages.PageHost), (case_dialogs, case_dialogs.DialogHost)):
        declared = set(host.__annotations__) | {n for n, v in vars(host).items() if callable(v) and not n.startswith("_")}
        for name in declared:
            assert hasattr(window, name), f"{host.__name__}.{name} is not on the main window"
        used = {node.attr for node in ast.walk(ast.parse(inspect.getsource(module)))
                if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "window"}
        used |= {node.attr for node in ast.walk(ast.parse(inspect.getsource(module)))
                 if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute)
                 and node.value.attr == "window" and isinstance(node.value.value, ast.Name) and node.value.value.id == "self"}
        qt_widget = {"statusBar", "screen", "activateWindow"}  # the host is the main window, a QWidget
        assert used - declared - qt_widget == set(), f"{module.__name__} uses undeclared window members"
