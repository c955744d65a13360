"""Sustainability reports: import 300 workbooks with every check (time, and peak memory of all
processes — the workers included) against plain `openpyxl.load_workbook` of the same files in the
same run; and how fast each hostile file of the corpus (tests/data/reports) is refused.

Protocol: bench/README.md. Alone: `bench/run --only reports`.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.common import ROOT, PeakMemory, Row, Timing, quiet_stdout, timed_row
from wsedesk.clock import FixedClock

CLOCK = datetime(2026, 6, 1, 9, 0)


def _workbooks(ctx: object, folder: Path, files: int) -> list[Path]:
    """`files` filled-in report workbooks for real organisations of the database."""
    from sqlalchemy import select

    from tests.data.reports.report_workbooks import good_values, write_filled
    from wsedesk.models import Organisation

    with ctx.uow() as uow:  # type: ignore[attr-defined]
        orgs = list(
            uow.session.execute(
                select(Organisation.enterprise_number, Organisation.name, Organisation.kind)
                .where(Organisation.kind.in_(("maatwerkbedrijf", "maatwerkafdeling")))
                .order_by(Organisation.enterprise_number)
            )
        )
    distinct = max(1, len(orgs))
    orgs = (orgs * (files // distinct + 1))[:files]
    paths = []
    for i, (number, name, kind) in enumerate(orgs):
        values = good_values(
            "2025",
            ID01=f"{number[:4]}.{number[4:7]}.{number[7:]}",
            ID02=name,
            ID04=kind,
            ID05=2025 - i // distinct,  # an organisation seen again reports on an earlier year
            I01=20 + i % 40,
            I02=60 + i % 50,
            I03=round((20 + i % 40) / (60 + i % 50) * 100, 1),
        )
        paths.append(write_filled(folder / f"verslag-{i:03d}.xlsx", "2025", values))
    return paths


def _hostile_rows(ctx: object, workdir: Path) -> list[Row]:
    """Every hostile file of the test corpus, imported alone: refused, and how fast (worst file)."""
    from tests.data.reports.report_workbooks import hostile_corpus
    from wsedesk.services.reports import import_reports

    corpus = hostile_corpus(workdir / "hostile")
    times: list[tuple[float, str]] = []
    accepted = []
    for name, path in corpus.items():
        started = time.perf_counter()
        (outcome,) = import_reports(ctx, [path])  # type: ignore[arg-type]
        times.append(((time.perf_counter() - started) * 1000, name))
        if outcome.stored:
            accepted.append(name)
    worst, worst_name = max(times)
    ordered = sorted(t for t, _ in times)
    median = ordered[len(ordered) // 2]
    row = timed_row(
        f"{len(corpus)} hostile workbooks of the corpus, each refused",
        Timing(median, worst, len(times)),
        goal="every one refused, each ≤ 2 s",
        at_most=None,
        note=f"slowest: {worst_name}" + (f"; STORED: {', '.join(accepted)}" if accepted else ""),
    )
    row.met = worst <= 2000 and not accepted
    return [row]


def child(spec_file: str) -> None:
    """One measured run in a fresh process: `plain` openpyxl loads, or the `import` into `db`.

    Prints JSON: seconds (around the work only), the peak summed RSS of this process and its
    workers, and how many files were stored.
    """
    spec = json.loads(Path(spec_file).read_text())
    paths = [Path(p) for p in spec["paths"]]
    stored = 0
    if spec["op"] == "plain":
        import openpyxl

        with PeakMemory() as memory:
            started = time.perf_counter()
            for p in paths:
                openpyxl.load_workbook(p, data_only=True).close()
            seconds = time.perf_counter() - started
    else:
        from wsedesk.clock import FixedClock
        from wsedesk.services.reports import import_reports
        from wsedesk.services.session import open_context

        ctx = open_context(f"sqlite:///{spec['db']}", clock=FixedClock(CLOCK), login="bench")
        try:
            with PeakMemory() as memory:
                started = time.perf_counter()
                stored = sum(1 for o in import_reports(ctx, paths) if o.stored)
                seconds = time.perf_counter() - started
        finally:
            ctx.close()
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mb": memory.peak_mb,
                "peak_pss_mb": memory.peak_pss_mb,
                "breakdown": memory.breakdown(),
                "stored": stored,
            }
        )
    )


def _run_child(workdir: Path, op: str, paths: list[Path], db: Path | None = None) -> dict[str, Any]:
    spec = workdir / f"{op}.json"
    spec.write_text(json.dumps({"op": op, "paths": [str(p) for p in paths], "db": str(db) if db else None}))
    out = subprocess.run(
        [sys.executable, "-m", "bench.bench_reports", "--child", str(spec)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def rows(quick: bool, workdir: Path) -> list[Row]:
    from wsedesk.services.demo import generate_demo
    from wsedesk.services.session import open_context

    files = 60 if quick else 300
    runs = 1 if quick else 3
    pristine = workdir / "reports.sqlite"
    ctx = open_context(f"sqlite:///{pristine}", clock=FixedClock(CLOCK), login="bench")
    try:
        with quiet_stdout():
            generate_demo(ctx, dossiers=6000, seed=3)
        paths = _workbooks(ctx, workdir, files)
    finally:
        ctx.close()

    # Each run in a fresh process, so neither side carries the other's memory; every import
    # starts from its own copy of the same database, so every run stores every file.
    plain_runs = [_run_child(workdir, "plain", paths) for _ in range(runs)]
    import_runs = []
    for run in range(runs):
        copy = workdir / f"run-{run}.sqlite"
        shutil.copyfile(pristine, copy)
        import_runs.append(_run_child(workdir, "import", paths, copy))

    def timing(results: list[dict[str, Any]]) -> Timing:
        seconds = [r["seconds"] * 1000 for r in results]
        return Timing(statistics.median(seconds), max(seconds), len(seconds))

    ours, base = timing(import_runs), timing(plain_runs)
    memory = max(import_runs, key=lambda r: r["peak_pss_mb"])
    base_memory = max(r["peak_pss_mb"] for r in plain_runs)
    rss_sum = max(r["peak_mb"] for r in import_runs)
    ctx = open_context(f"sqlite:///{workdir / 'run-0.sqlite'}", clock=FixedClock(CLOCK), login="bench")
    try:
        hostile = _hostile_rows(ctx, workdir)
    finally:
        ctx.close()
    return [
        timed_row(
            f"{files} report workbooks, import with every check, into the database",
            ours,
            unit="s",
            baseline="plain openpyxl.load_workbook",
            base=base,
            goal="≤ 10 s and ≥ 2× faster than plain load" if not quick else "≥ 2× faster than plain load",
            at_most=None if quick else 10,
            faster_by=2,
            note=f"{min(r['stored'] for r in import_runs)} of {files} stored in every run; median of {runs}, "
            "each in a fresh process",
        ),
        Row(
            f"{files} report workbooks: peak memory of all processes (workers included)",
            memory["peak_pss_mb"],
            "MB",
            baseline="plain openpyxl.load_workbook",
            base=base_memory,
            goal="≤ 200 MB",
            met=memory["peak_pss_mb"] <= 200,
            note="a fresh process each; summed PSS (shared pages once) sampled every 20 ms by a separate "
            f"process; summed RSS peak {rss_sum:.0f} MB, each process's own RSS peak: {memory['breakdown']}",
        ),
        *hostile,
    ]


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        raise SystemExit("run through bench/run --only reports")
