"""The main window's size, splitter and last case kept between sessions: ``window.state``,
restored when the window is built and saved when it closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from ..browser.table_model import SummaryRole

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from ..browser.case_browser import CaseBrowser


class WindowState:
    """Reads and writes ``settings`` (``main/geometry``, ``main/splitter``, ``main/current``)
    for ``window`` and its case ``browser``."""

    def __init__(self, window: QMainWindow, browser: CaseBrowser, settings: QSettings):
        self.window, self.browser, self.settings = window, browser, settings
        self.prefers_maximized = False  # set by restore(): small screen, no saved geometry

    def restore(self) -> None:
        window, browser = self.window, self.browser
        geometry = self.settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            window.restoreGeometry(geometry)
        else:
            screen = window.screen().availableGeometry()
            window.resize(min(1280, int(screen.width() * 0.92)), min(820, int(screen.height() * 0.9)))
            self.prefers_maximized = screen.width() <= 1366  # small laptop or projector: use it all
        splitter = self.settings.value("main/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            browser.splitter.restoreState(splitter)
        else:
            width = window.width()
            browser.splitter.setSizes([int(width * 0.62), int(width * 0.38)])
        last = self.settings.value("main/current")
        if not (isinstance(last, str) and browser.select(last)) and browser.proxy.rowCount():
            browser.select(browser.proxy.index(0, 0).data(SummaryRole).id)

    def save(self) -> None:
        self.settings.setValue("main/geometry", self.window.saveGeometry())
        self.settings.setValue("main/splitter", self.browser.splitter.saveState())
        self.settings.setValue("main/current", self.browser.current_id() or "")
        self.settings.sync()
