"""The framework's definitions and help texts say what SPEC.md §2–§3 (and through it the report,
Rühlig (ed.), *Reverse Dependency*, DPC 2024) says, and nothing it does not (issue 16).

Pinned here: the four levels of ambition with their definitions and trade-offs, feasibility, the
entanglement–autonomy balance (Finding 6), what shapes leverage (Finding 4, Figure 5), and that
dual-use relevance is the app's own coding. Every text ``desktop.models.guide`` exports is walked,
so a new level, pillar, type of strength or leverage factor without help fails, and so does a
text that brings back a claim the report does not make (e.g. that curtailment only "came close",
or that the ability to deny needs China's dependency today).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.models import guide
from desktop.models import workshop as ws
from desktop.models.case import Case, Leverage
from desktop.models.scales import Level, Pillar, StrengthType

ROOT = Path(__file__).resolve().parents[1]

# Claims the report does not make (SPEC §2 Step 3, §3): each a regular expression, case-insensitive.
NOT_IN_THE_REPORT = {
    "curtailment only 'came close'": r"came close",
    "deny needs China to depend on Europe now": r"depend(s|ent)? on europe now",
    "deny rests on China's current dependency": r"(needs?|rests? on|requires?)\s+china'?s?\s+(current\s+)?(dependen|to depend)",
    "China's dependency today is required": r"(needs?|requires?)\s+(china'?s\s+)?dependen\w*\s+(today|now)",
    "curtailment freezes development only 'beyond security needs'": r"beyond security needs",
    "autonomy as the (only) security option": r"autonomy: security through reduced dependence",
}


def guide_texts() -> list[tuple[str, str]]:
    """Every text guide.py exports, named by where it sits (e.g. ``LEVELS[curtailment][1]``)."""
    out: list[tuple[str, str]] = []

    def walk(name: str, value) -> None:
        if isinstance(value, str):
            out.append((name, value))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(f"{name}[{getattr(key, 'value', key)}]", item)
        elif isinstance(value, (tuple, list)):
            for n, item in enumerate(value):
                walk(f"{name}[{n}]", item)

    for attr in dir(guide):
        if attr.isupper():
            walk(attr, getattr(guide, attr))
    return out


def claims_not_in_report(text: str) -> list[str]:
    return [what for what, pattern in NOT_IN_THE_REPORT.items() if re.search(pattern, text, re.IGNORECASE)]


# -- every part of the framework has help -------------------------------------------------------
def test_guide_covers_every_level_pillar_type_and_factor():
    assert set(guide.LEVELS) == set(Level)
    assert set(guide.PILLARS) == set(Pillar)
    assert set(guide.STRENGTH_TYPES) == set(StrengthType)
    assert set(guide.LEVERAGE_FACTORS) == set(Leverage.FACTORS)


@pytest.mark.parametrize("level", list(Level), ids=lambda lv: lv.value)
def test_every_level_has_a_definition_and_a_trade_off(level):
    definition, trade_off = guide.LEVELS[level]
    assert len(definition) > 80 and len(trade_off) > 60
    assert definition != trade_off


def test_guide_exports_only_full_sentences():
    texts = guide_texts()
    assert len(texts) >= 4 + 3 + 6 + 2 * 7 + 2 * 4  # levels, pillars, types, factors (label, help) …
    for name, text in texts:
        assert text.strip() == text and text, name
        if len(text) > 30:  # a label is short; a help text is a sentence
            assert text[-1] in ".?!)", (name, text)


@pytest.mark.parametrize("name, text", guide_texts(), ids=lambda x: x if isinstance(x, str) and len(x) < 60 else "")
def test_no_guide_text_makes_a_claim_the_report_does_not(name, text):
    assert claims_not_in_report(text) == [], (name, text)


# -- the four levels of ambition (SPEC §2 Step 3) ------------------------------------------------
def test_threat_prevention_names_its_legal_basis_including_the_uk():
    definition, trade_off = guide.LEVELS[Level.THREAT_PREVENTION]
    for basis in ("Wassenaar", "2021/821", "UK Export Control Act 2002", "Export Control Order 2008"):
        assert basis in definition
    assert "dual-use" in definition and "threaten Europe" in definition
    assert "most economic and technological exchange" in trade_off and "no leverage beyond" in trade_off


def test_ability_to_deny_is_maintaining_or_creating_co_dependencies():
    definition, trade_off = guide.LEVELS[Level.ABILITY_TO_DENY]
    assert "maintaining or creating co-dependencies" in definition.lower()
    assert "cost China a great deal" in definition and "disentangle" in definition
    assert "Defensive" in definition and "core European interests" in definition
    assert "not only dual-use goods" in definition and "cost-sensitive and rational" in definition
    assert "vulnerability" in trade_off and "irrationally" in trade_off and "asymmetric dependency" in trade_off
    assert not re.search(r"\b(now|today|current)\b", definition + trade_off, re.IGNORECASE)


def test_ability_to_act_trade_off_is_what_close_cooperation_costs():
    definition, trade_off = guide.LEVELS[Level.ABILITY_TO_ACT]
    assert "proactive" in definition and "shape technology and related policy" in definition
    assert "third markets" in definition
    assert "close cooperation" in trade_off and "strengthens Chinese capabilities" in trade_off
    assert "economic and security risk" in trade_off


def test_curtailment_limits_economic_development_and_is_feasible_only_in_lithography():
    definition, trade_off = guide.LEVELS[Level.CURTAILMENT]
    assert "feasible only in lithography" in definition
    assert "technological and economic development" in definition
    assert "beyond the security realm" in definition
    for cost in ("economic cost", "slower innovation", "climate-mitigation", "highest risk of Chinese retaliation"):
        assert cost in trade_off


def test_feasibility_is_what_the_right_policies_could_achieve_within_10_years():
    text = guide.FEASIBILITY_HELP
    assert "right policy choices" in text and "within 10 years" in text
    assert "could achieve" in text and "not only about today's dependency" in text
    for value in ("not feasible", "low", "medium", "high"):
        assert value in text


def test_balance_presents_both_poles_as_sources_of_security():
    text = guide.BALANCE_HELP
    assert "both are sources of security" in text and "one continuum" in text and "Finding 6" in text
    assert "indispensability" in text and "cost of conflict very high for China" in text
    assert "less European dependence and vulnerability" in text
    assert "self-reliant China poses security challenges" in text
    assert "by technology and by the level of ambition" in text


# -- leverage (SPEC §2 Step 2, §3) ---------------------------------------------------------------
def test_leverage_degree_names_what_the_report_says_shapes_it():
    text = guide.LEVERAGE_DEGREE_HELP
    assert "necessary but not sufficient" in text
    for part in ("ethical considerations", "substitute", "spillover damage", "Finding 4", "Figure 5"):
        assert part in text


def test_spillover_and_substitutability_are_the_two_dimensions_of_figure_5():
    for factor in ("spillover_damage", "substitutability"):
        help_text = guide.LEVERAGE_FACTORS[factor][1]
        assert "two dimensions" in help_text and "Figure 5" in help_text, factor


def test_ethical_constraints_shape_leverage_per_finding_4():
    help_text = guide.LEVERAGE_FACTORS["ethical_constraints"][1]
    assert "medical technology" in help_text and "Finding 4" in help_text


def test_dual_use_relevance_says_it_is_the_apps_own_coding():
    help_text = guide.LEVERAGE_FACTORS["dual_use_relevance"][1]
    assert "own coding" in help_text and "not a field of the report" in help_text
    assert "Threat prevention" in help_text


def test_factor_labels_unchanged_for_their_users():
    """Evidence, sensitivity and the workshop read the labels; only the help texts were revised."""
    labels = [label for label, _ in guide.LEVERAGE_FACTORS.values()]
    assert labels == ["Market-entry barriers", "Substitutability", "Foreign availability", "Effective utilisation",
                      "Ethical constraints", "Spillover damage", "Dual-use relevance"]


# -- where the app shows them --------------------------------------------------------------------
def test_workshop_questions_carry_the_definitions_and_no_claim_beyond_the_report():
    case = Case(id="c", title="Quantum sensing")
    questions = ws.questions(case)
    for level in Level:
        definition, trade_off = guide.LEVELS[level]
        q = next(q for q in questions if q.key == f"ambition.feasibility.{level.value}")
        assert definition in q.help and f"Trade-off: {trade_off}" in q.help and guide.FEASIBILITY_HELP in q.help
    for q in questions:
        assert claims_not_in_report(q.help) == [], (q.key, q.help)


def _source_files():
    """Every module of the app that may show a definition (the rules' reasons belong to the rules)."""
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        if "rules" not in path.relative_to(ROOT / "desktop").parts:
            yield path


def test_no_module_of_the_app_says_what_the_report_does_not():
    found = [(path.relative_to(ROOT).as_posix(), what) for path in _source_files()
             for what in claims_not_in_report(path.read_text(encoding="utf-8"))]
    assert found == []


def test_readme_wizard_section_follows_the_revised_definitions():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    wizard = readme.split("### The assessment wizard", 1)[1].split("\n### ", 1)[0]
    flat = " ".join(wizard.split())
    assert claims_not_in_report(flat) == []
    for part in ("maintains or creates co-dependencies", "feasible only in lithography",
                 "technological and economic development", "UK Export Control Act 2002",
                 "both sources of security", "self-reliant China", "right policy choices", "within 10 years",
                 "app's own coding"):
        assert part in flat, part


def test_wizard_pages_show_the_guide_texts(qtbot, window, file_store):
    """The Strength, Leverage and Ambition pages show every definition and trade-off as help,
    and nothing any page shows makes a claim the report does not."""
    from PySide6.QtWidgets import QLabel, QWidget

    case = file_store.create("Quantum sensing")
    window.open_case(case.id)
    editor = window.editor
    shown: list[str] = []
    for page in editor.pages:
        shown += [label.text() for label in page.findChildren(QLabel)]
        shown += [w.toolTip() for w in page.findChildren(QWidget) if w.toolTip()]
    texts = "\n".join(shown)
    for level in Level:
        definition, trade_off = guide.LEVELS[level]
        assert definition in shown and f"Trade-off: {trade_off}" in shown, level
    assert guide.BALANCE_HELP in shown and guide.FEASIBILITY_HELP in texts
    assert guide.LEVERAGE_DEGREE_HELP in shown
    for _, help_text in guide.LEVERAGE_FACTORS.values():
        assert help_text in shown
    for pillar in Pillar:
        assert guide.PILLARS[pillar] in shown
    for kind in StrengthType:
        assert guide.STRENGTH_TYPES[kind] in shown
    assert claims_not_in_report(texts) == []
