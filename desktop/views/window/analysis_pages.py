"""The main window's analysis pages: ``window.analysis``, Portfolio (the report's cross-case
figures) and Compare (2–4 cases side by side).

A page replaces the case list in the window's stack, as the editor does; a case opened from a
page returns to that page when it is closed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate  # (lupdate reads translate("Context", "…"))

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget, QToolBar

    from ...models.storage.interface import CaseStorage
    from ..browser.case_browser import CaseBrowser
    from .export_feedback import ExportFeedback
    from .questions import WindowQuestions


class PageHost(Protocol):
    """What the pages use of the main window (``tests/test_main_window.py`` checks it has it)."""

    stack: QStackedWidget  # where a page replaces the list
    browser: CaseBrowser
    toolbar: QToolBar  # hidden while a page is on show
    store: CaseStorage  # read when used: a restored backup replaces it
    editor: QWidget | None
    questions: WindowQuestions
    feedback: ExportFeedback  # "Saved …" with Open and Show in Folder

    def open_case(self, case_id: str) -> object: ...
    def close_editor(self) -> None: ...
    def update_actions(self) -> None: ...


class AnalysisPages:
    MIN_COMPARE, MAX_COMPARE = 2, 4

    def __init__(self, window: PageHost):
        self.window = window
        self.portfolio = None
        self.compare = None
        self.compare_ids: list[str] = []
        self.current: QWidget | None = None  # the page on show, if any
        self.return_page: QWidget | None = None  # where a case opened from a page goes back to

    # -- showing and leaving pages ----------------------------------------------------------
    def _show(self, page: QWidget) -> None:
        window = self.window
        self.return_page = None  # leaving the editor for this page, not going back
        window.close_editor()
        if window.stack.indexOf(page) < 0:
            window.stack.addWidget(page)
        self.current = page
        self.return_page = None
        window.stack.setCurrentWidget(page)
        window.toolbar.setVisible(False)
        window.update_actions()

    def show_list(self) -> None:
        """Back to the case list, with the list's selection as it was."""
        window = self.window
        self.current = None
        self.return_page = None
        window.stack.setCurrentWidget(window.browser)
        window.toolbar.setVisible(True)
        window.browser.table.setFocus()
        window.update_actions()

    def _open_from_page(self, case_id: str) -> None:
        page = self.current
        if not self.window.store.exists(case_id):
            self.window.questions.show_error(translate("AnalysisPages", "Open case"),
                                             translate("AnalysisPages", "That case no longer exists."))
            return
        self.window.open_case(case_id)
        self.return_page = page

    def return_after_editor(self) -> bool:
        """Called when the editor closes: go back to the page it was opened from, refreshed."""
        page, self.return_page = self.return_page, None
        if page is None:
            return False
        if page is self.portfolio:  # refreshed with the scope it had: its selection stays
            self.portfolio.store = self.window.store
            self._show(self.portfolio)
            self.portfolio.refresh()
        elif page is self.compare:
            self.show_compare(self.compare_ids)
        return True

    # -- the pages --------------------------------------------------------------------------
    def show_portfolio(self) -> None:
        from ..portfolio.portfolio_view import PortfolioView  # pyqtgraph is loaded on first use

        window = self.window
        selection = window.browser.selected_ids() if window.editor is None and self.current is None else None
        if self.portfolio is None:
            self.portfolio = PortfolioView(window.store)
            self.portfolio.back_requested.connect(self.show_list)
            self.portfolio.open_case.connect(self._open_from_page)
            self.portfolio.saved.connect(lambda path: self.window.feedback.saved(path))
        self.portfolio.store = window.store  # a restored backup reopens the store
        self._show(self.portfolio)
        self.portfolio.refresh(selection)

    def show_compare(self, ids: list[str] | None = None) -> None:
        from ..analysis.compare_view import CompareView

        window = self.window
        ids = list(ids if ids is not None else window.browser.selected_ids())
        if not self.MIN_COMPARE <= len(ids) <= self.MAX_COMPARE:
            window.questions.show_error(translate("AnalysisPages", "Compare"), translate(
                "AnalysisPages", "Select %1 to %2 cases in the list to compare them.").replace(
                "%1", str(self.MIN_COMPARE)).replace("%2", str(self.MAX_COMPARE)))
            return
        cases = window.store.cases(ids)
        cases.sort(key=lambda c: ids.index(c.id))
        if len(cases) < self.MIN_COMPARE:
            window.questions.show_error(translate("AnalysisPages", "Compare"),
                                        translate("AnalysisPages", "The selected cases could not be read."))
            return
        if self.compare is None:
            self.compare = CompareView()
            self.compare.back_requested.connect(self.show_list)
            self.compare.open_case.connect(self._open_from_page)
        self.compare_ids = [c.id for c in cases]
        self._show(self.compare)
        self.compare.set_cases(cases)
