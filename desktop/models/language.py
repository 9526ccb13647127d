"""The languages of the app and of its documents, and the words for the framework in each.

The domain keeps tokens (``Pillar.IP_PATENTS``, ``"ability_to_deny"``); only presentation turns
them into words, through this module, in the language it is asked for: the interface's language
for the window, the document's for a scorecard (an officer in Brussels writes for Berlin).

The words live in tab-separated catalogues under ``resources/i18n/`` (one row per key: the
English of the report, then the chosen French and German), read once:

- ``glossary.tsv``: every framework term, each enum label (key ``Class.token``, e.g.
  ``Pillar.ip_patents``) and the report's other terms (``term.…``), so the same idea never has
  two names; the other catalogues use these words (a test checks it);
- further catalogues (the rules' reasons, the scorecards' texts) hold whole sentences as
  templates: ``{name}`` is a parameter; a framework value given as a parameter is written in
  the template's language, ``{name!l}`` in lower case (for a term inside an English or French
  sentence; German keeps its capitals).

Plain Python: the command line and the reports use it without Qt.
"""

from __future__ import annotations

import string
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING, Any

from ..paths import resource_path

if TYPE_CHECKING:
    from datetime import date

LANGUAGES = ("en", "fr", "de")
NAMES = {"en": "English", "fr": "Français", "de": "Deutsch"}  # each in its own language
SOURCE = "en"  # the report's language: what the code holds and what a missing entry falls back to

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
}


class UnknownLanguageError(ValueError):
    """A language code this app has no words for; ``str()`` names the ones it has."""

    def __init__(self, code: object):
        super().__init__(f"no language '{code}': choose one of {', '.join(LANGUAGES)}")


def checked(code: object) -> str:
    """``code`` as one of ``LANGUAGES`` ("fr", "FR", "fr_FR", "fr-BE" all give "fr")."""
    base = str(code or "").strip().replace("-", "_").split("_")[0].casefold()
    if base not in LANGUAGES:
        raise UnknownLanguageError(code)
    return base


def from_locale(name: str | None) -> str:
    """The app's language for a system locale name ("de_AT.UTF-8" → "de"); English otherwise."""
    try:
        return checked((name or "").split(".")[0])
    except UnknownLanguageError:
        return SOURCE


@cache
def catalogue(name: str) -> dict[str, dict[str, str]]:
    """``resources/i18n/NAME.tsv`` as key → {language: text}; an empty cell is no entry."""
    import csv  # (here: the window's start-up asks which language before its first paint, and reads no catalogue)

    path = resource_path("i18n", f"{name}.tsv")
    with open(path, encoding="utf-8", newline="") as file:
        rows = csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {row["key"]: {lang: row[lang] for lang in LANGUAGES if row.get(lang)} for row in rows}


def entry(name: str, key: str, lang: str) -> str:
    """The text of ``key`` in ``lang`` from catalogue ``name``, the English where it has none;
    ``KeyError`` for a key the catalogue does not have (a missing row is a bug, not a fallback)."""
    texts = catalogue(name)[key]
    return texts.get(lang) or texts[SOURCE]


def term(key: str, lang: str) -> str:
    """A glossary term ("term.leverage") in ``lang``."""
    return entry("glossary", key, lang)


def label(value: Enum, lang: str) -> str:
    """A framework value's name in ``lang``: the glossary's ``Class.token`` entry."""
    if lang == SOURCE:
        return getattr(value, "label", str(value.value))
    return entry("glossary", f"{type(value).__name__}.{value.value}", lang)


class _Words(string.Formatter):
    """``str.format`` for templates: framework values become their names in the template's
    language, ``!l`` lowers the first letter of a term."""

    def __init__(self, lang: str):
        super().__init__()
        self.lang = lang

    def format_field(self, value: Any, spec: str) -> str:
        if isinstance(value, Enum):
            value = label(value, self.lang)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            return number(value, self.lang, spec)
        return super().format_field(value, spec)

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "l":
            text = label(value, self.lang) if isinstance(value, Enum) else str(value)
            return text if self.lang == "de" else text[:1].lower() + text[1:]
        return super().convert_field(value, conversion)


def sentence(name: str, key: str, lang: str, **params: Any) -> str:
    """Template ``key`` of catalogue ``name`` in ``lang``, its parameters filled in."""
    return _Words(lang).format(entry(name, key, lang), **params)


def number(value: float, lang: str, spec: str = "") -> str:
    """A number as the language writes it: "0.5" / "0,5"; "10,000" / "10 000" / "10.000";
    ``spec`` as in ``format`` ("+g": "+1.5" / "+1,5")."""
    text = format(value, spec or (",g" if isinstance(value, float) else ","))
    if lang == "fr":
        return text.replace(",", "\u202f").replace(".", ",")  # narrow no-break space, decimal comma
    if lang == "de":
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def long_date(day: date, lang: str) -> str:
    """"3 December 2026" / "3 décembre 2026" / "3. Dezember 2026"."""
    month = _MONTHS[lang][day.month - 1]
    if lang == "de":
        return f"{day.day}. {month} {day.year}"
    if lang == "fr" and day.day == 1:
        return f"1er {month} {day.year}"
    return f"{day.day} {month} {day.year}"


class Phrase(str):
    """A sentence the app writes (a rule's reason, a help text, a finding), made from a template
    of a catalogue: ``str()`` is its English, so it goes anywhere a ``str`` went (stored, compared,
    joined) unchanged; ``in_language(lang)`` is the same sentence in another language."""

    catalogue: str
    key: str
    params: dict[str, Any]

    def __new__(cls, catalogue_name: str, key: str, **params: Any) -> "Phrase":
        phrase = super().__new__(cls, sentence(catalogue_name, key, SOURCE, **params))
        phrase.catalogue, phrase.key, phrase.params = catalogue_name, key, params
        return phrase

    def in_language(self, lang: str) -> str:
        return sentence(self.catalogue, self.key, lang, **{k: localised(v, lang) for k, v in self.params.items()})

    def __reduce__(self):  # copies and pickles keep the template, not only the English
        return (_phrase, (self.catalogue, self.key, self.params))


def _phrase(catalogue_name: str, key: str, params: dict[str, Any]) -> Phrase:
    return Phrase(catalogue_name, key, **params)


def localised(text: Any, lang: str) -> Any:
    """``text`` in ``lang`` if the app wrote it (a ``Phrase``, a framework value); anything else
    (a user's or the report's own text, a number) as it is."""
    if isinstance(text, Phrase):
        return text.in_language(lang)
    if isinstance(text, Enum):
        return label(text, lang)
    return text
