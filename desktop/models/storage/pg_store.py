"""The team database (issue 22): ``CaseStore`` on PostgreSQL, for a unit that shares one case
base on a server its IT already runs.

Everything views and commands call is ``CaseStore``'s own code (``CaseStorage``); this engine
supplies what differs: opening a ``postgresql://`` address through libpq (which finds the
password in ``.pgpass``, a service file or asks; TLS is libpq's), its schema (``pg_schema``),
transactions (``writing``: one transaction per edit; the case's row locked while it is read,
changed and written, so two officers editing one case never lose an edit), the portfolio's
JSON paths, and the history's user (the database role who made the change).

Never a password in what is shown or remembered: ``location`` is the address without it.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterator

from ..case import Case
from ..messages import said as _said
from ..text import one_line
from .location import redacted, without_password
from .pg_database import PgDatabase
from .records import DamagedStoreError, ForeignDatabaseError, NewerSchemaError, ReadOnlyStoreError, StoreError
from .store import CaseStore

if TYPE_CHECKING:
    from .portfolio_rows import PortfolioRow

# the portfolio's values (portfolio_rows.PATHS) from PostgreSQL's JSON; a document that is not
# JSON reads as NULL through rdw_jsonb (pg_schema) and is skipped, as in SQLite
PORTFOLIO_QUERY = (
    "SELECT jsonb_build_array(d->'format', d->'format_version', d->'id', d->'title', d->'technology_area', "
    "d->'reference', d#>'{strength,pillars}', d#>'{strength,types}', d#>'{ambition,feasibility}', "
    "d#>'{ambition,chosen_level}', d#>'{leverage,degree}', d#>'{leverage,substitutability}', "
    "d#>'{leverage,spillover_damage}', d->'instruments')::text, "
    "CASE WHEN jsonb_typeof(d->'reference') = 'object' THEN (d#>'{provenance,ratings}')::text END "
    "FROM (SELECT rdw_jsonb(document) AS d FROM cases) AS docs WHERE d IS NOT NULL")


class PasswordNeededError(StoreError):
    """libpq found no password (no ~/.pgpass entry, no service file), or the one given was wrong:
    the window asks for it, the command line too when it runs in a terminal."""


# The app never hangs on a server that went away without a word (a cable pulled, a VPN dropped):
# libpq gives up on a silent TCP connection after ~15 s (keepalives, tcp_user_timeout; both
# ignored on a Unix socket), and an edit waits at most 10 s for another officer's lock. Settings
# in the address take precedence: these only fill in what it leaves out (its own ``options``
# replace ours whole).
LIVENESS = {"connect_timeout": 10, "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5,
            "keepalives_count": 2, "tcp_user_timeout": 15000, "options": "-c lock_timeout=10s"}


def _password_wanted(error: Exception) -> bool:
    """libpq needed a password it did not have (its own flag: in any language), or the server
    refused the one given (its code, else its English words: a failed login carries no code)."""
    pgconn = getattr(error, "pgconn", None)
    if pgconn is not None and getattr(pgconn, "needs_password", False):
        return True
    return getattr(error, "sqlstate", None) == "28P01" or any(
        words in str(error) for words in ("no password supplied", "password authentication failed"))


def _answers(conn, seconds: float = 1.5) -> bool:
    """The server answers a trivial query within ``seconds``: an idle connection's check before
    it is used. (A network that drops packets would hold a plain query until TCP gives up, ~15 s,
    with the window frozen; here the connection is given up and a new one tried, 3 s at most.)"""
    import select
    import time

    import psycopg
    from psycopg import pq

    pgconn = conn.pgconn
    deadline = time.monotonic() + seconds
    try:
        pgconn.send_query(b"SELECT 1")
        while pgconn.flush() != 0:  # (nonblocking: the rest when the socket takes it)
            if not select.select([], [pgconn.socket], [], max(0.0, deadline - time.monotonic()))[1]:
                return False
        pgconn.consume_input()
        while pgconn.is_busy():
            if not select.select([pgconn.socket], [], [], max(0.0, deadline - time.monotonic()))[0]:
                return False
            pgconn.consume_input()
        ok = True
        while (result := pgconn.get_result()) is not None:
            ok = ok and result.status == pq.ExecStatus.TUPLES_OK
        return ok
    except (psycopg.OperationalError, OSError, ValueError):
        return False


def _connect(url: str, password: str | None, timeout: int = 10):
    """``timeout``: seconds for the connection itself; a reconnect in the middle of work (the
    window waits on it) tries for 3 s, and the next try comes later (the unsaved queue backs off)."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    given = conninfo_to_dict(url)
    extra = {key: value for key, value in {**LIVENESS, "connect_timeout": timeout}.items() if key not in given}
    if password:
        extra["password"] = password
    return psycopg.connect(url, autocommit=True, application_name="rdw", **extra)



class PgCaseStore(CaseStore):
    """Cases, history, sources and snapshots in a PostgreSQL database."""

    engine = "postgresql"

    @classmethod
    def open(cls, url: str, user: str | None = None, *, read_only: bool = False,
             password: str | None = None) -> "PgCaseStore":
        """Connect, check the schema is ours and current (bring it up to date when this user may),
        and say plainly what is wrong otherwise. ``read_only``: never writes, not even the schema.
        ``password``: typed by the user when libpq found none (``PasswordNeededError``); kept in
        memory only, for reconnecting."""
        where = without_password(url)
        try:
            import psycopg
        except ImportError as error:  # no libpq on this computer (psycopg says which it tried)
            raise StoreError(_said("team.no_client", where=where, pq_text=redacted(one_line(error), url))) from None

        from .pg_schema import SCHEMA_VERSION, applied, apply_migrations, other_tables

        try:
            conn = _connect(url, password)
        except psycopg.Error as error:
            if _password_wanted(error):
                raise PasswordNeededError(_said("team.password", where=where, pq_text=redacted(one_line(error), url))) from None
            raise StoreError(_said("team.unreachable", where=where, pq_text=redacted(one_line(error), url))) from None
        try:
            done = applied(conn)
            if done is None and other_tables(conn):
                raise ForeignDatabaseError(_said("team.foreign", where=where))
            if done is not None and len(done) > SCHEMA_VERSION:
                raise NewerSchemaError(_said("team.newer", where=where, version=str(len(done)), known=str(SCHEMA_VERSION)))
            if len(done or []) < SCHEMA_VERSION:
                if read_only:
                    raise StoreError(_said("team.needs_setup", where=where))
                try:
                    apply_migrations(conn)
                except psycopg.errors.InsufficientPrivilege:
                    raise StoreError(_said("team.needs_setup", where=where)) from None
            may_write = conn.execute(
                "SELECT has_table_privilege('cases', 'UPDATE') AND has_table_privilege('history', 'INSERT')").fetchone()[0]
        except psycopg.Error as error:
            conn.close()
            raise StoreError(_said("team.unusable", where=where, pq_text=redacted(one_line(error), url))) from None
        except StoreError:
            conn.close()
            raise
        store = cls(PgDatabase(conn), user or conn.info.user)  # the history names the database role
        store.location, store._url, store._password = where, url, password
        store._pids = {conn.info.backend_pid}  # (every connection's: its change feed leaves them all out)
        store._used = __import__("time").monotonic()
        store.read_only = read_only or not may_write
        return store

    def _connected(self) -> None:
        """After the server went away (restarted, the network dropped): a new connection for the
        next read or write; the one that failed has said so (``reading``/``writing``)."""
        import time

        import psycopg

        idle = time.monotonic() - getattr(self, "_used", 0.0)
        self._used = time.monotonic()
        if not (self.db.conn.closed or self.db.conn.broken):
            if idle < 10:
                return
            if _answers(self.db.conn):  # idle a while: a server restarted meanwhile is found here, not by the edit
                return
            self.db.conn.close()
        try:
            self.db.conn = _connect(self._url, self._password, timeout=3)
        except psycopg.Error as error:
            raise StoreError(_said("team.unreachable", where=self.location, pq_text=redacted(one_line(error), self._url))) from None
        self.own_pids.add(self.db.conn.info.backend_pid)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def reading(self) -> Iterator[None]:
        import psycopg

        conn = self.db.conn
        if not (conn.closed or conn.broken) and conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            yield  # (a read inside an edit: ``writing`` says what failed, as a write)
            return
        self._connected()
        try:
            yield
        except psycopg.Error as error:
            raise DamagedStoreError(_said("team.read_failed", where=self.location, pq_text=redacted(one_line(error), self._url))) from None

    @contextmanager
    def writing(self) -> Iterator[None]:
        """One transaction (nested: a savepoint); a failure leaves nothing half-written."""
        import psycopg

        if self.read_only:
            raise ReadOnlyStoreError(_said("team.read_only", where=self.location))
        self._connected()
        try:
            with self.db.conn.transaction():
                yield
        except psycopg.Error as error:
            raise StoreError(_said("team.write_failed", where=self.location, pq_text=redacted(one_line(error), self._url))) from None

    def writable(self, case_id: str) -> Case:
        """The case, its row locked until the transaction ends: another officer's edit to the same
        case waits for this one and then reads what it wrote (no lost update)."""
        self.db.execute("SELECT 1 FROM cases WHERE id = ? FOR UPDATE", [case_id])
        return super().writable(case_id)

    def sync_reference_library(self, cases) -> int:
        """As ``CaseStore``'s, one editor's start at a time (two first starts at once would both
        insert the same reference case)."""
        with self.writing():
            self.db.execute("SELECT pg_advisory_xact_lock(7275682)")
            return super().sync_reference_library(cases)

    def log(self, case_id: str, field: str, old, new, *, announce: bool = True) -> None:
        """As ``CaseStore.log``, and the other officers' windows hear of it at the commit."""
        from .pg_changes import notify

        super().log(case_id, field, old, new)
        if announce:
            notify(self.db.conn, case_id, field, self.user)

    @property
    def own_pids(self) -> set[int]:
        """The server processes of every connection this store has had (a reconnect brings a new
        one): its own edits' notifications come from them, whichever was current at the commit."""
        if getattr(self, "_pids", None) is None:  # (filled by open() and each reconnect, not here:
            self._pids = set()                    # changes() runs on the window's joining thread)
        return self._pids

    def changes(self):
        """A ``ChangeFeed`` of the other connections' changes (the window's live list); it is
        given the store's set of pids itself, so a later reconnect's are left out too."""
        from .pg_changes import ChangeFeed

        return ChangeFeed(self._url, self.own_pids, self._password)

    def portfolio_rows(self) -> list[PortfolioRow]:
        with self.reading():
            from .portfolio_rows import read_portfolio_rows

            return read_portfolio_rows(self.db, PORTFOLIO_QUERY)
