"""Small builders for the visit tests: organisations, dossiers, users with roles, planned visits."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select

from tests.integration.users import context_as
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.models import Dossier, Organisation, Person
from wsedesk.rules.roles import Role
from wsedesk.rules.workflows import WORKFLOWS
from wsedesk.services import visit_review as review
from wsedesk.services import visits as visit_service


def kbo(n: int) -> str:
    """A valid enterprise number built from `n` (mod-97 check digits)."""
    first = 10_000_000 + n
    return f"{first:08d}{97 - first % 97:02d}"


def make_org(ctx: AppContext, n: int = 1, *, name: str | None = None, kind: str = "maatwerkbedrijf") -> str:
    with ctx.uow(write=True) as uow:
        org = Organisation(
            enterprise_number=kbo(n),
            name=name or f"Organisatie {n} vzw",
            kind=kind,
            street=f"Stationsstraat {n}",
            postal_code="9000",
        )
        uow.session.add(org)
        uow.session.flush()
        uow.session.add(
            Person(
                organisation_id=org.id,
                first_name="An",
                last_name=f"Janssens {n}",
                national_number="85073003328",
            )
        )
        uow.commit()
        return str(org.id)


def make_dossier(
    ctx: AppContext, org_id: str, dossier_type: str = "MW", status: str | None = None, n: int = 1
) -> str:
    wf = WORKFLOWS[dossier_type]  # type: ignore[index]
    with ctx.uow(write=True) as uow:
        org = uow.session.get(Organisation, uuid.UUID(org_id))
        assert org is not None
        d = Dossier(
            reference=f"{dossier_type}-2025-{n:05d}",
            dossier_type=dossier_type,
            status=status or wf.initial,
            organisation_id=org.id,
            submitted_on=date(2025, 1, 6),
            status_since=date(2025, 1, 6),
            closed=False,
        )
        uow.session.add(d)
        uow.commit()
        return str(d.id)


def make_user(db_url: str, clock: FixedClock, login: str, roles: list[Role]) -> AppContext:
    """Open a context as `login` with exactly `roles`, named after the login (the caller closes it)."""
    return context_as(db_url, clock, login, roles, display_name=login.capitalize())


def plan(
    ctx: AppContext,
    org_id: str,
    visit_type: str = "opvolgbezoek",
    *,
    on: date = date(2025, 6, 18),
    dossiers: tuple[str, ...] = (),
) -> str:
    return visit_service.plan_visit(
        ctx, organisation_id=org_id, visit_type=visit_type, planned_on=on, dossier_ids=dossiers
    ).visit_id


def first_organisation(ctx: AppContext) -> str:
    with ctx.uow() as uow:
        found = uow.session.scalars(select(Organisation.id).order_by(Organisation.name).limit(1)).first()
    assert found is not None, "a database without organisations"
    return str(found)


def package_with_conflict(ctx: AppContext, target: Path, *, org_id: str | None = None) -> Path:
    """A package of one new visit whose first checklist item was judged on the laptop AND at the office.

    Checking it in puts one create/create conflict in the review queue. The offline session
    uses ctx's settings and clock; ctx must be allowed to plan and check out visits.
    """
    from wsedesk.services import visit_records as records
    from wsedesk.services import visit_sync as sync

    visit = plan(ctx, org_id or first_organisation(ctx), "opvolgbezoek", on=ctx.clock.today())
    sync.checkout(ctx, target, visit_ids=[visit])
    item = visit_service.visit_detail(ctx, visit).findings[0].item_key
    laptop = sync.open_offline(target, settings=ctx.settings, clock=ctx.clock)
    try:
        records.record_finding(laptop, visit, item, "niet_in_orde", "op de laptop: niet aangetoond")
    finally:
        laptop.close()
    records.record_finding(ctx, visit, item, "in_orde", "op kantoor: bewijs per e-mail ontvangen")
    return target


def the_conflict(ctx: AppContext) -> tuple[review.ConflictRow, review.ConflictDetail]:
    """The one open conflict in the review queue and its detail."""
    (row,) = review.list_conflicts(ctx)
    return row, review.conflict_detail(ctx, row.id)


def resolve_as_shown(
    ctx: AppContext, detail: review.ConflictDetail, choice: str, merged: dict[str, object] | None = None
) -> None:
    """Decide on a conflict as it was shown: its version and the central record's version then."""
    review.resolve_conflict(
        ctx,
        detail.id,
        choice,
        expected_version=detail.version,
        central_version=detail.central_version,
        merged=merged,
    )
