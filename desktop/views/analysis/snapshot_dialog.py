"""Snapshots of one case: take, list, open (read-only), compare, restore as a new case, delete.

A snapshot keeps the case as it stood under a name ("Before the workshop"), so a later view can
be compared with it. The dialog asks, then calls one store method per action; the questions go
through module-level functions (``ask_text``, ``confirm_delete``, ``show_warning``) that tests
patch. Names and case texts are shown literally, never as markup.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...models.storage.interface import CaseStorage
from ...models.storage.records import StoreError
from ..browser.summary_html import case_to_html, esc
from ..dialogs import ask_text, plain_message
from .diff_view import NOW, DiffDialog, when
from ...models.text import one_line
from ..literal import literal_tooltip, plain_label, window_title
from ..wizard.page_base import help_label
from ..error_text import error_text

INTRO = QT_TRANSLATE_NOOP("SnapshotDialog", "A snapshot keeps the case as it stands now, under a name (for example "
                          "before a workshop), so you can read it later, compare it with the case now or another "
                          "snapshot, or start a new case from it.")
EMPTY = QT_TRANSLATE_NOOP("SnapshotDialog", "No snapshots yet. Take one before a workshop or a big change.")
NAME_LIMIT = 200


def confirm_delete(parent: QWidget, name: str) -> bool:  # (in the dialog's context, as default_name)
    box = plain_message(parent, QMessageBox.Icon.Warning,
                        QCoreApplication.translate("SnapshotDialog", "Delete snapshot"),
                        QCoreApplication.translate("SnapshotDialog", "Delete the snapshot “%1”?")
                        .replace("%1", name),
                        QCoreApplication.translate("SnapshotDialog",
                                                   "The case itself and its other snapshots are not changed."))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def show_warning(parent: QWidget, title: str, text: str) -> None:
    plain_message(parent, QMessageBox.Icon.Warning, title, text).exec()


def default_name(taken: set[str], today: date | None = None) -> str:
    """``Snapshot 2026-03-12``, then ``Snapshot 2026-03-12 (2)`` … so the suggestion is always free."""
    day = (today or date.today()).isoformat()
    base = QCoreApplication.translate("SnapshotDialog", "Snapshot %1").replace("%1", day)
    folded = {t.casefold() for t in taken}
    name, n = base, 1
    while name.casefold() in folded:
        n += 1
        name = f"{base} ({n})"
    return name


class SnapshotViewer(QDialog):
    """One snapshot, read-only: the case summary as it stood, rendered like the detail pane."""

    def __init__(self, case, snapshot, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModal(False)
        name = one_line(snapshot.name)
        self.setWindowTitle(window_title(self.tr("Snapshot “%1”").replace("%1", name), case.title))
        self.view = QTextBrowser(objectName="snapshotView")
        self.view.setOpenLinks(False)
        self.view.setOpenExternalLinks(False)
        self.view.setAccessibleName(self.tr("Snapshot “%1”, read-only").replace("%1", name))
        said = (self.tr("<b>Snapshot “%1”</b>, taken %2. Read-only: restore it as a new case to work on it.")
                .replace("%2", esc(when(snapshot.taken_at))).replace("%1", esc(snapshot.name)))
        banner = f'<p style="background-color:#fff4d6; padding:6px; color:#3d3000;">{said}</p>'

        self.view.setHtml(banner + case_to_html(case))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)


class SnapshotDialog(QDialog):
    case_created = Signal(str)  # the id of the case "Restore as New Case" made (the dialog then closes)

    def __init__(self, store: CaseStorage, case_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModal(False)
        self.store, self.case_id = store, case_id
        self.snapshots: list = []
        self.windows: list[QDialog] = []  # viewers and diffs opened from here (non-modal)
        try:
            case = store.get(case_id)
            title, writable = case.title, not (store.read_only or case.is_reference)
        except StoreError:
            title, writable = case_id, False
        self.writable = writable
        self.setWindowTitle(window_title(self.tr("Snapshots"), title))

        self.heading = plain_label(title, "sectionHeading")
        self.intro = help_label(self.tr(INTRO))
        self.list = QTreeWidget(objectName="snapshotList")
        self.list.setAccessibleName(self.tr("Snapshots of this case"))
        self.list.setColumnCount(2)
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Taken")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.empty = plain_label(self.tr(EMPTY), "snapshotEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("QLabel { color: #4a4f57; background: #ffffff; border: 1px solid #d9dde3; }")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)

        self.take_button = QPushButton(self.tr("&Take Snapshot…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.compare_button = QPushButton(self.tr("&Compare…"))
        self.restore_button = QPushButton(self.tr("&Restore as New Case"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        tips = {
            self.take_button: self.tr("Keep the case as it stands now under a name (Ctrl+T)"),
            self.open_button: self.tr("Read the selected snapshot (Enter or double-click)"),
            self.compare_button: self.tr("What changed between the selected snapshot and now, or any two versions"),
            self.restore_button: self.tr("Start a new case from the selected snapshot; this case is not changed"),
            self.delete_button: self.tr("Delete the selected snapshot (Del); the case is not changed"),
        }
        actions = QVBoxLayout()
        for button, tip in tips.items():
            button.setToolTip(tip)
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        self.take_button.clicked.connect(self.take)
        self.open_button.clicked.connect(self.open_selected)
        self.compare_button.clicked.connect(self.compare)
        self.restore_button.clicked.connect(self.restore)
        self.delete_button.clicked.connect(self.delete)
        if not writable:
            for button in (self.take_button, self.restore_button, self.delete_button):
                button.setToolTip(self.tr("Not available: this case is read-only here"))
        QShortcut(QKeySequence("Ctrl+T"), self, self.take)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, self.delete)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # taken here, so it never reaches a default button
            enter = QShortcut(QKeySequence(key), self.list, self.open_selected)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)

        middle = QHBoxLayout()
        middle.addWidget(self.stack, 1)
        middle.addLayout(actions)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        # Enter on the list opens the snapshot: no button may take it as "press the default"
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(middle, 1)
        layout.addWidget(self.buttons)
        self.resize(680, 420)
        self.reload()

    # -- the list -------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Re-read the snapshots; select ``select`` (a name), else keep the selection."""
        keep = select or self.selected_name()
        try:
            self.snapshots = list(self.store.snapshots.list(self.case_id))
        except StoreError as error:
            self.snapshots = []
            self.empty.setText(self.tr("The snapshots can no longer be read: %1").replace("%1", error_text(error)))
        self.list.clear()
        for snap in self.snapshots:
            item = QTreeWidgetItem([one_line(snap.name), when(snap.taken_at)])
            item.setData(0, Qt.ItemDataRole.UserRole, snap.name)
            item.setToolTip(0, literal_tooltip(snap.name))
            self.list.addTopLevelItem(item)
            if snap.name == keep:
                self.list.setCurrentItem(item)
        self.stack.setCurrentWidget(self.list if self.snapshots else self.empty)
        if self.snapshots and self.list.currentItem() is None:
            self.list.setCurrentItem(self.list.topLevelItem(self.list.topLevelItemCount() - 1))
        self._update_buttons()

    def names(self) -> list[str]:
        return [s.name for s in self.snapshots]

    def selected_name(self) -> str | None:
        items = self.list.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def select(self, name: str) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentItem(item)

    def _snapshot(self, name: str):
        return next((s for s in self.snapshots if s.name == name), None)

    def _update_buttons(self) -> None:
        selected = self.selected_name() is not None
        self.take_button.setEnabled(self.writable)
        self.open_button.setEnabled(selected)
        self.compare_button.setEnabled(selected)
        self.restore_button.setEnabled(selected and self.writable)
        self.delete_button.setEnabled(selected and self.writable)

    # -- actions --------------------------------------------------------------------------------
    def take(self) -> str | None:
        if not self.writable:
            return None
        taken = set(self.names())
        name = ask_text(self, self.tr("Take snapshot"), self.tr("Name of the snapshot:"), default_name(taken))
        if name is None:
            return None
        same = next((t for t in taken if t.casefold() == name.casefold()), None)
        if same is not None:  # names are unique per case, ignoring upper and lower case
            show_warning(self, self.tr("Not taken"), self.tr("This case already has a snapshot called “%1”. Each "
                                                             "snapshot needs its own name: choose another.")
                         .replace("%1", same))
            return None
        if len(name) > NAME_LIMIT:
            show_warning(self, self.tr("Not taken"), self.tr("A snapshot's name can be at most %1 characters long.")
                         .replace("%1", str(NAME_LIMIT)))
            return None
        try:
            snap = self.store.snapshots.take(self.case_id, name)
        except (StoreError, ValueError) as error:
            show_warning(self, self.tr("Not taken"),
                         self.tr("The snapshot could not be taken: %1").replace("%1", error_text(error)))
            return None
        self.reload(select=snap.name)
        self._refresh_diffs()
        return snap.name

    def open_selected(self) -> SnapshotViewer | None:
        name = self.selected_name()
        snap = self._snapshot(name) if name is not None else None
        if snap is None:
            return None
        try:
            case = self.store.snapshots.case_at(self.case_id, name)
        except StoreError as error:
            show_warning(self, self.tr("Cannot open"),
                         self.tr("The snapshot could not be read: %1").replace("%1", error_text(error)))
            return None
        viewer = SnapshotViewer(case, snap, self)
        self.windows.append(viewer)
        viewer.show()
        return viewer

    def compare(self) -> DiffDialog | None:
        """What changed from the selected snapshot to now (both can be changed in the window)."""
        name = self.selected_name()
        if name is None:
            return None
        dialog = DiffDialog(self.store, self.case_id, self, ("snapshot", name), NOW)
        self.windows.append(dialog)
        dialog.show()
        return dialog

    def restore(self) -> str | None:
        name = self.selected_name()
        if name is None or not self.writable:
            return None
        try:
            case = self.store.snapshots.restore(self.case_id, name)
        except StoreError as error:
            show_warning(self, self.tr("Not restored"),
                         self.tr("The snapshot could not be restored: %1").replace("%1", error_text(error)))
            return None
        self.case_created.emit(case.id)
        self.accept()
        return case.id

    def delete(self) -> bool:
        name = self.selected_name()
        if name is None or not self.writable or not confirm_delete(self, name):
            return False
        try:
            self.store.snapshots.delete(self.case_id, name)
        except StoreError as error:
            show_warning(self, self.tr("Not deleted"),
                         self.tr("The snapshot could not be deleted: %1").replace("%1", error_text(error)))
            return False
        self.reload()
        self._refresh_diffs()
        return True

    def _refresh_diffs(self) -> None:
        """Open diff windows offer the snapshots there are now."""
        for window in self.windows:
            if isinstance(window, DiffDialog):
                window.view.reload()
