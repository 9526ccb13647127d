"""The editing session for one case: the current ``Case``, its undo stack, and the one way to edit.

Pages never write: they call ``edit({path: value}, "what")``. The controller turns that into an
undoable command, the store saves it at once (one transaction, history row), and every page is
told the new case through ``case_changed`` so suggestions update live.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ...models.case import Case, Override
from ...models.exchange import case_to_data
from ...models.storage.interface import CaseStorage
from ...models.storage.records import UNSET, StoreError
from .commands import SetFieldsCommand
from ..error_text import error_text


def value_at(data: dict[str, Any], path: str) -> Any:
    """The value at a dotted path, or ``UNSET`` where the key is absent (so undo removes it)."""
    node: Any = data
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return UNSET
        node = node[part]
    return node


class CaseEditorController(QObject):
    case_changed = Signal(object)  # the Case after an edit, undo or redo
    edit_failed = Signal(str)  # a message for the user; nothing was changed

    def __init__(self, store: CaseStorage, case_id: str, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.case: Case = store.get(case_id)
        self.undo_stack = QUndoStack(self)

    @property
    def case_id(self) -> str:
        return self.case.id

    @property
    def read_only(self) -> bool:
        return self.case.is_reference or self.store.read_only

    def edit(self, changes: dict[str, Any], text: str, *, mergeable: bool = False) -> bool:
        """Apply one user edit (undoable); returns False if it was refused or changed nothing."""
        if self.read_only:
            return False
        data = case_to_data(self.case)
        before = {path: value_at(data, path) for path in changes}
        after = {path: _plain(value) for path, value in changes.items()}
        if all(_same(before[p], after[p]) for p in changes):
            return False
        try:
            self._apply(after)
        except StoreError as error:
            self.edit_failed.emit(error_text(error))
            self.case_changed.emit(self.case)  # widgets snap back to what is stored
            return False
        self.undo_stack.push(SetFieldsCommand(self._apply_quietly, before, after, text, mergeable, self.undo_stack))
        return True

    def _apply(self, changes: dict[str, Any]) -> Case:
        self.case = self.store.set_fields(self.case.id, changes)
        self.case_changed.emit(self.case)
        return self.case

    def _apply_quietly(self, changes: dict[str, Any]) -> Case | None:
        """Undo/redo from Qt: a failure (e.g. the disk is full) becomes a message, never a crash."""
        try:
            return self._apply(changes)
        except StoreError as error:
            self.edit_failed.emit(error_text(error))
            return None

    # -- overrides (SPEC §3): value, suggestion and reason kept together ---------------------
    def override_for(self, field: str) -> Override | None:
        return next((o for o in self.case.overrides if o.field == field), None)

    def set_suggested_field(self, field: str, value: str | None, suggested: str | None, reason: str | None, label: str) -> bool:
        """Set a field that has a suggestion: differing from it records an override with the
        reason; matching it (or accepting it) drops any earlier override for the field."""
        overrides = [o.model_dump(mode="json") for o in self.case.overrides if o.field != field]
        if value is not None and suggested is not None and value != suggested:
            overrides.append({"field": field, "suggested": suggested, "value": value, "reason": reason or ""})
        return self.edit({field: value, "overrides": overrides}, label)


def _same(before: Any, after: Any) -> bool:
    """An absent key and an empty/None value both mean "not assessed"."""
    if before is UNSET:
        return after is None
    return before == after


def _plain(value: Any) -> Any:
    """Enum members become their tokens so 'before' and 'after' compare like stored JSON."""
    from pydantic_core import to_jsonable_python

    return to_jsonable_python(value)
