"""Other officers' changes in this window within a second (issue 22, a team database): the list's
rows, the summary and an open case are read again when a change to them arrives, and the status
bar says who changed what. The store's change feed (``pg_changes``) is a connection of its own,
watched by the event loop (no timer, no polling of the tables); a file store has none.

An open case first saves what the user is typing (``flush``: a field someone else changed
meanwhile is asked about, never overwritten), then shows the case as stored.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Signal

from ...models.storage.records import StoreError, UnknownCaseError
from ..translation import current

if TYPE_CHECKING:
    from ...models.storage.pg_changes import Change

translate = QCoreApplication.translate  # (lupdate reads translate("Context", "…"))


class LiveUpdates(QObject):
    """``follow(store)`` whenever the window gets a store; ``stop()`` when it closes.

    The listening connection is opened on a thread of its own: a server that does not answer
    (the network gone, packets dropped) would otherwise hold the window for libpq's connect
    timeout at every attempt. The window carries on; the feed is watched once it is there."""

    _joined = Signal(int, object)  # (attempt, ChangeFeed or None), from the joining thread

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.feed = None
        self.notifier: QSocketNotifier | None = None
        self._attempt = 0  # the latest join; an older one's feed arriving late is closed
        self._joined.connect(self._on_joined)

    def follow(self, store, *, rejoin_ms: int | None = None) -> None:
        """Listen to ``store``'s changes (nothing for a file store). ``rejoin_ms``: listening
        again after the server went away: on failure try again later, on success read the list."""
        self.stop()
        changes = getattr(store, "changes", None)
        if changes is None:
            return
        self._attempt += 1
        attempt = self._attempt

        def join() -> None:
            try:
                feed = changes()
            except Exception:  # (the server went away since the store opened: the next edit says so)
                feed = None
            self._joined.emit(attempt, feed)

        self._rejoin_ms = rejoin_ms
        threading.Thread(target=join, name="rdw-live-updates", daemon=True).start()

    def _on_joined(self, attempt: int, feed) -> None:
        if attempt != self._attempt:  # stopped (the window closed) or followed anew meanwhile
            if feed is not None:
                feed.close()
            return
        rejoin_ms = self._rejoin_ms
        if feed is None:
            if rejoin_ms is not None:
                self._rejoin(min(rejoin_ms * 2, 60_000))
            return
        self.feed = feed
        self.notifier = QSocketNotifier(feed.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._arrived)
        if rejoin_ms is not None:  # what changed while nobody listened was not heard: read it
            try:
                self.window.reload(select=self.window.browser.current_id())
            except StoreError:
                pass

    def _rejoin(self, wait_ms: int) -> None:
        """Listen again once the server answers (every 5 s, then less often, at most each
        minute), and read the list again: what changed meanwhile was not heard."""
        from PySide6.QtCore import QTimer

        def again() -> None:
            if (self.feed is not None or not self.window.isVisible()  # (closed meanwhile: no new feed)
                    or getattr(self.window.store, "changes", None) is None):
                return
            self.follow(self.window.store, rejoin_ms=wait_ms)

        QTimer.singleShot(wait_ms, self, again)

    def stop(self) -> None:
        self._attempt += 1  # (a join under way is closed when it arrives)
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
