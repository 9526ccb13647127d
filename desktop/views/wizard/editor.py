"""The case editor: step indicator on the left, the current step's page, Back / Next below.

Any step can be opened at any time (click it, Ctrl+PageUp / Ctrl+PageDown, or Back / Next);
incomplete steps are marked, never forbidden. A reference case opens read-only with a clear
"Duplicate to Edit" action.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...models import language
from ...models.case import Case
from ...models.scales import Step
from ...models.storage.interface import CaseStorage
from .. import translation
from ..announce import announce
from ..dialogs import plain_message, wait_or_go
from ..keys import declare
from . import conflict_dialog
from .ambition_page import AmbitionPage
from .basics_page import BasicsPage
from .controller import CaseEditorController
from .instruments_page import InstrumentsPage
from .leverage_page import LeveragePage
from .page_base import WizardPage, plain_label
from .review_page import ReviewPage
from .strength_page import StrengthPage

PAGE_CLASSES = (BasicsPage, StrengthPage, LeveragePage, AmbitionPage, InstrumentsPage, ReviewPage)
declare(QT_TRANSLATE_NOOP("Keys", "Case editor"), QT_TRANSLATE_NOOP("Keys", "Ctrl+PgDown / Ctrl+PgUp"),
        QT_TRANSLATE_NOOP("Keys", "Next or previous step"))
declare(QT_TRANSLATE_NOOP("Keys", "Case editor"), QT_TRANSLATE_NOOP("Keys", "Up / Down (in the step list)"),
        QT_TRANSLATE_NOOP("Keys", "Open another step; Tab goes into the page"))
declare(QT_TRANSLATE_NOOP("Keys", "Case editor"), QT_TRANSLATE_NOOP("Keys", "Esc"),
        QT_TRANSLATE_NOOP("Keys", "Close the case (it is saved as you go)"))

REVIEW = QT_TRANSLATE_NOOP("CaseEditor", "Review")


def step_names() -> tuple[str, ...]:
    """The step list's names ("Basics", "1 · Strength" … "Review") in the interface's language:
    the glossary's names of the steps."""
    lang = translation.current()
    numbered = [f"{n} · {language.label(step, lang)}" for n, step in enumerate(
        (Step.STRENGTH, Step.LEVERAGE, Step.AMBITION, Step.INSTRUMENTS), start=1)]
    return (language.label(Step.BASICS, lang), *numbered, QCoreApplication.translate("CaseEditor", REVIEW))


class CaseEditor(QWidget):
    close_requested = Signal()
    duplicate_requested = Signal(str)  # the id of the (reference) case to copy
    case_changed = Signal(object)  # the Case after every edit, undo and redo

    def __init__(self, store: CaseStorage, case_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = CaseEditorController(store, case_id, self)
        self.setObjectName("caseEditor")

        self.back_to_list = QPushButton(self.tr("← All cases"))
        self.back_to_list.setObjectName("backToList")
        self.back_to_list.setToolTip(self.tr("Back to the case list (Esc). Everything is already saved."))
        self.back_to_list.clicked.connect(self.request_close)
        self.title_label = plain_label("", "editorTitle", wrap=False)
        self.saved_label = plain_label("", "savedLabel", wrap=False)
        header = QHBoxLayout()
        header.addWidget(self.back_to_list)
        header.addSpacing(12)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.saved_label)

        self.banner = QFrame(objectName="readOnlyBanner")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(12, 6, 12, 6)
        banner_text = (self.tr("This is a reference case from the DPC 2024 report: it is read-only.")
                       if self.controller.case.is_reference else
                       self.tr("You may read this team database but not change it.")
                       if getattr(store, "location", None) else
                       self.tr("This database is open in another window, so it is read-only here."))
        banner_layout.addWidget(plain_label(banner_text, "bannerText"), 1)
        self.duplicate_button = QPushButton(self.tr("Duplicate to Edit"))
        self.duplicate_button.setObjectName("duplicateToEdit")
        if store.read_only:
            self.duplicate_button.hide()  # nothing can be written through a read-only window
        self.duplicate_button.clicked.connect(lambda: self.duplicate_requested.emit(self.controller.case_id))
        banner_layout.addWidget(self.duplicate_button)

        # edits the database did not take yet (the server away): kept, said, retried (unsaved.py)
        self.unsaved_banner = QFrame(objectName="readOnlyBanner")
        unsaved_layout = QHBoxLayout(self.unsaved_banner)
        unsaved_layout.setContentsMargins(12, 6, 12, 6)
        self.unsaved_text = plain_label("", "bannerText")
        self.unsaved_text.setWordWrap(True)
        unsaved_layout.addWidget(self.unsaved_text, 1)
        self.retry_button = QPushButton(self.tr("Retry Now"))
        self.retry_button.setAccessibleDescription(self.tr("Save the kept changes now"))

        def retry_now() -> None:  # (a press is answered: still refused, the reason is said again)
            if (still := self.controller.unsaved.retry_now()) is not None:
                announce(self, self.tr("Not saved yet: %1").replace("%1", still))

        self.retry_button.clicked.connect(retry_now)
        unsaved_layout.addWidget(self.retry_button)
        self.unsaved_banner.hide()
        self.controller.unsaved.changed.connect(self._on_unsaved)

        self.steps = QListWidget(objectName="stepList")
        self.steps.setFixedWidth(190)
        self.steps.setWordWrap(True)  # a longer name ("Informations de base") takes two lines, never a scroll bar
        self.steps.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.step_names = step_names()
        self.stack = QStackedWidget()
        self.pages: list[WizardPage] = []
        for cls, name in zip(PAGE_CLASSES, self.step_names):
            page = cls(self.controller)
            self.pages.append(page)
            self.stack.addWidget(page)
            self.steps.addItem(QListWidgetItem(name))
        self.review_page.go_to_step.connect(lambda step: self.go_to(self.index_of_step(step)))
        self.steps.currentRowChanged.connect(self._show_page)

        self.back_button = QPushButton(self.tr("&Back"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setDefault(True)
        self.position_label = QLabel()
        self.back_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() + 1))
        footer = QHBoxLayout()
        footer.addWidget(self.position_label, 1)
        footer.addWidget(self.back_button)
        footer.addWidget(self.next_button)

        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addLayout(footer)
        middle = QHBoxLayout()
        middle.addWidget(self.steps)
        middle.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.unsaved_banner)
        layout.addLayout(middle, 1)

        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.go_to(self.stack.currentIndex() + 1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.go_to(self.stack.currentIndex() - 1))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.request_close)

        self.controller.case_changed.connect(self._on_case_changed)
        self.controller.edit_failed.connect(self.show_error)
        self.controller.resolve_conflict = lambda conflict: conflict_dialog.ask(self, conflict)
        read_only = self.controller.read_only
        self.banner.setVisible(read_only)
        for page in self.pages:
            page.set_read_only(read_only)
        self._on_case_changed(self.controller.case)
        self.steps.setCurrentRow(0)
        self.steps.setFocus()  # arrows move between steps, Tab goes into the page

    # -- navigation -------------------------------------------------------------------------
    @property
    def review_page(self) -> ReviewPage:
        return self.pages[-1]  # type: ignore[return-value]

    @property
    def undo_stack(self):
        return self.controller.undo_stack

    def index_of_step(self, step) -> int:
        return next(i for i, page in enumerate(self.pages) if page.step is step)

    def current_page(self) -> WizardPage:
        return self.pages[self.stack.currentIndex()]

    def go_to(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            self.steps.setCurrentRow(index)

    def _show_page(self, index: int) -> None:
        if index < 0:
            return
        self.current_page().flush()  # save what was typed before the page goes away
        self.stack.setCurrentIndex(index)
        self.pages[index].refresh(self.controller.case)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.pages) - 1)
        self.next_button.setText(self.tr("&Review") if index == len(self.pages) - 2 else self.tr("&Next"))
        self.position_label.setText(self.tr("Page %1 of %2  ·  Ctrl+PgUp / Ctrl+PgDown to move between steps")
                                    .replace("%2", str(len(self.pages))).replace("%1", str(index + 1)))

    def request_close(self) -> None:
        self.flush()
        self.close_requested.emit()

    def flush(self) -> None:
        self.current_page().flush()

    def may_close(self) -> bool:
        """True unless changes still wait for the database and the user chooses to stay: one
        more try first; then "Keep Waiting" (default) or close, the changes staying in their
        recovery file (which the message names)."""
        unsaved = self.controller.unsaved
        if not unsaved:
            return True
        unsaved.retry()
        if not unsaved:
            return True
        if not wait_or_go(self, self.controller.case.title,
                          self.tr("Not saved yet: %n change(s) of this case.", "", len(unsaved.items)),
                          self.tr("If you close it now, they are kept only in %1 (File ▸ Import brings them back).")
                          .replace("%1", str(unsaved.recovery or "")), self.tr("Keep Waiting"), self.tr("Close Anyway")):
            return False
        unsaved.timer.stop()
        return True

    def _on_unsaved(self, reason: str) -> None:
        """Said once per change of state, on the page and to a screen reader; the header's
        "All changes saved" says the truth too."""
        waiting = bool(reason)
        was_waiting = not self.unsaved_banner.isHidden()
        if waiting:
            said = self.tr("Not saved yet: %1").replace("%1", reason)
            text = said + "\n" + self.tr(
                "Your changes are kept here and in %1, and saved in order as soon as the database "
                "can be reached.").replace("%1", str(self.controller.unsaved.recovery or ""))
            self.unsaved_text.setText(text)
            # Tab reaches Retry without passing the banner's text: the button says why it is there
            self.retry_button.setAccessibleDescription(self.tr("Save the kept changes now") + ". " + said)
            announce(self, text)
        elif was_waiting:
            focus = QApplication.focusWidget()
            if focus is not None and self.unsaved_banner.isAncestorOf(focus):
                self.steps.setFocus()  # (Retry goes with the banner: focus to a known place, not the next in line)
            announce(self, self.tr("All changes saved"))
        self.unsaved_banner.setVisible(waiting)
        # the button back says "Everything is already saved" (its tooltip): not while edits wait
        self.back_to_list.setToolTip(self.tr("Back to the case list (Esc). Some changes are not saved yet.") if waiting
                                     else self.tr("Back to the case list (Esc). Everything is already saved."))
        self.back_to_list.setAccessibleDescription(self.tr("Not saved yet") if waiting else "")
        self.saved_label.setText(self.tr("Not saved yet") if waiting else self.tr("All changes saved"))

    def show_error(self, message: str) -> None:
        plain_message(self, QMessageBox.Icon.Warning, self.tr("Not saved"), message).exec()

    # -- updates ----------------------------------------------------------------------------
    def _on_case_changed(self, case: Case) -> None:
        self.title_label.setText(case.title)
        self.saved_label.setText(self.tr("Read-only") if self.controller.read_only
                                 else self.tr("Not saved yet") if self.controller.unsaved else self.tr("All changes saved"))
        done = set(case.completed_steps())
        for row, page in enumerate(self.pages):
            item = self.steps.item(row)
            if page.step is None:
                item.setText(self.step_names[row])
                continue
            complete = page.step in done
            item.setText(f"{'✓' if complete else '○'}  {self.step_names[row]}")
            item.setToolTip(self.tr("Complete") if complete else self.tr("Not complete yet: open it to see what is missing"))
        self.current_page().refresh(case)
        self.case_changed.emit(case)
