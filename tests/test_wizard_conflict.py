"""An edit of a field someone else changed after it was shown (issue 22): the wizard asks which
value to keep, saying who changed it, when, and both values; keeping theirs writes nothing and
shows theirs; keeping mine writes it (the history keeps both) and undo brings theirs back.
Both engines: another officer is a second store on the same database."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.views.wizard.controller import CaseEditorController


@pytest.mark.parametrize("choice", ["theirs", "mine"])
def test_the_wizard_asks_and_keeps_the_choice(qapp, two_officers, choice):
    mine, theirs = two_officers
    case = mine.create("Shared 光刻")
    controller = CaseEditorController(mine, case.id)
    asked = []
    controller.resolve_conflict = lambda conflict: asked.append(conflict) or choice
    theirs.set_field(case.id, "leverage.degree", "low")  # meanwhile, in Alice's window
    changed = controller.edit({"leverage.degree": "high"}, "Degree of leverage")
    (conflict,) = asked[0].conflicts
    assert (conflict.theirs, conflict.yours, conflict.user) == ("low", "high", "alice")
    stored = mine.get(case.id).leverage.degree.value
    degrees = [h.new_value for h in mine.history(case.id) if h.field == "leverage.degree"]
    if choice == "theirs":
        assert not changed and stored == "low" and controller.case.leverage.degree.value == "low"
        assert degrees == ["low"] and controller.undo_stack.count() == 0
    else:
        assert changed and stored == "high" and degrees == ["low", "high"]
        controller.undo_stack.undo()  # back to what was stored before: Alice's value
        assert mine.get(case.id).leverage.degree.value == "low"
    other = controller.edit({"summary": "mine"}, "Summary")  # a field nobody else touched: no question
    assert other and len(asked) == 1


def test_an_override_of_another_field_by_someone_else_is_kept(qapp, two_officers):
    mine, theirs = two_officers
    case = mine.create("Overrides")
    controller = CaseEditorController(mine, case.id)
    controller.resolve_conflict = lambda conflict: pytest.fail(f"asked: {conflict}")
    theirs.set_fields(case.id, {"leverage.degree": "high", "overrides": [
        {"field": "leverage.degree", "suggested": "low", "value": "high", "reason": "Alice's reason"}]})
    controller.set_suggested_field("ambition.chosen_level", "curtailment", "ability_to_deny", "My reason", "Level")
    kept = {o.field: o.reason for o in mine.get(case.id).overrides}
    assert kept == {"leverage.degree": "Alice's reason", "ambition.chosen_level": "My reason"}


def test_the_question_names_who_when_and_both_values_and_defaults_to_theirs(qtbot, two_officers, monkeypatch):
    from desktop.views.wizard import conflict_dialog

    mine, theirs = two_officers
    case = mine.create("Asked")
    controller = CaseEditorController(mine, case.id)
    theirs.set_field(case.id, "leverage.degree", "low")
    shown = []

    def answer(box):
        shown.append((box.text(), box.informativeText(), box.defaultButton().text(), box.escapeButton().text()))
        return 0  # Escape: nothing clicked

    monkeypatch.setattr(QMessageBox, "exec", answer)
    controller.resolve_conflict = lambda conflict: conflict_dialog.ask(None, conflict)
    assert not controller.edit({"leverage.degree": "high"}, "Degree of leverage")
    text, detail, default, escape = shown[0]
    assert text.startswith("alice changed “Degree of leverage” at ") and "UTC" in text
    assert detail == "Their value: Low\nYour value: High"
    assert default == escape == "Keep theirs"
    assert mine.get(case.id).leverage.degree.value == "low"
