"""The main window's questions to the user: ``window.questions``, one object the window and its
other collaborators ask through (tests replace its methods).

The dialog classes are imported when a question is asked, not with the window: each Qt class
PySide meets for the first time costs it a few milliseconds to build Python types for its
enums, and the window's first paint should not pay for dialogs nobody has opened yet.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from ...models.storage.backup import Backup
    from ..dialogs import NewCaseInput


def plain_message(*args, **kwargs) -> QMessageBox:
    """``dialogs.plain_message``, imported on first use (tests patch this name)."""
    from ..dialogs import plain_message as make

    return make(*args, **kwargs)


class WindowQuestions:
    """Every dialog is parented to ``parent`` (the main window)."""

    def __init__(self, parent: QWidget):
        self.parent = parent

    def ask_new_case(self) -> NewCaseInput | None:
        from PySide6.QtWidgets import QDialog

        from ..dialogs import NewCaseDialog

        dialog = NewCaseDialog(self.parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_title(self, current: str) -> str | None:
        from ..dialogs import ask_text

        return ask_text(self.parent, "Rename case", "New title:", current)

    def confirm_delete(self, titles: list[str]) -> bool:
        from PySide6.QtWidgets import QMessageBox

        what = f"“{titles[0]}”" if len(titles) == 1 else f"these {len(titles)} cases"
        box = plain_message(self.parent, QMessageBox.Icon.Warning, "Delete", f"Delete {what}?",
                            "The history of every change is kept, but the case itself cannot be restored from here.")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def ask_import_files(self) -> list[str]:
        from PySide6.QtWidgets import QFileDialog

        files, _ = QFileDialog.getOpenFileNames(self.parent, "Import cases", str(Path.home()), "Case files (*.json);;All files (*)")
        return files

    def ask_export_path(self, suggested: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.parent, "Export case", str(Path.home() / suggested), "Case files (*.json)")
        return path or None

    def show_error(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        plain_message(self.parent, QMessageBox.Icon.Warning, title, text).exec()

    def show_about(self) -> None:
        from ..dialogs import show_about

        show_about(self.parent)

    def ask_backup(self, backups: list[Backup]) -> Backup | None:
        """Which backup to restore, newest first."""
        from PySide6.QtWidgets import QInputDialog

        labels = [b.label for b in backups]
        label, ok = QInputDialog.getItem(self.parent, "Restore from backup",
                                         "Replace the database with this backup (newest first).\n"
                                         "The current file is kept beside it.", labels, 0, False)
        return backups[labels.index(label)] if ok else None
