"""Workshop mode as plain data (SPEC.md §6): the questions a room answers for one case, in the
wizard's order; the room's tally for each and how split it is; and the edits that record the
group's decision (the rating itself, an override where it differs from the suggestion, the
tally and a decision-log line). Views only show and collect; ``rdw slides`` and tests use this.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from . import guide
from .case import Case, Instrument, LogEntry, Tally, Workshop
from .evidence import rating_value
from .rules import suggest_all_feasibility, suggest_instruments_for, suggest_leverage, target_levels
from .scales import (
    DualUseRelevance,
    EffectiveUtilisation,
    Feasibility,
    ForeignAvailability,
    Level,
    LeverageDegree,
    Likelihood,
    Pillar,
    SpilloverDamage,
    Step,
    Substitutability,
)

MAX_INSTRUMENT_OPTIONS = 9  # number keys 1–9 pick an option


@dataclass(frozen=True)
class Option:
    token: str
    label: str
    value: Any  # what the decision writes (an enum, a bool, or an Instrument to add)


@dataclass(frozen=True)
class Question:
    """One rating the room decides. ``key`` is the case field the decision sets (for
    instruments: ``instruments.<level>``, where deciding adds the chosen instrument)."""

    key: str
    step: Step
    title: str  # the question as the room reads it
    short: str  # for lists and the log
    options: tuple[Option, ...]
    ordered: bool = True
    help: str = ""
    suggested: str | None = None  # the rules' suggestion (token), if any
    suggestion_reasons: tuple[str, ...] = field(default_factory=tuple)

    def option(self, token: str | None) -> Option | None:
        return next((o for o in self.options if o.token == token), None)

    def index(self, token: str | None) -> int | None:
        tokens = [o.token for o in self.options]
        return tokens.index(token) if token in tokens else None


def _scale_options(scale, reverse: bool = False) -> tuple[Option, ...]:
    members = list(scale)[::-1] if reverse else list(scale)
    return tuple(Option(m.value, m.label, m) for m in members)


def questions(case: Case) -> list[Question]:
    """Every rating in turn: pillar likelihoods, leverage factors and degree, feasibility of each
    level, the level chosen, then instruments for the chosen (or each feasible) level."""
    out: list[Question] = []
    for pillar in Pillar:
        p = case.strength.pillars.get(pillar)
        if p is not None and p.present is False:
            continue  # not a source of strength: nothing to rate
        out.append(Question(
            f"strength.pillars.{pillar.value}.likelihood", Step.STRENGTH,
            f"{pillar.label}: how likely is a European edge over China in 10 years?",
            f"{pillar.label} — likelihood", _scale_options(Likelihood, reverse=True),
            help=f"{guide.PILLARS[pillar]} {guide.LIKELIHOOD_HELP}"))
    factors = [("substitutability", Substitutability, "How hard is it for China to substitute it?", True),
               ("foreign_availability", ForeignAvailability, "Do non-European suppliers offer it?", False),
               ("effective_utilisation", EffectiveUtilisation, "Could Europe enforce restrictions?", True),
               ("spillover_damage", SpilloverDamage, "How much would cutting ties damage Europe?", False),
               ("dual_use_relevance", DualUseRelevance, "How relevant is it for military or security use?", False)]
    for name, scale, text, reverse in factors:
        label, help_text = guide.LEVERAGE_FACTORS[name]
        out.append(Question(f"leverage.{name}", Step.LEVERAGE, f"{label}: {text}", label,
                            _scale_options(scale, reverse), help=help_text))
    label, help_text = guide.LEVERAGE_FACTORS["ethical_constraints"]
    out.append(Question("leverage.ethical_constraints", Step.LEVERAGE,
                        f"{label}: would withholding it be unacceptable?", label,
                        (Option("yes", "Yes", True), Option("no", "No", False)), ordered=False, help=help_text))
    lev = suggest_leverage(case)
    out.append(Question("leverage.degree", Step.LEVERAGE, "What degree of leverage does Europe have?",
                        "Degree of leverage", _scale_options(LeverageDegree, reverse=True),
                        help=guide.LEVERAGE_DEGREE_HELP, suggested=lev.value.value if lev.value else None,
                        suggestion_reasons=tuple(lev.reasons)))
    feasibility = suggest_all_feasibility(case)
    for level in Level:
        what, trade_off = guide.LEVELS[level]
        s = feasibility[level]
        out.append(Question(f"ambition.feasibility.{level.value}", Step.AMBITION,
                            f"{level.label}: how feasible within 10 years?", f"{level.label} — feasibility",
                            _scale_options(Feasibility, reverse=True),
                            help=f"{what} Trade-off: {trade_off} {guide.FEASIBILITY_HELP}",
                            suggested=s.value.value if s.value else None, suggestion_reasons=tuple(s.reasons)))
    out.append(Question("ambition.chosen_level", Step.AMBITION, "Which level of ambition should Europe choose?",
                        "Level chosen", _scale_options(Level), ordered=False,
                        help="The level the group recommends, given feasibility and cost."))
    for level in _instrument_levels(case):
        options = []
        for n, s in enumerate(suggest_instruments_for(case, level)[:MAX_INSTRUMENT_OPTIONS]):
            instrument = Instrument(level=level, text=s.entry.text, ppp=s.entry.ppp, focus=s.entry.focus)
            options.append(Option(f"i{n + 1}", f"[{s.entry.ppp.label}] {s.entry.text}", instrument))
        if options:
            out.append(Question(f"instruments.{level.value}", Step.INSTRUMENTS,
                                f"{level.label}: which instruments should Europe use?",
                                f"{level.label} — instruments", tuple(options), ordered=False,
                                help="The room votes for each candidate; adopt them one by one."))
    return out


def _instrument_levels(case: Case) -> list[Level]:
    """The levels the wizard suggests instruments for: the chosen one, else every level at
    least medium feasible (none yet while feasibility is undecided)."""
    return target_levels(case)[0]


def current_value(case: Case, question: Question) -> str | None:
    """The token the case holds now for this question (instruments: None)."""
    if question.step is Step.INSTRUMENTS:
        return None
    value = rating_value(case, question.key)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return getattr(value, "value", None)


# -- the room's spread ------------------------------------------------------------------------
@dataclass(frozen=True)
class Spread:
    total: int
    mode: str | None  # the most chosen option's token (first one on a tie)
    mode_share: float
    dispersion: float  # 0 = everyone agrees … 1 = split into opposite camps
    verdict: str  # "No votes yet" / "Consensus" / "Broad agreement" / "Divided" / "Split"

    def words(self, question: Question) -> str:
        if not self.total:
            return "No votes yet"
        mode = question.option(self.mode)
        label = mode.label if mode else self.mode
        if question.step is Step.INSTRUMENTS:
            n = round(self.mode_share * self.total)
            return f"{self.verdict}: {label} ({n} of {self.total} votes cast)"
        share = f"{self.mode_share:.0%}"
        return f"{self.verdict}: {share} chose {label} ({self.total} votes)"


def spread(question: Question, counts: dict[str, int]) -> Spread:
    """How split the room is. Ordered scales use Leik's ordinal dispersion (0 when everyone
    picks one value, 1 when the room splits between the two ends); unordered ones the index of
    qualitative variation, judged mainly by the majority's share (on two options even 8 to 2
    has a high variation index, yet is a clear majority). For instruments each candidate gets
    its own votes, so there is no single distribution: the verdict names the favourite."""
    tokens = [o.token for o in question.options]
    votes = [max(0, int(counts.get(t, 0))) for t in tokens]
    total = sum(votes)
    if not total:
        return Spread(0, None, 0.0, 0.0, "No votes yet")
    top = max(votes)
    mode = tokens[votes.index(top)]
    k = len(tokens)
    if k < 2:
        dispersion = 0.0
    elif question.ordered:
        cumulative, d = 0.0, 0.0
        for v in votes[:-1]:
            cumulative += v / total
            d += cumulative if cumulative <= 0.5 else 1 - cumulative
        dispersion = 2 * d / (k - 1)
    else:
        dispersion = (k / (k - 1)) * (1 - sum((v / total) ** 2 for v in votes))
    dispersion = min(1.0, max(0.0, dispersion))
    share = top / total
    if question.step is Step.INSTRUMENTS:
        return Spread(total, mode, share, 0.0, "Most votes")
    if not question.ordered:
        verdict = ("Consensus" if share >= 0.75 else "Broad agreement" if share >= 0.6
                   else "Divided" if dispersion <= 0.8 else "Split")
        return Spread(total, mode, share, dispersion, verdict)
    if share >= 0.75 and dispersion <= 0.35:
        verdict = "Consensus"
    elif share >= 0.5 and dispersion <= 0.6:
        verdict = "Broad agreement"
    elif dispersion <= 0.8:
        verdict = "Divided"
    else:
        verdict = "Split"
    return Spread(total, mode, share, dispersion, verdict)


# -- recording --------------------------------------------------------------------------------
def _workshop(case: Case) -> Workshop:
    return case.workshop.model_copy(deep=True) if case.workshop else Workshop()


def _set_tally(workshop: Workshop, tally: Tally) -> None:
    workshop.tallies = [t for t in workshop.tallies if t.question != tally.question] + [tally]


def tally_changes(case: Case, question: Question, counts: dict[str, int]) -> dict[str, Any]:
    """The edit that stores the room's counts for a question (zeros dropped)."""
    workshop = _workshop(case)
    old = workshop.tally(question.key)
    clean = {o.token: int(counts[o.token]) for o in question.options if int(counts.get(o.token, 0)) > 0}
    tally = Tally(question=question.key, counts=clean, decision=old.decision if old else None,
                  reason=old.reason if old else None, decided_at=old.decided_at if old else None)
    _set_tally(workshop, tally)
    return {"workshop": workshop.model_dump(mode="json", exclude_none=True)}


def session_changes(case: Case, session: str | None, facilitator: str | None) -> dict[str, Any]:
    workshop = _workshop(case)
    workshop.session = (session or "").strip() or None
    workshop.facilitator = (facilitator or "").strip() or None
    return {"workshop": workshop.model_dump(mode="json", exclude_none=True)}


def decision_changes(case: Case, question: Question, token: str, reason: str | None = None,
                     now: datetime | None = None) -> dict[str, Any]:
    """The edits that record the group's decision: the rating (or the adopted instrument), an
    override with the reason where it differs from the rules' suggestion, the tally's decision
    and a time-stamped decision-log line (session, facilitator, counts, reason)."""
    option = question.option(token)
    if option is None:
        raise ValueError(f"'{token}' is not an answer to '{question.short}'")
    when = now or datetime.now(timezone.utc)
    if when.tzinfo is None:  # a time without a zone is taken as UTC, and stored so
        when = when.replace(tzinfo=timezone.utc)
    reason = (reason or "").strip() or None
    workshop = _workshop(case)
    old = workshop.tally(question.key)
    counts = dict(old.counts) if old else {}
    _set_tally(workshop, Tally(question=question.key, counts=counts, decision=token, reason=reason, decided_at=when))
    workshop.log.append(LogEntry(at=when, session=workshop.session, facilitator=workshop.facilitator,
                                 question=question.key, label=question.short, value=token,
                                 value_label=option.label, reason=reason, counts=counts))
    changes: dict[str, Any] = {"workshop": workshop.model_dump(mode="json", exclude_none=True)}
    if question.step is Step.INSTRUMENTS:
        instrument: Instrument = option.value
        if instrument not in case.instruments:
            changes["instruments"] = [i.model_dump(mode="json") for i in case.instruments] + [
                instrument.model_dump(mode="json")]
        return changes
    value = option.value
    changes[question.key] = value.value if hasattr(value, "value") else value
    if question.suggested is not None or any(o.field == question.key for o in case.overrides):
        overrides = [o.model_dump(mode="json") for o in case.overrides if o.field != question.key]
        if question.suggested is not None and token != question.suggested:
            why = reason or f"Decided in workshop{f' “{workshop.session}”' if workshop.session else ''}."
            overrides.append({"field": question.key, "suggested": question.suggested, "value": token, "reason": why})
        changes["overrides"] = overrides
    return changes


def decision_log_text(case: Case) -> str:
    """The decision log as plain text (Markdown-friendly), for memos and minutes."""
    w = case.workshop
    lines = [f"# Decision log — {case.title}", ""]
    if w and (w.session or w.facilitator):
        lines += [f"Session: {w.session or '—'} · Facilitator: {w.facilitator or '—'}", ""]
    if not w or not w.log:
        return "\n".join(lines + ["No decisions recorded yet.", ""])
    asked = {q.key: q for q in questions(case)}
    for entry in w.log:
        when, who = log_when(entry), log_who(entry)
        q = asked.get(entry.question)

        def label(token: str) -> str:
            option = q.option(token) if q else None
            return option.label if option else token

        counts = ", ".join(f"{n} × {label(k)}" for k, n in entry.counts.items()) or "no tally"
        lines.append(f"- {when} · {_line(who)} · {entry.label}: **{_line(entry.value_label or '')}** (room: {_line(counts)})")
        if entry.reason:
            lines.append(f"  Why: {_line(entry.reason)}")
    return "\n".join(lines) + "\n"


def log_when(entry: LogEntry) -> str:
    """When a decision was recorded, as the logs print it (UTC, to the minute)."""
    return entry.at.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def log_who(entry: LogEntry) -> str:
    """Who recorded it: the session and the facilitator, as far as they were named."""
    return " / ".join(x for x in (entry.session, entry.facilitator) if x) or "—"


def _line(text: str) -> str:
    """One line of the log (a reason typed with line breaks must not break the list)."""
    return " ".join(text.split())
