"""View ▸ Language (issue 21): the interface's language, chosen and remembered for the next start.

The languages are named in their own language (an officer who cannot read the current one still
finds hers). The interface is loaded once, before any window exists (``app.install_language``),
so a choice takes effect at the next start; the app says so in the chosen language and in the one
it speaks now, forces no restart and loses nothing. Built before the first paint: no ``Qt.…``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup

from ...models import language
from .. import translation

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMenu

translate = QCoreApplication.translate
NAMES = {"en": "English", "fr": "Français", "de": "Deutsch"}  # each in its own language, never translated
MNEMONICS = {"en": "&English", "fr": "&Français", "de": "&Deutsch"}
SYSTEM = "system"  # the entry that follows the system's locale (nothing remembered)


def system_language() -> str:
    """The language the system's locale gives ("en" when it is none of the app's)."""
    from PySide6.QtCore import QLocale

    return language.from_locale(QLocale.system().name())


def announcement(choice: str, lang: str) -> str:
    """What choosing ``choice`` (a language or ``SYSTEM``) means, written in ``lang``."""
    spoken = system_language() if choice == SYSTEM else choice
    if spoken == translation.current():
        return language.sentence("window", f"language.already.{spoken}", lang)
    if choice == SYSTEM:
        return language.sentence("window", "language.restart.system", lang, name=NAMES[spoken])
    return language.sentence("window", f"language.restart.{choice}", lang)


class LanguageMenu:
    """The submenu (``menu``) and its radio entries (``actions``: SYSTEM, "en", "fr", "de");
    ``settings`` remembers the choice, ``tell(title, text, informative)`` says what it means."""

    def __init__(self, parent: QMenu, settings: QSettings, tell: Callable[[str, str, str], None]):
        self.settings, self.tell = settings, tell
        self.menu = parent.addMenu(translate("LanguageMenu", "&Language"))
        self.menu.setObjectName("languageMenu")
        group = QActionGroup(self.menu)
        group.setExclusive(True)
        system = translate("LanguageMenu", "&System language (%1)").replace("%1", NAMES[system_language()])
        self.actions: dict[str, QAction] = {}
        for key, text in ((SYSTEM, system), *((lang, MNEMONICS[lang]) for lang in language.LANGUAGES)):
            action = QAction(text, self.menu, checkable=True)
            action.setStatusTip(translate("LanguageMenu", "The language of the interface, from the next start"))
            group.addAction(action)
            self.menu.addAction(action)
            action.triggered.connect(lambda checked=False, k=key: self.choose(k))
            self.actions[key] = action
        self.menu.insertSeparator(self.actions[language.LANGUAGES[0]])  # the system's, then the three
        self.actions[self.remembered()].setChecked(True)

    def remembered(self) -> str:
        """The entry the settings hold: a language, or ``SYSTEM`` when none was chosen."""
        chosen = self.settings.value(translation.KEY, "")
        return chosen if chosen in language.LANGUAGES else SYSTEM

    def choose(self, choice: str) -> None:
        """Remember ``choice`` for the next start and say so, in the language chosen and, when it
        differs, in the one spoken now."""
        translation.choose(self.settings, None if choice == SYSTEM else choice)
        self.settings.sync()
        self.actions[choice].setChecked(True)
        now = translation.current()
        spoken = system_language() if choice == SYSTEM else choice
        text = announcement(choice, spoken)
        self.tell(translate("LanguageMenu", "Language"), text,
                  announcement(choice, now) if spoken != now else "")
