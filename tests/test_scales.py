"""The framework's vocabulary (desktop/models/scales.py): tokens, labels and ranks of every scale."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.models import scales
from desktop.models.scales import (
    PPP,
    Actor,
    Confidence,
    DualUseRelevance,
    EffectiveUtilisation,
    Feasibility,
    Focus,
    ForeignAvailability,
    Level,
    LeverageDegree,
    Likelihood,
    MarketEntryBarrier,
    Pillar,
    Provenance,
    RatingProvenance,
    Scale,
    SpilloverDamage,
    Stance,
    Status,
    Step,
    StrengthType,
    Substitutability,
)

SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")

# Every enum defined in scales.py (found by introspection, so a new scale is checked too).
ALL_SCALES = sorted(
    (
        obj
        for obj in vars(scales).values()
        if isinstance(obj, type) and issubclass(obj, Scale) and obj is not Scale
    ),
    key=lambda cls: cls.__name__,
)

# The token lists of SPEC.md §8, transcribed in the order the spec writes them.
SPEC_TOKENS: dict[type[Scale], list[str]] = {
    Pillar: ["research_innovation", "ip_patents", "production_commercialisation"],
    Stance: ["maintain", "regain_develop"],
    Likelihood: ["high", "medium", "low"],
    StrengthType: [
        "technological_excellence",
        "commercialisation_advantage",
        "market_access_conditioning",
        "regulatory_political_normative",
        "sustainability",
        "research_partnerships_third_countries",
    ],
    MarketEntryBarrier: [
        "technological_breakthrough",
        "economies_of_scale",
        "standards_certification",
        "none",
    ],
    Substitutability: ["very_hard", "hard", "moderate", "easy"],
    ForeignAvailability: ["none", "limited", "broad"],
    EffectiveUtilisation: ["enforceable", "partly_enforceable", "hard_to_enforce"],
    SpilloverDamage: ["low", "medium", "high"],
    DualUseRelevance: ["none", "some", "high"],
    LeverageDegree: ["low", "low_medium", "medium", "medium_high", "high"],
    Level: ["threat_prevention", "ability_to_deny", "ability_to_act", "curtailment"],
    Feasibility: ["not_feasible", "low", "medium", "high"],
    PPP: ["protect", "promote", "partner"],
    Focus: ["knowledge_security", "research_promotion", "commercialisation"],
    Provenance: ["stated_in_scorecard", "partly_reconstructed", "inferred_from_text"],
    Confidence: ["low", "medium", "high"],  # evidence (format version 2)
    RatingProvenance: ["published", "reconstructed", "inferred"],  # provenance.ratings (version 3)
}

# Exchange-format scales that come from the issue tracker, not SPEC.md: who should act (version 3).
ISSUE_TOKENS: dict[type[Scale], list[str]] = {
    Actor: ["eu", "uk", "member_states", "industry", "research"],
}

# Scales that are app-internal (wizard pages, list status), not tokens of the exchange format.
INTERNAL_SCALES = {Step, Status}

# Ordered scales, weakest (rank 0) to strongest.
ORDERED_SCALES: dict[type[Scale], list[str]] = {
    Substitutability: ["easy", "moderate", "hard", "very_hard"],
    LeverageDegree: ["low", "low_medium", "medium", "medium_high", "high"],
    Feasibility: ["not_feasible", "low", "medium", "high"],
    Level: ["threat_prevention", "ability_to_deny", "ability_to_act", "curtailment"],
    Likelihood: ["low", "medium", "high"],
    EffectiveUtilisation: ["hard_to_enforce", "partly_enforceable", "enforceable"],
    SpilloverDamage: ["low", "medium", "high"],
    DualUseRelevance: ["none", "some", "high"],
    ForeignAvailability: ["none", "limited", "broad"],
}

SPEC_FILE = Path("/work/shared/SPEC.md")


def _ids(classes) -> list[str]:
    return [cls.__name__ for cls in classes]


def test_scales_introspection_finds_every_scale():
    """The introspected list covers the spec's scales plus the two internal ones, nothing else."""
    assert set(ALL_SCALES) == set(SPEC_TOKENS) | set(ISSUE_TOKENS) | INTERNAL_SCALES


def test_actor_tokens_and_labels():
    """Who should act: EU, UK, member states, industry, research, in that order."""
    assert [m.token for m in Actor] == ISSUE_TOKENS[Actor]
    assert [m.label for m in Actor] == ["EU", "UK", "Member states", "Industry", "Research"]


@pytest.mark.parametrize("scale", ALL_SCALES, ids=_ids(ALL_SCALES))
def test_tokens_are_snake_case(scale):
    """Every token is a lower-case snake_case identifier."""
    for member in scale:
        assert SNAKE_CASE.match(member.token), f"{scale.__name__}.{member.name} = {member.token!r}"


@pytest.mark.parametrize("scale", ALL_SCALES, ids=_ids(ALL_SCALES))
def test_tokens_are_unique_within_scale(scale):
    """No two members of one scale share a token (aliases would silently merge values)."""
    tokens = [m.token for m in scale]
    assert len(tokens) == len(set(tokens))
    assert len(scale.__members__) == len(list(scale)), "an alias member hides a duplicate token"


@pytest.mark.parametrize("scale", ALL_SCALES, ids=_ids(ALL_SCALES))
def test_labels_are_non_empty(scale):
    """Every member has a non-blank human label, and labels() maps each token to it."""
    for member in scale:
        assert isinstance(member.label, str) and member.label.strip()
    assert scale.labels() == {m.token: m.label for m in scale}


@pytest.mark.parametrize("scale", ALL_SCALES, ids=_ids(ALL_SCALES))
def test_labels_are_unique_within_scale(scale):
    """A person can tell every member of a scale apart by its label."""
    labels = [m.label for m in scale]
    assert len(labels) == len(set(labels))


@pytest.mark.parametrize("scale", ALL_SCALES, ids=_ids(ALL_SCALES))
def test_token_str_and_value_agree(scale):
    """token, value, str() and f-string formatting all give the token; the member round-trips."""
    for member in scale:
        assert member.token == member.value == str(member) == f"{member}"
        assert scale(member.token) is member
        assert member == member.token  # str-enum: compares equal to its token


@pytest.mark.parametrize("scale", list(SPEC_TOKENS), ids=_ids(SPEC_TOKENS))
def test_tokens_match_spec_section_8(scale):
    """The tokens of each scale are exactly the SPEC §8 token list (no more, no fewer)."""
    assert sorted(m.token for m in scale) == sorted(SPEC_TOKENS[scale])


@pytest.mark.skipif(not SPEC_FILE.exists(), reason="shared SPEC.md not available")
@pytest.mark.parametrize("scale", list(SPEC_TOKENS), ids=_ids(SPEC_TOKENS))
def test_spec_transcription_matches_spec_file(scale):
    """The transcribed §8 token lists appear verbatim in SPEC.md §8 (guards the transcription)."""
    text = SPEC_FILE.read_text(encoding="utf-8")
    section = text[text.index("## 8.") :]
    normalised = re.sub(r"\s+", " ", section)
    assert " | ".join(SPEC_TOKENS[scale]) in normalised


@pytest.mark.parametrize("scale", list(ORDERED_SCALES), ids=_ids(ORDERED_SCALES))
def test_rank_order_of_ordered_scales(scale):
    """Ranks follow the documented weakest-to-strongest order, starting at 0."""
    expected = ORDERED_SCALES[scale]
    assert [m.token for m in sorted(scale, key=lambda m: m.rank)] == expected
    assert [scale(t).rank for t in expected] == list(range(len(expected)))


def test_rank_substitutability_easy_to_very_hard():
    """Substitutability: easy < moderate < hard < very_hard."""
    s = Substitutability
    assert s.EASY.rank < s.MODERATE.rank < s.HARD.rank < s.VERY_HARD.rank


def test_rank_leverage_degree_low_to_high():
    """LeverageDegree: low < low_medium < medium < medium_high < high."""
    d = LeverageDegree
    assert d.LOW.rank < d.LOW_MEDIUM.rank < d.MEDIUM.rank < d.MEDIUM_HIGH.rank < d.HIGH.rank


def test_rank_feasibility_not_feasible_to_high():
    """Feasibility: not_feasible < low < medium < high."""
    f = Feasibility
    assert f.NOT_FEASIBLE.rank < f.LOW.rank < f.MEDIUM.rank < f.HIGH.rank


def test_rank_level_threat_prevention_to_curtailment():
    """Level: threat_prevention < ability_to_deny < ability_to_act < curtailment."""
    lv = Level
    assert lv.THREAT_PREVENTION.rank < lv.ABILITY_TO_DENY.rank < lv.ABILITY_TO_ACT.rank < lv.CURTAILMENT.rank


def test_step_order_matches_wizard():
    """The wizard steps run basics, strength, leverage, ambition, instruments."""
    assert [s.token for s in Step] == ["basics", "strength", "leverage", "ambition", "instruments"]


def test_status_tokens_draft_and_complete():
    """A case's status is either draft or complete."""
    assert [s.token for s in Status] == ["draft", "complete"]


def test_unknown_token_raises_value_error():
    """Looking up a token that is not on the scale fails loudly."""
    with pytest.raises(ValueError):
        LeverageDegree("very_high")
