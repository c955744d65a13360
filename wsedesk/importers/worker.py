"""Parse untrusted workbooks in a bounded worker process; only plain data comes back.

`run_isolated(func, *args, timeout=…, memory_bytes=…)` runs `func` in a fresh process with a
wall-time limit (the parent kills it), a CPU-time limit and an address-space limit
(`resource.setrlimit`, POSIX only; on Windows only the wall-time limit applies). A hostile file
can then neither freeze nor exhaust the program: the worker dies, the caller gets a WorkerError.

`extract_workbook` is what runs inside: openpyxl in read-only, values-only mode (cached
formula results, macros never loaded), capped at `max_rows_per_sheet` rows per sheet and the
first `max_columns` columns. It returns dicts, lists, str, int, float and bool only.

Process start: `forkserver` (a clean server process that forks workers; ~10 ms each) where
available, else `spawn`. A frozen (PyInstaller) build uses `spawn`, which needs
`multiprocessing.freeze_support()` at the start of the entry point.
"""

from __future__ import annotations

import json
import math
import multiprocessing
import re
import sys
import threading
import warnings
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date, datetime, time, timedelta
from multiprocessing.connection import Connection
from typing import Any

from wsedesk.importers.xlsx_safety import DEFAULT_LIMITS, ReadLimits, assert_defused_xml

# Sheets read besides the expected ones when an expected sheet is missing (renamed beyond recognition).
MAX_FALLBACK_SHEETS = 20
MAX_MERGED_RANGES = 10_000
MAX_RESULT_BYTES = 64 * 1024 * 1024

_context_lock = threading.Lock()
_context: Any = None


class WorkerError(Exception):
    """The worker did not return a result: `kind` is timeout, memory, crashed or exception."""

    def __init__(self, kind: str, detail: str = "", exception_type: str | None = None) -> None:
        self.kind = kind
        self.detail = detail
        self.exception_type = exception_type
        super().__init__(f"{kind}: {exception_type or ''} {detail}".strip())


class TooManyRowsError(Exception):
    """A sheet has more rows than the cap; reading stopped."""

    def __init__(self, sheet: str, limit: int) -> None:
        self.sheet = sheet
        self.limit = limit
        super().__init__(f"{sheet}\t{limit}")


# --- the isolation --------------------------------------------------------------------------


def run_isolated(
    func: Callable[..., Any], *args: Any, timeout: float, memory_bytes: int | None = None
) -> Any:
    """Run `func(*args)` in a worker process; return its JSON-able result or raise WorkerError.

    The result comes back as JSON text (never a pickle: a worker that a hostile file managed
    to subvert must not be able to run code in this process), at most MAX_RESULT_BYTES.
    """
    context = _multiprocessing_context()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_child_main,
        args=(sender, func, args, memory_bytes, timeout),
        daemon=True,
        name="wsedesk-worker",
    )
    process.start()
    sender.close()
    payload: bytes | None = None
    timed_out = False
    try:
        if not receiver.poll(timeout):
            timed_out = True
            raise WorkerError("timeout", f"{timeout:g} s")
        try:
            payload = receiver.recv_bytes(MAX_RESULT_BYTES)
        except (EOFError, OSError):
            payload = None
    finally:
        if not timed_out:
            process.join(2.0)  # it has answered (or died): give it a moment to exit
        if process.is_alive():
            process.kill()
            process.join()
        receiver.close()
    if payload is None:
        raise WorkerError("crashed", f"exit code {process.exitcode}")
    try:
        message = json.loads(payload)
        status = message["status"]
    except (ValueError, KeyError, TypeError):
        raise WorkerError("crashed", "unreadable worker answer") from None
    if status == "ok":
        return message.get("result")
    exception_type = str(message.get("type", ""))
    detail = str(message.get("detail", ""))
    if exception_type == "builtins.MemoryError":
        raise WorkerError("memory", detail, exception_type)
    raise WorkerError("exception", detail, exception_type)


def _child_main(
    connection: Connection,
    func: Callable[..., Any],
    args: tuple[Any, ...],
    memory_bytes: int | None,
    timeout: float,
) -> None:
    _limit_resources(memory_bytes, timeout)
    try:
        try:
            message: dict[str, Any] = {"status": "ok", "result": func(*args)}
        except MemoryError:
            message = {"status": "error", "type": "builtins.MemoryError", "detail": ""}
        except BaseException as exc:  # everything crosses back as data; the parent decides
            message = {"status": "error", "type": exception_name(exc), "detail": _exception_detail(exc)}
        try:
            data = json.dumps(message, ensure_ascii=False, allow_nan=True).encode("utf-8")
        except (TypeError, ValueError) as exc:  # a result that is not plain data is a bug
            data = json.dumps({"status": "error", "type": "builtins.TypeError", "detail": str(exc)}).encode()
        except MemoryError:
            data = b'{"status": "error", "type": "builtins.MemoryError", "detail": ""}'
        connection.send_bytes(data)
    finally:
        connection.close()


def exception_name(exc: BaseException) -> str:
    """`module.Class` of `exc`, or of a defusedxml refusal that openpyxl wrapped in another error."""
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
    if isinstance(exc, TooManyRowsError):
        return f"{exc.sheet}\t{exc.limit}"
    return str(exc)[:1000]


def _limit_resources(memory_bytes: int | None, timeout: float) -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent's wall-time limit is the only bound
        return
    cpu = math.ceil(timeout) + 2
    for limit, value in ((resource.RLIMIT_CPU, cpu), (resource.RLIMIT_AS, memory_bytes)):
        if value is None:
            continue
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
                context.set_forkserver_preload(["wsedesk.importers.worker", "openpyxl"])
            else:
                context = multiprocessing.get_context("spawn")
            _context = context
        return _context


# --- what runs inside: raw extraction with openpyxl ------------------------------------------

RawCell = tuple[str, Any, str | None]  # (kind, value, number format); kind: n s b d t e


def extract_workbook(
    path: str, sheet_names: Sequence[str], limits: ReadLimits = DEFAULT_LIMITS
) -> dict[str, Any]:
    """Cells A..H of the sheets named `sheet_names` (matched case/space-insensitively), as plain data.

    Result: {"sheet_names": [...], "sheets": [{"name", "expected", "truncated", "rows":
    {row: {column letter: (kind, value, number format)}}, "merges": ["C7:D7", ...],
    "formulas_without_value": ["D9", ...]}]}. Only rows with a value are listed. Raises
    TooManyRowsError when an expected sheet exceeds the row cap.
    """
    assert_defused_xml()
    from openpyxl import load_workbook

    from wsedesk.importers.report_template import sheet_key

    wanted = {sheet_key(n) for n in sheet_names}
    sheets: list[dict[str, Any]] = []
    paths: dict[str, str] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about extensions it does not read
        with open(path, "rb") as stream, _no_dimension_scan():
            workbook = load_workbook(stream, read_only=True, data_only=True, keep_vba=False, keep_links=False)
            try:
                names = list(workbook.sheetnames)
                expected = [n for n in names if sheet_key(n) in wanted]
                missing = wanted - {sheet_key(n) for n in expected}
                others = [n for n in names if n not in expected][:MAX_FALLBACK_SHEETS] if missing else []
                for name, strict in [(n, True) for n in expected] + [(n, False) for n in others]:
                    worksheet = workbook[name]
                    if not hasattr(worksheet, "iter_rows"):  # a chart sheet
                        continue
                    paths[name] = str(getattr(worksheet, "_worksheet_path", "") or "")
                    sheets.append(_read_sheet(worksheet, limits, expected=strict))
            finally:
                workbook.close()

        pending = [s for s in sheets if s["_empty"]]
        if pending:
            # A formula without a cached value reads as empty with data_only=True; look again
            # with formulas visible, only at those cells and only as far as the first pass read.
            with open(path, "rb") as stream, _no_dimension_scan():
                workbook = load_workbook(
                    stream, read_only=True, data_only=False, keep_vba=False, keep_links=False
                )
                try:
                    for sheet in pending:
                        sheet["formulas_without_value"] = _formula_cells(
                            workbook[sheet["name"]], sheet["_empty"], sheet["_last_row"], limits
                        )
                finally:
                    workbook.close()
    for sheet in sheets:
        sheet["merges"] = _merged_ranges(path, paths.get(sheet["name"], ""))
        del sheet["_empty"], sheet["_last_row"]
    return {"sheet_names": names, "sheets": sheets}


_scan_lock = threading.Lock()


@contextmanager
def _no_dimension_scan() -> Iterator[None]:
    """Skip openpyxl's dimension scan while a workbook is opened.

    For every sheet without a `<dimension>` element (hostile files omit it) read-only openpyxl
    parses the WHOLE sheet just to learn its size: 28 s for a million rows, before our row cap
    can act. We never use that size (`reset_dimensions()` below), so the scan is switched off
    around `load_workbook`. The patch is process-wide for that moment, hence the lock; in the
    worker process nothing else runs.
    """
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    with _scan_lock:
        original = ReadOnlyWorksheet._get_size
        ReadOnlyWorksheet._get_size = lambda self: None
        try:
            yield
        finally:
            ReadOnlyWorksheet._get_size = original


def _read_sheet(worksheet: Any, limits: ReadLimits, *, expected: bool) -> dict[str, Any]:
    from openpyxl.utils import get_column_letter

    letters = [get_column_letter(i) for i in range(1, limits.max_columns + 1)]
    rows: dict[int, dict[str, RawCell]] = {}
    empty: set[str] = set()
    truncated = False
    worksheet.reset_dimensions()  # the stored dimension may lie; read what is there
    for index, row in enumerate(worksheet.iter_rows(min_row=1, max_col=limits.max_columns), start=1):
        if index > limits.max_rows_per_sheet:
            if expected:
                raise TooManyRowsError(worksheet.title, limits.max_rows_per_sheet)
            truncated = True
            break
        cells: dict[str, RawCell] = {}
        blanks: list[str] = []
        for letter, cell in zip(letters, row, strict=False):
            raw = _raw_cell(cell)
            if raw is None:
                blanks.append(letter)
            else:
                cells[letter] = raw
        if cells:
            rows[index] = cells
            empty.update(f"{letter}{index}" for letter in blanks)
    return {
        "name": worksheet.title,
        "expected": expected,
        "truncated": truncated,
        "rows": rows,
        "formulas_without_value": [],
        "_empty": empty,
        "_last_row": max(rows, default=0),
    }


def _raw_cell(cell: Any) -> RawCell | None:
    value = cell.value
    if value is None:
        return None
    number_format = getattr(cell, "number_format", None)
    number_format = number_format if isinstance(number_format, str) else None
    if isinstance(value, bool):
        return ("b", value, number_format)
    if isinstance(value, int | float):
        return ("n", value, number_format)
    if isinstance(value, datetime):
        return ("d", value.isoformat(), number_format)
    if isinstance(value, date):
        return ("d", value.isoformat(), number_format)
    if isinstance(value, time):
        return ("t", value.isoformat(), number_format)
    if isinstance(value, timedelta):
        return ("n", value.total_seconds() / 86400, number_format)
    if getattr(cell, "data_type", None) == "e":
        return ("e", str(value), number_format)
    return ("s", str(value), number_format)


def _formula_cells(worksheet: Any, refs: set[str], last_row: int, limits: ReadLimits) -> list[str]:
    found: list[str] = []
    worksheet.reset_dimensions()
    for row in worksheet.iter_rows(min_row=1, max_row=last_row, max_col=limits.max_columns):
        for cell in row:
            coordinate = getattr(cell, "coordinate", None)
            if coordinate in refs and getattr(cell, "data_type", None) == "f":
                found.append(coordinate)
    return found


_MERGE = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref=\"([A-Z]{1,3}[0-9]{1,7}(?::[A-Z]{1,3}[0-9]{1,7})?)\""
)


def _merged_ranges(path: str, member: str) -> list[str]:
    """The sheet's merged ranges, from its XML (read-only openpyxl does not expose them)."""
    member = member.lstrip("/")
    if not member:
        return []
    ranges: list[str] = []
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member) as part:
            buffer = b""
            while len(ranges) < MAX_MERGED_RANGES:
                chunk = part.read(256 * 1024)
                buffer += chunk
                # A tag is far shorter than 512 bytes: one starting before the boundary is complete.
                boundary = len(buffer) - 512 if chunk else len(buffer)
                for match in _MERGE.finditer(buffer):
                    if match.start() >= boundary:
                        break
                    ranges.append(match.group(1).decode("ascii"))
                if not chunk:
                    break
                buffer = buffer[max(boundary, 0) :]
    except (KeyError, OSError, zipfile.BadZipFile, ValueError, EOFError):
        return []
    return ranges[:MAX_MERGED_RANGES]
