"""The facilitator's controls: session and facilitator names, the questions and what comes next,
the room's counts per answer (numbered as on the audience screen), the reason and the Record
button (a decision against the suggestion needs a reason, as in the wizard), the blind round and
Reveal, the timer, the notes behind the question (help and the rules' reasons), and the decision
log with its export, and the room's language (the audience screen's; the controls follow the
interface's). Every control is named for screen readers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...models import language
from ...models import workshop as ws
from ...models.exchange import CaseFileError, write_text_atomic
from ...models.output_files import safe_file_name
from .. import translation
from ..announce import announce
from ..literal import plain_label
from .session import WorkshopSession
from ..error_text import error_text


class ElidedLabel(QLabel):
    """A one-line label that fits any width: the full text where it fits, else only its
    ``short`` form (the answer's number, as on the audience screen, where its words are in
    full). The full text is always its accessible name."""

    def __init__(self, text: str = "", short: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.set_full_text(text, short)

    def set_full_text(self, text: str, short: str = "") -> None:
        self.full_text, self.short_text = text, short or text
        self.setText(text)
        self.setAccessibleName(text)  # read as it is (a tool tip would be read as its description)

    def shown_text(self) -> str:
        fm = self.fontMetrics()
        if fm.horizontalAdvance(self.full_text) <= self.width():
            return self.full_text
        return fm.elidedText(self.short_text, Qt.TextElideMode.ElideRight, self.width())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self.short_text), super().minimumSizeHint().height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.shown_text())


def _named(widget: QWidget, name: str, label: QLabel | None = None) -> QWidget:
    widget.setAccessibleName(name)
    if label is not None:
        label.setBuddy(widget)  # on Linux, the "labelled by" relation screen readers follow
    return widget


class FacilitatorPanel(QWidget):
    """Three columns that fit under the audience screen at 1024×768: the session and the
    questions; the counts, the reason and the decision; the notes, the log and leaving."""

    leave_requested = Signal()

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("facilitatorPanel")
        self.setAccessibleName(self.tr("Facilitator controls"))
        self.lang = translation.current()  # the controls' language; the room's is the session's
        self.session_field = QLineEdit(placeholderText=self.tr("e.g. Brussels, 12 March"))
        self.facilitator_field = QLineEdit(placeholderText=self.tr("your name"))
        w = session.case.workshop
        self.session_field.setText(w.session or "" if w else "")
        self.facilitator_field.setText(w.facilitator or "" if w else "")
        for field in (self.session_field, self.facilitator_field):
            field.editingFinished.connect(self._save_names)
        self.room_language = QComboBox()
        for code in language.LANGUAGES:  # each language by its own name, as a room would look for it
            self.room_language.addItem(language.NAMES[code], code)
        self.room_language.setCurrentIndex(language.LANGUAGES.index(session.room_language))
        self.room_language.setAccessibleDescription(self.tr(
            "The language of the audience screen: questions, answers, counts and decisions"))
        self.room_language.currentIndexChanged.connect(
            lambda index: session.set_room_language(language.LANGUAGES[index]))
        names = QFormLayout()
        names.addRow(self.tr("Session:"), _named(self.session_field, self.tr("Session")))
        names.addRow(self.tr("Facilitator:"), _named(self.facilitator_field, self.tr("Facilitator")))
        names.addRow(self.tr("Room's language:"), _named(self.room_language, self.tr("Room's language")))

        self.question_list = QListWidget()
        questions_label = QLabel(self.tr("Questions (PageUp/PageDown or ←/→):"))
        _named(self.question_list, self.tr("Questions"), questions_label)
        self.question_list.currentRowChanged.connect(self._list_moved)
        self.next_label = plain_label("", "hint")

        self.title = plain_label("", "cardTitle")
        self.counts_box = QGroupBox(self.tr("Room's counts (number key, then Up/Down)"))
        self.counts_grid = QGridLayout(self.counts_box)
        self.counts_grid.setContentsMargins(6, 4, 6, 4)
        self.counts_grid.setVerticalSpacing(2)
        self.spinners: dict[str, QSpinBox] = {}
        self.count_labels: dict[str, ElidedLabel] = {}
        self.spread_label = plain_label()
        self.reason_field = QLineEdit(placeholderText=self.tr("Why the group decided so (goes into the log)"))
        reason_label = QLabel(self.tr("Reason:"))
        _named(self.reason_field, self.tr("Reason for the decision"), reason_label)
        self.record_button = QPushButton(self.tr("Record Decision (Enter)"))
        self.record_button.clicked.connect(self.record)
        reason_row = QHBoxLayout()
        reason_row.addWidget(reason_label)
        reason_row.addWidget(self.reason_field, 1)
        reason_row.addWidget(self.record_button)
        self.blind_button = QPushButton(self.tr("Blind Round (B)"), checkable=True)
        self.blind_button.setAccessibleDescription(self.tr(
            "The room sees only how many votes are in, not how they are spread, until you reveal them"))
        self.blind_button.clicked.connect(lambda _checked: session.toggle_blind())
        self.reveal_button = QPushButton(self.tr("Reveal (V)"))
        self.reveal_button.setAccessibleDescription(self.tr("Show the room's counts for this question"))
        self.reveal_button.clicked.connect(session.reveal)
        self.blind_label = plain_label("")
        blind_row = QHBoxLayout()
        blind_row.addWidget(self.blind_button)
        blind_row.addWidget(self.reveal_button)
        blind_row.addWidget(self.blind_label, 1)

        self.timer_label = QLabel("00:00", objectName="pageTitle")
        self.timer_label.setAccessibleDescription(self.tr("Time on this question"))
        self.timer_button = QPushButton(self.tr("Start (T)"))
        self.timer_button.clicked.connect(session.toggle_timer)
        reset = QPushButton(self.tr("Reset (R)"))
        reset.clicked.connect(session.reset_timer)
        timer_row = QHBoxLayout()
        timer_row.addWidget(self.timer_label)
        timer_row.addStretch(1)
        timer_row.addWidget(self.timer_button)
        timer_row.addWidget(reset)

        self.notes = QPlainTextEdit(readOnly=True)
        notes_label = QLabel(self.tr("Notes on this question:"))
        _named(self.notes, self.tr("Notes on this question"), notes_label)
        self.notes.setTabChangesFocus(True)
        self.log_list = QListWidget()
        log_label = QLabel(self.tr("Decision log:"))
        _named(self.log_list, self.tr("Decision log"), log_label)
        export = QPushButton(self.tr("Export Log…"))
        export.clicked.connect(lambda: self.export_log())
        leave = QPushButton(self.tr("Leave Workshop (Esc)"))
        leave.clicked.connect(self.leave_requested)

        # decisions the database did not take yet (the server away): kept, said, retried (wizard/unsaved.py)
        self.unsaved_banner = QFrame(objectName="readOnlyBanner")
        self.unsaved_text = ElidedLabel()  # one line: the columns keep their room (the rest: its tooltip)
        self.unsaved_text.setObjectName("bannerText")
        self.unsaved_text.setMinimumWidth(1)
        self.retry_button = QPushButton(self.tr("Retry Now"))
        self.retry_button.clicked.connect(self._retry_now)
        unsaved_row = QHBoxLayout(self.unsaved_banner)
        unsaved_row.setContentsMargins(8, 4, 8, 4)
        unsaved_row.addWidget(self.unsaved_text, 1)
        unsaved_row.addWidget(self.retry_button)
        self.unsaved_banner.hide()
        session.unsaved.changed.connect(self._on_unsaved)

        left = QVBoxLayout()
        left.addLayout(names)
        left.addWidget(questions_label)
        left.addWidget(self.question_list, 1)
        left.addWidget(self.next_label)
        left.addLayout(timer_row)
        middle = QVBoxLayout()
        middle.addWidget(self.title)
        middle.addWidget(self.counts_box)
        middle.addWidget(self.spread_label)
        middle.addStretch(1)
        middle.addLayout(reason_row)
        middle.addLayout(blind_row)
        right = QVBoxLayout()
        right.addWidget(notes_label)
        right.addWidget(self.notes, 1)
        right.addWidget(log_label)
        right.addWidget(self.log_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(export)
        buttons.addWidget(leave)
        right.addLayout(buttons)
        layout = QHBoxLayout()
        layout.addLayout(left, 3)
        layout.addLayout(middle, 4)
        layout.addLayout(right, 3)
        outer = QVBoxLayout(self)  # (the not-saved banner across the panel, above the columns)
        outer.setContentsMargins(8, 6, 8, 6)
        outer.setSpacing(4)
        outer.addWidget(self.unsaved_banner)
        outer.addLayout(layout, 1)
        for column in (left, middle, right):
            column.setSpacing(4)

        session.changed.connect(self.refresh)
        session.tick.connect(self._show_timer)
        self.refresh()

    # -- showing the session ----------------------------------------------------------------
    def refresh(self) -> None:
        s = self.session
        q = s.question
        self.question_list.blockSignals(True)
        if self.question_list.count() != len(s.questions):
            self.question_list.clear()
            self.question_list.addItems(["" for _ in s.questions])
        for row, question in enumerate(s.questions):
            mark = "✓" if s.decision(question) else "○"
            self.question_list.item(row).setText(f"{mark}  {row + 1}. {self.said(question.short)}")
        self.question_list.setCurrentRow(s.index)
        self.question_list.blockSignals(False)
        upcoming = s.next_question()
        self.next_label.setText(self.tr("Next: %1").replace("%1", self.said(upcoming.short)) if upcoming
                                else self.tr("Next: nothing — this is the last question."))
        self.title.setText(f"{s.index + 1}. {self.said(q.title)}")
        self._fill_counts(q)
        # in a blind round the spread would tell the room what the audience screen hides (the
        # controls may be on the projected screen): only "votes in" until Reveal
        self.spread_label.setText(self.tr("%n vote(s) in (blind round)", "", s.votes_in()) if s.hidden()
                                  else s.spread().words(q, self.lang))
        decided = s.decision()
        self.record_button.setText(self.tr("Record Decision (Enter)") if not decided else self.tr("Record Again (Enter)"))
        reasons = "\n".join(f"• {self.said(r)}" for r in q.suggestion_reasons)
        suggested = q.option(q.suggested)
        notes = self.said(q.help)
        if suggested:
            notes += "\n\n" + self.tr("The rules suggest: %1").replace("%1", self.said(suggested.label)) + f"\n{reasons}"
        if self.notes.toPlainText() != notes:
            self.notes.setPlainText(notes)
        self.blind_button.setChecked(s.blind)
        self.reveal_button.setEnabled(s.hidden())
        if s.hidden():
            self.blind_label.setText(self.tr("Room sees: %n vote(s) in", "", s.votes_in()))
        else:
            self.blind_label.setText(self.tr("Counts revealed") if s.blind else "")
        self.blind_label.setVisible(bool(self.blind_label.text()))
        self.log_list.clear()
        asked = {question.key: question for question in s.questions}
        for entry in (s.case.workshop.log if s.case.workshop else []):
            when = entry.at.astimezone().strftime("%H:%M")
            why = f" — {entry.reason}" if entry.reason else ""
            self.log_list.addItem(f"{when} {self._logged(entry, asked.get(entry.question))}{why}")
        self.log_list.scrollToBottom()
        self._show_timer()

    def said(self, text: str) -> str:
        """A question's or answer's words in the interface's language (a case's text as written)."""
        return language.localised(text, self.lang)

    def _logged(self, entry, question: ws.Question | None) -> str:
        """A log line's question and answer in the interface's language where the question is
        still asked and the answer still offered; else as the log stored them (English)."""
        option = question.option(entry.value) if question else None
        if option is None or entry.label != question.short:
            return f"{entry.label}: {entry.value_label}"
        return f"{self.said(question.short)}: {self.said(option.label)}"

    def _fill_counts(self, q: ws.Question) -> None:
        """A number and a count per answer, in up to three columns so nine fit in three rows."""
        counts = self.session.counts()
        tokens = [o.token for o in q.options]
        if list(self.spinners) != tokens:
            while self.counts_grid.count():
                item = self.counts_grid.takeAt(0)
                if item.widget():  # gone at once: never shown, overlapped or read out again
                    item.widget().hide()
                    item.widget().setParent(None)
                    item.widget().deleteLater()
            self.spinners, self.count_labels = {}, {}
            for column in range(self.counts_grid.columnCount()):  # (a grid keeps its stretches)
                self.counts_grid.setColumnStretch(column, 0)
            columns = 1 if len(tokens) <= 3 else 2 if len(tokens) <= 6 else 3
            rows = -(-len(tokens) // columns)
            for n, option in enumerate(q.options):
                spin = QSpinBox(maximum=9999)
                spin.valueChanged.connect(lambda value, t=option.token: self._count_edited(t, value))
                label = ElidedLabel(f"{n + 1}. {self.said(option.label)}", f"{n + 1}.")
                _named(spin, self.tr("Participants for %1").replace("%1", f"{n + 1}. {self.said(option.label)}"), label)
                row, column = n % rows, 2 * (n // rows)
                self.counts_grid.addWidget(label, row, column)
                self.counts_grid.addWidget(spin, row, column + 1)
                self.counts_grid.setColumnStretch(column, 1)
                self.spinners[option.token] = spin
                self.count_labels[option.token] = label
        for n, option in enumerate(q.options):
            spin = self.spinners[option.token]
            spin.blockSignals(True)
            spin.setValue(counts.get(option.token, 0))
            spin.blockSignals(False)
            picked = "▶ " if option.token == self.session.selected else ""
            self.count_labels[option.token].set_full_text(f"{picked}{n + 1}. {self.said(option.label)}",
                                                          f"{picked}{n + 1}.")

    def _retry_now(self) -> None:
        """A press is answered: still refused for the same reason, the reason is said again."""
        if (still := self.session.unsaved.retry_now()) is not None:
            announce(self, self.tr("Not saved yet: %1").replace("%1", still))

    def _on_unsaved(self, reason: str) -> None:
        """Said once per change of state, in the panel and to a screen reader; never on the
        audience's screen (the room goes on)."""
        waiting = bool(reason)
        if waiting:
            said = self.tr("Not saved yet: %1").replace("%1", reason)
            kept = self.tr("The room's decisions are kept here and in %1, and saved in order as soon as the database "
                           "can be reached.").replace("%1", str(self.session.unsaved.recovery or ""))
            self.unsaved_text.set_full_text(said)
            self.unsaved_text.setToolTip(said + "\n" + kept)
            self.unsaved_text.setAccessibleDescription(kept)
            self.retry_button.setAccessibleDescription(self.tr("Save the kept decisions now") + ". " + said)
            announce(self, said + "\n" + kept)
        elif not self.unsaved_banner.isHidden():
            if self.unsaved_banner.isAncestorOf(QApplication.focusWidget()):
                self.question_list.setFocus()  # (Retry goes with the banner: focus to a known place)
            announce(self, self.tr("All decisions saved"))
        self.unsaved_banner.setVisible(waiting)

    def _show_timer(self) -> None:
        self.timer_label.setText(self.session.timer.text())
        self.timer_button.setText(self.tr("Pause (T)") if self.session.timer.running else self.tr("Start (T)"))

    # -- edits ------------------------------------------------------------------------------
    def _count_edited(self, token: str, value: int) -> None:
        self.session.set_count(token, value)

    def _list_moved(self, row: int) -> None:
        if row >= 0 and row != self.session.index:
            self.session.go_to(row)

    def _save_names(self) -> None:
        self.session.set_session(self.session_field.text(), self.facilitator_field.text())

    def ask_reason(self, field_label: str, suggested: str, chosen: str) -> str | None:
        """Why the room departs from the suggestion: the wizard's dialog (patched in tests)."""
        from ..wizard.override_dialog import ask_override_reason

        return ask_override_reason(self.window(), field_label, suggested, chosen)

    def record(self) -> bool:
        """Enter: record the picked answer. One that departs from the rules' suggestion needs a
        reason, as in the wizard: the one typed, else asked for; cancelling records nothing."""
        self._save_names()
        s = self.session
        q = s.question
        reason = self.reason_field.text().strip()
        if not reason and ws.needs_reason(q, s.selected):
            reason = self.ask_reason(self.said(q.short), self.said(q.option(q.suggested).label),
                                     self.said(q.option(s.selected).label))
            if not reason:
                return False
        if s.decide(reason):
            self.reason_field.clear()
            return True
        return False

    # -- the log ----------------------------------------------------------------------------
    def ask_log_path(self) -> str | None:  # patched in tests
        name = safe_file_name(f"{self.session.case_id}-decisions", ".md")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export decision log"), str(Path.home() / name),
                                              self.tr("Markdown or text (*.md *.txt)"))
        return path or None

    def export_log(self, path: str | None = None) -> Path | None:
        path = path or self.ask_log_path()
        if not path:
            return None
        target = Path(path)
        try:  # as `rdw decisions --out` writes it: never half-written
            write_text_atomic(target, ws.decision_log_text(self.session.case, self.lang),  # the officer's language
                              protect=getattr(self.session.store, "path", None))
        except CaseFileError as error:
            self.session.failed.emit(self.tr("The log was not saved: %1").replace("%1", error_text(error)))
            return None
        return target
