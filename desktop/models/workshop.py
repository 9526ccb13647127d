"""Workshop mode as plain data (SPEC.md §6): the questions a room answers for one case, in the
wizard's order; the room's tally for each and how split it is; and the edits that record the
group's decision (the rating itself, an override where it differs from the suggestion, the
tally and a decision-log line). Views only show and collect; ``rdw slides`` and tests use this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from . import guide
from .case import Case, Instrument, LogEntry, Tally, Workshop
from .evidence import rating_value
from .rules import suggest_all_feasibility, suggest_instruments_for, suggest_leverage, target_levels
from .workshop_spread import Spread, spread  # noqa: F401 (part of this module's interface: ws.spread)
from .scales import (
    DualUseRelevance,
    EffectiveUtilisation,
    Feasibility,
    ForeignAvailability,
    Level,
    LeverageDegree,
    Likelihood,
    PPP,
    Pillar,
    SpilloverDamage,
    Step,
    Substitutability,
)

MAX_INSTRUMENT_OPTIONS = 9  # number keys 1–9 pick an option
# An instrument question's answers are keyed by the instrument itself ("<ppp>|<text>"; the level
# is the question's), never by its place in the candidate list: the list changes with the
# technology area and the level chosen, and a tally must keep naming what the room voted on.
# Files and databases of earlier versions keyed them "i1" … "i9" (POSITIONAL); those are
# upgraded where they can still be matched (upgrade_positional_tallies), else kept as
# "unmatched:i3" and shown with UNMATCHED, never as another instrument.
POSITIONAL = re.compile(r"^i[1-9][0-9]*$")
UNMATCHED_PREFIX = "unmatched:"
UNMATCHED = "no longer matches an instrument of this case"


def instrument_token(instrument: Instrument) -> str:
    """The stable key an instrument question's tally stores for this instrument."""
    return f"{instrument.ppp.value}|{instrument.text}"


def instrument_label(ppp: PPP, text: str) -> str:
    return f"[{ppp.label}] {text}"


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


def _scale_options(scale) -> tuple[Option, ...]:
    """A scale's answers in the order the wizard shows them (its rating rows: 1 = the first
    value shown, e.g. 1 = Low), so a number key means the same answer in both."""
    return tuple(Option(m.value, m.label, m) for m in scale)


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
            f"{pillar.label} — likelihood", _scale_options(Likelihood),
            help=f"{guide.PILLARS[pillar]} {guide.LIKELIHOOD_HELP}"))
    factors = [("substitutability", Substitutability, "How hard is it for China to substitute it?"),
               ("foreign_availability", ForeignAvailability, "Do non-European suppliers offer it?"),
               ("effective_utilisation", EffectiveUtilisation, "Could Europe enforce restrictions?"),
               ("spillover_damage", SpilloverDamage, "How much would cutting ties damage Europe?"),
               ("dual_use_relevance", DualUseRelevance, "How relevant is it for military or security use?")]
    for name, scale, text in factors:
        label, help_text = guide.LEVERAGE_FACTORS[name]
        out.append(Question(f"leverage.{name}", Step.LEVERAGE, f"{label}: {text}", label,
                            _scale_options(scale), help=help_text))
    label, help_text = guide.LEVERAGE_FACTORS["ethical_constraints"]
    out.append(Question("leverage.ethical_constraints", Step.LEVERAGE,
                        f"{label}: would withholding it be unacceptable?", label,
                        (Option("yes", "Yes", True), Option("no", "No", False)), ordered=False, help=help_text))
    lev = suggest_leverage(case)
    out.append(Question("leverage.degree", Step.LEVERAGE, "What degree of leverage does Europe have?",
                        "Degree of leverage", _scale_options(LeverageDegree),
                        help=guide.LEVERAGE_DEGREE_HELP, suggested=lev.value.value if lev.value else None,
                        suggestion_reasons=tuple(lev.reasons)))
    feasibility = suggest_all_feasibility(case)
    for level in Level:
        what, trade_off = guide.LEVELS[level]
        s = feasibility[level]
        out.append(Question(f"ambition.feasibility.{level.value}", Step.AMBITION,
                            f"{level.label}: how feasible within 10 years?", f"{level.label} — feasibility",
                            _scale_options(Feasibility),
                            help=f"{what} Trade-off: {trade_off} {guide.FEASIBILITY_HELP}",
                            suggested=s.value.value if s.value else None, suggestion_reasons=tuple(s.reasons)))
    out.append(Question("ambition.chosen_level", Step.AMBITION, "Which level of ambition should Europe choose?",
                        "Level chosen", _scale_options(Level), ordered=False,
                        help="The level the group recommends, given feasibility and cost."))
    for level in _instrument_levels(case):
        options = []
        for s in suggest_instruments_for(case, level)[:MAX_INSTRUMENT_OPTIONS]:
            instrument = Instrument(level=level, text=s.entry.text, ppp=s.entry.ppp, focus=s.entry.focus)
            options.append(Option(instrument_token(instrument), instrument_label(s.entry.ppp, s.entry.text), instrument))
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


def token_label(key: str, question: Question | None, token: str) -> str:
    """What a stored answer token means, for records and logs: the option's label; for an
    instrument no longer among the candidates, the instrument it names; for an earlier
    version's positional token that could not be matched, that it no longer matches."""
    option = question.option(token) if question else None
    if option is not None:
        return option.label
    if key.startswith("instruments."):
        if token.startswith(UNMATCHED_PREFIX) or POSITIONAL.match(token):
            number = token.removeprefix(UNMATCHED_PREFIX).removeprefix("i")
            return f"option {number} of an earlier candidate list ({UNMATCHED})"
        ppp, sep, text = token.partition("|")
        if sep and ppp in {p.value for p in PPP}:
            return instrument_label(PPP(ppp), text)
    return token


def _label_token(label: str | None) -> str | None:
    """The stable key of an instrument from its option label "[Protect] text" (as a decision
    log line stores it), or None."""
    if not label or not label.startswith("["):
        return None
    head, sep, text = label[1:].partition("] ")
    ppp = next((p for p in PPP if p.label == head), None)
    return f"{ppp.value}|{text}" if sep and ppp and text else None


def has_positional_tallies(workshop: Workshop | None) -> bool:
    if workshop is None:
        return False
    return any(POSITIONAL.match(token) for t in workshop.tallies if t.question.startswith("instruments.")
               for token in (*t.counts, t.decision or "")) or any(
        POSITIONAL.match(token) for e in workshop.log if e.question.startswith("instruments.")
        for token in (*e.counts, e.value or ""))


def upgrade_positional_tallies(case: Case, area_changed: bool = False) -> Case:
    """An earlier version's instrument tallies ("i1" … "i9": places in the candidate list) keyed
    by the instrument they meant, where that can still be told: a token the decision log names
    (its line stores the option's label) is matched by that label, wherever the instrument is
    listed now; any other token by its place in today's list, but only when nothing says the
    list has changed since (every label the log gives for the question is still at its place,
    and ``area_changed`` — the store's history shows the technology area changed after the
    workshop began — is false). Tokens that cannot be matched are kept, as "unmatched:iN", with
    their votes, and shown as no longer matching. Returns the case unchanged when there is
    nothing to upgrade."""
    w = case.workshop
    if not has_positional_tallies(w):
        return case
    asked = {q.key: q for q in questions(case)}
    keys = {t.question for t in w.tallies} | {e.question for e in w.log}
    mappings: dict[str, dict[str, str]] = {}
    for key in keys:
        if not key.startswith("instruments."):
            continue
        q = asked.get(key)
        current = {f"i{n}": o.token for n, o in enumerate(q.options, start=1)} if q else {}
        labelled: dict[str, str] = {}  # token -> the instrument the log says it was (latest line)
        for entry in w.log:
            if entry.question == key and entry.value and POSITIONAL.match(entry.value):
                found = _label_token(entry.value_label)
                if found:
                    labelled[entry.value] = found
        list_holds = bool(current) and not area_changed and all(current.get(t) == k for t, k in labelled.items())
        tokens = {tok for t in w.tallies if t.question == key for tok in (*t.counts, t.decision or "")}
        tokens |= {tok for e in w.log if e.question == key for tok in (*e.counts, e.value or "")}
        mapping, used = {}, set()
        for token in sorted((t for t in tokens if POSITIONAL.match(t)), key=lambda t: (t not in labelled, t)):
            target = labelled.get(token) or (current.get(token) if list_holds else None)
            if target is None or target in used:
                target = UNMATCHED_PREFIX + token
            used.add(target)
            mapping[token] = target
        mappings[key] = mapping

    def moved(key: str, token: str | None) -> str | None:
        return mappings.get(key, {}).get(token, token) if token else token

    def recount(key: str, counts: dict[str, int]) -> dict[str, int]:
        out: dict[str, int] = {}
        for token, n in counts.items():
            new = moved(key, token)
            out[new] = out.get(new, 0) + n
        return out

    tallies = [t.model_copy(update={"counts": recount(t.question, t.counts), "decision": moved(t.question, t.decision)})
               for t in w.tallies]
    log = [e.model_copy(update={"counts": recount(e.question, e.counts), "value": moved(e.question, e.value)})
           for e in w.log]
    return case.model_copy(update={"workshop": w.model_copy(update={"tallies": tallies, "log": log})})


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
    if old:  # votes for answers no longer offered (an instrument gone from the list) are kept
        offered = {o.token for o in question.options}
        clean.update({k: v for k, v in old.counts.items() if k not in offered and v > 0})
    tally = Tally(question=question.key, counts=clean, decision=old.decision if old else None,
                  reason=old.reason if old else None, decided_at=old.decided_at if old else None)
    _set_tally(workshop, tally)
    return {"workshop": workshop.model_dump(mode="json", exclude_none=True)}


def session_changes(case: Case, session: str | None, facilitator: str | None) -> dict[str, Any]:
    workshop = _workshop(case)
    workshop.session = (session or "").strip() or None
    workshop.facilitator = (facilitator or "").strip() or None
    return {"workshop": workshop.model_dump(mode="json", exclude_none=True)}


def needs_reason(question: Question, token: str | None) -> bool:
    """A decision that departs from the rules' suggestion needs a reason (SPEC §3), as in the
    wizard; the views ask for it before recording."""
    return question.suggested is not None and token is not None and token != question.suggested


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

        def label(token: str, key: str = entry.question, q: Question | None = q) -> str:
            return token_label(key, q, token)

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
