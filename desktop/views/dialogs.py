"""Small dialogs that return a value: the window asks, they answer; none of them writes data."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME


@dataclass(frozen=True)
class NewCaseInput:
    title: str
    technology_area: str


class NewCaseDialog(QDialog):
    """Asks for what a new case needs first; everything else is filled in step by step later."""

    def __init__(self, parent: QWidget | None = None, title: str = "", area: str = "", heading: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(heading or self.tr("New case"))
        self.title_edit = QLineEdit(title, placeholderText=self.tr("e.g. Lithography for semiconductor production"))
        self.title_edit.setMaxLength(500)
        self.area_edit = QLineEdit(area, placeholderText=self.tr("e.g. Semiconductors"))
        self.area_edit.setMaxLength(200)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Technology &area:"), self.area_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._update_ok)
        intro = QLabel(self.tr("Name the technology niche. You can change both later."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title_edit.text().strip()))

    def value(self) -> NewCaseInput:
        return NewCaseInput(self.title_edit.text().strip(), self.area_edit.text().strip())


def ask_text(parent: QWidget, title: str, label: str, text: str) -> str | None:
    """A one-line text prompt; ``None`` when cancelled or left blank."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    edit = QLineEdit(text)
    edit.setMaxLength(500)
    edit.selectAll()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    caption = QLabel(label)
    caption.setTextFormat(Qt.TextFormat.PlainText)
    caption.setBuddy(edit)  # the field is announced by its caption
    edit.setAccessibleName(label.rstrip(":"))
    layout = QVBoxLayout(dialog)
    layout.addWidget(caption)
    layout.addWidget(edit)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(460)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return edit.text().strip() or None


def plain_message(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, detail: str = "") -> QMessageBox:
    """A message box that never interprets its text as HTML (file names and titles are user data)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if detail:
        box.setInformativeText(detail)
    return box


def wait_or_go(parent: QWidget, title: str, text: str, detail: str, wait: str, go: str) -> bool:
    """Edits still wait for the database: True when the user chooses to go anyway (``go``);
    waiting (``wait``) is the default for Enter and Escape, so a hurried key loses nothing."""
    box = plain_message(parent, QMessageBox.Icon.Warning, title, text, detail)
    box.setStandardButtons(QMessageBox.StandardButton.NoButton)
    stay = box.addButton(wait, QMessageBox.ButtonRole.RejectRole)
    leave = box.addButton(go, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    return box.clickedButton() is leave


def about_text() -> str:
    """What the app is for and whose method it follows, in the interface's language (the
    report's title as published): ``guide_text.about_text``."""
    from ..models.guide_text import about_text as text
    from . import translation

    return text(translation.current())


def show_about(parent: QWidget) -> None:
    title = QCoreApplication.translate("About", "About %1").replace("%1", APP_NAME)
    box = plain_message(parent, QMessageBox.Icon.Information, title, about_text())
    box.exec()
