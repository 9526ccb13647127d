"""The guide's texts are traceable: each definition is the wizard's own text from
``models/guide.py`` (the same string, not a copy that could drift), and each block condensed from
SPEC.md names its section and quotes phrases found there. Plain Python: no Qt."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.models import guide
from desktop.models.guide_text import FACTOR_SCALES, KEYBOARD, sections
from desktop.models.scales import Level, Pillar, StrengthType

SPEC = Path("/work/shared/SPEC.md")


def blocks():
    return [(s.id, b) for s in sections() for b in s.blocks]


def resolve(source: str) -> str:
    """``guide.NAME``, ``guide.NAME[KEY]`` or ``guide.NAME[KEY][i]`` → that text of models/guide.py."""
    match = re.fullmatch(r"guide\.(\w+)(?:\[(\w+)\])?(?:\[(\d)\])?", source)
    assert match, source
    value = getattr(guide, match.group(1))
    if match.group(2):
        key = match.group(2)
        value = next(v for k, v in value.items() if getattr(k, "name", k) == key)
        if isinstance(value, tuple) and match.group(3) is None:  # (name, definition) of a factor
            value = value[1]
    if match.group(3):
        value = value[int(match.group(3))]
    return value


def test_every_guide_py_block_is_that_text():
    cited = [(sid, b) for sid, b in blocks() if b.source.startswith("guide.")]
    assert len(cited) >= 29  # pillars, stance, likelihood, types, factors, levels …
    for _sid, block in cited:
        expected = resolve(block.source)
        assert block.text in (expected, "Trade-off: " + expected), block.source


def test_every_factor_level_pillar_and_type_is_defined_with_the_wizards_text():
    by_section = {s.id: s for s in sections()}
    leverage = by_section["leverage"].blocks
    for key, (name, definition) in guide.LEVERAGE_FACTORS.items():
        assert any(b.text == definition and b.term.startswith(name) and FACTOR_SCALES[key] in b.term
                   for b in leverage), key
    ambition = by_section["ambition"].blocks
    for level in Level:
        definition, trade_off = guide.LEVELS[level]
        assert any(b.text == definition and b.term == level.label for b in ambition)
        assert any(b.text == "Trade-off: " + trade_off for b in ambition)
    strength = by_section["strength"].blocks
    assert all(any(b.text == guide.PILLARS[p] for b in strength) for p in Pillar)
    assert all(any(b.text == guide.STRENGTH_TYPES[t] for b in strength) for t in StrengthType)
    assert any(b.text == guide.BALANCE_HELP for b in ambition)


def test_the_guide_covers_the_method_and_the_contexts_f1_opens():
    ids = [s.id for s in sections()]
    for needed in ("start", "method", "basics", "strength", "leverage", "ambition", "instruments", "review",
                   "suggestions", "scorecard", "workshop"):
        assert needed in ids
    assert KEYBOARD not in ids and len(set(ids)) == len(ids)
    assert all(s.blocks for s in sections())


def test_every_block_says_where_it_comes_from():
    for _sid, block in blocks():
        assert block.source == "app" or block.source.startswith(("guide.", "SPEC §")), block.source
        assert not block.quotes or block.source.startswith("SPEC §")


@pytest.mark.skipif(not SPEC.is_file(), reason="SPEC.md is not on this machine")
def test_spec_blocks_quote_their_section():
    text = SPEC.read_text(encoding="utf-8")
    parts = {m.group(1): re.sub(r"\s+", " ", body.replace("*", ""))
             for m, body in ((re.match(r"## (\d)", p), p) for p in re.split(r"\n(?=## \d)", text)) if m}
    quoted = [(sid, b) for sid, b in blocks() if b.quotes]
    assert len(quoted) >= 15
    for sid, block in quoted:
        section = block.source.split("§")[1]
        for phrase in block.quotes:
            assert re.sub(r"\s+", " ", phrase) in parts[section], (sid, phrase)
