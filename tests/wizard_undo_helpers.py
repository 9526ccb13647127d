"""Helpers shared by the wizard undo and read-only tests (test_wizard_undo_redo.py,
test_wizard_read_only_and_input.py): ready-made step data, opening a new case in the editor and
the stored case as a comparable document; page indices and clicking come from the walk tests'
helpers."""

from __future__ import annotations

from wizard_walk_helpers import (  # noqa: F401 (re-exported for the undo and read-only tests)
    AMBITION,
    BASICS,
    CTRL,
    INSTRUMENTS,
    LEFT,
    LEVERAGE,
    REVIEW,
    STRENGTH,
    click,
    click_check,
    indicator,
    pick,
    shown,
)

STRENGTH_DONE = {
    "pillars": {
        "research_innovation": {"present": True, "stance": "maintain", "likelihood": "high"},
        "ip_patents": {"present": False},
        "production_commercialisation": {"present": False},
    },
    "types": ["technological_excellence"],
}
FACTORS = {
    "market_entry_barriers": ["technological_breakthrough"],
    "substitutability": "very_hard",
    "foreign_availability": "limited",
    "effective_utilisation": "enforceable",
    "ethical_constraints": False,
    "spillover_damage": "medium",
    "dual_use_relevance": "some",
}


def open_new(window, store, title="Undo me", **fields):
    case = store.create(title, **fields)
    window.reload(select=case.id)
    window.open_case(case.id)
    return case.id, window.editor


def _pruned(value):
    """Drop nulls and sections left empty: in the exchange format they mean 'not yet assessed'
    exactly like an absent key (SPEC §8), and an undo may leave either form behind."""
    if isinstance(value, dict):
        out = {k: _pruned(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v is not None and v != {}}
    if isinstance(value, list):
        return [_pruned(v) for v in value]
    return value


def doc(store, case_id) -> dict:
    """What the stored case says (every field, nulls pruned), without its 'updated' stamp."""
    data = _pruned(store.get(case_id).model_dump(mode="json"))
    data.pop("updated", None)
    return data
