"""The main window's entries for evidence work: Snapshots…, What Changed… and Source Library…,
enabled for one case, opening their windows, and a restored snapshot opening as a new case."""

from __future__ import annotations

import pytest

LITHO = "dpc2024-lithography"
pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


def test_menu_entries_follow_the_selection(window):
    window.browser.table.clearSelection()
    assert not window.act.snapshots.isEnabled() and not window.act.changes.isEnabled()
    window.browser.select(LITHO)
    assert window.act.snapshots.isEnabled() and window.act.changes.isEnabled() and window.act.sources.isEnabled()
    titles = {a.text().replace("&", "") for m in window.menuBar().actions() for a in m.menu().actions()}
    assert {"Snapshots…", "What Changed…", "Source Library…"} <= titles


def test_snapshot_restored_as_a_new_case_opens_it(qtbot, window, file_store):
    copy = file_store.duplicate(LITHO)
    file_store.snapshots.take(copy.id, "Before the workshop")
    window.reload(select=copy.id)
    dialog = window.case_dialogs.show_snapshots()
    assert dialog.isVisible()
    restored = file_store.snapshots.restore(copy.id, "Before the workshop")
    dialog.case_created.emit(restored.id)
    assert window.editor is not None and window.editor.controller.case_id == restored.id
    assert window.browser.current_id() == restored.id


def test_what_changed_and_source_library_open(qtbot, window, file_store):
    copy = file_store.duplicate(LITHO)
    file_store.snapshots.take(copy.id, "March")
    window.reload(select=copy.id)
    diff = window.case_dialogs.show_changes()
    assert diff.isVisible()
    diff.close()
    library = window.case_dialogs.show_source_library()
    assert library.isVisible()
    library.close()
