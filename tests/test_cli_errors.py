"""The ``rdw`` command line, user errors: all-or-nothing import of a batch with a bad or missing
file, unknown case ids, unwritable export paths and unusable databases each give exit 1 and one
readable line on stderr, never a traceback, and change nothing."""

from __future__ import annotations

import sqlite3

import pytest
from cli_helpers import listed, write_case

BAD_FILES = {
    "unknown-key": ({"id": "bad", "title": "Bad", "colour": "red"}, "colour"),
    "bad-token": ({"id": "bad", "title": "Bad", "leverage": {"degree": "huge"}}, "leverage.degree"),
    "version-4": ({"id": "bad", "title": "Bad", "format_version": 4}, "format_version"),
    "missing-title": ({"id": "bad"}, "title"),
    "not-json": (b'{"format": "rdw-case", ', None),
    "invalid-utf8": (b'{"format": "rdw-case", "format_version": 1, "id": "x", "title": "\xff\xfe"}', None),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_one_invalid_file_imports_nothing(rdw, tmp_path, kind):
    """A bad file among good ones: exit 1, one stderr line naming file and field, nothing stored."""
    content, field = BAD_FILES[kind]
    bad = tmp_path / f"{kind}.json"
    if isinstance(content, bytes):
        bad.write_bytes(content)
    else:
        write_case(bad, **content)
    good1 = write_case(tmp_path / "good1.json", id="good1", title="Good 1")
    good2 = write_case(tmp_path / "good2.json", id="good2", title="Good 2")
    before = listed(rdw)
    code, out, err = rdw("import", good1, bad, good2)
    assert code == 1
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1
    assert err.startswith("rdw: error: ")
    assert str(bad) in err
    if field:
        assert f"'{field}'" in err
    assert "Traceback" not in err
    assert listed(rdw) == before


def test_missing_file_is_a_user_error(rdw, tmp_path):
    """A file that does not exist is reported on one line, nothing imported."""
    before = listed(rdw)
    good = write_case(tmp_path / "good.json", id="good", title="Good")
    code, out, err = rdw("import", good, tmp_path / "nope.json")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "nope.json" in err
    assert listed(rdw) == before


@pytest.mark.parametrize("command", [("show",), ("show", "--json"), ("export-case", "--out", "x.json")])
def test_unknown_case_is_one_line_error(rdw, tmp_path, command):
    """An unknown id is a user error: exit 1, one line, nothing written."""
    args = [command[0], "no-such-case", *command[1:]]
    if command[0] == "export-case":
        args[-1] = str(tmp_path / "x.json")
    code, out, err = rdw(*args)
    assert (code, out) == (1, "")
    assert err == "rdw: error: no case with id 'no-such-case'\n"
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize("where", ["missing-dir", "directory"])
def test_export_to_unwritable_path(rdw, tmp_path, where):
    """Exporting into a missing folder or onto a folder fails on one line, without a traceback."""
    target = tmp_path / "no" / "such" / "dir" / "x.json" if where == "missing-dir" else tmp_path
    code, out, err = rdw("export-case", "dpc2024-lithography", "--out", target)
    assert (code, out) == (1, "")
    assert err.startswith("rdw: error: ") and err.count("\n") == 1
    assert "Traceback" not in err
    assert str(target) in err


def test_newer_schema_database_is_refused_untouched(rdw, db):
    """A database from a newer app version: exit 1, a clear line, and the file left as it was."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = db.read_bytes()
    code, out, err = rdw("list")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert "newer version" in err and "999" in err
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 999
    conn.close()
    assert db.read_bytes() == before


@pytest.mark.parametrize("kind", ["garbage", "directory"])
def test_unusable_database_path(rdw, db, kind):
    """A --db that is not a database file is a one-line user error, not a traceback."""
    if kind == "garbage":
        db.write_bytes(b"this is not a database" * 100)
    else:
        db.unlink()  # (the fixture's database: a folder takes its place)
        db.mkdir()
    code, out, err = rdw("list")
    assert (code, out) == (1, "")
    assert err.startswith("rdw: error: ") and err.count("\n") == 1
