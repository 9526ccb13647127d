"""What the main window opens on one case beside the list or the wizard: ``window.case_dialogs``.

What Would Flip It, Snapshots and What Changed are non-modal dialogs on the open or selected
case (the officer keeps working beside them); the workshop takes the screen for the room; the
Source Library belongs to every case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # (lupdate reads translate("Context", "…"))

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ...models.storage.interface import CaseStorage
    from ..browser.case_browser import CaseBrowser
    from .analysis_pages import AnalysisPages
    from .questions import WindowQuestions


class DialogHost(Protocol):
    """What the dialogs use of the main window (``tests/test_main_window.py`` checks it has it);
    a QWidget, the dialogs' parent."""

    store: CaseStorage  # read when used: a restored backup replaces it
    browser: CaseBrowser
    editor: QWidget | None
    analysis: AnalysisPages
    questions: WindowQuestions

    def case_in_hand(self) -> str | None: ...
    def open_case(self, case_id: str) -> object: ...
    def close_editor(self) -> None: ...
    def show_added(self, case_id: str) -> str: ...
    def show_selection(self, case_id: str | None) -> None: ...


class CaseDialogs:
    """The dialog on show is kept as ``sensitivity_dialog``, ``snapshot_dialog``,
    ``diff_dialog``, ``source_dialog``, the running workshop as ``workshop``."""

    def __init__(self, window: DialogHost):
        self.window = window
        self.workshop = None
        self.sensitivity_dialog = self.snapshot_dialog = self.diff_dialog = self.source_dialog = None

    def _case_dialog(self, name: str, make):
        """A non-modal dialog on the open or selected case (None without one case), kept as
        ``self.<name>`` and deleted when closed."""
        from PySide6.QtCore import Qt  # here, not with the first window (see first_paint)

        case_id = self.window.case_in_hand()
        if case_id is None:
            return None
        dialog = make(case_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        setattr(self, name, dialog)
        dialog.show()
        return dialog

    def show_sensitivity(self):
        from ..analysis.sensitivity_dialog import SensitivityDialog

        window = self.window
        return self._case_dialog("sensitivity_dialog", lambda case_id: SensitivityDialog(window.store, case_id, window))

    def show_snapshots(self):
        from ..analysis.snapshot_dialog import SnapshotDialog

        window = self.window

        def make(case_id: str):
            dialog = SnapshotDialog(window.store, case_id, window)
            dialog.case_created.connect(self._snapshot_restored)
            return dialog

        return self._case_dialog("snapshot_dialog", make)

    def _snapshot_restored(self, case_id: str) -> None:
        window = self.window
        window.close_editor()
        if window.analysis.current is not None:
            window.analysis.show_list()
        window.show_added(case_id)
        window.open_case(case_id)
        window.statusBar().showMessage(translate("CaseDialogs", "Restored the snapshot as a new case."), 5000)

    def show_changes(self):
        from ..analysis.diff_view import DiffDialog

        window = self.window
        return self._case_dialog("diff_dialog", lambda case_id: DiffDialog(window.store, case_id, window))

    def show_source_library(self):
        from ..sources.library_dialog import SourceLibraryDialog

        dialog = SourceLibraryDialog(self.window.store, self.window)
        self.source_dialog = dialog
        dialog.open()
        return dialog

    def start_workshop(self):
        """F5: workshop mode for the open or selected case (a reference case must be duplicated
        first: the room's decisions are edits)."""
        from ..guide.context import install_help
        from ..workshop.workshop_mode import WorkshopMode

        window = self.window
        case_id = window.case_in_hand()
        if case_id is None:
            return None
        if window.store.summary(case_id).is_reference:
            window.questions.show_error(translate("CaseDialogs", "Workshop"), translate(
                "CaseDialogs", "Reference cases are read-only. Duplicate it (Ctrl+D) and run the workshop on the copy."))
            return None
        reopen = window.editor is not None
        window.close_editor()
        self.workshop = WorkshopMode(window.store, case_id, home_screen=window.screen(), parent=window)
        self.workshop.finished.connect(lambda: self._workshop_finished(case_id, reopen))
        for workshop_window in self.workshop.windows:  # windows of their own: F1 of their own
            install_help(workshop_window, "workshop")
        return self.workshop

    def _workshop_finished(self, case_id: str, reopen: bool) -> None:
        window = self.window
        self.workshop = None
        if window.store.exists(case_id):
            window.browser.update_row(window.store.summary(case_id))
            window.browser.select(case_id)
            window.show_selection(case_id)
            if reopen:
                window.open_case(case_id)
        window.activateWindow()
