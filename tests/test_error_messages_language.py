"""What went wrong, in the reader's language (issue 21): an error keeps its English ``str()``
(the command line and the logs) and the window shows the app's own sentences in its language
through ``messages.in_language``; what the app did not write (a file's name, the OS's words)
stays as it came."""

from __future__ import annotations

import csv
import pickle

import pytest

from desktop.models.exchange_error import CaseFileError
from desktop.models.language import Phrase
from desktop.models.messages import ERROR_CATALOGUES, in_language
from desktop.models.output_files import OutputError
from desktop.models.storage.records import StoreError
from desktop.paths import resource_path

ODD_NAME = "<b>案例</b> {x} %1.json"  # markup, CJK, a format field and a Qt placeholder: all as written


def rows(name: str) -> list[dict[str, str]]:
    with open(resource_path("i18n", f"{name}.tsv"), encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.mark.parametrize("name", ERROR_CATALOGUES)
def test_every_error_catalogue_has_french_and_german(name):
    found = rows(name)
    assert found and list(found[0]) == ["key", "en", "fr", "de", "note"]
    for row in found:
        assert row["fr"] and row["de"] and row["note"], row["key"]


def test_english_is_str_exactly():
    for error in (CaseFileError("a.json", Phrase("glossary", "term.leverage"), "leverage.degree"),
                  CaseFileError(ODD_NAME, "plain words"),
                  OutputError("/x/out.pdf", "cannot be written: No space left on device"),
                  StoreError(Phrase("glossary", "term.case")), StoreError("a plain message"),
                  ValueError("x", "y"), RuntimeError()):
        assert in_language(error, "en") == str(error)


def test_a_case_files_problem_and_framing_are_translated_and_its_name_kept():
    error = CaseFileError(ODD_NAME, Phrase("glossary", "term.leverage"), "leverage.degree")
    assert str(error) == f"{ODD_NAME}: field 'leverage.degree': Leverage"
    assert in_language(error, "fr") == f"{ODD_NAME}\u00a0: champ «\u00a0leverage.degree\u00a0»\u00a0: Levier"
    assert in_language(error, "de") == f"{ODD_NAME}: Feld „leverage.degree“: Hebelwirkung"
    assert in_language(CaseFileError(ODD_NAME, Phrase("glossary", "term.case")), "de") == f"{ODD_NAME}: Fall"


def test_an_outputs_reason_is_translated_and_its_path_kept():
    error = OutputError(ODD_NAME, Phrase("glossary", "term.case"))
    assert in_language(error, "fr") == f"{ODD_NAME}\u00a0: Cas"
    assert in_language(OutputError(ODD_NAME, "the OS's own words"), "de") == f"{ODD_NAME}: the OS's own words"


def test_a_phrase_message_is_translated_anything_else_as_written():
    assert in_language(StoreError(Phrase("glossary", "term.case")), "fr") == "Cas"
    assert in_language(StoreError("SQLite: disk I/O error"), "fr") == "SQLite: disk I/O error"
    assert in_language(ValueError(Phrase("glossary", "term.case"), 2), "de") == str(ValueError(Phrase("glossary", "term.case"), 2))


def test_an_error_keeps_its_phrase_through_pickling():
    """(Errors cross threads and processes: the export worker, the hand-over.)"""
    error = pickle.loads(pickle.dumps(StoreError(Phrase("glossary", "term.leverage"))))
    assert in_language(error, "de") == "Hebelwirkung"
    file_error = CaseFileError(ODD_NAME, Phrase("glossary", "term.leverage"), "leverage.degree")
    again = pickle.loads(pickle.dumps(file_error))
    assert (str(again), in_language(again, "de")) == (str(file_error), in_language(file_error, "de"))
