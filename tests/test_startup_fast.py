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
from desktop.models.migrations import SCHEMA_VERSION
from desktop.models.quick_listing import EXPECTED_SCHEMA, PreviewStore, preview_store

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
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    assert preview_store(bad) is None
    open_store(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    assert preview_store(db_path) is None


def test_window_waits_for_the_store_then_takes_it_over(qtbot, db_path, settings):
    from desktop.views.main_window import MainWindow

    store = open_store(db_path)
    store.close()
    window = MainWindow(preview_store(db_path), settings)
    qtbot.addWidget(window)
    window.browser.select(LITHO)
    assert not window.ready and not window.act_new.isEnabled() and not window.act_open.isEnabled()
    assert window.act_find.isEnabled() and "(read-only)" not in window.windowTitle()
    assert all(menu.menuAction().isEnabled() for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu())))
    assert not window.act_sources.isEnabled()
    assert window.open_case(LITHO) is None  # nothing opens until the real store is there
    store = open_store(db_path)
    window.attach_store(store)
    assert window.ready and window.act_new.isEnabled() and window.browser.current_id() == LITHO
    assert window.act_sources.isEnabled() and window.act_about.isEnabled()
    assert window.open_case(LITHO) is not None
    window.close_editor()
    store.close()


def test_a_plain_start_paints_before_the_heavy_imports(tmp_path):
    """The first paint of `rdw --db FILE` comes before pydantic, sqlite-utils or numpy are
    imported; the real store is attached right after (checked in a fresh process)."""
    db = tmp_path / "cases.sqlite"
    open_store(db).close()
    probe = f"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
import desktop.views.app as gui
heavy = ("pydantic", "sqlite_utils", "numpy")
seen = {{}}
_make = gui.make_application
def make_application(*args, **kwargs):
    app = _make(*args, **kwargs)
    class Probe(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and "paint" not in seen:
                seen["paint"] = [m for m in heavy if m in sys.modules]
                QTimer.singleShot(1500, app.quit)
            return False
    app._probe = Probe(); app.installEventFilter(app._probe)
    return app
gui.make_application = make_application
from desktop.launch import main
code = main(["--db", {str(db)!r}])
from PySide6.QtWidgets import QApplication
window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
print("heavy at first paint:", seen.get("paint"), "ready:", window.ready, "code:", code)
"""
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "RDW_DATA_DIR": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=PROJECT_ROOT,
                         env=env, timeout=60)
    assert "heavy at first paint: [] ready: True code: 0" in out.stdout, out.stdout + out.stderr
