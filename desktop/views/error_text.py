"""An error's message in the interface's language, for a dialog or a status line (issue 21):
the app's own sentences translated (``models/messages.py``), the rest as it came."""

from __future__ import annotations

from ..models.messages import in_language
from .translation import current


def error_text(error: BaseException) -> str:
    return in_language(error, current())
