"""Scorecards out of the window without a file: Edit ▸ Copy Scorecard and File ▸ Print…
(``window.output``).

Copy puts the case in hand (open in the wizard, or the one selected) on the clipboard as HTML
tables and as a picture (``views/export/clipboard``). Print shows a print preview of the same
pages as the PDF (``reports/printing``) for the open case or the selected cases. Everything is
imported when used: nothing of it on the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # (lupdate reads translate("Context", "…"))

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QStatusBar, QWidget

    from ...models.scorecard import Scorecard
    from ...models.storage.interface import CaseStorage
    from ..browser.case_browser import CaseBrowser

class OutputHost(Protocol):
    """What copying and printing use of the main window (``tests/test_clipboard_scorecard.py``)."""

    store: CaseStorage  # read when used: a restored backup replaces it
    browser: CaseBrowser
    editor: QWidget | None

    def case_in_hand(self) -> str | None: ...
    def statusBar(self) -> QStatusBar: ...


class ScorecardOutput:
    def __init__(self, window: OutputHost):
        self.window = window

    def _cards(self, ids: list[str]) -> list[Scorecard]:
        from ...models.scorecard import ScorecardOptions
        from ...reports.content import scorecards_for
        from ..export.document_language import document_language

        return scorecards_for(self.window.store, ids, ScorecardOptions(language=document_language()))

    # -- Edit ▸ Copy Scorecard -------------------------------------------------------------
    def copy_scorecard(self) -> QMimeData | None:
        """The case in hand's scorecards on the clipboard (HTML tables, text and a picture)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        from ..export.clipboard import copy_scorecards

        case_id = self.window.case_in_hand()
        if case_id is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # drawing the picture takes a moment
        try:
            cards = self._cards([case_id])
            data = copy_scorecards(cards)
        finally:
            QApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(translate(
            "ScorecardOutput", "Copied the scorecards of “%1”: paste into Word or Outlook for tables, into a slide for a picture."
        ).replace("%1", cards[0].title), 8000)
        return data

    # -- File ▸ Print… -------------------------------------------------------------------------
    def ids_to_print(self) -> list[str]:
        window = self.window
        if window.editor is not None:
            case_id = window.case_in_hand()
            return [case_id] if case_id else []
        return window.browser.selected_ids()

    def preview_dialog(self, ids: list[str], printer: QPrinter | None = None) -> QPrintPreviewDialog:
        """The print preview of these cases' scorecards, the same pages as the PDF."""
        from ..export.print_preview import preview_dialog

        return preview_dialog(self._cards(ids), self.window, printer)

    def print_scorecards(self) -> None:
        ids = self.ids_to_print()
        if ids:
            self.preview_dialog(ids).exec()
