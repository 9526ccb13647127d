"""The app in German as a screen reader meets it (issue 21): on the AT-SPI bus every control has
a German name — the language's own controls too (the export's *Sprache des Dokuments*, the
workshop's *Sprache im Raum*) — and no control is announced with an English interface string.
One real app on a virtual 1024×768 screen whose system language is German (see test_atspi.py)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from atspi import session
from desktop.paths import resource_path

pytestmark = pytest.mark.slow

CASES = ["focus", "table", "fälle"]  # the case list ("Fälle")
SCREENS = [
    ["walk", "Hauptfenster"],
    CASES, ["keys", "Home Return sleep:1.5"], ["walk", "Grundlagen"],
    ["keys", "ctrl+Next"], ["walk", "Stärke"], ["keys", "ctrl+Next"], ["walk", "Hebelwirkung"],
    ["keys", "Escape sleep:1"],
    CASES, ["keys", "Home ctrl+p sleep:2"], ["walk", "Bewertungsbögen exportieren"], ["keys", "Escape sleep:1"],
    # a case of one's own (a reference case is read-only): the workshop, then its controls (F2)
    ["keys", "ctrl+n sleep:1 type:Testfall Return sleep:2"], ["keys", "F5 sleep:2"], ["walk", "Workshop"],
    ["keys", "F2 sleep:1.5"], ["walk", "Workshop mit Steuerung"], ["keys", "F2 Escape sleep:1"],
]
SCREEN_NAMES = [step[1] for step in SCREENS if step[0] == "walk"]


def english_strings() -> set[str]:
    """The interface's English strings that German says differently (accelerators removed)."""
    found = set()
    for path in (resource_path("i18n", "ui")).glob("*_de.ts"):
        for message in ET.parse(path).getroot().iter("message"):
            source = (message.findtext("source") or "").replace("&", "")
            translation = message.find("translation")
            german = "".join(translation.itertext()).replace("&", "")
            if len(source) >= 4 and "%" not in source and source != german:
                found.add(source)
    return found


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    lacking = session.missing()
    if lacking:
        pytest.skip(f"the AT-SPI tests need {', '.join(lacking)} (./dev test installs them when run as root)")
    return session.run(SCREENS, tmp_path_factory.mktemp("atspi_de"), locale="de_DE.UTF-8")


def _walk(reports, label):
    return next(r for r in reports if r.get("walk") == label)


@pytest.mark.parametrize("screen", SCREEN_NAMES)
def test_every_control_has_a_german_name(reports, screen):
    walk = _walk(reports, screen)
    assert walk["nodes"], f"{screen}: nothing exposed on the accessibility bus"
    assert session.unnamed(walk["nodes"]) == [], f"{screen} ({walk['window']}): unnamed controls"
    english = english_strings()
    heard = [n for n in walk["nodes"] if n["showing"] and (n["name"] in english or n.get("description") in english)]
    assert heard == [], f"{screen} ({walk['window']}): English on the bus"


def test_the_languages_own_controls_are_named_in_german(reports):
    """The document's and the room's language: combo boxes saying their value ("Deutsch"),
    labelled by "Sprache des Dokuments:" / "Sprache im Raum:" (on Linux Qt gives a combo box its
    value as its name and its label as a relation, which Orca reads as "label, value")."""
    export = _walk(reports, "Bewertungsbögen exportieren")["nodes"]
    assert any(n["role"] == "label" and n["name"] == "Sprache des Dokuments:" and "label-for" in n["relations"]
               for n in export)
    assert any(n["role"] == "combo box" and n["name"] == "Deutsch" and "labelled-by" in n["relations"] for n in export)
    workshop = _walk(reports, "Workshop mit Steuerung")["nodes"]
    assert any(n["role"] == "label" and n["name"] == "Sprache im Raum:" and "label-for" in n["relations"]
               for n in workshop)
    assert any(n["role"] == "combo box" and n["name"] == "Deutsch" and "labelled-by" in n["relations"] for n in workshop)
