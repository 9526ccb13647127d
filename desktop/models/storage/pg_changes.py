"""Other officers' changes as they happen (issue 22): every history row the team database writes
also sends a PostgreSQL notification (``rdw_changes``: the case, the field, the login), delivered
when its transaction commits; a window listens on a connection of its own and shows them within
a second, without polling the tables. Its own changes are left out: those of every connection its
store has had (a reconnect after the server went away brings a new server process, a new pid).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Collection

    import psycopg

CHANNEL = "rdw_changes"


class Change(NamedTuple):
    case_id: str
    field: str
    user: str


def notify(conn: "psycopg.Connection", case_id: str, field: str, user: str) -> None:
    """Inside a write transaction: tell the listeners once it commits."""
    payload = json.dumps({"case": case_id, "field": field, "user": user}, ensure_ascii=False)
    conn.execute("SELECT pg_notify(%s, %s)", [CHANNEL, payload[:7900]])  # (PostgreSQL's limit: 8000 bytes)


class ChangeFeed:
    """A listening connection: ``fileno()`` for the event loop, ``poll()`` for what arrived."""

    def __init__(self, url: str, own_pids: Collection[int] | int, password: str | None = None):
        """``own_pids``: the store's own connections' pids, the store's live set (it adds each
        reconnect's), or one pid."""
        import psycopg

        from psycopg.conninfo import conninfo_to_dict

        from .pg_store import LIVENESS

        given = conninfo_to_dict(url)
        extra = {key: value for key, value in LIVENESS.items() if key not in given}
        if password:
            extra["password"] = password
        self.conn = psycopg.connect(url, autocommit=True, application_name="rdw (changes)", **extra)
        try:
            self.conn.execute(f"LISTEN {CHANNEL}")
        except BaseException:  # (never a connection left open behind a failed start)
            self.conn.close()
            raise
        self.own_pids = {own_pids} if isinstance(own_pids, int) else own_pids
        self.broken = False  # the connection went away (a restart): the window listens again later

    def fileno(self) -> int:
        return self.conn.pgconn.socket

    def poll(self) -> list[Change]:
        """The changes that arrived since the last call (never blocks); [] when the connection is
        gone (the next write says so; a new feed comes with the next store)."""
        import psycopg

        pgconn = self.conn.pgconn
        try:
            pgconn.consume_input()
        except psycopg.OperationalError:
            self.broken = True
            return []
        out = []
        while (note := pgconn.notifies()) is not None:
            if note.be_pid in self.own_pids:
                continue
            try:
                data = json.loads(note.extra.decode("utf-8"))
                out.append(Change(str(data["case"]), str(data["field"]), str(data["user"])))
            except (ValueError, KeyError, TypeError):
                continue
        return out

    def close(self) -> None:
        self.conn.close()
