"""The audience screen: every answer shown in full (wrapped, never ending in "…") at the three
projector sizes, no smaller than 24 px at 768 px of height; a blind round shows only how many
votes are in; and the screen's content is given as text for screen readers."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible

from desktop.models import workshop as ws
from desktop.models.library import reference_cases
from desktop.views.workshop import theme
from desktop.views.workshop.audience_layout import arrange, marks
from desktop.views.workshop.audience_view import AudienceView, Screen, change_message, render_screen, spoken_lines

SIZES = [(1024, 768), (1280, 720), (1920, 1080)]


def every_question():
    """Each reference case's instrument questions (long answers, up to nine) and a scale."""
    for case in reference_cases():
        for q in ws.questions(case):
            if q.step is ws.Step.INSTRUMENTS or q.key == "leverage.degree":
                yield case, q


def screens(case, q):
    tokens = [o.token for o in q.options]
    counts = {t: n + 1 for n, t in enumerate(tokens)}
    yield Screen(case.title, q, 16, 16, {}, tokens[0])
    yield Screen(case.title, q, 16, 16, counts, tokens[1], tokens[-1], tokens[0], "12:34", True)  # decided: marks
    yield Screen(case.title, q, 16, 16, counts, None, blind=True)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_answers_are_never_cut(qapp, size):
    width, height = size
    checked = 0
    for case, q in every_question():
        for screen in screens(case, q):
            lay = arrange(width, height, screen)
            assert lay.fits, (case.id, q.key)
            assert lay.option_px >= theme.SMALL_PX * height / 768 - 0.01, (case.id, q.key, lay.option_px)
            for option, row in zip(q.options, lay.rows):
                full = option.label + marks(screen, option.token)
                assert "".join(row.words.lines) == full  # every character drawn: nothing elided
                assert row.words.widest <= row.label.width() + 0.5
                assert row.cell.contains(row.label)
                assert (row.track if row.count_on_bar else row.cell).contains(row.count)
                assert row.track.right() <= width - lay.margin + 0.5
                assert lay.question.bottom() <= row.cell.top() and row.cell.right() <= width
                assert all(row.cell.bottom() <= rect.top() + 0.5 for rect, _w, _b in lay.footer_lines)
            for rect, text, _banner in lay.footer_lines:
                assert text.height <= rect.height() + 0.5 and rect.bottom() <= height
            checked += 1
    assert checked > 30


def test_at_1024x768_the_answers_are_at_least_24_px(qapp):
    nine = [(c, q) for c, q in every_question() if len(q.options) == 9]
    assert nine
    for case, q in nine:
        for screen in screens(case, q):
            assert arrange(1024, 768, screen).option_px >= 24, (case.id, q.key)


def test_a_blind_round_shows_only_how_many_votes_are_in(qapp):
    case, q = next((c, q) for c, q in every_question() if q.key == "leverage.degree")
    counts = {"high": 3, "medium": 2}
    blind = Screen(case.title, q, 1, 9, counts, "high", blind=True)
    shown = Screen(case.title, q, 1, 9, counts, "high")
    text = spoken_lines(blind)
    assert "Blind round: 5 votes in. The counts are shown when the facilitator reveals them." in text
    assert not any("vote" in line for line in text if line.startswith("Answer"))
    assert any(line.endswith("3 votes, 60%") for line in spoken_lines(shown))
    # what is painted differs too: no bars, no pick
    assert render_screen(blind, 1024, 768) != render_screen(shown, 1024, 768)
    assert render_screen(blind, 1024, 768) == render_screen(Screen(case.title, q, 1, 9, {"low": 5}, None, blind=True),
                                                            1024, 768)  # any 5 votes look the same


def test_the_audience_screen_is_text_for_screen_readers(qtbot):
    case, q = next((c, q) for c, q in every_question() if q.key == "leverage.degree")
    view = AudienceView()
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    view.show_screen(Screen(case.title, q, 10, 16, {"medium": 4}, "medium", "medium"))
    names = [QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)
             for label in view.spoken if label.isVisible()]
    assert names[0] == "Question 10 of 16, Leverage: What degree of leverage does Europe have?"
    assert names[1:6] == [f"Answer {n}: {o.label}{marks(view.screen_data, o.token)}; "
                          f"{4 if o.token == 'medium' else 0} votes, "
                          f"{100 if o.token == 'medium' else 0}%" for n, o in enumerate(q.options, start=1)]
    assert "✓ Decided: 3. Medium" in names
    iface = QAccessible.queryAccessibleInterface(view)
    assert "Answer 3: Medium" in iface.text(QAccessible.Text.Description)
    for label in view.spoken:  # each line sits over what it names, inside the screen
        assert view.rect().contains(label.geometry())


def test_changes_are_put_into_words(qapp):
    case, q = next((c, q) for c, q in every_question() if q.key == "leverage.degree")
    before = Screen(case.title, q, 10, 16, {"medium": 4}, "medium")
    assert change_message(None, before).startswith("Question 10 of 16: ")
    more = Screen(case.title, q, 10, 16, {"medium": 5}, "medium")
    assert change_message(before, more) == "3. Medium: 5 votes. 5 votes in"
    blind = Screen(case.title, q, 10, 16, {"medium": 5}, None, blind=True)
    assert change_message(more, blind) == "Blind round: 5 votes in"
    blind6 = Screen(case.title, q, 10, 16, {"medium": 5, "low": 1}, None, blind=True)
    assert change_message(blind, blind6) == "6 votes in"  # nothing about which answer
    revealed = Screen(case.title, q, 10, 16, {"medium": 5, "low": 1}, "medium")
    assert change_message(blind6, revealed) == "Counts revealed. 1. Low: 1 vote. 3. Medium: 5 votes. 6 votes in"
    decided = Screen(case.title, q, 10, 16, {"medium": 5, "low": 1}, "medium", "medium")
    assert change_message(revealed, decided) == "Decided: 3. Medium"
    assert change_message(decided, decided) == ""
