"""A database file on a network file system (issue 22): SQLite's locking and WAL do not work over
NFS or SMB/CIFS, so the window's start and every ``rdw`` command warn, naming the team database
as the safe way to share. The mount table is synthetic here (``/proc/self/mountinfo``'s format)."""

from __future__ import annotations

import sys

import pytest

from desktop.models.storage import network_fs
from desktop.models.storage.network_fs import file_system_type, network_file_system, parse_mountinfo

MOUNTINFO = "\n".join([
    "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw,errors=remount-ro",
    "23 22 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw",
    "40 22 0:45 / /home/alice/team rw,relatime shared:30 - nfs4 srv.example.org:/export/team rw,vers=4.2",
    "41 40 8:17 / /home/alice/team/scratch rw,relatime shared:31 - ext4 /dev/sdb1 rw",
    r"42 22 0:46 / /mnt/Unit\040Share rw,relatime shared:32 - cifs //fs01/Unit\040Share rw,vers=3.1.1",
    "43 22 0:47 / /mnt/laptop rw,nosuid,nodev,relatime shared:33 - fuse.sshfs alice@laptop:/ rw,user_id=1000",
    "44 22 0:48 / /mnt/c rw,noatime shared:34 - 9p drvfs rw,aname=drvfs",
    "45 22 0:49 / /srv/old rw - nfs old:/srv rw",
    "46 22 0:50 / /srv/old rw - ext4 /dev/sdc1 rw",  # mounted over the NFS one: hides it
    "a line that is not one",
    "",
])


def test_the_mount_table_is_read_with_its_escapes():
    mounts = parse_mountinfo(MOUNTINFO)
    assert ("/", "ext4") in mounts and ("/home/alice/team", "nfs4") in mounts
    assert ("/mnt/Unit Share", "cifs") in mounts  # \040 is a space
    assert len(mounts) == 9  # (the line that is not one is skipped)


@pytest.mark.parametrize(("path", "expected"), [
    ("/home/alice/team/workbench.sqlite", "nfs4"),
    ("/home/alice/team/sub/folder/workbench.sqlite", "nfs4"),
    ("/home/alice/team/scratch/workbench.sqlite", None),  # a local disk mounted inside the NFS one
    ("/home/alice/teamwork/workbench.sqlite", None),  # a mount point is a whole folder name, not a prefix
    ("/mnt/Unit Share/cases/workbench.sqlite", "cifs"),
    ("/mnt/laptop/workbench.sqlite", "fuse.sshfs"),
    ("/mnt/c/Users/alice/workbench.sqlite", None),  # WSL2's own Windows drive (9p): one computer
    ("/srv/old/workbench.sqlite", None),  # the later mount over the same point counts
    ("/home/alice/workbench.sqlite", None),
])
def test_the_folder_of_the_file_decides(path, expected):
    assert network_file_system(path, MOUNTINFO) == expected


def test_the_longest_mount_point_wins_and_the_root_holds_everything():
    mounts = [("/", "ext4"), ("/a", "nfs"), ("/a/b", "xfs")]
    assert file_system_type("/a/b/c", mounts) == "xfs" and file_system_type("/a/bc", mounts) == "nfs"
    assert file_system_type("/z", mounts) == "ext4"


def test_a_symbolic_link_is_followed_to_where_the_file_is(tmp_path):
    link = tmp_path / "link"
    link.symlink_to("/home/alice/team")
    assert network_file_system(link / "workbench.sqlite", MOUNTINFO) == "nfs4"


def test_elsewhere_than_linux_the_answer_is_none(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    assert network_file_system("/home/alice/team/workbench.sqlite") is None


def test_the_real_mount_table_reads(tmp_path):
    """On this machine: the answer for a temporary file is a type or None, never an error."""
    found = network_file_system(tmp_path / "workbench.sqlite")
    assert found is None or found in network_fs.NETWORK_TYPES or found.startswith("fuse.")


# -- rdw commands ------------------------------------------------------------------------------
@pytest.fixture
def on_nfs(monkeypatch):
    """Every database file is on NFS (the detector as the CLI and the window import it)."""
    asked = []

    def detector(path):
        asked.append(path)
        return "nfs"

    monkeypatch.setattr(network_fs, "network_file_system", detector)
    monkeypatch.setattr("desktop.views.window.startup.network_file_system", detector, raising=False)
    return asked


@pytest.mark.parametrize("command", [["list"], ["show", "dpc2024-automotive-chips"], ["check"]],
                         ids=lambda c: c[0])
def test_a_command_on_a_network_drive_warns_in_one_line(rdw, db, on_nfs, command):
    code, out, err = rdw(*command)
    assert code == 0 and out
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"rdw: warning: {db} is on a network file system (nfs): ")
    assert "team database" in lines[0]


def test_a_local_file_and_a_command_without_a_database_say_nothing(rdw, monkeypatch):
    monkeypatch.setattr(network_fs, "network_file_system", lambda path: None)
    assert rdw("list")[2] == ""
    monkeypatch.setattr(network_fs, "network_file_system", lambda path: "nfs")
    code, out, err = rdw("schema")
    assert code == 0 and err == ""


def test_a_missing_file_for_a_reading_command_gets_only_its_error(tmp_path, on_nfs, capsys):
    from desktop.cli.main import main

    assert main(["--db", str(tmp_path / "missing.sqlite"), "list"]) == 1
    err = capsys.readouterr().err
    assert "warning" not in err and "does not exist" in err


# -- the window ----------------------------------------------------------------------------------
def test_the_window_warns_once_per_start_and_opens_the_file(qapp, db_path, on_nfs, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.views.window import startup

    monkeypatch.setattr(startup, "_warned_network", set())
    told = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: told.append((box.icon(), box.text(), box.informativeText())) or QMessageBox.StandardButton.Ok)
    store, lock, where = startup.open_database(db_path)
    try:
        assert where == db_path and not store.read_only  # opened all the same
        assert len(told) == 1
        icon, text, detail = told[0]
        assert icon == QMessageBox.Icon.Warning and text == "This database file is on a network drive (nfs)."
        assert str(db_path) in detail and "team database" in detail and "several people" in detail
    finally:
        store.close()
        lock.unlock()
    store, lock, _where = startup.open_database(db_path)  # again in the same start: not again
    store.close()
    lock.unlock()
    assert len(told) == 1


def test_a_local_file_and_a_team_address_get_no_warning(qapp, db_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.models.storage.location import TeamAddress
    from desktop.views.window import startup

    monkeypatch.setattr(startup, "_warned_network", set())
    monkeypatch.setattr(startup, "network_file_system", lambda path: None)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail(f"unexpected message: {box.text()}"))
    store, lock, _where = startup.open_database(db_path)
    store.close()
    lock.unlock()
    monkeypatch.setattr(startup, "network_file_system", lambda path: pytest.fail("a team address was looked up"))
    assert startup.warn_if_on_network_drive(TeamAddress("postgresql://a@h/db"), None) is False


def test_the_warning_is_in_the_interface_language(qapp, db_path, on_nfs, monkeypatch):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from desktop.views import translation
    from desktop.views.window import startup

    app = qapp
    monkeypatch.setattr(startup, "_warned_network", set())
    told = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text() + box.informativeText()) or 0)
    translation.install(app, "de")
    try:
        startup.warn_if_on_network_drive(db_path, None)
    finally:
        translation.install(app, "en")
    assert "Netzlaufwerk (nfs)" in told[0] and "Teamdatenbank" in told[0]
    assert QCoreApplication.translate("Startup", "This database file is on a network drive (%1).").startswith("This")


def test_the_quick_start_warns_too_and_only_once(qapp, db_path, on_nfs, monkeypatch):
    """The start with a preview of the list opens the store in a hand-over, not through
    ``open_database``: ``run_gui`` warns after the first paint; should the hand-over then take
    the ordinary path, ``open_database`` does not warn again."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.views.window import app, startup

    monkeypatch.setattr(startup, "_warned_network", set())
    told = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or QMessageBox.StandardButton.Ok)
    app.warn_if_on_network_drive(None, db_path)
    store, lock, _where = startup.open_database(db_path)
    store.close()
    lock.unlock()
    assert told == ["This database file is on a network drive (nfs)."]


WINDOWS_DRIVES = {"C:\\": 3, "D:\\": 2, "Z:\\": 4}  # fixed, removable, remote (GetDriveTypeW's answers)


@pytest.mark.parametrize("path, expected", [
    ("\\\\files\\team\\workbench.sqlite", "\\\\files\\team"),
    ("//files/team/sub/workbench.sqlite", "\\\\files\\team"),
    ("\\\\?\\UNC\\files.example.org\\team\\workbench.sqlite", "\\\\files.example.org\\team"),
    ("Z:\\Team\\workbench.sqlite", "Z:"),
    ("z:\\workbench.sqlite", "Z:"),
    ("C:\\Users\\Alice\\AppData\\Local\\rdw\\workbench.sqlite", None),
    ("\\\\?\\C:\\Users\\Alice\\workbench.sqlite", None),
    ("D:\\workbench.sqlite", None),  # a USB stick: one computer at a time
])
def test_a_windows_share_or_network_drive_is_found(path, expected):
    from desktop.models.storage.network_fs import windows_network_place

    assert windows_network_place(path, lambda root: WINDOWS_DRIVES.get(root.upper(), 0)) == expected


MAC_MOUNT = """/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)
//alice@files.example.org/team on /Volumes/team share (smbfs, nodev, nosuid, mounted by alice)
files:/export/rdw on /Volumes/rdw (nfs, asynchronous, nodev)
afp_0TQ7Gq3yR1 on /Volumes/Old share (afpfs, nodev, nosuid, mounted by alice)
/dev/disk4s1 on /Volumes/USB (msdos, local, nodev, nosuid, noowners)
map auto_home on /System/Volumes/Data/home (autofs, automounted, nobrowse)
"""


@pytest.mark.parametrize("path, expected", [
    ("/Volumes/team share/Assessments/workbench.sqlite", "smbfs"),
    ("/Volumes/rdw/workbench.sqlite", "nfs"),
    ("/Volumes/Old share/workbench.sqlite", "afpfs"),
    ("/Volumes/USB/workbench.sqlite", None),
    ("/Users/alice/Library/Application Support/rdw/workbench.sqlite", None),
])
def test_a_macos_network_mount_is_found(path, expected):
    from desktop.models.storage.network_fs import mac_network_type, parse_mac_mounts

    assert ("/Volumes/team share", "smbfs") in parse_mac_mounts(MAC_MOUNT)
    assert mac_network_type(path, MAC_MOUNT) == expected


def test_each_system_is_asked_its_own_way(monkeypatch):
    from desktop.models.storage import network_fs

    monkeypatch.setattr(network_fs, "windows_network_place", lambda path: f"win:{path}")
    monkeypatch.setattr(network_fs, "mac_network_type", lambda path: f"mac:{path}")
    monkeypatch.setattr(network_fs.sys, "platform", "win32")
    assert network_fs.network_file_system("/x/workbench.sqlite") == "win:/x/workbench.sqlite"
    monkeypatch.setattr(network_fs.sys, "platform", "darwin")
    assert network_fs.network_file_system("/x/workbench.sqlite") == "mac:/x/workbench.sqlite"
    monkeypatch.setattr(network_fs.sys, "platform", "freebsd14")
    assert network_fs.network_file_system("/x/workbench.sqlite") is None


@pytest.mark.parametrize("path, expected", [
    ("\\\\.\\C:\\Users\\Alice\\workbench.sqlite", None),  # (the device form of a local drive)
    ("//./C:/Users/Alice/workbench.sqlite", None),
    ("\\\\.\\Z:\\Team\\workbench.sqlite", "Z:"),
    ("\\\\.\\UNC\\files\\team\\workbench.sqlite", "\\\\files\\team"),
    ("\\\\wsl.localhost\\Ubuntu\\home\\alice\\workbench.sqlite", None),  # (WSL: this computer's disk)
    ("\\\\WSL$\\Debian\\home\\alice\\workbench.sqlite", None),
    ("\\\\?\\UNC\\wsl.localhost\\Ubuntu\\home\\alice\\workbench.sqlite", None),
    ("\\\\wsl-files\\team\\workbench.sqlite", "\\\\wsl-files\\team"),  # (a server that is only named so)
])
def test_device_paths_and_wsl_are_not_shares(path, expected):
    from desktop.models.storage.network_fs import windows_network_place

    assert windows_network_place(path, lambda root: WINDOWS_DRIVES.get(root.upper(), 0)) == expected


MAC_MOUNT_ON = """/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//alice@nas/Projects on NAS on /Volumes/Projects on NAS (smbfs, nodev, nosuid, mounted by alice)
//alice@nas/Archive (2019) on /Volumes/Archive (2019) (smbfs, nodev, nosuid, mounted by alice)
/dev/disk5s1 on /Volumes/Backup on USB (apfs, local, nodev, nosuid, journaled, noowners)
"""


@pytest.mark.parametrize("path, expected", [
    ("/Volumes/Projects on NAS/workbench.sqlite", "smbfs"),
    ("/Volumes/Archive (2019)/workbench.sqlite", "smbfs"),
    ("/Volumes/Backup on USB/workbench.sqlite", None),
    ("/Users/alice/workbench.sqlite", None),
])
def test_a_macos_mount_point_holding_on_or_parentheses_is_read_whole(path, expected):
    from desktop.models.storage.network_fs import mac_network_type, parse_mac_mounts

    assert parse_mac_mounts(MAC_MOUNT_ON)[1:] == [("/Volumes/Projects on NAS", "smbfs"),
                                                  ("/Volumes/Archive (2019)", "smbfs"),
                                                  ("/Volumes/Backup on USB", "apfs")]
    assert mac_network_type(path, MAC_MOUNT_ON) == expected


def test_a_share_of_this_very_computer_is_local():
    from desktop.models.storage.network_fs import windows_network_place

    for path in ("\\\\localhost\\C$\\Users\\a\\rdw.sqlite", "\\\\127.0.0.1\\c$\\rdw.sqlite", "//LOCALHOST/D$/rdw.sqlite"):
        assert windows_network_place(path, lambda root: 3) is None
    assert windows_network_place("\\\\files\\team\\rdw.sqlite", lambda root: 3) == "\\\\files\\team"
