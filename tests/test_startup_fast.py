"""Window first: a plain ``rdw`` shows the case list from a quick read-only read of the file
before pydantic, sqlite-utils or numpy are imported, then the real store takes over. (Speed
itself is measured in benchmarks/run.py, not here: these tests check the behaviour.)"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.launch import gui_database
from desktop.models.library import open_store
from desktop.models.storage.migrations import SCHEMA_VERSION
from desktop.models.storage.quick_listing import EXPECTED_SCHEMA, PreviewStore, preview_store

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LITHO = "dpc2024-lithography"


def test_the_preview_expects_the_current_schema():
    assert EXPECTED_SCHEMA == SCHEMA_VERSION


@pytest.mark.parametrize("args, db", [([], None), (["--db", "x.sqlite"], "x.sqlite"), (["--db=y.sqlite"], "y.sqlite"),
                                      (["list"], False), (["--db", "x", "list"], False), (["--help"], False),
                                      (["--version"], False), (["--self-test"], False), (["--db"], False),
                                      (["--db", "--help"], False), (["--db="], False)])
def test_only_a_plain_start_takes_the_fast_path(args, db):
    assert gui_database(args) == db


def test_preview_lists_what_the_store_lists(file_store, db_path):
    file_store.create("Öffentliche Beschaffung")
    file_store.create("光刻机 <b>case</b>")
    preview = preview_store(db_path)
    assert isinstance(preview, PreviewStore) and preview.read_only and preview.get(LITHO) is None
    assert preview.list_summaries() == file_store.list_summaries()
    assert preview.exists(LITHO) and preview.summary(LITHO).title == file_store.summary(LITHO).title


def test_no_preview_for_a_missing_damaged_or_other_version_file(tmp_path, db_path):
    assert preview_store(tmp_path / "none.sqlite") is None
    assert preview_store(tmp_path / ("a" * 300) / "x.sqlite") is None  # a name the system refuses
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    assert preview_store(bad) is None
    open_store(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    assert preview_store(db_path) is None
    odd = tmp_path / "odd.sqlite"  # values the list cannot show (a title that is not text)
    open_store(odd).close()
    con = sqlite3.connect(odd)
    con.execute("UPDATE cases SET title = X'00ff'")
    con.commit()
    con.close()
    assert preview_store(odd) is None


def test_window_waits_for_the_store_then_takes_it_over(qtbot, db_path, settings):
    from desktop.views.window.main_window import MainWindow

    store = open_store(db_path)
    store.close()
    window = MainWindow(preview_store(db_path), settings)
    qtbot.addWidget(window)
    window.browser.select(LITHO)
    assert not window.ready and not window.act.new.isEnabled() and not window.act.open.isEnabled()
    assert window.act.find.isEnabled() and "(read-only)" not in window.windowTitle()
    assert all(menu.menuAction().isEnabled() for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu())))
    assert not window.act.sources.isEnabled()
    assert window.open_case(LITHO) is None  # nothing opens until the real store is there
    assert not window.browser.table.isSortingEnabled()  # (a sort order is a Qt enum: see first_paint)
    store = open_store(db_path)
    window.attach_store(store)
    assert window.ready and window.act.new.isEnabled() and window.browser.current_id() == LITHO
    assert window.browser.table.isSortingEnabled()
    assert window.act.sources.isEnabled() and window.act.about.isEnabled()
    assert window.open_case(LITHO) is not None
    window.close_editor()
    store.close()


def test_a_plain_start_paints_before_the_heavy_imports(tmp_path):
    """The first paint of `rdw --db FILE` comes before pydantic, sqlite-utils or numpy are
    imported (nor ``dataclasses`` and ``html``, a few milliseconds each), and before PySide
    builds its ``Qt`` namespace (93 enum types, ~15 ms), with the garbage collector paused; the
    real store is attached right after, with the collector back on and the list sortable
    (checked in a fresh process)."""
    db = tmp_path / "cases.sqlite"
    store = open_store(db)
    store.create("A draft of mine")  # (drafts are shown in italics: every kind of cell is painted)
    store.close()
    probe = f"""
import gc, sys
from PySide6.QtCore import QEvent, QObject, QTimer
import desktop.views.window.app as gui
heavy = ("pydantic", "sqlite_utils", "numpy", "dataclasses", "html")
seen = {{}}
_make = gui.make_application
def make_application(*args, **kwargs):
    app = _make(*args, **kwargs)
    class Probe(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and "paint" not in seen:
                seen["paint"] = [m for m in heavy if m in sys.modules]
                seen["gc"] = gc.isenabled()
                # once the whole window is painted (the first Paint event is the window's own,
                # before its children's), and before the hand-over, queued after this
                QTimer.singleShot(0, lambda: seen.setdefault("qt", "Qt" in sys.modules["PySide6.QtCore"].__dict__))
                QTimer.singleShot(1500, quit_when_ready)
            return False
    def quit_when_ready(tries=[0]):  # (the hand-over runs in a worker thread: on a busy machine it can take a while)
        window = next(w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow")
        tries[0] += 1
        if window.ready or tries[0] > 200:
            app.quit()
        else:
            QTimer.singleShot(100, quit_when_ready)
    app._probe = Probe(); app.installEventFilter(app._probe)
    return app
gui.make_application = make_application
from desktop.launch import main
code = main(["--db", {str(db)!r}])
from PySide6.QtWidgets import QApplication
window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
print("heavy at first paint:", seen.get("paint"), "ready:", window.ready, "code:", code,
      "gc at paint:", seen.get("gc"), "after:", gc.isenabled(), "Qt at paint:", seen.get("qt"),
      "sortable:", window.browser.table.isSortingEnabled())
"""
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "RDW_DATA_DIR": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=PROJECT_ROOT,
                         env=env, timeout=60)
    assert ("heavy at first paint: [] ready: True code: 0 gc at paint: False after: True Qt at paint: False "
            "sortable: True") in out.stdout, \
        out.stdout + out.stderr


def test_the_list_is_read_before_qt_is_imported(tmp_path):
    """`rdw` reads the case list (sqlite3 and the plain-Python models) before PySide is
    imported: PySide reads the source of every module imported after it, for its "feature"
    switches, which made each one slower to load (checked in a fresh process)."""
    db = tmp_path / "cases.sqlite"
    open_store(db).close()
    probe = f"""
import os, sys
import desktop.models.storage.quick_listing as quick_listing  # (plain Python: imports no Qt)
read = []
_preview_store = quick_listing.preview_store
quick_listing.preview_store = lambda path: read.append(path) or _preview_store(path)
class Watch:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6":
            print("read before Qt:", len(read) == 1, flush=True)
            os._exit(0)
        return None
sys.meta_path.insert(0, Watch())
from desktop.launch import main
main(["--db", {str(db)!r}])
"""
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "RDW_DATA_DIR": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=PROJECT_ROOT,
                         env=env, timeout=60)
    assert "read before Qt: True" in out.stdout, out.stdout + out.stderr


def test_a_failure_while_the_store_takes_over_is_said_and_ends_the_start(qtbot, tmp_path, monkeypatch, settings):
    """If opening the real store fails after the preview is on screen, the user is told and the
    start ends (code 1) instead of leaving a preview where nothing can be done. (``hand_over_now``
    is the ordinary path the hand-over takes for anything unusual: tests/test_handover.py.)"""
    from desktop.views.window import app as gui, startup
    from desktop.views.window.main_window import MainWindow

    db = tmp_path / "cases.sqlite"
    open_store(db).close()
    window = MainWindow(preview_store(db), settings)
    qtbot.addWidget(window)
    shown, stops = [], []
    monkeypatch.setattr(startup, "open_database", lambda *a, **k: (_ for _ in ()).throw(OSError(28, "No space left")))
    monkeypatch.setattr("desktop.views.dialogs.plain_message",
                        lambda parent, icon, title, text, info="": shown.append(info) or type("B", (), {"exec": lambda s: 0})())
    gui.hand_over_now(window, db, stops.append)
    assert stops == [1] and shown and "No space left" in shown[0] and not window.isVisible()
    store = open_store(db)  # and when it works, the window takes the store
    monkeypatch.setattr(startup, "open_database", lambda *a, **k: (store, None, db))
    window2 = MainWindow(preview_store(db), settings)
    qtbot.addWidget(window2)
    gui.hand_over_now(window2, db, stops.append)
    assert stops == [1] and window2.ready and window2.store is store
    store.close()


def test_no_room_for_a_backup_warns_and_opens_the_database(tmp_path, monkeypatch):
    from desktop.views.window import startup

    db = tmp_path / "cases.sqlite"
    open_store(db).close()
    warned = []
    monkeypatch.setattr(startup, "make_backup", lambda path: (_ for _ in ()).throw(OSError(28, "No space left")))
    monkeypatch.setattr(startup, "plain_message",
                        lambda parent, icon, title, text, info="": warned.append(text) or type("B", (), {"exec": lambda s: 0})())
    store, lock, path = startup.open_database(db)
    try:
        assert warned == ["No backup was made at start-up."] and store.count() >= 12
    finally:
        store.close()
        lock.unlock()


def test_undo_and_redo_stay_with_the_undo_group(qtbot, db_path, settings):
    from desktop.views.window.main_window import MainWindow

    open_store(db_path).close()
    window = MainWindow(preview_store(db_path), settings)
    qtbot.addWidget(window)
    store = open_store(db_path)
    window.attach_store(store)
    assert not window.act.undo.isEnabled() and not window.act.redo.isEnabled()
    store.close()
