"""The comparison as one table: a label column, then one column per case (issue 6).

Rows come from ``desktop.models.compare``: a bold header row per step, then its fields. A row
whose cases differ is marked twice, with a "≠ " prefix on its label *and* a highlighted
background, so the difference survives black-and-white prints and washed-out projectors.
"Only differences" is filtered here (a model reset), so the model alone is what the view shows.
Nothing is ever rich text: cells are painted as plain text, tooltips go through
``literal_tooltip``.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...models import provenance as prov
from ...models.analysis_words import count, provenance_sentence
from ...models.compare import Comparison, Row, Section
from ...models.scales import Step
from ..literal import literal_tooltip
from ...models.palette import colours_for
from .sectioned_table import SectionedTableModel

SectionRole = Qt.ItemDataRole.UserRole + 1  # True on a step's header row (the view spans it)
DiffersRole = Qt.ItemDataRole.UserRole + 2  # True on a field row whose cases differ
CaseIdRole = Qt.ItemDataRole.UserRole + 3  # the case id behind a case column, None in column 0

MARKER = "≠ "
DISPLAY_LIMIT = 200  # characters of a long text shown in a cell; the tooltip has all of it
LINE_LIMIT = 120  # characters of each instrument: every instrument is listed, each maybe cut
HEADER_LIMIT = 80  # characters of a case title in its column header (three lines at most)
DIFF_BACKGROUND = QColor("#fff0c2")  # light amber: visible on screens and projectors, grey in print
DIFF_FOREGROUND = QColor("#1f2328")

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid parent of every row (a table has no children)


def shorten(text: str, limit: int = DISPLAY_LIMIT) -> str:
    """Cut a long text at a word boundary, with an ellipsis, so rows stay a readable height."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(None, 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:.") + " …"


class CompareTableModel(SectionedTableModel):
    """Column 0 is the field label; column n (1…) is case n−1 of the comparison."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._only_differences = False

    # -- feeding -----------------------------------------------------------------------
    @property
    def comparison(self) -> Comparison | None:
        return self._comparison

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self._comparison = comparison
        self._rebuild()
        self.endResetModel()

    @property
    def only_differences(self) -> bool:
        return self._only_differences

    def set_only_differences(self, on: bool) -> None:
        if on == self._only_differences:
            return
        self.beginResetModel()
        self._only_differences = on
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        self._entries = []
        if self._comparison is None:
            return
        for section in self._comparison.sections:
            self._entries.append((section, None))
            self._entries += [(section, r) for r in section.rows if r.differs or not self._only_differences]

    def _lang(self) -> str:
        """The language the comparison was written in (its labels and values)."""
        return self._comparison.lang if self._comparison is not None else "en"

    # -- queries the view uses ------------------------------------------------------------
    def case_id_at(self, column: int) -> str | None:
        cases = self._comparison.cases if self._comparison else ()
        return cases[column - 1].id if 1 <= column <= len(cases) else None

    # -- Qt interface -----------------------------------------------------------------------
    def columnCount(self, parent: _Index = _ROOT) -> int:
        if parent.isValid():
            return 0
        return 1 + (len(self._comparison.cases) if self._comparison else 0)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < self.columnCount()):
            return None
        if section == 0:
            return self.tr("Step / field") if role == Qt.ItemDataRole.DisplayRole else None
        case = self._comparison.cases[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return shorten(case.title, HEADER_LIMIT)
        if role == Qt.ItemDataRole.ToolTipRole:
            hint = self.tr("Double-click to open this case")
            return literal_tooltip(f"{case.id}\n{case.title}\n{hint}")
        if role == CaseIdRole:
            return case.id
        return None

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._entries)):
            return None
        col = index.column()
        if not (0 <= col < self.columnCount()):
            return None
        section, row = self._entries[index.row()]
        if role == SectionRole:
            return row is None
        if role == DiffersRole:
            return bool(row and row.differs)
        if role == CaseIdRole:
            return self.case_id_at(col)
        if row is None:
            return self._section_data(section, col, role)
        return self._row_data(row, col, role)

    def _section_data(self, section: Section, col: int, role):
        n, lang = section.differences, self._lang()
        if role == Qt.ItemDataRole.DisplayRole:
            if col != 0:
                return ""
            how = count("difference", n, lang) if n else self.tr("no differences")
            return f"{section.title}   ({how})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal_tooltip(self.tr("%1: %2 of %3 fields differ").replace("%1", section.title)
                                   .replace("%2", str(n)).replace("%3", str(len(section.rows))))
        return self._section_style(role)

    def _row_data(self, row: Row, col: int, role):
        rating = row.ratings[col - 1] if col else None
        text = row.texts[col - 1] if col else row.label
        provenance = row.provenance_of(col - 1) if col else None  # a reference case's value: its mark
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return MARKER + row.label if row.differs else row.label
            if row.section is Step.INSTRUMENTS:  # a list: keep every entry visible
                return prov.marked("\n".join(shorten(line, LINE_LIMIT) for line in text.split("\n")), provenance)
            return prov.marked(shorten(text), provenance)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 0:
                how = self.tr("Differs between the cases") if row.differs else self.tr("The same in every case")
                return literal_tooltip(f"{row.label}\n{how}")
            return literal_tooltip(f"{text}\n{provenance_sentence(provenance, self._lang())}" if provenance else text)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and provenance is not None:
            return provenance_sentence(provenance, self._lang())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.FontRole and col == 0 and row.differs:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            if rating is not None:
                return QBrush(QColor(colours_for(rating)[0]))
            return QBrush(DIFF_BACKGROUND) if row.differs else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if rating is not None:
                return QBrush(QColor(colours_for(rating)[1]))
            return QBrush(DIFF_FOREGROUND) if row.differs else None
        return None
