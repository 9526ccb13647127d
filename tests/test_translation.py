"""The interface's language (issue 21): chosen, remembered, else the system's; Qt's own words
(standard buttons) come with it, and English needs nothing loaded."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from desktop.views import translation
from desktop.paths import resource_path

ROOT = resource_path().parent


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def back_to_english(qapp):
    yield
    translation.install(qapp, "en")


def test_the_choice_is_remembered_and_else_the_system_decides(settings, monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_AT")))
    assert translation.preferred(settings) == "de"
    translation.choose(settings, "fr")
    assert translation.preferred(settings) == "fr" and settings.value(translation.KEY) == "fr"
    translation.choose(settings, None)
    assert translation.preferred(settings) == "de"
    settings.setValue(translation.KEY, "klingon")  # a hand-edited settings file: the system's, no error
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("pt_BR")))
    assert translation.preferred(settings) == "en"


def test_qts_own_words_come_with_the_language(qapp, back_to_english):
    assert translation.install(qapp, "fr") == "fr" and translation.current() == "fr"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    translation.install(qapp, "de")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    translation.install(qapp, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel" and translation.current() == "en"


def test_the_compiled_catalogues_are_built_by_the_setup():
    """``./dev`` compiles them (build/translations.py compile); one per package and language."""
    folder = resource_path("i18n", "qm")
    for lang in ("fr", "de"):
        assert (folder / f"qtbase_{lang}.qm").stat().st_size > 10_000
        for ts in resource_path("i18n", "ui").glob(f"*_{lang}.ts"):
            assert (folder / f"{ts.stem}.qm").exists(), ts.name


def test_every_interface_string_is_translated():
    """lupdate's view of the code equals the sources kept in the repository (nothing new left
    out), and every entry has a French and a German translation."""
    done = subprocess.run([sys.executable, str(ROOT / "build" / "translations.py"), "check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:]
