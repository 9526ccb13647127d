"""The assessment wizard walked as a user would, the Instruments and Review pages and the whole
walk: real clicks and keys on the real widgets of a MainWindow on a file store ticking catalogue
rows, adding, moving, editing and removing instruments, following review links, and walking a blank
draft to a complete case that the case list shows, checking what the store holds after every step
(SPEC.md §2-3).

Only the modal questions (override reason, instrument editor) are patched on the page instance;
everything else goes through the buttons, check boxes, choice rows, slider and tables.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
from wizard_walk_helpers import (
    AMBITION,
    BASICS,
    CTRL,
    INSTRUMENTS,
    LEFT,
    LEVERAGE,
    LEVERAGE_DONE,
    LEVERAGE_LOW,
    REVIEW,
    STRENGTH,
    STRENGTH_DONE,
    click,
    click_check,
    click_step,
    open_new,
    pick,
    step_text,
)

from desktop.models.case import Instrument
from desktop.models.catalogue import catalogue
from desktop.models.rules import suggest_instruments_for, suggest_leverage
from desktop.models.scales import (
    PPP,
    DualUseRelevance,
    EffectiveUtilisation,
    Feasibility,
    Focus,
    ForeignAvailability,
    Level,
    Likelihood,
    MarketEntryBarrier,
    Pillar,
    SpilloverDamage,
    Stance,
    Step,
    StrengthType,
    Substitutability,
)
from desktop.views.browser.table_model import COL_STATUS

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


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
    assert case.step_complete(Step.STRENGTH) and case.strength.rationale == "Patent counts & market data."
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
    assert case.leverage.degree is suggested and case.step_complete(Step.LEVERAGE) and case.overrides == []

    # Ambition
    ambition = editor.pages[AMBITION]
    click(qtbot, ambition.accept_all)
    pick(qtbot, ambition.chosen, Level.ABILITY_TO_DENY)
    ambition.balance.setFocus()
    qtbot.keyClick(ambition.balance, Qt.Key.Key_PageDown)
    qtbot.keyClicks(ambition.rationale, "Defensive aim.")
    click(qtbot, editor.next_button)  # leaving flushes both the slider and the rationale
    case = file_store.get(case_id)
    assert case.step_complete(Step.AMBITION) and case.ambition.chosen_level is Level.ABILITY_TO_DENY
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
