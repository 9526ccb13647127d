"""The "What would flip it" table: one row per flip of ``models.sensitivity``, and its filter.

The model only adapts a computed ``Sensitivity``; it never runs the rules itself, so the dialog
and the command line always show the same flips. Colours (the palette's, shared with every other
view) only repeat what the text already says.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from ...models.sensitivity import TARGETS, Flip, Sensitivity, target_label, value_label
from ...models.palette import colours_for
from ..literal import literal_tooltip

COL_IF, COL_THEN, COL_FROM_TO, COL_CHANGE = range(4)
HEADERS = ("If", "Then", "From → To", "Change")

FlipRole = Qt.ItemDataRole.UserRole + 1  # the Flip behind a row
SortRole = Qt.ItemDataRole.UserRole + 2  # sorts in the scale's order, not alphabetically
TargetRole = Qt.ItemDataRole.UserRole + 3  # "leverage" or "feasibility.<level>"

_Index = QModelIndex | QPersistentModelIndex


def _value(value) -> str:
    return value_label(value) if value is not None else "no suggestion"


class SensitivityModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._flips: list[Flip] = []

    def set_result(self, result: Sensitivity | None) -> None:
        self.beginResetModel()
        self._flips = list(result.flips) if result is not None else []
        self.endResetModel()

    def flip_at(self, row: int) -> Flip:
        return self._flips[row]

    # -- Qt interface -----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._flips)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._flips)):
            return None
        flip, col = self._flips[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(flip, col)
        if role == SortRole:
            return self._sort_key(index.row(), flip, col)
        if role == FlipRole:
            return flip
        if role == TargetRole:
            return flip.target
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal_tooltip(self._sentence(flip))
        if col == COL_FROM_TO and flip.after is not None and role in (Qt.ItemDataRole.BackgroundRole,
                                                                        Qt.ItemDataRole.ForegroundRole):
            background, text = colours_for(flip.after)
            return QBrush(QColor(background if role == Qt.ItemDataRole.BackgroundRole else text))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_CHANGE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _display(flip: Flip, col: int) -> str:
        if col == COL_IF:
            text = flip.change.describe()
            return f"{text} ({flip.change.steps_text()})" if flip.change.steps is not None else text
        if col == COL_THEN:
            return target_label(flip.target)
        if col == COL_FROM_TO:
            return f"{_value(flip.before)} → {_value(flip.after)}"
        return flip.mark()

    @staticmethod
    def _sentence(flip: Flip) -> str:
        return (f"If {flip.change.describe()}, the suggested {target_label(flip.target).lower()} "
                f"becomes {_value(flip.after).lower()} (now {_value(flip.before).lower()}).")

    @staticmethod
    def _sort_key(row: int, flip: Flip, col: int):
        """Numbers for scales and steps; the analysis order (``row``) breaks ties."""
        if col == COL_IF:
            return f"{flip.change.describe().casefold()}\x00{row:06d}"
        if col == COL_THEN:
            return TARGETS.index(flip.target) * 100_000 + row
        if col == COL_FROM_TO:
            rank = flip.after.rank if flip.after is not None else -1
            return (rank + 1) * 100_000 + row
        return (flip.steps + 10) * 100_000 + row


class TargetFilterProxy(QSortFilterProxyModel):
    """Shows the flips of one target (or all), sorting by the model's SortRole."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._target: str | None = None
        self.setSortRole(SortRole)

    def set_target(self, target: str | None) -> None:
        if target != self._target:
            self.beginFilterChange()
            self._target = target
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._target is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(TargetRole) == self._target
