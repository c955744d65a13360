"""Colleagues' changes into this window: the lists and the open dossier refresh by themselves.

PostgreSQL: a long-lived listener thread of its own (the one TaskRunner runs one task at a time
and must stay free for writes) waits for the notices of other programs' commits
(services/watch.py) and hands each, as Changes, to the GUI thread through a queued signal,
which `Operations.announce` turns into `AppEvents.changed`. SQLite: when the application becomes
active again, a changed `PRAGMA data_version` announces that everything may have changed.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

from wsedesk.context import AppContext
from wsedesk.services.changes import Changes
from wsedesk.services.watch import changes_from_file_watch, local_file_watch, watch_remote_changes
from wsedesk.views.operations import Operations

log = logging.getLogger(__name__)

RETRY_SECONDS = 10.0


class TeamWatch(QObject):
    """One per main window; `stop()` when the window closes."""

    arrived = Signal(object)  # Changes, emitted from the listener thread, delivered on the GUI thread

    def __init__(self, ctx: AppContext, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._stop = threading.Event()
        self.ready = threading.Event()  # PostgreSQL: the listener is in place (tests wait for it)
        self._thread: threading.Thread | None = None
        self.arrived.connect(self._on_arrived, Qt.ConnectionType.QueuedConnection)
        self._file_watch = local_file_watch(ctx) if ctx.db.is_sqlite else None
        if self._file_watch is not None:
            app = QGuiApplication.instance()
            if isinstance(app, QGuiApplication):
                app.applicationStateChanged.connect(self._on_application_state_changed)
        else:
            self._thread = threading.Thread(target=self._listen, name="wsedesk-team-watch", daemon=True)
            self._thread.start()

    def _listen(self) -> None:
        """The listener thread: listen, and after a lost connection try again until stopped."""
        while not self._stop.is_set():
            try:
                watch_remote_changes(self._ctx, self.arrived.emit, self._stop.is_set, on_ready=self.ready.set)
            except Exception as exc:  # a server restart or a network hiccup must not end the program
                log.warning(
                    "Listening for colleagues' changes stopped (%s); trying again", type(exc).__name__
                )
                self._stop.wait(RETRY_SECONDS)

    @Slot(object)
    def _on_arrived(self, changes: Changes) -> None:
        self._ops.announce(changes)

    @Slot(Qt.ApplicationState)
    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_file()

    def check_file(self) -> None:
        """SQLite: announce a change another process committed since the last look."""
        if self._file_watch is not None:
            self._ops.announce(changes_from_file_watch(self._file_watch))

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None
        if self._file_watch is not None:
            self._file_watch.close()
            self._file_watch = None
