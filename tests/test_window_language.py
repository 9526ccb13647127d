"""The main window in the interface's language (issue 21): every menu, action, tip, toolbar button
and label of the window in French and German (the cases' own texts as written), the names the
guide uses for its menu items, mnemonics unique per menu in each language, and View ▸ Language:
the choice remembered and announced in the chosen language and the one spoken now."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QMenu, QWidget

from desktop.models import language
from desktop.views import translation
from desktop.views.window.language_menu import NAMES, SYSTEM, announcement
from desktop.views.window.main_window import MainWindow

# the same word in English and this language (never an English word left untranslated)
SAME = {"fr": {"Analyse", "Guide", "Tab", "Status", "Ambition"},
        "de": {"Analyse", "Portfolio", "Workshop", "Tab", "Status", "Ambition"}}
LANGUAGE_NAMES = set(NAMES.values())  # each language named in its own, in every interface language


@pytest.fixture
def speaking(qapp):
    def speak(lang: str) -> None:
        translation.install(qapp, lang)

    yield speak
    translation.install(qapp, "en")


def build(qtbot, store, settings) -> MainWindow:
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def menus(window: MainWindow) -> list[QMenu]:
    """Every menu of the menu bar and their submenus (View ▸ Language)."""
    found, todo = [], [a.menu() for a in window.menuBar().actions() if a.menu()]
    while todo:
        menu = todo.pop()
        found.append(menu)
        todo += [a.menu() for a in menu.actions() if a.menu()]
    return found


def texts(window: MainWindow) -> set[str]:
    """What a person or a screen reader reads of the window: menus, actions and their tips,
    the toolbar, labels, buttons, tooltips, accessible names, placeholders, column titles,
    the status bar; without mnemonics' "&"."""
    found = {window.toolbar.windowTitle(), window.statusBar().currentMessage()}
    for menu in menus(window):
        found.add(menu.title())
        for action in menu.actions():
            found |= {action.text(), action.iconText(), action.statusTip(), action.toolTip()}
    for action in window.toolbar.actions():
        found |= {action.text(), action.iconText(), action.statusTip(), action.toolTip()}
    for child in [window, *window.findChildren(QWidget)]:
        found |= {child.accessibleName(), child.accessibleDescription(), child.toolTip()}
        if isinstance(child, (QLabel, QAbstractButton)):
            found.add(child.text())
        if isinstance(child, QLineEdit):
            found.add(child.placeholderText())
    model = window.browser.model
    found |= {model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())}
    return {t.replace("&", "") for t in found if t}


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_the_window_speaks_the_interface_language(qtbot, speaking, file_store, tmp_path, lang):
    from PySide6.QtCore import QSettings

    english = texts(build(qtbot, file_store, QSettings(str(tmp_path / "en.ini"), QSettings.Format.IniFormat)))
    speaking(lang)
    window = build(qtbot, file_store, QSettings(str(tmp_path / f"{lang}.ini"), QSettings.Format.IniFormat))
    translated = texts(window)
    left = (english & translated) - SAME[lang] - LANGUAGE_NAMES
    left = {t for t in left if not t.replace(" ", "").isdigit()}  # (numbers are numbers)
    assert not left, sorted(left)
    assert window.statusBar().currentMessage().startswith({"fr": "Nouveau ici", "de": "Neu hier"}[lang])


GUIDE_NAMES = {  # the names other parts of the app (the guide, the case summary) give these items
    "fr": {"new": "Nouveau cas…", "duplicate": "Dupliquer", "scorecards": "Exporter les fiches d'évaluation…",
           "copy_scorecard": "Copier la fiche d'évaluation", "print": "Imprimer…", "compare": "Comparer",
           "guide": "Guide", "keyboard": "Référence clavier"},
    "de": {"new": "Neuer Fall…", "duplicate": "Duplizieren", "scorecards": "Bewertungsbögen exportieren…",
           "copy_scorecard": "Bewertungsbogen kopieren", "print": "Drucken…", "compare": "Vergleichen",
           "guide": "Leitfaden", "keyboard": "Tastaturübersicht"},
}
MENUS = {"fr": ["Fichier", "Édition", "Affichage", "Analyse", "Aide"],
         "de": ["Datei", "Bearbeiten", "Ansicht", "Analyse", "Hilfe"]}


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_menu_items_have_the_names_the_guide_uses(qtbot, speaking, file_store, settings, lang):
    mine = file_store.create("An officer's own case").id
    speaking(lang)
    window = build(qtbot, file_store, settings)
    assert [a.text().replace("&", "") for a in window.menuBar().actions()] == MENUS[lang]
    assert window.browser.select(mine)
    window.update_actions()
    for name, text in GUIDE_NAMES[lang].items():
        assert getattr(window.act, name).text().replace("&", "") == text, name
    assert window.browser.select("dpc2024-lithography")  # a reference case: "use Duplicate to Edit"
    window.update_actions()
    assert window.act.duplicate.text().replace("&", "") == {"fr": "Dupliquer pour modifier",
                                                            "de": "Zum Bearbeiten duplizieren"}[lang]
    assert window.act.kinds[next(iter(window.act.kinds))].text().replace("&", "") == {"fr": "Tous les cas",
                                                                                      "de": "Alle Fälle"}[lang]


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_mnemonics_are_unique_in_every_menu(qtbot, speaking, file_store, settings, lang):
    speaking(lang)
    window = build(qtbot, file_store, settings)
    window.browser.select("dpc2024-lithography")
    window.update_actions()  # "Duplicate to Edit" as well as "Duplicate"
    for menu in [window.menuBar(), *menus(window)]:
        keys = []
        for action in menu.actions():
            text = action.text()
            if "&" in text and not action.isSeparator():
                keys.append(text[text.index("&") + 1].casefold())
        assert len(keys) == len(set(keys)), (menu.title() if isinstance(menu, QMenu) else "menu bar", keys)


def test_the_window_catalogue_is_complete():
    entries = language.catalogue("window")
    assert entries and all({"en", "fr", "de"} <= set(texts) for texts in entries.values())


@pytest.mark.parametrize("spoken, chosen", [("en", "de"), ("de", "fr"), ("fr", "en")])
def test_choosing_a_language_is_remembered_and_said_in_both(qtbot, speaking, file_store, settings, spoken, chosen):
    speaking(spoken)
    window = build(qtbot, file_store, settings)
    told = []
    window.questions.show_information = lambda *said: told.append(said)
    menu = window.act.languages
    assert menu.actions[SYSTEM].isChecked()
    menu.actions[chosen].trigger()
    settings.sync()
    assert settings.value(translation.KEY) == chosen and translation.preferred(settings) == chosen
    assert menu.actions[chosen].isChecked() and not menu.actions[SYSTEM].isChecked()
    assert translation.current() == spoken  # nothing changes until the next start
    [(title, text, informative)] = told
    assert text == language.sentence("window", f"language.restart.{chosen}", chosen)
    assert informative == language.sentence("window", f"language.restart.{chosen}", spoken)
    assert title == {"en": "Language", "fr": "Langue", "de": "Sprache"}[spoken]
    assert text != informative


def test_the_remembered_choice_is_checked_and_the_system_entry_forgets(qtbot, file_store, settings):
    translation.choose(settings, "fr")
    window = build(qtbot, file_store, settings)
    told = []
    window.questions.show_information = lambda *said: told.append(said)
    menu = window.act.languages
    assert menu.actions["fr"].isChecked()
    menu.actions[SYSTEM].trigger()
    assert settings.value(translation.KEY) is None and menu.actions[SYSTEM].isChecked()
    assert told and told[0][1] == announcement(SYSTEM, translation.preferred(settings))


def test_choosing_the_language_spoken_now_says_nothing_changes(qtbot, file_store, settings):
    window = build(qtbot, file_store, settings)
    told = []
    window.questions.show_information = lambda *said: told.append(said)
    window.act.languages.actions["en"].trigger()
    assert told == [("Language", "The app speaks English already: nothing changes.", "")]


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_the_language_menu_names_each_language_in_its_own(qtbot, speaking, file_store, settings, lang):
    speaking(lang)
    window = build(qtbot, file_store, settings)
    entries = [a.text().replace("&", "") for a in window.act.languages.menu.actions() if not a.isSeparator()]
    assert entries[1:] == ["English", "Français", "Deutsch"]
    assert entries[0].startswith({"fr": "Langue du système (", "de": "Systemsprache ("}[lang])
    assert window.act.languages.menu.title().replace("&", "") == {"fr": "Langue", "de": "Sprache"}[lang]
