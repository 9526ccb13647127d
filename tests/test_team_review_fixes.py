"""Team database review fixes: a window never hears its own edits as another officer's after a
reconnect; a password never reaches what is shown or written, however its keyword is spelled;
a listening connection is never left open behind a window that went, and a first one that could
not be opened is tried again."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QObject, QTimer

from desktop.models.library import open_store
from desktop.models.storage.location import redacted, secrets_of, without_password
from desktop.views.window.live_updates import LiveUpdates

# --- (8) own edits after a reconnect -------------------------------------------------------------


def heard_until(feed, wanted, seconds: float = 5.0) -> list:
    """Poll ``feed`` until a change from ``wanted`` (a user) arrives; all that arrived."""
    heard, deadline = [], time.monotonic() + seconds
    while time.monotonic() < deadline and not any(c.user == wanted for c in heard):
        heard += feed.poll()
        time.sleep(0.02)
    return heard


def test_own_edits_after_a_reconnect_are_not_heard_but_another_stores_are(pg_server):
    url = pg_server.url(pg_server.create_database())
    me, other = open_store(url, user="me"), open_store(url, user="other")
    feed = me.changes()
    try:
        case = me.create("Echo")
        first = me.db.conn.info.backend_pid
        other.db.conn.execute("SELECT pg_terminate_backend(%s)", [first])  # (the server dropped it)
        me._used = time.monotonic() - 60  # idle a minute: the check before the edit finds it gone
        me.set_field(case.id, "summary", "mine, on a new connection")
        assert me.db.conn.info.backend_pid != first and {first, me.db.conn.info.backend_pid} <= me.own_pids
        me.set_field(case.id, "title", "Echo (mine)")
        other.set_field(case.id, "summary", "theirs")  # (delivered after mine: commit order)
        heard = heard_until(feed, "other")
        assert heard and {c.user for c in heard} == {"other"}, heard
        assert me.get(case.id).summary == "theirs"
    finally:
        feed.close(), me.close(), other.close()


def test_a_feed_given_one_pid_still_reads_as_before(pg_server):
    from desktop.models.storage.pg_changes import ChangeFeed

    url = pg_server.url(pg_server.create_database())
    me = open_store(url, user="me")
    feed = ChangeFeed(url, me.db.conn.info.backend_pid)
    try:
        assert feed.own_pids == {me.db.conn.info.backend_pid}
        me.create("Quiet")
        time.sleep(0.2)
        assert feed.poll() == []
    finally:
        feed.close(), me.close()


# --- (9) a password in the address -----------------------------------------------------------------

ADDRESSES = [  # (typed, shown)
    ("postgresql://me@db.example/rdw?pass%77ord=S3cret!", "postgresql://me@db.example/rdw"),
    ("postgresql://me@db/rdw?%70%61ssword=S3cret!&sslmode=require", "postgresql://me@db/rdw?sslmode=require"),
    ("postgresql://me@db/rdw?sslmode=require&ssl%70assword=S3cret!&application_name=a%20b",
     "postgresql://me@db/rdw?sslmode=require&application_name=a%20b"),
    ("postgresql://me:S3cret!@db/rdw?connect_timeout=5&password=S3cret!", "postgresql://me@db/rdw?connect_timeout=5"),
    ("postgresql://me@db/rdw?password=S3#cret!", "postgresql://me@db/rdw"),  # (libpq: "#" is no fragment)
    ("postgresql://me:S3#cret!@db/rdw", "postgresql://me@db/rdw"),
    ("postgresql://me@db/rdw?password=S3+cret!", "postgresql://me@db/rdw"),  # (libpq: "+" is no space)
    ("postgres://:S3cret!@[::1]:5433,db2:5434/rdw?target_session_attrs=any",
     "postgres://[::1]:5433,db2:5434/rdw?target_session_attrs=any"),
]


@pytest.mark.parametrize("url, shown", ADDRESSES)
def test_no_password_is_shown_however_its_keyword_is_spelled(url, shown):
    from psycopg.conninfo import conninfo_to_dict

    assert without_password(url) == shown
    read = conninfo_to_dict(url)
    assert read.get("password", read.get("sslpassword", "")).startswith("S3")  # (libpq finds one there)
    secret = read.get("password") or read["sslpassword"]
    assert secret not in shown and secret in secrets_of(url)
    assert redacted(f"failed for {url} ({secret})", url).count("***") >= 2
    assert {k: v for k, v in read.items() if k not in ("password", "sslpassword")} == conninfo_to_dict(shown)


def test_libpq_keywords_are_case_sensitive_but_a_typed_password_is_never_shown():
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict

    url = "postgresql://me@db/rdw?Password=S3cret!&sslmode=require"
    with pytest.raises(ProgrammingError, match="invalid URI query parameter"):
        conninfo_to_dict(url)  # (libpq refuses it: the address is only ever quoted in the error)
    assert without_password(url) == "postgresql://me@db/rdw?sslmode=require"
    assert "S3cret!" not in redacted(f"could not connect to {url}", url)


def test_an_address_without_a_password_and_a_file_stay_as_typed():
    for text in ("postgresql:///rdw", "postgresql://me@db/rdw?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem",
                 "/home/alice/pass%77ord=x.sqlite", "C:\\Users\\alice\\rdw?password=x.sqlite"):
        assert without_password(text) == text
    assert secrets_of("/home/alice/cases.sqlite") == []


def test_a_recovery_sidecar_never_holds_an_encoded_password(tmp_path):
    from desktop.models.storage.recovery import write_sidecar

    store = SimpleNamespace(path=None, location="postgresql://me@db.example/rdw?pass%77ord=S3cret!")
    edit = SimpleNamespace(after={"title": "x"}, seen={"title": "y"}, text="Title")
    side = write_sidecar(tmp_path / "case-1-20261203T000000Z.json", store, "case-1", "T", "2026", [edit])
    assert "S3cret!" not in side.read_text() and "db.example/rdw" in side.read_text()


# --- (13) the listening connection's thread ---------------------------------------------------------


class Feed:
    broken = False

    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True

    def fileno(self):
        return 0

    def poll(self):
        return []


class Window(QObject):
    def __init__(self):
        super().__init__()
        self.reloads = 0
        self.browser = SimpleNamespace(current_id=lambda: None)

    def reload(self, select=None):
        self.reloads += 1


@pytest.fixture
def thread_errors(monkeypatch):
    errors = []
    monkeypatch.setattr(threading, "excepthook", lambda args: errors.append(args.exc_value))
    return errors


def slow_store(feed, started: threading.Event, go: threading.Event):
    def changes():
        started.set()
        go.wait(5)
        return feed
    return SimpleNamespace(changes=changes)


def test_a_feed_opened_after_the_window_was_deleted_is_closed(qapp, thread_errors):
    import shiboken6

    feed, started, go = Feed(), threading.Event(), threading.Event()
    window = Window()
    live = LiveUpdates(window)
    live.follow(slow_store(feed, started, go))
    assert started.wait(2)
    shiboken6.delete(window)  # (deleted without stop(): the thread's signal has nowhere to go)
    go.set()
    deadline = time.monotonic() + 3
    while not feed.closed and time.monotonic() < deadline:
        time.sleep(0.02)
    qapp.processEvents()
    assert feed.closed and thread_errors == []


def test_a_feed_whose_signal_was_still_queued_when_the_window_went_is_closed(qapp, thread_errors):
    import shiboken6

    feed = Feed()
    window = Window()
    live = LiveUpdates(window)
    live.follow(SimpleNamespace(changes=lambda: feed))
    deadline = time.monotonic() + 3
    while live._arriving is None and time.monotonic() < deadline:  # (opened, its signal queued)
        time.sleep(0.01)
    shiboken6.delete(window)
    qapp.processEvents()
    assert feed.closed and thread_errors == []


def test_a_feed_arriving_after_stop_is_closed_and_never_used(qapp, thread_errors):
    feed, started, go = Feed(), threading.Event(), threading.Event()
    window = Window()
    live = LiveUpdates(window)
    live.follow(slow_store(feed, started, go))
    assert started.wait(2)
    live.stop()
    go.set()
    deadline = time.monotonic() + 3
    while not feed.closed and time.monotonic() < deadline:
        time.sleep(0.02)
        qapp.processEvents()
    assert feed.closed and live.feed is None and thread_errors == []


@pytest.fixture
def waits(monkeypatch):
    """QTimer.singleShot's waits, recorded; the timers themselves fire at once."""
    asked, single_shot = [], QTimer.singleShot
    monkeypatch.setattr(QTimer, "singleShot",
                        lambda ms, context, call: (asked.append(ms), single_shot(0, context, call)))
    return asked


def failing(times: int, feed):
    tries = []

    def changes():
        tries.append(1)
        if len(tries) <= times:
            raise OSError("the server does not answer")
        return feed
    return SimpleNamespace(changes=changes), tries


def test_a_first_connection_that_fails_is_tried_again_without_reading_the_list(qtbot, waits):
    feed = Feed()
    store, tries = failing(7, feed)
    window = Window()
    live = LiveUpdates(window)
    live.follow(store)
    qtbot.waitUntil(lambda: live.feed is feed, timeout=5000)
    assert waits == [5000, 10000, 20000, 40000, 60000, 60000, 60000] and len(tries) == 8
    assert window.reloads == 0  # (nothing was missed: the window had just read the list)
    live.stop()
    assert feed.closed


def test_a_rejoin_after_a_break_reads_the_list_once_it_listens_again(qtbot, waits):
    first, second = Feed(), Feed()
    window = Window()
    live = LiveUpdates(window)
    live.follow(SimpleNamespace(changes=lambda: first))
    qtbot.waitUntil(lambda: live.feed is first, timeout=3000)
    store, tries = failing(1, second)
    live._store = store  # (the same store's next connection: fails once, then answers)
    first.broken = True
    live._arrived()
    qtbot.waitUntil(lambda: live.feed is second, timeout=5000)
    assert first.closed and waits == [5000, 10000] and window.reloads == 1
    live.stop()


def test_a_retry_is_dropped_once_the_window_stopped_listening(qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(QTimer, "singleShot", lambda ms, context, call: asked.append(call))
    store, tries = failing(5, Feed())
    live = LiveUpdates(Window())
    live.follow(store)
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    live.stop()  # (the window closed)
    asked[0]()
    time.sleep(0.1)
    assert len(tries) == 1 and live.feed is None


def test_a_password_typed_with_a_bare_at_sign_is_never_shown():
    """libpq reads "p" as the password and "ssw0rd@db.example" as the host: all of it is secret."""
    from desktop.models.storage.location import redacted, without_password

    url = "postgresql://officer:p@ssw0rd@db.example/rdw?sslmode=require"
    assert without_password(url) == "postgresql://officer@db.example/rdw?sslmode=require"
    message = redacted('could not translate host name "ssw0rd@db.example" to address', url)
    assert "ssw0rd" not in message


def test_libpqs_key_value_form_is_refused_without_quoting_it(capsys):
    """"host=db password=…" would be taken for a file's name and quoted, password and all."""
    from desktop.cli.main import main
    from desktop.launch import main as launch
    from desktop.models.storage.location import TeamAddress, database_location

    for argv in (["--db", "host=db.example user=me password=s3cret dbname=rdw", "list"],
                 ["list", "--db", "host=db.example password=s3cret"]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert "postgresql://" in err and "s3cret" not in err and "db.example" not in err
    assert launch(["--db", "service=rdw password=s3cret"]) == 2
    err = capsys.readouterr().err
    assert "postgresql://" in err and "s3cret" not in err
    assert main(["--db", "/tmp/x.sqlite", "copy", "--to", "host=db password=s3cret"]) == 1
    assert "s3cret" not in capsys.readouterr().err
    # an address's scheme in capitals is still an address (libpq reads it in lower case only)
    assert database_location("POSTGRESQL://me@db/rdw") == TeamAddress("postgresql://me@db/rdw")
    assert isinstance(database_location("POSTGRESQL://me@db/rdw"), TeamAddress)
    assert str(database_location("/data/host=1/cases.sqlite")) == "/data/host=1/cases.sqlite"  # a file after all
