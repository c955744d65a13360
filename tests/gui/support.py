"""Test plumbing for the views: the one runner and its events, made the way app.py makes them."""

from __future__ import annotations

from wsedesk.views.events import AppEvents
from wsedesk.views.operations import Operations
from wsedesk.views.tasks import SynchronousTaskRunner, TaskRunner


def sync_ops(runner: TaskRunner | None = None) -> Operations:
    """Operations on a synchronous runner (the task and its callbacks run before `run` returns)."""
    return Operations(runner if runner is not None else SynchronousTaskRunner(), AppEvents())
