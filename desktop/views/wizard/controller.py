"""The editing session for one case: the current ``Case``, its undo stack, and the one way to edit.

Pages never write: they call ``edit({path: value}, "what")``. The controller turns that into an
undoable command, the store saves it at once (one transaction, history row), and every page is
told the new case through ``case_changed`` so suggestions update live.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ...models.case import Case, Override
from ...models.edits import value_at
from ...models.exchange import case_to_data
from ...models.storage.interface import CaseStorage
from ...models.storage.records import UNSET, FieldConflictError, StoreError
from .commands import SetFieldsCommand
from .unsaved import Pending, UnsavedEdits, kept_for_later
from ..error_text import error_text


class CaseEditorController(QObject):
    case_changed = Signal(object)  # the Case after an edit, undo or redo
    edit_failed = Signal(str)  # a message for the user; nothing was changed

    def __init__(self, store: CaseStorage, case_id: str, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.case: Case = store.get(case_id)
        self.undo_stack = QUndoStack(self)
        # Someone else changed a field after it was shown here (a team database, or a command
        # meanwhile) and the store could not merge the two changes: "mine" writes this edit anyway,
        # anything else keeps theirs and notes mine in the history (it keeps both either way).
        # The editor asks the user (``conflict_dialog``); without it, theirs is kept.
        self.resolve_conflict: Callable[[FieldConflictError], str] = lambda _conflict: "theirs"
        self.unsaved = UnsavedEdits(self)  # edits the database did not take yet (unsaved.py)
        self._saving = False  # a save under way (perhaps asking a question)
        self._deferred: list[tuple] = []  # edits committed meanwhile (a field's focus-out): made after it
        self._written: dict[str, Any] | None = None  # what the last save wrote (keeping mine: merged)

    @property
    def case_id(self) -> str:
        return self.case.id

    def reload(self) -> None:
        """Show the case as stored now (someone else changed it: live_updates), with this window's
        edits that still wait for the database on top."""
        try:
            self.case = self._as_stored()
        except StoreError as error:
            self.edit_failed.emit(error_text(error))
            return
        self.case_changed.emit(self.case)

    @property
    def read_only(self) -> bool:
        return self.case.is_reference or self.store.read_only

    def edit(self, changes: dict[str, Any], text: str, *, mergeable: bool = False,
             seen: dict[str, Any] | None = None) -> bool:
        """Apply one user edit (undoable); returns False if it was refused or changed nothing.
        ``seen``: the values the user based it on (default: the fields as this session shows them)."""
        if self.read_only:
            return False
        if self._saving:  # a save is asking a question (its dialog runs the event loop): after it
            self._deferred.append((changes, text, mergeable, seen))
            return True
        data = case_to_data(self.case)
        before = {path: value_at(data, path) for path in changes}
        after = {path: _plain(value) for path, value in changes.items()}
        if all(_same(before[p], after[p]) for p in changes):
            return False
        # undo goes back to what the edit was based on: ``seen`` where given (the overrides as
        # stored, another officer's among them), else what this page showed
        item = Pending(after, before if seen is None else seen, {**before, **(seen or {})}, text, mergeable)
        if self.unsaved:  # earlier edits wait for the database: this one waits behind them
            return self._keep(item, None)
        try:
            theirs = self._apply(item.after, item.seen)
        except StoreError as error:
            if kept_for_later(error):
                return self._keep(item, error)
            self.edit_failed.emit(error_text(error))
            self.case_changed.emit(self.case)  # widgets snap back to what is stored
            return False
        if theirs is None:
            return False
        self.push_undo(item, theirs)
        return True

    def push_undo(self, item: Pending, theirs: dict[str, Any]) -> None:
        """The saved edit on the undo stack; undo goes back to what was stored before it (another
        officer's value too)."""
        before = {**item.before, **theirs}
        after = self._written if self._written else item.after  # (redo writes what was written)
        self.undo_stack.push(SetFieldsCommand(self._apply_quietly, before, after, item.text, item.mergeable,
                                              self.undo_stack))

    def _keep(self, item: Pending, error: StoreError | None) -> bool:
        """The database did not take the edit: checked here, shown, kept (``unsaved``)."""
        from ...models.edits import apply_changes

        try:
            self.case, _logged = apply_changes(self.case, item.after)
        except StoreError as invalid:  # an invalid value is refused as ever
            self.edit_failed.emit(error_text(invalid))
            self.case_changed.emit(self.case)
            return False
        self.unsaved.keep(item, error_text(error) if error is not None else "")
        self.case_changed.emit(self.case)
        return True

    def _apply(self, changes: dict[str, Any], seen: dict[str, Any] | None = None) -> dict[str, Any] | None:
        """Save ``changes``; a field changed since it was shown (``seen``) and not mergeable is the
        user's choice (``conflicts.save_resolving``): keep theirs (None: nothing written, the pages
        show what is stored) or mine (written; {path: the value it replaced} for the undo)."""
        from ...models.storage.conflicts import save_resolving

        self._saving, self._written = True, None
        try:
            saved, replaced, self._written = save_resolving(self.store, self.case.id, changes, seen,
                                                            self.resolve_conflict)
        finally:
            self._saving = False
            if self._deferred:
                QTimer.singleShot(0, self, self._run_deferred)
        if saved is None:
            self.case = self._as_stored(skip=changes)
            self.case_changed.emit(self.case)
            return None
        self.case = self._as_stored(saved, skip=changes) if self.unsaved else saved
        self.case_changed.emit(self.case)
        return replaced

    def _as_stored(self, case: Case | None = None, skip: dict[str, Any] | None = None) -> Case:
        """The case as stored, with the edits still waiting for the database on top: the pages
        (and the recovery file written from them) keep showing them (``skip``: the one being
        saved now, decided already)."""
        from .unsaved import with_waiting

        return with_waiting(case if case is not None else self.store.get(self.case.id), self.unsaved.items, skip)

    def _run_deferred(self) -> None:
        deferred, self._deferred = self._deferred, []
        for changes, text, mergeable, seen in deferred:
            self.edit(changes, text, mergeable=mergeable, seen=seen)

    def _apply_quietly(self, changes: dict[str, Any], seen: dict[str, Any]) -> Case | None:
        """Undo/redo from Qt: a failure (e.g. the disk is full) becomes a message, never a crash;
        another officer's change since is asked about as for an edit. While edits wait for the
        database, undo would write ahead of them: it waits too (said)."""
        if self.unsaved or self._saving:
            self.edit_failed.emit(self.tr("Undo and redo wait until the changes kept here are saved."))
            return None
        try:
            return None if self._apply(changes, seen) is None else self.case
        except StoreError as error:
            self.edit_failed.emit(error_text(error))
            return None

    # -- overrides (SPEC §3): value, suggestion and reason kept together ---------------------
    def override_for(self, field: str) -> Override | None:
        return next((o for o in self.case.overrides if o.field == field), None)

    def set_suggested_field(self, field: str, value: str | None, suggested: str | None, reason: str | None, label: str) -> bool:
        """Set a field that has a suggestion: differing from it records an override with the
        reason; matching it (or accepting it) drops any earlier override for the field."""
        shown = value_at(case_to_data(self.case), field)
        try:  # the overrides as stored now: another officer's override of another field stays
            stored = self.store.get(self.case.id).overrides
        except StoreError:
            stored = self.case.overrides
        overrides = [o.model_dump(mode="json") for o in stored if o.field != field]
        if value is not None and suggested is not None and value != suggested:
            overrides.append({"field": field, "suggested": suggested, "value": value, "reason": reason or ""})
        seen = {field: shown, "overrides": [o.model_dump(mode="json") for o in stored]}
        return self.edit({field: value, "overrides": overrides}, label, seen=seen)


def _same(before: Any, after: Any) -> bool:
    """An absent key and an empty/None value both mean "not assessed"."""
    if before is UNSET:
        return after is None
    return before == after


def _plain(value: Any) -> Any:
    """Enum members become their tokens so 'before' and 'after' compare like stored JSON."""
    from pydantic_core import to_jsonable_python

    return to_jsonable_python(value)
