"""The reference lists of Beheer: the catalogue of accepted quality proofs (QR-2) and the audit register (QR-3).

The checks read both (`reference_data_for`, with the configurable terms and the calendar); a
team lead keeps them. Both lists save the same way: the fields are checked, a change goes
through the one version check (services/conflicts.py) and the save says what changed.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wsedesk.errors import BadInputError, PermissionDeniedError
from wsedesk.i18n import N_
from wsedesk.models import AuditOrganisation, QualityLabel, QualityLabelPublication, TermSetting
from wsedesk.rules import quality as Q
from wsedesk.rules.identifiers import format_enterprise_number
from wsedesk.rules.json_ready import iso
from wsedesk.rules.quality_reference import PROOF_ROUTES
from wsedesk.rules.roles import Role
from wsedesk.services.changes import Changes
from wsedesk.services.conflicts import check_version, conflict_on_stale_commit, set_changed
from wsedesk.services.fields import kbo_number, required_text, stored_row
from wsedesk.services.organisations import DuplicateRecordError, SavedRecord
from wsedesk.services.terms import calendar_for

if TYPE_CHECKING:
    from wsedesk.context import AppContext

REFERENCE_EDIT_ROLE = Role.TEAMVERANTWOORDELIJKE
BEHEER_PUBLICATION_ID = "Beheer"


# --- the label catalogue (QR-2) and the reference data of the checks -------------------------------


def label_catalogue(session: Session) -> Q.LabelCatalogue:
    """The accepted list as stored (Beheer may have changed it); the shipped file if the table is empty."""
    pubs = list(
        session.scalars(select(QualityLabelPublication).order_by(QualityLabelPublication.published_on))
    )
    labels = list(
        session.scalars(select(QualityLabel).order_by(QualityLabel.label_id, QualityLabel.valid_from))
    )
    if not pubs or not labels:
        return Q.load_label_catalogue()
    data = {
        "publications": [
            {
                "id": p.publication_id,
                "title": p.title,
                "published_on": p.published_on.isoformat(),
                "seed": p.seed,
            }
            for p in pubs
        ],
        "labels": [
            {
                "id": lab.label_id,
                "name": lab.name,
                "route": lab.route,
                "areas": list(lab.areas),
                "publication": lab.publication_id,
                "valid_from": lab.valid_from.isoformat(),
                "valid_until": iso(lab.valid_until),
                "ended_by": lab.ended_by,
                "aliases": list(lab.aliases),
                "seed": lab.seed,
                "note": lab.note,
            }
            for lab in labels
        ],
    }
    return Q.LabelCatalogue.from_data(data)


def label_catalogue_version(ctx: AppContext) -> str | None:
    """The newest publication of the accepted list (the catalogue version the checks cite)."""
    with ctx.uow() as uow:
        catalogue = label_catalogue(uow.session)
    return catalogue.publications[-1].id if catalogue.publications else None


def sync_label_catalogue(ctx: AppContext) -> int:
    """Add the publications and entries of the shipped list that the database lacks; returns how many.

    Migration 0005 stores the list as shipped then; a later release that adds a publication to
    `quality-labels.json` brings it in with this call. An entry an administrator changed is
    never overwritten (entries are matched by id and start date).
    """
    shipped = Q.load_label_catalogue()
    added = 0
    with ctx.uow(write=True) as uow:
        s = uow.session
        have_pubs = set(s.scalars(select(QualityLabelPublication.publication_id)))
        for pub in shipped.publications:
            if pub.id not in have_pubs:
                s.add(
                    QualityLabelPublication(
                        publication_id=pub.id, title=pub.title, published_on=pub.published_on, seed=pub.seed
                    )
                )
                added += 1
        s.flush()
        have = {(r[0], r[1]) for r in s.execute(select(QualityLabel.label_id, QualityLabel.valid_from))}
        for entry in shipped.entries:
            if (entry.id, entry.valid_from) in have:
                continue
            s.add(
                QualityLabel(
                    label_id=entry.id,
                    name=entry.name,
                    route=entry.route,
                    areas=sorted(entry.areas, key=Q.AREAS.index),
                    publication_id=entry.publication,
                    valid_from=entry.valid_from,
                    valid_until=entry.valid_until,
                    ended_by=entry.ended_by,
                    aliases=list(entry.aliases),
                    note=entry.note,
                    seed=entry.seed,
                )
            )
            added += 1
        uow.commit()
    return added


def _audit_organisations(session: Session) -> dict[str, Q.AuditOrganisation]:
    return {
        str(r.id): Q.AuditOrganisation(
            id=str(r.id),
            name=r.name,
            declaration_filed_on=r.declaration_filed_on,
            valid_until=r.valid_until,
            auditors_are_providers=r.auditors_are_providers,
        )
        for r in session.scalars(select(AuditOrganisation))
    }


# Which stored term setting overrides which figure of rule-settings.json (the configurable terms).
_TERM_SETTING_KEYS = {"QR-5": "reconsideration_days", "QR-6": "response_days"}


def reference_data_for(session: Session) -> Q.ReferenceData:
    """Reference data for the checks: the stored catalogue, audit register, term settings and calendar."""
    overrides: dict[str, dict[str, object]] = {}
    for row in session.scalars(select(TermSetting).where(TermSetting.term_id.in_(_TERM_SETTING_KEYS))):
        overrides[row.term_id] = {_TERM_SETTING_KEYS[row.term_id]: row.days}
    base = Q.load_reference_data(_audit_organisations(session), settings_overrides=overrides or None)
    return replace(base, catalogue=label_catalogue(session), calendar=calendar_for(session))


# --- what Beheer shows ---------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelView:
    """One window of an accepted quality proof, as Beheer shows it. `id` is the row's own id
    (what `save_quality_label` takes as `label_id`); `catalogue_id` is the id registrations use."""

    id: str
    catalogue_id: str
    name: str
    route: str
    areas: tuple[str, ...]
    publication_id: str
    valid_from: date
    valid_until: date | None
    version: int
    updated_by: str


@dataclass(frozen=True)
class AuditOrganisationView:
    """One audit or assessment organisation of the register (QR-3), as Beheer shows it."""

    id: str
    name: str
    enterprise_number: str  # formatted, "" for a foreign body
    declaration_filed_on: date | None
    valid_until: date | None
    auditors_are_providers: bool | None
    version: int
    updated_by: str


def list_quality_labels(ctx: AppContext) -> list[LabelView]:
    """The stored catalogue of accepted quality proofs, by name then start date."""
    with ctx.uow() as uow:
        rows = uow.session.scalars(select(QualityLabel).order_by(QualityLabel.name, QualityLabel.valid_from))
        return [
            LabelView(
                id=str(r.id),
                catalogue_id=r.label_id,
                name=r.name,
                route=r.route,
                areas=tuple(a for a in Q.AREAS if a in r.areas),
                publication_id=r.publication_id,
                valid_from=r.valid_from,
                valid_until=r.valid_until,
                version=r.version,
                updated_by=r.updated_by,
            )
            for r in rows
        ]


def list_audit_organisations(ctx: AppContext) -> list[AuditOrganisationView]:
    """The register of audit and assessment organisations (QR-3), by name."""
    with ctx.uow() as uow:
        rows = uow.session.scalars(select(AuditOrganisation).order_by(AuditOrganisation.name))
        return [
            AuditOrganisationView(
                id=str(r.id),
                name=r.name,
                enterprise_number=format_enterprise_number(r.enterprise_number)
                if r.enterprise_number
                else "",
                declaration_filed_on=r.declaration_filed_on,
                valid_until=r.valid_until,
                auditors_are_providers=r.auditors_are_providers,
                version=r.version,
                updated_by=r.updated_by,
            )
            for r in rows
        ]


# --- Beheer: keeping the two lists -----------------------------------------------------------------


def _require_team_lead(ctx: AppContext, what: str) -> None:
    if not ctx.user.has(REFERENCE_EDIT_ROLE):
        raise PermissionDeniedError(N_("Enkel een teamverantwoordelijke past {w} aan.").format(w=what))


def check_route(route: str) -> str:
    """A proof route of QR-2 (label, audit, overheid, standaard_wse)."""
    if route not in PROOF_ROUTES:
        raise BadInputError(
            N_("onbekende route '{r}' (kies uit: {a}).").format(r=route, a=", ".join(PROOF_ROUTES)),
            where=N_("Route"),
        )
    return route


@dataclass(frozen=True)
class _ReferenceList:
    """What differs between the two lists when a row of one is saved."""

    model: type[QualityLabel] | type[AuditOrganisation]
    entity: str
    label: str
    not_found: str
    kind: str  # what Changes says changed


_LABELS = _ReferenceList(
    QualityLabel,
    "quality_labels",
    N_("Kwaliteitsbewijs"),
    N_("Dit kwaliteitsbewijs bestaat niet (meer)."),
    "quality_label",
)
_AUDIT_REGISTER = _ReferenceList(
    AuditOrganisation,
    "audit_organisations",
    N_("Auditorganisatie"),
    N_("Deze auditorganisatie bestaat niet (meer)."),
    "audit_organisation",
)


def _row_to_change(
    session: Session, what: _ReferenceList, record_id: str, expected_version: int, values: Mapping[str, Any]
) -> Any:
    """The stored row the user edited, refused when it is gone or someone saved it since."""
    row = stored_row(session, what.model, record_id, what.not_found)
    check_version(
        session, row, expected_version=expected_version, mine=values, entity=what.entity, label=what.label
    )
    return row


def _commit_row(
    uow: Any, what: _ReferenceList, row: Any, expected_version: int, values: Mapping[str, Any]
) -> str:
    """Set the values that differ and commit; a save that lost the race is a ConflictError."""
    s = uow.session
    set_changed(row, values)
    stored_id = row.id  # None for a new row until it is flushed; only a stored row can be stale
    with conflict_on_stale_commit(
        s,
        lambda: s.get(what.model, stored_id),
        expected_version=expected_version,
        mine=values,
        not_found=what.not_found,
        entity=what.entity,
        label=what.label,
    ):
        s.flush()
        saved_id = str(row.id)
        uow.commit()
    return saved_id


def _catalogue_slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:50]
    return slug or "label"


def free_catalogue_id(session: Session, name: str) -> str:
    """A catalogue id made from `name` ("iso-9001") that no entry uses yet."""
    slug = base = _catalogue_slug(name)
    taken = set(session.scalars(select(QualityLabel.label_id).where(QualityLabel.label_id.like(f"{base}%"))))
    n = 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def same_name_label(session: Session, name: str, other_than: str | None = None) -> QualityLabel | None:
    """An entry with this name (case-insensitive) under another catalogue id than `other_than`."""
    stmt = select(QualityLabel).where(func.lower(QualityLabel.name) == name.lower())
    if other_than is not None:
        stmt = stmt.where(QualityLabel.label_id != other_than)
    return session.scalars(stmt).first()


def _new_label(session: Session, ctx: AppContext, values: Mapping[str, Any]) -> QualityLabel:
    """A new entry: a catalogue id made from its name, in the latest publication."""
    slug = free_catalogue_id(session, values["name"])
    publication = session.scalars(
        select(QualityLabelPublication).order_by(QualityLabelPublication.published_on.desc())
    ).first()
    if publication is None:
        publication = QualityLabelPublication(
            publication_id=BEHEER_PUBLICATION_ID,
            title=N_("Aangepast in Beheer"),
            published_on=ctx.clock.today(),
        )
        session.add(publication)
        session.flush()
    row = QualityLabel(label_id=slug, publication_id=publication.publication_id, **values)
    session.add(row)
    return row


def save_quality_label(
    ctx: AppContext,
    *,
    label_id: str | None,
    name: str,
    route: str,
    areas: Mapping[str, bool],
    valid_from: date | None,
    valid_until: date | None,
    expected_version: int | None,
) -> SavedRecord:
    """Add (`label_id` None) or change (`label_id` = the row's id) one entry of the accepted list.

    Team lead only. `areas` maps klantgerichtheid / personeelsbeheer / financieel_beheer to
    whether the proof covers it (QR-1). A change needs the `expected_version` the user loaded;
    a stale one is refused with ConflictError. A new entry gets a catalogue id made from its
    name and belongs to the latest publication. Returns the row's id (and catalogue id).
    """
    _require_team_lead(ctx, N_("de lijst van kwaliteitsbewijzen"))
    label_name = required_text(name, N_("Naam"), limit=200)
    check_route(route)
    unknown = set(areas) - set(Q.AREAS)
    if unknown:
        raise BadInputError(
            N_("onbekend domein: {a}.").format(a=", ".join(sorted(unknown))), where=N_("Domeinen")
        )
    covered = [a for a in Q.AREAS if areas.get(a)]
    if valid_from is None:
        raise BadInputError(N_("vul dit in."), where=N_("Geldig vanaf"))
    if valid_until is not None and valid_until < valid_from:
        raise BadInputError(N_("de einddatum ligt vóór de begindatum."), where=N_("Geldig tot"))
    if label_id is not None and expected_version is None:
        raise ValueError("changing a quality label needs the expected_version")
    values = {
        "name": label_name,
        "route": route,
        "areas": covered,
        "valid_from": valid_from,
        "valid_until": valid_until,
    }
    with ctx.uow(write=True) as uow:
        s = uow.session
        row: QualityLabel | None = None
        if label_id is not None:
            assert expected_version is not None
            row = _row_to_change(s, _LABELS, label_id, expected_version, values)
        # The same name under another catalogue id would make two proofs indistinguishable.
        clash = same_name_label(s, label_name, row.label_id if row is not None else None)
        if clash is not None:
            raise BadInputError(
                N_("er staat al een kwaliteitsbewijs met deze naam op de lijst ({i}).").format(
                    i=clash.label_id
                ),
                where=N_("Naam"),
            )
        if row is None:
            row = _new_label(s, ctx, values)
        catalogue_id = row.label_id
        try:
            saved_id = _commit_row(uow, _LABELS, row, expected_version or 0, values)
        except IntegrityError:
            raise BadInputError(
                N_("dit kwaliteitsbewijs begint al op deze datum."), where=N_("Geldig vanaf")
            ) from None
    return SavedRecord(saved_id, label_name, catalogue_id, Changes.of(_LABELS.kind))


def _audit_values(
    name: str,
    enterprise_number: str | None,
    declaration_filed_on: date | None,
    valid_until: date | None,
    auditors_are_providers: bool | None,
) -> dict[str, Any]:
    """An audit organisation's fields as stored, checked (QR-3)."""
    org_name = required_text(name, N_("Naam"))
    number = kbo_number(enterprise_number, N_("Ondernemingsnummer")) if enterprise_number else None
    if declaration_filed_on and valid_until and valid_until < declaration_filed_on:
        raise BadInputError(
            N_("de einddatum ligt vóór de indiening van de verklaring."), where=N_("Geldig tot")
        )
    return {
        "name": org_name,
        "enterprise_number": number,
        "declaration_filed_on": declaration_filed_on,
        "valid_until": valid_until,
        "auditors_are_providers": auditors_are_providers,
    }


def _same_number(session: Session, number: str | None, other_than: uuid.UUID | None = None) -> str | None:
    """The message for an audit organisation that already has this KBO number (None: the number is free)."""
    if number is None:
        return None
    stmt = select(AuditOrganisation).where(AuditOrganisation.enterprise_number == number)
    if other_than is not None:
        stmt = stmt.where(AuditOrganisation.id != other_than)
    existing = session.scalar(stmt)
    if existing is None:
        return None
    return N_("Er bestaat al een auditorganisatie met ondernemingsnummer {n}: {o}.").format(
        n=format_enterprise_number(number), o=existing.name
    )


def register_audit_organisation(
    ctx: AppContext,
    *,
    name: str,
    enterprise_number: str | None = None,
    declaration_filed_on: date | None = None,
    valid_until: date | None = None,
    auditors_are_providers: bool | None = None,
) -> SavedRecord:
    """An audit or assessment organisation in the department's register (QR-3)."""
    values = _audit_values(name, enterprise_number, declaration_filed_on, valid_until, auditors_are_providers)
    number = values["enterprise_number"]
    with ctx.uow(write=True) as uow:
        s = uow.session
        duplicate = _same_number(s, number)
        if duplicate is not None:
            existing = s.scalar(
                select(AuditOrganisation).where(AuditOrganisation.enterprise_number == number)
            )
            assert existing is not None
            raise DuplicateRecordError(
                duplicate,
                entity=_AUDIT_REGISTER.entity,
                existing_id=str(existing.id),
                name=existing.name,
                number=format_enterprise_number(number),
            )
        row = AuditOrganisation(**values)
        s.add(row)
        s.flush()
        saved_id = str(row.id)
        uow.commit()
    return SavedRecord(
        saved_id,
        values["name"],
        format_enterprise_number(number) if number else "",
        Changes.of(_AUDIT_REGISTER.kind),
    )


def save_audit_organisation(
    ctx: AppContext,
    *,
    organisation_id: str | None,
    name: str,
    enterprise_number: str | None = None,
    declaration_filed_on: date | None = None,
    valid_until: date | None = None,
    auditors_are_providers: bool | None = None,
    expected_version: int | None = None,
) -> SavedRecord:
    """Add (`organisation_id` None) or change an audit or assessment organisation (QR-3).

    Team lead only; a change needs `expected_version` (stale → ConflictError).
    """
    _require_team_lead(ctx, N_("het register van audit- en beoordelingsorganisaties"))
    if organisation_id is None:
        return register_audit_organisation(
            ctx,
            name=name,
            enterprise_number=enterprise_number,
            declaration_filed_on=declaration_filed_on,
            valid_until=valid_until,
            auditors_are_providers=auditors_are_providers,
        )
    if expected_version is None:
        raise ValueError("changing an audit organisation needs the expected_version")
    values = _audit_values(name, enterprise_number, declaration_filed_on, valid_until, auditors_are_providers)
    with ctx.uow(write=True) as uow:
        s = uow.session
        row = _row_to_change(s, _AUDIT_REGISTER, organisation_id, expected_version, values)
        duplicate = _same_number(s, values["enterprise_number"], other_than=row.id)
        if duplicate is not None:
            raise BadInputError(duplicate, where=N_("Ondernemingsnummer"))
        saved_id = _commit_row(uow, _AUDIT_REGISTER, row, expected_version, values)
    return SavedRecord(
        saved_id,
        values["name"],
        format_enterprise_number(values["enterprise_number"]) if values["enterprise_number"] else "",
        Changes.of(_AUDIT_REGISTER.kind),
    )


__all__ = [
    "BEHEER_PUBLICATION_ID",
    "REFERENCE_EDIT_ROLE",
    "AuditOrganisationView",
    "LabelView",
    "check_route",
    "free_catalogue_id",
    "label_catalogue",
    "label_catalogue_version",
    "list_audit_organisations",
    "list_quality_labels",
    "reference_data_for",
    "register_audit_organisation",
    "same_name_label",
    "save_audit_organisation",
    "save_quality_label",
    "sync_label_catalogue",
]
