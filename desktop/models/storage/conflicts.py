"""Two officers, one field (issue 22): merge what can be merged, ask about the rest, keep a trace.

Called by the store inside the edit's transaction, on the case as stored now: a field changed
since it was shown is merged with this edit when the two changes do not meet (``merge.py``: a
rating's evidence next to another's, a workshop tally next to another question's, instruments
added on both sides); otherwise nothing is written and ``FieldConflictError`` says who changed
it when, so the user chooses. Choosing the stored value leaves a note in the history with the
value not saved (``note_declined``): the history keeps both, whichever is kept.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Callable

from pydantic_core import to_jsonable_python

from ..edits import changed_since_shown
from ..merge import Clash, merge
from ..messages import said
from .records import UNSET, FieldConflict, FieldConflictError, StoreError

if TYPE_CHECKING:
    from ..case import Case
    from .store import CaseStore

DECLINED = "kept the stored value of {path}; not saved: {value}"  # the history's note (as "created")


def merged_or_refused(store: CaseStore, case: Case, changes: dict[str, Any], seen: dict[str, Any]) -> dict[str, Any]:
    """``changes`` with each field someone else changed merged into theirs, or ``FieldConflictError``
    (nothing written) for the fields where both changes meet."""
    found = changed_since_shown(case, changes, seen)
    if not found:
        return changes
    out, conflicts = dict(changes), []
    for path, theirs, yours in found:
        base = seen[path]
        try:
            out[path] = merge(None if base is UNSET else to_jsonable_python(base), theirs, yours, path=path)
        except Clash:
            row = store.db.execute('SELECT "user", changed_at FROM history WHERE case_id = ? AND field = ? '
                                   "ORDER BY id DESC LIMIT 1", [case.id, path]).fetchone()
            conflicts.append(FieldConflict(path, theirs, yours, *(row or (None, None))))
    if conflicts:
        first = conflicts[0]
        raise FieldConflictError(said("conflict.field", field=first.path, user=first.user or "?",
                                      when=first.changed_at or "?"), conflicts)
    return out


def keeping_mine(conflict: FieldConflictError, changes: dict[str, Any], seen: dict[str, Any]) -> tuple[dict, dict]:
    """The edit to write once the user chose their own values: each clashing field is theirs with
    this edit's change, this edit winning only where the two meet (``merge(prefer_mine=True)``:
    another rating's evidence or another question's tally of theirs stays), and it is based on
    theirs as the question showed it, so a change someone made while it was open is asked about
    in turn, never overwritten unseen."""
    changes, seen = dict(changes), dict(seen)
    for conflict_ in conflict.conflicts:
        base = seen.get(conflict_.path, UNSET)
        changes[conflict_.path] = merge(None if base is UNSET else to_jsonable_python(base), conflict_.theirs,
                                        conflict_.yours, prefer_mine=True, path=conflict_.path)
        seen[conflict_.path] = UNSET if conflict_.theirs is None else conflict_.theirs
    return changes, seen


def save_resolving(store: Any, case_id: str, changes: dict[str, Any], seen: dict[str, Any] | None,
                   resolve: Callable[[FieldConflictError], str]) -> tuple[Case | None, dict[str, Any], dict[str, Any]]:
    """``set_fields`` based on ``seen``; each clash is ``resolve``d ("mine": written as
    ``keeping_mine`` says, and asked again if it clashes again; anything else: theirs kept, noted).
    (The saved case, {field: the value it replaced}, the changes written) for an undo and its
    redo, or (None, {}, {}) when theirs was kept."""
    replaced: dict[str, Any] = {}
    while True:
        try:
            return store.set_fields(case_id, changes, seen or None), replaced, changes
        except FieldConflictError as conflict:
            if resolve(conflict) != "mine":
                store.note_declined(case_id, conflict.conflicts)  # the history keeps both (never raises)
                return None, {}, {}
            replaced.update({c.path: UNSET if c.theirs is None else c.theirs for c in conflict.conflicts})
            changes, seen = keeping_mine(conflict, changes, seen or {})


def note_declined(store: CaseStore, case_id: str, conflicts: list[FieldConflict]) -> None:
    """The user kept the stored values: one history note per field with the value not saved
    (``old_value`` holds it whole; the note a short form), so a later reader sees both. Never
    raises: the server gone in between leaves the choice standing, only the note is missed."""
    try:
        with store.writing():
            for conflict in conflicts:
                text = json.dumps(conflict.yours, ensure_ascii=False) if not isinstance(conflict.yours, str) else conflict.yours
                short = text if len(text) <= 80 else text[:79] + "…"
                store.log(case_id, "*", {conflict.path: conflict.yours},
                          DECLINED.format(path=conflict.path, value=short), announce=False)
    except StoreError:
        pass
