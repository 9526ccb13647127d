"""Review's "Go to …" links as real controls: one flat link button per step with something
listed, so a keyboard reaches each with Tab and a screen reader hears which step it opens and,
as its description, what is listed there in plain text (the links inside the formatted review
text are not exposed as links to assistive technology).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...models.scales import Step
from ..literal import literal_tooltip

LINK_STYLE = ("QPushButton#reviewLink { border: 2px solid transparent; border-radius: 3px; background: transparent;"
              " color: #0b57d0; text-decoration: underline; padding: 1px 4px; }"
              " QPushButton#reviewLink:hover { color: #083c91; }"
              " QPushButton#reviewLink:focus { border-color: #0b57d0; background: #e8f0fe; }")
KINDS = (("inconsistency", "inconsistency", "inconsistencies"), ("gap", "to do", "to do"),
         ("optional", "advised", "advised"),
         ("evidence", "evidence to check", "evidence to check"), ("advice", "worth considering", "worth considering"))


def summary(items: list[tuple[str, str]]) -> str:
    """"1 inconsistency, 2 to do" for a step's (kind, message) items."""
    parts = []
    for kind, one, many in KINDS:
        n = sum(1 for k, _m in items if k == kind)
        if n:
            parts.append(f"{n} {one if n == 1 else many}")
    return ", ".join(parts)


class ReviewLinks(QWidget):
    """``set_items({step: [(kind, message), …]})`` after every refresh; hidden when nothing is listed."""

    go_to_step = Signal(object)  # a Step

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(LINK_STYLE)
        self.label = QLabel("Go to:")
        self.buttons: dict[Step, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        for step in Step:
            button = QPushButton(f"{step.label} →")
            button.setObjectName("reviewLink")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, s=step: self.go_to_step.emit(s))
            button.hide()
            self.buttons[step] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def set_items(self, items: dict[Step, list[tuple[str, str]]]) -> None:
        for step, button in self.buttons.items():
            listed = items.get(step, [])
            button.setVisible(bool(listed))
            button.setAccessibleName(f"Go to {step.label}: {summary(listed)}" if listed else f"Go to {step.label}")
            button.setAccessibleDescription(" ".join(message for _kind, message in listed))
            button.setToolTip(literal_tooltip("\n".join(message for _kind, message in listed)) if listed else "")
        self.setVisible(any(items.get(step) for step in Step))
