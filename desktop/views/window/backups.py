"""File ▸ Restore from Backup…: ``window.backups``. Pick one of the automatic backups, confirm,
and swap the database under the window, keeping the replaced file aside (so even a restore can
be undone by hand).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .main_window import MainWindow


class BackupRestore:
    """Works on ``window``: asks through ``window.questions``, closes the open case, and hands
    the reopened store to ``window.replace_store``."""

    def __init__(self, window: MainWindow):
        self.window = window

    def restore(self) -> bool:
        from ...models.library import open_store
        from ...models.storage.backup import list_backups, restore_backup

        window, questions = self.window, self.window.questions
        store = window.store
        if store.path is None or store.read_only:
            return False
        backups = list_backups(store.path)
        if not backups:
            questions.show_error("Restore from backup", "There are no backups of this database yet.")
            return False
        chosen = questions.ask_backup(backups)
        if chosen is None:
            return False
        window.close_editor()
        path = store.path
        store.close()
        try:
            aside = restore_backup(chosen.path, path)
        except (ValueError, OSError) as error:
            questions.show_error("Restore from backup", f"Nothing was changed: {error}")
            aside = None
        window.replace_store(open_store(path))
        if aside:
            window.statusBar().showMessage(
                f"Restored the backup of {chosen.label}; the previous file is kept as {aside.name}", 10000)
        return aside is not None
