"""What the first window does to be on screen fast: the one place for start-up measures.

Start-up must stay within 1.5× a bare PySide window (README "Speed").
``benchmarks/startup_ablations.py`` undoes each measure below in turn; each stays because the
target is missed without it, alone or with the others (ratio to the bare window with the
measure undone, 41–61 interleaved runs, against ~1.41–1.45× with all of them):

1. **No ``Qt.…`` before the first paint** (1.54–1.58×). The first use of PySide's ``Qt``
   namespace (an attribute such as ``Qt.AlignLeft``, or any Qt enum PySide hands to a Python
   method, e.g. ``headerData``'s ``Qt.Orientation``) builds Python types for all 93 of its
   enums, ~15 ms. Code on the first window's path (``views/window/``, ``views/browser/``) uses
   the helpers below instead and imports ``Qt`` inside functions that run later (a dialog, a
   sort, a shortcut's slot). ``tests/test_startup_fast.py`` fails if the namespace is built
   before the window is painted.
2. **Dialogs imported when asked** (1.60×): ``views/dialogs.py`` and the questions' dialog
   classes are imported inside ``window/questions.py``'s methods, not with the window.
3. **Fusion named on Qt's command line** (~1.50–1.55×, ``window/app.py``): ``app.setStyle()``
   hands back the ``QStyle``, and wrapping it builds all of QStyle's enums.
4. **The collector paused until the paint** (1.47–1.49×): start-up allocates much and frees
   little, so the garbage collector's passes are wasted; ``pause_collector`` is called by
   ``desktop/launch.py`` first thing, ``resume_collector`` once the real store has taken over
   after the paint (``window/handover.py``: its imports allocate as much again, and the first
   pass over all that, in whichever thread, held up the event loop for tens of milliseconds),
   with what start-up made frozen (``gc.freeze``: kept for good, never scanned again).
5. **The list read before PySide is imported** (1.46–1.47×, ``desktop/launch.py``): PySide's
   import hook reads the source of every module imported after it, for its "feature" switches.
6. **The case model answers ``index()`` itself** (1.42–1.44×, ``browser/table_model.py``): Qt's
   own asks ``rowCount`` and ``columnCount`` in Python for every cell it looks up.
7. **``html`` not imported** (1.44–1.46×, ~2 ms): ``literal.escape_html`` does what
   ``html.escape`` does for the summary the first window shows.

Measures 4–7 are each worth less than the margin alone, not together: undone together they
measure 1.53× (4, 5 and 7 together 1.52×), and without 7 ``benchmarks/run.py`` measured
1.41–1.52× on the 2-core development machine, with all of them 1.42×; so none was dropped.

This module imports no PySide at load time, so ``desktop/launch.py`` can use it before PySide.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QStandardItemModel
    from PySide6.QtWidgets import QHeaderView, QTableView

# Qt.ItemDataRole's values as plain ints (tests/test_case_table_model.py checks them against Qt's).
DISPLAY_ROLE, DECORATION_ROLE, TOOLTIP_ROLE, FONT_ROLE, USER_ROLE = 0, 1, 3, 6, 256


def pause_collector() -> None:
    gc.disable()


def resume_collector() -> None:
    """Once the real store has taken over, or before the start shows dialogs instead (a first
    start, a damaged file): idempotent. What start-up allocated is module-level for the most
    part, there for good: frozen, no pass scans it (the first would take ~5–10 ms)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def build_qt_namespace() -> None:
    """Build PySide's ``Qt`` namespace (see 1) now, in a turn of the event loop of its own, so
    that the first use that needs it (a sort, a key press) does not add its ~15 ms to its own."""
    from PySide6.QtCore import Qt

    Qt.SortOrder  # noqa: B018 (the first attribute builds them all)


def header_titles(header: QHeaderView, titles: tuple[str, ...]) -> QStandardItemModel:
    """Column titles from a C++ model set on the view's header, so painting the header never
    hands Python a ``Qt.Orientation``. Set it before the table gets its model's rows: the header
    asks the view's model for titles when it is first given it. The table's own model keeps its
    ``headerData`` for screen readers, which ask the view's model."""
    from PySide6.QtGui import QStandardItemModel

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
    from PySide6.QtGui import QKeySequence

    action.setShortcuts([QKeySequence(key) for key in keys])


def enable_click_sorting(table: QTableView, column: int) -> None:
    """Sorting by a click on a column's title, with the arrow on ``column`` (ascending): a
    header click hands Python a ``Qt.SortOrder``, so this comes after the first paint."""
    from PySide6.QtCore import Qt

    if table.isSortingEnabled():
        return
    table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
