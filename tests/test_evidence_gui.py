"""Evidence behind the ratings in the wizard, walked as a user would (issue 9): the Evidence
control beside every rating, the evidence dialog (new source, one from the library, confidence,
dissent; OK is one edit and one undo step, Cancel changes nothing), stale sources marked in
words, a reference case's evidence shown read-only, and the source library dialog (search as you
type, edit, delete refused while cited).

Modal dialogs are driven, not shown: each test replaces a dialog class's ``exec`` with a function
that clicks and types in the real dialog and returns its result, as a user's OK or Cancel would.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from wizard_walk_helpers import (
    AMBITION,
    LEVERAGE,
    LEVERAGE_DONE,
    STRENGTH,
    STRENGTH_DONE,
    click,
    click_step,
    open_new,
    pick,
)

from desktop.models.case import RatingEvidence, SourceRef
from desktop.models.evidence import RATINGS, evidence_changes
from desktop.models.scales import Confidence
from desktop.views.sources.library_dialog import (
    LibraryPicker,
    SourceFormDialog,
    SourceLibraryDialog,
)
from desktop.views.wizard.evidence_dialog import EvidenceDialog

LITHO = "dpc2024-lithography"
SUBST = "leverage.substitutability"
OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel

pytestmark = pytest.mark.usefixtures("no_modal_dialogs", "no_evidence_dialogs")


@pytest.fixture
def no_evidence_dialogs(monkeypatch):
    """An evidence dialog no test drives would block the run: it fails the test instead."""
    def unexpected(what):
        return lambda self, *a: pytest.fail(f"unexpected modal dialog: {what}")

    for cls in (EvidenceDialog, SourceFormDialog, LibraryPicker, SourceLibraryDialog):
        monkeypatch.setattr(cls, "exec", unexpected(cls.__name__))
    monkeypatch.setattr(SourceLibraryDialog, "confirm_delete", lambda self, source: pytest.fail("unexpected confirmation"))


def drive(monkeypatch, cls, *steps):
    """The next ``exec`` calls of ``cls`` run ``steps`` in order, each on the real dialog (as the
    user would click and type), and return the dialog's result."""
    queue = list(steps)

    def run(dialog):
        assert queue, f"{cls.__name__} opened more often than expected"
        queue.pop(0)(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", run)
    return queue


def type_into(qtbot, field, text):
    field.setFocus()
    qtbot.keyClicks(field, text)


def commit_ime(widget, text):
    """Text as a Chinese input method delivers it: one commit, no key presses."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def click_row(qtbot, tree, row):
    rect = tree.visualItemRect(tree.topLevelItem(row))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def titles(tree):
    return [tree.topLevelItem(r).text(0) for r in range(tree.topLevelItemCount())]


def library_source(store, title, **fields):
    return store.sources.save(SourceRef.model_construct(id="", title=title, **fields))


# -- the control beside every rating ---------------------------------------------------------
def test_every_rating_has_an_evidence_control_saying_no_sources(qtbot, window, file_store):
    """Strength, Leverage and Ambition together have one Evidence control per rating that can carry evidence."""
    _case_id, editor = open_new(window, file_store, strength=STRENGTH_DONE, leverage=LEVERAGE_DONE)
    buttons = {}
    for step in (STRENGTH, LEVERAGE, AMBITION):
        click_step(qtbot, editor, step)
        buttons.update(editor.pages[step].evidence_buttons)
    assert set(buttons) == set(RATINGS)
    for path, button in buttons.items():
        assert button.text() == "No sources", path
        assert button.accessibleName() == f"Evidence for {RATINGS[path]}"
    # a pillar that is no source of strength has no likelihood to back
    assert not buttons["strength.pillars.ip_patents.likelihood"].isEnabled()
    assert buttons["strength.pillars.research_innovation.likelihood"].isEnabled()


# -- the dialog: one OK, one edit, one undo step -------------------------------------------------
def test_new_source_library_pick_confidence_and_dissent_are_one_edit_and_one_undo_step(qtbot, window, file_store, monkeypatch):
    """New source (bad date refused with a message), a Chinese source picked by search, confidence and dissent: OK stores all as one history row and one undo step; undo removes it all."""
    rare = library_source(file_store, "中国稀土供应链报告", publisher="中国科学院", date="2023-06")
    library_source(file_store, "Semiconductor outlook", publisher="SEMI", date="2024")
    case_id, editor = open_new(window, file_store, strength=STRENGTH_DONE, leverage=LEVERAGE_DONE)
    click_step(qtbot, editor, LEVERAGE)
    page = editor.pages[LEVERAGE]
    history_before = len(file_store.history(case_id))

    def write_source(form):
        assert not form.buttons.button(OK).isEnabled()  # a title is required
        type_into(qtbot, form.title_edit, "Lithography market study")
        type_into(qtbot, form.publisher_edit, "Yole")
        type_into(qtbot, form.date_edit, "2023-13")
        click(qtbot, form.buttons.button(OK))
        assert form.result() != QDialog.DialogCode.Accepted and form.error.isVisibleTo(form)
        assert "not a real date" in form.error.text() and "YYYY-MM" in form.error.text()
        form.date_edit.clear()
        type_into(qtbot, form.date_edit, "2024-03")
        type_into(qtbot, form.accessed_edit, "2024-04-02")
        click(qtbot, form.buttons.button(OK))

    def pick_from_library(picker):
        assert titles(picker.tree) == ["Semiconductor outlook", "中国稀土供应链报告"]
        commit_ime(picker.search, "稀土")  # search as you type, in Chinese
        assert titles(picker.tree) == ["中国稀土供应链报告"]
        assert "1 source matching “稀土”" in picker.count.text()
        click_row(qtbot, picker.tree, 0)
        click(qtbot, picker.buttons.button(OK))

    def fill(dialog):
        assert dialog.windowTitle() == "Evidence for Substitutability"
        assert dialog.value_label.text() == "Current rating: Very hard"
        click(qtbot, dialog.new_button)
        click(qtbot, dialog.add_button)
        assert titles(dialog.tree) == ["Lithography market study", "中国稀土供应链报告"]
        assert file_store.sources.list("market study") == []  # joins the library only on OK
        pick(qtbot, dialog.confidence, Confidence.HIGH)
        type_into(qtbot, dialog.dissent, "One expert expects a Chinese tool by 2030.")
        click(qtbot, dialog.buttons.button(OK))

    drive(monkeypatch, SourceFormDialog, write_source)
    drive(monkeypatch, LibraryPicker, pick_from_library)
    drive(monkeypatch, EvidenceDialog, fill)
    click(qtbot, page.evidence_buttons[SUBST])

    stored = file_store.get(case_id).evidence[SUBST]
    assert [s.title for s in stored.sources] == ["Lithography market study", "中国稀土供应链报告"]
    new = stored.sources[0]
    assert (new.publisher, new.date, new.accessed) == ("Yole", "2024-03", "2024-04-02")
    assert file_store.sources.get(new.id) == new  # the new source is in the library, under its library id
    assert stored.sources[1] == rare
    assert stored.confidence is Confidence.HIGH and stored.dissent == "One expert expects a Chinese tool by 2030."
    history = file_store.history(case_id)[history_before:]
    assert [h.field for h in history] == ["evidence"]  # one transaction, one history row
    stack = editor.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Evidence for Substitutability"
    assert page.evidence_buttons[SUBST].text() == "Evidence: 2 sources · confidence high · dissent noted"

    window.act.undo.trigger()
    assert file_store.get(case_id).evidence == {}
    assert page.evidence_buttons[SUBST].text() == "No sources"
    window.act.redo.trigger()
    assert file_store.get(case_id).evidence[SUBST] == stored


def test_cancel_changes_nothing_and_edit_remove_change_only_this_ratings_copy(qtbot, window, file_store, monkeypatch):
    """Cancel leaves case and library alone; Edit changes the rating's copy (not the library), Remove drops a source, OK saves that."""
    old = library_source(file_store, "Old study", publisher="JRC", date="2019")
    case_id, editor = open_new(window, file_store, strength=STRENGTH_DONE, leverage=LEVERAGE_DONE)
    case = file_store.get(case_id)
    file_store.set_fields(case_id, evidence_changes(case, SUBST, RatingEvidence(sources=[old], confidence="low")))
    window.open_case(case_id)
    editor = window.editor
    click_step(qtbot, editor, LEVERAGE)
    page = editor.pages[LEVERAGE]
    before = file_store.get(case_id)
    library = file_store.sources.list()

    def write_source(form):
        type_into(qtbot, form.title_edit, "Never saved")
        click(qtbot, form.buttons.button(OK))

    def cancel(dialog):
        click(qtbot, dialog.new_button)
        pick(qtbot, dialog.confidence, None)  # "Not stated"
        click(qtbot, dialog.buttons.button(CANCEL))

    drive(monkeypatch, SourceFormDialog, write_source)
    drive(monkeypatch, EvidenceDialog, cancel)
    click(qtbot, page.evidence_buttons[SUBST])
    assert file_store.get(case_id) == before and file_store.sources.list() == library
    assert editor.undo_stack.count() == 0

    def retitle(form):
        assert "copy cited for this rating" in form.note_label.text()
        form.title_edit.clear()
        type_into(qtbot, form.title_edit, "Old study (2nd ed.)")
        click(qtbot, form.buttons.button(OK))

    def edit_then_remove(dialog):
        click_row(qtbot, dialog.tree, 0)
        click(qtbot, dialog.edit_button)
        assert titles(dialog.tree) == ["Old study (2nd ed.)"]
        click(qtbot, dialog.buttons.button(OK))

    drive(monkeypatch, SourceFormDialog, retitle)
    drive(monkeypatch, EvidenceDialog, edit_then_remove)
    click(qtbot, page.evidence_buttons[SUBST])
    assert [s.title for s in file_store.get(case_id).evidence[SUBST].sources] == ["Old study (2nd ed.)"]
    assert file_store.sources.get(old.id).title == "Old study"  # the library keeps its entry

    def remove_all(dialog):
        click_row(qtbot, dialog.tree, 0)
        click(qtbot, dialog.remove_button)
        assert titles(dialog.tree) == []
        click(qtbot, dialog.buttons.button(OK))

    drive(monkeypatch, EvidenceDialog, remove_all)
    click(qtbot, page.evidence_buttons[SUBST])
    assert file_store.get(case_id).evidence[SUBST] == RatingEvidence(confidence=Confidence.LOW)
    assert page.evidence_buttons[SUBST].text() == "No sources · confidence low"
    assert editor.undo_stack.count() == 2


# -- stale sources, in words -----------------------------------------------------------------------
def test_sources_older_than_three_years_are_marked_in_words(qtbot, window, file_store, monkeypatch):
    """A rating whose newest source is over 3 years old says so on its control and in its dialog; a recent source clears it."""
    old = library_source(file_store, "Supply study", date="2015")
    recent = library_source(file_store, "Market update", date=str(date.today().year))
    case_id, _ = open_new(window, file_store, strength=STRENGTH_DONE, leverage=LEVERAGE_DONE)
    case = file_store.get(case_id)
    level = "ambition.feasibility.ability_to_deny"
    file_store.set_fields(case_id, evidence_changes(case, level, RatingEvidence(sources=[old])))
    window.open_case(case_id)
    editor = window.editor
    click_step(qtbot, editor, AMBITION)
    page = editor.pages[AMBITION]
    button = page.evidence_buttons[level]
    assert button.state == "stale"
    assert button.text().replace("\n", " ") == "Evidence: 1 source ⚠ sources older than 3 years"
    assert "The newest source dates from 2015: older than 3 years." in button.toolTip()

    def add_recent(dialog):
        assert "⚠ The newest source dates from 2015: older than 3 years." in dialog.sources_note.text()
        click(qtbot, dialog.add_button)
        assert "older than 3 years" not in dialog.sources_note.text()
        click(qtbot, dialog.buttons.button(OK))

    def pick_recent(picker):
        type_into(qtbot, picker.search, "update")
        click_row(qtbot, picker.tree, 0)
        click(qtbot, picker.buttons.button(OK))

    drive(monkeypatch, LibraryPicker, pick_recent)
    drive(monkeypatch, EvidenceDialog, add_recent)
    click(qtbot, button)
    assert [s.id for s in file_store.get(case_id).evidence[level].sources] == [old.id, recent.id]
    assert button.state == "some" and button.text().replace("\n", " ") == "Evidence: 2 sources"


# -- reference cases: read, never change -----------------------------------------------------------------
def test_reference_case_evidence_opens_read_only(qtbot, window, file_store, monkeypatch):
    """On a reference case the control still opens the dialog, to read only: no add, new or remove, confidence and dissent fixed, nothing stored."""
    editor = window.open_case(LITHO)
    click_step(qtbot, editor, LEVERAGE)
    page = editor.pages[LEVERAGE]
    history = file_store.history(LITHO)
    button = page.evidence_buttons["leverage.degree"]
    assert button.isEnabled() and "Click to read it." in button.toolTip()
    seen = []

    def read(dialog):
        seen.append(dialog)
        assert dialog.read_only
        assert "reference case" in dialog.read_only_note.text()
        for hidden in (dialog.add_button, dialog.new_button, dialog.remove_button):
            assert hidden.isHidden()
        assert dialog.buttons.button(OK) is None and dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
        assert dialog.confidence.value() is Confidence.LOW  # the reference's own (an inferred degree)
        pick(qtbot, dialog.confidence, Confidence.HIGH)
        assert dialog.confidence.value() is Confidence.LOW
        assert dialog.dissent.isReadOnly()
        dialog.accept()  # even an accept changes nothing

    drive(monkeypatch, EvidenceDialog, read)
    click(qtbot, button)
    assert seen and file_store.history(LITHO) == history and editor.undo_stack.count() == 0


# -- the source library ------------------------------------------------------------------------
def test_source_library_search_edit_and_delete_refused_while_cited(qtbot, window, file_store, monkeypatch):
    """The library lists title, publisher, date and how many cases cite each source; search narrows as you type (Chinese too); an edit is saved to the library only; deleting a cited source is refused with the store's reason, an uncited one goes."""
    cited = library_source(file_store, "Photonics roadmap", publisher="Photonics21", date="2022")
    spare = library_source(file_store, "光子学白皮书", publisher="中国光学学会", date="2021")
    case_id, _ = open_new(window, file_store, strength=STRENGTH_DONE, leverage=LEVERAGE_DONE)
    case = file_store.get(case_id)
    file_store.set_fields(case_id, evidence_changes(case, SUBST, RatingEvidence(sources=[cited])))

    dialog = SourceLibraryDialog(file_store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    tree = dialog.tree
    assert titles(tree) == ["Photonics roadmap", "光子学白皮书"]
    assert [tree.topLevelItem(0).text(c) for c in range(4)] == ["Photonics roadmap", "Photonics21", "2022", "1 case"]
    assert tree.topLevelItem(1).text(3) == "not cited"
    assert "not what cases already say" in dialog.intro.text()

    commit_ime(dialog.search, "白皮书")
    assert titles(tree) == ["光子学白皮书"]
    dialog.search.clear()
    type_into(qtbot, dialog.search, "roadmap")
    assert titles(tree) == ["Photonics roadmap"]

    def retitle(form):
        form.title_edit.clear()
        type_into(qtbot, form.title_edit, "Photonics roadmap 2030")
        click(qtbot, form.buttons.button(OK))

    drive(monkeypatch, SourceFormDialog, retitle)
    click_row(qtbot, tree, 0)
    click(qtbot, dialog.edit_button)
    assert file_store.sources.get(cited.id).title == "Photonics roadmap 2030"
    assert file_store.get(case_id).evidence[SUBST].sources[0].title == "Photonics roadmap"  # the case keeps its copy

    dialog.search.clear()
    asked = []
    monkeypatch.setattr(SourceLibraryDialog, "confirm_delete", lambda self, source: asked.append(source.title) or True)
    click_row(qtbot, tree, 0)
    click(qtbot, dialog.delete_button)
    assert dialog.status.isVisibleTo(dialog) and dialog.status.text().startswith("Not deleted: the source is still cited by 1 case")
    assert file_store.sources.get(cited.id)
    click_row(qtbot, tree, 1)
    click(qtbot, dialog.delete_button)
    assert asked == ["Photonics roadmap 2030", "光子学白皮书"]
    assert [s.id for s in file_store.sources.list()] == [cited.id] and titles(tree) == ["Photonics roadmap 2030"]
    assert not dialog.status.isVisibleTo(dialog)
    assert spare.id not in {s.id for s in file_store.sources.list()}


def test_source_text_is_shown_literally(qtbot, window, file_store):
    """Markup in a source's title is shown as typed in the control's tool tip and the lists."""
    src = library_source(file_store, "<b>Bold</b> & <i>claims</i>", note="<a href='x'>link</a>")
    case_id, _ = open_new(window, file_store, strength=STRENGTH_DONE, leverage=LEVERAGE_DONE)
    case = file_store.get(case_id)
    file_store.set_fields(case_id, evidence_changes(case, SUBST, RatingEvidence(sources=[src])))
    window.open_case(case_id)
    click_step(qtbot, window.editor, LEVERAGE)
    tip = window.editor.pages[LEVERAGE].evidence_buttons[SUBST].toolTip()
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;i&gt;claims&lt;/i&gt;" in tip and "<b>" not in tip
    dialog = SourceLibraryDialog(file_store, window)
    qtbot.addWidget(dialog)
    assert titles(dialog.tree) == ["<b>Bold</b> & <i>claims</i>"]
    assert "&lt;a href=" in dialog.tree.topLevelItem(0).toolTip(0)
