"""Schema changes, as named sqlite-utils migrations applied in order at open.

Never edit a migration that has shipped: add a new one. ``SCHEMA_VERSION`` (mirrored into
``PRAGMA user_version``) is the number of migrations, so an app can tell that a file was
written by a newer version of itself and refuse to touch it.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("rdw")


@migrations(name="0001_cases_and_history")
def _cases_and_history(db: Database) -> None:
    """Cases are stored whole, as their exchange-format JSON, next to the columns the browser
    lists and sorts by (so listing 10,000 cases never parses 10,000 documents)."""
    db["cases"].create(
        {
            "id": str,
            "title": str,
            "technology_area": str,
            "is_reference": int,
            "status": str,
            "leverage_degree": str,
            "chosen_level": str,
            "created": str,
            "updated": str,
            "document": str,
        },
        pk="id",
        not_null={"title", "is_reference", "status", "created", "updated", "document"},
        defaults={"is_reference": 0, "status": "draft"},
    )
    db["cases"].create_index(["is_reference"])
    db["history"].create(
        {
            "id": int,
            "case_id": str,
            "field": str,
            "old_value": str,
            "new_value": str,
            "changed_at": str,
            "user": str,
        },
        pk="id",
        not_null={"case_id", "field", "changed_at"},
    )
    db["history"].create_index(["case_id", "id"])


SCHEMA_VERSION = len(migrations._migrations)


def apply_migrations(db: Database) -> None:
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
