"""A print preview of scorecards: the same pages as the PDF (``reports/printing``), for File ▸
Print… (default options) and the export dialog's Print… (the options ticked there: a banner,
the annexes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QWidget

    from ...models.scorecard import Scorecard

PREVIEW_SIZE = (980, 700)  # fits a 1024×768 screen with the window's frame


def preview_dialog(cards: list[Scorecard], parent: QWidget | None, printer: QPrinter | None = None,
                   figures: list | None = None, page: str | None = None) -> QPrintPreviewDialog:
    """The print preview of ``cards`` (A4, or Letter when the printer's paper is Letter, unless
    ``page`` says which)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from ...reports.printing import print_scorecards

    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    titles = ", ".join(card.title for card in cards)[:200]
    printer.setDocName(cards[0].words("document.title", titles=titles) if cards else "Scorecards: ")
    dialog = QPrintPreviewDialog(printer, parent)
    if len(cards) == 1:
        title = QCoreApplication.translate("PrintPreview", "Print scorecards — %1").replace("%1", cards[0].title)
    else:
        title = QCoreApplication.translate("PrintPreview", "Print scorecards — %1 cases").replace("%1", str(len(cards)))
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(QCoreApplication.translate("PrintPreview", "Print preview"))
    dialog.resize(*PREVIEW_SIZE)
    dialog.printer = printer  # (the dialog does not own it: kept alive with it)
    dialog.pages = 0

    def paint(target: QPrinter) -> None:
        dialog.pages = print_scorecards(cards, target, figures, page)

    dialog.paintRequested.connect(paint)
    return dialog
