"""Text that is not text, in every scorecard format (issue 19, found by an adversarial run):
U+FFFE at the start of a string (Qt reads it as a byte-order mark and byte-swaps the rest),
control characters, and right-to-left overrides that reverse the app's own words around them."""

from __future__ import annotations

import subprocess

import pytest

from desktop.models.scorecard import ScorecardOptions, build_scorecard, printable
from desktop.models.text import noncharacter
from desktop.reports.content import scorecards_for
from desktop.reports.html import scorecards_html
from desktop.reports.pdf import export_pdf

TITLE = "\ufffeStarts with FFFE \u202eabc\u202c \x00\x01 <b>传感器</b>\r\nnext"
FACT = "\ufffeStart fact"


@pytest.fixture
def hostile(store):
    case = store.create(TITLE, summary="line one\nline two \x0b\ufffe end", key_facts=[FACT],
                        author="Auth\u202e 1", organisation="Org\rX")
    return case.id


def test_the_scorecard_holds_only_printable_text(store, hostile):
    card = scorecards_for(store, [hostile], ScorecardOptions(context=True))[0]
    assert card.title == "Starts with FFFE abc <b>传感器</b> next"  # one line, nothing invisible
    assert card.author == "Auth 1" and card.organisation == "Org X"
    assert card.context.summary == "line one\nline two  end" and card.context.key_facts == ["Start fact"]
    assert printable(card) == card  # a second pass changes nothing


def test_the_pdf_shows_the_words_not_byte_swapped_or_reversed(qapp, store, hostile, tmp_path):
    out = tmp_path / "hostile.pdf"
    export_pdf(scorecards_for(store, [hostile], ScorecardOptions(context=True)), out, pdfa=True)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Starts with FFFE abc <b>传感器</b> next" in text and "Start fact" in text
    assert "匀" not in text and "sdracerocS" not in text  # neither byte-swapped nor reversed
    meta = subprocess.run(["pdfinfo", "-meta", str(out)], capture_output=True, text=True).stdout
    assert "\r" not in meta and "Starts with FFFE abc" in meta  # one title in the XMP and the info


def test_the_clipboard_html_has_no_control_or_noncharacter(store, hostile):
    html = scorecards_html(scorecards_for(store, [hostile], ScorecardOptions(context=True)))
    assert not [c for c in html if (ord(c) < 32 and c not in "\n\t") or noncharacter(c) or c == "\u202e"]
    assert "&lt;b&gt;传感器&lt;/b&gt;" in html


def test_reference_cases_are_unchanged_by_the_filter(store):
    from desktop.models.library import reference_cases

    for case in reference_cases():
        card = build_scorecard(case, date="d", version="1", options=ScorecardOptions(context=True))
        assert card.context.summary == (case.summary or "").strip()
