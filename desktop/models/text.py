"""Text made safe for a terminal or one line: window titles, combo entries, command-line output.

Imported files carry any text, including escape sequences (``ESC ]0;title BEL``, ``ESC [2J``,
OSC 52 clipboard writes) and bidirectional overrides that make ``evil.exe`` read as ``exe.live``.
``terminal_text`` is the one filter every printed piece of user or imported text goes through;
``one_line`` is the same filter for a single line.
"""

from __future__ import annotations

import unicodedata

# format characters (category Cf) that real text needs: zero-width joiner and non-joiner (emoji
# sequences, Persian, Indic scripts); every other one is invisible and can hide or reorder text
# (bidi embeddings, overrides and isolates U+202A–202E, U+2066–2069, marks U+200E/200F/061C,
# zero-width space, word joiner, tag characters, the byte-order mark …)
_KEPT_FORMAT = frozenset("\u200c\u200d")


def noncharacter(c: str) -> bool:
    """U+FFFE, U+FFFF (and their kin at the end of every plane, U+FDD0–FDEF): never text. Qt even
    reads a leading U+FFFE as a byte-order mark and byte-swaps the rest ("Start" → "匀琀愀爀琀")."""
    code = ord(c)
    return (code & 0xFFFE) == 0xFFFE or 0xFDD0 <= code <= 0xFDEF


def unsafe_char(c: str) -> bool:
    """A control (C0, DEL, C1), line/paragraph separator, surrogate, noncharacter or spoofing
    format character."""
    category = unicodedata.category(c)
    return (category in ("Cc", "Zl", "Zp", "Cs") or (category == "Cf" and c not in _KEPT_FORMAT)
            or (category == "Cn" and noncharacter(c)))


def terminal_text(text: object, keep: str = "\n\t") -> str:
    """``text`` with every unsafe character removed, except those in ``keep`` (by default the
    newline and tab a printed layout needs). Chinese, accents, emoji and all other printable
    Unicode are kept exactly; so is the remainder of an escape sequence, which without its ESC
    is only harmless visible text."""
    return "".join(c for c in str(text) if c in keep or not unsafe_char(c))


def one_line(text: object) -> str:
    """Line breaks, tabs and other control characters become spaces (they would break a
    line-based output or a title bar); spoofing format characters are removed (as
    ``terminal_text``); everything else is kept exactly."""
    return "".join(
        " " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else "" if unsafe_char(c) else c
        for c in str(text)
    )


def escape_json_text(text: str) -> str:
    """JSON text with the unsafe characters JSON may hold literally (C1 controls, DEL, bidi and
    other format characters, separators) written as ``\\uXXXX`` escapes: the same JSON value,
    safe on a terminal. (``json.dumps`` already escapes C0 controls; unsafe characters can only
    occur inside strings, where an escape means the same character.)"""
    return "".join(_json_escape(c) if unsafe_char(c) and c not in "\n\t " else c for c in text)


def _json_escape(c: str) -> str:
    code = ord(c)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000  # beyond the BMP: a surrogate pair, as JSON spells it
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
