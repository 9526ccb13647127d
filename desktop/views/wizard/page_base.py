"""What every wizard page shares: a scrollable body, headings, help text, and the refresh cycle.

A page reads the case in ``refresh(case)`` (called after every edit, undo and redo) and writes
only through ``self.controller``. While refreshing, widget signals are ignored, so showing a
value never looks like the user choosing it.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QDialog, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...models import language
from ...models.case import Case
from ...models.evidence import (
    RATINGS,
    evidence_changes,
    evidence_for,
    stale_days,
    stale_ratings,
)
from ...models.provenance import rating_provenance
from ...models.scales import Level, Pillar, Step
from .. import translation
from ..sources.evidence_settings import stale_years
from ..literal import plain_label  # noqa: F401  (the wizard pages import it from here)
from .controller import CaseEditorController
from .evidence_button import EvidenceButton
from .choice_row import EVIDENCE_KEY, evidence_hint
from .widgets import ProvenanceMark, provenance_legend, shown


def lower_first(text: str) -> str:
    """A term inside a sentence: "Degree of leverage" → "degree of leverage"; German keeps its capitals."""
    return text if translation.current() == "de" else text[:1].lower() + text[1:]


def rating_label(path: str) -> str:
    """A rating that can carry evidence (a key of ``evidence.RATINGS``) named in the interface's
    language; the English is ``evidence.RATINGS``'s, word for word (a test checks it)."""
    lang, parts = translation.current(), path.split(".")
    if parts[:2] == ["strength", "pillars"]:
        return QCoreApplication.translate("WizardPage", "%1 — likelihood").replace("%1", shown(Pillar(parts[2])))
    if parts == ["leverage", "degree"]:
        return language.term("term.degree_of_leverage", lang)
    if parts[0] == "leverage":
        return language.term(f"term.{parts[1]}", lang)
    if parts[:2] == ["ambition", "feasibility"]:
        return QCoreApplication.translate("WizardPage", "%1 — feasibility").replace("%1", shown(Level(parts[2])))
    return language.term("term.level_chosen", lang)


def help_label(text: str) -> QLabel:
    return plain_label(text, "helpText")


def heading(text: str) -> QLabel:
    return plain_label(text, "sectionHeading")


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setObjectName("separator")
    return line


class WizardPage(QScrollArea):
    """Subclasses mark ``title`` and ``intro`` with ``QT_TRANSLATE_NOOP("WizardPage", …)``: they
    are shown in the interface's language (``heading_text``, ``intro_text``)."""

    step: Step
    title: str = ""
    intro: str = ""

    def __init__(self, controller: CaseEditorController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self._refreshing = False
        self.evidence_buttons: dict[str, EvidenceButton] = {}  # rating path -> its Evidence control
        self.evidence_owners: dict[str, QWidget] = {}  # rating path -> the input whose F4 opens it
        # rating path -> what shows its provenance mark (a ChoiceRow, a ProvenanceMark): reference cases
        self.provenance_widgets: dict[str, list] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page is no Tab stop of its own: its inputs are
        self.setAccessibleName(self.heading_text())
        body = QWidget()
        body.setObjectName("pageBody")
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(24, 16, 24, 24)
        self.body.setSpacing(10)
        title = plain_label(self.heading_text(), "pageTitle")
        self.body.addWidget(title)
        if self.intro:
            self.body.addWidget(help_label(self.intro_text()))
        self.provenance_legend = help_label(provenance_legend())  # shown when the page shows a provenance mark
        self.provenance_legend.setAccessibleName(QCoreApplication.translate("WizardPage", "Legend of the provenance marks"))
        self.provenance_legend.hide()
        self.body.addWidget(self.provenance_legend)
        self.setWidget(body)

    def heading_text(self) -> str:
        """The page's title in the interface's language."""
        return QCoreApplication.translate("WizardPage", self.title)

    def intro_text(self) -> str:
        """The page's introduction in the interface's language."""
        return QCoreApplication.translate("WizardPage", self.intro)

    def finish(self) -> None:
        """Call at the end of a subclass __init__: pushes content to the top."""
        self.body.addStretch(1)

    @contextmanager
    def refreshing(self):
        self._refreshing = True
        try:
            yield
        finally:
            self._refreshing = False

    def user_edit(self, changes: dict, text: str, mergeable: bool = False) -> bool:
        """Forward an edit unless it is the echo of a refresh; whether it was stored."""
        if self._refreshing:
            return False
        if not self.controller.edit(changes, text, mergeable=mergeable):
            self.refresh(self.controller.case)  # refused or no change: show what is stored
            return False
        return True

    def refresh(self, case: Case) -> None:  # pragma: no cover - every page overrides
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:  # pragma: no cover - every page overrides
        raise NotImplementedError

    def flush(self) -> None:
        """Save any text still waiting for its typing pause (before leaving the page)."""
        for field in self.findChildren(QWidget):
            flush = getattr(field, "flush", None)
            if callable(flush) and hasattr(field, "committed"):
                flush()

    # -- suggested fields (SPEC §3): accept in one action, override only with a reason ---------
    def ask_reason(self, field_label: str, suggested: str, chosen: str) -> str | None:
        """Ask why the user departs from the suggestion (patched in tests)."""
        from .override_dialog import ask_override_reason

        return ask_override_reason(self, field_label, suggested, chosen)

    def choose_suggested(self, field: str, field_label: str, value, suggestion) -> None:
        """The user picked ``value`` for a field whose suggestion is ``suggestion``; ``field_label``
        names the field in the interface's language ("Degree of leverage")."""
        if self._refreshing:
            return
        suggested = suggestion.value
        reason = None
        if value is not None and suggested is not None and value != suggested:
            reason = self.ask_reason(field_label, shown(suggested), shown(value))
            if not reason:
                self.refresh(self.controller.case)  # cancelled: show the stored value again
                return
        self.controller.set_suggested_field(
            field, value.value if value is not None else None,
            suggested.value if suggested is not None else None, reason,
            QCoreApplication.translate("WizardPage", "Set %1").replace("%1", lower_first(field_label)),
        )

    def accept_suggestion(self, field: str, field_label: str, suggestion) -> None:
        if suggestion.value is not None:
            token = suggestion.value.value
            text = QCoreApplication.translate("WizardPage", "Accept suggested %1").replace("%1", lower_first(field_label))
            self.controller.set_suggested_field(field, token, token, None, text)

    # -- evidence behind a rating (sources, confidence, dissent) -----------------------------
    def evidence_button(self, path: str, max_text_width: int | None = None, owner: QWidget | None = None) -> EvidenceButton:
        """The Evidence control for the rating at ``path`` (a key of ``evidence.RATINGS``);
        ``owner`` is the rating's input: F4 in it opens the evidence, and it says its state."""
        button = EvidenceButton(path, rating_label(path) if path in RATINGS else path, max_text_width=max_text_width)
        button.open_requested.connect(self.open_evidence)
        self.evidence_buttons[path] = button
        if owner is not None:
            self.evidence_owners[path] = owner
            shortcut = QShortcut(QKeySequence(EVIDENCE_KEY), owner, button.click)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return button

    def _describe_evidence(self, path: str, button: EvidenceButton) -> None:
        """Tell the rating's input (a ChoiceRow, or the check boxes of a group) its evidence."""
        owner = self.evidence_owners.get(path)
        if owner is None:
            return
        if hasattr(owner, "set_evidence_text"):
            owner.set_evidence_text(button.summary if button.isEnabled() else "")
            return
        for box in owner.findChildren(QCheckBox):
            box.setAccessibleDescription(evidence_hint(button.summary))

    # -- where a reference case's rating comes from (published, reconstructed, inferred) -----
    def mark_provenance(self, path: str, widget=None):
        """Show the provenance of the rating at ``path`` (a ``case.PROVENANCE_RATINGS`` key) on
        ``widget`` (anything with ``set_provenance``, e.g. a ChoiceRow); without one, a new
        ProvenanceMark is made and returned for the page to place."""
        widget = widget if widget is not None else ProvenanceMark()
        self.provenance_widgets.setdefault(path, []).append(widget)
        return widget

    def refresh_provenance(self, case: Case) -> None:
        shown = False
        for path, widgets in self.provenance_widgets.items():
            provenance = rating_provenance(case, path)
            shown = shown or provenance is not None
            for widget in widgets:
                widget.set_provenance(provenance)
        self.provenance_legend.setVisible(shown)

    def refresh_evidence(self, case: Case) -> None:
        """Show every Evidence control's state and every provenance mark; call from ``refresh``."""
        self.refresh_provenance(case)
        if not self.evidence_buttons:
            return
        stale = dict(stale_ratings(case, stale_days(stale_years()), date.today()))
        for path, button in self.evidence_buttons.items():
            button.show_evidence(evidence_for(case, path), stale.get(path), read_only=self.controller.read_only)
            self._describe_evidence(path, button)

    def open_evidence(self, path: str) -> None:
        """Open the evidence of one rating; OK applies all of it as one edit (one undo step)."""
        from .evidence_dialog import EvidenceDialog

        self.flush()
        read_only = self.controller.read_only
        dialog = EvidenceDialog(self, self.controller.store, self.controller.case, path, read_only=read_only)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        evidence = dialog.value()
        dialog.deleteLater()
        if not accepted or read_only:
            return
        case = self.controller.case
        label = rating_label(path) if path in RATINGS else path
        self.controller.edit(evidence_changes(case, path, evidence),
                             QCoreApplication.translate("WizardPage", "Evidence for %1").replace("%1", label))
