"""A pydantic validation error as the one line the app shows: where (the field's dotted path)
and what is wrong with the first problem. Shared by the store, the edits and the case files.

The line is a ``Phrase`` of ``resources/i18n/errors_import.tsv`` (issue 21): its English is
pydantic's own ``msg``, byte for byte (the command line and the tests read it), and the window
can show it in French or German. The sentence is rebuilt from the error's ``type`` and ``ctx``;
a type without a template keeps pydantic's English as a parameter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .language import Phrase, catalogue

if TYPE_CHECKING:
    from pydantic import ValidationError

CATALOGUE = "errors_import"
# types whose sentence has no parameter, or whose parameters are the ctx's numbers
_PLAIN = ("missing", "extra_forbidden", "string_type", "int_type", "int_parsing", "int_from_float", "bool_type",
          "bool_parsing", "float_type", "float_parsing", "list_type", "dict_type", "datetime_type")
_LIMITS = {"greater_than_equal": "ge", "less_than_equal": "le", "greater_than": "gt", "less_than": "lt"}


def words(key: str, /, **params: Any) -> Phrase:
    """A sentence of the import and validation errors' catalogue."""
    return Phrase(CATALOGUE, key, **params)


def known(prefix: str, text: str) -> str:
    """A foreign library's fixed English message (json's, the date parser's) as our sentence
    where the catalogue has it (key ``prefix.text``), else as it came."""
    return words(f"{prefix}.{text}") if f"{prefix}.{text}" in catalogue(CATALOGUE) else text


def choices(expected: str) -> str:
    """pydantic's list of allowed values ("'low', 'medium' or 'high'", "1, 2 or 3") as a
    phrase: each token quoted as the language quotes, "or" in the language."""
    head, _, last = expected.rpartition(" or ")
    items = [*(head.split(", ") if head else []), last]

    def item(text: str) -> str:
        quoted = len(text) >= 2 and text[0] == text[-1] == "'"
        return words("quoted", value=text[1:-1]) if quoted else text

    result = item(items[0])
    for n, text in enumerate(items[1:], start=2):
        result = words("list.last" if n == len(items) else "list.more", head=result, item=item(text))
    return result if str(result) == expected else expected  # never other English than pydantic's


def problem_words(problem: dict[str, Any]) -> str:
    """One problem of ``ValidationError.errors()`` as a phrase whose English is its ``msg``."""
    kind, ctx, msg = problem["type"], problem.get("ctx") or {}, problem["msg"]
    phrase: str = msg
    try:
        if kind in _PLAIN:
            phrase = words(f"pydantic.{kind}")
        elif kind in ("enum", "literal_error"):
            phrase = words(f"pydantic.{kind}", expected=choices(ctx["expected"]))
        elif kind in ("string_too_long", "string_too_short"):
            limit = ctx["max_length" if kind == "string_too_long" else "min_length"]
            name = "max_length" if kind == "string_too_long" else "min_length"
            phrase = words(f"pydantic.{kind}.{'one' if limit == 1 else 'other'}", **{name: str(limit)})
        elif kind in ("too_long", "too_short") and f"kind.{ctx.get('field_type')}" in catalogue(CATALOGUE):
            name = "max_length" if kind == "too_long" else "min_length"
            actual = ctx["actual_length"]  # None: a dict stopped at the limit ("not more")
            count = words("length.unknown") if actual is None else str(actual)
            phrase = words(f"pydantic.{kind}.{'one' if ctx[name] == 1 else 'other'}",
                           kind=words(f"kind.{ctx['field_type']}"), **{name: str(ctx[name]), "actual_length": count})
        elif kind in _LIMITS:
            phrase = words(f"pydantic.{kind}", **{_LIMITS[kind]: str(ctx[_LIMITS[kind]])})
        elif kind == "string_pattern_mismatch":
            phrase = words("pydantic.string_pattern_mismatch", pattern=ctx["pattern"])
        elif kind == "model_type":
            phrase = words("pydantic.model_type", class_name=ctx["class_name"])
        elif kind in ("datetime_parsing", "datetime_from_date_parsing"):
            phrase = words(f"pydantic.{kind}", error=known("date", str(ctx["error"])))
        elif kind == "value_error":
            error = ctx["error"]  # our validators' ValueError, its sentence a Phrase
            reason = error.args[0] if isinstance(error, BaseException) and len(error.args) == 1 else None
            if isinstance(reason, Phrase):
                phrase = words("pydantic.value_error", error=reason)
    except (KeyError, TypeError, ValueError, IndexError):  # a ctx of another pydantic: its English
        phrase = msg
    return phrase if str(phrase) == msg else msg


def validation_problem(error: ValidationError) -> str:
    """"dotted.path: message" for the first problem (a Phrase; its English as pydantic's)."""
    first = error.errors(include_url=False, include_input=False)[0]
    where = ".".join(str(p) for p in first["loc"])
    problem = problem_words(first)
    return words("at", where=where, problem=problem) if where else problem
