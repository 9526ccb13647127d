"""The team database (issue 22) against a local PostgreSQL server the benchmark starts itself
(tests/pg_server.py's: Debian's binaries, ``initdb`` into a temporary folder, a Unix socket only;
here with fsync on, as a real server), removed at the end. ``python benchmarks/team_database.py
[--runs N]``, or from ``benchmarks/run.py`` (group ``team_database``).

- ``team_list_10k_s``: with 10,000 user cases in a set-up team database, from ``open_store(url)``
  (connect, schema check, the reference library compared) to ``list_summaries()`` returned;
  ``team_list_only_10k_s`` is ``list_summaries()`` alone (target ≤ 0.3 s);
- ``team_edit_roundtrip_s``: one ``set_field`` on a user case, the median of ~200 (target
  ≤ 0.02 s); ``sqlite_edit_roundtrip_s`` the same edit on a SQLite file store (synchronous FULL,
  as the app opens it; both sync to the disk TMPDIR is on: on a RAM disk fsync costs nothing) and
  ``team_edit_over_sqlite_ratio`` the one over the other.

The server runs on this machine: a real team's server adds the network's round trips (an edit
sends 6 statements: BEGIN, the row lock, the read, the update, the history row, COMMIT).
"""

from __future__ import annotations

import importlib.util
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CASES = 10_000
EDITS = 200
BATCH = 1_000


def _pg_server_module():
    """tests/pg_server.py, by path (the tests folder is not a package)."""
    spec = importlib.util.spec_from_file_location("rdw_bench_pg_server", ROOT / "tests" / "pg_server.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _durable(pg_server):
    """tests/pg_server.py's server, but syncing as a real one does (fsync and full-page writes on:
    the tests turn them off for speed), so its edits compare fairly with the SQLite file's."""

    class DurableServer(pg_server.PgServer):
        def start(self):
            if not self.data.exists():
                self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", pg_server.SUPERUSER, "--auth=trust",
                          "--encoding=UTF8", "--locale=C.UTF-8")
            options = f"-c listen_addresses='' -c unix_socket_directories='{self.socket}' -c max_connections=100"
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"),
                      "-w", "start")
            return self

    return DurableServer()


def _fill(url: str, count: int) -> None:
    """``count`` user cases, as the store writes them (``store.row``) with their "imported" history
    row, in batches of rows sent at once (``add_cases`` sends ~4 statements a case, one by one)."""
    from desktop.models.case import Case
    from desktop.models.library import open_store

    store = open_store(url)
    try:
        conn = store.db.conn
        columns = None
        for start in range(0, count, BATCH):
            rows = [store.row(Case(id=f"bulk-{n}", title=f"Bulk case {n}", technology_area=f"Area {n % 37}"))
                    for n in range(start, min(start + BATCH, count))]
            columns = columns or list(rows[0])
            with conn.transaction(), conn.cursor() as cursor:
                cursor.executemany(
                    f"INSERT INTO cases ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})",
                    [[row[c] for c in columns] for row in rows])
                cursor.executemany(
                    'INSERT INTO history (case_id, field, old_value, new_value, changed_at, "user") '
                    "VALUES (%s, '*', NULL, '\"imported\"', %s, %s)",
                    [[row["id"], row["updated"], store.user] for row in rows])
        conn.execute("ANALYZE")
    finally:
        store.close()


def _edit_times(store, edits: int) -> list[float]:
    case = store.create("Edited case")
    store.set_field(case.id, "summary", "warm-up")  # (not timed: the first edit imports and caches)
    times = []
    for n in range(edits):
        t0 = time.perf_counter()
        store.set_field(case.id, "summary", f"Summary, edit {n}")
        times.append(time.perf_counter() - t0)
    return times


def bench_team_database(runs: int, workdir: Path) -> dict:
    pg_server = _pg_server_module()
    if pg_server.binaries() is None:
        print("team_database: PostgreSQL is not installed (Debian: apt-get install postgresql); skipped",
              file=sys.stderr)
        return {}
    from desktop.models.library import open_store

    server = _durable(pg_server).start()
    try:
        url = server.url(server.create_database())
        open_store(url).close()  # set up: the schema and the reference library
        _fill(url, CASES)

        open_list, list_only = [], []
        for _ in range(max(runs, 3)):
            t0 = time.perf_counter()
            store = open_store(url)
            t1 = time.perf_counter()
            summaries = store.list_summaries()
            t2 = time.perf_counter()
            store.close()
            assert len(summaries) == CASES + 12, len(summaries)
            open_list.append(t2 - t0)
            list_only.append(t2 - t1)

        store = open_store(url)
        try:
            team_edits = _edit_times(store, EDITS)
        finally:
            store.close()
        local = open_store(workdir / "team-compare.sqlite")
        try:
            sqlite_edits = _edit_times(local, EDITS)
        finally:
            local.close()
    finally:
        server.remove()
    team_edit, sqlite_edit = statistics.median(team_edits), statistics.median(sqlite_edits)
    return {"team_list_10k_s": statistics.median(open_list),
            "team_list_only_10k_s": statistics.median(list_only),
            "team_edit_roundtrip_s": team_edit,
            "team_edit_roundtrip_p90_s": statistics.quantiles(team_edits, n=10)[-1],
            "sqlite_edit_roundtrip_s": sqlite_edit,
            "team_edit_over_sqlite_ratio": team_edit / sqlite_edit}


def main() -> int:
    import argparse
    import os

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["RDW_DATA_DIR"] = tmp
        results = bench_team_database(args.runs, Path(tmp))
    for key, value in results.items():
        digits = 5 if 0 < abs(value) < 0.01 else 3  # (as run.py: a team edit takes ~1 ms)
        print(f"{key:<32} {value:8.{digits}f} {'×' if key.endswith('ratio') else 's'}")
    return 0 if results else 1


if __name__ == "__main__":
    raise SystemExit(main())
