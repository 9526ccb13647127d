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


class _Relay(QObject):
    """The joining thread's messenger: its own object, alive as long as the thread holds it, so
    the thread never signals through the window's objects while the window is being deleted (Qt
    drops a queued signal whose receiver went; ``LiveUpdates.destroyed`` closes its feed)."""

    joined = Signal(int, object)  # (attempt, ChangeFeed or None)


class LiveUpdates(QObject):
    """``follow(store)`` whenever the window gets a store; ``stop()`` when it closes.

    The listening connection is opened on a thread of its own: a server that does not answer
    (the network gone, packets dropped) would otherwise hold the window for libpq's connect
    timeout at every attempt. The window carries on; the feed is watched once it is there. A feed
    that arrives when it is no longer wanted (stopped, followed anew, the window gone) is closed:
    it is a connection to the server. One that could not be opened is tried again later."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.feed = None
        self.notifier: QSocketNotifier | None = None
        self._lock = threading.Lock()  # (the joining thread and the window share the two below)
        self._attempt = 0  # the latest join; an older one's feed arriving late is closed
        self._arriving = None  # (attempt, feed): opened, on its way to _on_joined
        self._store, self._retry_ms, self._reread = None, None, False
        self.destroyed.connect(lambda *_: self._closing())  # (deleted with its signal still queued)

    def _closing(self) -> None:
        """No join under way is wanted any more (stopped, or this object deleted, its signal then
        never handled): a feed one opened already is closed, any still connecting when it comes."""
        with self._lock:
            self._attempt += 1
            arriving, self._arriving = self._arriving, None
        if arriving is not None:
            arriving[1].close()

    def follow(self, store, *, retry_ms: int | None = None, reread: bool = False) -> None:
        """Listen to ``store``'s changes (nothing for a file store). ``retry_ms``: a new try after
        waiting so long (a failure waits twice as long, at most a minute); ``reread``: listening
        again after the server went away: on success read the list (changes meanwhile went unheard)."""
        self.stop()
        changes = getattr(store, "changes", None)
        if changes is None:
            return
        attempt = self._attempt
        self._store, self._retry_ms, self._reread = store, retry_ms, reread
        relay = _Relay()
        relay.joined.connect(self._on_joined)

        def join() -> None:
            try:
                feed = changes()
            except Exception:  # (the server went away since the store opened: tried again later)
                feed = None
            with self._lock:
                wanted = attempt == self._attempt
                if wanted and feed is not None:
                    self._arriving = (attempt, feed)
            if not wanted:
                if feed is not None:
                    feed.close()
                return
            try:
                relay.joined.emit(attempt, feed)
            except RuntimeError:  # ("Signal source has been deleted": the window went meanwhile)
                if (late := self._take(attempt)) is not None:
                    late.close()

        threading.Thread(target=join, name="rdw-live-updates", daemon=True).start()

    def _take(self, attempt: int):
        """The feed ``attempt`` opened, if still on its way; None when ``stop()`` closed it."""
        with self._lock:
            arriving = self._arriving
            if arriving is None or arriving[0] != attempt:
                return None
            self._arriving = None
        return arriving[1]

    def _on_joined(self, attempt: int, feed) -> None:
        if feed is None:
            if attempt == self._attempt:
                self._retry(min(self._retry_ms * 2, 60_000) if self._retry_ms else 5000, self._reread)
            return
        if self._take(attempt) is None:  # stopped (the window closed) or followed anew meanwhile
            return
        self.feed = feed
        self.notifier = QSocketNotifier(feed.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._arrived)
        if self._reread:  # what changed while nobody listened was not heard: read it
            try:
                self.window.reload(select=self.window.browser.current_id())
            except StoreError:
                pass

    def _retry(self, wait_ms: int, reread: bool) -> None:
        """Listen once the server answers (every 5 s, then less often, at most each minute);
        ``reread``: and read the list again then. Nothing if stopped or followed anew meanwhile."""
        from PySide6.QtCore import QTimer

        attempt, store = self._attempt, self._store

        def again() -> None:
            if attempt == self._attempt and self.feed is None:
                self.follow(store, retry_ms=wait_ms, reread=reread)

        QTimer.singleShot(wait_ms, self, again)

    def stop(self) -> None:
        self._closing()  # (a join under way is closed when it arrives)
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
            self._retry(5000, reread=True)
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
