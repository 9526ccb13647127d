"""Input widgets the wizard pages share: a segmented rating choice (choice_row.py), debounced
text fields and the suggestion panel. They know nothing about cases: they take values and emit what the user did.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QHideEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...models import language
from ...models import provenance as prov
from ...models.palette import colours_for
from .. import translation
from ..announce import announce
from .choice_row import ChoiceRow  # noqa: F401  (the pages import it from here)

COMMIT_DELAY_MS = 600  # typing pauses this long before the text is saved


# what a provenance mark means, in the interface's language: the model's words (a scorecard
# writes the same ones in its own language)
def provenance_words(provenance) -> str:
    """"as published in the report" in the interface's language ("" without provenance)."""
    return prov.words(provenance, translation.current())


def provenance_sentence(provenance) -> str:
    """"Reference case: as published in the report (●)." in the interface's language ("" without provenance)."""
    return prov.sentence(provenance, translation.current())


def provenance_legend() -> str:
    """"Rating marks: ● as published in the report · ◐ … ." in the interface's language."""
    return prov.legend_line(translation.current())


def shown(value) -> str:
    """A framework value (a scale member) as the interface's language names it."""
    return language.label(value, translation.current())


_LONG_WORD = re.compile(r"\w{14,}")
# where German compounds join: after a linking "-ungs", "-heits" …, before "-barkeit", "-lichkeit"
_JOINT = re.compile(r"(?:(?<=ungs)|(?<=heits)|(?<=keits)|(?<=ions)|(?<=täts)|(?<=schafts))(?=\w{4})"
                    r"|(?<=\w{4})(?=(?:barkeit|lichkeit|fähigkeit)\b)")


def breakable(text: str) -> str:
    """German ``text`` whose long compound words may break at their joints (a soft hyphen,
    shown only where a line breaks: "Verweigerungs-/fähigkeit"), for narrow columns such as a
    level's card; other languages unchanged."""
    if translation.current() != "de":
        return text
    return _LONG_WORD.sub(lambda word: _JOINT.sub("\u00ad", word.group()), text)


def said(text) -> str:
    """A sentence the app wrote (a suggestion's reason, a help text: a ``Phrase``) in the
    interface's language; any other text as it is."""
    return language.localised(text, translation.current())


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
        self.setToolTip(provenance_sentence(provenance))
        self.setAccessibleName(self.tr("Provenance: %1").replace("%1", provenance_words(provenance))
                               if provenance is not None else "")
        self.setAccessibleDescription(provenance_sentence(provenance))
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


def keep_room(widget: QWidget, keep: bool) -> None:
    """Keep ``widget``'s room in the layout while it is hidden (or not)."""
    policy = widget.sizePolicy()
    if policy.retainSizeWhenHidden() != keep:
        policy.setRetainSizeWhenHidden(keep)
        widget.setSizePolicy(policy)


class SuggestionPanel(QFrame):
    """The suggestion for one field, with its reasons and a one-click accept.

    A headline that changes while the panel is on screen (the user's edit changed the
    suggestion or how the rating compares with it) is announced to screen readers; showing a
    page, or a refresh that changes nothing, is silent."""

    accept_requested = Signal()

    def __init__(self, field_label: str = "", narrow: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.narrow = narrow  # in a level's card: long German words may break (``breakable``)
        self.field_label = field_label  # e.g. "degree of leverage" (in the interface's language): what the announcement names
        self._spoken: str | None = None  # the headline last shown on screen (None: not on screen yet)
        self.setObjectName("suggestionPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setWordWrap(True)
        self.reasons = QLabel()
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setWordWrap(True)
        self.reasons.setObjectName("suggestionReasons")
        self.accept_button = QPushButton(self.tr("Use suggestion"))
        self.accept_button.setObjectName("acceptSuggestion")
        self.accept_button.clicked.connect(self.accept_requested)
        if field_label:
            self.setAccessibleName(self.tr("Suggestion for %1").replace("%1", field_label))
            self.accept_button.setAccessibleName(self.tr("Use the suggestion for %1").replace("%1", field_label))
        top = QVBoxLayout() if narrow else QHBoxLayout()  # narrow (a card): the button under the headline
        top.addWidget(self.headline, 1)
        top.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignLeft if narrow else Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.reasons)

    def show_suggestion(self, suggestion, current, override=None, read_only: bool = False) -> None:
        """``suggestion`` is a rules.Suggestion; ``current`` the stored value; ``override`` the
        recorded Override for this field, if any. All text shown is escaped."""
        value = suggestion.value
        if value is None:
            spoken = self.tr("No suggestion yet.")
            self.headline.setText(f"<b>{escape(spoken)}</b>")
        else:
            bg, fg = colours_for(value)
            name = shown(value)
            chip = f'<span style="background-color:{bg}; color:{fg}; font-weight:600;">&nbsp;{escape(name)}&nbsp;</span>'
            if current is None:
                headline, spoken = self.tr("<b>Suggested:</b> %1 — not rated yet"), self.tr("Suggested: %1 — not rated yet.")
            elif current == value:
                headline, spoken = (self.tr("<b>Suggested:</b> %1 — your rating agrees"),
                                    self.tr("Suggested: %1 — your rating agrees."))
            else:
                headline, spoken = self.tr("<b>Suggested:</b> %1"), self.tr("Suggested: %1.")
            self.headline.setText((breakable(headline) if self.narrow else headline).replace("%1", chip))
            spoken = spoken.replace("%1", name)
        fit = breakable if self.narrow else str
        items = "".join(f"<li>{fit(escape(said(r)))}</li>" for r in suggestion.reasons)
        note = ""
        if override is not None and current is not None and current != value:
            note = ('<p style="margin-top:4px;">'
                    + self.tr("<b>Your rating differs.</b> Reason given: “%1”").replace("%1", escape(override.reason))
                    + "</p>")
        self.reasons.setText(f'<ul style="margin:0; margin-left:-20px;">{items}</ul>{note}')
        keep_room(self.accept_button, not read_only)  # accepting never reflows the page; read-only never accepts
        self.accept_button.setVisible(not read_only and value is not None and current != value)
        self.setAccessibleDescription(spoken)
        self._announce(spoken)

    def _announce(self, spoken: str) -> None:
        if not self.isVisible():
            self._spoken = None  # shown off screen: the next showing is not a change
            return
        if self._spoken is not None and spoken != self._spoken:
            label = self.field_label[:1].upper() + self.field_label[1:]
            rest = spoken[:1].lower() + spoken[1:]  # "vorgeschlagen", "noch kein Vorschlag": lower case in each language
            announce(self, self.tr("%1, %2").replace("%2", rest).replace("%1", label) if label else spoken)
        self._spoken = spoken

    def hideEvent(self, event: QHideEvent) -> None:
        self._spoken = None  # coming back to the page is not a change
        super().hideEvent(event)
