"""Offline always (issue 5): using every feature opens no network connection.

Three nets, because a connection can be made from Python or from C++ (Qt):

* Python's ``socket`` module is patched so any connect, name lookup or internet socket fails the
  test at once, with the call that tried it;
* Qt's network module is never loaded (nothing in the app can then open a Qt socket);
* after each session, the process's open file descriptors hold no internet socket (a C-level
  socket left open by any library would show up in /proc/net/{tcp,udp}{,6}).
"""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.cli.main import main

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "data" / "reference"
LITHO = "dpc2024-lithography"


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    """Fail on any attempt to reach the network; record the attempts for the assertion."""
    attempts: list[str] = []

    def refuse(what):
        def fail(*args, **kwargs):
            attempts.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
            raise NetworkUsed(f"the app tried to use the network: {what} {args} {kwargs}")

        return fail

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
        monkeypatch.setattr(socket, name, refuse(name))
    real_init = socket.socket.__init__

    def guarded_init(self, family=-1, *args, **kwargs):
        if family in (socket.AF_INET, socket.AF_INET6) or family == -1:
            attempts.append(f"socket.socket(family={family})")
            raise NetworkUsed("the app tried to create an internet socket")
        real_init(self, family, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "__init__", guarded_init)
    inet_before = open_inet_sockets()
    yield attempts
    assert attempts == []
    assert "PySide6.QtNetwork" not in sys.modules, "Qt's network module was loaded"
    assert open_inet_sockets() <= inet_before, "an internet socket is open"


def open_inet_sockets() -> set[str]:
    """The inodes of this process's open sockets that are internet (TCP/UDP) sockets."""
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():  # not Linux: the socket patches above are the net
        return set()
    inodes = set()
    for fd in fd_dir.iterdir():
        try:
            target = fd.readlink().name
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:["):-1])
    inet = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        path = Path("/proc/net") / table
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            if len(fields) > 9 and fields[9] in inodes:
                inet.add(fields[9])
    return inet


def test_the_guard_itself_catches_a_connection(monkeypatch):
    """The net is real: a plain connection attempt is caught (so the tests below can fail)."""
    attempts: list[str] = []
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: attempts.append("create_connection"))
    socket.create_connection(("example.org", 80))
    assert attempts == ["create_connection"]


def test_no_network_fixture_refuses_sockets(no_network):
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkUsed):
        socket.getaddrinfo("example.org", 443)
    no_network.clear()  # the test above wanted these; the fixture's final check is for the rest


def test_every_command_line_feature_is_offline(no_network, tmp_path, capsys):
    db = tmp_path / "offline.sqlite"
    __import__('desktop.models.library', fromlist=['open_store']).open_store(db).close()  # (the reading commands need the database made)

    def rdw(*args):
        code = main(["--db", str(db), *map(str, args)])
        capsys.readouterr()
        return code

    assert rdw("list") == 0
    assert rdw("list", "--json") == 0
    assert rdw("show", LITHO) == 0
    assert rdw("schema") == 0
    assert rdw("suggest", LITHO, "--json") == 0
    own = tmp_path / "own.json"
    data = json.loads((next(REFERENCE_DIR.glob("*litho*.json"))).read_text(encoding="utf-8"))
    data["id"] = "own-case"
    own.write_text(json.dumps(data), encoding="utf-8")
    assert rdw("import", own) == 0
    assert rdw("export-case", "own-case", "--out", tmp_path / "out.json") == 0
    assert rdw("scorecard", LITHO, "--out", tmp_path / "card.pdf", "--png", tmp_path / "png") == 0
    assert rdw("scorecard", "--all", "--out", tmp_path / "all.pdf", "--rationale", "--history") == 0
    assert rdw("backup") == 0
    assert rdw("check") == 0
    assert (tmp_path / "card.pdf").stat().st_size > 0


@pytest.mark.usefixtures("no_modal_dialogs")
def test_a_gui_session_is_offline(no_network, qtbot, window, file_store, tmp_path):
    """Browse, filter, open, edit on every page, undo, export a case and scorecards, restore."""
    window.browser.search.setText("lith")
    window.browser.search.clear()
    window.browser.select(LITHO)
    assert window.export_selected(str(tmp_path / "litho.json"))
    assert window.import_cases([str(tmp_path / "litho.json")])

    case = file_store.create("Offline case", technology_area="Photonics")
    editor = window.open_case(case.id)
    title = editor.pages[0].title_field
    title.selectAll()
    qtbot.keyClicks(title, "Offline photonics")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert file_store.get(case.id).title == "Offline photonics"
    for index in range(len(editor.pages)):
        editor.go_to(index)
        qtbot.wait(1)
    window.act.undo.trigger()
    assert file_store.get(case.id).title == "Offline case"
    window.act.redo.trigger()
    window.close_editor()

    from desktop.views.export.scorecard_dialog import ScorecardDialog

    dialog = ScorecardDialog(file_store, [LITHO, case.id])
    qtbot.addWidget(dialog)
    assert dialog.save_as_pdf(str(tmp_path / "cards.pdf"))
    assert dialog.save_as_png(str(tmp_path))
    dialog.close()
