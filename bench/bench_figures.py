"""Figures for one year and the Werkbak traffic-light counts on each demo file, how they grow from
the smallest file to the largest, and the same on PostgreSQL (largest file, not with --quick).

Protocol: bench/README.md. Alone: `bench/run --only figures`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bench.common import (
    DEMO_TODAY,
    PostgresDemo,
    Row,
    Timing,
    dossier_sizes,
    measure,
    postgres_available,
    sqlite_demo,
    timed_row,
)

YEAR = (date(2025, 1, 1), date(2025, 12, 31))


def _measure(url: str, runs: int) -> tuple[Timing, Timing]:
    """(figures for one year, Werkbak counts) on the database at `url`."""
    from wsedesk.services.figures import compute_figures
    from wsedesk.services.session import open_context
    from wsedesk.services.terms import WorkFilter, count_work

    ctx = open_context(url, login="bench")
    try:
        figures = measure(lambda: compute_figures(ctx, *YEAR), runs=runs)
        counts = measure(lambda: count_work(ctx, WorkFilter(), as_of=DEMO_TODAY), runs=runs)
    finally:
        ctx.close()
    return figures, counts


def _backend_rows(n: int, backend: str, figures: Timing, counts: Timing) -> list[Row]:
    return [
        timed_row(
            f"figures for one year (2025), {n:,} dossiers, {backend}", figures, goal="≤ 100 ms", at_most=100
        ),
        timed_row(f"Werkbak traffic-light counts, {n:,} dossiers, {backend}", counts),
    ]


def _growth(work: str, small: tuple[int, Timing], large: tuple[int, Timing]) -> Row:
    (n_small, t_small), (n_large, t_large) = small, large
    return timed_row(
        f"{work}: growth {n_small:,} → {n_large:,} dossiers",
        t_large,
        baseline=f"the same at {n_small:,}",
        base=t_small,
        goal="flat: ≤ 1.5× the smaller file",
        note=f"{n_large / n_small:g}× the data",
    )


def rows(quick: bool, workdir: Path) -> list[Row]:
    runs = 5 if quick else 9
    sizes = dossier_sizes(quick)
    out: list[Row] = []
    measured: dict[int, tuple[Timing, Timing]] = {}
    for n in sizes:
        measured[n] = _measure(f"sqlite:///{sqlite_demo(n)}", runs)
        out += _backend_rows(n, "SQLite", *measured[n])
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        figures_growth = _growth(
            "figures for one year", (small, measured[small][0]), (large, measured[large][0])
        )
        counts_growth = _growth("Werkbak counts", (small, measured[small][1]), (large, measured[large][1]))
        figures_growth.goal = ""  # its goal is the 100 ms above, whatever the growth
        counts_growth.met = counts_growth.ratio is not None and counts_growth.ratio <= 1.5
        out += [figures_growth, counts_growth]
    if not quick and postgres_available():
        with PostgresDemo(sizes[-1]) as url:
            out += _backend_rows(sizes[-1], "PostgreSQL", *_measure(url, runs))
    return out
