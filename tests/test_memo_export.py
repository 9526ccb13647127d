"""Memo options of the scorecard PDF: a handling banner on every page (top and bottom), the
sources-and-confidence annex, dissent notes and the changes since a named snapshot; in the data,
the PDF, the export dialog and ``rdw scorecard``. Text stays literal everywhere."""

from __future__ import annotations

import re
from html import unescape
import subprocess
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.models.case import Case, RatingEvidence, Snapshot, SourceRef
from desktop.models.evidence import evidence_changes
from desktop.models.library import open_store
from desktop.models.scales import Confidence
from desktop.models.scorecard import ScorecardOptions, banner_line, build_scorecard
from desktop.models.storage.store import StoreError
from desktop.reports.pdf import export_pdf
from desktop.reports.content import scorecards_for

from test_scorecard import folded, pdf_text  # tests/ is on sys.path (pytest prepends it)

LITHO, GENOMIC = "dpc2024-lithography", "dpc2024-genomic-data"
TODAY = date(2024, 6, 1)
BANNER = "OFFICIAL – SENSITIVE"
OLD_TITLE = "专利 <b>EUV</b> & landscape"
PUBLISHER = "EPO <i>&amp;</i>"
REFERENCE = "https://example.org/r?a=1&b=<2>"
DISSENT = "法国 thinks <script>medium</script> & no higher"


def source(id: str, title: str, **fields) -> SourceRef:
    return SourceRef(id=id, title=title, **fields)


EVIDENCE = {
    "strength.pillars.ip_patents.likelihood": RatingEvidence(
        sources=[source("epo-2019", OLD_TITLE, publisher=PUBLISHER, date="2019-03", reference=REFERENCE,
                        accessed="2020-01-02", note="Table 3 & annex")],
        confidence=Confidence.HIGH, dissent=DISSENT),
    "leverage.substitutability": RatingEvidence(dissent="Some said hard, not very hard."),
    "leverage.degree": RatingEvidence(sources=[source("merics-2024", "Chokepoints", publisher="MERICS", date="2024-02"),
                                               source("notes", "Interview notes")]),
    "ambition.feasibility.ability_to_deny": RatingEvidence(confidence=Confidence.LOW),
}


def memo_case(store) -> str:
    """A copy of the lithography case with sources, confidence and dissent on a few ratings
    (the report's own evidence, which the copy carries, is cleared first)."""
    case = store.set_fields(store.duplicate(LITHO).id, {"evidence": {}})
    for path, evidence in EVIDENCE.items():
        case = store.set_fields(case.id, evidence_changes(case, path, evidence))
    return case.id


def pages_text(path: Path, layout: bool = True) -> list[list[str]]:
    """Each page's non-empty lines, as pdftotext lays them out."""
    out = subprocess.run(["pdftotext", "-layout" if layout else "-raw", "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in out.split("\f")[:-1]]


def words(path: Path) -> list[tuple[float, list[tuple[float, float, float, float, str]]]]:
    """Per page: its height and (x_min, y_min, x_max, y_max, word) of every word."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True).stdout.decode()
    html = html.replace("&lt;", "\x01").replace("&gt;", "\x02")  # keep the markup-like words whole
    pattern = r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<'
    def word(w: str) -> str:
        return unescape(w.replace("\x01", "<").replace("\x02", ">"))

    return [(float(height), [(float(a), float(b), float(c), float(d), word(w)) for a, b, c, d, w in re.findall(pattern, page)])
            for height, page in re.findall(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', html, re.S)]


def assert_banner_on_every_page(path: Path, banner: str) -> int:
    """The banner is the first and the last line of every page, and touches nothing else."""
    from pypdf import PdfReader

    count = len(PdfReader(str(path)).pages)
    pages = pages_text(path)
    assert len(pages) == count
    for n, lines in enumerate(pages, start=1):
        assert lines[0] == banner and lines[-1] == banner, (n, lines[:2], lines[-2:])
        assert "Reverse Dependency Workbench" in lines[1] and f"Page {n} of {count}" in " ".join(lines[-4:])
    for n, (height, page) in enumerate(words(path), start=1):
        first, last = min(w[1] for w in page), max(w[3] for w in page)
        top = [w for w in page if w[1] < first + 2]
        bottom = [w for w in page if w[3] > last - 2]
        for line in (top, bottom):
            assert "".join(w[4] for w in line) == "".join(banner.split()), (n, line)
        assert max(w[3] for w in top) < 30 and min(w[1] for w in bottom) > height - 30
        others = [w for w in page if w not in top and w not in bottom]
        assert all(w[1] > max(x[3] for x in top) + 2 for w in others), n  # a clear gap above the running head
        assert all(w[3] < min(x[1] for x in bottom) - 2 for w in others), n  # and below the footer
    return count


# -- the data ---------------------------------------------------------------------------------
def test_annex_data_in_the_wizards_order(store):
    case = store.get(memo_case(store))
    card = build_scorecard(case, date="1 June 2024", version="5", today=TODAY,
                           options=ScorecardOptions(sources=True, dissent=True, banner="  OFFICIAL\n– x "))
    assert card.banner == "OFFICIAL – x"
    assert [i.label for i in card.sources] == ["IP & patents — likelihood", "Degree of leverage",
                                               "Ability to deny — feasibility"]
    patents, degree, deny = card.sources
    assert patents.stale and patents.heading == "IP & patents — likelihood (sources older than 3 years)"
    assert (patents.value, patents.confidence) == (case.strength.pillars["ip_patents"].likelihood.label,
                                                   "Confidence: high")
    (epo,) = patents.sources
    assert epo.title == OLD_TITLE and epo.note == "Table 3 & annex"
    assert epo.details == (f"Publisher: {PUBLISHER}", "Date: 2019-03", f"Reference: {REFERENCE}",
                           "Accessed: 2020-01-02")
    assert not degree.stale and degree.confidence == "Confidence: not stated"
    assert [s.title for s in degree.sources] == ["Chokepoints", "Interview notes"]
    assert degree.value == case.leverage.degree.label
    assert deny.sources == () and deny.confidence == "Confidence: low"
    assert [(d.label, d.text) for d in card.dissent] == [("IP & patents — likelihood", DISSENT),
                                                          ("Substitutability", "Some said hard, not very hard.")]
    plain = build_scorecard(case, date="d", version="1")
    assert (plain.banner, plain.sources, plain.dissent, plain.changes) == (None, None, None, None)


def test_banner_line_is_one_line_and_otherwise_as_typed():
    assert banner_line(None) is None and banner_line(" \n ") is None
    assert banner_line("機密 <b>x</b>\r\nline two") == "機密 <b>x</b> line two"


# -- the PDF ----------------------------------------------------------------------------------
def test_sources_and_dissent_in_the_pdf_literally(qapp, store, tmp_path):
    case_id = memo_case(store)
    out = tmp_path / "memo.pdf"
    export_pdf(scorecards_for(store, [case_id], ScorecardOptions(history=True, sources=True, dissent=True),
                              today=TODAY), out)
    text = pdf_text(out)
    assert text.index("History") < text.index("Sources and confidence") < text.index("Dissent notes")
    for expected in ("IP & patents — likelihood (sources older than 3 years)", "Confidence: high",
                     f"1. {OLD_TITLE}", f"Publisher: {PUBLISHER}", "Date: 2019-03", f"Reference: {REFERENCE}",
                     "Accessed: 2020-01-02", "Note: Table 3 & annex", "Degree of leverage", "Confidence: not stated",
                     "1. Chokepoints", "Publisher: MERICS · Date: 2024-02", "2. Interview notes",
                     "Ability to deny — feasibility", "Confidence: low", "No sources cited.",
                     folded(DISSENT), "Some said hard, not very hard."):
        assert expected in text, expected
    sources = text[text.index("Sources and confidence"):text.index("Dissent notes")]
    assert sources.index("IP & patents") < sources.index("Degree of leverage") < sources.index("Ability to deny")
    assert "Degree of leverage (sources older" not in text
    assert "&lt;" not in text and "<script>medium</script>" in text

    plain = tmp_path / "plain.pdf"
    export_pdf(scorecards_for(store, [case_id], ScorecardOptions(history=True)), plain)
    assert "Sources and confidence" not in pdf_text(plain) and "Dissent notes" not in pdf_text(plain)


def test_empty_annexes_say_so(qapp, store, tmp_path):
    out = tmp_path / "empty.pdf"
    bare = store.set_fields(store.duplicate(LITHO).id, {"evidence": {}})  # the reference case cites the report
    export_pdf(scorecards_for(store, [bare.id], ScorecardOptions(sources=True, dissent=True)), out)
    text = pdf_text(out)
    assert "No sources or confidence recorded for any rating." in text and "No dissent recorded." in text


def test_a_long_sources_annex_flows_with_continued_headings(qapp, store, tmp_path):
    from test_workshop_export import body_overflow

    case = store.get(memo_case(store))
    many = RatingEvidence(sources=[source(f"s{n}", f"Report {n}: " + "a long title " * 6, publisher="Publisher",
                                          date="2023", note="A note that runs on " * 8) for n in range(1, 31)])
    case = store.set_fields(case.id, evidence_changes(case, "leverage.degree", many))
    out = tmp_path / "long.pdf"
    export_pdf(scorecards_for(store, [case.id], ScorecardOptions(sources=True), today=TODAY), out)
    text = pdf_text(out)
    assert "Degree of leverage (continued)" in text and "30. Report 30:" in text
    assert body_overflow(out) == []


def test_banner_on_every_page_of_a_batch_with_figures_and_a_workshop_record(qapp, store, tmp_path):
    from desktop.reports.figures import build_figures, close_figures
    from test_workshop_export import workshop_case

    ids = [memo_case(store), GENOMIC, workshop_case(store)]
    options = ScorecardOptions(rationale=True, workshop=True, sources=True, dissent=True, banner=BANNER)
    figures = build_figures(store.cases(ids))
    out = tmp_path / "batch.pdf"
    try:
        export_pdf(scorecards_for(store, ids, options, today=TODAY), out, figures=figures)
    finally:
        close_figures(figures)
    count = assert_banner_on_every_page(out, BANNER)
    assert count >= 8
    text = pdf_text(out)
    assert "Portfolio figures" in text and "Workshop record" in text and "Scorecards 3 cases" in text.replace("·", "")


def test_banner_on_letter_pages_and_long_banners_stay_one_line(qapp, store, tmp_path):
    from desktop.reports.canvas import PAGE_SIZES
    from desktop.reports.pdf import render_pdf

    zh = "机密 <b>内部</b> & co"
    out = tmp_path / "zh.pdf"
    render_pdf(scorecards_for(store, [LITHO], ScorecardOptions(banner=zh)), str(out), PAGE_SIZES["letter"])
    assert_banner_on_every_page(out, zh)

    long = "RESTRICTED " + "handle via the secure channel only " * 6
    out = tmp_path / "long.pdf"
    render_pdf(scorecards_for(store, [LITHO], ScorecardOptions(banner=long)), str(out))
    for lines in pages_text(out):
        assert lines[0].startswith("RESTRICTED handle via") and lines[0].endswith("…")
        assert "Reverse Dependency Workbench" in lines[1]  # the running head, not a wrapped banner


def test_body_area_with_a_banner_is_the_same_on_every_page(qapp, store, tmp_path):
    """The banner takes the same room on every page: nothing is drawn between the body and the
    footer, and the page count of the dry run is the one printed."""
    from pypdf import PdfReader

    case = store.get(memo_case(store))
    long = " ".join(["The group weighed servicing, spare parts and the installed base."] * 100)
    case = store.set_fields(case.id, {"strength.rationale": long, "leverage.rationale": long})
    out = tmp_path / "b.pdf"
    export_pdf(scorecards_for(store, [case.id], ScorecardOptions(rationale=True, sources=True, banner=BANNER),
                              today=TODAY), out)
    pages = len(PdfReader(str(out)).pages)
    assert pages >= 4 and f"Page {pages} of {pages}" in pdf_text(out)
    for height, page in words(out):
        footer_rule = max(w[1] for w in page if w[4] == "Page") - 6
        body = [w for w in page if 60 <= w[1] and w[3] < footer_rule]
        assert body and all(w[3] <= height - 48 - 24 - 12 + 2 for w in body)


# -- changes since a snapshot -----------------------------------------------------------------
def changed_case(store) -> str:
    """A case with a snapshot "Before the workshop", then a few changes with reasons."""
    case = store.duplicate(LITHO)
    store.snapshots.take(case.id, "Before the workshop")
    store.set_fields(case.id, {"leverage.degree": "medium",
                               "overrides": [{"field": "leverage.degree", "suggested": "high", "value": "medium",
                                              "reason": "正如 <b>room</b> said & agreed"}]})
    store.set_fields(case.id, {"ambition.feasibility.ability_to_deny": "high"})
    return case.id


def test_changes_since_a_snapshot_in_the_pdf(qapp, store, tmp_path):
    case_id = changed_case(store)
    cards = scorecards_for(store, [case_id], ScorecardOptions(changes_since="Before the workshop"))
    record = cards[0].changes
    assert record.snapshot == "Before the workshop"
    rows = {row.label: row for _step, rows in record.sections for row in rows}
    assert rows["Degree of leverage"].change == "High → Medium"
    assert any("正如 <b>room</b> said & agreed" in note for note in rows["Degree of leverage"].notes)
    assert rows["Ability to deny — feasibility"].change == "Medium → High"
    assert [step for step, _rows in record.sections] == ["Leverage", "Ambition"]
    out = tmp_path / "changes.pdf"
    export_pdf(cards, out)
    text = pdf_text(out)
    assert "Changes since snapshot “Before the workshop”" in text and "Snapshot taken" in text
    assert "High → Medium" in text and "正如 <b>room</b> said & agreed" in text
    steps = [step for step, _rows in record.sections]
    assert text.index(steps[0]) < text.index("High → Medium")

    same = store.duplicate(LITHO)
    store.snapshots.take(same.id, "Start")
    export_pdf(scorecards_for(store, [same.id], ScorecardOptions(changes_since="start")), out)  # any case
    assert "No changes since the snapshot." in pdf_text(out)


def test_changes_from_a_snapshot_built_into_the_case():
    """Without the store, the annex comes from the snapshot the case carries (no history)."""
    from desktop.models.exchange import case_to_data
    from desktop.models.library import reference_cases

    litho = next(c for c in reference_cases() if c.id == LITHO)
    old = case_to_data(litho)
    data = {**old, "reference": None, "format_version": 2,
            "leverage": {**old["leverage"], "degree": "low"},
            "snapshots": [Snapshot(name="March", taken_at=datetime(2024, 3, 12, 14, 30, tzinfo=timezone.utc),
                                   case=old).model_dump(mode="json")]}
    data.pop("reference")
    card = build_scorecard(Case.model_validate(data), date="d", version="1",
                           options=ScorecardOptions(changes_since="March"))
    assert card.changes.taken_at == "12 March 2024, 14:30 UTC"
    rows = [row for _step, rows in card.changes.sections for row in rows]
    assert any(row.label == "Degree of leverage" and row.change == "High → Low" for row in rows)


def test_unknown_snapshot_is_a_clear_error(store):
    case_id = changed_case(store)
    with pytest.raises(StoreError, match="no snapshot named “Later”.*Before the workshop"):
        scorecards_for(store, [case_id], ScorecardOptions(changes_since="Later"))


# -- the dialog -------------------------------------------------------------------------------
def test_dialog_memo_options(qtbot, store, tmp_path):
    from desktop.views.export.scorecard_dialog import ScorecardDialog

    case_id = changed_case(store)
    case = store.get(case_id)
    store.set_fields(case_id, evidence_changes(case, "leverage.degree", EVIDENCE["leverage.degree"]))
    store.set_fields(case_id, evidence_changes(store.get(case_id), "strength.pillars.ip_patents.likelihood",
                                               EVIDENCE["strength.pillars.ip_patents.likelihood"]))
    d = ScorecardDialog(store, [case_id])
    qtbot.addWidget(d)
    assert [d.banner.itemText(n) for n in range(d.banner.count())] == [
        "", "OFFICIAL", "OFFICIAL – SENSITIVE", "RESTRICTED", "For internal use only"]
    assert [b.text().replace("&", "") for b in (d.sources, d.dissent, d.changes)] == [
        "Sources and confidence", "Dissent notes", "Changes since snapshot:"]
    assert d.options() == ScorecardOptions()
    assert d.changes.isEnabled() and d.snapshot.currentData() == "Before the workshop"

    rendered = []
    original = d.refresh_preview
    d.refresh_preview = lambda *a: (rendered.append(1), original())
    d.banner.setCurrentIndex(2)  # a preset
    d.banner.activated.emit(2)
    assert d.options().banner == BANNER
    d.banner.setEditText("For <b>your</b> eyes 眼")
    qtbot.waitUntil(lambda: d.status.text() and d._banner_pause.isActive() is False, timeout=3000)
    assert d.options().banner == "For <b>your</b> eyes 眼"
    d.sources.setChecked(True)
    d.dissent.setChecked(True)
    d.changes.setChecked(True)
    options = d.options()
    assert (options.sources, options.dissent, options.changes_since) == (True, True, "Before the workshop")
    card = d.cards()[0]
    assert card.sources and card.dissent and card.changes.snapshot == "Before the workshop"
    out = tmp_path / "dialog.pdf"
    assert d.save_as_pdf(str(out))
    assert_banner_on_every_page(out, "For <b>your</b> eyes 眼")
    text = pdf_text(out)
    assert "Sources and confidence" in text and "Dissent notes" in text and "Changes since snapshot" in text


def test_dialog_changes_only_for_one_case_with_snapshots(qtbot, store):
    from desktop.views.export.scorecard_dialog import ScorecardDialog

    case_id = changed_case(store)
    several = ScorecardDialog(store, [case_id, LITHO])
    none = ScorecardDialog(store, [LITHO])
    for d in (several, none):
        qtbot.addWidget(d)
        assert not d.changes.isEnabled() and not d.snapshot.isEnabled()
        d.changes.setChecked(True)
        assert d.options().changes_since is None
    assert "one case" in several.changes.toolTip() and "no snapshots" in none.changes.toolTip()


def test_banner_typing_rerenders_the_preview_once_typing_pauses(qtbot, store):
    from desktop.views.export.scorecard_dialog import ScorecardDialog

    d = ScorecardDialog(store, [LITHO])
    qtbot.addWidget(d)
    calls = []
    d._banner_pause.timeout.connect(lambda: calls.append(1))
    for text in ("O", "OF", "OFF"):
        d.banner.setEditText(text)
    qtbot.waitUntil(lambda: bool(calls), timeout=3000)
    assert calls == [1]


# -- the command line -------------------------------------------------------------------------
@pytest.fixture
def memo_db(tmp_path) -> tuple[Path, str]:
    db = tmp_path / "memo.sqlite"
    s = open_store(db, user="tester")
    try:
        case_id = changed_case(s)
        case = s.get(case_id)
        s.set_fields(case_id, evidence_changes(case, "strength.pillars.ip_patents.likelihood",
                                               EVIDENCE["strength.pillars.ip_patents.likelihood"]))
    finally:
        s.close()
    return db, case_id


def test_cli_memo_flags(qapp, memo_db, tmp_path, capsys):
    db, case_id = memo_db
    out = tmp_path / "cli.pdf"
    assert main(["--db", str(db), "scorecard", case_id, "--out", str(out), "--banner", BANNER, "--sources",
                 "--dissent", "--changes-since", "Before the workshop"]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert_banner_on_every_page(out, BANNER)
    text = pdf_text(out)
    for expected in ("Sources and confidence", f"1. {OLD_TITLE}", "Dissent notes", folded(DISSENT),
                     "Changes since snapshot “Before the workshop”", "High → Medium"):
        assert expected in text, expected
    assert main(["--db", str(db), "scorecard", case_id, "--out", str(out)]) == 0
    text = pdf_text(out)
    assert BANNER not in text and "Sources and confidence" not in text and "Changes since" not in text


def test_cli_unknown_snapshot_is_one_error_line(memo_db, tmp_path, capsys):
    db, case_id = memo_db
    out = tmp_path / "x.pdf"
    assert main(["--db", str(db), "scorecard", case_id, LITHO, "--out", str(out),
                 "--changes-since", "Before the workshop"]) == 1
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert captured.out == "" and len(lines) == 1 and not out.exists()
    assert lines[0].startswith("rdw: error: ") and "no snapshot named “Before the workshop”" in lines[0]


def test_cli_help_lists_the_memo_flags(capsys):
    assert main(["scorecard", "--help"]) == 0
    help_text = capsys.readouterr().out
    for flag in ("--banner TEXT", "--sources", "--dissent", "--changes-since NAME"):
        assert flag in help_text
