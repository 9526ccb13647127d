"""The optional parts of a scorecard, as plain data: the workshop record (the room's tallies,
how split it was, the decisions and the log) and the memo annexes (the sources and confidence
behind each rating, dissent notes, what changed since a named snapshot). ``scorecard.py``
builds the scorecards themselves and attaches these when asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date, datetime, timezone
from enum import Enum
from typing import TYPE_CHECKING, Any

from .case import Case, RatingEvidence
from .evidence import (
    DEFAULT_STALE_YEARS,
    RATINGS,
    clamp_stale_years,
    evidence_for,
    rating_value,
    stale_age_text,
    stale_days,
    stale_ratings,
)
from .language import Phrase, long_date, localised
from .provenance import marked, rating_provenance
from .scorecard_words import words
from .storage.snapshots import find_snapshot

if TYPE_CHECKING:  # the workshop model loads with a workshop annex, not with every scorecard
    from . import workshop as ws


def stale_note(years: int = DEFAULT_STALE_YEARS, lang: str = "en") -> str:
    """The note printed after a flagged rating's label: '(sources older than 3 years)'."""
    if lang == "en":
        return f"(sources {stale_age_text(years)})"
    return words(lang).stale_note(clamp_stale_years(years))


@dataclass(frozen=True)
class WorkshopItem:
    """One question the room answered: how it voted, how split it was, what it decided."""

    label: str  # the question's short label, e.g. "Degree of leverage"
    counts: tuple[str, ...]  # "3 × High", "5 × Medium" … in the scale's order (empty: no tally taken)
    spread: str  # e.g. "Broad agreement: 56% chose High (9 votes)" ("" without a tally)
    decision: str  # the chosen answer's label ("" while undecided)
    reason: str
    lang: str = "en"  # the document's language (the row keys, "no tally taken", …)

    @property
    def counts_text(self) -> str:
        return ", ".join(self.counts)

    def rows(self) -> list[tuple[str, str, bool]]:
        """(key, text, muted) rows as every format prints them: Room, Spread, Decision, Reason.
        Counts longer than ``LONG_COUNT`` (instrument texts) go one per row."""
        w = words(self.lang)
        room = w("workshop.room")
        rows: list[tuple[str, str, bool]] = []
        if not self.counts:
            rows.append((room, w("workshop.no_tally"), True))
        elif any(len(c) > LONG_COUNT for c in self.counts):
            rows += [(room if n == 0 else "", count, False) for n, count in enumerate(self.counts)]
        else:
            rows.append((room, self.counts_text, False))
        if self.spread:
            rows.append((w("workshop.spread"), self.spread, False))
        rows.append((w("workshop.decision"), self.decision or w("workshop.undecided"), not self.decision))
        if self.reason:
            rows.append((w("workshop.reason"), self.reason, False))
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
    lang: str = "en"  # the document's language


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
    lang: str = "en"  # the document's language

    @property
    def heading(self) -> str:
        return f"{self.label} {stale_note(self.stale_years, self.lang)}" if self.stale else self.label


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


def _answer_label(key: str, token: str, label: str, lang: str) -> str:
    """A rating question's answer in the document's language (the glossary's name of the value;
    yes/no); an instrument's text, or any answer in English, as the workshop model gives it."""
    from . import scales

    if lang == "en":
        return label
    if isinstance(label, Phrase):  # the workshop model's own words for it (catalogue workshop.tsv)
        return label.in_language(lang)
    head, _dot, rest = key.partition(".")
    name = rest.rsplit(".", 1)[-1]
    scale = {"likelihood": scales.Likelihood, "stance": scales.Stance, "degree": scales.LeverageDegree,
             "substitutability": scales.Substitutability, "foreign_availability": scales.ForeignAvailability,
             "effective_utilisation": scales.EffectiveUtilisation, "spillover_damage": scales.SpilloverDamage,
             "dual_use_relevance": scales.DualUseRelevance, "market_entry_barriers": scales.MarketEntryBarrier,
             "chosen_level": scales.Level}.get(name)
    if head == "ambition" and rest.startswith("feasibility."):
        scale = scales.Feasibility
    if head in ("strength", "leverage", "ambition"):
        if name == "ethical_constraints" and token in ("yes", "no"):
            return words(lang).yes_no(token == "yes")
        try:
            return words(lang).label(scale(token)) if scale is not None else label
        except (ValueError, KeyError):
            return label
    return label


def _counts(question: ws.Question | None, counts: dict[str, int], key: str = "", lang: str = "en") -> tuple[str, ...]:
    """"3 × High", … in the question's order; a token it no longer offers is shown as stored (an
    instrument by its text; an earlier version's unmatched one as no longer matching)."""
    from . import workshop as ws

    options = [(o.token, o.label) for o in question.options] if question else []
    known = {token for token, _label in options}
    key = question.key if question else key
    ordered = options + [(token, ws.token_label(key, question, token)) for token in counts if token not in known]
    return tuple(f"{counts[token]} × {_answer_label(key, token, label, lang)}"
                 for token, label in ordered if counts.get(token, 0) > 0)


def _unasked_label(key: str, lang: str = "en") -> str:
    """A tallied question the case no longer asks (instruments of a level not chosen any more)."""
    from .scales import Level

    head, _dot, level = key.partition(".")
    if head == "instruments" and level in {lv.value for lv in Level}:
        return words(lang)("workshop.instruments", level=Level(level))
    return key


def _spread(q: ws.Question, counts: dict[str, int], lang: str) -> str:
    """How split the room was, in one sentence of the document's language where the workshop
    model writes one (its English otherwise)."""
    from . import workshop as ws

    spread = ws.spread(q, counts)
    try:
        return spread.words(q, lang) if lang != "en" else spread.words(q)
    except TypeError:  # a workshop model that writes English only
        return localised(spread.words(q), lang)


def _question_label(q: ws.Question | None, key: str, lang: str) -> str:
    """A tallied question's short label; in French or German the rating's or the level's name
    from the glossary (the workshop model words its questions in English)."""
    if lang != "en" and q is not None and isinstance(q.short, Phrase):  # the workshop model's words
        return q.short.in_language(lang)
    if lang != "en" and (key in RATINGS or key.startswith("instruments.")):
        return rating_label(key, lang) if key in RATINGS else _unasked_label(key, lang)
    return q.short if q else _unasked_label(key, lang)


def workshop_record(case: Case, lang: str = "en") -> WorkshopRecord | None:
    """The case's workshop section as an appendix: every question with a tally or a decision,
    in the wizard's order, then the decision log. ``None`` for a case without one. ``lang``:
    the document's language of the fixed words (the questions' and answers' own labels come
    from the workshop model, in English)."""
    w_ = words(lang)
    w = case.workshop
    if w is None:
        return None
    from . import workshop as ws

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
        if tally.decision is not None and decision:
            decision = _answer_label(tally.question, tally.decision, decision, lang)
        items.append(WorkshopItem(
            label=_question_label(q, tally.question, lang),
            counts=_counts(q, counts, tally.question, lang),
            spread=_spread(q, counts, lang) if q and counts else "",
            decision=decision,
            reason=tally.reason or "",
            lang=lang,
        ))
    log = []
    for entry in w.log:
        answer = entry.value_label or entry.value or "—"
        if lang != "en":  # the question and the answer in the document's language (times and names as logged)
            answer = _answer_label(entry.question, entry.value or "", answer, lang)
        label = entry.label
        if lang != "en" and (entry.question in RATINGS or entry.question.startswith("instruments.")):
            label = _question_label(None, entry.question, lang)
        line = f"{ws.log_when(entry)} · {ws.log_who(entry)} · {label}: {answer}"
        if entry.question.startswith("instruments."):  # a vote per candidate: the adopted one's
            votes = entry.counts.get(entry.value or "", 0)
            votes_key = "workshop.votes_one" if votes == 1 else "workshop.votes_many"
            line += w_(votes_key, votes=str(votes)) if entry.counts else w_("workshop.no_tally_log")
        else:
            room = ", ".join(_counts(questions.get(entry.question), entry.counts, entry.question, lang))
            line += w_("workshop.room_counts", room=room) if room else w_("workshop.no_tally_log")
        log.append(line + (w_("workshop.reason_line", reason=entry.reason) if entry.reason else ""))
    return WorkshopRecord(w.session or "", w.facilitator or "", items, log, lang)


# -- memo annexes ------------------------------------------------------------------------------
def rating_label(path: str, lang: str = "en") -> str:
    """A rating's name in the annexes ("IP & patents — likelihood"), in the document's language
    (``evidence.RATINGS`` names them in English)."""
    from .scales import Level, Pillar

    if lang == "en":
        return RATINGS[path]
    w = words(lang)
    parts = path.split(".")
    if parts[:2] == ["strength", "pillars"]:
        return w("rating.likelihood", pillar=Pillar(parts[2]))
    if parts[:2] == ["ambition", "feasibility"]:
        return w("rating.feasibility", level=Level(parts[2]))
    key = "term.degree_of_leverage" if parts == ["leverage", "degree"] else (
        f"term.{parts[1]}" if parts[0] == "leverage" else "term.level_chosen")
    try:
        return w.term(key)
    except KeyError:  # a rating the glossary does not name: its English name
        return RATINGS[path]


def _evidence(case: Case, lang: str = "en") -> list[tuple[str, str, RatingEvidence]]:
    """(path, label, evidence) of every rating with any evidence, in the wizard's order."""
    return [(path, rating_label(path, lang), evidence_for(case, path)) for path in RATINGS if path in case.evidence]


def value_label(value: Any, unset: str = "not rated", lang: str = "en") -> str:
    """A value as a reader wants it: labels, not tokens (``unset`` as given in English, the
    document's "not rated" otherwise)."""
    w = words(lang)
    if value is None or value == [] or value == "":
        return unset if lang == "en" else w("not_rated")
    if isinstance(value, bool):
        return w.yes_no(value)
    if isinstance(value, Enum):
        try:
            return w.label(value) if hasattr(value, "label") else value.value
        except KeyError:  # a value the glossary does not name: its English label
            return value.label
    if isinstance(value, (list, tuple, set, frozenset)):
        return "; ".join(value_label(v, unset, lang) for v in value)
    return str(value)


def _source(s, lang: str = "en") -> SourceEntry:
    w = words(lang)
    fields = (("sources.publisher", s.publisher), ("sources.date", s.date), ("sources.reference", s.reference),
              ("sources.accessed", s.accessed))
    return SourceEntry(s.title, tuple(w.pair(w(key), value) for key, value in fields if value), s.note or "")


def evidence_items(case: Case, today: Date, stale_years: int = DEFAULT_STALE_YEARS,
                   lang: str = "en") -> list[EvidenceItem]:
    """The sources annex: every rating with sources or a stated confidence, in the wizard's order;
    flagged when all its (dated) sources are older than ``stale_years`` years. ``lang``: the
    document's language (the ratings' names come from ``evidence.RATINGS``, in English)."""
    w = words(lang)
    stale = {path for path, _newest in stale_ratings(case, stale_days(stale_years), today)}
    items = []
    for path, label, ev in _evidence(case, lang):
        if not ev.sources and ev.confidence is None:
            continue
        confidence = w("sources.confidence", value=ev.confidence) if ev.confidence else w("sources.no_confidence")
        value = rating_value(case, path)
        shown = value_label(value, lang=lang)
        shown = shown if value in (None, []) else marked(shown, rating_provenance(case, path))
        items.append(EvidenceItem(label, shown, confidence, path in stale,
                                  tuple(_source(s, lang) for s in ev.sources), stale_years, lang))
    return items


def dissent_items(case: Case, lang: str = "en") -> list[DissentItem]:
    return [DissentItem(label, ev.dissent) for _path, label, ev in _evidence(case, lang) if (ev.dissent or "").strip()]


def _when(at: datetime, lang: str = "en") -> str:
    at = at.astimezone(timezone.utc) if at.tzinfo else at
    if lang == "en":
        return f"{at.day} {at:%B %Y}, {at:%H:%M} UTC"
    return words(lang)("changes.when", date=long_date(at.date(), lang), time=f"{at:%H:%M}")


def changes_record(case: Case, name: str, *, old: Case | None = None, history=(), lang: str = "en") -> ChangesRecord:
    """What changed since the snapshot ``name``: per step, each rating with old → new and the
    notes (override reasons, the history rows recorded since). ``old`` is the snapshot's case
    (the store's upgraded copy); without it the snapshot's stored data is read here."""
    from .diff import diff_cases
    from .exchange import case_from_data, snapshot_source

    snapshot = find_snapshot(case, name)  # UnknownSnapshotError (a StoreError) names the case's snapshots
    if old is None:
        old = case_from_data(snapshot.case, source=snapshot_source(snapshot.name))
    if lang == "en":
        diff = diff_cases(old, case, history=history, since_mark=snapshot.history_mark)
    else:  # the steps, fields, values and notes in the document's language (models.diff writes them)
        diff = diff_cases(old, case, history=history, since_mark=snapshot.history_mark, lang=lang)
    sections = [(section.title, [ChangeRow(r.label, r.old, r.new, tuple(r.notes)) for r in section.rows])
                for section in diff.sections]
    return ChangesRecord(snapshot.name, _when(snapshot.taken_at, lang), sections)
