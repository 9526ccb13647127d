"""Keys that are not menu actions (a rating row's arrows, the workshop's number keys …), declared
where they are handled, so the guide's keyboard reference is generated from the code and never
goes stale.

A module that handles a key calls ``declare`` once at import time; the guide lists
``declared()`` after the menu actions. Plain Python: nothing here imports Qt.
"""

from __future__ import annotations

from typing import NamedTuple


class Key(NamedTuple):
    """(A named tuple, not a dataclass: modules on the first window's path declare keys, and
    ``dataclasses`` is not imported before the first paint; see ``first_paint``.)"""

    context: str  # where the key works, e.g. "Rating (in the wizard)"
    keys: str  # as the user types it, e.g. "1 … 9"
    does: str  # what it does, in plain words


_DECLARED: dict[tuple[str, str], Key] = {}


def declare(context: str, keys: str, does: str) -> Key:
    """Record a key (idempotent: a module imported twice declares once)."""
    key = Key(context, keys, does)
    _DECLARED[(context, keys)] = key
    return key


def declared() -> list[Key]:
    """Every declared key, grouped by context in declaration order."""
    order: dict[str, int] = {}
    for key in _DECLARED.values():
        order.setdefault(key.context, len(order))
    return sorted(_DECLARED.values(), key=lambda k: order[k.context])
