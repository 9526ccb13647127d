"""The team database's schema (issue 22): the same tables and columns as the SQLite file's
(``migrations.py``), as named migrations applied in order and
recorded in ``rdw_migrations`` (so an app can tell a database written by a newer version of
itself and refuse to touch it, as ``PRAGMA user_version`` does for a file).

The SQLite file took three migrations to reach this shape; a team database starts at it, so its
first migration is the whole of today's schema. Never edit a migration that has shipped: add one.
What is missing is applied in one transaction, and only by a user who may create tables (the
database's owner); an editor or a reader finds the schema ready.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    import psycopg

MIGRATIONS: list[tuple[str, Callable[["psycopg.Connection"], None]]] = []


def migration(name: str):
    def register(function):
        MIGRATIONS.append((name, function))
        return function
    return register


@migration("0001_cases_history_sources")
def _cases_history_sources(conn: "psycopg.Connection") -> None:
    """Cases whole, as their exchange-format JSON, beside the columns the list shows and sorts
    by; the history of every change; the source library (see migrations.py 0001–0002)."""
    conn.execute("""
        CREATE TABLE cases (
            id text PRIMARY KEY,
            title text NOT NULL,
            technology_area text,
            is_reference integer NOT NULL DEFAULT 0,
            status text NOT NULL DEFAULT 'draft',
            leverage_degree text,
            chosen_level text,
            created text NOT NULL,
            updated text NOT NULL,
            document text NOT NULL
        )""")
    conn.execute("CREATE INDEX cases_is_reference ON cases (is_reference)")
    conn.execute("""
        CREATE TABLE history (
            id bigserial PRIMARY KEY,
            case_id text NOT NULL,
            field text NOT NULL,
            old_value text,
            new_value text,
            changed_at text NOT NULL,
            "user" text
        )""")
    conn.execute("CREATE INDEX history_case_id ON history (case_id, id)")
    # a document as JSON, or NULL if it is not (the portfolio's query reads every document at once:
    # one that is not JSON must be skipped, not fail the query)
    conn.execute("""
        CREATE FUNCTION rdw_jsonb(document text) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
        BEGIN
            RETURN document::jsonb;
        EXCEPTION WHEN others THEN
            RETURN NULL;
        END $$""")
    conn.execute("""
        CREATE TABLE sources (
            id text PRIMARY KEY,
            title text NOT NULL,
            reference text,
            publisher text,
            date text,
            accessed text,
            note text,
            created text NOT NULL,
            updated text NOT NULL
        )""")


SCHEMA_VERSION = len(MIGRATIONS)


def applied(conn: "psycopg.Connection") -> list[str] | None:
    """The names of the migrations the database has, in order; None for a database without our
    table (new, or another program's)."""
    exists = conn.execute("SELECT to_regclass('rdw_migrations') IS NOT NULL").fetchone()[0]
    if not exists:
        return None
    return [row[0] for row in conn.execute("SELECT name FROM rdw_migrations ORDER BY id").fetchall()]


def other_tables(conn: "psycopg.Connection") -> list[str]:
    """Tables of the current schema that are not ours (a database of another program)."""
    rows = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").fetchall()
    return sorted(r[0] for r in rows if r[0] not in ("cases", "history", "sources", "rdw_migrations"))


def apply_migrations(conn: "psycopg.Connection") -> int:
    """Apply what is missing, each migration in one transaction; the number applied. A lock held
    for the duration keeps two first starts from migrating at once."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(7275681)")  # (any constant: ours)
        conn.execute("""CREATE TABLE IF NOT EXISTS rdw_migrations (
                            id integer PRIMARY KEY, name text NOT NULL, applied text NOT NULL)""")
        done = applied(conn) or []
        count = 0
        for number, (name, function) in enumerate(MIGRATIONS, start=1):
            if number <= len(done):
                continue
            function(conn)
            conn.execute("INSERT INTO rdw_migrations (id, name, applied) VALUES (%s, %s, now()::text)", [number, name])
            count += 1
        return count
