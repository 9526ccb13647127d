"""A read-only table of long texts in steps, shared by Compare and What Changed: a bold header
row per step spanned over all columns, then its field rows; a fixed label column and stretched
value columns; cells that wrap, top-aligned, with a little air below each row.

The model base keeps the rows as ``(section, row)`` entries, ``row`` None on a step's header
row; subclasses say what each cell shows.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QTableView

SECTION_BACKGROUND = QColor("#dbe3ee")
SECTION_FOREGROUND = QColor("#1a3d6d")
ROW_PADDING = 6  # pixels below the tallest cell of a row, so wrapped texts do not touch the grid

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid parent of every row (a table has no children)


class SectionedTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: list[tuple] = []  # (section, row), row None on a step's header row
        self._bold = QFont()
        self._bold.setBold(True)

    def is_section_row(self, row: int) -> bool:
        return 0 <= row < len(self._entries) and self._entries[row][1] is None

    def section_rows(self) -> list[int]:
        return [i for i, (_, r) in enumerate(self._entries) if r is None]

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _section_style(self, role):
        """Font and colours of a step's header row (None for any other role)."""
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(SECTION_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(SECTION_FOREGROUND)
        return None


class _PaddedDelegate(QStyledItemDelegate):
    """Top-aligned cells with a little air below, so one row's text never runs into the next."""

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + ROW_PADDING)


def reading_table(model: SectionedTableModel, object_name: str, accessible_name: str) -> QTableView:
    """The table for ``model``: one cell selected at a time, rows as tall as their text, no
    horizontal scrolling (columns fit the width)."""
    table = QTableView(objectName=object_name)
    table.setAccessibleName(accessible_name)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    table.setModel(model)
    table.setItemDelegate(_PaddedDelegate(table))
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # stretched columns are sized before a needed scroll bar appears, which then hides the
    # last column's right edge: keep the bar, so the columns always fit the room left
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    table.setCornerButtonEnabled(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    rows.setMinimumSectionSize(table.fontMetrics().lineSpacing() + 8)
    # the hidden row header still sizes rows; the app's padded header style would make every
    # row at least ~31 px, so the row header gets no padding here
    rows.setStyleSheet("QHeaderView::section { padding: 0px; border: none; }")
    columns = table.horizontalHeader()
    columns.setHighlightSections(False)
    columns.setSectionsClickable(False)
    return table


def lay_out_sections(table: QTableView, model: SectionedTableModel, label_chars: int) -> None:
    """Spans for the step headers, a fixed label column and stretched value columns: a model
    reset forgets all three."""
    table.clearSpans()
    columns = model.columnCount()
    if columns > 1:
        for row in model.section_rows():
            table.setSpan(row, 0, 1, columns)
    header = table.horizontalHeader()
    if columns:
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, table.fontMetrics().averageCharWidth() * label_chars + 24)
    for col in range(1, columns):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
