"""The source library: one entry per study, report or interview, cited by any number of ratings.

``SourceLibraryDialog`` lists, searches, edits and deletes the library's sources (a source still
cited by a case cannot be deleted: the store says so). The pieces it is built from are shared with
the wizard's evidence dialog: ``SourceFormDialog`` (write or edit one source, with the dates
checked), ``SourceTree`` (a list of sources) and ``LibraryPicker`` (choose sources from the
library, searching as you type).

A case keeps its own copy of each source it cites, so editing a library entry changes what new
citations get, never what a case already says.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...models.case import SourceRef
from ...models.storage.interface import CaseStorage
from ...models.storage.records import StoreError
from ...models.storage.sources import SourceDeletedError
from ..announce import announce
from ..dialogs import plain_message
from ..keys import declare
from ..literal import plain_label
from .widgets import COPY_NOTE, SourceFormDialog, SourceTree, said, translate  # noqa: F401  (re-exported)
from ..error_text import error_text


declare(QT_TRANSLATE_NOOP("Keys", "Source library"), QT_TRANSLATE_NOOP("Keys", "Down (in the search box)"),
        QT_TRANSLATE_NOOP("Keys", "Go to the first source found"))


def search_box(tree: SourceTree) -> QLineEdit:
    """The search line above ``tree``: Down moves into the list, on the first source."""
    box = QLineEdit()
    down = QShortcut(QKeySequence(Qt.Key.Key_Down), box, tree.go_to_first)
    down.setContext(Qt.ShortcutContext.WidgetShortcut)  # only while the search box has focus
    box.setPlaceholderText(translate("Sources", "Search title, publisher, reference or note…"))
    box.setClearButtonEnabled(True)
    box.setAccessibleName(translate("Sources", "Search the source library"))
    return box


def count_text(sources: list[SourceRef], search: str, empty: str) -> str:
    """What the line under the list says: how many sources (matching the search), or why none."""
    n = len(sources)  # (a plain name: lupdate does not read a call as the count)
    if sources:
        if search:
            return translate("Sources", "%n source(s) matching “%1”", "", n).replace("%1", search)
        return translate("Sources", "%n source(s) in the library", "", n)
    return translate("Sources", "No source matches “%1”.").replace("%1", search) if search else empty


class LibraryPicker(QDialog):
    """Choose one or more sources from the library; the list narrows as you type."""

    def __init__(self, parent: QWidget | None, store: CaseStorage, already: set[str] = frozenset()):
        super().__init__(parent)
        self.store = store
        self.already = set(already)
        self.setWindowTitle(translate("Sources", "Add sources from the library"))
        self.tree = SourceTree()
        self.search = search_box(self.tree)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.count = plain_label("", "countLabel")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Sources", "Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(translate("Sources", "Select one or more sources (Ctrl+click for several), then Add."),
                                     "helpText"))
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self.refill)
        self.tree.itemSelectionChanged.connect(self._update_ok)
        self.tree.itemDoubleClicked.connect(lambda *_: self.tree.selected_sources() and self.accept())
        self.resize(680, 460)
        self.refill()
        self.search.setFocus()

    def refill(self, *_args) -> None:
        text = self.search.text().strip()
        try:
            sources = self.store.sources.list(text)
        except StoreError as error:
            sources = []
            self.count.setText(translate("Sources", "The library could not be read: %1").replace("%1", error_text(error)))
        else:
            self.count.setText(count_text(sources, text, translate(
                "Sources", "The library is empty: use New source… to write the first one.")))
        self.tree.set_sources(sources, disabled=self.already,
                              disabled_note=translate("Sources", "Already cited for this rating."))
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.tree.selected_sources()))

    def chosen(self) -> list[SourceRef]:
        return [s for s in self.tree.selected_sources() if s.id not in self.already]


class SourceLibraryDialog(QDialog):
    """Search, edit and delete the library's sources (Close when done; every change is saved at once)."""

    def __init__(self, store: CaseStorage, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self._usage: dict[str, int] | None = None  # cases citing each source
        self.setWindowTitle(translate("Sources", "Source Library"))
        self.tree = SourceTree(with_usage=True)
        self.search = search_box(self.tree)
        self.count = plain_label("", "countLabel")
        self.status = plain_label("", "libraryStatus")
        self.status.setStyleSheet("QLabel#libraryStatus { color: #8a1c00; font-weight: 600; }")
        self.status.hide()
        self.new_button = QPushButton(translate("Sources", "&New source…"))
        self.edit_button = QPushButton(translate("Sources", "&Edit…"))
        self.delete_button = QPushButton(translate("Sources", "&Delete"))
        self.new_button.clicked.connect(self.new_source)
        self.edit_button.clicked.connect(self.edit_source)
        self.delete_button.clicked.connect(self.delete_source)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_source())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        side = QVBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.tree, 1)
        middle.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.intro = plain_label(translate("Sources", "Every study, report or interview cited as evidence for a rating. %1")
                                 .replace("%1", said(COPY_NOTE)), "helpText")
        layout.addWidget(self.intro)
        layout.addWidget(self.search)
        layout.addLayout(middle, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.status)
        layout.addWidget(close)
        read_only = bool(getattr(store, "read_only", False))
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setVisible(not read_only)
        self.search.textChanged.connect(self.refill)
        self.resize(820, 560)
        self.refill()
        self.search.setFocus()

    # -- list ---------------------------------------------------------------------------------
    def refill(self, *_args) -> None:
        text = self.search.text().strip()
        try:
            sources = self.store.sources.list(text)
            if self._usage is None:  # counted once, not per keystroke; a deletion counts again
                self._usage = self.store.sources.usage_counts()
        except StoreError as error:
            sources = []
            self.count.setText(translate("Sources", "The library could not be read: %1").replace("%1", error_text(error)))
        else:
            self.count.setText(count_text(sources, text, translate("Sources", "The library is empty.")))
        self.tree.set_sources(sources, self._usage or {})
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.tree.current_source() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _tell(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        announce(self.status, text, assertive=True)  # a failed save is heard, not only shown

    # -- changes (each saved at once) --------------------------------------------------------
    def ask_source(self, source: SourceRef | None) -> SourceRef | None:
        """The form for a new or edited library entry (its exec is patched in tests)."""
        heading = translate("Sources", "Edit source") if source else translate("Sources", "New source")
        dialog = SourceFormDialog(self, source, heading=heading, note=said(COPY_NOTE) if source else "")
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def confirm_delete(self, source: SourceRef) -> bool:
        box = plain_message(self, QMessageBox.Icon.Question, translate("Sources", "Delete source"),
                            translate("Sources", "Delete “%1” from the source library?").replace("%1", source.title))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _save(self, source: SourceRef, done: str, seen: SourceRef | None = None) -> None:
        try:
            saved = self._save_asking(source, seen)
            if saved is None:  # another officer's correction was kept: the list shows it
                self.refill()
                return
        except StoreError as error:
            self._tell(translate("Sources", "Not saved: %1").replace("%1", error_text(error)))
            if isinstance(error, SourceDeletedError):
                self.refill()  # (the list no longer shows it)
            return
        self._tell("")
        self.refill()
        ids = [s.id for s in self.tree.sources]
        if saved.id in ids:
            self.tree.setCurrentItem(self.tree.topLevelItem(ids.index(saved.id)))
        done_text = done.replace("%1", saved.title)
        self.count.setText(f"{done_text} {self.count.text()}")
        announce(self.count, done_text)

    def _save_asking(self, source: SourceRef, seen: SourceRef | None) -> SourceRef | None:
        """Saved based on the entry as shown (issue 22): a field another officer corrected since
        is kept, one corrected two ways is asked about (None: theirs kept, noted in the history)."""
        from ...models.storage.records import FieldConflictError
        from ...models.storage.sources import HISTORY_PREFIX
        from ..wizard import conflict_dialog

        while True:
            try:
                return self.store.sources.save(source, seen)
            except FieldConflictError as conflict:
                shown = FieldConflictError(str(conflict), [c._replace(path=_field_name(c.path))
                                                           for c in conflict.conflicts])
                if conflict_dialog.ask(self, shown) != "mine":
                    declined = conflict.conflicts
                    break
                # mine, based on theirs as shown: their other fields stay, a change made while the
                # question was open is asked about in turn
                seen = seen.model_copy(update={c.path: c.theirs for c in conflict.conflicts})
        self.store.note_declined(HISTORY_PREFIX + source.id, declined)  # (never raises)
        return None

    def new_source(self) -> None:
        source = self.ask_source(None)
        if source is not None:
            self._save(source, translate("Sources", "Added “%1”."))

    def edit_source(self) -> None:
        current = self.tree.current_source()
        if current is None or self.edit_button.isHidden():
            return
        source = self.ask_source(current)
        if source is not None:
            self._save(source, translate("Sources", "Saved “%1”."), seen=current)

    def delete_source(self) -> None:
        current = self.tree.current_source()
        if current is None or not self.confirm_delete(current):
            return
        try:
            self.store.sources.delete(current.id)
        except StoreError as error:
            self._tell(translate("Sources", "Not deleted: %1").replace("%1", error_text(error)))
            return
        self._tell("")
        self._usage = None
        self.refill()


_FORM_LABELS = {"title": "&Title:", "reference": "&Reference or link:", "publisher": "&Publisher:",
                "date": "&Date:", "accessed": "&Accessed:", "note": "&Note:"}  # (widgets.py's form rows)


def _field_name(key: str) -> str:
    """A library field's name as its form labels it ("&Title:" → "Title"), for the conflict question."""
    if key not in _FORM_LABELS:
        return key
    return translate("Sources", _FORM_LABELS[key]).replace("&", "").rstrip(": \u00a0")
