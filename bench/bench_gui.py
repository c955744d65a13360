"""GUI figures on a 100,000-dossier SQLite file: cold start, first page after sort/filter, memory.

    .venv/bin/python bench/bench_gui.py [FILE] [--runs 5] [--dossiers 100000]

FILE defaults to bench/out/bench100k.sqlite and is built (wsedesk demo) when missing.
Prints a small table; never run as a timed test. The comparison loads the same rows into a
QStandardItemModel, the thing the paged DossierTableModel exists to avoid.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEFAULT_FILE = ROOT / "bench" / "out" / "bench100k.sqlite"


def rss_mb() -> float:
    """Current resident set size of this process."""
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ensure_database(path: Path, dossiers: int, env: dict[str, str]) -> None:
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"building {path} with {dossiers:,} dossiers (wsedesk demo)…", file=sys.stderr)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "wsedesk", "demo", "--dossiers", str(dossiers), "--db", str(path)],
        check=True,
        env=env,
        cwd=ROOT,
    )
    print(f"built in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def cold_start(path: Path, env: dict[str, str]) -> tuple[float, float, float]:
    """One `python -m wsedesk --db FILE --quit-after-paint`: (first-paint ms, wall ms, peak RSS MB)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "wsedesk", "--db", str(path), "--quit-after-paint"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stderr is not None
    out = proc.stdout.read()
    err = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = (time.perf_counter() - started) * 1000
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"wsedesk exited with {proc.returncode}:\n{err}")
    line = next(x for x in out.splitlines() if x.startswith("first-paint-ms="))
    return float(line.split("=", 1)[1]), wall, usage.ru_maxrss / 1024


def median_ms(fn: Callable[[], object], runs: int, *, after: Callable[[], object] | None = None) -> float:
    """Median wall time of `fn`; `after` (untimed) puts things back between runs."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
        if after is not None:
            after()
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--runs", type=int, default=5, help="cold starts to take the median of (5)")
    parser.add_argument("--dossiers", type=int, default=100_000, help="size when the file must be built")
    args = parser.parse_args()
    path: Path = args.file.resolve()

    # The program's per-user files (settings, window.ini, logs) go to a throw-away home.
    scratch = Path(tempfile.mkdtemp(prefix="wsedesk-bench-"))
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "XDG_CONFIG_HOME": str(scratch / "config"),
        "XDG_DATA_HOME": str(scratch / "data"),
        "XDG_STATE_HOME": str(scratch / "state"),
    }
    env.pop("WSEDESK_DATABASE_URL", None)
    ensure_database(path, args.dossiers, env)
    cold_start(path, env)  # warm the OS file cache and run any pending schema upgrade once

    figures: list[tuple[str, str]] = []
    starts = [cold_start(path, env) for _ in range(args.runs)]
    figures.append(
        (
            f"cold start → first paint (median of {args.runs})",
            f"{statistics.median(s[0] for s in starts):.0f} ms (process wall {statistics.median(s[1] for s in starts):.0f} ms)",
        )
    )
    figures.append(("peak RSS of that process", f"{max(s[2] for s in starts):.0f} MB"))

    # --- in-process: the paged model -------------------------------------------------------------
    os.environ.update({k: env[k] for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")})
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from wsedesk.app import create_application
    from wsedesk.services.dossiers import DossierFilter, count_dossiers, list_dossiers
    from wsedesk.services.session import open_context
    from wsedesk.settings import Settings
    from wsedesk.views.common import format_date
    from wsedesk.views.dossier_table_model import DossierTableModel

    app = create_application(Settings())
    ctx = open_context(f"sqlite:///{path}")
    total = count_dossiers(ctx, DossierFilter())
    rss_before = rss_mb()
    model = DossierTableModel(ctx)
    view = QTableView()
    view.setModel(model)
    view.resize(1100, 500)
    view.show()
    model.reload()
    app.processEvents()

    def shown(action: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            action()
            app.processEvents()  # the view lays out and paints the new first page

        return run

    sort_times: dict[str, float] = {}
    for key in (
        "reference",
        "dossier_type",
        "status",
        "organisation",
        "municipality",
        "assignee",
        "submitted_on",
        "status_since",
    ):
        column = next(i for i in range(model.columnCount()) if model._columns[i].sort_key == key)

        def sort_both(column: int = column) -> None:
            model.sort(column, Qt.SortOrder.DescendingOrder)
            app.processEvents()
            model.sort(column, Qt.SortOrder.AscendingOrder)
            app.processEvents()

        sort_times[key] = median_ms(sort_both, 5) / 2  # half of a desc-then-asc pair
    figures.append(
        (
            "header click: sorted first page (median per key)",
            ", ".join(f"{k} {v:.0f}" for k, v in sort_times.items()) + " ms",
        )
    )
    figures.append(("  median over keys", f"{statistics.median(sort_times.values()):.1f} ms"))

    filters = {
        "type ED": DossierFilter(dossier_type="ED"),
        "type+status": DossierFilter(dossier_type="QR", status="ingediend"),
        "open only": DossierFilter(open_only=True),
        "text 'kring'": DossierFilter(text="kring"),
        "KBO digits": DossierFilter(text="0512"),
        "my open (Werkbak)": DossierFilter(assignee_id=ctx.user.id, open_only=True),
    }

    def clear() -> None:
        model.set_filter(DossierFilter())
        app.processEvents()

    for sort_key in ("reference", "organisation"):
        model.sort(
            next(i for i in range(model.columnCount()) if model._columns[i].sort_key == sort_key),
            Qt.SortOrder.AscendingOrder,
        )
        filter_times: dict[str, float] = {}
        for name, flt in filters.items():

            def apply(flt: DossierFilter = flt) -> None:
                model.set_filter(flt)  # count + first page + view reset
                app.processEvents()

            filter_times[name] = median_ms(apply, 5, after=clear)
        figures.append(
            (
                f"filter, sorted by {sort_key}: count + first page",
                ", ".join(f"{k} {v:.0f}" for k, v in filter_times.items()) + " ms",
            )
        )
        figures.append(("  median over filters", f"{statistics.median(filter_times.values()):.1f} ms"))

    # Deep paging: what scrolling far down costs (OFFSET grows), in the default order.
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_filter(DossierFilter())
    started = time.perf_counter()
    pages = 0
    while model.canFetchMore() and pages < 50:
        model.fetchMore()
        pages += 1
    app.processEvents()
    fetch_ms = (time.perf_counter() - started) * 1000 / max(pages, 1)
    figures.append(
        (f"fetchMore, pages 2–{pages + 1} ({model.page_size} rows)", f"{fetch_ms:.1f} ms per page")
    )
    last_offset = max(0, total - model.page_size)
    for key in ("reference", "organisation"):
        last_page = median_ms(
            lambda key=key: list_dossiers(ctx, DossierFilter(), sort_key=key, offset=last_offset), 3
        )
        figures.append((f"last page (offset {last_offset:,}) by {key}", f"{last_page:.0f} ms"))
    paged_rss = rss_mb() - rss_before
    paged_peak = peak_mb()
    first_page_ms = median_ms(shown(lambda: model.set_filter(DossierFilter())), 5)
    figures.append(("paged model: unfiltered first page shown", f"{first_page_ms:.1f} ms"))
    figures.append(("paged model: RSS growth with 10,200 rows loaded", f"{paged_rss:.0f} MB"))

    # --- comparison: everything in a QStandardItemModel -------------------------------------------
    view.setModel(None)
    model.deleteLater()
    app.processEvents()
    rss_mid = rss_mb()
    started = time.perf_counter()
    rows = list_dossiers(ctx, DossierFilter(), limit=total)
    fetched = time.perf_counter()
    items = QStandardItemModel(len(rows), 8)
    for r, row in enumerate(rows):
        values = (
            row.reference,
            row.type_label,
            row.status_label,
            row.organisation,
            row.municipality,
            row.assignee,
            format_date(row.submitted_on),
            format_date(row.status_since),
        )
        for c, value in enumerate(values):
            items.setItem(r, c, QStandardItem(value))
    built = time.perf_counter()
    view.setModel(items)
    app.processEvents()
    full_ms = (time.perf_counter() - started) * 1000
    full_rss = rss_mb() - rss_mid
    figures.append(
        (
            f"QStandardItemModel: all {len(rows):,} rows shown",
            f"{full_ms:.0f} ms (SQL+rows {1000 * (fetched - started):.0f}, items {1000 * (built - fetched):.0f}, "
            f"view {full_ms - 1000 * (built - started):.0f})",
        )
    )
    figures.append(("QStandardItemModel: RSS growth", f"{full_rss:.0f} MB"))
    figures.append(("ratio full load / paged first page (time)", f"{full_ms / first_page_ms:.0f}×"))
    figures.append(
        ("peak RSS of this process (paged → after full load)", f"{paged_peak:.0f} → {peak_mb():.0f} MB")
    )
    ctx.close()
    view.close()
    QApplication.processEvents()

    width = max(len(k) for k, _ in figures)
    print(f"\nWSE Desk GUI bench — {path} ({total:,} dossiers), Qt platform {env['QT_QPA_PLATFORM']}")
    print("-" * (width + 40))
    for key, value in figures:
        print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
