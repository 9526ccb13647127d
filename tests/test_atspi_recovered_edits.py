"""Issue 22's start-up question about edits a closed (or crashed) window kept for this database
(``views/window/recovered_edits.py``), as a screen reader meets it over the AT-SPI bus (see
test_atspi.py and test_atspi_team_edit.py, whose client and session this file reuses).

One data folder per language: its database (the app's default file) holds a case, and
``unsaved/`` a recovery file with its sidecar of two edits for that database, as a window that
ended without saving them leaves them (written by a process that has ended). The app is started
twice on a virtual screen. The first time, the question must come up by itself as an alert (or
dialog) with a name, say the case's title and how many edits, offer four named push buttons that
say what they do, with focus on the default "Later"; Escape must keep them (the sidecar still
there). The second time it asks again, and its Save button's mnemonic saves them: the file's
history has both edits, in order, the sidecar is gone, and "Saved 2 kept edits." is heard once
focus is back in the window.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from atspi import session
from test_atspi_team_edit import run

pytestmark = pytest.mark.slow

CASE_TITLE = "Kept case"
EDITS = [("summary", "typed while away", "Summary"), ("summary", "typed again", "Summary")]

# What each language must say (the question's words, as window_*.ts has them); "save_key": the
# Save button's mnemonic (its "&" letter), pressed with Alt. (The button shown "Discard…" is named
# "Discard": the ellipsis says a question follows, and is not read out.)
WORDS = {
    "en": {"locale": None, "title": "Edits Not Saved Last Time",
           "text": "Not saved before the app was closed: 2 edits made earlier for this database.",
           "case": "“Kept case”: 2 edits, kept since ",
           "save": "Save Them Now", "show": "Show in Folder", "later": "Later", "discard": "Discard",
           "save_key": "alt+s", "saved": "Saved 2 kept edits."},
    "de": {"locale": "de_DE.UTF-8", "title": "Beim letzten Mal nicht gespeicherte Änderungen",
           "text": "Vor dem Schließen der App nicht gespeichert: 2 frühere Änderungen für diese Datenbank.",
           "case": "„Kept case“: 2 Änderungen, aufbewahrt seit ",
           "save": "Jetzt speichern", "show": "Im Ordner zeigen", "later": "Später", "discard": "Verwerfen",
           "save_key": "alt+j", "saved": "2 aufbewahrte Änderungen gespeichert."},
}

FIRST = [["keys", "sleep:2.5"], ["walk", "asked"], ["listen"], ["keys", "Escape sleep:1.5"], ["events", "escape"],
         ["walk", "after escape"]]


def second(words: dict) -> list:
    return [["keys", "sleep:2.5"], ["walk", "asked again"], ["listen"], ["keys", f"{words['save_key']} sleep:2.5"],
            ["events", "save"], ["walk", "after save"]]


class Walked(NamedTuple):
    lang: str
    words: dict
    reports: dict  # label → the walk's or the events' report
    data: Path
    kept_after_escape: bool  # the sidecar was still there after the first start's Escape
    kept_at_end: bool  # … and after the second start's Save
    history: list  # (field, new value) of the case, in order


def _kept_edits(db: Path, case_id: str, data: Path) -> Path:
    """The recovery file and its sidecar as a window of an app that has ended leaves them."""
    from desktop.models.storage import recovery
    from desktop.models.storage.records import UNSET

    class Edit:  # (what the window keeps: Pending's after, seen and text)
        def __init__(self, after, seen, text):
            self.after, self.seen, self.text = after, seen, text

    folder = data / "unsaved"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kept-case-20261203T130700Z.json"
    path.write_text("{}", encoding="utf-8")  # (the exchange file: not read here)
    edits, before = [], UNSET
    for field, value, text in EDITS:
        edits.append(Edit({field: value}, {field: before}, text))
        before = value
    content = recovery.sidecar_data(str(db.resolve()), case_id, CASE_TITLE, "2026-12-03T13:07:00+00:00", edits)
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    content["pid"] = int(ended.stdout)  # (the app that kept them is no longer running)
    sidecar = recovery.sidecar_of(path)
    recovery._replace(sidecar, json.dumps(content, ensure_ascii=False, indent=1))
    assert recovery.read_sidecar(sidecar) is not None
    return sidecar


@pytest.fixture(scope="module", params=["en", "de"])
def walked(request, tmp_path_factory):
    lacking = session.missing()
    if lacking:
        pytest.skip(f"the AT-SPI tests need {', '.join(lacking)} (./dev test installs them when run as root)")
    from desktop.models.library import open_store

    lang, words = request.param, WORDS[request.param]
    data, db, case_id = session.data_folder_with_a_case(tmp_path_factory, f"atspi_recovered_{lang}", CASE_TITLE)
    sidecar = _kept_edits(db, case_id, data)
    found = run(FIRST, data, words["locale"])
    kept_after_escape = sidecar.exists()
    found += run(second(words), data, words["locale"])
    store = open_store(db, user="checker")
    try:
        history = [(h.field, h.new_value) for h in store.history(case_id) if h.field in {f for f, _v, _t in EDITS}]
    finally:
        store.close()
    reports = {r.get("walk") or r.get("events"): r for r in found if "walk" in r or "events" in r}
    return Walked(lang, words, reports, data, kept_after_escape, sidecar.exists(), history)


def _nodes(walked, label):
    nodes = walked.reports[label]["nodes"]
    assert nodes, f"{label}: nothing exposed on the accessibility bus"
    return nodes


@pytest.mark.parametrize("label", ["asked", "asked again"])
def test_the_question_comes_up_by_itself_as_a_named_alert(walked, label):
    w = walked.words
    report = walked.reports[label]
    nodes = _nodes(walked, label)
    assert report["window"] == w["title"], report["windows"]
    assert nodes[0]["role"] in ("alert", "dialog") and nodes[0]["name"] == w["title"], nodes[0]
    assert [x["name"] for x in report["windows"] if x["active"]] == [w["title"]], report["windows"]


def test_the_question_names_the_case_and_how_many_edits(walked):
    w = walked.words
    labels = [n["name"] for n in _nodes(walked, "asked") if n["role"] == "label" and n["showing"]]
    assert w["text"] in labels, labels
    case = [text for text in labels if w["case"] in text]
    assert len(case) == 1 and case[0].startswith(w["case"]), labels
    assert "2026" in case[0].split("\n", 1)[0], case  # (since when: the date it was kept)


def test_the_four_choices_are_named_described_buttons_and_later_is_the_default_in_focus(walked):
    w = walked.words
    nodes = _nodes(walked, "asked")
    assert session.unnamed(nodes) == []
    buttons = [n for n in nodes if n["role"] == "push button" and n["showing"]]
    assert sorted(b["name"] for b in buttons) == sorted([w["save"], w["show"], w["later"], w["discard"]])
    assert all(b["focusable"] and b["enabled"] and b["description"] for b in buttons), buttons
    assert len({b["description"] for b in buttons}) == 4  # (each says what it does)
    assert [b["name"] for b in buttons if b["default"]] == [w["later"]]
    focused = [(n["role"], n["name"]) for n in nodes if n["focused"]]
    assert focused == [("push button", w["later"])], focused


def test_escape_keeps_them(walked):
    w = walked.words
    report = walked.reports["after escape"]
    assert report["window"] != w["title"] and report["window"].startswith("Reverse Dependency Workbench")
    assert not any(x["name"] == w["title"] for x in report["windows"]), report["windows"]
    assert walked.kept_after_escape, "Escape lost the kept edits"


def test_the_save_buttons_mnemonic_saves_them_in_order(walked):
    w = walked.words
    report = walked.reports["after save"]
    assert report["window"] != w["title"], report["windows"]
    assert not any(x["name"] == w["title"] for x in report["windows"]), report["windows"]
    assert walked.history == [(field, value) for field, value, _text in EDITS], walked.history
    assert not walked.kept_at_end and not list((walked.data / "unsaved").glob("*.json"))


def test_saving_is_heard_once_focus_is_back_in_the_window(walked):
    """The outcome is not only in the status bar (which a screen reader does not read out by
    itself): it is announced, after the focus the question's closing gives the window."""
    events = walked.reports["save"]["list"]
    said = [i for i, e in enumerate(events) if e.get("type", "").startswith("object:announcement")
            and e.get("any_data") == walked.words["saved"]]
    assert said, events
    focus = [i for i, e in enumerate(events)
             if e.get("type") == "object:state-changed:focused" and e.get("detail1") == 1]
    assert focus and said[-1] > focus[-1], events


def test_the_bus_speaks_the_interfaces_language_only(walked):
    """German: no English interface string on the bus, and the question in German; English: no
    German one, and the question in English (so neither run can pass in the other's language)."""
    import xml.etree.ElementTree as ET

    from desktop.paths import resource_path
    from test_atspi_german import english_strings

    w = walked.words
    if walked.lang == "de":
        foreign = english_strings()
    else:
        foreign = set()
        for path in resource_path("i18n", "ui").glob("*_de.ts"):
            for message in ET.parse(path).getroot().iter("message"):
                source = (message.findtext("source") or "").replace("&", "")
                german = "".join(message.find("translation").itertext()).replace("&", "")
                if len(german) >= 4 and "%" not in german and german != source:
                    foreign.add(german)
    for label in ("asked", "after escape", "asked again", "after save"):
        heard = [(n["role"], n["name"], n.get("description")) for n in _nodes(walked, label) if n["showing"]
                 and (n["name"] in foreign or n.get("description") in foreign)]
        assert heard == [], f"{label}: another language on the bus"
    names = {n["name"] for n in _nodes(walked, "asked")}
    assert {w["title"], w["text"], w["later"], w["save"]} <= names, names
    assert any(e.get("any_data") == w["saved"] for e in walked.reports["save"]["list"])
