"""Progress and Cancel while the Export Scorecards dialog saves (issue 18: a long export must
never be a hang): a progress dialog per case and per page, with Cancel. A cancelled export
writes nothing (the files are drawn in memory first), so an earlier file stays as it was.

Owned by the dialog (``dialog.progress``): ``with progress.exporting(text): …``, then
``progress.cancelled``; ``progress.on_case`` is the callback ``scorecards_for`` reports to.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...reports.canvas import ExportCancelled, watching_pages


class ExportProgress:
    def __init__(self, parent: QWidget):
        self.parent = parent
        self._progress: QProgressDialog | None = None  # while saving (see ``exporting``)
        self.cancelled = False  # the last save was cancelled: nothing was written

    def make_progress(self, text: str) -> QProgressDialog:
        progress = QProgressDialog(text, QCoreApplication.translate("ExportProgress", "Cancel"), 0, 0, self.parent)
        progress.setWindowTitle(QCoreApplication.translate("ExportProgress", "Export scorecards"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # a quick export shows no dialog at all
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        return progress

    @contextmanager
    def exporting(self, text: str):
        """While saving: progress with Cancel; ``self.cancelled`` says afterwards whether the
        officer cancelled (then the exception that stopped the export is swallowed)."""
        self.cancelled = False
        self._progress = self.make_progress(text)
        try:
            with watching_pages(self._on_page):
                yield
        except Exception:
            if not self.cancelled:
                raise
        finally:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _check_cancel(self) -> None:
        QCoreApplication.processEvents()
        if self._progress is not None and self._progress.wasCanceled():
            self.cancelled = True
            raise ExportCancelled()

    def on_case(self, n: int, total: int) -> None:
        if self._progress is None:
            return  # the preview: no dialog
        text = QCoreApplication.translate("ExportProgress", "Preparing case %1 of %2…")
        self._progress.setLabelText(text.replace("%1", str(n)).replace("%2", str(total)))
        self._progress.setRange(0, total)
        self._progress.setValue(n - 1)
        self._check_cancel()

    def _on_page(self, canvas) -> None:
        if self._progress is None:
            return
        if canvas.dry or not canvas.total_pages:
            text = QCoreApplication.translate("ExportProgress", "Laying out page %1…")
            self._progress.setLabelText(text.replace("%1", str(canvas.page + 2)))
            self._progress.setRange(0, 0)
        else:
            text = QCoreApplication.translate("ExportProgress", "Drawing page %1 of %2…")
            self._progress.setLabelText(text.replace("%1", str(canvas.page + 2)).replace("%2", str(canvas.total_pages)))
            self._progress.setRange(0, canvas.total_pages)
            self._progress.setValue(min(canvas.page + 1, canvas.total_pages))
        self._check_cancel()
