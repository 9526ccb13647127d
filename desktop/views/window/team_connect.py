"""File ▸ Connect to Team Database… (issue 22): type or pick the address of a team database
(PostgreSQL) and the window switches to it.

The dialog explains where the password comes from (``~/.pgpass`` or a service file, never the
app) and lists the recent addresses, newest first, at most ``RECENT``; they are kept in the
settings always without a password (``location.without_password``). Connecting opens the new
store first (``startup.open_database``, which says why when it cannot), so a failed connection
leaves the window on the database it had; then, as File ▸ Restore from Backup does, the open
case is closed, the window takes the new store and the old one is closed (and its file's lock
released).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QVBoxLayout, QWidget)

from ...models.storage.location import TeamAddress, is_team_address, without_password

translate = QCoreApplication.translate  # (lupdate reads translate("Context", "…"))

if TYPE_CHECKING:
    from .main_window import MainWindow

RECENT = 8
RECENT_KEY = "team/recent"


def recent_addresses(settings: QSettings) -> list[str]:
    """The remembered addresses, newest first (never with a password, even if one was written
    there by hand)."""
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):  # (an INI file gives one entry back as a string)
        value = [value]
    found: list[str] = []
    for address in value or []:
        shown = without_password(str(address))
        if is_team_address(shown) and shown not in found:
            found.append(shown)
    return found[:RECENT]


def remember_address(settings: QSettings, address: str) -> list[str]:
    """Put ``address`` (without its password) first in the recent list; the list as kept."""
    shown = without_password(address.strip())
    addresses = [shown, *(a for a in recent_addresses(settings) if a != shown)][:RECENT]
    settings.setValue(RECENT_KEY, addresses)
    settings.sync()
    return addresses


class TeamConnectDialog(QDialog):
    """The address to connect to: typed, or picked from the recent ones (Enter or a double
    click on one connects)."""

    def __init__(self, recent: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("TeamConnect", "Connect to Team Database"))
        self.setAccessibleName(translate("TeamConnect", "Connect to Team Database"))
        intro = QLabel(translate(
            "TeamConnect", "A team database keeps your unit's cases on a PostgreSQL server, so several officers "
                           "can work on them at once. Ask your IT for its address."))
        help_text = QLabel(translate(
            "TeamConnect", "The address names the server, the database and your login, for example "
                           "postgresql://alice@db.example.org/rdw, or a service from your service file: "
                           "postgresql:///?service=rdw. The password comes from your ~/.pgpass or the service "
                           "file; the app never stores it."))
        for label in (intro, help_text):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.address = QLineEdit(placeholderText=translate("TeamConnect", "postgresql://login@server/database"))
        self.address.setMaxLength(2000)
        self.address.setAccessibleName(translate("TeamConnect", "Team database address"))
        self.address.setAccessibleDescription(help_text.text())
        address_label = QLabel(translate("TeamConnect", "&Address:"))
        address_label.setBuddy(self.address)
        self.recent = QListWidget()
        self.recent.setAccessibleName(translate("TeamConnect", "Recent connections"))
        self.recent.setAccessibleDescription(translate("TeamConnect", "Newest first; Enter connects to the one chosen"))
        for address in recent:
            item = QListWidgetItem(address)
            item.setToolTip(address)
            self.recent.addItem(item)
        self.recent.setMaximumHeight(self.recent.sizeHintForRow(0) * RECENT + 8 if recent else 60)
        recent_label = QLabel(translate("TeamConnect", "&Recent connections:") if recent
                              else translate("TeamConnect", "Recent connections: none yet"))
        recent_label.setBuddy(self.recent)
        self.recent.setVisible(bool(recent))
        self.problem = QLabel()  # why Connect is off, in words
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setAccessibleName(translate("TeamConnect", "Address check"))
        self.buttons = QDialogButtonBox()
        self.connect_button = self.buttons.addButton(translate("TeamConnect", "&Connect"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setAccessibleName(translate("TeamConnect", "Connect"))
        self.connect_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(translate("TeamConnect", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.address.textChanged.connect(self._check)
        # only a choice fills the address: Tab passing through the list (which makes its first
        # row current, unselected) must not replace what was typed
        self.recent.itemSelectionChanged.connect(
            lambda: self._picked(self.recent.selectedItems()[0].text() if self.recent.selectedItems() else ""))
        self.recent.itemActivated.connect(lambda item: (self._picked(item.text()), self._connect_if_ready()))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(help_text)
        layout.addWidget(address_label)
        layout.addWidget(self.address)
        layout.addWidget(self.problem)
        layout.addWidget(recent_label)
        layout.addWidget(self.recent)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.resize(640, self.sizeHint().height())
        self._check()
        self.address.setFocus()

    def _picked(self, address: str) -> None:
        if address:
            self.address.setText(address)

    def _connect_if_ready(self) -> None:
        if self.connect_button.isEnabled():
            self.accept()

    def _check(self) -> None:
        text = self.value()
        ok = is_team_address(text)
        self.connect_button.setEnabled(ok)
        self.problem.setText("" if ok or not text else translate(
            "TeamConnect", "A team database's address begins with postgresql://"))
        self.problem.setVisible(bool(self.problem.text()))

    def accept(self) -> None:  # (Enter in the address field with a wrong address does nothing)
        if is_team_address(self.value()):
            super().accept()

    def value(self) -> str:
        return self.address.text().strip()


class TeamConnect:
    """The window's side: ask, connect, swap the store, remember the address."""

    def __init__(self, window: MainWindow, settings: QSettings | None = None):
        self.window = window
        self.settings = settings if settings is not None else window.state.settings

    def run(self) -> bool:
        dialog = TeamConnectDialog(recent_addresses(self.settings), self.window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            address = dialog.value()
        finally:
            dialog.deleteLater()
        return self.connect(address)

    def connect(self, address: str) -> bool:
        """Switch the window to the team database at ``address``; False (the window keeps its
        store, and was told why) when it cannot be opened."""
        from .startup import open_database

        window = self.window
        opened = open_database(TeamAddress(address), window)  # (an error is shown there)
        if opened is None:
            return False
        store = opened[0]
        window.close_editor()  # the open case's last edit goes to the database it came from
        if window.editor is not None:  # changes still waiting for that database: the user stays
            store.close()
            return False
        if window.analysis.current is not None:
            window.analysis.show_list()
        old_store, old_lock = window.store, window.lock
        window.replace_store(store)
        window.lock = None
        old_store.close()
        if old_lock is not None:
            old_lock.unlock()
        window.setWindowTitle(window._title())
        window.update_actions()
        remember_address(self.settings, address)
        window.statusBar().showMessage(translate("TeamConnect", "Connected to the team database %1")
                                       .replace("%1", TeamAddress(address).shown), 10000)
        return True
