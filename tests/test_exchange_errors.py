"""The case exchange format (desktop/models/exchange.py): errors a user can act on. Bad keys,
tokens, types, formats and versions, text that is not JSON or not UTF-8, pathological nesting and
oversized input are refused with a one-line CaseFileError naming the source and the field."""

from __future__ import annotations

import pytest
from exchange_helpers import MINIMAL, SOURCE, encode, parse_error, with_

from desktop.models.case import MAX_TEXT
from desktop.models.exchange import (
    MAX_FILE_BYTES,
    CaseFileError,
    case_from_bytes,
    case_from_data,
    case_to_data,
)

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
    error = parse_error(with_(colour_scheme={"tally": []}))
    assert error.field == "colour_scheme"
    assert "unknown key" in str(error)


def test_workshop_section_needs_version_2_and_is_written_as_version_2():
    """Version 2 adds the workshop section: refused in a version-1 file, accepted in version 2,
    and a case is written as version 2 only when it has one."""
    error = parse_error(with_(workshop={"session": "Berlin"}))
    assert error.field == "format_version" and "version 2" in str(error)
    case = case_from_data({**MINIMAL, "format_version": 2, "workshop": {"session": "Berlin", "tallies": [
        {"question": "leverage.degree", "counts": {"high": 3, "medium": 5}}]}})
    assert case.workshop.tally("leverage.degree").counts == {"high": 3, "medium": 5}
    assert case_to_data(case)["format_version"] == 2
    assert case_to_data(case.model_copy(update={"workshop": None}))["format_version"] == 1
    error = parse_error(encode({**MINIMAL, "format_version": 2,
                                "workshop": {"tallies": [{"question": "x", "counts": {"a": -1}}]}}))
    assert error.field.startswith("workshop.tallies")


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
    """format_version 4 is refused with a message that says the file is newer than the app."""
    error = parse_error(with_(format_version=4, evidence={"tally": []}))
    assert error.source == SOURCE
    assert error.field == "format_version"
    assert "newer" in error.problem
    assert "4" in error.problem


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
