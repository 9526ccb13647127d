"""A PostgreSQL connection that speaks the few words ``CaseStore`` and its parts say to SQLite
(issue 22): ``execute(sql, params)`` with ``?`` placeholders, ``db["table"].insert(row)`` and
``.update(pk, row)``. So the store's queries, its source library and its snapshots are one
code for both engines; what differs (opening, transactions, row locks, JSON paths) is in
``pg_store.py``.

The SQL the store writes is the common subset of both: ``?`` becomes ``%s``, SQLite's
``instr(a, b)`` PostgreSQL's ``strpos(a, b)``; identifiers are quoted on insert and update (the
history's ``user`` column is a reserved word in PostgreSQL). Every statement runs in the
connection's current transaction; outside one, it commits at once (autocommit), so a reader
never holds a snapshot open between two clicks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Sequence

if TYPE_CHECKING:
    import psycopg

_PLACEHOLDER = re.compile(r"\?")
_INSTR = re.compile(r"\binstr\(", re.IGNORECASE)


def translated(sql: str) -> str:
    """SQLite's spelling of the store's SQL in PostgreSQL's (no ``?`` or ``%`` inside literals:
    the store never writes any; a literal percent sign is doubled for psycopg)."""
    return _INSTR.sub("strpos(", _PLACEHOLDER.sub("%s", sql.replace("%", "%%")))


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class PgTable:
    """``db["table"]``: insert and update by primary key ``id``, as sqlite-utils' tables."""

    def __init__(self, db: "PgDatabase", name: str):
        self.db, self.name = db, name

    def insert(self, row: dict[str, Any], ignore: bool = False) -> None:
        columns = ", ".join(quoted(c) for c in row)
        marks = ", ".join(["%s"] * len(row))
        conflict = " ON CONFLICT DO NOTHING" if ignore else ""
        self.db.conn.execute(f"INSERT INTO {quoted(self.name)} ({columns}) VALUES ({marks}){conflict}",
                             list(row.values()))

    def update(self, pk: Any, row: dict[str, Any]) -> None:
        if not row:
            return
        setting = ", ".join(f"{quoted(c)} = %s" for c in row)
        self.db.conn.execute(f"UPDATE {quoted(self.name)} SET {setting} WHERE id = %s", [*row.values(), pk])


class PgDatabase:
    """The store's ``db`` on PostgreSQL: ``conn`` is the psycopg connection (autocommit)."""

    def __init__(self, conn: "psycopg.Connection"):
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> "psycopg.Cursor":
        return self.conn.execute(translated(sql), list(params))

    def __getitem__(self, table: str) -> PgTable:
        return PgTable(self, table)

    def close(self) -> None:
        self.conn.close()
