"""Why not one level higher: for each level of ambition, what keeps its suggested feasibility
where it is and what it would take to raise it one step (issue 9).

Everything shown comes from ``models.evidence.why_not_higher``, i.e. from the suggestion rules,
as Phrases the panel shows in the interface's language (``widgets.said``); it writes nothing.
Each level is one line that opens (click, or Space on it) to its reasons, so four levels fit
in a small space at 1024×768. All text is plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QToolButton, QVBoxLayout, QWidget

from ...models.case import Case
from ...models.evidence import why_not_higher
from ...models.scales import Level
from .page_base import help_label, plain_label
from .widgets import said, shown

TITLE = QT_TRANSLATE_NOOP("WhyNotPanel", "Why not one level higher")
INTRO = QT_TRANSLATE_NOOP("WhyNotPanel", "For each level of ambition: what keeps the suggested feasibility where it is, "
                                         "and what it would take to raise it one step.")
EMPTY = QT_TRANSLATE_NOOP("WhyNotPanel", "Every level is already suggested as highly feasible.")
NOTHING_RECORDED = QT_TRANSLATE_NOOP("WhyNotPanel", "(no single reason recorded)")
BULLET = "  •  "


def _tr(text: str) -> str:
    return QCoreApplication.translate("WhyNotPanel", text)


def _feasibility_label(value) -> str:
    return shown(value) if value is not None else QCoreApplication.translate("WhyNotPanel", "no suggestion yet")


def hold_headline(hold) -> str:
    """``Ability to deny: Medium — not High`` (the line shown while a level is closed)."""
    if hold.next is None:
        line = QCoreApplication.translate("WhyNotPanel", "%1: %2")
    else:
        line = QCoreApplication.translate("WhyNotPanel", "%1: %2 — not %3").replace("%3", shown(hold.next))
    return line.replace("%2", _feasibility_label(hold.feasibility)).replace("%1", shown(hold.level))


def hold_details(hold) -> str:
    """The reasons under a headline: what holds the level back, then what would change it, both
    the model's sentences (Phrases) in the interface's language."""
    nothing = [BULLET + _tr(NOTHING_RECORDED)]
    back = [BULLET + said(r) for r in hold.holding_back] or nothing
    take = [BULLET + said(r) for r in hold.would_change] or nothing
    because, it_would_take = (QCoreApplication.translate("WhyNotPanel", "because:"),
                              QCoreApplication.translate("WhyNotPanel", "It would take:"))
    return "\n".join([because, *back, it_would_take, *take])


def hold_text(hold) -> str:
    """The whole entry of one level as one plain text (what the panel shows when it is open)."""
    return f"{hold_headline(hold)} {hold_details(hold)}"


class _LevelEntry(QWidget):
    """One level: a toggle line with the headline, and the reasons below it when open."""

    def __init__(self, level: Level, parent: QWidget | None = None):
        super().__init__(parent)
        self.level = level
        self.toggle = QToolButton()
        self.toggle.setObjectName("whyNotToggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setStyleSheet("QToolButton { border: none; font-weight: 600; color: #1f2328; padding: 2px 0px; }")
        self.toggle.toggled.connect(self._toggled)
        self.details = plain_label("", "whyNotDetails")
        self.details.setContentsMargins(22, 0, 0, 4)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)

    def set_hold(self, hold) -> None:
        headline = hold_headline(hold)
        self.toggle.setText(headline.replace("&", "&&"))  # "&" is shown, not taken as a mnemonic
        self.toggle.setAccessibleName(headline)
        details = hold_details(hold)
        self.details.setText(details)
        self.toggle.setAccessibleDescription(details)  # read out even while closed

    def _toggled(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.toggle.setToolTip(self.tr("Hide the reasons") if on else self.tr("Show why, and what it would take"))
        self.details.setVisible(on)


class WhyNotPanel(QFrame):
    """``set_case(case)`` after every change; a level the user opened stays open."""

    entry_toggled = Signal(object)  # the level's entry widget, after it opened or closed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("whyNotPanel")
        self.holds: list = []
        self.heading = plain_label(_tr(TITLE), "sectionHeading")
        self.intro = help_label(_tr(INTRO))
        self.empty = plain_label(_tr(EMPTY), "whyNotEmpty")
        self.would_change: dict = {}  # level -> what would raise it, in the interface's language
        self.entries = {level: _LevelEntry(level) for level in Level}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        for entry in self.entries.values():
            entry.toggle.toggled.connect(lambda _on, e=entry: self.entry_toggled.emit(e))
            entry.hide()
            layout.addWidget(entry)
        layout.addStretch(1)  # in a taller space the lines stay together at the top

    def set_case(self, case: Case) -> None:
        self.holds = list(why_not_higher(case))
        self.would_change = {hold.level: [said(line) for line in hold.would_change] for hold in self.holds}
        listed = {hold.level: hold for hold in self.holds}
        for level, entry in self.entries.items():
            hold = listed.get(level)
            if hold is not None:
                entry.set_hold(hold)
            entry.setVisible(hold is not None)
        self.empty.setVisible(not self.holds)

    # -- for the pages that hold it, and for tests ---------------------------------------------
    def text(self) -> str:
        """Everything the panel says, open or not, as plain text."""
        if not self.holds:
            return _tr(EMPTY)
        return "\n".join(hold_text(hold) for hold in self.holds)
