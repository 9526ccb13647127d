"""The interface's language at start-up and at 1024×768 (issue 21): the GUI loads the language
remembered in its settings before the first window is built, and in German (the longest) and
French every toolbar button is still on show with its text on a 1024×768 screen."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QToolButton

from desktop.views import translation
from desktop.views.window import app as app_module
from desktop.views.window.main_window import MainWindow


@pytest.fixture
def speaking(qapp):
    def speak(lang: str) -> None:
        translation.install(qapp, lang)

    yield speak
    translation.install(qapp, "en")



@pytest.fixture(autouse=True)
def app_as_it_was(qapp):
    """``make_application`` styles the shared test application (Fusion, a 10 pt font, the style
    sheet): put it back, or later tests measure their layouts with other metrics."""
    font, sheet, style = qapp.font(), qapp.styleSheet(), qapp.style().name()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setStyle(style)


def remember(lang: str) -> None:
    """``lang`` chosen in View ▸ Language, in the settings the app itself reads (RDW_DATA_DIR)."""
    app_module.make_application()  # its names and the isolated settings, as at start-up
    settings = QSettings()
    translation.choose(settings, lang)
    settings.sync()


def test_the_app_starts_in_the_remembered_language(qtbot, qapp, speaking, file_store):
    remember("de")
    assert app_module.install_language(qapp) == "de" == translation.current()
    window = MainWindow(file_store, QSettings())
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&Datei"
    assert window.act.new.text() == "&Neuer Fall…"


def test_run_gui_loads_the_language_before_building_the_window(qtbot, qapp, speaking, monkeypatch, file_store, db_path):
    remember("fr")
    seen = {}

    class Shown:  # the window run_gui would show: what it reads of it afterwards
        store, lock = file_store, None

    def show(store, lock):
        seen["language"] = translation.current()
        seen["file menu"] = qapp.translate("MainWindow", "&File")
        return Shown()

    monkeypatch.setattr(app_module, "_open", lambda path, parent: (file_store, None))
    monkeypatch.setattr(app_module, "_show", show)
    monkeypatch.setattr(qapp, "exec", lambda: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # (the crash reporter installs itself)
    monkeypatch.setattr(file_store, "close", lambda: None)  # (the fixture closes it)
    assert app_module.run_gui(db_path, None) == 0
    assert seen == {"language": "fr", "file menu": "&Fichier"}


def test_without_a_choice_the_app_follows_the_system(qapp, speaking):
    from PySide6.QtCore import QLocale

    from desktop.models.language import from_locale

    remember("de")
    translation.choose(QSettings(), None)  # View ▸ Language ▸ System language
    assert app_module.install_language(qapp) == from_locale(QLocale.system().name()) == translation.current()


def toolbar_buttons(window: MainWindow):
    return [(a, window.toolbar.widgetForAction(a)) for a in window.toolbar.actions() if not a.isSeparator()]


@pytest.mark.parametrize("lang", ["de", "fr"])
def test_every_toolbar_button_is_shown_at_1024x768_in_the_language(qtbot, speaking, file_store, settings, lang):
    speaking(lang)
    window = MainWindow(file_store, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    toolbar = window.toolbar
    assert toolbar.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly
    qtbot.waitUntil(lambda: all(b.width() >= b.sizeHint().width() for _, b in toolbar_buttons(window)))  # nothing cut
    for action, button in toolbar_buttons(window):
        assert button.isVisible(), action.text()
        assert button.geometry().right() <= toolbar.contentsRect().right(), action.text()
    names = [b.text() for _, b in toolbar_buttons(window)]
    assert {"de": "Bewertungsbögen", "fr": "Fiches d'évaluation"}[lang] in names
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension.accessibleName() == {"de": "Weitere Schaltflächen der Symbolleiste",
                                          "fr": "Autres boutons de la barre d'outils"}[lang]


@pytest.mark.parametrize("width", [1024, 1200])
def test_the_start_up_estimate_holds_in_german(qtbot, speaking, db_path, settings, width):
    """Before the first paint the toolbar's style is estimated from the texts' widths: in German
    too the measured style never needs less room than the estimate."""
    from desktop.models.library import open_store
    from desktop.models.storage.quick_listing import preview_store

    speaking("de")
    open_store(db_path).close()
    window = MainWindow(preview_store(db_path), settings)
    qtbot.addWidget(window)
    window.resize(width, 700)
    window.show()
    qtbot.waitExposed(window)
    estimated = window.toolbar.button_style
    store = open_store(db_path)
    window.attach_store(store)
    measured = window.toolbar.button_style
    qtbot.waitUntil(lambda: all(b.isVisible() for _, b in toolbar_buttons(window)))
    styles = window.act.TOOLBAR_STYLES
    assert styles.index(measured) <= styles.index(estimated) and measured != "ToolButtonIconOnly"
    store.close()
