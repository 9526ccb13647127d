"""The Review step's checklist: gaps (what the method requires and is not assessed yet: the same
list that keeps a step's ✓ off), what is advised but optional, inconsistencies (ratings that
contradict each other or the rules) and advice (the report's cross-case findings, never a block),
each pointing at the step where it can be fixed. Messages are Phrases of ``findings.tsv``: their
English wherever a ``str`` went, French or German through ``language.localised``."""

from __future__ import annotations

from dataclasses import dataclass

from .case import Case
from .catalogue import table2_column
from .completeness import missing
from .rules import strength_level, suggest_feasibility, suggest_leverage
from .rules.common import STRENGTH_CAP
from .rules.wording import Shown, finding
from .scales import PPP, DualUseRelevance, Feasibility, Level, LeverageDegree, Step


@dataclass(frozen=True)
class Finding:
    step: Step
    kind: str  # "inconsistency", "gap" (required), "optional" (advised, never a block) or "advice"
    message: str  # a Phrase of the "findings" catalogue


def _gaps(case: Case) -> list[Finding]:
    """What keeps each step's ✓ off: exactly completeness.missing, so the marks and this list agree."""
    return [Finding(step, "gap", text) for step in Step for text in missing(case, step)]


def _optional(case: Case) -> list[Finding]:
    """Advised but not required (completeness): a level, the balance, instruments for the chosen
    level and the rationales. Several of the report's chapters take no lean, so none blocks."""
    out: list[Finding] = []
    say = lambda where, key, **params: out.append(Finding(where, "optional", finding(key, **params)))  # noqa: E731
    if case.ambition.chosen_level is None:
        say(Step.AMBITION, "optional.no_level")
    if case.ambition.entanglement_autonomy is None:
        say(Step.AMBITION, "optional.no_balance")
    if case.instruments and case.ambition.chosen_level and not case.instruments_for(case.ambition.chosen_level):
        say(Step.INSTRUMENTS, "optional.no_instrument_for_level", level=case.ambition.chosen_level)
    for step, text in ((Step.STRENGTH, case.strength.rationale), (Step.LEVERAGE, case.leverage.rationale),
                       (Step.AMBITION, case.ambition.rationale)):
        if not text:
            say(step, "optional.no_rationale", step=step)
    return out


def _inconsistencies(case: Case) -> list[Finding]:
    out: list[Finding] = []
    say = lambda step, key, **params: out.append(Finding(step, "inconsistency", finding(key, **params)))  # noqa: E731
    feas, degree = case.ambition.feasibility, case.leverage.degree
    level, pillar = strength_level(case.strength)
    if degree is not None and level is not None and degree.rank > STRENGTH_CAP[level].rank:
        say(Step.LEVERAGE, "inconsistent.leverage_strength", degree=degree, pillar=pillar)
    curtail = feas.get(Level.CURTAILMENT)
    # curtailment needs a hard chokepoint and high leverage (SPEC.md §3; in the report feasible only in lithography)
    if curtail and curtail is not Feasibility.NOT_FEASIBLE and degree and degree is not LeverageDegree.HIGH:
        say(Step.AMBITION, "inconsistent.curtailment_leverage", feasibility=curtail, degree=degree)
    if curtail and curtail is not Feasibility.NOT_FEASIBLE and case.leverage.ethical_constraints:
        say(Step.AMBITION, "inconsistent.curtailment_ethics")
    tp = feas.get(Level.THREAT_PREVENTION)
    if tp and tp.rank >= Feasibility.MEDIUM.rank and case.leverage.dual_use_relevance is DualUseRelevance.NONE:
        say(Step.AMBITION, "inconsistent.threat_dual_use", feasibility=tp)
    chosen = case.ambition.chosen_level
    if chosen and feas.get(chosen) is Feasibility.NOT_FEASIBLE:
        say(Step.AMBITION, "inconsistent.chosen_not_feasible", level=chosen, feasibility=Feasibility.NOT_FEASIBLE)
    for inst in case.instruments:
        if feas.get(inst.level) is Feasibility.NOT_FEASIBLE:
            say(Step.INSTRUMENTS, "inconsistent.instrument_not_feasible", level=inst.level,
                feasibility=Feasibility.NOT_FEASIBLE, text=inst.text[:60])  # the instrument's text as written
            break
    overridden = {o.field for o in case.overrides}
    checks = [("leverage.degree", finding("check.degree"), Step.LEVERAGE, degree, suggest_leverage(case).value)]
    checks += [(f"ambition.feasibility.{lv.value}", finding("check.feasibility", level=lv), Step.AMBITION,
                feas.get(lv), suggest_feasibility(case, lv).value) for lv in Level]
    recorded = {o.field: o for o in case.overrides}
    for field, label, step, value, suggested in checks:
        override = recorded.get(field)
        if override and suggested is not None and override.suggested not in (None, suggested.value):
            # the override keeps the token it was given against: shown as such in English, by name otherwise
            before = Shown(override.suggested, _member(type(suggested), override.suggested))
            say(step, "inconsistent.override_stale", label=label, before=before, now=suggested)
        if value is not None and suggested is not None and abs(value.rank - suggested.rank) >= 2 and field not in overridden:
            say(step, "inconsistent.far_from_suggestion", label=label, value=value, suggested=suggested)
    return out


def _member(scale, token: str):
    """The scale's member for ``token``, or the token itself if the scale has none (an old file)."""
    try:
        return scale(token)
    except ValueError:
        return token


# The report's Finding 5 (SPEC.md §3), said with the counts that prompted it.
FINDING_5 = finding("finding_5")


def ppp_counts(case: Case, level: Level) -> dict[PPP, int]:
    """How many of the case's instruments for ``level`` are protect, promote and partner."""
    chosen = case.instruments_for(level)
    return {p: sum(1 for i in chosen if i.ppp is p) for p in PPP}


def _advice(case: Case) -> list[Finding]:
    """Advice, never a block: the chosen level's instruments lean on protect more than on promote
    and partner together (Finding 5). Nothing without a chosen level or its instruments, nor for
    a level whose Table 2 column is protect only (threat prevention, curtailment)."""
    level = case.ambition.chosen_level
    if level is None or table2_column(level).ppp == (PPP.PROTECT,):
        return []  # (Table 2 lists only protect instruments for threat prevention and curtailment)
    counts = ppp_counts(case, level)
    protect, promote, partner = counts[PPP.PROTECT], counts[PPP.PROMOTE], counts[PPP.PARTNER]
    if protect <= promote + partner:
        return []
    return [Finding(Step.INSTRUMENTS, "advice", finding("advice.finding_5", level=level, protect=protect,
                                                        promote=promote, partner=partner, finding=FINDING_5))]


KIND_ORDER = ("inconsistency", "gap", "optional", "advice")
BLOCKING = ("inconsistency", "gap")


def review(case: Case) -> list[Finding]:
    """Inconsistencies first (they change conclusions), then gaps, then what is advised, then
    advice, each in step order."""
    order = {s: n for n, s in enumerate(Step)}
    findings = _inconsistencies(case) + _gaps(case) + _optional(case) + _advice(case)
    return sorted(findings, key=lambda f: (KIND_ORDER.index(f.kind), order[f.step]))
