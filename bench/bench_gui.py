"""The window on each demo file (offscreen Qt): cold start to first paint against an empty Qt
window started the same way (the floor: interpreter + Qt), and memory with every page visited.

Protocol: bench/README.md. Alone: `bench/run --only gui`.
The old list figures (sort and filter of the dossier list) are the list benchmark's now; the
ones below remain, per sort key (never a median over keys), until that module lands.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import (
    ROOT,
    Row,
    Timing,
    dossier_sizes,
    measure,
    program_env,
    sqlite_demo,
    timed_row,
    tree_rss_mb,
)

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


def _start(cmd: list[str], env: dict[str, str]) -> float:
    """One cold start: first-paint ms as the process reports it (from its own start, imports included)."""
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    if proc.returncode:
        raise RuntimeError(f"{cmd[1:4]} exited with {proc.returncode}: {proc.stderr.strip()[-300:]}")
    line = next(x for x in proc.stdout.splitlines() if x.startswith("first-paint-ms="))
    return float(line.split("=", 1)[1])


def cold_starts(cmd: list[str], env: dict[str, str], runs: int) -> Timing:
    _start(cmd, env)  # warm the file cache (and run any pending schema upgrade once)
    paints = [_start(cmd, env) for _ in range(runs)]
    return Timing(statistics.median(paints), max(paints), runs)


def probe_memory(path: Path) -> None:
    """In a fresh process: open the window on `path`, visit every page, print the tree's RSS."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from wsedesk.app import create_application
    from wsedesk.services.session import open_context
    from wsedesk.settings import Settings
    from wsedesk.views.main_window import MainWindow

    app = create_application(Settings())
    ctx = open_context(f"sqlite:///{path}")
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    QApplication.processEvents()
    first = tree_rss_mb()
    for index in range(window.stack.count()):
        window.show_page(index)
        deadline = time.perf_counter() + 1.0
        while time.perf_counter() < deadline:  # let each page load and paint what it shows
            QApplication.processEvents()
            time.sleep(0.02)
    print(f"rss-first-page-mb={first:.1f}")
    print(f"rss-all-pages-mb={tree_rss_mb():.1f}", flush=True)
    window.close()
    ctx.close()
    app.processEvents()


def rows(quick: bool, workdir: Path) -> list[Row]:
    env = program_env()
    runs = 3 if quick else 7
    out: list[Row] = []
    empty = cold_starts([sys.executable, "-c", EMPTY_WINDOW], env, runs)
    for n in dossier_sizes(quick):
        path = sqlite_demo(n)
        start = cold_starts(
            [sys.executable, "-m", "wsedesk", "--db", str(path), "--quit-after-paint"], env, runs
        )
        out.append(
            timed_row(
                f"start → window painted, {n:,} dossiers (SQLite)",
                start,
                baseline="empty Qt window, same start",
                base=empty,
                goal="≤ 0.5 s",
                at_most=500,
                note=f"median of {runs} cold starts",
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
    values = dict(line.split("=", 1) for line in probe.stdout.splitlines() if "-mb=" in line)
    all_pages = float(values["rss-all-pages-mb"])
    out.append(
        Row(
            f"GUI memory, every page visited, {largest:,} dossiers",
            all_pages,
            "MB",
            goal="≤ 150 MB",
            met=all_pages <= 150,
            note=f"RSS of the process tree; {float(values['rss-first-page-mb']):.0f} MB with the first page",
        )
    )
    out.extend(_list_rows(largest))
    return out


def _list_rows(dossiers: int) -> list[Row]:
    """Count + first page of the dossier list per sort key, each key its own row (no median over keys).

    Kept until the list benchmark (keyset paging, bench_lists) lands; it then replaces these.
    """
    from wsedesk.services.dossiers import DOSSIER_SORT_KEYS, DossierFilter, count_dossiers, list_dossiers
    from wsedesk.services.session import open_context

    ctx = open_context(f"sqlite:///{sqlite_demo(dossiers)}", login="bench")
    out = []
    try:
        for key in DOSSIER_SORT_KEYS:

            def first_page(key: str = key) -> None:
                count_dossiers(ctx, DossierFilter())
                list_dossiers(ctx, DossierFilter(), sort_key=key, limit=200)

            out.append(
                timed_row(
                    f"dossier list: count + first page sorted by {key}, {dossiers:,} dossiers",
                    measure(first_page, runs=5),
                    goal="≤ 5 ms",
                    at_most=5,
                    note="old list bench, until bench_lists replaces it",
                )
            )
    finally:
        ctx.close()
    return out


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--probe-memory":
        probe_memory(Path(sys.argv[2]))
    else:
        raise SystemExit("run through bench/run --only gui")
