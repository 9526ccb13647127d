"""The "What would flip it" table: one row per flip of ``models.sensitivity``, and its filter.

The model only adapts a computed ``Sensitivity``; it never runs the rules itself, so the dialog
and the command line always show the same flips. Colours (the palette's, shared with every other
view) only repeat what the text already says.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...models.analysis_words import label, lower, term
from ...models.language import localised
from ...models.scales import Level
from ...models.sensitivity import LEVERAGE, TARGETS, Flip, Sensitivity
from ...models.palette import colours_for
from ..literal import literal_tooltip
from .. import translation

COL_IF, COL_THEN, COL_FROM_TO, COL_CHANGE = range(4)
HEADERS = (QT_TRANSLATE_NOOP("SensitivityModel", "If"), QT_TRANSLATE_NOOP("SensitivityModel", "Then"),
           QT_TRANSLATE_NOOP("SensitivityModel", "From → To"), QT_TRANSLATE_NOOP("SensitivityModel", "Change"))

FlipRole = Qt.ItemDataRole.UserRole + 1  # the Flip behind a row
SortRole = Qt.ItemDataRole.UserRole + 2  # sorts in the scale's order, not alphabetically
TargetRole = Qt.ItemDataRole.UserRole + 3  # "leverage" or "feasibility.<level>"

_Index = QModelIndex | QPersistentModelIndex


def target_words(target: str, lang: str | None = None) -> str:
    """"Degree of leverage" or a level's name, in ``lang`` (the interface's by default)."""
    lang = lang or translation.current()
    if target == LEVERAGE:
        return term("term.degree_of_leverage", lang)
    return label(Level(target.split(".", 1)[1]), lang)


def value_words(value, lang: str | None = None) -> str:
    """A suggested value's name in ``lang``; "no suggestion" for None."""
    if value is None:
        return QCoreApplication.translate("SensitivityModel", "no suggestion")
    return label(value, lang or translation.current())


def said(text) -> str:
    """A text of ``models.sensitivity`` (a factor change, a mark, a note) in the interface's language."""
    return localised(text, translation.current())


def in_sentence(text: str) -> str:
    """A term inside a sentence: lower case (German nouns keep their capital)."""
    lang = translation.current()
    return text.lower() if lang == "en" else lower(text, lang)


_value = value_words


class SensitivityModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._flips: list[Flip] = []

    def set_result(self, result: Sensitivity | None) -> None:
        self.beginResetModel()
        self._flips = list(result.flips) if result is not None else []
        self.endResetModel()

    def flip_at(self, row: int) -> Flip:
        return self._flips[row]

    # -- Qt interface -----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._flips)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._flips)):
            return None
        flip, col = self._flips[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(flip, col)
        if role == SortRole:
            return self._sort_key(index.row(), flip, col)
        if role == FlipRole:
            return flip
        if role == TargetRole:
            return flip.target
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal_tooltip(self._sentence(flip))
        if col == COL_FROM_TO and flip.after is not None and role in (Qt.ItemDataRole.BackgroundRole,
                                                                        Qt.ItemDataRole.ForegroundRole):
            background, text = colours_for(flip.after)
            return QBrush(QColor(background if role == Qt.ItemDataRole.BackgroundRole else text))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_CHANGE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _display(flip: Flip, col: int) -> str:
        if col == COL_IF:
            text = said(flip.change.describe())
            return f"{text} ({said(flip.change.steps_text())})" if flip.change.steps is not None else text
        if col == COL_THEN:
            return target_words(flip.target)
        if col == COL_FROM_TO:
            return f"{_value(flip.before)} → {_value(flip.after)}"
        return said(flip.mark())

    def _sentence(self, flip: Flip) -> str:
        return (self.tr("If %1, the suggested %2 becomes %3 (now %4).")
                .replace("%1", said(flip.change.describe())).replace("%2", in_sentence(target_words(flip.target)))
                .replace("%3", in_sentence(_value(flip.after))).replace("%4", in_sentence(_value(flip.before))))

    @staticmethod
    def _sort_key(row: int, flip: Flip, col: int):
        """Numbers for scales and steps; the analysis order (``row``) breaks ties."""
        if col == COL_IF:
            return f"{said(flip.change.describe()).casefold()}\x00{row:06d}"  # as shown
        if col == COL_THEN:
            return TARGETS.index(flip.target) * 100_000 + row
        if col == COL_FROM_TO:
            rank = flip.after.rank if flip.after is not None else -1
            return (rank + 1) * 100_000 + row
        return (flip.steps + 10) * 100_000 + row


class TargetFilterProxy(QSortFilterProxyModel):
    """Shows the flips of one target (or all), sorting by the model's SortRole."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._target: str | None = None
        self.setSortRole(SortRole)

    def set_target(self, target: str | None) -> None:
        if target != self._target:
            self.beginFilterChange()
            self._target = target
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._target is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(TargetRole) == self._target
