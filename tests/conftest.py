"""Shared fixtures: an isolated data folder for every test, and ready-made stores."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")  # as the app runs (launch.py)
# what runs before the per-test folder below (imports, module-level cases building the validator,
# which is cached in RDW_DATA_DIR/cache) never touches the user's folders either
if "RDW_DATA_DIR" not in os.environ:
    os.environ["RDW_DATA_DIR"] = tempfile.mkdtemp(prefix="rdw-tests-")
    atexit.register(shutil.rmtree, os.environ["RDW_DATA_DIR"], True)
# shared assertion helpers explain their failures as test modules do
pytest.register_assert_rewrite("case_model_helpers", "cli_helpers", "exchange_helpers", "rules_helpers",
                               "store_helpers", "wizard_undo_helpers", "wizard_walk_helpers")

from desktop.models.library import open_store, reference_cases  # noqa: E402
from desktop.models.storage.store import CaseStore  # noqa: E402

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "data" / "reference"


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path_factory, monkeypatch):
    """No test ever touches the real user data folder or the real settings."""
    home = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("RDW_DATA_DIR", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:  # Qt reads XDG_CONFIG_HOME once per process: point QSettings() here too
        for fmt in (qtcore.QSettings.Format.NativeFormat, qtcore.QSettings.Format.IniFormat):
            qtcore.QSettings.setPath(fmt, qtcore.QSettings.Scope.UserScope, str(home / "config"))
    return home


@pytest.fixture
def store():
    """An in-memory store with the reference library loaded."""
    s = CaseStore.memory(user="tester")
    s.sync_reference_library(reference_cases())
    yield s
    s.close()


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server of the test session's own (tests/pg_server.py), on a Unix socket."""
    from pg_server import PgServer, binaries

    if binaries() is None:
        pytest.fail("PostgreSQL is not installed: ./dev test installs it (Debian's postgresql) when run as root")
    server = PgServer().start()
    yield server
    server.remove()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request):
    """The store on each engine (issue 22), reference library loaded: an in-memory SQLite one,
    and a new database on the session's PostgreSQL server."""
    if request.param == "sqlite":
        s = CaseStore.memory(user="tester")
        s.sync_reference_library(reference_cases())
    else:
        server = request.getfixturevalue("pg_server")
        s = open_store(server.url(server.create_database()), user="tester")
    yield s
    s.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def two_officers(request, tmp_path):
    """Two stores on one database (issue 22): "me" and, meanwhile, "alice" — on a file, and on the
    session's PostgreSQL server."""
    if request.param == "sqlite":
        where = tmp_path / "shared.sqlite"
    else:
        server = request.getfixturevalue("pg_server")
        where = server.url(server.create_database())
    mine, theirs = open_store(where, user="me"), open_store(where, user="alice")
    yield mine, theirs
    mine.close()
    theirs.close()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "cases.sqlite"


@pytest.fixture
def file_store(db_path):
    s = open_store(db_path, user="tester")
    yield s
    s.close()


# -- CLI fixtures (test_cli_*.py; the CLI is imported inside, so other tests never load it) ----
@pytest.fixture
def db(tmp_path) -> Path:
    """A database as a writing command (or the app) leaves it: the commands that only read
    refuse a missing file, so it is created here, reference library included."""
    path = tmp_path / "cli.sqlite"
    open_store(path).close()
    return path


@pytest.fixture
def rdw(db, capsys):
    """Run ``rdw --db <tmp db> ARGS`` in-process; returns (exit code, stdout, stderr)."""
    from desktop.cli.main import main

    def run(*args: str | Path) -> tuple[int, str, str]:
        code = main(["--db", str(db), *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


# -- GUI fixtures (Qt is imported inside them, so domain tests never load it) ------------------
@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, file_store, settings):
    """The main window on a file store, shown and active (window shortcuts need an active window)."""
    from desktop.views.window.main_window import MainWindow

    w = MainWindow(file_store, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitActive(w):
        w.activateWindow()
    return w


@pytest.fixture
def no_modal_dialogs(monkeypatch):
    """A modal dialog would block the run: an unexpected one fails the test instead. The
    module-level dialog functions are patched, so tests can still patch ``page.ask_reason``,
    ``page.ask_instrument`` or ``editor.show_error`` on the instance."""

    def unexpected(what):
        def fail(*args, **kwargs):
            pytest.fail(f"unexpected modal dialog: {what} {args[1:]}")

        return fail

    monkeypatch.setattr("desktop.views.wizard.editor.plain_message", unexpected("editor error message"))
    monkeypatch.setattr("desktop.views.window.questions.plain_message", unexpected("window message"))
    monkeypatch.setattr("desktop.views.wizard.override_dialog.ask_override_reason", unexpected("override reason"))
    monkeypatch.setattr("desktop.views.wizard.instruments_page.ask_instrument", unexpected("instrument dialog"))


@pytest.fixture(scope="session")
def qapp(qapp):
    """The tests' application speaks English as the app's start-up makes it speak English: with
    its counts' plurals ("%n case(s)" → "3 cases"), from views/translation.py."""
    from desktop.views import translation

    translation.install(qapp, "en")
    return qapp


@pytest.fixture
def as_the_app(qapp):
    """The app's own font size and style sheet (padding widens every button and combo)."""
    from desktop.views.window.app import load_style_sheet

    font, sheet = qapp.font(), qapp.styleSheet()
    bigger = qapp.font()
    bigger.setPointSizeF(max(10.0, bigger.pointSizeF()))
    qapp.setFont(bigger)
    qapp.setStyleSheet(load_style_sheet())
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
