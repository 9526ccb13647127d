"""What changed: one case between two of its versions (a snapshot, or the case now), step by
step, with the reasons recorded since (issue 9).

``DiffView`` reads through the store only (``snapshots.list``, ``snapshots.case_at``, ``get``,
``history``) and computes with ``models.diff.diff_cases``; it writes nothing. ``DiffDialog``
holds it in a non-modal window, so the officer can keep it open beside the case.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...models.analysis_words import count, say
from ...models.case import Case
from ...models.diff import CaseDiff, diff_cases, history_window
from ...models.storage.interface import CaseStorage
from ...models.storage.records import StoreError
from .diff_model import DiffTableModel
from ...models.text import one_line
from ..literal import plain_label, window_title
from .sectioned_table import lay_out_sections, reading_table
from .. import translation
from ..error_text import error_text

NOW = ("now", None)  # the combo data of "the case as it is now"; a snapshot is ("snapshot", name)
NOW_TEXT = QT_TRANSLATE_NOOP("DiffView", "Now (the case as it is)")
NO_CHANGES = QT_TRANSLATE_NOOP("DiffView", "No changes")
LEGEND = QT_TRANSLATE_NOOP("DiffView", "Each field says whether it was added, removed or changed; Why lists the "
                                       "reasons recorded with the change.")
FIELD_COLUMN_CHARS = 28


def when(moment: datetime | None) -> str:
    """A snapshot's time in local time, to the minute."""
    if moment is None:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def _choice(data) -> tuple | None:
    """Combo data back as a tuple (Qt may hand a Python tuple back as a list)."""
    return tuple(data) if data else None


class DiffView(QWidget):
    def __init__(self, store: CaseStorage, case_id: str, parent: QWidget | None = None,
                 from_choice=None, to_choice=None):
        """``from_choice``/``to_choice`` as for ``set_choices``; by default the newest snapshot
        against now."""
        super().__init__(parent)
        self.setObjectName("diffView")
        self.store, self.case_id = store, case_id
        self.diff: CaseDiff | None = None
        self.model = DiffTableModel(self)

        self.from_combo = QComboBox(objectName="diffFrom")
        self.to_combo = QComboBox(objectName="diffTo")
        for combo in (self.from_combo, self.to_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(22)
            combo.currentIndexChanged.connect(self.refresh)
        from_label, to_label = QLabel(self.tr("&From:")), QLabel(self.tr("&To:"))
        from_label.setBuddy(self.from_combo)
        to_label.setBuddy(self.to_combo)
        self.swap_button = QPushButton(self.tr("⇄ S&wap"))
        self.swap_button.setToolTip(self.tr("Exchange From and To"))
        self.swap_button.clicked.connect(self.swap)
        self.count_label = plain_label("", "countLabel", wrap=False)
        choose = QHBoxLayout()
        choose.addWidget(from_label)
        choose.addWidget(self.from_combo, 1)
        choose.addWidget(self.swap_button)
        choose.addWidget(to_label)
        choose.addWidget(self.to_combo, 1)

        self.legend = plain_label(self.tr(LEGEND), "helpText")
        legend_row = QHBoxLayout()
        legend_row.addWidget(self.legend, 1)
        legend_row.addSpacing(12)
        legend_row.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignTop)
        self.note = plain_label("", "helpText")  # says so when From is the later version
        self.note.hide()

        self.table = reading_table(self.model, "diffTable", self.tr("Changes between the two versions"))
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.model.modelReset.connect(self._after_reset)

        self.empty = plain_label(self.tr(NO_CHANGES), "diffEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("QLabel { color: #4a4f57; font-size: 13pt; background: #ffffff; "
                                 "border: 1px solid #d9dde3; }")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choose)
        layout.addLayout(legend_row)
        layout.addWidget(self.note)
        layout.addWidget(self.stack, 1)
        if from_choice is not None or to_choice is not None:
            self.reload(tuple(from_choice or NOW), tuple(to_choice or NOW))
        else:
            self.reload()

    # -- choices -----------------------------------------------------------------------------
    def reload(self, from_choice=None, to_choice=None) -> None:
        """Re-read the snapshots into both combos (keeping or setting the choices), then the diff."""
        try:
            snapshots = self.store.snapshots.list(self.case_id)
        except StoreError:
            snapshots = []
        self._marks = {s.name: s.history_mark for s in snapshots}
        keep_from = from_choice or self.from_choice() or (("snapshot", snapshots[-1].name) if snapshots else NOW)
        keep_to = to_choice or self.to_choice() or NOW
        for combo, wanted in ((self.from_combo, keep_from), (self.to_combo, keep_to)):
            combo.blockSignals(True)
            combo.clear()
            for snap in snapshots:
                text = f"{one_line(snap.name)}  ·  {when(snap.taken_at)}"
                combo.addItem(text, ("snapshot", snap.name))
                combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
            combo.addItem(self.tr(NOW_TEXT), NOW)
            combo.setCurrentIndex(self._find(combo, wanted))
            combo.blockSignals(False)
        self.refresh()

    @staticmethod
    def _find(combo: QComboBox, choice) -> int:
        for i in range(combo.count()):
            if _choice(combo.itemData(i)) == tuple(choice):
                return i
        return combo.count() - 1  # "Now"

    def from_choice(self) -> tuple | None:
        return _choice(self.from_combo.currentData())

    def to_choice(self) -> tuple | None:
        return _choice(self.to_combo.currentData())

    def set_choices(self, from_choice, to_choice) -> None:
        """Compare ``from_choice`` with ``to_choice``: ``NOW`` or ``("snapshot", name)``."""
        self.reload(tuple(from_choice), tuple(to_choice))

    def swap(self) -> None:
        self.set_choices(self.to_choice(), self.from_choice())

    # -- reading and computing ----------------------------------------------------------------
    def _version(self, choice) -> Case:
        kind, name = choice
        return self.store.get(self.case_id) if kind == "now" else self.store.snapshots.case_at(self.case_id, name)

    @staticmethod
    def _label(choice) -> str:
        lang = translation.current()
        return say("diff.now", lang) if choice[0] == "now" else say("diff.snapshot", lang, snapshot=choice[1])

    def _history(self, old, new) -> tuple[list, int]:
        """The history rows between the two versions, and the mark to show reasons after: only
        when From is the earlier version (a backwards diff has no reasons of its own)."""
        old_mark = self._marks.get(old[1]) if old[0] == "snapshot" else None
        new_mark = self._marks.get(new[1]) if new[0] == "snapshot" else None
        if old_mark is None:  # from now: no reasons, so no history to read
            return [], 0
        return history_window(self.store.history(self.case_id), old_mark, new_mark)

    def _backwards(self, old, new) -> bool:
        if old == new:
            return False
        if old[0] == "now":
            return True
        old_mark = self._marks.get(old[1], 0)
        return new[0] == "snapshot" and self._marks.get(new[1], 0) < old_mark

    def refresh(self) -> None:
        old, new = self.from_choice(), self.to_choice()
        if old is None or new is None:
            return
        try:
            history, mark = self._history(old, new)
            self.diff = diff_cases(self._version(old), self._version(new), history=history, since_mark=mark,
                                   from_label=self._label(old), to_label=self._label(new), lang=translation.current())
        except StoreError as error:
            self.diff = None
            self.model.set_diff(None)
            self.count_label.setText("")
            self.empty.setText(self.tr("The case can no longer be read: %1").replace("%1", error_text(error)))
            self.stack.setCurrentWidget(self.empty)
            return
        self.model.set_diff(self.diff)
        n, steps, lang = self.model.change_count(), self.model.step_count(), translation.current()
        self.count_label.setText(say("count.in_steps", lang, things=count("change", n, lang),
                                     steps=count("step", steps, lang)) if n else self.tr(NO_CHANGES))
        if not self._marks:
            self.empty.setText(self.tr("No changes: this case has no snapshots yet. Take one (Snapshots…) to see "
                                       "later what changed since."))
        else:
            self.empty.setText(self.tr(NO_CHANGES) if old != new
                               else self.tr("No changes: From and To are the same version."))
        self.stack.setCurrentWidget(self.table if n else self.empty)
        backwards = self._backwards(old, new)
        self.note.setText(self.tr("From is the later version: Before shows the newer values, After the older "
                                  "ones, and no reasons are listed.") if backwards else "")
        self.note.setVisible(backwards)
        self.table.scrollToTop()

    def text(self) -> str:
        """The changes as plain text (for the clipboard)."""
        return self.diff.text() if self.diff is not None else ""

    # -- layout -------------------------------------------------------------------------------
    def _after_reset(self) -> None:
        lay_out_sections(self.table, self.model, FIELD_COLUMN_CHARS)  # (Field is column 0)


class DiffDialog(QDialog):
    """The diff view in its own non-modal window, with Copy as Text and Close."""

    def __init__(self, store: CaseStorage, case_id: str, parent: QWidget | None = None,
                 from_choice=None, to_choice=None):
        super().__init__(parent)
        self.setModal(False)
        try:
            title = store.get(case_id).title
        except StoreError:
            title = case_id
        self.setWindowTitle(window_title(self.tr("What changed"), title))
        self.heading = plain_label(title, "sectionHeading")
        self.view = DiffView(store, case_id, self, from_choice, to_choice)
        self.copy_button = QPushButton(self.tr("&Copy as Text"))
        self.copy_button.setToolTip(self.tr("Copy the changes and their reasons to the clipboard, as plain text"))
        self.copy_button.clicked.connect(self.copy_text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(960, 620)

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.view.text())
