"""Other officers' changes in this window within a second (issue 22, a team database): the list's
rows, the summary and an open case are read again when a change to them arrives, and the status
bar says who changed what. The store's change feed (``pg_changes``) is a connection of its own,
watched by the event loop (no timer, no polling of the tables); a file store has none.

An open case first saves what the user is typing (``flush``: a field someone else changed
meanwhile is asked about, never overwritten), then shows the case as stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

from ...models.storage.records import StoreError, UnknownCaseError
from ..translation import current

if TYPE_CHECKING:
    from ...models.storage.pg_changes import Change

translate = QCoreApplication.translate  # (lupdate reads translate("Context", "…"))


class LiveUpdates(QObject):
    """``follow(store)`` whenever the window gets a store; ``stop()`` when it closes."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.feed = None
        self.notifier: QSocketNotifier | None = None

    def follow(self, store) -> None:
        self.stop()
        changes = getattr(store, "changes", None)
        if changes is None:
            return
        try:
            self.feed = changes()
        except Exception:  # (the server went away since the store opened: the next edit says so)
            self.feed = None
            return
        self.notifier = QSocketNotifier(self.feed.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._arrived)

    def _rejoin(self, wait_ms: int) -> None:
        """Listen again once the server answers (every 5 s, then less often, at most each
        minute), and read the list again: what changed meanwhile was not heard."""
        from PySide6.QtCore import QTimer

        def again() -> None:
            if (self.feed is not None or not self.window.isVisible()  # (closed meanwhile: no new feed)
                    or getattr(self.window.store, "changes", None) is None):
                return
            self.follow(self.window.store)
            if self.feed is None:
                self._rejoin(min(wait_ms * 2, 60_000))
                return
            try:
                self.window.reload(select=self.window.browser.current_id())
            except StoreError:
                pass

        QTimer.singleShot(wait_ms, self, again)

    def stop(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if self.feed is not None:
            self.feed.close()
            self.feed = None

    def _arrived(self, *_args) -> None:
        changes = self.feed.poll() if self.feed is not None else []
        if self.feed is not None and self.feed.broken:  # the server restarted: listen again soon
            self.stop()
            self._rejoin(5000)
            return
        cases = list(dict.fromkeys(c.case_id for c in changes if not c.case_id.startswith("source:")))
        if not cases:
            return
        window = self.window
        for case_id in cases:
            try:
                window.browser.update_row(window.store.summary(case_id))
            except UnknownCaseError:
                window.browser.remove_row(case_id)  # deleted by someone else
            except StoreError:
                continue
        editor = window.editor
        if editor is not None and editor.controller.case_id in cases:
            editor.flush()
            editor.controller.reload()
        elif window.browser.current_id() in cases:
            window.show_selection(window.browser.current_id())
        window.statusBar().showMessage(said(changes[-1], window.store), 8000)


def said(change: Change, store) -> str:
    """"alice changed “Degree of leverage” in “Lithography”" in the interface's language."""
    from ...models.diff import fields

    labels = {path: label for _step, path, label, _render in fields(current())}
    try:
        title = store.summary(change.case_id).title
    except StoreError:
        title = change.case_id
    if change.field == "*" or change.field not in labels:
        return translate("LiveUpdates", "%1 changed “%2”.").replace("%2", title).replace("%1", change.user)
    return (translate("LiveUpdates", "%1 changed “%2” in “%3”.")
            .replace("%3", title).replace("%2", labels[change.field]).replace("%1", change.user))
