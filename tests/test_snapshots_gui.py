"""Snapshots in the GUI (desktop/views/analysis/snapshot_dialog.py, diff_view.py, diff_model.py): the diff
table's Qt model contract and marks (words and colour), and the dialog's flows on a real file store:
take (default name, duplicates refused with the reason, cancel), list, open read-only, compare
(any two versions, "No changes"), restore as a new case, delete. Only the modal questions
(``ask_text``, ``confirm_delete``, ``show_warning``) are patched; names are shown literally."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.models.diff import diff_cases
from desktop.views.analysis import snapshot_dialog as module
from desktop.views.analysis.diff_model import (
    ADDED,
    AFTER_COLOURS,
    BEFORE_COLOURS,
    CHANGED,
    COL_AFTER,
    COL_BEFORE,
    COL_FIELD,
    COL_WHY,
    NONE_TEXT,
    REMOVED,
    DiffTableModel,
    KindRole,
    RowRole,
    SectionRole,
)
from desktop.views.analysis.diff_view import NO_CHANGES, NOW, DiffDialog
from desktop.views.analysis.snapshot_dialog import SnapshotDialog, SnapshotViewer, default_name

LITERAL_NAME = "<b>研讨会</b> & <i>workshop</i> [*]"
LEVERAGE = {"substitutability": "easy", "degree": "low"}


@pytest.fixture
def case_id(file_store):
    case = file_store.create("Quantum sensing", summary="Sensors for navigation.", leverage=LEVERAGE,
                             key_facts=["First fact"])
    return case.id


@pytest.fixture
def asked(monkeypatch):
    """Records every question and answers from queues the test fills (a dialog never opens)."""
    log = {"text": [], "warning": [], "delete": []}
    answers = {"text": [], "delete": []}

    def ask_text(parent, title, label, text):
        log["text"].append(text)
        return answers["text"].pop(0)

    def confirm_delete(parent, name):
        log["delete"].append(name)
        return answers["delete"].pop(0)

    monkeypatch.setattr(module, "ask_text", ask_text)
    monkeypatch.setattr(module, "confirm_delete", confirm_delete)
    monkeypatch.setattr(module, "show_warning", lambda parent, title, text: log["warning"].append(text))
    return log, answers


@pytest.fixture
def dialog(qtbot, file_store, case_id):
    d = SnapshotDialog(file_store, case_id)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def list_names(d: SnapshotDialog) -> list[str]:
    return [d.list.topLevelItem(i).text(0) for i in range(d.list.topLevelItemCount())]


def crafted_diff(file_store, case_id):
    """A snapshot, then one change of each kind (added, changed, removed) with an override reason."""
    file_store.snapshots.take(case_id, "Before")
    file_store.set_fields(case_id, {"technology_area": "Sensors", "leverage.substitutability": "very_hard",
                                    "summary": None})
    file_store.set_fields(case_id, {"overrides": [{"field": "leverage.substitutability", "suggested": "easy",
                                                   "value": "very_hard", "reason": "New export rules"}]})
    snap = file_store.snapshots.list(case_id)[0]
    return diff_cases(file_store.snapshots.case_at(case_id, "Before"), file_store.get(case_id),
                      history=file_store.history(case_id), since_mark=snap.history_mark)


# -- the table model ---------------------------------------------------------------------------------
def test_diff_model_passes_qtmodeltester(qtmodeltester, file_store, case_id):
    """The model honours Qt's model contract with a real diff, with none, and with an empty one."""
    diff = crafted_diff(file_store, case_id)
    model = DiffTableModel()
    model.set_diff(diff)
    assert model.rowCount() == len(diff.sections) + len(diff.rows)
    qtmodeltester.check(model, force_py=True)
    model.set_diff(diff_cases(file_store.get(case_id), file_store.get(case_id)))  # resets while watched
    assert model.rowCount() == 0


def test_empty_diff_model_passes_qtmodeltester(qtmodeltester):
    qtmodeltester.check(DiffTableModel(), force_py=True)


def test_diff_model_marks_changes_in_words_and_colour(file_store, case_id):
    """Each step is a bold header row; each field says added / changed / removed, an empty side says
    "(none)", Before and After are coloured, and Why holds the notes one per line."""
    diff = crafted_diff(file_store, case_id)
    model = DiffTableModel()
    model.set_diff(diff)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Field", "Before", "After", "Why"]
    sections = model.section_rows()
    assert [model.index(r, 0).data() for r in sections] == [
        f"{s.title}   ({len(s.rows)} change{'s' if len(s.rows) != 1 else ''})" for s in diff.sections]
    assert all(model.index(r, 0).data(Qt.ItemDataRole.FontRole).bold() for r in sections)
    assert all(model.index(r, 0).data(SectionRole) for r in sections)

    rows = {model.index(r, 0).data(RowRole).path: r for r in range(model.rowCount()) if r not in sections}
    area, subst, summary = rows["technology_area"], rows["leverage.substitutability"], rows["summary"]
    cell = lambda r, c, role=Qt.ItemDataRole.DisplayRole: model.index(r, c).data(role)
    assert cell(area, COL_FIELD) == "Technology area (added)" and cell(area, 0, KindRole) == ADDED
    assert cell(area, COL_BEFORE) == NONE_TEXT and cell(area, COL_AFTER) == "Sensors"
    assert cell(summary, 0, KindRole) == REMOVED and cell(summary, COL_AFTER) == NONE_TEXT
    assert cell(subst, COL_FIELD) == "Substitutability (changed)" and cell(subst, 0, KindRole) == CHANGED
    assert (cell(subst, COL_BEFORE), cell(subst, COL_AFTER)) == ("Easy", "Very hard")
    assert cell(subst, COL_BEFORE, Qt.ItemDataRole.BackgroundRole).color() == BEFORE_COLOURS[0]
    assert cell(subst, COL_AFTER, Qt.ItemDataRole.BackgroundRole).color() == AFTER_COLOURS[0]
    assert cell(area, COL_BEFORE, Qt.ItemDataRole.BackgroundRole) is None  # nothing there: no colour
    notes = model.index(subst, 0).data(RowRole).notes
    assert any("New export rules" in n for n in notes) and len(notes) >= 2  # override and history
    assert cell(subst, COL_WHY) == "\n".join(notes)


# -- taking and listing -------------------------------------------------------------------------------
def test_take_lists_the_snapshot_with_a_dated_default_name(dialog, file_store, case_id, asked):
    """An empty case says so; Take Snapshot… proposes "Snapshot <today>", stores it, lists and selects it."""
    log, answers = asked
    assert dialog.stack.currentWidget() is dialog.empty
    assert not dialog.open_button.isEnabled() and not dialog.compare_button.isEnabled()
    answers["text"].append(f"Snapshot {date.today().isoformat()}")
    dialog.take_button.click()
    assert log["text"] == [f"Snapshot {date.today().isoformat()}"]
    assert [s.name for s in file_store.snapshots.list(case_id)] == [f"Snapshot {date.today().isoformat()}"]
    assert list_names(dialog) == [f"Snapshot {date.today().isoformat()}"]
    assert dialog.stack.currentWidget() is dialog.list and dialog.selected_name() == log["text"][0]
    assert dialog.open_button.isEnabled() and dialog.delete_button.isEnabled()
    assert dialog.list.topLevelItem(0).text(1)  # the time it was taken

    answers["text"].append(f"Snapshot {date.today().isoformat()} (2)")
    dialog.take()
    assert log["text"][1] == f"Snapshot {date.today().isoformat()} (2)"  # the proposal is always free
    answers["text"].append(None)  # cancelled
    assert dialog.take() is None
    assert len(file_store.snapshots.list(case_id)) == 2


def test_default_name_skips_names_taken_in_any_case():
    assert default_name(set(), date(2026, 3, 12)) == "Snapshot 2026-03-12"
    assert default_name({"snapshot 2026-03-12", "Snapshot 2026-03-12 (2)"}, date(2026, 3, 12)) == "Snapshot 2026-03-12 (3)"


@pytest.mark.parametrize("again", ["Workshop", "WORKSHOP"])
def test_duplicate_name_is_refused_and_says_why(dialog, file_store, case_id, asked, again):
    log, answers = asked
    answers["text"] += ["Workshop", again]
    assert dialog.take() == "Workshop"
    assert dialog.take() is None
    assert [s.name for s in file_store.snapshots.list(case_id)] == ["Workshop"]
    assert log["warning"] and "already has a snapshot called “Workshop”" in log["warning"][0]
    assert "choose another" in log["warning"][0]


def test_store_refusal_is_shown(dialog, file_store, case_id, asked):
    """"now" stands for the current state: the store refuses it and the dialog says the store's reason."""
    log, answers = asked
    answers["text"].append("Now")
    assert dialog.take() is None
    assert file_store.snapshots.list(case_id) == [] and "now" in log["warning"][0].lower()


def test_literal_chinese_and_html_like_names(dialog, file_store, case_id, asked):
    """A name like "<b>研讨会</b> & …" is listed, titled and shown exactly as typed."""
    _, answers = asked
    answers["text"].append(LITERAL_NAME)
    assert dialog.take() == LITERAL_NAME
    assert list_names(dialog) == [LITERAL_NAME]
    assert "<p>" in dialog.list.topLevelItem(0).toolTip(0) and "&lt;b&gt;" in dialog.list.topLevelItem(0).toolTip(0)
    viewer = dialog.open_selected()
    assert LITERAL_NAME in viewer.view.toPlainText()
    assert "[*][*]" in viewer.windowTitle()  # Qt's modified marker stays literal
    diff = dialog.compare()
    assert diff.view.from_combo.currentText().startswith(LITERAL_NAME)


# -- open, compare, restore, delete --------------------------------------------------------------------
def test_open_shows_the_snapshot_read_only_not_the_case_now(qtbot, dialog, file_store, case_id, asked):
    _, answers = asked
    answers["text"].append("Before")
    dialog.take()
    file_store.set_fields(case_id, {"summary": "Rewritten after the workshop.", "key_facts": ["Second fact"]})
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    viewer = dialog.windows[-1]
    assert dialog.isVisible()  # Enter opened the snapshot, it did not close the dialog
    assert isinstance(viewer, SnapshotViewer) and viewer.isVisible()
    text = viewer.view.toPlainText()
    assert "Snapshot “Before”" in text and "Read-only" in text
    assert "Sensors for navigation." in text and "First fact" in text
    assert "Rewritten after the workshop." not in text and "Second fact" not in text
    assert viewer.view.isReadOnly()


def test_compare_shows_what_changed_since_the_snapshot(qtbot, dialog, file_store, case_id, asked):
    """Compare… opens the diff from the selected snapshot to now, equal to diff_cases; any two versions
    can be chosen; the same version twice shows "No changes"; Swap exchanges them."""
    _, answers = asked
    answers["text"] += ["Before", "Middle"]
    dialog.take()
    file_store.set_fields(case_id, {"leverage.substitutability": "very_hard"})
    dialog.take()
    file_store.set_fields(case_id, {"technology_area": "Sensors"})
    dialog.select("Before")
    window = dialog.compare()
    qtbot.addWidget(window)
    view = window.view
    assert isinstance(window, DiffDialog) and window.isVisible()
    assert view.from_choice() == ("snapshot", "Before") and view.to_choice() == NOW
    expected = diff_cases(file_store.snapshots.case_at(case_id, "Before"), file_store.get(case_id))
    shown = [view.model.index(r, 0).data(RowRole).path for r in range(view.model.rowCount())
             if not view.model.is_section_row(r)]
    assert shown == [r.path for r in expected.rows] == ["technology_area", "leverage.substitutability"]
    assert view.count_label.text() == "2 changes in 2 steps" and view.stack.currentWidget() is view.table

    view.set_choices(("snapshot", "Before"), ("snapshot", "Middle"))  # only what changed between the two
    rows = [r for r in range(view.model.rowCount()) if not view.model.is_section_row(r)]
    assert [view.model.index(r, 0).data(RowRole).path for r in rows] == ["leverage.substitutability"]
    notes = view.model.index(rows[0], 0).data(RowRole).notes
    assert len(notes) == 1 and "easy → very hard" in notes[0]  # the history between the two, not after

    view.swap()
    assert view.from_choice() == ("snapshot", "Middle") and view.to_choice() == ("snapshot", "Before")
    assert view.note.isVisibleTo(view) and "later version" in view.note.text()

    view.set_choices(NOW, NOW)
    assert view.model.rowCount() == 0 and view.stack.currentWidget() is view.empty
    assert view.empty.text().startswith(NO_CHANGES) and view.count_label.text() == NO_CHANGES

    view.set_choices(("snapshot", "Middle"), NOW)
    window.copy_text()
    assert "Technology area" in QGuiApplication.clipboard().text()


def test_restore_creates_a_new_case_and_emits_its_id(qtbot, dialog, file_store, case_id, asked):
    _, answers = asked
    answers["text"].append(LITERAL_NAME)
    dialog.take()
    file_store.set_fields(case_id, {"summary": "Changed later."})
    with qtbot.waitSignal(dialog.case_created) as signal:
        dialog.restore_button.click()
    new_id = signal.args[0]
    assert new_id != case_id
    restored = file_store.get(new_id)
    assert restored.summary == "Sensors for navigation." and LITERAL_NAME in restored.title
    assert file_store.get(case_id).summary == "Changed later."  # the original is untouched
    assert not dialog.isVisible()


def test_delete_asks_first(qtbot, dialog, file_store, case_id, asked):
    log, answers = asked
    answers["text"] += ["One", "Two"]
    dialog.take()
    dialog.take()
    dialog.select("One")
    answers["delete"].append(False)
    dialog.delete_button.click()
    assert log["delete"] == ["One"] and len(file_store.snapshots.list(case_id)) == 2
    answers["delete"].append(True)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert log["delete"] == ["One", "One"]
    assert [s.name for s in file_store.snapshots.list(case_id)] == ["Two"] and list_names(dialog) == ["Two"]


def test_reference_case_offers_no_writing_actions(qtbot, file_store):
    """A reference case can never change: it cannot take, restore or delete snapshots."""
    ref = next(s for s in file_store.list_summaries() if s.is_reference)
    d = SnapshotDialog(file_store, ref.id)
    qtbot.addWidget(d)
    assert not d.take_button.isEnabled() and d.take() is None
    assert d.stack.currentWidget() is d.empty
