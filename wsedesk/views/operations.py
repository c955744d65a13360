"""The one way a view runs a write (Anki's CollectionOp, small): on the one runner, announcing its Changes.

`Operations.run(write, on_success=...)` runs `write(progress)` — a call of a write service — on
the one TaskRunner the application made (app.py → MainWindow → pages and dialogs). On success,
on the GUI thread, it emits `AppEvents.changed` with the write's `Changes` (the result itself, or
its `.changes`), then calls `on_success(result)`. Lists and detail panels refresh themselves from
`changed`; no view tells another to reload. A user error (bad input, a conflict, no permission)
goes to `on_failure`; without one, and for any other exception, it reaches the global exception
hook (a Dutch message, or the crash dialog for a bug).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Unpack

from wsedesk.errors import UserError
from wsedesk.services.changes import Changes
from wsedesk.views.events import AppEvents
from wsedesk.views.tasks import TaskCallbacks, TaskHandle, TaskProgress, TaskRunner


def changes_of(result: object) -> Changes:
    """What a write service's result says it changed (nothing for a result without Changes)."""
    if isinstance(result, Changes):
        return result
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, Changes) else Changes()


class Operations:
    """The runner and the events of one main window, handed to every page and dialog that writes."""

    def __init__(self, tasks: TaskRunner, events: AppEvents) -> None:
        self.tasks = tasks
        self.events = events

    def run(self, write: Callable[[TaskProgress], Any], **callbacks: Unpack[TaskCallbacks]) -> TaskHandle:
        """Run `write` on the runner; on success announce its Changes, then call `on_success(result)`.

        `on_failure(error)` gets a UserError (nothing was stored; tell the user); any other
        exception is a bug and goes to the global exception hook. `on_progress`, `on_cancelled`
        and `on_finished` go to the runner as given (TaskRunner.start).
        """
        on_success, on_failure = callbacks.get("on_success"), callbacks.get("on_failure")

        def succeeded(result: object) -> None:
            self.announce(changes_of(result))
            if on_success is not None:
                on_success(result)

        def failed(error: BaseException) -> None:
            if on_failure is not None and isinstance(error, UserError):
                on_failure(error)
            else:
                raise error  # a bug, or nobody to tell: the global exception hook shows it

        return self.tasks.start(write, **{**callbacks, "on_success": succeeded, "on_failure": failed})

    def announce(self, changes: Changes) -> None:
        """Tell every panel what changed (a write that already ran, e.g. inside a long task)."""
        if changes:
            self.events.changed.emit(changes)
