"""The background task runner: results, errors, progress and cancel arrive on the GUI thread."""

from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot

from wsedesk.errors import BadInputError
from wsedesk.progress import CancelledError
from wsedesk.views.tasks import SynchronousTaskRunner, TaskProgress, TaskRunner


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui = threading.get_ident()
    seen: dict[str, object] = {"progress": []}

    def work(progress: TaskProgress) -> int:
        seen["worker"] = threading.get_ident()
        for i in range(3):
            progress.report(i + 1, 3, f"stap {i + 1}")
        return 42

    def on_progress(done: int, total: int, text: str) -> None:
        assert threading.get_ident() == gui
        seen["progress"].append((done, total, text))  # type: ignore[union-attr]

    def on_success(result: object) -> None:
        seen["result"] = (result, threading.get_ident() == gui)

    handle = runner.start(work, on_success=on_success, on_progress=on_progress)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert seen["result"] == (42, True) and seen["worker"] != gui
    assert seen["progress"] == [(1, 3, "stap 1"), (2, 3, "stap 2"), (3, 3, "stap 3")]


def test_errors_and_cancel(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []
    handle = runner.start(lambda p: (_ for _ in ()).throw(BadInputError("fout")), on_failure=errors.append)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert isinstance(errors[0], BadInputError)

    cancelled: list[bool] = []

    def slow(progress: TaskProgress) -> None:
        for _ in range(500):
            if progress.cancelled():
                raise CancelledError()
            time.sleep(0.01)

    handle = runner.start(slow, on_cancelled=lambda: cancelled.append(True))
    handle.cancel()
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert cancelled == [True]


def test_synchronous_runner_for_tests(qtbot: QtBot) -> None:
    runner = SynchronousTaskRunner()
    out: list[object] = []
    handle = runner.start(lambda p: "klaar", on_success=out.append)
    assert handle.done and out == ["klaar"]
    # Without an error handler the exception goes to the global exception hook (the crash dialog).
    with qtbot.capture_exceptions() as caught:
        runner.start(lambda p: (_ for _ in ()).throw(BadInputError("zonder handler")))
    assert len(caught) == 1 and isinstance(caught[0][1], BadInputError)
