"""The Export Scorecards dialog's format choice (issue 19): PDF (PDF/A for the record, if asked),
Word, PNG; the Context section; every control named, labelled and reachable by keyboard."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QSpinBox, QWidget

from desktop.models.scorecard import ScorecardOptions
from desktop.views.export.scorecard_dialog import ScorecardDialog

LITHO = "dpc2024-lithography"


@pytest.fixture
def dialog(qtbot, store):
    d = ScorecardDialog(store, [LITHO])
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def choose(dialog, key: str) -> None:
    dialog.format.setCurrentIndex(dialog.format.findData(key))


def test_format_choice_switches_what_applies(dialog):
    assert [dialog.format.itemText(n) for n in range(dialog.format.count())] == ["PDF", "Word", "PNG images"]
    assert dialog.format.currentData() == "pdf" and dialog.pdfa.isEnabled() and not dialog.dpi.isEnabled()
    choose(dialog, "docx")
    assert not dialog.pdfa.isEnabled() and not dialog.figures.isEnabled() and not dialog.dpi.isEnabled()
    assert dialog.save_button.text().replace("&", "") == "Save Word document…"
    choose(dialog, "png")
    assert dialog.dpi.isEnabled() and not dialog.pdfa.isEnabled()
    assert dialog.save_button.text().replace("&", "") == "Save PNG images…"


def test_context_checkbox_asks_for_the_context_section(dialog):
    assert dialog.options() == ScorecardOptions()
    dialog.context.setChecked(True)
    assert dialog.options().context and dialog.cards()[0].context is not None


def test_pdfa_checkbox_writes_pdfa(dialog, tmp_path):
    dialog.pdfa.setChecked(True)
    assert dialog.save_as_pdf(str(tmp_path / "record"))
    packet = PdfReader(tmp_path / "record.pdf").trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b'pdfaid:part="1"' in packet and b'pdfaid:conformance="B"' in packet
    dialog.pdfa.setChecked(False)
    assert dialog.save_as_pdf(str(tmp_path / "plain.pdf"))
    assert b"pdfaid:part" not in PdfReader(tmp_path / "plain.pdf").trailer["/Root"]["/Metadata"].get_object().get_data()


def test_word_path_calls_export_docx(dialog, tmp_path, monkeypatch):
    """Save in Word format: ``reports.docx.export_docx(cards, out, page, protect=…)``, loaded when used."""
    calls = []

    def fake_export_docx(cards, out, page="a4", figures=None, protect=None):
        calls.append((cards, out, page, protect))
        Path(out).write_bytes(b"PK")

    monkeypatch.setitem(sys.modules, "desktop.reports.docx", types.SimpleNamespace(export_docx=fake_export_docx))
    choose(dialog, "docx")
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("letter"))
    monkeypatch.setattr(dialog, "ask_docx_path", lambda: str(tmp_path / "memo"))
    assert dialog.save()
    cards, out, page, _protect = calls[0]
    assert out == tmp_path / "memo.docx" and page == "letter" and cards[0].title == dialog.store.get(LITHO).title
    assert dialog.saved_paths == [tmp_path / "memo.docx"] and dialog.offer.isVisibleTo(dialog)


def test_word_export_not_there_says_so(dialog, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "desktop.reports.docx", None)  # import fails
    shown = []
    monkeypatch.setattr("desktop.views.export.scorecard_dialog.plain_message",
                        lambda parent, icon, title, text: shown.append(text) or type("B", (), {"exec": lambda self: 0})())
    assert not dialog.save_as_docx(str(tmp_path / "x.docx"))
    assert "Word export is not available" in shown[0] and not (tmp_path / "x.docx").exists()


def test_real_word_export_when_it_is_there(dialog, tmp_path):
    pytest.importorskip("docx")
    pytest.importorskip("desktop.reports.docx")
    assert dialog.save_as_docx(str(tmp_path / "real.docx"))
    assert (tmp_path / "real.docx").read_bytes().startswith(b"PK")


def test_every_control_is_named_labelled_and_in_the_tab_chain(dialog):
    controls = [w for w in dialog.findChildren(QWidget)
                if isinstance(w, (QAbstractButton, QComboBox, QSpinBox)) and w.isVisibleTo(dialog)
                and w.parent() is not None and not isinstance(w.parent(), QComboBox)]
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    for w in controls:
        named = w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()) or w in buddies
        assert named, w
        assert w.focusPolicy() & Qt.FocusPolicy.TabFocus, w
    assert dialog.format in buddies and dialog.page_size in buddies
    chain, w = [], dialog.format
    for _ in range(200):
        chain.append(w)
        w = w.nextInFocusChain()
        if w is dialog.format:
            break
    for control in (dialog.format, dialog.pdfa, dialog.context, dialog.save_button):
        assert control in chain
