"""Whole ``rdw`` command-line processes against their floors in the same run (issue 20): each
command and its floor alternate, round after round, and each figure is the median. Run from
``benchmarks/run.py``; the floors are the scripts beside this one.

- ``rdw --version`` against ``python -c pass``;
- ``rdw list`` (the 12 reference cases) against ``floor_list.py`` (the same rows with sqlite3);
- ``rdw scorecard CASE --out F.pdf`` (one case) against ``floor_scorecard.py`` (QtGui, one page
  of HTML to PDF).
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
RDW = [sys.executable, "-c", "import sys; from desktop.launch import main; sys.argv[0] = 'rdw'; "
                             "raise SystemExit(main(sys.argv[1:]))"]


def _process_seconds(command: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    t0 = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True, cwd=ROOT, env=env)
    return time.perf_counter() - t0


def bench_cli(runs: int, workdir: Path) -> dict:
    # as installed: pip and PyInstaller compile the modules, so a checkout run with
    # PYTHONDONTWRITEBYTECODE must not measure the compiler on every start
    compileall.compile_dir(str(ROOT / "desktop"), quiet=1)
    db = workdir / "cli.sqlite"
    from desktop.models.library import open_store

    open_store(db).close()  # the 12 reference cases, as the app first starts
    case = "dpc2024-automotive-chips"
    pairs = {
        "version": ([*RDW, "--version"], [sys.executable, "-c", "pass"]),
        "list": ([*RDW, "--db", str(db), "list"], [sys.executable, str(HERE / "floor_list.py"), str(db)]),
        "scorecard": ([*RDW, "--db", str(db), "scorecard", case, "--out", str(workdir / "cli.pdf")],
                      [sys.executable, str(HERE / "floor_scorecard.py"), str(workdir / "floor.pdf")]),
    }
    times = {name: ([], []) for name in pairs}
    for _ in range(max(runs, 5)):
        for name, (command, floor) in pairs.items():
            times[name][0].append(_process_seconds(command))
            times[name][1].append(_process_seconds(floor))
    results = {}
    for name, (app, floor) in times.items():
        app_s, floor_s = statistics.median(app), statistics.median(floor)
        results.update({f"cli_{name}_s": app_s, f"cli_{name}_floor_s": floor_s, f"cli_{name}_ratio": app_s / floor_s})
    results["python_pass_s"] = results.pop("cli_version_floor_s")  # (the key the README has used)
    return results
