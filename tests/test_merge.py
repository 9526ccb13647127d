"""Three-way merge of a field two officers changed at once (issue 22, ``models/merge.py``): the
changes are both kept where they do not meet, and a real clash is left to the user."""

from __future__ import annotations

import pytest

from desktop.models.merge import Clash, merge


def test_one_side_changed_takes_that_side():
    assert merge("low", "low", "high") == "high"
    assert merge("low", "high", "low") == "high"
    assert merge(None, "", "high") == "high"  # "" and None are both "not assessed"
    assert merge("low", "high", "high") == "high"  # the same change on both sides is no clash


def test_a_value_changed_two_ways_clashes():
    with pytest.raises(Clash):
        merge("low", "medium", "high")
    with pytest.raises(Clash):
        merge(None, "medium", "high")


def test_sections_merge_key_by_key():
    base = {"a": {"confidence": "low"}, "b": {"confidence": "low"}}
    theirs = {"a": {"confidence": "high"}, "b": {"confidence": "low"}}
    mine = {"a": {"confidence": "low"}, "b": {"confidence": "medium"}, "c": {"confidence": "low"}}
    assert merge(base, theirs, mine) == {"a": {"confidence": "high"}, "b": {"confidence": "medium"},
                                         "c": {"confidence": "low"}}
    assert merge(base, {"b": base["b"]}, base | {"b": {"confidence": "high"}}) == {"b": {"confidence": "high"}}
    with pytest.raises(Clash):  # one key two ways
        merge(base, base | {"a": {"confidence": "high"}}, base | {"a": {"confidence": "medium"}})
    with pytest.raises(Clash):  # they removed the entry this edit changes
        merge(base, {"b": base["b"]}, base | {"a": {"confidence": "medium"}})


def test_lists_keep_both_sides_additions_and_removals():
    x, y, z, w = ({"text": t} for t in "xyzw")
    assert merge([x, y], [x, y, z], [x, y, w]) == [x, y, z, w]  # each added one
    assert merge([x, y, z], [x, z], [x, y, z, w]) == [x, z, w]  # they removed y, I added w
    assert merge([x, y, z], [y, z, w], [x, z]) == [z, w]  # both removed one
    assert merge([x], [x, y], [x, y]) == [x, y]  # the same addition once
    assert merge([], ["protect"], ["partner"]) == ["protect", "partner"]
    assert merge(None, [x], [y]) == [x, y]


def test_the_same_item_changed_two_ways_clashes():
    old, theirs_edit, my_edit = {"question": "q1", "counts": {"a": 1}}, {"question": "q1", "counts": {"a": 2}}, \
        {"question": "q1", "counts": {"a": 3}}
    other = {"question": "q2", "counts": {}}
    tallies = "workshop.tallies"
    with pytest.raises(Clash):
        merge([old, other], [theirs_edit, other], [my_edit, other], path=tallies)
    with pytest.raises(Clash):  # (compared whole, too)
        merge([old, other], [theirs_edit, other], [my_edit, other])
    # different items replaced on each side: both kept, in their places (tallies are named by question)
    other_edit = {"question": "q2", "counts": {"b": 1}}
    assert merge([old, other], [old, other_edit], [my_edit, other], path=tallies) == [my_edit, other_edit]
    assert merge([old, other], [old, other_edit], [my_edit, other]) == [other_edit, my_edit]
    # items without a name: compared whole
    assert merge([{"x": 1}, {"y": 1}], [{"x": 1}, {"y": 2}], [{"x": 2}, {"y": 1}]) == [{"y": 2}, {"x": 2}]
    with pytest.raises(Clash):  # one changed here, the same one deleted there
        merge([{"x": 1}, {"y": 1}], [{"y": 1}], [{"x": 2}, {"y": 1}])


def test_a_reordering_here_and_a_change_there_clashes():
    with pytest.raises(Clash):
        merge(["a", "b"], ["a", "b", "c"], ["b", "a"])


def test_a_cleared_list_here_removes_only_what_was_seen():
    assert merge(["a", "b"], ["a", "b", "c"], []) == ["c"]


def test_items_named_by_question_field_or_id_merge_item_by_item():
    """Two rooms count one question, two officers cite one source, override one field: one item
    each, their parts merged; the same part changed two ways is a clash."""
    assert merge([], [{"question": "q", "counts": {"high": 3}}], [{"question": "q", "counts": {"low": 5}}],
                 path="workshop.tallies") == [{"question": "q", "counts": {"high": 3, "low": 5}}]
    source = {"id": "src-1", "title": "Report A"}
    assert merge([], [{**source, "note": "p. 12"}], [source], path="evidence.leverage.degree.sources") == \
        [{**source, "note": "p. 12"}]
    assert merge({}, {"leverage.degree": {"sources": [{**source, "note": "p. 12"}]}},
                 {"leverage.degree": {"sources": [source]}}, path="evidence") == \
        {"leverage.degree": {"sources": [{**source, "note": "p. 12"}]}}
    line = {"at": "2026-12-03T10:00:00Z", "question": "leverage.degree", "value": "high"}
    assert merge([], [line], [{**line, "value": "low"}], path="workshop.log") == [line, {**line, "value": "low"}]
    theirs = [{"field": "leverage.degree", "suggested": "high", "value": "low", "reason": "A"}]
    mine = [{"field": "leverage.degree", "suggested": "high", "value": "medium", "reason": "B"}]
    with pytest.raises(Clash):
        merge([], theirs, mine, path="overrides")
    assert merge([], theirs, mine, prefer_mine=True, path="overrides") == mine


def test_keeping_mine_keeps_the_rest_of_theirs():
    base = {"a": {"confidence": "low"}}
    theirs = {"a": {"confidence": "high"}, "b": {"confidence": "low"}}
    mine = {"a": {"confidence": "medium"}}
    assert merge(base, theirs, mine, prefer_mine=True) == {"a": {"confidence": "medium"}, "b": {"confidence": "low"}}
    assert merge("low", "high", "medium", prefer_mine=True) == "medium"
    x, x2, x3, y = {"t": "x"}, {"t": "x2"}, {"t": "x3"}, {"t": "y"}
    assert merge([x], [x2, y], [x3], prefer_mine=True) == [x2, y, x3]  # nothing of theirs dropped unseen
    assert merge({"a": 1}, {}, {"a": 2}, prefer_mine=True) == {"a": 2}  # changed here, deleted there


def test_a_list_left_out_is_an_empty_list():
    """Removing a rating's last source leaves no ``sources`` key: that is [], not a deletion of
    the rating's evidence, so another officer's new source stays without a question."""
    s1, s2 = {"id": "s1", "title": "A"}, {"id": "s2", "title": "B"}
    base = {"leverage.degree": {"sources": [s1], "confidence": "low"}}
    theirs = {"leverage.degree": {"sources": [s1, s2], "confidence": "low"}}
    mine = {"leverage.degree": {"confidence": "low"}}
    assert merge(base, theirs, mine, path="evidence") == {"leverage.degree": {"sources": [s2], "confidence": "low"}}


def test_keeping_mine_takes_my_whole_named_item():
    base = [{"question": "q", "counts": {"high": 2}}]
    theirs = [{"question": "q", "counts": {"high": 2}, "decision": "high", "reason": "Alice's reason"}]
    mine = [{"question": "q", "counts": {"high": 2}, "decision": "low"}]
    assert merge(base, theirs, mine, prefer_mine=True, path="workshop.tallies") == mine
    other = {"question": "q2", "counts": {"low": 1}}
    assert merge(base, theirs + [other], mine, prefer_mine=True, path="workshop.tallies") == mine + [other]
