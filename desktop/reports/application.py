"""The Qt application that drawing needs: made offscreen on the command line, torn down before
Python exits (the window's own application is left alone)."""

from __future__ import annotations

import os


def ensure_gui_application() -> None:
    """Rendering needs an application; on the command line one is made offscreen. A widgets
    application, because the portfolio charts are (pyqtgraph) widgets."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        ensure_gui_application.app = QApplication([])  # kept alive for the process


def release_gui_application() -> None:
    """Tear Qt down before Python does (command line only): shiboken objects still alive at
    interpreter exit can crash the process after the work is done."""
    from . import canvas

    canvas.release()
    app = getattr(ensure_gui_application, "app", None)
    if app is not None:
        app.shutdown()
        del ensure_gui_application.app
