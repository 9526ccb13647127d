"""The main window's size, splitter and last case kept between sessions (a mixin): restored at
start, saved when the window closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow

from ..browser.table_model import SummaryRole

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent


class WindowState:
    """Needs from the window: ``settings``, ``browser``, ``editor`` and ``prefers_maximized``."""

    def _restore_state(self) -> None:
        geometry = self.settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1280, int(screen.width() * 0.92)), min(820, int(screen.height() * 0.9)))
            self.prefers_maximized = screen.width() <= 1366  # small laptop or projector: use it all
        splitter = self.settings.value("main/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.browser.splitter.restoreState(splitter)
        else:
            width = self.width()
            self.browser.splitter.setSizes([int(width * 0.62), int(width * 0.38)])
        last = self.settings.value("main/current")
        if not (isinstance(last, str) and self.browser.select(last)) and self.browser.proxy.rowCount():
            self.browser.select(self.browser.proxy.index(0, 0).data(SummaryRole).id)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor is not None:
            self.editor.flush()
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/splitter", self.browser.splitter.saveState())
        self.settings.setValue("main/current", self.browser.current_id() or "")
        self.settings.sync()
        QMainWindow.closeEvent(self, event)
