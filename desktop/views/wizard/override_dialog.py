"""Asking for the reason behind an override: the user's value, the suggestion, and why they differ."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class OverrideDialog(QDialog):
    def __init__(self, parent: QWidget | None, field_label: str, suggested: str, chosen: str):
        super().__init__(parent)
        self.setWindowTitle("Reason for your rating")
        from ..guide.context import install_help  # (the guide loads on first use)

        install_help(self, "suggestions")  # F1: a modal dialog, out of the main window's reach
        text = QLabel(
            f"The suggestion for {field_label.lower()} is “{suggested}”; you chose “{chosen}”.\n"
            "Say briefly why (e.g. what the experts weighed that the factors do not capture). "
            "The reason is kept with the case and shown in the review and the scorecards."
        )
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText("Reason (required)")
        self.reason.setAccessibleName("Reason for your rating (required)")
        self.reason.setAccessibleDescription(
            f"The suggestion for {field_label.lower()} is {suggested}; you chose {chosen}.")
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
