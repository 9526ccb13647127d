"""Three-way merge of one field two officers changed at once (issue 22: a team database).

An edit carries the value the user saw (``base``); the store holds someone else's newer value
(``theirs``); the edit wants ``mine``. When the two changes do not touch the same part, both are
kept without asking: another rating's evidence, another question's workshop tally, an instrument
added on each side, a source added here and another removed there. Only a real clash is left to
the user (the conflict question): a single value changed two ways, one key of a section changed
two ways, the same list item changed two ways, or a list reordered here while changed there.

Values are exchange-format JSON (dicts, lists, strings, numbers, None); "not assessed" (None,
absent, "", [], {}) is one value. Pure functions, no Qt.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

_ABSENT = object()  # a key missing on one side of a section


class Clash(Exception):
    """The two changes touch the same part: the user chooses."""


def merge(base: Any, theirs: Any, mine: Any) -> Any:
    """``theirs`` with this edit's change (``base`` → ``mine``) applied; ``Clash`` if the changes
    meet. Keys and items nobody changed keep their place and order."""
    if _same(theirs, base):
        return mine
    if _same(mine, base) or _same(mine, theirs):
        return theirs
    if _is(dict, base, theirs, mine):
        return _merge_sections(*(v if isinstance(v, dict) else {} for v in (base, theirs, mine)))
    if _is(list, base, theirs, mine):
        return _merge_lists(*(v if isinstance(v, list) else [] for v in (base, theirs, mine)))
    raise Clash


def _merge_sections(base: dict, theirs: dict, mine: dict) -> dict:
    out = dict(theirs)
    for key in dict.fromkeys([*theirs, *mine, *base]):
        value = merge(base.get(key, _ABSENT), theirs.get(key, _ABSENT), mine.get(key, _ABSENT))
        if value is _ABSENT:
            out.pop(key, None)
        else:
            out[key] = value
    return out


def _merge_lists(base: list, theirs: list, mine: list) -> list:
    """Items are compared whole (an edited item is one removed and one added). Mine's removals
    come out of theirs, mine's additions go at the end in my order."""
    base_n, mine_n, theirs_n = _count(base), _count(mine), _count(theirs)
    removed_by_me, added_by_me = base_n - mine_n, mine_n - base_n
    removed_by_them, added_by_them = base_n - theirs_n, theirs_n - base_n
    if not removed_by_me and not added_by_me:
        raise Clash  # the same items in another order here, and a change there
    if (removed_by_me & removed_by_them) and added_by_me and added_by_them:
        raise Clash  # the same item changed two ways (each side replaced it)
    out, to_remove = [], Counter(removed_by_me)
    for item in theirs:
        key = _key(item)
        if to_remove[key] > 0:
            to_remove[key] -= 1
            continue
        out.append(item)
    have = _count(out)
    to_add = Counter(added_by_me)
    for item in mine:
        key = _key(item)
        if to_add[key] > 0:
            to_add[key] -= 1
            if have[key] < mine_n[key]:  # (the same item added on both sides is kept once)
                out.append(item)
                have[key] += 1
    return out


def _count(items: list) -> Counter:
    return Counter(_key(item) for item in items)


def _key(item: Any) -> str:
    return json.dumps(item, sort_keys=True, ensure_ascii=False)


def _is(kind: type, *values: Any) -> bool:
    """All of ``values`` are ``kind`` or not assessed, and at least two are ``kind``."""
    return all(isinstance(v, kind) or _blank(v) for v in values) and sum(isinstance(v, kind) for v in values) >= 2


def _blank(value: Any) -> bool:
    return value is _ABSENT or value is None or value in ("", [], {})


def _same(a: Any, b: Any) -> bool:
    return (_blank(a) and _blank(b)) or a == b
