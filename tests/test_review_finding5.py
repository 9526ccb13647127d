"""The Review's Finding-5 advice (SPEC.md §3): when the chosen level's instruments lean on protect
more than on promote and partner together, the Review says so with the counts and the report's
reason. Advice only: it never blocks completeness. Crafted cases in plain Python, then the page."""

from __future__ import annotations

import pytest
from rules_helpers import make_case

from desktop.models.library import reference_cases
from desktop.models.review import FINDING_5, review
from desktop.models.scales import Level, Step

DENY, PREVENT = Level.ABILITY_TO_DENY, Level.THREAT_PREVENTION


def instruments(level: Level, protect: int = 0, promote: int = 0, partner: int = 0) -> list[dict]:
    out = []
    for ppp, n in (("protect", protect), ("promote", promote), ("partner", partner)):
        out += [{"level": level.value, "text": f"{ppp} {i}", "ppp": ppp, "focus": "knowledge_security"} for i in range(n)]
    return out


def advice(case) -> list[str]:
    return [f.message for f in review(case) if f.kind == "advice"]


def chosen(level: Level | None, items: list[dict]):
    return make_case(ambition={"chosen_level": level.value if level else None}, instruments=items)


def test_lean_on_protect_says_the_counts_and_the_reports_reason():
    case = chosen(DENY, instruments(DENY, protect=4, promote=1))
    findings = [f for f in review(case) if f.kind == "advice"]
    assert len(findings) == 1 and findings[0].step is Step.INSTRUMENTS
    assert findings[0].message == (
        "The instruments for the chosen level, ability to deny, lean on protect: 4 protect, 1 promote, 0 partner. "
        "The report's Finding 5: promote and partner tools need at least as much attention as protect "
        "instruments; policy should stay technology-agnostic and avoid simply protecting incumbents. "
        "Consider promote or partner instruments as well."
    )
    assert FINDING_5 in findings[0].message


def test_only_the_chosen_levels_instruments_count():
    """Protect instruments at another level do not make the chosen level lean on protect."""
    case = chosen(DENY, instruments(DENY, protect=1, partner=1) + instruments(Level.CURTAILMENT, protect=5))
    assert advice(case) == []
    act = Level.ABILITY_TO_ACT
    case = chosen(act, instruments(act, protect=2) + instruments(DENY, promote=5, partner=5))
    assert advice(case) == ["The instruments for the chosen level, ability to act, lean on protect: "
                            f"2 protect, 0 promote, 0 partner. {FINDING_5} Consider promote or partner instruments as well."]


@pytest.mark.parametrize("level", [PREVENT, Level.CURTAILMENT])
def test_no_advice_where_table_2_lists_only_protect_instruments(level):
    """Table 2's protect / promote / partner row is "protect" for threat prevention and
    curtailment: advising promote and partner there would contradict the report's own table."""
    assert advice(chosen(level, instruments(level, protect=4))) == []


@pytest.mark.parametrize("counts", [
    {"protect": 2, "promote": 1, "partner": 1},  # equal counts: at least as much attention, no advice
    {"protect": 1, "promote": 1},
    {"protect": 1, "partner": 3},  # balanced towards promote and partner
    {"promote": 2},
], ids=["equal", "equal-promote", "partner-heavy", "no-protect"])
def test_balanced_or_equal_counts_give_no_advice(counts):
    assert advice(chosen(DENY, instruments(DENY, **counts))) == []


def test_nothing_without_a_chosen_level_or_its_instruments():
    assert advice(chosen(None, instruments(DENY, protect=3))) == []
    assert advice(chosen(DENY, instruments(PREVENT, protect=3))) == []  # the chosen level has none
    assert advice(chosen(DENY, [])) == []


def test_advice_comes_after_gaps_and_inconsistencies_and_changes_no_status():
    case = chosen(DENY, instruments(DENY, protect=2))
    kinds = [f.kind for f in review(case)]
    assert kinds[-1] == "advice" and kinds.count("advice") == 1
    assert kinds == sorted(kinds, key=("inconsistency", "gap", "optional", "advice").index)


def test_no_reference_case_leans_on_protect():
    """The report's own cases follow its finding: none of them draws the advice."""
    assert [c.id for c in reference_cases() if advice(c)] == []


# -- the Review page -------------------------------------------------------------------------------
def test_review_page_shows_the_advice_after_the_checks_with_a_link(qtbot, window, file_store):
    from PySide6.QtCore import QUrl

    case = file_store.create("Leaning case", ambition={"chosen_level": "ability_to_deny"},
                             instruments=instruments(DENY, protect=3, partner=1))
    window.reload(select=case.id)
    editor = window.open_case(case.id)
    editor.go_to(len(editor.pages) - 1)
    text = editor.review_page.view.toPlainText()
    assert "Worth considering (1)" in text
    assert "3 protect, 0 promote, 1 partner" in text and FINDING_5 in text
    assert text.index("Still to do") < text.index("Worth considering") < text.index(case.title)
    editor.review_page.view.anchorClicked.emit(QUrl("step:instruments"))
    assert editor.stack.currentIndex() == len(editor.pages) - 2  # the Instruments page


def test_advice_alone_leaves_the_assessment_complete(qapp):
    """A case with nothing missing or inconsistent still reads complete, with the advice below."""
    from desktop.views.wizard.review_page import findings_html

    mri = next(c for c in reference_cases() if c.id == "dpc2024-ai-medical-imaging-mri")
    assert review(mri) == [] and mri.ambition.chosen_level is DENY
    leaning = mri.model_validate({**mri.model_dump(mode="json"),
                                  "instruments": [i.model_dump(mode="json") for i in mri.instruments]
                                  + instruments(DENY, protect=3)})
    assert [f.kind for f in review(leaning)] == ["advice"] and leaning.status.value == "complete"
    html = findings_html(leaning)
    assert html.index("Nothing missing, nothing inconsistent.") < html.index("Worth considering (1)")
    assert "3 protect, 0 promote, 2 partner" in html
