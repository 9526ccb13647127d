"""The Export dialog in the officer's language, and its "Language of the document" (issue 21):
the dialog's own words are translated, the document's language is chosen per export (the
interface's by default, then the last one chosen) and drives what is saved."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QWidget

from desktop.views import translation
from desktop.views.export import document_language
from desktop.views.export.scorecard_dialog import ScorecardDialog

LITHO = "dpc2024-lithography"
# the same in German as in English, and rightly so: format and paper names, the languages'
# own names, the handling markings as typed, and the words German uses as they are
SAME = {"PDF", "Word", "A4", "Letter", "English", "Français", "Deutsch", "Format", "Banner",
        "OFFICIAL", "OFFICIAL – SENSITIVE", "RESTRICTED", "For internal use only"}


@pytest.fixture(autouse=True)
def no_remembered_language():
    QSettings().remove(document_language.KEY)
    yield
    QSettings().remove(document_language.KEY)


def build(qtbot, qapp, store, lang: str, ids=(LITHO,)) -> ScorecardDialog:
    translation.install(qapp, lang)
    try:
        d = ScorecardDialog(store, list(ids))
    finally:
        translation.install(qapp, "en")  # other tests stay English
    qtbot.addWidget(d)
    return d


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a person sees or hears, in the widget tree's order."""
    out = [("title", root.windowTitle())]
    for w in root.findChildren(QWidget):
        name = type(w).__name__
        if isinstance(w, QLabel) and not w.pixmap().isNull():
            continue  # a preview page (its accessible name is checked below)
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append((f"{name}.text", w.text()))
        if isinstance(w, QGroupBox):
            out.append((f"{name}.title", w.title()))
        if isinstance(w, QLineEdit):
            out.append((f"{name}.placeholder", w.placeholderText()))
        if isinstance(w, QComboBox):
            out += [(f"{name}.item", w.itemText(n)) for n in range(w.count())]
        out += [(f"{name}.toolTip", w.toolTip()), (f"{name}.accessibleName", w.accessibleName()),
                (f"{name}.accessibleDescription", w.accessibleDescription())]
    return out


def plain(text: str) -> str:
    return text.replace("&", "").strip().rstrip(":").strip()


def test_every_string_of_the_dialog_is_german(qtbot, qapp, store):
    english, german = build(qtbot, qapp, store, "en"), build(qtbot, qapp, store, "de")
    pairs = list(zip(visible_texts(english), visible_texts(german)))
    assert len(visible_texts(english)) == len(visible_texts(german)) > 60
    untranslated = [(where, en) for (where, en), (_w, de) in pairs
                    if plain(en) and plain(en) == plain(de) and plain(en) not in SAME
                    and not plain(en).replace(" ", "").isdigit() and "dpc2024" not in en]
    assert untranslated == []
    texts = {text for _where, text in visible_texts(german)}
    assert "Bewertungsbögen exportieren" in texts and "&Sprache des Dokuments:" in texts
    assert german.status.text().startswith(f"{german.preview_count} Seite")


def test_mnemonics_are_unique_in_each_language(qtbot, qapp, store):
    for lang in ("en", "fr", "de"):
        d = build(qtbot, qapp, store, lang)
        keys = []
        for w in d.findChildren(QWidget):
            if not isinstance(w, (QLabel, QAbstractButton)):
                continue
            text = w.text()
            if "&" in text.replace("&&", ""):
                keys.append(text[text.index("&") + 1].lower())
        assert len(keys) == len(set(keys)), (lang, sorted(keys))


def test_the_document_language_starts_as_the_interface_language(qtbot, qapp, store):
    assert build(qtbot, qapp, store, "de").language_key() == "de"
    assert build(qtbot, qapp, store, "fr").options().language == "fr"
    assert build(qtbot, qapp, store, "en").options().language == "en"


def test_the_chosen_language_drives_the_export_and_is_remembered(qtbot, qapp, store, tmp_path):
    d = build(qtbot, qapp, store, "en")
    pages = d.preview_count
    d.document_language.setCurrentIndex(d.document_language.findData("fr"))
    assert d.options().language == "fr" and d.preview_count >= pages
    assert d.cards()[0].words("sc1.title").startswith("Fiche d'évaluation 1")
    assert d.save_as_docx(str(tmp_path / "fr.docx"))
    document = docx.Document(str(tmp_path / "fr.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Fiche d'évaluation 2 · Niveau d'ambition et principales recommandations" in headings
    assert not any(h.startswith("Scorecard") for h in headings)
    assert d.windowTitle() == "Export scorecards"  # the interface stays English
    again = build(qtbot, qapp, store, "de")  # the next export starts with the last choice
    assert again.language_key() == "fr"


def test_german_dialog_fits_1024_by_768(qtbot, qapp, store):
    d = build(qtbot, qapp, store, "de", ids=(LITHO, "dpc2024-genomic-data"))
    hint = d.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 740, hint
    d.resize(min(d.width(), 1024), min(d.height(), 740))
    d.show()
    qtbot.waitExposed(d)
    for w in d.findChildren(QWidget):
        if isinstance(w, (QLabel, QAbstractButton)) and w.isVisible() and w.text() and not (isinstance(w, QLabel) and w.wordWrap()):
            assert w.width() >= w.sizeHint().width() - 1, (w.text(), w.width(), w.sizeHint().width())
