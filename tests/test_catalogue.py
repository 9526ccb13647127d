"""The instrument catalogue (desktop/models/catalogue.py): the report's cross-case patterns plus
every reference case's own recommendations."""

from __future__ import annotations

import itertools
import json

import pytest

from desktop.models.case import Instrument
from desktop.models.catalogue import (
    PATTERN_SOURCE_TITLE,
    CatalogueEntry,
    catalogue,
    entries_for,
    entries_from_cases,
    load_patterns,
)
from desktop.models.library import reference_cases
from desktop.models.scales import PPP, Focus, Level
from desktop.paths import data_path

LEVELS = list(Level)
LEVEL_IDS = [lv.token for lv in LEVELS]


def _raw_patterns() -> list[dict]:
    return json.loads(data_path("instrument_patterns.json").read_text(encoding="utf-8"))["patterns"]


def test_patterns_file_keys_and_tokens_are_valid():
    """Every raw pattern has exactly id, levels, ppp, focus, text, with valid tokens."""
    for raw in _raw_patterns():
        assert set(raw) == {"id", "levels", "ppp", "focus", "text"}, raw.get("id")
        assert raw["levels"], raw["id"]
        assert all(t in Level._value2member_map_ for t in raw["levels"]), raw["id"]
        assert len(raw["levels"]) == len(set(raw["levels"])), raw["id"]
        assert raw["ppp"] in PPP._value2member_map_
        assert raw["focus"] in Focus._value2member_map_


def test_patterns_load_with_valid_enums():
    """Loaded patterns carry real enums, non-empty text and the pattern source."""
    patterns = load_patterns()
    assert patterns
    for entry in patterns:
        assert entry.levels and all(isinstance(lv, Level) for lv in entry.levels)
        assert isinstance(entry.ppp, PPP) and isinstance(entry.focus, Focus)
        assert entry.text.strip()
        assert entry.is_pattern and entry.source == "pattern"
        assert entry.source_title == PATTERN_SOURCE_TITLE


def test_pattern_ids_unique():
    """No two patterns share an id."""
    ids = [e.id for e in load_patterns()]
    assert len(ids) == len(set(ids))


def test_catalogue_ids_unique():
    """Ids are unique across patterns and case entries together."""
    ids = [e.id for e in catalogue()]
    assert len(ids) == len(set(ids))


def test_catalogue_is_patterns_plus_case_entries():
    """The catalogue holds every pattern and one entry per reference-case instrument."""
    entries = catalogue()
    n_instruments = sum(len(c.instruments) for c in reference_cases())
    assert len(entries) == len(load_patterns()) + n_instruments
    assert sum(1 for e in entries if e.is_pattern) == len(load_patterns())


@pytest.mark.parametrize("level", LEVELS, ids=LEVEL_IDS)
def test_each_level_has_a_pattern(level):
    """Each of the four levels of ambition has at least one cross-case pattern."""
    assert any(level in e.levels for e in load_patterns())


@pytest.mark.parametrize("case", reference_cases(), ids=[c.id for c in reference_cases()])
def test_every_reference_instrument_is_in_catalogue(case):
    """Each instrument of each reference case appears in the catalogue with that case as source."""
    entries = [e for e in catalogue() if e.source == case.id]
    assert len(entries) == len(case.instruments)
    for inst in case.instruments:
        match = [
            e
            for e in entries
            if e.text == inst.text and e.levels == (inst.level,) and e.ppp is inst.ppp and e.focus is inst.focus
        ]
        assert match, f"{case.id}: {inst.text!r} missing from the catalogue"
        assert all(e.source_title == case.title and not e.is_pattern for e in match)


def test_case_entries_ids_are_case_scoped():
    """Case entries are numbered <case id>#<n> from 1, in the case's own order."""
    case = reference_cases()[0]
    entries = entries_from_cases((case,))
    assert [e.id for e in entries] == [f"{case.id}#{n}" for n in range(1, len(case.instruments) + 1)]
    assert [e.text for e in entries] == [i.text for i in case.instruments]


@pytest.mark.parametrize("level", LEVELS, ids=LEVEL_IDS)
def test_entries_for_returns_only_that_level(level):
    """entries_for(level) returns exactly the catalogue entries tagged with that level."""
    found = entries_for(level)
    assert found
    assert all(level in e.levels for e in found)
    assert {e.id for e in found} == {e.id for e in catalogue() if level in e.levels}
    assert len(found) == len({e.id for e in found})


@pytest.mark.parametrize("level", LEVELS, ids=LEVEL_IDS)
def test_entries_for_lists_patterns_first(level):
    """Patterns come before case entries; case entries are grouped by case title."""
    found = entries_for(level)
    flags = [e.is_pattern for e in found]
    assert flags == sorted(flags, reverse=True)
    assert flags[0] is True
    titles = [e.source_title.lower() for e in found if not e.is_pattern]
    assert titles == sorted(titles)


@pytest.mark.parametrize(
    ("level", "ppp", "focus"),
    list(itertools.product(LEVELS, [None, *PPP], [None, *Focus])),
    ids=lambda v: "any" if v is None else v.token,
)
def test_entries_for_filters_by_ppp_and_focus(level, ppp, focus):
    """ppp and focus filters keep exactly the matching entries of that level."""
    found = entries_for(level, ppp=ppp, focus=focus)
    expected = {
        e.id
        for e in catalogue()
        if level in e.levels and (ppp is None or e.ppp is ppp) and (focus is None or e.focus is focus)
    }
    assert {e.id for e in found} == expected
    assert all(ppp is None or e.ppp is ppp for e in found)
    assert all(focus is None or e.focus is focus for e in found)


def test_entries_for_protect_curtailment_not_empty():
    """The report's curtailment toolbox (protect) is offered."""
    assert entries_for(Level.CURTAILMENT, ppp=PPP.PROTECT)


def test_entries_for_custom_pool():
    """entries_for can work on a caller's own pool of entries."""
    pool = (
        CatalogueEntry("c#1", "Case tool", (Level.CURTAILMENT,), PPP.PROTECT, Focus.KNOWLEDGE_SECURITY, "c", "Zeta"),
        CatalogueEntry("p1", "Pattern tool", (Level.CURTAILMENT, Level.ABILITY_TO_ACT), PPP.PROMOTE,
                       Focus.COMMERCIALISATION, "pattern", PATTERN_SOURCE_TITLE),
        CatalogueEntry("a#1", "Other case", (Level.CURTAILMENT,), PPP.PARTNER, Focus.RESEARCH_PROMOTION, "a", "alpha"),
    )
    assert [e.id for e in entries_for(Level.CURTAILMENT, entries=pool)] == ["p1", "a#1", "c#1"]
    assert [e.id for e in entries_for(Level.ABILITY_TO_ACT, entries=pool)] == ["p1"]
    assert entries_for(Level.THREAT_PREVENTION, entries=pool) == []
    assert entries_for(Level.CURTAILMENT, ppp=PPP.PARTNER, entries=pool)[0].id == "a#1"


def test_catalogue_entry_as_instrument_is_valid():
    """Every entry turns into a valid Instrument for each of its levels."""
    for entry in catalogue():
        for level in entry.levels:
            inst = entry.as_instrument(level)
            assert isinstance(inst, Instrument)
            assert (inst.level, inst.text, inst.ppp, inst.focus) == (level, entry.text, entry.ppp, entry.focus)
