"""A throwaway PostgreSQL server for the tests (issue 22): Debian's own binaries, ``initdb`` into
a temporary folder, listening on a Unix socket only (no TCP port, nothing reachable from
outside), stopped and removed at the end of the session.

PostgreSQL refuses to run as root, so as root the server runs as the ``postgres`` user that
Debian's package creates (its folder handed over to it); the tests connect as the superuser
``rdw_test`` created by ``initdb``. ``./dev test`` installs the ``postgresql`` package when run
as root.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "rdw_test"


def binaries() -> Path | None:
    """The newest installed PostgreSQL's bin folder (``/usr/lib/postgresql/N/bin``), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name))
    return Path(found[-1]).parent if found else None


class PgServer:
    """``start()``; ``url(database)``; ``create_database()``; ``stop(mode)``; ``remove()``."""

    def __init__(self):
        self.bin = binaries()
        if self.bin is None:
            raise RuntimeError("PostgreSQL is not installed (Debian: apt-get install postgresql)")
        self.folder = Path(tempfile.mkdtemp(prefix="rdw-pg-"))
        self.data = self.folder / "data"
        self.socket = self.folder / "socket"
        self.socket.mkdir()
        self._as = []
        if os.geteuid() == 0:  # initdb and postgres refuse root: run them as Debian's postgres user
            owner = pwd.getpwnam("postgres")
            for path in (self.folder, self.socket):
                os.chown(path, owner.pw_uid, owner.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]
        self._count = 0

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as, *args], check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> "PgServer":
        if not self.data.exists():
            self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                      "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (f"-c listen_addresses='' -c unix_socket_directories='{self.socket}' -c fsync=off "
                   "-c synchronous_commit=on -c full_page_writes=off -c max_connections=100")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"),
                  "-w", "start")
        return self

    def stop(self, mode: str = "fast") -> None:
        """``mode``: "fast" (clean), or "immediate" (as a crash: no checkpoint)."""
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@/{database}?host={self.socket}"

    def create_database(self) -> str:
        """A new empty database; its name."""
        import psycopg

        self._count += 1
        name = f"rdw_{self._count}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def remove(self) -> None:
        try:
            self.stop("immediate")
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
            pass
        shutil.rmtree(self.folder, ignore_errors=True)
