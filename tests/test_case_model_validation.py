"""The case model (desktop/models/case.py): validation. Required keys, format and version, blank
or overlong text, unknown keys at any depth, bounds and required fields are refused; and the
domain layer imports without Qt."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

import pytest
from case_model_helpers import MINIMAL, complete_data
from pydantic import ValidationError

from desktop.models.case import MAX_TEXT, Case

# -- required keys, format and version -----------------------------------------------------


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
    ("key", "value"), [("format", "other-format"), ("format_version", 4), ("format_version", 0)]
)
def test_case_wrong_format_or_version_rejected(key, value):
    """Only format "rdw-case" versions 1 to 3 are a case."""
    with pytest.raises(ValidationError):
        Case.model_validate({**MINIMAL, key: value})


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
        "import desktop.models.case, desktop.models.exchange, desktop.models.storage.store\n"
        "import desktop.models.library, desktop.models.catalogue, desktop.models.scales\n"
        "import desktop.models.storage.migrations\n"
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
