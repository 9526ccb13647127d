"""Three-way merge of one field two officers changed at once (issue 22: a team database).

An edit carries the value the user saw (``base``); the store holds someone else's newer value
(``theirs``); the edit wants ``mine``. When the two changes do not touch the same part, both are
kept without asking: another rating's evidence, another question's workshop tally, an instrument
added on each side, a source added here and another removed there. Only a real clash is left to
the user (the conflict question): a single value changed two ways, one key of a section changed
two ways, the same list item changed two ways, something changed here and removed there, or a
list reordered here while changed there. Keeping one's own value then (``prefer_mine``) still
keeps every part of theirs that did not meet this edit.

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


def merge(base: Any, theirs: Any, mine: Any, prefer_mine: bool = False, path: str = "") -> Any:
    """``theirs`` with this edit's change (``base`` → ``mine``) applied; ``Clash`` if the changes
    meet. Keys and items nobody changed keep their place and order. ``prefer_mine``: where they
    meet, this edit's value wins (the user chose "keep mine"); the rest of theirs is still kept.
    ``path``: the field's dotted path (which lists name their items: ``identity``)."""
    if _same(theirs, base):
        return mine
    if _same(mine, base) or _same(mine, theirs):
        return theirs
    if _is(list, base, theirs, mine):  # (a list left out is an empty one: a rating's last source removed)
        return _merge_lists(*(v if isinstance(v, list) else [] for v in (base, theirs, mine)), prefer_mine, path)
    if theirs is _ABSENT or mine is _ABSENT:  # removed on one side, changed on the other
        return _clash(mine, prefer_mine)
    if _is(dict, base, theirs, mine):
        return _merge_sections(*(v if isinstance(v, dict) else {} for v in (base, theirs, mine)), prefer_mine, path)
    return _clash(mine, prefer_mine)


def _clash(mine: Any, prefer_mine: bool) -> Any:
    if prefer_mine:
        return mine
    raise Clash


def _merge_sections(base: dict, theirs: dict, mine: dict, prefer_mine: bool = False, path: str = "",
                    whole_items: bool = False) -> dict:
    """Key by key. ``whole_items``: the values are named list items (a tally, an override, a
    source): merged part by part, but where they meet, keeping mine takes my whole item (never a
    record neither officer made, such as my decision with their reason)."""
    out = dict(theirs)
    for key in dict.fromkeys([*theirs, *mine, *base]):
        parts = (base.get(key, _ABSENT), theirs.get(key, _ABSENT), mine.get(key, _ABSENT))
        if whole_items:
            try:
                value = merge(*parts)
            except Clash:
                value = _clash(parts[2], prefer_mine)
        else:
            value = merge(*parts, prefer_mine, f"{path}.{key}" if path else str(key))
        if value is _ABSENT:
            out.pop(key, None)
        else:
            out[key] = value
    return out


# Lists whose items name what they are about: one workshop tally per question, one override per
# field, one cited source per id (a rating's evidence). They merge item by item like sections,
# so two officers changing the same item meet there, and different items never do. (Other lists,
# the decision log included, compare items whole: two log lines of one question are two lines.)
def identity(path: str) -> str | None:
    if path == "workshop.tallies":
        return "question"
    if path == "overrides":
        return "field"
    if path.startswith("evidence.") and path.endswith(".sources"):
        return "id"
    return None


def _named(key: str | None, *lists: list) -> bool:
    return key is not None and all(
        all(isinstance(item, dict) and isinstance(item.get(key), str) for item in items)
        and len({item[key] for item in items}) == len(items) for items in lists)


def _merge_lists(base: list, theirs: list, mine: list, prefer_mine: bool = False, path: str = "") -> list:
    """Items with an identity merge by it (``identity``); others are compared whole (an edited
    item is one removed and one added): mine's removals come out of theirs, mine's additions go
    at the end in my order. An item removed on both sides while either side added one is the
    same item changed two ways (or changed here and deleted there): a clash."""
    key = identity(path)
    if _named(key, base, theirs, mine):
        merged = _merge_sections(*({item[key]: item for item in items} for items in (base, theirs, mine)), prefer_mine,
                                 whole_items=True)
        return list(merged.values())
    base_n, mine_n, theirs_n = _count(base), _count(mine), _count(theirs)
    removed_by_me, added_by_me = base_n - mine_n, mine_n - base_n
    removed_by_them, added_by_them = base_n - theirs_n, theirs_n - base_n
    if not removed_by_me and not added_by_me:
        return _clash(mine, prefer_mine)  # the same items in another order here, and a change there
    if (removed_by_me & removed_by_them) and (added_by_me or added_by_them) and not prefer_mine:
        raise Clash  # (keeping mine: which of theirs replaced the item cannot be told, so all stay)
    drop = Counter(removed_by_me)
    out = []
    for item in theirs:
        k = _key(item)
        if drop[k] > 0:
            drop[k] -= 1
            continue
        out.append(item)
    have = _count(out)
    to_add = Counter(added_by_me)
    for item in mine:
        k = _key(item)
        if to_add[k] > 0:
            to_add[k] -= 1
            if have[k] < mine_n[k]:  # (the same item added on both sides is kept once)
                out.append(item)
                have[k] += 1
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
