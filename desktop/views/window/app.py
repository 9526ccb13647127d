"""Starting the GUI: one QApplication, the style, the store, the main window (a checklist)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ... import APP_NAME, __version__
from ...paths import APP_DIR_NAME, resource_path
from ...models.storage.location import TeamAddress
from ..first_paint import resume_collector

if TYPE_CHECKING:
    from ...models.storage.quick_listing import PreviewStore


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names (for QSettings), icon, font and style sheet."""
    app = QApplication.instance()
    if app is None:
        args = list(argv if argv is not None else sys.argv[:1]) or ["rdw"]
        # Fusion named on Qt's command line, not with app.setStyle() (see first_paint, 3)
        app = QApplication([args[0], "-style", "Fusion", *args[1:]])
    else:
        app.setStyle("Fusion")
    QCoreApplication.setOrganizationName(APP_DIR_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    isolate_settings()
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    app.setStyleSheet(load_style_sheet())
    return app


def isolate_settings() -> None:
    """With ``RDW_DATA_DIR`` set (tests, portable use) every ``QSettings()`` is an INI file in
    that folder, not in the user's own configuration."""
    folder = os.environ.get("RDW_DATA_DIR")
    if folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)


def install_language(app: QApplication) -> str:
    """The interface's language, chosen in View ▸ Language (else the system's), loaded before
    any window is built (a choice takes effect at the next start). The GUI only: the self-test
    and the ``rdw`` commands speak without it."""
    from .. import translation

    return translation.install(app, translation.preferred(QSettings()))


def load_style_sheet() -> str:
    try:
        return resource_path("style.qss").read_text(encoding="utf-8")
    except OSError:
        return ""  # a missing style sheet makes the app plainer, not unusable


def run_gui(db_path: Path, preview: PreviewStore | None) -> int:
    """Window first: the case list is shown from ``preview``, a quick read-only read of the
    file (``quick_listing.preview_store``), and the real store (with its checks, dialogs, lock
    and backup) opens right after the first paint. Without a preview (first run, damaged or
    other-version file) the store opens first, as the checks must come before anything is
    shown."""
    app = make_application()
    install_language(app)
    from .crash_reporter import CrashReporter

    reporter = CrashReporter()
    reporter.install()
    if not isinstance(db_path, TeamAddress):  # (a team database's address stays as typed)
        db_path = Path(db_path)
    state = {"code": 0}  # a failed hand-over ends the start with its code
    if preview is None:
        resume_collector()  # (paused by desktop.launch until the first paint; dialogs come first here)
        opened = _open(db_path, None)
        if opened is None:
            return 1
        window = _show(opened[0], opened[1])
    else:
        window = _show(preview, None)

        def stop(code: int) -> None:
            state["code"] = code
            app.quit()

        def after_paint() -> None:  # (the hand-over resumes the collector when it is done)
            state["hand_over"] = hand_over(window, db_path, stop)
            warn_if_on_network_drive(window, db_path)

        _after_first_paint(window, after_paint)
    try:
        code = app.exec()
        return code or state["code"]
    finally:
        if state.get("hand_over") is not None:  # closed mid-hand-over: its worker ends first
            state["hand_over"].finish()
        window.store.close()
        if window.lock is not None:
            window.lock.unlock()


def warn_if_on_network_drive(window, db_path: Path) -> None:
    """The preview's start: a file on a network drive gets its warning (``startup``'s, once per
    start) while the hand-over goes on; the file system is looked up here, light, so a local
    file's start imports nothing more."""
    from ...models.storage.network_fs import network_file_system

    if not isinstance(db_path, TeamAddress) and network_file_system(db_path):
        from .startup import warn_if_on_network_drive as warn

        warn(db_path, window)


def hand_over(window, db_path: Path, stop):
    """After the first paint: open the real store and give it to the window, in slices that
    keep the list responsive (``handover.Handover``; its ``finish`` is for after the event
    loop). When anything is unusual, ``hand_over_now`` takes over."""
    from .handover import Handover

    handover = Handover(window, db_path, stop, hand_over_now)
    handover.start()
    return handover


def hand_over_now(window, db_path: Path, stop) -> None:
    """The ordinary path, at once: open the real store with its checks and dialogs
    (``startup.open_database``) and give it to the window. If that cannot be done the user is
    told why and ``stop(1)`` ends the start (never a window stuck in its preview, where
    nothing can be done)."""
    try:
        opened = _open(db_path, window)
    except Exception as error:
        from PySide6.QtWidgets import QMessageBox

        from ..dialogs import plain_message

        plain_message(window, QMessageBox.Icon.Critical, APP_NAME,
                      QCoreApplication.translate("Startup", "The case database could not be opened."),
                      f"{type(error).__name__}: {error}").exec()
        opened = None
    if opened is None:
        window.close()
        stop(1)
        return
    window.attach_store(*opened)


def _open(db_path: Path, parent):
    from .startup import open_database

    opened = open_database(db_path, parent)
    return None if opened is None else (opened[0], opened[1])


def _show(store, lock):
    from .main_window import MainWindow

    window = MainWindow(store, QSettings())
    window.lock = lock
    window.showMaximized() if window.prefers_maximized else window.show()
    return window


def _after_first_paint(window, then) -> None:
    """Run ``then`` once the window has painted (or after half a second, if it never does,
    e.g. started minimised), so the list is on screen while the rest loads."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        done = False

        def fire(self) -> None:
            if not self.done:
                self.done = True
                window.removeEventFilter(self)
                then()

        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint and not self.done:
                QTimer.singleShot(0, self.fire)
            return False

    probe = FirstPaint(window)
    window.installEventFilter(probe)
    QTimer.singleShot(500, probe.fire)
