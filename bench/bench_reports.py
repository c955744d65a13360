"""Sustainability reports: import 300 workbooks with every check (time, and peak memory of all
processes — the workers included) against plain `openpyxl.load_workbook` of the same files in the
same run; and how fast each hostile file of the corpus (tests/data/reports) is refused.

Protocol: bench/README.md. Alone: `bench/run --only reports`.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from bench.common import PeakMemory, Row, Timing, measure, quiet_stdout, timed_row


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


def rows(quick: bool, workdir: Path) -> list[Row]:
    import shutil

    import openpyxl

    from wsedesk.clock import FixedClock
    from wsedesk.context import AppContext
    from wsedesk.services.demo import generate_demo
    from wsedesk.services.reports import import_reports
    from wsedesk.services.session import open_context

    files = 60 if quick else 300
    runs = 1 if quick else 3
    clock = FixedClock(datetime(2026, 6, 1, 9, 0))
    pristine = workdir / "reports.sqlite"
    ctx = open_context(f"sqlite:///{pristine}", clock=clock, login="bench")
    try:
        with quiet_stdout():
            generate_demo(ctx, dossiers=6000, seed=3)
        paths = _workbooks(ctx, workdir, files)
    finally:
        ctx.close()

    def plain() -> None:
        for p in paths:
            openpyxl.load_workbook(p, data_only=True).close()

    with PeakMemory() as base_memory:
        base = measure(plain, runs=runs, warmup=0)

    # Every timed import starts from the same database (a fresh copy), so every run stores all files.
    current: list[AppContext] = []

    def fresh_database() -> None:
        for old in current:
            old.close()
        current.clear()
        copy = workdir / "run.sqlite"
        shutil.copyfile(pristine, copy)
        current.append(open_context(f"sqlite:///{copy}", clock=clock, login="bench"))

    stored: list[int] = []

    def import_all() -> None:
        outcomes = import_reports(current[0], paths)
        stored.append(sum(1 for o in outcomes if o.stored))

    with PeakMemory() as memory:
        ours = measure(import_all, runs=runs, warmup=0, before=fresh_database)
    try:
        hostile = _hostile_rows(current[0], workdir)
    finally:
        current[0].close()
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
            note=f"{min(stored)} of {files} stored in every run; median of {ours.runs}",
        ),
        Row(
            f"{files} report workbooks: peak memory of all processes (workers included)",
            memory.peak_mb,
            "MB",
            baseline="plain openpyxl.load_workbook",
            base=base_memory.peak_mb,
            goal="≤ 200 MB",
            met=memory.peak_mb <= 200,
            note=f"summed RSS sampled every 20 ms, {memory.samples} samples",
        ),
        *hostile,
    ]
