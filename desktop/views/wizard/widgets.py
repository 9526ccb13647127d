"""Input widgets the wizard pages share: a segmented rating choice, debounced text fields and
the suggestion panel. They know nothing about cases: they take values and emit what the user did.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...models import provenance as prov
from ...models.palette import colours_for

COMMIT_DELAY_MS = 600  # typing pauses this long before the text is saved


class ChoiceRow(QWidget):
    """One value of a scale, as a row of toggle buttons showing colour *and* label.

    Keyboard: the row takes focus as one control; Left/Right (or Up/Down) step through the
    values, Home/End jump to the ends, 1-9 pick a value directly, Delete clears the rating
    (when clearing is allowed).
    """

    chosen = Signal(object)  # the member the user picked, or None when cleared

    def __init__(self, members, *, coloured: bool = False, allow_clear: bool = True, labels: dict | None = None,
                 accessible_name: str = "", vertical: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.members = list(members)
        self.allow_clear = allow_clear
        self._value = None
        self._read_only = False
        self.provenance_mark: ProvenanceMark | None = None  # made when a reference case's rating has one
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(accessible_name)
        self.setObjectName("choiceRow")
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        layout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for member in self.members:
            text = labels[member] if labels and member in labels else member.label
            button = QPushButton(text.replace("&", "&&"))  # "&" is shown, not taken as a mnemonic
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("choice", True)
            bold = button.font()
            bold.setBold(True)  # a checked choice is bold: leave room so it is never clipped
            button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(button.text()) + 26)
            horizontal_policy = QSizePolicy.Policy.Expanding if vertical else QSizePolicy.Policy.Preferred
            button.setSizePolicy(horizontal_policy, QSizePolicy.Policy.Fixed)
            if coloured:
                bg, fg = colours_for(member)
                button.setStyleSheet(
                    f"QPushButton:checked {{ background: {bg}; color: {fg}; border-color: {bg}; font-weight: 600; }}"
                )
            button.clicked.connect(lambda checked, m=member: self._user_pick(m if checked else None))
            self.group.addButton(button)
            self.buttons.append(button)
            layout.addWidget(button)
        layout.addStretch(1)

    def value(self):
        return self._value

    def set_value(self, member) -> None:
        """Show a stored value; emits nothing."""
        self._value = member
        for m, button in zip(self.members, self.buttons):
            button.setChecked(m == member)

    def set_provenance(self, provenance) -> None:
        """Mark where a reference case's value comes from (``RatingProvenance``, or None: no
        mark), after the buttons; screen readers hear it with the row."""
        if provenance is not None and self.provenance_mark is None:
            self.provenance_mark = ProvenanceMark()
            self.layout().insertWidget(len(self.buttons), self.provenance_mark)
        if self.provenance_mark is not None:
            self.provenance_mark.set_provenance(provenance)
        self.setAccessibleDescription(prov.sentence(provenance))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for button in self.buttons:
            button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, read_only)

    def _user_pick(self, member) -> None:
        if self._read_only or (member is None and not self.allow_clear):
            self.set_value(self._value)
            return
        previous = self._value
        self.set_value(member)
        if member != previous:
            self.chosen.emit(member)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        index = self.members.index(self._value) if self._value in self.members else -1
        target = None
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
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.allow_clear:
            self._user_pick(None)
            return
        else:
            super().keyPressEvent(event)
            return
        self._user_pick(target)


class ProvenanceMark(QLabel):
    """Where a reference case's rating comes from: the shared mark ("●", explained by the page's
    legend), its meaning in the tooltip and the accessible text; hidden for user cases (no
    provenance). The mark alone keeps a rating row as narrow as it was."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("provenanceMark")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.provenance = None
        self.setVisible(False)

    def set_provenance(self, provenance) -> None:
        self.provenance = provenance
        self.setText(prov.mark(provenance))
        self.setToolTip(prov.sentence(provenance))
        self.setAccessibleName(f"Provenance: {prov.words(provenance)}" if provenance is not None else "")
        self.setAccessibleDescription(prov.sentence(provenance))
        self.setVisible(provenance is not None)


def set_check_read_only(box: QWidget, read_only: bool) -> None:
    """A check box that shows its state normally (not greyed out) but cannot be changed."""
    box.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, read_only)
    box.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus)


class _Debounced:
    """Mixin (listed before the Qt class) for text fields: emit ``committed`` after a typing
    pause, on focus-out, or on ``flush()``; read-only shows the text but takes no edits."""

    def _init_debounce(self) -> None:
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COMMIT_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._last = ""
        self._read_only = False

    def flush(self) -> None:
        self._timer.stop()
        text = self._current_text()
        if text != self._last and not self._read_only:
            self._last = text
            self.committed.emit(text)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.setReadOnly(read_only)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)

    def set_text(self, text: str | None) -> None:
        """Show a stored value without emitting, unless the user is mid-edit in this field."""
        text = text or ""
        if self._timer.isActive():
            return
        self._last = text
        if self._current_text() != text:
            self._set_current_text(text)
            self._timer.stop()  # a programmatic change is not typing


class TextField(_Debounced, QPlainTextEdit):
    committed = Signal(str)

    def __init__(self, placeholder: str = "", min_lines: int = 3, parent: QWidget | None = None):
        super().__init__(parent)
        self._init_debounce()
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * min_lines + 16)
        self.textChanged.connect(lambda: self._read_only or self._timer.start())

    def _current_text(self) -> str:
        return self.toPlainText()

    def _set_current_text(self, text: str) -> None:
        self.setPlainText(text)


class LineField(_Debounced, QLineEdit):
    committed = Signal(str)

    def __init__(self, placeholder: str = "", max_length: int = 500, parent: QWidget | None = None):
        super().__init__(parent)
        self._init_debounce()
        self.setPlaceholderText(placeholder)
        self.setMaxLength(max_length)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self.flush)

    def _current_text(self) -> str:
        return self.text()

    def _set_current_text(self, text: str) -> None:
        self.setText(text)


class SuggestionPanel(QFrame):
    """The suggestion for one field, with its reasons and a one-click accept."""

    accept_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("suggestionPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setWordWrap(True)
        self.reasons = QLabel()
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setWordWrap(True)
        self.reasons.setObjectName("suggestionReasons")
        self.accept_button = QPushButton("Use suggestion")
        self.accept_button.setObjectName("acceptSuggestion")
        self.accept_button.clicked.connect(self.accept_requested)
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.reasons)

    def show_suggestion(self, suggestion, current, override=None, read_only: bool = False) -> None:
        """``suggestion`` is a rules.Suggestion; ``current`` the stored value; ``override`` the
        recorded Override for this field, if any. All text shown is escaped."""
        value = suggestion.value
        if value is None:
            self.headline.setText("<b>No suggestion yet.</b>")
        else:
            bg, fg = colours_for(value)
            chip = f'<span style="background-color:{bg}; color:{fg}; font-weight:600;">&nbsp;{escape(value.label)}&nbsp;</span>'
            state = ""
            if current is None:
                state = " — not rated yet"
            elif current == value:
                state = " — your rating agrees"
            self.headline.setText(f"<b>Suggested:</b> {chip}{state}")
        items = "".join(f"<li>{escape(r)}</li>" for r in suggestion.reasons)
        note = ""
        if override is not None and current is not None and current != value:
            note = (f'<p style="margin-top:4px;"><b>Your rating differs.</b> Reason given: '
                    f"“{escape(override.reason)}”</p>")
        self.reasons.setText(f'<ul style="margin:0; margin-left:-20px;">{items}</ul>{note}')
        self.accept_button.setVisible(not read_only and value is not None and current != value)
