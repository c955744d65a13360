"""Shared helpers for benchmarks: a 100,000-dossier database on SQLite or a throw-away PostgreSQL."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def median_ms(fn: Callable[[], object], runs: int = 7, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def sqlite_demo(dossiers: int = 100_000, seed: int = 1) -> Path:
    """A demo SQLite file with `dossiers` dossiers, built once and reused (bench/out is gitignored)."""
    from wsedesk.services.demo import generate_demo
    from wsedesk.services.session import open_context

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"demo-{dossiers}-{seed}.sqlite"
    if not path.exists():
        tmp = path.with_suffix(".tmp.sqlite")
        tmp.unlink(missing_ok=True)
        ctx = open_context(f"sqlite:///{tmp}", login="bench")
        t = time.perf_counter()
        generate_demo(ctx, dossiers=dossiers, seed=seed)
        print(f"  (built {path.name} in {time.perf_counter() - t:.1f} s)")
        ctx.close()
        tmp.rename(path)
    return path


class PostgresDemo:
    """A throw-away PostgreSQL cluster holding the same demo data (tests/pg/server.py)."""

    def __init__(self, dossiers: int = 100_000, seed: int = 1) -> None:
        from tests.pg.server import PostgresServer, find_postgres_bin

        self.tmp = tempfile.mkdtemp(prefix="wsedesk-bench-pg-")
        self.server = PostgresServer(find_postgres_bin(), Path(self.tmp))
        self.dossiers, self.seed = dossiers, seed

    def __enter__(self) -> str:
        from wsedesk.services.demo import generate_demo
        from wsedesk.services.session import open_context

        self.server.start()
        url = self.server.create_database("bench")
        ctx = open_context(url, login="bench")
        t = time.perf_counter()
        generate_demo(ctx, dossiers=self.dossiers, seed=self.seed)
        print(f"  (built PostgreSQL demo in {time.perf_counter() - t:.1f} s)")
        with ctx.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
        ctx.close()
        return url

    def __exit__(self, *exc: object) -> None:
        self.server.stop()


def postgres_available() -> bool:
    from tests.pg.server import postgres_unavailable_reason

    reason = postgres_unavailable_reason()
    if reason:
        print(f"  PostgreSQL skipped: {reason}")
    return reason is None and os.environ.get("WSEDESK_BENCH_NO_PG") != "1"
