"""Edits the database did not take (issue 22: the team database's server away, the network gone;
a full disk too): never lost. Each is kept in order, the page keeps showing it, the case as the
user has it is written at once to a recovery file in the data folder (an exchange file: File ▸
Import brings it back), and the edits are saved, in order, as soon as the database takes them
again (tried every few seconds, or at once with Retry). Once all are saved the recovery file goes.

Beside the recovery file, a sidecar (``CASE-STAMP.pending.json``, ``models/storage/recovery.py``)
holds the edits themselves and the database they are for: if the app is closed or crashes before
they are saved, the next start on that database offers them (``views/window/recovered_edits.py``).
"""

from __future__ import annotations

import weakref
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
_ALIVE: weakref.WeakSet = weakref.WeakSet()  # this process's kept edits, for ``retried_here``


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
        self.refused: list[Pending] = []  # those edits: the sidecar keeps them for the next start
        self.since = ""  # when the first edit was kept (the sidecar says it)
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.retry)
        _ALIVE.add(self)

    def __bool__(self) -> bool:
        return bool(self.items)

    def keep(self, item: Pending, reason: str) -> None:
        last = self.items[-1] if self.items else None
        if last is not None and item.mergeable and last.mergeable and set(item.after) == set(last.after):
            # typing on in the same field: one kept edit (its first ``seen``), as one undo step,
            # so a colleague's change meanwhile is asked about once, not at every pause
            self.items[-1] = last._replace(after=item.after, text=item.text)
        else:
            self.items.append(item)
        changed = bool(reason) and reason != self.reason
        self.reason = reason or self.reason
        if not self.timer.isActive() and not self._busy:
            self.timer.setInterval(RETRY_MS)
            self.timer.start()
        self._write_recovery()  # (never raises: a folder that cannot be used leaves the edits kept here)
        if changed or len(self.items) == 1:
            self.changed.emit(self.reason)  # (said when it changes, not at every kept keystroke)

    def retry_now(self) -> str | None:
        """Retry pressed: the reason to say again when it is still refused for the same reason
        (a new reason, or all saved, is said through ``changed``), else None."""
        reason = self.reason
        self.retry()
        return reason if self.items and self.reason == reason else None

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
                    self._write_sidecar()
                    if error_text(error) != self.reason:
                        self.reason = error_text(error)
                        self.changed.emit(self.reason)
                    return
                self.refused.append(self.items.pop(0))  # refused for good (deleted meanwhile, a reader
                self.dropped = True  # now): said, and the recovery file stays: the only copy of that work
                self._write_sidecar()
                self.controller.edit_failed.emit(error_text(error) + "\n\n" + _kept_in(self.recovery))
                continue
            self.items.pop(0)
            if self.items or self.dropped:  # (a crash now must not offer this one again)
                self._write_sidecar()
            if theirs is not None:
                self.controller.push_undo(item, theirs)
        self.reason = ""
        if self.recovery is not None and not self.dropped:
            from ...models.storage.recovery import remove

            remove(self.recovery)  # (and its sidecar)
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
                self.since = datetime.now(timezone.utc).isoformat(timespec="seconds")
            write_case_file(self.controller.case, self.recovery)
        except OSError:
            pass  # (the edits stay kept in the window, and are retried; the banner says so)
        self._write_sidecar()

    def _write_sidecar(self) -> None:
        """The edits not saved yet (and those refused for good), for the next start; never raises."""
        from ...models.storage.recovery import write_sidecar

        if self.recovery is None:
            return
        case = self.controller.case
        try:
            write_sidecar(self.recovery, self.controller.store, case.id, case.title, self.since,
                          [*self.refused, *self.items])
        except (OSError, TypeError, ValueError):
            pass  # (as for the recovery file: the window keeps them and says so)

    def saving(self) -> bool:
        """Still saving them itself (not given up by closing): the next window leaves them be."""
        return bool(self.items) and (self.timer.isActive() or self._busy)


def with_waiting(case, items: list[Pending], skip: dict[str, Any] | None = None):
    """``case`` (as stored) with the kept edits on top, in order, but ``skip`` (the one being
    decided now); one that no longer applies is left out (it is still kept and tried)."""
    from ...models.edits import apply_changes

    for item in items:
        if item.after is skip:
            continue
        try:
            case, _logged = apply_changes(case, item.after)
        except StoreError:
            continue
    return case


def retried_here(sidecar: Path) -> bool:
    """A sidecar whose edits a case of this process is still saving (``recovered_edits`` does not
    offer those)."""
    from ...models.storage.recovery import sidecar_of

    for unsaved in list(_ALIVE):
        try:
            if unsaved.recovery is not None and sidecar_of(unsaved.recovery) == sidecar and unsaved.saving():
                return True
        except RuntimeError:  # (its window is gone)
            continue
    return False


def _kept_in(path: Path | None) -> str:
    from PySide6.QtCore import QCoreApplication

    if path is None:
        return ""
    return QCoreApplication.translate("CaseEditor", "Your version of the case is kept in %1 (File ▸ Import brings it back).") \
        .replace("%1", str(path))
