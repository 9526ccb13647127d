"""The main window's size, splitter and last case kept between sessions: ``window.state``,
restored when the window is built and saved when it closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QGuiApplication

from ..browser.table_model import SummaryRole

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QWidget

    from ..browser.case_browser import CaseBrowser


FRAME_GUESS = (8, 32)  # a window frame's side and title bar, in pixels, until the real one is known


def fit_to_screen(window: QWidget) -> None:
    """Move and shrink ``window`` so all of it is on the screen it opens on: a size saved on a
    large screen and restored on a 1024×768 projector, or a place on a screen no longer there."""
    if window.isMaximized() or window.isFullScreen():
        return
    frame = window.frameGeometry()  # (move() places the frame's corner)
    side = (frame.width() - window.width()) // 2
    top = frame.height() - window.height() - side  # the title bar
    if not window.isVisible() and frame == window.geometry():  # the frame is not known before it is shown
        side, top = FRAME_GUESS
    screen = QGuiApplication.screenAt(frame.center()) or window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    outer_w, outer_h = window.width() + 2 * side, window.height() + top + side
    if area.contains(QRect(frame.x(), frame.y(), outer_w, outer_h)):
        return
    width = max(min(window.width(), area.width() - 2 * side), window.minimumWidth())
    height = max(min(window.height(), area.height() - top - side), window.minimumHeight())
    x = min(max(frame.x(), area.x()), area.x() + area.width() - width - 2 * side)
    y = min(max(frame.y(), area.y()), area.y() + area.height() - height - top - side)
    window.resize(width, height)
    window.move(max(x, area.x()), max(y, area.y()))


class WindowState:
    """Reads and writes ``settings`` (``main/geometry``, ``main/splitter``, ``main/current``,
    ``guide/hint_shown``) for ``window`` and its case ``browser``."""

    def __init__(self, window: QMainWindow, browser: CaseBrowser, settings: QSettings):
        self.window, self.browser, self.settings = window, browser, settings
        self.prefers_maximized = False  # set by restore(): small screen, no saved geometry

    def restore(self) -> None:
        window, browser = self.window, self.browser
        geometry = self.settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            window.restoreGeometry(geometry)
            fit_to_screen(window)
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

    def first_start(self) -> bool:
        """True once: the first time it is asked with these settings (the guide's hint)."""
        if self.settings.value("guide/hint_shown") in (True, "true", 1, "1"):
            return False
        self.settings.setValue("guide/hint_shown", True)
        return True

    def save(self) -> None:
        self.settings.setValue("main/geometry", self.window.saveGeometry())
        self.settings.setValue("main/splitter", self.browser.splitter.saveState())
        self.settings.setValue("main/current", self.browser.current_id() or "")
        self.settings.sync()
