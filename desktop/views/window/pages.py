"""The main window's analysis pages: Portfolio (cross-case figures), Compare (2–4 cases side by
side) and What Would Flip It (sensitivity of the suggestions). A mixin of ``MainWindow``, kept
apart so the window's own module stays about the case list and the editor.

Pages replace the case list in the window's stack, like the editor does; a case opened from a
page returns to that page when it is closed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class AnalysisPages:
    """Needs from the window: ``pages``, ``browser``, ``store``, ``toolbar``, ``_action``,
    ``open_case``, ``close_editor``, ``_update_actions`` and ``show_error``."""

    MIN_COMPARE, MAX_COMPARE = 2, 4

    def _init_pages(self) -> None:
        self.portfolio = None
        self.compare = None
        self.page: QWidget | None = None  # the analysis page on show, if any
        self.return_page: QWidget | None = None  # where a case opened from a page goes back to
        self.act_portfolio = self._action("&Portfolio", self.show_portfolio, "Ctrl+Shift+P",
                                          "The report's cross-case figures for all, reference, your or the selected cases",
                                          "portfolio")
        self.act_compare = self._action("&Compare", self.show_compare, "Ctrl+Shift+C",
                                        "Compare 2 to 4 selected cases side by side, step by step", "compare")
        self.act_workshop = self._action("Start &Workshop", self.start_workshop, "F5",
                                         "Run the assessment of the selected or open case with a room, on a projector",
                                         "workshop")
        self.workshop = None
        self.act_snapshots = self._action("S&napshots…", self.show_snapshots, "Ctrl+Shift+S",
                                          "Take, open, restore and compare named snapshots of the selected or open case",
                                          None)
        self.act_changes = self._action("What &Changed…", self.show_changes, "Ctrl+Shift+D",
                                        "What changed in the selected or open case since a snapshot, and why", None)
        self.act_sources = self._action("Source &Library…", self.show_source_library, None,
                                        "The sources cited as evidence, shared by every case: search, correct, remove")
        self.act_sensitivity = self._action("What Would &Flip It…", self.show_sensitivity, "Ctrl+Shift+F",
                                            "Which single change would change the suggested leverage or a "
                                            "level's feasibility", "sensitivity")

    def _update_page_actions(self, browsing: bool, ids: list[str]) -> None:
        self.act_portfolio.setEnabled(self.page is not self.portfolio or self.portfolio is None)
        self.act_compare.setEnabled(browsing and self.MIN_COMPARE <= len(ids) <= self.MAX_COMPARE)
        self.act_sensitivity.setEnabled(len(ids) == 1 or self.editor is not None)
        self.act_workshop.setEnabled((len(ids) == 1 or self.editor is not None) and not self.store.read_only)
        self.act_snapshots.setEnabled(len(ids) == 1 or self.editor is not None)
        self.act_changes.setEnabled(len(ids) == 1 or self.editor is not None)

    # -- showing and leaving pages ----------------------------------------------------------
    def _show_page(self, page: QWidget) -> None:
        self.return_page = None  # leaving the editor for this page, not going back
        self.close_editor()
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        self.page = page
        self.return_page = None
        self.pages.setCurrentWidget(page)
        self.toolbar.setVisible(False)
        self._update_actions()

    def close_page(self) -> None:
        """Back to the case list, with the list's selection as it was."""
        self.page = None
        self.return_page = None
        self.pages.setCurrentWidget(self.browser)
        self.toolbar.setVisible(True)
        self.browser.table.setFocus()
        self._update_actions()

    def _open_from_page(self, case_id: str) -> None:
        page = self.page
        if not self.store.exists(case_id):
            self.show_error("Open case", "That case no longer exists.")
            return
        self.open_case(case_id)
        self.return_page = page

    def _return_after_editor(self) -> bool:
        """Called when the editor closes: go back to the page it was opened from, refreshed."""
        page, self.return_page = self.return_page, None
        if page is None:
            return False
        if page is self.portfolio:  # refreshed with the scope it had: its selection stays
            self.portfolio.store = self.store
            self._show_page(self.portfolio)
            self.portfolio.refresh()
        elif page is self.compare:
            self.show_compare(self.compare_ids)
        return True

    # -- the pages --------------------------------------------------------------------------
    def show_portfolio(self) -> None:
        from ..portfolio.portfolio_view import PortfolioView  # pyqtgraph is loaded on first use

        selection = self.browser.selected_ids() if self.editor is None and self.page is None else None
        if self.portfolio is None:
            self.portfolio = PortfolioView(self.store)
            self.portfolio.back_requested.connect(self.close_page)
            self.portfolio.open_case.connect(self._open_from_page)
        self.portfolio.store = self.store  # a restored backup reopens the store
        self._show_page(self.portfolio)
        self.portfolio.refresh(selection)

    def show_compare(self, ids: list[str] | None = None) -> None:
        from ..analysis.compare_view import CompareView

        ids = list(ids if ids is not None else self.browser.selected_ids())
        if not self.MIN_COMPARE <= len(ids) <= self.MAX_COMPARE:
            self.show_error("Compare", f"Select {self.MIN_COMPARE} to {self.MAX_COMPARE} cases in the list to compare them.")
            return
        cases = self.store.cases(ids)
        cases.sort(key=lambda c: ids.index(c.id))
        if len(cases) < self.MIN_COMPARE:
            self.show_error("Compare", "The selected cases could not be read.")
            return
        if self.compare is None:
            self.compare = CompareView()
            self.compare.back_requested.connect(self.close_page)
            self.compare.open_case.connect(self._open_from_page)
        self.compare_ids = [c.id for c in cases]
        self._show_page(self.compare)
        self.compare.set_cases(cases)

    def show_sensitivity(self):
        from ..analysis.sensitivity_dialog import SensitivityDialog

        # non-modal: the officer keeps editing beside it
        return self._case_dialog("sensitivity_dialog", lambda case_id: SensitivityDialog(self.store, case_id, self))

    def start_workshop(self):
        """F5: workshop mode for the open or selected case (a reference case must be duplicated
        first: the room's decisions are edits)."""
        from ..workshop.workshop_mode import WorkshopMode

        case_id = self._one_case()
        if case_id is None:
            return None
        if self.store.summary(case_id).is_reference:
            self.show_error("Workshop", "Reference cases are read-only. Duplicate it (Ctrl+D) and run the "
                                        "workshop on the copy.")
            return None
        reopen = self.editor is not None
        self.close_editor()
        self.workshop = WorkshopMode(self.store, case_id, home_screen=self.screen(), parent=self)
        self.workshop.finished.connect(lambda: self._workshop_finished(case_id, reopen))
        return self.workshop

    def _workshop_finished(self, case_id: str, reopen: bool) -> None:
        self.workshop = None
        if self.store.exists(case_id):
            self.browser.update_row(self.store.summary(case_id))
            self.browser.select(case_id)
            self._on_selection(case_id)
            if reopen:
                self.open_case(case_id)
        self.activateWindow()

    def _case_dialog(self, name: str, make):
        """A non-modal dialog on the open or selected case (None without one case), kept as
        ``self.<name>`` and deleted when closed."""
        from PySide6.QtCore import Qt  # here: this module is imported with the first window (see case_table_model)

        case_id = self._one_case()
        if case_id is None:
            return None
        dialog = make(case_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        setattr(self, name, dialog)
        dialog.show()
        return dialog

    def _one_case(self) -> str | None:
        """The case an action applies to: the one open in the wizard, else the one selected."""
        if self.editor is not None:
            self.editor.flush()
            return self.editor.controller.case_id
        ids = self.browser.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def show_snapshots(self):
        from ..analysis.snapshot_dialog import SnapshotDialog

        def make(case_id: str):
            dialog = SnapshotDialog(self.store, case_id, self)
            dialog.case_created.connect(self._snapshot_restored)
            return dialog

        return self._case_dialog("snapshot_dialog", make)  # non-modal: the case stays in view beside it

    def _snapshot_restored(self, case_id: str) -> None:
        self.close_editor()
        if self.page is not None:
            self.close_page()
        self._added(case_id)
        self.open_case(case_id)
        self.statusBar().showMessage("Restored the snapshot as a new case.", 5000)

    def show_changes(self):
        from ..analysis.diff_view import DiffDialog

        return self._case_dialog("diff_dialog", lambda case_id: DiffDialog(self.store, case_id, self))

    def show_source_library(self):
        from ..sources.library_dialog import SourceLibraryDialog

        dialog = SourceLibraryDialog(self.store, self)
        self.source_dialog = dialog
        dialog.open()
        return dialog
