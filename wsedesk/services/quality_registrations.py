"""Quality registrations (QR-2): record the proof a provider's registration rests on, and change it.

Recording may also open the QR dossier that validates the registration (QR-4: 40 days from its
submission). A change goes through the one version check (services/conflicts.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsedesk.errors import BadInputError, NotFoundError
from wsedesk.i18n import N_
from wsedesk.models import AuditOrganisation, Organisation, QualityLabel, QualityRegistration
from wsedesk.services.changes import Changes
from wsedesk.services.conflicts import check_version, conflict_on_stale_commit
from wsedesk.services.dossiers import new_dossier
from wsedesk.services.fields import check_editable
from wsedesk.services.organisations import SavedRecord
from wsedesk.services.reference_lists import check_route
from wsedesk.services.terms import open_initial_terms
from wsedesk.services.timeline import add_event

if TYPE_CHECKING:
    from wsedesk.context import AppContext

QR_INTAKE_EVENT = N_("Aanvraag kwaliteitsregistratie geregistreerd")
_NOT_FOUND = N_("Deze kwaliteitsregistratie bestaat niet (meer).")

AREA_COLUMNS = {
    "klantgerichtheid": "area_klantgerichtheid",
    "personeelsbeheer": "area_personeelsbeheer",
    "financieel_beheer": "area_financieel_beheer",
}
#: How a form's ja / nee / onbekend per quality area is stored.
TRI = {"ja": True, "nee": False, "onbekend": None}


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
        _check_label(s, route, label_id)
        audit_org = None
        if audit_organisation_id:
            audit_org = s.get(AuditOrganisation, uuid.UUID(audit_organisation_id))
            if audit_org is None:
                raise NotFoundError(N_("Deze auditorganisatie staat niet (meer) in het register."))
        dossier = None
        if open_dossier_on is not None:
            dossier = new_dossier(s, "QR", org, open_dossier_on, N_("Kwaliteitsregistratie"))
            event = add_event(
                s, ctx, dossier, open_dossier_on, "ingediend", QR_INTAKE_EVENT, {"rule": "QR-2"}
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
        stored_id = row.id
        with conflict_on_stale_commit(
            s, lambda: s.get(QualityRegistration, stored_id), **conflict, not_found=_NOT_FOUND
        ):
            uow.commit()
    return Changes(ids, frozenset({"quality_registration"}))


__all__ = [
    "AREA_COLUMNS",
    "REGISTRATION_FIELDS",
    "TRI",
    "record_quality_registration",
    "update_quality_registration",
]
