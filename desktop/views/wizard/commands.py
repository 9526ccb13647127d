"""Undo for the wizard: one QUndoCommand per user edit, replaying through the store.

A command holds the values before and after for every field it touches; ``redo`` and ``undo``
call the same ``set_fields`` of the store as any edit, so an undo is saved and audited like an edit.
The edit itself is applied *before* the command is pushed, so a refused edit (a store error)
raises in Python where the caller can handle it, instead of inside Qt's call to ``redo``.
Consecutive typing in one text field merges into one command (Qt's ``id``/``mergeWith``).
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...models.case import Case

TEXT_MERGE_ID = 4242


class SetFieldsCommand(QUndoCommand):
    def __init__(
        self,
        apply: Callable[[dict[str, Any], dict[str, Any]], Case | None],  # (changes, values they replace)
        before: dict[str, Any],
        after: dict[str, Any],
        text: str,
        mergeable: bool = False,
        stack: QUndoStack | None = None,
    ):
        super().__init__(text)
        self._apply = apply
        self._stack = stack
        self.before = before
        self.after = after
        self._mergeable = mergeable
        self._done = True  # the edit was applied before push(); the first redo() is push's echo

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        if self._apply(self.after, self.before) is None:
            self._step_back(undo=True)

    def undo(self) -> None:
        if self._done:  # the echo of stepping back after a failed redo
            self._done = False
            return
        if self._apply(self.before, self.after) is None:
            self._step_back(undo=False)

    def _step_back(self, undo: bool) -> None:
        """The store refused (e.g. disk full): nothing changed, so move the stack's index back
        too, with a no-op step, once Qt has finished this one."""
        if self._stack is None:
            return
        self._done = True
        stack = self._stack
        QTimer.singleShot(0, stack.undo if undo else stack.redo)

    def id(self) -> int:
        return TEXT_MERGE_ID if self._mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing in the same text field coalesces: undo removes the whole burst at once."""
        if not isinstance(other, SetFieldsCommand) or not other._mergeable:
            return False
        if set(other.after) != set(self.after) or other.before != self.after:
            return False  # (another's value came between: undo must stop there, not skip it)
        self.after = other.after
        return True
