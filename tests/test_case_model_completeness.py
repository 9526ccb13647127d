"""The case model (desktop/models/case.py): step completeness and status. What each step needs to
count as complete, when a case is a draft or complete, and that every shipped reference case is
complete."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from case_model_helpers import MINIMAL, complete_data

from desktop.models.case import Case
from desktop.models.scales import Level, Pillar, Status, Step

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "data" / "reference"
REFERENCE_FILES = sorted(REFERENCE_DIR.glob("*.json"))


# -- minimal and complete ------------------------------------------------------------------


def test_minimal_case_is_valid_draft():
    """format, format_version, id and title alone make a valid draft with no step complete."""
    case = Case.model_validate(MINIMAL)
    assert case.id == "case-1" and case.title == "A case"
    assert case.status is Status.DRAFT
    assert case.completed_steps() == []
    assert not case.is_reference


def test_minimal_case_defaults_are_not_assessed():
    """Every optional field of a minimal case is None or empty ("not yet assessed")."""
    case = Case.model_validate(MINIMAL)
    assert case.technology_area is None and case.summary is None
    assert case.strength.pillars == {} and case.strength.types == []
    assert case.leverage.degree is None and case.leverage.market_entry_barriers == []
    assert case.ambition.feasibility == {} and case.ambition.chosen_level is None
    assert case.instruments == [] and case.overrides == [] and case.provenance is None


def test_complete_case_is_status_complete():
    """A case with every step filled in is complete."""
    case = Case.model_validate(complete_data())
    assert case.completed_steps() == list(Step)
    assert case.status is Status.COMPLETE


# -- completeness per step -----------------------------------------------------------------


def test_basics_step_needs_area_and_summary():
    """Basics is complete only with both technology_area and summary."""
    data = complete_data()
    assert Case.model_validate(data).step_complete(Step.BASICS)
    for key in ("technology_area", "summary"):
        d = complete_data()
        del d[key]
        case = Case.model_validate(d)
        assert not case.step_complete(Step.BASICS)
        assert case.status is Status.DRAFT


def test_strength_incomplete_when_present_pillar_lacks_likelihood():
    """A present pillar without a likelihood leaves the strength step incomplete."""
    data = complete_data()
    del data["strength"]["pillars"]["ip_patents"]["likelihood"]
    case = Case.model_validate(data)
    assert not case.step_complete(Step.STRENGTH)
    assert case.status is Status.DRAFT


def test_strength_incomplete_when_present_pillar_lacks_stance():
    """A present pillar without a stance leaves the strength step incomplete."""
    data = complete_data()
    data["strength"]["pillars"]["research_innovation"]["stance"] = None
    assert not Case.model_validate(data).step_complete(Step.STRENGTH)


def test_strength_complete_when_non_present_pillar_has_no_stance():
    """A pillar marked not present needs neither stance nor likelihood."""
    data = complete_data()
    assert data["strength"]["pillars"]["production_commercialisation"] == {"present": False}
    case = Case.model_validate(data)
    assert case.step_complete(Step.STRENGTH)
    assert case.strength.present_pillars() == [Pillar.RESEARCH_INNOVATION, Pillar.IP_PATENTS]


@pytest.mark.parametrize("pillar", [p.token for p in Pillar])
def test_strength_incomplete_when_a_pillar_is_unassessed(pillar):
    """Every pillar must at least be marked present or not present."""
    data = complete_data()
    del data["strength"]["pillars"][pillar]
    assert not Case.model_validate(data).step_complete(Step.STRENGTH)


def test_strength_incomplete_when_pillar_present_is_null():
    """present: null counts as not yet assessed."""
    data = complete_data()
    data["strength"]["pillars"]["production_commercialisation"] = {"present": None}
    assert not Case.model_validate(data).step_complete(Step.STRENGTH)


def test_strength_incomplete_without_types_when_a_pillar_is_present():
    """With a present pillar, at least one type of strength must be ticked."""
    data = complete_data()
    data["strength"]["types"] = []
    assert not Case.model_validate(data).step_complete(Step.STRENGTH)


def test_strength_complete_without_types_when_no_pillar_is_present():
    """A niche with no European strength at all needs no types to be complete."""
    data = complete_data()
    data["strength"] = {"pillars": {p.token: {"present": False} for p in Pillar}, "types": []}
    case = Case.model_validate(data)
    assert case.step_complete(Step.STRENGTH)
    assert case.strength.present_pillars() == []


@pytest.mark.parametrize(
    "factor",
    [
        "market_entry_barriers",
        "substitutability",
        "foreign_availability",
        "effective_utilisation",
        "ethical_constraints",
        "spillover_damage",
        "dual_use_relevance",
    ],
)
def test_leverage_incomplete_without_each_factor(factor):
    """Each of the seven leverage factors is needed; a missing one is reported by name."""
    data = complete_data()
    del data["leverage"][factor]
    case = Case.model_validate(data)
    assert not case.step_complete(Step.LEVERAGE)
    assert case.leverage.missing_factors() == [factor]
    assert case.status is Status.DRAFT


def test_leverage_incomplete_with_empty_barrier_list():
    """An empty market_entry_barriers list counts as missing ("none" must be explicit)."""
    data = complete_data()
    data["leverage"]["market_entry_barriers"] = []
    case = Case.model_validate(data)
    assert case.leverage.missing_factors() == ["market_entry_barriers"]
    data["leverage"]["market_entry_barriers"] = ["none"]
    assert Case.model_validate(data).step_complete(Step.LEVERAGE)


def test_leverage_incomplete_without_degree():
    """All seven factors without a degree of leverage is still incomplete."""
    data = complete_data()
    del data["leverage"]["degree"]
    case = Case.model_validate(data)
    assert case.leverage.missing_factors() == []
    assert not case.step_complete(Step.LEVERAGE)


def test_leverage_false_ethical_constraints_counts_as_assessed():
    """ethical_constraints: false is an answer, not a gap."""
    data = complete_data()
    data["leverage"]["ethical_constraints"] = False
    assert Case.model_validate(data).step_complete(Step.LEVERAGE)


@pytest.mark.parametrize("level", [lv.token for lv in Level])
def test_ambition_incomplete_without_each_feasibility(level):
    """All four levels must be rated for feasibility."""
    data = complete_data()
    del data["ambition"]["feasibility"][level]
    case = Case.model_validate(data)
    assert not case.step_complete(Step.AMBITION)
    assert case.status is Status.DRAFT


def test_ambition_complete_without_chosen_level():
    """The chosen level is optional for completeness (the report leaves it open)."""
    data = complete_data()
    assert "chosen_level" not in data["ambition"]
    assert Case.model_validate(data).step_complete(Step.AMBITION)


def test_instruments_step_needs_at_least_one():
    """An empty instrument list leaves the instruments step (and the case) incomplete."""
    data = complete_data()
    data["instruments"] = []
    case = Case.model_validate(data)
    assert not case.step_complete(Step.INSTRUMENTS)
    assert case.completed_steps() == [Step.BASICS, Step.STRENGTH, Step.LEVERAGE, Step.AMBITION]
    assert case.status is Status.DRAFT


def test_instruments_for_level_filters():
    """instruments_for returns only the instruments of that level."""
    data = complete_data()
    data["instruments"].append(
        {"level": "curtailment", "text": "Export controls", "ppp": "protect", "focus": "knowledge_security"}
    )
    case = Case.model_validate(data)
    assert [i.text for i in case.instruments_for(Level.CURTAILMENT)] == ["Export controls"]
    assert [i.text for i in case.instruments_for(Level.ABILITY_TO_ACT)] == ["Fund research"]
    assert case.instruments_for(Level.THREAT_PREVENTION) == []


# -- reference cases -----------------------------------------------------------------------


def test_reference_library_has_twelve_files():
    """The report has 12 cases, shipped as 12 files."""
    assert len(REFERENCE_FILES) == 12


@pytest.mark.parametrize("path", REFERENCE_FILES, ids=[p.stem for p in REFERENCE_FILES])
def test_reference_case_is_complete(path):
    """Every reference case validates, is a reference, and is complete in all steps."""
    case = Case.model_validate(json.loads(path.read_text(encoding="utf-8")))
    assert case.is_reference
    assert case.id == path.stem
    assert case.completed_steps() == list(Step)
    assert case.status is Status.COMPLETE
