"""Backups of the case database, health checks, and restoring.

Backups use SQLite's online backup API (a consistent copy even while the app has the file
open), live in ``backups/<database name>/`` next to the database, and are made at start-up only
when the database changed since the newest backup. Kept: the last ``KEEP_RECENT`` plus the
newest of each of the last ``KEEP_DAILY`` days. Nothing here ever writes to a damaged file.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..language import Phrase
from ..messages import said as _said
from ..output_files import output_path, write_text

KEEP_RECENT = 10
KEEP_DAILY = 30
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Health:
    ok: bool
    message: str  # a Phrase (errors_store.tsv): the window shows it in its language
    schema: int | None = None
    cases: int | None = None


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    size: int

    @property
    def label(self) -> str:
        return f"{self.taken:%Y-%m-%d %H:%M:%S} ({self.size / 1024:,.0f} KB)"


def check_database(path: Path, thorough: bool = False) -> Health:
    """Is this a healthy case database? Opened read-only: checking never changes the file."""
    from .opening import connect_read_only, refusal

    path = Path(path)
    problem = refusal(path)  # not this app's database (empty, not SQLite, another program's, a stray log)
    if problem:
        return Health(False, problem)
    if not path.exists():
        return Health(False, _said("health.missing", path=str(path)))
    try:
        conn, folder = connect_read_only(path)  # writes nothing, not even a -shm
    except (OSError, sqlite3.Error) as error:
        return Health(False, _said("open.unopenable", path=str(path), sqlite_text=str(error)))
    try:
        result = conn.execute("PRAGMA integrity_check" if thorough else "PRAGMA quick_check").fetchall()
        schema = conn.execute("PRAGMA user_version").fetchone()[0]
        problems = [row[0] for row in result if row[0] != "ok"]
        if problems:
            return Health(False, _said("health.damaged", path=str(path), sqlite_text="; ".join(problems[:5])), schema)
        cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        said = _said("health.ok_one", path=str(path), schema=str(schema)) if cases == 1 else \
            _said("health.ok", path=str(path), cases=str(cases), schema=str(schema))
        return Health(True, said, schema, cases)
    except sqlite3.Error as error:
        return Health(False, _said("health.unusable", path=str(path), sqlite_text=str(error)))
    finally:
        conn.close()
        if folder is not None:
            folder.cleanup()



def backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups" / Path(db_path).stem


def list_backups(db_path: Path) -> list[Backup]:
    """Newest first."""
    found = []
    for file in backup_dir(db_path).glob("*.sqlite"):
        try:
            taken = datetime.strptime(file.stem.rsplit("-", 2)[-2] + "-" + file.stem.rsplit("-", 2)[-1], _STAMP)
        except (ValueError, IndexError):
            continue
        found.append(Backup(file, taken, file.stat().st_size))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def _fingerprint(conn: sqlite3.Connection) -> str:
    """Changes whenever an edit is saved: every edit appends a history row."""
    row = conn.execute("SELECT count(*), coalesce(max(id), 0) FROM history").fetchone()
    cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    return f"{row[0]}:{row[1]}:{cases}"


def make_backup(db_path: Path, now: datetime | None = None, force: bool = False) -> Backup | None:
    """Copy the database into its backup folder if it changed since the newest backup; prune.

    Returns the new backup, or None when nothing changed (or the file is not healthy: a damaged
    file is never copied over good backups)."""
    db_path = Path(db_path)
    if not check_database(db_path).ok:
        return None
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    now = now or datetime.now()
    source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        fingerprint = _fingerprint(source)
        marker = folder / "last-fingerprint"
        if not force and marker.exists() and marker.read_text(encoding="utf-8") == fingerprint:
            return None
        target_path = folder / f"{db_path.stem}-{now.strftime(_STAMP)}.sqlite"
        # the copy goes to a temporary file beside it, fsynced and renamed into place: a full disk
        # never leaves a half copy that looks like a backup
        with output_path(target_path, protect=db_path) as tmp:
            try:
                target = sqlite3.connect(str(tmp))
                try:
                    source.backup(target)
                finally:
                    target.close()
            finally:
                Path(f"{tmp}-journal").unlink(missing_ok=True)
        write_text(marker, fingerprint, protect=db_path)
    finally:
        source.close()
    prune(db_path)
    return Backup(target_path, now.replace(microsecond=0), target_path.stat().st_size)


def prune(db_path: Path) -> list[Path]:
    """Keep the newest KEEP_RECENT backups and the newest one of each of the last KEEP_DAILY days."""
    backups = list_backups(db_path)
    keep = {b.path for b in backups[:KEEP_RECENT]}
    days: dict[str, Path] = {}
    for b in backups:  # newest first: the first seen per day is that day's newest
        days.setdefault(b.taken.strftime("%Y-%m-%d"), b.path)
    keep |= set(list(days.values())[:KEEP_DAILY])
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def restore_backup(backup: Path, db_path: Path) -> Path | None:
    """Replace the database with a backup (the store must be closed). The current file, if it
    exists, is first moved aside untouched (``<name>.before-restore-<time>``), so a restore can
    itself be undone. Returns where the old file went."""
    health = check_database(backup, thorough=True)
    if not health.ok:
        raise ValueError(_said("backup.unusable", problem=health.message))
    db_path = Path(db_path)
    aside = None
    if db_path.exists():
        aside = db_path.with_name(f"{db_path.name}.before-restore-{datetime.now().strftime(_STAMP)}")
        os.replace(db_path, aside)
    for suffix in ("-wal", "-shm"):  # a stale log of the old file must not replay into the backup
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    tmp = db_path.with_name(db_path.name + ".restoring")
    source = sqlite3.connect(f"{Path(backup).resolve().as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(str(tmp))
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    os.replace(tmp, db_path)
    return aside


def set_damaged_file_aside(db_path: Path) -> Path:
    """Move a damaged database out of the way, untouched, so a fresh one can start."""
    db_path = Path(db_path)
    aside = db_path.with_name(f"{db_path.name}.damaged-{datetime.now().strftime(_STAMP)}")
    if db_path.exists():  # (a stray -wal beside a missing file is moved aside alone)
        os.replace(db_path, aside)
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{db_path}{suffix}")
        if extra.exists():
            os.replace(extra, Path(f"{aside}{suffix}"))
    return aside
