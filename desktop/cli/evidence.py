"""``rdw snapshot``, ``rdw snapshots``, ``rdw diff``: named states of a case, and what changed since.

A snapshot ("Workshop 12 March") keeps the case as it stood; ``rdw diff`` lists the fields changed
since (or between two snapshots) with the override reasons and the history entries recorded for
each. Like the core commands these import only stdlib and ``desktop.models`` (never Qt); an
unknown case or snapshot becomes one ``rdw: error: …`` line and exit code 1 in ``cli.main``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from typing import Callable

from ..models.case import Case, Snapshot
from ..models.diff import diff_cases, history_window
from ..models.storage.store import CaseStore, StoreError
from ..models.storage.snapshots import NOW, find_snapshot


def _when(snapshot: Snapshot) -> str:
    return snapshot.taken_at.strftime("%Y-%m-%d %H:%M UTC")


def cmd_snapshot(store: CaseStore, args: argparse.Namespace) -> int:
    snapshot = store.take_snapshot(args.case, args.name)
    print(f"Snapshot “{snapshot.name}” taken {_when(snapshot)}")
    return 0


def cmd_snapshots(store: CaseStore, args: argparse.Namespace) -> int:
    snapshots = store.snapshots(args.case)
    history = [h for h in store.history(args.case) if h.field != "*"]
    if args.json:
        rows = [{"name": s.name, "taken_at": s.taken_at.isoformat().replace("+00:00", "Z"),
                 "history_mark": s.history_mark, "changes_since": sum(h.id > s.history_mark for h in history)}
                for s in snapshots]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not snapshots:
        print(f"No snapshots yet. Take one with: rdw snapshot {args.case} --name NAME")
        return 0
    from .main import _table  # late: cli imports this module

    rows = [[s.name, _when(s), str(sum(h.id > s.history_mark for h in history))] for s in snapshots]
    print(_table(["name", "taken", "changes since"], rows))
    return 0


def _state(store: CaseStore, case: Case, name: str) -> tuple[Case, Snapshot | None]:
    if name.strip().casefold() == NOW:
        return case, None
    snapshot = find_snapshot(case, name)
    return store.snapshot_case(case.id, snapshot.name), snapshot


def cmd_diff(store: CaseStore, args: argparse.Namespace) -> int:
    case = store.get(args.case)
    start = args.start
    if start is None:
        if not case.snapshots:
            raise StoreError(f"'{case.title}' has no snapshots yet; take one with: rdw snapshot {case.id} --name NAME")
        start = store.snapshots(case.id)[-1].name  # the newest (the later taken, within a second)
    old, old_snap = _state(store, case, start)
    new, new_snap = _state(store, case, args.end)
    history, since = history_window(store.history(case.id), old_snap.history_mark if old_snap else None,
                                    new_snap.history_mark if new_snap else None)
    diff = diff_cases(old, new, history, since,
                      from_label=old_snap.name if old_snap else NOW, to_label=new_snap.name if new_snap else NOW)
    if args.json:
        print(json.dumps({"case": case.id, **diff.as_json()}, indent=2, ensure_ascii=False))
        return 0
    label = lambda s: f"“{s.name}” ({_when(s)})" if s else NOW  # noqa: E731
    print(dataclasses.replace(diff, from_label=label(old_snap), to_label=label(new_snap)).text())
    return 0


def add_evidence_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    """Register the snapshot and diff commands through ``cli.build_parser``'s ``command`` helper."""
    p = command("snapshot", cmd_snapshot, "keep the case as it stands now under a name (e.g. 'Workshop 12 March')")
    p.add_argument("case", metavar="CASE", help="case id (see 'rdw list')")
    p.add_argument("--name", metavar="NAME", required=True, help="the snapshot's name, unique for the case")
    p = command("snapshots", cmd_snapshots, "list a case's snapshots, oldest first")
    p.add_argument("case", metavar="CASE", help="case id (see 'rdw list')")
    p.add_argument("--json", action="store_true", help="print a JSON array of {name, taken_at, history_mark, changes_since}")
    p = command("diff", cmd_diff, "what changed in a case since a snapshot (or between two), with the reasons recorded")
    p.add_argument("case", metavar="CASE", help="case id (see 'rdw list')")
    p.add_argument("--from", dest="start", metavar="NAME", default=None,
                   help="the older state: a snapshot's name, or 'now' (default: the newest snapshot)")
    p.add_argument("--to", dest="end", metavar="NAME", default=NOW,
                   help="the newer state: a snapshot's name, or 'now' (the default)")
    p.add_argument("--json", action="store_true",
                   help='print {"case", "from", "to", "sections": [{"step", "title", "rows": [{"path", "label", "old", "new", "notes"}]}]}')
