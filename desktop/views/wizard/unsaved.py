"""Edits the database did not take (issue 22: the team database's server away, the network gone;
a full disk too): never lost. Each is kept in order, the page keeps showing it, the case as the
user has it is written at once to a recovery file in the data folder (an exchange file: File ▸
Import brings it back), and the edits are saved, in order, as soon as the database takes them
again (tried every few seconds, or at once with Retry). Once all are saved the recovery file goes.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from ...models.storage.records import (
    FieldConflictError,
    FieldValueError,
    ReadOnlyCaseError,
    ReadOnlyStoreError,
    StoreError,
    UnknownCaseError,
)
from ..error_text import error_text

if TYPE_CHECKING:
    from .controller import CaseEditorController

RETRY_MS = 5000


def kept_for_later(error: StoreError) -> bool:
    """A failure of the database, not of the edit: worth keeping and trying again."""
    return not isinstance(error, (FieldValueError, ReadOnlyStoreError, ReadOnlyCaseError, UnknownCaseError,
                                  FieldConflictError))


class Pending(NamedTuple):
    after: dict[str, Any]
    seen: dict[str, Any]
    before: dict[str, Any]
    text: str
    mergeable: bool


class UnsavedEdits(QObject):
    """``changed(reason)``: why edits wait ("" once all are saved); ``recovery`` is the file."""

    changed = Signal(str)

    def __init__(self, controller: CaseEditorController):
        super().__init__(controller)
        self.controller = controller
        self.items: list[Pending] = []
        self.recovery: Path | None = None
        self.reason = ""
        self._busy = False
        self.dropped = False  # an edit refused for good: its recovery file stays
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.retry)

    def __bool__(self) -> bool:
        return bool(self.items)

    def keep(self, item: Pending, reason: str) -> None:
        self.items.append(item)
        changed = bool(reason) and reason != self.reason
        self.reason = reason or self.reason
        if not self.timer.isActive() and not self._busy:
            self.timer.setInterval(RETRY_MS)
            self.timer.start()
        self._write_recovery()  # (never raises: a folder that cannot be used leaves the edits kept here)
        if changed or len(self.items) == 1:
            self.changed.emit(self.reason)  # (said when it changes, not at every kept keystroke)

    def retry(self) -> None:
        """Save what waits, in order; the first refusal stops the round (and says why). Never
        twice at once: a conflict's question inside a round must not start another round."""
        if self._busy:
            return
        self._busy = True
        self.timer.stop()
        try:
            self._round()
        finally:
            self._busy = False
        if self.items:  # waiting still: the next try later, a little later each time (≤ 1 min)
            self.timer.setInterval(min(self.timer.interval() * 2, 60_000))
            self.timer.start()

    def _round(self) -> None:
        while self.items:
            item = self.items[0]
            try:
                theirs = self.controller._apply(item.after, item.seen)
            except StoreError as error:
                if kept_for_later(error):
                    if error_text(error) != self.reason:
                        self.reason = error_text(error)
                        self.changed.emit(self.reason)
                    return
                self.items.pop(0)  # refused for good (deleted meanwhile, a reader now): said, and
                self.dropped = True  # the recovery file stays: it is the only copy of that work
                self.controller.edit_failed.emit(error_text(error) + "\n\n" + _kept_in(self.recovery))
                continue
            self.items.pop(0)
            if theirs is not None:
                self.controller.push_undo(item, theirs)
        self.reason = ""
        if self.recovery is not None and not self.dropped:
            self.recovery.unlink(missing_ok=True)
            self.recovery = None
        self.changed.emit("")

    def _write_recovery(self) -> None:
        from ...models.exchange import write_case_file
        from ...models.output_files import safe_file_name
        from ...paths import user_data_dir

        try:
            if self.recovery is None:
                stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
                folder = user_data_dir() / "unsaved"
                folder.mkdir(parents=True, exist_ok=True)
                self.recovery = folder / safe_file_name(f"{self.controller.case_id}-{stamp}", ".json")
            write_case_file(self.controller.case, self.recovery)
        except OSError:
            pass  # (the edits stay kept in the window, and are retried; the banner says so)


def _kept_in(path: Path | None) -> str:
    from PySide6.QtCore import QCoreApplication

    if path is None:
        return ""
    return QCoreApplication.translate("CaseEditor", "Your version of the case is kept in %1 (File ▸ Import brings it back).") \
        .replace("%1", str(path))
