"""The help texts and the guide in the interface's language (issue 21): every help text of
``models/guide.py`` and every paragraph of the guide has a French and a German text, written
with the glossary's words; the English stays the English it was; the guide window, its keyboard
reference included, speaks German when the interface does."""

from __future__ import annotations

import csv
import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from desktop.models import guide, language
from desktop.models.guide_text import FACTOR_SCALES, KEYBOARD_TITLE, about_text, factor_scale, sections
from desktop.models.library import reference_cases
from desktop.models.scales import Level, LeverageDegree, Pillar, StrengthType
from desktop.paths import resource_path
from desktop.views import translation

OTHERS = ("fr", "de")
CATALOGUES = ("guide", "guide_help")
# templates whose words are all parameters or punctuation: the same in every language
NEUTRAL = {"with_scale", "method.step"}


def rows(name: str) -> list[dict[str, str]]:
    with open(resource_path("i18n", f"{name}.tsv"), encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE))


def helps() -> dict[str, language.Phrase]:
    """Every help text of guide.py, by where it is."""
    found = {f"PILLARS[{p.name}]": guide.PILLARS[p] for p in Pillar}
    found |= {f"STRENGTH_TYPES[{t.name}]": guide.STRENGTH_TYPES[t] for t in StrengthType}
    for key, (name, text) in guide.LEVERAGE_FACTORS.items():
        found[f"LEVERAGE_FACTORS[{key}].name"], found[f"LEVERAGE_FACTORS[{key}]"] = name, text
    for level, (goal, trade_off) in guide.LEVELS.items():
        found[f"LEVELS[{level.name}].goal"], found[f"LEVELS[{level.name}].trade_off"] = goal, trade_off
    for name in ("STANCE_HELP", "LIKELIHOOD_HELP", "LEVERAGE_DEGREE_HELP", "FEASIBILITY_HELP", "BALANCE_HELP"):
        found[name] = getattr(guide, name)
    return found


@pytest.mark.parametrize("name", CATALOGUES)
def test_every_sentence_has_its_french_and_german(name):
    found = rows(name)
    assert found and list(found[0]) == ["key", "en", "fr", "de", "note"]
    keys = [r["key"] for r in found]
    assert len(keys) == len(set(keys))
    for row in found:
        assert all(row[lang] and row[lang] == row[lang].strip() for lang in language.LANGUAGES), row["key"]
        assert row["note"], row["key"]
        params = {lang: sorted(re.findall(r"\{(\w+)", row[lang])) for lang in language.LANGUAGES}
        assert params["fr"] == params["en"] == params["de"], row["key"]  # the same values filled in
        if row["key"] not in NEUTRAL:
            assert row["fr"] != row["en"] and row["de"] != row["en"], row["key"]


def test_every_help_text_is_a_phrase_in_three_languages():
    found = helps()
    assert len(found) == 3 + 6 + 2 * 7 + 2 * 4 + 5
    for where, text in found.items():
        assert isinstance(text, language.Phrase), where
        for lang in OTHERS:
            other = text.in_language(lang)
            assert other and other != str(text), (where, lang)
            assert language.localised(text, lang) == other


def test_the_english_is_unchanged():
    """What other code stores and compares: the same English strings as before."""
    assert guide.STANCE_HELP == ("Maintain: keep a strength Europe already has. Regain / develop: win back a "
                                 "strength Europe has lost, or build one it does not have yet.")
    assert guide.LEVELS[Level.CURTAILMENT][1] == (
        "A relative gain in power at an economic cost, slower innovation, damage to global climate-mitigation "
        "goals, and the highest risk of Chinese retaliation.")
    assert guide.LEVERAGE_FACTORS["dual_use_relevance"][0] == "Dual-use relevance"
    assert list(guide.LEVERAGE_FACTORS) == ["market_entry_barriers", "substitutability", "foreign_availability",
                                            "effective_utilisation", "ethical_constraints", "spillover_damage",
                                            "dual_use_relevance"]
    assert FACTOR_SCALES["substitutability"] == "easy / moderate / hard / very hard"
    assert FACTOR_SCALES["ethical_constraints"] == "yes / no" and KEYBOARD_TITLE == "Keyboard reference"
    english = sections()
    assert sections("en") == english
    assert [s.title for s in english][:5] == ["Getting started", "The method in four steps", "Basics",
                                              "Step 1 · Strength", "Step 2 · Leverage"]
    basics = english[2].blocks[0].text
    assert basics.endswith("who should act (EU, UK, Member states, Industry, Research) and who assessed the case.")
    evidence = {s.id: s for s in english}["evidence"].blocks[1].text
    assert "(published → high, reconstructed → medium, inferred → low)." in evidence
    assert sum(len(s.blocks) for s in english) == 73


@pytest.mark.parametrize("lang", OTHERS)
def test_no_paragraph_of_the_guide_is_left_in_english(lang):
    english, other = sections(), sections(lang)
    assert [s.id for s in other] == [s.id for s in english]
    for mine, theirs in zip(english, other):
        assert theirs.title != mine.title, theirs.title
        assert len(theirs.blocks) == len(mine.blocks)
        for a, b in zip(mine.blocks, theirs.blocks):
            assert b.text and b.text != a.text, a.text
            assert (b.source, b.quotes) == (a.source, a.quotes)  # traced to the same origin (in English)
    assert KEYBOARD_TITLE.in_language(lang) != KEYBOARD_TITLE


@pytest.mark.parametrize("lang", OTHERS)
def test_the_guide_names_the_framework_with_the_glossarys_words(lang):
    by_id = {s.id: s for s in sections(lang)}

    def text(section_id: str) -> str:
        return " ".join(f"{b.term} {b.text}" for b in by_id[section_id].blocks)

    terms = {b.term for b in by_id["ambition"].blocks}
    for level in Level:
        assert language.label(level, lang) in terms  # each level defined under its glossary name
        assert language.label(level, lang).lower() in text("suggestions").lower()
    strength = text("strength")
    assert all(language.label(p, lang) in strength for p in Pillar)
    assert all(language.label(t, lang) in strength for t in StrengthType)
    assert language.term("term.stance", lang) in strength and language.term("term.likelihood", lang) in strength
    leverage = text("leverage")
    for key in guide.LEVERAGE_FACTORS:
        assert language.term(f"term.{key}", lang) in leverage and factor_scale(key, lang) in leverage
    assert language.term("term.degree_of_leverage", lang) in leverage
    assert all(language.label(d, lang).lower() in leverage.lower() for d in LeverageDegree)
    scorecard = text("scorecard")
    assert language.term("term.scorecard_1", lang) in scorecard and language.term("term.scorecard_2", lang) in scorecard
    assert language.term("term.degree_of_leverage", lang).lower() in scorecard.lower()
    assert language.term("term.feasibility", lang) in text("ambition")
    assert language.term("term.strategic_entanglement", lang) in text("ambition")
    assert language.term("term.portfolio", lang).lower() in text("portfolio").lower()
    assert language.term("term.evidence", lang).lower() in text("evidence").lower()


@pytest.mark.parametrize("lang", OTHERS)
def test_a_reference_cases_level_and_degree_are_explained_in_the_language(lang):
    """The help the wizard shows beside a reference case's chosen level, and the guide's scale
    its degree of leverage is read on, in the language asked for."""
    leverage = {s.id: s for s in sections(lang)}["leverage"].blocks[-1]
    assert leverage.term == language.term("term.degree_of_leverage", lang)
    cases = {c.id: c for c in reference_cases()}
    case = cases["dpc2024-wireless-energy"]  # ability to deny, medium–high leverage
    goal, trade_off = guide.LEVELS[case.ambition.chosen_level]
    assert goal.in_language(lang) != goal and trade_off.in_language(lang) != trade_off
    assert language.label(case.ambition.chosen_level, lang) == {"fr": "Capacité de refus",
                                                                "de": "Verweigerungsfähigkeit"}[lang]
    for case in cases.values():
        assert language.label(case.leverage.degree, lang).lower() in leverage.text.lower(), case.id


def test_about_in_each_language():
    """Help ▸ About: the English is the dialog's as it was; French and German translate every
    paragraph but the name and version, and cite the report as published."""
    from desktop import METHOD_CITATION
    from desktop.views.dialogs import about_text as dialogs_about_text

    assert about_text() == about_text("en") == dialogs_about_text()
    english = about_text().split("\n\n")
    for lang in OTHERS:
        other = about_text(lang).split("\n\n")
        assert len(other) == len(english) == 4 and other[0] == english[0]
        assert all(a != b for a, b in zip(english[1:], other[1:]))
        assert other[2].endswith(METHOD_CITATION.removeprefix("Method: "))
        assert language.term("term.level_of_ambition", lang).lower() in other[1].lower()


# -- the window -------------------------------------------------------------------------------

@pytest.fixture
def speaking(qapp):
    def speak(lang: str) -> None:
        translation.install(qapp, lang)

    yield speak
    translation.install(qapp, "en")


def texts(widget: QWidget) -> set[str]:
    """What a person (or a screen reader) reads of ``widget`` and its children."""
    found = {widget.windowTitle()}
    for child in [widget, *widget.findChildren(QWidget)]:
        found |= {child.accessibleName(), child.accessibleDescription(), child.toolTip()}
        if isinstance(child, (QLabel, QAbstractButton)):
            found.add(child.text())
        if isinstance(child, QLineEdit):
            found.add(child.placeholderText())
    return {t for t in found if t}


def build(qtbot):
    from desktop.views.guide.guide_window import GuideWindow
    from desktop.views.guide.keyboard import reference_rows

    window = GuideWindow(lambda: reference_rows(None))
    qtbot.addWidget(window)
    window.find_text("no such words in any guide")  # shows "Not found"
    return window


def test_the_guide_window_speaks_german(qtbot, speaking):
    english = build(qtbot)
    english_texts = texts(english) | {english.contents.item(i).text() for i in range(english.contents.count())}
    english_text = english.text.toPlainText()
    speaking("de")
    window = build(qtbot)
    german = texts(window) | {window.contents.item(i).text() for i in range(window.contents.count())}
    assert not english_texts & german, english_texts & german
    assert window.found.text() == "Nicht gefunden" and window.windowTitle().startswith("Leitfaden")
    assert window.contents.item(window.contents.count() - 1).text() == "Tastaturübersicht"
    shown = window.text.toPlainText()
    for section in sections("de"):
        assert section.title in shown and all(block.text in shown for block in section.blocks)
    for section in sections():
        assert not any(block.text in shown for block in section.blocks)
    assert "Leitfaden zur Reverse Dependency Workbench" in shown and "Guide to the" in english_text
    assert "Wo\tTasten\tWas die Taste bewirkt" in shown or "Wo\nTasten\nWas die Taste bewirkt" in shown
    assert "Leitfaden schließen" in shown and "Close the guide" not in shown  # its own declared keys
    window.show_section("leverage")
    assert window.current_section() == "leverage"
    assert window.contents.currentItem().text() == "Schritt 2 · Hebelwirkung"
    assert window.find_text("Spillover-Schäden")


def test_the_keyboard_references_own_words_are_translated(qtbot, speaking):
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMenuBar

    from desktop.views.guide.keyboard import action_rows

    def rows():
        bar = QMenuBar()
        qtbot.addWidget(bar)
        menu = bar.addMenu("&Help")
        action = QAction("&Guide", bar)
        action.setShortcuts([QKeySequence("Ctrl+G"), QKeySequence("F1")])
        action.setStatusTip("The method in plain words")
        menu.addAction(action)
        loose = QAction("Next", bar)
        loose.setShortcut(QKeySequence("Ctrl+J"))
        return action_rows(bar, [loose])

    assert [tuple(r) for r in rows()] == [("Help menu", "Ctrl+G or F1", "Guide: The method in plain words"),
                                          ("Main window", "Ctrl+J", "Next")]
    speaking("de")
    assert [tuple(r) for r in rows()] == [("Menü Help", "Strg+G oder F1", "Guide: The method in plain words"),
                                          ("Hauptfenster", "Strg+J", "Next")]
    speaking("fr")
    assert rows()[0][0] == "Menu Help" and rows()[0][2] == "Guide\u00a0: The method in plain words"


@pytest.mark.parametrize("lang", OTHERS)
def test_the_guide_fits_1024_by_768(qtbot, speaking, lang):
    """Nothing cut: the labels and every title of the contents are shown whole."""
    speaking(lang)
    window = build(qtbot)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.minimumSizeHint().width() <= 1024 and window.minimumSizeHint().height() <= 768
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.text():
            assert label.width() >= label.sizeHint().width(), label.text()
    assert window.find.width() >= window.find.fontMetrics().horizontalAdvance(window.find.placeholderText()[:30])
    contents = window.contents
    assert contents.viewport().width() >= contents.sizeHintForColumn(0)
    assert not contents.horizontalScrollBar().isVisible()
