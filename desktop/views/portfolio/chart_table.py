"""The chart's data as an accessible table: the text alternative a screen reader reads cell by
cell under its column headers, and the keyboard's way to open a case from a chart (Return on a
row does what a click on the row's marker or bar does).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ...models.portfolio_table import FigureTable
from ..keys import declare
from ..literal import literal_tooltip

# the keyboard reference translates a declared key's texts in the "Keys" context (guide/keyboard.py)
CONTEXT = QT_TRANSLATE_NOOP("Keys", "Portfolio data table")
declare(CONTEXT, QT_TRANSLATE_NOOP("Keys", "Return"), QT_TRANSLATE_NOOP(
    "Keys", "Open the case of the row (a row for several cases offers them in a menu)"))
declare(CONTEXT, QT_TRANSLATE_NOOP("Keys", "Tab"), QT_TRANSLATE_NOOP("Keys", "Leave the table"))

_Index = QModelIndex | QPersistentModelIndex


class FigureTableModel(QAbstractTableModel):
    """One figure's ``FigureTable``, read-only; Qt's accessibility reads ``AccessibleTextRole``
    first, so a symbol ("✓ ●") is heard in words ("yes, as published in the report")."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = FigureTable((), (), "")
        self.wrapped: dict[int, str] = {}  # column -> its header broken into lines to fit

    def set_table(self, table: FigureTable) -> None:
        self.beginResetModel()
        self.table = table
        self.wrapped = {}
        self.endResetModel()

    def wrap_header(self, column: int | None, text: str = "") -> None:
        """Show ``column``'s header as ``text`` (the name with line breaks); None: every header whole."""
        if column is None:
            changed, self.wrapped = bool(self.wrapped), {}
        else:
            changed = self.wrapped.get(column) != text
            self.wrapped[column] = text
        if changed and self.table.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.table.columns) - 1)

    def case_ids(self, row: int) -> list[str]:
        return list(self.table.rows[row].case_ids) if 0 <= row < len(self.table.rows) else []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.table.rows):
            return None
        cells = self.table.rows[index.row()].cells
        if index.column() >= len(cells):
            return None
        cell = cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return cell.spoken or cell.text
        if role == Qt.ItemDataRole.ToolTipRole and cell.spoken and cell.spoken != cell.text:
            return literal_tooltip(cell.spoken)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.table.columns):
            return self.wrapped.get(section, self.table.columns[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.table.rows):
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class FigureTableView(QTableView):
    """Rows select whole; Return or a double click asks to open the row's cases; Tab leaves."""

    open_requested = Signal(list)  # the row's case ids

    def __init__(self, parent=None):
        super().__init__(parent)
        self.figure_model = FigureTableModel(self)
        self.setModel(self.figure_model)
        self.setTabKeyNavigation(False)  # Tab moves on to the next control, never cell to cell
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # fit_columns fits them
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(60)
        self._base_points = self.font().pointSizeF()
        self.doubleClicked.connect(lambda index: self.open_row(index.row()))

    def set_zoom(self, zoom: float) -> None:
        """The page's text size (for a projector) applies to the table as to the chart."""
        font = self.font()
        font.setPointSizeF(self._base_points * zoom)
        self.setFont(font)
        # the style sheet's header rule sets the font, so its size is set the same way
        # (at most 1.5×: a header's long words must still fit a narrowed column at 1024 px)
        self._header_points = self._base_points * min(zoom, 1.5)
        self.setStyleSheet(f"QHeaderView::section {{ font-size: {self._header_points:.1f}pt; }}")
        self.set_table(self.figure_model.table)

    def set_table(self, table: FigureTable, keep_row: bool = True) -> None:
        """Show ``table``; the current row stays (after an edit) unless the table is another
        figure's (``keep_row`` False), where the same row number means something else."""
        row = max(0, self.currentIndex().row()) if keep_row else 0
        self.figure_model.set_table(table)
        self.fit_columns()
        if self.figure_model.rowCount():
            self.setCurrentIndex(self.figure_model.index(min(row, self.figure_model.rowCount() - 1), 0))

    def fit_columns(self) -> None:
        """Every column in view, no sideways scrolling (1024×768, large text): columns keep their
        natural width when all fit, else the widest are narrowed to one common width and their
        text wraps onto more lines."""
        header = self.horizontalHeader()
        self.figure_model.wrap_header(None)
        self.resizeColumnsToContents()
        # natural widths, the last column's too (a stretched last section reports what is left over,
        # not what its text needs: a long German header was cut)
        widths = [max(header.sectionSize(c), self.sizeHintForColumn(c), header.sectionSizeHint(c))
                  if c == self.figure_model.columnCount() - 1 else header.sectionSize(c)
                  for c in range(self.figure_model.columnCount())]
        room = self.viewport().width() - 2
        if not widths or sum(widths) <= room:
            self.resizeRowsToContents()
            return
        cap = _common_cap(widths, room, least=header.minimumSectionSize())
        bold = QFont(self.font())
        bold.setPointSizeF(getattr(self, "_header_points", self._base_points))
        bold.setBold(True)  # as the style sheet sets the headers
        metrics = QFontMetrics(bold)
        for column, width in enumerate(widths):
            header.resizeSection(column, min(width, cap))
            if width > cap:  # a header is one line unless it has line breaks: break it to fit
                self.figure_model.wrap_header(column, _wrap(self.figure_model.table.columns[column], metrics, cap - 16))
        self.resizeRowsToContents()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()

    def open_row(self, row: int) -> None:
        ids = self.figure_model.case_ids(row)
        if ids:
            self.open_requested.emit(ids)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_row(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)


def _common_cap(widths: list[int], room: int, least: int) -> int:
    """The width W such that the columns, each cut to at most W, fill ``room`` (never under
    ``least``): the narrow columns stay whole, the wide ones share what is left."""
    rest, fixed = sorted(widths), 0
    for i, width in enumerate(rest):
        cap = (room - fixed) // (len(rest) - i)
        if width > cap:
            return max(least, cap)
        fixed += width
    return max(rest)


def _wrap(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` broken at spaces into lines no wider than ``width`` where words allow."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return "\n".join(lines)
