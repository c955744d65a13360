"""Terms: computing one term in pure Python, and recomputing the cached due dates after a calendar
change that really makes them stale — open and closed terms — on the largest demo file.

Protocol: bench/README.md. Alone: `bench/run --only terms`.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from bench.common import DEMO_TODAY, Row, dossier_sizes, measure, scratch_copy, timed_row

# A Wednesday five weeks before the demo's today: inside the running period of many open terms
# and of terms closed since. Made a closing day (a "bridge day"), it moves their due dates.
BRIDGE_DAY = DEMO_TODAY - timedelta(days=37)


def stale_terms(ctx: object) -> tuple[int, int]:
    """(terms whose cached due date or state differs from their facts, terms checked) — all terms."""
    from collections import defaultdict

    from sqlalchemy import select

    from wsedesk.models import DossierTerm
    from wsedesk.models import Suspension as SuspensionRow
    from wsedesk.rules.terms import Suspension, TermSpec, compute_term
    from wsedesk.services.terms import calendar_for

    with ctx.uow() as uow:  # type: ignore[attr-defined]
        s = uow.session
        calendar = calendar_for(s)
        sus: dict[object, list[Suspension]] = defaultdict(list)
        for r in s.execute(select(SuspensionRow.dossier_term_id, SuspensionRow.start, SuspensionRow.end)):
            sus[r.dossier_term_id].append(Suspension(r.start, r.end))
        stale = checked = 0
        for r in s.execute(
            select(
                DossierTerm.id,
                DossierTerm.term_id,
                DossierTerm.event_date,
                DossierTerm.days,
                DossierTerm.working_days,
                DossierTerm.due_cache,
                DossierTerm.state_cache,
                DossierTerm.closed_on,
            )
        ):
            result = compute_term(
                r.event_date, TermSpec(r.term_id, r.days, r.working_days), sus[r.id], calendar
            )
            state = "closed" if r.closed_on else result.status
            checked += 1
            stale += result.due != r.due_cache or state != r.state_cache
    return stale, checked


def rows(quick: bool, workdir: Path) -> list[Row]:
    from wsedesk.clock import FixedClock
    from wsedesk.rules.calendar import load_default_calendar
    from wsedesk.rules.terms import Suspension, TermSpec, compute_term
    from wsedesk.services.session import open_context
    from wsedesk.services.terms import (
        add_calendar_day,
        list_calendar_days,
        recompute_terms,
        remove_calendar_day,
    )

    out: list[Row] = []
    cal = load_default_calendar()
    spec = TermSpec("ED-5", 45)
    n = 20_000 if quick else 100_000
    events = [date(2020, 1, 1) + timedelta(days=i % 2000) for i in range(n)]
    sus = [Suspension(e + timedelta(days=10), e + timedelta(days=20)) for e in events]
    pure = measure(
        lambda: [compute_term(e, spec, [s], cal) for e, s in zip(events, sus, strict=True)], runs=3
    )
    out.append(timed_row(f"compute_term × {n:,} (one suspension each, pure Python)", pure))

    dossiers = max(dossier_sizes(quick))
    path = scratch_copy(dossiers, workdir)
    clock = FixedClock(datetime.combine(DEMO_TODAY, datetime.min.time()).replace(hour=10))
    ctx = open_context(f"sqlite:///{path}", clock=clock, login="bench")
    runs = 3 if quick else 5
    try:

        def undo() -> None:
            for day in list_calendar_days(ctx):
                if day.day == BRIDGE_DAY:
                    remove_calendar_day(ctx, day.id)

        change = measure(
            lambda: add_calendar_day(ctx, BRIDGE_DAY, "Brugdag"), runs=runs, warmup=0, before=undo
        )
        undo()
        affected = add_calendar_day(ctx, BRIDGE_DAY, "Brugdag")
        left_after_change, checked = stale_terms(ctx)
        undo()
        everything = measure(lambda: recompute_terms(ctx), runs=runs, warmup=0)

        def all_stale() -> None:  # as after a migration that back-fills terms: every cached date gone
            with ctx.db.engine.begin() as conn:
                conn.exec_driver_sql("UPDATE dossier_terms SET due_cache = NULL, state_cache = 'stale'")

        stale = measure(lambda: recompute_terms(ctx, only_stale=True), runs=runs, warmup=0, before=all_stale)
        left_after_stale, _ = stale_terms(ctx)
    finally:
        ctx.close()
    row = timed_row(
        f"closing day added: recompute the terms it touches, open and closed, {dossiers:,} dossiers",
        change,
        baseline="recompute every term",
        base=everything,
        goal="≤ 2 s, none left stale",
        at_most=2000,
        note=f"{affected:,} terms changed; {left_after_change:,} of {checked:,} left stale; median of {change.runs}",
    )
    row.met = bool(row.met) and left_after_change == 0
    out.append(row)
    row = timed_row(
        f"every term stale (open and closed, as after a migration): recompute {checked:,} terms",
        stale,
        goal="≤ 2 s, none left stale",
        at_most=2000,
        note=f"{left_after_stale:,} left stale; median of {stale.runs}",
    )
    row.met = bool(row.met) and left_after_stale == 0
    out.append(row)
    return out
