"""The assessment wizard walked as a user would: real clicks and keys on the real widgets of a
MainWindow on a file store, checking what the store holds after every step (SPEC.md §2-3).

Only the modal questions (override reason, instrument editor) are patched on the page instance;
everything else goes through the buttons, check boxes, choice rows, slider and tables.
"""

from __future__ import annotations

from html import escape

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyleOptionButton,
    QStyleOptionViewItem,
)

from desktop.models.case import Instrument
from desktop.models.catalogue import catalogue
from desktop.models.rules import (
    suggest_all_feasibility,
    suggest_instruments_for,
    suggest_leverage,
)
from desktop.models.scales import (
    PPP,
    DualUseRelevance,
    EffectiveUtilisation,
    Feasibility,
    Focus,
    ForeignAvailability,
    Level,
    LeverageDegree,
    Likelihood,
    MarketEntryBarrier,
    Pillar,
    SpilloverDamage,
    Stance,
    StrengthType,
    Substitutability,
)
from desktop.views.case_table_model import COL_STATUS
from desktop.views.wizard.widgets import COMMIT_DELAY_MS

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
BASICS, STRENGTH, LEVERAGE, AMBITION, INSTRUMENTS, REVIEW = range(6)

STRENGTH_DONE = {
    "pillars": {
        "research_innovation": {"present": True, "stance": "maintain", "likelihood": "high"},
        "ip_patents": {"present": False},
        "production_commercialisation": {"present": True, "stance": "regain_develop", "likelihood": "medium"},
    },
    "types": ["technological_excellence", "regulatory_political_normative"],
    "rationale": "Market studies 2023.",
}
LEVERAGE_DONE = {
    "market_entry_barriers": ["technological_breakthrough"],
    "substitutability": "very_hard",
    "foreign_availability": "limited",
    "effective_utilisation": "enforceable",
    "ethical_constraints": False,
    "spillover_damage": "medium",
    "dual_use_relevance": "some",
    "degree": "high",
    "rationale": "Few suppliers.",
}
LEVERAGE_LOW = {
    "market_entry_barriers": ["none"],
    "substitutability": "easy",
    "foreign_availability": "broad",
    "effective_utilisation": "hard_to_enforce",
    "ethical_constraints": False,
    "spillover_damage": "low",
    "dual_use_relevance": "some",
    "degree": "low",
}


# -- fixtures and helpers ------------------------------------------------------------------------
pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


def open_new(window, store, title="Quantum sensing", **fields):
    case = store.create(title, **fields)
    window.open_case(case.id)
    return case.id, window.editor


def click(qtbot, widget):
    qtbot.mouseClick(widget, LEFT)


def pick(qtbot, row, member):
    """Click the button of one value in a ChoiceRow."""
    click(qtbot, row.buttons[row.members.index(member)])


def click_check(qtbot, box):
    """Click a QCheckBox on its indicator (its centre may be empty space in a wide layout)."""
    opt = QStyleOptionButton()
    box.initStyleOption(opt)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, opt, box)
    qtbot.mouseClick(box, LEFT, pos=rect.center())


def click_step(qtbot, editor, row):
    rect = editor.steps.visualItemRect(editor.steps.item(row))
    qtbot.mouseClick(editor.steps.viewport(), LEFT, pos=rect.center())


def step_text(editor, row) -> str:
    return editor.steps.item(row).text()


def shown(row):
    """The value a ChoiceRow shows: the member whose button is checked (None if none)."""
    checked = [m for m, b in zip(row.members, row.buttons) if b.isChecked()]
    assert len(checked) <= 1
    return checked[0] if checked else None


def catalogue_rows(page):
    model = page.catalogue_model
    return [model.row_entry(r) for r in range(model.rowCount())]


def catalogue_check_rect(table, index):
    """Where a view's delegate draws the check box of ``index`` (viewport coordinates)."""
    opt = QStyleOptionViewItem()
    table.initViewItemOption(opt)
    table.itemDelegateForIndex(index).initStyleOption(opt, index)
    opt.rect = table.visualRect(index)
    widget_style = table.style()
    return widget_style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, table)


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
    assert QApplication.focusWidget() is row
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
        qtbot.keyClick(row, key)
        value = stored().likelihood
        assert (value.value if value else None) == token, key
        assert shown(row) == (Likelihood(token) if token else None)
    assert stored().present is True  # rating a likelihood made the pillar a source of strength


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


# -- Instruments ---------------------------------------------------------------------------------
def instruments_case(window, store, chosen="ability_to_deny"):
    ambition = {"feasibility": {"threat_prevention": "medium", "ability_to_deny": "high",
                                "ability_to_act": "medium", "curtailment": "not_feasible"},
                "chosen_level": chosen}
    case_id, editor = open_new(window, store, "Chips", technology_area="Semiconductors", strength=STRENGTH_DONE,
                               leverage=LEVERAGE_DONE, ambition=ambition)
    editor.go_to(INSTRUMENTS)
    return case_id, editor, editor.pages[INSTRUMENTS]


def test_instruments_tick_and_untick_catalogue_rows(qtbot, window, file_store):
    """Ticking a catalogue row (setData, a click on its box, or Space) adds its instrument; unticking removes it."""
    case_id, _editor, page = instruments_case(window, file_store)
    model, table = page.catalogue_model, page.catalogue_table
    assert model.rowCount() > 3
    level, entry = model.row_entry(0)
    index = model.index(0, model.COL_TEXT)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert file_store.get(case_id).instruments == [Instrument(level=level, text=entry.text, ppp=entry.ppp, focus=entry.focus)]
    assert model.index(0, model.COL_TEXT).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert page.chosen_model.rowCount() == 1
    model.setData(model.index(0, model.COL_TEXT), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert file_store.get(case_id).instruments == []

    # a mouse click on the check box of row 2
    level2, entry2 = model.row_entry(2)
    index2 = model.index(2, model.COL_TEXT)
    table.scrollTo(index2)
    qtbot.mouseClick(table.viewport(), LEFT, pos=catalogue_check_rect(table, index2).center())
    assert [(i.level, i.text) for i in file_store.get(case_id).instruments] == [(level2, entry2.text)]
    # Space on the current row (keyboard) ticks it too
    level1, entry1 = model.row_entry(1)
    table.setFocus()
    table.setCurrentIndex(model.index(1, model.COL_TEXT))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert [(i.level, i.text) for i in file_store.get(case_id).instruments] == [(level2, entry2.text), (level1, entry1.text)]
    qtbot.mouseClick(table.viewport(), LEFT, pos=catalogue_check_rect(table, model.index(2, model.COL_TEXT)).center())
    assert [(i.level, i.text) for i in file_store.get(case_id).instruments] == [(level1, entry1.text)]


def test_instruments_add_suggested_own_reorder_edit_remove(qtbot, window, file_store, monkeypatch):
    """'Add all suggested' adds the bold entries; own instruments are added, moved, edited, removed."""
    case_id, _editor, page = instruments_case(window, file_store)
    model = page.catalogue_model
    bold = [(model.row_entry(r)[0], model.row_entry(r)[1].text) for r in range(model.rowCount())
            if model.index(r, model.COL_TEXT).data(Qt.ItemDataRole.FontRole) is not None]
    expected = [(Level.ABILITY_TO_DENY, s.entry.text)
                for s in suggest_instruments_for(file_store.get(case_id), Level.ABILITY_TO_DENY)]
    assert bold and sorted(bold) == sorted(expected)
    assert page.add_suggested_button.isEnabled()
    click(qtbot, page.add_suggested_button)
    stored = [(i.level, i.text) for i in file_store.get(case_id).instruments]
    assert sorted(stored) == sorted(bold)
    assert not page.add_suggested_button.isEnabled()  # nothing left to add
    n = len(stored)

    mine = Instrument(level=Level.ABILITY_TO_DENY, text="Fund a <b>pilot</b> line & test bed", ppp=PPP.PROMOTE,
                      focus=Focus.COMMERCIALISATION)
    asked = []
    monkeypatch.setattr(page, "ask_instrument", lambda current: asked.append(current) or mine)
    click(qtbot, page.add_own_button)
    assert asked == [None]
    instruments = file_store.get(case_id).instruments
    assert len(instruments) == n + 1 and instruments[-1] == mine
    assert page.selected_row() == n  # the new row is selected
    assert page.chosen_model.index(n, page.chosen_model.COL_TEXT).data() == mine.text

    click(qtbot, page.up_button)
    instruments = file_store.get(case_id).instruments
    assert instruments[n - 1] == mine and page.selected_row() == n - 1
    click(qtbot, page.down_button)
    assert file_store.get(case_id).instruments[-1] == mine and page.selected_row() == n
    assert not page.down_button.isEnabled()

    page.chosen_table.selectRow(0)
    first = file_store.get(case_id).instruments[0]
    edited = first.model_copy(update={"text": "Edited text", "ppp": PPP.PARTNER})
    monkeypatch.setattr(page, "ask_instrument", lambda current: asked.append(current) or edited)
    click(qtbot, page.edit_button)
    assert asked[-1] == first
    assert file_store.get(case_id).instruments[0] == edited
    monkeypatch.setattr(page, "ask_instrument", lambda current: None)  # cancelled edit
    click(qtbot, page.edit_button)
    assert file_store.get(case_id).instruments[0] == edited

    click(qtbot, page.remove_button)
    instruments = file_store.get(case_id).instruments
    assert len(instruments) == n and edited not in instruments and page.selected_row() == 0


def test_instruments_catalogue_filters_and_other_levels(qtbot, window, file_store):
    """The catalogue shows the chosen level, widens to the other feasible levels on request, and filters by search text."""
    _case_id, _editor, page = instruments_case(window, file_store)
    levels = lambda: {lv for lv, _ in catalogue_rows(page)}
    assert levels() == {Level.ABILITY_TO_DENY}
    assert page.scope_hint.text() == "Showing the chosen level, ability to deny."
    everything = len(catalogue_rows(page))
    assert everything == len([e for e in catalogue() if Level.ABILITY_TO_DENY in e.levels])

    click_check(qtbot, page.other_levels)
    assert levels() == {Level.ABILITY_TO_DENY, Level.THREAT_PREVENTION, Level.ABILITY_TO_ACT}  # not curtailment
    assert catalogue_rows(page)[0][0] is Level.ABILITY_TO_DENY  # the chosen level first
    assert "other feasible levels" in page.scope_hint.text()
    click_check(qtbot, page.other_levels)
    assert levels() == {Level.ABILITY_TO_DENY}

    qtbot.keyClicks(page.search, "SCREENING")
    rows = catalogue_rows(page)
    assert 0 < len(rows) < everything
    assert all("screening" in f"{e.text} {e.source_title}".casefold() for _, e in rows)
    page.search.clear()
    assert len(catalogue_rows(page)) == everything


def test_instruments_catalogue_honours_ppp_and_focus_filters(qtbot, window, file_store):
    """Choosing 'Protect' and a focus in the filter boxes narrows the catalogue to those entries."""
    _case_id, _editor, page = instruments_case(window, file_store)
    everything = len(catalogue_rows(page))
    protect = [e for e in catalogue() if Level.ABILITY_TO_DENY in e.levels and e.ppp is PPP.PROTECT]
    assert protect  # the catalogue has protect entries for this level
    page.ppp_filter.setFocus()
    qtbot.keyClick(page.ppp_filter, Qt.Key.Key_Down)  # first choice after "Protect, promote and partner"
    assert page.ppp_filter.currentText() == "Protect"
    rows = catalogue_rows(page)
    assert len(rows) == len(protect) and all(e.ppp is PPP.PROTECT for _, e in rows)
    page.focus_filter.setCurrentIndex(page.focus_filter.findData(Focus.KNOWLEDGE_SECURITY))
    rows = catalogue_rows(page)
    assert rows and all(e.ppp is PPP.PROTECT and e.focus is Focus.KNOWLEDGE_SECURITY for _, e in rows)
    page.ppp_filter.setCurrentIndex(0)
    page.focus_filter.setCurrentIndex(0)
    assert len(catalogue_rows(page)) == everything


def test_instruments_without_chosen_level_show_every_feasible_level(qtbot, window, file_store):
    """With no level chosen the catalogue shows every feasible level and says so."""
    _case_id, _editor, page = instruments_case(window, file_store, chosen=None)
    assert {lv for lv, _ in catalogue_rows(page)} == {Level.THREAT_PREVENTION, Level.ABILITY_TO_DENY, Level.ABILITY_TO_ACT}
    assert page.scope_hint.text().startswith("No level chosen yet")
    click_check(qtbot, page.other_levels)  # meaningless without a chosen level: no change
    assert {lv for lv, _ in catalogue_rows(page)} == {Level.THREAT_PREVENTION, Level.ABILITY_TO_DENY, Level.ABILITY_TO_ACT}


def test_delete_in_the_catalogue_does_not_remove_a_chosen_instrument(qtbot, window, file_store, monkeypatch):
    """Pressing Delete while the catalogue has focus leaves 'Your instruments' alone."""
    case_id, _editor, page = instruments_case(window, file_store)
    click(qtbot, page.add_suggested_button)
    n = len(file_store.get(case_id).instruments)
    page.chosen_table.selectRow(0)
    page.catalogue_table.setFocus()
    qtbot.keyClick(page.catalogue_table, Qt.Key.Key_Delete)
    assert len(file_store.get(case_id).instruments) == n


# -- Review --------------------------------------------------------------------------------------
def test_review_lists_gaps_and_inconsistencies_and_links_open_the_step(qtbot, window, file_store, monkeypatch):
    """The review lists gaps and a crafted contradiction (curtailment high, leverage low), and a step link opens that page."""
    case_id, editor = open_new(window, file_store, strength={**STRENGTH_DONE, "rationale": None}, leverage=LEVERAGE_LOW)
    editor.go_to(REVIEW)
    text = editor.review_page.view.toPlainText()
    assert "Still to do" in text and "No rationale for strength." in text and "No summary of the niche." in text
    assert "Inconsistencies" not in text

    editor.go_to(AMBITION)
    page = editor.pages[AMBITION]
    monkeypatch.setattr(page, "ask_reason", lambda *args: "We think it is feasible")
    pick(qtbot, page.feasibility[Level.CURTAILMENT], Feasibility.HIGH)
    assert file_store.get(case_id).ambition.feasibility[Level.CURTAILMENT] is Feasibility.HIGH
    click_step(qtbot, editor, REVIEW)
    text = editor.review_page.view.toPlainText()
    assert "Inconsistencies (1)" in text
    assert "Curtailment rated high but leverage is only low." in text
    assert "Ratings that differ from the suggestion" in text and "We think it is feasible" in text
    assert 'href="step:ambition"' in editor.review_page.view.toHtml()

    editor.review_page.view.anchorClicked.emit(QUrl("step:leverage"))
    assert editor.stack.currentIndex() == LEVERAGE and editor.steps.currentRow() == LEVERAGE
    editor.go_to(REVIEW)
    editor.review_page.view.anchorClicked.emit(QUrl("https://example.org"))  # not a step: ignored
    assert editor.stack.currentIndex() == REVIEW


# -- the whole walk ------------------------------------------------------------------------------
def test_full_walk_completes_the_case_and_updates_the_browser_row(qtbot, window, file_store, monkeypatch):
    """A blank draft walked through every page by clicks and keys ends complete, and the case list row shows it."""
    case_id, editor = open_new(window, file_store, "Walk")
    assert file_store.summary(case_id).status == "draft"
    assert [step_text(editor, r)[0] for r in range(5)] == ["○"] * 5

    # Basics
    basics = editor.pages[BASICS]
    qtbot.keyClicks(basics.area_field, "Semiconductors")
    qtbot.keyClicks(basics.summary_field, "Lithography for front-end production.")
    qtbot.keyClicks(basics.facts_field, "One supplier")
    click(qtbot, editor.next_button)
    case = file_store.get(case_id)
    assert (case.technology_area, case.summary, case.key_facts) == ("Semiconductors", "Lithography for front-end production.", ["One supplier"])
    assert step_text(editor, BASICS).startswith("✓")

    # Strength
    strength = editor.pages[STRENGTH]
    for pillar, (present, stance, likelihood) in {
        Pillar.RESEARCH_INNOVATION: (True, Stance.MAINTAIN, Likelihood.HIGH),
        Pillar.IP_PATENTS: (False, None, None),
        Pillar.PRODUCTION_COMMERCIALISATION: (True, Stance.REGAIN_DEVELOP, Likelihood.MEDIUM),
    }.items():
        pick(qtbot, strength.presence[pillar], present)
        if present:
            pick(qtbot, strength.stance[pillar], stance)
            pick(qtbot, strength.likelihood[pillar], likelihood)
    for t in (StrengthType.TECHNOLOGICAL_EXCELLENCE, StrengthType.REGULATORY_POLITICAL_NORMATIVE):
        click_check(qtbot, strength.type_boxes[t])
    qtbot.keyClicks(strength.rationale, "Patent counts & market data.")
    qtbot.keyClick(editor, Qt.Key.Key_PageDown, CTRL)
    case = file_store.get(case_id)
    assert case.strength.is_complete() and case.strength.rationale == "Patent counts & market data."
    assert step_text(editor, STRENGTH).startswith("✓")

    # Leverage
    leverage = editor.pages[LEVERAGE]
    click_check(qtbot, leverage.barrier_boxes[MarketEntryBarrier.TECHNOLOGICAL_BREAKTHROUGH])
    for name, value in {"substitutability": Substitutability.VERY_HARD, "foreign_availability": ForeignAvailability.LIMITED,
                        "effective_utilisation": EffectiveUtilisation.ENFORCEABLE, "ethical_constraints": False,
                        "spillover_damage": SpilloverDamage.MEDIUM, "dual_use_relevance": DualUseRelevance.SOME}.items():
        pick(qtbot, leverage.choices[name], value)
    suggested = suggest_leverage(file_store.get(case_id)).value
    click(qtbot, leverage.suggestion.accept_button)
    qtbot.keyClicks(leverage.rationale, "Only hard chokepoint.")
    click(qtbot, editor.next_button)
    case = file_store.get(case_id)
    assert case.leverage.degree is suggested and case.leverage.is_complete() and case.overrides == []

    # Ambition
    ambition = editor.pages[AMBITION]
    click(qtbot, ambition.accept_all)
    pick(qtbot, ambition.chosen, Level.ABILITY_TO_DENY)
    ambition.balance.setFocus()
    qtbot.keyClick(ambition.balance, Qt.Key.Key_PageDown)
    qtbot.keyClicks(ambition.rationale, "Defensive aim.")
    click(qtbot, editor.next_button)  # leaving flushes both the slider and the rationale
    case = file_store.get(case_id)
    assert case.ambition.is_complete() and case.ambition.chosen_level is Level.ABILITY_TO_DENY
    assert case.ambition.entanglement_autonomy == 40 and case.ambition.rationale == "Defensive aim."

    # Instruments
    instruments = editor.pages[INSTRUMENTS]
    assert file_store.summary(case_id).status == "draft"
    click(qtbot, instruments.add_suggested_button)
    assert file_store.get(case_id).instruments_for(Level.ABILITY_TO_DENY)

    # Review
    click(qtbot, editor.next_button)
    assert "Nothing missing, nothing inconsistent." in editor.review_page.view.toPlainText()
    assert all(step_text(editor, r).startswith("✓") for r in range(5))
    assert file_store.summary(case_id).status == "complete"

    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert window.editor is None and window.browser.current_id() == case_id
    row = window.browser.model.row_of(case_id)
    assert window.browser.model.index(row, COL_STATUS).data() == "Complete"
    assert "Complete (5 of 5 steps complete)" in window.browser.detail.toPlainText()


def test_browser_row_follows_edits_while_the_editor_is_open(qtbot, window, file_store):
    """The list row (hidden behind the editor) is updated after every edit, not only on close."""
    case_id, editor = open_new(window, file_store, strength=STRENGTH_DONE,
                               leverage={k: v for k, v in LEVERAGE_DONE.items() if k != "degree"})
    editor.go_to(LEVERAGE)
    click(qtbot, editor.pages[LEVERAGE].suggestion.accept_button)
    row = window.browser.model.row_of(case_id)
    assert window.browser.model.summary_at(row).leverage_degree == "high"


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
