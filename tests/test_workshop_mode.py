"""Workshop mode driven as a facilitator would, by keyboard only: move through the questions,
pick answers with number keys, enter the room's counts with Up/Down, record decisions with
Enter, run the timer; then check what the store holds. Also the theme's contrast, the audience
screen at the three projector sizes, and `rdw slides`."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from desktop.cli.main import main
from desktop.models import workshop as ws
from desktop.models.exchange import case_to_data
from desktop.views.workshop import theme
from desktop.views.workshop.audience_view import Screen, render_screen

LITHO = "dpc2024-lithography"
pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


@pytest.fixture
def mode(qtbot, window, file_store, monkeypatch):
    copy = file_store.duplicate(LITHO)
    window.reload(select=copy.id)
    failures = []
    mode = window.case_dialogs.start_workshop()
    monkeypatch.setattr(mode, "show_failure", failures.append)
    mode.failures = failures
    qtbot.waitExposed(mode.audience_window)
    with qtbot.waitActive(mode.audience_window):
        mode.audience_window.activateWindow()
    yield mode
    if window.case_dialogs.workshop is mode:
        mode.leave()  # no workshop outlives its test (its fields would save into a closed store)


def key(qtbot, mode, k, times=1):
    for _ in range(times):
        qtbot.keyClick(mode.audience_window, k)


def test_a_whole_workshop_by_keyboard(qtbot, window, file_store, mode, monkeypatch):
    s = mode.session
    asked = []  # a decision against the suggestion asks for a reason, as in the wizard
    monkeypatch.setattr(mode.panel, "ask_reason", lambda *a: asked.append(a) or "The room weighed retaliation")
    case_id = s.case_id
    assert not mode.panel.isVisible()  # one screen: the room's; F2 shows the controls
    key(qtbot, mode, Qt.Key.Key_F2)
    assert mode.panel.isVisible()
    key(qtbot, mode, Qt.Key.Key_F2)
    # question 1: research & innovation likelihood — room 2 × high, 5 × medium, decided medium
    # (answers numbered as in the wizard: 1 = Low, 2 = Medium, 3 = High)
    key(qtbot, mode, Qt.Key.Key_3)
    key(qtbot, mode, Qt.Key.Key_Up, 2)
    key(qtbot, mode, Qt.Key.Key_2)
    key(qtbot, mode, Qt.Key.Key_Up, 6)
    key(qtbot, mode, Qt.Key.Key_Down)
    key(qtbot, mode, Qt.Key.Key_Return)
    stored = file_store.get(case_id)
    assert stored.strength.pillars[ws.Pillar.RESEARCH_INNOVATION].likelihood.value == "medium"
    tally = stored.workshop.tally("strength.pillars.research_innovation.likelihood")
    assert tally.counts == {"high": 2, "medium": 5} and tally.decision == "medium"
    # on to the degree of leverage: decide against the suggestion, with the timer running
    degree = next(i for i, q in enumerate(s.questions) if q.key == "leverage.degree")
    key(qtbot, mode, Qt.Key.Key_PageDown, degree)
    assert s.question.key == "leverage.degree"
    key(qtbot, mode, Qt.Key.Key_T)
    assert s.timer.running
    key(qtbot, mode, Qt.Key.Key_3)  # medium
    key(qtbot, mode, Qt.Key.Key_Plus, 4)
    key(qtbot, mode, Qt.Key.Key_Enter)
    key(qtbot, mode, Qt.Key.Key_T)
    assert not s.timer.running
    stored = file_store.get(case_id)
    assert stored.leverage.degree.value == "medium"
    override = next(o for o in stored.overrides if o.field == "leverage.degree")
    assert override.suggested == s.question.suggested and override.value == "medium"
    assert override.reason == "The room weighed retaliation" and asked == [("Degree of leverage", "High", "Medium")]
    # back one question and forward again: the decision is still shown
    key(qtbot, mode, Qt.Key.Key_Left)
    key(qtbot, mode, Qt.Key.Key_Right)
    assert s.decision() == "medium" and mode.screen().decided == "medium"
    # the last question: adopt an instrument
    key(qtbot, mode, Qt.Key.Key_End)  # not bound: nothing happens
    last = len(s.questions) - 1
    key(qtbot, mode, Qt.Key.Key_PageDown, last)
    assert s.question.key.startswith("instruments.")
    before = len(file_store.get(case_id).instruments)
    key(qtbot, mode, Qt.Key.Key_1)
    key(qtbot, mode, Qt.Key.Key_Return)
    key(qtbot, mode, Qt.Key.Key_Return)  # recorded twice: the instrument is added once
    assert len(file_store.get(case_id).instruments) == before + (0 if s.question.options[0].value in
                                                                file_store.get(LITHO).instruments else 1)
    log = file_store.get(case_id).workshop.log
    assert [e.question for e in log][:2] == ["strength.pillars.research_innovation.likelihood", "leverage.degree"]
    assert mode.failures == []
    key(qtbot, mode, Qt.Key.Key_Escape)
    assert window.case_dialogs.workshop is None and not mode.audience_window.isVisible()
    assert window.browser.current_id() == case_id


def test_facilitator_panel_names_reason_and_log_export(qtbot, mode, file_store, tmp_path):
    key(qtbot, mode, Qt.Key.Key_F2)
    panel = mode.panel
    panel.session_field.setText("Brussels <b>workshop</b> 布鲁塞尔")
    panel.facilitator_field.setText("A. Facilitator")
    panel.spinners["high"].setValue(7)
    mode.session.select(1)
    panel.reason_field.setText("Europe keeps ASML's edge")
    assert panel.record()
    case = file_store.get(mode.session.case_id)
    assert case.workshop.session == "Brussels <b>workshop</b> 布鲁塞尔"
    entry = case.workshop.log[-1]
    assert entry.reason == "Europe keeps ASML's edge" and entry.facilitator == "A. Facilitator"
    assert entry.counts == {"high": 7}
    assert panel.log_list.count() == 1 and "Europe keeps ASML's edge" in panel.log_list.item(0).text()
    out = panel.export_log(str(tmp_path / "log.md"))
    text = out.read_text(encoding="utf-8")
    assert "Brussels <b>workshop</b> 布鲁塞尔" in text and "7 × High" in text
    assert panel.export_log(str(tmp_path / "missing" / "log.md")) is None
    assert mode.failures and "was not saved" in mode.failures[0]
    data = case_to_data(case)  # the lithography copy keeps its level notes: version 3
    assert data["workshop"]["session"] == "Brussels <b>workshop</b> 布鲁塞尔" and data["format_version"] == 3


def test_reference_cases_ask_for_a_copy_first(window, monkeypatch):
    shown = []
    monkeypatch.setattr(window.questions, "show_error", lambda title, text: shown.append(text))
    window.browser.select(LITHO)
    assert window.case_dialogs.start_workshop() is None and "Duplicate" in shown[0]


def test_step_timer_counts_each_question_on_its_own():
    from desktop.views.workshop.session import StepTimer

    now = [100.0]
    timer = StepTimer(clock=lambda: now[0])
    timer.switch("a")
    timer.start()
    now[0] += 65
    assert timer.text() == "01:05"
    timer.switch("b")  # keeps running, for b
    now[0] += 10
    timer.pause()
    assert timer.text() == "00:10"
    timer.switch("a")
    assert timer.text() == "01:05" and not timer.running
    timer.reset()
    assert timer.text() == "00:00"


@pytest.mark.parametrize("name, pair", list(theme.TEXT_PAIRS.items()))
def test_theme_contrast_is_at_least_7_to_1(name, pair):
    assert theme.contrast_ratio(*pair) >= 7.0, name


def test_theme_sizes_for_the_back_of_the_room():
    assert min(theme.BODY_PX, theme.OPTION_PX, theme.SMALL_PX, theme.HEADER_PX) >= 24
    assert theme.QUESTION_PX > theme.OPTION_PX > theme.BODY_PX


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720), (1920, 1080)])
def test_audience_screen_renders_at_projector_sizes(qapp, store, size):
    case = store.get(LITHO)
    question = ws.questions(case)[0]
    image = render_screen(Screen(case.title, question, 1, 19, {"high": 3, "medium": 1}, "high"), *size)
    assert (image.width(), image.height()) == size
    assert image.pixelColor(2, 2).name() == theme.BACKGROUND  # nothing drawn into the margin


def test_rdw_slides_writes_one_png_per_question(tmp_path, capsys):
    out = tmp_path / "slides"
    __import__('desktop.models.library', fromlist=['open_store']).open_store(tmp_path / "db.sqlite").close()  # (slides only reads)
    assert main(["--db", str(tmp_path / "db.sqlite"), "slides", LITHO, "--out", str(out), "--size", "1280x720"]) == 0
    files = sorted(out.glob("*.png"))
    case_questions = capsys.readouterr().out.strip().splitlines()
    assert len(files) == len(case_questions) >= 15
    assert QImage(str(files[0])).size().toTuple() == (1280, 720)
    assert files[0].name.startswith("01-")
    assert main(["--db", str(tmp_path / "db.sqlite"), "slides", LITHO, "--out", str(out), "--size", "big"]) == 2


def test_two_screens_put_the_audience_full_screen_on_the_other_one(qtbot, file_store, monkeypatch):
    """With a second screen the audience window goes full screen there and the facilitator's
    controls open on the laptop's screen; both windows answer the keyboard."""
    from PySide6.QtGui import QGuiApplication

    from desktop.views.workshop.workshop_mode import WorkshopMode

    placed = []
    monkeypatch.setattr(WorkshopMode, "_place", staticmethod(lambda w, screen, full: placed.append((w, screen, full))))
    home = QGuiApplication.primaryScreen()
    copy = file_store.duplicate(LITHO)
    mode = WorkshopMode(file_store, copy.id, home_screen=home, screens=[home, "projector"])
    assert mode.two_screens and mode.audience_window is mode.audience and mode.facilitator_window is mode.panel
    assert (mode.audience, "projector", True) in placed and (mode.panel, home, False) in placed
    for window in (mode.audience, mode.panel):
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitActive(window):
            window.activateWindow()
        before = mode.session.index
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
        assert mode.session.index == before + 1
    mode.leave()
    assert not mode.audience.isVisible() and not mode.panel.isVisible()


def test_keys_go_to_a_field_while_the_facilitator_types(qtbot, mode, file_store):
    """In the reason field, arrows, digits and T are text; Enter still records."""
    key(qtbot, mode, Qt.Key.Key_F2)
    panel = mode.panel
    mode.session.select(1)
    panel.reason_field.setFocus()
    qtbot.waitUntil(panel.reason_field.hasFocus)
    before = (mode.session.index, mode.session.counts(), mode.session.timer.running)
    for k in (Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_T, Qt.Key.Key_2):
        qtbot.keyClick(panel.reason_field, k)
    assert (mode.session.index, mode.session.counts(), mode.session.timer.running) == before
    assert panel.reason_field.text() == "t2"
    qtbot.keyClick(panel.reason_field, Qt.Key.Key_Return)
    assert file_store.get(mode.session.case_id).workshop.log[-1].reason == "t2"
    qtbot.keyClick(panel.reason_field, Qt.Key.Key_PageDown)  # PageDown still moves on, even from a field
    assert mode.session.index == before[0] + 1
    panel.question_list.setFocus()
    qtbot.waitUntil(panel.question_list.hasFocus)
    qtbot.keyClick(panel.question_list, Qt.Key.Key_2)  # outside a field, a number picks an answer
    assert mode.session.selected == mode.session.question.options[1].token
