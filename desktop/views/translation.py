"""The interface's language (issue 21): chosen in View ▸ Language, else the system's; loaded at
start-up, before any window exists, and changed by a restart (the app says so when it is chosen).

The interface's words come from Qt's translation system: ``self.tr()`` /
``QCoreApplication.translate()`` in the views, Qt Linguist sources in ``resources/i18n/ui/``,
compiled by ``build/translations.py`` into ``resources/i18n/qm/``, with Qt's own for its
standard buttons and dialogs (``qtbase_LANG.qm``, copied there from PySide's). The framework's words (pillars, levels…)
come from the glossary (``models/language.py``) in the same language: ``current()`` says which.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import language
from ..paths import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

KEY = "interface/language"  # "en", "fr", "de"; absent: follow the system's locale
_current = language.SOURCE
_loaded: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def current() -> str:
    """The interface's language now ("en", "fr" or "de")."""
    return _current


def preferred(settings: QSettings) -> str:
    """The language chosen in View ▸ Language, else the system locale's (English otherwise)."""
    chosen = settings.value(KEY, "")
    try:
        return language.checked(chosen)
    except language.UnknownLanguageError:
        from PySide6.QtCore import QLocale

        return language.from_locale(QLocale.system().name())


def choose(settings: QSettings, lang: str | None) -> None:
    """Remember ``lang`` for the next start (None: follow the system again)."""
    if lang is None:
        settings.remove(KEY)
    else:
        settings.setValue(KEY, language.checked(lang))


def install(app: QCoreApplication, lang: str) -> str:
    """Load ``lang``'s translations into ``app`` (Qt's own and every package's); returns the
    language now spoken. English loads only its counts' plurals ("%n case(s)" → "3 cases"). A
    missing catalogue leaves those words English."""
    global _current
    from PySide6.QtCore import QTranslator

    lang = language.checked(lang)
    for translator in _loaded:
        app.removeTranslator(translator)
    _loaded.clear()
    _current = lang
    folder = resource_path("i18n", "qm")  # the app's packages and Qt's own (qtbase_LANG.qm); English: its counts
    names = ["plurals_en.qm"] if lang == language.SOURCE else [p.name for p in sorted(folder.glob(f"*_{lang}.qm"))]
    for path in (folder / name for name in names):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _loaded.append(translator)
    return lang
