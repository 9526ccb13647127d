"""Undo/redo and store failures in the assessment wizard, driven through the MainWindow's real
widgets, actions and shortcuts: each undo and redo restores the stored value, typing bursts merge,
undos are audited, and a refused write or undo snaps the widgets back and leaves the undo history
as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from wizard_undo_helpers import (
    AMBITION,
    BASICS,
    CTRL,
    FACTORS,
    INSTRUMENTS,
    LEVERAGE,
    STRENGTH,
    STRENGTH_DONE,
    click,
    click_check,
    doc,
    open_new,
    pick,
    shown,
)

from desktop.models.scales import (
    Level,
    LeverageDegree,
    MarketEntryBarrier,
    Pillar,
    Stance,
    StrengthType,
    Substitutability,
)
from desktop.models.storage.store import StoreError

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


# -- undo / redo ---------------------------------------------------------------------------------
def test_undo_and_redo_across_pages_restore_each_stored_value(qtbot, window, file_store):
    """Undo restores, and redo re-applies, each stored value of edits made on four pages, via the window's actions."""
    # types given as [] so the first tick is undoable (a never-set list is a separate bug below)
    case_id, editor = open_new(window, file_store, strength={"types": []})
    snapshots = [doc(file_store, case_id)]
    assert not window.act.undo.isEnabled()

    qtbot.keyClicks(editor.pages[BASICS].summary_field, "A niche")
    click(qtbot, editor.next_button)  # leaving the page saves the text
    snapshots.append(doc(file_store, case_id))
    strength = editor.pages[STRENGTH]
    pick(qtbot, strength.presence[Pillar.RESEARCH_INNOVATION], True)
    snapshots.append(doc(file_store, case_id))
    click_check(qtbot, strength.type_boxes[StrengthType.TECHNOLOGICAL_EXCELLENCE])
    snapshots.append(doc(file_store, case_id))
    qtbot.keyClick(editor, Qt.Key.Key_PageDown, CTRL)
    pick(qtbot, editor.pages[LEVERAGE].choices["substitutability"], Substitutability.HARD)
    snapshots.append(doc(file_store, case_id))
    qtbot.keyClick(editor, Qt.Key.Key_PageDown, CTRL)
    ambition = editor.pages[AMBITION]
    pick(qtbot, ambition.chosen, Level.ABILITY_TO_ACT)
    snapshots.append(doc(file_store, case_id))
    assert len({repr(s) for s in snapshots}) == 6  # every edit changed the stored case

    stack = editor.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == [
        "Edit summary", "Set Research & innovation: source of strength", "Tick Technological excellence",
        "Set substitutability", "Choose level of ambition",
    ]
    assert window.act.undo.text().replace("&", "") == "Undo Choose level of ambition"

    for expected in reversed(snapshots[:-1]):
        assert window.act.undo.isEnabled()
        window.act.undo.trigger()
        assert doc(file_store, case_id) == expected
        if expected is snapshots[-2]:
            assert shown(ambition.chosen) is None  # the page on screen shows the undone value
    assert not window.act.undo.isEnabled()
    assert file_store.get(case_id).summary is None

    for expected in snapshots[1:]:
        assert window.act.redo.isEnabled()
        window.act.redo.trigger()
        assert doc(file_store, case_id) == expected
    assert not window.act.redo.isEnabled()

    window.act.undo.trigger()
    window.act.undo.trigger()
    window.act.undo.trigger()  # back to before the tick: the Strength page shows it when opened
    editor.go_to(STRENGTH)
    assert not strength.type_boxes[StrengthType.TECHNOLOGICAL_EXCELLENCE].isChecked()
    assert shown(strength.presence[Pillar.RESEARCH_INNOVATION]) is True


def test_typing_bursts_in_one_field_merge_into_one_undo_step(qtbot, window, file_store):
    """Typing bursts in one text field are saved separately but undone as one step; another field is its own step."""
    case_id, editor = open_new(window, file_store)
    page = editor.pages[BASICS]
    page.summary_field.setFocus()
    qtbot.keyClicks(page.summary_field, "Lithography")
    qtbot.waitUntil(lambda: file_store.get(case_id).summary == "Lithography", timeout=3000)  # the typing pause
    qtbot.keyClicks(page.summary_field, " tools")
    page.dependency_field.setFocus()  # focus-out saves the second burst
    assert file_store.get(case_id).summary == "Lithography tools"
    qtbot.keyClicks(page.dependency_field, "Only one supplier")
    editor.flush()
    assert file_store.get(case_id).china_dependency == "Only one supplier"
    stack = editor.undo_stack
    assert stack.count() == 2 and stack.undoText() == "Edit China's dependency"

    window.act.undo.trigger()
    case = file_store.get(case_id)
    assert case.china_dependency is None and case.summary == "Lithography tools"
    assert page.dependency_field.toPlainText() == ""
    window.act.undo.trigger()  # both bursts at once
    assert file_store.get(case_id).summary is None and page.summary_field.toPlainText() == ""
    assert not window.act.undo.isEnabled()
    window.act.redo.trigger()
    assert file_store.get(case_id).summary == "Lithography tools"
    assert page.summary_field.toPlainText() == "Lithography tools"


def test_undo_is_saved_and_audited_like_an_edit(qtbot, window, file_store):
    """An undo writes the store at once and adds a history row with old and new value swapped."""
    case_id, editor = open_new(window, file_store)
    editor.go_to(STRENGTH)
    pick(qtbot, editor.pages[STRENGTH].stance[Pillar.IP_PATENTS], Stance.MAINTAIN)
    field = "strength.pillars.ip_patents.stance"
    edit_row = [h for h in file_store.history(case_id) if h.field == field][-1]
    assert (edit_row.old_value, edit_row.new_value, edit_row.user) == (None, "maintain", "tester")
    before = len(file_store.history(case_id))
    window.act.undo.trigger()
    rows = file_store.history(case_id)[before:]
    assert {h.field for h in rows} == {field, "strength.pillars.ip_patents.present"}
    undo_row = next(h for h in rows if h.field == field)
    assert (undo_row.old_value, undo_row.new_value, undo_row.user) == ("maintain", None, "tester")


def test_undo_labels_are_human_and_closing_the_editor_drops_its_stack(qtbot, window, file_store, monkeypatch):
    """Undo texts read as sentences, and closing the editor removes its stack so Undo/Redo are off on the list."""
    case_id, editor = open_new(window, file_store, strength=STRENGTH_DONE, leverage=FACTORS)
    editor.go_to(LEVERAGE)
    page = editor.pages[LEVERAGE]
    click(qtbot, page.suggestion.accept_button)
    assert editor.undo_stack.undoText() == "Accept suggested degree of leverage"
    monkeypatch.setattr(page, "ask_reason", lambda *a: "Because")
    pick(qtbot, page.degree, LeverageDegree.LOW)
    assert editor.undo_stack.undoText() == "Set degree of leverage"
    click(qtbot, page.barrier_boxes[MarketEntryBarrier.ECONOMIES_OF_SCALE])
    assert editor.undo_stack.undoText() == "Tick economies of scale"
    assert window.undo_group.stacks() == [editor.undo_stack]

    stored = doc(file_store, case_id)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert window.editor is None
    assert window.undo_group.stacks() == [] and window.undo_group.activeStack() is None
    assert not window.act.undo.isEnabled() and not window.act.redo.isEnabled()
    window.act.undo.trigger()  # a stray trigger does nothing
    assert doc(file_store, case_id) == stored

    window.open_case(case_id)  # a reopened case starts with a fresh history
    assert window.editor.undo_stack.count() == 0 and not window.act.undo.isEnabled()


def _tick_type(qtbot, editor):
    editor.go_to(STRENGTH)
    click_check(qtbot, editor.pages[STRENGTH].type_boxes[StrengthType.SUSTAINABILITY])


def _tick_barrier(qtbot, editor):
    editor.go_to(LEVERAGE)
    click_check(qtbot, editor.pages[LEVERAGE].barrier_boxes[MarketEntryBarrier.ECONOMIES_OF_SCALE])


def _type_key_fact(qtbot, editor):
    qtbot.keyClicks(editor.pages[BASICS].facts_field, "One fact")
    editor.flush()


def _tick_catalogue_row(qtbot, editor):
    editor.go_to(INSTRUMENTS)
    model = editor.pages[INSTRUMENTS].catalogue_model
    model.setData(model.index(0, model.COL_TEXT), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


def _accept_leverage(qtbot, editor):
    editor.go_to(LEVERAGE)
    click(qtbot, editor.pages[LEVERAGE].suggestion.accept_button)


@pytest.mark.parametrize("edit, seed", [
    (_tick_type, {}),
    (_tick_barrier, {}),
    (_type_key_fact, {}),
    (_tick_catalogue_row, {}),
    (_accept_leverage, {"strength": {"pillars": STRENGTH_DONE["pillars"]}, "leverage": FACTORS}),
], ids=["strength-type", "barrier", "key-facts", "catalogue-instrument", "accept-suggestion-overrides"])
def test_first_edit_of_a_list_field_on_a_new_case_can_be_undone(qtbot, window, file_store, monkeypatch, edit, seed):
    """On a case made by 'New Case' (lists never set), undoing the first edit restores the empty state."""
    case_id, editor = open_new(window, file_store, **seed)
    errors = []
    monkeypatch.setattr(editor, "show_error", errors.append)
    before = doc(file_store, case_id)
    edit(qtbot, editor)
    assert doc(file_store, case_id) != before and editor.undo_stack.count() == 1
    window.act.undo.trigger()
    assert errors == []
    assert doc(file_store, case_id) == before


# -- store failures ------------------------------------------------------------------------------
def test_a_database_failure_keeps_every_edit_and_saves_them_in_order_when_it_works_again(
        qtbot, window, file_store, monkeypatch):
    """A write the database refuses (a disk I/O error, the team database's server away) loses
    nothing (issue 22): the widgets keep what was chosen and typed, the editor says the changes
    wait (and where their recovery file is), nothing is on the undo stack yet; once the database
    works again, all are saved in order, each undoable."""
    case_id, editor = open_new(window, file_store, strength=STRENGTH_DONE, leverage=FACTORS)
    errors = []
    monkeypatch.setattr(editor, "show_error", errors.append)
    stored = doc(file_store, case_id)

    def refuse(*args, **kwargs):
        raise StoreError("the change could not be saved: disk I/O error")

    monkeypatch.setattr(file_store, "set_fields", refuse)

    editor.go_to(STRENGTH)
    strength = editor.pages[STRENGTH]
    pick(qtbot, strength.presence[Pillar.IP_PATENTS], True)
    assert shown(strength.presence[Pillar.IP_PATENTS]) is True
    assert editor.unsaved_banner.isVisibleTo(editor) and "disk I/O error" in editor.unsaved_text.text()
    click_check(qtbot, strength.type_boxes[StrengthType.SUSTAINABILITY])
    assert strength.type_boxes[StrengthType.SUSTAINABILITY].isChecked()

    editor.go_to(BASICS)
    qtbot.keyClicks(editor.pages[BASICS].summary_field, "Kept words")
    editor.flush()
    assert editor.pages[BASICS].summary_field.toPlainText() == "Kept words"
    assert errors == [] and editor.undo_stack.count() == 0 and editor.saved_label.text() == "Not saved yet"
    assert doc(file_store, case_id) == stored  # nothing reached the database
    recovery = editor.controller.unsaved.recovery
    assert recovery.exists() and "Kept words" in recovery.read_text(encoding="utf-8")

    monkeypatch.undo()  # the database works again
    editor.controller.unsaved.retry()
    saved = file_store.get(case_id)
    assert saved.summary == "Kept words" and saved.strength.pillars[Pillar.IP_PATENTS].present
    assert StrengthType.SUSTAINABILITY in saved.strength.types
    assert not editor.unsaved_banner.isVisibleTo(editor) and not recovery.exists()
    assert editor.undo_stack.count() == 3 and editor.saved_label.text() == "All changes saved"


def test_a_failed_undo_leaves_the_undo_history_unchanged(qtbot, window, file_store, monkeypatch):
    """If the store refuses an undo, the user is told and Undo still offers the same step."""
    case_id, editor = open_new(window, file_store)
    errors = []
    monkeypatch.setattr(editor, "show_error", errors.append)
    editor.go_to(STRENGTH)
    pick(qtbot, editor.pages[STRENGTH].presence[Pillar.IP_PATENTS], True)
    monkeypatch.setattr(file_store, "set_fields", lambda *a, **k: (_ for _ in ()).throw(StoreError("disk full")))
    window.act.undo.trigger()
    assert errors == ["disk full"]
    assert file_store.get(case_id).strength.pillar(Pillar.IP_PATENTS).present is True
    qtbot.waitUntil(window.act.undo.isEnabled, timeout=2000)  # the stack steps back on the next turn
    assert window.act.undo.isEnabled() and editor.undo_stack.undoText() == "Set IP & patents: source of strength"
    assert not window.act.redo.isEnabled()
