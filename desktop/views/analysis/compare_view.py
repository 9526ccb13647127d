"""The compare page: 2–4 cases side by side, step by step, differences marked (issue 6).

A full page for the main window's central stack, next to the case list and the editor. It owns
no data and never reads the store: the window hands it cases (``set_cases``) and listens to
``back_requested`` and ``open_case``. All text is plain text (labels, headers, cells, tooltips).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...models.analysis_words import count, legend_line
from ...models.case import Case
from ...models.compare import Comparison, compare_cases
from .compare_model import MARKER, CompareTableModel
from ..literal import plain_label
from .sectioned_table import lay_out_sections, reading_table
from .. import translation

LABEL_COLUMN_CHARS = 24  # "Production & commercialisation" fits, longer labels wrap
HEADER_MAX_LINES = 3  # a case title wraps up to this; the tooltip has all of it


class CompareView(QWidget):
    back_requested = Signal()
    open_case = Signal(str)  # the id of a case whose column header or cell was double-clicked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compareView")
        self.model = CompareTableModel(self)

        self.back_to_list = QPushButton(self.tr("← All cases"))
        self.back_to_list.setObjectName("backToList")
        self.back_to_list.setToolTip(self.tr("Back to the case list (Esc)"))
        self.back_to_list.clicked.connect(self.back_requested.emit)
        self.title_label = plain_label("", "editorTitle", wrap=False)
        self.count_label = plain_label("", "countLabel", wrap=False)
        self.only_differences = QCheckBox(self.tr("Show only &differences"))
        self.only_differences.setToolTip(self.tr("Hide the fields that are the same in every case"))
        self.only_differences.toggled.connect(self.set_only_differences)
        header = QHBoxLayout()
        header.addWidget(self.back_to_list)
        header.addSpacing(12)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.count_label)
        header.addSpacing(16)
        header.addWidget(self.only_differences)

        self.legend = plain_label(
            self.tr("%1 and a highlighted row mark a field that differs between the cases. "
                    "Double-click a case's title or one of its cells to open it.").replace("%1", MARKER.strip()),
            "helpText",
        )

        # only when a reference case is shown
        self.provenance_legend = plain_label(legend_line(translation.current()), "helpText")
        self.provenance_legend.setAccessibleName(self.tr("Legend of the provenance marks"))
        self.provenance_legend.hide()

        self.table = reading_table(self.model, "compareTable", self.tr("Comparison of the selected cases"))
        columns = self.table.horizontalHeader()
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
        layout.addWidget(self.provenance_legend)
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
        lang = translation.current()
        comparison = compare_cases(cases, lang)
        self.model.set_comparison(comparison)
        self.title_label.setText(self.tr("Comparing %1").replace("%1", count("case", len(comparison.cases), lang)))
        self.count_label.setText(comparison.summary())
        self.provenance_legend.setVisible(comparison.has_provenance)
        self.table.scrollToTop()

    def set_only_differences(self, on: bool) -> None:
        if self.only_differences.isChecked() != on:
            self.only_differences.setChecked(on)  # calls back here through toggled
            return
        self.model.set_only_differences(on)

    # -- internals ----------------------------------------------------------------------------
    def _after_reset(self) -> None:
        lay_out_sections(self.table, self.model, LABEL_COLUMN_CHARS)
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
