"""Parse untrusted workbooks in bounded worker processes; only plain data comes back.

`WorkerPool(size, memory_bytes=…)` keeps up to `size` long-lived worker processes. `pool.run(func,
*args, timeout=…)` (thread-safe; several threads use several workers at once) runs one task in
one worker under the same limits a fresh process had: a wall-time limit per task (the parent
kills the worker), a CPU-time limit per task and an address-space limit per worker
(`resource.setrlimit`, POSIX only; on Windows only the wall-time limit applies). A worker is
replaced after a limit was hit, after a crash or a MemoryError, and after `max_tasks` tasks, so
one hostile file can neither freeze nor exhaust the program, and no worker grows for ever.
`run_isolated(func, *args, timeout=…, memory_bytes=…)` is the one-task form.

Results come back as JSON text (never a pickle: a worker that a hostile file managed to subvert
must not be able to run code in this process), at most MAX_RESULT_BYTES. What runs inside for a
report is `xlsx_stream.extract_workbook`.

Process start: `forkserver` (a clean server process that forks workers; ~10 ms each) where
available, else `spawn`. A frozen (PyInstaller) build uses `spawn`, which needs
`multiprocessing.freeze_support()` at the start of the entry point.
"""

from __future__ import annotations

import json
import math
import multiprocessing
import queue
import sys
import threading
from collections.abc import Callable
from contextlib import suppress
from multiprocessing.connection import Connection
from typing import Any

MAX_RESULT_BYTES = 64 * 1024 * 1024
# Tasks one worker runs before it is replaced (bounds fragmentation and anything a file left behind).
MAX_TASKS_PER_WORKER = 50
# Modules the forkserver imports before it forks workers (each worker starts with them loaded).
FORKSERVER_PRELOAD = ("wsedesk.importers.report_reader", "openpyxl.styles.numbers", "openpyxl.utils.datetime")

_context_lock = threading.Lock()
_context: Any = None


class WorkerError(Exception):
    """The worker did not return a result: `kind` is timeout, memory, crashed or exception."""

    def __init__(self, kind: str, detail: str = "", exception_type: str | None = None) -> None:
        self.kind = kind
        self.detail = detail
        self.exception_type = exception_type
        super().__init__(f"{kind}: {exception_type or ''} {detail}".strip())


# --- the pool -------------------------------------------------------------------------------------


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, context: Any, memory_bytes: int | None) -> None:
        self.connection, child = context.Pipe(duplex=True)
        self.process = context.Process(
            target=_worker_main, args=(child, memory_bytes), daemon=True, name="wsedesk-worker"
        )
        self.process.start()
        child.close()
        self.tasks = 0

    def stop(self) -> None:
        """Ask the worker to leave; kill it when it does not within a moment."""
        with suppress(OSError, ValueError):
            self.connection.send(None)
        self.process.join(1.0)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.connection.close()


class WorkerPool:
    """Up to `size` long-lived worker processes; `run` hands a task to an idle one (see module docstring)."""

    def __init__(
        self,
        size: int = 2,
        *,
        memory_bytes: int | None = None,
        max_tasks: int = MAX_TASKS_PER_WORKER,
    ) -> None:
        self.size = max(1, size)
        self.memory_bytes = memory_bytes
        self.max_tasks = max(1, max_tasks)
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._slots = threading.BoundedSemaphore(self.size)
        self._closed = False
        self.started = 0  # workers started so far (tests and benchmarks look)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().stop()
            except queue.Empty:
                break

    def run(self, func: Callable[..., Any], *args: Any, timeout: float) -> Any:
        """`func(*args)` in a worker: its JSON-able result, or WorkerError (timeout, memory, crashed, exception)."""
        if self._closed:
            raise RuntimeError("WorkerPool is closed")
        with self._slots:
            worker = self._take()
            reusable = False
            try:
                message = self._exchange(worker, func, args, timeout)
                exception_type = str(message.get("type", ""))
                if message["status"] == "ok":
                    reusable = True
                    return message.get("result")
                if exception_type == "builtins.MemoryError":
                    raise WorkerError("memory", str(message.get("detail", "")), exception_type)
                reusable = True  # an ordinary exception (a damaged file): the worker itself is fine
                raise WorkerError("exception", str(message.get("detail", "")), exception_type)
            finally:
                worker.tasks += 1
                if reusable and worker.tasks < self.max_tasks and not self._closed:
                    self._idle.put(worker)
                elif reusable:
                    worker.stop()
                else:
                    worker.kill()

    def _take(self) -> _Worker:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            self.started += 1
            return _Worker(_multiprocessing_context(), self.memory_bytes)

    @staticmethod
    def _exchange(
        worker: _Worker, func: Callable[..., Any], args: tuple[Any, ...], timeout: float
    ) -> dict[str, Any]:
        """Send one task and read the answer; WorkerError when none comes (timeout, crash, garbage)."""
        connection = worker.connection
        try:
            connection.send((func, args, timeout))
        except (OSError, ValueError):
            raise WorkerError("crashed", f"exit code {worker.process.exitcode}") from None
        if not connection.poll(timeout):
            raise WorkerError("timeout", f"{timeout:g} s")
        try:
            payload = connection.recv_bytes(MAX_RESULT_BYTES)
        except (EOFError, OSError):
            worker.process.join(2.0)
            raise WorkerError("crashed", f"exit code {worker.process.exitcode}") from None
        try:
            message = json.loads(payload)
            if not isinstance(message, dict) or message.get("status") not in ("ok", "error"):
                raise ValueError("no status")
        except ValueError:
            raise WorkerError("crashed", "unreadable worker answer") from None
        return message


def run_isolated(
    func: Callable[..., Any], *args: Any, timeout: float, memory_bytes: int | None = None
) -> Any:
    """Run `func(*args)` in a fresh worker process; return its JSON-able result or raise WorkerError."""
    with WorkerPool(1, memory_bytes=memory_bytes) as pool:
        return pool.run(func, *args, timeout=timeout)


# --- inside the worker ----------------------------------------------------------------------------


def _worker_main(connection: Connection, memory_bytes: int | None) -> None:
    """Run tasks until told to stop (None) or the parent goes away; a MemoryError ends the worker."""
    _limit_memory(memory_bytes)
    try:
        while True:
            try:
                task = connection.recv()
            except (EOFError, OSError):
                return
            if task is None:
                return
            func, args, timeout = task
            _limit_cpu(timeout)
            try:
                message: dict[str, Any] = {"status": "ok", "result": func(*args)}
            except MemoryError:
                message = {"status": "error", "type": "builtins.MemoryError", "detail": ""}
            except Exception as exc:  # everything crosses back as data; the parent decides
                message = {"status": "error", "type": exception_name(exc), "detail": _exception_detail(exc)}
            try:
                data = json.dumps(message, ensure_ascii=False, allow_nan=True).encode("utf-8")
            except (TypeError, ValueError) as exc:  # a result that is not plain data is a bug
                data = json.dumps(
                    {"status": "error", "type": "builtins.TypeError", "detail": str(exc)}
                ).encode()
            except MemoryError:
                data = b'{"status": "error", "type": "builtins.MemoryError", "detail": ""}'
            connection.send_bytes(data)
            if message.get("type") == "builtins.MemoryError":
                return
    finally:
        connection.close()


def exception_name(exc: BaseException) -> str:
    """`module.Class` of `exc`, or of a defusedxml refusal wrapped in another error."""
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            break
        if type(seen).__module__.startswith("defusedxml"):
            exc = seen
            break
        seen = seen.__cause__ or seen.__context__
    kind = type(exc)
    return f"{kind.__module__}.{kind.__qualname__}"


def _exception_detail(exc: BaseException) -> str:
    sheet, limit = getattr(exc, "sheet", None), getattr(exc, "limit", None)
    if type(exc).__name__ == "TooManyRowsError" and sheet is not None:
        return f"{sheet}\t{limit}"
    return str(exc)[:1000]


def _limit_memory(memory_bytes: int | None) -> None:
    if memory_bytes is not None:
        _set_soft_limit("RLIMIT_AS", memory_bytes)


def _limit_cpu(timeout: float) -> None:
    """CPU seconds this task may use on top of what the worker used before (the limit is per process)."""
    try:
        import resource
    except ImportError:  # Windows: the parent's wall-time limit is the only bound
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    _set_soft_limit("RLIMIT_CPU", math.ceil(usage.ru_utime + usage.ru_stime + timeout) + 2)


def _set_soft_limit(name: str, value: int) -> None:
    try:
        import resource
    except ImportError:
        return
    limit = getattr(resource, name)
    _soft, hard = resource.getrlimit(limit)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    with suppress(ValueError, OSError):
        resource.setrlimit(limit, (value, hard))


def _multiprocessing_context() -> Any:
    global _context
    with _context_lock:
        if _context is None:
            frozen = getattr(sys, "frozen", False)
            context: Any
            if "forkserver" in multiprocessing.get_all_start_methods() and not frozen:
                context = multiprocessing.get_context("forkserver")
                # Imported once in the server, not once per worker: openpyxl's number-format and
                # date helpers (used by xlsx_stream) took ~150 ms of every new worker's first file.
                context.set_forkserver_preload(list(FORKSERVER_PRELOAD))
            else:
                context = multiprocessing.get_context("spawn")
            _context = context
        return _context
