"""Filtering for the case browser: which cases (all / reference / mine) and a search box.

Matching uses the text the source model precomputes per row, one Python call per row, so a
keystroke over 10,000 cases stays well under a frame. Sorting is forwarded to the source
model, which sorts with a key in one pass rather than pair by pair through QVariants.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from .table_model import CaseTableModel


class Kind(Enum):
    ALL = "All cases"
    REFERENCE = "Reference library"
    MINE = "My cases"


class CaseFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._kind = Kind.ALL
        self._terms: list[str] = []

    def source(self) -> CaseTableModel:
        return self.sourceModel()  # type: ignore[return-value]

    @property
    def kind(self) -> Kind:
        return self._kind

    def set_kind(self, kind: Kind) -> None:
        if kind is not self._kind:
            self.beginFilterChange()
            self._kind = kind
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        """Every whitespace-separated word must appear (in any column), case-insensitively."""
        terms = text.casefold().split()
        if terms != self._terms:
            self.beginFilterChange()
            self._terms = terms
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.source()
        if self._kind is not Kind.ALL:
            is_reference = model.summary_at(source_row).is_reference
            if is_reference != (self._kind is Kind.REFERENCE):
                return False
        if not self._terms:
            return True
        haystack = model.search_text(source_row)
        return all(term in haystack for term in self._terms)

    def sort(self, column: int, order=None) -> None:  # (no Qt enum as a default: see first_paint)
        self.source().sort(column, order)
