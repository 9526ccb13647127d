"""What each start-up workaround buys: `python benchmarks/startup_ablations.py [--runs N] [--json]`.

Measures the app's start-up (to the first painted window, as ``run.py`` does) with each
workaround undone in turn, next to the bare PySide6 window in the same run. A workaround whose
removal keeps the ratio within the target (1.5× the bare window) is not needed and should go;
the figures are what the README's "Speed" section and ``desktop/views/first_paint.py`` quote.

Each ablation undoes one thing from outside the app, when the app imports its GUI module:
- ``qt_namespace``: PySide's ``Qt`` namespace is built before the window (what any ordinary use
  of ``Qt.…`` on the first window's path does); with it built, the plain-int roles, the header's
  titles model, the string-named enum properties and the deferred click-to-sort save nothing.
- ``index_override``: the case model uses Qt's own ``index()`` (which calls back into Python for
  the row and column counts on every cell).
- ``gc_pause``: the garbage collector runs during start-up.
- ``preview_first``: PySide is imported before the case list is read.
- ``eager_dialogs``: the dialogs module is imported with the window.
- ``html``: ``html`` is imported with the window.
- ``fusion_on_command_line``: the style is set with ``app.setStyle("Fusion")``.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import json
import os
import random
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
run = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(run)

# Code run inside the app's exec_module hook (``run._APP``): ``gui`` is desktop.views.window.app.
_AFTER_GUI_IMPORT = {
    "qt_namespace": "from PySide6.QtCore import Qt; Qt.AlignmentFlag.AlignLeft",
    "index_override": ("from desktop.views.browser.table_model import CaseTableModel\n"
                       "            del CaseTableModel.index"),
    "eager_dialogs": "import desktop.views.dialogs",
    "html": "import html",
    "fusion_on_command_line": ("_make = gui.make_application\n"
                               "            def _plain(*a):\n"
                               "                app = _make(*a); app.setStyle('Fusion'); return app\n"
                               "            gui.make_application = _plain"),
}
# Code run before the app's entry point.
_BEFORE_MAIN = {
    "gc_pause": "import gc; gc.disable = lambda: None",
    "preview_first": "import PySide6.QtWidgets",
}
ABLATIONS = ("none", *_AFTER_GUI_IMPORT, *_BEFORE_MAIN)


def app_script(ablation: str) -> str:
    """``run._APP`` with one measure undone, or several joined by ``+`` (``gc_pause+html``)."""
    script = run._APP
    for name in ablation.split("+"):
        if name in _AFTER_GUI_IMPORT:
            anchor = "            run_module(gui)\n"
            assert anchor in script, "run._APP changed: update the ablations"
            script = script.replace(anchor, anchor + "            " + _AFTER_GUI_IMPORT[name] + "\n")
        if name in _BEFORE_MAIN:
            anchor = "from desktop.launch import main\n"
            assert anchor in script, "run._APP changed: update the ablations"
            script = script.replace(anchor, _BEFORE_MAIN[name] + "\n" + anchor)
    return script


def measure(runs: int, ablations: tuple[str, ...] = ABLATIONS) -> dict[str, dict[str, float]]:
    compileall.compile_dir(str(ROOT / "desktop"), quiet=1)
    scripts = {name: app_script(name) for name in ablations}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["RDW_DATA_DIR"] = tmp
        db = Path(tmp) / "startup.sqlite"
        run._startup(run._APP, str(db))  # creates the database: not a start-up
        times: dict[str, list[float]] = {name: [] for name in (*ablations, "bare")}
        order = ["bare", *scripts]
        shuffle = random.Random(1).shuffle
        for _ in range(runs):  # interleaved, in a new order each round: a busy moment or a
            shuffle(order)    # warm cache touches every variant alike
            for name in order:
                times[name].append(run._startup(run._BARE) if name == "bare" else run._startup(scripts[name], str(db)))
    bare = statistics.median(times["bare"])
    return {name: {"startup_s": statistics.median(t), "ratio": statistics.median(t) / bare,
                   "quartiles_s": statistics.quantiles(t, n=4)[::2]}
            for name, t in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("ablations", nargs="*", metavar="ABLATION",
                        help=f"which to measure (default: each alone), several undone together joined by +: "
                             f"{', '.join(ABLATIONS)}")
    args = parser.parse_args()
    unknown = {name for a in args.ablations for name in a.split("+")} - set(ABLATIONS)
    if unknown:
        parser.error(f"unknown ablation(s): {', '.join(sorted(unknown))}")
    chosen = tuple(dict.fromkeys(["none", *args.ablations])) if args.ablations else ABLATIONS
    results = measure(args.runs, chosen)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for name, figures in results.items():
            low, high = figures["quartiles_s"]
            print(f"{name:<24} {figures['startup_s']:7.3f} s  {figures['ratio']:5.2f}×  "
                  f"(middle half {low:.3f}–{high:.3f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
