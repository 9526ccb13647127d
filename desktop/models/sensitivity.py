"""What would flip it: the single-factor changes that move a suggestion, computed from the rules.

An officer who sees "medium leverage" wants to know how firm that is: which one input, changed,
would make it medium–high or low–medium. Rather than describing the rules a second time (and
letting the description drift), every change is applied to a copy of the case and the real
rules (``suggest_leverage``, ``suggest_all_feasibility``) are run again; whatever moved is a flip.

A change is one input the rules read, moved to one other value: a leverage factor (a market-entry
barrier ticked or unticked, with "no substantial barrier" excluding the others as in the wizard),
a pillar's presence, stance or likelihood, a type of strength, or the user's own degree of
leverage (which the ability to act and curtailment use instead of the suggestion once it is rated;
the ability to deny reads strength, substitutability and spillover damage directly). Spillover
damage is a leverage factor like the others: it can move the degree of leverage (Finding 4) as
well as the levels. A factor not
yet rated is tried at every value ("from not rated"); a rated factor is never cleared, except the
degree of leverage, whose clearing hands the ambition rules back to the suggestion.

The texts are Phrases of ``resources/i18n/findings.tsv`` (their English wherever a ``str`` went,
French or German through ``language.localised``); the functions that write text take ``lang``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from .case import Case, PillarAssessment
from .language import SOURCE, Phrase
from .rules import effective_leverage, suggest_all_feasibility, suggest_leverage
from .rules.wording import Term, finding, lowered
from .scales import (
    DualUseRelevance,
    EffectiveUtilisation,
    ForeignAvailability,
    Level,
    LeverageDegree,
    Likelihood,
    MarketEntryBarrier,
    Pillar,
    Scale,
    SpilloverDamage,
    Stance,
    StrengthType,
    Substitutability,
)
from .text import one_line

LEVERAGE = "leverage"
TARGETS: tuple[str, ...] = (LEVERAGE, *(f"feasibility.{level.value}" for level in Level))
TARGET_LABELS = {LEVERAGE: "Degree of leverage", **{f"feasibility.{lv.value}": lv.label for lv in Level}}
STABLE = "stable against every single change"
NOT_RATED = "not rated"

# single-valued leverage factors the rules read, and the values each can take
_LEVERAGE_SCALES: dict[str, type[Scale] | type[bool]] = {
    "substitutability": Substitutability,
    "foreign_availability": ForeignAvailability,
    "effective_utilisation": EffectiveUtilisation,
    "ethical_constraints": bool,
    "spillover_damage": SpilloverDamage,
    "dual_use_relevance": DualUseRelevance,
}
# scales whose declaration order is a real order; a stance is a choice, not a step
_ORDERED = (Substitutability, ForeignAvailability, EffectiveUtilisation, SpilloverDamage, DualUseRelevance,
            Likelihood, LeverageDegree)


def _in(phrase: Phrase, lang: str) -> str:
    """``phrase`` itself in English (so it can still be localised later), else its ``lang`` text."""
    return phrase if lang == SOURCE else phrase.in_language(lang)


def target_label(target: str, lang: str = SOURCE) -> str:
    """"Degree of leverage" or a level's name (``TARGET_LABELS``), in ``lang``."""
    if target == LEVERAGE:
        return _in(Term("term.degree_of_leverage"), lang)
    return _in(finding("value", value=Level(target.split(".", 1)[1])), lang)


def value_label(value: Any, ticked: bool = False, lang: str = SOURCE) -> str:
    """A value as a person reads it; membership toggles read "ticked" rather than "yes"."""
    if value is None:
        return _in(finding("value.not_rated"), lang)
    if isinstance(value, bool):
        key = ("value.ticked" if value else "value.not_ticked") if ticked else ("value.yes" if value else "value.no")
        return _in(finding(key), lang)
    return _in(finding("value", value=value), lang)


def token(value: Any) -> str | bool | None:
    return value.value if isinstance(value, Scale) else value


@dataclass(frozen=True)
class FactorChange:
    """One input moved from one value to another; ``key`` names the input (see ``apply_change``)."""

    key: str
    label: str
    before: Any  # a Scale member, a bool, or None (not rated)
    after: Any

    @property
    def steps(self) -> int | None:
        """Signed steps along the scale as declared in ``scales`` (e.g. foreign availability
        none → limited → broad is +2); None for choices, ticks and "from not rated"."""
        if isinstance(self.before, _ORDERED) and type(self.after) is type(self.before):
            return self.after.rank - self.before.rank
        return None

    @property
    def is_membership(self) -> bool:
        return self.key.startswith(("leverage.market_entry_barriers.", "strength.types."))

    def describe(self, lang: str = SOURCE) -> str:
        """"Substitutability: Hard → Very hard", with the wizard's wording for ticks."""
        ticked = self.is_membership
        return _in(finding("change.describe", label=self.label, before=value_label(self.before, ticked),
                                 after=value_label(self.after, ticked)), lang)

    def steps_text(self, lang: str = SOURCE) -> str:
        if self.steps is None:
            return ""
        return _in(finding("change.step" if abs(self.steps) == 1 else "change.steps", steps=self.steps), lang)


@dataclass(frozen=True)
class Flip:
    """A change and one target whose suggestion it moves; ``steps`` is 0 when a suggestion
    appears or disappears (``before`` or ``after`` is None), the signed rank difference otherwise."""

    change: FactorChange
    target: str
    before: Scale | None
    after: Scale | None

    @property
    def steps(self) -> int:
        if self.before is None or self.after is None:
            return 0
        return self.after.rank - self.before.rank

    def mark(self, lang: str = SOURCE) -> str:
        """▲ +1 / ▼ -2, or what happened when there was or will be no suggestion."""
        if self.before is None:
            return _in(finding("mark.new"), lang)
        if self.after is None:
            return _in(finding("mark.gone"), lang)
        return f"{'▲' if self.steps > 0 else '▼'} {self.steps:+d}"

    def as_json(self) -> dict:
        return {
            "factor": self.change.key,
            "factor_label": self.change.label,
            "from": token(self.change.before),
            "to": token(self.change.after),
            "factor_steps": self.change.steps,
            "target": self.target,
            "target_label": target_label(self.target),
            "before": token(self.before),
            "after": token(self.after),
            "steps": self.steps,
        }


@dataclass(frozen=True)
class Sensitivity:
    case_id: str
    title: str
    baseline: dict[str, Scale | None]  # target -> suggested value
    leverage_used: LeverageDegree | None  # what ability to act and curtailment built on
    leverage_rated: bool  # True: the user's rating; False: the suggestion
    flips: tuple[Flip, ...]

    def flips_for(self, target: str) -> list[Flip]:
        return [f for f in self.flips if f.target == target]

    def stable_targets(self) -> list[str]:
        moved = {f.target for f in self.flips}
        return [t for t in TARGETS if t not in moved]

    def basis_note(self, lang: str = SOURCE) -> str:
        """Ability to act and curtailment use the user's degree of leverage once rated, else the
        suggestion; the ability to deny does not rest on the degree of leverage."""
        used = lowered(value_label(self.leverage_used))
        key = "basis.rated" if self.leverage_rated else "basis.suggested"
        return _in(finding(key, used=used, yours=finding("change.your_degree")), lang)

    def as_json(self) -> dict:
        return {
            "case": self.case_id,
            "baseline": {
                "leverage": token(self.baseline[LEVERAGE]),
                "feasibility": {lv.value: token(self.baseline[f"feasibility.{lv.value}"]) for lv in Level},
            },
            "leverage_used": {"value": token(self.leverage_used), "source": "rated" if self.leverage_rated else "suggested"},
            "flips": [f.as_json() for f in self.flips],
            "stable": self.stable_targets(),
            "note": "Computed from the suggestion rules; each flip changes one factor. "
                    f"Targets listed in 'stable' are {STABLE}.",
        }


# -- enumerating and applying changes ------------------------------------------------------
def _others(scale, current) -> list:
    """Every value but the current one (every value when not rated)."""
    values = [True, False] if scale is bool else list(scale)
    return [v for v in values if v is not current]


def changes(case: Case) -> Iterator[FactorChange]:
    """Every single-factor change of the inputs the rules read, in a fixed order."""
    lev, strength = case.leverage, case.strength
    for barrier in MarketEntryBarrier:
        clears = barrier is MarketEntryBarrier.NONE and any(b is not barrier for b in lev.market_entry_barriers)
        label = finding("change.barrier_clears" if clears else "change.barrier", barrier=barrier)
        present = barrier in lev.market_entry_barriers
        yield FactorChange(f"leverage.market_entry_barriers.{barrier.value}", label, present, not present)
    for name, scale in _LEVERAGE_SCALES.items():
        current = getattr(lev, name)
        for value in _others(scale, current):
            yield FactorChange(f"leverage.{name}", Term(f"term.{name}"), current, value)
    for pillar in Pillar:
        p = strength.pillar(pillar)
        base = f"strength.pillars.{pillar.value}"
        for value in _others(bool, p.present):
            yield FactorChange(f"{base}.present", finding("change.pillar_present", pillar=pillar), p.present, value)
        for value in _others(Stance, p.stance):
            yield FactorChange(f"{base}.stance", finding("change.pillar_stance", pillar=pillar), p.stance, value)
        for value in _others(Likelihood, p.likelihood):
            yield FactorChange(f"{base}.likelihood", finding("change.pillar_likelihood", pillar=pillar),
                               p.likelihood, value)
    for kind in StrengthType:
        present = kind in strength.types
        yield FactorChange(f"strength.types.{kind.value}", finding("change.type", type=kind), present, not present)
    for value in [*LeverageDegree, None]:
        if value is not lev.degree:  # clearing is tried only when rated
            yield FactorChange("leverage.degree", finding("change.your_degree"), lev.degree, value)


def apply_change(case: Case, key: str, value: Any) -> Case:
    """A deep copy of ``case`` with the input ``key`` set to ``value`` (a token, enum or bool);
    the input is never modified. Ticking "no substantial barrier" clears the other barriers and
    ticking a barrier clears "no substantial barrier", as in the wizard."""
    new = case.model_copy(deep=True)
    parts = key.split(".")
    if parts[:2] == ["leverage", "market_entry_barriers"]:
        barrier = MarketEntryBarrier(parts[2])
        current = set(new.leverage.market_entry_barriers)
        if value and barrier is MarketEntryBarrier.NONE:
            current = {barrier}
        elif value:
            current = (current - {MarketEntryBarrier.NONE}) | {barrier}
        else:
            current.discard(barrier)
        new.leverage.market_entry_barriers = [b for b in MarketEntryBarrier if b in current]
    elif parts == ["leverage", "degree"]:
        new.leverage.degree = None if value is None else LeverageDegree(value)
    elif parts[0] == "leverage" and len(parts) == 2 and parts[1] in _LEVERAGE_SCALES:
        scale = _LEVERAGE_SCALES[parts[1]]
        setattr(new.leverage, parts[1], value if value is None or scale is bool else scale(value))
    elif parts[:2] == ["strength", "pillars"] and len(parts) == 4:
        pillar = Pillar(parts[2])
        assessment = new.strength.pillars.setdefault(pillar, PillarAssessment())
        scale = {"present": None, "stance": Stance, "likelihood": Likelihood}[parts[3]]
        setattr(assessment, parts[3], value if value is None or scale is None else scale(value))
    elif parts[:2] == ["strength", "types"] and len(parts) == 3:
        kind = StrengthType(parts[2])
        current = set(new.strength.types) - {kind} | ({kind} if value else set())
        new.strength.types = [t for t in StrengthType if t in current]
    else:
        raise KeyError(f"not an input of the suggestion rules: {key}")
    return new


def suggestions(case: Case) -> dict[str, Scale | None]:
    """Target -> suggested value, straight from the rules."""
    out: dict[str, Scale | None] = {LEVERAGE: suggest_leverage(case).value}
    for level, suggestion in suggest_all_feasibility(case).items():
        out[f"feasibility.{level.value}"] = suggestion.value
    return out


def _sort_key(flip: Flip) -> tuple:
    moved = abs(flip.change.steps) if flip.change.steps is not None else 1
    return TARGETS.index(flip.target), -abs(flip.steps), moved, flip.steps < 0


def analyse(case: Case) -> Sensitivity:
    """Every flip of ``case``: by target (leverage, then the levels in order), then the biggest
    change of a suggestion first, then the smallest move of the factor first (a tick, or a move
    from not rated, counts as one step), rises before falls, else in the order of ``changes``."""
    baseline = suggestions(case)
    flips = []
    for change in changes(case):
        after = suggestions(apply_change(case, change.key, change.after))
        flips += [Flip(change, t, baseline[t], after[t]) for t in TARGETS if after[t] is not baseline[t]]
    used, _ = effective_leverage(case)
    return Sensitivity(case.id, case.title, baseline, used, case.leverage.degree is not None,
                       tuple(sorted(flips, key=_sort_key)))


# -- plain text ------------------------------------------------------------------------------
def _suggested(value: Scale | None) -> Any:
    return lowered(value_label(value)) if value is not None else finding("value.no_suggestion")


def flip_line(flip: Flip, lang: str = SOURCE) -> str:
    """"▲ +1 → medium–high  if substitutability: hard → very hard (+1 step)"."""
    change = flip.change
    ticked = change.is_membership
    params = dict(mark=flip.mark(), after=_suggested(flip.after), label=lowered(change.label),
                  old=lowered(value_label(change.before, ticked)), new=lowered(value_label(change.after, ticked)))
    if change.steps is None:
        return _in(finding("flip.line", **params), lang)
    return _in(finding("flip.line_steps", steps=change.steps_text(), **params), lang)


def format_text(result: Sensitivity, lang: str = SOURCE) -> str:
    """The report grouped by target, as ``rdw sensitivity`` prints it, in ``lang``."""
    title = one_line(result.title)  # the case's own text, as written
    out = [_in(finding("format.title", title=title), lang), result.basis_note(lang),
           _in(finding("format.computed"), lang)]
    for target in TARGETS:
        out.append("")
        line = finding("format.target", target=target_label(target), value=_suggested(result.baseline[target]))
        out.append(_in(line, lang))
        flips = result.flips_for(target)
        out += [f"  {flip_line(f, lang)}" for f in flips] or [f"  {_in(finding('stable'), lang)}"]
    return "\n".join(out)
