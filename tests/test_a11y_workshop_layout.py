"""Workshop mode at the projector sizes with the facilitator's controls (F2) shown: no two
visible interactive widgets overlap, none is cut off by its window or a parent, every button is
wholly inside the window, and the controls never cover the audience screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

LITHO = "dpc2024-lithography"
SIZES = [(1024, 768), (1280, 720), (1920, 1080)]
INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit)
pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


@pytest.fixture
def mode(qtbot, window, file_store, monkeypatch):
    copy = file_store.duplicate(LITHO)
    window.reload(select=copy.id)
    mode = window.case_dialogs.start_workshop()
    monkeypatch.setattr(mode, "show_failure", lambda message: pytest.fail(message))
    qtbot.waitExposed(mode.audience_window)
    yield mode
    if window.case_dialogs.workshop is mode:
        mode.leave()


def interactive(root: QWidget) -> list[QWidget]:
    """Visible interactive widgets, outermost only (a spin box's own line edit is part of it)."""
    found = [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE) and w.isVisibleTo(root)]
    return [w for w in found if not any(isinstance(p, INTERACTIVE) for p in _ancestors(w, root))]


def _ancestors(widget: QWidget, root: QWidget):
    p = widget.parentWidget()
    while p is not None and p is not root:
        yield p
        p = p.parentWidget()


def global_rect(w: QWidget) -> QRect:
    return QRect(w.mapToGlobal(w.rect().topLeft()), w.size())


def check_fits(shell: QWidget) -> list[str]:
    problems = []
    window = global_rect(shell)
    widgets = interactive(shell)
    assert len(widgets) > 10
    for w in widgets:
        name = w.accessibleName() or getattr(w, "text", lambda: "")() or type(w).__name__
        r = global_rect(w)
        if not window.contains(r):
            problems.append(f"{name} {r} outside the window {window}")
        for parent in _ancestors(w, shell):
            if not global_rect(parent).contains(r):
                problems.append(f"{name} cut off by {type(parent).__name__} {parent.objectName()}")
                break
        if w.width() < min(w.minimumSizeHint().width(), w.sizeHint().width()) - 1 or \
                w.height() < w.minimumSizeHint().height() - 1:
            problems.append(f"{name} squeezed below its minimum: {w.size()} < {w.minimumSizeHint()}")
    for i, a in enumerate(widgets):
        for b in widgets[i + 1:]:
            if global_rect(a).intersects(global_rect(b)):
                problems.append(f"{a.accessibleName() or a} overlaps {b.accessibleName() or b}")
    return problems


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("which", ["first question", "instruments (nine answers)"])
def test_controls_fit_without_overlap_or_clipping(qtbot, mode, size, which):
    shell = mode.audience_window
    shell.showNormal()
    shell.resize(*size)
    if which != "first question":
        mode.session.go_to(next(i for i, q in enumerate(mode.session.questions) if len(q.options) == 9))
    qtbot.keyClick(shell, Qt.Key.Key_F2)
    assert mode.panel.isVisible()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: shell.size().width() == size[0] and shell.size().height() == size[1])
    QApplication.processEvents()
    assert check_fits(shell) == []
    # every button wholly inside the window, the two that were cut off included
    buttons = {b.text(): b for b in shell.findChildren(QAbstractButton) if b.isVisibleTo(shell)}
    for text in ("Export Log…", "Leave Workshop (Esc)", "Record Decision (Enter)", "Blind Round (B)", "Reveal (V)"):
        assert text in buttons and global_rect(shell).contains(global_rect(buttons[text])), text
    # the controls sit below the audience screen, never over it (the decision bar included)
    audience, panel = global_rect(mode.audience), global_rect(mode.panel)
    assert not audience.intersects(panel) and audience.bottom() < panel.top()
    assert audience.height() >= size[1] * 0.5  # the room keeps most of the screen
    # the counts' labels: the answer in full where it fits, else its number, never a cut word
    for label in mode.panel.count_labels.values():
        assert label.shown_text() in (label.full_text, label.short_text), label.full_text
        assert label.accessibleName() == label.full_text
