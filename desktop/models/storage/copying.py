"""Copying a whole case base between two stores (issue 22, ``rdw copy``): a local file into the
team database, or the team database into a file to take on a trip. Every user case as stored,
its whole history (who, when, old and new value, in the order it happened), the source library
and its history, and the snapshots inside the cases, in one transaction of the target: all or
nothing. The reference library is each store's own (the shipped one), not copied.

History rows get the target's ids, in the same order; a snapshot's ``history_mark`` (the last
history row when it was taken) is moved to the id its row got, so "what changed since the
snapshot" reads the same in both databases.
"""

from __future__ import annotations

import bisect
import json
from contextlib import contextmanager
from typing import Iterator

from ..case import STORED, Case
from ..language import Phrase
from .records import StoreError
from .sources import HISTORY_PREFIX, SOURCE_FIELDS


@contextmanager
def _one_moment(store) -> Iterator[None]:
    """The origin read as of one moment: on a team database colleagues may be editing while it
    is copied (one read-only, repeatable-read transaction); a file is read as it is."""
    if getattr(store, "engine", "sqlite") != "postgresql":
        yield
        return
    with store.db.conn.transaction():
        store.db.conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


def copy_store(origin, target) -> dict[str, int]:
    """Copy ``origin``'s user cases, history and sources into ``target`` (which must hold no user
    case yet); how many of each were copied."""
    own = [s for s in target.list_summaries() if not s.is_reference]
    if own:
        raise StoreError(Phrase("errors_store", "copy.target_not_empty", count=str(len(own))))
    with origin.reading(), _one_moment(origin):
        cases = origin.db.execute(
            "SELECT id, created, updated, document FROM cases WHERE is_reference = 0 ORDER BY id").fetchall()
        shipped = {row[0] for row in origin.db.execute("SELECT id FROM cases WHERE is_reference = 1").fetchall()}
        # every history row but the shipped library's own (the target has its own): deleted cases' too
        history = [row for row in origin.db.execute(
            'SELECT id, case_id, field, old_value, new_value, changed_at, "user" FROM history ORDER BY id').fetchall()
            if row[1] not in shipped]
        sources = origin.db.execute(f"SELECT {', '.join(SOURCE_FIELDS)}, created, updated FROM sources").fetchall()
    with target.reading():
        present = {row[0]: tuple(row[1:len(SOURCE_FIELDS)]) for row in target.db.execute(
            f"SELECT {', '.join(SOURCE_FIELDS)} FROM sources").fetchall()}
    for values in sources:  # the same source id with other content: which is right is the user's call
        if values[0] in present and present[values[0]] != tuple(values[1:len(SOURCE_FIELDS)]):
            raise StoreError(Phrase("errors_store", "copy.source_clash", source_id=str(values[0])))
    with target.writing():
        old_ids, new_ids = [], []
        for old_id, *row in history:
            new_id = target.db.execute(
                'INSERT INTO history (case_id, field, old_value, new_value, changed_at, "user") '
                "VALUES (?, ?, ?, ?, ?, ?) RETURNING id", list(row)).fetchone()[0]
            old_ids.append(old_id)
            new_ids.append(new_id)
        for case_id, created, updated, document in cases:
            data = json.loads(document)
            for snapshot in data.get("snapshots") or []:
                at = bisect.bisect_right(old_ids, snapshot.get("history_mark", 0)) - 1
                snapshot["history_mark"] = new_ids[at] if at >= 0 else 0
            row = target.row(Case.model_validate(data, context=STORED), created=created)
            row["updated"] = updated
            target.db["cases"].insert(row)
        columns = [*SOURCE_FIELDS, "created", "updated"]
        new_sources = [values for values in sources if values[0] not in present]  # (the rest: the same, checked)
        for values in new_sources:
            target.db["sources"].insert(dict(zip(columns, values)))
    return {"cases": len(cases), "history": len(history), "sources": len(new_sources)}
