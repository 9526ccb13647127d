"""Review's "Go to …" links as real controls: one flat link button per step with something
listed, so a keyboard reaches each with Tab and a screen reader hears which step it opens and,
as its description, what is listed there in plain text (the links inside the formatted review
text are not exposed as links to assistive technology). Steps and counts are in the interface's
language; the listed messages are the review's (``localised`` by the page).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...models.language import label
from ...models.scales import Step
from ..literal import literal_tooltip
from .tool_words import fill, lang

LINK_STYLE = ("QPushButton#reviewLink { border: 2px solid transparent; border-radius: 3px; background: transparent;"
              " color: #0b57d0; text-decoration: underline; padding: 1px 4px; }"
              " QPushButton#reviewLink:hover { color: #083c91; }"
              " QPushButton#reviewLink:focus { border-color: #0b57d0; background: #e8f0fe; }")
# each kind's count, for one and for more (%1: the number)
KINDS = (("inconsistency", QT_TRANSLATE_NOOP("ReviewLinks", "1 inconsistency"),
          QT_TRANSLATE_NOOP("ReviewLinks", "%1 inconsistencies")),
         ("gap", QT_TRANSLATE_NOOP("ReviewLinks", "1 to do"), QT_TRANSLATE_NOOP("ReviewLinks", "%1 to do")),
         ("optional", QT_TRANSLATE_NOOP("ReviewLinks", "1 advised"), QT_TRANSLATE_NOOP("ReviewLinks", "%1 advised")),
         ("evidence", QT_TRANSLATE_NOOP("ReviewLinks", "1 evidence to check"),
          QT_TRANSLATE_NOOP("ReviewLinks", "%1 evidence to check")),
         ("advice", QT_TRANSLATE_NOOP("ReviewLinks", "1 worth considering"),
          QT_TRANSLATE_NOOP("ReviewLinks", "%1 worth considering")))


def summary(items: list[tuple[str, str]]) -> str:
    """"1 inconsistency, 2 to do" for a step's (kind, message) items."""
    parts = []
    for kind, one, many in KINDS:
        n = sum(1 for k, _m in items if k == kind)
        if n:
            parts.append(QCoreApplication.translate("ReviewLinks", one) if n == 1
                         else fill(QCoreApplication.translate("ReviewLinks", many), n))
    return ", ".join(parts)


class ReviewLinks(QWidget):
    """``set_items({step: [(kind, message), …]})`` after every refresh; hidden when nothing is listed."""

    go_to_step = Signal(object)  # a Step

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(LINK_STYLE)
        self.label = QLabel(self.tr("Go to:"))
        self.buttons: dict[Step, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        for step in Step:
            button = QPushButton(f"{label(step, lang())} →")
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
            name = label(step, lang())
            button.setAccessibleName(fill(self.tr("Go to %1: %2"), name, summary(listed)) if listed
                                     else fill(self.tr("Go to %1"), name))
            button.setAccessibleDescription(" ".join(message for _kind, message in listed))
            button.setToolTip(literal_tooltip("\n".join(message for _kind, message in listed)) if listed else "")
        self.setVisible(any(items.get(step) for step in Step))
