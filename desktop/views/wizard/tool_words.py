"""Words the instruments, review and evidence parts of the wizard share, in the interface's
language: the age of stale sources, Qt-style ``%1`` arguments. (A rating's name is
``page_base.rating_label``: the same words as on the step that shows the rating.)
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ...models.evidence import clamp_stale_years
from .. import translation

_ARG = re.compile(r"%(\d)")


def lang() -> str:
    """The interface's language now."""
    return translation.current()


def fill(template: str, *args: object) -> str:
    """``%1``, ``%2`` … of a translated template replaced by ``args`` in one pass (an argument
    that contains "%2" is never filled again)."""
    return _ARG.sub(lambda m: str(args[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(args) else m.group(0),
                    template)


def stale_age(years: int) -> str:
    """"older than 3 years" in the interface's language (``evidence.stale_age_text``'s words)."""
    years = clamp_stale_years(years)
    if years == 1:
        return QCoreApplication.translate("EvidenceButton", "older than 1 year")
    return fill(QCoreApplication.translate("EvidenceButton", "older than %1 years"), years)

