"""Instruments, Review and the dialogs as a screen reader meets them, over the AT-SPI bus (issue
17): no unnamed focus stop, combos labelled by their labels, Review's "Go to" links real buttons
that open their step, a catalogue tick announced with focus kept in the catalogue, and a bad
date in the source form announced and tied to its field."""

from __future__ import annotations

import pytest

from atspi import session

pytestmark = pytest.mark.slow

STEPS = [
    ["keys", "ctrl+n sleep:1 type:Quantum_sensing Return sleep:2.5"],
    ["keys", "ctrl+Next ctrl+Next ctrl+Next ctrl+Next ctrl+Next sleep:1"], ["walk", "review"],
    ["focus", "push button", "Go to Leverage"], ["keys", "space sleep:1"], ["walk", "after link"],
    ["keys", "ctrl+Next ctrl+Next sleep:1"], ["walk", "instruments"],
    ["focus", "text", "Search the catalogue"], ["keys", "Down"],
    ["listen"], ["keys", "space sleep:1"], ["events", "tick"], ["walk", "after tick"],
    ["keys", "ctrl+p sleep:3"], ["walk", "scorecards"], ["keys", "Escape sleep:1"],
    ["keys", "ctrl+shift+f sleep:2"], ["walk", "what would flip it"], ["keys", "Escape sleep:1"],
    ["keys", "alt+e l sleep:1.5"], ["walk", "source library"],
    ["keys", "alt+n sleep:1 type:Study Tab Tab Tab type:2023-13"],
    ["listen"], ["keys", "Return sleep:1"], ["events", "date"], ["walk", "source form"],
]
SCREENS = ["review", "instruments", "after tick", "scorecards", "what would flip it", "source library", "source form"]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    lacking = session.missing()
    if lacking:
        pytest.skip(f"the AT-SPI tests need {', '.join(lacking)} (./dev test installs them when run as root)")
    found = session.run(STEPS, tmp_path_factory.mktemp("atspi-dialogs"))
    return {r.get("walk") or r.get("events"): r for r in found if "walk" in r or "events" in r}


@pytest.mark.parametrize("screen", SCREENS)
def test_no_unnamed_focus_stop_and_every_combo_labelled(reports, screen):
    nodes = reports[screen]["nodes"]
    assert nodes, f"nothing walked on {screen}"
    assert session.unnamed(nodes) == []
    combos = [n for n in nodes if n["role"] == "combo box" and n["focusable"]]
    assert all("labelled-by" in n["relations"] for n in combos), [n["name"] for n in combos]


def test_review_links_are_named_buttons_with_what_is_listed(reports):
    links = [n for n in reports["review"]["nodes"] if n["role"] == "push button" and n["name"].startswith("Go to ")]
    names = [n["name"] for n in links]
    assert any(name.startswith("Go to Basics: ") and "to do" in name for name in names), names
    assert all(n["focusable"] and n["description"] and "<" not in n["description"] for n in links)


def test_a_review_link_opens_its_step(reports):
    assert any(n["name"] == "Step 2 · Leverage" for n in reports["after link"]["nodes"])


def test_the_instrument_tables_are_named(reports):
    tables = {n["name"] for n in reports["instruments"]["nodes"] if n["role"] == "table"}
    assert {"Your instruments", "Catalogue"} <= tables


def test_a_tick_is_announced_and_focus_stays_in_the_catalogue(reports):
    said = [e["any_data"] for e in reports["tick"]["list"] if e.get("type", "").startswith("object:announcement")]
    assert any("Ticked, added to your instruments" in text for text in said), reports["tick"]["list"]
    focused = [n for n in reports["after tick"]["nodes"] if n["focused"] and n["role"] == "table"]
    assert [n["name"] for n in focused] == ["Catalogue"]


def test_the_dpi_and_banner_fields_are_named(reports):
    names = {n["name"] for n in reports["scorecards"]["nodes"] if n["focusable"]}
    assert "Resolution of the images for slides, in dots per inch" in names and "Banner" in names


def test_a_bad_date_is_announced_and_describes_its_field(reports):
    said = [e["any_data"] for e in reports["date"]["list"] if e.get("type", "").startswith("object:announcement")]
    assert any("not a real date" in text for text in said), reports["date"]["list"]
    date = next(n for n in reports["source form"]["nodes"] if n["role"] == "text" and n["name"] == "Date:")
    assert date["focused"] and date["description"].startswith("Error: Date:")
