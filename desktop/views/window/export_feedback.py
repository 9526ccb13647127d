"""After any export from the window (a case file, the scorecards, a chart): the status bar says
"Saved …" with **Open** and **Show in Folder** (``views/export/saved_file``): ``window.feedback``.

The offer sits in the status bar until the next action of the window's menus or toolbar, or for
``HIDE_AFTER_MS`` (not while one of its buttons has the focus); its buttons answer Alt+P and
Alt+D from anywhere in the window. Built on the first export: nothing of it on the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from ..export.saved_file import SavedFileOffer
    from .actions import WindowActions


class FeedbackHost(Protocol):
    """What the feedback uses of the main window (``tests/test_export_feedback.py`` checks it)."""

    act: WindowActions  # their next use hides the offer

    def statusBar(self) -> QStatusBar: ...


class ExportFeedback:
    def __init__(self, window: FeedbackHost):
        self.window = window
        self.offer: SavedFileOffer | None = None
        self._fresh = False  # shown by the action being triggered now: that action does not hide it

    def saved(self, paths, text: str | None = None) -> SavedFileOffer:
        """Say ``text`` (default "Saved <file>") with Open and Show in Folder for ``paths`` (a
        path or several: Open opens the first)."""
        from PySide6.QtCore import QTimer

        offer = self._offer()
        self.window.statusBar().clearMessage()  # a message would hide the offer
        offer.offer(paths, text)
        self._fresh = True
        QTimer.singleShot(0, self._settled)
        return offer

    def dismiss(self) -> None:
        if self.offer is not None:
            self.offer.dismiss()

    def _settled(self) -> None:
        self._fresh = False

    def _next_action(self) -> None:
        if not self._fresh:
            self.dismiss()

    def _offer(self) -> SavedFileOffer:
        if self.offer is None:
            from ..export.saved_file import SavedFileOffer

            self.offer = SavedFileOffer()
            self.window.statusBar().addWidget(self.offer, 1)
            act = self.window.act
            for action in (*act.own(), act.undo, act.redo):
                action.triggered.connect(self._next_action)
        return self.offer
