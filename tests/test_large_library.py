"""A large library (10,000 user cases plus the references): listing is complete and sorted.

No timing assertions: speed belongs in benchmarks, not in tests.
"""

from __future__ import annotations

import random
import string

import pytest

from desktop.models.case import Case
from desktop.models.storage.store import CaseStore

N_CASES = 10_000


def _title(rng: random.Random, n: int) -> str:
    word = "".join(rng.choice(string.ascii_letters) for _ in range(rng.randint(1, 8)))
    prefix = rng.choice(["", "", "the ", "The ", "_", "1 ", "Ab", "aB", "ab", "AB"])
    return f"{prefix}{word} {n}".strip() or f"case {n}"


def _generated_cases(n: int) -> list[Case]:
    rng = random.Random(20240501)
    degrees = [None, "low", "low_medium", "medium", "medium_high", "high"]
    cases = []
    for i in range(n):
        data = {
            "format": "rdw-case",
            "format_version": 1,
            "id": f"gen-{i:05d}",
            "title": _title(rng, i),
            "technology_area": rng.choice(["Semiconductors", "AI", "Space", None]),
        }
        degree = rng.choice(degrees)
        if degree:
            data["leverage"] = {"degree": degree}
        cases.append(Case.model_validate(data))
    rng.shuffle(cases)
    return cases


@pytest.fixture(scope="module")
def large_store():
    """A store with the reference library and 10,000 generated cases, added via add_cases."""
    from desktop.models.library import reference_cases

    store = CaseStore.memory(user="tester")
    store.sync_reference_library(reference_cases())
    cases = _generated_cases(N_CASES)
    ids = store.add_cases(cases)
    assert len(ids) == N_CASES
    yield store, cases
    store.close()


def test_large_library_lists_all_summaries(large_store):
    """All 10,012 cases are listed, each once, with the generated ones' ids intact."""
    store, cases = large_store
    summaries = store.list_summaries()
    assert len(summaries) == N_CASES + 12
    assert store.count() == N_CASES + 12
    ids = [s.id for s in summaries]
    assert len(set(ids)) == len(ids)
    assert {c.id for c in cases} <= set(ids)


def test_large_library_references_first(large_store):
    """The 12 reference cases lead the list, then every user case."""
    store, _ = large_store
    flags = [s.is_reference for s in store.list_summaries()]
    assert flags[:12] == [True] * 12
    assert not any(flags[12:])


def test_large_library_sorted_by_title_case_insensitively(large_store):
    """Within references and within user cases, titles are in case-insensitive order."""
    store, _ = large_store
    keys = [(not s.is_reference, s.title.lower()) for s in store.list_summaries()]
    assert keys == sorted(keys)


def test_large_library_summaries_match_documents(large_store):
    """Listed columns agree with the stored documents (sampled)."""
    store, cases = large_store
    by_id = {s.id: s for s in store.list_summaries()}
    for case in random.Random(7).sample(cases, 200):
        summary = by_id[case.id]
        assert summary.title == case.title
        assert summary.technology_area == (case.technology_area or "")
        assert summary.leverage_degree == (case.leverage.degree.value if case.leverage.degree else None)
        assert summary.status == "draft" and not summary.is_reference
        assert store.get(case.id) == case


def test_list_sorted_case_insensitively_for_non_ascii_titles():
    """Titles starting with non-ASCII letters sort case-insensitively too (Ökonomie, öffentlich)."""
    store = CaseStore.memory(user="tester")
    try:
        titles = ["Ökonomie der Chips", "öffentliche Beschaffung", "Édition", "écrans", "Ärzte", "ämter"]
        store.add_cases(
            Case.model_validate({"format": "rdw-case", "format_version": 1, "id": f"c{i}", "title": t})
            for i, t in enumerate(titles)
        )
        listed = [s.title for s in store.list_summaries()]
        assert [t.lower() for t in listed] == sorted(t.lower() for t in titles)
    finally:
        store.close()
