"""Workshop mode as plain data (SPEC.md §6): the questions a room answers for one case, in the
wizard's order; the room's tally for each and how split it is; and the edits that record the
group's decision (the rating itself, an override where it differs from the suggestion, the
tally and a decision-log line). Views only show and collect; ``rdw slides`` and tests use this.

Questions, answers and help are ``Phrase``s (catalogue ``workshop.tsv``, framework words from the
glossary): their ``str`` is the English the log stores, ``in_language`` the room's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from datetime import datetime, timezone
from typing import Any

from . import guide
from .language import Phrase
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
    """"[Protect] text": the text as the catalogue writes it, the PPP in the glossary's words."""
    return Phrase("workshop", "answer.instrument", ppp=ppp, text=text)


class _PatternText(Phrase):
    """A Table 2 pattern's text: its English as the catalogue (and a case adopting it) stores
    it, and the catalogue's own French and German (``CatalogueEntry.text_in``) for the room."""

    def __new__(cls, entry) -> "_PatternText":
        text = str.__new__(cls, entry.text)
        text.entry = entry
        return text

    def in_language(self, lang: str) -> str:
        return self.entry.text_in(lang)

    def __reduce__(self):
        return (_PatternText, (self.entry,))


def _candidate_text(entry) -> str:
    """What the room reads for a candidate: a pattern in its language, a case's text as written."""
    return _PatternText(entry) if entry.is_pattern and hasattr(entry, "text_in") else entry.text


@cache
def _term(name: str) -> str:
    """A framework term of the glossary ("substitutability"), as a phrase in every language."""
    return Phrase("glossary", f"term.{name}")


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


@cache  # (immutable: the same answers for every case, built once)
def _scale_options(scale) -> tuple[Option, ...]:
    """A scale's answers in the order the wizard shows them (its rating rows: 1 = the first
    value shown, e.g. 1 = Low), so a number key means the same answer in both."""
    return tuple(Option(m.value, Phrase("workshop", "answer.value", value=m), m) for m in scale)


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
            Phrase("workshop", "q.likelihood", pillar=pillar),
            Phrase("workshop", "short.likelihood", pillar=pillar), _scale_options(Likelihood),
            help=Phrase("workshop", "help.likelihood", pillar=guide.PILLARS[pillar], help=guide.LIKELIHOOD_HELP)))
    factors = [("substitutability", Substitutability), ("foreign_availability", ForeignAvailability),
               ("effective_utilisation", EffectiveUtilisation), ("spillover_damage", SpilloverDamage),
               ("dual_use_relevance", DualUseRelevance)]
    for name, scale in factors:
        _label, help_text = guide.LEVERAGE_FACTORS[name]
        out.append(Question(f"leverage.{name}", Step.LEVERAGE, Phrase("workshop", f"q.{name}", factor=_term(name)),
                            _term(name), _scale_options(scale), help=help_text))
    _label, help_text = guide.LEVERAGE_FACTORS["ethical_constraints"]
    ethical = _term("ethical_constraints")
    out.append(Question("leverage.ethical_constraints", Step.LEVERAGE,
                        Phrase("workshop", "q.ethical_constraints", factor=ethical), ethical,
                        (Option("yes", Phrase("workshop", "answer.yes"), True),
                         Option("no", Phrase("workshop", "answer.no"), False)), ordered=False, help=help_text))
    lev = suggest_leverage(case)
    out.append(Question("leverage.degree", Step.LEVERAGE, Phrase("workshop", "q.degree"),
                        _term("degree_of_leverage"), _scale_options(LeverageDegree),
                        help=guide.LEVERAGE_DEGREE_HELP, suggested=lev.value.value if lev.value else None,
                        suggestion_reasons=tuple(lev.reasons)))
    feasibility = suggest_all_feasibility(case)
    for level in Level:
        what, trade_off = guide.LEVELS[level]
        s = feasibility[level]
        out.append(Question(f"ambition.feasibility.{level.value}", Step.AMBITION,
                            Phrase("workshop", "q.feasibility", level=level),
                            Phrase("workshop", "short.feasibility", level=level), _scale_options(Feasibility),
                            help=Phrase("workshop", "help.feasibility", what=what, trade_off=trade_off,
                                        help=guide.FEASIBILITY_HELP),
                            suggested=s.value.value if s.value else None, suggestion_reasons=tuple(s.reasons)))
    out.append(Question("ambition.chosen_level", Step.AMBITION, Phrase("workshop", "q.chosen_level"),
                        _term("level_chosen"), _scale_options(Level), ordered=False,
                        help=Phrase("workshop", "help.chosen_level")))
    for level in _instrument_levels(case):
        options = []
        for s in suggest_instruments_for(case, level)[:MAX_INSTRUMENT_OPTIONS]:
            instrument = Instrument(level=level, text=s.entry.text, ppp=s.entry.ppp, focus=s.entry.focus)
            options.append(Option(instrument_token(instrument), instrument_label(s.entry.ppp, _candidate_text(s.entry)),
                                  instrument))
        if options:
            out.append(Question(f"instruments.{level.value}", Step.INSTRUMENTS,
                                Phrase("workshop", "q.instruments", level=level),
                                Phrase("workshop", "short.instruments", level=level), tuple(options), ordered=False,
                                help=Phrase("workshop", "help.instruments")))
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


# the decision log as text (``rdw decisions``, the log's export) is in ``workshop_log``
from .workshop_log import decision_log_text, log_when, log_who  # noqa: E402,F401 (this module's interface)
