"""Who should act (``case.actors``, exchange format version 3): five check boxes on the Basics page,
one undoable edit per toggle, read-only on reference cases; shown in the case summary, on the
scorecard, in ``rdw show`` and in Compare, only when set; a case with actors exports as version 3."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from wizard_walk_helpers import BASICS, click_check

from desktop.models.compare import compare_cases
from desktop.models.exchange import read_case_file
from desktop.models.scales import Actor, Step
from desktop.reports.content import scorecards_for
from desktop.reports.pdf import export_pdf

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")
LITHO = "dpc2024-lithography"


def pdf_text(path) -> str:
    """The PDF's text as a reader would copy it, whitespace folded."""
    assert shutil.which("pdftotext"), "poppler-utils is missing: ./dev test installs it"
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    return " ".join(out.decode("utf-8").split())


def open_new(window, store, title="Who acts", **fields):
    case = store.create(title, **fields)
    window.reload(select=case.id)
    editor = window.open_case(case.id)
    return case.id, editor, editor.pages[BASICS]


def stored(store, case_id) -> list[Actor]:
    return store.get(case_id).actors


# -- the Basics page -------------------------------------------------------------------------------
def test_five_check_boxes_with_accessible_names(qtbot, window, file_store):
    _, _, basics = open_new(window, file_store)
    boxes = basics.actor_boxes
    assert [b.text() for b in boxes.values()] == ["EU", "UK", "Member states", "Industry", "Research"]
    assert [b.accessibleName() for b in boxes.values()] == [f"Who should act: {a.label}" for a in Actor]
    assert basics.actors_row.accessibleName() == "Who should act"
    assert not any(b.isChecked() for b in boxes.values())


def test_each_toggle_is_one_undoable_edit_in_the_models_order(qtbot, window, file_store):
    case_id, editor, basics = open_new(window, file_store)
    click_check(qtbot, basics.actor_boxes[Actor.MEMBER_STATES])
    click_check(qtbot, basics.actor_boxes[Actor.EU])
    assert stored(file_store, case_id) == [Actor.EU, Actor.MEMBER_STATES]  # the order of the list, not of ticking
    click_check(qtbot, basics.actor_boxes[Actor.MEMBER_STATES])
    assert stored(file_store, case_id) == [Actor.EU]
    stack = editor.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == [
        "Tick who should act: Member states", "Tick who should act: EU", "Untick who should act: Member states"]

    window.act.undo.trigger()
    assert stored(file_store, case_id) == [Actor.EU, Actor.MEMBER_STATES]
    assert basics.actor_boxes[Actor.MEMBER_STATES].isChecked()
    window.act.undo.trigger()
    window.act.undo.trigger()
    assert stored(file_store, case_id) == [] and not any(b.isChecked() for b in basics.actor_boxes.values())
    window.act.redo.trigger()
    assert stored(file_store, case_id) == [Actor.MEMBER_STATES] and basics.actor_boxes[Actor.MEMBER_STATES].isChecked()


def test_keyboard_tab_reaches_the_boxes_in_order_and_space_ticks(qtbot, window, file_store):
    case_id, _, basics = open_new(window, file_store)
    basics.facts_field.setFocus()
    reached = []
    for _ in range(len(Actor) + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [*basics.actor_boxes.values(), basics.author_field]
    box = basics.actor_boxes[Actor.RESEARCH]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert stored(file_store, case_id) == [Actor.RESEARCH]


def test_persisted_and_shown_again_when_the_case_is_reopened(qtbot, window, file_store):
    case_id, _, basics = open_new(window, file_store)
    click_check(qtbot, basics.actor_boxes[Actor.UK])
    click_check(qtbot, basics.actor_boxes[Actor.INDUSTRY])
    qtbot.keyClick(window.editor, Qt.Key.Key_Escape)
    assert window.editor is None
    editor = window.open_case(case_id)
    ticked = [a for a, b in editor.pages[BASICS].actor_boxes.items() if b.isChecked()]
    assert ticked == [Actor.UK, Actor.INDUSTRY] == stored(file_store, case_id)


def test_read_only_on_a_reference_case(qtbot, window, file_store):
    editor = window.open_case(LITHO)
    basics = editor.pages[BASICS]
    history = len(file_store.history(LITHO))
    for box in basics.actor_boxes.values():
        assert box.focusPolicy() == Qt.FocusPolicy.NoFocus
        click_check(qtbot, box)
        assert not box.isChecked()
    assert stored(file_store, LITHO) == [] and len(file_store.history(LITHO)) == history
    assert editor.undo_stack.count() == 0


def test_export_through_the_window_is_version_3_only_with_actors(qtbot, window, file_store, tmp_path):
    case_id, editor, basics = open_new(window, file_store)
    click_check(qtbot, basics.actor_boxes[Actor.EU])
    click_check(qtbot, basics.actor_boxes[Actor.RESEARCH])
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    window.reload(select=case_id)
    with_actors, without = tmp_path / "with.json", tmp_path / "without.json"
    assert window.export_selected(str(with_actors))
    data = json.loads(with_actors.read_text(encoding="utf-8"))
    assert data["format_version"] == 3 and data["actors"] == ["eu", "research"]

    editor = window.open_case(case_id)
    for actor in (Actor.EU, Actor.RESEARCH):
        click_check(qtbot, editor.pages[BASICS].actor_boxes[actor])
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    window.reload(select=case_id)
    assert window.export_selected(str(without))
    data = json.loads(without.read_text(encoding="utf-8"))
    assert data["format_version"] in (1, 2) and "actors" not in data

    assert read_case_file(with_actors).actors == [Actor.EU, Actor.RESEARCH]  # and back again
    assert read_case_file(without).actors == []


# -- where it shows ------------------------------------------------------------------------------
def test_case_summary_has_a_line_under_the_technology_area_only_when_set(store):
    from desktop.views.browser.summary_html import case_to_html

    case = store.create("Summary", technology_area="Semiconductors", actors=["eu", "member_states"])
    html = case_to_html(case)
    assert "Who should act: EU, Member states" in html
    assert html.index("Semiconductors") < html.index("Who should act") < html.index("Degree of leverage")
    assert "Who should act" not in case_to_html(store.create("None said", technology_area="Semiconductors"))


def test_scorecard_pdf_header_says_who_should_act_only_when_set(qapp, store, tmp_path):
    case = store.create("Scorecard", technology_area="Semiconductors", actors=["eu", "member_states"])
    bare = store.create("Bare scorecard", technology_area="Semiconductors")
    cards = scorecards_for(store, [case.id, bare.id])
    assert cards[0].actors == ["EU", "Member states"] and cards[1].actors == []
    out = tmp_path / "one.pdf"
    export_pdf(cards[:1], out)
    text = pdf_text(out)
    assert "Who should act: EU, Member states" in text
    assert text.index("Technology field: Semiconductors") < text.index("Who should act") < text.index("Scorecard 1")
    out = tmp_path / "bare.pdf"
    export_pdf(cards[1:], out)
    assert "Who should act" not in pdf_text(out)


def test_rdw_show_lists_who_should_act_only_when_set(rdw, tmp_path):
    from cli_helpers import write_case

    rdw("import", write_case(tmp_path / "a.json", format_version=3, id="acts", title="Acts", actors=["uk", "industry"]))
    rdw("import", write_case(tmp_path / "b.json", id="silent", title="Silent"))
    code, out, err = rdw("show", "acts")
    assert (code, err) == (0, "")
    line = next(line for line in out.splitlines() if line.startswith("who should act:"))
    assert line.split(":", 1)[1].strip() == "UK, Industry"
    assert "who should act" not in rdw("show", "silent")[1]


def test_compare_lists_who_should_act_in_basics(store):
    a = store.create("A", actors=["eu", "industry"])
    b = store.create("B", actors=["industry", "eu"])
    c = store.create("C")
    rows = {r.label: r for r in compare_cases([a, b, c]).rows if r.section is Step.BASICS}
    row = rows["Who should act"]
    assert row.texts == ("EU, Industry", "Industry, EU", "—")
    assert row.differs
    same_set = next(r for r in compare_cases([a, b]).rows if r.label == "Who should act")
    assert not same_set.differs  # the same actors in another order
