"""The languages of the app and its documents (issue 21): the glossary names every framework
value once per language, and the helpers write numbers and dates as each language does."""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date

import pytest

from desktop.models import language, scales
from desktop.paths import resource_path

SCALES = [c for c in vars(scales).values() if isinstance(c, type) and issubclass(c, scales.Scale) and c is not scales.Scale]


def rows(name: str) -> list[dict[str, str]]:
    with open(resource_path("i18n", f"{name}.tsv"), encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_the_glossary_names_every_framework_value_in_every_language():
    glossary = language.catalogue("glossary")
    for scale in SCALES:
        for member in scale:
            key = f"{scale.__name__}.{member.value}"
            assert key in glossary, key
            assert glossary[key]["en"] == member.label, key  # the English is the app's (the report's) word
            assert glossary[key].get("fr") and glossary[key].get("de"), key


def test_the_glossary_file_is_well_formed():
    found = rows("glossary")
    assert found and list(found[0]) == ["key", "en", "fr", "de", "note"]
    keys = [r["key"] for r in found]
    assert len(keys) == len(set(keys))
    for row in found:
        assert all(row[lang] and row[lang] == row[lang].strip() for lang in language.LANGUAGES), row
        assert row["note"], row["key"]  # where the term comes from


def test_the_same_idea_never_has_two_names():
    """One English term, one French and one German term; only a one-word rating may agree in
    French with the noun it rates ("Moyenne" probabilité, "Moyen" degré)."""
    by_english: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for row in rows("glossary"):
        by_english[row["en"]].add((row["fr"], row["de"]))
    for english, pairs in by_english.items():
        assert len({de for _fr, de in pairs}) == 1, (english, pairs)
        if len(english.split()) > 1:
            assert len(pairs) == 1, (english, pairs)


def test_values_and_terms_in_each_language():
    assert language.label(scales.Level.ABILITY_TO_DENY, "en") == "Ability to deny"
    assert language.label(scales.Level.ABILITY_TO_DENY, "fr") == "Capacité de refus"
    assert language.label(scales.Level.ABILITY_TO_DENY, "de") == "Verweigerungsfähigkeit"
    assert language.term("term.degree_of_leverage", "de") == "Grad der Hebelwirkung"
    with pytest.raises(KeyError):
        language.term("term.no_such_term", "fr")


def test_codes_and_locales():
    assert [language.checked(c) for c in ("fr", "FR", "fr_FR", "fr-BE", " de ")] == ["fr", "fr", "fr", "fr", "de"]
    for bad in ("", "es", None, "français"):
        with pytest.raises(language.UnknownLanguageError, match="en, fr, de"):
            language.checked(bad)
    assert language.from_locale("de_AT.UTF-8") == "de" and language.from_locale("C") == "en"
    assert language.from_locale(None) == "en" and language.from_locale("pt_BR") == "en"


def test_numbers_and_dates_as_each_language_writes_them():
    assert [language.number(10_000, lang) for lang in language.LANGUAGES] == ["10,000", "10\u202f000", "10.000"]
    assert [language.number(1.5, lang, "+g") for lang in language.LANGUAGES] == ["+1.5", "+1,5", "+1,5"]
    assert [language.number(1234.5, lang) for lang in language.LANGUAGES] == ["1,234.5", "1\u202f234,5", "1.234,5"]
    day = date(2026, 3, 1)
    assert [language.long_date(day, lang) for lang in language.LANGUAGES] == ["1 March 2026", "1er mars 2026", "1. März 2026"]
    assert language.long_date(date(2026, 12, 3), "fr") == "3 décembre 2026"


def test_templates_write_values_in_their_language(monkeypatch):
    template = {"t": {"en": "Capped at {degree!l} ({points:+g}); {level}.",
                      "fr": "Plafonné à {degree!l} ({points:+g}) ; {level}.",
                      "de": "Begrenzt auf {degree!l} ({points:+g}); {level}."}}
    real = language.catalogue
    monkeypatch.setattr(language, "catalogue", lambda name: template if name == "test" else real(name))
    args = dict(degree=scales.LeverageDegree.MEDIUM, points=-1.5, level=scales.Level.CURTAILMENT)
    assert language.sentence("test", "t", "en", **args) == "Capped at medium (-1.5); Curtailment."
    assert language.sentence("test", "t", "fr", **args) == "Plafonné à moyen (-1,5) ; Endiguement."
    assert language.sentence("test", "t", "de", **args) == "Begrenzt auf Mittel (-1,5); Eindämmung."


def test_a_phrase_is_its_english_and_knows_its_other_languages(monkeypatch):
    import copy
    import pickle

    template = {"score": {"en": "Leverage score {score} suggests {degree!l} leverage.",
                          "fr": "Un score de levier de {score} suggère un levier {degree!l}.",
                          "de": "Ein Hebelwert von {score} spricht für eine Hebelwirkung: {degree}."}}
    real = language.catalogue
    monkeypatch.setattr(language, "catalogue", lambda name: template if name == "test" else real(name))
    phrase = language.Phrase("test", "score", score=2.5, degree=scales.LeverageDegree.MEDIUM_HIGH)
    assert phrase == "Leverage score 2.5 suggests medium–high leverage." and isinstance(phrase, str)
    assert phrase.in_language("fr") == "Un score de levier de 2,5 suggère un levier moyen à élevé."
    assert language.localised(phrase, "de") == "Ein Hebelwert von 2,5 spricht für eine Hebelwirkung: Mittel bis hoch."
    for copied in (copy.deepcopy(phrase), pickle.loads(pickle.dumps(phrase))):
        assert copied == phrase and copied.in_language("fr") == phrase.in_language("fr")
    assert language.localised("a user's own text", "fr") == "a user's own text"
    assert language.localised(scales.PPP.PARTNER, "fr") == "Coopérer"


def test_french_spacing():
    """French puts a no-break space before : ; ? ! » and after « (a line never starts with a
    colon, in a scorecard or a dialog): every French template of every catalogue."""
    import glob
    import os
    import re

    for path in sorted(glob.glob(str(resource_path("i18n", "*.tsv")))):
        for row in rows(os.path.basename(path)[:-4]):
            assert not re.search(r" [:;?!»]|« ", row["fr"]), (path, row["key"], row["fr"])
