"""Setting up a team database (issue 22): the schema, the shipped reference library and two
group roles IT gives officers: ``rdw_editor`` (read and change cases; the history only grows)
and ``rdw_reader`` (read only: the app opens read-only and says so). Run once by the database's
owner, as ``rdw --db postgresql://OWNER@HOST/DATABASE team-setup``, or by IT from the script
``setup_script()`` prints (``rdw team-setup --print-sql``); running it again changes nothing.

Officers log in as themselves (their own PostgreSQL login role, with libpq's usual password
file, service file, Kerberos or certificate) and IT grants them a group:
``GRANT rdw_editor TO alice;``. The history records who changed what by that login.
"""

from __future__ import annotations

EDITOR, READER = "rdw_editor", "rdw_reader"

_ROLES = f"""DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{EDITOR}') THEN
        CREATE ROLE {EDITOR} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{READER}') THEN
        CREATE ROLE {READER} NOLOGIN;
    END IF;
END $$"""


def grants(database: str) -> list[str]:
    """What each group may do: readers read; editors also write cases and sources and append to
    the history (never change or delete a history row: the audit trail only grows)."""
    quoted = '"' + database.replace('"', '""') + '"'
    return [
        f"GRANT CONNECT ON DATABASE {quoted} TO {EDITOR}, {READER}",
        f"GRANT USAGE ON SCHEMA public TO {EDITOR}, {READER}",
        f"GRANT SELECT ON cases, history, sources, rdw_migrations TO {EDITOR}, {READER}",
        f"GRANT INSERT, UPDATE, DELETE ON cases, sources TO {EDITOR}",
        f"GRANT INSERT ON history TO {EDITOR}",
        f"GRANT USAGE ON SEQUENCE history_id_seq TO {EDITOR}",
        f"GRANT EXECUTE ON FUNCTION rdw_jsonb(text) TO {EDITOR}, {READER}",
    ]


def setup_script(database: str) -> str:
    """The roles and grants as one SQL script for IT (after the app has created its tables, or
    after ``rdw team-setup`` has: the grants name them)."""
    return ";\n\n".join([_ROLES, *grants(database)]) + ";\n"


def set_up(url: str) -> list[str]:
    """Create or update the schema, install the reference library, create the two roles and grant
    them; what was done, line by line. Needs the database's owner (and CREATEROLE for the roles,
    unless IT created them already)."""
    import psycopg

    from ..language import Phrase
    from ..library import open_store
    from .records import StoreError

    store = open_store(url)  # the schema (as its owner) and the reference library
    try:
        conn = store.db.conn
        database = conn.info.dbname
        owner, is_owner = conn.execute(
            "SELECT pg_get_userbyid(datdba), pg_has_role(current_user, datdba, 'MEMBER') "
            "FROM pg_database WHERE datname = current_database()").fetchone()
        if not is_owner:  # (PostgreSQL would only warn, and grant nothing)
            raise StoreError(Phrase("errors_store", "team.not_owner", where=store.location, owner=owner,
                                    user=conn.info.user))
        done = [f"schema and reference library ready in {database}"]
        try:
            with conn.transaction():
                conn.execute(_ROLES)
        except psycopg.errors.InsufficientPrivilege:
            have = conn.execute("SELECT count(*) FROM pg_roles WHERE rolname IN (%s, %s)", [EDITOR, READER]).fetchone()[0]
            if have != 2:
                raise
            done.append(f"roles {EDITOR} and {READER} already there (this login may not create roles)")
        else:
            done.append(f"roles {EDITOR} and {READER} ready")
        with conn.transaction():
            for statement in grants(database):
                conn.execute(statement)
        done.append(f"{READER} may read; {EDITOR} may read, change cases and sources, and add to the history")
        return done
    finally:
        store.close()
