"""The wizard at 1024×768 and by keyboard: focus is visible on every kind of control, the
Ambition page needs no horizontal scroll bar and does not reflow on "Use", its accept-all action
is the first Tab stop, and the step marks agree with Review's "Still to do"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from wizard_walk_helpers import AMBITION, LEVERAGE, LEVERAGE_DONE, STRENGTH, STRENGTH_DONE, open_new, step_text

from desktop.models.completeness import missing
from desktop.models.library import reference_cases
from desktop.models.review import review
from desktop.models.scales import Level, Pillar, Step
from desktop.views.window.app import load_style_sheet


@pytest.fixture
def styled(window):
    """The window with the app's style sheet, maximised as on a 1024×768 projector."""
    app = QApplication.instance()
    app.setStyleSheet(load_style_sheet())
    window.resize(1024, 768 - 30)  # the title bar and panel take the rest
    yield window
    app.setStyleSheet("")


def changed_inside(before, after, widget, page) -> bool:
    """Pixels differ within the widget's rectangle (grown by 3 px for a ring around it)."""
    rect = widget.rect().translated(widget.mapTo(page, widget.rect().topLeft())).adjusted(-3, -3, 3, 3)
    return before.copy(rect) != after.copy(rect)


def test_focus_is_visible_on_every_kind_of_control(qtbot, styled, file_store):
    _case_id, editor = open_new(styled, file_store)
    editor.go_to(AMBITION)
    page = editor.pages[AMBITION]
    editor.steps.setFocus()
    controls = [page.feasibility[Level.ABILITY_TO_ACT], page.chosen, page.balance, page.rationale,
                page.clear_balance, editor.next_button]
    page.clear_balance.setEnabled(True)
    for control in controls:
        if page.isAncestorOf(control):
            page.ensureWidgetVisible(control, 10, 10)
        editor.steps.setFocus()
        QApplication.processEvents()
        before = editor.grab().toImage()
        control.setFocus()
        QApplication.processEvents()
        after = editor.grab().toImage()
        assert changed_inside(before, after, control, editor), control
    editor.go_to(STRENGTH)
    box = next(iter(editor.pages[STRENGTH].type_boxes.values()))
    editor.pages[STRENGTH].ensureWidgetVisible(box)
    editor.steps.setFocus()
    QApplication.processEvents()
    before = editor.grab().toImage()
    box.setFocus()
    QApplication.processEvents()
    assert changed_inside(before, editor.grab().toImage(), box, editor)


def test_ambition_fits_1024_without_horizontal_scrolling_and_use_does_not_reflow(qtbot, styled, file_store):
    _case_id, editor = open_new(styled, file_store, strength=STRENGTH_DONE, leverage=LEVERAGE_DONE)
    editor.go_to(AMBITION)
    page = editor.pages[AMBITION]
    QApplication.processEvents()
    assert page.viewport().width() < 820  # the step list takes its share of 1024 pixels
    assert not page.horizontalScrollBar().isVisible()
    assert page.widget().width() <= page.viewport().width()
    level = Level.ABILITY_TO_DENY
    panel = page.suggestions[level]
    assert panel.accept_button.isVisible()
    geometry = {lv: page.feasibility[lv].geometry() for lv in Level}
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not panel.accept_button.isVisible()
    assert {lv: page.feasibility[lv].geometry() for lv in Level} == geometry
    assert not page.horizontalScrollBar().isVisible()


def test_use_all_four_suggestions_is_the_first_tab_stop(qtbot, styled, file_store):
    _case_id, editor = open_new(styled, file_store, strength=STRENGTH_DONE, leverage=LEVERAGE_DONE)
    editor.go_to(AMBITION)
    page = editor.pages[AMBITION]
    assert page.accept_all.isVisible()
    editor.steps.setFocus()
    qtbot.keyClick(editor.steps, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.accept_all
    top = page.accept_all.mapTo(page.widget(), page.accept_all.rect().topLeft()).y()
    qtbot.keyClick(page.accept_all, Qt.Key.Key_Space)
    assert all(level in file_store.get(_case_id).ambition.feasibility for level in Level)
    assert page.accept_all.mapTo(page.widget(), page.accept_all.rect().topLeft()).y() == top


def test_step_marks_follow_the_one_definition_of_what_a_step_still_needs(qtbot, window, file_store):
    """Ambition with every level rated but no level chosen: ✓, and nothing is missing."""
    _case_id, editor = open_new(window, file_store, strength=STRENGTH_DONE, leverage=LEVERAGE_DONE)
    editor.go_to(AMBITION)
    page = editor.pages[AMBITION]
    qtbot.mouseClick(page.accept_all, Qt.MouseButton.LeftButton)
    case = editor.controller.case
    assert case.ambition.chosen_level is None
    for row, step in ((STRENGTH, Step.STRENGTH), (LEVERAGE, Step.LEVERAGE), (AMBITION, Step.AMBITION)):
        assert missing(case, step) == [] and step_text(editor, row).startswith("✓")
    case_without = case.model_copy(update={"strength": case.strength.model_copy(update={"pillars": {}})})
    assert missing(case_without, Step.STRENGTH) == [
        f"{p.label}: not yet said whether it is a source of strength." for p in Pillar]
    assert not case_without.step_complete(Step.STRENGTH)


def test_review_still_to_do_is_exactly_what_keeps_a_step_mark_off(qtbot, window, file_store):
    _case_id, editor = open_new(window, file_store, strength=STRENGTH_DONE, leverage=LEVERAGE_DONE)
    editor.go_to(AMBITION)
    qtbot.mouseClick(editor.pages[AMBITION].accept_all, Qt.MouseButton.LeftButton)
    case = editor.controller.case
    for step in Step:
        gaps = [f.message for f in review(case) if f.kind == "gap" and f.step is step]
        assert gaps == missing(case, step), step


@pytest.mark.parametrize("case_id", [c.id for c in reference_cases()])
def test_no_wizard_page_scrolls_sideways_at_1024(qtbot, styled, file_store, case_id):
    """Every step of each reference case (long instrument texts, suggestions shown) fits the
    width of a 1024×768 projector: no horizontal scroll bar on any page."""
    styled.open_case(case_id)
    editor = styled.editor
    for index, page in enumerate(editor.pages):
        editor.go_to(index)
        QApplication.processEvents()
        assert not page.horizontalScrollBar().isVisible(), type(page).__name__
        assert page.widget().width() <= page.viewport().width(), type(page).__name__
