"""Hostile input (issue 18, findings 5, 6 and 7): what an imported case file may try.

(5) Escape sequences (window title, clear screen, OSC 52 clipboard writes) and bidi overrides in
imported text never reach the terminal from any command, while Chinese text survives.
(6) ``/dev/zero``, ``/dev/urandom``, a FIFO or a sparse 1 GB file is refused at once with one
line; a lone surrogate inside a snapshot's case is refused naming the field, not a traceback;
``rdw figure --area "AI & robotics"`` does not crash.
(7) ``format_version`` is required and an integer; a key given twice is refused; a case id may
not hold control, bidi or other invisible characters, a path separator or a leading ``-``,
while a case this app stored before the rule keeps opening and editing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from desktop.models.case import Case
from desktop.models.exchange import CaseFileError, case_from_bytes, read_case_file
from desktop.models.storage.records import FieldValueError

from exchange_helpers import MINIMAL, SOURCE, encode, parse_error

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ESC_TITLE = "\x1b]0;pwned\x07"  # sets the terminal window's title
CLEAR = "\x1b[2J\x1b[H"  # clears the screen
OSC52 = "\x1b]52;c;ZWNobyBwd25lZA==\x07"  # writes the clipboard
RLO = "\u202e"  # right-to-left override: "txt.exe" shows as "exe.txt"
HOSTILE = f"{ESC_TITLE}{CLEAR}{OSC52}{RLO}光刻机 evil\u2066x\u2069\x9b31m\x7f"
ATTACK_CHARS = ("\x1b", "\x07", "\x9b", "\x7f", "\u202e", "\u2066", "\u2069")


def _clean(text: str) -> bool:
    return not any(c in text for c in ATTACK_CHARS)


def hostile_case_file(path: Path) -> Path:
    """A version-2 case whose title, summary, workshop log and snapshot carry the attacks."""
    stamp = "2024-03-12T14:30:00Z"
    old = {**MINIMAL, "id": "hostile-1", "title": f"Old {HOSTILE}", "summary": "before"}
    data = {
        **MINIMAL, "format_version": 2, "id": "hostile-1", "title": f"Title {HOSTILE}",
        "summary": f"Summary {HOSTILE}", "technology_area": f"Area {HOSTILE}",
        "workshop": {"session": f"Session {HOSTILE}", "facilitator": f"Fac {HOSTILE}", "log": [
            {"at": stamp, "session": f"Session {HOSTILE}", "facilitator": f"Fac {HOSTILE}",
             "question": "leverage.degree", "label": f"Label {HOSTILE}", "value": "high",
             "value_label": f"high {HOSTILE}", "reason": f"Reason {HOSTILE}", "counts": {"high": 2}}]},
        "snapshots": [{"name": f"Snap {HOSTILE}", "taken_at": stamp, "history_mark": 0, "case": old}],
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# -- (5) terminal output ---------------------------------------------------------------------------
def test_terminal_text_strips_controls_and_bidi_but_keeps_text():
    from desktop.models.text import escape_json_text, one_line, terminal_text

    cleaned = terminal_text(f"a\tb\nc{HOSTILE}\r\u200b\ufeff\u2028z 👩\u200d💻 Rühlig")
    assert _clean(cleaned) and "\r" not in cleaned and "\u200b" not in cleaned and "\ufeff" not in cleaned
    assert "a\tb\nc" in cleaned and "光刻机 evil" in cleaned and "👩\u200d💻 Rühlig" in cleaned
    assert "\n" not in one_line("a\nb") and _clean(one_line(HOSTILE))
    escaped = escape_json_text(json.dumps({"t": HOSTILE}, ensure_ascii=False))
    assert _clean(escaped) and json.loads(escaped) == {"t": HOSTILE} and "光刻机" in escaped


def test_decisions_diff_import_and_friends_print_no_escape_sequences(rdw, tmp_path):
    code, out, err = rdw("import", hostile_case_file(tmp_path / "hostile.json"))
    assert (code, err) == (0, "") and out.strip() == "hostile-1"
    for args in (["decisions", "hostile-1"], ["diff", "hostile-1"], ["diff", "hostile-1", "--json"],
                 ["snapshots", "hostile-1"], ["snapshots", "hostile-1", "--json"], ["list"], ["list", "--json"],
                 ["show", "hostile-1"], ["suggest", "hostile-1"], ["suggest", "hostile-1", "--json"],
                 ["sensitivity", "hostile-1"]):
        code, out, err = rdw(*args)
        assert code == 0, (args, err)
        assert _clean(out) and _clean(err), (args, [c for c in ATTACK_CHARS if c in out])
    assert "光刻机" in rdw("decisions", "hostile-1")[1]
    assert "光刻机" in rdw("diff", "hostile-1")[1]
    assert "光刻机" in rdw("list")[1]
    code, out, _ = rdw("diff", "hostile-1", "--json")
    strings: list[str] = []
    json.loads(out, object_pairs_hook=lambda pairs: strings.extend(v for _k, v in pairs if isinstance(v, str)))
    assert "Title " + HOSTILE in strings  # the same data, its unsafe characters only escaped


def test_error_lines_that_quote_a_file_print_no_escape_sequences(rdw, tmp_path):
    bad = tmp_path / f"bad{RLO}.json"
    bad.write_text(json.dumps({**MINIMAL, f"ti\x1b]52;c;eA==\x07tle{RLO}": 1}), encoding="utf-8")
    code, out, err = rdw("import", bad)
    assert code == 1 and out == "" and err.count("\n") == 1 and _clean(err)
    assert "ti ]52;c;eA== tle" in err  # the key is named, its controls made spaces (one_line)


# -- (6) files that are not case files -------------------------------------------------------------
def _rdw_subprocess(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=PROJECT_ROOT, capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_devices_are_refused_at_once(device, tmp_path):
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    started = time.monotonic()
    result = _rdw_subprocess("--db", str(tmp_path / "db.sqlite"), "import", device, timeout=30)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "device" in result.stderr and "Traceback" not in result.stderr
    assert time.monotonic() - started < 30


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_is_refused_at_once_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "case.json"
    os.mkfifo(fifo)
    result = _rdw_subprocess("--db", str(tmp_path / "db.sqlite"), "import", str(fifo), timeout=30)
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "FIFO" in result.stderr


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(CaseFileError, match="folder"):
        read_case_file(tmp_path)


def test_a_sparse_1_gb_file_is_refused_without_being_read(tmp_path):
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as handle:
        handle.truncate(1 << 30)  # sparse: no disk used, but 1 GB to whoever reads it whole
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(CaseFileError, match="larger than 20 MB") as info:
            read_case_file(huge)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 5 and peak < 30 * 1024 * 1024
    assert "\n" not in str(info.value)


def test_a_file_just_over_the_limit_is_refused_and_one_at_the_limit_is_read(tmp_path):
    from desktop.models.exchange import MAX_FILE_BYTES

    body = encode({**MINIMAL, "summary": ""})
    at_limit = tmp_path / "at.json"
    at_limit.write_bytes(body[:-1] + b" " * (MAX_FILE_BYTES - len(body)) + b"}")
    assert read_case_file(at_limit).id == "case-1"
    over = tmp_path / "over.json"
    over.write_bytes(body[:-1] + b" " * (MAX_FILE_BYTES + 1 - len(body)) + b"}")
    with pytest.raises(CaseFileError, match="larger than 20 MB"):
        read_case_file(over)


def test_a_lone_surrogate_in_a_snapshots_case_is_refused_naming_the_field(rdw, tmp_path):
    snapshot = {"name": "March", "taken_at": "2024-03-12T14:30:00Z", "case": {**MINIMAL, "title": "@@"}}
    raw = encode({**MINIMAL, "format_version": 2, "snapshots": [snapshot]}).replace(b'"@@"', b'"a\\ud800b"')
    error = parse_error(raw)
    assert error.field == "snapshots.0.case.title" and "surrogate" in error.problem
    path = tmp_path / "surrogate.json"
    path.write_bytes(raw)
    code, out, err = rdw("import", path)
    assert code == 1 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert "snapshots.0.case.title" in err


def test_a_lone_surrogate_anywhere_is_refused():
    for field in ("title", "summary"):
        raw = encode({**MINIMAL, field: "@@"}).replace(b'"@@"', b'"\\udfff"')
        assert parse_error(raw).field == field
    assert case_from_bytes(encode({**MINIMAL, "title": "😀"}), SOURCE).title == "😀"  # a pair is fine


@pytest.mark.parametrize("snapshot_case, field", [
    ({"format": "rdw-case", "id": "s", "title": "t"}, "snapshots.0.case.format_version"),
    ({**MINIMAL, "format_version": 1.0}, "snapshots.0.case.format_version"),
    ({**MINIMAL, "leverage": {"degree": "colossal"}}, "snapshots.0.case.leverage.degree"),
    ({**MINIMAL, "id": "-rm"}, "snapshots.0.case.id"),
    ({**MINIMAL, "colour": "red"}, "snapshots.0.case.colour"),
])
def test_a_snapshots_case_is_validated_like_a_case(snapshot_case, field):
    snapshot = {"name": "March", "taken_at": "2024-03-12T14:30:00Z", "case": snapshot_case}
    assert parse_error(encode({**MINIMAL, "format_version": 2, "snapshots": [snapshot]})).field == field


def test_figure_with_an_ampersand_in_the_area_does_not_crash(tmp_path):
    """The chart's title was compared escaped ("&amp;") with plain text, so it was set again on
    every resize, including the one while closing deleted the scene: a segfault (exit 139)."""
    db = str(tmp_path / "db.sqlite")
    case = tmp_path / "case.json"
    case.write_text(json.dumps({**MINIMAL, "id": "amp", "technology_area": "AI & robotics",
                                "strength": {"pillars": {"research_innovation": {
                                    "present": True, "stance": "maintain", "likelihood": "high"}}}}))
    assert _rdw_subprocess("--db", db, "import", str(case)).returncode == 0
    for area, name in (("AI & robotics", "strength-map"), ("<b>&amp;</b>", "feasibility")):
        out = tmp_path / f"{name}.png"
        result = _rdw_subprocess("--db", db, "figure", name, "--area", area, "--out", str(out), timeout=120)
        assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 1000


# -- (7) strict parsing ----------------------------------------------------------------------------
@pytest.mark.parametrize("raw_version", ["1.0", "2.0", "1E0", "1e0", "true", "false", '"1"', "null", "[1]"])
def test_format_version_must_be_an_integer(raw_version):
    raw = encode({**MINIMAL, "format_version": "@@"}).replace(b'"@@"', raw_version.encode())
    assert parse_error(raw).field == "format_version"


def test_format_version_is_required():
    error = parse_error(encode({k: v for k, v in MINIMAL.items() if k != "format_version"}))
    assert error.field == "format_version" and "required" in error.problem


@pytest.mark.parametrize("raw", [
    b'{"format": "rdw-case", "format_version": 1, "id": "a", "title": "t", "title": "u"}',
    b'{"format": "rdw-case", "format_version": 1, "format_version": 3, "id": "a", "title": "t"}',
    b'{"format": "rdw-case", "format_version": 1, "id": "a", "title": "t", "leverage": {"degree": "low", "degree": "high"}}',
    b'{"format": "rdw-case", "format_version": 2, "id": "a", "title": "t", "snapshots": [{"name": "m", '
    b'"taken_at": "2024-03-12T14:30:00Z", "case": {"format": "rdw-case", "format_version": 1, "id": "b", "id": "c", "title": "t"}}]}',
])
def test_a_key_given_twice_is_refused_naming_it(raw):
    error = parse_error(raw)
    assert "twice" in error.problem
    assert any(f"'{key}'" in error.problem for key in ("title", "format_version", "degree", "id"))


BAD_IDS = ["a\x00b", "a\nb", "a\rb", "a\x1b[2Jb", "a\x7fb", "a\x85b", "a\x9bb", f"a{RLO}b", "a\u2066b",
           "a\u200bb", "a\ufeffb", "-rf", "--help", "a/b", "../etc", "a\\b", "a\u2028b"]


@pytest.mark.parametrize("bad_id", BAD_IDS)
def test_bad_ids_are_refused_on_import_and_by_the_store(bad_id, store):
    error = parse_error(encode({**MINIMAL, "id": bad_id}))
    assert error.field == "id" and "\n" not in str(error)
    with pytest.raises(FieldValueError):
        store.create("A title", id=bad_id)
    with pytest.raises(ValueError):
        Case.model_validate({**MINIMAL, "id": bad_id})


@pytest.mark.parametrize("good_id", ["case-1", "光刻机-2024", "Rühlig case", "a.b_c-d", "x-copy-7", "a" * 200])
def test_ordinary_ids_are_still_accepted(good_id, store):
    assert case_from_bytes(encode({**MINIMAL, "id": good_id}), SOURCE).id == good_id


def test_a_stored_case_with_an_old_style_id_still_opens_and_edits(store):
    """Stored before the id rule: it opens, edits, snapshots and exports; only new ids are refused."""
    from desktop.models.exchange import case_to_data

    good = store.create("Legacy")
    data = case_to_data(store.get(good.id))
    data["id"] = "-legacy/\u202eid"
    store.db.execute("UPDATE cases SET id = ?, document = ? WHERE id = ?",
                     [data["id"], json.dumps(data, ensure_ascii=False), good.id])
    store.db.conn.commit()
    legacy = store.get("-legacy/\u202eid")
    assert legacy.title == "Legacy"
    assert any(c.id == legacy.id for c in store.cases())
    assert store.set_field(legacy.id, "summary", "still editable").summary == "still editable"
    store.snapshots.take(legacy.id, "March")
    assert store.snapshots.case_at(legacy.id, "March").id == legacy.id
    copy = store.duplicate(legacy.id)  # a copy gets a new, clean id
    assert copy.id != legacy.id and not copy.id.startswith("-")
