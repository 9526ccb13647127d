"""The workshop record in exports: the scorecard appendix (as data, in the PDF, in the dialog),
``rdw scorecard --workshop`` and ``rdw decisions``. Text stays literal everywhere."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.models.case import Case
from desktop.models.library import open_store
from desktop.models.scorecard import ScorecardOptions, build_scorecard
from desktop.models.scorecard_annexes import WorkshopItem, workshop_record
from desktop.models.workshop import decision_changes, questions, session_changes, tally_changes
from desktop.reports.pdf import export_pdf
from desktop.reports.content import scorecards_for

from test_scorecard import folded, pdf_text  # tests/ is on sys.path (pytest prepends it)

LITHO = "dpc2024-lithography"
NOW = datetime(2024, 6, 3, 14, 30, tzinfo=timezone.utc)
SESSION = "研讨会 <b>Brussels</b> & co"
FACILITATOR = "Li <i>Wei</i>"
REASON = "因为 <script>alert(1)</script> &amp; servicing is the lever"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def question(case: Case, key: str):
    return next(q for q in questions(case) if q.key == key)


def record(store, case: Case, key: str, counts: dict | None = None, decision: str | None = None,
           reason: str | None = None, at: datetime = NOW) -> Case:
    q = question(case, key)
    if counts is not None:
        case = store.set_fields(case.id, tally_changes(case, q, counts))
    if decision is not None:
        case = store.set_fields(case.id, decision_changes(case, question(case, key), decision, reason, now=at))
    return case


def workshop_case(store, *, extra_log: int = 0, long_reason: str | None = None) -> str:
    """A copy of the lithography case assessed with a room: a few tallies and decisions."""
    case = store.duplicate(LITHO)
    case = store.set_fields(case.id, session_changes(case, SESSION, FACILITATOR))
    case = record(store, case, "leverage.degree", {"high": 3, "medium_high": 5, "low": 1}, "medium_high", REASON)
    case = record(store, case, "strength.pillars.research_innovation.likelihood", {"high": 6, "medium": 1})
    case = record(store, case, "leverage.ethical_constraints", {"yes": 2, "no": 7}, "no",
                  at=NOW + timedelta(minutes=5))
    case = record(store, case, "ambition.chosen_level", {"ability_to_deny": 6, "curtailment": 3},
                  "ability_to_deny", long_reason, at=NOW + timedelta(minutes=9))
    i1, i2, i3 = (o.token for o in question(case, "instruments.ability_to_deny").options[:3])
    case = record(store, case, "instruments.ability_to_deny", {i1: 7, i2: 3, i3: 1}, i1,
                  at=NOW + timedelta(minutes=15))
    for n in range(extra_log):  # the room revisits the degree again and again
        case = record(store, case, "leverage.degree", None, ("medium", "medium_high")[n % 2],
                      f"Round {n + 1}: {long_reason or 'again'}", at=NOW + timedelta(minutes=20 + n))
    return case.id


# -- the appendix as data ---------------------------------------------------------------------
def test_appendix_data_in_the_wizards_order(store):
    """Questions and each tally's answers in the wizard's order (1 = the first value shown)."""
    case = store.get(workshop_case(store))
    card = build_scorecard(case, date="3 June 2024", version="7", options=ScorecardOptions(workshop=True))
    w = card.workshop
    assert (w.session, w.facilitator) == (SESSION, FACILITATOR)
    assert [i.label for i in w.items] == ["Research & innovation — likelihood", "Ethical constraints",
                                          "Degree of leverage", "Level chosen", "Ability to deny — instruments"]
    likelihood, ethical, degree, chosen, instruments = w.items
    assert likelihood == WorkshopItem("Research & innovation — likelihood", ("1 × Medium", "6 × High"),
                                      "Consensus: 86% chose High (7 votes)", "", "")
    assert degree.counts_text == "1 × Low, 5 × Medium–high, 3 × High"
    assert degree.spread == "Broad agreement: 56% chose Medium–high (9 votes)"
    assert (degree.decision, degree.reason) == ("Medium–high", REASON)
    assert ethical.counts_text == "2 × Yes, 7 × No" and ethical.decision == "No" and ethical.spread.endswith("(9 votes)")
    assert chosen.decision == "Ability to deny" and chosen.counts == ("6 × Ability to deny", "3 × Curtailment")
    option = question(case, "instruments.ability_to_deny").options[0]
    assert instruments.decision == option.label and instruments.counts[0] == f"7 × {option.label}"
    assert w.log == [
        f"2024-06-03 14:30 UTC · {SESSION} / {FACILITATOR} · Degree of leverage: Medium–high "
        f"(room: 1 × Low, 5 × Medium–high, 3 × High). Reason: {REASON}",
        f"2024-06-03 14:35 UTC · {SESSION} / {FACILITATOR} · Ethical constraints: No (room: 2 × Yes, 7 × No)",
        f"2024-06-03 14:39 UTC · {SESSION} / {FACILITATOR} · Level chosen: Ability to deny "
        "(room: 6 × Ability to deny, 3 × Curtailment)",
        f"2024-06-03 14:45 UTC · {SESSION} / {FACILITATOR} · Ability to deny — instruments: {option.label} "
        "(7 votes for it)",
    ]


def test_appendix_only_when_asked_and_recorded(store):
    case = store.get(workshop_case(store))
    assert build_scorecard(case, date="d", version="1").workshop is None
    plain = store.get(LITHO)
    assert build_scorecard(plain, date="d", version="1", options=ScorecardOptions(workshop=True)).workshop is None
    only_session = Case.model_validate({"id": "s", "title": "S", "workshop": {"session": "S1"}})
    w = workshop_record(only_session)
    assert (w.session, w.facilitator, w.items, w.log) == ("S1", "", [], [])


def test_untallied_undecided_and_retired_questions(store):
    """An empty tally is left out; a decision without a tally says so; a question the case no
    longer asks (its pillar is now 'not a source of strength') keeps its key and stored label."""
    case = store.duplicate(LITHO)
    case = record(store, case, "leverage.substitutability", {"hard": 0})
    case = record(store, case, "strength.pillars.ip_patents.likelihood", None, "medium", at=NOW)
    case = store.set_fields(case.id, {"strength.pillars.ip_patents.present": False})
    w = workshop_record(store.get(case.id))
    assert w.items == [WorkshopItem("strength.pillars.ip_patents.likelihood", (), "", "Medium", "")]
    assert w.log == ["2024-06-03 14:30 UTC · — · IP & patents — likelihood: Medium (no tally)"]


# -- the PDF ----------------------------------------------------------------------------------
def test_pdf_has_the_workshop_record_after_the_other_sections(qapp, store, tmp_path):
    case_id = workshop_case(store)
    out = tmp_path / "w.pdf"
    options = ScorecardOptions(rationale=True, history=True, workshop=True)
    export_pdf(scorecards_for(store, [case_id], options), out)
    text = pdf_text(out)
    assert text.index("History") < text.index("Workshop record") < text.index("Decision log")
    assert f"Session: {SESSION} · Facilitator: {FACILITATOR}" in text
    for expected in ("Degree of leverage", "1 × Low, 5 × Medium–high, 3 × High",
                     "Broad agreement: 56% chose Medium–high (9 votes)", "Medium–high", folded(REASON),
                     "2 × Yes, 7 × No", "not decided yet", "Consensus: 86% chose High (7 votes)",
                     "2024-06-03 14:30 UTC", f"{SESSION} / {FACILITATOR}", "(7 votes for it)"):
        assert expected in text, expected
    assert "&lt;" not in text and "<script>alert(1)</script>" in text

    without = tmp_path / "plain.pdf"
    export_pdf(scorecards_for(store, [case_id], ScorecardOptions(history=True)), without)
    assert "Workshop record" not in pdf_text(without)


def body_overflow(path: Path) -> list[str]:
    """Words drawn between the body's bottom and the footer rule (where nothing may be)."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True).stdout.decode()
    bad = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
        height = float(page.group(2))
        bottom, footer_rule = height - 48 - 24, height - 48 - 2
        for y_min, y_max, word in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', page.group(3)):
            if float(y_max) > bottom + 2 and float(y_min) < footer_rule:
                bad.append(word)
    return bad


def test_a_long_record_flows_across_pages_without_overflow(qapp, store, tmp_path):
    from pypdf import PdfReader

    long_reason = " ".join(["The room weighed servicing, spare parts and the installed base"] * 12)
    case_id = workshop_case(store, extra_log=45, long_reason=long_reason)
    short_id = workshop_case(store)
    long_pdf, short_pdf = tmp_path / "long.pdf", tmp_path / "short.pdf"
    export_pdf(scorecards_for(store, [case_id], ScorecardOptions(workshop=True)), long_pdf)
    export_pdf(scorecards_for(store, [short_id], ScorecardOptions(workshop=True)), short_pdf)
    pages = len(PdfReader(str(long_pdf)).pages)
    assert pages >= len(PdfReader(str(short_pdf)).pages) + 2
    text = pdf_text(long_pdf)
    assert "Round 45:" in text and "Decision log (continued)" in text
    assert f"Page {pages} of {pages}" in text
    assert body_overflow(long_pdf) == []
    for page in PdfReader(str(long_pdf)).pages[1:]:  # every continuation page carries the running head
        assert "Reverse Dependency Workbench" in folded(page.extract_text())


def test_images_and_letter_pages_render(qapp, store):
    from desktop.reports.canvas import PAGE_SIZES
    from desktop.reports.png import render_images

    cards = scorecards_for(store, [workshop_case(store)], ScorecardOptions(workshop=True))
    plain = scorecards_for(store, [LITHO], ScorecardOptions(workshop=True))
    images = render_images(cards, 40, PAGE_SIZES["letter"])
    assert len(images) >= len(render_images(plain, 40, PAGE_SIZES["letter"]))
    assert all(not image.isNull() for image in images)


# -- the dialog -------------------------------------------------------------------------------
def test_dialog_check_box_adds_the_record(qtbot, store, tmp_path):
    from desktop.views.export.scorecard_dialog import ScorecardDialog

    case_id = workshop_case(store)
    d = ScorecardDialog(store, [case_id])
    qtbot.addWidget(d)
    assert d.workshop.text() == "&Workshop tallies and decisions" and not d.workshop.isChecked()
    assert not d.options().workshop
    before = d.preview_count
    d.workshop.setChecked(True)
    assert d.options().workshop and d.options().history is False
    assert d.preview_count >= before
    assert d.cards()[0].workshop is not None
    out = tmp_path / "dialog.pdf"
    assert d.save_as_pdf(str(out))
    assert "Workshop record" in pdf_text(out) and folded(REASON) in pdf_text(out)


# -- the command line -------------------------------------------------------------------------
@pytest.fixture
def db_with_workshop(tmp_path) -> tuple[Path, str]:
    db = tmp_path / "cli.sqlite"
    s = open_store(db, user="tester")
    try:
        case_id = workshop_case(s)
    finally:
        s.close()
    return db, case_id


def test_cli_scorecard_workshop(qapp, db_with_workshop, tmp_path, capsys):
    db, case_id = db_with_workshop
    out = tmp_path / "cli.pdf"
    assert main(["--db", str(db), "scorecard", case_id, "--workshop", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    text = pdf_text(out)
    assert "Workshop record" in text and "1 × Low, 5 × Medium–high, 3 × High" in text
    assert main(["--db", str(db), "scorecard", case_id, "--out", str(out)]) == 0
    assert "Workshop record" not in pdf_text(out)


def test_cli_decisions_prints_and_writes(db_with_workshop, tmp_path, capsys):
    db, case_id = db_with_workshop
    assert main(["--db", str(db), "decisions", case_id]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("# Decision log — Lithography")
    assert f"Session: {SESSION} · Facilitator: {FACILITATOR}" in printed
    assert f"  Why: {REASON}\n" in printed and printed.endswith("\n") and not printed.endswith("\n\n")

    out = tmp_path / "minutes.md"
    assert main(["decisions", case_id, "--out", str(out), "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert out.read_bytes() == printed.encode("utf-8")

    assert main(["--db", str(db), "decisions", LITHO]) == 0
    assert "No decisions recorded yet." in capsys.readouterr().out


@pytest.mark.parametrize("args, says", [
    (["decisions", "nope"], "no case with id 'nope'"),
    (["decisions", LITHO, "--out", "{tmp}/missing/x.md"], "cannot be written"),
    (["decisions", LITHO, "--out", "{tmp}"], "cannot be written"),
])
def test_cli_decisions_errors_are_one_line(tmp_path, capsys, args, says):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    open_store(tmp_path / "e.sqlite").close()  # (decisions only reads: the database is made beforehand)
    assert main(["--db", str(tmp_path / "e.sqlite"), *args]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("rdw: error: ") and says in lines[0]


def test_cli_decisions_on_an_ascii_terminal(db_with_workshop):
    """Chinese session names print as UTF-8 even when the locale's encoding is ASCII."""
    db, case_id = db_with_workshop
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    result = subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), "decisions", case_id],
                            cwd=PROJECT_ROOT, capture_output=True, env=env)
    assert result.returncode == 0, result.stderr
    assert SESSION in result.stdout.decode("utf-8") and result.stderr == b""


def test_cli_help_lists_the_commands(capsys):
    assert main(["--help"]) == 0
    assert "decisions" in capsys.readouterr().out
    assert main(["scorecard", "--help"]) == 0
    assert "--workshop" in capsys.readouterr().out


def test_a_long_title_keeps_the_running_head_on_one_line(qapp, tmp_path):
    """The running head is cut with "…" rather than wrapped over the rule under it."""
    from desktop.models.case import Case
    from desktop.models.scorecard import build_scorecard
    from desktop.reports.pdf import render_pdf

    card = build_scorecard(Case(id="long", title="A very long title " * 12), date="today", version="1")
    out = tmp_path / "long.pdf"
    render_pdf([card], str(out))
    import subprocess

    first_lines = subprocess.run(["pdftotext", "-layout", "-l", "1", str(out), "-"], capture_output=True,
                                 text=True).stdout.splitlines()[:2]
    assert "…" in first_lines[0] and "Reverse Dependency Workbench" in first_lines[0]
