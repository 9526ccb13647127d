"""Untrusted text (titles, rationales, imported files) shown literally wherever Qt guesses HTML."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ..models.text import one_line


def escape_html(text: str) -> str:
    """What ``html.escape`` does, without importing ``html`` before the first paint (its entity
    table is ~2 ms; see first_paint, 7). tests/test_escape_html.py checks it escapes the same."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def window_title(prefix: str, title: str) -> str:
    """"<prefix> — <title>" on one line, with Qt's "[*]" modified-marker doubled so a title
    containing it stays literal."""
    return f"{prefix} — {one_line(title)}".replace("[*]", "[*][*]")


def literal_tooltip(text: str) -> str:
    """Tool tips guess whether text is HTML; escaping it inside <p> makes it always literal."""
    return "<p>" + escape_html(text).replace("\n", "<br>") + "</p>"


def plain_label(text: str = "", object_name: str = "", wrap: bool = True) -> QLabel:
    """A label that never interprets its text as HTML (user and file text is shown literally)."""
    from PySide6.QtCore import Qt  # here: this module is on the first window's path (see first_paint)

    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if object_name:
        label.setObjectName(object_name)
    return label
