"""Issue 18, finding 10: a huge but valid case (2,000 instruments) exports within a stated bound
— a level prints at most 50 instruments of at most 600 characters and says how many more the
case holds — and a long export in the window shows progress with Cancel; cancelling writes
nothing and leaves an earlier file as it was. (Timings: benchmarks/run.py, README "Speed".)"""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtWidgets import QProgressDialog

from desktop.models.case import Case
from desktop.models.library import open_store
from desktop.models.scorecard import build_scorecard
from desktop.reports.content import scorecards_for
from desktop.reports.pdf import export_pdf
from desktop.views.export.scorecard_dialog import ScorecardDialog

LITHO = "dpc2024-lithography"
COUNT = 2000
LONG = "word " * 200  # 1,000 characters: over the per-instrument bound


def huge_case(case_id: str = "huge") -> Case:
    return Case.model_validate({
        "format": "rdw-case", "format_version": 1, "id": case_id, "title": "Huge case",
        "instruments": [{"level": "ability_to_deny", "text": f"Instrument {n}: {LONG}",
                         "ppp": ("protect", "promote", "partner")[n % 3], "focus": "knowledge_security"}
                        for n in range(COUNT)]})


def test_a_level_prints_at_most_50_instruments_and_says_how_many_more():
    card = build_scorecard(huge_case(), date="1 June 2024", version="1")
    column = next(c for c in card.levels if c.level.value == "ability_to_deny")
    assert len(column.recommendations) == 50
    assert all(len(text) < 700 and text.endswith("(shortened; the full text is in the case file)")
               for _ppp, text in column.recommendations)
    assert column.omitted_line == "… and 1,950 more (see the case file)"


def test_the_huge_case_exports_in_a_bounded_number_of_pages(qapp, store, tmp_path):
    from pypdf import PdfReader

    store.add_cases([huge_case()])
    out = tmp_path / "huge.pdf"
    export_pdf(scorecards_for(store, ["huge"]), out)
    assert len(PdfReader(str(out)).pages) <= 40  # before the bound: 1,002 pages here
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split())
    assert "… and 1,950 more (see the case file)" in text
    assert "Instrument 49:" in text and "Instrument 50:" not in text


@pytest.fixture
def dialog(qtbot, store):
    store.add_cases([huge_case(f"huge-{n}") for n in range(3)])
    d = ScorecardDialog(store, [LITHO, "huge-0", "huge-1", "huge-2"])
    qtbot.addWidget(d)
    return d


def test_cancel_while_saving_writes_nothing_and_keeps_the_earlier_file(dialog, tmp_path, monkeypatch):
    out = tmp_path / "cards.pdf"
    out.write_bytes(b"the earlier file")
    asked = []

    def cancelled_at_the_third_page(progress):
        asked.append(progress.labelText())
        return len(asked) >= 8  # the cases are prepared, then a few pages are laid out

    monkeypatch.setattr(QProgressDialog, "wasCanceled", cancelled_at_the_third_page)
    assert dialog.save_as_pdf(str(out)) is False
    assert dialog.progress.cancelled and "Cancelled" in dialog.status.text()
    assert any(text.startswith("Preparing case") for text in asked)
    assert any("page" in text for text in asked)
    assert out.read_bytes() == b"the earlier file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cards.pdf"]  # no temporary file left


def test_an_export_that_is_not_cancelled_still_saves(dialog, tmp_path):
    assert dialog.save_as_pdf(str(tmp_path / "cards.pdf"))
    assert not dialog.progress.cancelled and (tmp_path / "cards.pdf").read_bytes().startswith(b"%PDF")


def test_rdw_scorecard_says_what_it_left_out(qapp, tmp_path, capsys):
    from desktop.cli.main import main

    db = tmp_path / "db.sqlite"
    store = open_store(db)
    store.add_cases([huge_case()])
    store.close()
    assert main(["--db", str(db), "scorecard", "huge", "--out", str(tmp_path / "huge.pdf")]) == 0
    err = capsys.readouterr().err
    assert "huge: 1,950 instruments not printed (at most 50 per level; see the case file)" in err
