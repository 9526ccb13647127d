"""The team database (issue 22): the store on a real PostgreSQL server of the test session's own
(tests/pg_server.py). What is the same on both engines is tested by the store's behaviour tests
on both (the ``any_store`` fixture); here, what only a shared server has: roles, several officers
at once, copying a case base in and out, a server that goes away, addresses with passwords."""

from __future__ import annotations

import subprocess
import threading

import psycopg
import pytest

from desktop.cli.main import main
from desktop.models.library import open_store
from desktop.models.messages import in_language
from desktop.models.storage.location import without_password
from desktop.models.storage.records import ForeignDatabaseError, NewerSchemaError, ReadOnlyStoreError, StoreError


@pytest.fixture
def team(pg_server):
    """A new database, set up by its owner (rdw team-setup), with an editor and a reader login."""
    database = pg_server.create_database()
    owner = pg_server.url(database)
    assert main(["--db", owner, "team-setup"]) == 0
    with psycopg.connect(owner, autocommit=True) as conn:
        for login, group in ((f"{database}_alice", "rdw_editor"), (f"{database}_bob", "rdw_reader")):
            conn.execute(f"DROP ROLE IF EXISTS {login}")
            conn.execute(f"CREATE ROLE {login} LOGIN IN ROLE {group}")
    return {"owner": owner, "editor": pg_server.url(database, f"{database}_alice"),
            "reader": pg_server.url(database, f"{database}_bob"), "database": database}


def test_an_editor_edits_and_the_history_names_the_login(team):
    store = open_store(team["editor"])
    try:
        assert not store.read_only and len(store.list_summaries()) == 12
        case = store.create("Quantum sensing 量子 <b>")
        store.set_field(case.id, "leverage.degree", "high")
        assert [h.user for h in store.history(case.id)] == [f"{team['database']}_alice"] * 2
    finally:
        store.close()


def test_a_reader_opens_read_only_and_is_told_so(team):
    editor = open_store(team["editor"])
    case = editor.create("Shared")
    editor.close()
    reader = open_store(team["reader"])
    try:
        assert reader.read_only and reader.get(case.id).title == "Shared"
        with pytest.raises(ReadOnlyStoreError) as refused:
            reader.set_field(case.id, "title", "Mine now")
        assert "may read the team database" in str(refused.value) and "editor role" in str(refused.value)
        assert "lire la base d'équipe" in in_language(refused.value, "fr")
        assert reader.get(case.id).title == "Shared"
    finally:
        reader.close()


def test_the_history_only_grows_even_for_an_editor(team):
    with psycopg.connect(team["editor"], autocommit=True) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM history")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE history SET field = 'x'")


def test_two_officers_editing_different_fields_of_one_case_both_keep_their_edits(team):
    first, second = open_store(team["editor"]), open_store(team["editor"])
    try:
        case = first.create("Together")
        fields = {"a": ("technology_area", [f"Area {n}" for n in range(25)]),
                  "b": ("summary", [f"Summary {n}" for n in range(25)])}
        errors = []

        def edit(store, path, values):
            try:
                for value in values:
                    store.set_field(case.id, path, value)
            except Exception as error:  # pragma: no cover (reported below)
                errors.append(error)

        threads = [threading.Thread(target=edit, args=(first, *fields["a"])),
                   threading.Thread(target=edit, args=(second, *fields["b"]))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        final = first.get(case.id)
        assert (final.technology_area, final.summary) == ("Area 24", "Summary 24")
        changed = [h.field for h in first.history(case.id) if h.field != "*"]
        assert sorted(changed) == sorted(["technology_area"] * 25 + ["summary"] * 25)
    finally:
        first.close()
        second.close()


def test_copy_a_file_in_and_the_team_database_out(team, tmp_path):
    local = tmp_path / "mine.sqlite"
    store = open_store(local)
    case = store.create("Local 光刻")
    store.set_field(case.id, "leverage.degree", "high")
    store.snapshots.take(case.id, "before")
    store.set_field(case.id, "leverage.degree", "low")
    store.sources.save({"title": "A study"})
    history = [(h.field, h.new_value, h.user) for h in store.history(case.id)]
    local_mark = store.snapshots.list(case.id)[0].history_mark
    marked = [h.id for h in store.history(case.id)].index(local_mark)  # the row the snapshot follows
    store.close()
    assert main(["--db", str(local), "copy", "--to", team["editor"]]) == 0
    assert main(["--db", str(local), "copy", "--to", team["editor"]]) == 1  # not into cases of its own
    team_store = open_store(team["reader"])
    try:
        assert [(h.field, h.new_value, h.user) for h in team_store.history(case.id)] == history
        mark = team_store.snapshots.list(case.id)[0].history_mark
        ids = [h.id for h in team_store.history(case.id)]
        assert mark == ids[marked]  # "what changed since the snapshot" reads the same in both
        assert [s.title for s in team_store.sources.list()] == ["A study"]
        assert team_store.get(case.id).leverage.degree.value == "low"
    finally:
        team_store.close()
    trip = tmp_path / "trip.sqlite"
    assert main(["--db", str(trip), "copy", "--from", team["reader"]]) == 0
    back = open_store(trip, read_only=True)
    try:
        assert [(h.field, h.new_value, h.user) for h in back.history(case.id)] == history
        assert back.get(case.id).title == "Local 光刻"
    finally:
        back.close()


def test_a_database_of_another_program_is_refused_untouched(pg_server):
    database = pg_server.create_database()
    url = pg_server.url(database)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(ForeignDatabaseError, match="another program's tables"):
        open_store(url)
    with psycopg.connect(url, autocommit=True) as conn:
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
    assert tables == ["invoices"]


def test_a_newer_schema_is_refused_untouched(team):
    with psycopg.connect(team["owner"], autocommit=True) as conn:
        conn.execute("INSERT INTO rdw_migrations (id, name, applied) VALUES (99, '0099_future', now()::text)")
    with pytest.raises(NewerSchemaError, match="newer version"):
        open_store(team["editor"])


def test_a_password_is_never_shown(pg_server):
    url = "postgresql://officer:s3cret@/nowhere?host=/nonexistent&connect_timeout=2"
    with pytest.raises(StoreError) as refused:
        open_store(url)
    assert "s3cret" not in str(refused.value) and "officer@" in str(refused.value)
    assert without_password("postgresql://a:b@h/db?password=c&sslmode=require") == "postgresql://a@h/db?sslmode=require"


def test_file_commands_say_they_are_for_files(team, capsys):
    assert main(["--db", team["reader"], "check"]) == 1
    assert "is for a database file" in capsys.readouterr().err


def test_a_server_that_goes_away_is_said_plainly_and_the_store_recovers(pg_server):
    """pg_ctl stop -m immediate (as a crash): the next edit fails with a sentence, nothing is
    half-written, and once the server is back the same store works again."""
    url = pg_server.url(pg_server.create_database())
    store = open_store(url)
    try:
        case = store.create("Before the crash")
        store.set_field(case.id, "summary", "acknowledged")
        pg_server.stop("immediate")
        with pytest.raises(StoreError) as failed:
            store.set_field(case.id, "summary", "lost?")
        assert "team database" in str(failed.value)
        pg_server.start()
        assert store.get(case.id).summary == "acknowledged"  # the acknowledged edit survived
        store.set_field(case.id, "summary", "after the restart")
        assert store.get(case.id).summary == "after the restart"
    finally:
        store.close()
        if subprocess.run([str(pg_server.bin / "pg_isready"), "-h", str(pg_server.socket)]).returncode != 0:
            pg_server.start()


def test_a_connection_whose_server_no_longer_answers_is_given_up_not_waited_on(pg_server):
    """Packets dropped (a VPN gone, a laptop's network asleep) look like a server that never
    answers: an idle connection is checked with a short limit and replaced, so the next action
    waits a second or two instead of TCP's ~15 s with the window frozen. Here the connection's
    own server process is paused (SIGSTOP): it stops answering, the server does not."""
    import os
    import signal
    import time

    from desktop.models.storage import pg_store

    url = pg_server.url(pg_server.create_database())
    store = open_store(url)
    try:
        case = store.create("Asleep")
        backend = store.db.conn.info.backend_pid
        assert pg_store._answers(store.db.conn)
        os.kill(backend, signal.SIGSTOP)
        try:
            started = time.monotonic()
            assert not pg_store._answers(store.db.conn, seconds=0.5)
            assert time.monotonic() - started < 5  # (a plain query would still be waiting)
            store._used -= 60  # idle a minute: the next action checks the connection first
            store.set_field(case.id, "summary", "saved on a new connection")
            assert store.db.conn.info.backend_pid != backend
        finally:
            os.kill(backend, signal.SIGCONT)
        assert store.get(case.id).summary == "saved on a new connection"
    finally:
        store.close()


def test_the_window_opens_a_team_database_and_a_reader_is_told_once(team, qtbot, settings, monkeypatch):
    """``rdw --db postgresql://…``: no file lock, no backup (the server's); the title names the
    database without a password; a reader's window is read-only, after one message saying so."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.models.storage.location import TeamAddress
    from desktop.views.window.main_window import MainWindow
    from desktop.views.window.startup import open_database

    told = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or QMessageBox.StandardButton.Ok)
    store, lock, where = open_database(TeamAddress(team["reader"].replace("@/", ":pw@/")))
    try:
        assert lock is None and store.read_only
        assert told == ["You may read this team database but not change it."]
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        assert "(read-only)" in window._title() and "pw" not in window._title() and team["database"] in window._title()
    finally:
        store.close()
    told.clear()
    store, lock, _where = open_database(TeamAddress(team["editor"]))
    try:
        assert told == [] and not store.read_only
    finally:
        store.close()


def test_another_officers_change_reaches_the_list_the_summary_and_the_open_case_within_a_second(team, qtbot, settings):
    from desktop.views.window.main_window import MainWindow

    mine, theirs = open_store(team["editor"], user="me"), open_store(team["editor"], user="alice")
    try:
        case = theirs.create("Shared 光刻")
        window = MainWindow(mine, settings)
        qtbot.addWidget(window)
        window.show()
        window.reload(select=case.id)
        qtbot.waitUntil(lambda: window.live.feed is not None, timeout=3000)  # (it joins on a thread of its own)
        theirs.set_field(case.id, "title", "Renamed by Alice")
        qtbot.waitUntil(lambda: window.store.summary(case.id).title == "Renamed by Alice"
                        and window.browser.model.data(window.browser.model.index(window.browser.model.row_of(case.id), 0))
                        == "Renamed by Alice", timeout=1000)
        qtbot.waitUntil(lambda: "alice changed" in window.statusBar().currentMessage(), timeout=1000)
        editor = window.open_case(case.id)
        theirs.set_field(case.id, "leverage.degree", "medium")
        qtbot.waitUntil(lambda: editor.controller.case.leverage.degree is not None
                        and editor.controller.case.leverage.degree.value == "medium", timeout=1000)
        assert "Degree of leverage" in window.statusBar().currentMessage()
        mine.set_field(case.id, "summary", "mine")  # one's own change: not announced as someone else's
        qtbot.wait(300)
        assert "summary" not in window.statusBar().currentMessage().lower()
        window.close()
        assert window.live.feed is None
    finally:
        mine.close()
        theirs.close()


def test_an_edit_the_server_did_not_take_is_kept_shown_and_saved_when_it_is_back(pg_server, qtbot, settings):
    """Never lost: the page keeps the value, a recovery file holds the case as the user has it,
    later edits wait behind it, and all are saved in order (with their undo) once the server is
    back; then the recovery file goes."""
    from desktop.models.exchange import read_case_file
    from desktop.views.window.main_window import MainWindow

    url = pg_server.url(pg_server.create_database())
    store = open_store(url, user="me")
    try:
        case = store.create("Away")
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        window.show()
        editor = window.open_case(case.id)
        controller = editor.controller
        pg_server.stop("immediate")
        assert controller.edit({"summary": "typed while away"}, "Summary")
        assert controller.edit({"leverage.degree": "high"}, "Degree")
        assert controller.case.summary == "typed while away" and editor.unsaved_banner.isVisibleTo(editor)
        assert editor.saved_label.text() == "Not saved yet" and "Not saved yet:" in editor.unsaved_text.text()
        assert editor.back_to_list.toolTip() == "Back to the case list (Esc). Some changes are not saved yet."
        recovery = controller.unsaved.recovery
        kept = read_case_file(recovery)
        assert (kept.summary, kept.leverage.degree.value) == ("typed while away", "high")
        pg_server.start()
        controller.unsaved.retry()
        stored = store.get(case.id)
        assert (stored.summary, stored.leverage.degree.value) == ("typed while away", "high")
        assert not editor.unsaved_banner.isVisibleTo(editor) and not recovery.exists()
        assert editor.back_to_list.toolTip().endswith("Everything is already saved.")
        assert controller.undo_stack.count() == 2
        controller.undo_stack.undo()
        assert store.get(case.id).leverage.degree is None
        window.close()
    finally:
        store.close()
        if subprocess.run([str(pg_server.bin / "pg_isready"), "-h", str(pg_server.socket)]).returncode != 0:
            pg_server.start()


@pytest.fixture
def password_login(pg_server):
    """The address of a reader who must give a password (``right horse``): the server trusts
    every local login (tests/pg_server.py), so this role alone needs one while the test runs."""
    database = pg_server.create_database()
    with psycopg.connect(pg_server.url(database), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {database}_carol LOGIN PASSWORD 'right horse' IN ROLE pg_read_all_data")
        hba = conn.execute("SHOW hba_file").fetchone()[0]
    subprocess.run(["bash", "-c", f"sed -i '1i local all {database}_carol scram-sha-256' {hba}"], check=True)
    with psycopg.connect(pg_server.url(database), autocommit=True) as conn:
        conn.execute("SELECT pg_reload_conf()")
    assert main(["--db", pg_server.url(database), "team-setup"]) == 0
    yield pg_server.url(database, f"{database}_carol")
    subprocess.run(["bash", "-c", f"sed -i '1d' {hba}"], check=True)
    with psycopg.connect(pg_server.url(database), autocommit=True) as conn:
        conn.execute("SELECT pg_reload_conf()")


def test_a_password_libpq_did_not_find_is_asked_for_and_never_kept(password_login, monkeypatch, qapp):
    """A login with a password and no ~/.pgpass entry: the window asks (hidden as typed), a wrong
    one is said and asked again, the right one opens (kept in memory only)."""
    from PySide6.QtWidgets import QInputDialog

    from desktop.models.storage.location import TeamAddress
    from desktop.views.window import startup

    answers = iter([("wrong", True), ("right horse", True)])
    asked = []

    def answer(parent, title, label, echo):
        asked.append((label, echo))
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", answer)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.exec", lambda box: 0)
    opened = startup.open_database(TeamAddress(password_login))
    try:
        assert opened is not None and opened[0].read_only  # (carol may only read)
        assert [a[0].split(" Password")[0] for a in asked][0].startswith("Password for")
        assert "not accepted" in asked[1][0] and all(echo.name == "Password" for _l, echo in asked)
    finally:
        opened[0].close()


def test_a_missing_password_is_known_in_any_language(password_login):
    """libpq says "no password supplied" in the computer's language; its own flag says it in all."""
    from desktop.models.storage import pg_store

    with pytest.raises(psycopg.OperationalError) as failed:
        psycopg.connect(password_login)
    assert failed.value.pgconn.needs_password
    german = psycopg.OperationalError("Verbindung fehlgeschlagen: kein Passwort angegeben", pgconn=failed.value.pgconn)
    assert pg_store._password_wanted(german)
    assert not pg_store._password_wanted(psycopg.OperationalError("Verbindung fehlgeschlagen: Zeitüberschreitung"))
    with pytest.raises(pg_store.PasswordNeededError):
        open_store(password_login)


def test_an_edit_never_hangs_on_a_lock_someone_holds(team):
    """An edit waits for another officer's edit of the same case, but not for ever: the app sets
    a lock timeout (10 s; here the address's own setting, 1 s, which takes precedence)."""
    import time

    store = open_store(team["editor"] + "&options=-c%20lock_timeout%3D1s")
    try:
        case = store.create("Locked")
        with psycopg.connect(team["editor"]) as holder:  # a transaction that keeps the row
            holder.execute("SELECT 1 FROM cases WHERE id = %s FOR UPDATE", [case.id])
            started = time.monotonic()
            with pytest.raises(StoreError, match="could not be saved in the team database"):
                store.set_field(case.id, "summary", "waits")
            assert time.monotonic() - started < 5
        store.set_field(case.id, "summary", "now")  # the lock is gone: the same store edits again
        assert store.get(case.id).summary == "now"
    finally:
        store.close()


def test_exchange_files_go_in_and_out_of_the_team_database(team, tmp_path, capsys):
    reference = open_store(team["reader"])
    try:
        exported = tmp_path / "litho.json"
        assert main(["--db", team["reader"], "export-case", "dpc2024-lithography", "--out", str(exported)]) == 0
        assert main(["--db", team["editor"], "import", str(exported)]) == 0
        copy_id = capsys.readouterr().out.split()[-1]
        assert copy_id.startswith("dpc2024-lithography") and copy_id != "dpc2024-lithography"
        again = tmp_path / "copy.json"
        assert main(["--db", team["reader"], "export-case", copy_id, "--out", str(again)]) == 0
        original = reference.get("dpc2024-lithography")
        imported = reference.get(copy_id)  # (a reader sees what the editor imported at once)
        assert (imported.title, imported.leverage) == (original.title, original.leverage)
    finally:
        reference.close()


def test_team_setup_by_someone_who_does_not_own_the_database_says_so(team, capsys):
    assert main(["--db", team["editor"], "team-setup"]) == 1
    assert "must be run by the owner" in capsys.readouterr().err


def test_a_password_inside_libpqs_own_error_is_blanked(pg_server):
    with pytest.raises(StoreError) as refused:
        open_store("postgresql://alice:50%off@/nowhere?host=/nonexistent&sslpassword=k3y")
    assert "50%off" not in str(refused.value) and "k3y" not in str(refused.value)
    assert without_password("postgresql://a@h/db?sslpassword=k3y") == "postgresql://a@h/db"


def test_copy_keeps_a_deleted_cases_history_and_refuses_a_clashing_source(team, tmp_path):
    local = tmp_path / "mine.sqlite"
    store = open_store(local)
    gone = store.create("Deleted later")
    store.delete(gone.id)
    kept = store.create("Kept")
    store.sources.save({"id": "src-shared", "title": "Mine"})
    store.close()
    editor = open_store(team["editor"])
    try:
        editor.sources.save({"id": "src-shared", "title": "Theirs"})
        before = len(editor.list_summaries())
        assert main(["--db", str(local), "copy", "--to", team["editor"]]) == 1  # the same id, other content
        assert len(editor.list_summaries()) == before
        editor.sources.save({"id": "src-shared", "title": "Mine"})  # corrected: now the same source
        assert main(["--db", str(local), "copy", "--to", team["editor"]]) == 0
        assert [h.new_value for h in editor.history(gone.id)] == ["created", "deleted"]
        assert editor.get(kept.id).title == "Kept"
    finally:
        editor.close()


def test_kept_edits_are_never_dropped_with_their_only_copy_and_closing_asks(pg_server, qtbot, settings, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.views.window.main_window import MainWindow

    url = pg_server.url(pg_server.create_database())
    store, other = open_store(url, user="me"), open_store(url, user="alice")
    try:
        case = store.create("Soon gone")
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        editor = window.open_case(case.id)
        failed = []
        editor.controller.edit_failed.connect(failed.append)
        pg_server.stop("immediate")
        assert editor.controller.edit({"summary": "only here"}, "Summary")
        recovery = editor.controller.unsaved.recovery
        asked = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)  # Escape: stay
        window.close_editor()
        assert window.editor is editor and asked[-1] == "Not saved yet: 1 change of this case."
        pg_server.start()
        other.close()
        other = open_store(url, user="alice")
        other.delete(case.id)  # meanwhile, by Alice (her app, after the restart)
        editor.controller.unsaved.retry()
        editor.controller.unsaved.retry()  # (a second round at once changes nothing)
        assert not editor.controller.unsaved and recovery.exists()  # refused for good: the file stays
        assert "no case" in failed[-1] and str(recovery) in failed[-1]
        window.close_editor()
        assert window.editor is None
    finally:
        store.close()
        other.close()
        if subprocess.run([str(pg_server.bin / "pg_isready"), "-h", str(pg_server.socket)]).returncode != 0:
            pg_server.start()
