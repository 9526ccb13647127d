"""How often the suggestion rules agree with the report's 12 cases, measured honestly (SPEC.md §3):

- **published values only**: a rating counts as the report's when the reference case's
  ``provenance.ratings`` says ``published`` (legible in its scorecards, or stated as that rating in
  the chapter). Inferred and reconstructed values are our reading of the prose, not an oracle;
  agreement with them is printed as information by the last test and never asserted;
- **blind**: the rules suggest the degree of leverage too, and feasibility is computed from that
  suggestion (the case's own degree is removed), as for a case nobody has rated yet.

The floors are what the rules reach today (README, "Suggestions, and why"), so a change that makes
the rules agree less with the report fails here. The targets of issue 16 were: published
feasibility exact at least 85 % and within one step 100 %, published ability to deny exact at
least 7 of 9. Run with ``-s`` to see the figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.case import Case
from desktop.models.library import reference_cases
from desktop.models.rules import suggest_feasibility, suggest_leverage
from desktop.models.scales import Level, RatingProvenance

PUBLISHED = RatingProvenance.PUBLISHED
LEVERAGE = "leverage.degree"
FEASIBILITY = "feasibility"  # every level together
# (exact, within one step) on published values, as counts of the published values counted below
FLOORS = {
    FEASIBILITY: (34, 38),
    Level.THREAT_PREVENTION.value: (8, 9),
    Level.ABILITY_TO_DENY.value: (8, 9),
    Level.ABILITY_TO_ACT.value: (7, 9),
    Level.CURTAILMENT.value: (11, 11),
    LEVERAGE: (0, 1),
}
# how many values the report publishes (counted from provenance.ratings; the README's table uses them)
PUBLISHED_COUNTS = {FEASIBILITY: 38, Level.THREAT_PREVENTION.value: 9, Level.ABILITY_TO_DENY.value: 9,
                    Level.ABILITY_TO_ACT.value: 9, Level.CURTAILMENT.value: 11, LEVERAGE: 2}


@dataclass(frozen=True)
class Pair:
    case_id: str
    path: str  # "leverage.degree" or "ambition.feasibility.<level>"
    suggested: int  # rank of the rules' blind suggestion
    reference: int  # rank of the reference value
    provenance: RatingProvenance | None

    @property
    def group(self) -> str:
        return LEVERAGE if self.path == LEVERAGE else self.path.rsplit(".", 1)[1]

    @property
    def gap(self) -> int:
        return self.suggested - self.reference


def blind(case: Case) -> Case:
    """The case without its own degree of leverage: the rules then build on their suggestion."""
    copy = case.model_copy(deep=True)
    copy.leverage.degree = None
    return copy


def pairs() -> list[Pair]:
    out = []
    for case in reference_cases():
        ratings = case.provenance.ratings if case.provenance else {}
        unrated = blind(case)
        if case.leverage.degree is not None:
            out.append(Pair(case.id, LEVERAGE, suggest_leverage(unrated).value.rank, case.leverage.degree.rank,
                            ratings.get(LEVERAGE)))
        for level, value in case.ambition.feasibility.items():
            path = f"ambition.feasibility.{level.value}"
            out.append(Pair(case.id, path, suggest_feasibility(unrated, level).value.rank, value.rank, ratings.get(path)))
    return out


def select(group: str, published: bool) -> list[Pair]:
    chosen = [p for p in pairs() if (p.provenance is PUBLISHED) == published]
    if group == FEASIBILITY:
        return [p for p in chosen if p.group != LEVERAGE]
    return [p for p in chosen if p.group == group]


def counts(chosen: list[Pair]) -> tuple[int, int]:
    return sum(p.gap == 0 for p in chosen), sum(abs(p.gap) <= 1 for p in chosen)


def line(group: str, chosen: list[Pair]) -> str:
    exact, within = counts(chosen)
    n = len(chosen)
    far = ", ".join(f"{p.case_id} {p.gap:+d}" for p in chosen if abs(p.gap) >= 2)
    return (f"{group:<20} exact {exact}/{n} ({exact / n:.0%})  within one {within}/{n} ({within / n:.0%})"
            + (f"  two or more steps: {far}" if far else "")) if n else f"{group:<20} (none)"


def test_every_reference_case_gets_a_blind_suggestion():
    """All inputs the rules need are present in every reference case, without its own degree."""
    for case in reference_cases():
        unrated = blind(case)
        assert suggest_leverage(unrated).value is not None, case.id
        for level in Level:
            assert suggest_feasibility(unrated, level).value is not None, (case.id, level)


def test_published_values_are_counted_from_the_data():
    """The published values the agreement is measured on, as the README's table counts them."""
    found = {group: len(select(group, published=True)) for group in PUBLISHED_COUNTS}
    assert found == PUBLISHED_COUNTS


def test_blind_agreement_with_the_published_ratings():
    """Exact and within-one agreement on published values, per level and overall, at or above the floors."""
    print("\nagreement with the report's published values (blind):")
    for group, (exact_floor, within_floor) in FLOORS.items():
        chosen = select(group, published=True)
        print(line(group, chosen))
        exact, within = counts(chosen)
        assert exact >= exact_floor, (group, exact)
        assert within >= within_floor, (group, within)


def test_issue_16_targets_are_met():
    """Published feasibility exact ≥ 85 % and within one step 100 %; ability to deny exact ≥ 7 of 9."""
    feasibility = select(FEASIBILITY, published=True)
    exact, within = counts(feasibility)
    assert exact / len(feasibility) >= 0.85 and within == len(feasibility)
    deny = select(Level.ABILITY_TO_DENY.value, published=True)
    assert counts(deny)[0] >= 7 and len(deny) == 9


def test_agreement_with_inferred_and_reconstructed_values_is_information_only():
    """Printed, never asserted: these values are our reading of the report, not the report."""
    print("\nagreement with inferred or reconstructed values (information, not a target):")
    for group in FLOORS:
        print(line(group, select(group, published=False)))
    assert select(FEASIBILITY, published=False) and select(LEVERAGE, published=False)


def test_rules_do_not_look_at_case_identity():
    """Same inputs, different id and title: same suggestions (no special-casing of the library)."""
    for case in reference_cases():
        twin = case.model_copy(update={"id": "anonymous", "title": "Anonymous", "reference": None})
        assert suggest_leverage(twin) == suggest_leverage(case)
        for level in Level:
            assert suggest_feasibility(twin, level) == suggest_feasibility(case, level)
