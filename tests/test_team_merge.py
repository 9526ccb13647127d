"""Two officers changing one case at once (issue 22): changes that do not meet are both kept
without a question (another rating's evidence, an instrument added on each side, another
question's workshop tally); a real clash is asked about wherever it is made (the wizard, the
list's Rename, the workshop), and keeping the other officer's value leaves a note of one's own
in the history. Both engines: "alice" is a second store on the same database."""

from __future__ import annotations

import pytest

from desktop.models.case import RatingEvidence
from desktop.models.evidence import evidence_changes
from desktop.models.storage.records import FieldConflictError
from desktop.views.conflict_saving import save_asking
from desktop.views.wizard.controller import CaseEditorController
from desktop.views.workshop.session import WorkshopSession

INSTRUMENT = {"level": "threat_prevention", "ppp": "protect", "focus": "knowledge_security"}


def never_asked(conflict):
    pytest.fail(f"asked although the changes do not meet: {conflict}")


def test_evidence_for_different_ratings_is_kept_from_both(qapp, two_officers):
    mine, theirs = two_officers
    case = mine.create("Evidence 证据")
    controller = CaseEditorController(mine, case.id)
    controller.resolve_conflict = never_asked
    theirs.set_fields(case.id, evidence_changes(theirs.get(case.id), "leverage.degree", RatingEvidence(confidence="low")))
    shown = controller.case  # (the page still shows the case without Alice's evidence)
    assert controller.edit(evidence_changes(shown, "leverage.substitutability", RatingEvidence(confidence="high")),
                           "Evidence")
    stored = mine.get(case.id).evidence
    assert stored["leverage.degree"].confidence.value == "low"
    assert stored["leverage.substitutability"].confidence.value == "high"
    assert controller.case.evidence.keys() == stored.keys()
    controller.undo_stack.undo()  # undoing mine takes out mine only
    assert list(mine.get(case.id).evidence) == ["leverage.degree"]


def test_instruments_added_on_both_sides_are_all_kept(qapp, two_officers):
    mine, theirs = two_officers
    case = mine.create("Instruments")
    controller = CaseEditorController(mine, case.id)
    controller.resolve_conflict = never_asked
    theirs.set_field(case.id, "instruments", [{**INSTRUMENT, "text": "Alice's export control"}])
    assert controller.edit({"instruments": [{**INSTRUMENT, "text": "My screening"}]}, "Instruments")
    assert [i.text for i in mine.get(case.id).instruments] == ["Alice's export control", "My screening"]
    history = [h for h in mine.history(case.id) if h.field == "instruments"]
    assert [h.user for h in history] == ["alice", "me"] and len(history[-1].new_value) == 2


def test_the_same_instrument_changed_two_ways_is_asked(qapp, two_officers):
    mine, theirs = two_officers
    case = mine.create("One instrument")
    mine.set_field(case.id, "instruments", [{**INSTRUMENT, "text": "Screening"}])
    controller = CaseEditorController(mine, case.id)
    asked = []
    controller.resolve_conflict = lambda conflict: asked.append(conflict) or "theirs"
    theirs.set_field(case.id, "instruments", [{**INSTRUMENT, "text": "Screening of FDI"}])
    assert not controller.edit({"instruments": [{**INSTRUMENT, "text": "Screening of exports"}]}, "Instruments")
    assert asked and asked[0].conflicts[0].path == "instruments"
    assert [i.text for i in mine.get(case.id).instruments] == ["Screening of FDI"]


def test_keeping_theirs_notes_the_value_not_saved(qapp, two_officers):
    mine, theirs = two_officers
    case = mine.create("Declined")
    controller = CaseEditorController(mine, case.id)
    controller.resolve_conflict = lambda conflict: "theirs"
    theirs.set_field(case.id, "summary", "Alice's <b>summary</b>")
    assert not controller.edit({"summary": "Mine, \x07 with 中文"}, "Summary")
    note = mine.history(case.id)[-1]
    assert (note.field, note.user, note.old_value) == ("*", "me", {"summary": "Mine, \x07 with 中文"})
    assert "kept the stored value of summary" in note.new_value and "Mine" in note.new_value
    assert mine.get(case.id).summary == "Alice's <b>summary</b>"


def test_a_rename_from_the_list_asks_when_both_renamed(two_officers):
    mine, theirs = two_officers
    case = mine.create("Old title")
    theirs.rename(case.id, "Alice's title")
    asked = []
    kept = save_asking(mine, case.id, {"title": "My title"}, {"title": "Old title"},
                       lambda conflict: asked.append(conflict) or "theirs")
    assert kept is None and mine.get(case.id).title == "Alice's title" and asked[0].conflicts[0].user == "alice"
    saved = save_asking(mine, case.id, {"title": "My title"}, {"title": "Old title"}, lambda conflict: "mine")
    assert saved.title == mine.get(case.id).title == "My title"
    titles = [h.new_value for h in mine.history(case.id) if h.field == "title"]
    assert titles == ["Alice's title", "My title"]


def test_two_workshops_on_one_case_keep_each_others_tallies(qapp, two_officers):
    mine, theirs = two_officers
    case = mine.create("Two rooms")
    room, other_room = WorkshopSession(mine, case.id), WorkshopSession(theirs, case.id)
    room.resolve_conflict = other_room.resolve_conflict = never_asked
    other_room.go_next()
    other_room.set_count(other_room.question.options[0].token, 4)
    room.set_count(room.question.options[1].token, 7)  # this room had not seen the other's count
    stored = mine.get(case.id).workshop
    assert stored.tally(room.question.key).counts == {room.question.options[1].token: 7}
    assert stored.tally(other_room.question.key).counts == {other_room.question.options[0].token: 4}
    assert room.case.workshop.tally(other_room.question.key) is not None  # the screens show both


@pytest.mark.parametrize("choice", ["theirs", "mine"])
def test_a_decision_someone_else_made_meanwhile_is_asked_in_the_workshop(qapp, two_officers, choice):
    mine, theirs = two_officers
    case = mine.create("Decided twice")
    room = WorkshopSession(mine, case.id)
    asked = []
    room.resolve_conflict = lambda conflict: asked.append(conflict) or choice
    question = room.question
    other = WorkshopSession(theirs, case.id)
    other.select(1)
    assert other.decide("Alice's room")
    room.select(2)
    assert room.decide("This room") == (choice == "mine")
    assert asked and asked[0].conflicts[0].user == "alice"
    stored = room.decision(question)
    want = question.options[1].token if choice == "mine" else question.options[0].token
    assert stored == want and mine.get(case.id).workshop.tally(question.key).decision == want


def test_a_library_entry_corrected_by_two_officers(two_officers):
    mine, theirs = two_officers
    shown = mine.sources.save({"title": "Photonics roadmap", "publisher": "Photonics21"})
    theirs.sources.save(shown.model_copy(update={"date": "2022"}))  # Alice adds the date
    saved = mine.sources.save(shown.model_copy(update={"publisher": "Photonics21 ETP"}), seen=shown)
    assert (saved.publisher, saved.date) == ("Photonics21 ETP", "2022") == \
        (theirs.sources.get(shown.id).publisher, theirs.sources.get(shown.id).date)
    before = mine.sources.get(shown.id)
    theirs.sources.save(before.model_copy(update={"title": "Roadmap 2030"}))
    with pytest.raises(FieldConflictError) as clash:
        mine.sources.save(before.model_copy(update={"title": "Photonics roadmap (2022)"}), seen=before)
    (conflict,) = clash.value.conflicts
    assert (conflict.path, conflict.theirs, conflict.yours, conflict.user) == \
        ("title", "Roadmap 2030", "Photonics roadmap (2022)", "alice")
    assert mine.sources.get(shown.id).title == "Roadmap 2030"  # nothing written


@pytest.mark.parametrize("choice", ["theirs", "mine"])
def test_the_source_library_asks_with_the_forms_names(qtbot, two_officers, monkeypatch, choice):
    from desktop.views.sources.library_dialog import SourceLibraryDialog
    from desktop.views.wizard import conflict_dialog

    mine, theirs = two_officers
    shown = mine.sources.save({"title": "Photonics roadmap"})
    dialog = SourceLibraryDialog(mine)
    qtbot.addWidget(dialog)
    dialog.show()
    theirs.sources.save(shown.model_copy(update={"title": "Roadmap 2030"}))
    asked = []
    monkeypatch.setattr(conflict_dialog, "ask", lambda parent, conflict: asked.append(conflict) or choice)
    monkeypatch.setattr(SourceLibraryDialog, "ask_source",
                        lambda self, source: source.model_copy(update={"title": "Photonics roadmap (2022)"}))
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.edit_source()
    assert [c.path for c in asked[0].conflicts] == ["Title"]
    want = "Roadmap 2030" if choice == "theirs" else "Photonics roadmap (2022)"
    assert mine.sources.get(shown.id).title == want and dialog.tree.current_source() is not None
    notes = [h for h in mine.sources.history(shown.id) if isinstance(h.new_value, str)]
    assert bool(notes) == (choice == "theirs")


def test_listening_for_changes_never_holds_the_window(qtbot, settings, tmp_path):
    """The listening connection is opened on a thread: a server that does not answer (packets
    dropped) cannot freeze the window for libpq's connect timeout; the feed is used once there."""
    import socket
    import threading

    from desktop.models.library import open_store
    from desktop.views.window.live_updates import LiveUpdates
    from desktop.views.window.main_window import MainWindow

    store = open_store(tmp_path / "file.sqlite")
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    answer = threading.Event()

    class Feed:  # (a socket nobody writes to: the event loop watches it, nothing arrives)
        closed = broken = False

        def __init__(self):
            self.ends = socket.socketpair()

        def fileno(self):
            return self.ends[0].fileno()

        def poll(self):
            return []

        def close(self):
            self.closed = True
            for end in self.ends:
                end.close()

    feed = Feed()
    store.changes = lambda: answer.wait(10) and feed  # the server answers only when told
    live = LiveUpdates(window)
    live.follow(store)  # returns at once, the window goes on
    qtbot.wait(50)
    assert live.feed is None and not answer.is_set()
    answer.set()
    qtbot.waitUntil(lambda: live.feed is feed, timeout=3000)
    late = Feed()
    store.changes = lambda: late
    live.follow(store)
    live.stop()  # closed before its feed arrived: the late feed is closed, never used
    qtbot.waitUntil(lambda: late.closed, timeout=3000)
    assert live.feed is None and feed.closed
    window.close()
    store.close()


# -- after an adversarial review: keeping one's own value, undo, waiting edits -------------------
def test_keeping_mine_keeps_the_rest_of_theirs_and_asks_again_about_a_change_meanwhile(qapp, two_officers):
    mine, theirs = two_officers
    case = mine.create("Keep mine")
    controller = CaseEditorController(mine, case.id)
    theirs.set_fields(case.id, {"evidence": {"leverage.degree": {"confidence": "high"},
                                             "leverage.substitutability": {"dissent": "Alice's dissent"}}})
    asked = []

    def answer(conflict):
        asked.append(conflict.conflicts[0].theirs)
        if len(asked) == 1:  # while the question is open, a third officer changes the summary's field
            theirs.set_fields(case.id, {"evidence": {"leverage.degree": {"confidence": "medium"},
                                                     "leverage.substitutability": {"dissent": "Alice's dissent"}}})
        return "mine"

    controller.resolve_conflict = answer
    assert controller.edit({"evidence": {"leverage.degree": {"confidence": "low"}}}, "Evidence")
    assert [a["leverage.degree"]["confidence"] for a in asked] == ["high", "medium"]  # asked again, shown the new one
    stored = mine.get(case.id).evidence
    assert stored["leverage.degree"].confidence.value == "low"
    assert stored["leverage.substitutability"].dissent == "Alice's dissent"  # the part that did not meet stays
    controller.undo_stack.undo()  # back to what was stored just before mine
    assert mine.get(case.id).evidence["leverage.degree"].confidence.value == "medium"


def test_undo_of_an_override_keeps_another_officers_override(qapp, two_officers):
    mine, theirs = two_officers
    case = mine.create("Overrides")
    controller = CaseEditorController(mine, case.id)
    controller.resolve_conflict = never_asked
    theirs.set_fields(case.id, {"leverage.degree": "high", "overrides": [
        {"field": "leverage.degree", "suggested": "low", "value": "high", "reason": "Alice's reason"}]})
    controller.set_suggested_field("ambition.chosen_level", "curtailment", "ability_to_deny", "My reason", "Level")
    controller.undo_stack.undo()
    assert {o.field: o.reason for o in mine.get(case.id).overrides} == {"leverage.degree": "Alice's reason"}


def test_edits_waiting_for_the_database_stay_shown_when_the_case_is_read_again(qapp, tmp_path, monkeypatch):
    """Another officer's change arrives (live updates read the case again) while an edit waits:
    the page and the recovery file keep the waiting edit; typing pauses while away are one kept
    edit, so a colleague's change to that field is asked about once."""
    import json

    from desktop.models.library import open_store
    from desktop.models.storage.records import StoreError

    where = tmp_path / "shared.sqlite"
    mine, theirs = open_store(where, user="me"), open_store(where, user="alice")
    case = mine.create("Kept")
    controller = CaseEditorController(mine, case.id)
    real, away = mine.set_fields, [True]

    def flaky(*args, **kwargs):
        if away[0]:
            raise StoreError("the server went away")
        return real(*args, **kwargs)

    monkeypatch.setattr(mine, "set_fields", flaky)
    text = ""
    for word in ("The", " quick", " brown", " fox"):
        text += word
        assert controller.edit({"summary": text}, "Summary", mergeable=True)
    assert len(controller.unsaved.items) == 1
    theirs.set_fields(case.id, {"technology_area": "Alice's area", "summary": "Alice's summary"})
    controller.reload()  # what live updates do
    assert (controller.case.summary, controller.case.technology_area) == ("The quick brown fox", "Alice's area")
    assert controller.edit({"author": "me"}, "Author")
    assert json.loads(controller.unsaved.recovery.read_text(encoding="utf-8"))["summary"] == "The quick brown fox"
    asked = []
    controller.resolve_conflict = lambda conflict: asked.append(conflict) or "theirs"
    away[0] = False
    controller.unsaved.retry()
    assert len(asked) == 1 and mine.get(case.id).summary == "Alice's summary" and mine.get(case.id).author == "me"
    mine.close()
    theirs.close()


def test_keeping_my_correction_of_a_source_keeps_their_other_fields(qtbot, two_officers, monkeypatch):
    from desktop.views.sources.library_dialog import SourceLibraryDialog
    from desktop.views.wizard import conflict_dialog

    mine, theirs = two_officers
    shown = mine.sources.save({"title": "Photonics roadmap"})
    dialog = SourceLibraryDialog(mine)
    qtbot.addWidget(dialog)
    theirs.sources.save(shown.model_copy(update={"title": "Roadmap 2030", "date": "2022"}))
    monkeypatch.setattr(conflict_dialog, "ask", lambda parent, conflict: "mine")
    monkeypatch.setattr(SourceLibraryDialog, "ask_source",
                        lambda self, source: source.model_copy(update={"title": "Photonics roadmap (2022)"}))
    dialog.show()
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.edit_source()
    stored = mine.sources.get(shown.id)
    assert (stored.title, stored.date) == ("Photonics roadmap (2022)", "2022")


# -- after a second review: edits made while a question is open, redo, undo --------------------
def _flaky(store, monkeypatch):
    """The store refuses writes while ``away[0]`` is true."""
    from desktop.models.storage.records import StoreError

    real, away = store.set_fields, [True]

    def flaky(*args, **kwargs):
        if away[0]:
            raise StoreError("the server went away")
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "set_fields", flaky)
    return away


def test_an_edit_committed_while_the_question_is_open_is_made_after_it(qapp, tmp_path, monkeypatch):
    """The question's dialog runs the event loop: a field's focus-out commits meanwhile. That
    edit waits for the question and is made after it, never folded into the edit being decided."""
    from desktop.models.library import open_store

    mine, theirs = open_store(tmp_path / "shared.sqlite", user="me"), open_store(tmp_path / "shared.sqlite", user="alice")
    case = mine.create("Typed on")
    controller = CaseEditorController(mine, case.id)
    away = _flaky(mine, monkeypatch)
    assert controller.edit({"summary": "The quick"}, "Summary", mergeable=True)  # kept: away
    theirs.set_field(case.id, "summary", "Alice's summary")

    def answer(conflict):
        assert controller.edit({"summary": "The quick brown fox"}, "Summary", mergeable=True)  # (focus-out)
        return "mine"

    controller.resolve_conflict = answer
    away[0] = False
    controller.unsaved.retry()
    qapp.processEvents()  # (the deferred edit runs once the question is over)
    assert mine.get(case.id).summary == "The quick brown fox" and not controller.unsaved
    summaries = [(h.user, h.new_value) for h in mine.history(case.id) if h.field == "summary"]
    assert summaries == [("alice", "Alice's summary"), ("me", "The quick"), ("me", "The quick brown fox")]
    mine.close()
    theirs.close()


def test_redo_after_keeping_mine_writes_what_was_written(qapp, two_officers):
    mine, theirs = two_officers
    case = mine.create("Redo")
    tally = lambda question, n: {"question": question, "counts": {"yes": n}}  # noqa: E731
    mine.set_field(case.id, "workshop.tallies", [tally("q1", 1)])
    controller = CaseEditorController(mine, case.id)
    theirs.set_field(case.id, "workshop.tallies", [tally("q1", 2), tally("q2", 7)])
    controller.resolve_conflict = lambda conflict: "mine"
    assert controller.edit({"workshop.tallies": [tally("q1", 3)]}, "Tally")
    assert [(t.question, t.counts["yes"]) for t in mine.get(case.id).workshop.tallies] == [("q1", 3), ("q2", 7)]
    controller.undo_stack.undo()
    assert [(t.question, t.counts["yes"]) for t in mine.get(case.id).workshop.tallies] == [("q1", 2), ("q2", 7)]
    controller.undo_stack.redo()
    assert [(t.question, t.counts["yes"]) for t in mine.get(case.id).workshop.tallies] == [("q1", 3), ("q2", 7)]


def test_undo_waits_while_edits_wait_for_the_database(qapp, tmp_path, monkeypatch):
    from desktop.models.library import open_store

    store = open_store(tmp_path / "one.sqlite", user="me")
    case = store.create("Undo")
    controller = CaseEditorController(store, case.id)
    said = []
    controller.edit_failed.connect(said.append)
    assert controller.edit({"summary": "One"}, "Summary")
    away = _flaky(store, monkeypatch)
    assert controller.edit({"summary": "One two"}, "Summary")  # kept
    away[0] = False
    controller.undo_stack.undo()  # would write "One" ahead of the kept edit: it waits, and says so
    qapp.processEvents()
    assert said == ["Undo and redo wait until the changes kept here are saved."]
    controller.unsaved.retry()
    assert store.get(case.id).summary == "One two" and not controller.unsaved
    store.close()


def test_undo_of_typing_stops_at_another_officers_value(qapp, two_officers):
    mine, theirs = two_officers
    case = mine.create("Typing")
    controller = CaseEditorController(mine, case.id)
    assert controller.edit({"summary": "The"}, "Summary", mergeable=True)
    theirs.set_field(case.id, "summary", "Alice's summary")
    controller.resolve_conflict = lambda conflict: "mine"
    assert controller.edit({"summary": "The quick"}, "Summary", mergeable=True)
    assert controller.undo_stack.count() == 2  # (not one typing burst: Alice's value came between)
    controller.undo_stack.undo()
    assert mine.get(case.id).summary == "Alice's summary"


def test_a_source_deleted_meanwhile_is_not_brought_back_by_an_edit(qtbot, two_officers, monkeypatch):
    from desktop.models.messages import in_language
    from desktop.models.storage.records import StoreError
    from desktop.views.sources.library_dialog import SourceLibraryDialog

    mine, theirs = two_officers
    shown = mine.sources.save({"title": "Old report"})
    dialog = SourceLibraryDialog(mine)
    qtbot.addWidget(dialog)
    dialog.show()
    theirs.sources.delete(shown.id)
    monkeypatch.setattr(SourceLibraryDialog, "ask_source", lambda self, source: source.model_copy(update={"note": "p. 3"}))
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.edit_source()
    assert dialog.status.text().startswith("Not saved: “Old report” was deleted") and dialog.tree.topLevelItemCount() == 0
    with pytest.raises(StoreError) as refused:
        mine.sources.save(shown.model_copy(update={"publisher": "OECD"}), seen=shown)
    assert "“Old report” was deleted from the source library by someone else" in str(refused.value)
    assert "Nouvelle source…" in in_language(refused.value, "fr")
    assert [s.id for s in mine.sources.list()] == []
    mine.sources.save(shown.model_copy(update={"publisher": "OECD"}))  # (no ``seen``: a new entry, as before)
    assert mine.sources.get(shown.id).publisher == "OECD"
