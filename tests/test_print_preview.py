"""File ▸ Print… (issue 19, point 3): the same pages as the PDF, on a printer and in the preview."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from desktop.reports.content import scorecards_for
from desktop.reports.pdf import export_pdf
from desktop.reports.printing import print_scorecards

LITHO, GENOMIC = "dpc2024-lithography", "dpc2024-genomic-data"


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.mark.parametrize("ids", [[LITHO], [LITHO, GENOMIC]])
def test_printing_gives_the_pages_of_the_pdf(qapp, store, tmp_path, ids):
    cards = scorecards_for(store, ids)
    export_pdf(cards, tmp_path / "export.pdf")
    pages = print_scorecards(cards, pdf_printer(tmp_path / "printed.pdf"))
    exported, printed = PdfReader(tmp_path / "export.pdf"), PdfReader(tmp_path / "printed.pdf")
    assert pages == len(printed.pages) == len(exported.pages)
    assert [round(float(p.mediabox.width)) for p in printed.pages] == [595] * pages  # A4 in points
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "printed.pdf"), "-"], capture_output=True, text=True).stdout
        assert "Scorecard 1" in text and f"Page {pages} of {pages}" in text


def test_letter_paper_prints_letter_pages(qapp, store, tmp_path):
    printer = pdf_printer(tmp_path / "letter.pdf")
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    cards = scorecards_for(store, [LITHO])
    export_pdf(cards, tmp_path / "export.pdf", page="letter")
    assert print_scorecards(cards, printer) == len(PdfReader(tmp_path / "export.pdf").pages)
    assert round(float(PdfReader(tmp_path / "letter.pdf").pages[0].mediabox.width)) == 612


def test_file_print_opens_a_preview_of_the_selected_cases(qtbot, window, tmp_path, monkeypatch):
    act = window.act.print
    assert act in window.menuBar().actions()[0].menu().actions()  # the File menu
    window.browser.select(LITHO)
    assert act.isEnabled()
    shown = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: shown.append(self) or 0)
    act.trigger()
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert "Print scorecards" in dialog.windowTitle() and dialog.accessibleName() == "Print preview"
    dialog.show()  # the preview paints the pages
    qtbot.waitUntil(lambda: dialog.pages > 0, timeout=5000)
    export_pdf(scorecards_for(window.store, [LITHO]), tmp_path / "export.pdf")
    assert dialog.pages == len(PdfReader(tmp_path / "export.pdf").pages)
    dialog.close()
    window.browser.table.clearSelection()
    window.update_actions()
    assert not act.isEnabled()


def test_the_export_dialog_prints_with_its_options(qtbot, store, tmp_path):
    """Print… in Export Scorecards previews what Save PDF would write: the banner and annexes
    ticked there are on the printed pages too."""
    from desktop.views.export.scorecard_dialog import ScorecardDialog

    dialog = ScorecardDialog(store, [LITHO])
    qtbot.addWidget(dialog)
    dialog.banner.setCurrentText("OFFICIAL – SENSITIVE")
    dialog.rationale.setChecked(True)
    preview = dialog.print_preview(pdf_printer(tmp_path / "printed.pdf"))
    assert isinstance(preview, QPrintPreviewDialog) and dialog.print_button.isEnabled()
    pages = print_scorecards(dialog.cards(), preview.printer)
    export_pdf(dialog.cards(), tmp_path / "saved.pdf")
    assert pages == len(PdfReader(tmp_path / "saved.pdf").pages)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "printed.pdf"), "-"], capture_output=True, text=True).stdout
        assert "OFFICIAL – SENSITIVE" in text and "Rationale" in text


def test_the_export_dialog_has_one_key_per_mnemonic(qtbot, store):
    """Alt+letter reaches one control each (Print, Save, Open, Show in Folder, the options)."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    from desktop.views.export.scorecard_dialog import ScorecardDialog

    dialog = ScorecardDialog(store, [LITHO])
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QWidget) if isinstance(w, (QAbstractButton, QLabel))]
    letters = [m.group(1).lower() for text in texts if (m := re.search(r"&([^&\s])", text))]
    assert len(letters) == len(set(letters)), sorted(letters)
