"""The evidence behind one rating: its sources, how confident the assessors are, and any dissent.

Nothing is written while the dialog is open: OK hands the page the whole ``RatingEvidence``,
which it applies as one edit (one undo step); new sources are added to the source library on OK
too, so Cancel changes nothing anywhere. A read-only case (a reference case) shows the same
dialog to read, with nothing to change. Its words are in the interface's language; the sources
and the dissent are content, shown as written.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...models.case import Case, RatingEvidence, SourceRef
from ...models.evidence import RATINGS, evidence_for, newest_source_date, rating_value, stale_days
from ...models.language import label
from ..error_text import error_text
from ...models.storage.interface import CaseStorage
from ...models.storage.records import StoreError
from ...models.scales import Confidence
from ..announce import clear_error, show_error
from ..sources.evidence_settings import stale_years
from ..sources.library_dialog import LibraryPicker, SourceFormDialog, SourceTree
from .evidence_button import stale_sentence
from .page_base import heading, help_label, plain_label, rating_label
from .tool_words import fill, lang
from .widgets import ChoiceRow

translate = QCoreApplication.translate
CONFIDENCE_CHOICES = [Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH, None]
CONFIDENCE_LABELS = {None: QT_TRANSLATE_NOOP("EvidenceDialog", "Not stated")}  # translated where shown
STALE_NOTE_STYLE = ("QLabel { background: #fff4d6; border: 1px solid #c9a227; border-radius: 4px; color: #3d2f00;"
                    " padding: 4px 8px; }")
NEW_PREFIX = "new-source-"  # ids of sources written here, until OK saves them to the library

def rating_value_text(case: Case, path: str) -> str:
    """The rating's current value in words ("Very hard", "Yes", "not rated yet")."""
    value = rating_value(case, path)
    if value is None or value == []:
        return translate("EvidenceDialog", "not rated yet")
    if isinstance(value, bool):
        return translate("EvidenceDialog", "Yes") if value else translate("EvidenceDialog", "No")
    if isinstance(value, list):
        return ", ".join(label(v, lang()) for v in value)
    return label(value, lang())


class EvidenceDialog(QDialog):
    def __init__(self, parent: QWidget | None, store: CaseStorage, case: Case, path: str, *, read_only: bool = False):
        super().__init__(parent)
        self.store = store
        self.path = path
        self.read_only = read_only
        self.label = rating_label(path) if path in RATINGS else path
        evidence = evidence_for(case, path)
        self.sources: list[SourceRef] = list(evidence.sources)
        self._new_count = 0
        self.setWindowTitle(fill(self.tr("Evidence for %1"), self.label))
        from ..guide.context import install_help  # (the guide loads on first use)

        install_help(self, "evidence")  # F1: a modal dialog, out of the main window's reach

        title = plain_label(self.label, "sectionHeading")
        self.value_label = plain_label(fill(self.tr("Current rating: %1"), rating_value_text(case, path)), "fieldLabel")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.value_label)
        self.read_only_note = None
        if read_only:
            why = (self.tr("This is a reference case: its evidence is shown to read, not to change.")
                   if case.is_reference else self.tr("This case is read-only here: its evidence is shown to read."))
            self.read_only_note = help_label(why)
            layout.addWidget(self.read_only_note)

        layout.addWidget(heading(self.tr("Sources")))
        self.tree = SourceTree()
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setMinimumHeight(150)
        self.tree.setAccessibleName(self.tr("Sources"))
        self.add_button = QPushButton(self.tr("&Add from library…"))
        self.new_button = QPushButton(self.tr("&New source…"))
        self.edit_button = QPushButton(self.tr("View…") if read_only else self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.add_button.clicked.connect(self.add_from_library)
        self.new_button.clicked.connect(self.new_source)
        self.edit_button.clicked.connect(self.edit_source)
        self.remove_button.clicked.connect(self.remove_source)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_source())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        side = QVBoxLayout()
        for button in (self.add_button, self.new_button, self.edit_button, self.remove_button):
            side.addWidget(button)
        side.addStretch(1)
        sources_row = QHBoxLayout()
        sources_row.addWidget(self.tree, 1)
        sources_row.addLayout(side)
        layout.addLayout(sources_row, 1)
        self.sources_note = plain_label("", "helpText")
        layout.addWidget(self.sources_note)

        layout.addWidget(heading(self.tr("Confidence")))
        labels = {member: translate("EvidenceDialog", text) for member, text in CONFIDENCE_LABELS.items()}
        self.confidence = ChoiceRow(CONFIDENCE_CHOICES, labels=labels, accessible_name=self.tr("Confidence"))
        self.confidence.set_value(evidence.confidence)
        layout.addWidget(self.confidence)

        layout.addWidget(heading(self.tr("Dissent")))
        self.dissent = QPlainTextEdit(evidence.dissent or "")
        self.dissent.setPlaceholderText(self.tr("A view the group did not follow: who held it and why (kept for the memo)."))
        self.dissent.setTabChangesFocus(True)
        self.dissent.setAccessibleName(self.tr("Dissent"))
        self.dissent.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 18)
        layout.addWidget(self.dissent)

        self.error = plain_label("", "evidenceError")
        self.error.setStyleSheet("QLabel#evidenceError { color: #8a1c00; font-weight: 600; }")
        self.error.hide()
        layout.addWidget(self.error)

        if read_only:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.buttons.rejected.connect(self.reject)
            for button in (self.add_button, self.new_button, self.remove_button):
                button.hide()
            self.confidence.set_read_only(True)
            self.dissent.setReadOnly(True)
            self.dissent.setPlaceholderText(self.tr("No dissent recorded."))
        else:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
            self.buttons.accepted.connect(self.accept)
            self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(720, 600)
        self._show_sources()

    # -- the working list ---------------------------------------------------------------------
    def _show_sources(self, current_id: str | None = None) -> None:
        clear_error(self.error, (self.tree,))  # the list changed: an old error no longer describes it
        self.tree.set_sources(self.sources)
        ids = [s.id for s in self.sources]
        if current_id in ids:
            self.tree.setCurrentItem(self.tree.topLevelItem(ids.index(current_id)))
        notes = []
        if not self.sources:
            notes.append(self.tr("No sources yet.") if self.read_only else
                         self.tr("No sources yet. Add one from the library, or write a new one (it joins the library)."))
        evidence = RatingEvidence(sources=self.sources)
        newest = newest_source_date(evidence)
        years = stale_years()
        stale = newest is not None and (date.today() - newest).days > stale_days(years)
        if stale:
            notes.append(fill(self.tr("%1 Is there anything more recent?"), stale_sentence(evidence, years)))
        self.sources_note.setText(" ".join(notes))
        self.sources_note.setVisible(bool(notes))
        self.sources_note.setStyleSheet(STALE_NOTE_STYLE if stale else "")
        if not self.tree.property("a11yError"):  # heard on the list, not only seen below it
            self.tree.setAccessibleDescription(" ".join(notes))
        self._update_buttons()

    def _is_new(self, source: SourceRef) -> bool:
        return source.id.startswith(NEW_PREFIX)

    def _update_buttons(self) -> None:
        chosen = self.tree.current_source() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and not self.read_only)

    # -- the questions (their dialogs' exec is patched in tests) -------------------------------
    def add_from_library(self) -> None:
        if self.read_only:
            return
        picker = LibraryPicker(self, self.store, {s.id for s in self.sources})
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = picker.chosen()
        self.sources.extend(chosen)
        self._show_sources(chosen[-1].id if chosen else None)

    def new_source(self) -> None:
        if self.read_only:
            return
        form = SourceFormDialog(self, None, heading=self.tr("New source"),
                                note=self.tr("The source is added to the library when you press OK in the evidence "
                                             "dialog, so other ratings and cases can cite it too."))
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        self._new_count += 1
        source = form.value(new_id=f"{NEW_PREFIX}{self._new_count}")
        self.sources.append(source)
        self._show_sources(source.id)

    def edit_source(self) -> None:
        current = self.tree.current_source()
        if current is None:
            return
        if self.read_only:
            SourceFormDialog(self, current, heading=self.tr("Source"), read_only=True).exec()
            return
        note = (self.tr("Not in the library yet: it is added when you press OK.") if self._is_new(current) else
                self.tr("This changes the copy cited for this rating. The library entry (and other cases) keep theirs; "
                        "correct the library itself in the Source Library."))
        form = SourceFormDialog(self, current, heading=self.tr("Edit source"), note=note)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        edited = form.value()
        self.sources = [edited if s.id == current.id else s for s in self.sources]
        self._show_sources(edited.id)

    def remove_source(self) -> None:
        current = self.tree.current_source()
        if current is None or self.read_only:
            return
        self.sources = [s for s in self.sources if s.id != current.id]
        self._show_sources()

    # -- result ---------------------------------------------------------------------------
    def accept(self) -> None:
        """Save the sources written here to the library (they get their library ids), then close."""
        if self.read_only:
            return self.reject()
        for n, source in enumerate(self.sources):
            if not self._is_new(source):
                continue
            try:  # each saved source takes its library id at once, so a retry never saves it twice
                self.sources[n] = self.store.sources.save(source.model_copy(update={"id": ""}))
            except StoreError as error:
                self._show_sources()
                show_error(self.error, fill(self.tr("“%1” could not be added to the library: %2"), source.title, error_text(error)),
                           self.tree)
                return
        self._show_sources()
        super().accept()

    def value(self) -> RatingEvidence | None:
        """Everything shown, as the rating's evidence (None when there is none at all)."""
        dissent = self.dissent.toPlainText().strip() or None
        confidence = self.confidence.value()
        if not self.sources and confidence is None and dissent is None:
            return None
        return RatingEvidence(sources=self.sources, confidence=confidence, dissent=dissent)
