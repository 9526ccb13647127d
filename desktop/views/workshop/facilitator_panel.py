"""The facilitator's controls: session and facilitator names, the questions and what comes next,
the room's counts per answer, the reason and the Record button, the timer, the notes behind the
question (help and the rules' reasons), and the decision log with its export.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...models import workshop as ws
from ...models.exchange import CaseFileError, write_text_atomic
from ...models.output_files import safe_file_name
from ..literal import plain_label
from .session import WorkshopSession


class FacilitatorPanel(QWidget):
    leave_requested = Signal()

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("facilitatorPanel")
        self.session_field = QLineEdit(placeholderText="e.g. Brussels, 12 March")
        self.facilitator_field = QLineEdit(placeholderText="your name")
        w = session.case.workshop
        self.session_field.setText(w.session or "" if w else "")
        self.facilitator_field.setText(w.facilitator or "" if w else "")
        for field in (self.session_field, self.facilitator_field):
            field.editingFinished.connect(self._save_names)
        names = QFormLayout()
        names.addRow("Session:", self.session_field)
        names.addRow("Facilitator:", self.facilitator_field)

        self.question_list = QListWidget()
        self.question_list.setAccessibleName("Questions")
        self.question_list.currentRowChanged.connect(self._list_moved)
        self.next_label = plain_label("", "hint")

        self.title = plain_label("", "cardTitle")
        self.counts_box = QGroupBox("Room's counts (Up/Down change the picked answer's count)")
        self.counts_grid = QGridLayout(self.counts_box)
        self.spinners: dict[str, QSpinBox] = {}
        self.spread_label = plain_label()
        self.reason_field = QLineEdit(placeholderText="Why the group decided so (goes into the log)")
        self.record_button = QPushButton("Record Decision (Enter)")
        self.record_button.clicked.connect(self.record)
        self.notes = plain_label("", "helpText")

        self.timer_label = QLabel("00:00", objectName="pageTitle")
        self.timer_button = QPushButton("Start (T)")
        self.timer_button.clicked.connect(session.toggle_timer)
        reset = QPushButton("Reset (R)")
        reset.clicked.connect(session.reset_timer)
        timer_row = QHBoxLayout()
        timer_row.addWidget(QLabel("Timer:"))
        timer_row.addWidget(self.timer_label)
        timer_row.addStretch(1)
        timer_row.addWidget(self.timer_button)
        timer_row.addWidget(reset)

        self.log_list = QListWidget()
        self.log_list.setAccessibleName("Decision log")
        export = QPushButton("Export Log…")
        export.clicked.connect(lambda: self.export_log())
        leave = QPushButton("Leave Workshop (Esc)")
        leave.clicked.connect(self.leave_requested)

        left = QVBoxLayout()
        left.addLayout(names)
        left.addWidget(QLabel("Questions (PageUp/PageDown or ←/→):"))
        left.addWidget(self.question_list, 1)
        left.addWidget(self.next_label)
        middle = QVBoxLayout()
        middle.addWidget(self.title)
        middle.addWidget(self.counts_box)
        middle.addWidget(self.spread_label)
        middle.addWidget(self.reason_field)
        middle.addWidget(self.record_button)
        middle.addLayout(timer_row)
        middle.addWidget(self.notes, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel("Decision log:"))
        right.addWidget(self.log_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(export)
        buttons.addWidget(leave)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(middle, 4)
        layout.addLayout(right, 3)

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
            self.question_list.item(row).setText(f"{mark}  {row + 1}. {question.short}")
        self.question_list.setCurrentRow(s.index)
        self.question_list.blockSignals(False)
        upcoming = s.next_question()
        self.next_label.setText(f"Next: {upcoming.short}" if upcoming else "Next: nothing — this is the last question.")
        self.title.setText(f"{s.index + 1}. {q.title}")
        self._fill_counts(q)
        self.spread_label.setText(s.spread().words(q))
        decided = s.decision()
        self.record_button.setText("Record Decision (Enter)" if not decided else "Record Again (Enter)")
        reasons = "\n".join(f"• {r}" for r in q.suggestion_reasons)
        suggested = q.option(q.suggested)
        notes = q.help
        if suggested:
            notes += f"\n\nThe rules suggest: {suggested.label}\n{reasons}"
        self.notes.setText(notes)
        self.log_list.clear()
        for entry in (s.case.workshop.log if s.case.workshop else []):
            when = entry.at.astimezone().strftime("%H:%M")
            why = f" — {entry.reason}" if entry.reason else ""
            self.log_list.addItem(f"{when} {entry.label}: {entry.value_label}{why}")
        self.log_list.scrollToBottom()
        self._show_timer()

    def _fill_counts(self, q: ws.Question) -> None:
        counts = self.session.counts()
        tokens = [o.token for o in q.options]
        if list(self.spinners) != tokens:
            while self.counts_grid.count():
                item = self.counts_grid.takeAt(0)
                if item.widget():
                    item.widget().deleteLater()
            self.spinners = {}
            for row, option in enumerate(q.options):
                spin = QSpinBox(maximum=9999)
                spin.setAccessibleName(f"Participants for {option.label}")
                spin.valueChanged.connect(lambda value, t=option.token: self._count_edited(t, value))
                label = plain_label(f"{row + 1}. {option.label}")
                self.counts_grid.addWidget(label, row, 0)
                self.counts_grid.addWidget(spin, row, 1)
                self.spinners[option.token] = spin
        for option in q.options:
            spin = self.spinners[option.token]
            spin.blockSignals(True)
            spin.setValue(counts.get(option.token, 0))
            spin.blockSignals(False)
            label = self.counts_grid.itemAtPosition(q.index(option.token), 0).widget()
            picked = "▶ " if option.token == self.session.selected else ""
            label.setText(f"{picked}{q.index(option.token) + 1}. {option.label}")

    def _show_timer(self) -> None:
        self.timer_label.setText(self.session.timer.text())
        self.timer_button.setText("Pause (T)" if self.session.timer.running else "Start (T)")

    # -- edits ------------------------------------------------------------------------------
    def _count_edited(self, token: str, value: int) -> None:
        self.session.set_count(token, value)

    def _list_moved(self, row: int) -> None:
        if row >= 0 and row != self.session.index:
            self.session.go_to(row)

    def _save_names(self) -> None:
        self.session.set_session(self.session_field.text(), self.facilitator_field.text())

    def record(self) -> bool:
        self._save_names()
        if self.session.decide(self.reason_field.text()):
            self.reason_field.clear()
            return True
        return False

    # -- the log ----------------------------------------------------------------------------
    def ask_log_path(self) -> str | None:  # patched in tests
        name = safe_file_name(f"{self.session.case_id}-decisions", ".md")
        path, _ = QFileDialog.getSaveFileName(self, "Export decision log", str(Path.home() / name),
                                              "Markdown or text (*.md *.txt)")
        return path or None

    def export_log(self, path: str | None = None) -> Path | None:
        path = path or self.ask_log_path()
        if not path:
            return None
        target = Path(path)
        try:  # as `rdw decisions --out` writes it: never half-written
            write_text_atomic(target, ws.decision_log_text(self.session.case),
                              protect=getattr(self.session.store, "path", None))
        except CaseFileError as error:
            self.session.failed.emit(f"The log was not saved: {error}")
            return None
        return target
