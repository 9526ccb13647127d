"""A Tab walk per page (issue 17): from the step list, Tab reaches every control of the page and
then leaves it (no trap), and Shift+Tab does the same backwards. Controls are what a keyboard
user can stop on: visible, enabled, Tab-focusable widgets; a rating row counts once (its values
are arrows, not Tab stops)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPushButton, QScrollBar, QWidget

from desktop.views.wizard.choice_row import ChoiceRow

LITHO = "dpc2024-lithography"
STEPS = ["Basics", "Strength", "Leverage", "Ambition", "Instruments", "Review"]
MAX_TABS = 200


def unit(widget: QWidget | None) -> QWidget | None:
    """What a Tab stop stands for: a rating row for any of its values."""
    parent = widget.parentWidget() if widget is not None else None
    return parent if isinstance(parent, ChoiceRow) else widget


def inside(widget: QWidget | None, page: QWidget) -> bool:
    return widget is not None and (widget is page or page.isAncestorOf(widget))


def controls(page: QWidget) -> set[QWidget]:
    found = set()
    for w in page.findChildren(QWidget):
        if not (w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if w.focusProxy() is not None or isinstance(w, QScrollBar):
            continue
        if any(isinstance(a, QAbstractItemView) and a.viewport().isAncestorOf(w) for a in _ancestors(w)):
            continue  # a cell editor, not a control of the page
        found.add(unit(w))
    return found


def _ancestors(w: QWidget):
    while (w := w.parentWidget()) is not None:
        yield w


def walk(qtbot, start: QWidget, page: QWidget, backwards: bool = False) -> tuple[list[QWidget], bool]:
    """Tab (or Shift+Tab) from ``start`` until focus has been in ``page`` and left it."""
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(start.hasFocus)
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    reached: list[QWidget] = []
    for _ in range(MAX_TABS):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        focus = QApplication.focusWidget()
        if inside(focus, page):
            reached.append(unit(focus))
        elif reached:
            return reached, True
    return reached, False


@pytest.fixture
def editor(qtbot, window, file_store):
    """An editable copy of a reference case: every kind of control on show (ratings, suggestions,
    instruments, sources)."""
    copy = file_store.duplicate(LITHO)
    window.reload(select=copy.id)
    window.open_case(copy.id)
    return window.editor


@pytest.mark.parametrize("index", range(len(STEPS)), ids=STEPS)
@pytest.mark.parametrize("backwards", [False, True], ids=["Tab", "Shift+Tab"])
def test_tab_reaches_every_control_of_the_page_and_leaves_it(qtbot, editor, index, backwards):
    editor.go_to(index)
    page = editor.current_page()
    start = _after_page(editor) if backwards else editor.steps
    reached, left = walk(qtbot, start, page, backwards)
    assert left, f"{STEPS[index]}: still inside after {MAX_TABS} presses (a keyboard trap)"
    missed = controls(page) - set(reached)
    assert not missed, [(type(w).__name__, w.accessibleName()) for w in missed]
    assert len(reached) == len(set(reached)), [(type(w).__name__, w.objectName(), w.accessibleName()) for w in reached]


def _after_page(editor) -> QWidget:
    """The first Tab stop after the page (Back), where Shift+Tab starts into the page."""
    return next(b for b in editor.findChildren(QPushButton) if b.text() in ("&Back", "&Next") and b.isEnabled())


def test_tab_goes_round_the_case_browser_and_reaches_every_control(qtbot, window):
    """The main window: a full round from the search box comes back to it, through every control."""
    browser = window.browser
    browser.search.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(browser.search.hasFocus)
    reached = []
    for _ in range(MAX_TABS):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is browser.search:
            break
        reached.append(QApplication.focusWidget())
    else:
        pytest.fail("Tab never came back to the search box (a keyboard trap)")
    missed = controls(browser) - set(reached) - {browser.search}
    assert not missed, [(type(w).__name__, w.accessibleName()) for w in missed]
