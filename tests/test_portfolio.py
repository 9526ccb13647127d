"""The cross-case figures as data (SPEC.md §5): scope filtering, and what each chart plots,
checked against the cases themselves (no Qt needed)."""

from __future__ import annotations

import itertools

import pytest

from desktop.models import portfolio as pf
from desktop.models.case import Case, Instrument
from desktop.models.library import reference_cases
from desktop.models.scales import PPP, Focus, Level, Likelihood, SpilloverDamage, Stance, Substitutability

REFERENCE = list(reference_cases())


def own_case(i: int, **fields) -> Case:
    return Case(id=f"own-{i}", title=f"Own case {i}", **fields)


def cell_of(mark: pf.Mark) -> tuple[int, int]:
    return round(mark.x + 0.44 - 0.001), round(mark.y)


# -- scope ----------------------------------------------------------------------------------------
def test_scopes_filter_reference_mine_selection_and_area():
    mine = [own_case(1, technology_area="Semiconductors"), own_case(2, technology_area="Quantum")]
    cases = REFERENCE + mine
    assert pf.in_scope(cases, pf.Scope()) == pf.in_scope(cases, pf.Scope(pf.ScopeKind.ALL))
    assert len(pf.in_scope(cases, pf.Scope())) == 14
    assert all(c.is_reference for c in pf.in_scope(cases, pf.Scope(pf.ScopeKind.REFERENCE)))
    assert [c.id for c in pf.in_scope(cases, pf.Scope(pf.ScopeKind.MINE))] == ["own-1", "own-2"]
    picked = pf.in_scope(cases, pf.Scope(pf.ScopeKind.SELECTION, ("own-2", "dpc2024-lithography")))
    assert [c.id for c in picked] == ["dpc2024-lithography", "own-2"]  # reference first, as in the list
    semis = pf.in_scope(cases, pf.Scope(area="Semiconductors"))
    assert {c.id for c in semis} == {"dpc2024-automotive-chips", "dpc2024-lithography", "own-1"}
    assert pf.in_scope(cases, pf.Scope(pf.ScopeKind.MINE, area="Quantum")) == [mine[1]]
    assert "Semiconductors" in pf.technology_areas(cases)
    assert pf.technology_areas(cases) == sorted(set(pf.technology_areas(cases)), key=str.casefold)


@pytest.mark.parametrize("title, label", [
    ("Automotive chips", "Automotive chips"),
    ("AI for medical devices (AI for MRI medical imaging)", "AI for medical devices"),
    ("Lithography for semiconductor front-end production", "Lithography for semiconductor…"),
    ("x" * 80, "x" * 31 + "…"),
    ("  spaced\n\tout  ", "spaced out"),
    ("(only a parenthesis)", "(only a parenthesis)"),
])
def test_short_labels(title, label):
    assert pf.short_label(title) == label


def test_short_labels_count_chinese_characters_double_and_drop_dangling_words():
    assert pf._width(pf.short_label("光刻机 " * 20)) <= 32
    assert pf.short_label("Energy performance of the future of wireless networks", 24) == "Energy performance…"


# -- Figure 1 -------------------------------------------------------------------------------------
def test_strength_map_has_one_marker_per_present_pillar_in_its_cell_valued_by_likelihood():
    marks = pf.strength_map(REFERENCE)
    expected = {(c.id, pillar, p.stance, p.likelihood) for c in REFERENCE
                for pillar, p in c.strength.pillars.items() if p.present and p.stance}
    got = set()
    for m in marks:
        col, row = cell_of(m)
        pillar = pf.PILLARS[col]
        stance = Stance.MAINTAIN if row == 1 else Stance.REGAIN_DEVELOP
        got.add((m.case_id, pillar, stance, m.value))
        assert m.label == pf.short_label(next(c.title for c in REFERENCE if c.id == m.case_id))
    assert got == expected
    assert len(marks) == len(expected)


def test_markers_sharing_a_cell_never_overlap_and_stay_inside_it():
    """60 cases all in one cell: stacked in columns, spaced apart, inside the cell."""
    cases = [own_case(i, strength={"pillars": {"ip_patents": {"present": True, "stance": "maintain",
                                                              "likelihood": "high"}}}) for i in range(60)]
    marks = pf.strength_map(cases)
    assert len(marks) == 60
    for m in marks:
        assert 0.5 <= m.x < 1.5 and 0.5 < m.y < 1.5
    for a, b in itertools.combinations(marks, 2):
        assert abs(a.x - b.x) >= 0.1 or abs(a.y - b.y) >= 0.1
    assert all(m.width < 1 / 8 + 0.01 for m in marks)  # 60 in 7-high columns: 9 columns
    assert pf.strength_map([own_case(1)]) == []  # nothing rated, nothing drawn


# -- Figures 2 and 3 ------------------------------------------------------------------------------
def test_strength_types_matrix_matches_the_cases_and_counts_per_type():
    matrix = pf.strength_types(REFERENCE)
    assert [r[0] for r in matrix.rows] == [c.id for c in REFERENCE]
    for r, case in enumerate(REFERENCE):
        ticked = {matrix.columns[c] for (row, c) in matrix.cells if row == r}
        assert ticked == set(case.strength.types)
    counts = matrix.column_counts()
    assert counts == [sum(t in c.strength.types for c in REFERENCE) for t in matrix.columns]


def test_feasibility_matrix_matches_the_cases_and_marks_the_chosen_level():
    cases = REFERENCE + [own_case(1, ambition={"feasibility": {"ability_to_act": "high"},
                                               "chosen_level": "ability_to_act"})]
    matrix = pf.feasibility(cases)
    for r, case in enumerate(cases):
        for c, level in enumerate(Level):
            assert matrix.cells.get((r, c)) == case.ambition.feasibility.get(level)
    chosen = {r: list(Level).index(case.ambition.chosen_level)
              for r, case in enumerate(cases) if case.ambition.chosen_level is not None}
    assert len(chosen) == 7  # six reference cases state the authors' lean, and the own case
    assert matrix.highlight == chosen and chosen[len(cases) - 1] == list(Level).index(Level.ABILITY_TO_ACT)


# -- Figure 4 -------------------------------------------------------------------------------------
def test_leverage_bars_are_ordered_from_high_to_low_and_unrated_cases_are_named():
    cases = REFERENCE + [own_case(1)]
    data = pf.leverage(cases)
    assert len(data.bars) == 12 and data.unrated == ["Own case 1"]
    ranks = [b.x for b in data.bars]
    assert ranks == sorted(ranks, reverse=True)
    assert data.bars[0].case_id == "dpc2024-lithography" and data.bars[0].x == 5
    for bar in data.bars:
        case = next(c for c in REFERENCE if c.id == bar.case_id)
        assert bar.value is case.leverage.degree and bar.x == case.leverage.degree.rank + 1
    assert sorted(b.y for b in data.bars) == list(range(12))
    assert data.bars[0].y == 11  # the top row


# -- Figure 5 -------------------------------------------------------------------------------------
def test_substitutability_spillover_puts_each_case_in_its_cell():
    cases = REFERENCE + [own_case(1, leverage={"substitutability": "hard"})]
    marks, missing = pf.substitutability_spillover(cases)
    assert missing == ["Own case 1"]
    assert len(marks) == 12
    for m in marks:
        case = next(c for c in REFERENCE if c.id == m.case_id)
        assert cell_of(m) == (case.leverage.substitutability.rank, case.leverage.spillover_damage.rank)
        assert m.value is case.leverage.degree
        assert case.title in m.tooltip
    crowded = [m for m in marks if cell_of(m) == (Substitutability.MODERATE.rank, SpilloverDamage.MEDIUM.rank)]
    assert len(crowded) == 4 and len({round(m.y, 3) for m in crowded}) == 4  # stacked, not on top


# -- Table 2 --------------------------------------------------------------------------------------
def test_instrument_patterns_count_and_share_per_level():
    patterns = pf.instrument_patterns(REFERENCE)
    assert [p.level for p in patterns] == list(Level)
    for p in patterns:
        chosen = [(c.id, i) for c in REFERENCE for i in c.instruments if i.level is p.level]
        assert p.instruments == len(chosen)
        for tag in PPP:
            assert p.ppp[tag] == sum(i.ppp is tag for _, i in chosen)
            assert set(p.ppp_cases[tag]) == {cid for cid, i in chosen if i.ppp is tag}
        if p.instruments:
            assert sum(p.share(tag) for tag in PPP) == pytest.approx(1.0)
    threat = patterns[0]
    assert threat.ppp[PPP.PROTECT] > threat.ppp[PPP.PROMOTE]  # Table 2: threat prevention protects


def test_instrument_patterns_carry_table_2_focus_and_ppp_rows():
    """Each level's data carries Table 2's "source of strength in focus" row and its protect /
    promote / partner row (SPEC §2 Step 4), whatever the cases: they are the report's, not counts."""
    expected_focus = [
        (Focus.KNOWLEDGE_SECURITY,),
        (Focus.RESEARCH_PROMOTION, Focus.COMMERCIALISATION),
        (Focus.RESEARCH_PROMOTION, Focus.KNOWLEDGE_SECURITY, Focus.COMMERCIALISATION),
        (Focus.KNOWLEDGE_SECURITY,),
    ]
    expected_ppp = ["protect", "promote, partner", "protect, promote, partner (strong emphasis on partner)", "protect"]
    for cases in (REFERENCE, [], [own_case(1)]):
        patterns = pf.instrument_patterns(cases)
        assert [p.focus for p in patterns] == expected_focus
        assert [p.table_ppp for p in patterns] == expected_ppp
    assert [p.focus_text for p in pf.instrument_patterns([])] == [
        "knowledge security", "research promotion, commercialisation",
        "research promotion, knowledge security, commercialisation", "knowledge security"]


def test_instrument_patterns_of_a_crafted_case():
    case = own_case(1, instruments=[
        Instrument(level=Level.CURTAILMENT, text="Export controls", ppp=PPP.PROTECT, focus=Focus.KNOWLEDGE_SECURITY),
        Instrument(level=Level.CURTAILMENT, text="Buffer losses", ppp=PPP.PROMOTE, focus=Focus.COMMERCIALISATION),
        Instrument(level=Level.CURTAILMENT, text="Screening", ppp=PPP.PROTECT, focus=Focus.KNOWLEDGE_SECURITY),
    ])
    curtailment = pf.instrument_patterns([case])[-1]
    assert curtailment.instruments == 3 and curtailment.cases == ["own-1"]
    assert curtailment.share(PPP.PROTECT) == pytest.approx(2 / 3)
    assert pf.instrument_patterns([case])[0].share(PPP.PROTECT) == 0.0  # no instruments: no division


def test_every_figure_has_a_name_and_likelihood_values_are_enums():
    assert list(pf.FIGURES) == ["strength-map", "strength-types", "feasibility", "leverage",
                                "substitutability-spillover", "instruments"]
    assert {m.value for m in pf.strength_map(REFERENCE)} <= set(Likelihood) | {None}


def test_tooltips_say_where_a_reference_value_comes_from_and_nothing_for_a_users_case():
    """A reference case's values carry their provenance in the charts' tooltips (issue 16: the
    report published it, or it was reconstructed or inferred); a user's case says nothing of it."""
    from desktop.models.library import reference_cases
    from desktop.models.provenance import WORDS

    cases = reference_cases()
    litho = next(c for c in cases if c.id == "dpc2024-lithography")
    mine = litho.model_copy(update={"id": "mine", "reference": None})
    said = WORDS[litho.provenance.ratings["leverage.degree"]]
    tips = {m.case_id: m.tooltip for m in pf.leverage([litho, mine]).bars}
    assert tips["dpc2024-lithography"].endswith(f"Degree of leverage: high ({said})")
    assert not any(w in tips["mine"] for w in WORDS.values())
    matrix = pf.feasibility([litho, mine])
    assert all(r == 0 for (r, _c) in matrix.sources), "only the reference case's cells carry a source"
    assert len([k for k in matrix.sources if k[1] >= 0]) == len(litho.ambition.feasibility)
    spill = pf.substitutability_spillover([litho])[0][0].tooltip
    assert WORDS[litho.provenance.ratings["leverage.spillover_damage"]] in spill
