"""The pool of long-lived workers: the same limits per task as a fresh process, recycling, threads."""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from wsedesk.importers.worker import WorkerError, WorkerPool


def test_tasks_from_two_threads_share_two_long_lived_workers() -> None:
    with WorkerPool(2) as pool, ThreadPoolExecutor(2) as threads:
        results = list(threads.map(lambda n: pool.run(abs, -n, timeout=20), range(12)))
        pids = {pool.run(os.getpid, timeout=20) for _ in range(4)}
    assert results == list(range(12))
    assert pool.started <= 2 and len(pids) <= 2 and os.getpid() not in pids


def test_a_worker_is_replaced_after_max_tasks() -> None:
    with WorkerPool(1, max_tasks=3) as pool:
        pids = [pool.run(os.getpid, timeout=20) for _ in range(7)]
    assert [len(set(pids[i : i + 3])) for i in (0, 3, 6)] == [1, 1, 1]
    assert len(set(pids)) == 3 and pool.started == 3


def test_an_ordinary_exception_keeps_the_worker() -> None:
    with WorkerPool(1) as pool:
        before = pool.run(os.getpid, timeout=20)
        with pytest.raises(WorkerError) as info:
            pool.run(int, "geen getal", timeout=20)
        assert (info.value.kind, info.value.exception_type) == ("exception", "builtins.ValueError")
        assert pool.run(os.getpid, timeout=20) == before


@pytest.mark.parametrize(
    ("task", "args", "kind"),
    [
        (time.sleep, (30,), "timeout"),
        (bytearray, (2 * 1024**3,), "memory"),
        (os.abort, (), "crashed"),
    ],
)
def test_after_a_limit_or_a_crash_the_next_task_gets_a_fresh_worker(
    task: object, args: tuple, kind: str
) -> None:
    with WorkerPool(1, memory_bytes=512 * 1024**2) as pool:
        first = pool.run(os.getpid, timeout=20)
        with pytest.raises(WorkerError) as info:
            pool.run(task, *args, timeout=1.0 if kind == "timeout" else 20)  # type: ignore[arg-type]
        assert info.value.kind == kind
        second = pool.run(os.getpid, timeout=20)
    assert second != first and pool.started == 2


def test_the_memory_limit_holds_for_every_task_of_a_long_lived_worker() -> None:
    with WorkerPool(1, memory_bytes=512 * 1024**2) as pool:
        for _ in range(3):
            assert pool.run(len, "x" * 10, timeout=20) == 10
        with pytest.raises(WorkerError) as info:
            pool.run(bytearray, 2 * 1024**3, timeout=20)
    assert info.value.kind == "memory"


def test_a_closed_pool_stops_its_workers() -> None:
    pool = WorkerPool(2)
    pid = pool.run(os.getpid, timeout=20)
    pool.close()
    for _ in range(100):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        pytest.fail("the worker still runs after close()")
    with pytest.raises(RuntimeError):
        pool.run(os.getpid, timeout=20)


def _format_helpers_loaded() -> bool:
    return "openpyxl.styles.numbers" in sys.modules and "openpyxl.utils.datetime" in sys.modules


@pytest.mark.skipif(
    "forkserver" not in multiprocessing.get_all_start_methods(), reason="no forkserver on this platform"
)
def test_a_new_worker_starts_with_the_format_helpers_already_imported() -> None:
    """The forkserver preloads them: a fresh worker's first file no longer pays ~150 ms of imports."""
    with WorkerPool(1) as pool:
        assert pool.run(_format_helpers_loaded, timeout=20) is True
