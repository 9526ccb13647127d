"""Text made safe for one line: window titles, combo entries, command-line output."""

from __future__ import annotations

import unicodedata


def one_line(text: object) -> str:
    """Line breaks and other control characters become spaces (they would break a line-based
    output or a title bar); everything else is kept exactly."""
    return "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in str(text))
