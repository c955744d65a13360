"""The suspended days the database keeps on a decided dossier and an ended term (migration 0013's
triggers, both backends) equal the Python reference of the figures (T-3: overlaps count once, up to
the decision or the end), after every kind of change: a suspension added, moved, ended, deleted or
moved to another term; the decision or the end set, moved, cleared; a value written by hand."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, update

from tests.integration.test_terms_service import _make_dossier
from wsedesk.context import AppContext
from wsedesk.models import Dossier, DossierTerm, Suspension
from wsedesk.services.figures import _suspended_days

DAY0 = date(2025, 3, 1)

INTERVALS = st.lists(
    st.tuples(st.integers(0, 60), st.one_of(st.none(), st.integers(0, 60))), min_size=0, max_size=5
)
UNTIL = st.one_of(st.none(), st.integers(0, 70))


def _day(n: int | None) -> date | None:
    return None if n is None else DAY0 + timedelta(days=n)


def _expected(intervals: list[tuple[int, int | None]], until: int | None) -> int | None:
    return None if until is None else _suspended_days(intervals, until)


def _two_terms(ctx: AppContext) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """A dossier with two terms of its own (ED-4 and ED-5), no suspensions yet."""
    dossier_id = uuid.UUID(_make_dossier(ctx))
    with ctx.uow(write=True) as uow:
        terms = []
        for term_id in ("ED-4", "ED-5"):
            term = DossierTerm(dossier_id=dossier_id, term_id=term_id, event_date=DAY0, days=45)
            uow.session.add(term)
            terms.append(term)
        uow.session.flush()
        ids = (dossier_id, terms[0].id, terms[1].id)
        uow.commit()
    return ids


def _stored(ctx: AppContext, dossier_id: uuid.UUID, term_id: uuid.UUID) -> tuple[int | None, int | None]:
    with ctx.uow() as uow:
        s = uow.session
        return (
            s.scalar(select(Dossier.suspended_days).where(Dossier.id == dossier_id)),
            s.scalar(select(DossierTerm.suspended_days).where(DossierTerm.id == term_id)),
        )


def _replace_suspensions(
    ctx: AppContext, dossier_id: uuid.UUID, term_id: uuid.UUID, intervals: list[tuple[int, int | None]]
) -> list[uuid.UUID]:
    with ctx.uow(write=True) as uow:
        s = uow.session
        s.execute(delete(Suspension).where(Suspension.dossier_id == dossier_id))
        rows = [
            Suspension(
                dossier_term_id=term_id, dossier_id=dossier_id, start=_day(a), end=_day(b), reason="test"
            )
            for a, b in intervals
        ]
        s.add_all(rows)
        s.flush()
        ids = [r.id for r in rows]
        uow.commit()
    return ids


def _set_ends(ctx: AppContext, dossier_id: uuid.UUID, term_id: uuid.UUID, until: int | None) -> None:
    with ctx.uow(write=True) as uow:
        s = uow.session
        s.execute(update(Dossier).where(Dossier.id == dossier_id).values(decided_on=_day(until)))
        s.execute(update(DossierTerm).where(DossierTerm.id == term_id).values(closed_on=_day(until)))
        uow.commit()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(intervals=INTERVALS, until=UNTIL, later=UNTIL, moved=st.tuples(st.integers(0, 60), st.integers(0, 60)))
def test_the_kept_numbers_follow_every_change(
    ctx: AppContext,
    intervals: list[tuple[int, int | None]],
    until: int | None,
    later: int | None,
    moved: tuple[int, int],
) -> None:
    dossier_id, term_id, other_term_id = _two_terms(ctx)
    # Suspensions first, then the decision and the term's end.
    ids = _replace_suspensions(ctx, dossier_id, term_id, intervals)
    assert _stored(ctx, dossier_id, term_id) == (None, None)  # undecided, open
    _set_ends(ctx, dossier_id, term_id, until)
    assert _stored(ctx, dossier_id, term_id) == (_expected(intervals, until),) * 2
    # The decision and the end move (or are cleared).
    _set_ends(ctx, dossier_id, term_id, later)
    assert _stored(ctx, dossier_id, term_id) == (_expected(intervals, later),) * 2
    if not ids:
        return
    # One suspension moved and ended through the ORM (as the services write).
    start, length = moved
    with ctx.uow(write=True) as uow:
        row = uow.session.get(Suspension, ids[0])
        assert row is not None
        row.start, row.end = _day(start), _day(start + length)
        uow.commit()
    intervals = [(start, start + length), *intervals[1:]]
    assert _stored(ctx, dossier_id, term_id) == (_expected(intervals, later),) * 2
    # The last one moves to the dossier's other term: this term loses it, the dossier keeps it.
    with ctx.uow(write=True) as uow:
        uow.session.execute(
            update(Suspension).where(Suspension.id == ids[-1]).values(dossier_term_id=other_term_id)
        )
        uow.session.execute(
            update(DossierTerm).where(DossierTerm.id == other_term_id).values(closed_on=_day(later))
        )
        uow.commit()
    assert _stored(ctx, dossier_id, term_id) == (
        _expected(intervals, later),
        _expected(intervals[:-1], later),
    )
    assert _stored(ctx, dossier_id, other_term_id)[1] == _expected(intervals[-1:], later)
    # The first one deleted.
    with ctx.uow(write=True) as uow:
        uow.session.execute(delete(Suspension).where(Suspension.id == ids[0]))
        uow.commit()
    assert _stored(ctx, dossier_id, term_id) == (
        _expected(intervals[1:], later),
        _expected(intervals[1:-1], later),
    )


def test_a_number_written_by_hand_is_replaced_by_the_computed_one(ctx: AppContext) -> None:
    dossier_id, term_id, _other = _two_terms(ctx)
    _replace_suspensions(ctx, dossier_id, term_id, [(2, 12), (5, 20), (30, None)])
    _set_ends(ctx, dossier_id, term_id, 40)
    assert _stored(ctx, dossier_id, term_id) == (28, 28)  # days 2-19 and 30-39
    with ctx.uow(write=True) as uow:
        uow.session.execute(update(Dossier).where(Dossier.id == dossier_id).values(suspended_days=999))
        uow.session.execute(update(DossierTerm).where(DossierTerm.id == term_id).values(suspended_days=999))
        uow.commit()
    assert _stored(ctx, dossier_id, term_id) == (28, 28)
