"""The case exchange format (desktop/models/exchange.py): round-trips. Shipped reference files,
minimal drafts, byte-order marks, Chinese and HTML-like text, and random valid cases all come back
unchanged, in canonical form."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from exchange_helpers import SOURCE, encode, with_
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.models.case import case_id_problem
from desktop.models.exchange import (
    case_from_bytes,
    case_from_data,
    case_to_data,
    case_to_json,
    read_case_file,
    write_case_file,
)
from desktop.models.scales import (
    PPP,
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
    SpilloverDamage,
    Stance,
    StrengthType,
    Substitutability,
)

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "data" / "reference"
REFERENCE_FILES = sorted(REFERENCE_DIR.glob("*.json"))


# -- round trips ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", REFERENCE_FILES, ids=[p.stem for p in REFERENCE_FILES])
def test_reference_file_round_trips_byte_for_byte(path):
    """Reading a shipped reference file and dumping it again gives exactly the same text."""
    case = read_case_file(path)
    assert case_to_json(case) == path.read_text(encoding="utf-8")
    assert case_to_json(case).encode("utf-8") == path.read_bytes()


@pytest.mark.parametrize("path", REFERENCE_FILES[:3], ids=[p.stem for p in REFERENCE_FILES[:3]])
def test_reference_file_write_then_read_identical(path, tmp_path):
    """write_case_file of a reference case writes the same bytes it was read from."""
    out = tmp_path / "out.json"
    write_case_file(read_case_file(path), out)
    assert out.read_bytes() == path.read_bytes()
    assert read_case_file(out) == read_case_file(path)


def test_minimal_case_dumps_only_set_keys():
    """A draft stays small: keys never set stay absent, format and version lead."""
    case = case_from_bytes(with_(), SOURCE)
    assert list(case_to_data(case)) == ["format", "format_version", "id", "title"]
    assert case_to_json(case).endswith("}\n")


def test_format_and_version_lead_even_if_last_in_file():
    """The canonical dump puts format and format_version first whatever the input order."""
    raw = encode({"title": "T", "id": "x", "format_version": 1, "format": "rdw-case"})
    assert list(case_to_data(case_from_bytes(raw, SOURCE)))[:2] == ["format", "format_version"]


def test_utf8_bom_file_accepted(tmp_path):
    """A file saved with a UTF-8 byte-order mark (Windows editors) is read normally."""
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + with_(title="Mit BOM"))
    case = read_case_file(path)
    assert case.title == "Mit BOM"
    assert not case_to_json(case).startswith("\ufeff")


def test_chinese_and_html_text_round_trip_literally(tmp_path):
    """Chinese and HTML-like text is kept literally (no escaping) and reads back equal."""
    title = "光刻机 <b>Lithography</b> & \"quotes\" </script><!-- x -->"
    summary = "中国对欧洲技术的依赖 — <img src=x onerror=alert(1)> &amp; 'single' \\ backslash"
    case = case_from_bytes(with_(title=title, summary=summary, key_facts=["事实 <i>一</i>"]), SOURCE)
    text = case_to_json(case)
    assert "光刻机 <b>Lithography</b> &" in text
    assert "<img src=x onerror=alert(1)> &amp;" in text
    assert "\\u" not in text
    path = tmp_path / "zh.json"
    write_case_file(case, path)
    again = read_case_file(path)
    assert (again.title, again.summary, again.key_facts) == (title, summary, ["事实 <i>一</i>"])
    assert again == case


# -- property: random valid cases round-trip -----------------------------------------------


def tokens(scale) -> st.SearchStrategy[str]:
    return st.sampled_from([m.token for m in scale])


def maybe(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | strategy


text = st.text(max_size=40)
non_blank = st.text(min_size=1, max_size=40).filter(lambda s: s.strip())
# ids: any text a new case may have as its id (no controls, format characters, separators, leading "-")
case_ids = non_blank.filter(lambda s: case_id_problem(s) is None)
timestamps = st.datetimes(
    min_value=datetime(1900, 1, 1),
    max_value=datetime(2200, 1, 1),
    timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=8)), timezone(timedelta(hours=-5, minutes=-30))]),
).map(lambda d: d.isoformat())

pillar_assessment = st.fixed_dictionaries(
    {},
    optional={
        "present": maybe(st.booleans()),
        "stance": maybe(tokens(Stance)),
        "likelihood": maybe(tokens(Likelihood)),
    },
)

strength = st.fixed_dictionaries(
    {},
    optional={
        "pillars": st.dictionaries(tokens(Pillar), pillar_assessment, max_size=3),
        "types": st.lists(tokens(StrengthType), max_size=6),
        "rationale": maybe(text),
    },
)

leverage = st.fixed_dictionaries(
    {},
    optional={
        "market_entry_barriers": st.lists(tokens(MarketEntryBarrier), max_size=4),
        "substitutability": maybe(tokens(Substitutability)),
        "foreign_availability": maybe(tokens(ForeignAvailability)),
        "effective_utilisation": maybe(tokens(EffectiveUtilisation)),
        "ethical_constraints": maybe(st.booleans()),
        "spillover_damage": maybe(tokens(SpilloverDamage)),
        "dual_use_relevance": maybe(tokens(DualUseRelevance)),
        "degree": maybe(tokens(LeverageDegree)),
        "rationale": maybe(text),
    },
)

ambition = st.fixed_dictionaries(
    {},
    optional={
        "feasibility": st.dictionaries(tokens(Level), tokens(Feasibility), max_size=4),
        "chosen_level": maybe(tokens(Level)),
        "entanglement_autonomy": maybe(st.integers(0, 100)),
        "rationale": maybe(text),
    },
)

instrument = st.fixed_dictionaries(
    {
        "level": tokens(Level),
        "text": st.text(min_size=1, max_size=40),
        "ppp": tokens(PPP),
        "focus": tokens(Focus),
    }
)

override = st.fixed_dictionaries(
    {"field": st.text(min_size=1, max_size=30), "reason": st.text(min_size=1, max_size=40)},
    optional={"suggested": maybe(text), "value": maybe(text)},
)

reference = st.fixed_dictionaries(
    {"citation": text, "chapter": st.integers(-10, 10_000)},
    optional={"authors": st.lists(text, max_size=3)},
)

provenance = st.fixed_dictionaries(
    {},
    optional={
        "strength": maybe(tokens(Provenance)),
        "leverage": maybe(tokens(Provenance)),
        "ambition": maybe(tokens(Provenance)),
    },
)

case_dicts = st.fixed_dictionaries(
    {
        "format": st.just("rdw-case"),
        "format_version": st.just(1),
        "id": case_ids,
        "title": non_blank,
    },
    optional={
        "technology_area": maybe(text),
        "summary": maybe(text),
        "china_dependency": maybe(text),
        "key_facts": st.lists(text, max_size=4),
        "author": maybe(text),
        "organisation": maybe(text),
        "created": maybe(timestamps),
        "updated": maybe(timestamps),
        "reference": maybe(reference),
        "strength": strength,
        "leverage": leverage,
        "ambition": ambition,
        "instruments": st.lists(instrument, max_size=4),
        "overrides": st.lists(override, max_size=2),
        "provenance": maybe(provenance),
    },
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case_dicts)
def test_random_valid_case_round_trips_through_json(data):
    """Any valid case survives case_from_data -> case_to_json -> case_from_bytes unchanged."""
    case = case_from_data(data, "generated")
    text_out = case_to_json(case)
    again = case_from_bytes(text_out.encode("utf-8"), "generated")
    assert again == case
    assert case_to_data(again) == case_to_data(case)
    assert case_to_json(again) == text_out  # canonical form is a fixed point
    assert again.status == case.status
