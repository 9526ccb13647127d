"""Word export of the scorecards (issue 19): the written .docx read back with python-docx —
native tables whose coloured cells carry their labels, every reference instrument, the optional
sections and annexes, the banner in header and footer, the citation, Word's own styles, Chinese
and markup literal, control characters dropped — and ``rdw scorecard --out FILE.docx``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from desktop import METHOD_CITATION
from desktop.models.case import Case
from desktop.models.library import reference_cases
from desktop.models.output_files import OutputError
from desktop.models.palette import colours_for
from desktop.models.provenance import LEGEND_LINE
from desktop.models.scales import Level
from desktop.models.scorecard import (
    FEASIBILITY_LEGEND,
    LIKELIHOOD_LEGEND,
    NONE_CHOSEN_YET,
    NONE_NOT_FEASIBLE,
    Context,
    ScorecardOptions,
    build_scorecard,
)
from desktop.reports.content import scorecards_for
from desktop.reports.docx import (
    EAST_ASIAN_ALTERNATIVE,
    EAST_ASIAN_FONT,
    build_docx,
    export_docx,
)

ROOT = Path(__file__).resolve().parent.parent
REFERENCE_IDS = [c.id for c in reference_cases()]
BANNER = "OFFICIAL – SENSITIVE"
HOSTILE = '<b>x</b> 传感器 & "q"'


def paragraphs(container) -> list[str]:
    """Every paragraph's text in document order, table cells included."""
    return [Paragraph(p, None).text for p in container.iter(qn("w:p"))]


def text_of(document) -> str:
    return "\n".join(paragraphs(document.element.body))


def cell_fill(cell) -> str | None:
    shd = cell._tc.tcPr.find(qn("w:shd")) if cell._tc.tcPr is not None else None
    return None if shd is None else "#" + shd.get(qn("w:fill")).lower()


def written(cards, tmp_path, name="out.docx", **kw) -> docx.document.Document:
    out = tmp_path / name
    export_docx(cards, out, **kw)
    return docx.Document(str(out))


def headings(document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


@pytest.mark.parametrize("case_id", REFERENCE_IDS)
def test_reference_case_tables_labels_and_every_instrument(store, tmp_path, case_id):
    """Scorecard 1 and 2 are tables; a coloured cell has the palette's fill and says its label;
    every instrument of the reference case is a table cell of its own."""
    card = scorecards_for(store, [case_id])[0]
    document = written([card], tmp_path)
    assert headings(document, 1) == [card.title]
    assert headings(document, 2)[:2] == ["Scorecard 1 · Technological strength and leverage",
                                         "Scorecard 2 · Level of ambition and core recommendations"]
    pillars, types, leverage, levels, *recommendations = document.tables
    assert [c.text for c in pillars.rows[0].cells] == ["Pillar of strength", "Maintain", "Regain / develop"]
    for row, pillar in zip(pillars.rows[1:], card.pillars):
        cells = row.cells
        assert cells[0].text == pillar.label
        if pillar.likelihood is not None and pillar.stance is not None:
            cell = cells[1] if pillar.stance.value == "maintain" else cells[2]
            assert cell.text.startswith(f"{pillar.likelihood.label} likelihood")
            assert cell_fill(cell) == colours_for(pillar.likelihood)[0]
        elif pillar.present is False:
            assert cells[1].text == "Not a source of strength"
    assert [c.text[2:] for row in types.rows for c in row.cells] == [label for label, _on in card.types]
    assert [c.text[0] for row in types.rows for c in row.cells] == ["☒" if on else "☐" for _l, on in card.types]
    chosen = [c for c in leverage.rows[0].cells if cell_fill(c) == colours_for(card.leverage)[0]]
    assert [c.text for c in chosen] == [card.leverage.label]
    for n, (name, feasibility, col) in enumerate(zip(levels.rows[0].cells, levels.rows[1].cells, card.levels), 1):
        assert name.text.startswith(f"{n}. {col.level.label}") and ("chosen" in name.text) == col.chosen
        assert feasibility.text.startswith(col.feasibility.label)
        assert cell_fill(feasibility) == colours_for(col.feasibility)[0]
    cells = [row.cells[1].text for t in recommendations for row in t.rows[1:]]
    for instrument in store.get(case_id).instruments:
        assert instrument.text in cells, instrument.text
    text = text_of(document)
    for line in (LIKELIHOOD_LEGEND, FEASIBILITY_LEGEND, LEGEND_LINE, card.source_note, METHOD_CITATION):
        assert line in text
    for col in card.levels:
        if col.shows_none:
            assert col.empty_text in text


def test_built_on_words_own_styles(store, tmp_path):
    """Headings, captions, a built-in table style and Heading 1 per case: a template restyles it."""
    document = written(scorecards_for(store, REFERENCE_IDS[:2], ScorecardOptions(context=True)), tmp_path)
    used = {p.style.name for p in document.paragraphs}
    assert {"Heading 1", "Heading 2", "Heading 3", "Caption", "List Bullet"} <= used
    assert {t.style.name for t in document.tables} == {"Table Grid"}

    def repeats_header(t) -> bool:
        return t.rows[0]._tr.trPr is not None and t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None

    one = written(scorecards_for(store, REFERENCE_IDS[:1]), tmp_path, "one.docx")
    recommendations = one.tables[4:]  # after pillars, types, leverage and levels
    assert recommendations and all(repeats_header(t) for t in recommendations)  # on every page it runs onto
    assert repeats_header(one.tables[0]) and not repeats_header(one.tables[1])


def test_banner_in_header_and_footer_running_head_citation_and_page_numbers(store, tmp_path):
    cards = scorecards_for(store, REFERENCE_IDS[:3], ScorecardOptions(banner=BANNER))
    document = written(cards, tmp_path)
    assert len(document.sections) == 3
    for section, card in zip(document.sections, cards):
        head = [p.text for p in section.header.paragraphs]
        foot = [p.text for p in section.footer.paragraphs]
        assert head[0] == BANNER and foot[-1] == BANNER
        assert head[1].startswith(card.title[:40]) and head[1].endswith(f"Scorecards · {card.date}\tReverse Dependency Workbench")
        assert METHOD_CITATION in foot and "Page 1 of 1" in foot  # (fields: Word fills in the numbers)
        assert {i.text.strip() for i in section.footer._element.iter(qn("w:instrText"))} == {"PAGE", "NUMPAGES"}
        assert section.header.paragraphs[0].runs[0].bold
    assert [s.start_type for s in document.sections[1:]] == [WD_SECTION.NEW_PAGE] * 2
    assert headings(document, 1) == [card.title for card in cards]  # the navigation pane's contents
    text = text_of(document)
    assert text.count(METHOD_CITATION) == 3  # at the end of each case too
    plain = written(scorecards_for(store, REFERENCE_IDS[:1]), tmp_path, "plain.docx")
    assert BANNER not in "\n".join(p.text for p in plain.sections[0].header.paragraphs + plain.sections[0].footer.paragraphs)


def test_chinese_and_markup_literal_with_an_east_asian_font(store, tmp_path):
    case = store.create(HOSTILE, technology_area="半导体 & <i>sensors</i>", summary="传感器 <script>x</script>")
    out = tmp_path / "zh.docx"
    export_docx(scorecards_for(store, [case.id], ScorecardOptions(context=True)), out)
    document = docx.Document(str(out))
    assert headings(document, 1) == [HOSTILE]
    text = text_of(document)
    assert "Technology field: 半导体 & <i>sensors</i>" in text and "Summary: 传感器 <script>x</script>" in text
    assert HOSTILE in document.sections[0].header.paragraphs[0].text
    assert document.core_properties.title == f"Scorecards: {HOSTILE}"
    styles = document.styles.element
    normal = document.styles["Normal"].element.rPr.rFonts
    assert normal.get(qn("w:eastAsia")) == EAST_ASIAN_FONT
    assert not [f for f in styles.iter(qn("w:rFonts")) if f.get(qn("w:eastAsiaTheme"))]
    assert {lang.get(qn("w:eastAsia")) for lang in styles.iter(qn("w:lang"))} == {"zh-CN"}
    import zipfile

    with zipfile.ZipFile(out) as z:
        fonts = z.read("word/fontTable.xml").decode()
        body = z.read("word/document.xml").decode()
    assert f'w:name="{EAST_ASIAN_FONT}"' in fonts and f'w:altName w:val="{EAST_ASIAN_ALTERNATIVE}"' in fonts
    assert "&lt;b&gt;x&lt;/b&gt; 传感器 &amp; \"q\"" in body  # escaped in the XML, literal on the page


def test_control_characters_are_dropped_tabs_and_line_breaks_kept(store, tmp_path):
    title = "Ctl\x00\x01\x07\x1b\x7f\ufffe title"
    case = store.create(title, summary="line one\r\nline two\tcolumn\x0bend")
    document = written(scorecards_for(store, [case.id], ScorecardOptions(context=True)), tmp_path)
    assert headings(document, 1) == ["Ctl title"]  # a title is one line: controls become one space
    assert "Summary: line one\nline two\tcolumnend" in text_of(document)


def test_optional_sections_and_memo_annexes_in_the_pdfs_order(store, tmp_path):
    from test_memo_export import DISSENT
    from test_workshop_export import workshop_case

    from desktop.models.case import RatingEvidence
    from desktop.models.evidence import evidence_changes

    case_id = workshop_case(store)
    store.snapshots.take(case_id, "Before")
    case = store.set_fields(case_id, {"leverage.degree": "low"})
    store.set_fields(case_id, evidence_changes(case, "leverage.degree", RatingEvidence(dissent=DISSENT)))
    options = ScorecardOptions(rationale=True, leverage_factors=True, overrides=True, history=True, workshop=True,
                               context=True, sources=True, dissent=True, changes_since="Before")
    card = scorecards_for(store, [case_id], options)[0]
    document = written([card], tmp_path)
    order = [h for h in headings(document, 2) if not h.startswith("Scorecard")]
    assert order == ["Context", "Rationale", "Leverage factors", "Ratings that differ from the suggestion",
                     "History", "Sources and confidence", "Dissent notes", "Changes since snapshot “Before”",
                     "Workshop record"]
    text = text_of(document)
    for _title, lines in card.extra_sections:
        for line in lines:
            assert line in text
    assert DISSENT in text and "Decision log" in text
    rows = [row for _step, rows in card.changes.sections for row in rows]
    assert rows and all(row.label in text and row.change in text for row in rows)
    assert any(row.change.endswith("→ Low") for row in rows)
    for item in card.workshop.items:
        assert item.label in headings(document, 3)
    for line in card.workshop.log:
        assert line in text
    for item in card.sources:
        assert item.heading in headings(document, 3)
    empty = build_scorecard(Case(id="e", title="E"), date="d", version="1", options=ScorecardOptions(
        context=True, sources=True, dissent=True, leverage_factors=True, rationale=True))
    text = text_of(written([empty], tmp_path, "empty.docx"))
    for line in (Context.EMPTY_LINE, "No sources or confidence recorded for any rating.", "No dissent recorded.",
                 "No leverage factor rated.", "No rationale recorded."):
        assert line in text
    assert "Substitutability: —" not in text


def test_an_empty_level_says_why_and_letter_pages(tmp_path):
    draft = Case.model_validate({"id": "d", "title": "D", "ambition": {"feasibility": {
        "threat_prevention": "not_feasible", "ability_to_deny": "medium"}}})
    card = build_scorecard(draft, date="d", version="1")
    document = written([card], tmp_path, page="letter")
    text = text_of(document)
    assert NONE_NOT_FEASIBLE in text and NONE_CHOSEN_YET in text
    assert "— not rated" in document.tables[0].rows[1].cells[1].text
    section = document.sections[0]
    assert (round(section.page_width.inches, 2), round(section.page_height.inches, 2)) == (8.5, 11.0)
    a4 = written([card], tmp_path, "a4.docx").sections[0]
    assert (round(a4.page_width.mm), round(a4.page_height.mm)) == (210, 297)


def test_size_of_a_one_case_document(store, tmp_path):
    out = tmp_path / "one.docx"
    export_docx(scorecards_for(store, ["dpc2024-lithography"]), out)
    assert out.stat().st_size <= 100_000


def test_failures_are_one_clear_error_and_write_nothing(store, tmp_path, file_store, db_path):
    cards = scorecards_for(store, REFERENCE_IDS[:1])
    with pytest.raises(OutputError, match="folder does not exist"):
        export_docx(cards, tmp_path / "missing" / "x.docx")
    with pytest.raises(OutputError, match="PDF export only"):
        export_docx(cards, tmp_path / "f.docx", figures=[object()])
    assert not (tmp_path / "f.docx").exists()
    with pytest.raises(OutputError):
        export_docx(cards, db_path, protect=db_path)
    with pytest.raises(ValueError):
        build_docx([])
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".docx", ".tmp")) == []


def test_word_export_loads_neither_qt_nor_docx_before_it_is_asked():
    """The Word export needs no Qt; ``rdw --version`` loads neither Qt nor python-docx."""
    probe = (
        "import sys\n"
        "from desktop.cli.main import main\n"
        "import desktop.cli.scorecard\n"
        "assert 'docx' not in sys.modules\n"
        "from desktop.models.library import reference_cases\n"
        "from desktop.models.scorecard import build_scorecard\n"
        "from desktop.reports.docx import build_docx\n"
        "assert 'docx' not in sys.modules\n"
        "raw = build_docx([build_scorecard(reference_cases()[0], date='d', version='1')])\n"
        "assert raw[:2] == b'PK' and 'docx' in sys.modules\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'\n"
    )
    subprocess.run([sys.executable, "-c", probe], cwd=ROOT, check=True)


# -- the command line -------------------------------------------------------------------------
def test_cli_docx_from_the_extension_with_context_and_banner(rdw, tmp_path):
    out = tmp_path / "cards.DOCX"
    code, stdout, stderr = rdw("scorecard", "dpc2024-lithography", "dpc2024-genomic-data", "--out", out,
                               "--context", "--banner", BANNER, "--page-size", "letter")
    assert (code, stderr, stdout.strip()) == (0, "", str(out))
    document = docx.Document(str(out))
    assert len(headings(document, 1)) == 2 and "Context" in headings(document, 2)
    assert document.sections[0].header.paragraphs[0].text == BANNER
    assert round(document.sections[0].page_width.inches, 1) == 8.5
    code, _out, _err = rdw("scorecard", "dpc2024-lithography", "--out", tmp_path / "plain.docx")
    assert code == 0 and "Context" not in headings(docx.Document(str(tmp_path / "plain.docx")), 2)


@pytest.mark.parametrize("args, message", [
    (["--out", "x.txt"], "write a .pdf or a .docx file"),
    (["--out", "x"], "write a .pdf or a .docx file"),
    (["--out", "x.docx", "--pdfa"], "--pdfa is for a PDF"),
    (["--out", "x.docx", "--figures"], "the portfolio figures are in the PDF export only"),
])
def test_cli_wrong_format_or_flag_is_one_error_line(rdw, tmp_path, args, message):
    args = [str(tmp_path / a) if a.startswith("x") else a for a in args]
    code, stdout, stderr = rdw("scorecard", "dpc2024-lithography", *args)
    assert code == 1 and stdout == "" and len(stderr.splitlines()) == 1
    assert stderr.startswith("rdw: error: ") and message in stderr
    assert list(tmp_path.glob("x*")) == []


def test_cli_help_names_word_context_and_pdfa(capsys):
    from desktop.cli.main import main

    assert main(["scorecard", "--help"]) == 0
    help_text = capsys.readouterr().out
    for flag in ("FILE.pdf|FILE.docx", "--context", "--pdfa"):
        assert flag in help_text


def test_cli_pdf_gets_pdfa_and_context_when_asked(rdw, tmp_path, monkeypatch):
    """``--pdfa`` reaches ``export_pdf(pdfa=True)``, ``--context`` the scorecards (the PDF itself is
    checked by the PDF/A and layout tests)."""
    import desktop.reports.pdf as pdf

    calls = []
    monkeypatch.setattr(pdf, "export_pdf", lambda cards, out, *args, **kw: calls.append((cards, kw)))
    assert rdw("scorecard", "dpc2024-lithography", "--out", tmp_path / "a.pdf", "--pdfa", "--context")[0] == 0
    assert rdw("scorecard", "dpc2024-lithography", "--out", tmp_path / "b.PDF")[0] == 0
    (cards, kw), (plain_cards, plain_kw) = calls
    assert kw["pdfa"] is True and cards[0].context is not None
    assert plain_kw["pdfa"] is False and plain_cards[0].context is None
