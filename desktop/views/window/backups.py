"""File ▸ Restore from Backup… for the main window (a mixin): pick one of the automatic
backups, confirm, and swap the database under the window, keeping the replaced file aside.
"""

from __future__ import annotations


class BackupRestore:
    """Needs from the window: ``store``, ``close_editor``, ``reload``, ``show_error`` and
    ``statusBar``."""

    def restore_from_backup(self) -> bool:
        """Pick a backup, confirm, then swap the database under the window (the current file
        is kept aside, so even a restore can be undone by hand)."""
        from ...models.storage.backup import list_backups, restore_backup
        from ...models.library import open_store

        if self.store.path is None or self.store.read_only:
            return False
        backups = list_backups(self.store.path)
        if not backups:
            self.show_error("Restore from backup", "There are no backups of this database yet.")
            return False
        chosen = self.ask_backup(backups)
        if chosen is None:
            return False
        self.close_editor()
        path = self.store.path
        self.store.close()
        try:
            aside = restore_backup(chosen.path, path)
        except (ValueError, OSError) as error:
            self.show_error("Restore from backup", f"Nothing was changed: {error}")
            aside = None
        self.store = open_store(path)
        self.reload()
        if aside:
            self.statusBar().showMessage(f"Restored the backup of {chosen.label}; the previous file is kept as {aside.name}", 10000)
        return aside is not None

    def ask_backup(self, backups):
        """Which backup to restore (patched in tests)."""
        from PySide6.QtWidgets import QInputDialog

        labels = [b.label for b in backups]
        label, ok = QInputDialog.getItem(self, "Restore from backup",
                                         "Replace the database with this backup (newest first).\n"
                                         "The current file is kept beside it.", labels, 0, False)
        return backups[labels.index(label)] if ok else None
