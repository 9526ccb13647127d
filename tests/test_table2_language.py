"""Issue 21, Table 2 in the reader's language: the report's frequently mentioned instruments per
level of ambition in French and German (resources/i18n/table2.tsv), in the glossary's words for
the framework, one instrument one name; English exactly as before; a reference case's own
recommendations stay as written (content)."""

from __future__ import annotations

import csv
import json
import re

import pytest

from desktop.models import language
from desktop.models.catalogue import (
    PATTERN_CAVEAT,
    catalogue,
    load_patterns,
    pattern_caveat,
    pattern_source_title,
    table2,
    table2_label,
)
from desktop.models.library import reference_cases
from desktop.models.scales import PPP, Level
from desktop.paths import data_path, resource_path

LANGS = ("fr", "de")


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^}]*\}", text))


def test_the_table2_catalogue_is_complete_and_follows_the_patterns_file():
    with open(resource_path("i18n", "table2.tsv"), encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert list(rows[0]) == ["key", "en", "fr", "de", "note"]
    keys = [r["key"] for r in rows]
    assert len(keys) == len(set(keys))
    for row in rows:
        assert all(row[lang] and row[lang] == row[lang].strip() for lang in language.LANGUAGES), row["key"]
        assert row["note"], row["key"]
        assert placeholders(row["fr"]) == placeholders(row["en"]) == placeholders(row["de"]), row["key"]
        assert row["fr"] != row["en"] and row["de"] != row["en"], row["key"]  # translated, not copied
    raw = json.loads(data_path("instrument_patterns.json").read_text(encoding="utf-8"))
    patterns = {p["id"]: p["text"] for c in raw["columns"] for p in c["instruments"]}
    texts = language.catalogue("table2")
    assert {k.removeprefix("pattern.") for k in texts if k.startswith("pattern.")} == set(patterns)
    for pattern_id, text in patterns.items():
        assert texts[f"pattern.{pattern_id}"]["en"] == text  # the file's (the report's) wording
    for column in raw["columns"]:
        if column["ppp_note"]:
            assert texts[f"ppp_note.{column['level']}"]["en"] == column["ppp_note"]
    assert texts["table2.caveat"]["en"] == PATTERN_CAVEAT


@pytest.mark.parametrize("lang", LANGS)
def test_one_instrument_has_one_name_in_every_column(lang):
    """An instrument Table 2 lists in several columns (inbound investment screening: three) reads
    the same in each."""
    names: dict[str, set[str]] = {}
    for entry in load_patterns():
        names.setdefault(entry.text, set()).add(entry.text_in(lang))
    assert all(len(found) == 1 for found in names.values()), names


@pytest.mark.parametrize("lang", LANGS)
def test_table2_speaks_the_glossarys_words(lang):
    for column in table2():
        level = language.label(column.level, lang)
        assert level.casefold() in table2_label(column.level, lang).casefold()
        assert language.term("term.table_2", lang) in table2_label(column.level, lang)
        assert table2_label(column.level, lang) in pattern_source_title(column.level, lang)
        for tag in column.ppp:
            assert language.label(tag, lang).casefold() in column.ppp_text_in(lang).casefold()
        for tag in column.focus:
            assert language.label(tag, lang).casefold() in column.focus_text_in(lang).casefold()
    act = next(c for c in table2() if c.level is Level.ABILITY_TO_ACT)
    assert language.label(PPP.PARTNER, lang).casefold() in act.ppp_text_in(lang).split("(")[1].casefold()
    assert "Dual-Use" in load_patterns()[0].text_in("de") and "double usage" in load_patterns()[0].text_in("fr")
    assert pattern_caveat(lang) != PATTERN_CAVEAT


def test_english_is_what_it_was():
    for column in table2():
        assert table2_label(column.level) == table2_label(column.level, "en") == f"Table 2, {column.level.label.lower()}"
        assert column.ppp_text_in("en") == column.ppp_text and column.focus_text_in("en") == column.focus_text
        for entry in column.entries:
            assert entry.text_in("en") == entry.text and entry.source_title_in("en") == entry.source_title
    assert pattern_caveat("en") == PATTERN_CAVEAT


def test_a_reference_cases_recommendations_stay_as_written():
    case = reference_cases()[0]
    mine = [e for e in catalogue() if e.source == case.id]
    assert mine and all(e.text_in("de") == e.text and e.source_title_in("fr") == case.title for e in mine)


def _with_a_pattern():
    """A reference case that also takes one Table 2 pattern (stored in the report's English)."""
    from desktop.models.case import Instrument

    case = reference_cases()[0]
    pattern = load_patterns()[0]
    instruments = [*case.instruments, Instrument(level=pattern.column, text=pattern.text, ppp=pattern.ppp, focus=pattern.focus)]
    return case.model_copy(update={"instruments": instruments}), pattern


@pytest.mark.parametrize("lang", LANGS)
def test_a_pattern_a_case_takes_reads_in_the_readers_language(lang):
    """Stored in English (the rules and the report's cases match that wording), read translated —
    in a scorecard, as every other Table 2 pattern; the case's own recommendations as written."""
    from desktop.models.catalogue import instrument_text_in
    from desktop.models.scorecard import ScorecardOptions, build_scorecard

    case, pattern = _with_a_pattern()
    assert instrument_text_in(pattern.text, lang) == pattern.text_in(lang) != pattern.text
    assert instrument_text_in(pattern.text, "en") == pattern.text
    own = case.instruments[0].text
    assert instrument_text_in(own, lang) == own
    card = build_scorecard(case, date="2026-12-03", version="test", options=ScorecardOptions(language=lang))
    shown = [text for column in card.levels for _ppp, text in column.recommendations]
    assert pattern.text_in(lang) in shown and pattern.text not in shown and own in shown
    english = build_scorecard(case, date="2026-12-03", version="test")
    assert pattern.text in [text for column in english.levels for _ppp, text in column.recommendations]


def test_the_wizard_and_the_summary_show_a_taken_pattern_translated(qapp):
    from desktop.views import translation
    from desktop.views.browser.summary_html import case_to_html
    from desktop.views.literal import escape_html
    from desktop.views.wizard.instrument_models import InstrumentTableModel

    case, pattern = _with_a_pattern()
    translation.install(qapp, "de")
    try:
        model = InstrumentTableModel()
        model.set_rows(list(case.instruments))
        texts = [model.data(model.index(row, InstrumentTableModel.COL_TEXT)) for row in range(model.rowCount())]
        assert pattern.text_in("de") in texts and pattern.text not in texts
        html = case_to_html(case)
        assert escape_html(pattern.text_in("de")) in html and escape_html(pattern.text) not in html
    finally:
        translation.install(qapp, "en")
