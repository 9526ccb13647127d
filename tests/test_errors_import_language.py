"""The case files' and the validation's errors in English, French and German (issue 21):
every template of errors_import.tsv has all three languages with the same parameters; the
English ``str()`` of real errors is byte for byte what it was before the messages became
templates (written out below, as the code gave them); French and German word them in their
own language and keep the file's name, the field and the quoted values as written."""

from __future__ import annotations

import copy
import csv
import json
import pickle
import re
import string
from datetime import datetime
from typing import Annotated

import pytest
from pydantic import Field, TypeAdapter, ValidationError


from desktop.models.case import Case
from desktop.models.edits import apply_changes
from desktop.models.exchange import (
    CaseFileError,
    case_from_bytes,
    case_from_data,
    read_case_file,
    snapshot_source,
    stored_source,
)
from desktop.models.language import Phrase, catalogue, term
from desktop.models.messages import in_language
from desktop.models.storage.records import FieldValueError
from desktop.models.validation_words import problem_words, validation_problem
from desktop.paths import resource_path

OTHERS = ("fr", "de")
SOURCE = "incoming/case.json"
MINIMAL = {"format": "rdw-case", "format_version": 1, "id": "case-1", "title": "A case"}
# words that would betray English left in a French or German sentence
ENGLISH = {"the", "and", "is", "not", "should", "must", "be", "valid", "input", "field", "required", "or", "of",
           "at", "line", "column", "expected", "found", "cannot", "needs", "this", "file", "says", "gives", "none",
           "unknown", "key", "string", "character", "more", "problems", "than", "only", "can", "twice", "listed",
           "lower", "level", "managed", "edited", "folder", "device", "invalid", "expecting", "error", "blank",
           "contain", "start", "with", "newer", "update", "to", "open", "object", "list", "part"}
SAME = {"list.more", "at"}  # punctuation only: the same in a language that writes it the same way


def rows() -> list[dict[str, str]]:
    with open(resource_path("i18n", "errors_import.tsv"), encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE))


def fields(template: str) -> set[tuple[str, str]]:
    return {(name, spec or "") for _text, name, spec, _conv in string.Formatter().parse(template) if name is not None}


def english_words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", text.lower())) & ENGLISH


def file_error(value) -> CaseFileError:
    raw = value if isinstance(value, bytes) else json.dumps(value, ensure_ascii=False).encode("utf-8")
    with pytest.raises(CaseFileError) as info:
        case_from_bytes(raw, SOURCE)
    return info.value


def edit_error(changes) -> FieldValueError:
    with pytest.raises(FieldValueError) as info:
        apply_changes(Case.model_validate(MINIMAL), changes)
    return info.value


# -- the catalogue ---------------------------------------------------------------------------
def test_every_template_has_french_and_german_with_the_same_parameters():
    found = rows()
    assert found and list(found[0]) == ["key", "en", "fr", "de", "note"]
    keys = [r["key"] for r in found]
    assert len(keys) == len(set(keys))
    for row in found:
        assert row["note"], row["key"]
        for lang in OTHERS:
            assert row[lang] and row[lang] == row[lang].strip(), (row["key"], lang)
            assert fields(row[lang]) == fields(row["en"]), (row["key"], lang)
            if row["key"] not in SAME:
                assert row[lang] != row["en"], (row["key"], lang)
            assert not english_words(re.sub(r"\{[^}]*\}", "", row[lang])), (row["key"], lang)


def test_framework_words_are_the_glossarys():
    words = catalogue("errors_import")
    for key, glossary in (("source.stored_case", "term.case"), ("needs.snapshot", "term.snapshot"),
                          ("source.snapshot", "term.snapshot"), ("case.not_evidence_rating", "term.evidence")):
        for lang in OTHERS:
            assert term(glossary, lang).casefold() in words[key][lang].casefold(), (key, lang)


# -- English unchanged -------------------------------------------------------------------------
DEEP = b"[" * 100_000
ENGLISH_BEFORE = [  # (what, input, str() before the messages became templates)
    ("malformed JSON", b'{"format": "rdw-case",',
     "incoming/case.json: not valid JSON: Expecting property name enclosed in double quotes at line 1, column 23"),
    ("extra data", b'{"a": 1} x', "incoming/case.json: not valid JSON: Extra data at line 1, column 10"),
    ("nested too deeply", DEEP, "incoming/case.json: not valid JSON: nested too deeply"),
    ("not UTF-8", b'{"title": "' + b"a" * 2000 + b'\xc3"}', "incoming/case.json: not valid UTF-8 text (byte 2011)"),
    ("duplicate key", b'{"format": "rdw-case", "format": "rdw-case"}',
     "incoming/case.json: not valid: the key 'format' appears twice in one object"),
    ("too large", b" " * (20 * 1024 * 1024 + 1), "incoming/case.json: file is larger than 20 MB"),
    ("not an object", [1], "incoming/case.json: expected a JSON object, found list"),
    ("wrong format", {**MINIMAL, "format": "x"},
     "incoming/case.json: field 'format': not an rdw-case file (format must be \"rdw-case\")"),
    ("no version", {k: v for k, v in MINIMAL.items() if k != "format_version"},
     "incoming/case.json: field 'format_version': required: the number 1, 2 or 3 (the file gives none)"),
    ("version true", {**MINIMAL, "format_version": True},
     "incoming/case.json: field 'format_version': must be the number 1, 2 or 3, not true/false"),
    ("version 1.0", {**MINIMAL, "format_version": 1.0},
     "incoming/case.json: field 'format_version': must be the whole number 1, 2 or 3, not 1.0"),
    ("version \"2\"", {**MINIMAL, "format_version": "2"},
     "incoming/case.json: field 'format_version': must be the whole number 1, 2 or 3, not \"2\""),
    ("version 12345", {**MINIMAL, "format_version": 12345},
     "incoming/case.json: field 'format_version': format_version 12345 is newer than this app reads (3); "
     "update Reverse Dependency Workbench to open it"),
    ("version 0", {**MINIMAL, "format_version": 0},
     "incoming/case.json: field 'format_version': Input should be 1, 2 or 3"),
    ("section of version 2", {**MINIMAL, "workshop": {}},
     "incoming/case.json: field 'format_version': the workshop section needs format_version 2 (this file says 1)"),
    ("key of version 3", {**MINIMAL, "format_version": 2, "actors": []},
     "incoming/case.json: field 'format_version': the key actors needs format_version 3 (this file says 2)"),
    ("snapshot of version 3", {**MINIMAL, "format_version": 2, "snapshots": [
        {"name": "s", "taken_at": "2024-01-01T00:00:00Z", "case": {**MINIMAL, "format_version": 3, "actors": ["eu"]}}]},
     "incoming/case.json: field 'format_version': a snapshot of a version-3 case needs format_version 3 "
     "(this file says 2)"),
    ("unknown key", {**MINIMAL, "leverage": {"colour": 1}},
     "incoming/case.json: field 'leverage.colour': unknown key (not part of the rdw-case format)"),
    ("enum value", {**MINIMAL, "leverage": {"degree": "huge"}},
     "incoming/case.json: field 'leverage.degree': "
     "Input should be 'low', 'low_medium', 'medium', 'medium_high' or 'high'"),
    ("string too long", {**MINIMAL, "title": "x" * 501},
     "incoming/case.json: field 'title': String should have at most 500 characters"),
    ("blank title", {**MINIMAL, "title": " "}, "incoming/case.json: field 'title': Value error, must not be blank"),
    ("missing required", {**MINIMAL, "instruments": [{"level": "curtailment"}]},
     "incoming/case.json: field 'instruments.0.text': Field required (and 2 more problem(s))"),
    ("one more problem", {**MINIMAL, "title": 5, "id": 5},
     "incoming/case.json: field 'id': Input should be a valid string (and 1 more problem(s))"),
    ("date", {**MINIMAL, "created": "yesterday"},
     "incoming/case.json: field 'created': Input should be a valid datetime or date, input is too short"),
    ("month", {**MINIMAL, "created": "2023-13-01"},
     "incoming/case.json: field 'created': Input should be a valid datetime or date, "
     "month value is outside expected range of 1-12"),
    ("source's date", {**MINIMAL, "format_version": 2, "evidence": {"ambition.chosen_level": {"sources": [
        {"id": "a", "title": "b", "date": "May 2023"}]}}},
     "incoming/case.json: field 'evidence.ambition.chosen_level.sources.0.date': "
     "String should match pattern '^\\d{4}(-\\d{2}(-\\d{2})?)?$'"),
    ("id with a control character", {**MINIMAL, "id": "a\x07b"},
     "incoming/case.json: field 'id': Value error, must not contain a control character (U+0007)"),
    ("id with a slash", {**MINIMAL, "id": "a/b"},
     "incoming/case.json: field 'id': Value error, must not contain a path separator ('/')"),
    ("id with a dash", {**MINIMAL, "id": "-a"}, "incoming/case.json: field 'id': Value error, must not start with '-'"),
    ("lone surrogate", b'{"format": "rdw-case", "title": "\\ud800"}',
     "incoming/case.json: field 'title': holds a lone surrogate (U+D800), which is not text"),
    ("actor twice", {**MINIMAL, "format_version": 3, "actors": ["eu", "eu"]},
     "incoming/case.json: field 'actors': Value error, 'eu' is listed twice"),
    ("builds on a higher level",
     {**MINIMAL, "format_version": 3, "ambition": {"builds_on": {"ability_to_act": "curtailment"}}},
     "incoming/case.json: field 'ambition.builds_on': Value error, 'ability_to_act' can only build on a lower level, "
     "not on 'curtailment'"),
    ("evidence key", {**MINIMAL, "format_version": 2, "evidence": {"x": {}}},
     "incoming/case.json: field 'evidence': Value error, 'x' is not a rating that can carry evidence"),
    ("provenance key", {**MINIMAL, "format_version": 3, "provenance": {"ratings": {"x": "inferred"}}},
     "incoming/case.json: field 'provenance.ratings': Value error, 'x' is not a rating path that can carry provenance"),
    ("under the minimum", {**MINIMAL, "ambition": {"entanglement_autonomy": -1}},
     "incoming/case.json: field 'ambition.entanglement_autonomy': Input should be greater than or equal to 0"),
    ("over the maximum",
     {**MINIMAL, "format_version": 2, "workshop": {"tallies": [{"question": "q", "counts": {"a": 100_001}}]}},
     "incoming/case.json: field 'workshop.tallies.0.counts.a': Input should be less than or equal to 100000"),
]
EDITS_BEFORE = [
    ({"id": "x"}, "'id' is managed by the app and cannot be edited"),
    ({"title.x": 1}, "'title.x' is not a field of a case"),
    ({"leverage.degree": "x"},
     "leverage.degree: Input should be 'low', 'low_medium', 'medium', 'medium_high' or 'high'"),
    ({"title": ""}, "title: String should have at least 1 character"),
    ({"leverage.colour": 1}, "leverage.colour: Extra inputs are not permitted"),
    ({"actors": ["eu", "eu"]}, "actors: Value error, 'eu' is listed twice"),
]
CASES, IDS = [(value, english) for _what, value, english in ENGLISH_BEFORE], [w for w, _v, _e in ENGLISH_BEFORE]


@pytest.mark.parametrize(("value", "english"), CASES, ids=IDS)
def test_a_case_files_english_is_what_it_was(value, english):
    error = file_error(value)
    assert str(error) == english == in_language(error, "en")
    assert isinstance(error.problem, Phrase), "every problem here is the app's own sentence"


@pytest.mark.parametrize(("changes", "english"), EDITS_BEFORE)
def test_an_edits_english_is_what_it_was(changes, english):
    error = edit_error(changes)
    assert str(error) == english and isinstance(error.args[0], Phrase)


def test_stored_cases_and_files_on_disk_keep_their_english(tmp_path):
    with pytest.raises(CaseFileError) as info:
        case_from_data({**MINIMAL, "leverage": {"degree": "x"}}, stored_source("c1"))
    assert str(info.value) == ("stored case c1: field 'leverage.degree': "
                               "Input should be 'low', 'low_medium', 'medium', 'medium_high' or 'high'")
    assert plain(in_language(info.value, "fr")).startswith("cas enregistré c1 : champ « leverage.degree » :")
    assert in_language(info.value, "de").startswith("gespeicherter Fall c1: Feld „leverage.degree“:")
    assert snapshot_source("Workshop 12 March") == "snapshot “Workshop 12 March”"
    assert snapshot_source("W", "c1") == "snapshot “W” of c1"  # as storage/snapshots.py words it
    assert snapshot_source("W", "c1").in_language("de") == "Momentaufnahme „W“ des Falls c1"
    with pytest.raises(CaseFileError) as info:
        case_from_data([1])
    assert str(info.value) == "case: expected a JSON object, found list"
    assert in_language(info.value, "de") == "Fall: Erwartet wird ein JSON-Objekt, der Inhalt ist jedoch eine Liste"
    with pytest.raises(CaseFileError) as info:
        read_case_file(tmp_path)
    assert str(info.value) == f"{tmp_path}: is a folder, not a case file"
    assert plain(in_language(info.value, "fr")) == f"{tmp_path} : est un dossier, et non un fichier de cas"
    with pytest.raises(CaseFileError) as info:
        read_case_file(tmp_path / "gone.json")
    assert str(info.value) == f"{tmp_path / 'gone.json'}: cannot be read: No such file or directory"
    assert in_language(info.value, "de") == f"{tmp_path / 'gone.json'}: nicht lesbar: No such file or directory"


# -- French and German -----------------------------------------------------------------------
def plain(text: str) -> str:
    """French puts a no-break space inside « » and before : and ; (the framing, errors.tsv, a plain one)."""
    return text.replace("\u00a0", " ")


def quoted(text: str) -> list[str]:
    return re.findall(r"'([^']*)'", text)


@pytest.mark.parametrize(("value", "english"), CASES, ids=IDS)
def test_a_case_files_error_in_french_and_german(value, english):
    error = file_error(value)
    for lang, (left, right) in (("fr", ("« ", " »")), ("de", ("„", "“"))):
        text = plain(in_language(error, lang))
        assert text != english and text.startswith(SOURCE), (lang, text)
        if error.field:
            assert f"{left}{error.field}{right}" in text, (lang, text)
        rest = text.replace(SOURCE, "").replace(error.field or "", "")
        for value in quoted(str(error.problem)):  # tokens and keys as written, quoted as the language quotes
            assert f"{left}{value}{right}" in text, (lang, value, text)
            rest = rest.replace(value, "")
        assert not english_words(rest), (lang, text)


@pytest.mark.parametrize(("changes", "english"), EDITS_BEFORE)
def test_an_edits_error_in_french_and_german(changes, english):
    error = edit_error(changes)
    for lang in OTHERS:
        text = in_language(error, lang)
        path = next(iter(changes))
        assert text != english and path in text and not english_words(text.replace(path, "")), (lang, text)


def test_some_sentences_word_for_word():
    error = file_error({**MINIMAL, "leverage": {"degree": "huge"}})
    assert plain(in_language(error, "fr")) == (
        "incoming/case.json : champ « leverage.degree » : la valeur doit être « low », « low_medium », "
        "« medium », « medium_high » ou « high »")
    assert in_language(error, "de") == ("incoming/case.json: Feld „leverage.degree“: Der Wert muss „low“, "
                                        "„low_medium“, „medium“, „medium_high“ oder „high“ sein")
    error = file_error({**MINIMAL, "instruments": [{"level": "curtailment"}]})
    assert in_language(error, "fr").endswith("champ obligatoire manquant (et 2 autres problèmes)")
    assert in_language(error, "de").endswith("Pflichtfeld fehlt (und 2 weitere Probleme)")
    error = file_error({**MINIMAL, "title": " "})  # pydantic's "Value error, " is English only
    assert plain(in_language(error, "fr")).endswith(" : ne doit pas être vide")
    assert in_language(error, "de").endswith(": darf nicht leer sein")
    error = file_error(b'{"a": 1} x')
    assert in_language(error, "de") == f"{SOURCE}: kein gültiges JSON: überzählige Daten in Zeile 1, Spalte 10"


JSON_MESSAGES = [b"", b"{,", b'{"a" 1}', b"[1 2]", b"{} x", b'"abc', b'"a\x01"', b'"\\q"', b'"\\u12"']
DATES = ["yesterday", "20x3-01-01", "2023/01/01", "2023-1x-01", "2023-01-x1", "2023-13-01", "2023-02-30",
         "2023-01-01x", 1e20, -1e20]


def test_every_message_of_json_and_the_date_parser_in_the_catalogue_is_reached():
    """The catalogue's keys for json's and the date parser's own words are their messages."""
    reached = set()
    for raw in JSON_MESSAGES:
        reached.add(file_error(raw).problem.params["error"].key)
    for value in DATES:
        problem = file_error({**MINIMAL, "created": value}).problem
        reached.add(problem.params["error"].key)
    prefixed = {key for key in catalogue("errors_import") if key.startswith(("json.", "date."))}
    assert reached == prefixed


# -- pydantic's messages -------------------------------------------------------------------
def first_problem(adapter, value) -> dict:
    with pytest.raises(ValidationError) as info:
        adapter.validate_python(value)
    return info.value.errors(include_url=False, include_input=False)[0]


PYDANTIC = [  # (type, adapter, input): every type validation_words words, from pydantic itself
    ("too_long", TypeAdapter(Annotated[list[int], Field(max_length=1)]), [1, 2]),
    ("too_long", TypeAdapter(Annotated[dict[str, int], Field(max_length=2)]), {"a": 1, "b": 2, "c": 3}),
    ("too_short", TypeAdapter(Annotated[list[int], Field(min_length=2)]), [1]),
    ("string_too_long", TypeAdapter(Annotated[str, Field(max_length=1)]), "ab"),
    ("string_too_short", TypeAdapter(Annotated[str, Field(min_length=2)]), "a"),
    ("greater_than", TypeAdapter(Annotated[float, Field(gt=0.5)]), 0.1),
    ("less_than", TypeAdapter(Annotated[int, Field(lt=10_000)]), 10_000),
    ("int_parsing", TypeAdapter(int), "abc"),
    ("int_from_float", TypeAdapter(int), 1.5),
    ("bool_parsing", TypeAdapter(bool), "maybe"),
    ("float_type", TypeAdapter(float), []),
    ("float_parsing", TypeAdapter(float), "abc"),
    ("datetime_parsing", TypeAdapter(datetime), 1e20),
    ("datetime_type", TypeAdapter(datetime), []),
]


@pytest.mark.parametrize(("kind", "adapter", "value"), PYDANTIC, ids=[p[0] for p in PYDANTIC])
def test_pydantics_english_is_its_message_and_the_others_are_ours(kind, adapter, value):
    problem = first_problem(adapter, value)
    assert problem["type"] == kind
    phrase = problem_words(problem)
    assert isinstance(phrase, Phrase) and phrase == problem["msg"]
    for lang in OTHERS:
        assert not english_words(phrase.in_language(lang)), (lang, phrase.in_language(lang))


MODEL_TYPES = {  # every type the case model produces, from the case model
    "missing": {"instruments": [{"level": "curtailment", "ppp": "protect", "focus": "knowledge_security"}]},
    "extra_forbidden": {"colour": 1}, "enum": {"strength": {"pillars": {"foo": {}}}}, "literal_error": {"format": "x"},
    "string_type": {"key_facts": [1]}, "int_type": {"reference": {"citation": "c", "chapter": "1"}},
    "bool_type": {"leverage": {"ethical_constraints": "yes"}}, "list_type": {"key_facts": "a"},
    "dict_type": {"evidence": []}, "model_type": {"leverage": []}, "datetime_type": {"created": []},
    "datetime_from_date_parsing": {"created": "2023-02-30"}, "value_error": {"title": " "},
}


@pytest.mark.parametrize("kind", MODEL_TYPES)
def test_the_case_models_problems_are_phrases_with_pydantics_english(kind):
    with pytest.raises(ValidationError) as info:
        Case.model_validate({**MINIMAL, **MODEL_TYPES[kind]})
    problem = info.value.errors(include_url=False, include_input=False)[0]
    assert problem["type"] == kind
    line = validation_problem(info.value)
    assert isinstance(line, Phrase) and line == f"{'.'.join(map(str, problem['loc']))}: {problem['msg']}"
    assert all(line.in_language(lang) != line for lang in OTHERS)


def test_a_type_without_a_template_keeps_pydantics_english():
    problem = first_problem(TypeAdapter(Annotated[str, Field(pattern="^a$")]), "b") | {"type": "url_parsing"}
    assert problem_words(problem) == problem["msg"] and not isinstance(problem_words(problem), Phrase)


# -- copies and pickles ------------------------------------------------------------------------
def test_errors_keep_their_sentences_through_copies_and_pickles():
    """(Errors cross threads and processes: the import worker, the hand-over.)"""
    edit = edit_error({"leverage.degree": "x"})
    for copied in (pickle.loads(pickle.dumps(edit)), copy.deepcopy(edit)):
        assert str(copied) == str(edit) and in_language(copied, "de") == in_language(edit, "de")
    error = file_error({**MINIMAL, "instruments": [{"level": "curtailment"}]})
    for problem in (pickle.loads(pickle.dumps(error.problem)), copy.deepcopy(error.problem)):
        assert type(problem) is Phrase and problem == error.problem
        again = CaseFileError(error.source, problem, error.field)
        assert [in_language(again, lang) for lang in OTHERS] == [in_language(error, lang) for lang in OTHERS]
