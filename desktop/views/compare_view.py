"""The compare page: 2–4 cases side by side, step by step, differences marked (issue 6).

A full page for the main window's central stack, next to the case list and the editor. It owns
no data and never reads the store: the window hands it cases (``set_cases``) and listens to
``back_requested`` and ``open_case``. All text is plain text (labels, headers, cells, tooltips).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..models.case import Case
from ..models.compare import Comparison, compare_cases
from .compare_model import MARKER, CompareTableModel
from .literal import plain_label

LABEL_COLUMN_CHARS = 24  # "Production & commercialisation" fits, longer labels wrap
HEADER_MAX_LINES = 3  # a case title wraps up to this; the tooltip has all of it
ROW_PADDING = 6  # pixels below the tallest cell of a row, so wrapped texts do not touch the grid


class _PaddedDelegate(QStyledItemDelegate):
    """Top-aligned cells with a little air below, so one row's text never runs into the next."""

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + ROW_PADDING)


class CompareView(QWidget):
    back_requested = Signal()
    open_case = Signal(str)  # the id of a case whose column header or cell was double-clicked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compareView")
        self.model = CompareTableModel(self)

        self.back_to_list = QPushButton("← All cases")
        self.back_to_list.setObjectName("backToList")
        self.back_to_list.setToolTip("Back to the case list (Esc)")
        self.back_to_list.clicked.connect(self.back_requested.emit)
        self.title_label = plain_label("", "editorTitle", wrap=False)
        self.count_label = plain_label("", "countLabel", wrap=False)
        self.only_differences = QCheckBox("Show only &differences")
        self.only_differences.setToolTip("Hide the fields that are the same in every case")
        self.only_differences.toggled.connect(self.set_only_differences)
        header = QHBoxLayout()
        header.addWidget(self.back_to_list)
        header.addSpacing(12)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.count_label)
        header.addSpacing(16)
        header.addWidget(self.only_differences)

        self.legend = plain_label(
            f"{MARKER.strip()} and a highlighted row mark a field that differs between the cases. "
            "Double-click a case's title or one of its cells to open it.",
            "helpText",
        )

        self.table = QTableView()
        self.table.setObjectName("compareTable")
        self.table.setAccessibleName("Comparison of the selected cases")
        self.table.setModel(self.model)
        self.table.setItemDelegate(_PaddedDelegate(self.table))
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # stretched columns are sized before a needed scroll bar appears, which then hides the
        # last column's right edge: keep the bar, so the columns always fit the room left
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.table.setCornerButtonEnabled(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(self.fontMetrics().lineSpacing() + 8)
        # the hidden row header still sizes rows; the app's padded header style would make every
        # row at least ~31 px, so the row header gets no padding here
        self.table.verticalHeader().setStyleSheet("QHeaderView::section { padding: 0px; border: none; }")
        columns = self.table.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setSectionsClickable(False)
        columns.setDefaultAlignment(
            Qt.AlignmentFlag(int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap)))
        columns.setTextElideMode(Qt.TextElideMode.ElideNone)  # Qt would elide to one line, then wrap
        columns.sectionDoubleClicked.connect(self._open_column)
        columns.sectionResized.connect(self._fit_header_height)
        self.table.doubleClicked.connect(self._open_index)
        self.model.modelReset.connect(self._after_reset)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(header)
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 1)

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back_requested.emit)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table, lambda: self._open_index(self.table.currentIndex()))
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._after_reset()

    # -- public -------------------------------------------------------------------------------
    @property
    def comparison(self) -> Comparison | None:
        return self.model.comparison

    def set_cases(self, cases: list[Case]) -> None:
        """Show these 2–4 cases side by side (ValueError for any other number)."""
        comparison = compare_cases(cases)
        self.model.set_comparison(comparison)
        n = len(comparison.cases)
        self.title_label.setText(f"Comparing {n} cases")
        self.count_label.setText(comparison.summary())
        self.table.scrollToTop()

    def set_only_differences(self, on: bool) -> None:
        if self.only_differences.isChecked() != on:
            self.only_differences.setChecked(on)  # calls back here through toggled
            return
        self.model.set_only_differences(on)

    # -- internals ----------------------------------------------------------------------------
    def _after_reset(self) -> None:
        """Spans for the step headers and column widths, which a model reset forgets."""
        self.table.clearSpans()
        columns = self.model.columnCount()
        for row in self.model.section_rows():
            if columns > 1:
                self.table.setSpan(row, 0, 1, columns)
        header = self.table.horizontalHeader()
        if columns:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(0, self.fontMetrics().averageCharWidth() * LABEL_COLUMN_CHARS + 24)
        for col in range(1, columns):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self._fit_header_height()

    def _fit_header_height(self, *_args) -> None:
        """QHeaderView wraps titles but sizes itself for one line: make room for the wrapped
        titles (up to HEADER_MAX_LINES), measured in the header's bold section font."""
        header = self.table.horizontalHeader()
        font = header.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        lines = 1
        for col in range(1, self.model.columnCount()):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            width = max(header.sectionSize(col) - 16, 20)
            rect = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), title)
            lines = max(lines, min(HEADER_MAX_LINES, -(-rect.height() // metrics.lineSpacing())))
        header.setMinimumHeight(lines * metrics.lineSpacing() + 14)

    def _open_column(self, column: int) -> None:
        case_id = self.model.case_id_at(column)
        if case_id:
            self.open_case.emit(case_id)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid() and not self.model.is_section_row(index.row()):
            self._open_column(index.column())
