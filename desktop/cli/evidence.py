"""``rdw snapshot``, ``rdw snapshots``, ``rdw diff``: named states of a case, and what changed since.

A snapshot ("Workshop 12 March") keeps the case as it stood; ``rdw diff`` lists the fields changed
since (or between two snapshots) with the override reasons and the history entries recorded for
each. Like the core commands these import only stdlib and ``desktop.models`` (never Qt); an
unknown case or snapshot becomes one ``rdw: error: …`` line and exit code 1 in ``cli.main``.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..models.storage.records import NOW, StoreError
from .output import say, say_json, text_table
from .registry import case_argument, command

if TYPE_CHECKING:
    from ..models.case import Case, Snapshot
    from ..models.storage.interface import CaseStorage


def _when(snapshot: Snapshot) -> str:
    return snapshot.taken_at.strftime("%Y-%m-%d %H:%M UTC")


def _snapshot_arguments(p: argparse.ArgumentParser) -> None:
    case_argument(p)
    p.add_argument("--name", metavar="NAME", required=True, help="the snapshot's name, unique for the case")


@command("snapshot", "keep the case as it stands now under a name (e.g. 'Workshop 12 March')",
         arguments=_snapshot_arguments, writes=True)
def cmd_snapshot(store: CaseStorage, args: argparse.Namespace) -> int:
    snapshot = store.snapshots.take(args.case, args.name)
    say(f"Snapshot “{snapshot.name}” taken {_when(snapshot)}")
    return 0


def _snapshots_arguments(p: argparse.ArgumentParser) -> None:
    case_argument(p)
    p.add_argument("--json", action="store_true", help="print a JSON array of {name, taken_at, history_mark, changes_since}")


@command("snapshots", "list a case's snapshots, oldest first", arguments=_snapshots_arguments)
def cmd_snapshots(store: CaseStorage, args: argparse.Namespace) -> int:
    snapshots = store.snapshots.list(args.case)
    history = [h for h in store.history(args.case) if h.field != "*"]
    if args.json:
        rows = [{"name": s.name, "taken_at": s.taken_at.isoformat().replace("+00:00", "Z"),
                 "history_mark": s.history_mark, "changes_since": sum(h.id > s.history_mark for h in history)}
                for s in snapshots]
        say_json(rows)
        return 0
    if not snapshots:
        say(f"No snapshots yet. Take one with: rdw snapshot {args.case} --name NAME")
        return 0
    rows = [[s.name, _when(s), str(sum(h.id > s.history_mark for h in history))] for s in snapshots]
    say(text_table(["name", "taken", "changes since"], rows))
    return 0


def _state(store: CaseStorage, case: Case, name: str) -> tuple[Case, Snapshot | None]:
    from ..models.storage.snapshots import find_snapshot

    if name.strip().casefold() == NOW:
        return case, None
    snapshot = find_snapshot(case, name)
    return store.snapshots.case_at(case.id, snapshot.name), snapshot


def _diff_arguments(p: argparse.ArgumentParser) -> None:
    case_argument(p)
    p.add_argument("--from", dest="start", metavar="NAME", default=None,
                   help="the older state: a snapshot's name, or 'now' (default: the newest snapshot)")
    p.add_argument("--to", dest="end", metavar="NAME", default=NOW,
                   help="the newer state: a snapshot's name, or 'now' (the default)")
    p.add_argument("--json", action="store_true",
                   help='print {"case", "from", "to", "sections": [{"step", "title", "rows": [{"path", "label", "old", "new", "notes"}]}]}')


@command("diff", "what changed in a case since a snapshot (or between two), with the reasons recorded",
         arguments=_diff_arguments)
def cmd_diff(store: CaseStorage, args: argparse.Namespace) -> int:
    import dataclasses

    from ..models.diff import diff_cases, history_window

    case = store.get(args.case)
    start = args.start
    if start is None:
        if not case.snapshots:
            raise StoreError(f"'{case.title}' has no snapshots yet; take one with: rdw snapshot {case.id} --name NAME")
        start = store.snapshots.list(case.id)[-1].name  # the newest (the later taken, within a second)
    old, old_snap = _state(store, case, start)
    new, new_snap = _state(store, case, args.end)
    history, since = history_window(store.history(case.id), old_snap.history_mark if old_snap else None,
                                    new_snap.history_mark if new_snap else None)
    diff = diff_cases(old, new, history, since,
                      from_label=old_snap.name if old_snap else NOW, to_label=new_snap.name if new_snap else NOW)
    if args.json:
        say_json({"case": case.id, **diff.as_json()})
        return 0
    label = lambda s: f"“{s.name}” ({_when(s)})" if s else NOW  # noqa: E731
    say(dataclasses.replace(diff, from_label=label(old_snap), to_label=label(new_snap)).text())
    return 0
