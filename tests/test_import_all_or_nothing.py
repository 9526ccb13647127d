"""All-or-nothing imports (issue 5): a batch with one bad file writes nothing and names the file
(and field); a failure on any insert of a batch, from Python or inside SQLite, rolls the whole
batch back. Shares the fuzz settings of test_import_fuzz (``RDW_FUZZ_EXAMPLES``)."""

from __future__ import annotations

import contextlib
import copy
import io
import json
import re
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.cli.main import main as rdw_main
from desktop.models.case import Case
from desktop.models.exchange import CaseFileError, case_from_bytes
from desktop.models.library import open_store
from desktop.models.storage.store import StoreError
from test_import_fuzz import EXAMPLES, FUZZ, REFERENCE_DOCS, snapshot


def _valid_file_data(i: int, ref: int, clash: bool) -> dict:
    data = copy.deepcopy(REFERENCE_DOCS[ref % len(REFERENCE_DOCS)])
    if not clash:
        data["id"] = f"fuzz-import-{i}"
    data["title"] = f"Imported {i}"
    return data


BAD_FILES = st.sampled_from([
    (b"{not json", None),
    (b"\xff\xfe\x00garbage", None),
    (b"[]", None),
    (json.dumps({"format": "rdw-case", "format_version": 1, "id": "x"}).encode(), "title"),
    (json.dumps({"format": "rdw-case", "format_version": 4, "id": "x", "title": "t"}).encode(), "format_version"),
    (json.dumps({"format": "rdw-case", "format_version": 1, "id": "x", "title": "t", "colour": 1}).encode(), "colour"),
    (json.dumps({"format": "rdw-case", "format_version": 1, "id": "x", "title": "t",
                 "summary": "s" * 200_000}).encode(), "summary"),
    (json.dumps({"format": "rdw-case", "format_version": 1, "id": "x", "title": "t",
                 "leverage": {"degree": "HIGH"}}).encode(), "leverage.degree"),
    (json.dumps({"format": "rdw-case", "format_version": 1, "id": "x", "title": "t",
                 "ambition": {"entanglement_autonomy": 1e400}}).encode(), "ambition.entanglement_autonomy"),
    (b'{"format": "rdw-case", "format_version": 1, "id": "x", "title": ' + b"[" * 5000 + b"]" * 5000 + b"}", None),
])


@pytest.fixture(scope="module")
def cli_db(tmp_path_factory) -> Path:
    """A file database with the reference library and some user cases, shared by the CLI examples."""
    path = tmp_path_factory.mktemp("fuzz-cli") / "cases.sqlite"
    store = open_store(path, user="tester")
    store.create("Existing one", summary="mine")
    store.add_cases([Case.model_validate(_valid_file_data(0, 3, clash=False))])
    store.close()
    return path


def _file_snapshot(db: Path) -> tuple[dict[str, str], int]:
    con = sqlite3.connect(db)
    try:
        docs = dict(con.execute("SELECT id, document FROM cases").fetchall())
        return docs, con.execute("SELECT count(*) FROM history").fetchone()[0]
    finally:
        con.close()


@settings(FUZZ, max_examples=max(10, EXAMPLES // 5))
@given(n_good=st.integers(0, 6), bad=BAD_FILES, data=st.data())
def test_cli_import_with_one_bad_file_writes_nothing_and_names_it(cli_db, n_good, bad, data):
    """`rdw import` of several files where one is bad writes nothing, and its error names the bad file (and field)."""
    bad_raw, bad_field = bad
    position = data.draw(st.integers(0, n_good))
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for i in range(n_good):
            path = Path(folder) / f"good{i}.json"
            clash = data.draw(st.booleans())
            path.write_text(json.dumps(_valid_file_data(i, i, clash)), encoding="utf-8")
            files.append(path)
        bad_path = Path(folder) / "the-bad-one.json"
        bad_path.write_bytes(bad_raw)
        files.insert(position, bad_path)
        before = _file_snapshot(cli_db)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = rdw_main(["--db", str(cli_db), "import", *map(str, files)])
        assert code == 1
        assert out.getvalue() == ""
        message = err.getvalue()
        assert message.startswith("rdw: error: ") and message.count("\n") == 1
        assert str(bad_path) in message
        if bad_field:
            assert f"field '{bad_field}'" in message
        assert _file_snapshot(cli_db) == before


@FUZZ
@given(n_good=st.integers(0, 5), bad=BAD_FILES, data=st.data())
def test_validate_all_then_add_cases_leaves_store_unchanged_on_a_bad_file(store, n_good, bad, data):
    """Validating every file before the single add_cases (as the CLI and GUI do) leaves count and documents unchanged when one file is bad."""
    raws = [json.dumps(_valid_file_data(i, i, data.draw(st.booleans()))).encode() for i in range(n_good)]
    raws.insert(data.draw(st.integers(0, n_good)), bad[0])
    before, count = snapshot(store), store.count()
    with pytest.raises(CaseFileError) as info:
        cases = [case_from_bytes(raw, f"file{i}.json") for i, raw in enumerate(raws)]
        store.add_cases(cases)
    assert info.value.source == f"file{raws.index(bad[0])}.json"
    assert store.count() == count and snapshot(store) == before


class InjectedFailure(RuntimeError):
    pass


@FUZZ
@given(
    n=st.integers(1, 8),
    data=st.data(),
    how=st.sampled_from(["row", "log", "sql_abort", "sql_rollback", "io_error"]),
)
def test_add_cases_rolls_back_entirely_when_a_later_insert_fails(store, n, data, how):
    """If any insert of a batch fails (Python error, SQLite error, or a trigger aborting or rolling back), add_cases writes none of it."""
    clashes = data.draw(st.lists(st.booleans(), min_size=n, max_size=n))
    cases = [Case.model_validate(_valid_file_data(100 + i, i, clash)) for i, clash in enumerate(clashes)]
    fail_at = data.draw(st.integers(0, n - 1))
    before, count = snapshot(store), store.count()
    conn = store.db.conn
    calls = {"n": 0}

    def failing(original):
        def wrapper(*args, **kwargs):
            if calls["n"] == fail_at:
                if how == "io_error":
                    raise sqlite3.OperationalError("disk I/O error")
                raise InjectedFailure(f"injected at call {fail_at}")
            calls["n"] += 1
            return original(*args, **kwargs)
        return wrapper

    with pytest.MonkeyPatch.context() as mp:
        if how in ("row", "io_error"):
            mp.setattr(store, "row", failing(store.row))
        elif how == "log":
            mp.setattr(store, "log", failing(store.log))
        else:  # a real failure inside SQLite, on the insert of the fail_at-th case
            action = "ABORT" if how == "sql_abort" else "ROLLBACK"
            ids: list[str] = []
            for case in cases:  # the ids add_cases will choose, in order (as CaseStore._unique_id)
                wanted, k = case.id, 1
                base = re.sub(r"-copy(-\d+)?$", "", case.id)[:180]
                while wanted in before[0] or wanted in ids:
                    wanted = f"{base}-copy" if k == 1 else f"{base}-copy-{k}"
                    k += 1
                ids.append(wanted)
            doomed = ids[fail_at].replace("'", "''")
            conn.execute(
                f"CREATE TEMP TRIGGER fail_insert BEFORE INSERT ON cases WHEN NEW.id = '{doomed}' "
                f"BEGIN SELECT RAISE({action}, 'injected failure'); END"
            )
        try:
            expected = InjectedFailure if how in ("row", "log") else StoreError
            with pytest.raises(expected):
                store.add_cases(cases)
        finally:
            conn.execute("DROP TRIGGER IF EXISTS temp.fail_insert")
    assert not conn.in_transaction
    assert store.count() == count
    assert snapshot(store) == before
    # the store is still usable, and the same batch now goes in whole
    assert len(store.add_cases(cases)) == n
    assert store.count() == count + n
