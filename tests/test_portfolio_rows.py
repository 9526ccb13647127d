"""The portfolio's light read (issue 20): ``store.portfolio_rows()`` picks the charted values out
of the stored documents without validating whole cases, and must give every figure, table,
tooltip and provenance mark exactly as the whole ``Case`` path does; a document whose charted
values do not read is skipped, as ``store.cases()`` skips one that does not validate."""

from __future__ import annotations

import json

import pytest

from desktop.models import portfolio as pf
from desktop.models.case import Case
from desktop.models.portfolio_table import BUILDERS, figure_table
from desktop.models.library import reference_cases
from desktop.models.scales import Pillar, RatingProvenance, Stance


@pytest.fixture
def store(any_store):
    """Every test here runs on both engines: SQLite and PostgreSQL (issue 22)."""
    return any_store

FIGURE_FUNCTIONS = (pf.strength_map, pf.strength_types, pf.feasibility, pf.leverage,
                    pf.substitutability_spillover, pf.instrument_patterns)


@pytest.fixture
def library(store):
    """The 12 reference cases, an editable copy of each (no provenance), the same imported as
    user cases (provenance kept in the file, but a user case's marks nothing), and a half-rated
    draft of my own."""
    for case in reference_cases():
        store.duplicate(case.id)
    store.add_cases(reference_cases())
    store.create("My draft", technology_area="Quantum",
                 strength={"pillars": {"ip_patents": {"present": True, "stance": "maintain"},
                                       "research_innovation": {"present": False, "stance": "maintain"}}},
                 leverage={"degree": "medium", "substitutability": "hard"},
                 instruments=[{"level": "ability_to_deny", "text": "Screen", "ppp": "protect",
                               "focus": "knowledge_security"}])
    return store


def test_the_light_read_gives_the_rows_of_the_whole_cases(library):
    light = {row.id: row for row in library.portfolio_rows()}
    whole = {case.id: pf.portfolio_row(case) for case in library.cases()}
    assert len(whole) == 12 * 3 + 1
    assert light == whole
    litho = light["dpc2024-lithography"]  # not vacuous: the reference rows carry what the charts plot
    assert litho.is_reference and litho.stances and litho.types and litho.feasibility and litho.instruments
    assert litho.provenance and set(litho.provenance.values()) <= set(RatingProvenance)
    assert not any(row.provenance for row in light.values() if not row.is_reference)
    draft = next(row for row in light.values() if row.title == "My draft")
    assert draft.stances == {Pillar.IP_PATENTS: (Stance.MAINTAIN, None)}  # a pillar not present is left out
    assert draft.substitutability is not None and draft.spillover_damage is None


def test_every_figure_and_table_is_the_same_from_the_light_read(library):
    rows, cases = library.portfolio_rows(), library.cases()
    for scope in (pf.Scope(), pf.Scope(pf.ScopeKind.REFERENCE), pf.Scope(pf.ScopeKind.MINE, area="Quantum")):
        light, whole = pf.in_scope(rows, scope), pf.in_scope(cases, scope)
        assert [r.id for r in light] == [c.id for c in whole]
        for figure in FIGURE_FUNCTIONS:
            assert figure(light) == figure(whole), figure.__name__
        for name in BUILDERS:
            assert figure_table(name, light) == figure_table(name, whole), name
    assert pf.technology_areas(rows) == pf.technology_areas(cases)
    marks = pf.strength_map(pf.in_scope(rows, pf.Scope(pf.ScopeKind.REFERENCE)))
    assert any("(as published in the report)" in m.tooltip or "(inferred" in m.tooltip
               or "(reconstructed" in m.tooltip for m in marks)  # provenance reaches the tooltips


def test_the_figures_take_rows_and_cases_alike():
    cases = list(reference_cases())
    assert pf.as_rows(cases) == [pf.portfolio_row(c) for c in cases]
    mixed = pf.as_rows([cases[0], pf.portfolio_row(cases[1])])
    assert all(type(r) is pf.PortfolioRow for r in mixed)
    assert pf.leverage(cases) == pf.leverage(pf.as_rows(cases))


def _document(store, case_id: str) -> dict:
    return json.loads(store.db.execute("SELECT document FROM cases WHERE id = ?", [case_id]).fetchone()[0])


def _damage(data: dict, path: str, value) -> dict:
    *sections, key = path.split(".")
    node = data
    for section in sections:
        node = node.setdefault(section, {})
    node[key] = value
    return data


@pytest.mark.parametrize("path, value", [
    ("leverage.degree", "enormous"),
    ("leverage.substitutability", 3),
    ("strength.pillars.ip_patents", {"present": 1, "stance": "maintain"}),
    ("strength.pillars.ip_patents", None),
    ("strength.pillars.no_such_pillar", {"present": True}),
    ("strength.types", "sustainability"),
    ("strength.types", [None]),
    ("ambition.feasibility", {"ability_to_deny": None}),
    ("ambition.chosen_level", ["ability_to_deny"]),
    ("instruments", [{"level": "ability_to_deny", "text": "x", "focus": "knowledge_security"}]),
    ("instruments", ["protect"]),
    ("title", "   "),
    ("technology_area", 7),
    ("format", "something-else"),
    ("format_version", 9),
    ("reference", "the report"),
], ids=lambda v: json.dumps(v)[:30])
def test_a_document_whose_charted_values_do_not_read_is_skipped(store, path, value):
    victim = store.duplicate("dpc2024-lithography").id
    text = json.dumps(_damage(_document(store, victim), path, value))
    store.db.execute("UPDATE cases SET document = ? WHERE id = ?", [text, victim])
    assert victim not in {c.id for c in store.cases()}  # the whole-case read skips it too
    rows = store.portfolio_rows()
    assert victim not in {r.id for r in rows}
    assert len(rows) == 12  # one bad case never blanks the others


@pytest.mark.parametrize("text", ['{"id": 3', "[1, 2]", "null", '"rdw-case"', ""])
def test_a_document_that_is_not_a_json_object_is_skipped(store, text):
    victim = store.duplicate("dpc2024-lithography").id
    store.db.execute("UPDATE cases SET document = ? WHERE id = ?", [text, victim])
    assert victim not in {r.id for r in store.portfolio_rows()}
    assert len(store.portfolio_rows()) == 12


def test_a_reference_case_marking_an_unknown_rating_is_skipped(store):
    data = _damage(_document(store, "dpc2024-lithography"), "provenance.ratings", {"leverage.colour": "inferred"})
    store.db.execute("UPDATE cases SET document = ? WHERE id = ?", [json.dumps(data), "dpc2024-lithography"])
    assert "dpc2024-lithography" not in {c.id for c in store.cases()}
    assert "dpc2024-lithography" not in {r.id for r in store.portfolio_rows()}


def test_a_sparse_document_reads_as_unrated(store):
    """A stored document may leave out any section (a draft): nothing rated, still listed."""
    store.db.execute("UPDATE cases SET document = ? WHERE id = ?",
                     ['{"format": "rdw-case", "id": "dpc2024-lithography", "title": "Litho"}', "dpc2024-lithography"])
    row = next(r for r in store.portfolio_rows() if r.id == "dpc2024-lithography")
    assert row == pf.portfolio_row(Case(id="dpc2024-lithography", title="Litho"))
    assert not row.is_reference and row.feasibility == {} and row.chosen_level is None
