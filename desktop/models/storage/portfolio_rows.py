"""The portfolio's light read (issue 20): what its charts plot, straight from the documents.

``store.cases()`` validates every whole case with pydantic: with 10,000 cases that takes
seconds, most of it spent on text the charts never show (rationales, evidence, snapshots). Here
SQLite's ``json_extract`` picks the charted values out of each document in the one query (the
document is parsed once per row), and Python checks only those values, token by token, into a
``PortfolioRow``. A document that is not JSON, or whose charted values do not read as the
format says (an unknown token, a wrong type), is skipped, as ``cases()`` skips a document that
no longer validates: one bad case never blanks every chart. Values the charts do not read are
not checked here; opening the case says what is wrong with them.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Any

from ..case import FORMAT, LATEST_VERSION, PROVENANCE_RATINGS, VERSION_1
from ..portfolio import PortfolioRow
from ..scales import (
    PPP,
    Feasibility,
    Level,
    LeverageDegree,
    Likelihood,
    Pillar,
    RatingProvenance,
    SpilloverDamage,
    Stance,
    StrengthType,
    Substitutability,
)

# the document paths a portfolio row is made of, in the order ``_row`` takes them
PATHS = ("$.format", "$.format_version", "$.id", "$.title", "$.technology_area", "$.reference",
         "$.strength.pillars", "$.strength.types", "$.ambition.feasibility", "$.ambition.chosen_level",
         "$.leverage.degree", "$.leverage.substitutability", "$.leverage.spillover_damage", "$.instruments")
# a JSON array of PATHS per row, and a reference case's rating marks (a user case's mark nothing:
# provenance.py); NULL for a document that is not JSON (json_extract would fail the whole query)
QUERY = ("SELECT CASE WHEN json_valid(document) THEN json_extract(document, "
         + ", ".join(f"'{path}'" for path in PATHS) + ") END, "
         "CASE WHEN json_valid(document) AND json_type(document, '$.reference') = 'object' "
         "THEN json_extract(document, '$.provenance.ratings') END FROM cases")


class Unreadable(ValueError):
    """A charted value that is not what the exchange format allows."""


def _tokens(scale: type[Enum], nullable: bool = False) -> dict[Any, Any]:
    """token -> member (and null -> None where the format allows null): a lookup of anything
    else fails (KeyError; TypeError for a list or object), which skips the case."""
    return {member.value: member for member in scale} | ({None: None} if nullable else {})


def _pairs(first: dict, second: dict) -> dict[tuple, tuple]:
    """(token, token) -> (member, member), made once: a row shares these tuples rather than
    making its own (fewer objects for the collector to walk)."""
    return {(a, b): (first[a], second[b]) for a in first for b in second}


PILLARS, TYPES, LEVELS, FEASIBILITY = _tokens(Pillar), _tokens(StrengthType), _tokens(Level), _tokens(Feasibility)
LEVEL, DEGREE = _tokens(Level, True), _tokens(LeverageDegree, True)
SUBSTITUTABILITY, SPILLOVER = _tokens(Substitutability, True), _tokens(SpilloverDamage, True)
STANCES = _pairs(_tokens(Stance, True), _tokens(Likelihood, True))  # (stance, likelihood) of a pillar
INSTRUMENTS = _pairs(LEVELS, _tokens(PPP))  # (level, protect / promote / partner) of an instrument
PROVENANCE = _tokens(RatingProvenance)
MARKED = frozenset(PROVENANCE_RATINGS)


def _is(value: Any, kind: type, nullable: bool = True) -> Any:
    """``value`` if it is a ``kind`` (or null, read as empty), else ``Unreadable``."""
    if value is None and nullable:
        return kind()
    if type(value) is not kind:
        raise Unreadable(value)
    return value


def _text(value: Any, longest: int) -> str:
    if type(value) is not str or not value.strip() or len(value) > longest:
        raise Unreadable(value)
    return value


def _stances(pillars: dict) -> dict:
    """Present pillars with a stance: (stance, likelihood), as ``portfolio_row`` keeps them."""
    out = {}
    for token, assessment in pillars.items():
        pillar = PILLARS[token]
        present = _is(assessment, dict, nullable=False).get("present")
        rated = STANCES[assessment.get("stance"), assessment.get("likelihood")]
        if present is not None and type(present) is not bool:
            raise Unreadable(present)
        if present and rated[0] is not None:
            out[pillar] = rated
    return out


def _row(values: list[Any], ratings: dict | None) -> PortfolioRow:
    (form, version, case_id, title, area, reference, pillars, types, feasibility, chosen,
     degree, substitutability, spillover, instruments) = values
    if form != FORMAT or not (version is None or (type(version) is int and VERSION_1 <= version <= LATEST_VERSION)):
        raise Unreadable(form)
    if area is not None and type(area) is not str:
        raise Unreadable(area)
    if reference is not None and type(reference) is not dict:
        raise Unreadable(reference)
    ratings = _is(ratings, dict)
    if not ratings.keys() <= MARKED:
        raise Unreadable(ratings)
    return PortfolioRow(
        _text(case_id, 200), _text(title, 500), area, reference is not None, _stances(_is(pillars, dict)),
        tuple([TYPES[t] for t in _is(types, list)]),
        {LEVELS[lv]: FEASIBILITY[f] for lv, f in _is(feasibility, dict).items()},
        LEVEL[chosen], DEGREE[degree], SUBSTITUTABILITY[substitutability], SPILLOVER[spillover],
        tuple([INSTRUMENTS[i["level"], i["ppp"]] for i in _is(instruments, list)]),
        {path: PROVENANCE[token] for path, token in ratings.items()})


def row_from_values(values: str | None, ratings: str | None) -> PortfolioRow | None:
    """The row of one query result (the JSON array of ``PATHS``, the ratings), or None if it
    does not read."""
    if values is None:
        return None
    try:
        return _row(json.loads(values), None if ratings is None else json.loads(ratings))
    except (ValueError, TypeError, LookupError, AttributeError):  # Unreadable is a ValueError
        return None


def read_portfolio_rows(db, query: str = QUERY) -> list[PortfolioRow]:
    """Every readable case's row, in no particular order (``portfolio.in_scope`` sorts); ``db``
    is the store's database (anything with sqlite3's ``execute``); ``query`` gives the same two
    JSON texts per case in another engine's SQL (``pg_store``)."""
    found = db.execute(query).fetchall()
    with _collector_paused():
        rows = [row_from_values(values, ratings) for values, ratings in found]
    return [row for row in rows if row is not None]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Decoding 10,000 rows makes hundreds of thousands of short-lived lists and dicts, none of
    them in a cycle; meanwhile the cyclic collector would walk the whole app's heap again and
    again (about half a second with full documents, as long as the read itself)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
