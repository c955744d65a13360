"""The window on each demo file (offscreen Qt): cold start to first paint and to the Werkbak's rows
against an empty Qt window started the same way (the floor: interpreter + Qt), memory with every
page visited, and the dossier list's pages by keyset (as the list view asks for them) against a
QSortFilterProxyModel sorting every row in memory.

Protocol: bench/README.md. Alone: `bench/run --only gui`.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import (
    ROOT,
    PostgresDemo,
    Row,
    Timing,
    dossier_sizes,
    measure,
    postgres_available,
    program_env,
    sqlite_demo,
    timed_row,
    tree_rss_mb,
)

PAGE_DEEP = 21  # the deep page of the list rows: the 21st, reached by keyset as the view scrolls
# Who the program starts as (SQLite: the OS login, getpass): a demo assignee with open terms, so the
# Werkbak's rows are really read and counted (1,357 at 100k). The login running the benchmark
# would be a new user with an empty Werkbak.
DEMO_LOGIN = "an.peeters"

# The floor a Python + Qt program cannot go under: import QtWidgets, show an empty window, paint.
EMPTY_WINDOW = """
import os, sys, time
stat = open("/proc/self/stat").read()
ticks = int(stat[stat.rindex(")") + 2 :].split()[19]) / os.sysconf("SC_CLK_TCK")
started = time.perf_counter() - (time.clock_gettime(time.CLOCK_BOOTTIME) - ticks)
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1366, 768)
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint-ms={(time.perf_counter() - started) * 1000:.0f}", flush=True)
            QTimer.singleShot(0, app.quit)
            obj.removeEventFilter(self)
        return False
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
"""


def _start(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """One cold start: the ms the process reports (from its own start, imports included):
    `first-paint-ms` and, for the program, `first-rows-ms` (the Werkbak shows its rows) and
    `first-rows-cpu-ms` (the process's CPU time by then: the work, whatever the machine's load)."""
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    if proc.returncode:
        raise RuntimeError(f"{cmd[1:4]} exited with {proc.returncode}: {proc.stderr.strip()[-300:]}")
    found = {}
    for line in proc.stdout.splitlines():
        name, _, value = line.partition("=")
        if name in ("first-paint-ms", "first-rows-ms", "first-rows-cpu-ms"):
            found[name] = float(value)
    return found


def cold_starts(cmd: list[str], env: dict[str, str], runs: int) -> dict[str, Timing]:
    _start(cmd, env)  # warm the file cache (and run any pending schema upgrade once)
    starts = [_start(cmd, env) for _ in range(runs)]
    return {
        name: Timing(statistics.median(values), max(values), runs)
        for name in starts[0]
        if len(values := [s[name] for s in starts]) == runs
    }


def probe_memory(path: Path) -> None:
    """In a fresh process: open the window on `path` as app.py does (the one runner, the first
    page read on it), visit every page, print the process tree's RSS."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from wsedesk.app import create_application
    from wsedesk.services.session import open_context
    from wsedesk.settings import Settings
    from wsedesk.views.main_window import MainWindow
    from wsedesk.views.tasks import TaskRunner

    app = create_application(Settings())
    tasks = TaskRunner(app)
    window = MainWindow(None, tasks=tasks)
    window.resize(1366, 768)
    window.show()
    QApplication.processEvents()
    ctx = open_context(f"sqlite:///{path}")
    window.attach(ctx)
    _settle(1.0)
    first = tree_rss_mb()
    for index in range(window.stack.count()):
        window.show_page(index)
        _settle(1.0)  # let each page load (on the runner) and paint what it shows
    print(f"rss-first-page-mb={first:.1f}")
    print(f"rss-all-pages-mb={tree_rss_mb():.1f}", flush=True)
    heavy = ("reportlab", "openpyxl", "numpy", "lxml", "PIL", "PySide6.QtPdf", "PySide6.QtCharts")
    print("heavy-modules=" + ",".join(m for m in heavy if m in sys.modules), flush=True)
    window.close()
    tasks.wait()
    ctx.close()
    app.processEvents()


def _settle(seconds: float) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def rows(quick: bool, workdir: Path) -> list[Row]:
    env = program_env()
    runs = 3 if quick else 7
    out: list[Row] = []
    empty = cold_starts([sys.executable, "-c", EMPTY_WINDOW], env, runs)["first-paint-ms"]
    for n in dossier_sizes(quick):
        path = sqlite_demo(n)
        start = cold_starts(
            [sys.executable, "-m", "wsedesk", "--db", str(path), "--quit-after-paint"],
            {**env, "USER": DEMO_LOGIN, "LOGNAME": DEMO_LOGIN},
            runs,
        )
        out.append(
            timed_row(
                f"start → window painted, {n:,} dossiers (SQLite)",
                start["first-paint-ms"],
                baseline="empty Qt window, same start",
                base=empty,
                goal="≤ 0.5 s",
                at_most=500,
                note=f"median of {runs} cold starts",
            )
        )
        out.append(
            timed_row(
                f"start → Werkbak rows shown, {n:,} dossiers (SQLite)",
                start["first-rows-ms"],
                baseline="empty Qt window, same start",
                base=empty,
                goal="≤ 0.8 s",
                at_most=800,
                note=f"the same {runs} cold starts, as {DEMO_LOGIN}; CPU time by then "
                f"{start['first-rows-cpu-ms'].median:,.0f} ms",
            )
        )
    largest = max(dossier_sizes(quick))
    probe = subprocess.run(
        [sys.executable, "-m", "bench.bench_gui", "--probe-memory", str(sqlite_demo(largest))],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
        check=True,
    )
    values = dict(line.split("=", 1) for line in probe.stdout.splitlines() if "=" in line)
    all_pages = float(values["rss-all-pages-mb"])
    out.append(
        Row(
            f"GUI memory, every page visited, {largest:,} dossiers",
            all_pages,
            "MB",
            goal="≤ 150 MB",
            met=all_pages <= 150,
            note=f"RSS of the process tree; {float(values['rss-first-page-mb']):.0f} MB with the first page; "
            f"heavy modules loaded: {values.get('heavy-modules') or 'none'}",
        )
    )
    out.extend(_list_rows(f"sqlite:///{sqlite_demo(largest)}", largest, "SQLite", runs=3 if quick else 5))
    if not quick and postgres_available():
        with PostgresDemo(largest) as url:
            out.extend(_list_rows(url, largest, "PostgreSQL", runs=5, baseline=False))
    return out


def _list_rows(url: str, dossiers: int, backend: str, *, runs: int, baseline: bool = True) -> list[Row]:
    """Per sort key (each its own row, no median over keys): the first page, and the 21st page
    reached by keyset (`after=` the last row, as DossierTableModel.fetchMore asks), against a
    QSortFilterProxyModel sorting every row held in memory (the way lists were made before #13;
    SQLite only, the data are the same). The count is a row of its own: the list shows the first
    page first and counts on the runner afterwards (PagedTableModel.count_on), so a keystroke
    waits for the page only; a header click does not count again."""
    from wsedesk.services.dossiers import DOSSIER_SORT_KEYS, DossierFilter, count_dossiers, list_dossiers
    from wsedesk.services.session import open_context

    ctx = open_context(url, login="bench")
    size = ctx.settings.page_size
    out = []
    try:
        proxy = _ProxyBaseline(list_dossiers(ctx, DossierFilter(), limit=dossiers + 1)) if baseline else None
        for key in DOSSIER_SORT_KEYS:

            def first_page(key: str = key) -> None:
                list_dossiers(ctx, DossierFilter(), sort_key=key, limit=size)

            after: Any = None
            for _ in range(PAGE_DEEP - 1):  # walk to the deep page untimed
                page = list_dossiers(ctx, DossierFilter(), sort_key=key, limit=size, after=after)
                after = page[-1].position

            def deep_page(key: str = key, after: Any = after) -> None:
                list_dossiers(ctx, DossierFilter(), sort_key=key, limit=size, after=after)

            base = proxy.timing(key, runs) if proxy is not None else None
            common = {"goal": "≤ 5 ms", "at_most": 5.0}
            if base is not None:
                common |= {
                    "baseline": "QSortFilterProxyModel, every row in memory, sort by the column",
                    "base": base,
                }
            out.append(
                timed_row(
                    f"dossier list, {backend}: first page ({size} rows) sorted by {key}, {dossiers:,} dossiers",
                    measure(first_page, runs=runs),
                    note=f"median of {runs}",
                    **common,  # type: ignore[arg-type]
                )
            )
            out.append(
                timed_row(
                    f"dossier list, {backend}: page {PAGE_DEEP} by keyset sorted by {key}, {dossiers:,} dossiers",
                    measure(deep_page, runs=runs),
                    note=f"median of {runs}; after= the last row of page {PAGE_DEEP - 1}",
                    **common,  # type: ignore[arg-type]
                )
            )
        for name, flt in (("all", DossierFilter()), ("open only", DossierFilter(open_only=True))):
            out.append(
                timed_row(
                    f"dossier list, {backend}: count of the rows ({name}), {dossiers:,} dossiers",
                    measure(lambda flt=flt: count_dossiers(ctx, flt), runs=runs),
                    note=f"median of {runs}; on the runner after the first page is shown, never awaited",
                )
            )
    finally:
        ctx.close()
    return out


class _ProxyBaseline:
    """Every dossier row as text in a QStandardItemModel under a QSortFilterProxyModel (built untimed)."""

    # Each sortable column of the list (repositories.DOSSIER_SORT_KEYS) → its text in a row.
    CELLS: dict[str, Callable[[Any], str]] = {
        "reference": lambda row: row.reference,
        "dossier_type": lambda row: row.type_label,
        "status": lambda row: row.status_label,
        "organisation": lambda row: row.organisation,
        "municipality": lambda row: row.municipality,
        "assignee": lambda row: row.assignee,
        "submitted_on": lambda row: str(row.submitted_on or ""),
        "status_since": lambda row: str(row.status_since or ""),
    }

    def __init__(self, dossier_rows: list[Any]) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QSortFilterProxyModel
        from PySide6.QtGui import QStandardItem, QStandardItemModel
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance() or QApplication([])
        self.model = QStandardItemModel(len(dossier_rows), len(self.CELLS))
        for r, row in enumerate(dossier_rows):
            for c, cell in enumerate(self.CELLS.values()):
                self.model.setItem(r, c, QStandardItem(cell(row)))
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)

    def timing(self, key: str, runs: int) -> Timing:
        column = list(self.CELLS).index(key)

        def sort_and_read() -> None:
            self.proxy.sort(column)
            for r in range(200):  # what the first screen shows
                self.proxy.index(r, column).data()

        return measure(sort_and_read, runs=runs, warmup=0, before=lambda: self.proxy.sort(-1))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--probe-memory":
        probe_memory(Path(sys.argv[2]))
    else:
        raise SystemExit("run through bench/run --only gui")
