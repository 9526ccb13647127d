"""File ▸ Restore from Backup…: ``window.backups``. Pick one of the automatic backups, confirm,
and swap the database under the window, keeping the replaced file aside (so even a restore can
be undone by hand).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication

from ..error_text import error_text

translate = QCoreApplication.translate  # (lupdate reads translate("Context", "…"))

if TYPE_CHECKING:
    from ...models.storage.interface import CaseStorage
    from .questions import WindowQuestions


class BackupRestore:
    """``store()`` gives the window's store now; ``before_swap`` closes what uses it (the open
    case), ``reopened`` takes the reopened store, ``say`` shows a status message."""

    def __init__(self, store: Callable[[], CaseStorage], questions: WindowQuestions,
                 before_swap: Callable[[], None], reopened: Callable[[CaseStorage], None],
                 say: Callable[[str, int], None]):
        self.store, self.questions = store, questions
        self.before_swap, self.reopened, self.say = before_swap, reopened, say

    def restore(self) -> bool:
        from ...models.library import open_store
        from ...models.storage.backup import list_backups, restore_backup

        store = self.store()
        if store.path is None or store.read_only:
            return False
        backups = list_backups(store.path)
        if not backups:
            self.questions.show_error(translate("BackupRestore", "Restore from backup"),
                                      translate("BackupRestore", "There are no backups of this database yet."))
            return False
        chosen = self.questions.ask_backup(backups)
        if chosen is None:
            return False
        self.before_swap()
        path = store.path
        store.close()
        try:
            aside = restore_backup(chosen.path, path)
        except (ValueError, OSError) as error:
            self.questions.show_error(translate("BackupRestore", "Restore from backup"),
                                      translate("BackupRestore", "Nothing was changed: %1").replace("%1", error_text(error)))
            aside = None
        self.reopened(open_store(path))
        if aside:
            self.say(translate("BackupRestore", "Restored the backup of %1; the previous file is kept as %2")
                     .replace("%1", chosen.label).replace("%2", aside.name), 10000)
        return aside is not None
