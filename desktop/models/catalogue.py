"""The instrument catalogue: the report's cross-case patterns plus every reference case's own
recommendations, each tagged with its level(s), protect/promote/partner and focus.

Case recommendations are read from the reference library itself rather than copied into a
second file, so the catalogue can never disagree with the cases it cites.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from ..paths import data_path
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
    source_title: str  # what to show: "Cross-case pattern (report, Table 2)" or the case title

    @property
    def is_pattern(self) -> bool:
        return self.source == "pattern"

    def as_instrument(self, level: Level) -> Instrument:
        return Instrument(level=level, text=self.text, ppp=self.ppp, focus=self.focus)


PATTERN_SOURCE_TITLE = "Cross-case pattern (report, Table 2)"


def load_patterns() -> list[CatalogueEntry]:
    raw = json.loads(data_path("instrument_patterns.json").read_text(encoding="utf-8"))
    return [
        CatalogueEntry(
            id=p["id"],
            text=p["text"],
            levels=tuple(Level(t) for t in p["levels"]),
            ppp=PPP(p["ppp"]),
            focus=Focus(p["focus"]),
            source="pattern",
            source_title=PATTERN_SOURCE_TITLE,
        )
        for p in raw["patterns"]
    ]


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
