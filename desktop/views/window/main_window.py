"""The main window: menus, toolbar and the case browser, wired to the store.

User actions go through small methods (``new_case``, ``duplicate_selected`` ...) that ask the
user through ``ask_*``/``confirm_*`` methods (patched in tests) and then call one store method;
the window never writes SQL and never keeps its own copy of a case beyond what it displays.

The window is built before the first paint without touching PySide's ``Qt`` namespace (see
case_table_model): enum-typed settings are named as Qt properties (``setProperty``), and the
list's click-to-sort arrives with the real store (``attach_store``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSignalBlocker
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QToolBar

from ... import APP_NAME
from ...models.storage.records import StoreError
from ...paths import resource_path
from ..browser.case_browser import CaseBrowser
from ..browser.filter_proxy import Kind
from ..browser.table_model import SummaryRole
from .backups import BackupRestore
from .questions import WindowQuestions
from .state import WindowState
from .pages import AnalysisPages

if TYPE_CHECKING:
    from ...models.storage.store import CaseStore
    from ..wizard.editor import CaseEditor


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


class MainWindow(AnalysisPages, BackupRestore, WindowQuestions, WindowState, QMainWindow):
    def __init__(self, store: CaseStore, settings: QSettings | None = None, parent=None):
        super().__init__(parent)
        self.store = store
        self.settings = settings or QSettings()
        self.lock = None  # the database's QLockFile, kept by whoever opened the store
        self.prefers_maximized = False
        self.setWindowTitle(self._title())
        self.browser = CaseBrowser(reference_icon=icon("reference"))
        self.editor: CaseEditor | None = None
        self.undo_group = QUndoGroup(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.browser)
        self.setCentralWidget(self.pages)
        self._make_actions()
        self._init_pages()
        self._make_menus_and_toolbar()
        self.browser.selection_changed.connect(self._on_selection)
        self.browser.activated.connect(self.open_case)
        self.browser.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.reload()
        self._restore_state()
        self._update_actions()
        if self.ready:
            self.browser.enable_sorting()

    @property
    def ready(self) -> bool:
        """False while the window shows the quick preview of the list (see attach_store)."""
        return not getattr(self.store, "preview", False)

    def attach_store(self, store: CaseStore, lock=None) -> None:
        """The real store takes over from the start-up preview: same file, now with documents,
        checks and writing; the list keeps its selection."""
        current = self.browser.current_id()
        self.store, self.lock = store, lock
        for action in self._own_actions():  # the rules below switch off what does not apply
            action.setEnabled(True)
        self.setWindowTitle(self._title())
        self.browser.enable_sorting()
        with QSignalBlocker(self.browser):  # the case is shown once, below, not also on reselection
            self.reload(select=current)
        self._on_selection(self.browser.current_id())

    def _own_actions(self) -> list[QAction]:
        """The window's actions (not the menus' own entries, which stay enabled, nor Undo and
        Redo, which the undo group switches as its stacks allow)."""
        managed = (self.act_undo, self.act_redo)
        return [v for k, v in vars(self).items()
                if k.startswith("act_") and isinstance(v, QAction) and v not in managed]

    def _title(self) -> str:
        where = f" — {self.store.path.name}" if self.store.path else ""
        read_only = " (read-only)" if self.store.read_only and self.ready else ""
        return f"{APP_NAME}{where}{read_only}"

    # -- actions ---------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, tip: str = "", icon_name: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts([QKeySequence(shortcut)])  # (setShortcut's overloads reach for ``Qt``)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})" if shortcut else tip)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda checked=False: slot())
        return action

    def _make_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.act_new = self._action("&New Case…", self.new_case, K.New, "Start a new assessment", "new")
        self.act_open = self._action("&Open", self.open_selected, "Return", "Open the selected case in the assessment wizard", "open")
        self.act_open.setProperty("shortcutContext", "WidgetWithChildrenShortcut")  # Return in the list only
        self.browser.table.addAction(self.act_open)
        self.act_undo = self.undo_group.createUndoAction(self, "&Undo")
        self.act_undo.setShortcuts([QKeySequence(K.Undo)])
        self.act_redo = self.undo_group.createRedoAction(self, "&Redo")
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act_duplicate = self._action("D&uplicate", self.duplicate_selected, "Ctrl+D", "Make an editable copy of the selected case", "duplicate")
        self.act_rename = self._action("&Rename…", self.rename_selected, "F2", "Rename the selected case", "rename")
        self.act_delete = self._action("&Delete…", self.delete_selected, K.Delete, "Delete the selected cases", "delete")
        self.act_import = self._action("&Import Cases…", self.import_cases, "Ctrl+I", "Import case files (.json)", "import")
        self.act_export = self._action("&Export Case…", self.export_selected, "Ctrl+E", "Save the selected case as a case file", "export")
        self.act_scorecards = self._action("Export &Scorecards…", self.export_scorecards, K.Print,
                                           "Preview and save Scorecards 1 and 2 as PDF or PNG", "scorecard")
        self.act_all_scorecards = self._action("Export Scorecards of &All Cases…", lambda: self.export_scorecards(all_cases=True),
                                               None, "One PDF with a contents page and a bookmark per case")
        self.act_restore = self._action("&Restore from Backup…", self.restore_from_backup, None,
                                        "Replace the database with one of its automatic backups")
        self.act_quit = self._action("&Quit", self.close, K.Quit, "Quit the application")
        self.act_find = self._action("&Find", self.focus_search, K.Find, "Search the case list")
        self.act_about = self._action(f"&About {APP_NAME}", self.show_about, None, "Version and the method's citation")
        self.kind_actions = {}
        for n, kind in enumerate(Kind, start=1):
            action = self._action(f"&{kind.value}", lambda k=kind: self.browser.set_kind(k), f"Ctrl+{n}", f"Show {kind.value.lower()}")
            self.kind_actions[kind] = action

    def _make_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.act_new, self.act_open, self.act_import, self.act_export])
        file_menu.addSeparator()
        file_menu.addActions([self.act_scorecards, self.act_all_scorecards])
        file_menu.addSeparator()
        file_menu.addAction(self.act_restore)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.act_undo, self.act_redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.act_duplicate, self.act_rename, self.act_delete])
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_find)
        edit_menu.addSeparator()
        edit_menu.addActions([self.act_snapshots, self.act_sources])
        view_menu = bar.addMenu("&View")
        view_menu.addActions(list(self.kind_actions.values()))
        analyse_menu = bar.addMenu("&Analyse")
        analyse_menu.addActions([self.act_portfolio, self.act_compare, self.act_sensitivity])
        analyse_menu.addAction(self.act_changes)
        analyse_menu.addSeparator()
        analyse_menu.addAction(self.act_workshop)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.act_about)

        toolbar = QToolBar("Main toolbar", objectName="mainToolbar")
        toolbar.setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")
        toolbar.setMovable(False)
        toolbar.addActions([self.act_new, self.act_open, self.act_duplicate, self.act_rename, self.act_delete])
        toolbar.addSeparator()
        toolbar.addActions([self.act_import, self.act_export, self.act_scorecards])
        toolbar.addSeparator()
        toolbar.addActions([self.act_portfolio, self.act_compare])
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _update_actions(self) -> None:
        """List actions apply to the selection in the list, so they are off while a case is open."""
        browsing = self.editor is None and getattr(self, "page", None) is None
        if not self.ready:  # the quick preview at start-up: nothing to act on for a moment
            keep = (self.act_find, self.act_quit, self.act_about, *self.kind_actions.values())
            for action in self._own_actions():
                action.setEnabled(action in keep)
            return
        ids = self.browser.selected_ids() if browsing else []
        summaries = [self.browser.model.summary_at(self.browser.model.row_of(i)) for i in ids]
        one = len(ids) == 1
        mine = bool(summaries) and not any(s.is_reference for s in summaries)
        writable = not self.store.read_only
        for action in (self.act_find, *self.kind_actions.values()):
            action.setEnabled(browsing)
        for action in (self.act_new, self.act_import, self.act_restore):
            action.setEnabled(browsing and writable)
        for action in (self.act_open, self.act_export):
            action.setEnabled(one)
        self.act_scorecards.setEnabled(bool(ids) or self.editor is not None)
        self.act_all_scorecards.setEnabled(browsing)
        self.act_duplicate.setEnabled(one and writable)
        self.act_rename.setEnabled(one and mine and writable)
        self.act_delete.setEnabled(mine and writable)
        self.act_duplicate.setText("D&uplicate to Edit" if one and summaries[0].is_reference else "D&uplicate")
        self._update_page_actions(browsing, ids)

    # -- user actions ----------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        self.browser.set_rows(self.store.list_summaries(), select=select)

    def new_case(self) -> str | None:
        answer = self.ask_new_case()
        if answer is None:
            return None
        fields = {"technology_area": answer.technology_area} if answer.technology_area else {}
        case = self._guard(lambda: self.store.create(answer.title, **fields), "New case")
        if not case:
            return None
        self._added(case.id)
        self.open_case(case.id)
        return case.id

    def duplicate_selected(self) -> str | None:
        case_id = self.browser.current_id()
        if case_id is None:
            return None
        case = self._guard(lambda: self.store.duplicate(case_id), "Duplicate")
        return self._added(case.id) if case else None

    def rename_selected(self) -> None:
        case_id = self.browser.current_id()
        if case_id is None:
            return
        title = self.ask_title(self.store.summary(case_id).title)
        if title and self._guard(lambda: self.store.rename(case_id, title), "Rename"):
            self._refresh(case_id)

    def delete_selected(self) -> None:
        ids = self.browser.selected_ids()
        summaries = [self.store.summary(i) for i in ids]
        if not ids or any(s.is_reference for s in summaries):
            return
        if not self.confirm_delete([s.title for s in summaries]):
            return
        for case_id in ids:
            if not self._guard(lambda: self.store.delete(case_id) or True, "Delete"):
                break
            self.browser.remove_row(case_id)
        self._on_selection(self.browser.current_id())
        self._update_actions()

    def import_cases(self, files: list[str] | None = None) -> list[str]:
        """Validate every file first; import all of them or none, and say which file failed."""
        files = files if files is not None else self.ask_import_files()
        if not files:
            return []
        from ...models.exchange import CaseFileError, read_case_file

        try:
            cases = [read_case_file(f) for f in files]
        except CaseFileError as error:
            self.show_error("Import failed", f"{error}\n\nNothing was imported.")
            return []
        ids = self._guard(lambda: self.store.add_cases(cases), "Import") or []
        if ids:
            self.reload(select=ids[0])
            self.statusBar().showMessage(f"Imported {len(ids)} case(s).", 5000)
        return ids

    def export_selected(self, path: str | None = None) -> bool:
        case_id = self.browser.current_id()
        if case_id is None:
            return False
        path = path or self.ask_export_path(f"{case_id}.json")
        if not path:
            return False
        from ...models.exchange import CaseFileError, write_case_file

        try:
            write_case_file(self.store.get(case_id), path)
        except (CaseFileError, StoreError) as error:
            self.show_error("Export failed", str(error))
            return False
        self.statusBar().showMessage(f"Saved {path}", 5000)
        return True

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
        self.page = None
        editor = CaseEditor(self.store, case_id)
        editor.close_requested.connect(self.close_editor)
        editor.duplicate_requested.connect(self._duplicate_from_editor)
        editor.case_changed.connect(self._on_editor_changed)
        self.undo_group.addStack(editor.undo_stack)
        self.undo_group.setActiveStack(editor.undo_stack)
        self.editor = editor
        self.pages.addWidget(editor)
        self.pages.setCurrentWidget(editor)
        self.toolbar.setVisible(False)
        self.setWindowTitle(f"{editor.controller.case.title} — {self._title()}")
        self._update_actions()
        return editor

    def _on_editor_changed(self, case) -> None:
        self.browser.update_row(self.store.summary(case.id))
        self.setWindowTitle(f"{case.title} — {self._title()}")

    def close_editor(self) -> None:
        if self.editor is None:
            return
        editor, self.editor = self.editor, None
        editor.flush()
        case_id = editor.controller.case_id
        self.undo_group.removeStack(editor.undo_stack)
        self.pages.setCurrentWidget(self.browser)
        self.pages.removeWidget(editor)
        editor.deleteLater()
        self.toolbar.setVisible(True)
        self.setWindowTitle(self._title())
        if self.store.exists(case_id):
            self.browser.update_row(self.store.summary(case_id))
            self.browser.select(case_id)
            self._on_selection(case_id)
        if self._return_after_editor():
            return
        self.browser.table.setFocus()
        self._update_actions()

    def _duplicate_from_editor(self, case_id: str) -> None:
        case = self._guard(lambda: self.store.duplicate(case_id), "Duplicate")
        if case:
            self.close_editor()
            self._added(case.id)
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

        ScorecardDialog(self.store, ids, self).exec()

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt

        self.browser.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.browser.search.selectAll()

    # -- helpers ---------------------------------------------------------------------------
    def _guard(self, operation, title: str):
        """Run one store call; a refusal or a database failure becomes a message, not a crash."""
        try:
            return operation()
        except StoreError as error:
            self.show_error(title, str(error))
        except OSError as error:
            self.show_error(title, f"The database could not be written: {error}")
        return None

    def _added(self, case_id: str) -> str:
        self.browser.update_row(self.store.summary(case_id))
        self.browser.select(case_id)
        return case_id

    def _refresh(self, case_id: str) -> None:
        self.browser.update_row(self.store.summary(case_id))
        self._on_selection(case_id)

    def _on_selection(self, case_id: str | None) -> None:
        self.browser.show_case(self.store.get(case_id) if case_id else None)
        self._update_actions()
