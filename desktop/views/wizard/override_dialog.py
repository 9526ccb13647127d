"""Asking for the reason behind an override: the user's value, the suggestion, and why they differ.

The caller names the field and both values in the interface's language; the dialog's own words
follow it (the field's name is lower-cased inside the sentence, except in German)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from .tool_words import fill, lang


def _in_sentence(name: str) -> str:
    return name if lang() == "de" else name.lower()


class OverrideDialog(QDialog):
    def __init__(self, parent: QWidget | None, field_label: str, suggested: str, chosen: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reason for your rating"))
        from ..guide.context import install_help  # (the guide loads on first use)

        install_help(self, "suggestions")  # F1: a modal dialog, out of the main window's reach
        field = _in_sentence(field_label)
        text = QLabel(fill(self.tr(
            "The suggestion for %1 is “%2”; you chose “%3”.\n"
            "Say briefly why (e.g. what the experts weighed that the factors do not capture). "
            "The reason is kept with the case and shown in the review and the scorecards."), field, suggested, chosen))
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Reason (required)"))
        self.reason.setAccessibleName(self.tr("Reason for your rating (required)"))
        self.reason.setAccessibleDescription(
            fill(self.tr("The suggestion for %1 is %2; you chose %3."), field, suggested, chosen))
        self.reason.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason.toPlainText().strip()))

    def value(self) -> str:
        return self.reason.toPlainText().strip()


def ask_override_reason(parent: QWidget | None, field_label: str, suggested: str, chosen: str) -> str | None:
    dialog = OverrideDialog(parent, field_label, suggested, chosen)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
