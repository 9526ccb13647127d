"""The hand-over after the first paint, in slices: the list stays responsive while the real
store gets ready (issue 20: the event loop is never blocked for more than 50 ms at a time;
``benchmarks/handover.py`` measures it).

The window shows the quick preview of the list (``quick_listing``). Then, each step in a turn
of the event loop of its own:

1. the database's lock is taken, without waiting (if another window has the file, the
   ordinary path below takes over: it waits as it always did, then says so), Qt's ``Qt``
   namespace is built (~15 ms, see ``first_paint``) and the worker thread is started;
2. the list becomes sortable by a click on a column's title, and then the worker begins: it
   imports what the real store needs (sqlite-utils, pydantic, the models: most of the time)
   and prepares the file on a connection of its own, closed again: the integrity check,
   migrations, the reference library, the start-up backup, and the list as it is then. It
   touches nothing of Qt's and shows nothing, and says when it is done;
3. the store is opened on the GUI thread (quick now: there is nothing left to do);
4. the window takes it over (``MainWindow.attach_store``), with the list only updated where
   the worker's rows differ from the preview's; then the case's summary is shown, and then
   the toolbar is measured.

Whenever the worker finds anything but a healthy, current file (damaged, another program's, a
newer schema, no room for a backup, an error), the lock is released and the ordinary path runs
on the GUI thread: ``startup.open_database`` with its dialogs and messages, exactly as without
the preview. Every dialog and every widget call stays on the GUI thread.

Closing the window meanwhile ends the app: ``finish`` (called by ``run_gui`` once the event loop
has returned) waits for the worker, whose writes are whole transactions and whose backup is
written beside and renamed, and releases the lock and anything not yet handed over.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from ..first_paint import build_qt_namespace, resume_collector

if TYPE_CHECKING:
    from ...models.storage.records import CaseSummary

# While the worker runs, the GUI thread takes the GIL for every call into Python (each cell a
# list paints asks ``data()`` for): at Python's default switch interval (5 ms) it could wait that
# long each time while the worker imports; at 0.5 ms a repaint stays quick.
WORKER_SWITCH_INTERVAL = 0.0005


def prepare(db_path: Path) -> list[CaseSummary] | None:
    """In the worker thread, with the lock held: the slow part of opening the store, on a
    connection of its own that is closed again; the list as it is afterwards. None (nothing
    written) when the file is not healthy: the ordinary path then says what is wrong."""
    from ...models.library import open_store
    from ...models.storage.backup import check_database, make_backup
    from ...models.storage.opening import refusal

    if refusal(db_path) or not check_database(db_path).ok:
        return None
    store = open_store(db_path)  # migrations and the reference library (a newer file raises)
    try:
        rows = store.list_summaries()
    finally:
        store.close()
    make_backup(db_path)  # (no room for one raises: the ordinary path warns)
    return rows


class Handover(QObject):
    """One start's hand-over from the preview to the real store (see the module's text)."""

    prepared = Signal(object)  # from the worker thread, so delivered on the GUI thread

    def __init__(self, window, db_path: Path, stop: Callable[[int], None],
                 ordinary: Callable[[object, Path, Callable[[int], None]], None]):
        super().__init__(window)
        self.window, self.db_path, self.stop, self.ordinary = window, Path(db_path), stop, ordinary
        self.lock: QLockFile | None = None
        self.store = None  # opened, not yet handed to the window
        self.thread: threading.Thread | None = None
        self.go = threading.Event()  # (see _work)
        self.done = False
        self.steps: list[Callable[[], None]] = []  # (see _later)
        self.turn = QTimer(self)
        self.turn.setSingleShot(True)
        self.turn.setInterval(0)
        self.turn.timeout.connect(self._next)
        self.shown = window.isVisible()  # (a window closed mid-hand-over is no longer)
        self.prepared.connect(self._open)

    # -- the slices, in order --------------------------------------------------------------
    def start(self) -> None:
        lock = QLockFile(str(self.db_path) + ".lock")
        lock.setStaleLockTime(0)  # (a crashed app's lock is taken over: see startup.lock_database)
        if not lock.tryLock(0):  # another window has it: the ordinary path waits, then says so
            self._later(self._take_ordinary_path)
            return
        self.lock = lock
        build_qt_namespace()
        self.thread = threading.Thread(target=self._work, name="rdw-hand-over", daemon=False)
        self.thread.start()  # (it waits for ``go``: the list is made sortable first)
        self._later(self._sortable)

    def _sortable(self) -> None:
        if not self._window_gone():
            self.window.browser.enable_sorting()
            self._later(self.go.set)  # (after the list is laid out and painted again)

    def _work(self) -> None:
        """The worker thread: nothing of Qt's but the signal that says it is done. It starts
        once the GUI thread's own slices are done: alongside the worker's imports, those would
        wait for the GIL many times over (building ``Qt``, ~15 ms alone, took 50–75 ms)."""
        self.go.wait()
        interval = sys.getswitchinterval()
        sys.setswitchinterval(WORKER_SWITCH_INTERVAL)
        try:
            rows = prepare(self.db_path)
        except Exception:  # noqa: BLE001 (the ordinary path meets it again and says what it is)
            rows = None
        finally:
            sys.setswitchinterval(interval)
        try:
            self.prepared.emit(rows)
        except RuntimeError:  # the window is gone already (the app is ending)
            pass

    def _open(self, rows) -> None:
        if self.done or self._window_gone():
            return
        if rows is None:
            self._take_ordinary_path()
            return
        from ...models.storage.store import CaseStore

        try:
            self.store = CaseStore.open(self.db_path)  # as prepared: checks pass, nothing to migrate
        except Exception:  # noqa: BLE001 (as above)
            self._take_ordinary_path()
            return
        self._later(lambda: self._attach(rows))

    def _attach(self, rows: list[CaseSummary]) -> None:
        if self.done or self._window_gone():
            return
        store, lock = self.store, self.lock
        self.store = self.lock = None
        self.done = True
        self.window.attach_store(store, lock, rows, later=self._later)
        self._later(resume_collector)  # (after the steps attach_store left for later)

    # -- the ordinary path, and the end -----------------------------------------------------
    def _take_ordinary_path(self) -> None:
        if self.done or self._window_gone():
            return
        self.done = True
        self._release()
        resume_collector()  # (dialogs may come)
        self.ordinary(self.window, self.db_path, self.stop)

    def finish(self) -> None:
        """After the event loop: wait for the worker, release what was not handed over."""
        if self.thread is not None:
            self.go.set()  # (closed before it began: the file is prepared all the same, backup and all)
            self.thread.join()
        self.done = True
        self._release()
        resume_collector()

    def _release(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None

    def _window_gone(self) -> bool:
        """Closed mid-hand-over: the app is ending; ``finish`` tidies up."""
        if not self.shown or self.window.isVisible():
            return False
        self.done = True
        return True

    def _later(self, step: Callable[[], None]) -> None:
        """``step`` in a turn of the event loop of its own, after those asked for before. (One
        at a time, each on a timer of its own: ``QTimer.singleShot(0, …)`` posts an event, and
        Qt handles the events posted meanwhile in the same go, so a chain of them is one block.)"""
        self.steps.append(step)
        if not self.turn.isActive():
            self.turn.start()

    def _next(self) -> None:
        try:
            self.steps.pop(0)()
        finally:  # (started after the step, so what fell due meanwhile comes first)
            if self.steps:
                self.turn.start()


def refresh_rows(browser, rows: list[CaseSummary], select: str | None) -> None:
    """The prepared list over the preview's: only the rows that differ (the reference library
    updated) are replaced, so the selection and the order the user sorted by stay; when the
    cases themselves differ, all rows are set (in the order of the last sort)."""
    model = browser.model
    shown = {summary.id: summary for summary in map(model.summary_at, range(model.rowCount()))}
    if len(shown) != len(rows) or any(r.id not in shown for r in rows):
        browser.set_rows(rows, select=select)
        return
    for summary in rows:
        if shown[summary.id] != summary:
            browser.update_row(summary)
