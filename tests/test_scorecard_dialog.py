"""The Export Scorecards dialog: preview first, options re-render, save PDF or PNG."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt

from desktop.views.scorecard_dialog import ScorecardDialog

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
    monkeypatch.setattr("desktop.views.scorecard_dialog.plain_message",
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
    window.act_scorecards.trigger()
    window.act_all_scorecards.trigger()
    assert asked[0] == [LITHO] and len(asked[1]) == 12
    window.open_case(LITHO)
    window.act_scorecards.trigger()
    assert asked[2] == [LITHO]
