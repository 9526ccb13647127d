"""The app as a screen reader meets it: through the AT-SPI bus, not through Qt properties.

One real app runs on a virtual 1024×768 screen with Qt's accessibility bridge on; a pyatspi
client (the library Orca is built on) walks each screen a user reaches with the keyboard,
counts controls announced without a name, reads a rating row's value and listens to the events
a change sends. Qt-property checks alone once passed while a screen reader heard nothing.
"""

from __future__ import annotations

import pytest

from atspi import session

pytestmark = pytest.mark.slow

# Every screen a keyboard user reaches, in one run of the app (each label is walked once).
OPEN_REFERENCE = [["focus", "table", "case"], ["keys", "Home Return sleep:1.5"]]
SCREENS = [
    ["walk", "main window"],
    *OPEN_REFERENCE,
    ["walk", "Basics"], ["keys", "ctrl+Next"], ["walk", "Strength"], ["keys", "ctrl+Next"], ["walk", "Leverage"],
    ["keys", "ctrl+Next"], ["walk", "Ambition"], ["keys", "ctrl+Next"], ["walk", "Instruments"],
    ["keys", "ctrl+Next"], ["walk", "Review"],
    ["keys", "F1 sleep:1.5"], ["walk", "Guide"], ["keys", "Escape sleep:0.8"],
    ["keys", "Escape sleep:1"],
    ["focus", "table", "case"], ["keys", "Home ctrl+p sleep:2"], ["walk", "Export scorecards"], ["keys", "Escape sleep:1"],
    ["keys", "ctrl+shift+p sleep:3"], ["walk", "Portfolio"], ["keys", "Escape sleep:1"],
    ["focus", "table", "case"], ["keys", "Home F5 sleep:2"], ["walk", "Workshop"],
    ["keys", "F2 sleep:1.5"], ["walk", "Workshop with controls"], ["keys", "F2 Escape sleep:1"],
    # a new case: rate one pillar by keyboard and listen
    ["keys", "ctrl+n sleep:1 type:Screen_reader_case Return sleep:2"], ["keys", "ctrl+Next sleep:1"],
    ["walk", "Strength (new case)"],
    ["focus", "radio button", ""], ["listen"], ["keys", "Right sleep:0.5"], ["events", "arrow"], ["walk", "rated"],
    ["focus", "radio button", "Low"], ["listen"], ["keys", "3 sleep:0.5"], ["events", "number key"],
    ["keys", "F4 sleep:1.5"], ["walk", "Evidence"], ["keys", "Escape sleep:1"],
    # File ▸ Connect to Team Database… (issue 22), by its menu accelerators
    ["keys", "Escape sleep:1 alt+f sleep:0.8 t sleep:1.5"], ["walk", "Connect to team database"],
    ["keys", "Escape sleep:1"],
]
SCREEN_NAMES = [step[1] for step in SCREENS if step[0] == "walk"]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    lacking = session.missing()
    if lacking:
        pytest.skip(f"the AT-SPI tests need {', '.join(lacking)} (./dev test installs them when run as root)")
    data = tmp_path_factory.mktemp("atspi")
    return session.run(SCREENS, data)


def _walk(reports, label):
    return next(r for r in reports if r.get("walk") == label)


@pytest.mark.parametrize("screen", SCREEN_NAMES)
def test_every_control_has_a_name(reports, screen):
    walk = _walk(reports, screen)
    assert walk["nodes"], f"{screen}: nothing exposed on the accessibility bus"
    assert session.unnamed(walk["nodes"]) == [], f"{screen} ({walk['window']}): unnamed controls"


def _events(reports, label):
    return next(r for r in reports if r.get("events") == label)["list"]


def _row(nodes, name):
    """A rating row (a panel named by its question) and the radio buttons under it."""
    i = next(i for i, n in enumerate(nodes) if n["role"] == "panel" and n["name"] == name)
    depth = nodes[i]["depth"]
    children = []
    for n in nodes[i + 1:]:
        if n["depth"] <= depth:
            break
        children.append(n)
    return nodes[i], [n for n in children if n["role"] == "radio button"]


def test_a_rating_row_is_a_named_group_reporting_its_value(reports):
    row, radios = _row(_walk(reports, "rated")["nodes"], "Research & innovation: source of strength")
    assert row["description"].startswith("Yes.")
    assert [(r["name"], r["checked"]) for r in radios] == [("Yes", True), ("No", False)]
    _unrated, scale = _row(_walk(reports, "rated")["nodes"], "Research & innovation: likelihood")
    assert [r["name"] for r in scale] == ["Low", "Medium", "High"] and not any(r["checked"] for r in scale)


@pytest.mark.parametrize("label, value", [("arrow", "Yes"), ("number key", "High")])
def test_setting_a_rating_by_key_is_heard(reports, label, value):
    """A screen reader hears the change: the value's checked state and the row's new description."""
    events = _events(reports, label)
    assert {"type": "object:state-changed:checked", "name": value, "detail1": 1} in [
        {k: e.get(k) for k in ("type", "name", "detail1")} for e in events], events
    described = [e["any_data"] for e in events if e.get("type") == "object:property-change:accessible-description"]
    assert any(text.startswith(f"{value}.") for text in described), events


def test_the_team_database_dialog_is_reached_by_keys_and_says_what_it_asks(reports):
    walk = _walk(reports, "Connect to team database")
    assert walk["window"] and "Team" in walk["window"], walk["window"]
    names = [n["name"] for n in walk["nodes"] if n["focusable"]]
    assert any("address" in name.lower() for name in names), names


def test_f4_on_a_rating_opens_its_evidence(reports):
    walk = _walk(reports, "Evidence")
    assert walk["window"] == "Evidence for Research & innovation — likelihood"
    assert any(n["name"] == "Current rating: High" for n in walk["nodes"])
