"""File ▸ Connect to Team Database… (issue 22): the address typed or picked from the recent ones
(kept without a password), the window switching to the team database, and a failed connection
that leaves the window as it was and says why."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import QLockFile, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.cli.main import main
from desktop.views.window.team_connect import (RECENT, TeamConnect, TeamConnectDialog, recent_addresses,
                                               remember_address)

UNREACHABLE = "postgresql://officer:s3cret@/nowhere?host=/nonexistent&connect_timeout=2"


@pytest.fixture
def team(pg_server):
    """A new database set up by its owner (rdw team-setup), with an editor's login."""
    database = pg_server.create_database()
    owner = pg_server.url(database)
    assert main(["--db", owner, "team-setup"]) == 0
    login = f"{database}_carol"
    with psycopg.connect(owner, autocommit=True) as conn:
        conn.execute(f"DROP ROLE IF EXISTS {login}")
        conn.execute(f"CREATE ROLE {login} LOGIN IN ROLE rdw_editor")
    return {"editor": pg_server.url(database, login), "database": database, "login": login}


@pytest.fixture
def told(monkeypatch):
    """Every message box's text and detail, instead of showing it."""
    said = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: said.append(f"{box.text()}\n{box.informativeText()}") or QMessageBox.StandardButton.Ok)
    return said


# -- the recent addresses ----------------------------------------------------------------------
def test_the_recent_list_never_keeps_a_password(settings, tmp_path):
    remember_address(settings, "postgresql://alice:s3cret@db.example.org/rdw?password=pw2&sslmode=require")
    remember_address(settings, "postgresql:///?service=rdw")
    settings.setValue("team/recent", [*settings.value("team/recent"), "postgresql://bob:hand@db/x"])  # (edited by hand)
    settings.sync()
    assert recent_addresses(settings) == ["postgresql:///?service=rdw",
                                          "postgresql://alice@db.example.org/rdw?sslmode=require",
                                          "postgresql://bob@db/x"]
    remember_address(settings, "postgresql://bob:again@db/x")
    written = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "s3cret" not in written and "pw2" not in written and "again" not in written and "password" not in written
    assert recent_addresses(settings)[0] == "postgresql://bob@db/x"


def test_at_most_eight_newest_first_each_once(settings):
    for n in range(12):
        remember_address(settings, f"postgresql://u@h/db{n}")
    remember_address(settings, "postgresql://u@h/db5")
    kept = recent_addresses(settings)
    assert len(kept) == RECENT == 8
    assert kept[:3] == ["postgresql://u@h/db5", "postgresql://u@h/db11", "postgresql://u@h/db10"]
    assert len(set(kept)) == len(kept)


def test_the_dialog_lists_them_and_names_every_control(qtbot, settings):
    remember_address(settings, "postgresql://u@h/one")
    remember_address(settings, "postgresql://u@h/two")
    dialog = TeamConnectDialog(recent_addresses(settings))
    qtbot.addWidget(dialog)
    assert [dialog.recent.item(i).text() for i in range(dialog.recent.count())] == ["postgresql://u@h/two",
                                                                                   "postgresql://u@h/one"]
    for widget in (dialog, dialog.address, dialog.recent, dialog.connect_button, *dialog.buttons.buttons()):
        assert widget.accessibleName(), widget
    assert "~/.pgpass" in dialog.address.accessibleDescription()
    assert not dialog.connect_button.isEnabled()
    dialog.address.setText("/home/alice/workbench.sqlite")
    assert not dialog.connect_button.isEnabled() and "postgresql://" in dialog.problem.text()
    dialog.show()
    assert dialog.frameGeometry().width() <= 1024 and dialog.frameGeometry().height() <= 768


# -- keyboard only -----------------------------------------------------------------------------
def test_type_the_address_and_press_enter(qtbot):
    dialog = TeamConnectDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.address.hasFocus() or QApplication.focusWidget() in (None, dialog.address)
    qtbot.keyClicks(dialog.address, "postgresql://alice@db.example.org/rdw ")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.value() == "postgresql://alice@db.example.org/rdw"


def test_pick_a_recent_one_with_the_arrow_keys_and_enter(qtbot):
    dialog = TeamConnectDialog(["postgresql://u@h/two", "postgresql://u@h/one"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.recent.setFocus()
    qtbot.keyClick(dialog.recent, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.recent, Qt.Key.Key_Down)
    assert dialog.address.text() == "postgresql://u@h/one"
    qtbot.keyClick(dialog.recent, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.value() == "postgresql://u@h/one"


def test_escape_cancels(qtbot):
    dialog = TeamConnectDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.address, "postgresql://u@h/db")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


# -- connecting ----------------------------------------------------------------------------------
def test_connecting_swaps_the_store_from_the_file_menu(window, qtbot, settings, team, told, tmp_path):
    """File ▸ Connect to Team Database…, keyboard only: the address typed, Enter; the window now
    shows the team database, the file's store is closed and its lock released, and the address
    is remembered."""
    file_store = window.store
    lock = QLockFile(str(tmp_path / "cases.sqlite.lock"))
    assert lock.tryLock(0)
    window.lock = lock
    action = window.act.connect_team
    assert action in window.menuBar().actions()[0].menu().actions() and action.isEnabled()
    address = team["editor"].replace(f"{team['login']}@", f"{team['login']}:pw@")  # (trust: the password is ignored)

    def type_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TeamConnectDialog)
        qtbot.keyClicks(dialog.address, address)
        qtbot.keyClick(dialog.address, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_it)
    action.trigger()
    try:
        assert window.store is not file_store and window.store.path is None and not window.store.read_only
        assert window.lock is None and not lock.isLocked()
        assert team["database"] in window.windowTitle() and "pw" not in window.windowTitle()
        assert window.browser.model.rowCount() == len(window.store.list_summaries()) == 12
        assert told == []
        assert recent_addresses(settings) == [team["editor"]]
        with pytest.raises(Exception):
            file_store.list_summaries()  # the file's store was closed
        case = window.store.create("Made in the team database")
        assert window.store.get(case.id).title == "Made in the team database"
    finally:
        window.store.close()


def test_a_failed_connection_keeps_the_store_and_says_why(window, settings, told):
    file_store = window.store
    rows = window.browser.model.rowCount()
    title = window.windowTitle()
    assert TeamConnect(window, settings).connect(UNREACHABLE) is False
    assert window.store is file_store and window.windowTitle() == title and window.browser.model.rowCount() == rows
    assert len(told) == 1 and told[0].startswith("The team database could not be opened.")
    assert "officer@" in told[0] and "s3cret" not in told[0]
    assert file_store.list_summaries()  # still open
    assert recent_addresses(settings) == []  # only a connection that worked is remembered


def test_cancel_changes_nothing(window, settings, monkeypatch):
    file_store = window.store
    monkeypatch.setattr(TeamConnectDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert TeamConnect(window, settings).run() is False
    assert window.store is file_store and recent_addresses(settings) == []


def test_tab_through_the_recent_list_keeps_what_was_typed(qtbot):
    dialog = TeamConnectDialog(["postgresql://u@h/two", "postgresql://u@h/one"])
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.address.setFocus()
    qtbot.keyClicks(dialog.address, "postgresql://me@h/mine")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Tab)
    assert dialog.recent.hasFocus()
    qtbot.keyClick(dialog.recent, Qt.Key.Key_Tab)
    assert dialog.connect_button.hasFocus()
    assert dialog.address.text() == "postgresql://me@h/mine"
    qtbot.keyClick(dialog.connect_button, Qt.Key.Key_Space)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.value() == "postgresql://me@h/mine"
