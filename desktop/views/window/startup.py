"""Opening the database at start-up, safely: one writer per file, damage detected before any
write, a backup when the file changed, and a clear way out when something is wrong.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ... import APP_NAME
from ...models.storage.backup import check_database, list_backups, make_backup, restore_backup, set_damaged_file_aside
from ...models.library import open_store
from ...models.storage.location import TeamAddress
from ...models.storage.network_fs import network_file_system
from ...models.storage.opening import refusal
from ...models.storage.store import CaseStore, NewerSchemaError, StoreError
from ..dialogs import plain_message
from ...models.language import localised
from ..translation import current
from ..error_text import error_text

translate = QCoreApplication.translate  # (lupdate reads translate("Context", "…"))


def lock_database(db_path: Path) -> QLockFile | None:
    """The lock that makes this window the file's only writer; None if another window has it.
    A lock left by a crashed app is stale and taken over."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(db_path) + ".lock")
    lock.setStaleLockTime(0)
    if lock.tryLock(200):
        return lock
    lock.removeStaleLockFile()
    return lock if lock.tryLock(200) else None


def choose_after_damage(parent: QWidget | None, db_path: Path, message: str) -> str:
    """Ask what to do with a damaged file, or one that is not this app's database: 'restore',
    'other', 'new' or 'quit'."""
    foreign = refusal(db_path) is not None
    heading = (translate("Startup", "This file is not a case database of this app and was not changed.") if foreign
               else translate("Startup", "The case database is damaged and was not changed."))
    ways = (translate("Startup", "%1\n\nYou can restore a backup, open another file, or start a new database (the file is renamed and kept beside it).") if foreign
            else translate("Startup", "%1\n\nYou can restore a backup, open another file, or start a new database (the damaged file is renamed and kept beside it)."))
    box = plain_message(parent, QMessageBox.Icon.Critical, APP_NAME, heading, ways.replace("%1", message))
    box.setStandardButtons(QMessageBox.StandardButton.NoButton)
    restore = box.addButton(translate("Startup", "Restore a Backup…"), QMessageBox.ButtonRole.AcceptRole)
    restore.setEnabled(bool(list_backups(db_path)))
    other = box.addButton(translate("Startup", "Open Another File…"), QMessageBox.ButtonRole.ActionRole)
    new = box.addButton(translate("Startup", "Start a New Database"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return {restore: "restore", other: "other", new: "new"}.get(box.clickedButton(), "quit")


def ask_backup(parent: QWidget | None, db_path: Path) -> Path | None:
    backups = list_backups(db_path)
    if not backups:
        return None
    labels = [b.label for b in backups]
    label, ok = QInputDialog.getItem(parent, translate("Startup", "Restore from backup"),
                                     translate("Startup", "Backup to restore (newest first):"), labels, 0, False)
    return backups[labels.index(label)].path if ok else None


_warned_network: set[str] = set()  # the files warned about in this start (once each per start)


def warn_if_on_network_drive(db_path: Path, parent: QWidget | None) -> bool:
    """A database file on a network file system (NFS, SMB/CIFS…) is opened, after one warning per
    start: SQLite's locking does not work there, and a team database is the safe way to share
    (README, "A team database"). True when the warning was shown."""
    if isinstance(db_path, TeamAddress) or str(db_path) in _warned_network:
        return False
    fs_type = network_file_system(db_path)
    if not fs_type:
        return False
    _warned_network.add(str(db_path))
    plain_message(parent, QMessageBox.Icon.Warning, APP_NAME,
                  translate("Startup", "This database file is on a network drive (%1).").replace("%1", fs_type),
                  translate("Startup", "%1\n\nIf several people open it, it can be damaged: the database's locking "
                                       "does not work over a network drive. To share cases with your team, ask IT "
                                       "for a team database (see “A team database” in the README); until then, "
                                       "only one person should use this file at a time.").replace("%1", str(db_path))).exec()
    return True


def ask_password(parent: QWidget | None, where: str, wrong: bool = False) -> str | None:
    """The login's password for ``where`` (hidden as typed); None when cancelled."""
    text = (translate("Startup", "The password was not accepted. Password for %1:") if wrong
            else translate("Startup", "Password for %1:")).replace("%1", where)
    answer, ok = QInputDialog.getText(parent, translate("Startup", "Team database"), text, QLineEdit.EchoMode.Password)
    return answer if ok else None


def _open_team_database(address: TeamAddress, parent: QWidget | None):
    """A team database (issue 22): no file to lock or back up (the server's business); a login
    that may only read opens it read-only, and is told so once. Without a password from libpq's
    own places (~/.pgpass, a service file) it is asked for, kept in memory only."""
    from ...models.storage.pg_store import PasswordNeededError

    password = None
    while True:
        try:
            store = open_store(address, password=password)
            break
        except PasswordNeededError as error:
            password = ask_password(parent, address.shown, wrong=password is not None)
            if password is None:  # cancelled
                return None
            if not password:  # nothing typed: libpq's refusal is the answer
                plain_message(parent, QMessageBox.Icon.Critical, APP_NAME,
                              translate("Startup", "The team database could not be opened."), error_text(error)).exec()
                return None
        except StoreError as error:
            plain_message(parent, QMessageBox.Icon.Critical, APP_NAME,
                          translate("Startup", "The team database could not be opened."), error_text(error)).exec()
            return None
    if store.read_only:
        plain_message(parent, QMessageBox.Icon.Information, APP_NAME,
                      translate("Startup", "You may read this team database but not change it."),
                      translate("Startup", "Ask the database's administrator for the editor role (rdw_editor) to "
                                           "change cases.")).exec()
    return store, None, address


def open_database(db_path: Path, parent: QWidget | None = None) -> tuple[CaseStore, QLockFile | None, Path] | None:
    """The store to work with (read-only when another window has the file), its lock and its
    path; None when the user chose to quit. Never writes to a damaged or newer file."""
    if isinstance(db_path, TeamAddress):
        return _open_team_database(db_path, parent)
    while True:
        lock = lock_database(db_path)
        read_only = lock is None
        if read_only:
            plain_message(parent, QMessageBox.Icon.Information, APP_NAME,
                          translate("Startup", "This database is already open in another window."),
                          translate("Startup", "It opens here read-only, so neither window can overwrite the other's changes.")).exec()
        # one opening path: a file that is not this app's database (or has a stray log beside
        # it) is refused untouched, exactly like a damaged one; only a missing path becomes new
        health = check_database(db_path) if db_path.exists() or refusal(db_path) else None
        if health is not None and not health.ok:
            if lock:
                lock.unlock()
            choice = choose_after_damage(parent, db_path, localised(health.message, current()))
            if choice == "restore" and (backup := ask_backup(parent, db_path)):
                restore_backup(backup, db_path)
            elif choice == "other":
                path, _ = QFileDialog.getOpenFileName(parent, translate("Startup", "Open a case database"), str(db_path.parent),
                                                      translate("Startup", "Case databases (*.sqlite);;All files (*)"))
                if path:
                    db_path = Path(path)
            elif choice == "new":
                set_damaged_file_aside(db_path)
            elif choice == "quit":
                return None
            continue
        try:
            store = open_store(db_path) if not read_only else CaseStore.open(db_path, read_only=True)
        except NewerSchemaError as error:
            plain_message(parent, QMessageBox.Icon.Critical, APP_NAME,
                          translate("Startup", "This database comes from a newer version of the app."),
                          translate("Startup", "%1\n\nUpdate %2, or open another file with --db.")
                          .replace("%2", APP_NAME).replace("%1", error_text(error))).exec()
            return None
        except StoreError as error:
            plain_message(parent, QMessageBox.Icon.Critical, APP_NAME,
                          translate("Startup", "The case database could not be opened."), error_text(error)).exec()
            return None
        if not read_only:
            try:
                make_backup(db_path)  # only when it changed since the newest backup
            except OSError as error:  # no room for a backup must not keep the officer out
                plain_message(parent, QMessageBox.Icon.Warning, APP_NAME, translate("Startup", "No backup was made at start-up."),
                              translate("Startup", "%1\n\nYour cases are not affected; free some space or check the data folder, and the next start will try again.")
                              .replace("%1", error_text(error))).exec()
        warn_if_on_network_drive(db_path, parent)  # (opened all the same: the officer decides)
        return store, lock, db_path
