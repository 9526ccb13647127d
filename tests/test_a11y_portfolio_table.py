"""The portfolio charts' text alternative (issue 17): each figure's data as a table with the
chart's labels and provenance marks, a model Qt's accessibility can read, and Return on a row
opening the case through the chart's own signals, as a click does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.models import portfolio as pf
from desktop.models.library import reference_cases
from desktop.models.portfolio_table import figure_table
from desktop.models.provenance import LEGEND_LINE
from desktop.views.portfolio.chart_export import offscreen_chart
from desktop.views.portfolio.chart_table import FigureTableModel

REFERENCE = list(reference_cases())
LITHO = "dpc2024-lithography"
pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


# -- the data (plain Python) ------------------------------------------------------------------------
def test_each_table_holds_what_its_chart_draws():
    lev = figure_table("leverage", REFERENCE)
    assert [r.case_ids[0] for r in lev.rows] == [b.case_id for b in pf.leverage(REFERENCE).bars]
    assert lev.columns == ("Case", "Degree of European leverage")
    litho = next(r for r in lev.rows if r.case_ids == (LITHO,))
    assert litho.cells[1].text.startswith("High ") and litho.cells[1].spoken.startswith("High, ")
    assert litho.cells[0].spoken == "Lithography for semiconductor front-end production"  # the label is cut

    smap = figure_table("strength-map", REFERENCE)
    assert len(smap.rows) == len(pf.strength_map(REFERENCE))  # a row per marker
    assert {r.cells[2].text for r in smap.rows} == {"Maintain", "Regain / develop"}
    assert smap.summary.startswith("12 cases, 30 markers; likelihood: high 7, medium 18, low 5")

    types = figure_table("strength-types", REFERENCE)
    ticks = sum(1 for r in types.rows for c in r.cells[1:] if c.text.startswith("✓"))
    assert ticks == sum(len(set(c.strength.types)) for c in REFERENCE)
    assert {c.spoken.split(",")[0] for r in types.rows for c in r.cells[1:]} == {"yes", "no"}
    assert "Technological excellence" in types.columns and "Commercialisation" in types.columns

    feas = figure_table("feasibility", REFERENCE)
    assert feas.columns == ("Case", *(lv.label for lv in pf.Level), "Level chosen")
    cells = sum(1 for r in feas.rows for c in r.cells[1:5] if c.text != "—")
    assert cells == sum(len(c.ambition.feasibility) for c in REFERENCE)

    inst = figure_table("instruments", REFERENCE)
    patterns = pf.instrument_patterns(REFERENCE)
    assert [r.case_ids for r in inst.rows] == [tuple(p.cases) for p in patterns]
    protect = patterns[0].ppp[pf.PPP.PROTECT]
    assert inst.rows[0].cells[3].text == f"{protect} · {patterns[0].share(pf.PPP.PROTECT):.0%}"
    assert inst.rows[0].cells[6].text == "knowledge security"


def test_reference_values_carry_their_mark_and_user_cases_none():
    table = figure_table("leverage", REFERENCE)
    assert table.legend == LEGEND_LINE
    own = [c.model_copy(update={"id": f"own-{c.id}", "reference": None, "provenance": None}) for c in REFERENCE]
    plain = figure_table("leverage", own)
    assert plain.legend == "" and all(r.cells[1].spoken == "" for r in plain.rows)


@pytest.mark.parametrize("name", list(pf.FIGURES))
def test_an_empty_scope_says_what_the_chart_says(name):
    table = figure_table(name, [])
    if name == "instruments":
        assert [r.cells[1].text for r in table.rows] == ["0"] * 4
    else:
        assert table.rows == () and table.summary == "No cases are selected."


# -- the model ----------------------------------------------------------------------------------
@pytest.mark.parametrize("name", list(pf.FIGURES))
def test_the_table_model_passes_qtmodeltester(qtmodeltester, name):
    model = FigureTableModel()
    model.set_table(figure_table(name, REFERENCE))
    qtmodeltester.check(model, force_py=True)
    assert model.headerData(0, Qt.Orientation.Horizontal) == figure_table(name, REFERENCE).columns[0]
    model.set_table(figure_table(name, []))
    qtmodeltester.check(model, force_py=True)


def test_screen_readers_hear_words_for_symbols(qapp):
    model = FigureTableModel()
    model.set_table(figure_table("strength-types", REFERENCE))
    tick = next(model.index(r, c) for r in range(model.rowCount()) for c in range(1, model.columnCount())
                if model.data(model.index(r, c)).startswith("✓"))
    assert model.data(tick, Qt.ItemDataRole.AccessibleTextRole).startswith("yes")
    empty = next(model.index(r, c) for r in range(model.rowCount()) for c in range(1, model.columnCount())
                 if model.data(model.index(r, c)) == "")
    assert model.data(empty, Qt.ItemDataRole.AccessibleTextRole) == "no"


def test_a_chart_draws_the_cases_its_table_lists_and_is_no_focus_stop(qapp):
    chart = offscreen_chart("leverage", REFERENCE)
    assert chart.shown == REFERENCE
    assert chart.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert chart.viewport().focusPolicy() == Qt.FocusPolicy.NoFocus
