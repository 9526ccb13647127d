"""What would flip it: a non-modal window listing the single changes that move a suggestion.

It shows how firm a suggestion is while the officer keeps working (Refresh re-reads the case
after an edit). Everything shown comes from ``models.sensitivity``, i.e. from the rules
themselves; the dialog writes nothing. Case text is shown literally, never as markup.
"""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...models.sensitivity import TARGETS, Flip, Sensitivity, analyse
from ...models.storage.interface import CaseStorage
from ...models.storage.records import StoreError
from ..literal import plain_label, window_title
from .sensitivity_model import (
    COL_CHANGE,
    COL_FROM_TO,
    COL_IF,
    COL_THEN,
    FlipRole,
    SensitivityModel,
    TargetFilterProxy,
    in_sentence,
    said,
    target_words,
    value_words,
)
from ..error_text import error_text


class SensitivityDialog(QDialog):
    def __init__(self, store: CaseStorage, case_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModal(False)
        self.store, self.case_id = store, case_id
        self.result: Sensitivity | None = None

        self.heading = plain_label()
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.summary = plain_label()
        self.basis = plain_label()
        self.target_combo = QComboBox()
        self.target_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        show = QLabel(self.tr("&Show changes of:"))
        show.setBuddy(self.target_combo)
        filter_row = QHBoxLayout()
        filter_row.addWidget(show)
        filter_row.addWidget(self.target_combo)
        filter_row.addStretch(1)

        self.model = SensitivityModel(self)
        self.proxy = TargetFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Single changes that would flip a suggestion"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_IF, QHeaderView.ResizeMode.Stretch)
        for col in (COL_THEN, COL_FROM_TO, COL_CHANGE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # keep the analysis order first
        self.table.setSortingEnabled(True)

        self.stable = plain_label()
        self.note = plain_label(self.tr("Computed from the suggestion rules; each row changes one factor and keeps "
                                        "every other input as it is. Hover over a row for the whole sentence."))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the case again and recompute (after you changed it)"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.refresh_button.clicked.connect(self.refresh)
        self.target_combo.currentIndexChanged.connect(self._filter_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.basis)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.stable)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self.refresh()

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the case from the store and recompute; a deleted case empties the table."""
        try:
            case = self.store.get(self.case_id)
        except StoreError as error:
            self.result = None
            self.model.set_result(None)
            self.summary.setText(self.tr("The case can no longer be read: %1").replace("%1", error_text(error)))
            self.basis.clear()
            self._fill_combo()
            return
        self.result = analyse(case)
        self.setWindowTitle(window_title(self.tr("What would flip it"), case.title))
        self.heading.setText(case.title)
        suggested = " · ".join(
            self.tr("%1 %2", "a target and its suggested value").replace("%1", target_words(t)).replace(
                "%2", in_sentence(value_words(v)) if v is not None else self.tr("(no suggestion)"))
            for t, v in self.result.baseline.items())
        self.summary.setText(self.tr("Suggested now: %1.").replace("%1", suggested))
        self.basis.setText(said(self.result.basis_note()))
        self.model.set_result(self.result)
        self._fill_combo()

    def _fill_combo(self) -> None:
        wanted = self.target_combo.currentData()
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        flips = self.result.flips if self.result else ()
        self.target_combo.addItem(self.tr("All targets (%1)").replace("%1", str(len(flips))), None)
        for target in TARGETS:
            count = sum(f.target == target for f in flips)
            self.target_combo.addItem(f"{target_words(target)} ({count})", target)
        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(wanted)) if wanted else 0)
        self.target_combo.blockSignals(False)
        self._filter_changed()

    def _filter_changed(self) -> None:
        target = self.target_combo.currentData()
        self.proxy.set_target(target)
        self.stable.setText(self._stable_text(target))

    def _stable_text(self, target: str | None) -> str:
        if self.result is None:
            return ""
        stable = self.result.stable_targets()
        if target is not None:
            return (self.tr("%1 is stable against every single change.").replace("%1", target_words(target))
                    if target in stable else "")
        if not stable:
            return self.tr("Every suggestion can be flipped by some single change.")
        return self.tr("Stable against every single change: %1.").replace(
            "%1", ", ".join(in_sentence(target_words(t)) for t in stable))

    def set_target(self, target: str | None) -> None:
        """Show the flips of one target ("leverage", "feasibility.<level>") or of all (None)."""
        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(target)) if target else 0)

    def visible_flips(self) -> list[Flip]:
        """The flips in the table as shown (filtered and sorted)."""
        return [self.proxy.index(r, COL_IF).data(FlipRole) for r in range(self.proxy.rowCount())]
