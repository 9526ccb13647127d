"""Is a database file on a network file system? SQLite's locking and its WAL (whose ``-shm``
index is shared memory, one machine's) do not work over NFS or SMB/CIFS: several people opening
one file on a network drive can damage it. The team database (PostgreSQL, issue 22) is the safe
way to share; ``rdw`` commands and the window's start warn with this (issue 22).

Plain Python and light: ``rdw``'s commands and the window's start call it before anything heavy
is imported.

On Linux the answer comes from ``/proc/self/mountinfo``: the file system of the longest mount
point that holds the folder of the (resolved) database file. On Windows, a path on a share
(``\\\\server\\share\\…``; not WSL's ``\\\\wsl.localhost\\…``, the same computer) or on a
drive letter that Windows reports as a network drive (``GetDriveTypeW``: ``DRIVE_REMOTE``, e.g.
a mapped ``Z:``). On macOS, the file system type of the
mount holding the folder, from ``mount``'s table (``smbfs``, ``nfs``, ``afpfs``, ``webdav``).
Elsewhere (the BSDs) the answer is None: no warning rather than a wrong one.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

MOUNTINFO = "/proc/self/mountinfo"

# File systems whose files live on another machine, reached over the network, so that one file
# can be opened from several computers at once: there, SQLite's byte-range locks are unreliable
# (or absent), and the WAL's shared-memory index cannot be shared at all, whatever the locking.
#   nfs, nfs4                        NFS (the kernel names v2/v3 "nfs", v4 "nfs4")
#   cifs, smb3, smbfs                Windows shares / Samba (the kernel's "cifs" module is also
#                                    mounted as "smb3"; "smbfs" is the older one and the BSDs')
#   afs, coda, ncpfs                 AFS (kernel or OpenAFS), Coda, NetWare
#   ceph, glusterfs, lustre, gpfs    cluster file systems mounted by many machines at once
#   davfs                            WebDAV (SharePoint, Nextcloud) mounted as a drive
#   fuse.X for sshfs, davfs, rclone, s3fs, glusterfs, ceph-fuse: the same over FUSE
# Not listed: 9p and virtiofs (a virtual machine's view of its own host's disk, e.g. WSL2's
# /mnt/c: one computer, not a shared drive, so calling it a network drive would mislead), plain
# "fuse" (could be anything, often local), and every local file system.
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "afs", "coda", "ncpfs", "ceph", "glusterfs", "lustre",
    "gpfs", "davfs", "afpfs", "webdav",  # (the last two: macOS's Apple shares and WebDAV mounts)
})
NETWORK_FUSE = frozenset({"sshfs", "davfs", "rclone", "s3fs", "glusterfs", "ceph-fuse", "ceph"})

_ESCAPE = re.compile(r"\\([0-7]{3})")


def _unescaped(field: str) -> str:
    """mountinfo writes a space, tab, newline and backslash in a path as ``\\040``, ``\\011``,
    ``\\012`` and ``\\134``."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), field)


def parse_mountinfo(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) of each line of a ``/proc/PID/mountinfo`` text, in its
    order. A line: ``ID PARENT MAJ:MIN ROOT MOUNT_POINT OPTIONS [OPTIONAL…] - TYPE SOURCE
    SUPER_OPTIONS``; lines that do not read so are skipped."""
    mounts = []
    for line in text.splitlines():
        fields = line.split(" ")
        try:
            separator = fields.index("-", 6)
            mounts.append((_unescaped(fields[4]), fields[separator + 1]))
        except (ValueError, IndexError):
            continue
    return mounts


def _inside(path: str, mount_point: str) -> bool:
    return mount_point == "/" or path == mount_point or path.startswith(mount_point.rstrip("/") + "/")


def file_system_type(path: str, mounts: list[tuple[str, str]]) -> str | None:
    """The type of the mount holding the absolute ``path``: the longest mount point it is in;
    of equal ones the last (a later mount over the same point hides the earlier)."""
    found, length = None, -1
    for mount_point, fs_type in mounts:
        if _inside(path, mount_point) and len(mount_point) >= length:
            found, length = fs_type, len(mount_point)
    return found


def is_network_type(fs_type: str | None) -> bool:
    if not fs_type:
        return False
    if fs_type.startswith("fuse."):
        return fs_type[len("fuse."):] in NETWORK_FUSE
    return fs_type in NETWORK_TYPES


def network_file_system(path: str | os.PathLike, mountinfo: str | None = None) -> str | None:
    """The network file system ("nfs4", "cifs", "fuse.sshfs", "smbfs"…; on Windows the share or
    the drive: ``\\\\server\\share``, ``Z:``) of the folder holding the database file ``path``,
    or None when it is local or unknown. ``mountinfo``: a Linux mount table's text (tests); read
    from ``/proc/self/mountinfo`` when None. Never raises."""
    if mountinfo is None:
        if sys.platform == "win32":
            try:
                return windows_network_place(os.path.realpath(path))  # (a mapped drive may resolve to its share)
            except (OSError, ValueError):
                return None
        if sys.platform == "darwin":
            return mac_network_type(str(path))
        if not sys.platform.startswith("linux"):
            return None
        try:
            with open(MOUNTINFO, encoding="utf-8", errors="surrogateescape") as file:
                mountinfo = file.read()
        except OSError:
            return None
    try:
        folder = os.path.dirname(os.path.realpath(Path(path)))  # (a missing file: its folder still counts)
    except (OSError, ValueError):
        return None
    fs_type = file_system_type(folder, parse_mountinfo(mountinfo))
    return fs_type if is_network_type(fs_type) else None


DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a network drive
# WSL's Linux files as Windows sees them (\\wsl.localhost\Ubuntu\…, earlier \\wsl$\…): the same
# computer's disk through 9P, like WSL's /mnt/c the other way round (not listed above): no share
WSL_SERVERS = frozenset({"wsl.localhost", "wsl$"})
# a share of this very computer ("\\localhost\C$"): the local disk, one computer
THIS_COMPUTER = frozenset({"localhost", "127.0.0.1", "::1", "0:0:0:0:0:0:0:1", "."})


def _drive_type(root: str) -> int:
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]


def windows_network_place(path: str, drive_type=_drive_type) -> str | None:
    """Windows, an absolute ``path``: the share (``\\\\server\\share``) of a path on one, or the drive letter
    (``Z:``) of a network drive; None when local. ``drive_type``: ``GetDriveTypeW`` (tests
    replace it). Windows' own path rules (``ntpath``), so this reads the same on any system."""
    import ntpath

    try:
        path = path.replace("/", "\\")
        for prefix in ("\\\\?\\", "\\\\.\\"):  # (long-path and device forms: "\\?\C:\…", "\\.\C:\…")
            if path.upper().startswith(prefix + "UNC\\"):  # (… of a share: "\\?\UNC\server\share\…")
                path = "\\\\" + path[len(prefix + "UNC\\"):]
                break
            if path.startswith(prefix):
                path = path[len(prefix):]
                break
        drive, _rest = ntpath.splitdrive(path)
        if drive.startswith("\\\\"):
            server = drive[2:].split("\\", 1)[0].lower()
            return None if server in WSL_SERVERS or server in THIS_COMPUTER else drive
        if len(drive) == 2 and drive[1] == ":" and drive_type(drive + "\\") == DRIVE_REMOTE:
            return drive.upper()
    except (OSError, ValueError, AttributeError):
        pass
    return None


# "SOURCE on MOUNT_POINT (TYPE, OPTIONS…)": the mount point is what follows the first " on /"
# (a volume's name may hold " on " or " (": "//u@nas/Projects on NAS on /Volumes/Projects on NAS
# (smbfs, …)"); the type and options are the last parentheses
_MAC_MOUNT = re.compile(r"^.*? on (/.*) \(([^,()]+)(?:,[^()]*)?\)$")


def parse_mac_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, type) of each line of macOS's ``mount`` output, e.g.
    ``//alice@files/team on /Volumes/team (smbfs, nodev, nosuid, mounted by alice)``."""
    mounts = []
    for line in text.splitlines():
        match = _MAC_MOUNT.match(line)
        if match:
            mounts.append((match.group(1), match.group(2).strip()))
    return mounts


def mac_network_type(path: str, mount_text: str | None = None) -> str | None:
    """macOS: the network file system type of the mount holding the file's folder, else None.
    ``mount_text``: ``mount``'s output (tests); asked of ``/sbin/mount`` when None."""
    if mount_text is None:
        import subprocess

        try:
            mount_text = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=3,
                                        errors="replace").stdout
        except (OSError, subprocess.SubprocessError):
            return None
    try:
        folder = os.path.dirname(os.path.realpath(path))
    except (OSError, ValueError):
        return None
    fs_type = file_system_type(folder, parse_mac_mounts(mount_text))
    return fs_type if is_network_type(fs_type) else None
