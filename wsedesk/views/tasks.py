"""The one background helper (architecture.md #5): long work on a thread pool, with progress and cancel.

A task is a plain callable `fn(progress) -> result` that calls services; only ids and plain data
cross threads (services open their own unit of work). The worker emits "raw" signals; the
TaskHandle, which lives on the GUI thread, receives them through its own slots (a queued
connection) and only then calls the callbacks, so callbacks always run on the GUI thread.
Tests use `SynchronousTaskRunner`, which runs the task in the calling thread.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any, TypedDict, Unpack

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, Signal, Slot

from wsedesk.progress import CancelledError

Callback = Callable[..., object]


class TaskCallbacks(TypedDict, total=False):
    """What TaskRunner.start (and Operations.run) call on the GUI thread, each one optional."""

    on_success: Callback | None  # on_success(result)
    on_failure: Callback | None  # on_failure(exception); none given: the global exception hook
    on_progress: Callback | None  # on_progress(done, total, text)
    on_cancelled: Callback | None  # on_cancelled()
    on_finished: Callback | None  # on_finished(), after any of the above


class TaskProgress:
    """The wsedesk.progress.Progress a task reports to; thread-safe cancel flag."""

    def __init__(self, handle: TaskHandle) -> None:
        self._handle = handle

    def report(self, done: int, total: int, text: str = "") -> None:
        self._handle.raw_progress.emit(done, total, text)

    def cancelled(self) -> bool:
        return self._handle.cancel_requested.is_set()


class TaskHandle(QObject):
    """One running task. Callbacks given to TaskRunner.start run on the GUI thread."""

    raw_progress = Signal(int, int, str)
    raw_done = Signal(str, object)  # outcome ("ok", "error", "cancelled"), payload

    def __init__(self, parent: QObject | None, callbacks: TaskCallbacks) -> None:
        super().__init__(parent)
        self.cancel_requested = threading.Event()
        self.done = False
        self._callbacks = callbacks
        self.raw_progress.connect(self._on_raw_progress)
        self.raw_done.connect(self._on_raw_done)

    def cancel(self) -> None:
        self.cancel_requested.set()

    def wait(self) -> None:
        """Block until the task ended and its callbacks ran (e.g. "save, then leave" on close).

        The worker's result waits as a queued call for this handle; it is delivered here instead
        of when the event loop comes round.
        """
        runner = self.parent()
        if isinstance(runner, TaskRunner):
            runner.wait()
        if not self.done:
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)

    @Slot(int, int, str)
    def _on_raw_progress(self, done: int, total: int, text: str) -> None:
        callback = self._callbacks.get("on_progress")
        if callback:
            callback(done, total, text)

    @Slot(str, object)
    def _on_raw_done(self, outcome: str, payload: object) -> None:
        self.done = True
        callback = self._callbacks.get(
            {"ok": "on_success", "error": "on_failure", "cancelled": "on_cancelled"}[outcome]
        )
        try:
            if callback:
                callback(payload) if outcome != "cancelled" else callback()
            elif outcome == "error":
                raise payload  # type: ignore[misc]  # no handler: the global exception hook shows it
        finally:
            finished = self._callbacks.get("on_finished")
            if finished:
                finished()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskProgress], Any], handle: TaskHandle) -> None:
        super().__init__()
        self.fn, self.handle = fn, handle

    def run(self) -> None:
        try:
            result = self.fn(TaskProgress(self.handle))
        except CancelledError:
            self.handle.raw_done.emit("cancelled", None)
        except Exception as exc:  # delivered to the GUI thread and shown there
            exc.__wsedesk_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.handle.raw_done.emit("error", exc)
        else:
            self.handle.raw_done.emit("ok", result)


class TaskRunner(QObject):
    """Runs tasks one at a time (database writes stay serial) on a private thread pool."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def start(self, fn: Callable[[TaskProgress], Any], **callbacks: Unpack[TaskCallbacks]) -> TaskHandle:
        handle = TaskHandle(self, callbacks)
        self._run(fn, handle)
        return handle

    def _run(self, fn: Callable[[TaskProgress], Any], handle: TaskHandle) -> None:
        self._pool.start(_Runnable(fn, handle))

    def wait(self, msecs: int = -1) -> bool:
        return bool(self._pool.waitForDone(msecs))


class SynchronousTaskRunner(TaskRunner):
    """For tests: the task runs in the calling thread, callbacks before start() returns."""

    def _run(self, fn: Callable[[TaskProgress], Any], handle: TaskHandle) -> None:
        _Runnable(fn, handle).run()
