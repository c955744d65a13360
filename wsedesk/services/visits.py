"""Site visits: plan them, list them, read one, take its status steps (domain.md §3.2, MW-4, TW-2).

Findings, follow-up actions and attachments are in services/visit_records.py; check-out and
check-in in services/visit_sync.py; the review queue in services/visit_review.py. The same
functions work on the central database and, offline, inside a visit package (`ctx.package`):
what needs the central database (closing a visit, starting a sanction) says so.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from wsedesk.errors import BadInputError, NotFoundError, PermissionDeniedError
from wsedesk.i18n import N_
from wsedesk.models import Dossier, Organisation, Tombstone, User
from wsedesk.models.visits import (
    Visit,
    VisitAction,
    VisitAttachment,
    VisitDossier,
    VisitFinding,
    VisitVisitor,
)
from wsedesk.rules import visits as R
from wsedesk.rules.identifiers import format_enterprise_number
from wsedesk.rules.input_policy import TextRule, text_problem
from wsedesk.services.changes import Changes
from wsedesk.services.conflicts import check_version, commit_versioned
from wsedesk.services.dossiers import DossierHeading
from wsedesk.services.timeline import add_event
from wsedesk.services.visit_terms import drop_action_term
from wsedesk.storage.sync import SYNC_BY_TABLE, base_rows, plain

if TYPE_CHECKING:
    from wsedesk.context import AppContext

KIND = "visit"
MAX_SUMMARY = 20_000
MAX_NOTE = 4_000


# --- shared helpers (also used by visit_records, visit_sync, visit_review) -------------------------------


def require_visit_role(ctx: AppContext) -> None:
    if not ctx.user.roles & R.VISIT_ROLES:
        raise PermissionDeniedError(
            N_(
                "Enkel een inspecteur, projectadviseur of teamverantwoordelijke plant of registreert bezoeken."
            )
        )


def require_online(ctx: AppContext, what: str) -> None:
    if ctx.package is not None:
        raise BadInputError(
            N_(
                "{w} kan pas na het inchecken, in de centrale database (u werkt offline in een bezoekpakket)."
            ).format(w=what)
        )


def clean_text(
    value: str | None, where: str, *, limit: int, required: bool = False, multiline: bool = True
) -> str:
    """Trimmed text the input policy accepts (rules/input_policy.py), at most `limit` characters."""
    text = (value or "").strip()
    if required and not text:
        raise BadInputError(N_("vul dit in."), where=where)
    problem = text_problem(text, TextRule(multiline=multiline, max_chars=limit))
    if problem:
        raise BadInputError(problem, where=where)
    return text


def to_uuid(value: str | uuid.UUID, what: str) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise NotFoundError(N_("{w} '{v}' bestaat niet.").format(w=what, v=value)) from None


def load_visit(session: Session, visit_id: str | uuid.UUID) -> Visit:
    v = session.get(Visit, to_uuid(visit_id, N_("Bezoek")))
    if v is None:
        raise NotFoundError(N_("Dit bezoek bestaat niet (meer)."))
    return v


def snapshot(row: Any) -> dict[str, Any]:
    """The fields of a visit row that travel in packages, as plain values (for tombstones)."""
    entity = SYNC_BY_TABLE[row.__tablename__]
    return {f: plain(getattr(row, f)) for f in entity.fields}


def bury(session: Session, ctx: AppContext, row: Any) -> None:
    """Delete a visit row and leave a tombstone, so the deletion travels (and can be reviewed)."""
    existing = session.scalar(
        select(Tombstone).where(Tombstone.entity == row.__tablename__, Tombstone.entity_id == row.id)
    )
    if existing is not None:
        session.delete(existing)
        session.flush()
    session.add(
        Tombstone(
            entity=row.__tablename__,
            entity_id=row.id,
            version=row.version,
            data=snapshot(row),
            deleted_at=ctx.clock.now(),
            deleted_by=ctx.user.login,
        )
    )
    session.delete(row)


def checked_out_ids(ctx: AppContext, table: str) -> set[str]:
    """Offline: the ids of `table` that came in the package (not made on this laptop)."""
    if ctx.package is None:
        return set()
    return set(base_rows(ctx.db, SYNC_BY_TABLE[table]))


def visit_changes(dossier_ids: Iterable[uuid.UUID | str] = (), *kinds: str) -> Changes:
    """A visit changed (and the dossiers whose timeline or terms it touched)."""
    return Changes.of(KIND, *kinds, dossier_ids=[str(d) for d in dossier_ids])


def visit_dossier_ids(session: Session, visit_id: uuid.UUID) -> list[uuid.UUID]:
    return list(session.scalars(select(VisitDossier.dossier_id).where(VisitDossier.visit_id == visit_id)))


def visitor_users(session: Session, visit_id: uuid.UUID) -> list[User]:
    """The visitors of a visit, by name."""
    return list(
        session.scalars(
            select(User)
            .join(VisitVisitor, VisitVisitor.user_id == User.id)
            .where(VisitVisitor.visit_id == visit_id)
            .order_by(User.display_name)
        )
    )


def add_visit_event(session: Session, ctx: AppContext, visit: Visit, on: date, text: str) -> None:
    """A line on the timeline of each dossier the visit is about."""
    for dossier_id in visit_dossier_ids(session, visit.id):
        dossier = session.get(Dossier, dossier_id)
        if dossier is not None:
            add_event(
                session,
                ctx,
                dossier,
                on,
                "bezoek",
                text,
                {"visit": str(visit.id), "reference": visit.reference},
            )


# --- reading ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VisitFilter:
    week_of: date | None = None  # the week (Monday–Sunday) of this day
    visitor_id: str | None = None
    organisation_id: str | None = None
    visit_type: str | None = None
    status: str | None = None
    open_only: bool = False  # not afgesloten


@dataclass(frozen=True)
class VisitRow:
    id: str
    reference: str
    organisation_id: str
    organisation: str
    enterprise_number: str
    visit_type: str
    type_label: str
    planned_on: date
    performed_on: date | None
    status: str
    status_label: str
    visitors: tuple[str, ...]  # display names
    dossiers: tuple[str, ...]  # references
    open_actions: int
    overdue_actions: int


def _filtered(flt: VisitFilter) -> Any:
    stmt = select(Visit.id).join(Organisation, Organisation.id == Visit.organisation_id)
    if flt.week_of is not None:
        monday, sunday = R.week_of(flt.week_of)
        stmt = stmt.where(Visit.planned_on.between(monday, sunday))
    if flt.visitor_id:
        mine = select(VisitVisitor.visit_id).where(
            VisitVisitor.user_id == to_uuid(flt.visitor_id, N_("Gebruiker"))
        )
        stmt = stmt.where(Visit.id.in_(mine))
    if flt.organisation_id:
        stmt = stmt.where(Visit.organisation_id == to_uuid(flt.organisation_id, N_("Organisatie")))
    if flt.visit_type:
        stmt = stmt.where(Visit.visit_type == flt.visit_type)
    if flt.status:
        stmt = stmt.where(Visit.status == flt.status)
    if flt.open_only:
        stmt = stmt.where(Visit.status != "afgesloten")
    return stmt


def list_visits(ctx: AppContext, flt: VisitFilter, *, offset: int = 0, limit: int = 500) -> list[VisitRow]:
    """Visits matching `flt`, by planned date then organisation (filtered and paged in SQL)."""
    today = ctx.clock.today()
    with ctx.uow() as uow:
        s = uow.session
        ids = _filtered(flt).subquery()
        rows = list(
            s.execute(
                select(Visit, Organisation.name, Organisation.enterprise_number)
                .join(Organisation, Organisation.id == Visit.organisation_id)
                .where(Visit.id.in_(select(ids.c.id)))
                .order_by(Visit.planned_on, Organisation.name, Visit.reference)
                .offset(offset)
                .limit(limit)
            )
        )
        visit_ids = [r[0].id for r in rows]
        visitors: dict[uuid.UUID, list[str]] = defaultdict(list)
        dossiers: dict[uuid.UUID, list[str]] = defaultdict(list)
        open_actions: dict[uuid.UUID, tuple[int, int]] = {}
        for start in range(0, len(visit_ids), 500):
            batch = visit_ids[start : start + 500]
            # Each visit's visitors and dossiers: the names its link rows lead to, in name order.
            for names, linked, target, key, name in (
                (visitors, VisitVisitor, User, VisitVisitor.user_id, User.display_name),
                (dossiers, VisitDossier, Dossier, VisitDossier.dossier_id, Dossier.reference),
            ):
                for vid, text in s.execute(
                    select(linked.visit_id, name)
                    .join(target, target.id == key)
                    .where(linked.visit_id.in_(batch))
                    .order_by(name)
                ):
                    names[vid].append(text)
            for vid, total, overdue in s.execute(
                select(
                    VisitAction.visit_id,
                    func.count(),
                    func.sum(case((VisitAction.due_on < today, 1), else_=0)),
                )
                .where(VisitAction.visit_id.in_(batch), VisitAction.done_on.is_(None))
                .group_by(VisitAction.visit_id)
            ):
                open_actions[vid] = (int(total), int(overdue or 0))
    return [
        VisitRow(
            id=str(v.id),
            reference=v.reference,
            organisation_id=str(v.organisation_id),
            organisation=name,
            enterprise_number=format_enterprise_number(kbo),
            visit_type=v.visit_type,
            type_label=R.VISIT_TYPE_LABELS.get(v.visit_type, v.visit_type),
            planned_on=v.planned_on,
            performed_on=v.performed_on,
            status=v.status,
            status_label=R.STATUS_LABELS.get(v.status, v.status),
            visitors=tuple(visitors[v.id]),
            dossiers=tuple(dossiers[v.id]),
            open_actions=open_actions.get(v.id, (0, 0))[0],
            overdue_actions=open_actions.get(v.id, (0, 0))[1],
        )
        for v, name, kbo in rows
    ]


def count_visits(ctx: AppContext, flt: VisitFilter) -> int:
    with ctx.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(_filtered(flt).subquery())) or 0)


def find_visit_id(ctx: AppContext, text: str) -> str:
    """A visit by its reference (BZ-2025-3F9A2C1D) or its id."""
    wanted = text.strip()
    with ctx.uow() as uow:
        s = uow.session
        found = s.scalar(select(Visit.id).where(Visit.reference == wanted.upper()))
        if found is None:
            try:
                found = s.scalar(select(Visit.id).where(Visit.id == uuid.UUID(wanted)))
            except ValueError:
                found = None
        if found is None:
            raise NotFoundError(N_("Geen bezoek met kenmerk '{r}'.").format(r=wanted))
        return str(found)


@dataclass(frozen=True)
class FindingView:
    item_key: str
    text: str
    rule: str
    finding_id: str | None
    verdict: str | None
    note: str
    version: int | None
    follow_up: str | None
    follow_up_dossier_id: str | None
    follow_up_started_on: date | None
    follow_ups: tuple[R.FollowUp, ...]  # what a "niet in orde" here may start


@dataclass(frozen=True)
class ActionView:
    id: str
    description: str
    recorded_on: date
    due_on: date
    done_on: date | None
    dossier_reference: str | None
    finding_id: str | None
    version: int
    overdue: bool


@dataclass(frozen=True)
class AttachmentView:
    id: str
    media_type: str
    stored_name: str
    original_name: str
    caption: str
    size: int
    finding_id: str | None
    version: int


@dataclass(frozen=True)
class VisitDetail:
    id: str
    reference: str
    version: int
    organisation_id: str
    organisation: str
    enterprise_number: str
    organisation_kind: str
    visit_type: str
    type_label: str
    checklist: R.Checklist
    planned_on: date
    performed_on: date | None
    report_on: date | None
    status: str
    status_label: str
    summary: str
    visitors: tuple[tuple[str, str], ...]  # (user id, display name)
    dossiers: tuple[DossierHeading, ...]
    findings: tuple[FindingView, ...]
    actions: tuple[ActionView, ...]
    attachments: tuple[AttachmentView, ...]
    next_steps: tuple[str, ...]  # statuses the visit may go to


def visit_detail(ctx: AppContext, visit_id: str) -> VisitDetail:
    today = ctx.clock.today()
    with ctx.uow() as uow:
        s = uow.session
        v = load_visit(s, visit_id)
        org = s.get(Organisation, v.organisation_id)
        assert org is not None
        chk = R.checklist(v.visit_type, v.checklist_version)
        dossier_rows = list(
            s.scalars(
                select(Dossier)
                .join(VisitDossier, VisitDossier.dossier_id == Dossier.id)
                .where(VisitDossier.visit_id == v.id)
                .order_by(Dossier.reference)
            )
        )
        dossiers = tuple(DossierHeading.of(d) for d in dossier_rows)
        refs = [R.DossierRef(d.id, d.reference, d.dossier_type, d.status) for d in dossiers]
        visitors = tuple((str(u.id), u.display_name) for u in visitor_users(s, v.id))
        by_key = {f.item_key: f for f in s.scalars(select(VisitFinding).where(VisitFinding.visit_id == v.id))}
        findings = []
        for item in chk.items:
            f = by_key.get(item.key)
            findings.append(
                FindingView(
                    item.key,
                    item.text,
                    item.rule,
                    str(f.id) if f else None,
                    f.verdict if f else None,
                    f.note if f else "",
                    f.version if f else None,
                    f.follow_up if f else None,
                    str(f.follow_up_dossier_id) if f and f.follow_up_dossier_id else None,
                    f.follow_up_started_on if f else None,
                    tuple(R.possible_follow_ups(item, f.verdict, refs)) if f else (),
                )
            )
        ref_of = {d.id: d.reference for d in dossiers}
        actions = tuple(
            ActionView(
                str(a.id),
                a.description,
                a.recorded_on,
                a.due_on,
                a.done_on,
                ref_of.get(str(a.dossier_id)) if a.dossier_id else None,
                str(a.finding_id) if a.finding_id else None,
                a.version,
                a.done_on is None and a.due_on < today,
            )
            for a in s.scalars(
                select(VisitAction)
                .where(VisitAction.visit_id == v.id)
                .order_by(VisitAction.due_on, VisitAction.id)
            )
        )
        attachments = tuple(
            AttachmentView(
                str(a.id),
                a.media_type,
                a.stored_name,
                a.original_name,
                a.caption,
                a.size,
                str(a.finding_id) if a.finding_id else None,
                a.version,
            )
            for a in s.execute(
                select(VisitAttachment)
                .where(VisitAttachment.visit_id == v.id)
                .order_by(VisitAttachment.created_at, VisitAttachment.id)
            ).scalars()
        )
        next_steps = tuple(b for a, b in sorted(R.STEPS) if a == v.status)
        return VisitDetail(
            id=str(v.id),
            reference=v.reference,
            version=v.version,
            organisation_id=str(org.id),
            organisation=org.name,
            enterprise_number=format_enterprise_number(org.enterprise_number),
            organisation_kind=org.kind,
            visit_type=v.visit_type,
            type_label=R.VISIT_TYPE_LABELS.get(v.visit_type, v.visit_type),
            checklist=chk,
            planned_on=v.planned_on,
            performed_on=v.performed_on,
            report_on=v.report_on,
            status=v.status,
            status_label=R.STATUS_LABELS.get(v.status, v.status),
            summary=v.summary,
            visitors=visitors,
            dossiers=dossiers,
            findings=tuple(findings),
            actions=actions,
            attachments=attachments,
            next_steps=next_steps,
        )


def organisation_dossiers(ctx: AppContext, organisation_id: str) -> list[DossierHeading]:
    """The organisation's dossiers a visit may be about (open ones first)."""
    with ctx.uow() as uow:
        rows = uow.session.scalars(
            select(Dossier)
            .where(Dossier.organisation_id == to_uuid(organisation_id, N_("Organisatie")))
            .order_by(Dossier.closed, Dossier.reference)
        )
        return [DossierHeading.of(d) for d in rows]


@dataclass(frozen=True)
class VisitorChoice:
    id: str
    login: str
    display_name: str


def possible_visitors(ctx: AppContext) -> list[VisitorChoice]:
    """Active users with a role that makes visits."""
    with ctx.uow() as uow:
        users = uow.session.scalars(select(User).where(User.active.is_(True)).order_by(User.display_name))
        roles = {r.value for r in R.VISIT_ROLES}
        return [VisitorChoice(str(u.id), u.login, u.display_name) for u in users if roles & set(u.roles)]


# --- planning ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedVisit:
    visit_id: str
    reference: str
    changes: Changes


def _check_dossiers(
    session: Session, organisation_id: uuid.UUID, dossier_ids: Sequence[str]
) -> list[uuid.UUID]:
    out = []
    for raw in dict.fromkeys(dossier_ids):
        d = session.get(Dossier, to_uuid(raw, N_("Dossier")))
        if d is None:
            raise NotFoundError(N_("Dossier '{d}' bestaat niet.").format(d=raw))
        if d.organisation_id != organisation_id:
            raise BadInputError(
                N_("Dossier {r} hoort bij een andere organisatie dan het bezoek.").format(r=d.reference),
                where=N_("Dossiers"),
            )
        out.append(d.id)
    return out


def _check_visitors(session: Session, visitor_ids: Sequence[str]) -> list[uuid.UUID]:
    if not visitor_ids:
        raise BadInputError(N_("kies minstens één bezoeker."), where=N_("Bezoekers"))
    out = []
    for raw in dict.fromkeys(visitor_ids):
        u = session.get(User, to_uuid(raw, N_("Gebruiker")))
        if u is None or not u.active:
            raise BadInputError(N_("'{u}' is geen actieve gebruiker.").format(u=raw), where=N_("Bezoekers"))
        out.append(u.id)
    return out


def plan_visit(
    ctx: AppContext,
    *,
    organisation_id: str,
    visit_type: str,
    planned_on: date,
    visitor_ids: Sequence[str] | None = None,
    dossier_ids: Sequence[str] = (),
    summary: str = "",
) -> PlannedVisit:
    """Plan a visit to an organisation (optionally about some of its dossiers); the newest checklist."""
    require_visit_role(ctx)
    if visit_type not in R.VISIT_TYPES:
        raise BadInputError(
            N_("onbekend soort '{t}'; kies uit {k}.").format(t=visit_type, k=", ".join(R.VISIT_TYPES)),
            where=N_("Soort bezoek"),
        )
    text = clean_text(summary, N_("Verslag"), limit=MAX_SUMMARY)
    chk = R.checklist(visit_type)
    with ctx.uow(write=True) as uow:
        s = uow.session
        org = s.get(Organisation, to_uuid(organisation_id, N_("Organisatie")))
        if org is None:
            raise NotFoundError(N_("Deze organisatie bestaat niet (meer)."))
        dossiers = _check_dossiers(s, org.id, dossier_ids)
        visitors = _check_visitors(s, list(visitor_ids) if visitor_ids is not None else [ctx.user.id])
        visit_id = uuid.uuid4()
        v = Visit(
            id=visit_id,
            reference=R.visit_reference(visit_id.hex, planned_on),
            organisation_id=org.id,
            visit_type=visit_type,
            checklist_version=chk.version,
            planned_on=planned_on,
            status="gepland",
            summary=text,
        )
        s.add(v)
        s.flush()
        s.add_all(VisitVisitor(visit_id=v.id, user_id=u) for u in visitors)
        s.add_all(VisitDossier(visit_id=v.id, dossier_id=d) for d in dossiers)
        s.flush()
        add_visit_event(
            s,
            ctx,
            v,
            ctx.clock.today(),
            N_("Bezoek {r} gepland op {d:%d/%m/%Y} ({t})").format(
                r=v.reference, d=planned_on, t=R.VISIT_TYPE_LABELS[visit_type]
            ),
        )
        reference = v.reference
        uow.commit()
    return PlannedVisit(str(visit_id), reference, visit_changes(dossiers, "dossier"))


def update_visit(
    ctx: AppContext,
    visit_id: str,
    *,
    expected_version: int,
    planned_on: date | None = None,
    summary: str | None = None,
    visitor_ids: Sequence[str] | None = None,
    dossier_ids: Sequence[str] | None = None,
) -> Changes:
    """Change the plan, the report's free text, the visitors or the dossiers; refused if someone saved first."""
    require_visit_role(ctx)
    text = clean_text(summary, N_("Verslag"), limit=MAX_SUMMARY) if summary is not None else None
    with ctx.uow(write=True) as uow:
        s = uow.session
        v = load_visit(s, visit_id)
        mine: dict[str, Any] = {}
        if planned_on is not None:
            mine["planned_on"] = planned_on
        if text is not None:
            mine["summary"] = text
        check_version(
            s, v, expected_version=expected_version, entity="visit", label=f"Bezoek {v.reference}", mine=mine
        )
        if v.status == "afgesloten":
            raise BadInputError(N_("Bezoek {r} is afgesloten.").format(r=v.reference))
        for name, value in mine.items():
            setattr(v, name, value)
        if visitor_ids is not None:
            _set_links(s, ctx, v.id, VisitVisitor, "user_id", _check_visitors(s, visitor_ids))
        if dossier_ids is not None:
            _set_links(
                s, ctx, v.id, VisitDossier, "dossier_id", _check_dossiers(s, v.organisation_id, dossier_ids)
            )
        dossiers = visit_dossier_ids(s, v.id)
        commit_versioned(
            uow,
            Visit,
            v,
            entity="visit",
            label=N_("Bezoek"),
            expected_version=expected_version,
            mine=mine,
            not_found=N_("Dit bezoek werd intussen verwijderd."),
        )
    return visit_changes(dossiers)


def _set_links(
    s: Session,
    ctx: AppContext,
    visit_id: uuid.UUID,
    link: type[VisitVisitor] | type[VisitDossier],
    key: str,
    targets: Iterable[uuid.UUID],
) -> None:
    """Make the visit's links (its visitors, its dossiers) lead to `targets`: the others buried, the missing added."""
    wanted = set(targets)
    present = {getattr(r, key): r for r in s.scalars(select(link).where(link.visit_id == visit_id))}
    for target, row in present.items():
        if target not in wanted:
            bury(s, ctx, row)
    s.add_all(link(visit_id=visit_id, **{key: t}) for t in wanted - set(present))


def delete_visit(ctx: AppContext, visit_id: str, *, expected_version: int) -> Changes:
    """Delete a planned visit that will not take place (with what was recorded for it)."""
    require_visit_role(ctx)
    with ctx.uow(write=True) as uow:
        s = uow.session
        v = load_visit(s, visit_id)
        check_version(
            s, v, expected_version=expected_version, entity="visit", label=f"Bezoek {v.reference}", mine={}
        )
        if v.status != "gepland":
            raise BadInputError(
                N_("Enkel een gepland bezoek kan verwijderd worden (dit is {s}).").format(s=v.status)
            )
        if ctx.package is not None and str(v.id) in checked_out_ids(ctx, "visits"):
            raise BadInputError(
                N_("Een uitgecheckt bezoek verwijdert u in de centrale database, niet offline.")
            )
        dossiers = visit_dossier_ids(s, v.id)
        add_visit_event(
            s, ctx, v, ctx.clock.today(), N_("Gepland bezoek {r} geschrapt").format(r=v.reference)
        )
        for model in (VisitAttachment, VisitAction, VisitFinding, VisitDossier, VisitVisitor):
            for row in s.scalars(select(model).where(model.visit_id == v.id)):
                if isinstance(row, VisitAction):
                    drop_action_term(s, row.id)
                bury(s, ctx, row)
        s.flush()
        bury(s, ctx, v)
        uow.commit()
    return visit_changes(dossiers, "dossier")


def my_open_visit_ids(
    ctx: AppContext, *, user_id: str | None = None, week_of: date | None = None
) -> list[str]:
    """The open visits of a user (the current one by default), optionally of one week only."""
    flt = VisitFilter(week_of=week_of, visitor_id=user_id or ctx.user.id, open_only=True)
    with ctx.uow() as uow:
        return [str(i) for i in uow.session.scalars(_filtered(flt))]


def organisation_label(ctx: AppContext, organisation_id: str) -> str:
    """ "Name (0428.759.497)" of an organisation, for a form that plans a visit to it."""
    with ctx.uow() as uow:
        org = uow.session.get(Organisation, to_uuid(organisation_id, N_("Organisatie")))
        if org is None:
            raise NotFoundError(N_("Deze organisatie bestaat niet (meer)."))
        return f"{org.name} ({format_enterprise_number(org.enterprise_number)})"


def find_organisation_id(ctx: AppContext, text: str) -> str:
    """An organisation by its enterprise number (any usual spelling) or its exact name."""
    from wsedesk.rules.identifiers import normalise_enterprise_number

    wanted = text.strip()
    with ctx.uow() as uow:
        s = uow.session
        found = None
        try:
            found = s.scalar(
                select(Organisation.id).where(
                    Organisation.enterprise_number == normalise_enterprise_number(wanted)
                )
            )
        except ValueError:
            found = None
        if found is None:
            found = s.scalar(select(Organisation.id).where(Organisation.name == wanted))
    if found is None:
        raise NotFoundError(N_("Geen organisatie met ondernemingsnummer of naam '{o}'.").format(o=wanted))
    return str(found)


def user_id_for_login(ctx: AppContext, login: str) -> str:
    with ctx.uow() as uow:
        found = uow.session.scalar(
            select(User.id).where(or_(User.login == login.strip(), User.display_name == login.strip()))
        )
    if found is None:
        raise NotFoundError(N_("Geen gebruiker '{u}'.").format(u=login))
    return str(found)
