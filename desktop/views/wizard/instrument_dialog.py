"""Writing or editing one instrument: its level, side of the triangle, focus and text (the
framework's values in the interface's language; the text is the user's)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QPlainTextEdit, QVBoxLayout, QWidget

from ...models.case import Instrument
from ...models.language import label
from ...models.scales import PPP, Focus, Level
from .tool_words import lang


def _combo(members, current) -> QComboBox:
    combo = QComboBox()
    for member in members:
        combo.addItem(label(member, lang()), member)
    if current is not None:
        combo.setCurrentIndex(list(members).index(current))
    return combo


class InstrumentDialog(QDialog):
    def __init__(self, parent: QWidget | None, instrument: Instrument | None = None, level: Level | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit instrument") if instrument else self.tr("Add your own instrument"))
        from ..guide.context import install_help  # (the guide loads on first use)

        install_help(self, "instruments")  # F1: a modal dialog, out of the main window's reach
        self.level = _combo(list(Level), instrument.level if instrument else level or Level.ABILITY_TO_DENY)
        self.ppp = _combo(list(PPP), instrument.ppp if instrument else PPP.PROTECT)
        self.focus = _combo(list(Focus), instrument.focus if instrument else Focus.KNOWLEDGE_SECURITY)
        self.text = QPlainTextEdit(instrument.text if instrument else "")
        self.text.setPlaceholderText(self.tr("What Europe should do, in one or two sentences"))
        self.text.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Level of ambition:"), self.level)
        form.addRow(self.tr("&Protect / promote / partner:"), self.ppp)
        form.addRow(self.tr("&Focus:"), self.focus)
        form.addRow(self.tr("&Instrument:"), self.text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text.toPlainText().strip()))

    def value(self) -> Instrument:
        return Instrument(level=self.level.currentData(), ppp=self.ppp.currentData(), focus=self.focus.currentData(),
                          text=" ".join(self.text.toPlainText().split()))


def ask_instrument(parent: QWidget | None, instrument: Instrument | None = None, level: Level | None = None) -> Instrument | None:
    dialog = InstrumentDialog(parent, instrument, level)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
