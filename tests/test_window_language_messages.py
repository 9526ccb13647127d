"""The window's messages in the interface's language (issue 21): its questions, counts with their
plurals, the crash reporter and the start-up's choices after damage, in German and French; the
cases' titles and the errors' own texts as written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.views import translation
from desktop.views.window.crash_reporter import CrashReporter
from desktop.views.window.questions import WindowQuestions


@pytest.fixture
def speaking(qapp):
    def speak(lang: str) -> None:
        translation.install(qapp, lang)

    yield speak
    translation.install(qapp, "en")


@pytest.fixture
def shown(monkeypatch):
    """Every message box the code would show: its title, text, informative text and buttons."""
    boxes = []

    def record(box):
        boxes.append((box.windowTitle(), box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", record)
    return boxes


@pytest.mark.parametrize("lang, one, three", [
    ("de", "„Halbleiter“ löschen?", "Diese 3 Fälle löschen?"),
    ("fr", "Supprimer « Halbleiter » ?", "Supprimer ces 3 cas ?"),
    ("en", "Delete “Halbleiter”?", "Delete these 3 cases?"),
])
def test_the_delete_question_in_the_language_with_the_title_as_written(qtbot, speaking, shown, lang, one, three):
    speaking(lang)
    questions = WindowQuestions(None)
    assert not questions.confirm_delete(["Halbleiter"]) and not questions.confirm_delete(["a", "b", "c"])
    assert [box[1] for box in shown] == [one, three]
    if lang != "en":
        assert "history" not in shown[0][2] and shown[0][0] != "Delete"


@pytest.mark.parametrize("lang, expected", [("en", ["Imported 1 case.", "Imported 2 cases."]),
                                            ("fr", ["1 cas importé.", "2 cas importés."]),
                                            ("de", ["1 Fall importiert.", "2 Fälle importiert."])])
def test_counts_have_their_plurals(speaking, lang, expected):
    speaking(lang)
    assert [QCoreApplication.translate("MainWindow", "Imported %n case(s).", "", n) for n in (1, 2)] == expected


def test_the_crash_reporter_speaks_german_and_keeps_the_error_as_it_is(qtbot, speaking, shown, tmp_path):
    speaking("de")
    reporter = CrashReporter()
    reporter.path = tmp_path / "rdw.log"
    reporter.show_dialog("ValueError: 100% wrong %1")
    [(title, text, informative, _)] = shown
    assert title == "Etwas ist schiefgegangen" and text.startswith("Ein unerwarteter Fehler")
    assert informative == f"ValueError: 100% wrong %1\n\nDie Einzelheiten wurden geschrieben nach:\n{reporter.path}"


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_a_damaged_file_offers_its_ways_out_in_the_language(qtbot, speaking, shown, tmp_path, lang):
    from desktop.views.window.startup import choose_after_damage

    damaged = tmp_path / "cases.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    speaking(lang)
    assert choose_after_damage(None, damaged, "file is not a database") == "quit"
    [(_, heading, ways, buttons)] = shown
    assert ways.startswith("file is not a database\n\n")  # (the check's own words, as they come)
    assert {"fr": "Ouvrir un autre fichier…", "de": "Andere Datei öffnen…"}[lang] in buttons
    assert {"fr": "Quitter", "de": "Beenden"}[lang] in buttons
    assert not {"Restore a Backup…", "Open Another File…", "Start a New Database", "Quit"} & set(buttons)
    assert "database" not in heading and "You can" not in ways


@pytest.mark.parametrize("lang, problem", [
    ("fr", "nom de clé entre guillemets doubles attendu"),
    ("de", "Schlüsselname in doppelten Anführungszeichen erwartet"),
])
def test_an_import_error_is_said_in_the_language_with_the_file_as_named(window, speaking, shown, tmp_path, lang, problem):
    """What went wrong comes from the domain in English; the window says it in its language,
    the file's name (markup, CJK) as it is."""
    bad = tmp_path / "<b>案例 & co.json"
    bad.write_text("{not json", encoding="utf-8")
    speaking(lang)
    assert window.import_cases([str(bad)]) == []
    title, text, informative, _buttons = shown[-1]
    message = f"{text}\n{informative}"
    assert str(bad) in message and problem in message, message
    assert "JSON" in message and "not valid" not in message and "Nothing was imported" not in message
