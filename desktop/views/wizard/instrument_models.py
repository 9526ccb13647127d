"""The two tables of the Instruments step: the case's own instruments and the catalogue.

Both are thin adapters over rows the page gives them. Ticking a catalogue row does not edit
anything itself: the model emits ``toggled`` and the page turns it into one undoable edit.
"""

from __future__ import annotations


from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from ...models.case import Instrument
from ...models.catalogue import PATTERN_CAVEAT, CatalogueEntry, table2_label
from ...models.scales import Level
from ..literal import literal_tooltip  # noqa: F401  (also imported from here)

_Index = QModelIndex | QPersistentModelIndex


EntryRole = Qt.ItemDataRole.UserRole + 1


class InstrumentTableModel(QAbstractTableModel):
    COL_LEVEL, COL_PPP, COL_FOCUS, COL_TEXT = range(4)
    HEADERS = ("Level", "Type", "Focus", "Instrument")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Instrument] = []

    def set_rows(self, rows: list[Instrument]) -> None:
        """Same number of rows: only the cells change, so the view keeps its current row,
        selection and scroll position (a reset would drop them and move focus)."""
        if self._rows and len(rows) == len(self._rows):
            self._rows = list(rows)
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def instrument(self, row: int) -> Instrument:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section] if 0 <= section < len(self.HEADERS) else None
        return str(section + 1)

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        inst = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (inst.level.label, inst.ppp.label, inst.focus.label, inst.text)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal_tooltip((inst.level.label, inst.ppp.label, inst.focus.label, inst.text)[col])
        if role == EntryRole:
            return inst
        return None


class CatalogueTableModel(QAbstractTableModel):
    """Catalogue entries for the levels on show; the check box says whether the case has it."""

    toggled = Signal(object, object, bool)  # level, CatalogueEntry, now ticked

    COL_TEXT, COL_LEVEL, COL_PPP, COL_FOCUS, COL_SOURCE = range(5)
    HEADERS = ("Instrument", "Level", "Type", "Focus", "Source")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[Level, CatalogueEntry, bool, str]] = []  # level, entry, suggested, reason
        self._chosen: set[tuple[str, str]] = set()
        self._read_only = False
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[tuple[Level, CatalogueEntry, bool, str]], chosen: set[tuple[str, str]]) -> None:
        """The same entries again (a tick, an undo): only the cells change, so focus, the current
        row and the scroll position stay where the user is; other entries reset the table."""
        if self._rows and [(r[0], r[1].id) for r in rows] == [(r[0], r[1].id) for r in self._rows]:
            self._rows = list(rows)
            self._chosen = set(chosen)
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self._chosen = set(chosen)
        self.endResetModel()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def row_entry(self, row: int) -> tuple[Level, CatalogueEntry]:
        level, entry, _suggested, _reason = self._rows[row]
        return level, entry

    def is_suggested(self, row: int) -> bool:
        return self._rows[row][2]

    def is_chosen(self, row: int) -> bool:
        level, entry, _s, _r = self._rows[row]
        return (level.value, entry.text) in self._chosen

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section] if 0 <= section < len(self.HEADERS) else None
        return None

    def flags(self, index: _Index):
        base = super().flags(index)
        if index.isValid() and index.column() == self.COL_TEXT and not self._read_only:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        level, entry, suggested, reason = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            source = f"{table2_label(entry.column)} (report)" if entry.is_pattern else entry.source_title
            return (entry.text, level.label, entry.ppp.label, entry.focus.label, source)[col]
        if role == Qt.ItemDataRole.CheckStateRole and col == self.COL_TEXT:
            return Qt.CheckState.Checked if self.is_chosen(index.row()) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._about(index.row(), col)
            return literal_tooltip(text if col == self.COL_SOURCE else f"{entry.text}\n{text}")
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and col == self.COL_TEXT:  # plain; bold is not heard
            return self._about(index.row(), col).replace("\n", " ")
        if role == Qt.ItemDataRole.FontRole and col == self.COL_TEXT and suggested:
            return self._bold
        if role == EntryRole:
            return entry
        return None

    def _about(self, row: int, col: int) -> str:
        """Where an entry comes from and why it is suggested, as plain text (tool tip, screen reader)."""
        level, entry, suggested, reason = self._rows[row]
        if col == self.COL_SOURCE:
            return f"{entry.source_title}\n{PATTERN_CAVEAT}" if entry.is_pattern else entry.source_title
        origin = (f"A cross-case pattern of the report ({table2_label(entry.column)}). {PATTERN_CAVEAT}"
                  if entry.is_pattern else f"From the reference case “{entry.source_title}”")
        why = f"\nSuggested: {reason}" if suggested else ""
        return f"{origin}{why}"

    def setData(self, index: _Index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != self.COL_TEXT or self._read_only:
            return False
        level, entry = self.row_entry(index.row())
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        self.toggled.emit(level, entry, on)
        return True
