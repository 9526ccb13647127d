"""Starting the GUI: one QApplication, the style, the store, the main window (a checklist)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, __version__
from ..paths import APP_DIR_NAME, resource_path


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names (for QSettings), icon, font and style sheet."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_DIR_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
    app.setStyle("Fusion")
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    app.setStyleSheet(load_style_sheet())
    return app


def load_style_sheet() -> str:
    try:
        return resource_path("style.qss").read_text(encoding="utf-8")
    except OSError:
        return ""  # a missing style sheet makes the app plainer, not unusable


def run_gui(db_path: Path) -> int:
    app = make_application()
    from .crash_reporter import CrashReporter
    from .startup import open_database

    reporter = CrashReporter()
    reporter.install()
    opened = open_database(Path(db_path))
    if opened is None:
        return 1
    store, lock, path = opened
    from .main_window import MainWindow

    window = MainWindow(store, QSettings())
    window.lock = lock
    window.showMaximized() if window.prefers_maximized else window.show()
    try:
        return app.exec()
    finally:
        window.store.close()
        if window.lock is not None:
            window.lock.unlock()
