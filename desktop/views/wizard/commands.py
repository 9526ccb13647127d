"""Undo for the wizard: one QUndoCommand per user edit, replaying through the store.

A command holds the values before and after for every field it touches; ``redo`` and ``undo``
call the same ``CaseStore.set_fields`` as any edit, so an undo is saved and audited like an edit.
The edit itself is applied *before* the command is pushed, so a refused edit (a store error)
raises in Python where the caller can handle it, instead of inside Qt's call to ``redo``.
Consecutive typing in one text field merges into one command (Qt's ``id``/``mergeWith``).
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtGui import QUndoCommand

from ...models.case import Case

TEXT_MERGE_ID = 4242


class SetFieldsCommand(QUndoCommand):
    def __init__(
        self,
        apply: Callable[[dict[str, Any]], Case],
        before: dict[str, Any],
        after: dict[str, Any],
        text: str,
        mergeable: bool = False,
    ):
        super().__init__(text)
        self._apply = apply
        self.before = before
        self.after = after
        self._mergeable = mergeable
        self._done = True  # the edit was applied before push(); the first redo() is push's echo

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def id(self) -> int:
        return TEXT_MERGE_ID if self._mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing in the same text field coalesces: undo removes the whole burst at once."""
        if not isinstance(other, SetFieldsCommand) or not other._mergeable:
            return False
        if set(other.after) != set(self.after):
            return False
        self.after = other.after
        return True
