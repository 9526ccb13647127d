"""The main window's questions to the user (a mixin; patched in tests).

The dialog classes are imported when a question is asked, not with the window: each Qt class
PySide meets for the first time costs it a few milliseconds to build Python types for its
enums, and the window's first paint should not pay for dialogs nobody has opened yet.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from ..dialogs import NewCaseInput


def plain_message(*args, **kwargs) -> QMessageBox:
    """``dialogs.plain_message``, imported on first use (tests patch this name)."""
    from ..dialogs import plain_message as make

    return make(*args, **kwargs)


class WindowQuestions:
    def ask_new_case(self) -> NewCaseInput | None:
        from PySide6.QtWidgets import QDialog

        from ..dialogs import NewCaseDialog

        dialog = NewCaseDialog(self)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_title(self, current: str) -> str | None:
        from ..dialogs import ask_text

        return ask_text(self, "Rename case", "New title:", current)

    def confirm_delete(self, titles: list[str]) -> bool:
        from PySide6.QtWidgets import QMessageBox

        what = f"“{titles[0]}”" if len(titles) == 1 else f"these {len(titles)} cases"
        box = plain_message(self, QMessageBox.Icon.Warning, "Delete", f"Delete {what}?",
                            "The history of every change is kept, but the case itself cannot be restored from here.")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def ask_import_files(self) -> list[str]:
        from PySide6.QtWidgets import QFileDialog

        files, _ = QFileDialog.getOpenFileNames(self, "Import cases", str(Path.home()), "Case files (*.json);;All files (*)")
        return files

    def ask_export_path(self, suggested: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, "Export case", str(Path.home() / suggested), "Case files (*.json)")
        return path or None

    def show_error(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        plain_message(self, QMessageBox.Icon.Warning, title, text).exec()

    def show_about(self) -> None:
        from ..dialogs import show_about

        show_about(self)
