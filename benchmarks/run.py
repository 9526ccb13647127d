"""Speed figures for the README and the issue notes: `python benchmarks/run.py [--json] [--runs N]`.

Each figure is the median of several runs. Start-up is measured in fresh processes (cold Python
imports), from process start to the first painted main window of ``rdw --db FILE``, next to the
same measurement for a bare PySide6 QMainWindow (the floor no Qt app can beat) and for a minimal
window with the same kinds of parts written plainly, without the app's code (what a PySide6
version of this window pays when nothing is done about start-up). Peak memory
(``peak_rss_10k_mb``, MiB) is the high-water mark of a fresh app process showing a 10,000-case
database, searching it and showing one case.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.cli import bench_cli  # noqa: E402
from benchmarks.handover import bench_handover  # noqa: E402
from benchmarks.large_library import bench_large_library  # noqa: E402
from benchmarks.team_database import bench_team_database  # noqa: E402

_PAINT_PROBE = """
import sys, time
t0 = float(sys.argv[1])
def watch(window):
    # PySide is imported here, once the window exists, so the probe changes nothing about what
    # is imported before it (PySide reads the source of each module imported after it).
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    class Painted(QObject):
        # On the window itself: Qt paints a window's widgets parent first, so its first Paint
        # event starts the first paint, and a zero timer queued then fires once the whole
        # window is painted and flushed. (An application-wide filter, or one on the QWindow,
        # gets objects of Qt's private classes, and PySide searches its lazily loaded types for
        # each: the probe slowed what it measured, the app by ~30 ms, the bare window hardly.)
        seen = False
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, self.painted)
            return False
        def painted(self):
            print(time.time() - t0, flush=True)
            QApplication.instance().quit()
    window._probe = Painted()
    window.installEventFilter(window._probe)
"""

_BARE = _PAINT_PROBE + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 760); w.show(); watch(w)
app.exec()
"""

_APP = _PAINT_PROBE + """
# The real entry point (`rdw --db FILE`: the quick list read, crash reporter, main window),
# with the probe on the window it shows. desktop.views.window.app is patched when the app imports it,
# not before, so everything is imported in the app's own order. The real store's hand-over,
# which comes after the first paint, is left out (its timer would otherwise run before the
# probe's and delay the quit).
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
            _show = gui._show
            def show(*args):
                window = _show(*args)
                watch(window)
                return window
            gui._show = show
            gui.hand_over = lambda window, db_path, stop: None
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, PatchGui())
from desktop.launch import main
raise SystemExit(main(["--db", sys.argv[2]]))
"""

_MINIMAL = _PAINT_PROBE + """
# The same kinds of parts as the app's first window, written as plainly as PySide allows (a
# table model over the database's rows behind a filter proxy, search field, summary pane,
# toolbar and menus, the app's style sheet), none of the app's own code: a reference for how
# much of the start-up a plainly written PySide6 version of this window pays.
import sqlite3
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QApplication, QLineEdit, QMainWindow, QSplitter, QTableView, QTextBrowser,
                               QToolBar, QVBoxLayout, QWidget)
app = QApplication([sys.argv[0], "-style", "Fusion"])
app.setStyleSheet(open(sys.argv[3], encoding="utf-8").read())
con = sqlite3.connect(f"file:{sys.argv[2]}?mode=ro", uri=True)
rows = con.execute("SELECT title, technology_area, status, updated FROM cases").fetchall()
class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()): return 0 if parent.isValid() else len(rows)
    def columnCount(self, parent=QModelIndex()): return 0 if parent.isValid() else 4
    def data(self, index, role=0): return rows[index.row()][index.column()] if role == 0 else None
    def headerData(self, section, orientation, role=0):
        if role == 0 and orientation == Qt.Orientation.Horizontal: return ("Title", "Area", "Status", "Changed")[section]
model = Model(); proxy = QSortFilterProxyModel(); proxy.setSourceModel(model)
table = QTableView(); table.setModel(proxy)
left = QWidget(); layout = QVBoxLayout(left)
layout.addWidget(QLineEdit(placeholderText="Search")); layout.addWidget(table)
detail = QTextBrowser(); detail.setHtml("<p>Select a case</p>")
splitter = QSplitter(); splitter.addWidget(left); splitter.addWidget(detail)
w = QMainWindow(); w.resize(1200, 760); w.setCentralWidget(splitter)
actions = [QAction(name, w) for name in ("New", "Open", "Duplicate", "Rename", "Delete", "Import", "Export")]
toolbar = QToolBar(); toolbar.addActions(actions); w.addToolBar(toolbar)
for name in ("File", "Edit", "View", "Analyse", "Help"):
    w.menuBar().addMenu(name).addActions(actions)
w.show(); watch(w)
app.exec()
"""

_RSS = """
import resource, sys
from pathlib import Path
from desktop.views.window.app import make_application
app = make_application()
from PySide6.QtCore import QSettings
from desktop.models.library import open_store
from desktop.views.window.main_window import MainWindow
store = open_store(Path(sys.argv[1]))
w = MainWindow(store, QSettings(sys.argv[2], QSettings.Format.IniFormat)); w.show()
app.processEvents()
assert w.browser.table.model().rowCount() >= 10_000
for text in ("b", "bulk 9", ""):  # a search and back: the list's filter at its largest
    w.browser.search.setText(text)
    app.processEvents()
w.browser.table.selectRow(5_000)  # the summary pane renders a case
app.processEvents()
def peak_kib():
    # VmHWM belongs to this process image. ru_maxrss does not: Linux carries into it the
    # high-water mark of the forked copy of the parent (here the benchmark, holding its own
    # 10,000-case window), which added 20-70 MiB depending on what the benchmark had done.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux and the BSDs
print(peak_kib() / 1024)  # MiB
"""


def _startup(script: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    if "RDW_DATA_DIR" in os.environ:  # window settings go there too, never to the user's
        env["XDG_CONFIG_HOME"] = os.path.join(os.environ["RDW_DATA_DIR"], "config")
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", script, str(t0), *args], capture_output=True, text=True,
                         env=env, cwd=ROOT, check=True).stdout
    return float(out.strip().splitlines()[-1])


def bench_startup(runs: int, workdir: Path) -> dict:
    # As installed: pip and PyInstaller compile the modules to bytecode at install time, so
    # compile them here too (a checkout run with PYTHONDONTWRITEBYTECODE would otherwise
    # measure the compiler on every start).
    compileall.compile_dir(str(ROOT / "desktop"), quiet=1)
    db = workdir / "startup.sqlite"
    _startup(_APP, str(db))  # the first run creates the database: not a start-up
    probes = {"app": (_APP, str(db)), "bare": (_BARE,), "minimal": (_MINIMAL, str(db), str(ROOT / "resources" / "style.qss"))}
    times: dict[str, list[float]] = {name: [] for name in probes}
    order, shuffle = list(probes), random.Random(1).shuffle
    for _ in range(runs):  # interleaved, in a new order each round: a busy moment on the machine,
        shuffle(order)     # or a cache warmed by the run before, touches all three alike
        for name in order:
            times[name].append(_startup(*probes[name]))
    app, bare, minimal = (statistics.median(times[name]) for name in probes)
    return {"startup_s": app, "baseline_startup_s": bare, "startup_ratio": app / bare,
            "minimal_window_startup_s": minimal, "minimal_window_ratio": minimal / bare}


def bench_memory(runs: int, workdir: Path) -> dict:
    """Peak resident memory of a fresh app process showing the 10,000-case database (made by
    bench_large_library), searching it and showing one case."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    peaks = [float(subprocess.run([sys.executable, "-c", _RSS, str(workdir / "large.sqlite"), str(workdir / "rss.ini")],
                                  capture_output=True, text=True, env=env, cwd=ROOT, check=True).stdout.split()[-1])
             for _ in range(runs)]
    return {"peak_rss_10k_mb": statistics.median(peaks)}


def bench_export(runs: int, workdir: Path) -> dict:
    """PDF export of 1, 12 and 100 scorecards (the reference cases, repeated for 100)."""
    from desktop.models.library import open_store
    from desktop.reports.pdf import export_pdf
    from desktop.reports.content import scorecards_for

    store = open_store(workdir / "export.sqlite")
    ids = [s.id for s in store.list_summaries()]
    results = {}
    for name, count in (("export_1_s", 1), ("export_12_s", 12), ("export_100_s", 100)):
        chosen = (ids * 9)[:count]
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            export_pdf(scorecards_for(store, chosen), workdir / f"{name}.pdf")
            times.append(time.perf_counter() - t0)
        results[name] = statistics.median(times)
    results["export_per_scorecard_s"] = results["export_100_s"] / 100
    store.close()
    return results


def bench_docx(runs: int, workdir: Path) -> dict:
    """Word export (issue 19): the 12 reference cases in one document, per scorecard (target
    ≤ 0.05 s), and the size of a one-case document (target ≤ 100 KB)."""
    from desktop.models.library import open_store
    from desktop.reports.content import scorecards_for
    from desktop.reports.docx import export_docx

    store = open_store(workdir / "export.sqlite")
    ids = [s.id for s in store.list_summaries()][:12]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        export_docx(scorecards_for(store, ids), workdir / "docx_12.docx")
        times.append(time.perf_counter() - t0)
    export_docx(scorecards_for(store, ids[:1]), workdir / "docx_1.docx")
    size = (workdir / "docx_1.docx").stat().st_size
    store.close()
    return {"docx_per_scorecard_s": statistics.median(times) / len(ids), "docx_one_case_kb": size / 1000}


def bench_huge_case(runs: int, workdir: Path) -> dict:
    """PDF export of one huge but valid case (issue 18): 2,000 instruments of ~9 kB each (18 MB
    of case file), 500 per level; with the bound a level prints 25 of them, shortened."""
    from desktop.models.case import Case
    from desktop.models.library import open_store
    from desktop.reports.content import scorecards_for
    from desktop.reports.pdf import export_pdf

    store = open_store(workdir / "huge.sqlite")
    if "huge" not in {s.id for s in store.list_summaries()}:
        levels, ppp = ("threat_prevention", "ability_to_deny", "ability_to_act", "curtailment"), ("protect", "promote", "partner")
        store.add_cases([Case.model_validate({
            "format": "rdw-case", "format_version": 1, "id": "huge", "title": "Huge case",
            "instruments": [{"level": levels[n % 4], "text": f"Instrument {n}: " + "lorem ipsum dolor sit amet " * 330,
                             "ppp": ppp[n % 3], "focus": "knowledge_security"} for n in range(2000)]})])
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        export_pdf(scorecards_for(store, ["huge"]), workdir / "huge.pdf")
        times.append(time.perf_counter() - t0)
    from pypdf import PdfReader

    pages = len(PdfReader(str(workdir / "huge.pdf")).pages)
    store.close()
    return {"export_huge_case_s": statistics.median(times), "export_huge_case_pages": float(pages)}


def bench_edit_commit(runs: int, workdir: Path, edits: int = 100) -> dict:
    """What syncing every commit costs (issue 18, finding 9): the median time of one
    ``store.set_field`` on a file database, with ``synchronous = FULL`` (what the app uses: the
    WAL is synced at each commit, so an acknowledged edit survives a power cut on storage that
    honours fsync) and with ``NORMAL`` (survives the app crashing only), in the same run. On a
    RAM disk (tmpfs) fsync costs nothing: run it with TMPDIR on the disk the data lives on."""
    from desktop.models.library import open_store

    results = {}
    for mode in ("NORMAL", "FULL"):
        store = open_store(workdir / f"edit-{mode.lower()}.sqlite")
        store.db.execute(f"PRAGMA synchronous = {mode}")
        case = store.create("Edited case")
        times = []
        for n in range(edits * runs):
            t0 = time.perf_counter()
            store.set_field(case.id, "summary", f"Summary, edit {n}")
            times.append(time.perf_counter() - t0)
        store.close()
        results[f"edit_commit_{mode.lower()}_ms"] = statistics.median(times) * 1000
    results["edit_commit_full_over_normal_ratio"] = results["edit_commit_full_ms"] / results["edit_commit_normal_ms"]
    return results


# the groups, in the order they run; memory needs the 10,000-case database that large_library makes
GROUPS = {"startup": bench_startup, "cli": bench_cli, "large_library": bench_large_library,
          "memory": bench_memory, "export": bench_export, "docx": bench_docx, "huge_case": bench_huge_case,
          "edit_commit": bench_edit_commit, "handover": bench_handover,
          "team_database": bench_team_database}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", metavar="GROUP,...", help="run only these groups: " + ", ".join(GROUPS))
    args = parser.parse_args()
    chosen = list(GROUPS) if not args.only else [g.strip() for g in args.only.split(",") if g.strip()]
    unknown = [g for g in chosen if g not in GROUPS]
    if unknown:
        parser.error(f"unknown group(s): {', '.join(unknown)}; choose from {', '.join(GROUPS)}")
    if "memory" in chosen and "large_library" not in chosen:
        chosen.insert(chosen.index("memory"), "large_library")
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["RDW_DATA_DIR"] = tmp
        for group in chosen:
            results.update(GROUPS[group](args.runs, Path(tmp)))
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for key, value in results.items():
            unit = "×" if key.endswith("ratio") else "MB" if key.endswith("_mb") else "KB" if key.endswith("_kb") else "" if key.endswith("_pages") else "ms" if key.endswith("_ms") else "s"
            digits = 5 if 0 < abs(value) < 0.01 else 3  # (a team edit takes ~1 ms: 0.001 s says little)
            print(f"{key:<32} {value:8.{digits}f} {unit}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
