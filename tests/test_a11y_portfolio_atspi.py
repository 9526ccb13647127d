"""The Portfolio as a screen reader meets it, over the AT-SPI bus (issue 17): no unnamed focus
stop in chart or table mode, combos labelled by their labels, the chart described by its data,
the data table named and described, Tab leaving it, and Return opening the row's case."""

from __future__ import annotations

import pytest

from atspi import session

pytestmark = pytest.mark.slow

STEPS = [
    ["keys", "ctrl+shift+p sleep:2.5"], ["walk", "chart"],
    ["keys", "alt+4 sleep:1 ctrl+t sleep:1"], ["walk", "table"],
    ["keys", "Tab"], ["walk", "after Tab"],
    ["keys", "shift+Tab Return sleep:2"], ["walk", "after Return"],
]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    lacking = session.missing()
    if lacking:
        pytest.skip(f"the AT-SPI tests need {', '.join(lacking)} (./dev test installs them when run as root)")
    return {r["walk"]: r for r in session.run(STEPS, tmp_path_factory.mktemp("atspi-portfolio")) if "walk" in r}


@pytest.mark.parametrize("mode", ["chart", "table"])
def test_no_unnamed_focus_stop_and_every_combo_labelled(reports, mode):
    nodes = reports[mode]["nodes"]
    assert session.unnamed(nodes) == []
    combos = [n for n in nodes if n["role"] == "combo box"]
    assert len(combos) == 3 and all("labelled-by" in n["relations"] for n in combos)
    assert any(n["role"] == "check box" and n["name"] == "Data Table" and n["checked"] == (mode == "table")
               for n in nodes)


def test_the_chart_is_named_and_described_by_its_data(reports):
    chart = [n for n in reports["chart"]["nodes"] if n["name"].startswith("Strength map: pillars")]
    assert chart and any(n["focusable"] for n in chart)  # the chart area, a named stop
    assert chart[0]["description"].startswith("12 cases, 30 markers; likelihood:")


def test_the_data_table_is_named_described_and_tab_leaves_it(reports):
    table = next(n for n in reports["table"]["nodes"] if n["role"] == "table")
    assert table["name"] == "Leverage: data table" and table["focused"]
    assert "degree of leverage: high 1" in table["description"]
    after = next(n for n in reports["after Tab"]["nodes"] if n["role"] == "table")
    assert not after["focused"]


def test_return_on_the_first_row_opens_its_case(reports):
    assert reports["after Return"]["window"].startswith("Lithography for semiconductor front-end production")
