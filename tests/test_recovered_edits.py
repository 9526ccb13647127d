"""Edits the database did not take, offered again at the next start (issue 22): the sidecar a
window writes beside its recovery file (``views/wizard/unsaved.py``), read and saved by
``models/storage/recovery.py``, and asked about by ``views/window/recovered_edits.py`` once a
database is opened. Never lost, never saved twice, never offered for another database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.models.library import open_store
from desktop.models.messages import in_language
from desktop.models.storage import recovery
from desktop.models.storage.records import UNSET, StoreError
from desktop.paths import user_data_dir


class Edit:  # (what the window keeps: Pending's after, seen and text)
    def __init__(self, after, seen, text="Summary"):
        self.after, self.seen, self.text = after, seen, text


def kept_file(store, case, edits, name="case-20261203T130700Z") -> recovery.KeptCase:
    """A recovery file and its sidecar as a window leaves them, in the data folder."""
    folder = user_data_dir() / "unsaved"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text("{}", encoding="utf-8")  # (the exchange file: not read here)
    sidecar = recovery.write_sidecar(path, store, case.id, case.title, "2026-12-03T13:07:00+00:00", edits)
    assert sidecar == folder / f"{name}.pending.json"
    return recovery.read_sidecar(sidecar)


def found(store) -> list[recovery.KeptCase]:
    return recovery.kept_for(user_data_dir() / "unsaved", recovery.store_location(store))


# -- the sidecar -----------------------------------------------------------------------------
def test_the_sidecar_round_trips_unset_values_and_never_holds_a_password(file_store, db_path):
    case = file_store.create("Lithography")
    edits = [Edit({"leverage.degree": "high"}, {"leverage.degree": UNSET}, "Degree"),
             Edit({"leverage.degree": UNSET, "summary": {"unset": True}}, {"leverage.degree": "high"}, "Clear")]
    kept = kept_file(file_store, case, edits)
    assert kept.location == str(db_path.resolve()) and (kept.case_id, kept.title) == (case.id, "Lithography")
    assert [(e.after, e.seen, e.text) for e in kept.edits] == [(e.after, e.seen, e.text) for e in edits]
    assert kept.edits[1].after["leverage.degree"] is UNSET  # (and a stored value shaped like the marker stays a value)
    data = json.loads(kept.sidecar.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("rdw-pending-edits", 1)
    assert not list(kept.sidecar.parent.glob("*.tmp"))

    class Team:
        path, location = None, "postgresql://alice:s3cret@db.example.org/rdw?sslpassword=x&sslmode=require"

    assert recovery.store_location(Team()) == "postgresql://alice@db.example.org/rdw?sslmode=require"


def test_malformed_foreign_and_other_databases_sidecars_are_skipped_and_left(file_store, tmp_path):
    case = file_store.create("Mine")
    mine = kept_file(file_store, case, [Edit({"summary": "kept"}, {"summary": None})])
    other = open_store(tmp_path / "other.sqlite")
    try:
        kept_file(other, other.create("Theirs"), [Edit({"summary": "x"}, {})], name="theirs-1")
    finally:
        other.close()
    folder = mine.sidecar.parent
    bad = {"broken.pending.json": "{not json", "empty.pending.json": "", "list.pending.json": "[1, 2]",
           "foreign.pending.json": json.dumps({"format": "something-else", "version": 1}),
           "newer.pending.json": json.dumps({**json.loads(mine.sidecar.read_text()), "version": 99}),
           "no-value.pending.json": mine.sidecar.read_text().replace('"value"', '"valeur"'),
           "binary.pending.json": "\udcff"}
    for name, text in bad.items():
        (folder / name).write_bytes(text.encode("utf-8", "surrogateescape"))
    assert [k.sidecar for k in found(file_store)] == [mine.sidecar]
    assert all((folder / name).exists() for name in [*bad, "theirs-1.pending.json"])
    assert recovery.kept_for(tmp_path / "missing", recovery.store_location(file_store)) == []


def test_another_running_copy_of_the_app_keeps_its_own(file_store):
    case = file_store.create("Busy")
    kept = kept_file(file_store, case, [Edit({"summary": "theirs to save"}, {})])
    data = json.loads(kept.sidecar.read_text(encoding="utf-8"))
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        kept.sidecar.write_text(json.dumps({**data, "pid": alive.pid}), encoding="utf-8")
        assert found(file_store) == []
    finally:
        alive.kill()
        alive.wait()
    assert [k.sidecar for k in found(file_store)] == [kept.sidecar]  # (it ended: offered now)


# -- saving ----------------------------------------------------------------------------------
def test_save_pending_applies_in_order_then_deletes_both_files(file_store):
    case = file_store.create("Saved later")
    kept = kept_file(file_store, case, [
        Edit({"summary": "first"}, {"summary": UNSET}),
        Edit({"summary": "second", "leverage.degree": "high"}, {"summary": "first", "leverage.degree": UNSET}),
        Edit({"leverage.degree": UNSET}, {"leverage.degree": "high"}, "Clear")])
    result = recovery.save_pending(file_store, kept, lambda conflict: pytest.fail("no conflict here"))
    assert result == recovery.Saved(3, 0, 0, None)
    stored = file_store.get(case.id)
    assert (stored.summary, stored.leverage.degree) == ("second", None)
    assert [h.new_value for h in file_store.history(case.id) if h.field == "summary"][-2:] == ["first", "second"]
    assert not kept.sidecar.exists() and not kept.recovery.exists()


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_a_field_changed_meanwhile_is_asked_about(any_store, choice):
    case = any_store.create("Asked")
    any_store.set_fields(case.id, {"summary": "shown"})
    folder = user_data_dir() / "unsaved"
    folder.mkdir(parents=True)
    sidecar = folder / "asked-1.pending.json"
    recovery._replace(sidecar, json.dumps(recovery.sidecar_data(
        "somewhere", case.id, case.title, "2026-12-03T13:07:00+00:00",
        [Edit({"summary": "mine"}, {"summary": "shown"}), Edit({"leverage.degree": "high"}, {"leverage.degree": UNSET})])))
    any_store.set_fields(case.id, {"summary": "theirs"})  # meanwhile, by someone else
    asked = []
    result = recovery.save_pending(any_store, recovery.read_sidecar(sidecar),
                                   lambda conflict: asked.append(conflict.conflicts[0]) or choice)
    assert [(c.path, c.theirs, c.yours) for c in asked] == [("summary", "theirs", "mine")]
    assert result == recovery.Saved(1 + (choice == "mine"), choice == "theirs", 0, None)
    stored = any_store.get(case.id)
    assert (stored.summary, stored.leverage.degree.value) == (choice, "high")
    assert not sidecar.exists()
    notes = [h.old_value for h in any_store.history(case.id) if h.field == "*" and h.new_value.startswith("kept")]
    assert notes == ([{"summary": "mine"}] if choice == "theirs" else [])  # the history keeps both


def test_a_case_deleted_meanwhile_stops_keeps_the_files_and_says_so(file_store):
    case = file_store.create("Gone meanwhile")
    kept = kept_file(file_store, case, [Edit({"summary": "only here"}, {})])
    file_store.delete(case.id)
    result = recovery.save_pending(file_store, kept, lambda conflict: "theirs")
    assert (result.saved, result.left) == (0, 1) and kept.sidecar.exists() and kept.recovery.exists()
    assert str(result.message) == (f"the case “Gone meanwhile” is no longer in this database; its kept edits were "
                                   f"not saved and stay in {kept.recovery} (File ▸ Import brings the case back)")
    error = StoreError(result.message)
    assert "n'est plus dans cette base" in in_language(error, "fr") and str(kept.recovery) in in_language(error, "fr")
    assert "nicht mehr in dieser Datenbank" in in_language(error, "de")


def test_an_invalid_value_stops_there_and_the_files_keep_what_is_left(file_store):
    case = file_store.create("Half")
    kept = kept_file(file_store, case, [Edit({"summary": "saved"}, {}),
                                        Edit({"leverage.degree": "enormous"}, {}, "Degree"),
                                        Edit({"summary": "after it"}, {})])
    result = recovery.save_pending(file_store, kept, lambda conflict: "theirs")
    assert (result.saved, result.left) == (1, 2) and file_store.get(case.id).summary == "saved"
    assert str(result.message).startswith("the kept edit “Degree” of “Half” was not saved: ")
    again = recovery.read_sidecar(kept.sidecar)  # the next try starts at the edit that stopped
    assert [e.text for e in again.edits] == ["Degree", "Summary"] and kept.recovery.exists()


def test_a_read_only_store_saves_nothing_and_keeps_them(file_store, db_path):
    case = file_store.create("Read only")
    kept = kept_file(file_store, case, [Edit({"summary": "later"}, {})])
    reader = open_store(db_path, read_only=True)
    try:
        result = recovery.save_pending(reader, kept, lambda conflict: "mine")
    finally:
        reader.close()
    assert (result.saved, result.left) == (0, 1) and "was not saved" in str(result.message)
    assert kept.sidecar.exists() and file_store.get(case.id).summary != "later"


# -- the window ------------------------------------------------------------------------------
def answering(monkeypatch, *answers: str) -> list[tuple[str, list[str]]]:
    """Every message box answered in turn by the button of that (accessible) name; what each
    said and offered."""
    from PySide6.QtWidgets import QMessageBox

    asked, queue = [], list(answers)

    def answer(box):
        names = [b.accessibleName() or b.text().replace("&", "") for b in box.buttons()]
        asked.append((box.text() + "\n" + box.informativeText(), names))
        box.buttons()[names.index(queue.pop(0))].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


def new_window(qtbot, store, settings):
    from desktop.views.window.main_window import MainWindow
    from desktop.views.window.recovered_edits import RecoveredEdits

    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    offer = window.findChild(RecoveredEdits, RecoveredEdits.NAME)
    offer.timer.stop()  # (the tests ask now: ``offer``)
    return window, offer


def test_edits_kept_when_the_window_closed_are_offered_by_the_next_and_saved(qtbot, file_store, db_path, settings,
                                                                            monkeypatch):
    case = file_store.create("Lithography")
    window, offer = new_window(qtbot, file_store, settings)
    assert offer.offer() is None  # nothing kept: nothing asked
    editor = window.open_case(case.id)

    def disk_full(*args, **kwargs):
        raise StoreError("database or disk is full")

    with pytest.MonkeyPatch.context() as full:
        full.setattr(file_store, "set_fields", disk_full)
        assert editor.controller.edit({"summary": "typed while full"}, "Summary")
        assert editor.controller.edit({"leverage.degree": "high"}, "Degree")
        kept = recovery.read_sidecar(recovery.sidecar_of(editor.controller.unsaved.recovery))
        assert [e.text for e in kept.edits] == ["Summary", "Degree"]
        assert kept.edits[1].seen == {"leverage.degree": UNSET}
        answering(full, "Close Anyway")
        window.close()
        assert not window.isVisible() and kept.sidecar.exists()
    # the disk has room again; the app starts again
    store = open_store(db_path, user="tester")
    try:
        again, offer = new_window(qtbot, store, settings)
        asked = answering(monkeypatch, "Save Them Now")
        assert offer.offer() == "save"
        text, buttons = asked[0]
        assert "closed: 2 edits made earlier for this database." in text and "“Lithography”: 2 edits, kept since" in text
        assert sorted(buttons) == ["Discard", "Later", "Save Them Now", "Show in Folder"]
        stored = store.get(case.id)
        assert (stored.summary, stored.leverage.degree.value) == ("typed while full", "high")
        assert [(h.field, h.new_value) for h in store.history(case.id)][-2:] == [
            ("summary", "typed while full"), ("leverage.degree", "high")]
        assert not kept.sidecar.exists() and not kept.recovery.exists()
        assert again.statusBar().currentMessage() == "Saved 2 kept edits."
        assert offer.offer() is None
    finally:
        store.close()


def test_a_case_still_saving_its_edits_is_not_offered_again(qtbot, file_store, settings, monkeypatch):
    from desktop.views.window.recovered_edits import RecoveredEdits

    case = file_store.create("Still trying")
    window, offer = new_window(qtbot, file_store, settings)
    editor = window.open_case(case.id)
    with pytest.MonkeyPatch.context() as away:
        away.setattr(file_store, "set_fields", lambda *a, **k: (_ for _ in ()).throw(StoreError("away")))
        assert editor.controller.edit({"summary": "waiting"}, "Summary") and editor.controller.unsaved.saving()
        other = RecoveredEdits(window)  # (another window of this process, on the same database)
        assert other.found() == []
    editor.controller.unsaved.retry()  # (back: saved by the case itself, the files gone)
    assert file_store.get(case.id).summary == "waiting" and other.found() == []
    assert not list((user_data_dir() / "unsaved").iterdir())


def test_another_databases_and_malformed_sidecars_are_not_offered(qtbot, file_store, settings, tmp_path, monkeypatch):
    other = open_store(tmp_path / "elsewhere.sqlite")
    try:
        theirs = kept_file(other, other.create("Elsewhere"), [Edit({"summary": "x"}, {})])
    finally:
        other.close()
    (theirs.sidecar.parent / "garbage.pending.json").write_text("{\"format\": \"rdw-pending-edits\"", encoding="utf-8")
    window, offer = new_window(qtbot, file_store, settings)
    asked = answering(monkeypatch)
    assert offer.offer() is None and asked == []
    assert theirs.sidecar.exists() and (theirs.sidecar.parent / "garbage.pending.json").exists()


def test_later_keeps_them_and_discard_deletes_only_after_confirming(qtbot, file_store, settings, monkeypatch):
    case = file_store.create("Undecided")
    kept = kept_file(file_store, case, [Edit({"summary": "maybe"}, {})])
    window, offer = new_window(qtbot, file_store, settings)
    answering(monkeypatch, "Later")
    assert offer.offer() == "later" and kept.sidecar.exists()
    assert offer.offer() is None  # asked once per window
    window, offer = new_window(qtbot, file_store, settings)  # the next start asks again
    asked = answering(monkeypatch, "Discard", "Cancel")
    assert offer.offer() == "kept" and kept.sidecar.exists() and kept.recovery.exists()
    assert "Discard 1 kept edit? This cannot be undone." in asked[1][0] and sorted(asked[1][1]) == ["Cancel", "Discard"]
    window, offer = new_window(qtbot, file_store, settings)
    answering(monkeypatch, "Discard", "Discard")
    assert offer.offer() == "discard" and not kept.sidecar.exists() and not kept.recovery.exists()
    assert file_store.get(case.id).summary != "maybe"


def test_a_read_only_database_is_not_offered_saving(qtbot, file_store, db_path, settings, monkeypatch):
    case = file_store.create("Looked at")
    kept = kept_file(file_store, case, [Edit({"summary": "later"}, {})])
    reader = open_store(db_path, read_only=True)
    try:
        window, offer = new_window(qtbot, reader, settings)
        asked = answering(monkeypatch, "Later")
        assert offer.offer() == "later"
        assert sorted(asked[0][1]) == ["Discard", "Later", "Show in Folder"] and "read-only" in asked[0][0]
        assert kept.sidecar.exists()
    finally:
        reader.close()


def test_the_question_is_keyboard_usable_and_enter_keeps_them(qtbot, file_store, settings):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    case = file_store.create("By keyboard")
    kept = kept_file(file_store, case, [Edit({"summary": "kept"}, {})])
    window, offer = new_window(qtbot, file_store, settings)
    seen = {}

    def press_enter():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["buttons"] = [(b.accessibleName(), bool(b.accessibleDescription()), b.focusPolicy() & Qt.FocusPolicy.TabFocus)
                           for b in box.buttons()]
        seen["default"] = box.defaultButton().accessibleName()
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(100, press_enter)
    assert offer.offer() == "later" and kept.sidecar.exists()
    assert seen["default"] == "Later" and all(name and described and tab for name, described, tab in seen["buttons"])


def test_saving_asks_about_a_field_changed_meanwhile_with_the_wizards_question(qtbot, file_store, settings, monkeypatch):
    from desktop.views.wizard import conflict_dialog

    case = file_store.create("Contested")
    file_store.set_fields(case.id, {"summary": "shown"})
    kept = kept_file(file_store, case, [Edit({"summary": "mine"}, {"summary": "shown"})])
    file_store.set_fields(case.id, {"summary": "theirs"})
    window, offer = new_window(qtbot, file_store, settings)
    questions = []
    monkeypatch.setattr(conflict_dialog, "ask", lambda parent, conflict: questions.append(parent) or "mine")
    answering(monkeypatch, "Save Them Now")
    assert offer.offer() == "save" and questions == [window]
    assert file_store.get(case.id).summary == "mine" and not kept.sidecar.exists()


def test_a_team_databases_kept_edits_are_offered_after_connecting_to_it(pg_server, qtbot, window, settings,
                                                                        monkeypatch):
    """The server went away, the window was closed with edits kept; later, File ▸ Connect to Team
    Database… on that database (with a password in the address: the sidecar never holds it, and
    still matches) offers them, and saving them puts them in its history."""
    from desktop.views.window.main_window import MainWindow
    from desktop.views.window.recovered_edits import RecoveredEdits
    from desktop.views.window.team_connect import TeamConnect

    url = pg_server.url(pg_server.create_database())
    store = open_store(url, user="me")
    try:
        case = store.create("Away")
        first = MainWindow(store, settings)
        qtbot.addWidget(first)
        editor = first.open_case(case.id)
        pg_server.stop("immediate")
        assert editor.controller.edit({"summary": "typed while away"}, "Summary")
        sidecar = recovery.sidecar_of(editor.controller.unsaved.recovery)
        assert json.loads(sidecar.read_text(encoding="utf-8"))["database"] == url
        answering(monkeypatch, "Close Anyway")
        first.close()
        pg_server.start()
    finally:
        store.close()
        if subprocess.run([str(pg_server.bin / "pg_isready"), "-h", str(pg_server.socket)]).returncode != 0:
            pg_server.start()
    offer = window.findChild(RecoveredEdits, RecoveredEdits.NAME)
    assert offer.offer() is None  # (the file the window has: nothing kept for it)
    login = url.split("//", 1)[1].split("@", 1)[0]
    address = url.replace(f"//{login}@", f"//{login}:pw@", 1)  # (trust: the password is ignored)
    assert address != url
    assert TeamConnect(window, settings).connect(address)
    try:
        offer.timer.stop()
        asked = answering(monkeypatch, "Save Them Now")
        assert offer.offer() == "save" and "“Away”: 1 edit, kept since" in asked[0][0]
        assert window.store.get(case.id).summary == "typed while away" and not sidecar.exists()
        assert [h.new_value for h in window.store.history(case.id) if h.field == "summary"][-1] == "typed while away"
    finally:
        window.store.close()


def test_a_hostile_title_is_shown_literally_and_a_full_disk_loses_no_kept_edit(qtbot, file_store, settings,
                                                                               monkeypatch):
    """The question quotes a case title as plain text (never markup); a sidecar that cannot be
    written (the disk full) leaves the edit kept in the window, and nothing raises."""
    import errno

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from desktop.views.wizard.controller import CaseEditorController

    title = "<b>Lithographie</b> \u5149\u523b & <script>x</script>"
    case = file_store.create(title)
    kept_file(file_store, case, [Edit({"summary": "x"}, {})])
    window, offer = new_window(qtbot, file_store, settings)
    formats = []

    def answer(box):
        formats.append((box.textFormat(), box.informativeText()))
        next(b for b in box.buttons() if b.accessibleName() == "Later").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert offer.offer() == "later"
    assert formats[0][0] == Qt.TextFormat.PlainText and f"“{title}”" in formats[0][1]

    def disk_full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(recovery, "_replace", disk_full)
    controller = CaseEditorController(file_store, case.id)
    monkeypatch.setattr(file_store, "set_fields", lambda *a, **k: (_ for _ in ()).throw(StoreError("disk full")))
    assert controller.edit({"summary": "kept here"}, "Summary")
    assert controller.unsaved and controller.case.summary == "kept here"
    controller.unsaved.timer.stop()
