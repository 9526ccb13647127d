"""The language a scorecard export is written in (issue 21): chosen in the Export dialog per
document, independently of the interface's (an officer in Brussels writes for Berlin),
remembered for the next export; the interface's language until one is chosen. Edit ▸ Copy
Scorecard and File ▸ Print can follow the same choice through ``document_language()``.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox

from ...models import language
from .. import translation

KEY = "export/document_language"  # "en", "fr", "de"; absent: the interface's language


def document_language(settings: QSettings | None = None) -> str:
    """The language the last export was written in, else the interface's."""
    chosen = (settings or QSettings()).value(KEY, "")
    try:
        return language.checked(chosen)
    except language.UnknownLanguageError:
        return translation.current()


def remember(lang: str, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(KEY, language.checked(lang))


def language_combo() -> QComboBox:
    """English / Français / Deutsch (each language in its own words), the current choice selected;
    ``currentData()`` is the code."""
    combo = QComboBox()
    for code in language.LANGUAGES:
        combo.addItem(language.NAMES[code], code)
    combo.setCurrentIndex(language.LANGUAGES.index(document_language()))
    return combo
