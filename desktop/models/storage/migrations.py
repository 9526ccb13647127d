"""Schema changes, as named sqlite-utils migrations applied in order at open.

Never edit a migration that has shipped: add a new one. ``SCHEMA_VERSION`` (mirrored into
``PRAGMA user_version``) is the number of migrations, so an app can tell that a file was
written by a newer version of itself and refuse to touch it.
"""

from __future__ import annotations

import json

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from .records import now_iso

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


@migrations(name="0002_source_library")
def _source_library(db: Database) -> None:
    """One row per source cited anywhere (evidence for a rating), so a report cited in ten cases
    is found, corrected and checked for use in one place."""
    db["sources"].create(
        {
            "id": str,
            "title": str,
            "reference": str,
            "publisher": str,
            "date": str,
            "accessed": str,
            "note": str,
            "created": str,
            "updated": str,
        },
        pk="id",
        not_null={"title", "created", "updated"},
    )
    # cases imported before the library existed may already cite sources: file them (plain JSON
    # here, never the Case model, so this migration keeps working as the model grows)
    stamp = now_iso()
    for (document,) in db.execute("SELECT document FROM cases WHERE document LIKE '%\"evidence\"%'").fetchall():
        try:
            evidence = json.loads(document).get("evidence") or {}
            cited = [s for e in evidence.values() for s in (e or {}).get("sources") or []]
        except (ValueError, AttributeError, TypeError):
            continue
        for source in cited:
            if isinstance(source, dict) and source.get("id") and source.get("title"):
                row = {key: source.get(key) for key in ("id", "title", "reference", "publisher", "date", "accessed", "note")}
                db["sources"].insert({**row, "created": stamp, "updated": stamp}, ignore=True)


@migrations(name="0003_workshop_tallies_by_instrument")
def _workshop_tallies_by_instrument(db: Database) -> None:
    """Workshop tallies on instrument questions were keyed by place in the candidate list
    ("i1" … "i9"), which changes with the technology area and the level chosen: key them by the
    instrument voted on where it can still be told (``workshop.upgrade_positional_tallies``; the
    history says whether the technology area changed after the workshop began), and keep the
    others marked as no longer matching. A document that cannot be read is left as it is."""
    from ..exchange import case_from_data, case_to_data, stored_source
    from ..workshop import has_positional_tallies, upgrade_positional_tallies

    rows = db.execute("SELECT id, document FROM cases WHERE document LIKE '%\"tallies\"%'").fetchall()
    for case_id, document in rows:
        try:
            data = json.loads(document)
            tallies = (data.get("workshop") or {}).get("tallies") or []
            if not any(str(t.get("question", "")).startswith("instruments.") for t in tallies):
                continue
            ids = [r[0] for r in db.execute(
                "SELECT id FROM history WHERE case_id = ? AND field = 'workshop' ORDER BY id LIMIT 1", [case_id])]
            area_changed = bool(ids) and db.execute(
                "SELECT 1 FROM history WHERE case_id = ? AND field = 'technology_area' AND id > ? LIMIT 1",
                [case_id, ids[0]]).fetchone() is not None
            case = case_from_data({**data, "workshop": {**data["workshop"], "tallies": [], "log": []}},
                                  source=stored_source(case_id))  # read as stored, not yet upgraded
            from ..case import Workshop

            case = case.model_copy(update={"workshop": Workshop.model_validate(data["workshop"])})
            if not has_positional_tallies(case.workshop):
                continue
            upgraded = upgrade_positional_tallies(case, area_changed=area_changed)
            data["workshop"] = case_to_data(upgraded)["workshop"]
        except Exception:  # noqa: BLE001 — an unreadable document stays as stored (read-time checks report it)
            continue
        db.execute("UPDATE cases SET document = ? WHERE id = ?", [json.dumps(data, ensure_ascii=False), case_id])


SCHEMA_VERSION = len(migrations._migrations)


def apply_migrations(db: Database) -> None:
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
