"""The hand-over after the first paint (issue 20): how long the event loop is blocked at a time.

``rdw --db FILE`` shows the list from a quick read-only read, then opens the real store
(sqlite-utils, pydantic, the integrity check, migrations, the reference library, the backup)
and hands it to the window. The figure, ``handover_longest_block_s`` (target ≤ 0.05 s), is the
longest the event loop went without turning in the first 2 s after the first paint: measured
in fresh processes of the real entry point, the median over the runs of each run's longest
block, on a database with the 12 reference cases and on one with 10,000 cases
(``handover_longest_block_10k_s``). Run from ``benchmarks/run.py``.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOW_S = 2.0  # how long after the first paint the loop is watched
TICK_MS = 1  # the probe's timer: a block is measured to within this much

_PROBE = """
import sys, time
WINDOW_S, TICK_MS = float(sys.argv[2]), int(sys.argv[3])
def watch(window):
    # A timer ticking every TICK_MS from the moment the hand-over starts (the app's own
    # "after the first paint"): the loop was blocked for (gap between two ticks) - TICK_MS.
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QApplication
    class Ticks(QObject):
        def __init__(self):
            super().__init__(window)
            self.start = self.last = time.perf_counter()
            self.longest = 0.0
            self.timer = QTimer(self)
            # (a coarse timer of up to 20 ms is a precise one; naming the type would build Qt's enums)
            self.timer.setInterval(TICK_MS)
            self.timer.timeout.connect(self.tick)
            self.timer.start()
        def tick(self):
            now = time.perf_counter()
            if now - self.start <= WINDOW_S:
                self.longest = max(self.longest, now - self.last - TICK_MS / 1000)
                self.last = now
                return
            if not getattr(window, "ready", True) and now - self.start < 60:
                return  # (the hand-over is not done: wait for it, so every run ends alike)
            self.timer.stop()
            print("longest", max(self.longest, 0.0), "ready", getattr(window, "ready", None),
                  "after", now - self.start, flush=True)
            QApplication.instance().quit()
    window._ticks = Ticks()
import importlib.util
class PatchGui:
    def find_spec(self, name, path=None, target=None):
        if name != "desktop.views.window.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run_module = spec.loader.exec_module
        def exec_module(gui):
            run_module(gui)
            _show, _after_first_paint = gui._show, gui._after_first_paint
            def show(store, lock, *rest):
                window = _show(store, lock, *rest)
                if lock is not None or not getattr(store, "preview", False):  # no preview: the first run
                    from PySide6.QtCore import QTimer
                    from PySide6.QtWidgets import QApplication
                    print("no preview", flush=True)
                    QTimer.singleShot(0, QApplication.instance().quit)
                return window
            def after_first_paint(window, then):
                def started():
                    watch(window)
                    then()
                _after_first_paint(window, started)
            gui._show = show
            gui._after_first_paint = after_first_paint
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, PatchGui())
from desktop.launch import main
raise SystemExit(main(["--db", sys.argv[1]]))
"""


def _longest_block(db: Path) -> float | None:
    """One fresh ``rdw --db db``: the longest block after the first paint (None: no preview)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    if "RDW_DATA_DIR" in os.environ:  # window settings go there too, never to the user's
        env["XDG_CONFIG_HOME"] = os.path.join(os.environ["RDW_DATA_DIR"], "config")
    done = subprocess.run([sys.executable, "-c", _PROBE, str(db), str(WINDOW_S), str(TICK_MS)], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)
    out = done.stdout
    if done.returncode:
        raise RuntimeError(f"the hand-over probe failed ({done.returncode}): {out}{done.stderr}")
    for line in out.splitlines():
        if line.startswith("longest "):
            words = line.split()
            if words[3] != "True":
                raise RuntimeError(f"the hand-over did not finish: {line}")
            return float(words[1])
    if "no preview" in out:
        return None
    raise RuntimeError(f"the hand-over probe printed nothing useful: {out!r}")


def _large_database(workdir: Path) -> Path:
    """The 10,000-case database of ``large_library`` (made here if that group has not run)."""
    db = workdir / "large.sqlite"
    from desktop.models.case import Case
    from desktop.models.library import open_store

    store = open_store(db)
    try:
        if store.count() < 10_000:
            store.add_cases(Case(id=f"bulk-{n}", title=f"Bulk case {n}", technology_area=f"Area {n % 37}")
                            for n in range(10_000))
    finally:
        store.close()
    return db


def bench_handover(runs: int, workdir: Path) -> dict:
    compileall.compile_dir(str(ROOT / "desktop"), quiet=1)  # as installed (see run.bench_startup)
    db = workdir / "handover.sqlite"
    _longest_block(db)  # the first run creates the database (no preview): not a hand-over
    _longest_block(db)  # the first hand-over makes the start-up backup: a one-off
    small = [_longest_block(db) for _ in range(runs)]
    results = {"handover_longest_block_s": statistics.median(small)}
    large = _large_database(workdir)
    _longest_block(large)  # (its start-up backup)
    results["handover_longest_block_10k_s"] = statistics.median(_longest_block(large) for _ in range(runs))
    return results
