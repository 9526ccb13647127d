"""The Qt application that drawing needs: made offscreen on the command line, torn down before
Python exits (the window's own application is left alone)."""

from __future__ import annotations

import os


def ensure_gui_application(widgets: bool = False) -> None:
    """Rendering needs an application; on the command line one is made offscreen. Scorecards
    need only Qt GUI (``QGuiApplication``: QtWidgets is not even imported, issue 20); the
    portfolio charts (pyqtgraph) and the workshop screens are widgets, so their callers ask for
    ``widgets`` (a ``QApplication``) before anything else is drawn."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if widgets:
            from PySide6.QtWidgets import QApplication

            ensure_gui_application.app = QApplication([])  # kept alive for the process
        else:
            ensure_gui_application.app = QGuiApplication([])
    elif widgets and not app.inherits("QApplication"):
        raise RuntimeError("widgets are drawn after a scorecard-only application was made: ask for widgets first")


def release_gui_application() -> None:
    """Tear Qt down before Python does (command line only): shiboken objects still alive at
    interpreter exit can crash the process after the work is done."""
    from . import canvas

    canvas.release()
    app = getattr(ensure_gui_application, "app", None)
    if app is not None:
        app.shutdown()
        del ensure_gui_application.app
