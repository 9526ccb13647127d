"""The 10,000-case library in the window: opening it, a filter keystroke against a bare
proxy-model floor (issue 20), and showing the portfolio. Run from ``benchmarks/run.py``."""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path


def _quiet(mode, context, message: str) -> None:
    if "propagateSizeHints" not in message:  # the offscreen platform's note on every window
        print(message, file=sys.stderr)


def bench_large_library(runs: int, workdir: Path) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(_quiet)
    from desktop.models.case import Case
    from desktop.models.library import open_store
    from desktop.views.window.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    db = workdir / "large.sqlite"
    store = open_store(db)
    if store.count() < 10_000:
        store.add_cases(Case(id=f"bulk-{n}", title=f"Bulk case {n}", technology_area=f"Area {n % 37}")
                        for n in range(10_000))
    store.close()
    open_times, filter_times, portfolio_times = [], [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        store = open_store(db)
        window = MainWindow(store, QSettings(str(workdir / "large.ini"), QSettings.Format.IniFormat))
        window.show()
        app.processEvents()
        open_times.append(time.perf_counter() - t0)
        for text in ("b", "bu", "bul", "bulk 9", "bulk 99", "bulk 999"):
            t0 = time.perf_counter()
            window.browser.search.setText(text)
            app.processEvents()
            filter_times.append(time.perf_counter() - t0)
        window.browser.search.setText("")
        app.processEvents()
        t0 = time.perf_counter()
        window.analysis.show_portfolio()  # (issue 20's target: 0.3 s; it validates every case today)
        app.processEvents()
        portfolio_times.append(time.perf_counter() - t0)
        window.close()
        window.deleteLater()
        app.processEvents()
        store.close()
    floor = _bare_filter_times(runs, db)
    return {"open_10k_first_rows_s": statistics.median(open_times),
            "filter_keystroke_10k_s": statistics.median(filter_times),
            "bare_filter_keystroke_10k_s": statistics.median(floor),
            "filter_keystroke_ratio": statistics.median(filter_times) / statistics.median(floor),
            "portfolio_10k_s": statistics.median(portfolio_times)}


def _bare_filter_times(runs: int, db: Path) -> list[float]:
    """The floor of a keystroke in the list (issue 20): a bare ``QSortFilterProxyModel`` with a
    fixed-string filter over the same rows (title and area), the same texts typed."""
    import sqlite3

    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication.instance()
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT title, COALESCE(technology_area, '') FROM cases").fetchall()
    model = QStandardItemModel(len(rows), 2)
    for n, (title, area) in enumerate(rows):
        model.setItem(n, 0, QStandardItem(title))
        model.setItem(n, 1, QStandardItem(area))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView()
    view.setModel(proxy)
    view.show()
    app.processEvents()
    times = []
    for _ in range(runs):
        for text in ("b", "bu", "bul", "bulk 9", "bulk 99", "bulk 999", ""):
            t0 = time.perf_counter()
            proxy.setFilterFixedString(text)
            app.processEvents()
            times.append(time.perf_counter() - t0)
    view.close()
    return times[:-1] if times else [float("nan")]


