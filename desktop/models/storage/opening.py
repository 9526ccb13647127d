"""Is this file a case database of this app? The one test every way of opening a file goes through.

The window's start-up (its quick preview and its checks), every ``rdw`` command and the
self-test open a file only after ``refusal(path)`` found nothing wrong with it. A file that is
not ours is refused with one line naming what it is, and is never written to, exactly like a
damaged one: an empty or a one-byte file, a file that is not SQLite, an SQLite database of
another program (tables that are not ours, or our table names with another shape), and a
``-wal`` log lying beside it that does not belong to it (beside a missing or non-WAL file, a
log whose header is broken or of another page size, or one that would replay into something
that is not our database). Only a path that does not exist yet may become a new database.

``connect_read_only`` opens a file for reading without writing a byte to it or to its
``-wal``/``-shm``: SQLite's ``mode=ro`` would still create (or rebuild) the ``-shm`` index of a
WAL-mode file, so a file with no live log is opened ``immutable`` and a crashed writer's log is
read from a private copy. Stdlib only (and the plain ``language``): the start-up preview imports
this before anything heavy. The lines are ``Phrase``s (errors_store.tsv), so the window can show
them in its language.
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

from ..language import Phrase
from ..messages import said as _said

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGICS = (0x377F0682, 0x377F0683)
WAL_VERSION = 3007000

# the tables of this app's schema and their columns (the newest schema; an older file has fewer tables)
OUR_TABLES: dict[str, frozenset[str]] = {
    "_sqlite_migrations": frozenset({"id", "migration_set", "name", "applied_at"}),
    "cases": frozenset({"id", "title", "technology_area", "is_reference", "status", "leverage_degree",
                        "chosen_level", "created", "updated", "document"}),
    "history": frozenset({"id", "case_id", "field", "old_value", "new_value", "changed_at", "user"}),
    "sources": frozenset({"id", "title", "reference", "publisher", "date", "accessed", "note", "created", "updated"}),
}


def companion(path: Path, suffix: str) -> Path:
    return Path(f"{path}{suffix}")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0


def _wal_checksum(data: bytes, big_endian: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1



def wal_problem(wal: Path, page_size: int) -> Phrase | None:
    """What is wrong with a ``-wal`` log's header for a database of ``page_size``; None if it fits.
    (A verb phrase: it goes after "it" in ``refusal``'s sentence.)"""
    try:
        with open(wal, "rb") as f:
            header = f.read(32)
            frame = f.read(24)
    except OSError as error:
        return _said("wal.unreadable", os_text=str(error))
    if len(header) < 32:
        return _said("wal.short")
    magic, version, wal_page, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", header)
    if magic not in WAL_MAGICS:
        return _said("wal.not_wal")
    if version != WAL_VERSION:
        return _said("wal.format", version=str(version))
    if _wal_checksum(header[:24], magic & 1) != (c1, c2):
        return _said("wal.checksum")
    if wal_page != page_size:
        return _said("wal.page_size", wal_page=str(wal_page), page_size=str(page_size))
    del frame, salt1, salt2  # frames of another generation are ignored by SQLite itself
    return None


def _tables(conn: sqlite3.Connection) -> dict[str, list[str]]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {n: [r[1] for r in conn.execute(f'PRAGMA table_info("{n}")')] for n in names if not n.startswith("sqlite_")}


def schema_problem(conn: sqlite3.Connection, path: Path) -> Phrase | None:
    """Why the open database is not one of this app's (another program's tables, or ours in
    another shape); None when it is ours (or an empty SQLite file with no tables yet)."""
    from .quick_listing import EXPECTED_SCHEMA  # = migrations.SCHEMA_VERSION, without importing sqlite-utils

    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > EXPECTED_SCHEMA:
        return None  # a newer version of this app may have tables of its own: the caller refuses it (NewerSchemaError)
    tables = _tables(conn)
    foreign = sorted(n for n in tables if n not in OUR_TABLES)
    if foreign:
        shown = ", ".join(foreign[:6]) + (", …" if len(foreign) > 6 else "")
        return _said("open.other_tables", path=str(path), tables=shown)
    for name, columns in tables.items():
        if frozenset(columns) != OUR_TABLES[name]:
            return _said("open.other_columns", path=str(path), table=name, columns=", ".join(columns[:8]))
    return None


def connect_read_only(path: Path) -> "tuple[sqlite3.Connection, tempfile.TemporaryDirectory | None]":
    """A connection that never writes to ``path`` or its ``-wal``/``-shm``, and the private
    folder it reads from (to clean up after closing), if any.

    No ``-shm`` means no other connection has the file open: without a log (or with an empty
    one) the file alone is the database and is opened ``immutable``; with a crashed writer's
    log, the file and its log are copied and read from the copy (replayed there, never here).
    With a ``-shm`` (the app has the file open) SQLite's read-only mode shares its index."""
    path = Path(path)
    wal, shm = companion(path, "-wal"), companion(path, "-shm")
    uri = path.resolve().as_uri()
    if shm.exists():
        return sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=10), None
    if _size(wal) == 0:
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True), None
    import shutil  # (only here: start-up imports this module before the first paint)
    import tempfile

    folder = tempfile.TemporaryDirectory(prefix="rdw-read-")
    try:
        copy = Path(folder.name) / "copy.sqlite"
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, companion(copy, "-wal"))
        return sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True, timeout=10), folder
    except BaseException:
        folder.cleanup()
        raise


class PlainDatabase:
    """The part of sqlite-utils' ``Database`` a read-only store uses (``execute``, ``conn``,
    ``close``), over a plain connection: importing sqlite-utils (and numpy, which it loads) cost
    every read-only command ~0.1 s, more than the work (issue 20). Writing stores keep sqlite-utils."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    def close(self) -> None:
        self.conn.close()


def refusal(path: Path) -> Phrase | None:
    """One line saying why ``path`` must not be opened as this app's database (it is left
    untouched); None when it is ours, or does not exist and has no stray log beside it."""
    path = Path(path)
    wal = companion(path, "-wal")
    wal_size = _size(wal)
    if not path.exists():
        if wal_size:
            return _said("open.stray_wal", path=str(path), wal=wal.name)
        return None
    if path.is_dir():
        return _said("open.folder", path=str(path))
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(100)
    except OSError as error:
        return _said("open.unreadable", path=str(path), os_text=str(error))
    if size == 0:
        return _said("open.empty", path=str(path))
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return Phrase("errors_store", "open.not_sqlite." + ("one" if size == 1 else "other"), path=str(path), size=size)
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    in_wal_mode = head[18] == 2 and head[19] == 2
    if wal_size:
        if not in_wal_mode:
            return _said("open.wal_not_used", path=str(path), wal=wal.name)
        problem = wal_problem(wal, page_size)
        if problem:
            return Phrase("errors_store", "open.wal_foreign", path=str(path), problem=problem)
    try:
        conn, folder = connect_read_only(path)
    except (OSError, sqlite3.Error) as error:
        return _said("open.unopenable", path=str(path), sqlite_text=str(error))
    try:
        problem = schema_problem(conn, path)
    except sqlite3.DatabaseError as error:
        problem = None if not wal_size else _said("open.wal_mismatch", path=str(path), sqlite_text=str(error))
        if problem is None:
            return None  # damaged: the integrity check names it (DamagedStoreError)
    finally:
        conn.close()
        if folder is not None:
            folder.cleanup()
    if problem and wal_size and folder is not None:
        # the file alone may be ours: then the log is what turned it into something else
        alone = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            if schema_problem(alone, path) is None:
                return _said("open.wal_replaces", path=str(path))
        except sqlite3.DatabaseError:
            pass
        finally:
            alone.close()
    return problem
