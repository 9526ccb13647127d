"""Compare, What Changed and the Portfolio's figures in the officer's language (issue 21): the
analysis catalogue is complete and uses the glossary's words; on the reference library every
label, value and sentence they write is French or German, case texts stay as written, and the
English is the app's own text."""

from __future__ import annotations

import csv
import re
import string

import pytest

from desktop.models import language
from desktop.models.analysis_words import count, legend_line, provenance_sentence
from desktop.models.compare import compare_cases
from desktop.models.diff import FIELDS, _lines, _sources, _text, diff_cases, fields, rating_label
from desktop.models.evidence import RATINGS
from desktop.models.figure_names import FIGURES, figure_title
from desktop.models.guide import LEVERAGE_FACTORS
from desktop.models.library import reference_cases
from desktop.models.portfolio_table import BUILDERS, figure_table
from desktop.models.provenance import LEGEND_LINE, sentence
from desktop.models.scales import Level, Pillar, RatingProvenance, Step
from desktop.paths import resource_path

REFERENCE = list(reference_cases())
BY_ID = {c.id: c for c in REFERENCE}
OTHER = ("fr", "de")


def rows() -> list[dict]:
    with open(resource_path("i18n", "analysis.tsv"), encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE))


def fields_of(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def content(case) -> set[str]:
    """A case's own texts: they stay as written in every language."""
    texts = {case.id, case.title, case.technology_area or "", case.summary or "", case.china_dependency or "",
             case.author or "", case.organisation or "", case.strength.rationale or "", case.leverage.rationale or "",
             case.ambition.rationale or "", "\n".join(case.key_facts)}
    return {t.strip() for t in texts if t}


def wordless(text: str) -> bool:
    """Numbers, marks and dashes: the same in every language."""
    return not re.search(r"[^\W\d_]{2,}", text)


# -- the catalogue ------------------------------------------------------------------------------
def test_every_entry_has_french_and_german_with_the_same_parameters():
    found = rows()
    assert found and list(found[0]) == ["key", "en", "fr", "de", "note"]
    keys = [r["key"] for r in found]
    assert len(keys) == len(set(keys))
    for row in found:
        assert row["note"], row["key"]
        for lang in OTHER:
            assert row[lang], (row["key"], lang)
            for end in (0, -1):  # spaces at either end only where the English has them (a suffix)
                assert row[lang][end].isspace() == row["en"][end].isspace(), (row["key"], lang)
            assert fields_of(row[lang]) == fields_of(row["en"]), (row["key"], lang)


def test_counts_have_both_forms_and_follow_each_language():
    keys = {r["key"] for r in rows()}
    for key in keys:
        if key.endswith(".one"):
            assert key[:-4] + ".other" in keys, key
    assert count("case", 1, "en") == "1 case" and count("case", 3, "en") == "3 cases"
    assert count("case", 10000, "en") == "10000 cases"  # English as before: no thousands separator
    assert count("case", 3, "de") == "3 Fälle" and count("case", 0, "fr") == "0 cas"
    assert count("case", 10000, "de") == "10.000 Fälle"


def test_the_figure_names_are_the_glossarys_words():
    assert [figure_title(n) for n in FIGURES] == list(FIGURES.values())
    assert figure_title("leverage", "de") == language.term("term.degree_of_leverage", "de")
    assert figure_title("strength-types", "fr") == language.term("term.types_of_strength", "fr")
    for name in FIGURES:
        assert figure_title(name, "de") != FIGURES[name] and figure_title(name, "fr") != FIGURES[name]


def test_provenance_words_match_the_shared_english_ones():
    assert legend_line("en") == LEGEND_LINE
    for p in RatingProvenance:
        assert provenance_sentence(p, "en") == sentence(p)
    assert "wie im Bericht veröffentlicht" in legend_line("de")
    assert "Cas de référence" in provenance_sentence(RatingProvenance.PUBLISHED, "fr")


# -- Compare ------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", OTHER)
def test_a_comparison_of_reference_cases_is_written_in_the_language(lang):
    cases = [BY_ID["dpc2024-lithography"], *[c for c in REFERENCE if c.id != "dpc2024-lithography"][:3]]
    english, other = compare_cases(cases), compare_cases(cases, lang)
    assert [r.values for r in english.rows] == [r.values for r in other.rows]  # the same differences
    assert [r.differs for r in english.rows] == [r.differs for r in other.rows]
    assert other.summary() != english.summary()
    assert [s.title for s in other.sections] == [language.label(Step.BASICS, lang),
                                                 *(f"{s.rank} · {language.label(s, lang)}" for s in list(Step)[1:])]
    kept = set().union(*(content(c) for c in cases))
    labels = {r.label for r in other.rows}
    assert language.label(Pillar.IP_PATENTS, lang) in labels
    assert language.term("term.degree_of_leverage", lang) in labels
    for old, new in zip(english.rows, other.rows):
        allowed = {"Organisation", "Status"} if lang == "de" else {"Organisation"}  # German and French say so too
        assert new.label != old.label or new.label in allowed, new.label
        for was, now in zip(old.texts, new.texts):
            if now in kept or wordless(now) or now == was and now.strip() in kept:
                continue
            if old.section is Step.INSTRUMENTS:  # "[Protect] text": the tag translated, the text as written
                pairs = list(zip(was.split("\n"), now.split("\n")))
                assert all(b.split("] ", 1)[1] == a.split("] ", 1)[1] and a != b for a, b in pairs), pairs
                continue
            assert now != was, (new.label, now)


def test_english_comparison_is_the_apps_own_text():
    comparison = compare_cases(REFERENCE[:2])
    assert comparison.sections[0].title == "Basics" and comparison.sections[2].title == "2 · Leverage"
    labels = [r.label for r in comparison.rows]
    assert "Feasibility: ability to deny" in labels and "Entanglement ↔ autonomy" in labels
    assert comparison.summary().endswith("steps") or comparison.summary() == "No differences"


# -- What Changed --------------------------------------------------------------------------------
def test_the_rating_names_are_evidences_own_in_english():
    for path, name in RATINGS.items():
        assert rating_label(path) == name, path
    for name, (label, _help) in LEVERAGE_FACTORS.items():
        assert rating_label(f"leverage.{name}") == label


@pytest.mark.parametrize("lang", OTHER)
def test_a_diff_between_two_reference_cases_is_written_in_the_language(lang):
    old, new = BY_ID["dpc2024-lithography"], REFERENCE[0] if REFERENCE[0].id != "dpc2024-lithography" else REFERENCE[1]
    english = diff_cases(old, new)
    other = diff_cases(old, new, lang=lang, from_label="a", to_label="b")
    assert [r.path for r in english.rows] == [r.path for r in other.rows]  # the same changes
    assert [s.title for s in other.sections] != [s.title for s in english.sections]
    kept = content(old) | content(new)
    texts = {path for _, path, _, render in FIELDS if render in (_text, _lines, _sources)}  # case texts
    for was, now in zip(english.rows, other.rows):
        assert now.label != was.label or now.label in {"Organisation", "Status"}, now.label
        for before, after in ((was.old, now.old), (was.new, now.new)):
            if after in kept or wordless(after) or " ".join(after.split()) in {" ".join(k.split()) for k in kept}:
                continue
            if was.path.startswith("instruments.") or was.path in texts:
                continue  # case texts (an instrument's text) stay as written
            assert after != before, (now.label, after)
    text = other.text()
    assert text.splitlines()[0].startswith(new.title)
    assert {"de": "Änderungen", "fr": "modifications"}[lang] in text


def test_the_field_table_has_one_label_per_field_in_every_language():
    for lang in language.LANGUAGES:
        table = fields(lang)
        assert [p for _, p, _, _ in table] == [p for _, p, _, _ in FIELDS]
        assert len({label for _, _, label, _ in table}) == len({label for _, _, label, _ in FIELDS})
    assert rating_label(f"ambition.feasibility.{Level.CURTAILMENT.value}", "de") == "Eindämmung — Machbarkeit"


# -- the Portfolio's figures as tables ---------------------------------------------------------------
@pytest.mark.parametrize("lang", OTHER)
@pytest.mark.parametrize("name", list(BUILDERS))
def test_every_figure_table_is_written_in_the_language(name, lang):
    english, other = figure_table(name, REFERENCE), figure_table(name, REFERENCE, lang)
    assert len(english.rows) == len(other.rows) and english.rows
    assert other.summary != english.summary
    assert all(new != old or new in {"Instruments", "Commercialisation"} and lang == "fr"  # French says so too
               for new, old in zip(other.columns, english.columns)), other.columns
    assert other.legend != english.legend or not english.legend
    titles = {c.title for c in REFERENCE}
    for old_row, new_row in zip(english.rows, other.rows):
        for old, new in zip(old_row.cells, new_row.cells):
            if wordless(new.text) or new.spoken in titles or new.text in titles:
                continue
            if new.text == old.text:  # the case label (a title, as written) or a shared word
                assert new.text in {c.cells[0].text for c in english.rows} or (
                    lang == "fr" and new.text.startswith("Commercialisation")), new.text
            elif old.spoken:
                assert new.spoken != old.spoken


def test_english_figure_tables_keep_their_words():
    table = figure_table("leverage", REFERENCE)
    assert table.columns == ("Case", "Degree of European leverage")
    assert table.summary.startswith("12 cases; degree of leverage: high 1")
    assert figure_table("instruments", REFERENCE).columns[-2:] == ("Focus (Table 2)", "Instruments (Table 2)")
