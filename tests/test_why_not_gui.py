"""Why not one level higher (desktop/views/wizard/why_not_panel.py) and the Review page's evidence
checks (desktop/views/wizard/review_page.py): the panel says exactly what ``why_not_higher`` says,
one closed line per level that opens to its reasons; the Review page lists ratings whose sources are
older than 3 years and rated ratings without a source, each with a link that opens its step."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QUrl
from wizard_walk_helpers import (
    LEVERAGE,
    LEVERAGE_DONE,
    LEVERAGE_LOW,
    REVIEW,
    STRENGTH,
    STRENGTH_DONE,
    click,
    open_new,
)

from desktop.models.case import Case
from desktop.models.evidence import (
    RATINGS,
    stale_ratings,
    unsourced_ratings,
    why_not_higher,
)
from desktop.models.library import reference_cases
from desktop.models.scales import Level
from desktop.views.wizard.review_page import STALE_DAYS, evidence_html
from desktop.views.wizard.why_not_panel import (
    EMPTY,
    WhyNotPanel,
    hold_details,
    hold_headline,
    hold_text,
)

ALL_HIGH = {  # every level suggested high: nothing to explain
    "strength": {"pillars": {p: {"present": True, "stance": "maintain", "likelihood": "high"}
                             for p in ("research_innovation", "ip_patents", "production_commercialisation")},
                 "types": ["technological_excellence", "regulatory_political_normative", "commercialisation_advantage"]},
    "leverage": {**LEVERAGE_DONE, "dual_use_relevance": "high", "foreign_availability": "none", "spillover_damage": "low",
                 "market_entry_barriers": ["technological_breakthrough", "economies_of_scale"]},
}
OLD_SOURCE = {"id": "old-study", "title": "Old <b>study</b> 旧", "date": "2019-05"}
NEW_SOURCE = {"id": "new-study", "title": "New study", "date": "2099"}


def crafted_cases() -> list[Case]:
    refs = {c.id: c for c in reference_cases()}
    return [Case(id="blank", title="Blank"), Case(id="all-high", title="All high", **ALL_HIGH),
            refs["dpc2024-lithography"], refs["dpc2024-automotive-chips"], refs["dpc2024-facial-recognition"]]


@pytest.fixture
def panel(qtbot):
    p = WhyNotPanel()
    qtbot.addWidget(p)
    p.resize(800, 400)
    p.show()
    return p


@pytest.mark.parametrize("case", crafted_cases(), ids=lambda c: c.id)
def test_panel_says_what_why_not_higher_says(panel, case):
    """One line per level that why_not_higher lists, in its order; the text is its text, word for word."""
    holds = why_not_higher(case)
    panel.set_case(case)
    shown = [level for level, entry in panel.entries.items() if entry.isVisibleTo(panel)]
    assert shown == [h.level for h in holds]
    assert panel.empty.isVisibleTo(panel) == (not holds)
    for hold in holds:
        entry = panel.entries[hold.level]
        assert entry.toggle.text().replace("&&", "&") == hold_headline(hold)
        for line in (*hold.holding_back, *hold.would_change):
            assert line in entry.details.text()
    assert panel.text() == ("\n".join(hold_text(h) for h in holds) if holds else EMPTY)


def test_headline_and_reasons_read_as_one_sentence():
    hold = next(h for h in why_not_higher({c.id: c for c in reference_cases()}["dpc2024-lithography"])
                if h.level is Level.ABILITY_TO_DENY)
    assert hold_headline(hold) == f"Ability to deny: {hold.feasibility.label} — not {hold.next.label}"
    details = hold_details(hold)
    assert details.startswith("because:\n") and "\nIt would take:\n" in details
    assert hold_text(hold).startswith(f"Ability to deny: {hold.feasibility.label} — not {hold.next.label} because:")


def test_every_level_high_shows_the_empty_state(panel):
    panel.set_case(Case(id="all-high", title="All high", **ALL_HIGH))
    assert why_not_higher(Case(id="all-high", title="All high", **ALL_HIGH)) == []
    assert panel.empty.isVisibleTo(panel) and panel.empty.text() == EMPTY
    assert not any(e.isVisibleTo(panel) for e in panel.entries.values())


def test_levels_open_and_close_and_stay_open_across_refreshes(qtbot, panel):
    """Closed at first (compact); a click opens a level's reasons; a refresh keeps it open."""
    case = Case(id="blank", title="Blank")
    panel.set_case(case)
    entry = panel.entries[Level.CURTAILMENT]
    assert not entry.details.isVisibleTo(panel)
    click(qtbot, entry.toggle)
    assert entry.details.isVisibleTo(panel) and entry.toggle.arrowType() == Qt.ArrowType.DownArrow
    panel.set_case(case.model_copy(update={"title": "Blank again"}))
    assert entry.details.isVisibleTo(panel)
    click(qtbot, entry.toggle)
    assert not entry.details.isVisibleTo(panel)
    assert entry.details.textFormat() == Qt.TextFormat.PlainText


# -- the Review page -----------------------------------------------------------------------------------
gui = pytest.mark.usefixtures("no_modal_dialogs")


@gui
def test_review_lists_stale_and_unsourced_ratings_with_step_links(window, file_store):
    """A rating whose only source is from 2019 is listed as older than 3 years (as the date was
    typed), rated ratings without a source are listed per step, and each link opens its step."""
    evidence = {"leverage.substitutability": {"sources": [OLD_SOURCE]},
                "leverage.degree": {"sources": [OLD_SOURCE, NEW_SOURCE]}}  # one new source is enough
    case_id, editor = open_new(window, file_store, strength=STRENGTH_DONE, leverage=LEVERAGE_DONE, evidence=evidence)
    case = file_store.get(case_id)
    editor.go_to(REVIEW)
    text = editor.review_page.view.toPlainText()
    html = editor.review_page.view.toHtml()
    assert [p for p, _ in stale_ratings(case, STALE_DAYS, date.today())] == ["leverage.substitutability"]
    assert "Sources older than 3 years (1)" in text
    assert "Substitutability: newest source 2019-05." in text
    unsourced = unsourced_ratings(case)
    assert "leverage.degree" not in unsourced and "leverage.substitutability" not in unsourced
    assert f"Ratings without any source ({len(unsourced)})" in text
    for path in unsourced:
        assert RATINGS[path] in text
    assert 'href="step:strength"' in html and 'href="step:leverage"' in html
    assert text.index("Still to do") < text.index("Evidence to check") < text.index(case.title)

    editor.review_page.view.anchorClicked.emit(QUrl("step:strength"))
    assert editor.stack.currentIndex() == STRENGTH
    editor.go_to(REVIEW)
    editor.review_page.view.anchorClicked.emit(QUrl("step:leverage"))
    assert editor.stack.currentIndex() == LEVERAGE


def test_evidence_section_is_absent_when_nothing_to_check():
    """Nothing rated: nothing to source. A reference case rests on the report: no list either."""
    assert evidence_html(Case(id="blank", title="Blank")) == ""
    assert evidence_html(next(iter(reference_cases()))) == ""
    one = Case(id="x", title="x", leverage={"substitutability": "easy"})
    assert "Ratings without any source (1)" in evidence_html(one) and "Older" not in evidence_html(one)
    sourced = Case(id="x", title="x", leverage={"substitutability": "easy"},
                   evidence={"leverage.substitutability": {"sources": [NEW_SOURCE]}})
    assert evidence_html(sourced) == ""


@gui
def test_review_shows_why_not_higher_below_the_checks_and_follows_edits(qtbot, window, file_store, monkeypatch):
    """The panel sits under the checks' view, says what why_not_higher says, and follows every edit."""
    case_id, editor = open_new(window, file_store, strength=STRENGTH_DONE, leverage=LEVERAGE_LOW)
    editor.go_to(REVIEW)
    page = editor.review_page
    assert isinstance(page.why_not, WhyNotPanel)
    assert page.splitter.indexOf(page.view) == 0 and page.splitter.indexOf(page.why_not_area) == 1
    holds = why_not_higher(file_store.get(case_id))
    assert holds and page.why_not.text() == "\n".join(hold_text(h) for h in holds)

    editor.controller.edit({"leverage.dual_use_relevance": "high"}, "Set dual-use relevance")
    after = why_not_higher(file_store.get(case_id))
    assert after != holds and page.why_not.text() == "\n".join(hold_text(h) for h in after)


@gui
def test_review_panel_fits_closed_at_1024_by_768(qtbot, window, file_store):
    """At 1024×768 the closed panel shows every level without scrolling, and the checks keep most room;
    an opened level makes the panel grow, never past 45 % of the height."""
    case_id, editor = open_new(window, file_store, strength=STRENGTH_DONE, leverage=LEVERAGE_LOW)
    window.resize(1024, 768)
    editor.go_to(REVIEW)
    page = editor.review_page
    qtbot.waitUntil(lambda: page.why_not_area.verticalScrollBar().maximum() == 0)
    view_height, panel_height = page.splitter.sizes()
    assert view_height > panel_height
    for level in (h.level for h in why_not_higher(file_store.get(case_id))):
        toggle = page.why_not.entries[level].toggle
        bottom = toggle.mapTo(page.why_not_area.viewport(), toggle.rect().bottomLeft()).y()
        assert toggle.isVisibleTo(page) and bottom <= page.why_not_area.viewport().height()

    click(qtbot, page.why_not.entries[level].toggle)  # an opened level gets more room, up to 45 %
    qtbot.waitUntil(lambda: page.splitter.sizes()[1] > panel_height)
    assert page.splitter.sizes()[1] <= 0.46 * sum(page.splitter.sizes())
