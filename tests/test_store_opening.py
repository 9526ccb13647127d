"""The case store (desktop/models/storage/store.py): opening and reopening a store file, refusing files it
must not touch (newer schema, not SQLite, a folder, a damaged file), and data persisting across
reopening and connections."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from store_helpers import imported, stored_document

from desktop.models.library import open_store, reference_cases
from desktop.models.storage.migrations import SCHEMA_VERSION
from desktop.models.storage.store import CaseStore, NewerSchemaError, StoreError

# -- opening -------------------------------------------------------------------------------


def test_open_creates_file_with_wal_foreign_keys_and_schema_version(db_path):
    """Opening a new path creates the file in WAL mode, foreign keys on, user_version current."""
    assert not db_path.exists()
    store = CaseStore.open(db_path, user="tester")
    try:
        assert db_path.is_file()
        assert store.path == db_path
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert {"cases", "history"} <= set(store.db.table_names())
        assert store.count() == 0
    finally:
        store.close()
    with sqlite3.connect(db_path) as raw:  # persisted in the file, not just the connection
        assert raw.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    raw.close()


def test_open_creates_missing_parent_folders(tmp_path):
    """The data folder is created on first run."""
    path = tmp_path / "a" / "b" / "cases.sqlite"
    store = CaseStore.open(path)
    store.close()
    assert path.is_file()


def test_memory_store_has_schema_and_foreign_keys():
    """The in-memory store has the same schema and pragmas that matter."""
    store = CaseStore.memory(user="tester")
    try:
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.count() == 0 and store.list_summaries() == []
    finally:
        store.close()


def test_reopen_is_idempotent(db_path):
    """Reopening does not duplicate references, re-run migrations or change anything."""
    first = open_store(db_path, user="tester")
    ids_first = [s.id for s in first.list_summaries()]
    docs_first = {i: stored_document(first, i) for i in ids_first}
    first.close()
    for _ in range(3):
        again = open_store(db_path, user="tester")
        try:
            assert [s.id for s in again.list_summaries()] == ids_first
            assert again.count() == 12
            assert {i: stored_document(again, i) for i in ids_first} == docs_first
            applied = again.db.execute("SELECT name FROM _sqlite_migrations").fetchall()
            assert len(applied) == SCHEMA_VERSION
            assert len({name for (name,) in applied}) == SCHEMA_VERSION
            assert again.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
            assert again.sync_reference_library(reference_cases()) == 0
        finally:
            again.close()


def test_open_newer_schema_raises_and_leaves_file_untouched(db_path):
    """A database written by a newer app (user_version 999) is refused and not modified."""
    raw = sqlite3.connect(db_path)
    raw.execute("CREATE TABLE future (x)")
    raw.execute("INSERT INTO future VALUES ('keep me')")
    raw.execute("PRAGMA user_version = 999")
    raw.commit()
    raw.close()
    before = db_path.read_bytes()
    siblings = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(NewerSchemaError) as info:
        CaseStore.open(db_path)
    assert "newer" in str(info.value)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == siblings  # no -wal/-shm left


def test_open_store_newer_schema_raises_too(db_path):
    """open_store (store plus library) refuses a newer file the same way."""
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA user_version = 999")
    raw.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerSchemaError):
        open_store(db_path)
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [
        os.urandom(8192),
        b"hello, I am a text file\n" * 10,
        b"SQLite format 3\x00" + os.urandom(4080),
        b"\x00" * 4096,
    ],
    ids=["random", "text", "fake-header", "zeros"],
)
def test_open_non_sqlite_file_raises_store_error(db_path, content):
    """A file that is not an SQLite database raises StoreError (not a raw sqlite3 error), untouched."""
    db_path.write_bytes(content)
    try:
        CaseStore.open(db_path)
    except StoreError:
        pass
    except BaseException as error:  # pragma: no cover - the failure this test exists to catch
        pytest.fail(f"expected StoreError, got {type(error).__module__}.{type(error).__name__}: {error}")
    else:
        pytest.fail("a non-SQLite file was opened as a store")
    assert db_path.read_bytes() == content


def test_open_directory_raises_store_error(tmp_path):
    """A folder where the database file should be raises StoreError."""
    folder = tmp_path / "db.sqlite"
    folder.mkdir()
    with pytest.raises(StoreError):
        CaseStore.open(folder)


def _damaged_copy_of_store(db_path: Path) -> bytes:
    """Bytes of a real store file with one data page of the cases table overwritten."""
    store = open_store(db_path, user="tester")
    store.add_cases([imported(f"bulk-{i:03d}", summary="s" * 1500) for i in range(200)])
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = store.db.execute("PRAGMA page_size").fetchone()[0]
    try:
        pages = [
            n for (n,) in store.db.execute(
                "SELECT pageno FROM dbstat WHERE name = 'cases' AND pagetype = 'leaf' ORDER BY pageno"
            )
        ]
    except sqlite3.OperationalError:  # SQLite built without dbstat: any page past the schema
        pages = list(range(3, db_path.stat().st_size // page_size))
    store.close()
    data = bytearray(db_path.read_bytes())
    page = pages[len(pages) // 2]
    start = (page - 1) * page_size
    data[start : start + page_size] = bytes(range(256)) * (page_size // 256)
    return bytes(data)


def test_open_damaged_store_raises_store_error(db_path):
    """A store file with a damaged data page is reported as StoreError, never a raw sqlite3 error."""
    damaged = _damaged_copy_of_store(db_path)
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db_path.write_bytes(damaged)
    try:
        store = open_store(db_path, user="tester")
    except StoreError:
        return  # detected at open: the app can offer to restore a backup
    try:
        with pytest.raises(StoreError):
            for summary in store.list_summaries():
                store.get(summary.id)
    finally:
        store.close()


# -- persistence ---------------------------------------------------------------------------


def test_data_persists_across_reopen(db_path):
    """Cases, edits and history survive closing and reopening a file store."""
    first = open_store(db_path, user="tester")
    case = first.create("Persistent")
    first.set_field(case.id, "leverage.degree", "medium")
    first.set_field(case.id, "summary", "中文摘要 <b>bold</b>")
    first.add_cases([imported("imported-one")])
    expected, expected_history = first.get(case.id), first.history(case.id)
    first.close()

    second = open_store(db_path, user="someone-else")
    try:
        assert second.get(case.id) == expected
        assert second.history(case.id) == expected_history
        assert second.summary(case.id).leverage_degree == "medium"
        assert second.exists("imported-one")
        assert second.count() == 14
    finally:
        second.close()


def test_file_store_fixture_is_ready(file_store):
    """open_store gives a file store with the reference library loaded."""
    assert file_store.count() == 12
    assert file_store.path is not None and file_store.path.exists()


def test_committed_edit_visible_to_second_connection(file_store):
    """Every edit is committed as it is made: another connection sees it at once."""
    case = file_store.create("Committed")
    file_store.set_field(case.id, "summary", "seen")
    other = sqlite3.connect(file_store.path)
    try:
        (doc,) = other.execute("SELECT document FROM cases WHERE id = ?", [case.id]).fetchone()
        assert json.loads(doc)["summary"] == "seen"
    finally:
        other.close()
