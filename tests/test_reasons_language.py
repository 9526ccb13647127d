"""The rules' reasons, the review's findings, completeness items and the sensitivity texts in
English, French and German (issue 21): every template of reasons.tsv and findings.tsv has all
three languages with the same parameters, English is byte for byte what it was before the
sentences became templates (tests/data/reasons_en.json, taken first), and French and German
write every sentence of every reference case in their own words, with the glossary's names of
the framework values involved."""

from __future__ import annotations

import copy
import csv
import json
import pickle
import re
import string
from enum import Enum

import pytest
from reasons_snapshot import SNAPSHOT, collect, variants
from rules_helpers import CHOKEPOINT, make_case, pillars

from desktop.models import language
from desktop.models.completeness import missing
from desktop.models.language import Phrase, catalogue, label
from desktop.models.library import reference_cases
from desktop.models.review import review
from desktop.models.rules import effective_leverage, suggest_case, suggest_instruments_for, target_levels
from desktop.models.rules.wording import Names, Shown, Term
from desktop.models.scales import Level, LeverageDegree, Step
from desktop.models.sensitivity import analyse, format_text
from desktop.paths import resource_path

CATALOGUES = ("reasons", "findings")
OTHERS = ("fr", "de")
# words that would betray an English sentence left in a French or German template
ENGLISH_WORDS = {"the", "and", "is", "not", "with", "rated", "would", "could", "needs", "which", "if", "no"}


def rows(name: str) -> list[dict[str, str]]:
    with open(resource_path("i18n", f"{name}.tsv"), encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE))


def fields(template: str) -> set[tuple[str, str]]:
    """A template's parameters with their number formats ("points", "+g")."""
    return {(name, spec or "") for _text, name, spec, _conv in string.Formatter().parse(template) if name is not None}


# -- the catalogues ------------------------------------------------------------------------
@pytest.mark.parametrize("name", CATALOGUES)
def test_every_template_has_french_and_german_with_the_same_parameters(name):
    found = rows(name)
    assert found and list(found[0]) == ["key", "en", "fr", "de", "note"]
    keys = [r["key"] for r in found]
    assert len(keys) == len(set(keys))
    for row in found:
        for lang in OTHERS:
            assert row[lang] and row[lang] == row[lang].strip(), (row["key"], lang)
            assert fields(row[lang]) == fields(row["en"]), (row["key"], lang)
            if row["en"] not in ("{value}", "{label}: {before} → {after}", "{target}: {value}"):
                assert row[lang] != row["en"], (row["key"], lang)
            words = set(re.findall(r"[a-z]+", re.sub(r"\{[^}]*\}", "", row[lang])))
            assert not words & ENGLISH_WORDS, (row["key"], lang, words & ENGLISH_WORDS)


def test_names_inside_sentences_are_the_glossarys():
    """The factors named in completeness items and the reasons are the glossary's terms."""
    for key, texts in catalogue("findings").items():
        if key.startswith("factor."):
            glossary = catalogue("glossary")["term." + key.removeprefix("factor.")]
            assert texts["de"] == glossary["de"], key
            for lang in ("en", "fr"):
                assert texts[lang] == glossary[lang][0].lower() + glossary[lang][1:], (key, lang)
    assert catalogue("findings")["check.degree"] == catalogue("glossary")["term.degree_of_leverage"]
    reasons = catalogue("reasons")
    for key in ("substitutability", "foreign_availability", "effective_utilisation", "spillover_damage"):
        assert reasons[f"factor.{key}"]["de"] == language.term(f"term.{key}", "de"), key
        assert language.term(f"term.{key}", "fr").lower() in reasons[f"factor.{key}"]["fr"], key


# -- English unchanged ---------------------------------------------------------------------
def test_english_is_byte_for_byte_what_it_was():
    """Every sentence of the 12 reference cases and of each single-input variant of them, and
    their sensitivity reports, as they were before the sentences became templates."""
    before = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    now = collect()
    assert set(now["sentences"]) - set(before["sentences"]) == set()
    assert set(before["sentences"]) - set(now["sentences"]) == set()
    assert now["digests"] == before["digests"]
    assert now["sensitivity"] == before["sensitivity"]


# -- French and German for real cases -------------------------------------------------------
def members(phrase) -> list[Enum]:
    """The framework values a sentence names, through its parameters and nested phrases."""
    if isinstance(phrase, Names):
        return [m for item in phrase.items for m in (members(item) if isinstance(item, Phrase) else [item])
                if isinstance(m, Enum)]
    if isinstance(phrase, Shown):
        return [phrase.value] if isinstance(phrase.value, Enum) else []
    if isinstance(phrase, Phrase):
        return [m for v in phrase.params.values() for m in (members(v) if isinstance(v, Phrase) else [v])
                if isinstance(m, Enum)]
    return []


def check(phrase) -> None:
    """``phrase`` in French and German: its own sentence (never the English), no template left
    unfilled, and the glossary's name of each framework value it names."""
    assert isinstance(phrase, Phrase), phrase
    for lang in OTHERS:
        text = phrase.in_language(lang)
        assert text != str(phrase), (lang, text)
        assert "{" not in text and "}" not in text, text
        for member in members(phrase):
            assert label(member, lang).casefold() in text.casefold(), (lang, member, text)


def crafted_cases() -> list:
    """Cases that reach the sentences the reference cases and their variants do not."""
    no_strength = make_case(leverage=CHOKEPOINT, strength={"pillars": pillars(present=False), "types": []})
    unrated_strength = make_case(leverage=CHOKEPOINT, strength={"pillars": pillars(stance=None, likelihood=None)})
    deny, curtail = Level.ABILITY_TO_DENY.value, Level.CURTAILMENT.value
    contradicted = make_case(
        leverage={**CHOKEPOINT, "degree": "low"},
        ambition={"chosen_level": curtail, "feasibility": {curtail: "not_feasible"}},
        instruments=[{"level": curtail, "text": "Export controls", "ppp": "protect", "focus": "knowledge_security"}],
        overrides=[{"field": "leverage.degree", "suggested": "medium", "value": "low", "reason": "we know better"}])
    protect_heavy = make_case(
        leverage=CHOKEPOINT, ambition={"chosen_level": deny},
        instruments=[{"level": deny, "text": f"Shield {n}", "ppp": "protect", "focus": "knowledge_security"}
                     for n in range(3)])
    elsewhere = make_case(
        leverage=CHOKEPOINT, ambition={"chosen_level": deny},
        instruments=[{"level": "ability_to_act", "text": "Fund", "ppp": "promote", "focus": "research_promotion"}])
    return [no_strength, unrated_strength, contradicted, protect_heavy, elsewhere]


def sentences(case) -> list:
    """Every sentence the rules, the review and completeness write about ``case``."""
    result = suggest_case(case)
    out = [*result["leverage"]["reasons"], *(r for s in result["feasibility"].values() for r in s["reasons"])]
    out += [i["reason"] for i in result["instruments"]]
    out += [s.reason for lv in Level for s in suggest_instruments_for(case, lv, same_area_only=False)]
    out += [target_levels(case)[1], effective_leverage(case)[1]]
    out += [f.message for f in review(case)] + [t for step in Step for t in missing(case, step)]
    return out


@pytest.mark.parametrize("case", reference_cases(), ids=lambda c: c.id)
def test_a_reference_cases_reasons_in_french_and_german(case):
    result = suggest_case(case)
    reasons = [*result["leverage"]["reasons"], *(r for s in result["feasibility"].values() for r in s["reasons"])]
    reasons += [i["reason"] for i in result["instruments"]]
    assert reasons
    for reason in reasons:
        check(reason)
    for sentence in sentences(case):
        check(sentence)


def test_every_template_is_written_in_french_and_german_somewhere():
    """The reference cases, each single-input variant of them and the crafted cases together
    use every template of both catalogues; each sentence checked in French and German."""
    used: set[tuple[str, str]] = set()

    def walk(phrase) -> None:
        if isinstance(phrase, Names):
            for item in phrase.items:
                walk(item)
        elif isinstance(phrase, Phrase) and not isinstance(phrase, (Shown, Term)):
            used.add((phrase.catalogue, phrase.key))
            for value in phrase.params.values():
                walk(value)

    seen: set[str] = set()
    for case in [c for _name, c in variants()] + crafted_cases():
        for sentence in sentences(case):
            walk(sentence)
            if sentence not in seen:  # the same English sentence is checked once
                seen.add(sentence)
                check(sentence)
        result = analyse(case)
        for phrase in (result.basis_note(), *(f.change.describe() for f in result.flips),
                       *(f.change.steps_text() for f in result.flips if f.change.steps is not None),
                       *(f.mark() for f in result.flips if f.before is None or f.after is None)):
            walk(phrase)
            check(phrase)
        for lang in OTHERS:
            format_text(result, lang)
    for phrase in (analyse(reference_cases()[0]).flips[0].change.label,):
        walk(phrase)
    from desktop.models import sensitivity

    for value in (None, True, False):
        for ticked in (True, False):
            walk(sensitivity.value_label(value, ticked))
    walk(sensitivity.finding("stable"))
    lithography = next(c for c in reference_cases() if c.id == "dpc2024-lithography")
    walk(sensitivity.finding("format.title", title=lithography.title))
    for flip in analyse(lithography).flips:
        walk(flip.change.label)
    from desktop.models.evidence import why_not_higher

    empty = next(c for name, c in variants() if name == "empty")  # a level with no suggestion yet
    for case in (lithography, empty):  # why not one level higher: evidence.change_sentence
        for hold in why_not_higher(case):
            for line in hold.would_change:
                walk(line)
                check(line)
    for key in ("format.computed", "format.target", "flip.line", "flip.line_steps", "value.no_suggestion"):
        used.add(("findings", key))  # written by format_text, checked line by line below
    for name in CATALOGUES:
        assert set(catalogue(name)) - {key for cat, key in used if cat == name} == set(), name


@pytest.mark.parametrize("case", reference_cases(), ids=lambda c: c.id)
def test_the_sensitivity_report_in_french_and_german(case):
    english = format_text(analyse(case)).splitlines()
    for lang in OTHERS:
        other = format_text(analyse(case), lang).splitlines()
        assert len(other) == len(english)
        for en, text in zip(english, other):
            assert (en == text) == (en == ""), (lang, en, text)
    german = format_text(analyse(case), "de")
    assert "Grad der Hebelwirkung: " in german and "Verweigerungsfähigkeit: " in german


def test_a_flip_line_names_the_values_in_the_language():
    lithography = next(c for c in reference_cases() if c.id == "dpc2024-lithography")
    result = analyse(lithography)
    text = format_text(result, "fr").replace("\u00a0", " ")  # French: a no-break space before a colon
    assert "substituabilité : très difficile → facile (-3 échelons)" in text
    assert "Degré de levier : élevé" in text
    assert result.basis_note("de").startswith("Handlungsfähigkeit und Eindämmung beruhen auf Ihrem Grad der Hebelwirkung (Hoch)")


def test_numbers_are_written_as_each_language_writes_them():
    lithography = next(c for c in reference_cases() if c.id == "dpc2024-lithography")
    reasons = suggest_case(lithography)["leverage"]["reasons"]
    score = next(r for r in reasons if r.startswith("Leverage score"))
    assert score == "Leverage score 4.5 suggests high leverage."
    assert score.in_language("fr") == "Un score de levier de 4,5 suggère un degré de levier élevé."
    assert score.in_language("de") == "Der Hebelwert 4,5 spricht für den Grad der Hebelwirkung „Hoch“."


def test_a_list_of_names_is_one_parameter_joined_in_each_language():
    crafted = make_case(leverage={"spillover_damage": "low"})
    reason = suggest_case(crafted)["leverage"]["reasons"][0]
    assert reason == "Rate substitutability, foreign availability, effective utilisation to get a suggestion."
    assert reason.in_language("fr") == ("Évaluez la substituabilité, la disponibilité étrangère, l'utilisation "
                                         "effective pour obtenir une suggestion.")
    assert reason.in_language("de") == ("Bewerten Sie für einen Vorschlag: Substituierbarkeit, "
                                         "Auslandsverfügbarkeit, Wirksame Nutzung.")


def test_phrases_keep_their_languages_through_copies_and_pickles():
    stale = next(f.message for f in review(crafted_cases()[2]) if "against the suggestion" in f.message)
    names = Names([LeverageDegree.LOW, Level.CURTAILMENT], "; ", lower=True)
    for phrase in (stale, names, Shown("medium", LeverageDegree.MEDIUM), Term("term.substitutability")):
        for copied in (copy.deepcopy(phrase), pickle.loads(pickle.dumps(phrase))):
            assert copied == phrase and type(copied) is type(phrase)
            assert [copied.in_language(lang) for lang in OTHERS] == [phrase.in_language(lang) for lang in OTHERS]
    assert names.in_language("fr") == "faible\u00a0; endiguement" and names.in_language("de") == "Niedrig; Eindämmung"
    assert "“medium”" in stale and "« Moyen »" in stale.in_language("fr").replace("\u00a0", " ")


# -- rdw suggest / rdw sensitivity --lang -------------------------------------------------
def test_rdw_suggest_in_german(rdw):
    code, english, _ = rdw("suggest", "dpc2024-lithography")
    assert code == 0
    code, german, err = rdw("suggest", "dpc2024-lithography", "--lang", "de")
    assert (code, err) == (0, "")
    en_lines, de_lines = english.splitlines(), german.splitlines()
    assert len(de_lines) == len(en_lines) and de_lines[0] == en_lines[0]  # the case's title as written
    for en, de in zip(en_lines[1:], de_lines[1:]):
        assert (en == de) == (en == ""), (en, de)
    assert "Grad der Hebelwirkung: Hoch" in de_lines and "Verweigerungsfähigkeit: Mittel" in de_lines
    assert "  - Der Hebelwert 4,5 spricht für den Grad der Hebelwirkung „Hoch“." in de_lines
    assert "Instrumente" in de_lines and "  - [Eindämmung, Schützen] Export controls" in de_lines


def test_rdw_suggest_json_keeps_tokens_and_english_and_adds_the_language(rdw):
    code, plain, _ = rdw("suggest", "dpc2024-lithography", "--json")
    assert code == 0 and "texts" not in plain and '"lang"' not in plain
    code, out, _ = rdw("suggest", "dpc2024-lithography", "--json", "--lang", "fr")
    data, before = json.loads(out), json.loads(plain)
    assert code == 0 and data["lang"] == "fr" and data["leverage"]["value"] == before["leverage"]["value"] == "high"
    assert data["leverage"]["reasons"] == before["leverage"]["reasons"]
    assert data["leverage"]["texts"][-1] == "Un score de levier de 4,5 suggère un degré de levier élevé."
    for level, suggestion in data["feasibility"].items():
        assert suggestion["reasons"] == before["feasibility"][level]["reasons"]
        assert len(suggestion["texts"]) == len(suggestion["reasons"])
    first = data["instruments"][0]
    assert first["reason"] == before["instruments"][0]["reason"] and first["reason_text"].startswith("Constante transversale")


@pytest.mark.parametrize("command", ["suggest", "sensitivity", "decisions", "scorecard"])
def test_an_unknown_language_is_one_usage_error(rdw, command, tmp_path):
    """Every command reads --lang the same way: "fr_FR" is French, anything unknown one line."""
    out_file = ("--out", tmp_path / "x.pdf") if command == "scorecard" else ()
    code, out, err = rdw(command, "dpc2024-lithography", "--lang", "es", *out_file)
    assert (code, out) == (2, "")
    assert err == f"rdw {command}: error: argument --lang: no language 'es': choose one of en, fr, de\n"
    assert rdw(command, "dpc2024-lithography", "--lang", "fr_FR", *out_file)[0] == 0


def test_rdw_sensitivity_in_french(rdw):
    code, english, _ = rdw("sensitivity", "dpc2024-lithography")
    code_fr, french, err = rdw("sensitivity", "dpc2024-lithography", "--lang", "fr")
    assert (code, code_fr, err) == (0, 0, "")
    assert french.startswith("Ce qui ferait changer la suggestion — Lithography for semiconductor front-end production\n")
    assert len(french.splitlines()) == len(english.splitlines())
    code, out, _ = rdw("sensitivity", "dpc2024-lithography", "--json", "--lang", "de")
    data = json.loads(out)
    assert code == 0 and data["lang"] == "de" and data["flips"][0]["factor_label"] == "Substitutability"
    assert data["flips"][0]["text"].startswith("▼ -3 → Niedrig bis mittel  wenn Substituierbarkeit: Sehr schwer → Leicht")


@pytest.mark.parametrize("command", [["slides", "x", "--out", "d"], ["scorecard", "x", "--out", "x.pdf"], ["suggest", "x"]])
def test_an_unknown_language_is_refused_before_any_database_is_opened(tmp_path, capsys, command):
    from desktop.cli.main import main

    missing = tmp_path / "nowhere" / "cases.sqlite"
    assert main(["--db", str(missing), *command, "--lang", "es"]) == 2
    assert capsys.readouterr().err == f"rdw {command[0]}: error: argument --lang: no language 'es': choose one of en, fr, de\n"
    assert not missing.parent.exists()
