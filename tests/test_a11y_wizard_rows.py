"""Rating rows for screen readers and keyboards: a named group of radio buttons whose checked
state and description say the value, keys that change it and tell assistive technology, one Tab
stop per row, evidence opened by F4 (no Tab stop), and suggestion changes announced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from wizard_walk_helpers import AMBITION, LEVERAGE, STRENGTH, open_new, pick

from desktop.models.scales import Likelihood, Pillar, SpilloverDamage, Substitutability
from desktop.views.keys import declared
from desktop.views.wizard.choice_row import EVIDENCE_KEY, ChoiceRow
from desktop.views.wizard.evidence_button import EvidenceButton

Role = QAccessible.Role


def iface(widget):
    return QAccessible.queryAccessibleInterface(widget)


def description(widget) -> str:
    return iface(widget).text(QAccessible.Text.Description)


@pytest.fixture
def events(monkeypatch):
    """The accessibility events the app sends from Python (announcements)."""
    seen: list[tuple] = []  # (event type, object, announced message)
    original = QAccessible.updateAccessibility

    def capture(event):
        seen.append((event.type(), event.object(), getattr(event, "message", lambda: "")()))
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", capture)
    return seen


def test_a_row_is_a_named_group_of_radio_buttons_with_its_value_in_words(qtbot, window, file_store):
    _case_id, editor = open_new(window, file_store)
    editor.go_to(STRENGTH)
    row = editor.pages[STRENGTH].likelihood[Pillar.IP_PATENTS]
    assert iface(row).role() == Role.Grouping
    assert iface(row).text(QAccessible.Text.Name) == "IP & patents: likelihood"
    assert description(row).startswith("Not rated.")
    assert [iface(b).role() for b in row.buttons] == [Role.RadioButton] * 3
    assert [iface(b).text(QAccessible.Text.Name) for b in row.buttons] == ["Low", "Medium", "High"]
    assert not any(iface(b).state().checked for b in row.buttons)

    pick(qtbot, row, Likelihood.MEDIUM)
    assert [iface(b).state().checked for b in row.buttons] == [False, True, False]
    assert description(row).startswith("Medium.")
    assert f"No sources ({EVIDENCE_KEY} opens the evidence)." in description(row)


def test_keys_move_focus_and_value_together_and_the_row_reports_it(qtbot, window, file_store):
    case_id, editor = open_new(window, file_store)
    editor.go_to(LEVERAGE)
    row = editor.pages[LEVERAGE].choices["spillover_damage"]
    row.setFocus()
    stored = lambda: file_store.get(case_id).leverage.spillover_damage  # noqa: E731
    for key, expected in ((Qt.Key.Key_End, SpilloverDamage.HIGH), (Qt.Key.Key_Left, SpilloverDamage.MEDIUM),
                          (Qt.Key.Key_1, SpilloverDamage.LOW), (Qt.Key.Key_Delete, None)):
        qtbot.keyClick(QApplication.focusWidget(), key)
        assert stored() is expected and row.value() is expected
        focused = QApplication.focusWidget()
        assert focused in row.buttons and row.hasFocus()  # focus stays in the row, on the value
        if expected is not None:
            assert focused is row.buttons[row.members.index(expected)] and iface(focused).state().checked
        # (Qt itself sends state-changed and description-changed for these: checked over AT-SPI)
        assert description(row).startswith(f"{expected.label if expected else 'Not rated'}.")


def test_tab_passes_each_row_once_and_never_stops_on_an_evidence_button(qtbot, window, file_store):
    _case_id, editor = open_new(window, file_store)
    editor.go_to(LEVERAGE)
    page = editor.pages[LEVERAGE]
    editor.steps.setFocus()
    stops = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        stops.append(widget)
        if widget is page.rationale:
            break
    assert not any(isinstance(w, EvidenceButton) for w in stops)
    rows = [w.parentWidget() for w in stops if isinstance(w.parentWidget(), ChoiceRow)]
    assert rows == [*page.choices.values(), page.degree]  # each row once, in page order
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in page.evidence_buttons.values())
    assert page.focusPolicy() == Qt.FocusPolicy.NoFocus and page.accessibleName() == page.title


def test_f4_on_a_rating_opens_its_evidence(qtbot, window, file_store):
    _case_id, editor = open_new(window, file_store)
    editor.go_to(LEVERAGE)
    page = editor.pages[LEVERAGE]
    opened = []  # (the dialog itself is tested in test_evidence_gui.py)
    page.evidence_buttons["leverage.substitutability"].open_requested.disconnect()
    page.evidence_buttons["leverage.substitutability"].open_requested.connect(lambda path: opened.append(path))
    row = page.choices["substitutability"]
    pick(qtbot, row, Substitutability.HARD)
    row.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F4)
    assert opened == ["leverage.substitutability"]
    assert any(k.keys == EVIDENCE_KEY for k in declared())
    assert f"press {EVIDENCE_KEY}" in page.evidence_buttons["leverage.substitutability"].toolTip()


def test_evidence_descriptions_are_plain_text(qtbot, window, file_store):
    _case_id, editor = open_new(window, file_store)
    editor.go_to(STRENGTH)
    for button in editor.pages[STRENGTH].evidence_buttons.values():
        text = description(button)
        assert text.startswith("Evidence for ") and "<" not in text


def test_suggestion_changes_are_announced_but_showing_a_page_is_silent(qtbot, window, file_store, events):
    _case_id, editor = open_new(window, file_store)
    editor.go_to(LEVERAGE)
    page = editor.pages[LEVERAGE]
    announced = lambda: [m for kind, _o, m in events if kind == QAccessible.Event.Announcement]  # noqa: E731
    assert announced() == []  # opening the page says nothing extra
    pick(qtbot, page.choices["substitutability"], Substitutability.VERY_HARD)
    for row in page.choices.values():
        if row.value() is None:
            pick(qtbot, row, row.members[-1])
    messages = announced()
    assert messages and all(m.startswith("Degree of leverage, suggested: ") for m in messages)
    count = len(messages)
    page.refresh(editor.controller.case)  # a refresh that changes nothing is silent
    assert len(announced()) == count
    editor.go_to(AMBITION)
    editor.go_to(LEVERAGE)  # coming back is not a change
    assert len(announced()) == count


def test_rationale_and_override_fields_are_named(qtbot, window, file_store):
    from desktop.views.wizard.override_dialog import OverrideDialog

    _case_id, editor = open_new(window, file_store)
    for index in (STRENGTH, LEVERAGE, AMBITION):
        assert editor.pages[index].rationale.accessibleName()
    dialog = OverrideDialog(None, "Degree of leverage", "High", "Low")
    qtbot.addWidget(dialog)
    assert dialog.reason.accessibleName() == "Reason for your rating (required)"
