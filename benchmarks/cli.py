"""Whole ``rdw`` command-line processes against their floors in the same run (issue 20). Run from
``benchmarks/run.py``."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _process_seconds(command: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True, cwd=ROOT)
    return time.perf_counter() - t0


def bench_cli(runs: int, workdir: Path) -> dict:
    """Whole command-line processes against their floor in the same run (issue 20), interleaved:
    ``rdw --version`` against ``python -c pass``."""
    rdw = [sys.executable, "-c", "import sys; from desktop.launch import main; sys.argv[0] = 'rdw'; "
                                 "raise SystemExit(main(sys.argv[1:]))", "--version"]
    floor = [sys.executable, "-c", "pass"]
    times: dict[str, list[float]] = {"rdw": [], "floor": []}
    for _ in range(max(runs, 5)):
        times["rdw"].append(_process_seconds(rdw))
        times["floor"].append(_process_seconds(floor))
    version, bare = statistics.median(times["rdw"]), statistics.median(times["floor"])
    return {"cli_version_s": version, "python_pass_s": bare, "cli_version_ratio": version / bare}


