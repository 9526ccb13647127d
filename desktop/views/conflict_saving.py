"""Saving an edit made outside the case editor (a rename from the list, a workshop's decision)
against a team database (issue 22): based on what was shown, merged with someone else's change
where the two do not meet, and asked about where they do, as the editor asks (``conflict_dialog``).
The editor's controller does the same with its undo stack (``wizard/controller.py``)."""

from __future__ import annotations

from typing import Any, Callable

from ..models.case import Case
from ..models.edits import value_at
from ..models.exchange import case_to_data
from ..models.storage.records import FieldConflictError

Ask = Callable[[FieldConflictError], str]  # "mine" or "theirs"


def shown(case: Case, changes: dict[str, Any]) -> dict[str, Any]:
    """Each changed field's value as ``case`` shows it (``UNSET`` where it was never set)."""
    data = case_to_data(case)
    return {path: value_at(data, path) for path in changes}


def save_asking(store, case_id: str, changes: dict[str, Any], seen: dict[str, Any], ask: Ask) -> Case | None:
    """The saved case, or None when the user kept the other officer's values (noted in the
    history, so it keeps both); keeping one's own keeps the rest of theirs and asks again about
    a change made while the question was open (``conflicts.save_resolving``). A store error other
    than the question is the caller's."""
    from ..models.storage.conflicts import save_resolving

    return save_resolving(store, case_id, changes, seen, ask)[0]
