"""recompute_terms against the Python reference: every stale term recomputed, closed terms keep
their state, and a cancelled recomputation leaves the data as it was."""

from __future__ import annotations

from collections import defaultdict

import pytest
from sqlalchemy import select, update

from tests.integration.progress_helpers import CancelAfterFirst
from wsedesk.context import AppContext
from wsedesk.models import DossierTerm
from wsedesk.models import Suspension as SuspensionRow
from wsedesk.progress import CancelledError
from wsedesk.rules.terms import Suspension, TermSpec, compute_term
from wsedesk.services.terms import calendar_for, recompute_terms


def _reference(ctx: AppContext) -> dict[object, tuple[object, str]]:
    """Each term's (due date, state) computed one by one from its facts."""
    with ctx.uow() as uow:
        s = uow.session
        calendar = calendar_for(s)
        sus: dict[object, list[Suspension]] = defaultdict(list)
        for r in s.execute(select(SuspensionRow.dossier_term_id, SuspensionRow.start, SuspensionRow.end)):
            sus[r.dossier_term_id].append(Suspension(r.start, r.end))
        out = {}
        for row in s.scalars(select(DossierTerm)):
            result = compute_term(
                row.event_date, TermSpec(row.term_id, row.days, row.working_days), sus[row.id], calendar
            )
            out[row.id] = (result.due, "closed" if row.closed_on else result.status)
        return out


def _caches(ctx: AppContext) -> dict[object, tuple[object, str]]:
    with ctx.uow() as uow:
        rows = uow.session.execute(select(DossierTerm.id, DossierTerm.due_cache, DossierTerm.state_cache))
        return {r.id: (r.due_cache, r.state_cache) for r in rows}


def _page_cache(ctx: AppContext) -> int:
    """The SQLite page cache size of the pooled connection (recompute_terms enlarges it for a while)."""
    with ctx.uow() as uow:
        return int(uow.session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one())


def _make_all_stale(ctx: AppContext) -> None:
    with ctx.uow(write=True) as uow:
        uow.session.execute(update(DossierTerm).values(due_cache=None, state_cache="stale"))
        uow.commit()


# Small pages: suspensions are read per page by id range, terms with the same facts share results.
@pytest.mark.parametrize("batch", [7, 5000])
def test_every_stale_term_gets_the_reference_result(demo_ctx: AppContext, batch: int) -> None:
    expected = _reference(demo_ctx)
    assert any(state == "closed" for _, state in expected.values())
    assert any(state == "stopped" for _, state in expected.values())
    _make_all_stale(demo_ctx)
    cache = _page_cache(demo_ctx)
    assert recompute_terms(demo_ctx, only_stale=True, batch=batch) == len(expected)
    assert _page_cache(demo_ctx) == cache  # given back
    assert _caches(demo_ctx) == expected
    assert recompute_terms(demo_ctx) == 0  # nothing left to change


def test_a_cancelled_recompute_changes_nothing(demo_ctx: AppContext) -> None:
    _make_all_stale(demo_ctx)
    before = _caches(demo_ctx)
    cache = _page_cache(demo_ctx)
    progress = CancelAfterFirst()
    with pytest.raises(CancelledError):
        recompute_terms(demo_ctx, only_stale=True, batch=50, progress=progress)
    assert progress.reports == [(50, len(before))]
    assert _caches(demo_ctx) == before
    assert _page_cache(demo_ctx) == cache
