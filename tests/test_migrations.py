"""Schema migrations: from every earlier schema version to the current one, data preserved."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from desktop.models.library import open_store
from desktop.models.storage.migrations import SCHEMA_VERSION, migrations
from desktop.models.storage.store import CaseStore, NewerSchemaError

NAMES = [m.name for m in migrations._migrations]


@pytest.mark.parametrize("applied", range(len(NAMES) + 1))
def test_migrates_from_every_earlier_version(db_path, applied):
    """A file with the first `applied` migrations opens, is brought to the current schema, and
    keeps what it held."""
    db = Database(db_path)
    stop = NAMES[applied] if applied < len(NAMES) else None
    migrations.apply(db, stop_before=stop)
    db.execute(f"PRAGMA user_version = {applied}")
    if applied >= 1:  # schema 1 has the cases table: put a user case in it the old way
        db.execute("INSERT INTO cases (id, title, is_reference, status, created, updated, document) VALUES "
                   "('old-1', 'Old case', 0, 'draft', '2025-01-01T00:00:00+00:00', '2025-01-01T00:00:00+00:00', "
                   "'{\"format\": \"rdw-case\", \"format_version\": 1, \"id\": \"old-1\", \"title\": \"Old case\"}')")
    db.close()
    store = open_store(db_path)
    assert sqlite3.connect(db_path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert {m.name for m in migrations.applied(store.db)} == set(NAMES)
    if applied >= 1:
        assert store.get("old-1").title == "Old case"
    assert store.count() == 12 + (applied >= 1)
    store.close()


def test_newer_schema_is_refused_and_untouched(db_path):
    """A file from a newer app is refused with a clear message, byte for byte unchanged."""
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer version"):
        CaseStore.open(db_path)
    assert db_path.read_bytes() == before


def test_0002_files_the_sources_that_schema_1_cases_already_cite(db_path):
    """Cases imported before the source library existed keep their evidence, and the sources
    they cite are in the library after the upgrade (a case without evidence adds nothing)."""
    import json

    db = Database(db_path)
    migrations.apply(db, stop_before="0002_source_library")
    db.execute("PRAGMA user_version = 1")
    source = {"id": "src-old", "title": "Alte Studie 旧研究", "date": "2019"}
    document = {"format": "rdw-case", "format_version": 2, "id": "old-2", "title": "Cited",
                "evidence": {"leverage.degree": {"sources": [source], "confidence": "low"}}}
    for case_id, doc in [("old-2", document), ("old-3", {"format": "rdw-case", "format_version": 1, "id": "old-3", "title": "Plain"})]:
        db.execute("INSERT INTO cases (id, title, is_reference, status, created, updated, document) VALUES "
                   "(?, ?, 0, 'draft', '2025-01-01T00:00:00+00:00', '2025-01-01T00:00:00+00:00', ?)",
                   [case_id, doc["title"], json.dumps(doc, ensure_ascii=False)])
    db.conn.commit()
    db.close()
    store = open_store(db_path)
    assert [s.id for s in store.sources.list()] == ["src-old"]
    assert store.sources.get("src-old").title == "Alte Studie 旧研究"
    assert store.sources.usage("src-old") == ["old-2"]
    assert store.get("old-2").evidence["leverage.degree"].sources[0].date == "2019"
    store.close()
