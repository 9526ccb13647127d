"""Issue 17, the dialogs and the Review page for screen readers: every control that takes focus
has a name (its own, its text, or a label that is its buddy), combos are labelled by a buddy
label, errors are tied to their field and announced, and Review's "Go to" links are real
buttons that open their step. The same screens are checked over AT-SPI by hand (see the note)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)
from wizard_walk_helpers import REVIEW, open_new

import desktop.views.announce as announce_module
from desktop.models.case import Case, SourceRef
from desktop.models.scales import Step
from desktop.models.storage.records import StoreError
from desktop.views.analysis.diff_view import DiffDialog
from desktop.views.analysis.sensitivity_dialog import SensitivityDialog
from desktop.views.analysis.snapshot_dialog import SnapshotDialog
from desktop.views.export.scorecard_dialog import ScorecardDialog
from desktop.views.sources.library_dialog import LibraryPicker, SourceLibraryDialog
from desktop.views.sources.widgets import SourceFormDialog
from desktop.views.wizard.evidence_dialog import EvidenceDialog
from desktop.views.wizard.instrument_dialog import InstrumentDialog
from desktop.views.wizard.review_links import summary
from desktop.views.wizard.review_page import listed_by_step

LITHO = "dpc2024-lithography"
pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


def unnamed(root: QWidget) -> list[QWidget]:
    """Shown controls taking Tab focus that a screen reader would announce without a name."""
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    out = []
    for w in root.findChildren(QWidget):
        if not (w.isVisibleTo(root) and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if isinstance(w.parentWidget(), (QAbstractItemView, QAbstractSpinBox)):
            continue  # an item view's viewport and a spin box's line speak through their owner
        if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), QComboBox):
            named = bool(w.accessibleName())  # an editable combo's line is its own focus stop
        elif isinstance(w, QComboBox):
            named = w in buddies  # on Linux a combo is announced by its value unless labelled
        else:
            named = bool(w.accessibleName()) or w in buddies or (isinstance(w, QAbstractButton) and bool(w.text()))
        if not named:
            out.append(w)
    return out


def no_html(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if "<" in w.accessibleDescription()]


@pytest.fixture
def heard(monkeypatch):
    """What was announced to screen readers (the Qt event is sent as well)."""
    said: list[str] = []
    real = announce_module.announce

    def spy(widget, message, *, assertive=False):
        said.append(message)
        real(widget, message, assertive=assertive)

    monkeypatch.setattr(announce_module, "announce", spy)
    return said


def test_scorecard_dialog_names_dpi_banner_and_preview(qtbot, store):
    d = ScorecardDialog(store, [LITHO])
    qtbot.addWidget(d)
    assert unnamed(d) == [] and no_html(d) == []
    assert d.dpi.accessibleName() and d.banner.lineEdit().accessibleName() == "Banner"
    assert d.banner.itemData(0, Qt.ItemDataRole.AccessibleTextRole) == "No banner"
    assert d.findChild(QWidget, "previewArea").accessibleName() == "Preview"


@pytest.mark.parametrize("make", [
    lambda store: SensitivityDialog(store, LITHO),
    lambda store: DiffDialog(store, LITHO),
    lambda store: SnapshotDialog(store, LITHO),
    lambda store: SourceLibraryDialog(store),
    lambda store: LibraryPicker(None, store),
    lambda store: SourceFormDialog(None, None),
    lambda store: InstrumentDialog(None, None),
    lambda store: EvidenceDialog(None, store, store.get(LITHO), "leverage.substitutability"),
], ids=["sensitivity", "what-changed", "snapshots", "library", "picker", "source-form", "instrument", "evidence"])
def test_every_focus_stop_of_the_dialogs_is_named(qtbot, store, make):
    d = make(store)
    qtbot.addWidget(d)
    d.show()
    assert unnamed(d) == []
    assert no_html(d) == []


def test_tables_in_the_analysis_dialogs_let_tab_leave(qtbot, store):
    d = SensitivityDialog(store, LITHO)
    qtbot.addWidget(d)
    assert d.table.accessibleName() and not d.table.tabKeyNavigation()
    diff = DiffDialog(store, LITHO)
    qtbot.addWidget(diff)
    assert not diff.view.table.tabKeyNavigation()


def test_a_bad_date_is_shown_tied_to_its_field_and_announced(qtbot, heard):
    form = SourceFormDialog(None, None)
    qtbot.addWidget(form)
    form.show()
    plain = form.date_edit.accessibleDescription()
    form.title_edit.setText("Market study")
    form.date_edit.setText("2023-13")
    form.accept()
    assert form.result() != QDialog.DialogCode.Accepted and form.error.isVisibleTo(form)
    assert "not a real date" in form.date_edit.accessibleDescription()
    assert form.focusWidget() is form.date_edit
    assert heard and "not a real date" in heard[-1]
    form.date_edit.setText("2023-05")
    form.accessed_edit.setText("yesterday")  # now the other date field is the one in error
    form.accept()
    assert form.date_edit.accessibleDescription() == plain
    assert "is not a date" in form.accessed_edit.accessibleDescription() and "is not a date" in heard[-1]


def test_an_evidence_save_error_is_announced_on_the_source_list(qtbot, file_store, monkeypatch, heard):
    case = file_store.create("Chips")
    d = EvidenceDialog(None, file_store, case, "leverage.substitutability")
    qtbot.addWidget(d)
    d.sources.append(SourceRef(id="new-source-1", title="Study"))

    def refuse(_source):
        raise StoreError("the disk is full")

    monkeypatch.setattr(file_store.sources, "save", refuse)
    d.accept()
    assert d.error.isVisibleTo(d) and "the disk is full" in d.tree.accessibleDescription()
    assert "the disk is full" in heard[-1]


def test_review_go_to_links_are_named_buttons_that_open_their_step(qtbot, window, file_store):
    _case_id, editor = open_new(window, file_store, "Quantum sensing")
    editor.go_to(REVIEW)
    page = editor.review_page
    listed = listed_by_step(file_store.get(_case_id))
    shown = [step for step, button in page.links.buttons.items() if button.isVisibleTo(page)]
    assert shown == [step for step in Step if listed.get(step)] and Step.BASICS in shown
    basics = page.links.buttons[Step.BASICS]
    assert basics.accessibleName().startswith("Go to Basics: ") and "to do" in basics.accessibleName()
    assert "No summary of the niche." in basics.accessibleDescription() and "<" not in basics.accessibleDescription()
    assert unnamed(page) == []
    leverage = page.links.buttons[Step.LEVERAGE]
    leverage.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(leverage, Qt.Key.Key_Space)  # the keyboard follows the link
    assert editor.current_page() is editor.pages[editor.index_of_step(Step.LEVERAGE)]


def test_review_lists_finding5_advice_in_plain_words_too(qtbot):
    case = Case(id="c", title="Blank")
    items = listed_by_step(case)
    assert items and all(kind in {"gap", "inconsistency", "optional", "advice", "evidence"}
                         for v in items.values() for kind, _m in v)
    assert summary(items[Step.AMBITION]) == "4 to do, 3 advised"  # four ratings required; level, balance, rationale advised


def test_the_one_line_prompt_names_its_field(qtbot, monkeypatch):
    """Rename and Take Snapshot ask with ``ask_text``: its field is named by its caption."""
    from desktop.views import dialogs

    seen = {}

    def look(dialog):
        seen["unnamed"] = unnamed(dialog)
        seen["name"] = dialog.findChild(QLineEdit).accessibleName()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", look)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert dialogs.ask_text(parent, "Take snapshot", "Name of the snapshot:", "Before the workshop") is None
    assert seen == {"unnamed": [], "name": "Name of the snapshot"}


def test_down_in_the_library_search_goes_to_the_first_source(qtbot, file_store):
    for title in ("Semiconductor outlook", "Market study"):
        file_store.sources.save(SourceRef.model_construct(id="", title=title))
    d = SourceLibraryDialog(file_store)
    qtbot.addWidget(d)
    d.show()
    with qtbot.waitActive(d):  # the Down key is a shortcut of the search box: its window is active
        d.activateWindow()
    d.tree.setCurrentItem(None)
    d.search.setFocus()
    qtbot.keyClicks(d.search, "study")
    qtbot.keyClick(d.search, Qt.Key.Key_Down)
    assert d.focusWidget() is d.tree and d.tree.current_source().title == "Market study"
