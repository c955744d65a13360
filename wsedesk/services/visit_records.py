"""What a visit records: findings per checklist item, their follow-ups, actions and attachments.

Each write is one unit of work that returns `Changes`. Saving over someone else's edit is refused
with the conflict helper (services/conflicts.py); a deletion leaves a tombstone so it travels in
a visit package. A "niet in orde" may start a follow-up (rules/visits.py) — never silently: the
caller has asked the user, and offline it is only proposed until a person confirms it online.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from wsedesk.errors import BadInputError, NotFoundError
from wsedesk.i18n import N_
from wsedesk.models import Dossier
from wsedesk.models.visits import Visit, VisitAction, VisitAttachment, VisitDossier, VisitFinding
from wsedesk.rules import visits as R
from wsedesk.services.changes import Changes
from wsedesk.services.conflicts import check_version
from wsedesk.services.visit_terms import action_due, drop_action_term, sync_action_term
from wsedesk.services.visits import (
    MAX_NOTE,
    bury,
    clean_text,
    load_visit,
    require_online,
    require_visit_role,
    to_uuid,
    visit_changes,
    visit_dossier_ids,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wsedesk.context import AppContext


def _editable_visit(session: Session, visit_id: str | uuid.UUID) -> Any:
    v = load_visit(session, visit_id)
    if v.status == "afgesloten":
        raise BadInputError(N_("Bezoek {r} is afgesloten; er kan niets meer bij.").format(r=v.reference))
    return v


def _load(session: Session, model: Any, row_id: str, what: str) -> Any:
    row = session.get(model, to_uuid(row_id, what))
    if row is None:
        raise NotFoundError(N_("{w} bestaat niet (meer).").format(w=what))
    return row


# --- findings ----------------------------------------------------------------------------------------------


def record_finding(
    ctx: AppContext,
    visit_id: str,
    item_key: str,
    verdict: str,
    note: str = "",
    *,
    expected_version: int | None = None,
) -> Changes:
    """The verdict on one checklist item (new, or over the version the user started from)."""
    require_visit_role(ctx)
    if verdict not in R.VERDICTS:
        raise BadInputError(
            N_("kies in orde, niet in orde of niet nagegaan (niet '{v}').").format(v=verdict),
            where=N_("Oordeel"),
        )
    text = clean_text(note, N_("Toelichting"), limit=MAX_NOTE)
    with ctx.uow(write=True) as uow:
        s = uow.session
        v = _editable_visit(s, visit_id)
        item = R.checklist(v.visit_type, v.checklist_version).item(item_key)
        f = s.scalar(
            select(VisitFinding).where(VisitFinding.visit_id == v.id, VisitFinding.item_key == item.key)
        )
        mine = {"verdict": verdict, "note": text}
        if f is None:
            if expected_version is not None:
                raise NotFoundError(N_("Deze bevinding werd intussen verwijderd."))
            f = VisitFinding(visit_id=v.id, item_key=item.key, verdict=verdict, note=text)
            s.add(f)
        else:
            check_version(
                s,
                f,
                expected_version=expected_version if expected_version is not None else 0,  # 0: 'new'
                entity="visit_finding",
                label=N_("Bevinding '{t}'").format(t=item.text),
                mine=mine,
            )
            f.verdict, f.note = verdict, text
            if verdict != "niet_in_orde" and f.follow_up_started_on is None:
                f.follow_up, f.follow_up_dossier_id = None, None  # a proposal lapses with its reason
        dossiers = visit_dossier_ids(s, v.id)
        uow.commit()
    return visit_changes(dossiers)


@dataclass(frozen=True)
class FollowUpResult:
    started: bool  # False: proposed (offline, or waiting for someone whose role may start it)
    message: str
    changes: Changes


def start_follow_up(
    ctx: AppContext, finding_id: str, kind: str, dossier_id: str | None = None
) -> FollowUpResult:
    """Start (online) or propose (offline) what a "niet in orde" may start, after the user confirmed.

    An information request becomes a follow-up action due in INFORMATION_REPLY_DAYS (a term in the
    Werkbak when it has a dossier); a sanction takes the dossier's workflow step (an intended
    suspension, …) if the user's role allows it, otherwise it stays proposed for someone who may.
    """
    require_visit_role(ctx)
    with ctx.uow() as uow:
        s = uow.session
        f = _load(s, VisitFinding, finding_id, N_("Bevinding"))
        v = _editable_visit(s, f.visit_id)
        item = R.checklist(v.visit_type, v.checklist_version).item(f.item_key)
        refs = [
            R.DossierRef(str(d.id), d.reference, d.dossier_type, d.status)
            for d in s.scalars(
                select(Dossier)
                .join(VisitDossier, VisitDossier.dossier_id == Dossier.id)
                .where(VisitDossier.visit_id == v.id)
            )
        ]
        options = R.possible_follow_ups(item, f.verdict, refs)
        chosen = next(
            (o for o in options if o.kind == kind and (dossier_id is None or o.dossier_id == dossier_id)),
            None,
        )
        if chosen is None:
            raise BadInputError(
                N_("Deze opvolging kan niet voor '{t}' ({v}).").format(
                    t=item.text, v=R.VERDICT_LABELS[f.verdict]
                )
            )
        if f.follow_up_started_on is not None:
            raise BadInputError(N_("Voor deze bevinding werd al een opvolging gestart."))
        note, reference, visit_pk = f.note, v.reference, v.id
    may = bool(ctx.user.roles & chosen.roles)
    if ctx.package is not None or not may:
        changes = _mark_follow_up(ctx, finding_id, chosen, started=False)
        why = (
            N_("Voorgesteld; wordt gestart na het inchecken, wanneer u het bevestigt.")
            if ctx.package is not None
            else N_("Voorgesteld aan wie dit mag: {r}.").format(
                r=", ".join(sorted(r.value for r in chosen.roles))
            )
        )
        return FollowUpResult(False, why, changes)
    today = ctx.clock.today()
    if chosen.kind == "informatievraag":
        add_action(
            ctx,
            str(visit_pk),
            R.information_request_text(item, note),
            today + timedelta(days=R.INFORMATION_REPLY_DAYS),
            dossier_id=chosen.dossier_id,
            finding_id=finding_id,
        )
        message = N_("Opvolgactie aangemaakt: antwoord verwacht binnen {d} dagen.").format(
            d=R.INFORMATION_REPLY_DAYS
        )
    else:
        from wsedesk.services.steps import take_step

        assert chosen.action is not None and chosen.dossier_id is not None
        take_step(
            ctx,
            chosen.dossier_id,
            chosen.action,
            on=today,
            note=N_("Na bezoek {r}: {t} niet in orde ({rule}). {n}")
            .format(r=reference, t=item.text, rule=item.rule, n=note)
            .strip(),
        )
        message = N_("{l}: gestart.").format(l=chosen.label)
    changes = _mark_follow_up(ctx, finding_id, chosen, started=True)
    touched = [chosen.dossier_id] if chosen.dossier_id else []
    return FollowUpResult(True, message, changes | Changes.of("dossier", "terms", dossier_ids=touched))


def _mark_follow_up(ctx: AppContext, finding_id: str, chosen: R.FollowUp, *, started: bool) -> Changes:
    with ctx.uow(write=True) as uow:
        s = uow.session
        f = _load(s, VisitFinding, finding_id, N_("Bevinding"))
        f.follow_up = chosen.kind if chosen.kind == "informatievraag" else chosen.action
        f.follow_up_dossier_id = uuid.UUID(chosen.dossier_id) if chosen.dossier_id else None
        f.follow_up_started_on = ctx.clock.today() if started else None
        dossiers = visit_dossier_ids(s, f.visit_id)
        uow.commit()
    return visit_changes(dossiers)


def proposed_follow_ups(ctx: AppContext) -> list[tuple[str, str, str]]:
    """(finding id, visit reference, what) of follow-ups proposed but not started yet."""
    with ctx.uow() as uow:
        rows = uow.session.execute(
            select(VisitFinding.id, Visit.reference, VisitFinding.follow_up)
            .join(Visit, Visit.id == VisitFinding.visit_id)
            .where(VisitFinding.follow_up.is_not(None), VisitFinding.follow_up_started_on.is_(None))
            .order_by(Visit.planned_on)
        )
        return [(str(i), ref, what or "") for i, ref, what in rows]


def confirm_follow_up(ctx: AppContext, finding_id: str) -> FollowUpResult:
    """Start a proposed follow-up (after check-in): the person confirming takes responsibility."""
    require_online(ctx, N_("Een opvolging starten"))
    with ctx.uow() as uow:
        f = _load(uow.session, VisitFinding, finding_id, N_("Bevinding"))
        if not f.follow_up:
            raise BadInputError(N_("Voor deze bevinding is geen opvolging voorgesteld."))
        kind = "informatievraag" if f.follow_up == "informatievraag" else "sanctie"
        dossier_id = str(f.follow_up_dossier_id) if f.follow_up_dossier_id else None
    return start_follow_up(ctx, finding_id, kind, dossier_id)


# --- actions -------------------------------------------------------------------------------------------------


def _check_action_links(
    session: Session, visit_id: uuid.UUID, dossier_id: str | None, finding_id: str | None
) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    did = to_uuid(dossier_id, N_("Dossier")) if dossier_id else None
    if did is not None and did not in visit_dossier_ids(session, visit_id):
        raise BadInputError(N_("kies een dossier van dit bezoek."), where=N_("Dossier"))
    fid = to_uuid(finding_id, N_("Bevinding")) if finding_id else None
    if fid is not None:
        f = session.get(VisitFinding, fid)
        if f is None or f.visit_id != visit_id:
            raise BadInputError(N_("kies een bevinding van dit bezoek."), where=N_("Bevinding"))
    return did, fid


def add_action(
    ctx: AppContext,
    visit_id: str,
    description: str,
    due_on: date,
    *,
    dossier_id: str | None = None,
    finding_id: str | None = None,
) -> Changes:
    """A follow-up action; with a dossier it is a term in the Werkbak (services/visit_terms.py)."""
    require_visit_role(ctx)
    text = clean_text(description, N_("Opvolgactie"), limit=MAX_NOTE, required=True)
    today = ctx.clock.today()
    with ctx.uow(write=True) as uow:
        s = uow.session
        v = _editable_visit(s, visit_id)
        did, fid = _check_action_links(s, v.id, dossier_id, finding_id)
        a = VisitAction(
            visit_id=v.id,
            finding_id=fid,
            dossier_id=did,
            description=text,
            recorded_on=today,
            due_on=action_due(s, today, due_on),
        )
        s.add(a)
        s.flush()
        sync_action_term(s, a)
        dossiers = visit_dossier_ids(s, v.id)
        uow.commit()
    return visit_changes(dossiers, "terms")


def update_action(
    ctx: AppContext,
    action_id: str,
    *,
    expected_version: int,
    description: str | None = None,
    due_on: date | None = None,
    done_on: date | None = None,
    reopen: bool = False,
) -> Changes:
    """Change an action, mark it done (`done_on`) or open it again (`reopen`)."""
    require_visit_role(ctx)
    text = (
        clean_text(description, N_("Opvolgactie"), limit=MAX_NOTE, required=True)
        if description is not None
        else None
    )
    with ctx.uow(write=True) as uow:
        s = uow.session
        a = _load(s, VisitAction, action_id, N_("Opvolgactie"))
        mine: dict[str, Any] = {
            k: val
            for k, val in (("description", text), ("due_on", due_on), ("done_on", done_on))
            if val is not None
        }
        check_version(
            s, a, expected_version=expected_version, entity="visit_action", label=N_("Opvolgactie"), mine=mine
        )
        if text is not None:
            a.description = text
        if due_on is not None:
            a.due_on = action_due(s, a.recorded_on, due_on)
        if done_on is not None:
            if done_on > ctx.clock.today():
                raise BadInputError(N_("de datum ligt in de toekomst."), where=N_("Uitgevoerd op"))
            if done_on < a.recorded_on:
                raise BadInputError(
                    N_("de actie kan niet vóór haar aanmaak uitgevoerd zijn."), where=N_("Uitgevoerd op")
                )
            a.done_on = done_on
        if reopen:
            a.done_on = None
        sync_action_term(s, a)
        dossiers = visit_dossier_ids(s, a.visit_id)
        uow.commit()
    return visit_changes(dossiers, "terms")


def delete_action(ctx: AppContext, action_id: str, *, expected_version: int) -> Changes:
    require_visit_role(ctx)
    with ctx.uow(write=True) as uow:
        s = uow.session
        a = _load(s, VisitAction, action_id, N_("Opvolgactie"))
        check_version(
            s, a, expected_version=expected_version, entity="visit_action", label=N_("Opvolgactie"), mine={}
        )
        drop_action_term(s, a.id)
        dossiers = visit_dossier_ids(s, a.visit_id)
        bury(s, ctx, a)
        uow.commit()
    return visit_changes(dossiers, "terms")


# --- attachments ---------------------------------------------------------------------------------------------


def add_attachment(
    ctx: AppContext,
    visit_id: str,
    shown_name: str,
    content: bytes,
    *,
    caption: str = "",
    finding_id: str | None = None,
) -> Changes:
    """Store a photo or scan: type read from the content, size capped, stored under a generated name."""
    require_visit_role(ctx)
    name = R.safe_shown_name(shown_name)
    try:
        media_type, ext = R.attachment_type(content, shown_name=name or N_("de bijlage"))
    except R.VisitRuleError as exc:
        raise BadInputError(str(exc), where=N_("Bijlage")) from None
    text = clean_text(caption, N_("Onderschrift"), limit=300, multiline=False)
    with ctx.uow(write=True) as uow:
        s = uow.session
        v = _editable_visit(s, visit_id)
        _, fid = _check_action_links(s, v.id, None, finding_id)
        attachment_id = uuid.uuid4()
        s.add(
            VisitAttachment(
                id=attachment_id,
                visit_id=v.id,
                finding_id=fid,
                media_type=media_type,
                stored_name=f"{attachment_id.hex}.{ext}",
                original_name=name,
                caption=text,
                size=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                content=content,
            )
        )
        dossiers = visit_dossier_ids(s, v.id)
        uow.commit()
    return visit_changes(dossiers)


def update_attachment(ctx: AppContext, attachment_id: str, *, expected_version: int, caption: str) -> Changes:
    require_visit_role(ctx)
    text = clean_text(caption, N_("Onderschrift"), limit=300, multiline=False)
    with ctx.uow(write=True) as uow:
        s = uow.session
        a = _load(s, VisitAttachment, attachment_id, N_("Bijlage"))
        check_version(
            s,
            a,
            expected_version=expected_version,
            entity="visit_attachment",
            label=N_("Bijlage"),
            mine={"caption": text},
        )
        a.caption = text
        dossiers = visit_dossier_ids(s, a.visit_id)
        uow.commit()
    return visit_changes(dossiers)


def delete_attachment(ctx: AppContext, attachment_id: str, *, expected_version: int) -> Changes:
    require_visit_role(ctx)
    with ctx.uow(write=True) as uow:
        s = uow.session
        a = _load(s, VisitAttachment, attachment_id, N_("Bijlage"))
        check_version(
            s, a, expected_version=expected_version, entity="visit_attachment", label=N_("Bijlage"), mine={}
        )
        dossiers = visit_dossier_ids(s, a.visit_id)
        bury(s, ctx, a)
        uow.commit()
    return visit_changes(dossiers)


def attachment_content(ctx: AppContext, attachment_id: str) -> tuple[str, str, bytes]:
    """(generated file name, media type, bytes): a viewer writes it under the generated name only."""
    with ctx.uow() as uow:
        a = _load(uow.session, VisitAttachment, attachment_id, N_("Bijlage"))
        return a.stored_name, a.media_type, a.content
