"""What changed between two versions of one case, as one table: Field / Before / After / Why.

Rows come from ``desktop.models.diff``: a bold header row per step (the view spans it over all
columns, as the compare view does), then the fields that changed. Every change is marked twice:
in words (the field says "added", "removed" or "changed"; an empty side says "(none)") *and* in
colour (Before on a light vermilion, After on a light bluish green, the Okabe–Ito hues of the
rating colours), so it survives black-and-white prints. Cells are plain text; long texts are
shortened (tooltips have all of it, always literal).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...models.analysis_words import count, counted
from .compare_model import LINE_LIMIT, shorten
from ..literal import literal_tooltip
from .sectioned_table import SectionedTableModel

if TYPE_CHECKING:  # the view hands the model a diff; the model never computes one
    from ...models.diff import CaseDiff, DiffRow, DiffSection

COL_FIELD, COL_BEFORE, COL_AFTER, COL_WHY = range(4)
HEADERS = (QT_TRANSLATE_NOOP("DiffTableModel", "Field"), QT_TRANSLATE_NOOP("DiffTableModel", "Before"),
           QT_TRANSLATE_NOOP("DiffTableModel", "After"), QT_TRANSLATE_NOOP("DiffTableModel", "Why"))
HEADER_TIPS = (
    QT_TRANSLATE_NOOP("DiffTableModel", "The field that changed, and how: added, removed or changed"),
    QT_TRANSLATE_NOOP("DiffTableModel", "The value in the earlier version (From)"),
    QT_TRANSLATE_NOOP("DiffTableModel", "The value in the later version (To)"),
    QT_TRANSLATE_NOOP("DiffTableModel", "The reasons recorded with the change (overrides, history), one per line"),
)

SectionRole = Qt.ItemDataRole.UserRole + 1  # True on a step's header row (the view spans it)
KindRole = Qt.ItemDataRole.UserRole + 2  # "added", "removed" or "changed" on a field row
RowRole = Qt.ItemDataRole.UserRole + 3  # the DiffRow behind a field row (None on a header row)

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
NONE_TEXT = QT_TRANSLATE_NOOP("DiffTableModel", "(none)")
KIND_WORDS = {ADDED: QT_TRANSLATE_NOOP("DiffTableModel", "added"),
              REMOVED: QT_TRANSLATE_NOOP("DiffTableModel", "removed"),
              CHANGED: QT_TRANSLATE_NOOP("DiffTableModel", "changed")}
EMPTY_VALUES = ("", "—", "-")
BEFORE_COLOURS = (QColor("#fbe3d4"), QColor("#4a1d00"))  # light vermilion, dark text (> 7:1)
AFTER_COLOURS = (QColor("#d3efe5"), QColor("#0b3b2d"))  # light bluish green, dark text (> 7:1)

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid parent of every row (a table has no children)


def _blank(text: str | None) -> bool:
    return text is None or text.strip() in EMPTY_VALUES


def row_kind(row: DiffRow) -> str:
    if _blank(row.old):
        return ADDED
    if _blank(row.new):
        return REMOVED
    return CHANGED


def _shown(text: str) -> str:
    """Keep every line of a list visible (each maybe cut), and cut one long text."""
    if "\n" in text:
        return "\n".join(shorten(line, LINE_LIMIT) for line in text.split("\n"))
    return shorten(text)


class DiffTableModel(SectionedTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._diff: CaseDiff | None = None

    # -- feeding -----------------------------------------------------------------------
    @property
    def diff(self) -> CaseDiff | None:
        return self._diff

    def set_diff(self, diff: CaseDiff | None) -> None:
        self.beginResetModel()
        self._diff = diff
        self._entries = []
        for section in (diff.sections if diff is not None else ()):
            if section.rows:
                self._entries.append((section, None))
                self._entries += [(section, row) for row in section.rows]
        self.endResetModel()

    # -- queries the view uses ------------------------------------------------------------
    def change_count(self) -> int:
        return sum(r is not None for _, r in self._entries)

    def step_count(self) -> int:
        return len(self.section_rows())

    # -- Qt interface -----------------------------------------------------------------------
    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(HEADERS)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(HEADER_TIPS[section])
        return None

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._entries)):
            return None
        col = index.column()
        if not (0 <= col < len(HEADERS)):
            return None
        section, row = self._entries[index.row()]
        if role == SectionRole:
            return row is None
        if role == RowRole:
            return row
        if role == KindRole:
            return row_kind(row) if row is not None else None
        if row is None:
            return self._section_data(section, col, role)
        return self._row_data(row, col, role)

    def _section_data(self, section: DiffSection, col: int, role):
        n, title, lang = len(section.rows), section.title, self._lang()
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{title}   ({count('change', n, lang)})" if col == COL_FIELD else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal_tooltip(counted("diff.fields_changed", n, lang, title=title))
        return self._section_style(role)

    def _full_text(self, row: DiffRow, col: int) -> str:
        if col == COL_FIELD:
            return f"{row.label} ({self._kind(row)})"
        if col == COL_WHY:
            return "\n".join(row.notes)
        value = row.old if col == COL_BEFORE else row.new
        return self.tr(NONE_TEXT) if _blank(value) else value

    def _kind(self, row: DiffRow) -> str:
        """"added", "removed" or "changed" in the interface's language."""
        return self.tr(KIND_WORDS[row_kind(row)])

    def _lang(self) -> str:
        return getattr(self._diff, "lang", "en") if self._diff is not None else "en"

    def _row_data(self, row: DiffRow, col: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return _shown(self._full_text(row, col))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_FIELD:
                kind = self._kind(row)
                return literal_tooltip(f"{row.label}\n{kind[:1].upper()}{kind[1:]} ({row.path})")
            text = self._full_text(row, col)
            return literal_tooltip(text) if text else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.FontRole and col == COL_FIELD:
            return self._bold
        if col in (COL_BEFORE, COL_AFTER):
            background, foreground = BEFORE_COLOURS if col == COL_BEFORE else AFTER_COLOURS
            blank = _blank(row.old if col == COL_BEFORE else row.new)
            if role == Qt.ItemDataRole.BackgroundRole and not blank:
                return QBrush(background)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#5f6368") if blank else foreground)
        return None
