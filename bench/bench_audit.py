"""The audit trail in the window (#11 item 5): a team lead's whole trail a page at a time, and the
chain's verdict the window shows, on a SQLite file with a long trail.

The demo writes one describing audit entry for its bulk rows, so the trail here is built: 200,000
entries (20,000 with --quick) of one changed field each, 2,000 a day, appended with the program's
own `append_audit` (real hashes, a real chain). Rows: the first page, a page at half depth (keyset
on the entry number), a filter that matches nothing (one page reads 5,000 entries), one day 100
days back; the window's verdict (the newest 5,000 entries and the head) against the whole chain
checked as `wsedesk db check` checks it, in the same run.

Protocol: bench/README.md. Alone: `bench/run --only audit`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from bench.common import Row, measure, timed_row

NOW = datetime(2026, 12, 6, 9, 0)
PER_DAY = 2000


def _build(path: Path, entries: int) -> None:
    from wsedesk.clock import FixedClock
    from wsedesk.services.session import open_context
    from wsedesk.storage.audit import PendingAudit, append_audit

    ctx = open_context(f"sqlite:///{path}", clock=FixedClock(NOW), login="tester")
    try:
        day = NOW - timedelta(days=entries // PER_DAY + 1)
        for start in range(0, entries, PER_DAY):
            with ctx.uow(write=True) as uow:
                batch = [
                    PendingAudit("update", "dossiers", f"{i:032x}", {"notes": [f"oud {i}", f"nieuw {i}"]})
                    for i in range(start, min(entries, start + PER_DAY))
                ]
                append_audit(uow.session, batch, actor="els.willems", at=day)
                uow.commit()
            day += timedelta(days=1)
    finally:
        ctx.close()


def rows(quick: bool, workdir: Path) -> list[Row]:
    from sqlalchemy import select

    from wsedesk.clock import FixedClock
    from wsedesk.models import AuditEntry, AuditHead
    from wsedesk.services import audit_trail
    from wsedesk.services.session import open_context
    from wsedesk.storage.audit import verify_chain

    entries = 20_000 if quick else 200_000
    runs = 3 if quick else 5
    path = workdir / "trail.sqlite"
    print(f"audit: building a trail of {entries:,} entries…", flush=True)
    _build(path, entries)
    ctx = open_context(f"sqlite:///{path}", clock=FixedClock(NOW), login="tester")
    try:
        label = f"{entries // 1000}k entries"

        def page(**kw: object) -> object:
            return audit_trail.whole_trail(ctx, with_verdict=False, **kw)  # type: ignore[arg-type]

        def whole_chain() -> object:
            with ctx.uow() as uow:
                s = uow.session
                head = s.get(AuditHead, 1)
                found = s.execute(
                    select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=2000)
                )
                assert verify_chain((r for (r,) in found), head) is None
            return None

        verdict = audit_trail.chain_verdict(ctx)
        assert verdict is not None and "keten intact" in verdict
        out = [
            timed_row(f"whole trail, first page of 500, {label}", measure(page, runs)),
            timed_row(
                f"whole trail, page of 500 at half depth, {label}",
                measure(lambda: page(before=entries // 2), runs),
                note="keyset on the entry number",
            ),
            timed_row(
                f"whole trail, a filter matching nothing, {label}",
                measure(lambda: page(text="geen-treffer"), runs),
                note="one page reads 5,000 entries, then offers the older ones",
            ),
            timed_row(
                f"whole trail, one day 100 days back, {label}",
                measure(lambda: page(since=NOW - timedelta(days=100), until=NOW - timedelta(days=99)), runs),
            ),
            timed_row(
                f"the window's chain verdict, {label}",
                measure(lambda: audit_trail.chain_verdict(ctx), runs),
                baseline="whole chain (wsedesk db check)",
                base=measure(whole_chain, 1 if not quick else 2, 0),
                note="newest 5,000 entries and the head",
            ),
        ]
    finally:
        ctx.close()
    return out
