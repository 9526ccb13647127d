"""Starting and leaving workshop mode, and its keyboard. With two screens the audience screen
goes full screen on the screen the main window is not on, and the facilitator's controls stay
on the laptop; with one screen both share it full screen (F2 hides or shows the controls, below
the audience screen, never over it). Every change the room sees is also announced to screen
readers; the keys are declared for the guide's keyboard reference.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...models.storage.interface import CaseStorage
from ..announce import announce
from ..dialogs import plain_message, wait_or_go
from ..keys import declare
from .audience_view import AudienceView, Screen, change_message
from .facilitator_panel import FacilitatorPanel
from .session import WorkshopSession


# the keyboard reference translates these in the "Keys" context (as every declaring module)
KEYS = QT_TRANSLATE_NOOP("Keys", "Workshop mode")
declare(KEYS, QT_TRANSLATE_NOOP("Keys", "1 … 9"),
        QT_TRANSLATE_NOOP("Keys", "Pick the answer with that number (1 = the first shown, as in the wizard)"))
declare(KEYS, QT_TRANSLATE_NOOP("Keys", "Up / + and Down / −"),
        QT_TRANSLATE_NOOP("Keys", "One more or one fewer participant for the picked answer"))
declare(KEYS, QT_TRANSLATE_NOOP("Keys", "Enter"),
        QT_TRANSLATE_NOOP("Keys", "Record the picked answer as the room's decision (asks for a reason if it "
                                  "differs from the suggestion)"))
declare(KEYS, QT_TRANSLATE_NOOP("Keys", "PageDown / → and PageUp / ←"),
        QT_TRANSLATE_NOOP("Keys", "Next or previous question"))
declare(KEYS, QT_TRANSLATE_NOOP("Keys", "B"),
        QT_TRANSLATE_NOOP("Keys", "Blind round on or off: the room sees only how many votes are in"))
declare(KEYS, QT_TRANSLATE_NOOP("Keys", "V"), QT_TRANSLATE_NOOP("Keys", "Reveal the room's counts for this question"))
declare(KEYS, QT_TRANSLATE_NOOP("Keys", "T and R"),
        QT_TRANSLATE_NOOP("Keys", "Start or pause the question's timer; reset it"))
declare(KEYS, QT_TRANSLATE_NOOP("Keys", "F2"),
        QT_TRANSLATE_NOOP("Keys", "Show or hide the facilitator's controls (one screen)"))
declare(KEYS, QT_TRANSLATE_NOOP("Keys", "Esc"), QT_TRANSLATE_NOOP("Keys", "Leave the workshop"))


class _Shell(QWidget):
    """One screen for both: the controls (F2) take the lower part, two fifths of the height or
    what they need if that is more; the audience screen keeps the rest, nothing overlapping."""

    SHARE = 0.4

    def __init__(self, panel: QWidget):
        super().__init__()
        self.panel = panel

    def resizeEvent(self, event) -> None:
        self.panel.setFixedHeight(max(self.panel.minimumSizeHint().height(), int(self.height() * self.SHARE)))
        super().resizeEvent(event)


class WorkshopMode(QObject):
    finished = Signal()

    def __init__(self, store: CaseStorage, case_id: str, home_screen: QScreen | None = None,
                 screens: list[QScreen] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.session = WorkshopSession(store, case_id, self)
        self.audience = AudienceView()
        self.panel = FacilitatorPanel(self.session)
        screens = screens if screens is not None else QGuiApplication.screens()
        home = home_screen or QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not home]
        self.two_screens = bool(others)
        if self.two_screens:
            self.audience_window = self.audience
            self.audience.setWindowTitle(self.tr("%1 — audience").replace("%1", self.session.case.title))
            self.facilitator_window = self.panel
            self.panel.setWindowTitle(self.tr("%1 — facilitator").replace("%1", self.session.case.title))
            self._place(self.audience, others[0], full=True)
            self._place(self.panel, home, full=False)
            self.panel.question_list.setFocus()  # not a text field: the keys drive the workshop
            windows = [self.audience, self.panel]
        else:
            shell = _Shell(self.panel)
            shell.setWindowTitle(self.tr("%1 — workshop").replace("%1", self.session.case.title))
            layout = QVBoxLayout(shell)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(0)
            layout.addWidget(self.audience, 1)  # the controls take their height, the room the rest
            layout.addWidget(self.panel, 0)
            self.audience_window = self.facilitator_window = shell
            self.panel.hide()  # one screen is the room's: F2 shows the controls when needed
            self.audience.setFocus()
            self._place(shell, home, full=True)
            windows = [shell]
        self.windows = windows
        self._typing_keys: list[QShortcut] = []
        for window in windows:
            self._keys(window)
        QApplication.instance().focusChanged.connect(self._focus_moved)
        self.session.changed.connect(self._show)
        self.session.tick.connect(self._show)
        self.session.failed.connect(lambda message: self.show_failure(message))
        # another officer changed what the room decides (a team database): the facilitator chooses
        self.session.resolve_conflict = lambda conflict: _ask_conflict(self.panel, conflict)
        self.panel.leave_requested.connect(self.leave)
        self._show()

    @staticmethod
    def _place(window: QWidget, screen: QScreen, full: bool) -> None:
        window.setScreen(screen)
        window.setGeometry(screen.availableGeometry())
        window.showFullScreen() if full else window.showMaximized()

    def _keys(self, window: QWidget) -> None:
        s = self.session
        bindings = [
            (("PgDown", "Right"), s.go_next),
            (("PgUp", "Left"), s.go_previous),
            (("Up", "+"), lambda: s.bump(1)),
            (("Down", "-"), lambda: s.bump(-1)),
            (("Return", "Enter"), self.panel.record),
            (("T",), s.toggle_timer),
            (("B",), s.toggle_blind),
            (("V",), s.reveal),
            (("R",), s.reset_timer),
            (("Escape",), self.leave),
            (("F2",), self.toggle_controls),
        ]
        bindings += [((str(n),), lambda n=n: s.select(n)) for n in range(1, 10)]
        always = {"Return", "Enter", "Escape", "F2", "PgUp", "PgDown"}  # also while typing a reason
        for keys, slot in bindings:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), window)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)
                if key not in always:
                    self._typing_keys.append(shortcut)

    def _focus_moved(self, _old, new) -> None:
        """Arrows, numbers, T and R belong to a text or number field while it has the focus
        (a reason is typed, a count set), and to the workshop otherwise."""
        typing = isinstance(new, (QLineEdit, QAbstractSpinBox, QPlainTextEdit))
        for shortcut in self._typing_keys:
            shortcut.setEnabled(not typing)

    def screen(self) -> Screen:
        s = self.session
        hidden = s.hidden()
        return Screen(s.case.title, s.question, s.index + 1, len(s.questions), s.counts(),
                      None if hidden else s.selected,  # a blind round shows no pick: it would tell the counts
                      s.decision(), s.current(), s.timer.text(), s.timer.running, blind=hidden,
                      lang=s.room_language)

    def _show(self) -> None:
        screen = self.screen()
        message = change_message(self.audience.screen_data, screen)
        self.audience.show_screen(screen)
        if message:
            announce(self.audience, message)

    def toggle_controls(self) -> None:
        """F2 (one screen): the controls in, focus on the questions; out, focus on the screen."""
        if not self.two_screens:
            shown = not self.panel.isVisible()
            self.panel.setVisible(shown)
            (self.panel.question_list if shown else self.audience).setFocus()

    def show_failure(self, message: str) -> None:  # patched in tests
        plain_message(self.facilitator_window, QMessageBox.Icon.Warning, self.tr("Workshop"), message).exec()

    def may_leave(self) -> bool:
        """True unless decisions still wait for the database and the facilitator chooses to
        stay: one more try first; then "Keep Waiting" (default) or leave, the decisions staying
        in their recovery file (named), offered again when the app next opens this database."""
        unsaved = self.session.unsaved
        if not unsaved:
            return True
        unsaved.retry()
        if not unsaved:
            return True
        if not wait_or_go(self.facilitator_window, self.tr("Workshop"),
                          self.tr("Not saved yet: %n decision(s) of this workshop.", "", len(unsaved.items)),
                          self.tr("If you leave now, they are kept in %1 and offered again when the app next "
                                  "opens this database.").replace("%1", str(unsaved.recovery or "")),
                          self.tr("Keep Waiting"), self.tr("Leave Anyway")):
            return False
        unsaved.timer.stop()
        return True

    def leave(self) -> None:
        if not self.may_leave():
            return
        try:
            QApplication.instance().focusChanged.disconnect(self._focus_moved)
        except (RuntimeError, TypeError):
            pass
        if self.session.timer.running:
            self.session.toggle_timer()
        for window in self.windows:
            window.close()
        self.finished.emit()


def _ask_conflict(panel: QWidget, conflict) -> str:
    from ..wizard import conflict_dialog

    return conflict_dialog.ask(panel, conflict)
