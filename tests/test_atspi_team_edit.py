"""Issue 22's two moments of a shared database as a screen reader meets them, over the AT-SPI bus
(see test_atspi.py): the question when someone else changed a field after it was shown here
(``conflict_dialog``), and the "not saved yet" banner when the database did not take an edit
(``editor.unsaved_banner``, ``unsaved.py``).

One real app per language on a virtual screen, its database a file of the data folder: another
officer ("alice", a second store in a process of its own) changes the likelihood of Research &
innovation while the user's Strength page still shows it unrated; the user rates it High by key,
and the question must come up, be announced as a dialog with who changed what and both values,
offer two named buttons with "Keep theirs" the default and in focus, and Escape must keep theirs
(the page and the file say Low, focus on the value kept). Then the database refuses writes (a
trigger raising SQLite's own "database or disk is full"): the next rating is kept, and the banner
must be heard (the reason and the recovery file), its Retry button reached by Tab, named, and
saying why it is there; a press while the database still refuses says so again, and once it takes
writes again Retry saves the kept edit and "All changes saved" is heard.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from atspi import session

pytestmark = pytest.mark.slow

FIELD = "strength.pillars.research_innovation.likelihood"
CASE_TITLE = "Shared case"

# The screen reader's client (tests/atspi/client.py) with what these checks need besides: a
# node's "default" state (the button Enter presses), and a ["run", argv] step that lets another
# process act (another officer, the database failing) between two keys.
WRAPPER = r'''
import json, subprocess, sys, time
sys.path.insert(0, sys.argv[2])
import client, pyatspi

_describe = client.describe

def describe(acc, depth):
    node = _describe(acc, depth)
    states = acc.getState()
    node["default"] = states.contains(pyatspi.STATE_IS_DEFAULT)
    return node

client.describe = describe

def main():
    steps = json.loads(sys.argv[1])
    application = client.app()
    for event_type in client.EVENTS:
        try:
            pyatspi.Registry.registerEventListener(client.on_event, event_type)
        except Exception:
            pass
    time.sleep(1.5)
    for step in steps:
        kind = step[0]
        if kind == "keys":
            client.send_keys(step[1])
        elif kind == "run":
            done = subprocess.run(step[1], capture_output=True, text=True)
            print(json.dumps({"run": step[1][-1], "rc": done.returncode, "err": done.stderr[-2000:]}), flush=True)
            time.sleep(0.3)
        elif kind == "focus":
            target = client.find(client.active_window(application) or application, step[1], step[2])
            ok = bool(target) and target.queryComponent().grabFocus()
            print(json.dumps({"focus": step[1:], "ok": bool(ok)}), flush=True)
            time.sleep(0.4)
        elif kind == "walk":
            time.sleep(0.8)
            client.pump(0.2)
            window = client.active_window(application)
            windows = []
            for i in range(application.childCount):
                w = application.getChildAtIndex(i)
                if w is not None and w.getState().contains(pyatspi.STATE_SHOWING):
                    windows.append({"role": w.getRoleName(), "name": w.name or "",
                                    "active": w.getState().contains(pyatspi.STATE_ACTIVE)})
            print(json.dumps({"walk": step[1], "window": window.name if window else None,
                              "windows": windows, "nodes": client.walk(window) if window else []}), flush=True)
        elif kind == "listen":
            client.recorded = []
        elif kind == "events":
            client.pump(1.0)
            print(json.dumps({"events": step[1], "list": client.recorded or []}), flush=True)
            client.recorded = None

main()
'''

# Another officer and the database, as separate processes (the app's own Python).
ALICE = r'''
import sys
from desktop.models.library import open_store
store = open_store(sys.argv[1], user="alice")
store.set_field(sys.argv[2], sys.argv[3], sys.argv[4])
store.close()
'''
FULL = r'''
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=10)
if sys.argv[2] == "on":
    conn.execute("CREATE TRIGGER disk_full BEFORE UPDATE ON cases BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
else:
    conn.execute("DROP TRIGGER disk_full")
conn.commit()
conn.close()
'''

# What each language must say (the question's and the banner's words, as the .ts files have them).
WORDS = {
    "en": {"locale": None, "search": "Search cases", "low": "Low", "all_cases": "All cases",
           "title": "Changed by someone else", "changed": "alice changed “{field}” at ",
           "detail": "Their value: Low\nYour value: High", "theirs": "Keep theirs", "mine": "Keep mine",
           "row": "Research & innovation: likelihood", "not_saved": "Not saved yet",
           "retry": "Retry Now", "saved": "All changes saved", "steps": "Steps"},
    "de": {"locale": "de_DE.UTF-8", "search": "suchen", "low": "Niedrig", "all_cases": "Alle Fälle",
           "title": "Von jemand anderem geändert", "changed": "alice hat „{field}“ am ",
           "detail": "Der andere Wert: Niedrig\nIhr Wert: Hoch", "theirs": "Den anderen Wert behalten",
           "mine": "Meinen Wert behalten", "row": "Forschung und Innovation: Wahrscheinlichkeit",
           "not_saved": "Noch nicht gespeichert", "retry": "Jetzt erneut versuchen",
           "saved": "Alle Änderungen gespeichert", "steps": "Schritte"},
}
DISK_FULL = "database or disk is full"  # SQLite's own words (not translated: the app quotes them)


def steps(db: Path, case_id: str, words: dict) -> list:
    python = sys.executable
    return [
        ["focus", "text", words["search"]], ["keys", "type:Shared_case sleep:1 Down Return sleep:2"],
        ["keys", "ctrl+Next sleep:1"], ["walk", "strength"],
        # meanwhile, in Alice's window: the likelihood the user's page still shows unrated
        ["run", [python, "-c", ALICE, str(db), case_id, FIELD, "low"]],
        ["focus", "radio button", words["low"]], ["listen"], ["keys", "3 sleep:2"], ["events", "asked"],
        ["walk", "conflict"],
        ["listen"], ["keys", "Escape sleep:1.5"], ["events", "escape"], ["walk", "after escape"],
        # the database stops taking writes: the next rating (Medium) is kept, and the banner says so
        ["run", [python, "-c", FULL, str(db), "on"]],
        ["listen"], ["keys", "2 sleep:2"], ["events", "refused"],  # (focus is back on the row: see after escape)
        ["walk", "banner"],
        ["focus", "push button", words["all_cases"]], ["keys", "Tab sleep:0.5"], ["walk", "tab"],
        ["listen"], ["keys", "space sleep:1.5"], ["events", "retry refused"],
        # the database takes writes again: Retry saves the kept edit
        ["run", [python, "-c", FULL, str(db), "off"]],
        ["listen"], ["keys", "space sleep:2"], ["events", "retry saved"], ["walk", "after retry"],
    ]


def run(steps_: list, data_dir: Path, locale: str | None, timeout: float = 300) -> list[dict]:
    """``session.run`` with this file's client (its ``run`` steps and extra states)."""
    wrapper = data_dir / "client_team_edit.py"
    wrapper.write_text(WRAPPER, encoding="utf-8")
    env = dict(os.environ)
    if locale:
        env.update({"LANG": locale, "LC_ALL": locale, "LANGUAGE": locale.split(".")[0]})
    env.pop("QT_QPA_PLATFORM", None)
    env.update({
        "RDW_DISPLAY": f":{300 + (os.getpid() + 7) % 600}", "RDW_SIZE": "1024x768", "RDW_PYTHON": sys.executable,
        "RDW_SYSTEM_PYTHON": session.SYSTEM_PYTHON, "RDW_CLIENT": str(wrapper),
        "RDW_STEPS": json.dumps(steps_), "RDW_LOG": str(data_dir / "app.log"), "RDW_DATA_DIR": str(data_dir),
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1", "QT_QPA_PLATFORM": "xcb",
        "NO_AT_BRIDGE": "0", "HOME": str(data_dir),
    })
    script = session.SCRIPT.replace('"$RDW_CLIENT" "$RDW_STEPS"', '"$RDW_CLIENT" "$RDW_STEPS" "$RDW_CLIENT_DIR"')
    assert script != session.SCRIPT, "session.SCRIPT no longer starts the client as this file expects"
    env["RDW_CLIENT_DIR"] = str(session.HERE)
    proc = subprocess.run(["dbus-run-session", "--", "bash", "-c", script], cwd=session.ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)
    reports = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    log = (data_dir / "app.log").read_text(errors="replace") if (data_dir / "app.log").exists() else ""
    if proc.returncode != 0 and not reports:
        raise RuntimeError(f"AT-SPI session failed ({proc.returncode}):\n{proc.stderr[-3000:]}\napp log:\n{log[-3000:]}")
    missed = [r["focus"] for r in reports if "focus" in r and not r["ok"]]
    failed = [r for r in reports if "run" in r and r["rc"] != 0]
    if missed or failed:
        error = RuntimeError(f"AT-SPI step went wrong: focus {missed}, run {failed}\napp log:\n{log[-3000:]}")
        error.reports = reports  # (what was walked up to there: to see why)
        raise error
    return reports


class Walked(NamedTuple):
    lang: str
    words: dict
    reports: dict  # label → the walk's or the events' report
    data: Path
    stored: str | None  # the likelihood as the file has it at the end
    history: list  # (user, new value) of the likelihood, in order


@pytest.fixture(scope="module", params=["en", "de"])
def walked(request, tmp_path_factory):
    lacking = session.missing()
    if lacking:
        pytest.skip(f"the AT-SPI tests need {', '.join(lacking)} (./dev test installs them when run as root)")
    from desktop.models.exchange import case_to_data
    from desktop.models.library import open_store

    lang, words = request.param, WORDS[request.param]
    data, db, case_id = session.data_folder_with_a_case(tmp_path_factory, f"atspi_team_{lang}", CASE_TITLE)
    found = run(steps(db, case_id, words), data, words["locale"])
    store = open_store(db, user="checker")
    try:
        stored = case_to_data(store.get(case_id))
        for part in FIELD.split("."):
            stored = (stored or {}).get(part)
        history = [(h.user, h.new_value) for h in store.history(case_id) if h.field == FIELD]
    finally:
        store.close()
    reports = {r.get("walk") or r.get("events"): r for r in found if "walk" in r or "events" in r}
    return Walked(lang, words, reports, data, stored, history)


def _nodes(walked, label):
    nodes = walked.reports[label]["nodes"]
    assert nodes, f"{label}: nothing exposed on the accessibility bus"
    return nodes


def _said(walked, label):
    """What the app asked a screen reader to say (announcements) while ``label``'s keys went in."""
    return [e["any_data"] for e in walked.reports[label]["list"] if e.get("type", "").startswith("object:announcement")]


def _field_label(lang):
    from desktop.models.diff import fields

    return next(label for _step, path, label, _render in fields(lang) if path == FIELD)


# -- the question: someone else changed the field after it was shown here ------------------------
def test_the_question_comes_up_as_an_alert_with_focus_on_a_choice(walked):
    w = walked.words
    report = walked.reports["conflict"]
    nodes = _nodes(walked, "conflict")
    assert report["window"] == w["title"], report["windows"]
    assert nodes[0]["role"] in ("alert", "dialog") and nodes[0]["name"] == w["title"]
    assert [x["name"] for x in report["windows"] if x["active"]] == [w["title"]]
    focus = [e for e in walked.reports["asked"]["list"] if e.get("type") == "object:state-changed:focused"
             and e.get("detail1") == 1]
    assert focus and (focus[-1]["role"], focus[-1]["name"]) == ("push button", w["theirs"]), focus


def test_the_question_says_who_changed_which_field_and_both_values(walked):
    w = walked.words
    labels = [n["name"] for n in _nodes(walked, "conflict") if n["role"] == "label" and n["showing"]]
    who = w["changed"].format(field=_field_label(walked.lang))
    assert any(text.startswith(who) and "UTC" in text for text in labels), labels
    assert w["detail"] in labels, labels


def test_both_choices_are_named_buttons_and_keep_theirs_is_the_default(walked):
    w = walked.words
    nodes = _nodes(walked, "conflict")
    assert session.unnamed(nodes) == []
    buttons = [n for n in nodes if n["role"] == "push button" and n["showing"]]
    assert sorted(b["name"] for b in buttons) == sorted([w["theirs"], w["mine"]])
    assert all(b["focusable"] and b["enabled"] and b["description"] for b in buttons)
    assert [b["name"] for b in buttons if b["default"]] == [w["theirs"]]
    assert [b["name"] for b in buttons if b["focused"]] == [w["theirs"]]


def test_escape_keeps_theirs(walked):
    w = walked.words
    report = walked.reports["after escape"]
    assert report["window"] != w["title"] and CASE_TITLE in report["window"]
    nodes = _nodes(walked, "after escape")
    row = next(n for n in nodes if n["role"] == "panel" and n["name"] == w["row"])
    assert row["description"].startswith(w["low"] + ".")
    focused = [(n["role"], n["name"]) for n in nodes if n["focused"]]
    assert [(n["name"], n["checked"], n["focused"]) for n in nodes if n["role"] == "radio button"
            and n["checked"]][:1] == [(w["low"], True, True)], (focused, walked.reports["escape"]["list"])
    # in the file: Alice's Low, then (after the database failed and came back) the user's Medium;
    # the High the user typed before the question was never written
    assert walked.history == [("alice", "low"), (walked.history[-1][0], "medium")], walked.history
    assert walked.history[-1][0] != "alice" and walked.stored == "medium"


# -- the banner: an edit the database did not take ----------------------------------------------
def test_the_banner_says_why_and_where_the_work_is_kept_and_is_heard(walked):
    w = walked.words
    nodes = _nodes(walked, "banner")
    banner = [n["name"] for n in nodes if n["role"] == "label" and n["name"].startswith(w["not_saved"] + ": ")]
    assert len(banner) == 1, [n["name"] for n in nodes if n["role"] == "label"]
    text = banner[0]
    assert DISK_FULL in text and str(walked.data / "unsaved") in text and ".json" in text, text
    assert any(n["role"] == "label" and n["name"] == w["not_saved"] for n in nodes)  # the header
    said = _said(walked, "refused")
    assert any(s.startswith(w["not_saved"] + ": ") and DISK_FULL in s for s in said), walked.reports["refused"]["list"]


def test_tab_reaches_a_named_retry_button_that_says_why(walked):
    w = walked.words
    nodes = _nodes(walked, "tab")
    assert session.unnamed(nodes) == []
    focused = [n for n in nodes if n["focused"] and n["role"] != "list item"]
    assert [(n["role"], n["name"]) for n in focused] == [("push button", w["retry"])], focused
    retry = focused[0]
    assert retry["focusable"] and retry["enabled"] and DISK_FULL in retry["description"], retry
    back = next(n for n in nodes if n["role"] == "push button" and w["all_cases"] in n["name"])
    assert back["description"] == w["not_saved"]  # not "Everything is already saved" (its tooltip)


def test_retry_is_answered_and_saves_once_the_database_takes_it(walked):
    w = walked.words
    again = _said(walked, "retry refused")
    assert any(s.startswith(w["not_saved"] + ": ") and DISK_FULL in s for s in again), walked.reports["retry refused"]
    assert w["saved"] in _said(walked, "retry saved"), walked.reports["retry saved"]["list"]
    nodes = _nodes(walked, "after retry")
    assert not any(n["name"] == w["retry"] for n in nodes)
    assert any(n["role"] == "label" and n["name"] == w["saved"] for n in nodes)
    focused = [n for n in nodes if n["focused"] and n["role"] != "list item"]
    assert [(n["role"], n["name"]) for n in focused] == [("list", w["steps"])], focused
    assert not list((walked.data / "unsaved").glob("*.json"))  # saved: the recovery file is gone


def test_the_bus_speaks_the_interfaces_language_only(walked):
    """German: no English interface string on the bus; English: no German one."""
    import xml.etree.ElementTree as ET

    from desktop.paths import resource_path
    from test_atspi_german import english_strings

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
    for label in ("conflict", "banner", "tab"):
        heard = [n for n in _nodes(walked, label) if n["showing"]
                 and (n["name"] in foreign or n.get("description") in foreign)]
        assert heard == [], f"{label}: another language on the bus"
