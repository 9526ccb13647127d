"""The optional parts of a scorecard, as plain data: the workshop record (the room's tallies,
how split it was, the decisions and the log) and the memo annexes (the sources and confidence
behind each rating, dissent notes, what changed since a named snapshot). ``scorecard.py``
builds the scorecards themselves and attaches these when asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date, datetime, timezone
from enum import Enum
from typing import Any

from . import workshop as ws
from .case import Case, RatingEvidence
from .evidence import (
    DEFAULT_STALE_YEARS,
    RATINGS,
    evidence_for,
    rating_value,
    stale_age_text,
    stale_days,
    stale_ratings,
)
from .provenance import marked, rating_provenance
from .storage.snapshots import find_snapshot


def stale_note(years: int = DEFAULT_STALE_YEARS) -> str:
    """The note printed after a flagged rating's label: '(sources older than 3 years)'."""
    return f"(sources {stale_age_text(years)})"


@dataclass(frozen=True)
class WorkshopItem:
    """One question the room answered: how it voted, how split it was, what it decided."""

    label: str  # the question's short label, e.g. "Degree of leverage"
    counts: tuple[str, ...]  # "3 × High", "5 × Medium" … in the scale's order (empty: no tally taken)
    spread: str  # e.g. "Broad agreement: 56% chose High (9 votes)" ("" without a tally)
    decision: str  # the chosen answer's label ("" while undecided)
    reason: str

    @property
    def counts_text(self) -> str:
        return ", ".join(self.counts)

    def rows(self) -> list[tuple[str, str, bool]]:
        """(key, text, muted) rows as every format prints them: Room, Spread, Decision, Reason.
        Counts longer than ``LONG_COUNT`` (instrument texts) go one per row."""
        rows: list[tuple[str, str, bool]] = []
        if not self.counts:
            rows.append(("Room", "no tally taken", True))
        elif any(len(c) > LONG_COUNT for c in self.counts):
            rows += [("Room" if n == 0 else "", count, False) for n, count in enumerate(self.counts)]
        else:
            rows.append(("Room", self.counts_text, False))
        if self.spread:
            rows.append(("Spread", self.spread, False))
        rows.append(("Decision", self.decision or "not decided yet", not self.decision))
        if self.reason:
            rows.append(("Reason", self.reason, False))
        return rows


LONG_COUNT = 40

# What an asked-for section with nothing in it says, in one line, in every format
NO_FACTORS = "No leverage factor rated."
NO_SOURCES = "No sources or confidence recorded for any rating."
NO_SOURCE_CITED = "No sources cited."
NO_DISSENT = "No dissent recorded."
NO_CHANGES = "No changes since the snapshot."
NO_RECORD = "No tallies or decisions recorded."
NO_LOG = "No decisions recorded yet."


@dataclass(frozen=True)
class WorkshopRecord:
    session: str
    facilitator: str
    items: list[WorkshopItem]
    log: list[str]  # one line per decision: time, session / facilitator, question, answer, room, reason


@dataclass(frozen=True)
class SourceEntry:
    title: str
    details: tuple[str, ...]  # "Publisher: …", "Date: …", "Reference: …", "Accessed: …" (those given)
    note: str = ""


@dataclass(frozen=True)
class EvidenceItem:
    """One rating's entry in the sources annex."""

    label: str  # "IP & patents — likelihood"
    value: str  # the current rating's label ("not rated")
    confidence: str  # "Confidence: high" / "Confidence: not stated"
    stale: bool  # every source is older than the chosen age
    sources: tuple[SourceEntry, ...]
    stale_years: int = DEFAULT_STALE_YEARS

    @property
    def heading(self) -> str:
        return f"{self.label} {stale_note(self.stale_years)}" if self.stale else self.label


@dataclass(frozen=True)
class DissentItem:
    label: str
    text: str


@dataclass(frozen=True)
class ChangeRow:
    label: str
    old: str
    new: str
    notes: tuple[str, ...]  # override reasons, history lines

    @property
    def change(self) -> str:
        return f"{self.old} → {self.new}"


@dataclass(frozen=True)
class ChangesRecord:
    """The "changes since snapshot" annex: per step (its title), each field that changed."""

    snapshot: str
    taken_at: str  # "12 March 2024, 14:30 UTC"
    sections: list[tuple[str, list[ChangeRow]]]


def _counts(question: ws.Question | None, counts: dict[str, int], key: str = "") -> tuple[str, ...]:
    """"3 × High", … in the question's order; a token it no longer offers is shown as stored (an
    instrument by its text; an earlier version's unmatched one as no longer matching)."""
    options = [(o.token, o.label) for o in question.options] if question else []
    known = {token for token, _label in options}
    key = question.key if question else key
    ordered = options + [(token, ws.token_label(key, question, token)) for token in counts if token not in known]
    return tuple(f"{counts[token]} × {label}" for token, label in ordered if counts.get(token, 0) > 0)


def _unasked_label(key: str) -> str:
    """A tallied question the case no longer asks (instruments of a level not chosen any more)."""
    from .scales import Level

    head, _dot, level = key.partition(".")
    if head == "instruments" and level in {lv.value for lv in Level}:
        return f"{Level(level).label} — instruments"
    return key


def workshop_record(case: Case) -> WorkshopRecord | None:
    """The case's workshop section as an appendix: every question with a tally or a decision,
    in the wizard's order, then the decision log. ``None`` for a case without one."""
    w = case.workshop
    if w is None:
        return None
    questions = {q.key: q for q in ws.questions(case)}
    order = list(questions)
    tallies = sorted(w.tallies, key=lambda t: order.index(t.question) if t.question in questions else len(order))
    last_label = {entry.question: entry.value_label for entry in w.log if entry.value_label}
    items = []
    for tally in tallies:
        counts = {k: v for k, v in tally.counts.items() if v > 0}
        if not counts and tally.decision is None:
            continue
        q = questions.get(tally.question)
        option = q.option(tally.decision) if q else None
        instrument = tally.question.startswith("instruments.")
        decision = "" if tally.decision is None else (
            option.label if option else ws.token_label(tally.question, q, tally.decision) if instrument
            else last_label.get(tally.question, tally.decision))
        items.append(WorkshopItem(
            label=q.short if q else _unasked_label(tally.question),
            counts=_counts(q, counts, tally.question),
            spread=ws.spread(q, counts).words(q) if q and counts else "",
            decision=decision,
            reason=tally.reason or "",
        ))
    log = []
    for entry in w.log:
        line = f"{ws.log_when(entry)} · {ws.log_who(entry)} · {entry.label}: {entry.value_label or entry.value or '—'}"
        if entry.question.startswith("instruments."):  # a vote per candidate: the adopted one's
            votes = entry.counts.get(entry.value or "", 0)
            line += f" ({votes} vote{'' if votes == 1 else 's'} for it)" if entry.counts else " (no tally)"
        else:
            room = ", ".join(_counts(questions.get(entry.question), entry.counts, entry.question))
            line += f" (room: {room})" if room else " (no tally)"
        log.append(line + (f". Reason: {entry.reason}" if entry.reason else ""))
    return WorkshopRecord(w.session or "", w.facilitator or "", items, log)


# -- memo annexes ------------------------------------------------------------------------------
def _evidence(case: Case) -> list[tuple[str, str, RatingEvidence]]:
    """(path, label, evidence) of every rating with any evidence, in the wizard's order."""
    return [(path, label, evidence_for(case, path)) for path, label in RATINGS.items() if path in case.evidence]


def value_label(value: Any, unset: str = "not rated") -> str:
    """A value as a reader wants it: labels, not tokens."""
    if value is None or value == [] or value == "":
        return unset
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, Enum):
        return getattr(value, "label", value.value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return "; ".join(value_label(v, unset) for v in value)
    return str(value)


def _source(s) -> SourceEntry:
    fields = (("Publisher", s.publisher), ("Date", s.date), ("Reference", s.reference), ("Accessed", s.accessed))
    return SourceEntry(s.title, tuple(f"{key}: {value}" for key, value in fields if value), s.note or "")


def evidence_items(case: Case, today: Date, stale_years: int = DEFAULT_STALE_YEARS) -> list[EvidenceItem]:
    """The sources annex: every rating with sources or a stated confidence, in the wizard's order;
    flagged when all its (dated) sources are older than ``stale_years`` years."""
    stale = {path for path, _newest in stale_ratings(case, stale_days(stale_years), today)}
    items = []
    for path, label, ev in _evidence(case):
        if not ev.sources and ev.confidence is None:
            continue
        confidence = f"Confidence: {ev.confidence.label.lower()}" if ev.confidence else "Confidence: not stated"
        value = rating_value(case, path)
        shown = value_label(value) if value in (None, []) else marked(value_label(value), rating_provenance(case, path))
        items.append(EvidenceItem(label, shown, confidence, path in stale,
                                  tuple(_source(s) for s in ev.sources), stale_years))
    return items


def dissent_items(case: Case) -> list[DissentItem]:
    return [DissentItem(label, ev.dissent) for _path, label, ev in _evidence(case) if (ev.dissent or "").strip()]


def _when(at: datetime) -> str:
    at = at.astimezone(timezone.utc) if at.tzinfo else at
    return f"{at.day} {at:%B %Y}, {at:%H:%M} UTC"


def changes_record(case: Case, name: str, *, old: Case | None = None, history=()) -> ChangesRecord:
    """What changed since the snapshot ``name``: per step, each rating with old → new and the
    notes (override reasons, the history rows recorded since). ``old`` is the snapshot's case
    (the store's upgraded copy); without it the snapshot's stored data is read here."""
    from .diff import diff_cases
    from .exchange import case_from_data

    snapshot = find_snapshot(case, name)  # UnknownSnapshotError (a StoreError) names the case's snapshots
    if old is None:
        old = case_from_data(snapshot.case, source=f"snapshot “{snapshot.name}”")
    diff = diff_cases(old, case, history=history, since_mark=snapshot.history_mark)
    sections = [(section.title, [ChangeRow(r.label, r.old, r.new, tuple(r.notes)) for r in section.rows])
                for section in diff.sections]
    return ChangesRecord(snapshot.name, _when(snapshot.taken_at), sections)
