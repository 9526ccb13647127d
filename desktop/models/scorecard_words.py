"""The fixed words of a scorecard in the document's language (issue 21): headings, legends,
running head and footer, the annexes' labels.

A scorecard's language is chosen per document (an officer in Brussels writes for Berlin),
independently of the interface's. The ``Scorecard`` model carries it, and every writer (PDF,
PNG, print, Word, clipboard) takes its words from ``card.words``: sentences from
``resources/i18n/documents.tsv``, framework values from the glossary (``language.label``),
report terms from the glossary too (``language.term``), numbers and dates as the language
writes them. The English templates are the app's English texts exactly, so an English
document does not change by one byte. Plain Python: the command line uses it without Qt.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from functools import cache
from typing import Any

from . import language

CATALOGUE = "documents"

# Word's language tag for a document's text (spelling and hyphenation in the reader's Word)
WORD_LANGUAGE = {"en": "en-GB", "fr": "fr-FR", "de": "de-DE"}


class Words:
    """A document language's words: ``words("key", **params)`` is a sentence of the documents
    catalogue, ``label(member)`` a framework value, ``term("term.x")`` a report term."""

    def __init__(self, lang: str):
        self.lang = language.checked(lang)

    def __call__(self, key: str, **params: Any) -> str:
        return language.sentence(CATALOGUE, key, self.lang, **params)

    def label(self, value: Enum) -> str:
        return language.label(value, self.lang)

    def lower(self, value: Enum) -> str:
        """A value's name as an adjective after a noun ("élevée", "hoch"); English keeps its own
        capital (its templates put the value first)."""
        text = self.label(value)
        return text if self.lang == language.SOURCE else text.lower()

    def term(self, key: str) -> str:
        return language.term(key, self.lang)

    def date(self, day: date) -> str:
        return language.long_date(day, self.lang)

    def number(self, value: float) -> str:
        return language.number(value, self.lang)

    def pair(self, name: str, value: str) -> str:
        """"Name: value" ("Nom : valeur" in French)."""
        return self("pair", field=name, value=value)

    def yes_no(self, value: bool) -> str:
        return self("yes" if value else "no")

    def continued(self, heading: str) -> str:
        return self("continued", heading=heading)

    def page(self, page: int, total: int | None) -> str:
        """"Page 3 of 12"; page numbers are written without a thousands separator, as before."""
        return self("page.of", page=str(page), total=str(total)) if total else self("page.one", page=str(page))

    def likelihood(self, value: Enum) -> str:
        """A pillar's chip: "High likelihood" / "Probabilité élevée" / "Wahrscheinlichkeit: hoch"."""
        return self("sc1.likelihood", value=value, lower=self.lower(value))

    def stale_note(self, years: int) -> str:
        return self("sources.stale_one") if years == 1 else self("sources.stale_many", years=years)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Words) and other.lang == self.lang

    def __hash__(self) -> int:
        return hash(self.lang)

    def __repr__(self) -> str:
        return f"Words({self.lang!r})"


@cache
def words(lang: str = language.SOURCE) -> Words:
    """The words of ``lang`` (``UnknownLanguageError`` for a language the app has none for)."""
    return Words(lang)


EMPTY_KEYS = ("extra.no_rationale", "extra.no_overrides", "extra.no_history")


def only_empty_line(w: Words, lines: list[str]) -> bool:
    """Whether an optional section's lines are only the line saying it has nothing in it."""
    return len(lines) == 1 and lines[0] in {w(key) for key in EMPTY_KEYS}


def unrated_factors(w: Words, title: str, lines: list[str]) -> bool:
    """The leverage factors section with no factor rated (every value a dash): one line then."""
    return title == w("extra.factors") and all(line.endswith(": —") for line in lines)


def keys() -> list[str]:
    """Every key of the documents catalogue (for tests: each has its French and German)."""
    return list(language.catalogue(CATALOGUE))
