"""The two tables of the Instruments step: the case's own instruments and the catalogue.

Both are thin adapters over rows the page gives them. Ticking a catalogue row does not edit
anything itself: the model emits ``toggled`` and the page turns it into one undoable edit.
Framework values and Table 2's patterns are shown in the interface's language; the case's own
instrument texts and the reference cases' recommendations as they are written (content).
"""

from __future__ import annotations


from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from ...models.case import Instrument
from ...models.catalogue import CatalogueEntry, instrument_text_in, pattern_caveat, table2_label
from ...models.language import label, localised
from ...models.scales import Level
from ..literal import literal_tooltip  # noqa: F401  (also imported from here)
from .tool_words import fill, lang

_Index = QModelIndex | QPersistentModelIndex


EntryRole = Qt.ItemDataRole.UserRole + 1


class InstrumentTableModel(QAbstractTableModel):
    COL_LEVEL, COL_PPP, COL_FOCUS, COL_TEXT = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("InstrumentTableModel", "Level"), QT_TRANSLATE_NOOP("InstrumentTableModel", "Type"),
               QT_TRANSLATE_NOOP("InstrumentTableModel", "Focus"), QT_TRANSLATE_NOOP("InstrumentTableModel", "Instrument"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Instrument] = []
        self._lang = lang()  # the interface's language does not change while the app runs

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
            return QCoreApplication.translate("InstrumentTableModel", self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
        return str(section + 1)

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        inst = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = (instrument_text_in(inst.text, self._lang) if col == self.COL_TEXT
                    else label((inst.level, inst.ppp, inst.focus)[col], self._lang))
            return text if role == Qt.ItemDataRole.DisplayRole else literal_tooltip(text)
        if role == EntryRole:
            return inst
        return None


class CatalogueTableModel(QAbstractTableModel):
    """Catalogue entries for the levels on show; the check box says whether the case has it."""

    toggled = Signal(object, object, bool)  # level, CatalogueEntry, now ticked

    COL_TEXT, COL_LEVEL, COL_PPP, COL_FOCUS, COL_SOURCE = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("CatalogueTableModel", "Instrument"), QT_TRANSLATE_NOOP("CatalogueTableModel", "Level"),
               QT_TRANSLATE_NOOP("CatalogueTableModel", "Type"), QT_TRANSLATE_NOOP("CatalogueTableModel", "Focus"),
               QT_TRANSLATE_NOOP("CatalogueTableModel", "Source"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[Level, CatalogueEntry, bool, str]] = []  # level, entry, suggested, reason
        self._chosen: set[tuple[str, str]] = set()
        self._read_only = False
        self._bold = QFont()
        self._bold.setBold(True)
        self._lang = lang()

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
            return QCoreApplication.translate("CatalogueTableModel", self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
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
            if col == self.COL_TEXT:
                return entry.text_in(self._lang)
            if col == self.COL_SOURCE:
                return (fill(self.tr("%1 (report)"), table2_label(entry.column, self._lang)) if entry.is_pattern
                        else entry.source_title)
            return label((level, entry.ppp, entry.focus)[col - 1], self._lang)
        if role == Qt.ItemDataRole.CheckStateRole and col == self.COL_TEXT:
            return Qt.CheckState.Checked if self.is_chosen(index.row()) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._about(index.row(), col)
            return literal_tooltip(text if col == self.COL_SOURCE else f"{entry.text_in(self._lang)}\n{text}")
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
        code = self._lang
        if col == self.COL_SOURCE:
            return f"{entry.source_title_in(code)}\n{pattern_caveat(code)}" if entry.is_pattern else entry.source_title
        origin = (fill(self.tr("A cross-case pattern of the report (%1). %2"), table2_label(entry.column, code),
                       pattern_caveat(code))
                  if entry.is_pattern else fill(self.tr("From the reference case “%1”"), entry.source_title))
        why = "\n" + fill(self.tr("Suggested: %1"), localised(reason, code)) if suggested else ""
        return f"{origin}{why}"

    def setData(self, index: _Index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != self.COL_TEXT or self._read_only:
            return False
        level, entry = self.row_entry(index.row())
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        self.toggled.emit(level, entry, on)
        return True
