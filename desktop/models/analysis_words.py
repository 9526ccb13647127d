"""The words of Compare, What Changed and the Portfolio in each language (issue 21).

Their sentences are templates of ``resources/i18n/analysis.tsv`` (the English is the app's text
as it was, to the byte); the framework's words come from the glossary. Counts have a singular
and a plural template (``count.NOUN.one`` / ``.other``); French takes the singular for 0 too.
A count is written as the language writes numbers, except in English, which keeps "10000"
as before. Plain Python, no Qt: ``rdw`` and the reports use it too.
"""

from __future__ import annotations

from typing import Any

from .language import SOURCE, label, number, sentence, term
from .provenance import legend_line, marked, words  # noqa: F401  (the rating marks: one wording, provenance.py's)
from .provenance import sentence as provenance_sentence  # noqa: F401

CATALOGUE = "analysis"
DASH = "—"


def say(key: str, lang: str, **params: Any) -> str:
    """Template ``key`` of the analysis catalogue in ``lang``."""
    return sentence(CATALOGUE, key, lang, **params)


def amount(n: int, lang: str) -> str:
    """A count as the language writes it ("10000" in English, as before; "10 000", "10.000")."""
    return str(n) if lang == SOURCE else number(n, lang)


def counted(key: str, n: int, lang: str, **params: Any) -> str:
    """Template ``key.one`` or ``key.other`` as ``n`` asks, ``{n}`` written in ``lang``."""
    one = n == 1 or (lang == "fr" and n == 0)
    return say(f"{key}.{'one' if one else 'other'}", lang, n=amount(n, lang), **params)


def count(noun: str, n: int, lang: str) -> str:
    """"1 case", "3 cases", "0 cas", "3 Fälle"."""
    return counted(f"count.{noun}", n, lang)


def percent(share: float, lang: str) -> str:
    """"40%" / "40 %" (French and German put a no-break space before the sign)."""
    whole = f"{share:.0%}"
    return whole if lang == SOURCE else whole.replace("%", "\u00a0%")


def lower(text: str, lang: str) -> str:
    """A term inside a sentence: first letter lower-cased, except in German (nouns keep capitals)."""
    return text if lang == "de" else text[:1].lower() + text[1:]


def glossary(key: str, lang: str) -> str:
    """A report term (``term.…``) in ``lang``."""
    return term(key, lang)


__all__ = ["CATALOGUE", "DASH", "amount", "count", "counted", "glossary", "label", "legend_line", "lower", "marked",
           "percent", "provenance_sentence", "say", "words"]
