"""The administrator's calendar (T-2) on a real database: who may change it, and how due dates follow."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from wsedesk.context import AppContext
from wsedesk.errors import BadInputError, NotFoundError, PermissionDeniedError
from wsedesk.models import AuditEntry, Dossier, DossierTerm, Organisation
from wsedesk.services import terms as term_service
from wsedesk.services.demo import generate_demo


def _ed_dossier_in_examination(ctx: AppContext) -> str:
    """ED dossier submitted 28 Feb 2025, admissible on Monday 3 March: ED-5 due 17 April (T-1)."""
    with ctx.uow(write=True) as uow:
        s = uow.session
        org = s.scalar(select(Organisation).limit(1))
        if org is None:
            org = Organisation(enterprise_number="0428759497", name="Groep Intro vzw", kind="vzw")
            s.add(org)
            s.flush()
        d = Dossier(
            reference=f"ED-2025-{uuid.uuid4().int % 99999:05d}",
            dossier_type="ED",
            status="ingediend",
            organisation_id=org.id,
            submitted_on=date(2025, 2, 28),
            status_since=date(2025, 2, 28),
            closed=False,
        )
        s.add(d)
        s.flush()
        term_service.open_initial_terms(s, d, None)
        uow.commit()
        dossier_id = str(d.id)
    term_service.apply_transition(ctx, dossier_id, "ontvankelijk", on=date(2025, 3, 3))
    return dossier_id


def _ed5_due(ctx: AppContext, dossier_id: str) -> date | None:
    with ctx.uow() as uow:
        row = uow.session.scalar(
            select(DossierTerm).where(
                DossierTerm.dossier_id == uuid.UUID(dossier_id), DossierTerm.term_id == "ED-5"
            )
        )
        assert row is not None
        return row.due_cache


def test_an_extra_closing_day_moves_due_dates_and_removing_it_moves_them_back(ctx: AppContext) -> None:
    dossier_id = _ed_dossier_in_examination(ctx)
    assert _ed5_due(ctx, dossier_id) == date(2025, 4, 17)

    changed = term_service.add_calendar_day(ctx, date(2025, 4, 17), "Brugdag")
    assert changed == 1
    assert _ed5_due(ctx, dossier_id) == date(2025, 4, 18)  # T-1: to the next working day
    [day] = term_service.list_calendar_days(ctx)
    assert (day.day, day.name, day.closed, day.updated_by) == (date(2025, 4, 17), "Brugdag", True, "tester")
    assert term_service.current_calendar(ctx).is_holiday(date(2025, 4, 17))
    assert term_service.explain(ctx, _ed5_row(ctx, dossier_id)).due == date(2025, 4, 18)

    assert term_service.remove_calendar_day(ctx, day.id) == 1
    assert _ed5_due(ctx, dossier_id) == date(2025, 4, 17)
    assert term_service.list_calendar_days(ctx) == []
    assert not term_service.current_calendar(ctx).is_holiday(date(2025, 4, 17))


def _ed5_row(ctx: AppContext, dossier_id: str) -> str:
    with ctx.uow() as uow:
        row_id = uow.session.scalar(
            select(DossierTerm.id).where(
                DossierTerm.dossier_id == uuid.UUID(dossier_id), DossierTerm.term_id == "ED-5"
            )
        )
        return str(row_id)


def test_a_day_that_changes_no_due_date_reports_zero(ctx: AppContext) -> None:
    _ed_dossier_in_examination(ctx)
    assert term_service.add_calendar_day(ctx, date(2025, 4, 10), "Sluitingsdag") == 0  # inside the term
    assert term_service.add_calendar_day(ctx, date(2025, 5, 30), "Brugdag") == 0


def test_a_holiday_made_a_working_day_again(ctx: AppContext) -> None:
    """A working-day term over Easter Monday (21 April 2025) ends a day earlier without it."""
    calendar = term_service.current_calendar(ctx)
    assert calendar.is_holiday(date(2025, 4, 21))
    assert term_service.add_calendar_day(ctx, date(2025, 4, 21), "Toch open", closed=False) == 0
    assert not term_service.current_calendar(ctx).is_holiday(date(2025, 4, 21))
    [day] = term_service.list_calendar_days(ctx)
    assert not day.closed


def test_only_a_team_lead_changes_the_calendar(ctx: AppContext, officer: AppContext) -> None:
    with pytest.raises(PermissionDeniedError, match="teamverantwoordelijke"):
        term_service.add_calendar_day(officer, date(2025, 8, 14), "Brugdag")
    term_service.add_calendar_day(ctx, date(2025, 8, 14), "Brugdag")
    [day] = term_service.list_calendar_days(officer)  # everybody may read it
    with pytest.raises(PermissionDeniedError):
        term_service.remove_calendar_day(officer, day.id)
    assert len(term_service.list_calendar_days(ctx)) == 1


def test_bad_calendar_input_is_refused_and_changes_nothing(ctx: AppContext) -> None:
    with pytest.raises(BadInputError, match="naam"):
        term_service.add_calendar_day(ctx, date(2025, 8, 14), "   ")
    term_service.add_calendar_day(ctx, date(2025, 8, 14), "Brugdag")
    with pytest.raises(BadInputError, match="staat al in de kalender"):
        term_service.add_calendar_day(ctx, date(2025, 8, 14), "Nog eens")
    with pytest.raises(BadInputError, match="geen feest- of sluitingsdag"):
        term_service.add_calendar_day(ctx, date(2025, 8, 13), "Werkdag", closed=False)
    with pytest.raises(NotFoundError):
        term_service.remove_calendar_day(ctx, str(uuid.uuid4()))
    assert [d.name for d in term_service.list_calendar_days(ctx)] == ["Brugdag"]


def test_calendar_changes_are_audited(ctx: AppContext) -> None:
    from wsedesk.services.database import check_database

    term_service.add_calendar_day(ctx, date(2025, 8, 14), "Brugdag")
    [day] = term_service.list_calendar_days(ctx)
    term_service.remove_calendar_day(ctx, day.id)
    with ctx.uow() as uow:
        actions = list(
            uow.session.scalars(
                select(AuditEntry.action).where(AuditEntry.entity_id == day.id).order_by(AuditEntry.seq)
            )
        )
    assert actions == ["insert", "delete"]
    assert check_database(ctx.db).ok


def test_a_calendar_change_recomputes_every_term_it_moves_open_and_closed(ctx: AppContext) -> None:
    """The recompute after a calendar change looks only at the terms that day can move; a full
    recompute afterwards finds nothing left to change, and closed terms follow too (figures)."""
    generate_demo(ctx, dossiers=150, seed=5)
    with ctx.uow() as uow:
        day, closed_due_then = uow.session.execute(
            select(DossierTerm.due_cache, func.count())
            .where(DossierTerm.closed_on.is_not(None), DossierTerm.due_cache.is_not(None))
            .group_by(DossierTerm.due_cache)
            .order_by(func.count().desc(), DossierTerm.due_cache)
            .limit(1)
        ).one()
    assert closed_due_then > 0
    changed = term_service.add_calendar_day(ctx, day, "Brugdag")
    assert changed >= closed_due_then
    assert term_service.recompute_terms(ctx) == 0  # the scoped recompute missed no term
    with ctx.uow() as uow:
        assert uow.session.scalar(select(func.count()).where(DossierTerm.due_cache == day)) == 0  # T-1

    [extra] = term_service.list_calendar_days(ctx)
    assert term_service.remove_calendar_day(ctx, extra.id) == changed
    assert term_service.recompute_terms(ctx) == 0
    with ctx.uow() as uow:
        closed_due_now = uow.session.scalar(
            select(func.count()).where(DossierTerm.closed_on.is_not(None), DossierTerm.due_cache == day)
        )
    assert closed_due_now == closed_due_then
