"""The instrument catalogue: the report's cross-case patterns plus every reference case's own
recommendations, each tagged with its level(s), protect/promote/partner and focus.

The patterns are the report's Table 2, one column per level of ambition, exactly as
``data/instrument_patterns.json`` holds it: a pattern belongs to the one column that lists it
(an instrument listed in three columns, such as inbound investment screening, is three entries).
Case recommendations are read from the reference library itself rather than copied into a
second file, so the catalogue can never disagree with the cases it cites.

The patterns are shown in the reader's language (``resources/i18n/table2.tsv``, keyed by the
pattern's id); what a case stores when it takes one stays the English wording of the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from ..paths import data_path
from . import language
from .case import Case, Instrument
from .scales import PPP, Focus, Level


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    id: str
    text: str
    levels: tuple[Level, ...]
    ppp: PPP
    focus: Focus
    source: str  # "pattern" or the id of the reference case it comes from
    source_title: str  # what to show: "Cross-case pattern (report, Table 2, <level>)" or the case title

    @property
    def is_pattern(self) -> bool:
        return self.source == "pattern"

    @property
    def column(self) -> Level | None:
        """The Table 2 column a pattern comes from (its one level); None for a case's entry."""
        return self.levels[0] if self.is_pattern and self.levels else None

    def as_instrument(self, level: Level) -> Instrument:
        return Instrument(level=level, text=self.text, ppp=self.ppp, focus=self.focus)

    def text_in(self, lang: str) -> str:
        """A pattern in ``lang`` (Table 2 is the report's, translated here); a reference case's
        recommendation as the case words it (content, never translated)."""
        return language.entry("table2", f"pattern.{self.id}", lang) if self.is_pattern else self.text

    def source_title_in(self, lang: str) -> str:
        """``source_title`` in ``lang`` (a case's title stays as written)."""
        return pattern_source_title(self.column, lang) if self.is_pattern and self.column else self.source_title


PATTERN_CAVEAT = ("The report warns that not every pattern matters in every case, and that "
                  "case-specific instruments matter.")


def pattern_caveat(lang: str) -> str:
    """``PATTERN_CAVEAT`` in ``lang``."""
    return language.entry("table2", "table2.caveat", lang)


def _lowered(text: str, lang: str) -> str:
    """A term inside a sentence: lower case, except in German (nouns keep their capital)."""
    return text if lang == "de" else text.lower()


def table2_label(level: Level, lang: str = language.SOURCE) -> str:
    """Where a pattern comes from: "Table 2, ability to act" ("Tabelle 2, Handlungsfähigkeit")."""
    return language.sentence("table2", "table2.label", lang, level=level)


def pattern_source_title(level: Level, lang: str = language.SOURCE) -> str:
    """The source label of a pattern of ``level``'s column of Table 2."""
    return language.sentence("table2", "table2.source_title", lang, table2=table2_label(level, lang))


@dataclass(frozen=True, slots=True)
class Table2Column:
    """One column of the report's Table 2: a level's frequently mentioned instruments, its
    protect / promote / partner row and its "source of strength in focus" row."""

    level: Level
    entries: tuple[CatalogueEntry, ...]  # in the table's order
    ppp: tuple[PPP, ...]  # the protect / promote / partner row
    ppp_note: str | None  # e.g. "strong emphasis on partner" (ability to act)
    ppp_minor: tuple[PPP, ...]  # tags the report's prose allows besides the row ("minor protect tools")
    ppp_minor_note: str | None
    focus: tuple[Focus, ...]  # the "source of strength in focus" row

    @property
    def ppp_text(self) -> str:
        """The row as the table words it: "protect, promote, partner (strong emphasis on partner)"."""
        row = ", ".join(tag.label.lower() for tag in self.ppp)
        return f"{row} ({self.ppp_note})" if self.ppp_note else row

    @property
    def focus_text(self) -> str:
        """The focus row as the table words it: "research promotion, commercialisation"."""
        return ", ".join(tag.label.lower() for tag in self.focus)

    def ppp_text_in(self, lang: str) -> str:
        """``ppp_text`` in ``lang``, the glossary's words ("protéger, promouvoir, coopérer (…)")."""
        row = ", ".join(_lowered(language.label(tag, lang), lang) for tag in self.ppp)
        if not self.ppp_note:
            return row
        return f"{row} ({language.entry('table2', f'ppp_note.{self.level.value}', lang)})"

    def focus_text_in(self, lang: str) -> str:
        """``focus_text`` in ``lang``, the glossary's words."""
        return ", ".join(_lowered(language.label(tag, lang), lang) for tag in self.focus)


class PatternFileError(ValueError):
    """data/instrument_patterns.json does not hold Table 2 as the loader expects."""


def _column(raw: dict) -> Table2Column:
    level = Level(raw["level"])
    ppp = tuple(PPP(t) for t in raw["ppp"])
    minor = tuple(PPP(t) for t in raw["ppp_minor"])
    focus = tuple(Focus(t) for t in raw["focus"])
    entries = []
    for p in raw["instruments"]:
        entry = CatalogueEntry(
            id=p["id"],
            text=p["text"],
            levels=(level,),
            ppp=PPP(p["ppp"]),
            focus=Focus(p["focus"]),
            source="pattern",
            source_title=pattern_source_title(level),
        )
        if entry.ppp not in ppp + minor:
            raise PatternFileError(f"{entry.id}: {entry.ppp.value} is not in the {level.value} column's protect / promote / partner row")
        if entry.focus not in focus:
            raise PatternFileError(f"{entry.id}: {entry.focus.value} is not in the {level.value} column's focus row")
        entries.append(entry)
    return Table2Column(level, tuple(entries), ppp, raw["ppp_note"], minor, raw["ppp_minor_note"], focus)


@lru_cache(maxsize=1)
def table2() -> tuple[Table2Column, ...]:
    """The report's Table 2, one column per level of ambition, in the levels' order."""
    raw = json.loads(data_path("instrument_patterns.json").read_text(encoding="utf-8"))
    columns = tuple(_column(c) for c in raw["columns"])
    if [c.level for c in columns] != list(Level):
        raise PatternFileError("instrument_patterns.json needs one column per level of ambition, in order")
    return columns


def table2_column(level: Level) -> Table2Column:
    return next(c for c in table2() if c.level is level)


def load_patterns() -> list[CatalogueEntry]:
    """Every pattern of Table 2, column by column, each tagged with its own column's level only."""
    return [entry for column in table2() for entry in column.entries]


@lru_cache(maxsize=1)
def _patterns_by_text() -> dict[str, CatalogueEntry]:
    return {entry.text: entry for entry in load_patterns()}


def instrument_text_in(text: str, lang: str) -> str:
    """A chosen instrument's text in ``lang``. A case that takes a Table 2 pattern stores the
    report's English wording (what the rules and the report's cases match); that wording is the
    framework's, so it reads in the reader's language like every other pattern. Any other text
    is the case's content, as written."""
    if lang == language.SOURCE:
        return text
    entry = _patterns_by_text().get(text)
    return entry.text_in(lang) if entry is not None else text


def entries_from_cases(cases: tuple[Case, ...]) -> list[CatalogueEntry]:
    return [
        CatalogueEntry(
            id=f"{case.id}#{n}",
            text=inst.text,
            levels=(inst.level,),
            ppp=inst.ppp,
            focus=inst.focus,
            source=case.id,
            source_title=case.title,
        )
        for case in cases
        for n, inst in enumerate(case.instruments, start=1)
    ]


@lru_cache(maxsize=1)
def catalogue() -> tuple[CatalogueEntry, ...]:
    from .library import reference_cases  # the library imports the store; keep this module light

    return tuple(load_patterns() + entries_from_cases(reference_cases()))


def entries_for(
    level: Level,
    *,
    ppp: PPP | None = None,
    focus: Focus | None = None,
    entries: tuple[CatalogueEntry, ...] | None = None,
) -> list[CatalogueEntry]:
    """Entries for one level, optionally one side of the triangle or one focus; patterns first."""
    pool = catalogue() if entries is None else entries
    found = [
        e
        for e in pool
        if level in e.levels and (ppp is None or e.ppp is ppp) and (focus is None or e.focus is focus)
    ]
    return sorted(found, key=lambda e: (not e.is_pattern, e.source_title.lower()))
