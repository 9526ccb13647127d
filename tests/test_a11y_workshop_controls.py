"""Workshop mode, as the facilitator drives it: number keys pick answers in the order shown (as
the wizard's rating rows: 1 = the first value shown), a decision against the suggestion asks for
a reason as the wizard does, a blind round hides the counts until Reveal, every control has a
name, and changes are announced to screen readers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from desktop.models import workshop as ws
from desktop.models.scales import Feasibility, LeverageDegree, Likelihood
from desktop.views import keys

LITHO = "dpc2024-lithography"
pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


@pytest.fixture
def mode(qtbot, window, file_store, monkeypatch):
    copy = file_store.duplicate(LITHO)
    window.reload(select=copy.id)
    mode = window.case_dialogs.start_workshop()
    mode.failures = []
    monkeypatch.setattr(mode, "show_failure", mode.failures.append)
    mode.said = []
    monkeypatch.setattr("desktop.views.workshop.workshop_mode.announce", lambda widget, text: mode.said.append(text))
    qtbot.waitExposed(mode.audience_window)
    with qtbot.waitActive(mode.audience_window):
        mode.audience_window.activateWindow()
    yield mode
    if window.case_dialogs.workshop is mode:
        mode.leave()


def key(qtbot, mode, k, times=1):
    for _ in range(times):
        qtbot.keyClick(mode.audience_window, k)


def go(mode, field):
    mode.session.go_to([q.key for q in mode.session.questions].index(field))


def test_number_keys_follow_the_order_shown_as_in_the_wizard(qtbot, mode, file_store):
    s = mode.session
    assert [o.value for o in s.question.options] == list(Likelihood)  # as the wizard's row: Low, Medium, High
    key(qtbot, mode, Qt.Key.Key_1)
    assert s.selected == "low" and mode.audience.screen_data.selected == "low"
    key(qtbot, mode, Qt.Key.Key_Up, 2)
    key(qtbot, mode, Qt.Key.Key_Return)
    assert file_store.get(s.case_id).workshop.tally(s.question.key).counts == {"low": 2}
    go(mode, "leverage.degree")
    assert [o.value for o in s.question.options] == list(LeverageDegree)
    key(qtbot, mode, Qt.Key.Key_5)
    assert s.selected == "high"
    # the numbers are on the screen with the answers, and on the facilitator's counts
    assert mode.audience.spoken[1].accessibleName().startswith("Answer 1: Low")
    assert mode.panel.count_labels["high"].full_text == "▶ 5. High"
    declared = {(k.context, k.keys): k.does for k in keys.declared()}
    assert "1 = the first shown" in declared[("Workshop mode", "1 … 9")]
    assert {("Workshop mode", "B"), ("Workshop mode", "V"), ("Workshop mode", "Enter")} <= set(declared)


def test_a_decision_against_the_suggestion_asks_for_a_reason(qtbot, mode, file_store, monkeypatch):
    field = "ambition.feasibility.threat_prevention"
    go(mode, field)
    s, panel = mode.session, mode.panel
    q = s.question
    assert [o.value for o in q.options] == list(Feasibility) and q.suggested == "high"
    asked = []
    monkeypatch.setattr(panel, "ask_reason", lambda *args: asked.append(args) or None)
    before = file_store.get(s.case_id)
    key(qtbot, mode, Qt.Key.Key_2)  # Low: not what the rules suggest
    key(qtbot, mode, Qt.Key.Key_Return)
    assert asked == [("Threat prevention — feasibility", "High", "Low")]
    after = file_store.get(s.case_id)  # cancelled: nothing changed
    assert after.workshop == before.workshop and after.overrides == before.overrides
    assert after.ambition.feasibility == before.ambition.feasibility and not mode.failures

    monkeypatch.setattr(panel, "ask_reason", lambda *args: asked.append(args) or "Export controls bite already")
    key(qtbot, mode, Qt.Key.Key_Return)
    case = file_store.get(s.case_id)
    [override] = [o for o in case.overrides if o.field == field]
    assert (override.value, override.reason) == ("low", "Export controls bite already")
    assert case.workshop.log[-1].reason == "Export controls bite already" and len(asked) == 2

    # a reason typed in the field is the reason: nothing more to ask
    key(qtbot, mode, Qt.Key.Key_3)
    panel.reason_field.setText("The room weighed the costs")
    assert panel.record() and len(asked) == 2
    assert [o.reason for o in file_store.get(s.case_id).overrides if o.field == field] == ["The room weighed the costs"]
    # the suggestion itself needs no reason
    key(qtbot, mode, Qt.Key.Key_4)
    assert panel.record() and len(asked) == 2
    assert not [o for o in file_store.get(s.case_id).overrides if o.field == field]


def test_a_blind_round_hides_the_counts_until_reveal(qtbot, mode, file_store):
    s = mode.session
    key(qtbot, mode, Qt.Key.Key_F2)
    key(qtbot, mode, Qt.Key.Key_B)
    assert s.blind and mode.panel.blind_button.isChecked() and mode.panel.reveal_button.isEnabled()
    assert "Blind round: no votes in yet" in mode.said[-1] or "Blind round" in mode.said[-1]
    key(qtbot, mode, Qt.Key.Key_2)
    key(qtbot, mode, Qt.Key.Key_Up, 3)
    key(qtbot, mode, Qt.Key.Key_3)
    key(qtbot, mode, Qt.Key.Key_Up)
    screen = mode.audience.screen_data
    assert screen.blind and screen.selected is None and screen.counts == {"medium": 3, "high": 1}
    assert mode.said[-1] == "4 votes in"  # no answer named
    lines = [label.accessibleName() for label in mode.audience.spoken if not label.isHidden()]
    assert "Blind round: 4 votes in. The counts are shown when the facilitator reveals them." in lines
    assert not any("vote" in line for line in lines if line.startswith("Answer"))
    assert mode.panel.blind_label.text() == "Room sees: 4 votes in"
    assert mode.panel.spread_label.text() == "4 votes in (blind round)"  # the controls may be projected
    key(qtbot, mode, Qt.Key.Key_V)
    assert mode.panel.spread_label.text() == "Consensus: 75% chose Medium (4 votes)"
    assert not mode.audience.screen_data.blind and not mode.panel.reveal_button.isEnabled()
    assert mode.said[-1] == "Counts revealed. 2. Medium: 3 votes. 3. High: 1 vote. 4 votes in"
    # the next question starts blind again; recording a decision shows its counts
    key(qtbot, mode, Qt.Key.Key_PageDown)
    assert mode.audience.screen_data.blind
    key(qtbot, mode, Qt.Key.Key_1)
    key(qtbot, mode, Qt.Key.Key_Up)
    key(qtbot, mode, Qt.Key.Key_Return)
    assert not mode.audience.screen_data.blind and mode.said[-1].startswith("Decided: 1. Low")
    key(qtbot, mode, Qt.Key.Key_B)  # off: everything shown
    key(qtbot, mode, Qt.Key.Key_PageDown)
    assert not s.blind and not mode.audience.screen_data.blind
    assert file_store.get(s.case_id).workshop.tally(s.questions[0].key).counts == {"medium": 3, "high": 1}


def test_every_control_has_a_name(qtbot, mode):
    key(qtbot, mode, Qt.Key.Key_F2)
    mode.session.go_to(next(i for i, q in enumerate(mode.session.questions) if len(q.options) == 9))
    QApplication.processEvents()  # widgets added to a shown layout show on the next pass
    focusable = [w for w in mode.panel.findChildren(QWidget)
                 if w.isVisibleTo(mode.panel) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                 and w.focusProxy() is None]  # a spin box's own line edit passes focus to the spin box
    assert len(focusable) >= 20
    for w in focusable:
        name = QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name)
        assert name.strip(), f"{type(w).__name__} has no accessible name"
    assert mode.panel.reason_field.accessibleName() == "Reason for the decision"
    assert mode.panel.blind_button.isCheckable()
    spins = list(mode.panel.spinners.values())
    assert len(spins) == 9 and spins[0].accessibleName().startswith("Participants for 1. [")


def test_question_moves_and_decisions_are_announced(qtbot, mode):
    key(qtbot, mode, Qt.Key.Key_PageDown)
    q = mode.session.question
    assert mode.said[-1] == f"Question 2 of {len(mode.session.questions)}: {q.title}"
    key(qtbot, mode, Qt.Key.Key_3)
    key(qtbot, mode, Qt.Key.Key_Up)
    assert mode.said[-1] == "3. High: 1 vote. 1 vote in"
    key(qtbot, mode, Qt.Key.Key_Return)
    assert mode.said[-1] == "Decided: 3. High"


def test_the_counts_grid_forgets_the_columns_of_the_last_question(qtbot, mode):
    """From a five-answer question (two columns) back to a three-answer one: one column again,
    its labels as wide as before (a grid keeps column stretches unless told otherwise)."""
    s = mode.session
    key(qtbot, mode, Qt.Key.Key_F2)
    grid = mode.panel.counts_grid
    first = [grid.columnStretch(c) for c in range(grid.columnCount())]
    degree = next(i for i, q in enumerate(s.questions) if q.key == "leverage.degree")
    s.go_to(degree)
    assert grid.columnStretch(2) == 1  # two columns of answers
    s.go_to(0)
    assert [grid.columnStretch(c) for c in range(len(first))] == first and grid.columnStretch(2) == 0
