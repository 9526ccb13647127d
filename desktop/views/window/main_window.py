"""The main window: menus, toolbar and the case browser, wired to the store.

User actions go through small methods (``new_case``, ``duplicate_selected`` ... in
``case_actions``) that ask the user through ``self.questions`` (replaced in tests) and then call
one store method; the window
never writes SQL and never keeps its own copy of a case beyond what it displays. The rest lives
in collaborators the window owns and names at each call: ``act`` (actions, menus, toolbar, View ▸
Language), ``questions``, ``analysis`` (Portfolio, Compare), ``case_dialogs`` (What Would Flip
It, Snapshots, What Changed, Source Library, the workshop), ``output`` (Copy Scorecard, Print…),
``feedback`` ("Saved …" with Open and Show in Folder), ``backups`` and ``state`` (size, splitter,
last case); those given the window declare what they use of it (``PageHost``, ``DialogHost``,
``OutputHost``, ``FeedbackHost``). F1 opens the guide (``views/guide``) at the section for what
is in focus. Its words are the interface language's (``translate("MainWindow", …)``).

Built before the first paint, so without ``Qt.…`` (see ``first_paint``); the list's
click-to-sort arrives with the real store (``attach_store``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QSignalBlocker
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from ... import APP_NAME
from ...models.storage.records import StoreError
from ..browser.case_browser import CaseBrowser
from ..browser.table_model import SummaryRole
from .actions import WindowActions, icon
from .backups import BackupRestore
from .case_actions import CaseActions
from .case_dialogs import CaseDialogs
from .export_feedback import ExportFeedback
from .analysis_pages import AnalysisPages
from .questions import WindowQuestions
from .scorecard_output import ScorecardOutput
from .state import WindowState
from ..error_text import error_text

translate = QCoreApplication.translate  # (lupdate reads translate("Context", "…"))

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ...models.storage.interface import CaseStorage
    from ..wizard.editor import CaseEditor


class MainWindow(CaseActions, QMainWindow):
    def __init__(self, store: CaseStorage, settings: QSettings | None = None, parent=None):
        super().__init__(parent)
        self.store = store
        self.lock = None  # the database's QLockFile, kept by whoever opened the store
        self.setWindowTitle(self._title())
        self.browser = CaseBrowser(reference_icon=icon("reference"))
        self.editor: CaseEditor | None = None
        self.live = None  # a team database: other officers' changes (live_updates.LiveUpdates)
        self._follow(store)
        self.undo_group = QUndoGroup(self)
        self.stack = QStackedWidget()  # the list, the editor or an analysis page
        self.stack.addWidget(self.browser)
        self.setCentralWidget(self.stack)
        self.questions = WindowQuestions(self)
        self.analysis = AnalysisPages(self)
        self.case_dialogs = CaseDialogs(self)
        self.output = ScorecardOutput(self)
        self.feedback = ExportFeedback(self)
        self.backups = BackupRestore(lambda: self.store, self.questions, self.close_editor, self.replace_store,
                                     lambda text, ms: self.statusBar().showMessage(text, ms))
        self.state = WindowState(self, self.browser, settings or QSettings())
        self.act = WindowActions(self, self.undo_group)
        self.act.fill_menus(self.menuBar())
        self.toolbar = self.act.toolbar()
        self.addToolBar(self.toolbar)
        self.browser.selection_changed.connect(self.show_selection)
        self.browser.activated.connect(self.open_case)
        self.browser.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.reload()
        self.state.restore()
        self.update_actions()
        if self.ready:
            self.browser.enable_sorting()
            self.offer_guide_once()

    @property
    def prefers_maximized(self) -> bool:
        """Shown maximized on a small screen when no size was saved (see ``state``)."""
        return self.state.prefers_maximized

    @property
    def ready(self) -> bool:
        """False while the window shows the quick preview of the list (see attach_store)."""
        return not getattr(self.store, "preview", False)

    def attach_store(self, store: CaseStorage, lock=None, rows=None, later=None) -> None:
        """The real store takes over from the start-up preview: same file, now with documents,
        checks and writing; the list keeps its selection and order. ``handover`` gives its rows,
        read already, and ``later``: the summary and the toolbar each get a turn of the loop."""
        from .handover import refresh_rows

        current = self.browser.current_id()
        self.store, self.lock = store, lock
        self._follow(store)
        for action in self.act.own():  # the rules below switch off what does not apply
            action.setEnabled(True)
        self.setWindowTitle(self._title())
        self.browser.enable_sorting()
        with QSignalBlocker(self.browser):  # the case is shown once, below, not also on reselection
            if rows is None:
                self.reload(select=current)
            else:  # only the rows that differ from the preview's are replaced
                refresh_rows(self.browser, rows, current)
        self.update_actions()
        run = later or (lambda step: step())
        run(lambda: self.show_selection(self.browser.current_id()))
        run(lambda: self.act.fit_toolbar(self.toolbar, self.width()))  # measured now (estimated before the first paint)
        self.offer_guide_once()

    def _follow(self, store: CaseStorage) -> None:
        """Other officers' changes, for a store that has them (a team database); a file's start
        imports nothing for it. Edits a closed window kept for this database: offered once it
        shows (``recovered_edits``)."""
        if self.live is None and hasattr(store, "changes"):
            from .live_updates import LiveUpdates

            self.live = LiveUpdates(self)
        if self.live is not None:
            self.live.follow(store)
        if self.ready:
            from .recovered_edits import offer_kept_edits

            offer_kept_edits(self)

    def replace_store(self, store: CaseStorage) -> None:
        """A restored backup (the same file reopened), or another database: the list is read again."""
        self.store = store
        self._follow(store)
        self.reload()

    def _title(self) -> str:
        where = self.store.path.name if self.store.path else getattr(self.store, "location", None)
        title = f"{APP_NAME} — {where}" if where else APP_NAME
        read_only = self.store.read_only and self.ready
        return translate("MainWindow", "%1 (read-only)").replace("%1", title) if read_only else title

    def update_actions(self) -> None:
        """List actions apply to the selection in the list, so they are off while a case is open."""
        browsing = self.editor is None and self.analysis.current is None
        if not self.ready:  # the quick preview at start-up: nothing to act on for a moment
            keep = (self.act.find, self.act.quit, self.act.about, self.act.guide, self.act.keyboard,
                    *self.act.kinds.values())
            for action in self.act.own():
                action.setEnabled(action in keep)
            return
        ids = self.browser.selected_ids() if browsing else []
        summaries = [self.browser.model.summary_at(self.browser.model.row_of(i)) for i in ids]
        one = len(ids) == 1
        mine = bool(summaries) and not any(s.is_reference for s in summaries)
        writable = not self.store.read_only
        for action in (self.act.find, *self.act.kinds.values()):
            action.setEnabled(browsing)
        for action in (self.act.new, self.act.import_cases, self.act.restore):
            action.setEnabled(browsing and writable)
        for action in (self.act.open, self.act.export_case):
            action.setEnabled(one)
        self.act.scorecards.setEnabled(bool(ids) or self.editor is not None)
        self.act.print.setEnabled(bool(ids) or self.editor is not None)
        self.act.all_scorecards.setEnabled(browsing)
        self.act.duplicate.setEnabled(one and writable)
        self.act.rename.setEnabled(one and mine and writable)
        self.act.delete.setEnabled(mine and writable)
        self.act.duplicate.setText(translate("MainWindow", "Du&plicate to Edit") if one and summaries[0].is_reference
                                   else translate("MainWindow", "Du&plicate"))
        one_case = one or self.editor is not None
        analysis = self.analysis
        self.act.portfolio.setEnabled(analysis.current is not analysis.portfolio or analysis.portfolio is None)
        self.act.compare.setEnabled(browsing and analysis.MIN_COMPARE <= len(ids) <= analysis.MAX_COMPARE)
        self.act.sensitivity.setEnabled(one_case)
        self.act.copy_scorecard.setEnabled(one_case)
        self.act.workshop.setEnabled(one_case and writable)
        self.act.snapshots.setEnabled(one_case)
        self.act.changes.setEnabled(one_case)

    # -- user actions ----------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        self.browser.set_rows(self.store.list_summaries(), select=select)

    def open_selected(self) -> None:
        case_id = self.browser.current_id()
        if case_id:
            self.open_case(case_id)

    def open_case(self, case_id: str) -> CaseEditor:
        """Show the wizard for one case in place of the list (Esc or "All cases" returns)."""
        from ..wizard.editor import CaseEditor  # loaded on first use: keeps start-up light

        if not self.ready:
            return None
        self.close_editor()
        self.analysis.current = None
        editor = CaseEditor(self.store, case_id)
        editor.close_requested.connect(self.close_editor)
        editor.duplicate_requested.connect(self._duplicate_from_editor)
        editor.case_changed.connect(self._on_editor_changed)
        self.undo_group.addStack(editor.undo_stack)
        self.undo_group.setActiveStack(editor.undo_stack)
        self.editor = editor
        self.stack.addWidget(editor)
        self.stack.setCurrentWidget(editor)
        self.toolbar.setVisible(False)
        self.setWindowTitle(f"{editor.controller.case.title} — {self._title()}")
        self.update_actions()
        return editor

    def case_in_hand(self) -> str | None:
        """The case an action applies to: the one open in the wizard, else the one selected."""
        if self.editor is not None:
            self.editor.flush()
            return self.editor.controller.case_id
        ids = self.browser.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def _on_editor_changed(self, case) -> None:
        try:
            self.browser.update_row(self.store.summary(case.id))
        except StoreError:  # (the server away: the editor keeps the change and says so)
            pass
        self.setWindowTitle(f"{case.title} — {self._title()}")

    def close_editor(self) -> None:
        if self.editor is None:
            return
        self.editor.flush()
        if not self.editor.may_close():  # changes the database has not taken yet: the user decides
            return
        editor, self.editor = self.editor, None
        case_id = editor.controller.case_id
        self.undo_group.removeStack(editor.undo_stack)
        self.stack.setCurrentWidget(self.browser)
        self.stack.removeWidget(editor)
        editor.deleteLater()
        self.toolbar.setVisible(True)
        self.setWindowTitle(self._title())
        try:
            if self.store.exists(case_id):
                self.browser.update_row(self.store.summary(case_id))
                self.browser.select(case_id)
                self.show_selection(case_id)
        except StoreError:  # (the database away: the list shows what it had)
            pass
        if self.analysis.return_after_editor():
            return
        self.browser.table.setFocus()
        self.update_actions()

    def _duplicate_from_editor(self, case_id: str) -> None:
        case = self._guard(lambda: self.store.duplicate(case_id), translate("MainWindow", "Duplicate"))
        if case:
            self.close_editor()
            self.show_added(case.id)
            self.open_case(case.id)

    def export_scorecards(self, all_cases: bool = False) -> None:
        """The open case, the selected cases, or every case listed (in list order)."""
        if self.editor is not None:
            self.editor.flush()
            ids = [self.editor.controller.case_id]
        elif all_cases:
            proxy = self.browser.proxy
            ids = [proxy.index(r, 0).data(SummaryRole).id for r in range(proxy.rowCount())]
        else:
            ids = self.browser.selected_ids()
        if ids:
            self.show_scorecard_dialog(ids)

    def show_scorecard_dialog(self, ids: list[str]) -> None:
        from ..export.scorecard_dialog import ScorecardDialog
        from ..guide.context import install_help

        dialog = ScorecardDialog(self.store, ids, self)
        install_help(dialog, "scorecard")
        dialog.exec()
        if getattr(dialog, "saved_paths", None):  # the last file(s) saved: Open and Show in Folder stay at hand
            self.feedback.saved(dialog.saved_paths)

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt

        self.browser.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.browser.search.selectAll()

    # -- the guide -------------------------------------------------------------------------
    def show_guide(self, section: str | None = None):
        """F1: the guide (loaded on first use), at the section for what is in focus: the wizard's
        step, an analysis page, the list (see ``views.guide.context``)."""
        from PySide6.QtWidgets import QApplication

        from ..guide.context import section_for
        from ..guide.guide_window import open_guide
        from ..guide.keyboard import reference_rows

        if section is None:
            focus = QApplication.focusWidget()
            section = section_for(focus if focus is not None and focus.window() is self else self.stack.currentWidget())
        return open_guide(section, self, lambda: reference_rows(self.menuBar()))

    def show_keyboard_reference(self):
        from ...models.guide_text import KEYBOARD

        return self.show_guide(KEYBOARD)

    def offer_guide_once(self) -> None:
        """The first start's hint, in the status bar (once: remembered in the settings)."""
        if self.state.first_start():
            self.statusBar().showMessage(
                translate("MainWindow", "New here? Press F1 for the guide: the method in plain words, and every key."), 60000)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "toolbar"):
            self.act.fit_toolbar(self.toolbar, self.width(), exact=self.ready)

    # -- helpers ---------------------------------------------------------------------------
    def _guard(self, operation, title: str):
        """Run one store call; a refusal or a database failure becomes a message, not a crash."""
        try:
            return operation()
        except StoreError as error:
            self.questions.show_error(title, error_text(error))
        except OSError as error:
            self.questions.show_error(title, translate("MainWindow", "The database could not be written: %1").replace("%1", error_text(error)))
        return None

    def show_added(self, case_id: str) -> str:
        self.browser.update_row(self.store.summary(case_id))
        self.browser.select(case_id)
        return case_id

    def _refresh(self, case_id: str) -> None:
        self.browser.update_row(self.store.summary(case_id))
        self.show_selection(case_id)

    def show_selection(self, case_id: str | None) -> None:
        self.browser.show_case(self.store.get(case_id) if case_id else None)
        self.update_actions()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor is not None:
            self.editor.flush()
            if not self.editor.may_close():
                event.ignore()
                return
        if self.live is not None:
            self.live.stop()
        self.state.save()
        super().closeEvent(event)
