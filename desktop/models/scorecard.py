"""What a scorecard says, as plain data: built from a case without Qt, rendered by the views.

Scorecard 1: technology field, the three pillars (stance and likelihood), the six types of
strength, the degree of leverage on its scale. Scorecard 2: feasibility of the four levels and
the core recommendations under each ("None" where a level is not feasible or has none).
Optionally a workshop record: the room's tallies, how split it was, the decisions and the log;
and the memo annexes: a handling banner for every page, the sources and confidence behind each
rating, dissent notes, and what changed since a named snapshot.
Keeping this apart from the drawing code lets tests check content without rendering.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Date, datetime, timezone
from enum import Enum
from typing import Any

from .. import METHOD_CITATION
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
from .storage.snapshots import find_snapshot
from .scales import Feasibility, Level, LeverageDegree, Likelihood, Pillar, Stance, StrengthType


@dataclass(frozen=True)
class PillarRow:
    label: str
    present: bool | None
    stance: Stance | None
    likelihood: Likelihood | None


@dataclass(frozen=True)
class LevelColumn:
    level: Level
    feasibility: Feasibility | None
    chosen: bool
    recommendations: list[tuple[str, str]]  # (protect/promote/partner label, text)

    @property
    def shows_none(self) -> bool:
        return self.feasibility is Feasibility.NOT_FEASIBLE or not self.recommendations


@dataclass(frozen=True)
class ScorecardOptions:
    """Optional sections a user can switch on for a memo."""

    rationale: bool = False
    leverage_factors: bool = False
    overrides: bool = False
    history: bool = False
    workshop: bool = False  # the workshop record, for cases that have one
    banner: str | None = None  # handling banner at the top and bottom of every page, as typed
    sources: bool = False  # annex: sources and confidence per rating
    dissent: bool = False  # annex: dissent notes per rating
    changes_since: str | None = None  # annex: changes since the snapshot of this name
    stale_years: int = DEFAULT_STALE_YEARS  # the sources annex flags ratings whose sources are all older


BANNER_PRESETS = ("OFFICIAL", "OFFICIAL – SENSITIVE", "RESTRICTED", "For internal use only")


def stale_note(years: int = DEFAULT_STALE_YEARS) -> str:
    """The note printed after a flagged rating's label: '(sources older than 3 years)'."""
    return f"(sources {stale_age_text(years)})"


def banner_line(text: str | None) -> str | None:
    """The banner as printed: one line (line breaks become spaces), otherwise exactly as typed;
    ``None`` when blank."""
    line = re.sub(r"[\r\n\t\v\f]+", " ", text or "").strip()
    return line or None


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


@dataclass
class Scorecard:
    title: str
    technology_area: str
    author: str
    organisation: str
    date: str
    version: str
    citation: str
    source_note: str
    pillars: list[PillarRow]
    types: list[tuple[str, bool]]
    leverage: LeverageDegree | None
    levels: list[LevelColumn]
    extra_sections: list[tuple[str, list[str]]] = field(default_factory=list)
    workshop: WorkshopRecord | None = None
    banner: str | None = None
    sources: list[EvidenceItem] | None = None  # None: annex not asked for
    dissent: list[DissentItem] | None = None
    changes: ChangesRecord | None = None


def _factors(case: Case) -> list[str]:
    lev = case.leverage
    def label(value) -> str:
        if value is None:
            return "—"
        if isinstance(value, bool):
            return "Yes" if value else "No"
        return value.label

    return [
        f"Market-entry barriers: {', '.join(b.label for b in lev.market_entry_barriers) or '—'}",
        f"Substitutability: {label(lev.substitutability)}",
        f"Foreign availability: {label(lev.foreign_availability)}",
        f"Effective utilisation: {label(lev.effective_utilisation)}",
        f"Ethical constraints: {label(lev.ethical_constraints)}",
        f"Spillover damage: {label(lev.spillover_damage)}",
        f"Dual-use relevance: {label(lev.dual_use_relevance)}",
    ]


def _counts(question: ws.Question | None, counts: dict[str, int]) -> tuple[str, ...]:
    """"3 × High", … in the question's order; a token it no longer offers is shown as stored."""
    options = [(o.token, o.label) for o in question.options] if question else []
    known = {token for token, _label in options}
    ordered = options + [(token, token) for token in counts if token not in known]
    return tuple(f"{counts[token]} × {label}" for token, label in ordered if counts.get(token, 0) > 0)


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
        decision = "" if tally.decision is None else (
            option.label if option else last_label.get(tally.question, tally.decision))
        items.append(WorkshopItem(
            label=q.short if q else tally.question,
            counts=_counts(q, counts),
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
            room = ", ".join(_counts(questions.get(entry.question), entry.counts))
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
        items.append(EvidenceItem(label, value_label(rating_value(case, path)), confidence, path in stale,
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


def build_scorecard(case: Case, *, date: str, version: str, options: ScorecardOptions = ScorecardOptions(),
                    history_lines: list[str] | None = None, changes: ChangesRecord | None = None,
                    today: Date | None = None) -> Scorecard:
    """``changes``: the changes annex as the export built it from the store (with history);
    when asked for without it, it comes from the snapshot stored in the case."""
    pillars = [PillarRow(p.label, case.strength.pillar(p).present, case.strength.pillar(p).stance,
                         case.strength.pillar(p).likelihood) for p in Pillar]
    types = [(t.label, t in case.strength.types) for t in StrengthType]
    levels = [
        LevelColumn(level, case.ambition.feasibility.get(level), case.ambition.chosen_level is level,
                    [(i.ppp.label, i.text) for i in case.instruments_for(level)])
        for level in Level
    ]
    source_note = ""
    if case.reference is not None:
        authors = ", ".join(case.reference.authors)
        source_note = f"Reference case: {case.reference.citation}, chapter {case.reference.chapter}" + (
            f" ({authors})." if authors else ".")
        if case.provenance:
            parts = [f"{name}: {getattr(case.provenance, name).label.lower()}"
                     for name in ("strength", "leverage", "ambition") if getattr(case.provenance, name)]
            source_note += " Ratings — " + "; ".join(parts) + "."
    extra: list[tuple[str, list[str]]] = []
    if options.rationale:
        texts = [(name, text) for name, text in (("Strength", case.strength.rationale), ("Leverage", case.leverage.rationale),
                                                 ("Ambition", case.ambition.rationale)) if text]
        extra.append(("Rationale", [f"{name}: {text}" for name, text in texts] or ["No rationale recorded."]))
    if options.leverage_factors:
        extra.append(("Leverage factors", _factors(case)))
    if options.overrides:
        extra.append(("Ratings that differ from the suggestion", [
            f"{o.field}: suggested {o.suggested or '—'}, chosen {o.value or '—'}. Reason: {o.reason}" for o in case.overrides
        ] or ["No override recorded."]))
    if options.history:
        extra.append(("History", history_lines or ["No recorded changes."]))
    return Scorecard(
        title=case.title,
        technology_area=case.technology_area or "—",
        author=case.author or "",
        organisation=case.organisation or "",
        date=date,
        version=version,
        citation=METHOD_CITATION,
        source_note=source_note,
        pillars=pillars,
        types=types,
        leverage=case.leverage.degree,
        levels=levels,
        extra_sections=extra,
        workshop=workshop_record(case) if options.workshop else None,
        banner=banner_line(options.banner),
        sources=evidence_items(case, today or Date.today(), options.stale_years) if options.sources else None,
        dissent=dissent_items(case) if options.dissent else None,
        changes=changes or (changes_record(case, options.changes_since) if options.changes_since else None),
    )
