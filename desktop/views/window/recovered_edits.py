"""Edits a window kept but could not save before the app was closed or crashed (issue 22): when a
database is opened (at start-up, after switching database or connecting to a team database),
the edits kept for *that* database (``models/storage/recovery.py``) are offered once, after the
window shows and when no other question is open, so a start is never held up by them.

The question names each case, since when and how many edits; **Later** (the default: Enter and
Escape) keeps them, asked again at the next start; **Save Them Now** saves them in order, a field
someone changed meanwhile asked about with the wizard's own question (``conflict_dialog``);
**Show in Folder** shows the recovery files (File ▸ Import brings a case back from one);
**Discard…** deletes them after a confirmation. A read-only database is not offered saving.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ...models.storage.records import StoreError
from ..dialogs import plain_message
from ..translation import current

if TYPE_CHECKING:
    from ...models.storage.recovery import KeptCase
    from .main_window import MainWindow

DELAY_MS = 300  # after the window's first paint and the start-up's own messages
BUSY_MS = 2000  # a case open or another question on screen: looked at again this much later


def offer_kept_edits(window: MainWindow) -> RecoveredEdits:
    """The window's database was opened: its kept edits are asked about soon."""
    offer = window.findChild(QObject, RecoveredEdits.NAME) or RecoveredEdits(window)
    offer.offer_soon()
    return offer


def folder() -> Path:
    from ...paths import user_data_dir

    return user_data_dir() / "unsaved"


class RecoveredEdits(QObject):
    """Asks about each sidecar once per window; ``offer`` does it now (tests call it)."""

    NAME = "recoveredEdits"

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.setObjectName(self.NAME)
        self.window = window
        self.asked: set[Path] = set()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.offer)

    def offer_soon(self, delay: int = DELAY_MS) -> None:
        self.timer.start(delay)

    def found(self) -> list[KeptCase]:
        """The kept edits of the window's database not asked about yet (nor saved still by an
        open case of this app)."""
        from ...models.storage.recovery import kept_for, store_location
        from ..wizard.unsaved import retried_here

        if not self.window.ready:
            return []
        kept = kept_for(folder(), store_location(self.window.store), retried_here)
        return [k for k in kept if k.sidecar not in self.asked]

    def offer(self) -> str | None:
        """Ask (unless there is nothing to ask) and do what was chosen: "save", "show", "later",
        "discard" (confirmed) or "kept" (discarding not confirmed); None when nothing was asked."""
        window = self.window
        if window.editor is not None or QApplication.activeModalWidget() is not None or not window.isVisible():
            self.offer_soon(BUSY_MS)  # (not in the way of a case being edited or another question; the
            return None               # folder is read once it is free, not every time it is busy)
        kept = self.found()
        if not kept:
            return None
        self.asked.update(k.sidecar for k in kept)
        choice = self.ask(kept)
        if choice == "save":
            self.save(kept)
        elif choice == "show":
            from ..export.saved_file import show_in_folder

            first = kept[0]
            show_in_folder(first.recovery if first.recovery.exists() else first.sidecar)
        elif choice == "discard":
            if not self.confirm_discard(kept):
                return "kept"
            from ...models.storage.recovery import discard

            for item in kept:
                discard(item)
            self.tell(self.tr("The kept edits were discarded."))
        return choice

    # -- the questions ---------------------------------------------------------------------
    def ask(self, kept: list[KeptCase]) -> str:
        writable = not self.window.store.read_only
        edits = sum(len(k.edits) for k in kept)
        lines = []
        for item in kept:
            count = len(item.edits)
            lines.append(self.tr("“%1”: %n edit(s), kept since %2", "", count)
                         .replace("%2", _when(item.since)).replace("%1", item.title))
        detail = "\n".join(lines) + "\n\n" + (
            self.tr("Save them now, or decide later: they stay kept until they are saved or discarded.") if writable
            else self.tr("This database is open read-only here: they can be saved when it is open for writing "
                         "again. Until then they stay kept."))
        box = plain_message(self.window, QMessageBox.Icon.Question, self.tr("Edits Not Saved Last Time"),
                            self.tr("Not saved before the app was closed: %n edit(s) made earlier for this "
                                    "database.", "", edits), detail)
        box.setAccessibleName(self.tr("Edits Not Saved Last Time"))
        box.setStandardButtons(QMessageBox.StandardButton.NoButton)
        buttons = {}
        if writable:
            buttons["save"] = self._button(box, self.tr("&Save Them Now"), self.tr("Save Them Now"),
                                           self.tr("Saves the kept edits in order; a field someone changed "
                                                   "meanwhile is asked about"), QMessageBox.ButtonRole.AcceptRole)
        buttons["show"] = self._button(box, self.tr("Show in &Folder"), self.tr("Show in Folder"),
                                       self.tr("Shows the recovery files; File ▸ Import brings a case back "
                                               "from one"), QMessageBox.ButtonRole.ActionRole)
        buttons["later"] = later = self._button(box, self.tr("&Later"), self.tr("Later"),
                                                self.tr("Keeps them; asked again at the next start"),
                                                QMessageBox.ButtonRole.RejectRole)
        buttons["discard"] = self._button(box, self.tr("&Discard…"), self.tr("Discard"),
                                          self.tr("Deletes the kept edits and their recovery files, after "
                                                  "asking"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(later)
        box.setEscapeButton(later)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return next((name for name, button in buttons.items() if button is clicked), "later")

    @staticmethod
    def _button(box: QMessageBox, text: str, name: str, description: str, role):
        button = box.addButton(text, role)
        button.setAccessibleName(name)
        button.setAccessibleDescription(description)
        return button

    def confirm_discard(self, kept: list[KeptCase]) -> bool:
        """Deleting the only copy of someone's work: said plainly, Cancel by default."""
        edits = sum(len(k.edits) for k in kept)
        files = "\n".join(str(k.recovery if k.recovery.exists() else k.sidecar) for k in kept)
        box = plain_message(self.window, QMessageBox.Icon.Warning, self.tr("Discard Kept Edits"),
                            self.tr("Discard %n kept edit(s)? This cannot be undone.", "", edits),
                            self.tr("These files will be deleted:") + "\n" + files)
        box.setAccessibleName(self.tr("Discard Kept Edits"))
        box.setStandardButtons(QMessageBox.StandardButton.NoButton)
        discard = self._button(box, self.tr("&Discard"), self.tr("Discard"),
                               self.tr("Deletes the kept edits for good"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = self._button(box, self.tr("&Cancel"), self.tr("Cancel"), self.tr("Keeps them"),
                              QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        chosen = box.clickedButton() is discard
        box.deleteLater()
        return chosen

    # -- saving ----------------------------------------------------------------------------
    def save(self, kept: list[KeptCase]) -> tuple[int, list[str]]:
        """Each case's kept edits in order; what stopped one is said, the others go on. The
        number saved and the problems (in the interface's language)."""
        from ...models.language import localised
        from ...models.storage.recovery import save_pending
        from ..wizard import conflict_dialog

        window = self.window
        saved, problems = 0, []
        for item in kept:
            result = save_pending(window.store, item, lambda conflict: conflict_dialog.ask(window, conflict))
            saved += result.saved
            if result.message is not None:
                problems.append(localised(result.message, current()))
        current_id = window.browser.current_id()
        try:
            window.reload(select=current_id)
            window.show_selection(window.browser.current_id())
        except StoreError:  # (the database away again: the list shows what it had)
            pass
        if problems:
            window.questions.show_error(self.tr("Kept Edits Not Saved"), "\n\n".join(problems))
        else:
            self.tell(self.tr("Saved %n kept edit(s).", "", saved))
        return saved, problems

    def tell(self, text: str) -> None:
        """The outcome in the status bar, and heard: a screen reader says nothing of a status
        bar's message by itself. Announced once the question has closed and focus is back in
        the window (what focus lands on is said first, and would cut the news short)."""
        from ..announce import announce

        bar = self.window.statusBar()
        bar.showMessage(text, 10000)
        QTimer.singleShot(DELAY_MS, self, lambda: announce(bar, text))


def _when(stamp: str) -> str:
    """"3 December 2026, 13:07" on this computer's clock, in the interface's language."""
    from datetime import datetime

    from ...models.language import long_date

    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp or "?"
    return f"{long_date(moment.date(), current())}, {moment:%H:%M}"
