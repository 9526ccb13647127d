"""The case exchange format (desktop/models/exchange.py): round-trips, errors a user can act on,
and atomic writes."""

from __future__ import annotations

import errno
import json
import os
import signal
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.models.case import MAX_TEXT, Case
from desktop.models.exchange import (
    MAX_FILE_BYTES,
    CaseFileError,
    case_from_bytes,
    case_from_data,
    case_to_data,
    case_to_json,
    read_case_file,
    write_case_file,
)
from desktop.models.scales import (
    PPP,
    DualUseRelevance,
    EffectiveUtilisation,
    Feasibility,
    Focus,
    ForeignAvailability,
    Level,
    LeverageDegree,
    Likelihood,
    MarketEntryBarrier,
    Pillar,
    Provenance,
    SpilloverDamage,
    Stance,
    StrengthType,
    Substitutability,
)

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "data" / "reference"
REFERENCE_FILES = sorted(REFERENCE_DIR.glob("*.json"))
SOURCE = "incoming/case.json"
MINIMAL = {"format": "rdw-case", "format_version": 1, "id": "case-1", "title": "A case"}


def encode(data) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def with_(**fields) -> bytes:
    return encode({**MINIMAL, **fields})


def parse_error(raw: bytes) -> CaseFileError:
    with pytest.raises(CaseFileError) as info:
        case_from_bytes(raw, SOURCE)
    return info.value


# -- round trips ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", REFERENCE_FILES, ids=[p.stem for p in REFERENCE_FILES])
def test_reference_file_round_trips_byte_for_byte(path):
    """Reading a shipped reference file and dumping it again gives exactly the same text."""
    case = read_case_file(path)
    assert case_to_json(case) == path.read_text(encoding="utf-8")
    assert case_to_json(case).encode("utf-8") == path.read_bytes()


@pytest.mark.parametrize("path", REFERENCE_FILES[:3], ids=[p.stem for p in REFERENCE_FILES[:3]])
def test_reference_file_write_then_read_identical(path, tmp_path):
    """write_case_file of a reference case writes the same bytes it was read from."""
    out = tmp_path / "out.json"
    write_case_file(read_case_file(path), out)
    assert out.read_bytes() == path.read_bytes()
    assert read_case_file(out) == read_case_file(path)


def test_minimal_case_dumps_only_set_keys():
    """A draft stays small: keys never set stay absent, format and version lead."""
    case = case_from_bytes(with_(), SOURCE)
    assert list(case_to_data(case)) == ["format", "format_version", "id", "title"]
    assert case_to_json(case).endswith("}\n")


def test_format_and_version_lead_even_if_last_in_file():
    """The canonical dump puts format and format_version first whatever the input order."""
    raw = encode({"title": "T", "id": "x", "format_version": 1, "format": "rdw-case"})
    assert list(case_to_data(case_from_bytes(raw, SOURCE)))[:2] == ["format", "format_version"]


def test_utf8_bom_file_accepted(tmp_path):
    """A file saved with a UTF-8 byte-order mark (Windows editors) is read normally."""
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + with_(title="Mit BOM"))
    case = read_case_file(path)
    assert case.title == "Mit BOM"
    assert not case_to_json(case).startswith("\ufeff")


def test_chinese_and_html_text_round_trip_literally(tmp_path):
    """Chinese and HTML-like text is kept literally (no escaping) and reads back equal."""
    title = "光刻机 <b>Lithography</b> & \"quotes\" </script><!-- x -->"
    summary = "中国对欧洲技术的依赖 — <img src=x onerror=alert(1)> &amp; 'single' \\ backslash"
    case = case_from_bytes(with_(title=title, summary=summary, key_facts=["事实 <i>一</i>"]), SOURCE)
    text = case_to_json(case)
    assert "光刻机 <b>Lithography</b> &" in text
    assert "<img src=x onerror=alert(1)> &amp;" in text
    assert "\\u" not in text
    path = tmp_path / "zh.json"
    write_case_file(case, path)
    again = read_case_file(path)
    assert (again.title, again.summary, again.key_facts) == (title, summary, ["事实 <i>一</i>"])
    assert again == case


# -- errors --------------------------------------------------------------------------------


def test_error_unknown_key_names_source_and_field():
    """An unknown key is refused, naming the file and the full dotted path of the key."""
    error = parse_error(with_(leverage={"degree": "high", "colour": "red"}))
    assert error.source == SOURCE
    assert error.field == "leverage.colour"
    assert "unknown key" in error.problem
    assert str(error).startswith(SOURCE)
    assert "leverage.colour" in str(error)


def test_error_unknown_top_level_key():
    """An unknown top-level key (e.g. a later version's section) is refused by name."""
    error = parse_error(with_(workshop={"tally": []}))
    assert error.field == "workshop"
    assert "unknown key" in str(error)


def test_error_wrong_token_names_field():
    """A token that is not on the scale is refused, naming the field."""
    error = parse_error(with_(leverage={"degree": "very_high"}))
    assert error.source == SOURCE
    assert error.field == "leverage.degree"
    assert "leverage.degree" in str(error)


def test_error_wrong_token_in_list_names_index():
    """A bad token inside a list is located by its index."""
    error = parse_error(with_(strength={"types": ["sustainability", "greenness"]}))
    assert error.field == "strength.types.1"


def test_error_wrong_pillar_token_names_field():
    """A bad token inside a pillar is located by the pillar's key."""
    error = parse_error(with_(strength={"pillars": {"ip_patents": {"likelihood": "certain"}}}))
    assert error.field == "strength.pillars.ip_patents.likelihood"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"title": 5}, "title"),
        ({"title": ["a"]}, "title"),
        ({"key_facts": "one fact"}, "key_facts"),
        ({"leverage": []}, "leverage"),
        ({"ambition": {"entanglement_autonomy": 50.5}}, "ambition.entanglement_autonomy"),
        ({"reference": {"citation": "c", "chapter": "two"}}, "reference.chapter"),
        ({"created": "yesterday"}, "created"),
        ({"instruments": {"level": "curtailment"}}, "instruments"),
        ({"leverage": {"ethical_constraints": "no"}}, "leverage.ethical_constraints"),
        ({"strength": {"pillars": {"ip_patents": {"present": "yes"}}}}, "strength.pillars.ip_patents.present"),
        ({"ambition": {"entanglement_autonomy": "50"}}, "ambition.entanglement_autonomy"),
        ({"format_version": True}, "format_version"),
        ({"format_version": False}, "format_version"),
    ],
    ids=[
        "title-int",
        "title-list",
        "key_facts-string",
        "leverage-list",
        "autonomy-fraction",
        "chapter-string",
        "created-not-a-date",
        "instruments-object",
        "ethical-string-no",
        "present-string-yes",
        "autonomy-string",
        "version-true",
        "version-false",
    ],
)
def test_error_wrong_type_names_field(fields, field):
    """A value of the wrong JSON type is refused (not coerced), naming the field."""
    error = parse_error(with_(**fields))
    assert error.source == SOURCE
    assert error.field == field


@pytest.mark.parametrize("title", [None, "", "   "])
def test_error_blank_or_null_title_names_title(title):
    """A null, empty or blank title is refused, naming the title field."""
    error = parse_error(with_(title=title))
    assert error.field == "title"


def test_error_missing_title_names_title():
    """A file without a title is refused, naming the title field."""
    data = dict(MINIMAL)
    del data["title"]
    error = parse_error(encode(data))
    assert error.source == SOURCE
    assert error.field == "title"
    assert "title" in str(error)


def test_error_missing_id_names_id():
    """A file without an id is refused, naming the id field."""
    data = dict(MINIMAL)
    del data["id"]
    assert parse_error(encode(data)).field == "id"


@pytest.mark.parametrize("fmt", ["rdw-case-v2", "", None, 1, "RDW-CASE"])
def test_error_wrong_format_names_format(fmt):
    """A JSON object that is not an rdw-case is refused before anything else, naming format."""
    error = parse_error(with_(format=fmt, colour="red"))
    assert error.field == "format"
    assert "rdw-case" in error.problem


def test_error_missing_format_names_format():
    """A JSON object with no format key is not a case file."""
    error = parse_error(encode({"id": "x", "title": "T"}))
    assert error.field == "format"


def test_error_newer_format_version_says_newer():
    """format_version 2 is refused with a message that says the file is newer than the app."""
    error = parse_error(with_(format_version=2, workshop={"tally": []}))
    assert error.source == SOURCE
    assert error.field == "format_version"
    assert "newer" in error.problem
    assert "2" in error.problem


@pytest.mark.parametrize("version", [0, -1, "1", 1.5, None])
def test_error_invalid_format_version_names_field(version):
    """A format_version that is not 1 (nor newer) is refused, naming the field."""
    assert parse_error(with_(format_version=version)).field == "format_version"


@pytest.mark.parametrize(
    "raw",
    [b"", b"not json", b"{", b'{"format": "rdw-case",}', b"{'single': 'quotes'}", b"\x00\x01"],
    ids=["empty", "text", "unterminated", "trailing-comma", "single-quotes", "binary"],
)
def test_error_not_json(raw):
    """Bytes that are not JSON are refused as such, naming the source."""
    error = parse_error(raw)
    assert error.source == SOURCE
    assert "JSON" in error.problem
    assert str(error).startswith(SOURCE)


def test_error_invalid_utf8_names_byte():
    """Bytes that are not UTF-8 (e.g. Latin-1) are refused, naming the offending position."""
    raw = with_(title="Caf").replace(b'"Caf"', b'"Caf\xe9"')
    error = parse_error(raw)
    assert error.source == SOURCE
    assert "UTF-8" in error.problem
    position = raw.index(b"\xe9")
    assert f"byte {position}" in error.problem


@pytest.mark.parametrize(
    "raw", [b"[]", b'[{"format": "rdw-case"}]', b'"rdw-case"', b"42", b"null", b"true"],
)
def test_error_json_not_an_object(raw):
    """A JSON array or scalar instead of an object is refused, saying what was found."""
    error = parse_error(raw)
    assert error.source == SOURCE
    assert "expected a JSON object" in error.problem


@pytest.mark.parametrize("depth", [100_000, 1_000_000])
def test_error_deeply_nested_lists_is_case_file_error(depth):
    """Pathologically nested JSON is a CaseFileError, never a RecursionError."""
    raw = b"[" * depth + b"]" * depth
    error = parse_error(raw)
    assert error.source == SOURCE


def test_error_deeply_nested_objects_inside_case_is_case_file_error():
    """Deep nesting inside an otherwise valid case is a CaseFileError too."""
    depth = 100_000
    raw = with_().replace(b"}", b', "summary": ' + b'{"a": ' * depth + b"1" + b"}" * depth + b"}")
    error = parse_error(raw)
    assert error.source == SOURCE


def test_error_moderately_nested_value_names_field():
    """Nesting within the JSON parser's limits is refused by the schema, naming the field."""
    raw = with_().replace(b"}", b', "key_facts": ' + b"[" * 500 + b"]" * 500 + b"}")
    assert parse_error(raw).field == "key_facts.0"


def test_error_text_over_max_names_field():
    """A text field longer than MAX_TEXT is refused, naming the field."""
    error = parse_error(with_(summary="x" * (MAX_TEXT + 1)))
    assert error.source == SOURCE
    assert error.field == "summary"


def test_text_at_max_accepted():
    """A text field of exactly MAX_TEXT characters is accepted."""
    assert len(case_from_bytes(with_(summary="字" * MAX_TEXT), SOURCE).summary) == MAX_TEXT


def test_error_file_over_max_bytes_refused_before_parsing():
    """A file larger than MAX_FILE_BYTES is refused by size, naming the source."""
    raw = with_(summary="x" * 10).replace(b'"x', b'"' + b"x" * MAX_FILE_BYTES + b"x")
    assert len(raw) > MAX_FILE_BYTES
    error = parse_error(raw)
    assert error.source == SOURCE
    assert "larger than" in error.problem


def test_error_huge_integer_is_case_file_error():
    """An integer literal with thousands of digits is a CaseFileError, not a raw ValueError."""
    raw = with_().replace(b"}", b', "ambition": {"entanglement_autonomy": ' + b"9" * 5000 + b"}}")
    error = parse_error(raw)
    assert error.source == SOURCE


def test_error_nan_value_names_field():
    """A NaN literal where a number is expected is refused, naming the field."""
    raw = with_().replace(b"}", b', "ambition": {"entanglement_autonomy": NaN}}')
    assert parse_error(raw).field == "ambition.entanglement_autonomy"


def test_error_reports_count_of_further_problems():
    """When several fields are wrong, the message names the first and counts the rest."""
    error = parse_error(with_(leverage={"degree": "huge", "substitutability": "trivial"}))
    assert error.field == "leverage.substitutability" or error.field == "leverage.degree"
    assert "1 more problem" in error.problem


def test_case_file_error_is_one_line():
    """str(CaseFileError) is one line a user can read (no pydantic URL, no input dump)."""
    error = parse_error(with_(leverage={"degree": "secret-value-" + "x" * 50}))
    assert "\n" not in str(error)
    assert "http" not in str(error)
    assert "secret-value" not in str(error)


def test_case_from_data_rejects_non_dict():
    """case_from_data refuses anything but a dict, naming the source."""
    with pytest.raises(CaseFileError) as info:
        case_from_data(["not", "a", "dict"], source="clipboard")
    assert info.value.source == "clipboard"


def test_read_case_file_missing_file_names_path(tmp_path):
    """A file that does not exist is a CaseFileError naming its path."""
    path = tmp_path / "nope.json"
    with pytest.raises(CaseFileError) as info:
        read_case_file(path)
    assert info.value.source == str(path)
    assert "cannot be read" in info.value.problem


def test_read_case_file_directory_names_path(tmp_path):
    """A directory where a file is expected is a CaseFileError, not an OSError."""
    with pytest.raises(CaseFileError) as info:
        read_case_file(tmp_path)
    assert info.value.source == str(tmp_path)


def test_read_case_file_error_names_path(tmp_path):
    """Errors raised while reading a file name that file as the source."""
    path = tmp_path / "bad.json"
    path.write_bytes(with_(leverage={"degree": "x"}))
    with pytest.raises(CaseFileError) as info:
        read_case_file(path)
    assert info.value.source == str(path)
    assert str(info.value).startswith(str(path))


# -- writing -------------------------------------------------------------------------------


@pytest.fixture
def case() -> Case:
    return case_from_bytes(with_(summary="A good summary"), SOURCE)


def test_write_case_file_writes_canonical_text(case, tmp_path):
    """write_case_file writes case_to_json as UTF-8 and leaves no temporary file."""
    path = tmp_path / "case.json"
    write_case_file(case, path)
    assert path.read_text(encoding="utf-8") == case_to_json(case)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.json"]


def test_write_case_file_replaces_existing_file(case, tmp_path):
    """Writing over an existing file replaces it completely."""
    path = tmp_path / "case.json"
    path.write_text("old content that is longer than the new content " * 100, encoding="utf-8")
    write_case_file(case, path)
    assert read_case_file(path) == case


def test_write_case_file_missing_directory_is_case_file_error(case, tmp_path):
    """Writing into a directory that does not exist raises CaseFileError and leaves no .tmp."""
    path = tmp_path / "missing" / "deeper" / "case.json"
    with pytest.raises(CaseFileError) as info:
        write_case_file(case, path)
    assert info.value.source == str(path)
    assert "cannot be written" in info.value.problem
    assert not path.parent.exists()
    assert list(tmp_path.rglob("*.tmp")) == []


def test_write_case_file_onto_directory_is_case_file_error(case, tmp_path):
    """Writing to a path that is a directory raises CaseFileError and leaves no .tmp."""
    target = tmp_path / "a-dir"
    target.mkdir()
    with pytest.raises(CaseFileError):
        write_case_file(case, target)
    assert target.is_dir()
    assert list(tmp_path.rglob("*.tmp")) == []


def test_write_case_file_failed_rename_keeps_good_file(case, tmp_path, monkeypatch):
    """If the final rename fails, the existing good file is untouched and no temp file is left."""
    path = tmp_path / "case.json"
    good = with_(title="The good version")
    path.write_bytes(good)

    def failing_rename(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    # whichever rename primitive the implementation uses, it fails
    for owner, name in [(os, "replace"), (os, "rename"), (Path, "replace"), (Path, "rename")]:
        monkeypatch.setattr(owner, name, failing_rename)
    with pytest.raises(CaseFileError) as info:
        write_case_file(case, path)
    monkeypatch.undo()
    assert info.value.source == str(path)
    assert "No space left on device" in str(info.value)
    assert path.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.json"]


@pytest.mark.skipif(
    not hasattr(signal, "SIGXFSZ") or sys.platform == "win32", reason="needs POSIX RLIMIT_FSIZE"
)
def test_write_case_file_disk_full_mid_write_keeps_good_file(tmp_path):
    """If the disk fills half-way through the write, the good file is untouched and no temp is left."""
    resource = pytest.importorskip("resource")
    path = tmp_path / "case.json"
    good = with_(title="The good version")
    path.write_bytes(good)
    big = case_from_bytes(with_(summary="x" * 90_000, china_dependency="y" * 90_000), SOURCE)
    assert len(case_to_json(big)) > 4 * 16_384

    # A per-process file-size limit makes any write past 16 KiB fail with EFBIG, as a full
    # disk would, whatever API the implementation writes through.
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (16_384, hard))
    try:
        with pytest.raises(CaseFileError) as info:
            write_case_file(big, path)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous_handler)
    assert info.value.source == str(path)
    assert path.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.json"]


# -- property: random valid cases round-trip -----------------------------------------------


def tokens(scale) -> st.SearchStrategy[str]:
    return st.sampled_from([m.token for m in scale])


def maybe(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | strategy


text = st.text(max_size=40)
non_blank = st.text(min_size=1, max_size=40).filter(lambda s: s.strip())
timestamps = st.datetimes(
    min_value=datetime(1900, 1, 1),
    max_value=datetime(2200, 1, 1),
    timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=8)), timezone(timedelta(hours=-5, minutes=-30))]),
).map(lambda d: d.isoformat())

pillar_assessment = st.fixed_dictionaries(
    {},
    optional={
        "present": maybe(st.booleans()),
        "stance": maybe(tokens(Stance)),
        "likelihood": maybe(tokens(Likelihood)),
    },
)

strength = st.fixed_dictionaries(
    {},
    optional={
        "pillars": st.dictionaries(tokens(Pillar), pillar_assessment, max_size=3),
        "types": st.lists(tokens(StrengthType), max_size=6),
        "rationale": maybe(text),
    },
)

leverage = st.fixed_dictionaries(
    {},
    optional={
        "market_entry_barriers": st.lists(tokens(MarketEntryBarrier), max_size=4),
        "substitutability": maybe(tokens(Substitutability)),
        "foreign_availability": maybe(tokens(ForeignAvailability)),
        "effective_utilisation": maybe(tokens(EffectiveUtilisation)),
        "ethical_constraints": maybe(st.booleans()),
        "spillover_damage": maybe(tokens(SpilloverDamage)),
        "dual_use_relevance": maybe(tokens(DualUseRelevance)),
        "degree": maybe(tokens(LeverageDegree)),
        "rationale": maybe(text),
    },
)

ambition = st.fixed_dictionaries(
    {},
    optional={
        "feasibility": st.dictionaries(tokens(Level), tokens(Feasibility), max_size=4),
        "chosen_level": maybe(tokens(Level)),
        "entanglement_autonomy": maybe(st.integers(0, 100)),
        "rationale": maybe(text),
    },
)

instrument = st.fixed_dictionaries(
    {
        "level": tokens(Level),
        "text": st.text(min_size=1, max_size=40),
        "ppp": tokens(PPP),
        "focus": tokens(Focus),
    }
)

override = st.fixed_dictionaries(
    {"field": st.text(min_size=1, max_size=30), "reason": st.text(min_size=1, max_size=40)},
    optional={"suggested": maybe(text), "value": maybe(text)},
)

reference = st.fixed_dictionaries(
    {"citation": text, "chapter": st.integers(-10, 10_000)},
    optional={"authors": st.lists(text, max_size=3)},
)

provenance = st.fixed_dictionaries(
    {},
    optional={
        "strength": maybe(tokens(Provenance)),
        "leverage": maybe(tokens(Provenance)),
        "ambition": maybe(tokens(Provenance)),
    },
)

case_dicts = st.fixed_dictionaries(
    {
        "format": st.just("rdw-case"),
        "format_version": st.just(1),
        "id": non_blank,
        "title": non_blank,
    },
    optional={
        "technology_area": maybe(text),
        "summary": maybe(text),
        "china_dependency": maybe(text),
        "key_facts": st.lists(text, max_size=4),
        "author": maybe(text),
        "organisation": maybe(text),
        "created": maybe(timestamps),
        "updated": maybe(timestamps),
        "reference": maybe(reference),
        "strength": strength,
        "leverage": leverage,
        "ambition": ambition,
        "instruments": st.lists(instrument, max_size=4),
        "overrides": st.lists(override, max_size=2),
        "provenance": maybe(provenance),
    },
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case_dicts)
def test_random_valid_case_round_trips_through_json(data):
    """Any valid case survives case_from_data -> case_to_json -> case_from_bytes unchanged."""
    case = case_from_data(data, "generated")
    text_out = case_to_json(case)
    again = case_from_bytes(text_out.encode("utf-8"), "generated")
    assert again == case
    assert case_to_data(again) == case_to_data(case)
    assert case_to_json(again) == text_out  # canonical form is a fixed point
    assert again.status == case.status
