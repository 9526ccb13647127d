"""Untrusted text (titles, rationales, imported files) shown literally wherever Qt guesses HTML."""

from __future__ import annotations

from html import escape


def literal_tooltip(text: str) -> str:
    """Tool tips guess whether text is HTML; escaping it inside <p> makes it always literal."""
    return "<p>" + escape(text).replace("\n", "<br>") + "</p>"
