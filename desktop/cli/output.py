"""What ``rdw`` prints, shared by the commands: UTF-8 on any console, exact bytes for files,
tables that line up with wide (CJK) characters, and the words for values.

Kept apart from the commands so that every command module (and ``main``, which makes the
console streams UTF-8-safe) can use it without importing another command module or ``main``.
Stdlib only: ``rdw --help`` and ``rdw list`` import it, and neither needs the case models.
"""

from __future__ import annotations

import sys
import unicodedata
from typing import Sequence

from ..models.text import escape_json_text, one_line, terminal_text

NOT_ASSESSED = "—"
_PROBE = "Rühlig — 光刻机"  # what cases contain: accents, dashes, CJK


# -- output plumbing ----------------------------------------------------------------------
def ensure_utf8(stream) -> None:
    """A stream that cannot encode case text (ASCII/latin-1 locales, PYTHONIOENCODING) is switched
    to UTF-8 with replacement, so printing a Chinese title never crashes a command."""
    encoding = getattr(stream, "encoding", None) or "ascii"
    try:
        _PROBE.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def say(*parts: object, file=None) -> None:
    """``print`` for every line a command shows that may hold user or imported text (titles,
    ids, names, reasons, file content in an error): through ``terminal_text``, so an escape
    sequence, OSC 52 clipboard write or bidi override in a case file never reaches the
    terminal; newlines and tabs are kept, Chinese and every other printable character too."""
    print(terminal_text(" ".join(str(p) for p in parts)), file=file)


def say_json(value: object) -> None:
    """JSON for ``--json``: the same value, with the characters a terminal would act on
    written as ``\\uXXXX`` escapes (JSON already escapes C0 controls; this adds C1, DEL, bidi
    and other format characters)."""
    import json

    print(escape_json_text(json.dumps(value, indent=2, ensure_ascii=False)))


def emit_exact(text: str) -> None:
    """Write canonical UTF-8 bytes (no newline translation, no locale encoding), so that
    ``rdw show --json X > x.json`` gives the same bytes as ``export-case`` on every platform."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def display_width(text: str) -> int:
    """Terminal columns: East Asian wide characters take two, combining marks none."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def text_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    cells = [[one_line(c) for c in row] for row in [headers, *rows]]
    widths = [max(display_width(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for row in cells:
        padded = [c + " " * (w - display_width(c)) for c, w in zip(row, widths)]
        lines.append("  ".join(padded).rstrip())
    return "\n".join(lines)


# -- words for values ----------------------------------------------------------------------
def token_label(value) -> str:
    if value is None:
        return NOT_ASSESSED
    if isinstance(value, bool):
        return "yes" if value else "no"
    return getattr(value, "label", str(value))


def token_labels(values) -> str:
    return ", ".join(token_label(v) for v in values) if values else NOT_ASSESSED


def case_kind(is_reference: bool) -> str:
    return "reference" if is_reference else "mine"
