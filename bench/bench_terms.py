"""Terms at scale: recompute every term of 100,000 dossiers; the Werkbak query on SQLite and PostgreSQL.

Run: .venv/bin/python bench/bench_terms.py [--dossiers N]
Prints medians; the baseline in the same run is the same work done naively (a Python loop that
loads every open term with its suspensions through the ORM and sorts in Python).
"""

from __future__ import annotations

import argparse
import resource
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import PostgresDemo, median_ms, postgres_available, sqlite_demo


def werkbak_figures(url: str, label: str) -> None:
    from sqlalchemy import select

    from wsedesk.models import Dossier, DossierTerm
    from wsedesk.models import Suspension as SuspensionRow
    from wsedesk.rules.terms import Suspension, TermSpec, compute_term
    from wsedesk.services.session import open_context
    from wsedesk.services.terms import WorkFilter, calendar_for, count_work, recompute_terms, worklist

    ctx = open_context(url, login="bench")
    as_of = date(2026, 11, 20)
    try:
        with ctx.uow() as uow:
            some_user = uow.session.scalar(
                select(Dossier.assignee_id).where(Dossier.assignee_id.is_not(None)).limit(1)
            )
        first_page = median_ms(lambda: worklist(ctx, WorkFilter(), as_of=as_of, limit=200))
        mine = median_ms(
            lambda: worklist(ctx, WorkFilter(assignee_id=str(some_user)), as_of=as_of, limit=200)
        )
        ed_only = median_ms(
            lambda: worklist(ctx, WorkFilter(dossier_type="ED", light="due_soon"), as_of=as_of)
        )
        counts = median_ms(lambda: count_work(ctx, WorkFilter(), as_of=as_of))

        def naive() -> list[object]:
            # Baseline: load every open term and its suspensions, compute in Python, sort in Python.
            with ctx.uow() as uow:
                cal = calendar_for(uow.session)
                rows = list(uow.session.scalars(select(DossierTerm).where(DossierTerm.closed_on.is_(None))))
                sus: dict[object, list[Suspension]] = {}
                for s in uow.session.scalars(select(SuspensionRow)):
                    sus.setdefault(s.dossier_term_id, []).append(Suspension(s.start, s.end))
                results = [
                    (
                        compute_term(r.event_date, TermSpec(r.term_id, r.days), sus.get(r.id, []), cal).due,
                        r.id,
                    )
                    for r in rows
                ]
            results.sort(key=lambda x: (x[0] is None, x[0] or date.max))
            return results[:200]

        baseline = median_ms(naive, runs=3)
        recompute = median_ms(lambda: recompute_terms(ctx), runs=3)
        with ctx.uow() as uow:
            n_terms = uow.session.query(DossierTerm).count()
        print(f"[{label}] {n_terms:,} term rows")
        print(f"  Werkbak first page (all users), median     {first_page:8.1f} ms")
        print(f"  Werkbak first page (one assignee), median  {mine:8.1f} ms")
        print(f"  Werkbak ED + due soon, median              {ed_only:8.1f} ms")
        print(f"  Werkbak traffic-light counts, median       {counts:8.1f} ms")
        print(
            f"  naive load+compute+sort baseline, median   {baseline:8.1f} ms  → SQL page is "
            f"{baseline / first_page:.0f}× faster"
        )
        print(f"  recompute every open term (median of 3)    {recompute:8.1f} ms")
    finally:
        ctx.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=100_000)
    parser.add_argument("--no-pg", action="store_true")
    args = parser.parse_args()

    from wsedesk.rules.calendar import load_default_calendar
    from wsedesk.rules.terms import Suspension, TermSpec, compute_term

    cal = load_default_calendar()
    spec = TermSpec("ED-5", 45)
    events = [date(2020, 1, 1).fromordinal(date(2020, 1, 1).toordinal() + i % 2000) for i in range(100_000)]
    sus = [Suspension(e.fromordinal(e.toordinal() + 10), e.fromordinal(e.toordinal() + 20)) for e in events]
    pure = median_ms(
        lambda: [compute_term(e, spec, [s], cal) for e, s in zip(events, sus, strict=True)], runs=3
    )
    print(f"[rules] compute_term × 100,000 (one suspension each), median of 3: {pure:.0f} ms")

    path = sqlite_demo(args.dossiers)
    werkbak_figures(f"sqlite:///{path}", "SQLite")
    if not args.no_pg and postgres_available():
        with PostgresDemo(args.dossiers) as url:
            werkbak_figures(url, "PostgreSQL")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
