"""Sustainability reports: import 300 workbooks (time and peak memory) against loading the same
files with plain `openpyxl.load_workbook` in the same run, as a ratio.

Run: .venv/bin/python bench/bench_reports.py [--files 300]
The import does more than the baseline: zip and XML safety checks before parsing, a worker process
per file with time and memory limits, every check of the template, and the database writes.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=300)
    args = parser.parse_args()

    from datetime import datetime

    import openpyxl
    from sqlalchemy import select

    from tests.data.reports.report_workbooks import good_values, write_filled
    from wsedesk.clock import FixedClock
    from wsedesk.models import Organisation
    from wsedesk.services.demo import generate_demo
    from wsedesk.services.reports import import_reports
    from wsedesk.services.session import open_context

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        clock = FixedClock(datetime(2026, 6, 1, 9, 0))
        ctx = open_context(f"sqlite:///{folder / 'bench.sqlite'}", clock=clock, login="bench")
        generate_demo(ctx, dossiers=max(6000, args.files * 20), seed=3)
        with ctx.uow() as uow:
            orgs = list(
                uow.session.execute(
                    select(Organisation.enterprise_number, Organisation.name, Organisation.kind)
                    .where(Organisation.kind.in_(("maatwerkbedrijf", "maatwerkafdeling")))
                    .order_by(Organisation.enterprise_number)
                )
            )
        orgs = (orgs * (args.files // max(1, len(orgs)) + 1))[: args.files]
        paths = []
        t = time.perf_counter()
        for i, (number, name, kind) in enumerate(orgs):
            year = 2025 - (i // max(1, len({o[0] for o in orgs})))  # repeat organisations → other years
            values = good_values(
                "2025",
                ID01=f"{number[:4]}.{number[4:7]}.{number[7:]}",
                ID02=name,
                ID04=kind,
                ID05=year,
                I01=20 + i % 40,
                I02=60 + i % 50,
                I03=round((20 + i % 40) / (60 + i % 50) * 100, 1),
            )
            paths.append(write_filled(folder / f"verslag-{i:03d}.xlsx", "2025", values))
        print(
            f"  ({len(paths)} workbooks written in {time.perf_counter() - t:.1f} s, "
            f"{sum(p.stat().st_size for p in paths) / len(paths) / 1024:.0f} KB each)"
        )

        t = time.perf_counter()
        for p in paths:
            openpyxl.load_workbook(p, data_only=True).close()
        base_s = time.perf_counter() - t
        base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

        t = time.perf_counter()
        outcomes = import_reports(ctx, paths)
        import_s = time.perf_counter() - t
        import_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        # Python allocation peaks apart (tracemalloc slows everything down): 20 files each.
        tracemalloc.start()
        for p in paths[:20]:
            openpyxl.load_workbook(p, data_only=True).close()
        _, base_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        import_reports(ctx, paths[:20])  # duplicates by now: read and checked, not stored again
        _, import_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        stored = sum(1 for o in outcomes if o.stored)
        reasons: dict[str, int] = {}
        for o in outcomes:
            for e in o.to_dict()["errors"][:1]:
                reasons[e["message"][:90]] = reasons.get(e["message"][:90], 0) + 1
        for message, n in sorted(reasons.items(), key=lambda x: -x[1])[:5]:
            print(f"  not stored ({n}×): {message}")
        ctx.close()
    print(
        f"plain openpyxl.load_workbook × {len(paths)}:        {base_s:7.2f} s  ({base_s / len(paths) * 1000:.0f} ms/file, "
        f"process peak RSS {base_rss:.0f} MB, Python allocation peak over 20 files {base_peak / 1e6:.1f} MB)"
    )
    print(
        f"wsedesk report import × {len(paths)} ({stored} stored): {import_s:7.2f} s  "
        f"({import_s / len(paths) * 1000:.0f} ms/file, process peak RSS {import_rss:.0f} MB, Python allocation "
        f"peak over 20 files {import_peak / 1e6:.1f} MB)"
    )
    print(f"ratio import / plain load: {import_s / base_s:.2f}×")


if __name__ == "__main__":
    main()
