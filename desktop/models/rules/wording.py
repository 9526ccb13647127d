"""How the rules, the review and the sensitivity analysis write their sentences (issue 21): each
sentence is a ``Phrase`` of a catalogue (``reasons`` for the rules, ``findings`` for the review,
completeness and sensitivity), so it is its English wherever a ``str`` went and can be written
in French or German. A list of names is one parameter, a ``Names``: joined the same way in every
language, each name in that language."""

from __future__ import annotations

from typing import Any, Iterable

from ..language import SOURCE, Phrase, localised, term


def reason(key: str, **params: Any) -> Phrase:
    """A rule's reason: template ``key`` of ``resources/i18n/reasons.tsv``."""
    return Phrase("reasons", key, **params)


def finding(key: str, **params: Any) -> Phrase:
    """A review finding, a completeness item or a sensitivity text: ``findings.tsv``."""
    return Phrase("findings", key, **params)


def lower_first(text: str, lang: str) -> str:
    """A name inside a sentence: lower case first letter, except in German (its nouns keep their
    capitals) and for an abbreviation ("IP & patents" stays as it is)."""
    if lang == "de" or len(text) < 2 or not text[0].isupper() or text[1].isupper():
        return text
    return text[0].lower() + text[1:]


class Names(Phrase):
    """A list of names (framework values, other phrases) as one parameter of a sentence: joined
    with ``separator`` in every language, each name written in the language asked for and, with
    ``lower``, with a small first letter inside the sentence (not in German)."""

    items: tuple[Any, ...]
    separator: str
    lower: bool

    def __new__(cls, items: Iterable[Any], separator: str = ", ", *, lower: bool = False) -> "Names":
        items = tuple(items)
        names = str.__new__(cls, _joined(items, separator, lower, SOURCE))
        names.items, names.separator, names.lower = items, separator, lower
        names.catalogue, names.key, names.params = "", "", {}
        return names

    def in_language(self, lang: str) -> str:
        return _joined(self.items, self.separator, self.lower, lang)

    def __reduce__(self):
        return (_names, (self.items, self.separator, self.lower))


def _joined(items: tuple[Any, ...], separator: str, lower: bool, lang: str) -> str:
    if lang == "fr" and separator == "; ":
        separator = "\u00a0; "  # French sets a (no-break) space before a semicolon
    words = (str(localised(item, lang)) for item in items)
    return separator.join(lower_first(w, lang) if lower else w for w in words)


def _names(items: tuple[Any, ...], separator: str, lower: bool) -> Names:
    return Names(items, separator, lower=lower)


class Shown(Phrase):
    """A value written as ``english`` in English (a token kept as the data holds it) and as the
    value's name in the other languages."""

    value: Any

    def __new__(cls, english: str, value: Any) -> "Shown":
        shown = str.__new__(cls, english)
        shown.value, shown.catalogue, shown.key, shown.params = value, "", "", {}
        return shown

    def in_language(self, lang: str) -> str:
        return str(self) if lang == SOURCE else str(localised(self.value, lang))

    def __reduce__(self):
        return (Shown, (str(self), self.value))


class Term(Phrase):
    """A glossary term ("term.substitutability") as a phrase: the same word everywhere."""

    def __new__(cls, key: str) -> "Term":
        found = str.__new__(cls, term(key, SOURCE))
        found.catalogue, found.key, found.params = "glossary", key, {}
        return found

    def in_language(self, lang: str) -> str:
        return term(self.key, lang)

    def __reduce__(self):
        return (Term, (self.key,))


def lowered(text: Any) -> Names:
    """``text`` (a phrase, a value) inside a sentence: first letter small, except in German."""
    return Names((text,), lower=True)
