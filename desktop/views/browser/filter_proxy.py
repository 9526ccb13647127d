"""Filtering for the case browser: which cases (all / reference / mine) and a search box.

Not a ``QSortFilterProxyModel``: over a Python model it calls into Python for every row on
every keystroke (``filterAcceptsRow``, or ``index()`` and ``data()`` for its own C++ filter);
with 10,000 cases those calls alone took 2–3× (~9× for its C++ filter) a bare proxy's whole
keystroke (issue 20). Here a keystroke is one list comprehension per search word over the texts
the source model precomputes, then one ``layoutChanged`` (as ``QSortFilterProxyModel.invalidate``
sends), the persistent indexes (selection, current row) moved to where their rows now are.
Shown rows keep the source's order; sorting is the source model's (a key, one pass).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractProxyModel, QCoreApplication, QModelIndex, QPersistentModelIndex

from .table_model import HEADERS, CaseTableModel

_Index = QModelIndex | QPersistentModelIndex


class Kind(Enum):
    """Which cases the list shows; the value is the English name (``text()``: the interface's)."""

    ALL = QT_TRANSLATE_NOOP("CaseBrowser", "All cases")
    REFERENCE = QT_TRANSLATE_NOOP("CaseBrowser", "Reference library")
    MINE = QT_TRANSLATE_NOOP("CaseBrowser", "My cases")

    def text(self) -> str:
        return QCoreApplication.translate("CaseBrowser", self.value)


class CaseFilterProxy(QAbstractProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._kind = Kind.ALL
        self._terms: list[str] = []
        self._rows: list[int] = []  # the source row of each shown row, ascending
        self._saved: list[tuple[QModelIndex, QPersistentModelIndex]] = []  # over a source sort
        self._removing: tuple[int, int] | None = None  # shown rows a source removal takes away
        self._model: CaseTableModel | None = None

    def source(self) -> CaseTableModel:
        return self._model  # type: ignore[return-value]

    def setSourceModel(self, model: CaseTableModel) -> None:  # (the browser's one model, set once)
        self.beginResetModel()
        super().setSourceModel(model)
        self._model = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._on_source_reset)
        model.layoutAboutToBeChanged.connect(self._on_source_layout_about_to_change)
        model.layoutChanged.connect(self._on_source_layout_changed)
        model.dataChanged.connect(self._on_source_data_changed)
        model.rowsInserted.connect(self._on_source_rows_inserted)
        model.rowsAboutToBeRemoved.connect(self._on_source_rows_about_to_be_removed)
        model.rowsRemoved.connect(self._on_source_rows_removed)
        self._rows = self._matching(range(model.rowCount()))
        self.endResetModel()

    # -- the filter ------------------------------------------------------------------------
    @property
    def kind(self) -> Kind:
        return self._kind

    def set_kind(self, kind: Kind) -> None:
        if kind is not self._kind:
            self._kind = kind
            self._refilter()

    def set_search(self, text: str) -> None:
        """Every whitespace-separated word must appear (in any column), case-insensitively
        (``casefold``: "STRASSE" finds "Straße"), as typed: no character is special."""
        terms = text.casefold().split()
        if terms != self._terms:
            self._terms = terms
            self._refilter()

    def _matching(self, rows) -> list[int]:
        """Those of the source ``rows`` (ascending) the kind and every search word let through."""
        if self._kind is not Kind.ALL:
            reference, summaries = self._kind is Kind.REFERENCE, self._model.summaries()
            rows = [i for i in rows if summaries[i].is_reference == reference]
        texts = self._model.search_texts()
        for term in self._terms:
            rows = [i for i in rows if term in texts[i]]
        return list(rows)

    def _refilter(self) -> None:
        rows = self._matching(range(self._model.rowCount()))
        if rows == self._rows:
            return  # (a longer word that every shown row still has: nothing for the view to do)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        sources = [self._rows[i.row()] for i in old]
        self._rows = rows
        self.changePersistentIndexList(old, [self._shown(s, i.column()) for s, i in zip(sources, old)])
        self.layoutChanged.emit()

    def _shown(self, source_row: int, column: int) -> QModelIndex:
        """Where a source row is shown (an invalid index if it is filtered out)."""
        row = bisect_left(self._rows, source_row)
        if row < len(self._rows) and self._rows[row] == source_row:
            return self.createIndex(row, column)
        return QModelIndex()

    # -- following the source model ------------------------------------------------------
    def _on_source_reset(self) -> None:
        self._rows = self._matching(range(self._model.rowCount()))
        self.endResetModel()

    def _on_source_layout_about_to_change(self, *_) -> None:
        """A sort: remember each persistent index's source cell, to find it again after."""
        self.layoutAboutToBeChanged.emit()
        self._saved = [(i, QPersistentModelIndex(self.mapToSource(i))) for i in self.persistentIndexList()]

    def _on_source_layout_changed(self, *_) -> None:
        self._rows = self._matching(range(self._model.rowCount()))
        old = [proxy for proxy, _ in self._saved]
        self.changePersistentIndexList(old, [self.mapFromSource(s) for _, s in self._saved])
        self._saved = []
        self.layoutChanged.emit()

    def _on_source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        """An edited case: shown or hidden as it now matches, else its cells repainted."""
        changed = range(top_left.row(), bottom_right.row() + 1)
        if self._matching(changed) != [r for r in changed if self._shown(r, 0).isValid()]:
            self._refilter()
            return
        first, last = bisect_left(self._rows, changed.start), bisect_right(self._rows, changed.stop - 1)
        if first < last:
            self.dataChanged.emit(self.index(first, top_left.column()), self.index(last - 1, bottom_right.column()))

    def _on_source_rows_inserted(self, _parent, first: int, last: int) -> None:
        count = last - first + 1
        at = bisect_left(self._rows, first)
        self._rows[at:] = [r + count for r in self._rows[at:]]
        new = self._matching(range(first, last + 1))
        if new:
            self.beginInsertRows(QModelIndex(), at, at + len(new) - 1)
            self._rows[at:at] = new
            self.endInsertRows()

    def _on_source_rows_about_to_be_removed(self, _parent, first: int, last: int) -> None:
        self._removing = (bisect_left(self._rows, first), bisect_right(self._rows, last))
        if self._removing[0] < self._removing[1]:
            self.beginRemoveRows(QModelIndex(), self._removing[0], self._removing[1] - 1)

    def _on_source_rows_removed(self, _parent, first: int, last: int) -> None:
        start, stop = self._removing or (0, 0)
        self._removing = None
        count = last - first + 1
        self._rows[start:] = [r - count for r in self._rows[stop:]]
        if start < stop:
            self.endRemoveRows()

    # -- Qt interface -----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._model is None else len(HEADERS)

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and bool(self._rows)

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if 0 <= row < len(self._rows) and 0 <= column < len(HEADERS) and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def sibling(self, row: int, column: int, index: _Index) -> QModelIndex:
        return self.index(row, column)

    def mapToSource(self, proxy_index: _Index) -> QModelIndex:
        if not proxy_index.isValid() or not 0 <= proxy_index.row() < len(self._rows):
            return QModelIndex()
        return self._model.index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: _Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        return self._shown(source_index.row(), source_index.column())

    def data(self, index: _Index, role=0):
        """Straight from the source's row (one call from Qt into Python per role, not two)."""
        row = index.row()
        if 0 <= row < len(self._rows) and index.isValid():
            return self._model.cell(self._rows[row], index.column(), role)
        return None

    def multiData(self, index: _Index, roles) -> None:
        """A painted cell's seven roles in one call (see ``CaseTableModel.multiData``)."""
        row = index.row()
        if 0 <= row < len(self._rows) and index.isValid():
            self._model.fill(self._rows[row], index.column(), roles)

    def headerData(self, section, orientation, role=0):
        """The source's column titles, whether or not any row is shown."""
        return self._model.headerData(section, orientation, role)

    def sort(self, column: int, order=None) -> None:  # (no Qt enum as a default: see first_paint)
        self._model.sort(column, order)
