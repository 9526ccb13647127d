"""The Instruments step's two table models, checked by pytest-qt's model tester and role by role:
what they show, which cells are checkable, and that ticking only reports (never mutates)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt

from desktop.models.case import Instrument
from desktop.models.catalogue import PATTERN_CAVEAT, catalogue
from desktop.models.library import reference_cases
from desktop.models.scales import PPP, Focus, Level
from desktop.views.wizard.instrument_models import (
    CatalogueTableModel,
    EntryRole,
    InstrumentTableModel,
)

Role = Qt.ItemDataRole
LITHO = "dpc2024-lithography"


def litho_instruments() -> list[Instrument]:
    return list(next(c for c in reference_cases() if c.id == LITHO).instruments)


def catalogue_rows():
    """One row per (level, entry) as the page builds them; every third one suggested."""
    rows = []
    for n, entry in enumerate(e for e in catalogue()):
        for level in entry.levels:
            rows.append((level, entry, n % 3 == 0, f"reason {n}" if n % 3 == 0 else ""))
    return rows


@pytest.fixture
def instrument_model(qtbot):
    model = InstrumentTableModel()
    model.set_rows(litho_instruments())
    return model


@pytest.fixture
def catalogue_model(qtbot):
    model = CatalogueTableModel()
    rows = catalogue_rows()
    chosen = {(level.value, entry.text) for level, entry, _s, _r in rows[:5]}
    model.set_rows(rows, chosen)
    return model


# -- model tester --------------------------------------------------------------------------------
def test_instrument_model_passes_the_model_tester(qtmodeltester, instrument_model):
    """InstrumentTableModel with a reference case's instruments is a well-behaved table model."""
    qtmodeltester.check(instrument_model, force_py=True)
    instrument_model.set_rows([])
    qtmodeltester.check(instrument_model, force_py=True)


def test_catalogue_model_passes_the_model_tester(qtmodeltester, catalogue_model):
    """CatalogueTableModel with the whole catalogue is well-behaved, editable or read-only."""
    assert catalogue_model.rowCount() >= len(catalogue())
    qtmodeltester.check(catalogue_model, force_py=True)
    catalogue_model.set_read_only(True)
    qtmodeltester.check(catalogue_model, force_py=True)


def test_models_stay_valid_while_rows_change_under_the_tester(qtmodeltester, qtbot):
    """Resets while the tester watches (as on every refresh) keep both models consistent."""
    instruments, cat = InstrumentTableModel(), CatalogueTableModel()
    qtmodeltester.check(instruments, force_py=True)
    qtmodeltester.check(cat, force_py=True)
    instruments.set_rows(litho_instruments())
    instruments.set_rows(litho_instruments()[:2])
    rows = catalogue_rows()
    cat.set_rows(rows[:10], set())
    cat.set_read_only(True)
    cat.set_rows(rows[10:12], {(rows[10][0].value, rows[10][1].text)})
    assert instruments.rowCount() == 2 and cat.rowCount() == 2


# -- InstrumentTableModel ------------------------------------------------------------------------
def test_instrument_model_data_and_headers(instrument_model):
    """Each row shows level, type, focus and text labels; EntryRole gives the Instrument."""
    instruments = litho_instruments()
    m = instrument_model
    assert (m.rowCount(), m.columnCount()) == (len(instruments), 4)
    assert m.rowCount(m.index(0, 0)) == 0 and m.columnCount(m.index(0, 0)) == 0  # a table, not a tree
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == ["Level", "Type", "Focus", "Instrument"]
    assert m.headerData(4, Qt.Orientation.Horizontal) is None
    assert m.headerData(0, Qt.Orientation.Vertical) == "1"
    assert m.headerData(0, Qt.Orientation.Horizontal, Role.ToolTipRole) is None
    for row, inst in enumerate(instruments):
        shown = [m.index(row, c).data() for c in range(4)]
        assert shown == [inst.level.label, inst.ppp.label, inst.focus.label, inst.text]
        assert m.index(row, m.COL_TEXT).data(EntryRole) == inst
        assert m.instrument(row) == inst
        assert m.index(row, m.COL_TEXT).data(Role.CheckStateRole) is None
    assert m.data(QModelIndex()) is None
    assert not m.flags(m.index(0, m.COL_TEXT)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not m.flags(m.index(0, m.COL_TEXT)) & Qt.ItemFlag.ItemIsEditable


def test_instrument_tooltip_never_renders_user_text_as_html(qtbot):
    """A user's instrument text with markup is offered to the tooltip as plain text."""
    model = InstrumentTableModel()
    text = 'Fund a <b>pilot</b> line & <img src="x.png">'
    model.set_rows([Instrument(level=Level.ABILITY_TO_DENY, text=text, ppp=PPP.PROMOTE, focus=Focus.COMMERCIALISATION)])
    assert model.index(0, model.COL_TEXT).data() == text  # the table cell itself is plain
    tooltip = model.index(0, model.COL_TEXT).data(Role.ToolTipRole)
    assert shown_as(tooltip) == text  # rendered as rich text, it shows the characters typed


def shown_as(tooltip: str) -> str:
    """What a tooltip displays: Qt renders it as HTML when it looks like HTML, else as is."""
    if not GuiQt.mightBeRichText(tooltip):
        return tooltip
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


# -- CatalogueTableModel -------------------------------------------------------------------------
def test_catalogue_model_data_roles(catalogue_model):
    """Display, check state (text column only), bold + reason for suggested rows, tooltips and EntryRole are right for every row."""
    m = catalogue_model
    rows = catalogue_rows()
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == ["Instrument", "Level", "Type", "Focus", "Source"]
    assert m.headerData(0, Qt.Orientation.Vertical) is None
    for r, (level, entry, suggested, reason) in enumerate(rows):
        source = f"Table 2, {entry.levels[0].label.lower()} (report)" if entry.is_pattern else entry.source_title
        assert [m.index(r, c).data() for c in range(5)] == [entry.text, level.label, entry.ppp.label, entry.focus.label, source]
        expected_state = Qt.CheckState.Checked if r < 5 else Qt.CheckState.Unchecked
        assert m.index(r, m.COL_TEXT).data(Role.CheckStateRole) == expected_state
        assert m.is_chosen(r) == (r < 5)
        for col in range(1, 5):
            assert m.index(r, col).data(Role.CheckStateRole) is None
        assert m.row_entry(r) == (level, entry)
        assert m.index(r, m.COL_LEVEL).data(EntryRole) == entry
        source_tip = shown_as(m.index(r, m.COL_SOURCE).data(Role.ToolTipRole))
        tip = shown_as(m.index(r, m.COL_TEXT).data(Role.ToolTipRole))
        assert tip.startswith(entry.text)
        if entry.is_pattern:  # the column of Table 2 it comes from, and the report's caveat
            column = f"Table 2, {entry.levels[0].label.lower()}"
            assert source_tip == f"{entry.source_title}\n{PATTERN_CAVEAT}" and column in source_tip
            assert f"A cross-case pattern of the report ({column}). {PATTERN_CAVEAT}" in tip
            assert "not every pattern matters in every case" in tip
        else:
            assert source_tip == entry.source_title
            assert f"From the reference case “{entry.source_title}”" in tip
            assert "Table 2" not in source_tip
        assert (f"Suggested: {reason}" in tip) == suggested
        font = m.index(r, m.COL_TEXT).data(Role.FontRole)
        assert (font is not None and font.bold()) == suggested
        assert m.index(r, m.COL_LEVEL).data(Role.FontRole) is None
    assert m.data(m.index(len(rows), 0)) is None


def test_catalogue_pattern_rows_name_their_own_column_of_table_2(catalogue_model):
    """A pattern row's source names the column of Table 2 that lists it, and only that column
    (the row's level is the same column: a pattern has no other level)."""
    m = catalogue_model
    levels = list(Level)
    seen = set()
    for r, (level, entry, _s, _r) in enumerate(catalogue_rows()):
        if not entry.is_pattern:
            continue
        assert entry.levels == (level,)
        shown = m.index(r, m.COL_SOURCE).data()
        tips = m.index(r, m.COL_SOURCE).data(Role.ToolTipRole) + m.index(r, m.COL_TEXT).data(Role.ToolTipRole)
        assert shown == f"Table 2, {level.label.lower()} (report)"
        for other in levels:
            if other is not level:
                assert f"Table 2, {other.label.lower()}" not in shown + tips
        seen.add(level)
    assert seen == set(levels)
    rows = catalogue_rows()
    screening = [lv for lv, e, _s, _r in rows if e.is_pattern and e.text == "Inbound investment screening"]
    assert screening == [Level.THREAT_PREVENTION, Level.ABILITY_TO_DENY, Level.ABILITY_TO_ACT]


def test_catalogue_check_boxes_only_in_the_text_column_and_only_when_editable(qtbot, catalogue_model):
    """Only the text column is user-checkable, never when read-only, and switching read-only emits dataChanged."""
    m = catalogue_model
    checkable = lambda r, c: bool(m.flags(m.index(r, c)) & Qt.ItemFlag.ItemIsUserCheckable)
    assert checkable(0, m.COL_TEXT) and checkable(7, m.COL_TEXT)
    assert not any(checkable(0, c) for c in range(1, 5))
    assert not m.flags(QModelIndex()) & Qt.ItemFlag.ItemIsUserCheckable
    with qtbot.waitSignal(m.dataChanged) as blocker:
        m.set_read_only(True)
    top_left, bottom_right = blocker.args[:2]
    assert (top_left.row(), bottom_right.row(), bottom_right.column()) == (0, m.rowCount() - 1, m.COL_TEXT)
    assert not any(checkable(r, c) for r in (0, 7) for c in range(5))
    assert m.index(0, m.COL_TEXT).data(Role.CheckStateRole) == Qt.CheckState.Checked  # still shown
    m.set_read_only(False)
    assert checkable(0, m.COL_TEXT)


def test_catalogue_set_data_reports_the_toggle_and_never_mutates(qtbot, catalogue_model):
    """setData emits toggled(level, entry, on) and returns True but never changes the check state by itself."""
    m = catalogue_model
    level, entry = m.row_entry(9)
    index = m.index(9, m.COL_TEXT)
    with qtbot.assertNotEmitted(m.dataChanged), qtbot.waitSignal(m.toggled) as blocker:
        assert m.setData(index, Qt.CheckState.Checked.value, Role.CheckStateRole)
    assert blocker.args == [level, entry, True]
    assert index.data(Role.CheckStateRole) == Qt.CheckState.Unchecked  # unchanged by itself

    chosen_level, chosen_entry = m.row_entry(0)
    with qtbot.waitSignal(m.toggled) as blocker:
        assert m.setData(m.index(0, m.COL_TEXT), Qt.CheckState.Unchecked, Role.CheckStateRole)
    assert blocker.args == [chosen_level, chosen_entry, False]
    assert m.index(0, m.COL_TEXT).data(Role.CheckStateRole) == Qt.CheckState.Checked

    with qtbot.assertNotEmitted(m.toggled):
        assert not m.setData(m.index(9, m.COL_LEVEL), Qt.CheckState.Checked.value, Role.CheckStateRole)
        assert not m.setData(index, "new text", Role.EditRole)
        assert not m.setData(QModelIndex(), Qt.CheckState.Checked.value, Role.CheckStateRole)
        m.set_read_only(True)
        assert not m.setData(index, Qt.CheckState.Checked.value, Role.CheckStateRole)


def test_catalogue_set_rows_replaces_rows_and_chosen(qtbot):
    """set_rows resets the model with the page's rows and the case's chosen (level, text) pairs."""
    m = CatalogueTableModel()
    assert m.rowCount() == 0
    rows = catalogue_rows()[:3]
    with qtbot.waitSignal(m.modelReset):
        m.set_rows(rows, {(rows[1][0].value, rows[1][1].text)})
    assert [m.is_chosen(r) for r in range(3)] == [False, True, False]
    m.set_rows(rows, set())
    assert not any(m.is_chosen(r) for r in range(3))
