"""The source library and the source form in the interface's language (issue 21); what the
user wrote (titles, publishers, notes) stays as written."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop.models.case import SourceRef
from desktop.views import translation
from desktop.views.sources.library_dialog import SourceLibraryDialog, count_text
from desktop.views.sources.widgets import SourceFormDialog, check_date


@pytest.fixture
def speaking(qapp):
    yield lambda lang: translation.install(qapp, lang)
    translation.install(qapp, "en")


def texts(widget: QWidget) -> set[str]:
    found = {widget.windowTitle()}
    for child in [widget, *widget.findChildren(QWidget)]:
        found |= {child.accessibleName(), child.accessibleDescription(), child.toolTip()}
        if isinstance(child, (QLabel, QAbstractButton)):
            found.add(child.text())
        if isinstance(child, (QLineEdit, QPlainTextEdit)):
            found.add(child.placeholderText())
    return {t for t in found if t and any(c.isalpha() for c in t)}


def library(qtbot, store) -> SourceLibraryDialog:
    store.sources.save(SourceRef.model_construct(id="", title="Rühlig 2024 — 光刻机 <b>", publisher="DPC", date="2024",
                                                 reference=None, accessed=None, note=None))
    dialog = SourceLibraryDialog(store)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_the_library_and_the_form_speak_the_interface_language(qtbot, store, speaking, lang):
    english = texts(library(qtbot, store)) | texts(SourceFormDialog(None))
    speaking(lang)
    dialog = library(qtbot, store)
    form = SourceFormDialog(None)
    qtbot.addWidget(form)
    translated = texts(dialog) | texts(form)
    same = english & translated - {"Sources", "Date", "Note", "OK"}  # the same words in French or German
    assert not same, same
    headers = [dialog.tree.headerItem().text(c) for c in range(dialog.tree.columnCount())]
    assert headers == {"fr": ["Titre", "Éditeur", "Date", "Citée par"], "de": ["Titel", "Herausgeber", "Datum", "Zitiert von"]}[lang]
    assert dialog.tree.topLevelItem(0).text(0) == "Rühlig 2024 — 光刻机 <b>"  # as written


def test_counts_and_date_messages(qapp, speaking):
    sources = [SourceRef.model_construct(id=str(n), title=f"S{n}") for n in range(2)]
    assert count_text(sources, "", "") == "2 sources in the library"
    assert count_text(sources[:1], "x", "") == "1 source matching “x”"
    speaking("de")
    assert count_text(sources, "", "") == "2 Quellen in der Bibliothek"
    assert check_date("2024-13") == "„2024-13“ ist kein gültiges Datum (Monat und Tag prüfen): Schreiben Sie es als JJJJ, JJJJ-MM oder JJJJ-MM-TT (z. B. 2023, 2023-05 oder 2023-05-17)."
    speaking("fr")
    assert check_date("soon") == "« soon » n'est pas une date : écrivez-la sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ (p. ex. 2023, 2023-05 ou 2023-05-17)."
