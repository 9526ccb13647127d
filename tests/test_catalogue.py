"""The instrument catalogue (desktop/models/catalogue.py): the report's cross-case patterns (its
Table 2, column by column, exactly as SPEC.md §2 Step 4 lists it) plus every reference case's own
recommendations."""

from __future__ import annotations

import itertools
import json
import os
from pathlib import Path

import pytest

from desktop.models.case import Instrument
from desktop.models.catalogue import (
    PATTERN_CAVEAT,
    CatalogueEntry,
    PatternFileError,
    _column,
    catalogue,
    entries_for,
    entries_from_cases,
    load_patterns,
    pattern_source_title,
    table2,
    table2_column,
    table2_label,
)
from desktop.models.library import reference_cases
from desktop.models.scales import PPP, Focus, Level
from desktop.paths import data_path

LEVELS = list(Level)
LEVEL_IDS = [lv.token for lv in LEVELS]
TP, DENY, ACT, CURT = LEVELS

# SPEC.md §2 Step 4, the report's Table 2, transcribed cell by cell (items of a cell in its order)
TABLE2_INSTRUMENTS = {
    TP: [
        "identify dual-use goods, establish a risk tracker",
        "export controls",
        "inbound investment screening",
        "outbound investment screening",
        "strengthen oversight and enforcement",
    ],
    DENY: [
        "strengthen European research (public funding, tax incentives, academic–commercial collaboration)",
        "deepen the Single Market / UK market for quicker roll-out (tax incentives, public procurement)",
        "more cooperation with third countries incl. free trade agreements",
        "allow European companies to engage and partner in China",
        "regulatory and standards engagement in Europe and internationally",
        "inbound investment screening",
        "consistent enforcement of IP rights",
    ],
    ACT: [
        "strengthened European research coupled with research collaboration with third countries",
        "coordinated industrial policy and roll-out incentives in Europe and like-minded third countries",
        "digital free trade agreements",
        "deepen the Single Market / UK market (tax incentives, public procurement)",
        "public high-risk/high-gain investment",
        "active talent attraction",
        "strong commitment to norms and standards in the EU, internationally and in China",
        "strong enforcement of international principles (anti-dumping, anti-subsidy, IP enforcement) with third countries",
        "targeted outbound investment screening",
        "inbound investment screening",
    ],
    CURT: [
        "export controls",
        "outbound investment screening",
        "IP rights enforcement",
        "strategies to buffer European companies' economic losses",
    ],
}
TABLE2_PPP = {  # the protect / promote / partner row, and its note
    TP: ([PPP.PROTECT], None),
    DENY: ([PPP.PROMOTE, PPP.PARTNER], None),
    ACT: ([PPP.PROTECT, PPP.PROMOTE, PPP.PARTNER], "strong emphasis on partner"),
    CURT: ([PPP.PROTECT], None),
}
TABLE2_FOCUS = {  # the "source of strength in focus" row
    TP: [Focus.KNOWLEDGE_SECURITY],
    DENY: [Focus.RESEARCH_PROMOTION, Focus.COMMERCIALISATION],
    ACT: [Focus.RESEARCH_PROMOTION, Focus.KNOWLEDGE_SECURITY, Focus.COMMERCIALISATION],
    CURT: [Focus.KNOWLEDGE_SECURITY],
}
SPEC = Path(os.environ.get("RDW_SPEC", "/work/shared/SPEC.md"))


def _raw() -> dict:
    return json.loads(data_path("instrument_patterns.json").read_text(encoding="utf-8"))


def _raw_patterns() -> list[dict]:
    return [p for column in _raw()["columns"] for p in column["instruments"]]


def _as_in_table(text: str) -> str:
    """The entry's text as the table's cell words it (the file capitalises the first letter)."""
    return text[0].lower() + text[1:] if text[1:2].islower() else text


def test_patterns_file_keys_and_tokens_are_valid():
    """The file is the cited source plus one column per level, in order; every column and every
    instrument has exactly the expected keys, with valid tokens."""
    raw = _raw()
    assert set(raw) == {"source", "columns"}
    assert "Table 2" in raw["source"] and "Reverse Dependency" in raw["source"] and "Rühlig" in raw["source"]
    assert [c["level"] for c in raw["columns"]] == [lv.value for lv in LEVELS]
    for column in raw["columns"]:
        assert set(column) == {"level", "ppp", "ppp_note", "ppp_minor", "ppp_minor_note", "focus", "instruments"}
        assert all(t in PPP._value2member_map_ for t in column["ppp"] + column["ppp_minor"])
        assert all(t in Focus._value2member_map_ for t in column["focus"])
        assert (column["ppp_minor_note"] is None) == (not column["ppp_minor"])
    for raw_entry in _raw_patterns():
        assert set(raw_entry) == {"id", "ppp", "focus", "text"}, raw_entry.get("id")
        assert raw_entry["ppp"] in PPP._value2member_map_
        assert raw_entry["focus"] in Focus._value2member_map_


@pytest.mark.parametrize("level", LEVELS, ids=LEVEL_IDS)
def test_patterns_file_is_table_2_column_by_column(level):
    """Each column holds exactly the instruments Table 2 lists for its level, one entry each, in
    the table's order and wording, with the table's protect / promote / partner and focus rows."""
    column = next(c for c in _raw()["columns"] if c["level"] == level.value)
    assert [_as_in_table(p["text"]) for p in column["instruments"]] == TABLE2_INSTRUMENTS[level]
    assert [PPP(t) for t in column["ppp"]] == TABLE2_PPP[level][0]
    assert column["ppp_note"] == TABLE2_PPP[level][1]
    assert [Focus(t) for t in column["focus"]] == TABLE2_FOCUS[level]
    loaded = table2_column(level)
    assert [e.text for e in loaded.entries] == [p["text"] for p in column["instruments"]]
    assert list(loaded.ppp) == TABLE2_PPP[level][0] and loaded.ppp_note == TABLE2_PPP[level][1]
    assert list(loaded.focus) == TABLE2_FOCUS[level]


def test_table_2_column_sizes():
    """Act lists 10 instruments, deny 7, threat prevention 5, curtailment 4 (not 15 for act: the
    deny column is not repeated under act)."""
    sizes = {column.level: len(column.entries) for column in table2()}
    assert sizes == {TP: 5, DENY: 7, ACT: 10, CURT: 4}
    assert len(load_patterns()) == 26


def test_table_2_rows_as_worded():
    """The rows read as the table words them, the act note included."""
    assert [c.ppp_text for c in table2()] == [
        "protect", "promote, partner", "protect, promote, partner (strong emphasis on partner)", "protect"]
    assert [c.focus_text for c in table2()] == [
        "knowledge security", "research promotion, commercialisation",
        "research promotion, knowledge security, commercialisation", "knowledge security"]


def test_patterns_file_matches_the_spec_table():
    """When SPEC.md is at hand, its Table 2 (§2 Step 4) and the file agree cell by cell."""
    if not SPEC.is_file():
        pytest.skip(f"{SPEC} not available")
    text = SPEC.read_text(encoding="utf-8")
    rows = {}
    for line in text.split("### Step 4", 1)[1].split("\n"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0] and not set(cells[0]) <= {"-"}:
            rows[cells[0]] = cells[1:]
    spec_items = [[item.strip() for item in cell.split(";")] for cell in rows["frequently mentioned instruments"]]
    assert spec_items == [TABLE2_INSTRUMENTS[lv] for lv in LEVELS]
    assert rows["protect / promote / partner"] == [c.ppp_text for c in table2()]
    assert rows["source of strength in focus"] == [c.focus_text for c in table2()]


def test_an_instrument_belongs_to_the_columns_that_list_it_and_no_other():
    """A pattern has one level, its column's; an instrument in several columns (inbound investment
    screening: three) is one entry per column; none of deny's extra instruments is offered for act."""
    for column in table2():
        assert all(e.levels == (column.level,) for e in column.entries)
    by_text: dict[str, set[Level]] = {}
    for entry in load_patterns():
        by_text.setdefault(entry.text, set()).update(entry.levels)
    assert by_text["Inbound investment screening"] == {TP, DENY, ACT}
    assert by_text["Export controls"] == {TP, CURT}
    assert by_text["Outbound investment screening"] == {TP, CURT}
    for level in LEVELS:
        listed = {t[0].upper() + t[1:] for t in TABLE2_INSTRUMENTS[level]}
        assert {text for text, levels in by_text.items() if level in levels} == listed
    act_texts = {e.text for e in table2_column(ACT).entries}
    assert "Allow European companies to engage and partner in China" not in act_texts
    assert "Consistent enforcement of IP rights" not in act_texts


@pytest.mark.parametrize("level", LEVELS, ids=LEVEL_IDS)
def test_pattern_tags_are_consistent_with_their_column(level):
    """Every entry's focus is in its column's focus row; its protect / promote / partner tag is in
    the column's row, or (deny only) protect, the report's "minor protect tools"."""
    column = table2_column(level)
    for entry in column.entries:
        assert entry.focus in column.focus, entry.id
        assert entry.ppp in column.ppp + column.ppp_minor, entry.id
    if level is DENY:
        assert column.ppp_minor == (PPP.PROTECT,) and "minor protect tools" in column.ppp_minor_note
        protect = [e.text for e in column.entries if e.ppp is PPP.PROTECT]
        assert protect == ["Inbound investment screening", "Consistent enforcement of IP rights"]
    else:
        assert column.ppp_minor == ()
    # every tag of the rows is used by at least one entry of the column
    assert {e.ppp for e in column.entries} >= set(column.ppp)
    assert {e.focus for e in column.entries} == set(column.focus)


def test_pattern_tag_choices():
    """The tags chosen per entry for the multi-tag columns (README: "Instrument catalogue")."""
    tags = {(e.levels[0], e.text): (e.ppp, e.focus) for e in load_patterns()}
    assert tags[(DENY, "Strengthen European research (public funding, tax incentives, academic–commercial collaboration)")] == (
        PPP.PROMOTE, Focus.RESEARCH_PROMOTION)
    assert tags[(DENY, "More cooperation with third countries incl. free trade agreements")] == (
        PPP.PARTNER, Focus.COMMERCIALISATION)
    assert tags[(ACT, "Targeted outbound investment screening")] == (PPP.PROTECT, Focus.KNOWLEDGE_SECURITY)
    assert tags[(ACT, "Public high-risk/high-gain investment")] == (PPP.PROMOTE, Focus.RESEARCH_PROMOTION)
    act = table2_column(ACT).entries  # "strong emphasis on partner": partner is the most frequent tag
    counts = {tag: sum(e.ppp is tag for e in act) for tag in PPP}
    assert counts == {PPP.PROTECT: 3, PPP.PROMOTE: 3, PPP.PARTNER: 4}
    assert all(tags[(lv, t)] == (PPP.PROTECT, Focus.KNOWLEDGE_SECURITY) for lv, t in tags if lv in (TP, CURT))


def test_a_pattern_outside_its_column_rows_is_refused():
    """The loader refuses an entry whose tags its column's rows do not allow."""
    column = {"level": "curtailment", "ppp": ["protect"], "ppp_note": None, "ppp_minor": [], "ppp_minor_note": None,
              "focus": ["knowledge_security"],
              "instruments": [{"id": "x", "ppp": "promote", "focus": "knowledge_security", "text": "X"}]}
    with pytest.raises(PatternFileError, match="protect / promote / partner row"):
        _column(column)
    column["instruments"][0].update(ppp="protect", focus="commercialisation")
    with pytest.raises(PatternFileError, match="focus row"):
        _column(column)


def test_patterns_load_with_valid_enums():
    """Loaded patterns carry real enums, non-empty text and the pattern source of their column."""
    patterns = load_patterns()
    assert patterns
    for entry in patterns:
        assert len(entry.levels) == 1 and isinstance(entry.levels[0], Level)
        assert isinstance(entry.ppp, PPP) and isinstance(entry.focus, Focus)
        assert entry.text.strip()
        assert entry.is_pattern and entry.source == "pattern"
        assert entry.source_title == pattern_source_title(entry.levels[0])


@pytest.mark.parametrize("level", LEVELS, ids=LEVEL_IDS)
def test_each_pattern_source_label_names_its_column(level):
    """A pattern's source label says "Table 2, <its level>", and names no other column."""
    assert table2_label(level) == f"Table 2, {level.label.lower()}"
    for entry in table2_column(level).entries:
        assert table2_label(level) in entry.source_title
        assert "report" in entry.source_title
        others = [lv for lv in LEVELS if lv is not level]
        assert not any(table2_label(other) in entry.source_title for other in others)
    assert pattern_source_title(Level.ABILITY_TO_ACT) == "Cross-case pattern (report, Table 2, ability to act)"


def test_the_caveat_is_the_reports():
    """The prose caveat offered with the patterns says what SPEC says."""
    assert "not every pattern matters in every case" in PATTERN_CAVEAT
    assert "case-specific instruments matter" in PATTERN_CAVEAT


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
                       Focus.COMMERCIALISATION, "pattern", pattern_source_title(Level.CURTAILMENT)),
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
