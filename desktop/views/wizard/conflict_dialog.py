"""Someone else changed a field after it was shown here (issue 22): say who, when, their value and
this edit's value, and let the user keep either. Nothing is written until they choose; keeping
theirs is the default (Enter, Escape), so a hurried key never overwrites a colleague's work.
Keeping one's own writes it as a new edit: the history keeps both."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from ...models.storage.records import FieldConflictError
from ..dialogs import plain_message
from ..translation import current

translate = QCoreApplication.translate  # (lupdate reads translate("Context", "…"))


def _labels() -> dict[str, tuple[str, Any]]:
    from ...models.diff import fields

    return {path: (label, render) for _step, path, label, render in fields(current())}


def describe(path: str, value: Any) -> tuple[str, str]:
    """A field's name and a value as the case's summary words them (the path and the JSON for a
    field without a row, e.g. the overrides)."""
    label, render = _labels().get(path, (path, None))
    if value is None or value == "" or value == []:
        return label, translate("Conflict", "(not assessed)")
    if render is not None:
        try:
            return label, render(value, False, current())
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return label, text if len(text) <= 300 else text[:300] + "…"


def _when(stamp: str | None) -> str:
    """"3 December 2026, 13:07 UTC" in the interface's language (the history's time as stored
    when it does not read as one)."""
    from datetime import datetime, timezone

    from ...models.language import long_date

    try:
        moment = datetime.fromisoformat((stamp or "").replace("Z", "+00:00")).astimezone(timezone.utc)
    except ValueError:
        return stamp or "?"
    return f"{long_date(moment.date(), current())}, {moment:%H:%M} UTC"


def ask(parent: QWidget | None, conflict: FieldConflictError) -> str:
    """"mine" or "theirs", for every conflicting field of the edit at once."""
    first = conflict.conflicts[0]
    label, theirs = describe(first.path, first.theirs)
    _label, yours = describe(first.path, first.yours)
    who = first.user or translate("Conflict", "someone")
    when = _when(first.changed_at)
    text = translate("Conflict", "%1 changed “%2” at %3, after it was shown here.") \
        .replace("%3", when).replace("%2", label).replace("%1", who)
    detail = translate("Conflict", "Their value: %1\nYour value: %2").replace("%2", yours).replace("%1", theirs)
    if len(conflict.conflicts) > 1:
        others = ", ".join(describe(c.path, None)[0] for c in conflict.conflicts[1:])
        detail += "\n\n" + translate("Conflict", "Also changed meanwhile: %1 (the same choice applies).").replace("%1", others)
    box = plain_message(parent, QMessageBox.Icon.Question, translate("Conflict", "Changed by someone else"), text, detail)
    box.setStandardButtons(QMessageBox.StandardButton.NoButton)
    keep_theirs = box.addButton(translate("Conflict", "Keep theirs"), QMessageBox.ButtonRole.RejectRole)
    keep_mine = box.addButton(translate("Conflict", "Keep mine"), QMessageBox.ButtonRole.AcceptRole)
    keep_theirs.setAccessibleDescription(translate("Conflict", "Discard your change; the page shows their value"))
    keep_mine.setAccessibleDescription(translate("Conflict", "Save your value; the history keeps both"))
    box.setDefaultButton(keep_theirs)
    box.setEscapeButton(keep_theirs)
    box.exec()
    window = parent.window() if parent is not None else None
    if window is not None:  # once the page shows the value kept (the caller refreshes it right after)
        QTimer.singleShot(0, window, lambda: _refocus(window))
    return "mine" if box.clickedButton() is keep_mine else "theirs"


def _refocus(window: QWidget) -> None:
    """Focus goes back to the control the edit was made with; when keeping theirs has made it
    no Tab stop any more (a rating row's value not chosen now: the row's Tab stop is the checked
    value), to its group's Tab stop instead, so a screen reader says the value kept, checked.
    (The row moves focus itself only while its window is active, and the window is activated
    again by the window manager, sometimes only after the page was refreshed.)"""
    widget = window.focusWidget()
    if widget is None or widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return
    group = widget.parentWidget()
    proxy = group.focusProxy() if group is not None else None
    if proxy is not None and proxy is not widget and proxy.isVisible():
        proxy.setFocus(Qt.FocusReason.OtherFocusReason)
