"""Spoken feedback for screen readers: an error or a change that appears on screen is also
announced, and an error is tied to the field it is about (the field's accessible description),
so a user who cannot see the red line below the form still hears what is wrong and where.

Qt sends the announcement over the platform bridge (AT-SPI on Linux); without a screen reader
it costs nothing. Qt is imported inside the functions: this module may sit on a dialog's path.
"""

from __future__ import annotations


def announce(widget, message: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``message`` (plain text); ``assertive`` interrupts it."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if not message:
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def show_error(label, message: str, field=None, *, fields=()) -> None:
    """Show ``message`` in ``label``, describe ``field`` with it (the others lose any old error),
    put focus on the field and announce the message at once."""
    _untie([other for other in fields if other is not field])
    label.setText(f"⚠ {message}")
    label.show()
    if field is not None:
        if not field.property("a11yError"):
            field.setProperty("a11yPlainDescription", field.accessibleDescription())
        field.setAccessibleDescription(_error(message))
        field.setProperty("a11yError", True)
        field.setFocus()
    announce(field if field is not None else label, _error(message), assertive=True)


def _error(message: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Announce", "Error: %1").replace("%1", message)


def clear_error(label, fields=()) -> None:
    """Hide the error and take it off the fields it described."""
    label.clear()
    label.hide()
    _untie(fields)


def _untie(fields) -> None:
    """Give fields that described an error their own description back."""
    for field in fields:
        if field.property("a11yError"):
            field.setAccessibleDescription(field.property("a11yPlainDescription") or "")
            field.setProperty("a11yError", False)
