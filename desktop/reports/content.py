"""What goes on the scorecards: cases read from the store and built into ``Scorecard`` content
(``models.scorecard``), with the version line, the recent history and the changes annex."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..models.case import Case
from ..models.scorecard import Scorecard, ScorecardOptions, build_scorecard
from ..models.scorecard_words import words
from ..models.storage.snapshots import find_snapshot
from ..models.storage.interface import CaseStorage

if TYPE_CHECKING:
    from ..models.scorecard_annexes import ChangesRecord


def _short(value) -> str:
    text = "—" if value in (None, "", []) else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def history_line(entry, lang: str = "en") -> str:
    """One change as a memo reader wants it: when, who, what, from what to what (``lang``: the
    document's language of the fixed word "case"; fields and values as recorded)."""
    when = entry.changed_at[:16].replace("T", " ")
    if entry.field == "*":
        return words(lang)("history.case", when=when, user=str(entry.user), what=str(entry.new_value))
    return f"{when} · {entry.user} · {entry.field}: {_short(entry.old_value)} → {_short(entry.new_value)}"


def changes_since(store: CaseStorage, case: Case, name: str, history: list | None = None,
                  lang: str = "en") -> ChangesRecord:
    """The "changes since snapshot" annex from the store: the snapshot's case as the store
    reads it, and the history recorded after the snapshot was taken (for the reasons; read
    here unless the caller has it already). An unknown name is a StoreError that lists the
    case's snapshots."""
    from ..models.scorecard_annexes import changes_record  # (only for this annex)

    name = find_snapshot(case, name).name
    if history is None:
        history = store.history(case.id)
    return changes_record(case, name, old=store.snapshots.case_at(case.id, name), history=history, lang=lang)


def scorecards_for(store: CaseStorage, ids: list[str], options: ScorecardOptions = ScorecardOptions(),
                   today: date | None = None, progress=None) -> list[Scorecard]:
    """``progress(n, total)``, if given, is called before the n-th case (it may raise to stop)."""
    today = today or date.today()
    w = words(options.language)
    stamp = today.strftime("%d %B %Y").lstrip("0") if w.lang == "en" else w.date(today)
    cards = []
    for n, case_id in enumerate(ids, start=1):
        if progress is not None:
            progress(n, len(ids))
        case = store.get(case_id)
        history = store.history(case_id)
        version = w("version.reference") if case.is_reference else str(max(1, len(history)))
        lines = [history_line(h, w.lang) for h in history[-15:]]
        changes = changes_since(store, case, options.changes_since, history, w.lang) if options.changes_since else None
        cards.append(build_scorecard(case, date=stamp, version=version, options=options, history_lines=lines,
                                     changes=changes, today=today))
    return cards
