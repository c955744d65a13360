"""An organisation's life after registration: close it, reopen it, close an establishment, merge a duplicate.

Nothing here deletes: a closed organisation keeps its dossiers, and a merged duplicate stays
as a closed record that points at the organisation it was merged into (`merged_into_id`), so
its KBO number still finds the right one. A merge moves every row that refers to the duplicate —
dossiers, establishments, quality registrations, persons, reports, and any table added later
that refers to `organisations.id` — through the ORM, so the audit trail holds each move; each
moved dossier's timeline says so. Every change goes through the one version check.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wsedesk.errors import BadInputError, PermissionDeniedError
from wsedesk.i18n import N_
from wsedesk.models import Dossier, Establishment, Organisation
from wsedesk.models.base import Base
from wsedesk.rules.identifiers import format_enterprise_number
from wsedesk.rules.roles import OFFICER_ROLES
from wsedesk.services.changes import Changes
from wsedesk.services.conflicts import check_version, set_changed
from wsedesk.services.organisations import ESTABLISHMENTS, ORGANISATION_FIELDS, ORGANISATIONS, R, RecordKind
from wsedesk.services.timeline import add_event
from wsedesk.storage import audit

if TYPE_CHECKING:
    from wsedesk.context import AppContext

MERGE_EVENT = "organisatie_samengevoegd"


def _require_officer(ctx: AppContext, what: str) -> None:
    if not ctx.user.roles & OFFICER_ROLES:
        raise PermissionDeniedError(
            N_("Enkel een dossierbehandelaar of teamverantwoordelijke {w}.").format(w=what)
        )


def _check_day(ctx: AppContext, on: date, where: str) -> None:
    if on > ctx.clock.today():
        raise BadInputError(N_("de datum ligt in de toekomst."), where=where)


def _to_change(
    session: Session, kind: RecordKind[R], record_id: str, expected_version: int, mine: dict[str, Any]
) -> tuple[R, dict[str, Any]]:
    """The record a user changes, and how a conflict on it is told: stale (or a merged organisation) is refused."""
    row = kind.stored(session, record_id)
    conflict = kind.conflict(row, expected_version, mine)
    check_version(session, row, **conflict)
    if isinstance(row, Organisation):
        _refuse_merged(session, row)
    return row, conflict


def _refuse_merged(session: Session, org: Organisation) -> None:
    if org.merged_into_id is not None:
        kept = session.get(Organisation, org.merged_into_id)
        raise BadInputError(
            N_("{o} werd al samengevoegd met {k}.").format(o=org.name, k=kept.name if kept else "?")
        )


def close_organisation(ctx: AppContext, organisation_id: str, *, on: date, expected_version: int) -> Changes:
    """Close an organisation on `on` (its last active day) with its open establishments.

    Refused while it has open dossiers (they are named): end those first. A closed organisation
    and its dossiers stay; nothing is deleted.
    """
    _require_officer(ctx, N_("sluit een organisatie af"))
    _check_day(ctx, on, N_("Afgesloten op"))
    mine = {"closed_on": on}
    with ctx.uow(write=True) as uow:
        s = uow.session
        org, conflict = _to_change(s, ORGANISATIONS, organisation_id, expected_version, mine)
        if org.closed_on is not None:
            raise BadInputError(N_("{o} is al afgesloten.").format(o=org.name))
        open_refs = list(
            s.scalars(
                select(Dossier.reference)
                .where(Dossier.organisation_id == org.id, Dossier.closed.is_(False))
                .order_by(Dossier.reference)
            )
        )
        if open_refs:
            raise BadInputError(
                N_("{o} heeft nog {n} open dossier(s): {r}. Sluit die eerst af.").format(
                    o=org.name,
                    n=len(open_refs),
                    r=", ".join(open_refs[:10]) + (" …" if len(open_refs) > 10 else ""),
                )
            )
        org.closed_on = on
        for est in s.scalars(
            select(Establishment).where(
                Establishment.organisation_id == org.id, Establishment.closed_on.is_(None)
            )
        ):
            est.closed_on = on
        ORGANISATIONS.commit(uow, org, conflict)
    return Changes.of("organisation")


def reopen_organisation(ctx: AppContext, organisation_id: str, *, expected_version: int) -> Changes:
    """Undo a closure (e.g. closed by mistake); a merged duplicate stays closed."""
    _require_officer(ctx, N_("heropent een organisatie"))
    mine: dict[str, Any] = {"closed_on": None}
    with ctx.uow(write=True) as uow:
        s = uow.session
        org, conflict = _to_change(s, ORGANISATIONS, organisation_id, expected_version, mine)
        if org.closed_on is None:
            raise BadInputError(N_("{o} is niet afgesloten.").format(o=org.name))
        org.closed_on = None
        ORGANISATIONS.commit(uow, org, conflict)
    return Changes.of("organisation")


def close_establishment(
    ctx: AppContext, establishment_id: str, *, on: date, expected_version: int
) -> Changes:
    """Close one establishment (vestiging) on `on`; it stays on record."""
    _require_officer(ctx, N_("sluit een vestiging af"))
    _check_day(ctx, on, N_("Afgesloten op"))
    with ctx.uow(write=True) as uow:
        est, conflict = _to_change(
            uow.session, ESTABLISHMENTS, establishment_id, expected_version, {"closed_on": on}
        )
        if est.closed_on is not None:
            raise BadInputError(N_("De vestiging {v} is al afgesloten.").format(v=est.name))
        est.closed_on = on
        ESTABLISHMENTS.commit(uow, est, conflict)
    return Changes.of("organisation")


# --- merging a duplicate ---------------------------------------------------------------------


def referring_columns() -> list[tuple[type[Any], str]]:
    """(mapped class, attribute) of every column that refers to an organisation, bar `merged_into_id`.

    Read from the models, so a table added later (site visits, …) is moved by a merge too.
    """
    found: list[tuple[type[Any], str]] = []
    for mapper in sorted(Base.registry.mappers, key=lambda m: m.class_.__name__):
        for attr in mapper.column_attrs:
            for col in attr.columns:
                if not isinstance(col, Column) or (
                    mapper.class_ is Organisation and attr.key == "merged_into_id"
                ):
                    continue
                if any(fk.column.table.name == "organisations" for fk in col.foreign_keys):
                    found.append((mapper.class_, attr.key))
    return found


@dataclass(frozen=True)
class MergeResult:
    """What a merge moved, per kind of record (the table's audit label), and what changed."""

    kept_id: str
    moved: dict[str, int]
    dossier_ids: tuple[str, ...]
    changes: Changes = field(default_factory=Changes)


def merge_organisations(
    ctx: AppContext,
    keep_id: str,
    duplicate_id: str,
    *,
    on: date,
    keep_version: int,
    duplicate_version: int,
    take_fields: Iterable[str] = (),
) -> MergeResult:
    """Merge a duplicate record into the organisation that is kept.

    Everything that refers to the duplicate moves to the kept organisation; `take_fields`
    (ORGANISATION_FIELDS) are copied from the duplicate onto the kept one (the merge dialog's
    choices). The duplicate is closed on `on` and points at the kept one. Both versions are
    checked; all or nothing.
    """
    _require_officer(ctx, N_("voegt organisaties samen"))
    _check_day(ctx, on, N_("Samengevoegd op"))
    take = tuple(take_fields)
    unknown = set(take) - set(ORGANISATION_FIELDS)
    if unknown:
        raise BadInputError(
            N_("Deze velden kunnen niet overgenomen worden: {f}.").format(f=", ".join(sorted(unknown)))
        )
    if str(keep_id) == str(duplicate_id):
        raise BadInputError(N_("Kies twee verschillende organisaties om samen te voegen."))
    with ctx.uow(write=True) as uow:
        s = uow.session
        keep = ORGANISATIONS.stored(s, keep_id)
        dup = ORGANISATIONS.stored(s, duplicate_id)
        kept_values = {k: getattr(dup, k) for k in take}
        check_version(s, keep, **ORGANISATIONS.conflict(keep, keep_version, kept_values))
        check_version(
            s, dup, **ORGANISATIONS.conflict(dup, duplicate_version, {"merged_into_id": str(keep.id)})
        )
        _refuse_merged(s, keep)
        _refuse_merged(s, dup)
        moved: dict[str, int] = {}
        dossier_ids: list[str] = []
        for cls, attr in referring_columns():
            rows = list(s.scalars(select(cls).where(getattr(cls, attr) == dup.id)))
            for row in rows:
                setattr(row, attr, keep.id)
            if rows:
                label = getattr(cls, "__audit_label__", "") or cls.__tablename__
                moved[label] = moved.get(label, 0) + len(rows)
                if cls is Dossier:
                    dossier_ids.extend(str(r.id) for r in rows)
                try:
                    s.flush()
                except IntegrityError:
                    raise BadInputError(
                        N_(
                            "De twee organisaties hebben elk een {t} die niet samen kunnen bestaan (bv. twee huidige "
                            "verslagen over hetzelfde jaar). Los dat eerst op; er werd niets samengevoegd."
                        ).format(t=label)
                    ) from None
        set_changed(keep, kept_values)
        dup.merged_into_id = keep.id
        dup.closed_on = dup.closed_on or on
        description = N_("Organisatie {d} ({dn}) samengevoegd met {k} ({kn})").format(
            d=dup.name,
            dn=format_enterprise_number(dup.enterprise_number),
            k=keep.name,
            kn=format_enterprise_number(keep.enterprise_number),
        )
        for dossier_id in dossier_ids:
            dossier = s.get(Dossier, uuid.UUID(dossier_id))
            assert dossier is not None
            add_event(
                s, ctx, dossier, on, MERGE_EVENT, description, {"from": str(dup.id), "to": str(keep.id)}
            )
        audit.record(
            s,
            "samenvoegen",
            "organisations",
            str(keep.id),
            {
                "samengevoegd": format_enterprise_number(dup.enterprise_number),
                "behouden": format_enterprise_number(keep.enterprise_number),
                "overgenomen_velden": list(take),
                "verplaatst": moved,
            },
        )
        kept = str(keep.id)
        ORGANISATIONS.commit(
            uow, dup, ORGANISATIONS.conflict(dup, duplicate_version, {"merged_into_id": kept})
        )
    return MergeResult(
        kept, moved, tuple(dossier_ids), Changes.of("organisation", "dossier", dossier_ids=dossier_ids)
    )


__all__ = [
    "MERGE_EVENT",
    "MergeResult",
    "close_establishment",
    "close_organisation",
    "merge_organisations",
    "referring_columns",
    "reopen_organisation",
]
