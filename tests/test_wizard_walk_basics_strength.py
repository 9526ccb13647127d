"""The assessment wizard walked as a user would, navigation and the first two pages: real clicks
and keys on the real widgets of a MainWindow on a file store moving between the pages, filling in
Basics and rating Strength, checking what the store holds after every step (SPEC.md §2-3).

Only the modal questions (override reason, instrument editor) are patched on the page instance;
everything else goes through the buttons, check boxes, choice rows, slider and tables.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from wizard_walk_helpers import (
    BASICS,
    CTRL,
    INSTRUMENTS,
    LEVERAGE,
    REVIEW,
    STRENGTH,
    click,
    click_check,
    click_step,
    open_new,
    pick,
    shown,
    step_text,
)

from desktop.models.scales import Likelihood, Pillar, Stance, StrengthType
from desktop.views.wizard.widgets import COMMIT_DELAY_MS

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


# -- navigation ----------------------------------------------------------------------------------
def test_pages_in_order_and_navigation_by_next_back_keys_and_step_list(qtbot, window, file_store):
    """Next/Back, Ctrl+PgDown/PgUp and a click in the step list move between the six pages."""
    _, editor = open_new(window, file_store)
    names = [type(p).__name__ for p in editor.pages]
    assert names == ["BasicsPage", "StrengthPage", "LeveragePage", "AmbitionPage", "InstrumentsPage", "ReviewPage"]
    assert editor.stack.currentIndex() == BASICS and not editor.back_button.isEnabled()
    click(qtbot, editor.next_button)
    assert editor.stack.currentIndex() == STRENGTH and editor.steps.currentRow() == STRENGTH
    qtbot.keyClick(editor, Qt.Key.Key_PageDown, CTRL)
    assert editor.stack.currentIndex() == LEVERAGE
    qtbot.keyClick(editor, Qt.Key.Key_PageUp, CTRL)
    assert editor.stack.currentIndex() == STRENGTH
    click(qtbot, editor.back_button)
    assert editor.stack.currentIndex() == BASICS
    qtbot.keyClick(editor, Qt.Key.Key_PageUp, CTRL)  # nothing before the first page
    assert editor.stack.currentIndex() == BASICS
    click_step(qtbot, editor, INSTRUMENTS)
    assert editor.stack.currentIndex() == INSTRUMENTS
    assert editor.next_button.text().replace("&", "") == "Review"
    click(qtbot, editor.next_button)
    assert editor.stack.currentIndex() == REVIEW and not editor.next_button.isEnabled()
    qtbot.keyClick(editor, Qt.Key.Key_PageDown, CTRL)  # nothing after the last page
    assert editor.stack.currentIndex() == REVIEW
    assert editor.position_label.text().startswith("Page 6 of 6")


# -- Basics --------------------------------------------------------------------------------------
def test_basics_typing_is_saved_after_the_pause_on_return_and_when_leaving_the_page(qtbot, window, file_store):
    """Typed text is stored after the debounce, on Return (title) or when the page is left."""
    case_id, editor = open_new(window, file_store, "Draft")
    page = editor.pages[BASICS]
    page.area_field.setFocus()
    qtbot.keyClicks(page.area_field, "Semiconductors")
    assert file_store.get(case_id).technology_area is None  # still inside the typing pause
    qtbot.waitUntil(lambda: file_store.get(case_id).technology_area == "Semiconductors",
                    timeout=COMMIT_DELAY_MS * 4)

    page.title_field.selectAll()
    qtbot.keyClicks(page.title_field, "Lithography tools")
    qtbot.keyClick(page.title_field, Qt.Key.Key_Return)  # Return saves at once
    assert file_store.get(case_id).title == "Lithography tools"
    assert editor.title_label.text() == "Lithography tools"

    qtbot.keyClicks(page.summary_field, "EUV scanners  ")
    qtbot.keyClicks(page.dependency_field, "Only ASML sells EUV.")
    for line in ("ASML: 100% of EUV", "", "  Nikon, Canon: DUV only  ", "   "):
        qtbot.keyClicks(page.facts_field, line)
        qtbot.keyClick(page.facts_field, Qt.Key.Key_Return)
    qtbot.keyClicks(page.author_field, "A. Officer")
    qtbot.keyClicks(page.organisation_field, "Ministry <Unit 3>")
    click(qtbot, editor.next_button)  # leaving the page saves what is pending
    case = file_store.get(case_id)
    assert case.summary == "EUV scanners"  # stripped
    assert case.china_dependency == "Only ASML sells EUV."
    assert case.key_facts == ["ASML: 100% of EUV", "Nikon, Canon: DUV only"]  # one per line, blanks dropped
    assert case.author == "A. Officer" and case.organisation == "Ministry <Unit 3>"
    assert step_text(editor, BASICS) == "✓  Basics"


def test_basics_blank_title_is_refused_and_cleared_text_is_stored_as_none(qtbot, window, file_store):
    """Clearing the title restores the stored title; clearing the area stores None."""
    case_id, editor = open_new(window, file_store, "Keep me", technology_area="Area")
    page = editor.pages[BASICS]
    page.title_field.selectAll()
    qtbot.keyClick(page.title_field, Qt.Key.Key_Delete)
    qtbot.keyClick(page.title_field, Qt.Key.Key_Return)
    assert page.title_field.text() == "Keep me" and file_store.get(case_id).title == "Keep me"
    page.area_field.selectAll()
    qtbot.keyClick(page.area_field, Qt.Key.Key_Backspace)
    editor.flush()
    assert file_store.get(case_id).technology_area is None
    assert step_text(editor, BASICS) == "○  Basics"


def test_window_title_follows_a_rename_in_basics(qtbot, window, file_store):
    """Renaming the case in Basics updates the window title as well as the editor header."""
    _case_id, editor = open_new(window, file_store, "Old name")
    assert window.windowTitle().startswith("Old name")
    field = editor.pages[BASICS].title_field
    field.selectAll()
    qtbot.keyClicks(field, "New name")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert editor.title_label.text() == "New name"
    assert window.windowTitle().startswith("New name")


# -- Strength ------------------------------------------------------------------------------------
def test_strength_pillars_by_click_presence_no_clears_and_types_by_click(qtbot, window, file_store):
    """Yes/No, stance and likelihood clicks are stored; 'No' clears stance and likelihood."""
    case_id, editor = open_new(window, file_store)
    click(qtbot, editor.next_button)
    page = editor.pages[STRENGTH]
    assert step_text(editor, STRENGTH) == "○  1 · Strength"
    pillar = lambda p: file_store.get(case_id).strength.pillar(p)

    pick(qtbot, page.presence[Pillar.RESEARCH_INNOVATION], True)
    assert pillar(Pillar.RESEARCH_INNOVATION).present is True
    pick(qtbot, page.stance[Pillar.RESEARCH_INNOVATION], Stance.MAINTAIN)
    pick(qtbot, page.likelihood[Pillar.RESEARCH_INNOVATION], Likelihood.HIGH)
    p = pillar(Pillar.RESEARCH_INNOVATION)
    assert (p.present, p.stance, p.likelihood) == (True, Stance.MAINTAIN, Likelihood.HIGH)

    # rating a pillar says it is a source of strength
    pick(qtbot, page.stance[Pillar.PRODUCTION_COMMERCIALISATION], Stance.REGAIN_DEVELOP)
    assert pillar(Pillar.PRODUCTION_COMMERCIALISATION).present is True
    assert shown(page.presence[Pillar.PRODUCTION_COMMERCIALISATION]) is True
    pick(qtbot, page.likelihood[Pillar.PRODUCTION_COMMERCIALISATION], Likelihood.LOW)
    pick(qtbot, page.presence[Pillar.PRODUCTION_COMMERCIALISATION], False)
    p = pillar(Pillar.PRODUCTION_COMMERCIALISATION)
    assert (p.present, p.stance, p.likelihood) == (False, None, None)
    assert shown(page.stance[Pillar.PRODUCTION_COMMERCIALISATION]) is None
    assert not page.stance[Pillar.PRODUCTION_COMMERCIALISATION].isEnabled()
    assert not page.likelihood[Pillar.PRODUCTION_COMMERCIALISATION].isEnabled()

    pick(qtbot, page.presence[Pillar.IP_PATENTS], False)
    assert step_text(editor, STRENGTH) == "○  1 · Strength"  # a type is still missing
    click_check(qtbot, page.type_boxes[StrengthType.SUSTAINABILITY])
    click_check(qtbot, page.type_boxes[StrengthType.TECHNOLOGICAL_EXCELLENCE])
    assert file_store.get(case_id).strength.types == [StrengthType.TECHNOLOGICAL_EXCELLENCE, StrengthType.SUSTAINABILITY]
    assert step_text(editor, STRENGTH) == "✓  1 · Strength"
    click_check(qtbot, page.type_boxes[StrengthType.SUSTAINABILITY])
    assert file_store.get(case_id).strength.types == [StrengthType.TECHNOLOGICAL_EXCELLENCE]

    # clicking the checked choice again clears it
    pick(qtbot, page.likelihood[Pillar.RESEARCH_INNOVATION], Likelihood.HIGH)
    assert pillar(Pillar.RESEARCH_INNOVATION).likelihood is None
    assert step_text(editor, STRENGTH) == "○  1 · Strength"


def test_strength_likelihood_by_keyboard(qtbot, window, file_store):
    """A focused ChoiceRow: Right/Left step, Home/End jump, Delete clears; each key is stored."""
    case_id, editor = open_new(window, file_store)
    editor.go_to(STRENGTH)
    row = editor.pages[STRENGTH].likelihood[Pillar.IP_PATENTS]
    row.setFocus()
    assert row.hasFocus() and QApplication.focusWidget() in row.buttons  # the row hands focus to a value
    stored = lambda: file_store.get(case_id).strength.pillar(Pillar.IP_PATENTS)
    expected_after = [
        (Qt.Key.Key_Right, "low"),  # nothing chosen yet: the first value
        (Qt.Key.Key_Right, "medium"),
        (Qt.Key.Key_End, "high"),
        (Qt.Key.Key_Right, "high"),  # stays at the end
        (Qt.Key.Key_Left, "medium"),
        (Qt.Key.Key_Home, "low"),
        (Qt.Key.Key_Down, "medium"),
        (Qt.Key.Key_Up, "low"),
        (Qt.Key.Key_Delete, None),
    ]
    for key, token in expected_after:
        qtbot.keyClick(QApplication.focusWidget(), key)  # keys go to the focused value
        assert row.hasFocus()
        value = stored().likelihood
        assert (value.value if value else None) == token, key
        assert shown(row) == (Likelihood(token) if token else None)
    assert stored().present is True  # rating a likelihood made the pillar a source of strength


def test_number_keys_pick_a_rating_directly(qtbot, window, file_store):
    """On a focused rating, 3 picks its third value (here: high likelihood) in one key press."""
    case = file_store.create("Digits")
    window.open_case(case.id)
    editor = window.editor
    editor.go_to(1)
    row = editor.pages[1].likelihood[Pillar.RESEARCH_INNOVATION]
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_3)
    assert file_store.get(case.id).strength.pillar(Pillar.RESEARCH_INNOVATION).likelihood.value == "high"
