"""Backups, health checks, restore, damage handling and a second window on the same file."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.models.storage import backup as bk
from desktop.models.library import open_store
from desktop.models.storage.store import CaseStore, ReadOnlyStoreError


def damage(path: Path) -> None:
    """Overwrite the middle of the file: a damaged page, as a failing disk would leave it."""
    data = bytearray(path.read_bytes())
    for i in range(4096, min(len(data), 12288)):
        data[i] = 0xA5
    path.write_bytes(bytes(data))


def test_backup_only_when_changed_and_restore_round_trip(db_path):
    """A backup is made when the file changed since the last; restoring it brings the data back."""
    store = open_store(db_path)
    case = store.create("Before backup")
    store.close()
    first = bk.make_backup(db_path)
    assert first is not None and first.path.exists()
    assert bk.make_backup(db_path) is None  # nothing changed since
    store = open_store(db_path)
    store.delete(case.id)
    store.close()
    assert bk.make_backup(db_path, now=datetime.now() + timedelta(seconds=5)) is not None
    aside = bk.restore_backup(first.path, db_path)
    assert aside is not None and aside.exists()
    store = open_store(db_path)
    assert store.exists(case.id)
    store.close()


def test_pruning_keeps_recent_and_daily(db_path):
    """Beyond the last ten, one backup per day is kept."""
    store = open_store(db_path)
    start = datetime(2026, 1, 1, 9, 0, 0)
    for n in range(30):
        store.create(f"Edit {n}")
        bk.make_backup(db_path, now=start + timedelta(hours=6 * n))
    store.close()
    backups = bk.list_backups(db_path)
    days = {b.taken.date() for b in backups}
    assert len(backups) < 30
    assert len(days) == len({(start + timedelta(hours=6 * n)).date() for n in range(30)})
    assert [b.taken for b in backups[:10]] == [start + timedelta(hours=6 * n) for n in range(29, 19, -1)]


def test_check_reports_damage_and_never_writes(db_path, tmp_path):
    """A damaged or foreign file is reported; its bytes stay exactly as they were."""
    store = open_store(db_path)
    for n in range(300):
        store.create(f"Case {n}", summary="x" * 500)
    store.close()
    assert bk.check_database(db_path, thorough=True).ok
    damage(db_path)
    before = db_path.read_bytes()
    health = bk.check_database(db_path, thorough=True)
    assert not health.ok and ("damaged" in health.message or "not a usable" in health.message)
    assert db_path.read_bytes() == before
    assert bk.make_backup(db_path) is None  # a damaged file is never copied over good backups
    foreign = tmp_path / "notes.sqlite"
    foreign.write_text("just text")
    assert not bk.check_database(foreign).ok
    assert foreign.read_text() == "just text"


def test_rdw_check_exit_codes(db_path, capsys):
    """`rdw check` exits 0 on a healthy file and 1 on a damaged one, with one clear line."""
    open_store(db_path).close()
    assert main(["--db", str(db_path), "check"]) == 0
    assert "ok" in capsys.readouterr().out
    db_path.write_bytes(db_path.read_bytes()[:3000])
    assert main(["check", "--db", str(db_path)]) == 1
    assert "damaged" in capsys.readouterr().err


def test_rdw_backup_makes_a_copy(db_path, capsys):
    """`rdw backup` writes a backup now and prints its path."""
    open_store(db_path).close()
    assert main(["--db", str(db_path), "backup"]) == 0
    assert Path(capsys.readouterr().out.strip()).exists()


def test_restore_refuses_a_damaged_backup(db_path, tmp_path):
    """A damaged backup is refused and the database is left as it was."""
    open_store(db_path).close()
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    before = db_path.read_bytes()
    with pytest.raises(ValueError):
        bk.restore_backup(bad, db_path)
    assert db_path.read_bytes() == before


def test_read_only_store_refuses_writes_and_reads_fine(db_path):
    """A second window's read-only store lists and reads, and refuses every write."""
    open_store(db_path).close()
    reader = CaseStore.open(db_path, read_only=True)
    assert len(reader.list_summaries()) == 12
    with pytest.raises(ReadOnlyStoreError):
        reader.create("Nope")
    reader.close()


def test_two_writers_never_lose_an_update(db_path):
    """Two stores editing different fields of one case: both edits survive."""
    first, second = open_store(db_path), open_store(db_path)
    case = first.create("Shared")
    second.set_field(case.id, "summary", "from the second window")
    first.set_field(case.id, "technology_area", "from the first window")
    stored = first.get(case.id)
    assert stored.summary == "from the second window" and stored.technology_area == "from the first window"
    first.close()
    second.close()


def test_startup_locks_and_second_opens_read_only(qtbot, db_path, monkeypatch):
    """The first window takes the lock; the second is told and opens read-only."""
    from desktop.views.window import startup

    told = []
    monkeypatch.setattr(startup, "plain_message", lambda *a, **k: told.append(a[3]) or type("B", (), {"exec": lambda s: 0})())
    store, lock, _ = startup.open_database(db_path)
    assert lock is not None and not store.read_only
    other, other_lock, _ = startup.open_database(db_path)
    assert other.read_only and other_lock is None and "already open" in told[0]
    other.close()
    store.close()
    lock.unlock()


def test_startup_with_damaged_file_offers_choices_and_never_writes(qtbot, db_path, monkeypatch):
    """A damaged file: the user's choice 'new' sets it aside untouched and starts afresh."""
    from desktop.views.window import startup

    store = open_store(db_path)
    for n in range(300):
        store.create(f"Case {n}", summary="y" * 500)
    store.close()
    damage(db_path)
    before = db_path.read_bytes()
    choices = iter(["new"])
    monkeypatch.setattr(startup, "choose_after_damage", lambda parent, path, message: next(choices))
    store, lock, path = startup.open_database(db_path)
    aside = [p for p in db_path.parent.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert aside and aside[0].read_bytes() == before
    assert store.count() == 12  # a fresh database with the reference library
    store.close()
    lock.unlock()


def test_startup_quit_on_damage_leaves_everything(qtbot, db_path, monkeypatch):
    """Quitting at the damage dialog changes nothing on disk."""
    from desktop.views.window import startup

    db_path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    before = db_path.read_bytes()
    monkeypatch.setattr(startup, "choose_after_damage", lambda *a: "quit")
    assert startup.open_database(db_path) is None
    assert db_path.read_bytes() == before


def test_restore_from_backup_in_the_window(window, file_store, monkeypatch):
    """File ▸ Restore from Backup swaps the database and the list shows the restored cases."""
    case = file_store.create("Keep me")
    backup = bk.make_backup(file_store.path)
    file_store.delete(case.id)
    window.reload()
    monkeypatch.setattr(window.questions, "ask_backup", lambda backups: next(b for b in backups if b.path == backup.path))
    assert window.backups.restore()
    assert window.store.exists(case.id) and window.browser.model.row_of(case.id) is not None
    window.store.close()


def test_crash_reporter_logs_and_keeps_going(qapp, tmp_path, monkeypatch):
    """An unexpected exception is logged with its traceback and shown once; nothing quits."""
    from desktop.views.window.crash_reporter import CrashReporter

    reporter = CrashReporter()
    shown = []
    monkeypatch.setattr(reporter, "show_dialog", shown.append)
    try:
        raise RuntimeError("boom <b>x</b>")
    except RuntimeError as error:
        reporter(type(error), error, error.__traceback__)
    for handler in __import__("logging").getLogger("rdw").handlers:
        handler.flush()
    text = reporter.path.read_text(encoding="utf-8")
    assert "RuntimeError: boom <b>x</b>" in text and "Traceback" in text
    assert shown == ["RuntimeError: boom <b>x</b>"]
