"""Unexpected errors in the GUI: logged to a rotating file, shown once, and the app goes on.

Qt calls Python slots from its event loop; an exception there would otherwise only print to a
console nobody sees. The hook writes the full traceback to ``logs/rdw.log`` in the user's data
folder and tells the user where it is, without quitting: every edit is already saved.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from ...paths import user_data_dir

if TYPE_CHECKING:
    from pathlib import Path


def log_path() -> Path:
    return user_data_dir() / "logs" / "rdw.log"


def setup_logging() -> Path:
    """The rotating log, set up on the first error (most sessions never need it, and each
    module imported at start-up costs the first window time)."""
    import logging
    import logging.handlers

    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5,
                                                                        encoding="utf-8")
    except OSError:  # an unwritable data folder must not stop the app
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log = logging.getLogger("rdw")
    log.handlers[:] = [handler]
    log.setLevel(logging.INFO)
    return path


class CrashReporter:
    """Installed as ``sys.excepthook``; ``show_dialog`` is patched in tests."""

    def __init__(self):
        self.path = log_path()
        self._logging = False
        self._showing = False
        self.count = 0

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, exc_type, exc, tb) -> None:
        import logging
        import traceback

        self.count += 1
        if not self._logging:
            self.path = setup_logging()
            self._logging = True
        logging.getLogger("rdw").error("Unexpected error\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None and not self._showing:
            self._showing = True  # one dialog at a time, even if errors repeat
            try:
                self.show_dialog(f"{exc_type.__name__}: {exc}")
            finally:
                self._showing = False

    def show_dialog(self, summary: str) -> None:
        from PySide6.QtCore import Qt  # here, not at start-up (see ..first_paint)
        from PySide6.QtWidgets import QApplication, QMessageBox

        from PySide6.QtCore import QCoreApplication

        translate = QCoreApplication.translate  # (lupdate reads translate("Context", "…"))
        box = QMessageBox(QMessageBox.Icon.Warning, translate("CrashReporter", "Something went wrong"),
                          translate("CrashReporter", "An unexpected error occurred. Your saved work is safe; you can carry on."),
                          QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setTextFormat(Qt.TextFormat.PlainText)  # the error text may contain anything
        box.setInformativeText(translate("CrashReporter", "%1\n\nDetails were written to:\n%2")
                               .replace("%2", str(self.path)).replace("%1", summary))  # (the summary may hold anything)
        box.exec()
