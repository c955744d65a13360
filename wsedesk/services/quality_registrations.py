"""Quality registrations (QR-2): record the proof a provider's registration rests on, and change it.

Recording may also open the QR dossier that validates the registration (QR-4: 40 days from its
submission). A change goes through the one version check (services/conflicts.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wsedesk.errors import BadInputError, NotFoundError
from wsedesk.i18n import N_
from wsedesk.importers.qr_json import SCHEMA_ID, QrApplication, QrReference, validate_registration
from wsedesk.models import (
    AuditOrganisation,
    Dossier,
    DossierTerm,
    Organisation,
    QualityLabel,
    QualityRegistration,
)
from wsedesk.rules.identifiers import format_enterprise_number
from wsedesk.services.changes import Changes
from wsedesk.services.checks import registration_valid_until
from wsedesk.services.conflicts import check_version, commit_versioned
from wsedesk.services.counter_intake import (
    ImportResult,
    arrival,
    contact_for,
    require_intake_role,
    retrying,
)
from wsedesk.services.dossiers import new_dossier
from wsedesk.services.fields import TRI, check_editable
from wsedesk.services.organisations import SavedRecord
from wsedesk.services.reference_lists import check_route, label_catalogue
from wsedesk.services.terms import open_initial_terms
from wsedesk.services.timeline import add_event

if TYPE_CHECKING:
    from wsedesk.context import AppContext

QR_INTAKE_EVENT = N_("Aanvraag kwaliteitsregistratie geregistreerd")
QR_COUNTER_EVENT = N_("Aanvraag kwaliteitsregistratie ontvangen via het e-loket")
#: States in which a registration is validated and its validity follows its proof (QR-7).
VALIDATED_STATES = frozenset({"gevalideerd", "schorsing_voorgenomen", "geschorst"})
_NOT_FOUND = N_("Deze kwaliteitsregistratie bestaat niet (meer).")

AREA_COLUMNS = {
    "klantgerichtheid": "area_klantgerichtheid",
    "personeelsbeheer": "area_personeelsbeheer",
    "financieel_beheer": "area_financieel_beheer",
}


def _check_label(session: Session, route: str, label_id: str | None) -> None:
    check_route(route)
    if label_id is None:
        return
    routes = set(session.scalars(select(QualityLabel.route).where(QualityLabel.label_id == label_id)))
    if not routes:
        raise BadInputError(
            N_("'{i}' staat niet in de lijst van kwaliteitsbewijzen.").format(i=label_id),
            where=N_("Kwaliteitsbewijs"),
        )
    if route not in routes:
        raise BadInputError(
            N_("'{i}' hoort bij route {r}, niet bij {x}.").format(
                i=label_id, r=", ".join(sorted(routes)), x=route
            ),
            where=N_("Kwaliteitsbewijs"),
        )


def record_quality_registration(
    ctx: AppContext,
    organisation_id: str,
    *,
    route: str,
    label_id: str | None = None,
    reference: str = "",
    issued_on: date | None = None,
    valid_until: date | None = None,
    withdrawn_on: date | None = None,
    audit_organisation_id: str | None = None,
    areas: Mapping[str, str] | None = None,
    provider_active_since: date | None = None,
    standaard_wse_earlier_uses: int | None = None,
    open_dossier_on: date | None = None,
) -> SavedRecord:
    """Record the proof a provider's quality registration rests on (QR-2); with `open_dossier_on`
    also open the QR dossier that validates it (QR-4: 40 days from that date)."""
    areas = dict(areas or {})
    for area, value in areas.items():
        if area not in AREA_COLUMNS or value not in TRI:
            raise BadInputError(
                N_("gebied '{a}' met waarde '{v}': verwacht {g} met ja, nee of onbekend.").format(
                    a=area, v=value, g=", ".join(AREA_COLUMNS)
                ),
                where=N_("Gebieden"),
            )
    if open_dossier_on and open_dossier_on > ctx.clock.today():
        raise BadInputError(N_("de datum ligt in de toekomst."), where=N_("Ingediend op"))
    with ctx.uow(write=True) as uow:
        s = uow.session
        org = s.get(Organisation, uuid.UUID(organisation_id))
        if org is None:
            raise NotFoundError(N_("Deze organisatie bestaat niet (meer)."))
        audit_org = None
        if audit_organisation_id:
            audit_org = s.get(AuditOrganisation, uuid.UUID(audit_organisation_id))
            if audit_org is None:
                raise NotFoundError(N_("Deze auditorganisatie staat niet (meer) in het register."))
        row, dossier = _add_registration(
            s,
            ctx,
            org,
            route=route,
            label_id=label_id,
            reference=reference,
            issued_on=issued_on,
            valid_until=valid_until,
            withdrawn_on=withdrawn_on,
            audit_org=audit_org,
            areas=areas,
            provider_active_since=provider_active_since,
            standaard_wse_earlier_uses=standaard_wse_earlier_uses,
            open_dossier_on=open_dossier_on,
        )
        result = SavedRecord(
            str(row.id),
            dossier.reference if dossier else (label_id or route),
            reference.strip(),
            Changes(
                frozenset({str(dossier.id)}) if dossier else frozenset(),
                frozenset({"quality_registration", "dossier"} if dossier else {"quality_registration"}),
            ),
        )
        uow.commit()
    return result


def _add_registration(
    s: Session,
    ctx: AppContext,
    org: Organisation,
    *,
    route: str,
    label_id: str | None,
    reference: str,
    issued_on: date | None,
    valid_until: date | None,
    withdrawn_on: date | None,
    audit_org: AuditOrganisation | None,
    areas: Mapping[str, str],
    provider_active_since: date | None,
    standaard_wse_earlier_uses: int | None,
    open_dossier_on: date | None,
    event_text: str = QR_INTAKE_EVENT,
    event_data: Mapping[str, Any] | None = None,
) -> tuple[QualityRegistration, Dossier | None]:
    """The registration row, and with `open_dossier_on` its QR dossier with the QR-4 term."""
    _check_label(s, route, label_id)
    if issued_on is not None and valid_until is not None and valid_until < issued_on:
        raise BadInputError(N_("de einddatum ligt vóór de uitreiking."), where=N_("Geldig tot"))
    dossier = None
    if open_dossier_on is not None:
        dossier = new_dossier(s, "QR", org, open_dossier_on, N_("Kwaliteitsregistratie"))
        event = add_event(
            s, ctx, dossier, open_dossier_on, "ingediend", event_text, {"rule": "QR-2", **(event_data or {})}
        )
        open_initial_terms(s, dossier, event)
    row = QualityRegistration(
        organisation_id=org.id,
        dossier_id=dossier.id if dossier else None,
        route=route,
        label_id=label_id,
        reference=reference.strip(),
        issued_on=issued_on,
        valid_until=valid_until,
        withdrawn_on=withdrawn_on,
        audit_organisation_id=audit_org.id if audit_org else None,
        provider_active_since=provider_active_since,
        standaard_wse_earlier_uses=standaard_wse_earlier_uses,
        **{AREA_COLUMNS[a]: v for a, v in areas.items()},
    )
    s.add(row)
    s.flush()
    return row, dossier


# Fields of a quality registration the officer may change after recording it.
REGISTRATION_FIELDS = (
    "label_id",
    "reference",
    "issued_on",
    "valid_until",
    "withdrawn_on",
    "audit_organisation_id",
    "area_klantgerichtheid",
    "area_personeelsbeheer",
    "area_financieel_beheer",
    "provider_active_since",
    "standaard_wse_earlier_uses",
    "standaard_wse_first_used_on",
)


def update_quality_registration(
    ctx: AppContext, registration_id: str, *, expected_version: int, changes: Mapping[str, Any]
) -> Changes:
    """Change a recorded registration (e.g. the proof was withdrawn at an interim audit, QR-7).

    Refused with ConflictError when someone saved it since `expected_version`.
    """
    check_editable(changes, REGISTRATION_FIELDS)
    with ctx.uow(write=True) as uow:
        s = uow.session
        row = s.get(QualityRegistration, uuid.UUID(registration_id))
        if row is None:
            raise NotFoundError(_NOT_FOUND)
        conflict: dict[str, Any] = {
            "expected_version": expected_version,
            "entity": "quality_registrations",
            "label": N_("Kwaliteitsregistratie"),
            "mine": changes,
        }
        check_version(s, row, **conflict)
        if "label_id" in changes:
            _check_label(s, row.route, changes["label_id"])
        for key, value in changes.items():
            if key.startswith("area_") and value not in TRI:
                raise BadInputError(N_("verwacht ja, nee of onbekend."), where=key)
            if key == "audit_organisation_id":
                value = uuid.UUID(str(value)) if value else None
            setattr(row, key, value)
        ids = frozenset({str(row.dossier_id)}) if row.dossier_id else frozenset()
        dossier = s.get(Dossier, row.dossier_id) if row.dossier_id else None
        if dossier is not None and dossier.status in VALIDATED_STATES:
            s.flush()
            dossier.valid_until = registration_valid_until(s, dossier)  # QR-7: it ends with its proof
        commit_versioned(uow, QualityRegistration, row, **conflict, not_found=_NOT_FOUND)
    return Changes(ids, frozenset({"quality_registration"}))


# --- from the online counter (wsedesk-qr/1, docs/qr-json.md) ---------------------------------------


def import_registration(ctx: AppContext, data: Mapping[str, Any] | object) -> ImportResult:
    """Store a quality registration of the online counter as a new QR dossier — all or nothing.

    On a problem nothing is stored and the result lists every problem by JSON path. On success:
    the organisation (found by KBO number, or created), its contact person, a QR dossier with
    the QR-4 term (40 days to decide), and the registration with its proof; the audit
    organisation is looked up in the register (QR-3) — an unknown one is a warning.
    """
    require_intake_role(ctx)
    with ctx.uow() as uow:
        catalogue = label_catalogue(uow.session)
    app, problems = validate_registration(
        data, today=ctx.clock.today(), reference=QrReference.shipped(catalogue=catalogue)
    )
    if app is None:
        return ImportResult(ok=False, problems=tuple(problems), schema=SCHEMA_ID)
    return retrying(lambda: _store_registration(ctx, app))


def _audit_organisation(
    session: Session, app: QrApplication, warnings: list[str]
) -> AuditOrganisation | None:
    named = app.proof.audit_organisation
    if named is None:
        return None
    stmt = select(AuditOrganisation)
    if named.enterprise_number:
        found = session.scalar(stmt.where(AuditOrganisation.enterprise_number == named.enterprise_number))
    else:
        found = session.scalars(stmt.where(func.lower(AuditOrganisation.name) == named.name.lower())).first()
    if found is None:
        number = f" ({format_enterprise_number(named.enterprise_number)})" if named.enterprise_number else ""
        warnings.append(
            N_(
                "De auditorganisatie '{n}'{k} staat niet in het register van audit- en assessmentorganisaties: "
                "QR-3 blijft onbekend tot ze daar staat (Beheer)."
            ).format(n=named.name, k=number)
        )
    return found


def _store_registration(ctx: AppContext, app: QrApplication) -> ImportResult:
    with ctx.uow(write=True) as uow:
        s = uow.session
        arrived = arrival(s, app, "QR", SCHEMA_ID)
        if isinstance(arrived, ImportResult):
            return arrived
        org = arrived.organisation
        contact_for(s, org, app.organisation.contact)
        proof = app.proof
        _row, dossier = _add_registration(
            s,
            ctx,
            org,
            route=proof.route,
            label_id=proof.label_id,
            reference=proof.reference,
            issued_on=proof.issued_on,
            valid_until=proof.valid_until,
            withdrawn_on=None,
            audit_org=_audit_organisation(s, app, arrived.warnings),
            areas=app.areas,
            provider_active_since=app.active_since,
            standaard_wse_earlier_uses=proof.standaard_wse_earlier_uses,
            open_dossier_on=app.submitted_on,
            event_text=QR_COUNTER_EVENT,
            event_data={"schema": app.schema, "source": "e-loket"},
        )
        assert dossier is not None
        due = s.scalar(
            select(DossierTerm.due_cache).where(
                DossierTerm.dossier_id == dossier.id, DossierTerm.term_id == "QR-4"
            )
        )
        result = arrived.stored(
            dossier,
            Changes.of(
                "dossier", "terms", "organisation", "quality_registration", dossier_ids=[str(dossier.id)]
            ),
            decision_due=due,
        )
        uow.commit()
    return result


__all__ = [
    "AREA_COLUMNS",
    "REGISTRATION_FIELDS",
    "TRI",
    "VALIDATED_STATES",
    "import_registration",
    "record_quality_registration",
    "update_quality_registration",
]
