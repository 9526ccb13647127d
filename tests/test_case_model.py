"""The case model (desktop/models/case.py): validation, step completeness and status."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from desktop.models.case import MAX_TEXT, Case
from desktop.models.scales import Level, Pillar, Status, Step

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "data" / "reference"
REFERENCE_FILES = sorted(REFERENCE_DIR.glob("*.json"))

MINIMAL = {"format": "rdw-case", "format_version": 1, "id": "case-1", "title": "A case"}


def complete_data() -> dict:
    """A fresh dict for a case where every step is complete."""
    return {
        **MINIMAL,
        "technology_area": "Semiconductors",
        "summary": "A niche.",
        "strength": {
            "pillars": {
                "research_innovation": {"present": True, "stance": "maintain", "likelihood": "high"},
                "ip_patents": {"present": True, "stance": "regain_develop", "likelihood": "low"},
                "production_commercialisation": {"present": False},
            },
            "types": ["technological_excellence"],
        },
        "leverage": {
            "market_entry_barriers": ["economies_of_scale"],
            "substitutability": "hard",
            "foreign_availability": "limited",
            "effective_utilisation": "enforceable",
            "ethical_constraints": False,
            "spillover_damage": "medium",
            "dual_use_relevance": "some",
            "degree": "medium",
        },
        "ambition": {
            "feasibility": {
                "threat_prevention": "low",
                "ability_to_deny": "medium",
                "ability_to_act": "high",
                "curtailment": "not_feasible",
            }
        },
        "instruments": [
            {
                "level": "ability_to_act",
                "text": "Fund research",
                "ppp": "promote",
                "focus": "research_promotion",
            }
        ],
    }


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


@pytest.mark.parametrize("missing", ["id", "title", "format", "format_version"])
def test_case_required_key_missing_rejected(missing):
    """id and title are required; format and format_version default but may not be wrong."""
    data = dict(MINIMAL)
    del data[missing]
    if missing in ("id", "title"):
        with pytest.raises(ValidationError):
            Case.model_validate(data)
    else:
        assert getattr(Case.model_validate(data), missing) == MINIMAL[missing]


@pytest.mark.parametrize(
    ("key", "value"), [("format", "other-format"), ("format_version", 2), ("format_version", 0)]
)
def test_case_wrong_format_or_version_rejected(key, value):
    """Only format "rdw-case" version 1 is a case."""
    with pytest.raises(ValidationError):
        Case.model_validate({**MINIMAL, key: value})


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


# -- validation ----------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["", " ", "   ", "\t\n", "\u00a0"])
def test_case_blank_title_rejected(title):
    """A blank (empty or whitespace-only) title is rejected."""
    with pytest.raises(ValidationError) as info:
        Case.model_validate({**MINIMAL, "title": title})
    assert info.value.errors()[0]["loc"] == ("title",)


@pytest.mark.parametrize("case_id", ["", "  "])
def test_case_blank_id_rejected(case_id):
    """A blank id is rejected."""
    with pytest.raises(ValidationError):
        Case.model_validate({**MINIMAL, "id": case_id})


def test_case_title_length_bounded():
    """A title of 500 characters is fine, 501 is rejected."""
    Case.model_validate({**MINIMAL, "title": "x" * 500})
    with pytest.raises(ValidationError):
        Case.model_validate({**MINIMAL, "title": "x" * 501})


def test_case_text_length_bounded():
    """Free text is capped at MAX_TEXT characters."""
    Case.model_validate({**MINIMAL, "summary": "x" * MAX_TEXT})
    with pytest.raises(ValidationError):
        Case.model_validate({**MINIMAL, "summary": "x" * (MAX_TEXT + 1)})


def _set_path(data: dict, path: tuple, value) -> dict:
    node = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return data


UNKNOWN_KEY_PATHS = [
    ("colour",),
    ("strength", "colour"),
    ("strength", "pillars", "ip_patents", "colour"),
    ("leverage", "colour"),
    ("ambition", "colour"),
    ("instruments", 0, "colour"),
    ("overrides", 0, "colour"),
    ("reference", "colour"),
    ("provenance", "colour"),
]


@pytest.mark.parametrize("path", UNKNOWN_KEY_PATHS, ids=[".".join(map(str, p)) for p in UNKNOWN_KEY_PATHS])
def test_case_unknown_key_rejected_at_any_depth(path):
    """An unknown key is rejected wherever it appears, and the error locates it."""
    data = complete_data()
    data["overrides"] = [{"field": "leverage.degree", "suggested": "low", "value": "medium", "reason": "r"}]
    data["reference"] = {"citation": "c", "chapter": 1, "authors": []}
    data["provenance"] = {"strength": "inferred_from_text"}
    Case.model_validate(copy.deepcopy(data))  # valid before the unknown key goes in
    _set_path(data, path, "x")
    with pytest.raises(ValidationError) as info:
        Case.model_validate(data)
    error = info.value.errors()[0]
    assert error["type"] == "extra_forbidden"
    assert error["loc"] == path


def test_case_unknown_pillar_key_rejected():
    """A pillar that is not one of the three is rejected."""
    data = complete_data()
    data["strength"]["pillars"]["marketing"] = {"present": True}
    with pytest.raises(ValidationError):
        Case.model_validate(data)


@pytest.mark.parametrize("value", [0, 1, 50, 99, 100, None])
def test_entanglement_autonomy_within_bounds_accepted(value):
    """entanglement_autonomy accepts 0..100 inclusive, and null."""
    case = Case.model_validate({**MINIMAL, "ambition": {"entanglement_autonomy": value}})
    assert case.ambition.entanglement_autonomy == value


@pytest.mark.parametrize("value", [-1, 101, 1000, -100])
def test_entanglement_autonomy_out_of_bounds_rejected(value):
    """entanglement_autonomy outside 0..100 is rejected."""
    with pytest.raises(ValidationError) as info:
        Case.model_validate({**MINIMAL, "ambition": {"entanglement_autonomy": value}})
    assert info.value.errors()[0]["loc"] == ("ambition", "entanglement_autonomy")


@pytest.mark.parametrize("field", ["text", "ppp", "focus", "level"])
def test_instrument_requires_all_fields(field):
    """An instrument needs level, text, ppp and focus."""
    data = complete_data()
    del data["instruments"][0][field]
    with pytest.raises(ValidationError):
        Case.model_validate(data)


def test_instrument_empty_text_rejected():
    """An instrument with empty text is rejected."""
    data = complete_data()
    data["instruments"][0]["text"] = ""
    with pytest.raises(ValidationError):
        Case.model_validate(data)


@pytest.mark.parametrize("field", ["field", "reason"])
def test_override_requires_field_and_reason(field):
    """An override needs the field it overrides and a non-empty reason."""
    override = {"field": "leverage.degree", "suggested": "low", "value": "high", "reason": "Experts"}
    Case.model_validate({**MINIMAL, "overrides": [override]})
    override[field] = ""
    with pytest.raises(ValidationError):
        Case.model_validate({**MINIMAL, "overrides": [override]})


def test_models_package_imports_without_qt():
    """The domain layer imports without pulling in Qt (it must run with no QApplication)."""
    code = (
        "import sys\n"
        "import desktop.models.case, desktop.models.exchange, desktop.models.store\n"
        "import desktop.models.library, desktop.models.catalogue, desktop.models.scales\n"
        "import desktop.models.migrations\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))\n"
        "assert not qt, qt\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
