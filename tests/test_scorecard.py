"""Scorecard export: content for every reference case, fonts embedded, any Unicode, literal text."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.models.case import Case
from desktop.models.library import open_store, reference_cases
from desktop.models.scales import Feasibility, Level
from desktop.models.scorecard import ScorecardOptions, build_scorecard
from desktop.reports.destination import ExportError
from desktop.reports.pdf import export_pdf
from desktop.reports.png import export_png
from desktop.reports.content import scorecards_for

REFERENCE_IDS = [c.id for c in reference_cases()]


def pdf_text(path: Path) -> str:
    """The PDF's text as a reader would copy it, whitespace folded (lines wrap anywhere)."""
    assert shutil.which("pdftotext"), "poppler-utils is missing: ./dev test installs it"
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    return folded(out.decode("utf-8"))


def folded(text: str) -> str:
    """Whitespace folded, and a line wrapped after a hyphen ("standard-\nsetting") rejoined."""
    return re.sub(r"-\s+", "-", " ".join(text.split()))


def pdf_fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [re.split(r"\s{2,}|\s(?=yes|no)", line.strip()) for line in out.splitlines()[2:] if line.strip()]


def test_scorecard_data_lists_none_for_not_feasible_levels():
    """Levels rated not feasible show 'None', as the report's Scorecard 2 does."""
    case = next(c for c in reference_cases() if c.id == "dpc2024-genomic-data")
    card = build_scorecard(case, date="1 May 2024", version="1")
    act = next(col for col in card.levels if col.level is Level.ABILITY_TO_ACT)
    assert act.feasibility is Feasibility.NOT_FEASIBLE and act.shows_none
    assert [label for label, _on in card.types][:1] == ["Technological excellence"]


@pytest.mark.parametrize("case_id", REFERENCE_IDS)
def test_reference_scorecard_pdf_has_everything(qapp, store, tmp_path, case_id):
    """Title, every feasibility label and every recommendation appear in the PDF's text."""
    out = tmp_path / f"{case_id}.pdf"
    export_pdf(scorecards_for(store, [case_id]), out)
    text = pdf_text(out)
    case = store.get(case_id)
    assert folded(case.title) in text
    for level in Level:
        assert f"{level.label}" in text
        assert case.ambition.feasibility[level].label in text
    for inst in case.instruments:
        assert folded(inst.text) in text, inst.text
    assert "Scorecard 1" in text and "Scorecard 2" in text and "Page 1 of" in text
    assert f"Degree of European leverage: {case.leverage.degree.label}" in text


def test_fonts_are_embedded(qapp, store, tmp_path):
    """Every font in the PDF is embedded (it prints the same everywhere)."""
    out = tmp_path / "litho.pdf"
    export_pdf(scorecards_for(store, ["dpc2024-lithography"]), out)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts), fonts


def test_chinese_and_markup_title_round_trip_literally(qapp, store, tmp_path):
    """A Chinese title with HTML-like text comes out of the PDF exactly as typed."""
    title = "光刻机 <b>x</b> & <script>"
    case = store.create(title, technology_area="半导体")
    out = tmp_path / "zh.pdf"
    export_pdf(scorecards_for(store, [case.id]), out)
    text = pdf_text(out)
    assert title in text and "半导体" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "WenQuanYi" in fonts


def test_long_recommendation_lists_flow_onto_more_pages(qapp, store, tmp_path):
    """Forty long instruments and a huge rationale flow over pages; nothing is lost."""
    long_text = "A long instrument that needs several lines to say what Europe should do. " * 3
    instruments = [{"level": "ability_to_deny", "text": f"{n}: {long_text}", "ppp": "promote", "focus": "commercialisation"}
                   for n in range(40)]
    case = store.create("Long", instruments=instruments, ambition={"rationale": "word " * 6000})
    out = tmp_path / "long.pdf"
    export_pdf(scorecards_for(store, [case.id], ScorecardOptions(rationale=True)), out)
    text = pdf_text(out)
    for n in range(40):
        assert folded(f"{n}: {long_text}") in text
    assert "(continued)" in text
    assert text.count("word") >= 6000


def test_batch_export_starts_each_case_on_its_own_page(qapp, store, tmp_path):
    """--all style export: all 12 cases in one PDF, each with its title."""
    out = tmp_path / "all.pdf"
    export_pdf(scorecards_for(store, REFERENCE_IDS), out)
    text = pdf_text(out)
    for case in reference_cases():
        assert folded(case.title) in text


def test_letter_page_size(qapp, store, tmp_path):
    """Letter is available as well as A4."""
    out = tmp_path / "letter.pdf"
    export_pdf(scorecards_for(store, ["dpc2024-lithography"]), out, page="letter")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "612 x 792 pts" in info


def test_png_export_writes_one_image_per_page(qapp, store, tmp_path):
    """PNG export: one image per page, named after the case, at the chosen DPI."""
    from PySide6.QtGui import QImage

    paths = export_png(scorecards_for(store, ["dpc2024-lithography"]), tmp_path, ["dpc2024-lithography"], dpi=100)
    assert paths and paths[0].name == "dpc2024-lithography-1.png"
    image = QImage(str(paths[0]))
    assert image.width() == round(595.28 * 100 / 72) or abs(image.width() - 827) <= 1


def test_png_export_creates_a_missing_folder_and_names_one_it_cannot(qapp, store, tmp_path):
    cards = scorecards_for(store, ["dpc2024-lithography"])
    paths = export_png(cards, tmp_path / "new" / "cards", ["dpc2024-lithography"], dpi=30)
    assert [p.parent for p in paths] == [tmp_path / "new" / "cards"] * len(paths)
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(ExportError, match="sub: cannot create the folder"):
        export_png(cards, tmp_path / "file" / "sub", ["dpc2024-lithography"], dpi=30)


def test_unwritable_destinations_are_refused_before_drawing(qapp, store, tmp_path):
    """A missing folder, a folder as file name: a clear error naming the path, nothing written."""
    cards = scorecards_for(store, ["dpc2024-lithography"])
    with pytest.raises(ExportError, match="does not exist"):
        export_pdf(cards, tmp_path / "missing" / "x.pdf")
    with pytest.raises(ExportError, match="is a folder"):
        export_pdf(cards, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_cli_scorecard_all_and_errors(tmp_path, capsys):
    """`rdw scorecard --all --out` writes the PDF; a bad path is one error line and exit 1."""
    db = tmp_path / "cli.sqlite"
    open_store(db).close()  # (scorecard only reads: the database is made beforehand)
    assert main(["--db", str(db), "scorecard", "--all", "--out", str(tmp_path / "all.pdf")]) == 0
    assert (tmp_path / "all.pdf").stat().st_size > 10_000
    capsys.readouterr()
    assert main(["--db", str(db), "scorecard", "dpc2024-lithography", "--out", str(tmp_path / "no" / "x.pdf")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("rdw: error:") and "does not exist" in err[0]


def test_draft_case_renders_with_dashes(qapp, tmp_path):
    """A bare draft still renders: unrated values say so instead of breaking the layout."""
    from desktop.reports.pdf import render_pdf

    card = build_scorecard(Case(id="d", title="Draft"), date="today", version="1")
    out = tmp_path / "draft.pdf"
    render_pdf([card], str(out))
    text = pdf_text(out)
    assert "Draft" in text and "not rated" in text and "No instrument chosen yet" in text
    assert "None" not in text  # "None" only where a level is not feasible (SPEC §4)


def test_batch_pdf_has_contents_page_and_one_bookmark_per_case(qapp, store, tmp_path):
    """Several cases: a contents page first, and a bookmark per case pointing at its first page."""
    from pypdf import PdfReader

    out = tmp_path / "all.pdf"
    export_pdf(scorecards_for(store, REFERENCE_IDS), out)
    reader = PdfReader(str(out))
    marks = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]
    assert [title for title, _page in marks] == [c.title for c in reference_cases()]
    assert marks[0][1] == 1 and all(a[1] < b[1] for a, b in zip(marks, marks[1:]))
    contents = folded(reader.pages[0].extract_text())
    assert "Scorecards" in contents and "12 cases" in contents
    for title, page in marks:  # the contents page's numbers match the bookmarks
        assert folded(reader.pages[page].extract_text()).find(folded(title)) >= 0


def test_an_empty_level_says_why_in_words_of_its_own():
    """Not feasible, not chosen yet and not in the report read differently (issue 19)."""
    from desktop.models.scorecard import NONE_CHOSEN_YET, NONE_IN_REPORT, NONE_NOT_FEASIBLE

    draft = Case.model_validate({"id": "d", "title": "D", "ambition": {"feasibility": {
        "threat_prevention": "not_feasible", "ability_to_deny": "medium"}}})
    card = build_scorecard(draft, date="d", version="1")
    texts = {col.level: col.empty_text for col in card.levels if col.shows_none}
    assert texts[Level.THREAT_PREVENTION] == NONE_NOT_FEASIBLE == "None (level not feasible)"
    assert texts[Level.ABILITY_TO_DENY] == texts[Level.CURTAILMENT] == NONE_CHOSEN_YET
    for case in reference_cases():
        for col in build_scorecard(case, date="d", version="1").levels:
            if col.shows_none:
                assert col.empty_text in (NONE_NOT_FEASIBLE, NONE_IN_REPORT), (case.id, col.level)


def test_the_context_section_holds_what_basics_says_or_one_line():
    from desktop.models.scorecard import Context, ScorecardOptions

    case = Case.model_validate({"id": "c", "title": "C", "summary": " Sensors 传感器 <b>x</b> ",
                                "china_dependency": "High", "key_facts": ["a", " ", "b"]})
    assert build_scorecard(case, date="d", version="1").context is None
    context = build_scorecard(case, date="d", version="1", options=ScorecardOptions(context=True)).context
    assert context == Context("Sensors 传感器 <b>x</b>", "High", ["a", "b"]) and not context.empty
    blank = build_scorecard(Case(id="b", title="B"), date="d", version="1", options=ScorecardOptions(context=True))
    assert blank.context.empty and blank.context.EMPTY_LINE
