"""Crash safety (issue 5): every acknowledged edit survives a SIGKILL, and the file stays healthy.

A child process runs the app's real storage (``open_store`` on a file, WAL mode) and prints
``ack N`` only after ``store.set_fields`` for edit N has *returned*. The test kills it with
SIGKILL at a random point (after a random number of acknowledgements, or at a random moment
via a timer, which may also land in start-up, schema creation or the reference-library sync),
reopens the file and checks that

* ``PRAGMA integrity_check`` says ``ok``;
* the stored case is exactly the state after edit M, where M is the last acknowledged edit or
  the one after it (killed after COMMIT but before ``ack`` was printed), never older;
* the history holds one row per change of every edit up to M, and nothing half-written.

A second test kills the process during multi-case imports (``add_cases``, and the real
``rdw import`` command) and checks each import is all or nothing.

Counts are bounded for the normal suite. The long setting, for occasional runs::

    RDW_CRASH_RUNS=500 ./dev test -k crash

``RDW_CRASH_SEED=<n>`` replays a failing run (the seed is in every failure message).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop.models.exchange import case_to_data
from desktop.models.library import open_store, reference_cases

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CRASH_RUNS = int(os.environ.get("RDW_CRASH_RUNS", "20"))
BASE_SEED = int(os.environ.get("RDW_CRASH_SEED", str(random.SystemRandom().randrange(2**32))))
N_REFERENCE = len(reference_cases())
DEGREES = ["low", "low_medium", "medium", "medium_high", "high"]
MAX_EDITS = 50_000  # far more than any run lives for: the child is always killed mid-loop
CHILD_TIMEOUT = 60  # seconds; a hung child fails the test instead of hanging the suite

# -- the child: the app's storage making acknowledged edits -------------------------------------
EDIT_SCRIPT = r"""
import sys
from desktop.models.library import open_store

DEGREES = ["low", "low_medium", "medium", "medium_high", "high"]
store = open_store(sys.argv[1], user="crash-test")
case = store.create("Crash test")
print(f"case {case.id}", flush=True)
for n in range(int(sys.argv[2])):
    changes = {"summary": f"edit {n}"}
    if n % 2:  # every other edit also changes a rating, in the same transaction
        changes["leverage.degree"] = DEGREES[(n // 2) % len(DEGREES)]
    store.set_fields(case.id, changes)
    print(f"ack {n}", flush=True)  # only now is edit n acknowledged
print("done", flush=True)
"""

BATCH = 48  # cases per import (4 copies of each reference case, with new ids)

IMPORT_SCRIPT = r"""
import sys
from desktop.models.case import Case
from desktop.models.exchange import case_to_data
from desktop.models.library import open_store, reference_cases

BATCH = int(sys.argv[3])
store = open_store(sys.argv[1], user="crash-test")
refs = reference_cases()
print("ready", flush=True)
for b in range(int(sys.argv[2])):
    cases = []
    for i in range(BATCH):
        data = case_to_data(refs[i % len(refs)])  # keeps its reference block: add_cases drops it
        data["id"] = f"b{b:04d}-{i:03d}"
        data["title"] = f"Batch {b} case {i}"
        cases.append(Case.model_validate(data))
    ids = store.add_cases(cases)
    assert ids == [c.id for c in cases], ids
    print(f"ack {b}", flush=True)
print("done", flush=True)
"""


# -- helpers ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def template_db(tmp_path_factory) -> Path:
    """A database as the app leaves it after first start (schema + reference library), closed."""
    path = tmp_path_factory.mktemp("crash-template") / "template.sqlite"
    open_store(path, user="setup").close()
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    return path


def _run_and_kill(args: list[str], *, kill_after_acks: int | None, kill_after_seconds: float | None,
                  start_timer_on: str | None = None) -> tuple[list[str], int, str]:
    """Start ``python -c SCRIPT args``; SIGKILL it after N ``ack`` lines or after a delay (counted
    from spawn, or from the ``start_timer_on`` line). Returns every complete line it printed
    (read to EOF after the kill), its return code and its stderr."""
    proc = subprocess.Popen(
        [sys.executable, "-c", *args], cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "0"},
    )
    killer = threading.Timer(kill_after_seconds or 0, lambda: proc.send_signal(signal.SIGKILL))
    watchdog = threading.Timer(CHILD_TIMEOUT, lambda: proc.send_signal(signal.SIGKILL))
    watchdog.start()
    lines: list[str] = []
    acks = 0
    try:
        if kill_after_seconds is not None and start_timer_on is None:
            killer.start()
        while True:
            raw = proc.stdout.readline()
            if not raw:
                break
            if not raw.endswith(b"\n"):
                break  # a torn last line (cannot happen with one flushed write, but be strict)
            line = raw.decode().rstrip("\n")
            lines.append(line)
            if line == start_timer_on and kill_after_seconds is not None:
                killer.start()
            if line.startswith("ack "):
                acks += 1
                if kill_after_acks is not None and acks > kill_after_acks:
                    proc.send_signal(signal.SIGKILL)
                    break
        # what the child printed before it died is still in the pipe: read it all
        rest = proc.stdout.read()
        for raw in rest.split(b"\n")[:-1]:  # only complete lines
            lines.append(raw.decode())
        proc.wait(timeout=CHILD_TIMEOUT)
        stderr = proc.stderr.read().decode(errors="replace")
    finally:
        killer.cancel()
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    return lines, proc.returncode, stderr


def _integrity(db: Path) -> sqlite3.Connection:
    """A raw connection (not the app's), after asserting the file is healthy."""
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    return con


def _tables(con: sqlite3.Connection) -> set[str]:
    return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _expected_after(m: int) -> tuple[str | None, str | None, int]:
    """(summary, leverage degree, history rows) once edits 0..m are all applied (m = -1: none)."""
    odd = [n for n in range(m + 1) if n % 2]
    degree = DEGREES[(odd[-1] // 2) % len(DEGREES)] if odd else None
    summary = f"edit {m}" if m >= 0 else None
    return summary, degree, 1 + (m + 1) + len(odd)  # "created", one per summary, one per degree


# -- edits ----------------------------------------------------------------------------------------
def _check_edit_run(db: Path, lines: list[str], context: str) -> str:
    """Checks one killed run; returns where the kill landed (for the run summary)."""
    printed = [line.split(" ", 1)[1] for line in lines if line.startswith("case ")]
    acked = [int(line.split()[1]) for line in lines if line.startswith("ack ")]
    assert acked == list(range(len(acked))), f"{context}: acks out of order: {acked[:5]}…"
    last_ack = acked[-1] if acked else -1

    if not db.exists():  # killed before SQLite created the file: nothing was acknowledged
        assert not printed, context
        return "before the file existed"
    con = _integrity(db)
    try:
        if "cases" not in _tables(con):  # killed before the schema's transaction committed
            assert not printed, context
            return "before the schema was committed"
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal", context
        mine = con.execute(
            "SELECT id, document, leverage_degree FROM cases WHERE is_reference = 0"
        ).fetchall()
        if printed:
            assert [r[0] for r in mine] == printed, f"{context}: the acknowledged case is missing"
        assert len(mine) <= 1, context
        if not mine:  # killed before (or while) the case was created, and it was never acked
            return "before the case was created"
        case_id, text, degree_column = mine[0]
        document = json.loads(text)
        summary = document.get("summary")
        m = -1 if summary is None else int(summary.removeprefix("edit "))
        assert m in (last_ack, last_ack + 1), (
            f"{context}: stored edit {m} but the last acknowledged edit was {last_ack}"
        )
        want_summary, want_degree, want_rows = _expected_after(m)
        stored_degree = document.get("leverage", {}).get("degree")
        assert (summary, stored_degree) == (want_summary, want_degree), (
            f"{context}: edit {m} is half-applied"
        )
        assert degree_column == stored_degree, f"{context}: list column disagrees with the document"
        rows = con.execute("SELECT count(*) FROM history WHERE case_id = ?", [case_id]).fetchone()[0]
        assert rows == want_rows, f"{context}: {rows} history rows, expected {want_rows} after edit {m}"
        assert rows >= 1 + len(acked), context
        n_refs = con.execute("SELECT count(*) FROM cases WHERE is_reference = 1").fetchone()[0]
    finally:
        con.close()

    # the app itself reopens the file and sees the same
    store = open_store(db, user="checker")
    try:
        case = store.get(case_id)
        assert case.summary == want_summary, context
        assert (case.leverage.degree.value if case.leverage.degree else None) == want_degree, context
        assert len(store.history(case_id)) == want_rows, context
        assert store.count() == N_REFERENCE + 1, context
        if n_refs == N_REFERENCE:
            assert not store.sync_reference_library(reference_cases()), context  # library intact
    finally:
        store.close()
    if m == last_ack + 1:
        return "after a commit, before its ack"
    return "with every committed edit acknowledged"


def test_sigkill_during_edits_loses_no_acknowledged_edit(template_db, tmp_path):
    """Killing the storage process with SIGKILL at random points never loses an acknowledged edit or corrupts the file."""
    rng = random.Random(BASE_SEED)
    landed: dict[str, int] = {}
    for run in range(CRASH_RUNS):
        seed = rng.randrange(2**32)
        run_rng = random.Random(seed)
        db = tmp_path / f"run{run}.sqlite"
        fresh = run_rng.random() < 0.2  # also crash while the file and schema are being created
        if not fresh:
            shutil.copyfile(template_db, db)
        if run_rng.random() < 0.5:
            kill_acks, kill_seconds = run_rng.choice([0, 1, 2, run_rng.randrange(300)]), None
        else:
            kill_acks, kill_seconds = None, run_rng.uniform(0.05, 1.0)
        context = (f"run {run} (RDW_CRASH_SEED={BASE_SEED}, run seed {seed}, fresh={fresh}, "
                   f"kill after acks={kill_acks}, after seconds={kill_seconds})")
        lines, code, stderr = _run_and_kill(
            [EDIT_SCRIPT, str(db), str(MAX_EDITS)], kill_after_acks=kill_acks, kill_after_seconds=kill_seconds
        )
        assert code == -signal.SIGKILL, f"{context}: child exited {code} instead of being killed:\n{stderr}"
        assert "done" not in lines, context
        where = _check_edit_run(db, lines, context)
        landed[where] = landed.get(where, 0) + 1
    print(f"\n{CRASH_RUNS} kills (RDW_CRASH_SEED={BASE_SEED}), landed: {landed}")  # shown with -s


# -- imports --------------------------------------------------------------------------------------
def _check_batches(db: Path, acked: list[int], context: str) -> int:
    """Each batch is all there or not there; every acknowledged batch is there. Returns how many are."""
    con = _integrity(db)
    try:
        counts: dict[int, int] = {}
        for (case_id,) in con.execute("SELECT id FROM cases WHERE is_reference = 0"):
            assert case_id.startswith("b"), f"{context}: unexpected case {case_id!r}"
            batch = int(case_id[1:5])
            counts[batch] = counts.get(batch, 0) + 1
        imported = con.execute("SELECT count(*) FROM history WHERE new_value = '\"imported\"'").fetchone()[0]
    finally:
        con.close()
    for batch, count in counts.items():
        assert count == BATCH, f"{context}: batch {batch} is partly imported ({count} of {BATCH} cases)"
    for batch in acked:
        assert counts.get(batch) == BATCH, f"{context}: acknowledged batch {batch} is missing"
    last = acked[-1] if acked else -1
    assert set(counts) <= set(range(last + 2)), f"{context}: batches {sorted(counts)} after ack {last}"
    assert imported == BATCH * len(counts), f"{context}: history has {imported} import rows"
    store = open_store(db, user="checker")  # and the app opens it and reads every case
    try:
        assert store.count() == N_REFERENCE + BATCH * len(counts)
        for summary in store.list_summaries():
            store.get(summary.id)
    finally:
        store.close()
    return len(counts)


def test_sigkill_during_multi_case_import_is_all_or_nothing(template_db, tmp_path):
    """Killing the process during imports of many cases leaves each import wholly present or wholly absent."""
    rng = random.Random(BASE_SEED ^ 0x5EED)
    runs = max(4, CRASH_RUNS // 4)
    present_after_cli: list[int] = []
    files = []
    for i, ref in enumerate(reference_cases() * (BATCH // N_REFERENCE)):
        data = case_to_data(ref)
        data.update(id=f"b0000-{i:03d}", title=f"Batch 0 case {i}")
        files.append(tmp_path / f"file{i:03d}.json")
        files[-1].write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    cli_script = "import sys; from desktop.cli.main import main; print('ready', flush=True); sys.exit(main(sys.argv[1:]))"
    for run in range(runs):
        seed = rng.randrange(2**32)
        run_rng = random.Random(seed)
        db = tmp_path / f"import{run}.sqlite"
        shutil.copyfile(template_db, db)
        if run % 3 == 2:  # the real `rdw import` of 48 files, killed at a random moment
            delay = run_rng.uniform(0.0, 0.4)
            context = f"cli run {run} (RDW_CRASH_SEED={BASE_SEED}, run seed {seed}, delay {delay:.3f}s)"
            lines, code, stderr = _run_and_kill(
                [cli_script, "--db", str(db), "import", *map(str, files)],
                kill_after_acks=None, kill_after_seconds=delay, start_timer_on="ready",
            )
            assert code in (0, -signal.SIGKILL), f"{context}: exit {code}:\n{stderr}"
            present = _check_batches(db, [0] if code == 0 else [], context)
            assert present <= 1, context
            present_after_cli.append(present)
            continue
        if run_rng.random() < 0.5:
            kill_acks, kill_seconds = run_rng.randrange(4), None
        else:
            kill_acks, kill_seconds = None, run_rng.uniform(0.0, 0.3)
        context = (f"run {run} (RDW_CRASH_SEED={BASE_SEED}, run seed {seed}, kill after acks={kill_acks}, "
                   f"after seconds={kill_seconds})")
        lines, code, stderr = _run_and_kill(
            [IMPORT_SCRIPT, str(db), "10000", str(BATCH)],
            kill_after_acks=kill_acks, kill_after_seconds=kill_seconds, start_timer_on="ready",
        )
        assert code == -signal.SIGKILL, f"{context}: child exited {code} instead of being killed:\n{stderr}"
        acked = [int(line.split()[1]) for line in lines if line.startswith("ack ")]
        assert acked == list(range(len(acked))), context
        _check_batches(db, acked, context)
    print(f"\n{runs} import kills; `rdw import` runs left 0 or 1 whole import: {present_after_cli}")
