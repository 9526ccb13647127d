"""The assessment wizard walked as a user would, the Leverage and Ambition pages: real clicks and
keys on the real widgets of a MainWindow on a file store setting factors, accepting or overriding
suggestions with a reason, choosing a level and moving the balance slider, checking what the store
holds after every step (SPEC.md §2-3).

Only the modal questions (override reason, instrument editor) are patched on the page instance;
everything else goes through the buttons, check boxes, choice rows, slider and tables.
"""

from __future__ import annotations

from html import escape

import pytest
from PySide6.QtCore import Qt
from wizard_walk_helpers import (
    AMBITION,
    CTRL,
    LEVERAGE,
    LEVERAGE_DONE,
    STRENGTH_DONE,
    click,
    click_check,
    click_step,
    open_new,
    pick,
    shown,
    step_text,
)

from desktop.models.rules import suggest_all_feasibility, suggest_leverage
from desktop.models.scales import (
    DualUseRelevance,
    EffectiveUtilisation,
    Feasibility,
    ForeignAvailability,
    Level,
    LeverageDegree,
    MarketEntryBarrier,
    SpilloverDamage,
    Substitutability,
)

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


# -- Leverage ------------------------------------------------------------------------------------
def test_leverage_factors_barriers_and_live_suggestion(qtbot, window, file_store):
    """Every factor is set by click, 'no substantial barrier' unticks the others, and the suggestion panel follows the factors live."""
    case_id, editor = open_new(window, file_store, strength=STRENGTH_DONE)
    click_step(qtbot, editor, LEVERAGE)
    page = editor.pages[LEVERAGE]
    assert "No suggestion yet" in page.suggestion.headline.text()
    assert not page.suggestion.accept_button.isVisible()

    boxes = page.barrier_boxes
    click_check(qtbot, boxes[MarketEntryBarrier.TECHNOLOGICAL_BREAKTHROUGH])
    click_check(qtbot, boxes[MarketEntryBarrier.STANDARDS_CERTIFICATION])
    lev = lambda: file_store.get(case_id).leverage
    assert lev().market_entry_barriers == [MarketEntryBarrier.TECHNOLOGICAL_BREAKTHROUGH, MarketEntryBarrier.STANDARDS_CERTIFICATION]
    click_check(qtbot, boxes[MarketEntryBarrier.NONE])
    assert lev().market_entry_barriers == [MarketEntryBarrier.NONE]
    assert [b for b, box in boxes.items() if box.isChecked()] == [MarketEntryBarrier.NONE]
    click_check(qtbot, boxes[MarketEntryBarrier.ECONOMIES_OF_SCALE])  # a real barrier unticks "none"
    assert lev().market_entry_barriers == [MarketEntryBarrier.ECONOMIES_OF_SCALE]
    assert [b for b, box in boxes.items() if box.isChecked()] == [MarketEntryBarrier.ECONOMIES_OF_SCALE]

    factors = {
        "substitutability": Substitutability.VERY_HARD,
        "foreign_availability": ForeignAvailability.NONE,
        "effective_utilisation": EffectiveUtilisation.ENFORCEABLE,
        "ethical_constraints": False,
        "spillover_damage": SpilloverDamage.HIGH,
        "dual_use_relevance": DualUseRelevance.HIGH,
    }
    for name, value in factors.items():
        pick(qtbot, page.choices[name], value)
        assert getattr(lev(), name) == value, name
    assert lev().missing_factors() == []

    def panel_matches():
        suggestion = suggest_leverage(file_store.get(case_id))
        assert suggestion.value is not None
        assert escape(suggestion.value.label) in page.suggestion.headline.text()
        for reason in suggestion.reasons:
            assert escape(reason) in page.suggestion.reasons.text()
        return suggestion.value

    before = panel_matches()
    assert "not rated yet" in page.suggestion.headline.text() and page.suggestion.accept_button.isVisible()
    pick(qtbot, page.choices["substitutability"], Substitutability.EASY)
    after = panel_matches()
    assert after.rank < before.rank  # easier substitution lowers the suggestion, shown at once
    assert lev().degree is None  # a suggestion is never stored by itself


def test_leverage_accept_override_with_reason_cancel_and_accept_again(qtbot, window, file_store, monkeypatch):
    """Accept stores the suggestion, an override keeps its reason, a cancel stores nothing, and accepting again drops the override."""
    factors = {k: v for k, v in LEVERAGE_DONE.items() if k not in ("degree", "rationale")}
    case_id, editor = open_new(window, file_store, strength=STRENGTH_DONE, leverage=factors)
    editor.go_to(LEVERAGE)
    page = editor.pages[LEVERAGE]
    suggested = suggest_leverage(file_store.get(case_id)).value
    assert suggested is LeverageDegree.HIGH

    click(qtbot, page.suggestion.accept_button)
    case = file_store.get(case_id)
    assert case.leverage.degree is suggested and case.overrides == []
    assert shown(page.degree) is suggested
    assert "your rating agrees" in page.suggestion.headline.text()
    assert not page.suggestion.accept_button.isVisible()

    asked = []
    monkeypatch.setattr(page, "ask_reason", lambda *args: asked.append(args) or "Experts weighed retaliation")
    pick(qtbot, page.degree, LeverageDegree.MEDIUM)
    assert asked == [("Degree of leverage", "High", "Medium")]
    case = file_store.get(case_id)
    assert case.leverage.degree is LeverageDegree.MEDIUM
    assert [o.model_dump() for o in case.overrides] == [
        {"field": "leverage.degree", "suggested": "high", "value": "medium", "reason": "Experts weighed retaliation"}
    ]
    assert "Your rating differs" in page.suggestion.reasons.text()
    assert "Experts weighed retaliation" in page.suggestion.reasons.text()
    assert page.suggestion.accept_button.isVisible()

    monkeypatch.setattr(page, "ask_reason", lambda *args: None)  # the user cancels the dialog
    document = file_store.get(case_id).model_dump()
    pick(qtbot, page.degree, LeverageDegree.LOW)
    assert file_store.get(case_id).model_dump() == document
    assert shown(page.degree) is LeverageDegree.MEDIUM  # the row shows the stored value again

    click(qtbot, page.suggestion.accept_button)
    case = file_store.get(case_id)
    assert case.leverage.degree is LeverageDegree.HIGH and case.overrides == []
    assert "Your rating differs" not in page.suggestion.reasons.text()


def test_leverage_choosing_the_suggested_degree_needs_no_reason(qtbot, window, file_store, monkeypatch):
    """Clicking the suggested value itself is an acceptance: no question, no override."""
    factors = {k: v for k, v in LEVERAGE_DONE.items() if k not in ("degree", "rationale")}
    case_id, editor = open_new(window, file_store, strength=STRENGTH_DONE, leverage=factors)
    editor.go_to(LEVERAGE)
    page = editor.pages[LEVERAGE]
    monkeypatch.setattr(page, "ask_reason", lambda *args: pytest.fail("must not ask"))
    pick(qtbot, page.degree, LeverageDegree.HIGH)
    case = file_store.get(case_id)
    assert case.leverage.degree is LeverageDegree.HIGH and case.overrides == []


# -- Ambition ------------------------------------------------------------------------------------
def test_ambition_accept_all_override_choose_level_balance_by_keyboard_and_clear(qtbot, window, file_store, monkeypatch):
    """Use-all, an override with reason, the chosen level and the keyboard-moved balance are stored; Clear resets the balance."""
    case_id, editor = open_new(window, file_store, strength=STRENGTH_DONE, leverage=LEVERAGE_DONE)
    click_step(qtbot, editor, AMBITION)
    page = editor.pages[AMBITION]
    assert page.accept_all.isVisible()
    suggestions = suggest_all_feasibility(file_store.get(case_id))
    click(qtbot, page.accept_all)
    case = file_store.get(case_id)
    assert case.ambition.feasibility == {lv: s.value for lv, s in suggestions.items()}
    assert not page.accept_all.isVisible()
    assert step_text(editor, AMBITION) == "✓  3 · Ambition"
    for level in Level:
        assert shown(page.feasibility[level]) is suggestions[level].value

    monkeypatch.setattr(page, "ask_reason", lambda *args: "Retaliation risk is too high")
    different = Feasibility.NOT_FEASIBLE if suggestions[Level.CURTAILMENT].value is not Feasibility.NOT_FEASIBLE else Feasibility.LOW
    pick(qtbot, page.feasibility[Level.CURTAILMENT], different)
    case = file_store.get(case_id)
    assert case.ambition.feasibility[Level.CURTAILMENT] is different
    assert [(o.field, o.suggested, o.value, o.reason) for o in case.overrides] == [
        ("ambition.feasibility.curtailment", suggestions[Level.CURTAILMENT].value.value, different.value,
         "Retaliation risk is too high")
    ]
    assert "Retaliation risk is too high" in page.suggestions[Level.CURTAILMENT].reasons.text()
    assert page.accept_all.isVisible()

    pick(qtbot, page.chosen, Level.ABILITY_TO_DENY)
    assert file_store.get(case_id).ambition.chosen_level is Level.ABILITY_TO_DENY

    assert file_store.get(case_id).ambition.entanglement_autonomy is None
    assert page.balance.value() == 50 and "Not set yet" in page.balance_value.text()
    assert not page.clear_balance.isEnabled()
    page.balance.setFocus()
    qtbot.keyClick(page.balance, Qt.Key.Key_Right)  # single step 5
    qtbot.keyClick(page.balance, Qt.Key.Key_PageUp)  # page step 10
    assert page.balance.value() == 65
    assert page.balance_value.text() == "35% entanglement · 65% autonomy"
    assert file_store.get(case_id).ambition.entanglement_autonomy is None  # still in the pause
    qtbot.waitUntil(lambda: file_store.get(case_id).ambition.entanglement_autonomy == 65, timeout=2000)
    assert page.clear_balance.isEnabled()

    click(qtbot, page.clear_balance)
    assert file_store.get(case_id).ambition.entanglement_autonomy is None
    assert page.balance.value() == 50 and "Not set yet" in page.balance_value.text()

    click(qtbot, page.accept_all)  # accepting all drops the feasibility override again
    case = file_store.get(case_id)
    assert case.overrides == [] and case.ambition.feasibility[Level.CURTAILMENT] is suggestions[Level.CURTAILMENT].value


def test_ambition_balance_moved_then_page_left_is_saved_without_waiting(qtbot, window, file_store):
    """Moving the slider and leaving the page at once still stores the balance (flush)."""
    case_id, editor = open_new(window, file_store)
    editor.go_to(AMBITION)
    page = editor.pages[AMBITION]
    page.balance.setFocus()
    qtbot.keyClick(page.balance, Qt.Key.Key_Home)
    qtbot.keyClick(editor, Qt.Key.Key_PageDown, CTRL)
    assert file_store.get(case_id).ambition.entanglement_autonomy == 0
