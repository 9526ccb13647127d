"""A rating as a named group of radio buttons that look like segments (colour *and* label).

Screen readers hear a group ("Degree of leverage") whose values are radio buttons with a checked
state, and the row's description says the current value ("Medium", "Not rated") and its evidence.
The row is one Tab stop: only the checked value (or the first, when unrated) takes Tab focus, and
the row hands focus to it. Arrows, Home/End, 1-9 and Delete move focus and value together.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QBoxLayout, QGroupBox, QRadioButton, QSizePolicy, QWidget

from ...models import language
from ...models.palette import colours_for
from .. import translation
from ..keys import declare

CONTEXT = QT_TRANSLATE_NOOP("Keys", "Rating (in the wizard)")
EVIDENCE_KEY = "F4"  # free in the main window and the editor (see window/actions.py)
# the keyboard reference translates these in the "Keys" context (as every declaring module)
declare(CONTEXT, QT_TRANSLATE_NOOP("Keys", "Left / Right or Up / Down"),
        QT_TRANSLATE_NOOP("Keys", "Choose the previous or next value"))
declare(CONTEXT, QT_TRANSLATE_NOOP("Keys", "Home / End"), QT_TRANSLATE_NOOP("Keys", "Choose the first or the last value"))
declare(CONTEXT, QT_TRANSLATE_NOOP("Keys", "1 … 9"),
        QT_TRANSLATE_NOOP("Keys", "Choose a value by its place: 1 is the first value shown"))
declare(CONTEXT, QT_TRANSLATE_NOOP("Keys", "Space"),
        QT_TRANSLATE_NOOP("Keys", "Choose the value in focus; on the chosen value, clear the rating"))
declare(CONTEXT, QT_TRANSLATE_NOOP("Keys", "Delete"), QT_TRANSLATE_NOOP("Keys", "Clear the rating (where a rating may be empty)"))
declare(CONTEXT, EVIDENCE_KEY,
        QT_TRANSLATE_NOOP("Keys", "Open the evidence behind the rating (sources, confidence, dissent)"))

NOT_RATED = QT_TRANSLATE_NOOP("ChoiceRow", "Not rated")  # shown through not_rated()
FOCUS_RING = "#1a3d6d"  # navy: 11:1 against the white page, 10:1 against a card's grey


def not_rated() -> str:
    """"Not rated" in the interface's language."""
    return QCoreApplication.translate("ChoiceRow", NOT_RATED)


def evidence_hint(summary: str) -> str:
    """"No sources (F4 opens the evidence).": a rating's evidence state as its input says it."""
    return QCoreApplication.translate("ChoiceRow", "%1 (%2 opens the evidence).").replace(
        "%2", EVIDENCE_KEY).replace("%1", summary)


class SegmentButton(QRadioButton):
    """A radio button drawn as a segment (style.qss): a click anywhere on it counts, and a click
    (or Space) on the chosen value clears it. Auto-exclusive, so screen readers hear a radio
    button (Qt calls a non-exclusive one a check box)."""

    def hitButton(self, pos) -> bool:
        return self.rect().contains(pos)


def set_checked(button: QRadioButton, checked: bool) -> None:
    """Check or uncheck an auto-exclusive button (Qt refuses to uncheck the checked one)."""
    if checked or not button.isChecked():
        button.setChecked(checked)
        return
    button.setAutoExclusive(False)
    button.setChecked(False)
    button.setAutoExclusive(True)


class ChoiceRow(QGroupBox):
    """One value of a scale; ``chosen`` carries the member the user picked (None: cleared)."""

    chosen = Signal(object)

    def __init__(self, members, *, coloured: bool = False, allow_clear: bool = True, labels: dict | None = None,
                 accessible_name: str = "", vertical: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.members = list(members)
        self.allow_clear = allow_clear
        self._value = None
        self._read_only = False
        self._provenance_text = ""
        self._evidence_text = ""
        self.focused = False  # a value has focus: the row draws its focus ring
        self.provenance_mark = None  # a ProvenanceMark, made when a reference case's rating has one
        self.setObjectName("choiceRow")
        self.setFlat(True)
        self.setAccessibleName(accessible_name)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the focus proxy (a value) is the Tab stop
        self._filter = _KeyForwarder(self)
        direction = QBoxLayout.Direction.TopToBottom if vertical else QBoxLayout.Direction.LeftToRight
        layout = QBoxLayout(direction, self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(4)
        self.buttons: list[SegmentButton] = []
        for member in self.members:
            text = labels[member] if labels and member in labels else language.label(member, translation.current())
            button = SegmentButton(text.replace("&", "&&"))  # "&" is shown, not taken as a mnemonic
            button.setProperty("choice", True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            bold = button.font()
            bold.setBold(True)  # a checked choice is bold: leave room so it is never clipped
            button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(button.text()) + 26)
            horizontal_policy = QSizePolicy.Policy.Expanding if vertical else QSizePolicy.Policy.Preferred
            button.setSizePolicy(horizontal_policy, QSizePolicy.Policy.Fixed)
            if coloured:
                bg, fg = colours_for(member)
                button.setStyleSheet(
                    f"QRadioButton:checked {{ background: {bg}; color: {fg}; border-color: {bg}; font-weight: 600; }}"
                )
            button.clicked.connect(lambda _checked, m=member: self._user_pick(None if m == self._value else m))
            button.installEventFilter(self._filter)
            self.buttons.append(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self._update_focus_stop()
        self._describe()

    # -- value ----------------------------------------------------------------------------------
    def value(self):
        return self._value

    def value_text(self) -> str:
        """The current value in words, as the buttons show it ("Medium"; "Not rated")."""
        if self._value in self.members:
            return self.buttons[self.members.index(self._value)].text().replace("&&", "&")
        return not_rated()

    def set_value(self, member) -> None:
        """Show a stored value; emits nothing (but screen readers hear a changed state)."""
        self._value = member
        for m, button in zip(self.members, self.buttons):
            if button.isChecked() != (m == member):
                set_checked(button, m == member)
        self._update_focus_stop()
        self._describe()

    def set_provenance(self, provenance) -> None:
        """Mark where a reference case's value comes from (``RatingProvenance``, or None: no
        mark), after the buttons; screen readers hear it with the row."""
        if provenance is not None and self.provenance_mark is None:
            from .widgets import ProvenanceMark

            self.provenance_mark = ProvenanceMark()
            self.layout().insertWidget(len(self.buttons), self.provenance_mark)
        if self.provenance_mark is not None:
            self.provenance_mark.set_provenance(provenance)
        from .widgets import provenance_sentence

        self._provenance_text = provenance_sentence(provenance)
        self._describe()

    def set_evidence_text(self, text: str) -> None:
        """The evidence state in words ("No sources"), said with the value, with its key."""
        self._evidence_text = text
        self._describe()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for button in self.buttons:
            button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, read_only)

    def _describe(self) -> None:
        parts = [self.tr("%1.").replace("%1", self.value_text())]
        if self._provenance_text:
            parts.append(self._provenance_text)
        if self._evidence_text:
            parts.append(evidence_hint(self._evidence_text))
        description = " ".join(parts)
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)  # Qt sends the change to screen readers

    def _update_focus_stop(self) -> None:
        """Only the checked value (or the first) is a Tab stop; the row hands focus to it."""
        index = self.members.index(self._value) if self._value in self.members else 0
        current = self.buttons[index]
        had_focus = any(b.hasFocus() for b in self.buttons)
        for button in self.buttons:
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is current else Qt.FocusPolicy.NoFocus)
        self.setFocusProxy(current)
        if had_focus and not current.hasFocus():
            current.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_focused(self, focused: bool) -> None:
        if focused != self.focused:
            self.focused = focused
            self.update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.focused:  # drawn here, not by the style sheet: it shows whatever the style
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(FOCUS_RING), 2))
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 5, 5)

    # -- the user ---------------------------------------------------------------------------------
    def _user_pick(self, member) -> None:
        if self._read_only or (member is None and not self.allow_clear):
            self.set_value(self._value)
            return
        previous = self._value
        self.set_value(member)
        if member != previous:
            self.chosen.emit(member)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Arrows, Home/End, 1-9 and Delete; True when the key was the row's."""
        key = event.key()
        if event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
            return False  # Ctrl+PgDown, Alt+N … belong to the window
        index = self.members.index(self._value) if self._value in self.members else -1
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            target = self.members[min(len(self.members) - 1, index + 1)]
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            target = self.members[max(0, index - 1)] if index >= 0 else self.members[0]
        elif key == Qt.Key.Key_Home:
            target = self.members[0]
        elif key == Qt.Key.Key_End:
            target = self.members[-1]
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_1 < len(self.members):
            target = self.members[key - Qt.Key.Key_1]  # 1 = first value, 2 = second, …
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self.allow_clear:
                self._user_pick(None)
            return True
        else:
            return False
        self._user_pick(target)
        return True


class _KeyForwarder(QObject):
    """Gives a value's keys to its row (a radio button would otherwise move focus alone), and
    keeps the row's focus ring in step with its values' focus."""

    def __init__(self, row: ChoiceRow):
        super().__init__(row)
        self.row = row

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            return self.row.handle_key(event)
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.row.set_focused(kind == QEvent.Type.FocusIn)
        return False
