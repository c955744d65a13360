"""Test plumbing for the views: the one runner and its events, made the way app.py makes them, and
the main window as the GUI tests open it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from wsedesk.context import AppContext
from wsedesk.views.events import AppEvents
from wsedesk.views.main_window import MainWindow
from wsedesk.views.operations import Operations
from wsedesk.views.tasks import SynchronousTaskRunner, TaskHandle, TaskProgress, TaskRunner

W = TypeVar("W", bound=QWidget)


def shown(qtbot: QtBot, widget: W) -> W:
    """`widget`, shown, and closed by qtbot after the test."""
    qtbot.addWidget(widget)
    widget.show()
    return widget


def exposed(qtbot: QtBot, widget: W, size: tuple[int, int] | None = None) -> W:
    """`widget` (at `size`, if given), shown and exposed, and closed by qtbot after the test."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def sync_ops(runner: TaskRunner | None = None) -> Operations:
    """Operations on a synchronous runner (the task and its callbacks run before `run` returns)."""
    return Operations(runner if runner is not None else SynchronousTaskRunner(), AppEvents())


class QueuedTaskRunner(TaskRunner):
    """For tests of what shows before the background work ends: tasks wait until `run_pending()`."""

    def __init__(self) -> None:
        super().__init__()
        self.pending: list[tuple[Callable[[TaskProgress], Any], TaskHandle]] = []

    def _run(self, fn: Callable[[TaskProgress], Any], handle: TaskHandle) -> None:
        self.pending.append((fn, handle))

    def run_first(self) -> None:
        """Run only the first waiting task (and its callbacks)."""
        fn, handle = self.pending.pop(0)
        SynchronousTaskRunner._run(self, fn, handle)  # type: ignore[arg-type]

    def run_pending(self) -> int:
        """Run the waiting tasks (and those they start) in order, callbacks included; how many ran."""
        ran = 0
        while self.pending:
            self.run_first()
            ran += 1
        return ran


def main_window(qtbot: QtBot, ctx: AppContext, tmp_path: Path, *, ini: str = "w.ini") -> MainWindow:
    """A MainWindow over ``ctx`` on a synchronous runner with a throw-away settings file, not shown
    yet (qtbot closes it after the test)."""
    window = MainWindow(
        ctx,
        tasks=SynchronousTaskRunner(),
        settings=QSettings(str(tmp_path / ini), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    return window


def shown_window(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, page: int | None = None, *, ini: str = "w.ini"
) -> MainWindow:
    """A MainWindow over ``ctx`` with a throw-away settings file, shown (and on ``page``)."""
    window = main_window(qtbot, ctx, tmp_path, ini=ini)
    window.show()
    qtbot.waitExposed(window)
    if page is not None:
        window.show_page(page)
    return window
