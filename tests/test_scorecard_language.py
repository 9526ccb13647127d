"""Scorecards in a chosen document language (issue 21): every fixed word of a scorecard (headings,
framework values, legends, running head and footer, annexes) in English, French or German, the
cases' own texts exactly as written, English output unchanged; PDF, Word, clipboard text and
the command line alike."""

from __future__ import annotations

import csv
import string
import subprocess
from datetime import date

import docx
import pytest

from desktop.models import language
from desktop.models.library import reference_cases
from desktop.models.scales import PPP, Feasibility, Level, Likelihood, Pillar, Stance
from desktop.models.scorecard import ScorecardOptions, build_scorecard
from desktop.models.scorecard_words import keys, words
from desktop.paths import resource_path
from desktop.reports.docx import build_docx
from desktop.reports.html import scorecards_html, scorecards_text

ALL = dict(rationale=True, leverage_factors=True, overrides=True, history=True, context=True, sources=True,
           dissent=True, banner="OFFICIAL")
TODAY = date(2026, 12, 3)


def cards(lang: str | None, cases=None, **options):
    opts = ScorecardOptions(**ALL, **options, **({"language": lang} if lang else {}))
    return [build_scorecard(case, date=words(lang or "en").date(TODAY), version="2", options=opts, today=TODAY)
            for case in (cases or reference_cases())]


def fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def pdf_lines(path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [" ".join(line.split()) for line in out.splitlines() if line.strip()]


# -- the catalogue ----------------------------------------------------------------------------------
def test_every_document_sentence_has_its_french_and_german_with_the_same_parameters():
    path = resource_path("i18n", "documents.tsv")
    with open(path, encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows and list(rows[0]) == ["key", "en", "fr", "de", "note"]
    assert len({row["key"] for row in rows}) == len(rows) == len(keys())
    for row in rows:
        assert row["fr"] and row["de"] and row["note"], row["key"]
        # the same parameters, except that a rating may be written as its name ("High likelihood")
        # or as an adjective after a noun ("Probabilité élevée"): both are always passed
        either = {"value", "lower"}
        assert fields(row["en"]) - either == fields(row["fr"]) - either == fields(row["de"]) - either, row["key"]
        assert bool(fields(row["en"]) & either) == bool(fields(row["fr"]) & either) == bool(fields(row["de"]) & either)


def test_the_scorecards_use_the_glossary_words():
    for lang in ("fr", "de"):
        w = words(lang)
        assert w("sc1.title").startswith(language.term("term.scorecard_1", lang))
        assert w("sc2.title").startswith(language.term("term.scorecard_2", lang))
        assert language.term("term.level_of_ambition", lang).lower() in w("sc2.title").lower()
        assert language.term("term.technology_area", lang) in w("header.field", area="x")
        assert language.term("term.rationale", lang) == w("extra.rationale")
    assert words("fr")("sc1.leverage", value="x").startswith(language.term("term.degree_of_leverage", "fr"))


# -- the model ----------------------------------------------------------------------------------------
def test_english_is_the_default_and_unchanged():
    assert cards("en") == cards(None)
    card = cards(None)[0]
    assert card.language == "en" and card.words("sc1.title") == "Scorecard 1 · Technological strength and leverage"
    assert card.citation.startswith("Method: ")


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_labels_in_the_language_and_case_texts_as_written(lang):
    english, other = cards("en"), cards(lang)
    for en, card in zip(english, other):
        assert card.language == lang
        assert [row.label for row in card.pillars] == [language.label(p, lang) for p in Pillar]
        assert card.title == en.title and card.technology_area == en.technology_area
        for en_col, col in zip(en.levels, card.levels):
            assert [text for _ppp, text in col.recommendations] == [text for _ppp, text in en_col.recommendations]
            assert {ppp for ppp, _text in col.recommendations} <= {language.label(p, lang) for p in PPP}
            assert col.note == en_col.note
            if col.shows_none:
                assert col.empty_text != en_col.empty_text
        assert card.context == en.context  # the summary, China's dependency and key facts: content
        assert [title for title, _lines in card.extra_sections] != [title for title, _lines in en.extra_sections]
        assert card.citation.endswith(en.citation.removeprefix("Method: "))
        assert card.citation != en.citation
    denied = next(col for card in other for col in card.levels if col.feasibility is Feasibility.NOT_FEASIBLE)
    assert denied.empty_text == {"fr": "Aucune (niveau non réalisable)", "de": "Keine (Niveau nicht machbar)"}[lang]


def test_text_and_clipboard_html_follow_the_language():
    text = scorecards_text(cards("de"))
    assert "Bewertungsbogen 1 · " in text and "Bewertungsbogen 2 · " in text
    assert "Verweigerungsfähigkeit" in text and "Wahrscheinlichkeit: " in text
    for english in ("Scorecard 1", "Technology field:", "likelihood", "Degree of European leverage", "(chosen)"):
        assert english not in text, english
    html = scorecards_html(cards("fr"))
    assert "Fiche d&#x27;évaluation 1" in html or "Fiche d'évaluation 1" in html
    assert "Capacité de refus" in html and "Pillar of strength" not in html and "Pilier de force" in html


def test_annex_words_follow_the_language():
    card = cards("de")[0]
    w = card.words
    assert card.provenance_legend.startswith("Bewertungszeichen: ● wie im Bericht veröffentlicht")
    assert card.likelihood_legend.startswith("Wahrscheinlichkeit eines europäischen Vorsprungs")
    assert card.sources and card.sources[0].label == "Forschung und Innovation — Wahrscheinlichkeit"
    for item in card.sources:
        assert not item.label.endswith(("likelihood", "feasibility")), item.label
        assert item.confidence.startswith("Konfidenz: ")
        assert all(not d.startswith(("Publisher", "Accessed", "Reference")) for s in item.sources for d in s.details)
    assert w.page(3, 12) == "Seite 3 von 12" and words("fr").page(3, 12) == "Page 3 sur 12"
    assert words("de").date(TODAY) == "3. Dezember 2026" and words("fr").date(date(2026, 3, 1)) == "1er mars 2026"


# -- PDF and the command line ---------------------------------------------------------------------------
def english_labels() -> set[str]:
    """The English words of the documents catalogue that differ in French and German (labels
    without parameters), as whole lines of text."""
    rows = language.catalogue("documents")
    return {row["en"].strip() for row in rows.values()
            if not fields(row["en"]) and row["en"].strip() not in (row["fr"].strip(), row["de"].strip())}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The whole reference library as PDF in English, French and German, by ``rdw scorecard``."""
    from desktop.cli.main import main
    from desktop.models.library import open_store

    folder = tmp_path_factory.mktemp("lang")
    db = folder / "cli.sqlite"
    open_store(db).close()
    out = {}
    for lang in ("en", "fr", "de"):
        out[lang] = folder / f"{lang}.pdf"
        assert main(["--db", str(db), "scorecard", "--all", "--lang", lang, "--out", str(out[lang])]) == 0
    out["db"] = db
    return out


@pytest.mark.parametrize("lang, expected", [
    ("fr", ["Fiche d'évaluation 1 · Force technologique et levier", "Capacité de refus", "Pilier de force",
            "Fiches d'évaluation"]),
    ("de", ["Bewertungsbogen 2 · Ambitionsniveau und zentrale Empfehlungen", "Verweigerungsfähigkeit",
            "Säule der Stärke", "Bewertungsbögen"]),
])
def test_cli_pdf_of_the_reference_library_in_french_and_german(exported, lang, expected):
    lines = pdf_lines(exported[lang])
    text = "\n".join(lines)
    for label in expected:
        assert label in text, label
    english = pdf_lines(exported["en"])
    english_only = {line for line in english if line in english_labels() | {"Scorecards", "Maintain", "Regain / develop"}}
    assert english_only, "the English export has label lines to compare with"
    assert not english_only & set(lines), english_only & set(lines)
    assert not any(line.startswith(("Page ", "Scorecard 1", "Scorecard 2", "Technology field:")) for line in lines
                   if lang == "de")
    for case in reference_cases():  # the cases' own texts, untouched
        assert " ".join(case.title.split()) in text
    first = reference_cases()[0]
    assert " ".join(first.instruments[0].text.split())[:40] in " ".join(lines)


def test_cli_unknown_language_is_one_error_line(rdw, tmp_path):
    code, stdout, stderr = rdw("scorecard", "dpc2024-lithography", "--lang", "it", "--out", tmp_path / "x.pdf")
    assert code == 2 and stdout == ""  # a usage error, the same line as every command's --lang
    assert stderr == "rdw scorecard: error: argument --lang: no language 'it': choose one of en, fr, de\n"
    assert list(tmp_path.glob("x*")) == []


def test_cli_word_document_in_german(rdw, tmp_path):
    out = tmp_path / "de.docx"
    code, _out, stderr = rdw("scorecard", "dpc2024-lithography", "--lang", "de", "--context", "--out", out)
    assert code == 0 and stderr == ""
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Bewertungsbogen 1 · Technologische Stärke und Hebelwirkung" in headings and "Kontext" in headings
    body = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert "Verweigerungsfähigkeit" in body and "Säule der Stärke" in body and "Erhalten" in body
    for english in ("Scorecard", "Pillar of strength", "Technology field", "core recommendations", "likelihood"):
        assert english not in body, english
    footer = document.sections[0].footer.paragraphs[1].text
    assert footer.startswith("Seite ") and " von " in footer
    assert 'w:val="de-DE"' in document.styles.element.xml


def test_chinese_title_still_renders_in_a_french_pdf_and_word(qapp, tmp_path):
    from desktop.reports.pdf import export_pdf

    litho = next(c for c in reference_cases() if c.id == "dpc2024-lithography")
    case = litho.model_copy(update={"title": "光刻机 <b>x</b>", "technology_area": "半导体"})
    french = cards("fr", [case])
    export_pdf(french, tmp_path / "zh.pdf")
    text = "\n".join(pdf_lines(tmp_path / "zh.pdf"))
    assert "光刻机 <b>x</b>" in text and "半导体" in text and "Fiche d'évaluation 2" in text
    fonts = subprocess.run(["pdffonts", str(tmp_path / "zh.pdf")], capture_output=True, text=True, check=True).stdout
    assert "WenQuanYi" in fonts
    (tmp_path / "zh.docx").write_bytes(build_docx(french))
    document = docx.Document(str(tmp_path / "zh.docx"))
    assert document.paragraphs[0].text == "光刻机 <b>x</b>"
    assert document.core_properties.title.startswith("Fiches d'évaluation\u00a0: 光刻机")


# -- German labels stay in their boxes ---------------------------------------------------------------------
def test_longer_labels_fit_their_boxes(qapp):
    from desktop.reports.canvas import Canvas, PAGE_SIZES, _metrics, ensure_fonts, fitting, font

    ensure_fonts()
    c = Canvas(lambda page, painter: None, PAGE_SIZES["a4"].points(), dry=True)
    chip_w, level_w = c.width * 0.30 - 16 - 4, c.width / 4 - 6
    for lang in ("en", "fr", "de"):
        w = words(lang)
        for value in Likelihood:
            label = w.likelihood(value) + " ◐"
            size = fitting(label, 9, chip_w, whole=True)
            assert _metrics(font(size, True)).horizontalAdvance(label) <= chip_w, (lang, label)
            if lang == "en":
                assert size == 9  # English keeps its size: its output does not change
        for level in Level:
            name = f"{level.rank + 1}. {w.label(level)}  " + w("sc2.chosen").replace(" ", "\u00a0")
            size = fitting(name, 9, level_w)
            assert all(_metrics(font(size, True)).horizontalAdvance(part) <= level_w for part in name.split(" ")), name
        for ppp in PPP:
            tag = f"[{w.label(ppp)}]"
            assert _metrics(font(fitting(tag, 8, 70, whole=True), True)).horizontalAdvance(tag) <= 70, tag
        for stance in Stance:
            assert _metrics(font(8.5, True)).horizontalAdvance(w.label(stance)) <= c.width * 0.30


def test_workshop_record_words_in_german(store):
    from test_workshop_export import workshop_case  # tests/ is on sys.path (pytest prepends it)

    case = store.get(workshop_case(store))
    card = build_scorecard(case, date="3. Juni 2024", version="7", options=ScorecardOptions(workshop=True, language="de"))
    english = build_scorecard(case, date="3 June 2024", version="7", options=ScorecardOptions(workshop=True))
    record = card.workshop
    assert [i.label for i in record.items] == ["Forschung und Innovation — Wahrscheinlichkeit", "Ethische Grenzen",
                                               "Grad der Hebelwirkung", "Gewähltes Niveau",
                                               "Verweigerungsfähigkeit — Instrumente"]
    keys = {key for item in record.items for key, _text, _muted in item.rows()}
    assert keys - {""} == {"Raum", "Streuung", "Beschluss", "Grund"}
    assert record.items[0].rows()[-1] == ("Beschluss", "noch nicht entschieden", True)
    assert all("(room:" not in line and "Reason:" not in line for line in record.log)
    assert any("(Raum: " in line for line in record.log) and any(". Grund: " in line for line in record.log)
    assert (record.session, record.facilitator) == (english.workshop.session, english.workshop.facilitator)
    degree = record.items[2]
    assert degree.counts_text == "1 × Niedrig, 5 × Mittel bis hoch, 3 × Hoch" and degree.decision == "Mittel bis hoch"
    assert record.items[1].counts_text == "2 × Ja, 7 × Nein" and record.items[1].decision == "Nein"
    assert record.log[0].endswith("· Grad der Hebelwirkung: Mittel bis hoch (Raum: 1 × Niedrig, 5 × Mittel bis hoch, "
                                  f"3 × Hoch). Grund: {english.workshop.items[2].reason}")
    # the candidates are the workshop model's (Table 2's instruments, in the document's language)
    assert len(record.items[4].counts) == len(english.workshop.items[4].counts)
    assert record.items[4].counts[0].startswith("7 × [Fördern] ")


def test_changes_annex_in_french(qapp, store, tmp_path):
    from test_memo_export import changed_case  # tests/ is on sys.path (pytest prepends it)

    from desktop.reports.content import scorecards_for
    from desktop.reports.pdf import export_pdf

    case_id = changed_case(store)
    options = ScorecardOptions(changes_since="Before the workshop", language="fr")
    cards_fr = scorecards_for(store, [case_id], options, today=TODAY)
    record = cards_fr[0].changes
    assert record.snapshot == "Before the workshop"  # its name, as the user gave it
    assert [step for step, _rows in record.sections] == ["Levier", "Ambition"]
    rows = {row.label: row for _step, rows in record.sections for row in rows}
    assert rows["Degré de levier"].change == "Élevé → Moyen"
    assert any("正如 <b>room</b> said & agreed" in note for note in rows["Degré de levier"].notes)
    assert cards_fr[0].date == "3 décembre 2026"
    export_pdf(cards_fr, tmp_path / "fr.pdf")
    text = "\n".join(pdf_lines(tmp_path / "fr.pdf"))
    assert "Modifications depuis l'instantané « Before the workshop »" in text.replace("\u00a0", " ")
    assert "Snapshot taken" not in text and "Instantané pris le" in text
