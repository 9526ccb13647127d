"""A screen reader's view of the app: walks the AT-SPI tree the way Orca does.

Runs under the *system* Python (Debian's python3-pyatspi; the venv has no pyatspi), inside the
private D-Bus session and X display that ``tests/atspi/session.py`` prepares. It reads a scenario
(JSON, argument 1): a list of steps, and prints one JSON object per ``walk``/``events`` step.

Steps:
  ["keys", "Tab Tab ctrl+Next type:some_text sleep:1"]  keys sent with xdotool
  ["focus", role, name_substring]  grab focus of the first showing object that matches
  ["walk", label]                  report every showing object of the active window
  ["listen"]                       start recording events (state, announcements, focus …)
  ["events", label]                report the recorded events and stop recording
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi

APP_NAME = "Reverse Dependency Workbench"
LEAVES = {"table", "tree table", "menu bar", "tree"}  # their cells are not separate controls
EVENTS = ("object:state-changed:checked", "object:state-changed:focused", "object:announcement",
          "object:property-change:accessible-description", "object:property-change:accessible-value",
          "object:property-change:accessible-name", "object:value-changed", "focus:")


def app():
    for _ in range(60):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            if child is not None and child.name == APP_NAME:
                return child
        time.sleep(0.5)
    raise SystemExit(f"{APP_NAME} never appeared on the AT-SPI bus")


def describe(acc, depth):
    states = acc.getState()
    try:
        description = acc.description or ""
    except Exception:
        description = ""
    value = None
    try:
        value = acc.queryValue().currentValue
    except Exception:
        pass
    relations = []
    try:
        relations = [r.getRelationType().value_nick if hasattr(r.getRelationType(), "value_nick")
                     else str(r.getRelationType()) for r in acc.getRelationSet()]
    except Exception:
        pass
    return {
        "depth": depth, "role": acc.getRoleName(), "name": acc.name or "", "description": description,
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE), "focused": states.contains(pyatspi.STATE_FOCUSED),
        "checked": states.contains(pyatspi.STATE_CHECKED), "showing": states.contains(pyatspi.STATE_SHOWING),
        "enabled": states.contains(pyatspi.STATE_ENABLED), "value": value, "relations": relations,
        "children": acc.childCount,
    }


def walk(acc, depth=0, out=None):
    out = [] if out is None else out
    try:
        node = describe(acc, depth)
    except Exception:
        return out
    if not node["showing"] and depth > 0:
        return out
    out.append(node)
    if node["role"] in LEAVES:
        return out
    for i in range(min(acc.childCount, 500)):
        try:
            walk(acc.getChildAtIndex(i), depth + 1, out)
        except Exception:
            pass
    return out


def active_window(application):
    windows = []
    for i in range(application.childCount):
        window = application.getChildAtIndex(i)
        states = window.getState()
        if states.contains(pyatspi.STATE_SHOWING):
            windows.append(window)
            if states.contains(pyatspi.STATE_ACTIVE):
                return window
    return windows[-1] if windows else None


def find(acc, role, name_part):
    for node in _iter(acc):
        try:
            if node.getRoleName() == role and name_part.lower() in (node.name or "").lower() \
                    and node.getState().contains(pyatspi.STATE_SHOWING):
                return node
        except Exception:
            continue
    return None


def _iter(acc):
    yield acc
    try:
        role = acc.getRoleName()
    except Exception:
        return
    if role in LEAVES:
        return
    for i in range(min(acc.childCount, 500)):
        child = acc.getChildAtIndex(i)
        if child is not None:
            yield from _iter(child)


def send_keys(spec):
    for token in spec.split():
        if token.startswith("sleep:"):
            time.sleep(float(token[6:]))
            continue
        if token.startswith("type:"):
            subprocess.run(["xdotool", "type", "--delay", "40", token[5:].replace("_", " ")], check=True)
        else:
            subprocess.run(["xdotool", "key", token], check=True)
        time.sleep(0.35)
        pump(0.05)


recorded: list | None = None


def on_event(event):
    if recorded is None:
        return
    try:
        source = event.source
        recorded.append({"type": str(event.type), "role": source.getRoleName(), "name": source.name or "",
                         "detail1": event.detail1, "any_data": str(event.any_data)[:200]})
    except Exception:
        recorded.append({"type": str(event.type)})


def pump(seconds):
    """Let pyatspi deliver queued events (its main loop is GLib's)."""
    from gi.repository import GLib

    context = GLib.MainContext.default()
    end = time.time() + seconds
    while time.time() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def main():
    global recorded
    steps = json.loads(sys.argv[1])
    application = app()
    for event_type in EVENTS:
        try:
            pyatspi.Registry.registerEventListener(on_event, event_type)
        except Exception:
            pass
    time.sleep(1.5)
    for step in steps:
        kind = step[0]
        if kind == "keys":
            send_keys(step[1])
        elif kind == "focus":
            target = find(active_window(application) or application, step[1], step[2])
            ok = bool(target) and target.queryComponent().grabFocus()
            print(json.dumps({"focus": step[1:], "ok": bool(ok)}), flush=True)
            time.sleep(0.4)
        elif kind == "walk":
            time.sleep(0.8)
            pump(0.2)
            window = active_window(application)
            print(json.dumps({"walk": step[1], "window": window.name if window else None,
                              "nodes": walk(window) if window else []}), flush=True)
        elif kind == "listen":
            recorded = []
        elif kind == "events":
            pump(1.0)
            print(json.dumps({"events": step[1], "list": recorded or []}), flush=True)
            recorded = None


if __name__ == "__main__":
    main()
