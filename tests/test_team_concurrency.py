"""The team database under load (issue 22): 20 officers' processes, 200 edits each, on the same
4 cases at once. Some processes edit different fields of one case, some the same field. What each
got acknowledged (``set_field`` returned) must be in the history, each case's history must read
as one unbroken story per field (every row's old value is the previous row's new value), and
each field must hold the new value of its last history row: no lost update, no torn history."""

from __future__ import annotations

import multiprocessing
import time
from collections import defaultdict

import pytest

from desktop.models.edits import dotted_value
from desktop.models.exchange import case_to_data
from desktop.models.library import open_store

pytestmark = pytest.mark.slow

WRITERS = 20
EDITS = 200
CASES = 4
# writer n edits case n % 4, field FIELDS[n // 4 % 3]: each case gets 5 writers, two on its
# summary, two on its technology area and one on its leverage rationale
FIELDS = ("summary", "technology_area", "leverage.rationale")


def _writer(url: str, n: int, case_id: str, field: str, start, out) -> None:
    """One officer: 200 edits of one field, each value unique; reports what was acknowledged."""
    acknowledged, failed, began, ended = [], [], time.time(), time.time()
    try:
        store = open_store(url, user=f"writer{n}")
        start.wait(60)  # every writer connected: they all start editing at once
        began = time.time()
        for i in range(EDITS):
            value = f"w{n}-{i}"
            try:
                store.set_field(case_id, field, value)
            except Exception as error:  # a refused edit is not acknowledged (and is reported)
                failed.append(f"{value}: {type(error).__name__}: {error}")
            else:
                acknowledged.append(value)
        ended = time.time()
        store.close()
    except Exception as error:
        failed.append(f"writer {n}: {type(error).__name__}: {error}")
    out.put((n, case_id, field, acknowledged, failed, ended - began))


def test_twenty_writers_lose_no_edit_and_keep_the_history_whole(pg_server):
    url = pg_server.url(pg_server.create_database())
    store = open_store(url, user="owner")
    try:
        cases = [store.create(f"Shared case {c}").id for c in range(CASES)]
    finally:
        store.close()

    # spawn: fresh interpreters, not forks of pytest's process (its open connections and threads)
    context = multiprocessing.get_context("spawn")
    start, out = context.Barrier(WRITERS), context.Queue()
    plan = {n: (cases[n % CASES], FIELDS[n // CASES % len(FIELDS)]) for n in range(WRITERS)}
    writers = [context.Process(target=_writer, args=(url, n, *plan[n], start, out)) for n in range(WRITERS)]
    began = time.perf_counter()
    for process in writers:
        process.start()
    reports = [out.get(timeout=300) for _ in writers]  # (before join: a full queue blocks its writer)
    for process in writers:
        process.join(60)
    elapsed = time.perf_counter() - began
    editing = max(report[-1] for report in reports)
    print(f"{WRITERS} writers × {EDITS} edits: {elapsed:.1f} s, of which editing {editing:.1f} s")  # (-s shows it)
    reports = [report[:-1] for report in reports]
    assert [p.exitcode for p in writers] == [0] * WRITERS
    failures = [f for *_rest, failed in reports for f in failed]
    assert failures == [], failures[:5]

    store = open_store(url, read_only=True)  # (reads only: nothing more is written)
    try:
        for case_id in cases:
            history = store.history(case_id)
            ids = [h.id for h in history]
            assert ids == sorted(ids) and len(set(ids)) == len(ids)
            edits = [h for h in history if h.field != "*"]
            # every acknowledged edit has its row: field, new value and the officer who made it
            wanted = sorted((field, value, f"writer{n}") for n, cid, field, acknowledged, _failed in reports
                            if cid == case_id for value in acknowledged)
            assert sorted((h.field, h.new_value, h.user) for h in edits) == wanted
            # one unbroken story per field: each old value is the previous row's new value
            last: dict[str, object] = defaultdict(lambda: None)
            for h in edits:
                assert h.old_value == last[h.field], (case_id, h.field, h.id, h.old_value, last[h.field])
                last[h.field] = h.new_value
            # and what is stored is the last row's new value, for every field that was edited
            stored = case_to_data(store.get(case_id))
            for field, value in last.items():
                assert dotted_value(stored, field) == value, (case_id, field)
            assert len(last) == len({plan[n][1] for n in plan if plan[n][0] == case_id})
        assert sum(len(acknowledged) for *_head, acknowledged, _failed in reports) == WRITERS * EDITS
    finally:
        store.close()
