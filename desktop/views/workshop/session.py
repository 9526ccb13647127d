"""One workshop on one case: which question is up, which answer the facilitator has picked, the
room's counts, per-question timers, and recording decisions through the store. Both screens
listen to ``changed``; every keyboard command of the mode is a method here. It also holds the
room's language (the audience screen's), which may differ from the interface's: a Brussels
officer's laptop in English, the room in Paris in French; it is remembered for the next workshop.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from ...models import language
from ...models import workshop as ws
from ...models.case import Case
from ...models.storage.interface import CaseStorage
from ...models.storage.records import FieldConflictError, StoreError
from .. import translation
from ..error_text import error_text

ROOM_LANGUAGE = "workshop/room_language"  # QSettings key: the last room's language


def remembered_room_language() -> str:
    """The room's language of the last workshop, else the interface's."""
    try:
        return language.checked(QSettings().value(ROOM_LANGUAGE, ""))
    except language.UnknownLanguageError:
        return translation.current()


class StepTimer:
    """Elapsed time per question, started and paused by the facilitator (monotonic clock)."""

    def __init__(self, clock=time.monotonic):
        self.clock = clock
        self.elapsed: dict[str, float] = {}
        self.running_since: float | None = None
        self.key: str | None = None

    def switch(self, key: str) -> None:
        """Moving to another question pauses this one's clock; each keeps its own time."""
        running = self.running
        self.pause()
        self.key = key
        if running:
            self.start()

    @property
    def running(self) -> bool:
        return self.running_since is not None

    def start(self) -> None:
        if self.running_since is None:
            self.running_since = self.clock()

    def pause(self) -> None:
        if self.running_since is not None and self.key is not None:
            self.elapsed[self.key] = self.elapsed.get(self.key, 0.0) + self.clock() - self.running_since
        self.running_since = None

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        if self.key is not None:
            self.elapsed[self.key] = 0.0
        if self.running_since is not None:
            self.running_since = self.clock()

    def seconds(self) -> float:
        base = self.elapsed.get(self.key, 0.0) if self.key else 0.0
        return base + (self.clock() - self.running_since if self.running_since is not None else 0.0)

    def text(self) -> str:
        total = int(self.seconds())
        return f"{total // 60:02d}:{total % 60:02d}"


class WorkshopSession(QObject):
    changed = Signal()
    failed = Signal(str)  # a write the store refused: shown, nothing lost
    tick = Signal()  # once a second while the timer runs

    def __init__(self, store: CaseStorage, case_id: str, parent: QObject | None = None):
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        self.case: Case = store.get(case_id)
        self.resolve_conflict: Callable[[FieldConflictError], str] = lambda _conflict: "theirs"  # (the mode asks)
        from ..wizard.unsaved import UnsavedEdits

        self.unsaved = UnsavedEdits(self)  # decisions the database did not take yet (wizard/unsaved.py)
        self.questions = ws.questions(self.case)
        self.index = 0
        self.selected: str | None = None
        # a blind round (decision conferencing's guard against anchoring): while it is on, the
        # audience sees only how many votes are in for a question until the facilitator reveals it
        self.blind = False
        self.revealed: set[str] = set()
        self.timer = StepTimer()
        self.room_language = remembered_room_language()
        self._ticker = QTimer(self, interval=1000)
        self._ticker.timeout.connect(self.tick)
        self._go(0)

    # -- where we are ---------------------------------------------------------------------
    @property
    def question(self) -> ws.Question:
        return self.questions[self.index]

    def next_question(self) -> ws.Question | None:
        return self.questions[self.index + 1] if self.index + 1 < len(self.questions) else None

    def counts(self, question: ws.Question | None = None) -> dict[str, int]:
        q = question or self.question
        tally = self.case.workshop.tally(q.key) if self.case.workshop else None
        return dict(tally.counts) if tally else {}

    def decision(self, question: ws.Question | None = None) -> str | None:
        q = question or self.question
        tally = self.case.workshop.tally(q.key) if self.case.workshop else None
        return tally.decision if tally else None

    def current(self) -> str | None:
        return ws.current_value(self.case, self.question)

    def hidden(self) -> bool:
        """The room sees only how many votes are in (a blind round, not yet revealed)."""
        return self.blind and self.question.key not in self.revealed

    def votes_in(self) -> int:
        return sum(self.counts().get(o.token, 0) for o in self.question.options)

    def spread(self) -> ws.Spread:
        return ws.spread(self.question, self.counts())

    def _go(self, index: int) -> None:
        self.index = max(0, min(index, len(self.questions) - 1))
        self.selected = self.decision() or self.current()
        self.timer.switch(self.question.key)
        self.changed.emit()

    def go_next(self) -> None:
        self._go(self.index + 1)

    def go_previous(self) -> None:
        self._go(self.index - 1)

    def go_to(self, index: int) -> None:
        self._go(index)

    # -- what the facilitator does --------------------------------------------------------
    def select(self, number: int) -> None:
        """Number key ``number`` (1-based) picks that answer."""
        if 1 <= number <= len(self.question.options):
            self.selected = self.question.options[number - 1].token
            self.changed.emit()

    def bump(self, delta: int) -> None:
        """Up/Down: one more (or fewer) participant for the picked answer."""
        if self.selected is None:
            return
        counts = self.counts()
        self.set_count(self.selected, max(0, counts.get(self.selected, 0) + delta))

    def set_count(self, token: str, count: int) -> None:
        counts = self.counts()
        if counts.get(token, 0) == count:
            return
        counts[token] = max(0, int(count))
        self._write(ws.tally_changes(self.case, self.question, counts))

    def decide(self, reason: str | None = None) -> bool:
        """Record the picked answer as the group's decision (Enter)."""
        if self.selected is None:
            self.failed.emit(self.tr("Pick an answer first (its number key), then record the decision."))
            return False
        key, hidden = self.question.key, self.hidden()
        if hidden:
            self.revealed.add(key)  # the decision is on screen: so are the counts behind it
        if self._write(ws.decision_changes(self.case, self.question, self.selected, reason)):
            return True
        if hidden:
            self.revealed.discard(key)
        return False

    def toggle_blind(self) -> None:
        """B: blind rounds on or off. Turning them on hides the counts of every question not yet
        revealed (the current one included); off shows them all."""
        self.blind = not self.blind
        if self.blind:
            self.revealed.clear()
        self.changed.emit()

    def reveal(self) -> None:
        """V: show the room's counts for this question."""
        if self.hidden():
            self.revealed.add(self.question.key)
            self.changed.emit()

    def set_session(self, session: str | None, facilitator: str | None) -> None:
        w = self.case.workshop
        if (w.session or "" if w else "") == (session or "").strip() and \
                (w.facilitator or "" if w else "") == (facilitator or "").strip():
            return  # nothing new (no names yet is no change either)
        self._write(ws.session_changes(self.case, session, facilitator))

    def set_room_language(self, lang: str) -> None:
        """The audience screen's language from now on (and for the next workshop)."""
        lang = language.checked(lang)
        QSettings().setValue(ROOM_LANGUAGE, lang)
        if lang != self.room_language:
            self.room_language = lang
            self.changed.emit()

    def toggle_timer(self) -> None:
        self.timer.toggle()
        self._ticker.start() if self.timer.running else self._ticker.stop()
        self.tick.emit()

    def reset_timer(self) -> None:
        self.timer.reset()
        self.tick.emit()

    def _write(self, changes: dict) -> bool:
        """Save what the room decided, based on the case as the screens show it: another officer's
        change meanwhile (a team database) is merged, or the facilitator is asked which to keep
        (``resolve_conflict``; keeping theirs records nothing and the screens show theirs). A
        database that does not take it (the server away, the disk full) loses nothing: the room
        goes on, the decision is kept (``unsaved``) and saved in order when it answers again."""
        from ..conflict_saving import shown
        from ..wizard.unsaved import Pending, kept_for_later

        seen = shown(self.case, changes)
        item = Pending(changes, seen, seen, self.question.short, False)
        if self.unsaved:  # earlier decisions wait for the database: this one waits behind them
            return self._keep(item, None)
        try:
            theirs = self._apply(changes, seen)
        except (StoreError, OSError) as error:
            if isinstance(error, StoreError) and kept_for_later(error):
                return self._keep(item, error)
            self.failed.emit(error_text(error))
            return False
        return theirs is not None

    # -- as the case editor's controller, for the edits kept until the database takes them ----
    @property
    def edit_failed(self):
        return self.failed

    def _apply(self, changes: dict, seen: dict) -> dict | None:
        """Saved ({}), or None when the facilitator kept another officer's values; a store error
        is the caller's (``_write``, or ``unsaved`` retrying)."""
        from ..conflict_saving import save_asking

        from ..wizard.unsaved import with_waiting

        saved = save_asking(self.store, self.case_id, changes, seen, self.resolve_conflict)
        stored = saved if saved is not None else self.store.get(self.case_id)
        self.case = with_waiting(stored, self.unsaved.items, skip=changes)  # (decisions still waiting stay shown)
        self._follow_case()
        return None if saved is None else {}

    def push_undo(self, _item, _theirs) -> None:
        """(A workshop has no undo: its log records each decision, and the wizard changes it.)"""

    def _keep(self, item, error: StoreError | None) -> bool:
        from ...models.edits import apply_changes

        try:
            self.case, _logged = apply_changes(self.case, item.after)
        except StoreError as invalid:
            self.failed.emit(error_text(invalid))
            return False
        self.unsaved.keep(item, error_text(error) if error is not None else "")
        self._follow_case()
        return True

    def _follow_case(self) -> None:
        # suggestions (and the instrument questions) follow what the room has decided so far
        key = self.question.key
        self.questions = ws.questions(self.case)
        keys = [q.key for q in self.questions]
        self.index = keys.index(key) if key in keys else min(self.index, len(keys) - 1)
        self.changed.emit()
