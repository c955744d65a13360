"""Transitions, terms and the clock on a real database (domain.md §3–4)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.integration.advice_helpers import decide
from tests.integration.users import context_as
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.errors import BadInputError, PermissionDeniedError
from wsedesk.models import (
    CalendarDay,
    Document,
    Dossier,
    DossierEvent,
    DossierTerm,
    Organisation,
    QualityProofApplication,
    TenderPartnership,
)
from wsedesk.rules.roles import Role
from wsedesk.rules.workflows import WORKFLOWS, Transition
from wsedesk.services import terms as term_service
from wsedesk.services.steps import take_step
from wsedesk.services.terms import WorkFilter


def _make_dossier(
    ctx: AppContext,
    dossier_type: str = "ED",
    status: str | None = None,
    submitted: date = date(2025, 2, 28),
    since: date | None = None,
) -> str:
    wf = WORKFLOWS[dossier_type]  # type: ignore[index]
    with ctx.uow(write=True) as uow:
        s = uow.session
        org = s.scalar(select(Organisation).limit(1))
        if org is None:
            org = Organisation(
                enterprise_number="0428759497",
                name="Groep Intro vzw",
                kind="vzw",
                street="Kerkstraat 12",  # an address: the advice before a decision is a letter (ED-6)
                postal_code="9000",
            )
            s.add(org)
            s.flush()
        ref = f"{dossier_type}-2025-{uuid.uuid4().int % 99999:05d}"
        d = Dossier(
            reference=ref,
            dossier_type=dossier_type,
            status=status or wf.initial,
            organisation_id=org.id,
            submitted_on=submitted,
            status_since=since or submitted,
            closed=wf.status(status or wf.initial).closed,
        )
        s.add(d)
        s.flush()
        if status in (None, wf.initial):
            term_service.open_initial_terms(s, d, None)
        uow.commit()
        return str(d.id)


@pytest.fixture
def officer(db_url: str, clock: FixedClock, ctx: AppContext) -> Iterator[AppContext]:
    """A second user with only the dossierbehandelaar role (ctx's user is the team lead)."""
    other = context_as(db_url, clock, "behandelaar", [Role.DOSSIERBEHANDELAAR])
    try:
        yield other
    finally:
        other.close()


def _terms(ctx: AppContext, dossier_id: str) -> list[DossierTerm]:
    with ctx.uow() as uow:
        return list(
            uow.session.scalars(
                select(DossierTerm)
                .where(DossierTerm.dossier_id == uuid.UUID(dossier_id))
                .order_by(DossierTerm.created_at)
            )
        )


def test_t1_example_through_the_procedure_with_a_stopped_and_restarted_clock(ctx: AppContext) -> None:
    """ED-4 → admissible on Monday 3 March 2025 → ED-5 45 days → Thursday 17 April 2025 (T-1)."""
    dossier_id = _make_dossier(ctx, submitted=date(2025, 2, 28))
    [ed4] = _terms(ctx, dossier_id)
    assert (ed4.term_id, ed4.due_cache) == ("ED-4", date(2025, 3, 7))
    term_service.apply_transition(ctx, dossier_id, "ontvankelijk", on=date(2025, 3, 3))
    ed4, ed5 = _terms(ctx, dossier_id)
    assert ed4.closed_on == date(2025, 3, 3) and ed4.state_cache == "closed"
    assert (ed5.term_id, ed5.event_date, ed5.due_cache) == ("ED-5", date(2025, 3, 3), date(2025, 4, 17))

    term_service.request_information(
        ctx, dossier_id, on=date(2025, 3, 20), reason="Lijst begeleiders ontbreekt"
    )
    [view] = [v for v in term_service.dossier_terms(ctx, dossier_id) if v.term_id == "ED-5"]
    assert view.stopped and view.result.due is None
    assert (view.result.days_used, view.result.days_left) == (16, 29)  # 4–19 March counted
    with pytest.raises(BadInputError, match="staat al stil"):
        term_service.request_information(ctx, dossier_id, on=date(2025, 3, 21), reason="nog iets")
    with pytest.raises(BadInputError, match="staat stil"):
        term_service.apply_transition(ctx, dossier_id, "advies_opmaken", on=date(2025, 3, 25))

    term_service.information_received(ctx, dossier_id, on=date(2025, 4, 1))
    [view] = [v for v in term_service.dossier_terms(ctx, dossier_id) if v.term_id == "ED-5"]
    assert view.result.due == date(2025, 4, 29)  # 12 suspended days added (T-3)
    assert any(step.kind == "suspension" and step.days == 12 for step in view.result.explanation)
    with ctx.uow() as uow:
        kinds = list(
            uow.session.scalars(
                select(DossierEvent.kind)
                .where(DossierEvent.dossier_id == uuid.UUID(dossier_id))
                .order_by(DossierEvent.occurred_on)
            )
        )
    assert kinds == ["ontvankelijk", "informatievraag", "informatie_ontvangen"]

    term_service.apply_transition(ctx, dossier_id, "advies_opmaken", on=date(2025, 4, 25))
    [view] = [v for v in term_service.dossier_terms(ctx, dossier_id) if v.term_id == "ED-5"]
    assert view.closed_on == date(2025, 4, 25) and view.met is True


def _advised_dossier(ctx: AppContext) -> str:
    """An ED dossier that went through admissibility and the advice step (ED-4, ED-6)."""
    dossier_id = _make_dossier(ctx)
    term_service.apply_transition(ctx, dossier_id, "ontvankelijk", on=date(2025, 3, 3))
    term_service.apply_transition(ctx, dossier_id, "advies_opmaken", on=date(2025, 4, 25))
    return dossier_id


def test_recognition_is_valid_five_years_and_refusal_opens_reconsideration(ctx: AppContext) -> None:
    recognised = _advised_dossier(ctx)
    decide(ctx, recognised, "erkennen", on=date(2025, 6, 2))
    with ctx.uow() as uow:
        d = uow.session.get(Dossier, uuid.UUID(recognised))
        assert d is not None
        assert (d.status, d.valid_from, d.valid_until) == (
            "erkend",
            date(2025, 6, 2),
            date(2030, 6, 1),
        )  # ED-7
    refused = _advised_dossier(ctx)
    decide(ctx, refused, "weigeren", on=date(2025, 5, 2))
    [ed9] = [t for t in _terms(ctx, refused) if t.closed_on is None]
    assert (ed9.term_id, ed9.due_cache) == ("ED-9", date(2025, 6, 2))  # 1 June 2025 is a Sunday


def _meet_conditions(ctx: AppContext, dossier_id: str, transition: Transition) -> None:
    """The stored facts a step with conditions needs (services/steps.py), so only roles decide here."""
    if not transition.requires:
        return
    with ctx.uow(write=True) as uow:
        s = uow.session
        d = s.get(Dossier, uuid.UUID(dossier_id))
        assert d is not None
        if d.dossier_type == "TW":
            # TW-1: a validated quality registration (§3.1) and experience with similar assignments.
            s.add(
                Dossier(
                    reference=f"QR-2025-{uuid.uuid4().int % 99999:05d}",
                    dossier_type="QR",
                    status="gevalideerd",
                    organisation_id=d.organisation_id,
                    submitted_on=date(2025, 1, 6),
                    status_since=date(2025, 2, 3),
                    closed=False,
                )
            )
            s.add(
                TenderPartnership(
                    dossier_id=d.id,
                    tender="Intensief Werkplekleren 2026",
                    similar_experience=True,
                    bid_price=Decimal("120000"),
                    quality_score=Decimal("80"),
                    contract_reference="IWP-1",
                    contract_start=date(2025, 7, 1),
                    contract_end=date(2026, 6, 30),
                )
            )
        elif d.dossier_type == "ED" and "ED-6-advies" in transition.requires:
            # ED-6: an advice the team lead approved (the letter itself is tested in test_decisions.py).
            s.add(
                Document(
                    dossier_id=d.id,
                    kind="advies",
                    title="Advies aan de minister",
                    filename=f"{d.reference}-advies-v1.pdf",
                    revision=1,
                    final=True,
                    sha256="0" * 64,
                    content=b"%PDF-1.7",
                    created_at=ctx.clock.now(),
                    created_by=ctx.user.login,
                )
            )
        elif d.dossier_type == "KB":
            s.add(
                QualityProofApplication(
                    dossier_id=d.id,
                    proof_name="Keurmerk Werkplek",
                    judged_name=f"Keurmerk Werkplek {uuid.uuid4().hex[:6]}",
                    areas_judged=["klantgerichtheid"],
                )
            )
        uow.commit()


def _cases() -> list[tuple[str, Transition, Role, bool]]:
    out = []
    for wf in WORKFLOWS.values():
        for t in wf.transitions:
            for role in Role:
                out.append((wf.dossier_type.value, t, role, role in t.roles))
    return out


@pytest.mark.parametrize(
    ("dossier_type", "transition", "role", "allowed"),
    _cases(),
    ids=lambda v: v.action if isinstance(v, Transition) else str(v),
)
def test_every_transition_for_every_role(
    sqlite_ctx: AppContext,
    clock: FixedClock,
    dossier_type: str,
    transition: Transition,
    role: Role,
    allowed: bool,
) -> None:
    ctx = sqlite_ctx
    dossier_id = _make_dossier(
        ctx, dossier_type, status=transition.source[0], since=date(2025, 5, 1), submitted=date(2025, 4, 1)
    )
    path = ctx.db.sqlite_path
    assert path is not None
    user = context_as(f"sqlite:///{path}", clock, f"u-{role.value}", [role])
    _meet_conditions(ctx, dossier_id, transition)
    try:
        if not allowed:
            with pytest.raises(PermissionDeniedError, match="voorbehouden"):
                take_step(user, dossier_id, transition.action, on=date(2025, 6, 2))
            return
        take_step(user, dossier_id, transition.action, on=date(2025, 6, 2))
        with user.uow() as uow:
            d = uow.session.get(Dossier, uuid.UUID(dossier_id))
            assert d is not None and d.status == transition.target and d.status_since == date(2025, 6, 2)
            opened = set(
                uow.session.scalars(
                    select(DossierTerm.term_id).where(
                        DossierTerm.dossier_id == d.id, DossierTerm.closed_on.is_(None)
                    )
                )
            )
        assert set(transition.opens) <= opened or WORKFLOWS[dossier_type].status(transition.target).closed  # type: ignore[index]
    finally:
        user.close()


@pytest.mark.parametrize("dossier_type", ["QR", "ED", "MW", "DV"])
def test_transitions_from_the_wrong_status_are_refused_with_a_reason(
    sqlite_ctx: AppContext, dossier_type: str
) -> None:
    wf = WORKFLOWS[dossier_type]  # type: ignore[index]
    dossier_id = _make_dossier(sqlite_ctx, dossier_type, submitted=date(2025, 4, 1))
    refused = [t for t in wf.transitions if wf.initial not in t.source]
    assert refused
    for t in refused:
        with pytest.raises(BadInputError, match="kan niet vanuit de status"):
            term_service.apply_transition(sqlite_ctx, dossier_id, t.action, on=date(2025, 6, 2))
    with pytest.raises(BadInputError, match="bestaat niet"):
        term_service.apply_transition(sqlite_ctx, dossier_id, "toveren", on=date(2025, 6, 2))


def test_bad_dates_are_refused_and_change_nothing(ctx: AppContext) -> None:
    dossier_id = _make_dossier(ctx, submitted=date(2025, 2, 28))
    with pytest.raises(BadInputError, match="toekomst"):
        term_service.apply_transition(ctx, dossier_id, "ontvankelijk", on=date(2025, 6, 17))
    with pytest.raises(BadInputError, match="vóór de indiening"):
        term_service.apply_transition(ctx, dossier_id, "ontvankelijk", on=date(2025, 2, 1))
    with pytest.raises(BadInputError, match="ontbreekt"):
        term_service.request_information(ctx, dossier_id, on=date(2025, 3, 3), reason="  ")
    with pytest.raises(BadInputError, match="wacht niet op informatie"):
        term_service.information_received(ctx, dossier_id, on=date(2025, 3, 3))
    assert [t.term_id for t in _terms(ctx, dossier_id)] == ["ED-4"]


def test_only_officers_stop_the_clock(ctx: AppContext, db_url: str, clock: FixedClock) -> None:
    dossier_id = _make_dossier(ctx)
    inspector = context_as(db_url, clock, "inspecteur", [Role.INSPECTEUR])
    try:
        with pytest.raises(PermissionDeniedError):
            term_service.request_information(inspector, dossier_id, on=date(2025, 3, 3), reason="x")
    finally:
        inspector.close()


def test_werkbak_sorts_by_due_date_and_follows_the_clock(ctx: AppContext, officer: AppContext) -> None:
    as_of = date(2025, 6, 16)
    late = _make_dossier(ctx, submitted=date(2025, 5, 1))  # ED-4 due 8 May → overdue
    soon = _make_dossier(ctx, submitted=date(2025, 6, 13))  # ED-4 due 20 June → within 5 working days
    later = _make_dossier(ctx, dossier_type="QR", submitted=date(2025, 6, 10))  # QR-4 due 21 July → ok
    items = term_service.worklist(ctx, WorkFilter(), as_of=as_of)
    assert [(i.dossier_id, i.light) for i in items] == [(late, "overdue"), (soon, "due_soon"), (later, "ok")]
    assert items[0].days_left == (date(2025, 5, 8) - as_of).days
    term_service.apply_transition(ctx, soon, "ontvankelijk", on=date(2025, 6, 16))
    term_service.request_information(
        officer, soon, on=date(2025, 6, 16), reason="Verklaring op eer ontbreekt"
    )
    items = term_service.worklist(ctx, WorkFilter(), as_of=as_of)
    assert items[-1].dossier_id == soon and items[-1].light == "stopped" and items[-1].due is None
    assert term_service.count_work(ctx, WorkFilter(), as_of=as_of) == {
        "overdue": 1,
        "due_soon": 0,
        "ok": 1,
        "stopped": 1,
    }
    only_qr = term_service.worklist(ctx, WorkFilter(dossier_type="QR"), as_of=as_of)
    assert [i.dossier_id for i in only_qr] == [later]
    assert term_service.worklist(ctx, WorkFilter(light="overdue"), as_of=as_of)[0].dossier_id == late


def test_a_new_closing_day_moves_due_dates_after_recompute(ctx: AppContext) -> None:
    dossier_id = _make_dossier(ctx, submitted=date(2025, 2, 28))
    term_service.apply_transition(ctx, dossier_id, "ontvankelijk", on=date(2025, 3, 3))
    with ctx.uow(write=True) as uow:
        uow.session.add(CalendarDay(day=date(2025, 4, 17), name="Brugdag (test)", closed=True))
        uow.commit()
    assert term_service.recompute_terms(ctx) >= 1
    [_, ed5] = _terms(ctx, dossier_id)
    assert ed5.due_cache == date(2025, 4, 18)
    assert term_service.recompute_terms(ctx) == 0  # idempotent


def test_transitions_are_audited(ctx: AppContext) -> None:
    from wsedesk.models import AuditEntry
    from wsedesk.services.database import check_database

    dossier_id = _make_dossier(ctx)
    term_service.apply_transition(ctx, dossier_id, "ontvankelijk", on=date(2025, 3, 3))
    with ctx.uow() as uow:
        entries = list(uow.session.scalars(select(AuditEntry).where(AuditEntry.entity_id == dossier_id)))
    assert entries[-1].action == "update" and entries[-1].changes["status"] == ["ingediend", "in_onderzoek"]
    assert check_database(ctx.db).ok


def test_werkbak_counts_agree_with_the_worklist_for_every_filter(demo_ctx: AppContext) -> None:
    """count_work counts over the open terms alone; it must count what the worklist lists."""
    from collections import Counter

    as_of = date(2026, 3, 2)
    from sqlalchemy import select

    from wsedesk.models import Dossier

    with demo_ctx.uow() as uow:
        assignee_id = uow.session.scalar(select(Dossier.assignee_id).where(Dossier.assignee_id.is_not(None)))
    assert assignee_id is not None
    filters = [
        WorkFilter(),
        WorkFilter(dossier_type="ED"),
        WorkFilter(status="ingediend"),
        WorkFilter(light="overdue"),
        WorkFilter(assignee_id=str(assignee_id)),
        WorkFilter(dossier_type="QR", light="stopped"),
    ]
    for flt in filters:
        listed = Counter(i.light for i in term_service.worklist(demo_ctx, flt, as_of=as_of, limit=100_000))
        counted = term_service.count_work(demo_ctx, flt, as_of=as_of)
        assert counted == {k: listed.get(k, 0) for k in ("overdue", "due_soon", "ok", "stopped")}, flt
    assert sum(term_service.count_work(demo_ctx, WorkFilter(), as_of=as_of).values()) > 100
