"""Fuzzing the case importer (issue 5): whatever a case file holds, the result is a valid ``Case``
or a ``CaseFileError`` naming the file (and, for a well-formed rdw-case object, the field), never
a crash; a valid result imports and round-trips; an import never writes part of a batch and
never overwrites an existing case.

Inputs: arbitrary bytes (invalid UTF-8 included), and the shipped reference files, and
version-2/3 files built from them through the store (a workshop record, evidence with a source,
two snapshots: issue 18), mutated at random places (inside a snapshot's case too) (keys deleted, values of the wrong type, unknown keys, 200k-character strings,
nesting thousands deep, 1e400 / NaN / 5000-digit numbers, wrong enum tokens, nulls everywhere,
invalid UTF-8 inside strings, lone surrogates, a key given twice, truncation, a BOM, UTF-16).

Bounded for the normal suite; for an occasional long run::

    RDW_FUZZ_EXAMPLES=5000 ./dev test -k fuzz
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, note, settings
from hypothesis import strategies as st

from desktop.models.case import Case
from desktop.models.exchange import (
    CaseFileError,
    case_from_bytes,
    case_to_data,
    case_to_json,
)
from desktop.models.storage.store import CaseStore

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "data" / "reference"
REFERENCE_FILES = sorted(REFERENCE_DIR.glob("*.json"))
REFERENCE_DOCS = [json.loads(p.read_text(encoding="utf-8")) for p in REFERENCE_FILES]


def _rich_docs() -> list[dict]:
    """Version-2 and -3 exchange data as the app writes it: copies of reference cases with a
    workshop record, evidence (a source, confidence, dissent), actors for every other one, and
    two snapshots, built through the store and exported."""
    from desktop.models.library import reference_cases

    store = CaseStore.memory(user="fuzz")
    try:
        store.sync_reference_library(reference_cases())
        docs = []
        for n, doc in enumerate(REFERENCE_DOCS[:4]):
            case = store.duplicate(doc["id"])
            store.set_fields(case.id, {
                "workshop": {"session": "Workshop 光", "facilitator": "Ana", "tallies": [
                    {"question": "leverage.degree", "counts": {"high": 3, "medium": 1}, "decision": "high",
                     "reason": "the room", "decided_at": "2024-03-12T14:30:00Z"}],
                    "log": [{"at": "2024-03-12T14:30:00Z", "session": "Workshop 光", "question": "leverage.degree",
                             "label": "Degree of leverage", "value": "high", "value_label": "high",
                             "reason": "the room", "counts": {"high": 3, "medium": 1}}]},
                "evidence": {"leverage.degree": {"sources": [{"id": "src-fuzz", "title": "A report", "date": "2023"}],
                                                 "confidence": "high", "dissent": "one voice"}},
                **({"actors": ["eu", "uk"]} if n % 2 else {}),
            })
            store.snapshots.take(case.id, "March")
            store.set_field(case.id, "summary", "changed since March")
            store.snapshots.take(case.id, "April")
            docs.append(json.loads(case_to_json(store.get(case.id))))
        return docs
    finally:
        store.close()


RICH_DOCS = _rich_docs()
assert {d["format_version"] for d in RICH_DOCS} == {2, 3} and all(len(d["snapshots"]) == 2 for d in RICH_DOCS)
SOURCE = "incoming/fuzzed-case.json"
EXAMPLES = int(os.environ.get("RDW_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large],
)


# -- strategies ---------------------------------------------------------------------------------
json_scalars = (
    st.none() | st.booleans() | st.integers() | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30)
    | st.sampled_from(["", " ", "high", "HIGH", "low_medium", "maintain", "rdw-case", "2024-05-01T12:00:00Z"])
)
json_values = st.recursive(
    json_scalars,
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=12), kids, max_size=4),
    max_leaves=12,
)


def _deep(depth: int, kind: str) -> str:
    if kind == "list":
        return "[" * depth + "]" * depth
    if kind == "dict":
        return '{"a":' * depth + "1" + "}" * depth
    return '[{"a":' * depth + "null" + "}]" * depth  # alternating


RAW_TOKENS = st.one_of(
    st.builds(_deep, st.sampled_from([30, 500, 990, 5000, 100_000]), st.sampled_from(["list", "dict", "mixed"])),
    st.sampled_from([
        "1e400", "-1e400", "NaN", "Infinity", "-Infinity", "-0", "1.0", "1E2", "0.5",
        "9" * 19, "9" * 4300, "9" * 4301, "-" + "9" * 10_000, "18446744073709551616",
        '"\\ud800"', '"\\udfff\\ud800"', '"\\u0000"', '"a\\u0000b"',
    ]),
)
RAW_BYTES = st.sampled_from([  # not UTF-8 at all, inside a string where a value belongs
    b'"\xff"', b'"\xc3\x28"', b'"\xed\xa0\x80"', b'"\xc0\xaf"', b'"\xf8\x88\x80\x80\x80"', b'"abc\x80"',
])
HUGE_SIZES = st.sampled_from([100_000, 100_001, 200_000, 1_000_000])
MUTATIONS = ["delete", "replace", "unknown_key", "huge_string", "raw", "raw_bytes", "enum", "null",
             "nulls_everywhere", "number", "duplicate_list_item", "duplicate_key", "surrogate"]
# changes that usually keep the file valid, so that the import path gets its share of examples
BENIGN = ["delete", "text", "id", "shuffle_keys", "none"]
SOME_IDS = st.sampled_from([d["id"] for d in REFERENCE_DOCS] + ["x", "x-copy", "x-copy-7", "fuzz-copy-copy",
                                                               "a" * 200, "ü 光 id", " padded "])


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in a JSON document (not the root itself)."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            found.append(prefix + (key,))
            found += _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.append(prefix + (i,))
            found += _paths(value, prefix + (i,))
    return found


def _get(doc: Any, path: tuple) -> Any:
    for part in path:
        doc = doc[part]
    return doc


def _set(doc: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    _get(doc, path[:-1])[path[-1]] = value
    return doc


def _nulls(node: Any, data, depth: int = 0) -> Any:
    if isinstance(node, dict):
        return {k: (None if data.draw(st.booleans()) else _nulls(v, data, depth + 1)) for k, v in node.items()}
    if isinstance(node, list):
        return [None if data.draw(st.booleans()) else _nulls(v, data, depth + 1) for v in node]
    return None


def _wrong_token(token: str, data) -> str:
    return data.draw(st.sampled_from([
        token.upper(), token + " ", " " + token, token.replace("_", "-"), token.replace("_", " "),
        token[:-1], token + "_x", "", "\u0301" + token, token.title(), "None", "null",
    ]))


@st.composite
def mutated_reference_file(draw) -> bytes:
    """A reference case file with 1-6 random mutations, serialised in a random way."""
    doc: Any = copy.deepcopy(draw(st.sampled_from(REFERENCE_DOCS + RICH_DOCS)))
    raw_tokens: dict[str, bytes] = {}

    def marker(raw: bytes) -> str:
        name = f"@@RAW{len(raw_tokens)}@@"
        raw_tokens[name] = raw
        return name

    drawer = SimpleNamespace(draw=draw)  # lets helpers draw from the same example

    kinds = draw(st.lists(st.sampled_from(BENIGN), max_size=4))
    kinds += draw(st.lists(st.sampled_from(MUTATIONS), max_size=draw(st.sampled_from([0, 1, 1, 6]))))
    for kind in draw(st.permutations(kinds)):
        event(f"mutation {kind}")
        places = _paths(doc)
        path = draw(st.sampled_from(places)) if places else ()
        target = _get(doc, path)
        if kind == "delete" and path:
            parent = _get(doc, path[:-1])
            del parent[path[-1]]
        elif kind == "replace":
            doc = _set(doc, path, draw(json_values))
        elif kind == "unknown_key":
            dicts = [p for p in [()] + places if isinstance(_get(doc, p), dict)]
            where = _get(doc, draw(st.sampled_from(dicts))) if dicts else None
            if isinstance(where, dict):
                key = draw(st.text(min_size=0, max_size=20) | st.sampled_from(["formatt", "Title", "id ", "__proto__"]))
                where[key] = draw(json_values)
        elif kind == "huge_string":
            doc = _set(doc, path, draw(st.sampled_from("xé光\u0000 ")) * draw(HUGE_SIZES))
        elif kind == "raw":
            doc = _set(doc, path, marker(draw(RAW_TOKENS).encode("utf-8")))
        elif kind == "raw_bytes":
            doc = _set(doc, path, marker(draw(RAW_BYTES)))
        elif kind == "enum" and isinstance(target, str):
            doc = _set(doc, path, _wrong_token(target, drawer))
        elif kind == "enum" and isinstance(target, dict) and target:  # a dict keyed by enum tokens
            key = draw(st.sampled_from(sorted(target)))
            target[_wrong_token(key, drawer)] = target.pop(key)
        elif kind == "null":
            doc = _set(doc, path, None)
        elif kind == "nulls_everywhere":
            doc = _nulls(doc, drawer) if draw(st.booleans()) else _set(doc, path, _nulls(target, drawer))
        elif kind == "number":
            doc = _set(doc, path, draw(st.sampled_from([0, -1, 1, 100, 101, 2**31, 2**63, 2**64, 10**300,
                                                         -(10**4000), 1.5, 1e308, -0.0, True, False])))
        elif kind == "duplicate_key":  # the same key twice in one object (json.loads keeps the last)
            dicts = [p for p in [()] + places if isinstance(_get(doc, p), dict) and _get(doc, p)]
            if dicts:
                where = _get(doc, draw(st.sampled_from(dicts)))
                key = draw(st.sampled_from(sorted(where)))
                where[marker(json.dumps(key).encode("utf-8"))] = copy.deepcopy(where[key])
        elif kind == "surrogate":  # a string holding a lone surrogate, anywhere (a snapshot's case too)
            strings = [p for p in places if isinstance(_get(doc, p), str)]
            if strings:
                where = draw(st.sampled_from(strings))
                doc = _set(doc, where, marker(json.dumps(_get(doc, where) + "\ud800").encode("utf-8")))
        elif kind == "duplicate_list_item" and isinstance(target, list) and target:
            target.append(copy.deepcopy(draw(st.sampled_from(target))))
        elif kind == "text" and isinstance(target, str):
            doc = _set(doc, path, draw(st.text(min_size=1, max_size=40) | st.just("ä" * 100_000)))
        elif kind == "id" and isinstance(doc, dict):
            doc["id"] = draw(SOME_IDS)
        elif kind == "shuffle_keys" and isinstance(target, dict):
            items = draw(st.permutations(list(target.items())))
            target.clear()
            target.update(items)

    text = json.dumps(doc, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 2])))
    raw = text.encode("utf-8")
    for name, token in raw_tokens.items():
        raw = raw.replace(json.dumps(name).encode("utf-8"), token)
    encoding = draw(st.sampled_from(["plain"] * 8 + ["bom", "utf-16", "truncated", "latin-1"]))
    if encoding == "bom":
        raw = b"\xef\xbb\xbf" + raw
    elif encoding == "utf-16":
        raw = text.encode("utf-16")
    elif encoding == "truncated":
        raw = raw[: draw(st.integers(0, max(0, len(raw) - 1)))]
    elif encoding == "latin-1":
        raw = text.encode("latin-1", errors="replace")
    return raw


arbitrary_bytes = st.one_of(
    st.binary(max_size=4096),
    st.text(max_size=300).map(lambda t: t.encode("utf-8")),
    st.binary(max_size=200).map(lambda b: b'{"format": "rdw-case", "format_version": 1, ' + b),
    json_values.map(lambda v: json.dumps(v).encode("utf-8")),
    st.dictionaries(st.sampled_from(["format", "format_version", "id", "title", "summary", "leverage",
                                     "strength", "ambition", "created", "reference", "key_facts"]),
                    json_values).map(lambda d: json.dumps({"format": "rdw-case", **d}).encode("utf-8")),
)


# -- checks -------------------------------------------------------------------------------------
def _parse(raw: bytes) -> Case | CaseFileError:
    """The importer's verdict; any exception other than CaseFileError fails the test."""
    try:
        return case_from_bytes(raw, SOURCE)
    except CaseFileError as error:
        return error


def _no_duplicates(pairs):
    keys = [k for k, _v in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("duplicate key")
    return dict(pairs)


def _decodes_to_rdw_object(raw: bytes) -> bool:
    try:
        data = json.loads(raw.decode("utf-8-sig"), object_pairs_hook=_no_duplicates)
    except (ValueError, RecursionError):
        return False
    return (isinstance(data, dict) and data.get("format") == "rdw-case"
            and type(data.get("format_version")) is int and data.get("format_version") <= 3)


def _check_error(error: CaseFileError, raw: bytes) -> None:
    assert error.source == SOURCE
    assert str(error).startswith(f"{SOURCE}: ")
    assert error.problem and error.problem.strip()
    if error.field is not None:
        assert f"field '{error.field}'" in str(error)
    if _decodes_to_rdw_object(raw):  # the file is an rdw-case object: the error names the field
        assert error.field, str(error)[:500]


def _check_round_trip(case: Case) -> None:
    text = case_to_json(case)
    again = case_from_bytes(text.encode("utf-8"), "round-trip")
    assert again == case
    assert case_to_json(again) == text


def snapshot(store: CaseStore) -> tuple[dict[str, str], int, int]:
    """Every stored document by id, the history length and the highest history id."""
    conn = store.db.conn
    docs = dict(conn.execute("SELECT id, document FROM cases").fetchall())
    rows, top = conn.execute("SELECT count(*), coalesce(max(id), 0) FROM history").fetchone()
    return docs, rows, top


def _check_import(store: CaseStore, case: Case) -> None:
    before, rows, _ = snapshot(store)
    ids = store.add_cases([case])
    after, rows_after, _ = snapshot(store)
    assert len(ids) == 1
    new_id = ids[0]
    assert new_id not in before, "an import overwrote an existing case"
    assert (new_id == case.id) == (case.id not in before), "a clashing id must become a copy"
    assert {k: after[k] for k in before} == before, "an import changed an existing case"
    assert set(after) == set(before) | {new_id} and rows_after == rows + 1
    expected = case_to_data(case)
    expected["id"] = new_id
    expected.pop("reference", None)  # an imported user case never becomes read-only
    stored = store.get(new_id)
    for mine, kept in zip(expected.get("snapshots", []), stored.snapshots):
        mine["history_mark"] = kept.history_mark  # re-marked against this database's history
    assert case_to_data(stored) == expected
    assert not stored.is_reference
    assert store.summary(new_id).title == case.title
    _check_round_trip(stored)


# -- (a) arbitrary bytes --------------------------------------------------------------------------
@FUZZ
@given(raw=arbitrary_bytes)
def test_arbitrary_bytes_give_a_case_or_a_case_file_error(raw):
    """Any bytes at all (invalid UTF-8, random JSON) parse to a valid Case or a CaseFileError naming the file, nothing else."""
    result = _parse(raw)
    if isinstance(result, CaseFileError):
        _check_error(result, raw)
    else:
        assert isinstance(result, Case)
        _check_round_trip(result)


# -- (b) mutated reference files --------------------------------------------------------------------
@FUZZ
@given(raw=mutated_reference_file())
def test_mutated_reference_files_are_rejected_cleanly_or_import_and_round_trip(store, raw):
    """Mutated reference files give a CaseFileError naming file and field, or a Case that imports (as a copy if its id exists) and round-trips."""
    note(f"{len(raw)} bytes: {raw[:300]!r}")
    before = snapshot(store)
    result = _parse(raw)
    assert snapshot(store) == before  # parsing never writes
    event("valid case" if isinstance(result, Case) else f"refused ({'field' if result.field else 'file'})")
    if isinstance(result, CaseFileError):
        _check_error(result, raw)
        return
    _check_round_trip(result)
    _check_import(store, result)
    assert store.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("depth", [50, 990, 5000, 200_000])
@pytest.mark.parametrize("where", ["summary", "unknown", "key_facts", "strength", "ambition"])
def test_deep_nesting_anywhere_is_a_case_file_error(depth, where):
    """Arrays nested thousands deep (where a text, list or section belongs, or under an unknown key) are refused with a CaseFileError, not a RecursionError."""
    doc = dict(REFERENCE_DOCS[0])
    doc[where] = "@@DEEP@@"
    raw = json.dumps(doc).encode().replace(b'"@@DEEP@@"', _deep(depth, "mixed").encode())
    error = _parse(raw)
    assert isinstance(error, CaseFileError)
    assert error.source == SOURCE
