"""The first window is built without PySide's ``Qt`` namespace: the one place for how.

Why: the first use of ``Qt`` (an attribute such as ``Qt.AlignLeft``, or any Qt enum PySide hands
to a Python method, e.g. the ``Qt.Orientation`` of ``headerData``) makes PySide build Python
types for all 93 of its enums, ~15 ms, a tenth of the whole start-up. Without these helpers
start-up is ~1.56× the bare PySide window, with them ~1.45× (target 1.5×; measured by
``benchmarks/startup_ablations.py``, figures in README "Speed").

The rule for code on the first window's path (``views/window/main_window.py``,
``views/browser/``, the window's collaborators): no ``Qt.…`` before the first paint. Use what
is here instead, and import ``Qt`` inside functions that run later (a dialog, a sort, a
shortcut's slot). ``tests/test_startup_fast.py`` fails when the namespace is built before the
window is painted.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

# Qt.ItemDataRole's values as plain ints (tests/test_case_table_model.py checks them against Qt's).
DISPLAY_ROLE, DECORATION_ROLE, TOOLTIP_ROLE, FONT_ROLE, USER_ROLE = 0, 1, 3, 6, 256


def header_titles(header: QHeaderView, titles: tuple[str, ...]) -> QStandardItemModel:
    """Column titles from a C++ model set on the view's header, so painting the header never
    hands Python a ``Qt.Orientation``. Set it before the table gets its model's rows: the header
    asks the view's model for titles when it is first given it. The table's own model keeps its
    ``headerData`` for screen readers, which ask the view's model."""
    model = QStandardItemModel(0, len(titles), header)
    model.setHorizontalHeaderLabels(list(titles))
    header.setModel(model)
    return model


def set_enum_property(widget, name: str, key: str) -> None:
    """An enum-typed Qt property by its key's name (``"ToolButtonTextBesideIcon"``), which Qt
    converts itself: ``setToolButtonStyle(Qt.ToolButtonStyle.…)`` would build the namespace."""
    if not widget.setProperty(name, key):  # (False: no such property, or no such key)
        raise ValueError(f"{type(widget).__name__} has no property {name!r} taking {key!r}")


def set_shortcuts(action: QAction, *keys) -> None:
    """``setShortcuts([...])``: ``setShortcut``'s overload check reaches for ``Qt``."""
    action.setShortcuts([QKeySequence(key) for key in keys])


def enable_click_sorting(table: QTableView, column: int) -> None:
    """Sorting by a click on a column's title, with the arrow on ``column`` (ascending): a
    header click hands Python a ``Qt.SortOrder``, so this comes after the first paint."""
    from PySide6.QtCore import Qt

    if table.isSortingEnabled():
        return
    table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
