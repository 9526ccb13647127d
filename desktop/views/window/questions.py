"""The main window's questions to the user: ``window.questions``, one object the window and its
other collaborators ask through (tests replace its methods).

The dialog classes are imported when a question is asked, not with the window: each Qt class
PySide meets for the first time costs it a few milliseconds to build Python types for its
enums, and the window's first paint should not pay for dialogs nobody has opened yet.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # (lupdate reads translate("Context", "…"))

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

        return ask_text(self.parent, translate("WindowQuestions", "Rename case"),
                        translate("WindowQuestions", "New title:"), current)

    def confirm_delete(self, titles: list[str]) -> bool:
        from PySide6.QtWidgets import QMessageBox

        count = len(titles)
        question = (translate("WindowQuestions", "Delete “%1”?").replace("%1", titles[0]) if count == 1
                    else translate("WindowQuestions", "Delete these %n case(s)?", "", count))
        box = plain_message(self.parent, QMessageBox.Icon.Warning, translate("WindowQuestions", "Delete"), question,
                            translate("WindowQuestions", "The history of every change is kept, but the case itself cannot be restored from here."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def ask_import_files(self) -> list[str]:
        from PySide6.QtWidgets import QFileDialog

        files, _ = QFileDialog.getOpenFileNames(self.parent, translate("WindowQuestions", "Import cases"), str(Path.home()),
                                                translate("WindowQuestions", "Case files (*.json);;All files (*)"))
        return files

    def ask_export_path(self, suggested: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.parent, translate("WindowQuestions", "Export case"),
                                              str(Path.home() / suggested), translate("WindowQuestions", "Case files (*.json)"))
        return path or None

    def show_error(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        plain_message(self.parent, QMessageBox.Icon.Warning, title, text).exec()

    def show_information(self, title: str, text: str, informative: str = "") -> None:
        from PySide6.QtWidgets import QMessageBox

        plain_message(self.parent, QMessageBox.Icon.Information, title, text, informative).exec()

    def show_about(self) -> None:
        from ..dialogs import show_about

        show_about(self.parent)

    def ask_backup(self, backups: list[Backup]) -> Backup | None:
        """Which backup to restore, newest first."""
        from PySide6.QtWidgets import QInputDialog

        labels = [b.label for b in backups]
        label, ok = QInputDialog.getItem(self.parent, translate("WindowQuestions", "Restore from backup"),
                                         translate("WindowQuestions", "Replace the database with this backup (newest first).\nThe current file is kept beside it."),
                                         labels, 0, False)
        return backups[labels.index(label)] if ok else None
