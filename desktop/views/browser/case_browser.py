"""The case browser widget: filter bar, case table and the selected case's summary, side by side.

It owns no data: the main window gives it rows and the selected case, and listens to
``selection_changed``; the widget never reads the store.

It is built before the first paint, so without ``Qt.…`` (see ``first_paint``): Qt's defaults
stand in where they are what we want (a horizontal splitter, eliding at the right), and
click-to-sort comes with ``enable_sorting``, once the real store is there.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from typing import TYPE_CHECKING

from ...models.storage.records import CaseSummary
from ..first_paint import enable_click_sorting, header_titles
from ..keys import declare
from .filter_proxy import CaseFilterProxy, Kind
from ...models import language
from ..translation import current
from .summary_html import case_to_html, empty_html
if TYPE_CHECKING:
    from ...models.case import Case
from .table_model import (
    COL_AMBITION, COL_AREA, COL_LEVERAGE, COL_STATUS, COL_TITLE, COL_UPDATED, CaseTableModel, SummaryRole, headers,
)

# each column's usual content in average characters ("Critical raw materials", "Low to medium")
_CONTENT_CHARS = {COL_AREA: 17, COL_LEVERAGE: 11, COL_AMBITION: 13, COL_STATUS: 9, COL_UPDATED: 10}


declare(QT_TRANSLATE_NOOP("Keys", "Case list"), QT_TRANSLATE_NOOP("Keys", "Down (in the search box)"),
        QT_TRANSLATE_NOOP("Keys", "Go to the first case found, selected"))
declare(QT_TRANSLATE_NOOP("Keys", "Case list"), QT_TRANSLATE_NOOP("Keys", "Tab"),
        QT_TRANSLATE_NOOP("Keys", "Leave the list for the case summary (Shift+Tab: back to the search box)"))


class _CaseTable(QTableView):
    """The case table, saying when its own width changes (the splitter, not only the window,
    decides it: after the window's resize, at the first show, when the divider is dragged)."""

    def __init__(self, resized):
        super().__init__()
        self._resized = resized

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._resized()


class SearchField(QLineEdit):
    """The search box: Down goes to the results (``down_pressed``), as in a search on the web."""

    down_pressed = Signal()

    def keyPressEvent(self, event) -> None:
        from PySide6.QtCore import Qt  # a key press comes after the first paint (see first_paint)

        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class CaseBrowser(QWidget):
    selection_changed = Signal(object)  # the selected case id, or None
    activated = Signal(str)  # a case id the user double-clicked or pressed Enter on

    def __init__(self, reference_icon: QIcon | None = None, parent=None):
        super().__init__(parent)
        self.model = CaseTableModel(self, reference_icon)
        self.model.sort_rows(COL_TITLE)  # (the order the header shows once sorting is on)
        self.proxy = CaseFilterProxy(self)

        self.search = SearchField(placeholderText=self.tr("Search title, area, rating, status…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setAccessibleDescription(self.tr("Title, area, rating, status or id; Down goes to the first case found"))
        self.search.textChanged.connect(self._on_search)
        self.search.down_pressed.connect(self.focus_first_result)

        self.kind_buttons = QButtonGroup(self)
        filter_bar = QHBoxLayout()
        filter_bar.setSpacing(0)
        for kind in Kind:
            button = QToolButton(text=kind.text(), checkable=True)
            button.setObjectName(f"kind_{kind.name.lower()}")
            button.setProperty("segment", True)
            button.setChecked(kind is Kind.ALL)
            self.kind_buttons.addButton(button)
            button.toggled.connect(lambda on, k=kind: on and self.set_kind(k))
            filter_bar.addWidget(button)
        filter_bar.addSpacing(12)
        filter_bar.addWidget(self.search, 1)

        self.table = _CaseTable(self._fit_columns)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setAccessibleDescription(self.tr("Enter opens the selected case; Tab moves on to its summary"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        self.titles = header_titles(header, headers())
        self.proxy.setSourceModel(self.model)  # (after the titles: see header_titles)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self._fit_titles()
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.doubleClicked.connect(self._on_activated)

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filter_bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        self.detail = QTextBrowser()
        self.detail.setObjectName("detailPane")
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Case summary"))
        self._empty_message: str | None = self.tr("Select a case to see its assessment.")  # what it shows, if no case
        self.detail.setHtml(empty_html(self._empty_message))

        self.splitter = QSplitter()  # horizontal
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_count)

    def enable_sorting(self) -> None:
        """Sorting by a click on a column's title; the list is already in title order (the
        model's own), which the header now shows."""
        enable_click_sorting(self.table, COL_TITLE)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._make_room_for_arrow)

    def _fit_titles(self) -> None:
        """Every column at least as wide as its title in the header's bold, padded style (a
        German "Technologiebereich" is never cut), or as its usual content if that is wider;
        ``_arrow``: what the sorted column's title needs more, beside its sort arrow."""
        header = self.table.horizontalHeader()
        header.ensurePolished()  # (the style sheet's header font and padding, before the first paint)
        chars = self.fontMetrics().averageCharWidth()
        titles = {col: header.sectionSizeHint(col) for col in _CONTENT_CHARS}
        header.setSortIndicatorShown(True)
        self._arrow = max(header.sectionSizeHint(col) - titles[col] for col in _CONTENT_CHARS)
        header.setSortIndicatorShown(False)
        self._widths = {col: max(chars * n + 16, titles[col]) for col, n in _CONTENT_CHARS.items()}
        for col, width in self._widths.items():
            self.table.setColumnWidth(col, width)
        # the title column keeps room for a short title before the area column goes
        self._title_room = self.fontMetrics().horizontalAdvance("Critical raw materials")

    def _make_room_for_arrow(self, column: int, _order) -> None:
        """The sorted column grows by its arrow if its title would be cut (never shrinks: a width
        the user dragged stays)."""
        if column in self._widths and self.table.columnWidth(column) < self._widths[column] + self._arrow:
            self.table.setColumnWidth(column, self._widths[column] + self._arrow)

    def _fit_columns(self, *_) -> None:
        """On a narrow list the title matters more than when a case last changed, and on a
        narrower one (an old projector, or the summary dragged wide) more than its technology
        area, which the summary beside the list shows too (also where the titles of a longer
        language leave the title column too little room)."""
        width = self.table.width()
        self.table.setColumnHidden(COL_UPDATED, width < 700)
        others = sum(self.table.columnWidth(col) for col in (COL_LEVERAGE, COL_AMBITION, COL_STATUS, COL_UPDATED))
        room = width - others - self._widths[COL_AREA]  # (a hidden column's width reads 0)
        self.table.setColumnHidden(COL_AREA, width < 520 or room < self._title_room)

    # -- feeding ---------------------------------------------------------------------------
    def set_rows(self, rows: list[CaseSummary], select: str | None = None) -> None:
        self.model.set_rows(rows)  # (in the order of the last sort)
        self._update_count()
        if select:
            self.select(select)

    def update_row(self, summary: CaseSummary) -> None:
        self.model.update_row(summary)

    def remove_row(self, case_id: str) -> None:
        self.model.remove_row(case_id)

    def show_case(self, case: Case | None) -> None:
        if case is None:
            message = self.tr("Select a case to see its assessment.")
            if self.proxy.rowCount() == 0:
                message = self.tr("No cases match the search.") if self.search.text() else self.tr("No cases here yet.")
            if message != self._empty_message:  # (every keystroke with nothing selected ends here)
                self.detail.setHtml(empty_html(message))
                self._empty_message = message
        else:
            self.detail.setHtml(case_to_html(case))
            self._empty_message = None

    # -- selection -------------------------------------------------------------------------
    def select(self, case_id: str) -> bool:
        row = self.model.row_of(case_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # hidden by the filter: show everything rather than hide the case
            self.search.clear()
            self.set_kind(Kind.ALL)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def focus_first_result(self) -> bool:
        """Select the first case the filter shows and put the focus on the list (False: none)."""
        if self.proxy.rowCount() == 0:
            return False
        index = self.proxy.index(0, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        self.table.setFocus()
        return True

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return index.data(SummaryRole).id

    def selected_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        return [i.data(SummaryRole).id for i in sorted(rows, key=lambda i: i.row())]

    def set_kind(self, kind: Kind) -> None:
        self.proxy.set_kind(kind)
        for button in self.kind_buttons.buttons():
            if button.text() == kind.text() and not button.isChecked():
                button.setChecked(True)
        self._after_filter()

    # -- slots -----------------------------------------------------------------------------
    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._after_filter()

    def _after_filter(self) -> None:
        self._update_count()
        if self.current_id() is None:
            self.selection_changed.emit(None)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.selection_changed.emit(current.data(SummaryRole).id if current.isValid() else None)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(index.data(SummaryRole).id)

    def _update_count(self, *args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        lang = current()
        text = (self.tr("%1 of %n case(s)", "", total).replace("%1", language.number(shown, lang)) if shown != total
                else self.tr("%n case(s)", "", total))
        self.count_label.setText(text.replace(str(total), language.number(total, lang)) if total >= 1000 else text)
