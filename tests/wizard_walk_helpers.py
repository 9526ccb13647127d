"""Helpers shared by the wizard walk tests (test_wizard_walk_*.py): page indices, ready-made step
data, opening a new case in the editor, and clicking the wizard's widgets as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionButton

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
BASICS, STRENGTH, LEVERAGE, AMBITION, INSTRUMENTS, REVIEW = range(6)

STRENGTH_DONE = {
    "pillars": {
        "research_innovation": {"present": True, "stance": "maintain", "likelihood": "high"},
        "ip_patents": {"present": False},
        "production_commercialisation": {"present": True, "stance": "regain_develop", "likelihood": "medium"},
    },
    "types": ["technological_excellence", "regulatory_political_normative"],
    "rationale": "Market studies 2023.",
}
LEVERAGE_DONE = {
    "market_entry_barriers": ["technological_breakthrough"],
    "substitutability": "very_hard",
    "foreign_availability": "limited",
    "effective_utilisation": "enforceable",
    "ethical_constraints": False,
    "spillover_damage": "medium",
    "dual_use_relevance": "some",
    "degree": "high",
    "rationale": "Few suppliers.",
}
LEVERAGE_LOW = {
    "market_entry_barriers": ["none"],
    "substitutability": "easy",
    "foreign_availability": "broad",
    "effective_utilisation": "hard_to_enforce",
    "ethical_constraints": False,
    "spillover_damage": "low",
    "dual_use_relevance": "some",
    "degree": "low",
}


def open_new(window, store, title="Quantum sensing", **fields):
    case = store.create(title, **fields)
    window.open_case(case.id)
    return case.id, window.editor


def click(qtbot, widget):
    qtbot.mouseClick(widget, LEFT)


def pick(qtbot, row, member):
    """Click the button of one value in a ChoiceRow."""
    click(qtbot, row.buttons[row.members.index(member)])


def indicator(box):
    """Where a QCheckBox's indicator is (its centre may be empty space in a wide layout)."""
    opt = QStyleOptionButton()
    box.initStyleOption(opt)
    return box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, opt, box).center()


def click_check(qtbot, box):
    """Click a QCheckBox on its indicator."""
    qtbot.mouseClick(box, LEFT, pos=indicator(box))


def click_step(qtbot, editor, row):
    rect = editor.steps.visualItemRect(editor.steps.item(row))
    qtbot.mouseClick(editor.steps.viewport(), LEFT, pos=rect.center())


def step_text(editor, row) -> str:
    return editor.steps.item(row).text()


def shown(row):
    """The value a ChoiceRow shows: the member whose button is checked (None if none)."""
    checked = [m for m, b in zip(row.members, row.buttons) if b.isChecked()]
    assert len(checked) <= 1
    return checked[0] if checked else None
