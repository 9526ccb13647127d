"""The case browser's table: one row per stored case, built from ``CaseSummary`` rows.

The model never queries the database: the window hands it rows (``set_rows``) and single-row
updates (``update_row``), so it stays a thin adapter that can be tested without a store.

It is on the first window's path: no ``Qt.…`` before the first paint (see ``first_paint``),
so roles are plain ints and the view's header takes its titles from a model of its own.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QFont, QIcon

from ...models import language
from ...models.scales import Level, LeverageDegree, Status
from ...models.storage.records import CaseSummary, local_time
from ..first_paint import DECORATION_ROLE as _DECORATION
from ..first_paint import DISPLAY_ROLE as _DISPLAY
from ..first_paint import FONT_ROLE as _FONT
from ..first_paint import TOOLTIP_ROLE as _TOOLTIP
from ..first_paint import USER_ROLE as _USER
from ..literal import literal_tooltip
from ..translation import current

COL_TITLE, COL_AREA, COL_LEVERAGE, COL_AMBITION, COL_STATUS, COL_UPDATED = range(6)
HEADERS = (QT_TRANSLATE_NOOP("CaseTable", "Title"), QT_TRANSLATE_NOOP("CaseTable", "Technology area"),
           QT_TRANSLATE_NOOP("CaseTable", "Leverage"), QT_TRANSLATE_NOOP("CaseTable", "Ambition"),
           QT_TRANSLATE_NOOP("CaseTable", "Status"), QT_TRANSLATE_NOOP("CaseTable", "Changed"))

SummaryRole = _USER + 1  # the CaseSummary behind a row (safe through a proxy)
SortRole = _USER + 2  # a value that sorts in the scale's order, not alphabetically

_Index = QModelIndex | QPersistentModelIndex


def headers() -> tuple[str, ...]:
    """The column titles in the interface's language."""
    return tuple(QCoreApplication.translate("CaseTable", title) for title in HEADERS)


def _label(scale, token: str | None, lang: str | None = None) -> str:
    """A value's name in ``lang`` (the interface's language by default)."""
    return language.label(scale(token), lang or current()) if token else "—"


def _rank(scale, token: str | None) -> int:
    return scale(token).rank if token else -1


class CaseTableModel(QAbstractTableModel):
    def __init__(self, parent=None, reference_icon: QIcon | None = None):
        super().__init__(parent)
        self._rows: list[CaseSummary] = []
        self._search: list[str] = []
        self._row_of: dict[str, int] = {}
        self._order: tuple[int, bool] | None = None  # the last sort: column, descending
        self._in_order = False  # rows still in that order (an edited or added row may not be)
        self._reference_icon = reference_icon or QIcon()
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- feeding -----------------------------------------------------------------------
    def set_rows(self, rows: list[CaseSummary]) -> None:
        """All rows, in the order of the last sort (as given if never sorted)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [self._haystack(r) for r in self._rows]
        if self._order is None:
            self._row_of = {r.id: i for i, r in enumerate(self._rows)}
            self._in_order = False
        else:
            self._sort_lists(*self._order)
        self.endResetModel()

    def update_row(self, summary: CaseSummary) -> None:
        """Replace one row in place (after an edit), or append it if it is new."""
        row = self._row_of.get(summary.id)
        self._in_order = False
        if row is None:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(summary)
            self._search.append(self._haystack(summary))
            self._row_of[summary.id] = len(self._rows) - 1
            self.endInsertRows()
            return
        self._rows[row] = summary
        self._search[row] = self._haystack(summary)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def remove_row(self, case_id: str) -> None:
        row = self._row_of.get(case_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        del self._search[row]
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        self.endRemoveRows()

    def row_of(self, case_id: str) -> int | None:
        return self._row_of.get(case_id)

    def summary_at(self, row: int) -> CaseSummary:
        return self._rows[row]

    def summaries(self) -> list[CaseSummary]:
        """Every row's summary, in row order (the filter's list: not to be changed)."""
        return self._rows

    def search_texts(self) -> list[str]:
        """Every row's casefolded text the search matches (the filter's list: not to be changed)."""
        return self._search

    @staticmethod
    def _haystack(r: CaseSummary) -> str:
        """What the search matches: the texts, and the ratings and status by their names in the
        interface's language and in English (the report's words)."""
        words = [r.title, r.technology_area, r.status, r.id]
        for lang in dict.fromkeys((current(), language.SOURCE)):
            words += [_label(LeverageDegree, r.leverage_degree, lang), _label(Level, r.chosen_level, lang),
                      _label(Status, r.status, lang)]
        return " ".join(words).casefold()

    # -- Qt interface -----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        """Qt's own index() asks rowCount() and columnCount() first: two calls into Python for
        every cell the view or the filter proxy looks up, where one does (see first_paint, 6)."""
        if 0 <= row < len(self._rows) and 0 <= column < len(HEADERS) and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def headerData(self, section, orientation, role=_DISPLAY):
        """For whoever asks the model rather than the view's header (screen readers do)."""
        if role == _DISPLAY and orientation == QtCore.Qt.Orientation.Horizontal:
            return headers()[section] if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: _Index, role=_DISPLAY):
        row = index.row()
        if not (0 <= row < len(self._rows)) or not index.isValid():
            return None
        return self.cell(row, index.column(), role)

    def multiData(self, index: _Index, roles) -> None:
        """A painted cell asks for seven roles at once (``QStyledItemDelegate``): answered in
        one call from Qt into Python rather than seven (see ``fill``)."""
        row = index.row()
        if 0 <= row < len(self._rows) and index.isValid():
            self.fill(row, index.column(), roles)

    def fill(self, row: int, column: int, roles) -> None:
        """Each role's value in a ``QModelRoleDataSpan`` (the filter proxy's cells too)."""
        for n in range(len(roles)):
            role_data = roles[n]
            role_data.setData(self.cell(row, column, role_data.role()))

    def cell(self, row: int, column: int, role: int):
        """A valid cell's value for ``role`` (``data`` without an index, for the proxy)."""
        r = self._rows[row]
        if role == _DISPLAY:
            return self._display(r, column)
        if role == SortRole:
            return self._sort_key(r, column)
        if role == SummaryRole:
            return r
        if role == _TOOLTIP:
            return self._tooltip(r, column)
        if role == _DECORATION and r.is_reference and column == COL_TITLE:
            return self._reference_icon
        if role == _FONT and r.status == Status.DRAFT.value and column == COL_STATUS:
            return self._italic
        return None

    def sort(self, column: int, order=None) -> None:
        """Qt's sort (a header click, through the proxy): ascending unless ``order`` is
        ``Qt.SortOrder.DescendingOrder``."""
        self.sort_rows(column, order == QtCore.Qt.SortOrder.DescendingOrder)

    def sort_rows(self, column: int, descending: bool = False) -> None:
        """Sort in Python with a key (fast for 10,000 rows), keeping persistent indexes valid,
        instead of letting a proxy compare QVariants row pair by row pair."""
        if not (0 <= column < len(HEADERS)) or (self._in_order and self._order == (column, descending)):
            return  # (Qt sorts again when sorting is switched on: the rows are in order already)
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [self._rows[i.row()].id for i in old_persistent]
        self._sort_lists(column, descending)
        new_persistent = [self.index(self._row_of[cid], i.column()) for cid, i in zip(old_ids, old_persistent)]
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    def _sort_lists(self, column: int, descending: bool) -> None:
        pairs = sorted(
            zip(self._rows, self._search),
            key=lambda pair: (self._sort_key(pair[0], column), pair[0].title.casefold()),
            reverse=descending,
        )
        self._rows = [p[0] for p in pairs]
        self._search = [p[1] for p in pairs]
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        self._order = (column, descending)
        self._in_order = True

    @staticmethod
    def _display(r: CaseSummary, col: int) -> str:
        if col == COL_TITLE:
            return r.title
        if col == COL_AREA:
            return r.technology_area or "—"
        if col == COL_LEVERAGE:
            return _label(LeverageDegree, r.leverage_degree)
        if col == COL_AMBITION:
            return _label(Level, r.chosen_level)
        if col == COL_STATUS:
            return _label(Status, r.status)
        return local_time(r.updated, "%Y-%m-%d")

    @staticmethod
    def _tooltip(r: CaseSummary, col: int) -> str | None:
        if col == COL_TITLE:
            kind = (QCoreApplication.translate("CaseTable", "Reference case from the DPC 2024 report (read-only)")
                    if r.is_reference else QCoreApplication.translate("CaseTable", "Your case"))
            return literal_tooltip(f"{r.title}\n{kind}")
        if col == COL_AMBITION:
            if r.is_reference:  # the level recorded for the chapter (its provenance: the summary)
                if r.chosen_level is None:
                    return QCoreApplication.translate("CaseTable", "The chapter names no preferred level of ambition")
                return QCoreApplication.translate(
                    "CaseTable", "Level of ambition recorded for this chapter: %1\n"
                    "The summary marks whether the report states it or we read it from the chapter",
                ).replace("%1", _label(Level, r.chosen_level))
            return QCoreApplication.translate("CaseTable", "Chosen level of ambition: %1").replace(
                "%1", _label(Level, r.chosen_level))
        if col == COL_UPDATED:
            return QCoreApplication.translate("CaseTable", "Last changed %1").replace("%1", local_time(r.updated))
        return None

    @staticmethod
    def _sort_key(r: CaseSummary, col: int):
        if col == COL_TITLE:
            return r.title.casefold()
        if col == COL_AREA:
            return (r.technology_area or "\uffff").casefold()
        if col == COL_LEVERAGE:
            return _rank(LeverageDegree, r.leverage_degree)
        if col == COL_AMBITION:
            return _rank(Level, r.chosen_level)
        if col == COL_STATUS:
            return r.status
        return r.updated
