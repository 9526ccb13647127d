"""The user's choice of how old a rating's newest source may be before it is flagged as stale.

Stored in QSettings under ``evidence/stale_years``; a missing or bad value means the default.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ...models.evidence import (
    DEFAULT_STALE_YEARS,
    MAX_STALE_YEARS,
    MIN_STALE_YEARS,
    clamp_stale_years,
)

KEY = "evidence/stale_years"


def stale_years() -> int:
    value = QSettings().value(KEY, DEFAULT_STALE_YEARS)
    try:
        years = int(value)
    except (TypeError, ValueError):
        return DEFAULT_STALE_YEARS
    if not MIN_STALE_YEARS <= years <= MAX_STALE_YEARS:
        return DEFAULT_STALE_YEARS
    return years


def set_stale_years(n: int) -> None:
    settings = QSettings()
    settings.setValue(KEY, clamp_stale_years(n))
    settings.sync()
