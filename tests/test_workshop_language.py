"""The workshop's audience screen in the room's language (issue 21): its catalogue is complete,
the questions, answers, counts, spread and decision of a reference case are written in French
and German with the glossary's words (no English word of the framework left), the case's own
texts stay as written, the English is what it was, and German fits the projector sizes."""

from __future__ import annotations

import csv
import re
import string

import pytest

from desktop.models import language
from desktop.models import workshop as ws
from desktop.models.library import reference_cases
from desktop.models.scales import Level, Likelihood, Pillar, Step
from desktop.paths import resource_path
from desktop.views.workshop import theme
from desktop.views.workshop.audience_layout import arrange, footer_texts, marks
from desktop.views.workshop.audience_view import Screen, change_message, spoken_lines

SIZES = [(1024, 768), (1280, 720), (1920, 1080)]
OTHER = ("fr", "de")
# the same words in English and French: "Consensus" (le consensus), "instruments" (the glossary's
# term.instruments in French)
SAME_WORDS = {("verdict.consensus", "fr"), ("short.instruments", "fr")}


def fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_the_workshop_catalogue_is_complete():
    with open(resource_path("i18n", "workshop.tsv"), encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows and list(rows[0]) == ["key", "en", "fr", "de", "note"]
    assert len({r["key"] for r in rows}) == len(rows)
    for row in rows:
        assert all(row[lang] and row[lang] == row[lang].strip() for lang in language.LANGUAGES), row["key"]
        assert fields(row["fr"]) == fields(row["en"]) == fields(row["de"]), row["key"]
        assert row["note"], row["key"]
        for lang in OTHER:  # written in the language, unless the words are the same there
            assert row[lang] != row["en"] or (row["key"], lang) in SAME_WORDS or not re.search(
                r"[^\W\d_]{2,}", re.sub(r"\{[^}]*\}", "", row["en"])), (row["key"], lang)


def english_framework_words(lang: str) -> list[re.Pattern]:
    """The glossary's English words that ``lang`` writes otherwise (a word both share, such as
    "Ambition", says nothing about which language is on screen)."""
    out = []
    for key, texts in language.catalogue("glossary").items():
        english = texts["en"]
        if texts.get(lang, english).casefold() != english.casefold():
            out.append(re.compile(rf"(?<!\w){re.escape(english)}(?!\w)", re.IGNORECASE))
    return out


def content(case) -> list[str]:
    """The case's own texts that may appear as written: its title and its candidates' texts
    that are not Table 2 patterns (a reference case's recommendations)."""
    texts = [case.title]
    for q in ws.questions(case):
        if q.step is Step.INSTRUMENTS:
            texts += [o.value.text for o in q.options if type(o.label.params["text"]) is str]
    return texts


def screens(case, q, lang):
    tokens = [o.token for o in q.options]
    counts = {t: n + 1 for n, t in enumerate(tokens)}
    yield Screen(case.title, q, 3, 16, {}, tokens[0], lang=lang)
    yield Screen(case.title, q, 3, 16, counts, tokens[1], tokens[-1], tokens[0], "12:34", True, lang=lang)
    yield Screen(case.title, q, 3, 16, {tokens[0]: 1}, None, blind=True, lang=lang)
    yield Screen(case.title, q, 3, 16, {tokens[0]: 4, tokens[-1]: 1}, tokens[0], lang=lang)


@pytest.mark.parametrize("lang", OTHER)
def test_the_audience_screen_speaks_the_rooms_language(qapp, lang):
    """Every line a screen reader is given (what is painted, line by line) for every question
    of every reference case: no English word of the framework, no line left in English."""
    english_words = english_framework_words(lang)
    checked = 0
    for case in reference_cases():
        own = content(case)
        for q in ws.questions(case):
            for screen in screens(case, q, lang):
                english = Screen(**{**screen.__dict__, "lang": "en"})
                for line, line_en in zip(spoken_lines(screen), spoken_lines(english), strict=True):
                    assert line != line_en, (case.id, q.key, line)
                    bare = line
                    for text in own:
                        bare = bare.replace(text, "")
                    found = [w.pattern for w in english_words if w.search(bare)]
                    assert not found, (case.id, q.key, line, found)
                checked += 1
    assert checked > 500


def test_framework_values_are_the_glossarys_words(qapp):
    case = reference_cases()[0]
    asked = {q.key: q for q in ws.questions(case)}
    q = asked["strength.pillars.research_innovation.likelihood"]
    screen = Screen(case.title, q, 1, 15, {"high": 2, "low": 1}, "high", decided="high", lang="de")
    lines = spoken_lines(screen)
    assert lines[0] == ("Frage 1 von 15, Stärke: Forschung und Innovation: Wie wahrscheinlich ist ein europäischer "
                        "Vorsprung vor China in 10 Jahren?")
    assert lines[1:4] == ["Antwort 1: Niedrig; 1 Stimme, 33\u00a0%", "Antwort 2: Mittel; 0 Stimmen, 0\u00a0%",
                          "Antwort 3: Hoch  (✓\u00a0entschieden); 2 Stimmen, 67\u00a0%"]
    assert lines[-1] == "✓ Entschieden: 3. Hoch"
    for level in Level:
        q = asked[f"ambition.feasibility.{level.value}"]
        for lang in language.LANGUAGES:
            assert language.label(level, lang) in language.localised(q.title, lang)
            assert language.localised(q.short, lang).startswith(language.label(level, lang))
    factor = asked["leverage.spillover_damage"]
    assert language.localised(factor.short, "fr") == language.term("term.spillover_damage", "fr")
    assert language.localised(factor.title, "fr").startswith("Dommages par ricochet\u00a0: ")
    degree = asked["leverage.degree"]
    assert [language.localised(o.label, "fr") for o in degree.options][1] == "Faible à moyen"


def test_a_case_and_a_users_texts_stay_as_written(qapp):
    """A reference case's recommendation is content; a Table 2 pattern is the report's and
    has its translation; what a decision stores is always the English (the log, the case)."""
    case = next(c for c in reference_cases() if any(
        q.step is Step.INSTRUMENTS and any(type(o.label.params["text"]) is str for o in q.options)
        for q in ws.questions(c)))
    q = next(q for q in ws.questions(case) if q.step is Step.INSTRUMENTS)
    for option in q.options:
        text = option.label.params["text"]
        german = language.localised(option.label, "de")
        assert german.startswith(f"[{language.label(option.value.ppp, 'de')}] ")
        if type(text) is str:  # the case's own words
            assert german.endswith(option.value.text)
        else:  # a pattern of Table 2, in the report's words translated
            assert option.value.text not in german
        assert option.label == ws.instrument_label(option.value.ppp, option.value.text)  # its English
    changes = ws.decision_changes(case, q, q.options[0].token, now=None)
    entry = changes["workshop"]["log"][-1]
    assert entry["value_label"] == f"[{q.options[0].value.ppp.label}] {q.options[0].value.text}"
    assert entry["label"] == q.short == f"{q.options[0].value.level.label} — instruments"


def test_counts_spread_and_changes_in_each_language(qapp):
    case = reference_cases()[0]
    q = next(q for q in ws.questions(case) if q.key == "leverage.degree")
    counts = {"medium": 3, "medium_high": 2}
    spread = ws.spread(q, counts)
    assert spread.verdict == "Broad agreement"
    assert spread.words(q) == "Broad agreement: 60% chose Medium (5 votes)"
    assert spread.words(q, "fr") == "Large accord\u00a0: 60\u202f% ont choisi Moyen (5 voix)"
    assert spread.words(q, "de") == "Breite Zustimmung: 60\u00a0% wählten Mittel (5 Stimmen)"
    assert ws.spread(q, {}).words(q, "de") == "Noch keine Stimmen"
    old = Screen(case.title, q, 9, 15, {}, None, lang="fr")
    blind = Screen(case.title, q, 9, 15, {"medium": 1}, None, blind=True, lang="fr")
    assert change_message(old, blind) == "Vote à l'aveugle\u00a0: 1 voix reçue. 1 voix reçue"
    assert footer_texts(blind)[0][0].startswith("Vote à l'aveugle\u00a0: 1 voix reçue. ")
    shown = Screen(case.title, q, 9, 15, counts, "medium", decided="medium", lang="de")
    assert change_message(old, shown) == "Frage 9 von 15: Welchen Grad der Hebelwirkung hat Europa?"  # a new language
    assert footer_texts(shown) == [("Breite Zustimmung · Streuung 0,20 · 60\u00a0% wählten 3. Mittel (5 Stimmen)", False),
                                   ("✓ Entschieden: 3. Mittel", True)]
    assert marks(shown, "medium") == "  (✓\u00a0entschieden)"  # never "(✓" alone at a line's end
    assert marks(shown, "low_medium") == "  (vorgeschlagen)" and q.suggested == "low_medium"


def test_english_is_unchanged(qapp):
    case = reference_cases()[0]
    q = ws.questions(case)[0]
    assert q.title == "Research & innovation: how likely is a European edge over China in 10 years?"
    assert q.short == "Research & innovation — likelihood"
    assert [o.label for o in q.options] == [m.label for m in Likelihood]
    screen = Screen(case.title, q, 1, 15, {"high": 2, "low": 1}, "high", decided="high")
    assert spoken_lines(screen) == [
        f"Question 1 of 15, Strength: {q.title}", "Answer 1: Low; 1 vote, 33%", "Answer 2: Medium; 0 votes, 0%",
        "Answer 3: High  (✓ decided); 2 votes, 67%", "Divided · spread 0.67 · 67% chose 3. High (3 votes)",
        "✓ Decided: 3. High"]
    assert language.localised(q.title, "de").startswith(language.label(Pillar.RESEARCH_INNOVATION, "de"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", OTHER)
def test_the_rooms_language_fits_the_projector_sizes(qapp, size, lang):
    """German (the longest) and French: every answer whole, at 24 px or more at 768 px, the
    question and the footer inside the screen, as the English layout tests require."""
    width, height = size
    for case in reference_cases():
        for q in ws.questions(case):
            if q.step is not Step.INSTRUMENTS and q.key not in ("leverage.degree", "ambition.chosen_level"):
                continue
            for screen in screens(case, q, lang):
                lay = arrange(width, height, screen)
                assert lay.fits, (case.id, q.key)
                assert lay.option_px >= theme.SMALL_PX * height / 768 - 0.01, (case.id, q.key, lay.option_px)
                for option, row in zip(q.options, lay.rows):
                    full = language.localised(option.label, lang) + marks(screen, option.token)
                    assert "".join(row.words.lines) == full
                    assert row.words.widest <= row.label.width() + 0.5
                    assert row.cell.contains(row.label)
                    assert (row.track if row.count_on_bar else row.cell).contains(row.count)
                    assert all(row.cell.bottom() <= rect.top() + 0.5 for rect, _w, _b in lay.footer_lines)
                assert lay.question.bottom() <= lay.rows[0].cell.top()
                assert len(lay.question_text.lines) <= 3
                for rect, text, _banner in lay.footer_lines:
                    assert text.height <= rect.height() + 0.5 and rect.bottom() <= height
                    assert text.widest <= rect.width() + 0.5


def test_the_decision_log_in_each_language(file_store, rdw):
    """``rdw decisions --lang``: the log's words, questions and answers in French or German;
    the session's names, the reasons and the title as typed; English as it was."""
    case = file_store.duplicate("dpc2024-lithography")
    case = file_store.set_fields(case.id, ws.session_changes(case, "Paris, salle 3", "Anna Weber"))
    q = next(q for q in ws.questions(case) if q.key == "leverage.degree")
    case = file_store.set_fields(case.id, ws.tally_changes(case, q, {"medium": 4, "high": 1}))
    case = file_store.set_fields(case.id, ws.decision_changes(case, q, "high", "Because ASML's edge holds"))
    english = ws.decision_log_text(case)
    assert "· Degree of leverage: **High** (room: 4 × Medium, 1 × High)" in english
    german = ws.decision_log_text(case, "de")
    assert german.startswith(f"# Entscheidungsprotokoll — {case.title}\n")
    assert "Sitzung: Paris, salle 3 · Moderation: Anna Weber" in german
    assert "· Grad der Hebelwirkung: **Hoch** (Raum: 4 × Mittel, 1 × Hoch)" in german
    assert "  Grund: Because ASML's edge holds" in german
    french = ws.decision_log_text(case, "fr")
    assert "· Degré de levier\u00a0: **Élevé** (salle\u00a0: 4 × Moyen, 1 × Élevé)" in french
    assert "  Motif\u00a0: Because ASML's edge holds" in french
    assert ws.decision_log_text(case.model_copy(update={"workshop": None}), "fr").endswith(
        "Aucune décision consignée pour l'instant.\n")
    code, out, _err = rdw("decisions", "dpc2024-lithography", "--lang", "de")
    assert code == 0 and out.endswith("\n\nNoch keine Entscheidungen festgehalten.\n")
    assert out.startswith("# Entscheidungsprotokoll — ")
    assert rdw("decisions", "dpc2024-lithography", "--lang", "it")[0] == 2
    # the stored log stays English: what the case and its file keep
    entry = file_store.get(case.id).workshop.log[-1]
    assert (entry.label, entry.value_label) == ("Degree of leverage", "High")
