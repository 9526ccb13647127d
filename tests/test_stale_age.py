"""The age after which a rating's sources count as stale is the user's choice: the setting (and its
fallback), the Evidence buttons and the Review list for a chosen age, the Review step's spin box,
and the PDF sources annex with ``rdw scorecard --stale-years``."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings
from test_scorecard import pdf_text  # tests/ is on sys.path (pytest prepends it)
from wizard_walk_helpers import (
    LEVERAGE,
    LEVERAGE_DONE,
    REVIEW,
    STRENGTH_DONE,
    click_step,
)

from desktop.cli.main import main
from desktop.models.case import RatingEvidence, SourceRef
from desktop.models.evidence import DEFAULT_STALE_YEARS, evidence_changes, stale_days
from desktop.models.library import open_store
from desktop.models.scorecard import ScorecardOptions, build_scorecard
from desktop.views.sources.evidence_settings import KEY, set_stale_years, stale_years

SUBST = "leverage.substitutability"
PATENTS = "strength.pillars.ip_patents.likelihood"
LITHO = "dpc2024-lithography"


def years_ago(n: int) -> str:
    """A source date ``n`` years (and a few days) before today, as typed: YYYY-MM-DD."""
    return (date.today() - timedelta(days=n * 365 + 10)).isoformat()


FOUR_YEARS = {"id": "four", "title": "Four-year-old study", "date": years_ago(4)}


def test_stale_days_clamps_years():
    assert DEFAULT_STALE_YEARS == 3 and stale_days(3) == 1095
    assert stale_days(5) == 1825 and stale_days(0) == 365 and stale_days(99) == 20 * 365


def test_setting_round_trip_and_fallback():
    assert stale_years() == DEFAULT_STALE_YEARS  # nothing stored yet
    set_stale_years(5)
    assert stale_years() == 5 and QSettings().value(KEY) in (5, "5")
    set_stale_years(1)
    assert stale_years() == 1
    for bad in ("soon", "", 0, 21, "-3", "2.5"):
        QSettings().setValue(KEY, bad)
        assert stale_years() == DEFAULT_STALE_YEARS, bad


gui = pytest.mark.usefixtures("no_modal_dialogs")


def open_with_four_year_old_source(window, file_store):
    evidence = {SUBST: {"sources": [FOUR_YEARS]}}
    _case_id, editor = _open(window, file_store, evidence)
    return editor


def _open(window, store, evidence):
    case = store.create("Quantum sensing", strength=STRENGTH_DONE, leverage=LEVERAGE_DONE, evidence=evidence)
    window.open_case(case.id)
    return case.id, window.editor


@gui
def test_button_says_the_chosen_age(qtbot, window, file_store):
    """A source 4 years old is stale at 3 years (the default), not at 5; at 1 the text is singular."""
    editor = open_with_four_year_old_source(window, file_store)
    click_step(qtbot, editor, LEVERAGE)
    button = editor.pages[LEVERAGE].evidence_buttons[SUBST]
    assert button.state == "stale"
    assert button.text().replace("\n", " ") == "Evidence: 1 source ⚠ sources older than 3 years"
    assert "older than 3 years." in button.toolTip()

    set_stale_years(5)
    editor.pages[LEVERAGE].refresh(editor.controller.case)
    assert button.state == "some" and "older than" not in button.text()

    set_stale_years(1)
    editor.pages[LEVERAGE].refresh(editor.controller.case)
    assert button.state == "stale"
    assert button.text().replace("\n", " ") == "Evidence: 1 source ⚠ sources older than 1 year"
    assert "older than 1 year." in button.toolTip()


@gui
def test_review_spin_box_changes_the_list_and_the_setting(qtbot, window, file_store):
    editor = open_with_four_year_old_source(window, file_store)
    editor.go_to(REVIEW)
    page = editor.review_page
    assert page.stale_spin.value() == 3 and page.stale_unit.text() == "years"
    assert "Sources older than 3 years (1)" in page.view.toPlainText()

    page.stale_spin.setValue(5)
    assert stale_years() == 5
    text = page.view.toPlainText()
    assert "Sources older than" not in text and "Substitutability: newest source" not in text

    page.stale_spin.setValue(1)
    assert stale_years() == 1 and page.stale_unit.text() == "year"
    assert "Sources older than 1 year (1)" in page.view.toPlainText()

    # the other steps follow when they are next shown
    page.stale_spin.setValue(5)
    click_step(qtbot, editor, LEVERAGE)
    assert editor.pages[LEVERAGE].evidence_buttons[SUBST].state == "some"


@gui
def test_review_spin_box_shows_the_stored_setting(window, file_store):
    set_stale_years(7)
    editor = open_with_four_year_old_source(window, file_store)
    editor.go_to(REVIEW)
    assert editor.review_page.stale_spin.value() == 7
    assert "Sources older than" not in editor.review_page.view.toPlainText()


def test_annex_heading_uses_the_chosen_age(store):
    case = store.duplicate(LITHO)
    evidence = RatingEvidence(sources=[SourceRef(id="four", title="Study", date=years_ago(4))])
    case = store.set_fields(case.id, evidence_changes(case, PATENTS, evidence))
    def heading(years):
        card = build_scorecard(case, date="2024-06-01", version="1",
                               options=ScorecardOptions(sources=True, stale_years=years))
        (item,) = [i for i in card.sources if i.label.startswith("IP & patents")]
        return item.heading

    assert ScorecardOptions().stale_years == 3
    assert heading(3) == "IP & patents — likelihood (sources older than 3 years)"
    assert heading(5) == "IP & patents — likelihood"
    assert heading(1) == "IP & patents — likelihood (sources older than 1 year)"


@pytest.fixture
def stale_db(tmp_path):
    db = tmp_path / "stale.sqlite"
    s = open_store(db, user="tester")
    try:
        case = s.duplicate(LITHO)
        evidence = RatingEvidence(sources=[SourceRef(id="four", title="Study", date=years_ago(4))])
        s.set_fields(case.id, evidence_changes(case, PATENTS, evidence))
    finally:
        s.close()
    return db, case.id


def test_cli_stale_years_in_the_pdf_annex(qapp, stale_db, tmp_path, capsys):
    db, case_id = stale_db
    out = tmp_path / "memo.pdf"
    assert main(["--db", str(db), "scorecard", case_id, "--out", str(out), "--sources"]) == 0
    assert "(sources older than 3 years)" in pdf_text(out)
    assert main(["--db", str(db), "scorecard", case_id, "--out", str(out), "--sources", "--stale-years", "5"]) == 0
    text = pdf_text(out)
    assert "Sources and confidence" in text and "sources older than" not in text
    assert main(["--db", str(db), "scorecard", case_id, "--out", str(out), "--sources", "--stale-years", "2"]) == 0
    assert "(sources older than 2 years)" in pdf_text(out)
    capsys.readouterr()
    assert main(["--db", str(db), "scorecard", case_id, "--out", str(out), "--sources", "--stale-years", "0"]) == 2
    assert "choose 1 to 20 years" in capsys.readouterr().err


def test_cli_help_lists_stale_years(capsys):
    assert main(["scorecard", "--help"]) == 0
    assert "--stale-years" in capsys.readouterr().out
