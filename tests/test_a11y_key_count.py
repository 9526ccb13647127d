"""A whole new assessment by keyboard, accepting every suggestion, in at most 60 key presses
(issue 17; it took 86 before). The script drives the real widgets: every key goes to the widget
in focus, as a user's would, and the path asserts where focus is, so a change that adds a Tab
stop or loses focus shows up here. Typed text (title, area, summary) is counted apart.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.models.scales import Step

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
LIMIT = 60


class Keyboard:
    """Presses keys on the focus widget and counts them; ``typed`` counts text characters."""

    def __init__(self, qtbot, window):
        self.qtbot, self.window = qtbot, window
        self.presses: list[str] = []
        self.typed = 0

    def focus(self):
        return QApplication.focusWidget() or (QApplication.activeWindow() or self.window).focusWidget()

    def where(self) -> str:
        """The focus as a user hears it: the row's name for a rating, else the control's name."""
        w = self.focus()
        parent = w.parentWidget() if w else None
        if parent is not None and type(parent).__name__ == "ChoiceRow":
            return parent.accessibleName()
        if w is None:
            return ""
        text = w.text().replace("&", "") if callable(getattr(w, "text", None)) else ""
        return w.accessibleName() or (text if isinstance(text, str) else "") or w.objectName()

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(self.focus(), key, modifier)
            self.presses.append(f"{modifier.name}+{key.name}" if modifier else key.name)
            self.qtbot.wait(1)

    def type(self, text: str) -> None:
        QTest.keyClicks(self.focus(), text)
        self.typed += len(text)

    def at(self, expected: str) -> None:
        assert self.where() == expected, f"after {len(self.presses)} keys focus is on {self.where()!r}"


def test_a_whole_new_assessment_in_at_most_60_key_presses(qtbot, window, file_store):
    kb = Keyboard(qtbot, window)
    window.browser.table.setFocus()

    def new_case_dialog():  # (the dialog is modal: typed from the event loop it runs)
        def dialog_has_focus():
            dialog = QApplication.activeModalWidget()
            return dialog is not None and kb.focus() is getattr(dialog, "title_edit", None)

        try:
            qtbot.waitUntil(dialog_has_focus)  # (the title field has it, as the dialog opens)
        except Exception:
            if QApplication.activeModalWidget() is not None:  # never leave the test waiting on it
                QApplication.activeModalWidget().reject()
            raise
        dialog = QApplication.activeModalWidget()
        try:
            kb.type("Quantum sensing")
            kb.press(K.Key_Tab)
            assert kb.focus() is dialog.area_edit
            kb.type("Sensors")
            kb.press(K.Key_Return)
        except AssertionError:
            dialog.reject()  # never leave the test waiting on a modal dialog
            raise

    QTimer.singleShot(0, new_case_dialog)
    kb.press(K.Key_N, CTRL)
    editor = window.editor
    assert editor is not None and editor.controller.case.title == "Quantum sensing"
    with qtbot.waitActive(window):  # (the window manager gives the window back after the dialog)
        window.activateWindow()

    # Basics: the title and area came from the dialog; the summary is still needed
    editor.steps.setFocus()  # where the editor puts it (the offscreen platform's re-activation may not)
    kb.at("Steps")
    kb.press(K.Key_Tab, times=3)
    kb.at("Summary")
    kb.type("Quantum sensors for navigation and medical imaging.")
    kb.press(K.Key_PageDown, CTRL)

    # Step 1 · Strength: each pillar a source of strength, to maintain, likely; one type of strength
    for pillar in ("Research & innovation", "IP & patents", "Production & commercialisation"):
        kb.at(f"{pillar}: source of strength")
        kb.press(K.Key_1)  # Yes
        kb.press(K.Key_Tab)
        kb.at(f"{pillar}: stance")
        kb.press(K.Key_1)  # Maintain
        kb.press(K.Key_Tab)
        kb.at(f"{pillar}: likelihood")
        kb.press(K.Key_3)  # High
        kb.press(K.Key_Tab)
    kb.at("Technological excellence")
    kb.press(K.Key_Space)
    kb.press(K.Key_PageDown, CTRL)

    # Step 2 · Leverage: the seven factors, then the suggested degree
    kb.at("Technological breakthrough needed")
    kb.press(K.Key_Space)
    kb.press(K.Key_Tab, times=len(editor.current_page().barrier_boxes))  # past the other barriers
    for row, digit in (("Substitutability", K.Key_3), ("Foreign availability", K.Key_1),
                       ("Effective utilisation", K.Key_2), ("Ethical constraints", K.Key_2),
                       ("Spillover damage", K.Key_2), ("Dual-use relevance", K.Key_2)):
        kb.at(row)
        kb.press(digit)
        kb.press(K.Key_Tab)
    kb.at("Degree of leverage")
    kb.press(K.Key_Tab)
    kb.at("Use the suggestion for degree of leverage")
    kb.press(K.Key_Space)
    kb.press(K.Key_PageDown, CTRL)

    # Step 3 · Ambition: every feasibility as suggested, with one action that comes first
    kb.at("Use all four suggestions")
    kb.press(K.Key_Space)
    kb.press(K.Key_PageDown, CTRL)

    # Step 4 · Instruments: every suggested instrument, with the catalogue's first action
    kb.at("Your instruments")
    kb.press(K.Key_Tab, times=2)  # (past "Add your own…")
    kb.at("Add all suggested (bold) instruments")
    kb.press(K.Key_Space)
    catalogue = editor.current_page().catalogue_model
    suggested = sum(1 for row in range(catalogue.rowCount()) if catalogue.is_suggested(row))

    case = file_store.get(editor.controller.case.id)
    assert [s for s in Step if not case.step_complete(s)] == [], case
    assert case.strength.types and len(case.ambition.feasibility) == 4
    assert suggested and len(case.instruments) == suggested
    assert not case.overrides  # every suggestion accepted as it was
    print(f"\nkey presses: {len(kb.presses)} (limit {LIMIT}); characters typed: {kb.typed}")
    assert len(kb.presses) <= LIMIT, kb.presses

