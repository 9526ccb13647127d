"""Evidence behind the ratings: which ratings can carry it, how old it is, what is missing, and
why a level of ambition is not rated higher.

Plain Python, no Qt. A rating's evidence lives in ``Case.evidence`` under the rating's dotted path
(``leverage.substitutability``); the wizard, Review, the scorecard and the command line all read it
through these helpers, so "stale" or "unsourced" means the same everywhere. ``why_not_higher`` is
computed from the suggestion rules and the sensitivity analysis, never written per case.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from .case import EVIDENCE_RATINGS, Case, RatingEvidence, SourceRef
from .evidence_age import DEFAULT_STALE_YEARS, MAX_STALE_YEARS, MIN_STALE_YEARS
from .guide import LEVERAGE_FACTORS
from .scales import Feasibility, Level, Pillar

if TYPE_CHECKING:  # the rules and the sensitivity analysis load with the why-not panel, not every scorecard
    from .language import Phrase
    from .sensitivity import Flip


def _rating_label(path: str) -> str:
    parts = path.split(".")
    if parts[:2] == ["strength", "pillars"]:
        return f"{Pillar(parts[2]).label} — likelihood"
    if parts == ["leverage", "degree"]:
        return "Degree of leverage"
    if parts[0] == "leverage":
        return LEVERAGE_FACTORS[parts[1]][0]
    if parts[:2] == ["ambition", "feasibility"]:
        return f"{Level(parts[2]).label} — feasibility"
    return "Level chosen"


RATINGS: dict[str, str] = {path: _rating_label(path) for path in EVIDENCE_RATINGS}


# -- reading and writing a rating's evidence ------------------------------------------------------
def evidence_for(case: Case, path: str) -> RatingEvidence:
    """The rating's evidence, or an empty one (never None, so callers need no check)."""
    _check(path)
    return case.evidence.get(path) or RatingEvidence()


def evidence_changes(case: Case, path: str, evidence: RatingEvidence | None) -> dict[str, Any]:
    """The edit for ``store.set_fields(case.id, changes)``. The whole ``evidence`` section is set
    (rating paths contain dots, so they cannot be dotted field paths): one history row per edit,
    and the wizard's undo restores it like any field. None or an empty evidence removes the entry."""
    _check(path)
    current = dict(case.model_dump(mode="json", exclude_unset=True, include={"evidence"}).get("evidence") or {})
    if evidence is None or is_empty(evidence):
        current.pop(path, None)
    else:
        entry = evidence.model_dump(mode="json", exclude_none=True)
        if not entry.get("sources"):
            entry.pop("sources", None)
        if not (entry.get("dissent") or "").strip():
            entry.pop("dissent", None)
        current[path] = entry
    return {"evidence": {key: current[key] for key in EVIDENCE_RATINGS if key in current}}


def is_empty(evidence: RatingEvidence) -> bool:
    return not evidence.sources and evidence.confidence is None and not (evidence.dissent or "").strip()


def _check(path: str) -> None:
    if path not in RATINGS:
        raise KeyError(f"not a rating that can carry evidence: {path}")


def rating_value(case: Case, path: str) -> Any:
    """The case's value for a rating path (None, or an empty list, when not rated)."""
    parts = path.split(".")
    if parts[:2] == ["strength", "pillars"]:
        return case.strength.pillar(Pillar(parts[2])).likelihood
    if parts[0] == "leverage":
        return getattr(case.leverage, parts[1])
    if parts[:2] == ["ambition", "feasibility"]:
        return case.ambition.feasibility.get(Level(parts[2]))
    return case.ambition.chosen_level


# -- dates: how old is what a rating rests on ------------------------------------------------------
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _period_end(text: str | None) -> date | None:
    """The last day of the period the text names ("2023" → 2023-12-31, "2023-05" → 2023-05-31):
    a source known only by its year may be that year's newest, so it is not flagged too early."""
    match = _DATE.match(text or "")
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return date(year, 12, 31)
        if day is None:
            return date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, day)
    except ValueError:  # "2023-13" passes the format's pattern but is no date
        return None


def source_date(source: SourceRef) -> date | None:
    """The source's own date (end of its period), else the date it was accessed, else None."""
    return _period_end(source.date) if source.date else _period_end(source.accessed)


def newest_source_date(evidence: RatingEvidence) -> date | None:
    dates = [d for d in map(source_date, evidence.sources) if d is not None]
    return max(dates, default=None)




def clamp_stale_years(years: int) -> int:
    return max(MIN_STALE_YEARS, min(MAX_STALE_YEARS, int(years)))


def stale_days(years: int) -> int:
    """The age in days (``years`` * 365, years kept within 1..20) beyond which a source is stale."""
    return clamp_stale_years(years) * 365


def stale_age_text(years: int) -> str:
    """The age in words: 'older than 3 years', 'older than 1 year'."""
    years = clamp_stale_years(years)
    return f"older than {years} year{'s' if years != 1 else ''}"


def stale_ratings(case: Case, max_age_days: int, today: date) -> list[tuple[str, date]]:
    """(path, newest source date) for each rating whose sources are all older than
    ``max_age_days``; sources without any date are not judged. In wizard order."""
    out = []
    for path in RATINGS:
        newest = newest_source_date(case.evidence[path]) if path in case.evidence else None
        if newest is not None and (today - newest).days > max_age_days:
            out.append((path, newest))
    return out


def unsourced_ratings(case: Case) -> list[str]:
    """Ratings the case has a value for but no source behind, in wizard order."""
    return [path for path in RATINGS
            if rating_value(case, path) not in (None, []) and not evidence_for(case, path).sources]


# -- why a level of ambition is not rated higher ------------------------------------------------------
@dataclass(frozen=True)
class LevelHold:
    """A level whose suggested feasibility is below high: what holds it back (the rule's own
    reasons) and which single changes would raise it (from the sensitivity analysis)."""

    level: Level
    feasibility: Feasibility | None  # the suggestion; None when inputs are missing
    next: Feasibility | None  # one step higher; None when there is no suggestion yet
    holding_back: list[str] = field(default_factory=list)
    would_change: list[str] = field(default_factory=list)  # Phrases: English, localised(line, lang) in another


# How the feasibility rules word what lowers or caps a level (desktop/models/rules/feasibility.py).
_STEPS_DOWN = (("half a step lower", 0.5), ("one step lower", 1.0))
_CAPS = ("at most", "capped")


def _holding_back(value: Feasibility | None, reasons: list[str]) -> list[str]:
    if value is None or value is Feasibility.NOT_FEASIBLE:
        return list(reasons)  # what is missing, or why the level does not apply at all
    lowering = [r for r in reasons if any(m in r for m, _ in _STEPS_DOWN)]
    capping = [r for r in reasons if any(m in r.lower() for m in _CAPS)]
    held = [r for r in reasons if r in lowering or r in capping]
    # the first reason is the rule's starting point; it holds the level back too when it began
    # below high (nothing capped it, and undoing every step down still stays below high)
    undone = value.rank + sum(step for r in lowering for m, step in _STEPS_DOWN if m in r)
    if reasons and not capping and undone < Feasibility.HIGH.rank and reasons[0] not in held:
        held.insert(0, reasons[0])
    return held


def change_sentence(flip: Flip) -> Phrase:
    """"Substitutability: hard → very hard would raise it to high (+1)", a ``Phrase`` of
    ``findings.tsv`` (its English wherever a ``str`` went; ``localised(line, lang)`` in another)."""
    from .rules.wording import finding, lowered
    from .sensitivity import value_label

    change, ticked = flip.change, flip.change.is_membership
    params = dict(label=change.label, old=lowered(value_label(change.before, ticked)),
                  new=lowered(value_label(change.after, ticked)), after=lowered(value_label(flip.after)))
    if flip.before is None:  # the level had no suggestion: no step to count
        return finding("change.would_raise", **params)
    return finding("change.would_raise_steps", steps=flip.steps, **params)


def why_not_higher(case: Case) -> list[LevelHold]:
    """For every level suggested below high (or not yet suggested), in order: the rule's reasons
    that keep it there and the single changes that would raise it."""
    from .rules import suggest_all_feasibility
    from .sensitivity import analyse

    suggestions = suggest_all_feasibility(case)
    pending = {lv: s for lv, s in suggestions.items() if s.value is not Feasibility.HIGH}
    if not pending:
        return []
    sensitivity = analyse(case)
    out = []
    for level, suggestion in pending.items():
        value = suggestion.value
        raising = [f for f in sensitivity.flips_for(f"feasibility.{level.value}")
                   if f.after is not None and (value is None or f.after.rank > value.rank)]
        nxt = None if value is None else list(Feasibility)[value.rank + 1]
        out.append(LevelHold(level, value, nxt, _holding_back(value, suggestion.reasons),
                             [change_sentence(f) for f in raising]))
    return out
