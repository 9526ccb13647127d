"""The main window's actions, menus and toolbar: ``window.act``.

Each action calls one method of the window or of one of its collaborators, named here; which
actions apply at a moment is the window's ``update_actions``. Built before the first paint, so
no ``Qt.…`` here (see ``first_paint``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenuBar, QToolBar, QToolButton

from ... import APP_NAME
from ...paths import resource_path
from ..browser.filter_proxy import Kind
from ..first_paint import set_enum_property, set_shortcuts
from .language_menu import LanguageMenu

translate = QCoreApplication.translate  # (lupdate reads translate("Context", "…"): the window's words)

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoGroup

    from .main_window import MainWindow


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


def connect_team(window: MainWindow) -> bool:
    """File ▸ Connect to Team Database… (its module is loaded on first use)."""
    from .team_connect import TeamConnect

    return TeamConnect(window).run()


class WindowActions:
    """The actions as attributes (``new``, ``open``, ``undo`` … ``kinds`` by filter kind)."""

    def __init__(self, window: MainWindow, undo_group: QUndoGroup):
        self.window = window
        K = QKeySequence.StandardKey
        w, pages, dialogs = window, window.analysis, window.case_dialogs
        self.new = self._action(translate("MainWindow", "&New Case…"), w.new_case, K.New,
                                translate("MainWindow", "Start a new assessment"), "new")
        self.open = self._action(translate("MainWindow", "&Open"), w.open_selected, "Return",
                                 translate("MainWindow", "Open the selected case in the assessment wizard"), "open")
        set_enum_property(self.open, "shortcutContext", "WidgetWithChildrenShortcut")  # Return in the list only
        w.browser.table.addAction(self.open)
        self.undo = undo_group.createUndoAction(w, translate("MainWindow", "&Undo"))
        set_shortcuts(self.undo, K.Undo)
        self.redo = undo_group.createRedoAction(w, translate("MainWindow", "&Redo"))
        set_shortcuts(self.redo, "Ctrl+Shift+Z", "Ctrl+Y")
        self.duplicate = self._action(translate("MainWindow", "Du&plicate"), w.duplicate_selected, "Ctrl+D",
                                      translate("MainWindow", "Make an editable copy of the selected case"), "duplicate")
        self.rename = self._action(translate("MainWindow", "Ren&ame…"), w.rename_selected, "F2",
                                   translate("MainWindow", "Rename the selected case"), "rename")
        self.delete = self._action(translate("MainWindow", "&Delete…"), w.delete_selected, K.Delete,
                                   translate("MainWindow", "Delete the selected cases"), "delete")
        self.import_cases = self._action(translate("MainWindow", "&Import Cases…"), w.import_cases, "Ctrl+I",
                                         translate("MainWindow", "Import case files (.json)"), "import")
        self.export_case = self._action(translate("MainWindow", "&Export Case…"), w.export_selected, "Ctrl+E",
                                        translate("MainWindow", "Save the selected case as a case file"), "export")
        self.scorecards = self._action(
            translate("MainWindow", "Export &Scorecards…"), w.export_scorecards, K.Print,
            translate("MainWindow", "Preview and save Scorecards 1 and 2 as PDF, Word or PNG"), "scorecard")
        self.all_scorecards = self._action(
            translate("MainWindow", "Export Scorecards of &All Cases…"), lambda: w.export_scorecards(all_cases=True),
            None, translate("MainWindow", "One PDF with a contents page and a bookmark per case"))
        self.print = self._action(
            translate("MainWindow", "&Print…"), w.output.print_scorecards, None,
            translate("MainWindow", "Print the scorecards of the open or selected cases, with a preview of the pages"))
        # Ctrl+C in the case list (Ctrl+Shift+C is Compare); text fields keep their own Ctrl+C
        self.copy_scorecard = self._action(
            translate("MainWindow", "&Copy Scorecard"), w.output.copy_scorecard, K.Copy,
            translate("MainWindow", "Copy the case's scorecards: tables for Word or Outlook, a picture for slides"))
        set_enum_property(self.copy_scorecard, "shortcutContext", "WidgetWithChildrenShortcut")
        w.browser.table.addAction(self.copy_scorecard)
        self.restore = self._action(translate("MainWindow", "&Restore from Backup…"), w.backups.restore, None,
                                    translate("MainWindow", "Replace the database with one of its automatic backups"))
        self.connect_team = self._action(
            translate("MainWindow", "Connect to &Team Database…"), lambda: connect_team(w), None,
            translate("MainWindow", "Work on your unit's shared case base on a PostgreSQL server: type or pick its address"))
        self.quit = self._action(translate("MainWindow", "&Quit"), w.close, K.Quit,
                                 translate("MainWindow", "Quit the application"))
        self.find = self._action(translate("MainWindow", "&Find"), w.focus_search, K.Find,
                                 translate("MainWindow", "Search the case list"))
        self.about = self._action(translate("MainWindow", "&About %1").replace("%1", APP_NAME), w.questions.show_about,
                                  None, translate("MainWindow", "Version and the method's citation"))
        self.guide = self._action(
            translate("MainWindow", "&Guide"), w.show_guide, "F1",
            translate("MainWindow", "The method in plain words, opened at the part about what you are doing"))
        self.keyboard = self._action(translate("MainWindow", "&Keyboard Reference"), w.show_keyboard_reference, None,
                                     translate("MainWindow", "Every key of the app, made from its menus and widgets"))
        self.portfolio = self._action(
            translate("MainWindow", "&Portfolio"), pages.show_portfolio, "Ctrl+Shift+P",
            translate("MainWindow", "The report's cross-case figures for all, reference, your or the selected cases"),
            "portfolio")
        self.compare = self._action(translate("MainWindow", "&Compare"), pages.show_compare, "Ctrl+Shift+C",
                                    translate("MainWindow", "Compare 2 to 4 selected cases side by side, step by step"),
                                    "compare")
        self.workshop = self._action(
            translate("MainWindow", "Start &Workshop"), dialogs.start_workshop, "F5",
            translate("MainWindow", "Run the assessment of the selected or open case with a room, on a projector"),
            "workshop")
        self.snapshots = self._action(
            translate("MainWindow", "S&napshots…"), dialogs.show_snapshots, "Ctrl+Shift+S",
            translate("MainWindow", "Take, open, restore and compare named snapshots of the selected or open case"))
        self.changes = self._action(
            translate("MainWindow", "What C&hanged…"), dialogs.show_changes, "Ctrl+Shift+D",
            translate("MainWindow", "What changed in the selected or open case since a snapshot, and why"))
        self.sources = self._action(
            translate("MainWindow", "Source &Library…"), dialogs.show_source_library, None,
            translate("MainWindow", "The sources cited as evidence, shared by every case: search, correct, remove"))
        self.sensitivity = self._action(
            translate("MainWindow", "What Would &Flip It…"), dialogs.show_sensitivity, "Ctrl+Shift+F",
            translate("MainWindow", "Which single change would change the suggested leverage or a level's feasibility"),
            "sensitivity")
        tips = {Kind.ALL: translate("MainWindow", "Show all cases"), Kind.MINE: translate("MainWindow", "Show my cases"),
                Kind.REFERENCE: translate("MainWindow", "Show reference library")}
        self.kinds = {kind: self._action(f"&{kind.text()}", lambda k=kind: w.browser.set_kind(k), f"Ctrl+{n}", tips[kind])
                      for n, kind in enumerate(Kind, start=1)}

    def _action(self, text: str, slot, shortcut=None, tip: str = "", icon_name: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            set_shortcuts(action, shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})" if shortcut else tip)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda checked=False: slot())
        return action

    def own(self) -> list[QAction]:
        """The actions the window switches (not Undo and Redo, which the undo group switches
        as its stacks allow, nor the menus' own entries)."""
        return [a for a in (*vars(self).values(), *self.kinds.values())
                if isinstance(a, QAction) and a not in (self.undo, self.redo)]

    def fill_menus(self, bar: QMenuBar) -> None:
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addActions([self.new, self.open, self.import_cases, self.export_case])
        file_menu.addSeparator()
        file_menu.addActions([self.scorecards, self.all_scorecards, self.print])
        file_menu.addSeparator()
        file_menu.addActions([self.connect_team, self.restore])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.duplicate, self.rename, self.delete])
        edit_menu.addSeparator()
        edit_menu.addAction(self.copy_scorecard)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find)
        edit_menu.addSeparator()
        edit_menu.addActions([self.snapshots, self.sources])
        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        view_menu.addActions(list(self.kinds.values()))
        view_menu.addSeparator()
        self.languages = LanguageMenu(view_menu, self.window.state.settings,
                                      lambda *said: self.window.questions.show_information(*said))
        analyse_menu = bar.addMenu(translate("MainWindow", "&Analyse"))
        analyse_menu.addActions([self.portfolio, self.compare, self.sensitivity])
        analyse_menu.addAction(self.changes)
        analyse_menu.addSeparator()
        analyse_menu.addAction(self.workshop)
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addActions([self.guide, self.keyboard])
        help_menu.addSeparator()
        help_menu.addAction(self.about)

    def toolbar(self) -> QToolBar:
        toolbar = QToolBar(translate("MainWindow", "Main toolbar"), objectName="mainToolbar")
        set_enum_property(toolbar, "toolButtonStyle", "ToolButtonTextBesideIcon")
        toolbar.button_style = "ToolButtonTextBesideIcon"
        toolbar.setMovable(False)
        for action, short in ((self.new, translate("MainWindow", "New Case")),
                              (self.duplicate, translate("MainWindow", "Duplicate")),
                              (self.import_cases, translate("MainWindow", "Import")),
                              (self.export_case, translate("MainWindow", "Export Case")),
                              (self.scorecards, translate("MainWindow", "Scorecards"))):
            action.setIconText(short)  # the toolbar's shorter text: every button fits at 1024×768 (in German too)
        toolbar.addActions([self.new, self.open, self.duplicate, self.rename, self.delete])
        toolbar.addSeparator()
        toolbar.addActions([self.import_cases, self.export_case, self.scorecards])
        toolbar.addSeparator()
        toolbar.addActions([self.portfolio, self.compare])
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None:  # shown when the buttons do not fit: say what it is
            extension.setAccessibleName(translate("MainWindow", "More toolbar buttons"))
            extension.setToolTip(translate("MainWindow", "More toolbar buttons"))
        return toolbar

    TOOLBAR_STYLES = ("ToolButtonTextBesideIcon", "ToolButtonTextUnderIcon", "ToolButtonIconOnly")

    def fit_toolbar(self, toolbar: QToolBar, width: int, exact: bool = True) -> str:
        """The roomiest button style whose buttons all fit in ``width`` (text beside the icon, then
        under it, then the icon alone: its name stays for screen readers, its text in the tool
        tip and the menus), so no button hides behind the overflow at 1024×768. Before the first
        paint (``exact`` False) the widths are estimated from the font, as measuring the buttons
        in three styles would cost the first paint ~7 ms; the real store's arrival measures."""
        measure = self._measured_width if exact else self._estimated_width
        chosen = self.TOOLBAR_STYLES[-1]
        for style in self.TOOLBAR_STYLES:
            if measure(toolbar, style) <= width:
                chosen = style
                break
        if getattr(toolbar, "button_style", None) != chosen:  # (kept as a name: reading it back builds Qt.…)
            set_enum_property(toolbar, "toolButtonStyle", chosen)
            toolbar.button_style = chosen
        return chosen

    @staticmethod
    def _estimated_width(toolbar: QToolBar, style: str) -> int:
        """The width ``style`` would need, from the texts' widths in the toolbar's font and the
        style sheet's padding; on the generous side, so the measured width is rarely larger."""
        metrics, icon = toolbar.fontMetrics(), toolbar.iconSize().width()
        total = 40
        for action in toolbar.actions():
            if action.isSeparator():
                total += 14
                continue
            text = metrics.horizontalAdvance(action.iconText())
            content = {"ToolButtonTextBesideIcon": icon + 6 + text, "ToolButtonTextUnderIcon": max(icon, text)}
            total += content.get(style, icon) + 30
        return total

    def _measured_width(self, toolbar: QToolBar, style: str) -> int:
        """``_toolbar_width``, remembered for the toolbar's font and buttons: a window being
        resized asks on every step, and measuring relays the toolbar out in each style."""
        key = (style, toolbar.font().key(), tuple((a.text(), a.isVisible()) for a in toolbar.actions()))
        widths = getattr(toolbar, "style_widths", None)
        if widths is None:
            widths = toolbar.style_widths = {}
        if key not in widths:
            widths[key] = self._toolbar_width(toolbar, style)
        return widths[key]

    @staticmethod
    def _toolbar_width(toolbar: QToolBar, style: str) -> int:
        """The width the toolbar needs to show every button in ``style`` (set here), measured:
        buttons, separators, spacing, margins."""
        if getattr(toolbar, "button_style", None) != style:
            set_enum_property(toolbar, "toolButtonStyle", style)
            toolbar.button_style = style
        layout = toolbar.layout()
        spacing = max(layout.spacing(), 0)
        margins = layout.contentsMargins()
        total = margins.left() + margins.right() + 2 * toolbar.contentsMargins().left() + 8
        for action in toolbar.actions():
            widget = toolbar.widgetForAction(action)
            if widget is not None:
                total += widget.sizeHint().width() + spacing
        return total
