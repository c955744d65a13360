"""The review queue of check-ins: both sides of a record, field by field; a person keeps one or merges.

A conflict (models.visits.VisitConflict) keeps the record as checked out (base), as the laptop
left it, and as it was centrally when the check-in found it. The detail compares the laptop's
values with the central record *as it is now* (services/conflicts.py `field_differences`), so
what a person decides on is never stale. Resolving is role-checked here (not only in the GUI),
runs in one transaction, and refuses if the central record changed again since it was shown.
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wsedesk.errors import BadInputError, FieldDifference, NotFoundError, PermissionDeniedError
from wsedesk.i18n import N_
from wsedesk.models import Base, Dossier, User
from wsedesk.models.visits import Visit, VisitConflict
from wsedesk.rules import visits as R
from wsedesk.services.changes import Changes
from wsedesk.services.conflicts import check_version, display_name, field_differences, local_time
from wsedesk.services.visit_terms import drop_action_term, sync_action_term
from wsedesk.services.visits import bury, require_online, to_uuid
from wsedesk.storage.sync import SYNC_BY_TABLE, fetch_rows, model_of, typed

if TYPE_CHECKING:
    from wsedesk.context import AppContext

KIND_LABELS: dict[str, str] = {
    "edit/edit": N_("beide gewijzigd"),
    "edit/delete": N_("op de laptop gewijzigd, centraal verwijderd"),
    "delete/edit": N_("op de laptop verwijderd, centraal gewijzigd"),
    "create/create": N_("aan beide kanten aangemaakt"),
}
FIELD_LABELS: dict[str, str] = {
    "reference": N_("Kenmerk"),
    "organisation_id": N_("Organisatie"),
    "visit_type": N_("Soort bezoek"),
    "checklist_version": N_("Versie checklist"),
    "planned_on": N_("Gepland op"),
    "performed_on": N_("Bezocht op"),
    "report_on": N_("Verslag op"),
    "status": N_("Status"),
    "summary": N_("Verslag"),
    "visit_id": N_("Bezoek"),
    "user_id": N_("Bezoeker"),
    "dossier_id": N_("Dossier"),
    "item_key": N_("Checklistpunt"),
    "verdict": N_("Oordeel"),
    "note": N_("Toelichting"),
    "follow_up": N_("Opvolging"),
    "follow_up_dossier_id": N_("Dossier van de opvolging"),
    "follow_up_started_on": N_("Opvolging gestart op"),
    "finding_id": N_("Bevinding"),
    "description": N_("Omschrijving"),
    "recorded_on": N_("Genoteerd op"),
    "due_on": N_("Vervaldag"),
    "done_on": N_("Uitgevoerd op"),
    "media_type": N_("Soort bestand"),
    "stored_name": N_("Bestandsnaam"),
    "original_name": N_("Oorspronkelijke naam"),
    "caption": N_("Onderschrift"),
    "size": N_("Grootte (bytes)"),
    "sha256": N_("Vingerafdruk"),
}
CHOICES = ("laptop", "central", "merge")


def _require_resolver(ctx: AppContext) -> None:
    if not ctx.user.roles & R.RESOLVE_ROLES:
        raise PermissionDeniedError(
            N_(
                "Enkel een inspecteur, projectadviseur of teamverantwoordelijke beslist over conflicten bij inchecken."
            )
        )


@dataclass(frozen=True)
class ConflictRow:
    id: str
    kind: str
    kind_label: str
    entity: str
    label: str
    visit_reference: str
    laptop_user: str
    detected_at: str
    status: str
    resolution: str | None


def list_conflicts(ctx: AppContext, *, open_only: bool = True, limit: int = 500) -> list[ConflictRow]:
    with ctx.uow() as uow:
        s = uow.session
        stmt = (
            select(VisitConflict, Visit.reference)
            .outerjoin(Visit, Visit.id == VisitConflict.visit_id)
            .order_by(VisitConflict.detected_at, VisitConflict.label)
            .limit(limit)
        )
        if open_only:
            stmt = stmt.where(VisitConflict.status == "open")
        return [
            ConflictRow(
                str(c.id),
                c.kind,
                KIND_LABELS.get(c.kind, c.kind),
                c.entity,
                c.label,
                ref or "",
                display_name(s, c.laptop_user) or c.laptop_user,
                local_time(c.detected_at) or "",
                c.status,
                c.resolution,
            )
            for c, ref in s.execute(stmt)
        ]


def count_open_conflicts(ctx: AppContext) -> int:
    with ctx.uow() as uow:
        return int(
            uow.session.scalar(
                select(func.count()).select_from(VisitConflict).where(VisitConflict.status == "open")
            )
            or 0
        )


@dataclass(frozen=True)
class ConflictField:
    """One field of a conflict, shown three ways (base, laptop, central now)."""

    field: str
    label: str
    base: str
    laptop: str
    central: str
    differs: bool  # laptop and central differ here


@dataclass(frozen=True)
class ConflictDetail:
    id: str
    version: int
    kind: str
    kind_label: str
    entity: str
    label: str
    laptop_user: str
    detected_at: str
    laptop_deleted: bool
    central_deleted: bool
    central_version: int | None  # of the central record now (pass it back when resolving)
    fields: tuple[ConflictField, ...]
    differences: tuple[FieldDifference, ...]  # yours = laptop, theirs = central now
    laptop_values: dict[str, Any]
    central_values: dict[str, Any]
    suggested: dict[str, Any]  # a starting point for "samenvoegen"
    held_children: int  # laptop records waiting with a visit that was deleted centrally


def _central_now(session: Session, c: VisitConflict) -> tuple[int | None, dict[str, Any] | None]:
    entity = SYNC_BY_TABLE[c.entity]
    key = c.central_id or c.entity_id
    rows = fetch_rows(session.connection(), entity, ids=[key])
    found = rows.get(str(key))
    return (found[0], found[1]) if found else (None, None)


def describe_value(session: Session, field: str, value: Any) -> str:
    """A field's value as a person reads it: names for ids, Dutch dates and labels."""
    if value is None or value == "":
        return "—"
    if field == "verdict":
        return R.VERDICT_LABELS.get(value, value)
    if field == "status":
        return R.STATUS_LABELS.get(value, value)
    if field == "visit_type":
        return R.VISIT_TYPE_LABELS.get(value, value)
    if field.endswith("_on") and isinstance(value, str):
        try:
            return f"{date.fromisoformat(value):%d/%m/%Y}"
        except ValueError:
            return value
    if field in ("dossier_id", "follow_up_dossier_id"):
        ref = session.scalar(select(Dossier.reference).where(Dossier.id == uuid.UUID(value)))
        return ref or value
    if field == "user_id":
        name = session.scalar(select(User.display_name).where(User.id == uuid.UUID(value)))
        return name or value
    if field == "visit_id":
        ref = session.scalar(select(Visit.reference).where(Visit.id == uuid.UUID(value)))
        return ref or value
    return str(value)


def _strip(data: dict[str, Any] | None) -> dict[str, Any]:
    return {k: v for k, v in (data or {}).items() if not k.startswith("_")}


def conflict_detail(ctx: AppContext, conflict_id: str) -> ConflictDetail:
    with ctx.uow() as uow:
        s = uow.session
        c = _load(s, conflict_id)
        entity = SYNC_BY_TABLE[c.entity]
        central_version, central = _central_now(s, c)
        laptop = _strip(c.laptop)
        base = _strip(c.base)
        changes = R.field_changes(entity.fields, base or None, laptop or None, central)
        fields = tuple(
            ConflictField(
                ch.field,
                FIELD_LABELS.get(ch.field, ch.field),
                describe_value(s, ch.field, ch.base) if c.base is not None else "",
                describe_value(s, ch.field, ch.laptop) if c.laptop is not None else N_("(verwijderd)"),
                describe_value(s, ch.field, ch.central) if central is not None else N_("(verwijderd)"),
                (ch.laptop if c.laptop is not None else None)
                != (ch.central if central is not None else None),
            )
            for ch in changes
        )
        differences: tuple[FieldDifference, ...] = ()
        if c.laptop is not None and central is not None:
            differences = tuple(field_differences(SimpleNamespace(**central), laptop))
        held = sum(len(rows) for rows in _children(c).values())
        return ConflictDetail(
            id=str(c.id),
            version=c.version,
            kind=c.kind,
            kind_label=KIND_LABELS.get(c.kind, c.kind),
            entity=c.entity,
            label=c.label,
            laptop_user=display_name(s, c.laptop_user) or c.laptop_user,
            detected_at=local_time(c.detected_at) or "",
            laptop_deleted=c.laptop is None,
            central_deleted=central is None,
            central_version=central_version,
            fields=fields,
            differences=differences,
            laptop_values=laptop,
            central_values=central or {},
            suggested=R.suggested_merge(changes),
            held_children=held,
        )


def _children(c: VisitConflict) -> dict[str, list[dict[str, Any]]]:
    """The laptop records that waited with a visit deleted centrally (edit/delete of a visit)."""
    held = (c.laptop or {}).get("_children")
    return cast(dict[str, list[dict[str, Any]]], held) if isinstance(held, dict) else {}


def _load(session: Session, conflict_id: str) -> VisitConflict:
    c = session.get(VisitConflict, to_uuid(conflict_id, N_("Conflict")))
    if c is None:
        raise NotFoundError(N_("Dit conflict bestaat niet (meer)."))
    return c


def _typed(table: str, data: dict[str, Any]) -> dict[str, Any]:
    columns = Base.metadata.tables[table].c
    return {k: typed(columns[k].type, v) for k, v in data.items() if k in columns and not k.startswith("_")}


def _recreate(session: Session, table: str, entity_id: uuid.UUID, data: dict[str, Any]) -> Any:
    entity = SYNC_BY_TABLE[table]
    values = _typed(table, {f: data.get(f) for f in entity.fields})
    if entity.blob:
        encoded = data.get("_content")
        if not encoded:
            raise BadInputError(N_("De inhoud van deze bijlage ontbreekt; ze kan niet teruggezet worden."))
        values[entity.blob] = base64.b64decode(encoded)
    row = model_of(table)(id=entity_id, **values)
    session.add(row)
    session.flush()
    if table == "visit_actions":
        sync_action_term(session, row)
    return row


def resolve_conflict(
    ctx: AppContext,
    conflict_id: str,
    choice: str,
    *,
    expected_version: int,
    central_version: int | None,
    merged: dict[str, Any] | None = None,
) -> Changes:
    """Keep the laptop's version, the central one, or a merge (`merged`: field → plain value).

    `central_version` is the version of the central record the person saw (ConflictDetail);
    if it changed since, the resolution is refused with the differences, nothing stored.
    """
    _require_resolver(ctx)
    require_online(ctx, N_("Een conflict oplossen"))
    if choice not in CHOICES:
        raise BadInputError(N_("kies laptop, centraal of samenvoegen (niet '{c}').").format(c=choice))
    with ctx.uow(write=True) as uow:
        s = uow.session
        c = _load(s, conflict_id)
        check_version(
            s, c, expected_version=expected_version, entity="visit_conflict", label=c.label, mine={}
        )
        if c.status != "open":
            raise BadInputError(N_("Dit conflict werd al opgelost."))
        entity = SYNC_BY_TABLE[c.entity]
        model = model_of(c.entity)
        target_id = c.central_id or c.entity_id
        row = s.get(model, target_id)
        if row is not None and central_version is not None:
            check_version(
                s,
                row,
                expected_version=central_version,
                entity=c.entity,
                label=c.label,
                mine=_strip(c.laptop),
            )
        elif (row is None) != (central_version is None):
            raise BadInputError(N_("De centrale versie veranderde intussen; bekijk het conflict opnieuw."))
        values: dict[str, Any] | None
        if choice == "central":
            values = None
        elif choice == "laptop":
            values = None if c.laptop is None else {f: c.laptop.get(f) for f in entity.fields}
        else:
            if merged is None:
                raise BadInputError(N_("Geef de samengevoegde waarden."))
            unknown = set(merged) - set(entity.fields)
            if unknown:
                raise BadInputError(N_("Onbekende velden: {f}.").format(f=", ".join(sorted(unknown))))
            now = fetch_rows(s.connection(), entity, ids=[target_id]).get(str(target_id))
            start = _strip(c.laptop) or (now[1] if now else {})
            values = {f: merged.get(f, start.get(f)) for f in entity.fields}
        dossiers: set[str] = set()
        if choice != "central":
            if values is None:  # the laptop deleted it
                if row is not None:
                    if c.entity == "visit_actions":
                        drop_action_term(s, row.id)
                    bury(s, ctx, row)
            elif row is None:  # central deleted it: bring it back (with what waited for it)
                _recreate(s, c.entity, c.entity_id, {**(c.laptop or {}), **values})
                for table, rows in _children(c).items():
                    for child in rows:
                        _recreate(s, table, uuid.UUID(child["id"]), child)
            else:
                for name, value in _typed(c.entity, values).items():
                    if name in ("visit_id", "item_key") and getattr(row, name) != value:
                        continue  # a record stays where it is
                    setattr(row, name, value)
                s.flush()
                if c.entity == "visit_actions":
                    sync_action_term(s, row)
            for name in ("dossier_id", "follow_up_dossier_id"):
                value = (values or {}).get(name)
                if value:
                    dossiers.add(str(value))
        c.status = "opgelost"
        c.resolution = choice
        c.resolved_by = ctx.user.login
        c.resolved_at = ctx.clock.now()
        uow.commit()
    return Changes.of("visit", "conflicts", "terms", dossier_ids=sorted(dossiers))
