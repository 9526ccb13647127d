"""One opening path (issue 18, findings 1, 8, 9): a file that is not this app's database is
refused untouched by every entry point; read-only commands never write; only a writing command
creates a new database; the store syncs every commit; ``rdw check`` reads every row."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.models.library import open_store
from desktop.models.storage.quick_listing import preview_store
from desktop.models.storage.store import CaseStore, StoreError

from cli_helpers import REFERENCE_DIR

LITHO = "dpc2024-lithography"
FIGURE = next(iter(__import__("desktop.models.portfolio", fromlist=["FIGURES"]).FIGURES))
READ_ONLY_COMMANDS = [
    ["list"], ["list", "--json"], ["show", LITHO], ["suggest", LITHO], ["sensitivity", LITHO],
    ["snapshots", LITHO], ["decisions", LITHO], ["check"],
]


def rdw(capsys, db: Path, *args) -> tuple[int, str, str]:
    code = main(["--db", str(db), *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def fingerprint(db: Path) -> dict[str, str | None]:
    """sha256 of the file, its -wal and -shm (None when absent), and what else lies beside it."""
    out: dict[str, str | None] = {}
    for suffix in ("", "-wal", "-shm"):
        f = Path(f"{db}{suffix}")
        out[suffix] = hashlib.sha256(f.read_bytes()).hexdigest() if f.exists() else None
    out["folder"] = ",".join(sorted(p.name for p in db.parent.iterdir()))
    return out


def foreign_db(path: Path, *, wal: bool = False) -> Path:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("CREATE TABLE tags (note INTEGER, tag TEXT)")
    conn.executemany("INSERT INTO notes (body) VALUES (?)", [("buy milk",), ("call Anna",)])
    conn.commit()
    conn.close()
    return path


def foreign_with_cases_table(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE cases (id INTEGER PRIMARY KEY, court TEXT, verdict TEXT)")
    conn.execute("INSERT INTO cases (court, verdict) VALUES ('high', 'upheld')")
    conn.commit()
    conn.close()
    return path


def our_db(path: Path) -> Path:
    open_store(path, user="setup").close()
    return path


def not_ours_files(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    one = tmp_path / "one.sqlite"
    one.write_bytes(b"x")
    text = tmp_path / "text.sqlite"
    text.write_text("not a database at all\n" * 20)
    return {
        "another program": foreign_db(tmp_path / "notes.sqlite"),
        "cases of another shape": foreign_with_cases_table(tmp_path / "courts.sqlite"),
        "empty": empty,
        "one byte": one,
        "text": text,
    }


EXPECTED_WORDS = {
    "another program": "another program (tables: notes, tags)",
    "cases of another shape": "another program",
    "empty": "empty file (0 bytes)",
    "one byte": "not an SQLite database",
    "text": "not an SQLite database",
}


# -- finding 1: a file that is not ours is refused, byte-identical ----------------------------
@pytest.mark.parametrize("kind", list(EXPECTED_WORDS))
@pytest.mark.parametrize("command", [["list"], ["import", REFERENCE_DIR / "dpc2024-lithography.json"], ["check"]])
def test_a_file_that_is_not_ours_is_refused_untouched(tmp_path, capsys, kind, command):
    path = not_ours_files(tmp_path)[kind]
    before = fingerprint(path)
    code, out, err = rdw(capsys, path, *command)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and EXPECTED_WORDS[kind] in err, err
    assert fingerprint(path) == before


def test_the_refusal_names_the_other_programs_tables(tmp_path, capsys):
    path = foreign_db(tmp_path / "notes.sqlite")
    code, _out, err = rdw(capsys, path, "list")
    assert code == 1
    assert err.strip() == (f"rdw: error: {path} is an SQLite database of another program (tables: notes, tags); "
                           "it was left untouched")


def test_the_store_refuses_a_foreign_file_for_writing_too(tmp_path):
    path = foreign_with_cases_table(tmp_path / "courts.sqlite")
    before = fingerprint(path)
    with pytest.raises(StoreError, match="another program"):
        open_store(path)
    assert fingerprint(path) == before


def stray_wal_beside(db: Path, tmp_path: Path) -> None:
    """Leave the live -wal log of another (WAL-mode) database beside ``db``."""
    other = tmp_path / "elsewhere"
    other.mkdir()
    src = foreign_db(other / "other.sqlite", wal=True)
    keep = sqlite3.connect(src)  # an open connection keeps the log from being checkpointed away
    keep.execute("PRAGMA wal_autocheckpoint = 0")
    keep.executemany("INSERT INTO notes (body) VALUES (?)", [("x" * 3000,)] * 20)
    keep.commit()
    shutil.copyfile(f"{src}-wal", f"{db}-wal")
    keep.close()


def test_a_stray_wal_beside_our_database_is_not_replayed(tmp_path, capsys):
    db = our_db(tmp_path / "workbench.sqlite")
    stray_wal_beside(db, tmp_path)
    before = fingerprint(db)
    for command in (["list"], ["import", REFERENCE_DIR / "dpc2024-lithography.json"], ["check"]):
        code, out, err = rdw(capsys, db, *command)
        assert code == 1 and "-wal" in err and "untouched" in err, (command, err)
        assert fingerprint(db) == before
    Path(f"{db}-wal").unlink()
    assert len(json.loads(rdw(capsys, db, "list", "--json")[1])) == 12  # the cases are all there


@pytest.mark.parametrize("main_file", ["missing", "empty", "not wal-mode"])
def test_a_wal_beside_a_missing_empty_or_non_wal_file_is_refused(tmp_path, capsys, main_file):
    db = tmp_path / "workbench.sqlite"
    if main_file == "empty":
        db.write_bytes(b"")
    elif main_file == "not wal-mode":
        conn = sqlite3.connect(db)
        conn.execute("CREATE TABLE cases (x)")
        conn.commit()
        conn.close()
        db.unlink()
        our_db(db)
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()
    stray_wal_beside(db, tmp_path)
    before = fingerprint(db)
    code, _out, err = rdw(capsys, db, "import", REFERENCE_DIR / "dpc2024-lithography.json")
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert fingerprint(db) == before


# -- finding 8: read-only commands open read-only and never write --------------------------
def test_every_read_only_command_leaves_the_files_byte_identical(qapp, tmp_path, capsys):
    (tmp_path / "data").mkdir()
    db = our_db(tmp_path / "data" / "workbench.sqlite")
    code, out, err = rdw(capsys, db, "import", REFERENCE_DIR / "dpc2024-lithography.json")  # writes
    mine = out.strip()
    assert code == 0 and rdw(capsys, db, "snapshot", mine, "--name", "Workshop")[0] == 0  # writes: something to list
    before = fingerprint(db)
    out = tmp_path / "out"
    out.mkdir()
    commands = READ_ONLY_COMMANDS + [
        ["diff", mine, "--from", "Workshop"], ["snapshots", mine], ["export-case", LITHO, "--out", out / "l.json"],
        ["figure", FIGURE, "--out", out / "f.png"], ["scorecard", LITHO, "--out", out / "s.pdf"],
        ["slides", LITHO, "--out", out / "slides"],
    ]
    from desktop.cli import registry

    assert {c[0] for c in commands} == {c.name for c in registry.registered() if c.needs_store and not c.writes} | {"check", "list"}
    for command in commands:
        code, _out, err = rdw(capsys, db, *command)
        assert code == 0, (command, err)
        assert fingerprint(db) == before, command  # including no new -wal, -shm or anything beside it


def test_a_crashed_writers_log_is_read_without_being_replayed_into_the_file(tmp_path, capsys):
    """A writer that died left committed edits in the -wal (no -shm): they are listed, and the
    file, its log and the missing index stay exactly as they were."""
    db = our_db(tmp_path / "workbench.sqlite")
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE cases SET title = 'Renamed after the last checkpoint' WHERE id = ?", [LITHO])
    conn.commit()
    shutil.copyfile(f"{db}-wal", tmp_path / "log")
    conn.close()  # checkpoints: put the crashed state back by hand
    Path(f"{db}-shm").unlink(missing_ok=True)
    our_db(tmp_path / "fresh.sqlite")
    shutil.copyfile(tmp_path / "fresh.sqlite", db)
    shutil.copyfile(tmp_path / "log", f"{db}-wal")
    before = fingerprint(db)
    code, out, err = rdw(capsys, db, "list", "--json")
    assert code == 0, err
    assert "Renamed after the last checkpoint" in out
    assert fingerprint(db) == before


def test_a_read_only_file_can_be_listed_and_is_not_changed(tmp_path, capsys):
    db = our_db(tmp_path / "workbench.sqlite")
    db.chmod(0o444)
    before = fingerprint(db)
    stamp = db.stat().st_mtime_ns
    code, out, err = rdw(capsys, db, "list", "--json")
    assert code == 0 and len(json.loads(out)) == 12, err
    assert fingerprint(db) == before and db.stat().st_mtime_ns == stamp


def test_read_only_commands_on_a_missing_file_create_nothing(tmp_path, capsys):
    db = tmp_path / "typo" / "deeper" / "workbench.sqlite"
    for command in READ_ONLY_COMMANDS:
        code, out, err = rdw(capsys, db, *command)
        assert code == 1 and out == "" and "does not exist" in err, (command, err)
    assert not (tmp_path / "typo").exists()


def test_a_refused_import_at_a_missing_path_creates_nothing(tmp_path, capsys):
    db = tmp_path / "typo" / "workbench.sqlite"
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    code, _out, err = rdw(capsys, db, "import", bad)
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "typo").exists()


def test_a_writing_command_creates_a_new_database_at_a_missing_path(tmp_path, capsys):
    db = tmp_path / "new" / "workbench.sqlite"
    assert rdw(capsys, db, "import", REFERENCE_DIR / "dpc2024-lithography.json")[0] == 0
    assert len(json.loads(rdw(capsys, db, "list", "--json")[1])) == 13


def test_a_read_only_command_on_an_older_schema_says_to_update_it_first(tmp_path, capsys):
    db = our_db(tmp_path / "workbench.sqlite")
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    before = fingerprint(db)
    code, _out, err = rdw(capsys, db, "list")
    assert code == 1 and "needs an update" in err and "rdw import" in err
    assert fingerprint(db) == before


# -- the window's start-up and the self-test take the same path ------------------------------
def no_dialog(monkeypatch, startup) -> None:
    """Any other message box fails the test instead of waiting for a click."""
    def shown(parent, icon, title, text, *rest):
        raise AssertionError(f"unexpected dialog: {text}")

    monkeypatch.setattr(startup, "plain_message", shown)


@pytest.mark.parametrize("kind", list(EXPECTED_WORDS))
def test_the_window_start_up_refuses_the_same_files(qtbot, tmp_path, monkeypatch, kind):
    from desktop.views.window import startup

    path = not_ours_files(tmp_path)[kind]
    before = fingerprint(path)
    assert preview_store(path) is None
    said = []
    monkeypatch.setattr(startup, "choose_after_damage", lambda parent, p, message: said.append(message) or "quit")
    no_dialog(monkeypatch, startup)
    assert startup.open_database(path) is None
    assert said and EXPECTED_WORDS[kind] in said[0]
    assert {k: v for k, v in fingerprint(path).items() if k != "folder"} == {k: v for k, v in before.items() if k != "folder"}


def test_the_window_start_up_refuses_a_stray_wal(qtbot, tmp_path, monkeypatch):
    from desktop.views.window import startup

    db = our_db(tmp_path / "workbench.sqlite")
    stray_wal_beside(db, tmp_path)
    before = fingerprint(db)
    assert preview_store(db) is None
    said = []
    monkeypatch.setattr(startup, "choose_after_damage", lambda parent, p, message: said.append(message) or "quit")
    no_dialog(monkeypatch, startup)
    assert startup.open_database(db) is None
    assert said and "-wal" in said[0]
    assert {k: v for k, v in fingerprint(db).items() if k != "folder"} == {k: v for k, v in before.items() if k != "folder"}


def test_the_preview_writes_nothing(tmp_path):
    db = our_db(tmp_path / "workbench.sqlite")
    before = fingerprint(db)
    assert preview_store(db) is not None
    assert fingerprint(db) == before


def test_the_self_test_is_unaffected(qapp, isolated_user_data, capsys):
    assert main(["--self-test"]) == 0


# -- finding 9: every commit is synced ----------------------------------------------------
def test_the_writing_store_syncs_every_commit(tmp_path):
    store = open_store(tmp_path / "workbench.sqlite")
    try:
        assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        store.close()


# -- rdw check reads every stored row ----------------------------------------------------
def test_check_catches_a_corrupted_document_and_history_row(tmp_path, capsys):
    db = our_db(tmp_path / "workbench.sqlite")
    assert rdw(capsys, db, "check")[0] == 0
    conn = sqlite3.connect(db)
    conn.execute("UPDATE cases SET document = '{\"id\": 3' WHERE id = ?", [LITHO])
    conn.execute("UPDATE cases SET document = '{\"id\": \"x\"}' WHERE id = 'dpc2024-automotive-chips'")
    conn.execute("UPDATE history SET new_value = 'not json' WHERE id = 2")
    conn.commit()
    conn.close()
    before = fingerprint(db)
    code, _out, err = rdw(capsys, db, "check")
    assert code == 1
    assert LITHO in err and "dpc2024-automotive-chips" in err and "history row" in err and "2 (case" in err
    assert fingerprint(db) == before


def test_check_on_a_healthy_database_still_says_ok(tmp_path, capsys):
    db = our_db(tmp_path / "workbench.sqlite")
    code, out, _err = rdw(capsys, db, "check")
    assert code == 0 and "ok (12 cases" in out


def test_the_window_says_a_foreign_file_is_not_a_case_database(tmp_path, monkeypatch):
    """The start-up dialog names what the file is: another program's database is not called
    damaged (issue 18, finding 1, seen in the window)."""
    import sqlite3

    from desktop.views.window import startup

    path = tmp_path / "notes.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    told = []

    class Box:
        def __init__(self, *args):
            told.append(args[3])

        def __getattr__(self, name):
            return lambda *a, **k: self

        def clickedButton(self):
            return None

    monkeypatch.setattr(startup, "plain_message", lambda *a, **k: Box(*a))
    assert startup.choose_after_damage(None, path, "message") == "quit"
    assert told == ["This file is not a case database of this app and was not changed."]
