"""Why not one level higher: for each level of ambition, what keeps its suggested feasibility
where it is and what it would take to raise it one step (issue 9).

Everything shown comes from ``models.evidence.why_not_higher``, i.e. from the suggestion rules;
the panel writes nothing. Each level is one line that opens (click, or Space on it) to its
reasons, so four levels fit in a small space at 1024×768. All text is plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QToolButton, QVBoxLayout, QWidget

from ...models import language
from ...models.case import Case
from ...models.evidence import why_not_higher
from ...models.scales import Level, MarketEntryBarrier, Pillar, StrengthType
from ...models.sensitivity import analyse
from .. import translation
from .page_base import help_label, lower_first, plain_label
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


def hold_details(hold, would_change: list[str] | None = None) -> str:
    """The reasons under a headline: what holds the level back, then what would change it
    (``would_change``: those changes in the interface's language; ``hold.would_change`` when None)."""
    nothing = [BULLET + _tr(NOTHING_RECORDED)]
    back = [BULLET + said(r) for r in hold.holding_back] or nothing
    take = [BULLET + r for r in (hold.would_change if would_change is None else would_change)] or nothing
    because, it_would_take = (QCoreApplication.translate("WhyNotPanel", "because:"),
                              QCoreApplication.translate("WhyNotPanel", "It would take:"))
    return "\n".join([because, *back, it_would_take, *take])


def hold_text(hold, would_change: list[str] | None = None) -> str:
    """The whole entry of one level as one plain text (what the panel shows when it is open)."""
    return f"{hold_headline(hold)} {hold_details(hold, would_change)}"


# -- what would raise a level, in the interface's language --------------------------------------
# ``evidence.change_sentence`` words these in English only; the same sentence is built here from
# the sensitivity analysis's flips (a test checks that the English is word for word the same).
_WORDS = {  # sensitivity.value_label's words for values that are no framework value
    None: QT_TRANSLATE_NOOP("WhyNotPanel", "not rated"),
    (True, True): QT_TRANSLATE_NOOP("WhyNotPanel", "ticked"), (False, True): QT_TRANSLATE_NOOP("WhyNotPanel", "not ticked"),
    (True, False): QT_TRANSLATE_NOOP("WhyNotPanel", "yes"), (False, False): QT_TRANSLATE_NOOP("WhyNotPanel", "no"),
}
_PILLAR_INPUTS = {"present": QT_TRANSLATE_NOOP("WhyNotPanel", "%1: a source of strength"),
                  "stance": QT_TRANSLATE_NOOP("WhyNotPanel", "%1: stance"),
                  "likelihood": QT_TRANSLATE_NOOP("WhyNotPanel", "%1: likelihood")}
_BARRIER = QT_TRANSLATE_NOOP("WhyNotPanel", "Market-entry barrier “%1”")
_BARRIER_NONE = QT_TRANSLATE_NOOP("WhyNotPanel", "Market-entry barrier “%1” (clears the others)")


def _value(value, ticked: bool) -> str:
    """``sensitivity.value_label(value, ticked).lower()`` in the interface's language."""
    if value is None:
        return _tr(_WORDS[None])
    if isinstance(value, bool):
        return _tr(_WORDS[(value, ticked)])
    return lower_first(shown(value))


def factor_label(change) -> str:
    """What a flip changes ("Substitutability", "IP & patents: stance"), as ``sensitivity`` names it."""
    parts = change.key.split(".")
    if parts[:2] == ["leverage", "market_entry_barriers"]:
        clears = str(change.label).endswith("(clears the others)")  # "no substantial barrier" ticked
        return _tr(_BARRIER_NONE if clears else _BARRIER).replace("%1", shown(MarketEntryBarrier(parts[2])))
    if parts == ["leverage", "degree"]:
        return QCoreApplication.translate("WhyNotPanel", "Your degree of leverage")
    if parts[0] == "leverage":
        return language.term(f"term.{parts[1]}", translation.current())
    if parts[:2] == ["strength", "pillars"]:
        return _tr(_PILLAR_INPUTS[parts[3]]).replace("%1", shown(Pillar(parts[2])))
    if parts[:2] == ["strength", "types"]:
        return QCoreApplication.translate("WhyNotPanel", "Type of strength “%1”").replace("%1", shown(StrengthType(parts[2])))
    return said(change.label)


def change_line(flip) -> str:
    """"Substitutability: hard → very hard would raise it to high (+1)" in the interface's language."""
    change, ticked = flip.change, flip.change.is_membership
    if flip.before is None:  # the level had no suggestion: no step to count
        template = QCoreApplication.translate("WhyNotPanel", "%1: %2 → %3 would raise it to %4")
    else:
        template = QCoreApplication.translate("WhyNotPanel", "%1: %2 → %3 would raise it to %4 (%5)")
    filled = {"%5": f"{flip.steps:+d}", "%4": _value(flip.after, False), "%3": _value(change.after, ticked),
              "%2": _value(change.before, ticked), "%1": factor_label(change)}
    for marker, text in filled.items():  # from %5 down, so no filled text is read as a marker
        template = template.replace(marker, text)
    return template


def would_change_lines(case: Case, holds) -> dict:
    """Level → the changes that would raise its suggestion, as ``why_not_higher`` lists them,
    in the interface's language (English: ``hold.would_change`` itself, no second analysis)."""
    if translation.current() == language.SOURCE or not holds:
        return {hold.level: list(hold.would_change) for hold in holds}
    sensitivity = analyse(case)
    out = {}
    for hold in holds:
        value = hold.feasibility
        raising = [f for f in sensitivity.flips_for(f"feasibility.{hold.level.value}")
                   if f.after is not None and (value is None or f.after.rank > value.rank)]
        out[hold.level] = [change_line(f) for f in raising]
    return out


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

    def set_hold(self, hold, would_change: list[str] | None = None) -> None:
        headline = hold_headline(hold)
        self.toggle.setText(headline.replace("&", "&&"))  # "&" is shown, not taken as a mnemonic
        self.toggle.setAccessibleName(headline)
        details = hold_details(hold, would_change)
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
        self.would_change: dict = {}  # level -> its changes in the interface's language
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
        self.would_change = would_change_lines(case, self.holds)
        listed = {hold.level: hold for hold in self.holds}
        for level, entry in self.entries.items():
            hold = listed.get(level)
            if hold is not None:
                entry.set_hold(hold, self.would_change[level])
            entry.setVisible(hold is not None)
        self.empty.setVisible(not self.holds)

    # -- for the pages that hold it, and for tests ---------------------------------------------
    def text(self) -> str:
        """Everything the panel says, open or not, as plain text."""
        if not self.holds:
            return _tr(EMPTY)
        return "\n".join(hold_text(hold, self.would_change.get(hold.level)) for hold in self.holds)
