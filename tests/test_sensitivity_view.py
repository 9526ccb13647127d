"""The "What would flip it" table model and dialog: Qt's model contract, filtering, literal text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.models.library import reference_cases
from desktop.models.sensitivity import LEVERAGE, STABLE, TARGETS, analyse
from desktop.views.analysis.sensitivity_dialog import SensitivityDialog
from desktop.views.analysis.sensitivity_model import (
    COL_CHANGE,
    COL_FROM_TO,
    COL_IF,
    COL_THEN,
    HEADERS,
    FlipRole,
    SensitivityModel,
    TargetFilterProxy,
)

LITHO = "dpc2024-lithography"
GENOMIC = "dpc2024-genomic-data"


def reference(case_id: str):
    return next(c for c in reference_cases() if c.id == case_id)


@pytest.fixture
def model(qtbot):
    m = SensitivityModel()
    m.set_result(analyse(reference(LITHO)))
    return m


@pytest.fixture
def dialog(qtbot, store):
    d = SensitivityDialog(store, LITHO)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_model_passes_qtmodeltester(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)


def test_filtered_proxy_passes_qtmodeltester(qtmodeltester, model):
    proxy = TargetFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_target("feasibility.curtailment")
    proxy.sort(COL_CHANGE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy, force_py=True)


def test_model_shows_text_for_every_column_and_colour_only_as_extra(model):
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == list(HEADERS)
    first = model.flip_at(0)
    assert model.index(0, COL_IF).data() == "Substitutability: Very hard → Easy (-3 steps)"
    assert model.index(0, COL_THEN).data() == "Degree of leverage"
    assert model.index(0, COL_FROM_TO).data() == "High → Low–medium"
    assert model.index(0, COL_CHANGE).data() == first.mark() == "▼ -3"
    assert model.index(0, COL_FROM_TO).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, COL_IF).data(Qt.ItemDataRole.ToolTipRole).startswith("<p>If Substitutability")
    model.set_result(None)
    assert model.rowCount() == 0


def test_proxy_sorts_change_by_signed_steps(model):
    proxy = TargetFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_CHANGE, Qt.SortOrder.AscendingOrder)
    steps = [proxy.index(r, COL_IF).data(FlipRole).steps for r in range(proxy.rowCount())]
    assert steps == sorted(steps) and steps[0] < 0 < steps[-1]


def test_dialog_is_non_modal_and_titled(dialog):
    assert not dialog.isModal()
    assert dialog.windowTitle() == f"What would flip it — {reference(LITHO).title}"
    assert dialog.summary.text().startswith("Suggested now: Degree of leverage high")
    assert "your degree of leverage (high)" in dialog.basis.text()
    assert "computed from the suggestion rules; each row changes one factor" in dialog.note.text().lower()


def test_dialog_keeps_the_analysis_order_until_a_header_is_clicked(dialog):
    assert dialog.visible_flips() == list(analyse(reference(LITHO)).flips)


def test_dialog_filters_by_target(dialog):
    result = analyse(reference(LITHO))
    assert dialog.target_combo.count() == 1 + len(TARGETS)
    assert dialog.target_combo.itemText(0) == f"All targets ({len(result.flips)})"
    for target in TARGETS:
        dialog.set_target(target)
        shown = dialog.visible_flips()
        assert shown == result.flips_for(target) and shown
        assert {dialog.table.model().index(r, COL_THEN).data() for r in range(len(shown))} == {
            dialog.target_combo.currentText().rsplit(" (", 1)[0]}
    dialog.set_target(None)
    assert len(dialog.visible_flips()) == len(result.flips)


def test_dialog_says_when_a_target_is_stable(qtbot, store):
    d = SensitivityDialog(store, GENOMIC)
    qtbot.addWidget(d)
    assert "curtailment" in d.stable.text().lower() and STABLE in d.stable.text().lower()
    d.set_target("feasibility.curtailment")
    assert d.proxy.rowCount() == 0 and d.stable.text() == f"Curtailment is {STABLE}."
    d.set_target(LEVERAGE)
    assert d.proxy.rowCount() > 0 and d.stable.text() == ""


@pytest.mark.parametrize("title", ["<b>光刻机</b> & <i>x</i>", "数字孪生 [*] <script>alert(1)</script>"])
def test_titles_are_shown_literally(qtbot, store, title):
    case = store.create(title)
    d = SensitivityDialog(store, case.id)
    qtbot.addWidget(d)
    assert d.heading.text() == title
    for label in (d.heading, d.summary, d.basis, d.stable, d.note):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert d.windowTitle().replace("[*][*]", "[*]") == f"What would flip it — {title}"


def test_refresh_rereads_the_case_and_survives_its_deletion(qtbot, store):
    case = store.duplicate(GENOMIC)
    d = SensitivityDialog(store, case.id)
    qtbot.addWidget(d)
    d.set_target("feasibility.ability_to_deny")
    before = d.proxy.rowCount()
    store.set_field(case.id, "leverage.spillover_damage", "high")
    d.refresh_button.click()
    assert d.target_combo.currentData() == "feasibility.ability_to_deny"  # the filter is kept
    assert d.visible_flips() == analyse(store.get(case.id)).flips_for("feasibility.ability_to_deny")
    assert d.proxy.rowCount() != before
    store.delete(case.id)
    d.refresh()
    assert d.model.rowCount() == 0 and "no longer be read" in d.summary.text()


def test_dialog_fits_a_small_screen(dialog):
    """1024×768 with room for the task bar: the default and the minimum size both fit."""
    assert dialog.width() <= 1000 and dialog.height() <= 700
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 700
    dialog.resize(1000, 700)
    header = dialog.table.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(4)) <= dialog.table.viewport().width() + 1
