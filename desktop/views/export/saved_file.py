"""After an export: "Saved …" with **Open** and **Show in Folder** (issue 19, point 6).

``SavedFileOffer`` is a small bar (the message and two buttons) that the main window puts in its
status bar and the Export Scorecards dialog under its status line. It offers local files only
(the app writes nothing else), opens them with the system's program for the type
(``QDesktopServices.openUrl``; patched in tests) and shows the containing folder. The buttons have
mnemonics (Alt+P, Alt+D), so a keyboard user reaches them from anywhere in the window, and the
message is announced to screen readers with those keys. The bar hides itself after a while, but
not while one of its buttons has the focus.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ..announce import announce
from ..literal import plain_label

HIDE_AFTER_MS = 30_000


def local_file(path: str | os.PathLike) -> Path | None:
    """The absolute path when ``path`` is a file or folder on this machine; else None."""
    text = os.fspath(path)
    if not text or "://" in text:
        return None
    try:
        target = Path(text).expanduser().absolute()
    except (OSError, RuntimeError, ValueError):
        return None
    return target if target.exists() else None


def open_file(path: str | os.PathLike) -> bool:
    """Open a saved file (or folder) with the system's program for it."""
    target = local_file(path)
    return target is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))


def show_in_folder(path: str | os.PathLike) -> bool:
    """Open the folder that holds ``path`` (``path`` itself when it is a folder)."""
    target = local_file(path)
    if target is None:
        return False
    folder = target if target.is_dir() else target.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def saved_text(paths: list[Path]) -> str:
    if len(paths) == 1:
        return QCoreApplication.translate("SavedFileOffer", "Saved %1").replace("%1", str(paths[0]))
    text = QCoreApplication.translate("SavedFileOffer", "Saved %1 files in %2")
    return text.replace("%1", str(len(paths))).replace("%2", str(paths[0].parent))


def _mnemonic(text: str) -> str:
    """The letter after "&" in a button's text ("O&pen" → "P"): Alt+that letter presses it."""
    _head, amp, tail = text.partition("&")
    return tail[:1].upper() if amp else ""


class SavedFileOffer(QWidget):
    """"Saved <file>  [Open] [Show in Folder]"; ``offer(paths)`` shows it, ``dismiss()`` hides it."""

    def __init__(self, parent: QWidget | None = None, hide_after_ms: int = HIDE_AFTER_MS):
        super().__init__(parent)
        self.setObjectName("savedFileOffer")
        self.paths: list[Path] = []
        self.label = plain_label(wrap=False, object_name="savedFileMessage")
        self.open_button = QPushButton(QCoreApplication.translate("SavedFileOffer", "O&pen"))
        self.folder_button = QPushButton(QCoreApplication.translate("SavedFileOffer", "Show in Fol&der"))
        self.open_button.clicked.connect(self.open_saved)
        self.folder_button.clicked.connect(self.show_folder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(hide_after_ms)
        self.timer.timeout.connect(self.dismiss)
        for button in (self.open_button, self.folder_button):
            button.installEventFilter(self)
        self.hide()

    def offer(self, paths, text: str | None = None) -> None:
        """Show ``text`` (default "Saved …") and the buttons for the local ``paths``; the first is
        the one Open opens."""
        paths = [p for p in (local_file(p) for p in ([paths] if isinstance(paths, (str, os.PathLike)) else paths)) if p]
        self.paths = paths
        text = text or (saved_text(paths) if paths else QCoreApplication.translate("SavedFileOffer", "Saved."))
        self.label.setText(text)
        self.label.setToolTip(text)
        name = paths[0].name if paths else ""
        self.open_button.setVisible(bool(paths))
        self.folder_button.setVisible(bool(paths))
        self.open_button.setAccessibleName(QCoreApplication.translate("SavedFileOffer", "Open %1").replace("%1", name))
        self.folder_button.setAccessibleName(
            QCoreApplication.translate("SavedFileOffer", "Show %1 in its folder").replace("%1", name))
        self.open_button.setToolTip(
            QCoreApplication.translate("SavedFileOffer", "Open %1 with the program your system uses for it")
            .replace("%1", str(paths[0])) if paths else "")
        self.folder_button.setToolTip(
            QCoreApplication.translate("SavedFileOffer", "Open the folder %1")
            .replace("%1", str(paths[0].parent)) if paths else "")
        self.show()
        self.timer.start()
        keys = (QCoreApplication.translate("SavedFileOffer", " Alt+%1 opens it, Alt+%2 shows its folder.")
                .replace("%1", _mnemonic(self.open_button.text()))
                .replace("%2", _mnemonic(self.folder_button.text())) if paths else "")
        announce(self.label, text.rstrip(".") + "." + keys)

    def dismiss(self) -> None:
        self.timer.stop()
        self.hide()

    def open_saved(self) -> bool:
        return bool(self.paths) and open_file(self.paths[0])

    def show_folder(self) -> bool:
        return bool(self.paths) and show_in_folder(self.paths[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """No hiding while a button has the focus (someone is about to press it)."""
        if event.type() == QEvent.Type.FocusIn:
            self.timer.stop()
        elif event.type() == QEvent.Type.FocusOut and self.isVisible():
            self.timer.start()
        return super().eventFilter(watched, event)
