"""The same idea never has two names (issue 21): wherever a sentence of the app uses a framework
term of the report — a catalogue's template (``resources/i18n/*.tsv``) or an interface string
(``resources/i18n/ui/*.ts``) — its French and German use the glossary's name for that term.

Checked by word stems, so inflections pass ("Piliers", "Säulen"); the glossary's irregular
forms are listed; the few places where the English word is not the framework's term, or is a
name, are reviewed below, each with its reason. A new sentence that names a term differently
fails here: use the glossary's word, or add a reviewed exception with its reason.
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET

import pytest

from desktop import APP_NAME
from desktop.paths import resource_path

I18N = resource_path("i18n")
LANGS = ("fr", "de")

# the glossary's German plurals that change the stem
IRREGULAR = {"Bewertungsbogen": "Bewertungsbögen"}

# (where, glossary key[, language]) → why the translation rightly uses other words there
REVIEWED = {
    ("analysis:compare.status", "Status.complete"): "'steps complete' counts finished steps, not the case's status",
    ("browser:CaseSummary:%1 (%2 of %3 steps complete)", "Status.complete"): "the same count of finished steps",
    ("guide:method.origin", "Step.strength"): "the report's English title, quoted as published",
    ("guide:method.origin", "term.technological_strength"): "the report's English title, quoted as published",
    ("guide:method.strength", "Stance.regain_develop"): "German: the same verbs as infinitives with zu",
    ("guide:suggestions.tendencies", "term.override"): "the verb of the same idea (déroger, abweichen)",
    ("reasons:leverage.no_barrier", "PPP.protect"): "French: the verb conjugated (protège)",
    ("table2:pattern.deny-engage-in-china", "PPP.partner"): "German: the noun of the same idea (Kooperation)",
    ("portfolio:PortfolioView:All technology areas", "term.technology_area", "fr"):
        "in the box named Domaine technologique, 'Tous les domaines' (the row fits 1024 px)",
}


def _rows(name: str) -> list[dict[str, str]]:
    with open(I18N / f"{name}.tsv", encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE))


def _terms() -> list[dict[str, str]]:
    """The glossary's framework terms and values long enough to be words of their own."""
    return [row for row in _rows("glossary") if len(row["en"]) >= 5]


def _sentences():
    """(where, English, {language: translation}) for every template and interface string."""
    for path in sorted(I18N.glob("*.tsv")):
        if path.stem == "glossary":
            continue
        for row in _rows(path.stem):
            yield f"{path.stem}:{row['key']}", row["en"], {lang: row[lang] for lang in LANGS}
    found: dict[str, dict] = {}
    for path in sorted((I18N / "ui").glob("*.ts")):
        package, lang = path.stem.rsplit("_", 1)
        for context in ET.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
                where = f"{package}:{context.findtext('name')}:{source[:60]}"
                found.setdefault(where, {"en": source, "texts": {}})["texts"][lang] = " ".join(forms)
    for where, item in found.items():
        yield where, item["en"], item["texts"]


def _plain(text: str) -> str:
    """Without parameters, markup, accelerators and the app's name ("{pillar}", "%1", "<b>",
    "&Leverage", "Reverse Dependency Workbench": a name, not the report's idea)."""
    return re.sub(r"\{[^}]*\}|%L?\d+|%n|<[^>]+>|&(?=\w)|" + APP_NAME, "", text)


def _names_it(translation: str, term: str) -> bool:
    plain = _plain(translation).casefold()
    if IRREGULAR.get(term, "\0").casefold() in plain:
        return True
    stems = [word[:max(4, len(word) - 3)] for word in re.findall(r"\w+", term) if len(word) > 3] or [term]
    return all(stem.casefold() in plain for stem in stems)


def _differences() -> list[str]:
    terms = _terms()
    out = []
    for where, english, texts in _sentences():
        plain = _plain(english)
        for term in terms:
            if not re.search(r"\b" + re.escape(term["en"]) + r"s?\b", plain, re.I):
                continue
            if (where, term["key"]) in REVIEWED:
                continue
            for lang in LANGS:
                if (where, term["key"], lang) in REVIEWED:
                    continue
                if texts.get(lang) and not _names_it(texts[lang], term[lang]):
                    out.append(f"{where} [{lang}]: '{term['en']}' is '{term[lang]}' in the glossary, "
                               f"here: {texts[lang][:120]!r}")
    return out


def test_every_sentence_names_the_frameworks_terms_as_the_glossary_does():
    assert _differences() == []


def test_the_reviewed_exceptions_are_still_needed():
    """An exception whose sentence has changed or gone is removed, not kept "just in case"."""
    seen = {(where, term["key"]) for where, english, _texts in _sentences() for term in _terms()
            if re.search(r"\b" + re.escape(term["en"]) + r"s?\b", _plain(english), re.I)}
    assert {key[:2] for key in REVIEWED} <= seen, {key[:2] for key in REVIEWED} - seen


@pytest.mark.parametrize("translation, term, expected", [
    ("Trois piliers de force", "Pilier", True),
    ("Säulen der Stärke", "Säule", True),
    ("Bewertungsbögen exportieren", "Bewertungsbogen", True),
    ("Une tendance commune aux cas", "Constante transversale", False),
    ("Facteurs de le&vier", "Levier", True),
])
def test_the_stem_match(translation, term, expected):
    assert _names_it(translation, term) is expected
