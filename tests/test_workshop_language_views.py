"""Workshop mode in two languages (issue 21): the facilitator's controls in the interface's
language, the audience screen in the room's (chosen in the controls, the interface's by default,
remembered), both fitting the projector sizes in German, and ``rdw slides --lang``."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit, QWidget

from desktop.cli.main import main
from desktop.models import language
from desktop.views import translation
from desktop.views.workshop.session import ROOM_LANGUAGE, WorkshopSession, remembered_room_language
from test_a11y_workshop_layout import SIZES, check_fits, global_rect

LITHO = "dpc2024-lithography"
# German uses these as English does: "Workshop" (the glossary's term.workshop), the room
# language names each written in its own language, and a key's name (F2, B, V, "1 … 9")
SAME_IN_GERMAN = {"Workshop", "English", "Français", "Deutsch"}
pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


@pytest.fixture
def speak(qapp):
    """The interface in a language for one test, English again afterwards."""
    def install(lang: str) -> None:
        translation.install(qapp, lang)
    yield install
    translation.install(qapp, "en")


def start(qtbot, window, file_store, monkeypatch):
    copy = file_store.duplicate(LITHO)
    window.reload(select=copy.id)
    mode = window.case_dialogs.start_workshop()
    monkeypatch.setattr(mode, "show_failure", lambda message: pytest.fail(message))
    qtbot.waitExposed(mode.audience_window)
    with qtbot.waitActive(mode.audience_window):
        mode.audience_window.activateWindow()
    return mode


def visible_texts(mode) -> dict[str, str]:
    """Every text a person sees or hears in workshop mode's windows, with where it is."""
    found: dict[str, str] = {}
    for window in mode.windows:
        found[window.windowTitle()] = "window title"
        for w in [window, *window.findChildren(QWidget)]:
            where = f"{type(w).__name__} {w.objectName()}"
            texts = [w.toolTip(), w.accessibleName(), w.accessibleDescription()]
            if isinstance(w, (QLabel, QAbstractButton)):
                texts.append(w.text())
            if isinstance(w, QGroupBox):
                texts.append(w.title())
            if isinstance(w, QLineEdit):
                texts.append(w.placeholderText())
            for text in texts:
                if text:
                    found[text] = where
    return found


def is_content_or_number(text: str, mode) -> bool:
    title = mode.session.case.title
    return (not re.search(r"[^\W\d_]", text) or text == title or
            text in (f"{title} — Workshop", "Workshop"))


def test_the_controls_speak_the_interfaces_language(qtbot, window, file_store, monkeypatch, speak):
    """Built in English, then in German: no text of the controls or the audience screen is
    the same in both, except content (the case's title), numbers and the allow-list."""
    english_mode = start(qtbot, window, file_store, monkeypatch)
    english_mode.toggle_controls()
    english = visible_texts(english_mode)
    assert "Record Decision (Enter)" in english and "Audience screen" in english
    english_mode.leave()
    speak("de")
    mode = start(qtbot, window, file_store, monkeypatch)
    mode.toggle_controls()
    german = visible_texts(mode)
    assert mode.session.room_language == "de"  # the interface's language, nothing remembered yet
    assert "Entscheidung festhalten (Eingabe)" in german and "Publikumsbildschirm" in german
    left = {text: where for text, where in german.items() if text in english and text not in SAME_IN_GERMAN
            and not is_content_or_number(text, mode)}
    assert left == {}
    assert mode.panel.title.text().startswith("1. Forschung und Innovation: Wie wahrscheinlich")
    assert mode.panel.spread_label.text() == "Noch keine Stimmen"
    mode.leave()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["de", "fr"])
def test_german_and_french_fit_the_projector_sizes(qtbot, window, file_store, monkeypatch, speak, size, lang):
    """The controls (F2) and the audience screen in German (the longest) and French: nothing
    overlapping or cut, every label whole, the room keeping most of the screen."""
    speak(lang)
    mode = start(qtbot, window, file_store, monkeypatch)
    shell = mode.audience_window
    shell.showNormal()
    shell.resize(*size)
    for which in ("first question", "nine answers"):
        if which == "nine answers":
            mode.session.go_to(next(i for i, q in enumerate(mode.session.questions) if len(q.options) == 9))
        if not mode.panel.isVisible():
            mode.toggle_controls()
        QApplication.processEvents()
        shell.resize(*size)  # (again: showing the controls may have asked for another size)
        qtbot.waitUntil(lambda: shell.size().width() == size[0] and shell.size().height() == size[1])
        QApplication.processEvents()
        assert check_fits(shell) == [], which
        for source in ("Export Log…", "Leave Workshop (Esc)", "Record Decision (Enter)", "Blind Round (B)", "Reveal (V)"):
            text = QCoreApplication.translate("FacilitatorPanel", source)
            button = next(b for b in shell.findChildren(QAbstractButton) if b.text() == text)
            assert text != source and global_rect(shell).contains(global_rect(button)), text
        audience, panel = global_rect(mode.audience), global_rect(mode.panel)
        assert not audience.intersects(panel) and audience.height() >= size[1] * 0.5
        for label in mode.panel.count_labels.values():
            assert label.shown_text() in (label.full_text, label.short_text), label.full_text
        for label in mode.panel.findChildren(QLabel):  # every other label whole at its width
            if label.isVisibleTo(shell) and label not in mode.panel.count_labels.values() and label.text() \
                    and not label.wordWrap():
                assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width() + 1, label.text()
    mode.leave()


def test_the_room_has_its_own_language(qtbot, window, file_store, monkeypatch):
    """A Brussels laptop in English, a room in Paris: the facilitator picks French for the
    audience screen; the controls stay English; the next workshop remembers French."""
    mode = start(qtbot, window, file_store, monkeypatch)
    assert mode.session.room_language == "en" == remembered_room_language()
    spoken = [label.accessibleName() for label in mode.audience.spoken if not label.isHidden()]
    assert spoken[0].startswith("Question 1 of ")
    panel = mode.panel
    panel.room_language.setCurrentIndex(language.LANGUAGES.index("fr"))
    assert mode.session.room_language == "fr" and QSettings().value(ROOM_LANGUAGE) == "fr"
    spoken = [label.accessibleName() for label in mode.audience.spoken if not label.isHidden()]
    assert spoken[0].startswith("Question 1 sur ") and "Recherche et innovation" in spoken[0]
    assert spoken[1].startswith("Réponse 1\u00a0: Faible")
    assert mode.audience.accessibleName() == "Écran du public"
    assert mode.audience.screen_data.lang == "fr"
    mode.session.set_count("high", 2)
    assert mode.audience.accessibleDescription().endswith("Consensus · dispersion 0,00 · 100\u202f% ont choisi 3. Élevée (2 voix)")
    assert panel.spread_label.text() == "Consensus: 100% chose High (2 votes)"  # the controls: the interface's
    assert panel.record_button.text() == "Record Decision (Enter)"
    mode.leave()
    again = WorkshopSession(file_store, mode.session.case_id)
    assert again.room_language == "fr"


def test_rdw_slides_in_the_rooms_language(tmp_path, capsys):
    db = tmp_path / "db.sqlite"
    __import__("desktop.models.library", fromlist=["open_store"]).open_store(db).close()
    out_de, out_en = tmp_path / "de", tmp_path / "en"
    assert main(["--db", str(db), "slides", LITHO, "--out", str(out_de), "--lang", "de"]) == 0
    assert main(["--db", str(db), "slides", LITHO, "--out", str(out_en)]) == 0
    capsys.readouterr()
    german, english = sorted(out_de.glob("*.png")), sorted(out_en.glob("*.png"))
    assert [p.name for p in german] == [p.name for p in english] and len(german) >= 15
    assert QImage(str(german[0])).size().toTuple() == (1024, 768)
    assert all(QImage(str(d)) != QImage(str(e)) for d, e in zip(german, english))
    assert main(["--db", str(db), "slides", LITHO, "--out", str(out_de), "--lang", "es"]) == 2
    assert capsys.readouterr().err == "rdw slides: error: argument --lang: no language 'es': choose one of en, fr, de\n"
