"""Applying field edits to a case: dotted paths into the exchange-format document, validated.

Pure functions: the store calls them inside its write transaction.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from pydantic_core import to_jsonable_python

from .case import STORED, Case
from .exchange import case_to_data
from .storage.records import UNSET, FieldValueError, now_iso
from .validation_words import validation_problem, words


def apply_changes(case: Case, changes: dict[str, Any]) -> tuple[Case, list[tuple[str, Any, Any]]]:
    """The case with ``changes`` applied and validated, and (path, old, new) for what changed."""
    data = case_to_data(case)
    logged: list[tuple[str, Any, Any]] = []
    for path, value in changes.items():
        if path.split(".")[0] in _MANAGED_FIELDS:
            raise FieldValueError(words("edit.managed", path=path))  # a Phrase: in French and German too
        node, key = _parent_node(data, path)
        old_value = node.get(key)
        if value is UNSET:  # back to never set (how undo restores a key that was absent)
            if key in node:
                del node[key]
                logged.append((path, old_value, None))
            continue
        new_value = to_jsonable_python(value)
        if old_value != new_value or key not in node:
            node[key] = new_value
            logged.append((path, old_value, new_value))
    if not logged:
        return case, []
    data["updated"] = now_iso()
    try:
        updated = Case.model_validate(data, context=STORED)  # the id is managed: never changed here
    except ValidationError as error:
        raise FieldValueError(validation_problem(error)) from None
    stored = case_to_data(updated)  # log what was stored, after validation normalised it
    logged = [(path, old, dotted_value(stored, path)) for path, old, _new in logged]
    return updated, [entry for entry in logged if entry[1] != entry[2]]


# snapshots are taken, restored and deleted through the store's ``snapshots`` (storage/snapshots.py)
_MANAGED_FIELDS = frozenset({"id", "format", "format_version", "reference", "created", "updated", "snapshots"})


def changed_since_shown(case: Case, changes: dict[str, Any], seen: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """(path, theirs, yours) for each field of ``seen`` (its value when the user last saw it) that
    is now something else and that the edit would set to a third value: someone changed it in
    the meantime. A field someone else set to what this edit sets is no conflict; an absent key,
    ``None`` and ``UNSET`` all read as "not assessed"."""
    data = case_to_data(case)
    out = []
    for path, was in seen.items():
        now = dotted_value(data, path)
        was = None if was is UNSET else to_jsonable_python(was)
        yours = changes.get(path)
        yours = None if yours is UNSET else to_jsonable_python(yours)
        if _unset(now) != _unset(was) and _unset(now) != _unset(yours):
            out.append((path, now, yours))
    return out


def _unset(value: Any) -> Any:
    return None if value in ("", [], {}) or value is UNSET else value


def value_at(data: dict[str, Any], path: str) -> Any:
    """The value at a dotted path, or ``UNSET`` where the key is absent (so undo removes it, and
    a value never set reads as such in a conflict's ``seen``)."""
    node: Any = data
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return UNSET
        node = node[part]
    return node


def dotted_value(data: dict[str, Any], path: str) -> Any:
    """The value at a dotted path in exchange data (None where the path leads nowhere)."""
    node: Any = data
    for part in path.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node


def _parent_node(data: dict[str, Any], path: str) -> tuple[dict[str, Any], str]:
    """The dict holding the last part of a dotted path, creating empty sections on the way."""
    parts = path.split(".")
    node = data
    for part in parts[:-1]:
        child = node.get(part)
        if child is None:
            child = node[part] = {}
        elif not isinstance(child, dict):
            raise FieldValueError(words("edit.not_field", path=path))
        node = child
    return node, parts[-1]
