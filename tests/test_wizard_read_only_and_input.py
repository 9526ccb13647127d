"""Read-only reference cases, keyboard-only use and untrusted text in the assessment wizard,
driven through the MainWindow's real widgets, actions and shortcuts: a reference case stores
nothing from any click, key or tick, the whole wizard works from the keyboard, and markup in user
text is always shown literally."""

from __future__ import annotations

from html import escape

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from wizard_undo_helpers import (
    AMBITION,
    BASICS,
    CTRL,
    FACTORS,
    INSTRUMENTS,
    LEFT,
    LEVERAGE,
    REVIEW,
    STRENGTH,
    STRENGTH_DONE,
    click,
    click_check,
    doc,
    indicator,
    open_new,
    pick,
    shown,
)

from desktop.models.scales import (
    Feasibility,
    Level,
    LeverageDegree,
    Pillar,
    Stance,
    StrengthType,
)
from desktop.views.wizard.widgets import ChoiceRow

LITHO = "dpc2024-lithography"

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


def click_through_window(qtbot, window, widget, pos=None):
    """A click the platform delivers: Qt finds the widget under the pointer (so widgets that are
    transparent for mouse events do not get it), as for a real user."""
    pos = pos if pos is not None else widget.rect().center()
    qtbot.mouseClick(window.windowHandle(), LEFT, pos=widget.mapTo(window, pos))


# -- reference cases are read-only ---------------------------------------------------------------
def test_reference_case_is_read_only_and_duplicate_opens_an_editable_copy(qtbot, window, file_store):
    """A reference case stores nothing from any click, key or tick, hides accept buttons, and 'Duplicate to Edit' opens a copy."""
    editor = window.open_case(LITHO)
    assert editor.controller.read_only
    assert editor.banner.isVisible() and editor.saved_label.text() == "Read-only"
    stored, history = doc(file_store, LITHO), len(file_store.history(LITHO))

    basics = editor.pages[BASICS]
    qtbot.keyClicks(basics.title_field, "Hacked")
    qtbot.keyClicks(basics.summary_field, "Hacked")
    editor.flush()

    editor.go_to(STRENGTH)
    strength = editor.pages[STRENGTH]
    for rows in (strength.presence, strength.stance, strength.likelihood):
        for row in rows.values():
            before = shown(row)
            for button in row.buttons:
                click(qtbot, button)
                assert shown(row) == before
    row = strength.likelihood[Pillar.IP_PATENTS]
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_Left)
    qtbot.keyClick(row, Qt.Key.Key_Delete)
    assert shown(row) is not None
    for box in strength.type_boxes.values():
        ticked = box.isChecked()
        click_through_window(qtbot, window, box, indicator(box))
        assert box.isChecked() == ticked
        assert box.focusPolicy() == Qt.FocusPolicy.NoFocus

    editor.go_to(LEVERAGE)
    leverage = editor.pages[LEVERAGE]
    for box in leverage.barrier_boxes.values():
        ticked = box.isChecked()
        click_through_window(qtbot, window, box, indicator(box))
        assert box.isChecked() == ticked
    for button in leverage.degree.buttons:
        click(qtbot, button)
    assert shown(leverage.degree) is LeverageDegree.HIGH
    assert not leverage.suggestion.accept_button.isVisible()

    editor.go_to(AMBITION)
    ambition = editor.pages[AMBITION]
    assert not ambition.accept_all.isVisible()
    assert not any(panel.accept_button.isVisible() for panel in ambition.suggestions.values())
    pick(qtbot, ambition.feasibility[Level.CURTAILMENT], Feasibility.HIGH)
    pick(qtbot, ambition.chosen, Level.CURTAILMENT)
    assert shown(ambition.feasibility[Level.CURTAILMENT]) is Feasibility.MEDIUM and shown(ambition.chosen) is None
    assert not ambition.balance.isEnabled() and not ambition.clear_balance.isEnabled()

    editor.go_to(INSTRUMENTS)
    instruments = editor.pages[INSTRUMENTS]
    model = instruments.catalogue_model
    assert instruments.chosen_model.rowCount() == 9
    index = model.index(0, model.COL_TEXT)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    instruments.chosen_table.selectRow(1)
    for button in (instruments.add_suggested_button, instruments.add_own_button, instruments.up_button,
                   instruments.down_button, instruments.edit_button, instruments.remove_button):
        assert not button.isEnabled()
    instruments.chosen_table.setFocus()
    qtbot.keyClick(instruments.chosen_table, Qt.Key.Key_Delete)
    qtbot.keyClick(instruments.chosen_table, Qt.Key.Key_Up, CTRL)

    editor.go_to(REVIEW)
    assert doc(file_store, LITHO) == stored and len(file_store.history(LITHO)) == history
    assert editor.undo_stack.count() == 0 and not window.act.undo.isEnabled()

    assert editor.duplicate_button.isVisible()
    click(qtbot, editor.duplicate_button)
    copy = window.editor
    assert copy is not editor and copy.controller.case_id != LITHO
    assert not copy.controller.read_only and not copy.banner.isVisible()
    assert copy.title_label.text().endswith("(copy)")
    assert file_store.get(copy.controller.case_id).leverage.degree is LeverageDegree.HIGH
    assert window.browser.model.row_of(copy.controller.case_id) is not None
    copy.go_to(STRENGTH)
    pick(qtbot, copy.pages[STRENGTH].presence[Pillar.IP_PATENTS], False)
    assert file_store.get(copy.controller.case_id).strength.pillar(Pillar.IP_PATENTS).present is False
    assert doc(file_store, LITHO) == stored


def test_read_only_check_box_never_shows_a_value_the_store_does_not_have(qtbot, window, file_store):
    """Even a click delivered straight to a read-only check box leaves it showing the stored state."""
    editor = window.open_case(LITHO)
    editor.go_to(STRENGTH)
    box = editor.pages[STRENGTH].type_boxes[StrengthType.SUSTAINABILITY]
    assert not box.isChecked()
    click_check(qtbot, box)
    assert StrengthType.SUSTAINABILITY not in file_store.get(LITHO).strength.types
    assert not box.isChecked()


# -- keyboard only -------------------------------------------------------------------------------
def row_of(widget):
    """The ChoiceRow whose value has focus (a rating row hands focus to its values), else the widget."""
    parent = widget.parentWidget() if widget is not None else None
    return parent if isinstance(parent, ChoiceRow) else widget


def test_keyboard_only_open_edit_undo_redo_and_back_to_the_list(qtbot, window, file_store):
    """Keyboard only: Return opens, Tab reaches every ChoiceRow, arrows rate, Ctrl+Z/Ctrl+Y undo and redo, Esc returns."""
    case = file_store.create("Keyboard case")
    window.reload(select=case.id)
    window.browser.table.setFocus()
    qtbot.keyClick(window.browser.table, Qt.Key.Key_Return)
    editor = window.editor
    assert editor is not None and editor.controller.case_id == case.id

    editor.steps.setFocus()
    qtbot.keyClick(editor.steps, Qt.Key.Key_Down)  # the step list moves between pages by arrow keys
    assert editor.stack.currentIndex() == STRENGTH
    strength = editor.pages[STRENGTH]
    expected = [rows[p] for p in Pillar for rows in (strength.presence, strength.stance, strength.likelihood)]
    reached = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = row_of(QApplication.focusWidget())
        if isinstance(widget, ChoiceRow) and widget not in reached:
            reached.append(widget)
        if widget is strength.rationale:
            break
    assert reached == expected
    assert QApplication.focusWidget() is strength.rationale  # past the type check boxes

    presence = strength.presence[Pillar.RESEARCH_INNOVATION]
    presence.setFocus()
    qtbot.keyClick(presence, Qt.Key.Key_Right)  # Yes
    qtbot.keyClick(presence, Qt.Key.Key_Tab)
    stance = row_of(QApplication.focusWidget())
    assert stance is strength.stance[Pillar.RESEARCH_INNOVATION]
    qtbot.keyClick(stance, Qt.Key.Key_End)
    p = lambda: file_store.get(case.id).strength.pillar(Pillar.RESEARCH_INNOVATION)
    assert (p().present, p().stance) == (True, Stance.REGAIN_DEVELOP)

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert (p().present, p().stance) == (True, None) and shown(stance) is None
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert p().present is None and shown(presence) is None
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)
    assert p().present is True
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert p().stance is Stance.REGAIN_DEVELOP and shown(stance) is Stance.REGAIN_DEVELOP

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.editor is None
    assert QApplication.focusWidget() is window.browser.table
    assert window.browser.current_id() == case.id


# -- untrusted text ------------------------------------------------------------------------------
def test_user_text_with_markup_is_always_shown_literally(qtbot, window, file_store, monkeypatch):
    """Markup in title, rationale, key fact and override reason shows literally in header, fields, review and suggestion panel."""
    title = '<b>x</b> & <script>alert(1)</script>'
    rationale = '<i>why</i> <a href="https://evil.example/">click</a>'
    fact = '<img src="x.png"> 5 &lt; 6'
    reason = "<b>bold</b> & <u>under</u>"
    case_id, editor = open_new(window, file_store, title, key_facts=[fact], strength={**STRENGTH_DONE, "rationale": rationale},
                               leverage=FACTORS)
    assert editor.title_label.text() == title and editor.title_label.textFormat() == Qt.TextFormat.PlainText
    assert window.windowTitle().startswith(title)
    assert editor.pages[BASICS].title_field.text() == title
    assert editor.pages[BASICS].facts_field.toPlainText() == fact

    editor.go_to(LEVERAGE)
    page = editor.pages[LEVERAGE]
    monkeypatch.setattr(page, "ask_reason", lambda *a: reason)
    pick(qtbot, page.degree, LeverageDegree.LOW)
    assert file_store.get(case_id).overrides[0].reason == reason
    panel_html = page.suggestion.reasons.text()
    assert escape(reason) in panel_html and reason not in panel_html
    rendered = QTextDocument()
    rendered.setHtml(panel_html)
    assert reason in rendered.toPlainText()
    rendered.setHtml(page.suggestion.headline.text())
    assert "<" not in rendered.toPlainText()

    editor.go_to(STRENGTH)
    assert editor.pages[STRENGTH].rationale.toPlainText() == rationale

    editor.go_to(REVIEW)
    view = editor.review_page.view
    text = view.toPlainText()
    for literal in (title, fact, reason):
        assert literal in text, literal
    assert "<script>" not in view.toHtml() and 'src="x.png"' not in view.toHtml()
