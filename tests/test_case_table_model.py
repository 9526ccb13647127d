"""The case table model and its filter proxy, checked with pytest-qt's model tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.models.storage.store import CaseSummary
from desktop.views.browser.filter_proxy import CaseFilterProxy, Kind
from desktop.views.browser.table_model import (
    COL_LEVERAGE,
    COL_TITLE,
    HEADERS,
    CaseTableModel,
    SummaryRole,
)


def summary(n: int, *, title: str | None = None, ref: bool = False, degree: str | None = None) -> CaseSummary:
    return CaseSummary(
        id=f"case-{n}",
        title=title or f"Case {n}",
        technology_area="Area" if n % 2 else "",
        is_reference=ref,
        status="draft" if n % 3 else "complete",
        leverage_degree=degree,
        chosen_level="ability_to_act" if n % 4 == 0 else None,
        updated=f"2026-01-{(n % 28) + 1:02d}T10:00:00+00:00",
    )


@pytest.fixture
def model(qtbot):
    m = CaseTableModel()
    m.set_rows(
        [
            summary(1, title="Lithography", ref=True, degree="high"),
            summary(2, title="Genomic data", degree="medium"),
            summary(3, title="<b>x</b> & 光刻机", degree=None),
            summary(4, title="Blockchain", ref=True, degree="low"),
        ]
    )
    return m


def test_model_passes_qtmodeltester(qtmodeltester, model):
    """The model honours Qt's model contract (rows, columns, roles, parents)."""
    qtmodeltester.check(model, force_py=True)


def test_proxy_passes_qtmodeltester(qtmodeltester, model):
    """The filter proxy over the model also honours the contract while filtered."""
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_kind(Kind.MINE)
    proxy.set_search("data")
    qtmodeltester.check(proxy, force_py=True)


def test_model_displays_labels_not_tokens(model):
    """Scale tokens are shown as their human labels; unassessed values as a dash."""
    assert model.index(0, COL_LEVERAGE).data() == "High"
    assert model.index(2, COL_LEVERAGE).data() == "—"
    assert model.headerData(COL_TITLE, Qt.Orientation.Horizontal) == HEADERS[COL_TITLE]
    assert model.index(2, COL_TITLE).data() == "<b>x</b> & 光刻机"


def test_model_sorts_scales_by_rank_not_alphabet(model):
    """Sorting by leverage follows low < medium < high, with unassessed first."""
    model.sort(COL_LEVERAGE, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, COL_LEVERAGE).data() for r in range(4)] == ["—", "Low", "Medium", "High"]
    model.sort(COL_LEVERAGE, Qt.SortOrder.DescendingOrder)
    assert model.index(0, COL_TITLE).data() == "Lithography"


def test_role_numbers_are_qts():
    """The model names Qt's roles as plain ints (it must not touch ``Qt`` before the first paint)."""
    from desktop.views import first_paint as m

    R = Qt.ItemDataRole
    assert (m.DISPLAY_ROLE, m.DECORATION_ROLE, m.TOOLTIP_ROLE, m.FONT_ROLE, m.USER_ROLE) == (
        R.DisplayRole.value, R.DecorationRole.value, R.ToolTipRole.value, R.FontRole.value, R.UserRole.value)
    assert SummaryRole == R.UserRole.value + 1


def test_an_enum_property_named_wrongly_is_an_error_not_a_silent_default(qtbot):
    """``set_enum_property`` checks what Qt did with the key: a typo must not pass unnoticed."""
    from PySide6.QtWidgets import QToolBar

    from desktop.views.first_paint import set_enum_property

    toolbar = QToolBar()
    set_enum_property(toolbar, "toolButtonStyle", "ToolButtonTextUnderIcon")
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    with pytest.raises(ValueError, match="toolButtonStyle"):
        set_enum_property(toolbar, "toolButtonStyle", "ToolButtonTextBesideIcn")


def test_new_rows_keep_the_last_sort(model):
    """Rows given again (a reload) come in the order of the last sort; never sorted, as given."""
    assert [model.index(r, COL_TITLE).data() for r in range(4)][:2] == ["Lithography", "Genomic data"]
    model.sort(COL_TITLE, Qt.SortOrder.DescendingOrder)
    model.set_rows([summary(5, title="Apples"), summary(6, title="Zinc"), summary(7, title="Mango")])
    assert [model.index(r, COL_TITLE).data() for r in range(3)] == ["Zinc", "Mango", "Apples"]
    model.sort_rows(COL_TITLE)
    assert [model.index(r, COL_TITLE).data() for r in range(3)] == ["Apples", "Mango", "Zinc"]
    assert model.row_of("case-6") == 2
    model.update_row(summary(8, title="Banana"))  # appended at the end: a sort by title places it
    model.sort_rows(COL_TITLE)
    assert [model.index(r, COL_TITLE).data() for r in range(4)] == ["Apples", "Banana", "Mango", "Zinc"]
    model.update_row(summary(5, title="Yuzu"))  # renamed in place: out of order until sorted again
    model.sort_rows(COL_TITLE)
    assert [model.index(r, COL_TITLE).data() for r in range(4)] == ["Banana", "Mango", "Yuzu", "Zinc"]


def test_model_update_row_replaces_in_place_and_appends_new(qtbot, model):
    """update_row changes one row (dataChanged) or appends an unknown case."""
    with qtbot.waitSignal(model.dataChanged):
        model.update_row(summary(2, title="Genomic data (revised)", degree="high"))
    assert model.index(model.row_of("case-2"), COL_TITLE).data() == "Genomic data (revised)"
    with qtbot.waitSignal(model.rowsInserted):
        model.update_row(summary(9, title="New"))
    assert model.rowCount() == 5
    model.remove_row("case-9")
    assert model.rowCount() == 4 and model.row_of("case-9") is None


def test_proxy_filters_by_kind_and_every_search_word(model):
    """Kind and search combine; every word must match somewhere in the row."""
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    titles = lambda: sorted(proxy.index(r, COL_TITLE).data() for r in range(proxy.rowCount()))  # noqa: E731
    proxy.set_kind(Kind.REFERENCE)
    assert titles() == ["Blockchain", "Lithography"]
    proxy.set_kind(Kind.MINE)
    assert titles() == ["<b>x</b> & 光刻机", "Genomic data"]
    proxy.set_kind(Kind.ALL)
    proxy.set_search("光刻")
    assert titles() == ["<b>x</b> & 光刻机"]
    proxy.set_search("LITHO high")
    assert titles() == ["Lithography"]
    proxy.set_search("litho medium")
    assert titles() == []


def test_summary_role_survives_proxy_sorting(model):
    """The SummaryRole through the proxy always returns the row's own case."""
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_TITLE, Qt.SortOrder.DescendingOrder)
    for row in range(proxy.rowCount()):
        index = proxy.index(row, COL_TITLE)
        assert index.data(SummaryRole).title == index.data()


def test_model_with_ten_thousand_rows_filters(qtbot):
    """10,000 rows load, sort and filter (speed itself is measured in benchmarks/)."""
    m = CaseTableModel()
    m.set_rows([summary(n, degree=("low", "medium", "high")[n % 3]) for n in range(10_000)])
    proxy = CaseFilterProxy()
    proxy.setSourceModel(m)
    proxy.set_search("case 9999")
    assert proxy.rowCount() == 1
    proxy.set_search("")
    m.sort(COL_LEVERAGE, Qt.SortOrder.DescendingOrder)
    assert proxy.rowCount() == 10_000
    assert proxy.index(0, COL_LEVERAGE).data() == "High"
