"""The Export Scorecards dialog: preview first, options re-render, save PDF or PNG."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt

from desktop.views.export.scorecard_dialog import ScorecardDialog

LITHO = "dpc2024-lithography"


@pytest.fixture
def dialog(qtbot, store):
    d = ScorecardDialog(store, [LITHO])
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_preview_shows_rendered_pages(dialog):
    """Opening the dialog renders the pages the PDF will have."""
    assert dialog.preview_count >= 1
    assert dialog.pages_layout.count() == dialog.preview_count


def test_options_rerender_the_preview(qtbot, dialog):
    """Switching on rationale and factors adds content, so at least as many pages."""
    before = dialog.preview_count
    qtbot.mouseClick(dialog.rationale, Qt.MouseButton.LeftButton)
    dialog.factors.setChecked(True)
    assert dialog.options().rationale and dialog.options().leverage_factors
    assert dialog.preview_count >= before


def test_save_pdf_with_chosen_path_and_sections(dialog, tmp_path):
    """Save PDF writes the file (adding .pdf), with the optional sections switched on."""
    dialog.factors.setChecked(True)
    assert dialog.save_as_pdf(str(tmp_path / "litho"))
    text = subprocess.run(["pdftotext", str(tmp_path / "litho.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Leverage factors" in text and "Substitutability: Very hard" in text


def test_save_pdf_to_a_bad_place_says_why(dialog, tmp_path, monkeypatch):
    """A missing folder gives a message and no file."""
    shown = []
    monkeypatch.setattr("desktop.views.export.scorecard_dialog.plain_message",
                        lambda parent, icon, title, text: shown.append(text) or type("B", (), {"exec": lambda self: 0})())
    assert not dialog.save_as_pdf(str(tmp_path / "missing" / "x.pdf"))
    assert "does not exist" in shown[0]


def test_save_png_at_chosen_dpi(dialog, tmp_path):
    """PNG export writes one image per page at the DPI chosen in the dialog."""
    dialog.dpi.setValue(96)
    written = dialog.save_as_png(str(tmp_path))
    assert written and all(p.exists() for p in written)


def test_main_window_exports_selection_and_all(window, monkeypatch):
    """File ▸ Export Scorecards uses the selection; '… of All Cases' every listed case."""
    asked = []
    monkeypatch.setattr(window, "show_scorecard_dialog", asked.append)
    window.browser.select(LITHO)
    window.act.scorecards.trigger()
    window.act.all_scorecards.trigger()
    assert asked[0] == [LITHO] and len(asked[1]) == 12
    window.open_case(LITHO)
    window.act.scorecards.trigger()
    assert asked[2] == [LITHO]


def test_portfolio_figures_join_the_preview_and_the_pdf_with_a_bookmark(qtbot, store, tmp_path):
    """Ticking "Portfolio figures" adds figure pages after the scorecards: in the preview, in the
    PDF (with a contents entry and a bookmark), drawn as images that are not blank."""
    from pypdf import PdfReader

    ids = [LITHO, "dpc2024-automotive-chips", "dpc2024-genomic-data"]
    d = ScorecardDialog(store, ids)
    qtbot.addWidget(d)
    before = d.preview_count
    d.figures.setChecked(True)
    assert d.preview_count >= before + 2
    out = tmp_path / "batch.pdf"
    assert d.save_as_pdf(str(out))
    reader = PdfReader(str(out))
    outline = [item.title for item in reader.outline]
    assert outline[-1] == "Portfolio figures" and outline[:3] == [
        "Lithography for semiconductor front-end production", "Automotive chips", "Genomic data"]
    figures_page = reader.get_destination_page_number(reader.outline[-1])
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(out), "-"], capture_output=True, text=True).stdout
    assert "Portfolio figures" in text and str(figures_page + 1) in text  # in the contents
    page = reader.pages[figures_page]
    assert image_count(page) >= 2  # two figures per page, as pictures
    assert "Portfolio figures" in " ".join(page.extract_text().split())
    assert len(reader.pages) == d.preview_count  # the preview shows every page the PDF has


def test_cli_scorecard_figures(tmp_path, capsys):
    from desktop.cli.main import main
    from pypdf import PdfReader

    out = tmp_path / "cards.pdf"
    __import__('desktop.models.library', fromlist=['open_store']).open_store(tmp_path / "db.sqlite").close()  # (scorecard only reads)
    assert main(["--db", str(tmp_path / "db.sqlite"), "scorecard", LITHO, "dpc2024-genomic-data",
                 "--figures", "--out", str(out)]) == 0
    reader = PdfReader(str(out))
    assert [i.title for i in reader.outline][-1] == "Portfolio figures"
    assert sum(image_count(p) for p in reader.pages) == 6  # the six figures


def image_count(page) -> int:
    """Images drawn on a PDF page (its image XObjects), without needing Pillow."""
    xobjects = page.get("/Resources", {}).get("/XObject", {})
    return sum(1 for ref in xobjects.values() if ref.get_object().get("/Subtype") == "/Image")
