"""A workshop whose database stops taking its decisions (issue 22: the team database's server
away, a full disk): the room goes on, nothing is lost. Each decision is kept in order, the
screens show it, the facilitator's panel says it is not saved yet (Retry Now), a recovery file
holds the case as the room has it, and all are saved in order when the database answers again;
leaving meanwhile asks first."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.models.exchange import read_case_file
from desktop.models.storage.records import StoreError
from test_workshop_mode import mode  # noqa: F401  (the fixture: a workshop on a copy of the lithography case)


def away(store, monkeypatch):
    """The database refuses every write until the returned function is called."""
    real = store.set_fields

    def refuse(*_args, **_kwargs):
        raise StoreError("could not be saved in the team database: server closed the connection")

    monkeypatch.setattr(store, "set_fields", refuse)
    return lambda: monkeypatch.setattr(store, "set_fields", real)


def test_the_room_goes_on_and_its_decisions_are_saved_when_the_database_is_back(mode, file_store, monkeypatch):  # noqa: F811
    session, panel = mode.session, mode.panel
    question = session.question
    back = away(file_store, monkeypatch)
    session.set_count(question.options[0].token, 5)
    session.select(1)
    assert session.decide("The room agreed")
    assert session.counts(question) == {question.options[0].token: 5}
    assert session.decision(question) == question.options[0].token  # the screens show it
    assert len(session.unsaved.items) == 2 and mode.failures == []  # said in the panel, no box per key
    assert panel.unsaved_banner.isVisibleTo(panel) and "Not saved yet: could not be saved" in panel.unsaved_text.text()
    assert panel.unsaved_text.accessibleName() == panel.unsaved_text.text()  # (one line; read whole)
    assert str(session.unsaved.recovery) in panel.unsaved_text.accessibleDescription()
    assert str(session.unsaved.recovery) in panel.unsaved_text.toolTip()
    kept = read_case_file(session.unsaved.recovery)
    assert kept.workshop.tally(question.key).decision == question.options[0].token
    stored = file_store.get(session.case_id)
    assert stored.workshop is None or stored.workshop.tally(question.key) is None
    back()
    recovery = session.unsaved.recovery
    panel.retry_button.click()
    stored = file_store.get(session.case_id)
    assert stored.workshop.tally(question.key).counts == {question.options[0].token: 5}
    assert stored.workshop.tally(question.key).decision == question.options[0].token
    assert not session.unsaved and not panel.unsaved_banner.isVisibleTo(panel) and not recovery.exists()


def test_leaving_with_decisions_waiting_asks_first(mode, file_store, monkeypatch, window):  # noqa: F811
    session = mode.session
    back = away(file_store, monkeypatch)
    session.set_count(session.question.options[1].token, 2)
    asked = []

    def answer(box, choice):
        asked.append((box.text(), box.informativeText()))
        box.clickedButton = lambda: next(b for b in box.buttons() if b.text() == choice)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box, "Keep Waiting"))
    mode.leave()
    assert window.case_dialogs.workshop is mode and asked[0][0] == "Not saved yet: 1 decision of this workshop."
    assert str(session.unsaved.recovery) in asked[0][1]
    back()
    mode.leave()  # the database answers again: saved on the way out, nothing asked
    assert len(asked) == 1 and window.case_dialogs.workshop is None
    assert file_store.get(session.case_id).workshop.tally(session.question.key).counts == \
        {session.question.options[1].token: 2}
