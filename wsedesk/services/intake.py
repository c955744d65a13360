"""Intake use cases: organisations, the online counter's applications, the checks, providers, changes.

domain.md §2, §3.1 and §3.2.

- `register_organisation`, `add_establishment`, `register_audit_organisation`: a KBO or
  establishment number is stored once; a second record is refused with a pointer to the first.
- `validate_application` (pure: no database) and `import_application`: the JSON of the online
  counter (`docs/intake-json.md`, schema `wsedesk-intake/1`) becomes an organisation (found by
  KBO number or created), an ED dossier with its ED-4 term, the application, its supervisors,
  subcontractors and working area — all or nothing, every problem named by its JSON path.
- `facts_for_dossier` maps the stored rows onto the check engine's dataclasses;
  `check_dossier_findings` runs rules/quality.py on them with the database's reference data;
  `request_missing_information` turns selected "onbekend" findings into an information request
  that stops the clock (ED-5, T-3).
- `find_providers` / `export_providers`: which recognised providers serve a municipality (ED-13).
- `register_change`: a change that affects the conditions (ED-11, QR-7), the checks re-run, and
  a proposed transition when a condition now fails (never taken automatically).

National register numbers are shown masked; `reveal_national_number` is the only way to read one
in full, and every reveal is written to the audit trail (domain.md §2).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from stdnum.be import ssn as _ssn

from wsedesk.documents.xlsx_export import ExportSheet, write_xlsx
from wsedesk.errors import BadInputError, NotFoundError, PermissionDeniedError
from wsedesk.i18n import N_
from wsedesk.models import (
    AuditOrganisation,
    ConditionChange,
    Dossier,
    DossierEvent,
    DossierTerm,
    Establishment,
    Municipality,
    Organisation,
    OrganisationKind,
    Person,
    QualityLabel,
    QualityLabelPublication,
    QualityRegistration,
    RecognitionApplication,
    Subcontractor,
    Supervisor,
    TermSetting,
    WorkingArea,
)
from wsedesk.models import Suspension as SuspensionRow
from wsedesk.rules import quality as Q
from wsedesk.rules.identifiers import (
    IdentifierError,
    NationalNumber,
    format_enterprise_number,
    format_establishment_number,
    normalise_enterprise_number,
    normalise_establishment_number,
    parse_national_number,
)
from wsedesk.rules.quality_reference import FLANDERS_REGION, PROOF_ROUTES
from wsedesk.rules.roles import Role
from wsedesk.rules.terms import Suspension
from wsedesk.rules.workflows import DossierType, Transition, workflow_for
from wsedesk.services.changes import Changes
from wsedesk.services.conflicts import check_version, conflict_on_stale_commit
from wsedesk.services.reference import MunicipalityRef, municipalities, postal_codes_for
from wsedesk.services.terms import calendar_for, open_initial_terms, request_information
from wsedesk.services.timeline import add_event
from wsedesk.storage import audit
from wsedesk.storage.repositories import DossierRepository, make_reference

if TYPE_CHECKING:
    from wsedesk.context import AppContext

SCHEMA_ID = "wsedesk-intake/1"
INTAKE_EVENT = N_("Aanvraag ontvangen via het e-loket")
QR_INTAKE_EVENT = N_("Aanvraag kwaliteitsregistratie geregistreerd")
OFFICER_ROLES = frozenset({Role.DOSSIERBEHANDELAAR, Role.TEAMVERANTWOORDELIJKE})
FOLLOW_UP_ROLES = OFFICER_ROLES | {Role.PROJECTADVISEUR}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_POSTAL_CODE = re.compile(r"^[1-9][0-9]{3}$")
_MAX_TEXT = 20_000  # a motivation longer than this is not a motivation but a pasted document


# --- results and errors ------------------------------------------------------------------------


class DuplicateRecordError(BadInputError):
    """A record with this number exists already; `existing_id` points at it (the GUI opens it)."""

    def __init__(self, message: str, *, entity: str, existing_id: str, name: str, number: str) -> None:
        super().__init__(message)
        self.entity = entity
        self.existing_id = existing_id
        self.name = name
        self.number = number


@dataclass(frozen=True)
class Problem:
    """One problem in an imported document: its JSON path and a Dutch message."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message

    def as_dict(self) -> dict[str, str]:
        return {"path": self.path, "message": self.message, "text": str(self)}


@dataclass(frozen=True)
class SavedRecord:
    """What a register/add use case stored: its id, name and (formatted) number.

    For a quality registration `name` is the reference of the QR dossier it opened (or the
    label id when none was opened) and `number` the certificate number.
    """

    id: str
    name: str
    number: str
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True)
class ImportResult:
    """The outcome of `import_application`: either `ok` with the new dossier, or the problems."""

    ok: bool
    problems: tuple[Problem, ...] = ()
    reference: str | None = None
    dossier_id: str | None = None
    organisation_id: str | None = None
    organisation_created: bool = False
    admissibility_due: date | None = None  # ED-4: 7 days from the submission
    warnings: tuple[str, ...] = ()
    changes: Changes = field(default_factory=Changes)


# --- organisations and establishments ------------------------------------------------------------


def _duplicate_organisation(org: Organisation) -> DuplicateRecordError:
    number = format_enterprise_number(org.enterprise_number)
    return DuplicateRecordError(
        N_("Er bestaat al een organisatie met ondernemingsnummer {n}: {o}.").format(n=number, o=org.name),
        entity="organisations",
        existing_id=str(org.id),
        name=org.name,
        number=number,
    )


def _normalised_kbo(value: str, where: str) -> str:
    try:
        return normalise_enterprise_number(value)
    except IdentifierError as exc:
        raise BadInputError(str(exc), where=where) from None


def _required_text(value: str | None, where: str, *, limit: int = 300) -> str:
    text = (value or "").strip()
    if not text:
        raise BadInputError(N_("vul dit in."), where=where)
    if len(text) > limit:
        raise BadInputError(N_("te lang (hoogstens {n} tekens).").format(n=limit), where=where)
    return text


def _check_municipality(session: Session, nis: str | None, where: str) -> str | None:
    if not nis:
        return None
    if session.get(Municipality, nis) is None:
        raise BadInputError(
            N_("'{c}' is geen gemeente (REFNIS-code) uit de referentielijst.").format(c=nis), where=where
        )
    return nis


def register_organisation(
    ctx: AppContext,
    *,
    enterprise_number: str,
    name: str,
    kind: str,
    street: str | None = None,
    postal_code: str | None = None,
    municipality_nis: str | None = None,
    email: str | None = None,
    phone: str | None = None,
) -> SavedRecord:
    """A new organisation; its KBO number is normalised (`BE 428 759 497` → `0428759497`).

    A second organisation with the same number is refused with DuplicateRecordError, which
    names the existing record (name and number) and carries its id.
    """
    number = _normalised_kbo(enterprise_number, N_("Ondernemingsnummer"))
    org_name = _required_text(name, N_("Naam"))
    if kind not in {k.value for k in OrganisationKind}:
        raise BadInputError(
            N_("onbekende soort '{k}' (kies uit: {a}).").format(
                k=kind, a=", ".join(k.value for k in OrganisationKind)
            ),
            where=N_("Soort"),
        )
    with ctx.uow(write=True) as uow:
        s = uow.session
        existing = s.scalar(select(Organisation).where(Organisation.enterprise_number == number))
        if existing is not None:
            raise _duplicate_organisation(existing)
        org = Organisation(
            enterprise_number=number,
            name=org_name,
            kind=kind,
            street=(street or "").strip() or None,
            postal_code=(postal_code or "").strip() or None,
            municipality_nis=_check_municipality(s, municipality_nis, N_("Gemeente")),
            email=(email or "").strip() or None,
            phone=(phone or "").strip() or None,
        )
        s.add(org)
        s.flush()
        org_id = str(org.id)
        uow.commit()
    return SavedRecord(
        org_id, org_name, format_enterprise_number(number), Changes(kinds=frozenset({"organisation"}))
    )


def add_establishment(
    ctx: AppContext,
    organisation_id: str,
    *,
    establishment_number: str,
    name: str,
    street: str | None = None,
    postal_code: str | None = None,
    municipality_nis: str | None = None,
) -> SavedRecord:
    """An establishment (vestiging) of an organisation; a number already stored is refused with a pointer."""
    try:
        number = normalise_establishment_number(establishment_number)
    except IdentifierError as exc:
        raise BadInputError(str(exc), where=N_("Vestigingsnummer")) from None
    est_name = _required_text(name, N_("Naam"))
    with ctx.uow(write=True) as uow:
        s = uow.session
        org = s.get(Organisation, uuid.UUID(organisation_id))
        if org is None:
            raise NotFoundError(N_("Deze organisatie bestaat niet (meer)."))
        existing = s.scalar(select(Establishment).where(Establishment.establishment_number == number))
        if existing is not None:
            owner = s.get(Organisation, existing.organisation_id)
            formatted = format_establishment_number(number)
            raise DuplicateRecordError(
                N_("Er bestaat al een vestiging met vestigingsnummer {n}: {v} (van {o}, {k}).").format(
                    n=formatted,
                    v=existing.name,
                    o=owner.name if owner else "?",
                    k=format_enterprise_number(owner.enterprise_number) if owner else "?",
                ),
                entity="establishments",
                existing_id=str(existing.id),
                name=existing.name,
                number=formatted,
            )
        est = Establishment(
            organisation_id=org.id,
            establishment_number=number,
            name=est_name,
            street=(street or "").strip() or None,
            postal_code=(postal_code or "").strip() or None,
            municipality_nis=_check_municipality(s, municipality_nis, N_("Gemeente")),
        )
        s.add(est)
        s.flush()
        est_id = str(est.id)
        uow.commit()
    return SavedRecord(
        est_id, est_name, format_establishment_number(number), Changes(kinds=frozenset({"organisation"}))
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
    org_name = _required_text(name, N_("Naam"))
    number = _normalised_kbo(enterprise_number, N_("Ondernemingsnummer")) if enterprise_number else None
    if declaration_filed_on and valid_until and valid_until < declaration_filed_on:
        raise BadInputError(
            N_("de einddatum ligt vóór de indiening van de verklaring."), where=N_("Geldig tot")
        )
    with ctx.uow(write=True) as uow:
        s = uow.session
        if number is not None:
            existing = s.scalar(
                select(AuditOrganisation).where(AuditOrganisation.enterprise_number == number)
            )
            if existing is not None:
                formatted = format_enterprise_number(number)
                raise DuplicateRecordError(
                    N_("Er bestaat al een auditorganisatie met ondernemingsnummer {n}: {o}.").format(
                        n=formatted, o=existing.name
                    ),
                    entity="audit_organisations",
                    existing_id=str(existing.id),
                    name=existing.name,
                    number=formatted,
                )
        row = AuditOrganisation(
            name=org_name,
            enterprise_number=number,
            declaration_filed_on=declaration_filed_on,
            valid_until=valid_until,
            auditors_are_providers=auditors_are_providers,
        )
        s.add(row)
        s.flush()
        row_id = str(row.id)
        uow.commit()
    return SavedRecord(
        row_id,
        org_name,
        format_enterprise_number(number) if number else "",
        Changes(kinds=frozenset({"audit_organisation"})),
    )


# --- the label catalogue (QR-2) ------------------------------------------------------------------


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
                "valid_until": lab.valid_until.isoformat() if lab.valid_until else None,
                "ended_by": lab.ended_by,
                "aliases": list(lab.aliases),
                "seed": lab.seed,
                "note": lab.note,
            }
            for lab in labels
        ],
    }
    return Q.LabelCatalogue.from_data(data)


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


# --- quality registrations -------------------------------------------------------------------------

_AREA_COLUMNS = {
    "klantgerichtheid": "area_klantgerichtheid",
    "personeelsbeheer": "area_personeelsbeheer",
    "financieel_beheer": "area_financieel_beheer",
}
_TRI = {"ja": True, "nee": False, "onbekend": None}


def _new_dossier(
    session: Session, ctx: AppContext, dossier_type: str, org: Organisation, submitted_on: date, subject: str
) -> Dossier:
    reference = make_reference(
        dossier_type,
        submitted_on.year,
        DossierRepository(session).next_reference_number(dossier_type, submitted_on.year),
    )
    dossier = Dossier(
        reference=reference,
        dossier_type=dossier_type,
        status=workflow_for(dossier_type).initial,
        closed=False,
        organisation_id=org.id,
        subject=subject,
        notes="",
        submitted_on=submitted_on,
        status_since=submitted_on,
    )
    session.add(dossier)
    session.flush()
    return dossier


def _check_label(session: Session, route: str, label_id: str | None) -> None:
    if route not in PROOF_ROUTES:
        raise BadInputError(
            N_("onbekende route '{r}' (kies uit: {a}).").format(r=route, a=", ".join(PROOF_ROUTES)),
            where=N_("Route"),
        )
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
        if area not in _AREA_COLUMNS or value not in _TRI:
            raise BadInputError(
                N_("gebied '{a}' met waarde '{v}': verwacht {g} met ja, nee of onbekend.").format(
                    a=area, v=value, g=", ".join(_AREA_COLUMNS)
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
            dossier = _new_dossier(s, ctx, "QR", org, open_dossier_on, N_("Kwaliteitsregistratie"))
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
            **{_AREA_COLUMNS[a]: v for a, v in areas.items()},
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
    unknown = set(changes) - set(REGISTRATION_FIELDS)
    if unknown:
        raise BadInputError(N_("Deze velden zijn niet bewerkbaar: {f}.").format(f=", ".join(sorted(unknown))))
    with ctx.uow(write=True) as uow:
        s = uow.session
        row = s.get(QualityRegistration, uuid.UUID(registration_id))
        if row is None:
            raise NotFoundError(N_("Deze kwaliteitsregistratie bestaat niet (meer)."))
        check_version(
            s,
            row,
            expected_version=expected_version,
            entity="quality_registrations",
            label=N_("Kwaliteitsregistratie"),
            mine=changes,
        )
        if "label_id" in changes:
            _check_label(s, row.route, changes["label_id"])
        for key, value in changes.items():
            if key.startswith("area_") and value not in _TRI:
                raise BadInputError(N_("verwacht ja, nee of onbekend."), where=key)
            if key == "audit_organisation_id":
                value = uuid.UUID(str(value)) if value else None
            setattr(row, key, value)
        ids = frozenset({str(row.dossier_id)}) if row.dossier_id else frozenset()
        uow.commit()
    return Changes(ids, frozenset({"quality_registration"}))


# --- the online counter's JSON: pure validation ---------------------------------------------------


@dataclass(frozen=True)
class IntakeContact:
    name: str
    email: str
    phone: str | None


@dataclass(frozen=True)
class IntakeOrganisation:
    enterprise_number: str  # 10 digits
    name: str
    kind: str
    street: str
    postal_code: str
    municipality_nis: str
    contact: IntakeContact


@dataclass(frozen=True)
class IntakeSupervisor:
    first_name: str
    last_name: str
    national_number: NationalNumber
    diploma_id: str | None
    experience_years: Decimal | None
    experience_certificate: bool
    recognised_training: bool
    competences: tuple[str, ...]
    employed_by_applicant: bool

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class IntakeSubcontractor:
    enterprise_number: str
    name: str
    recognised: bool


@dataclass(frozen=True)
class IntakeApplication:
    """A validated application of the online counter (schema wsedesk-intake/1)."""

    schema: str
    submitted_on: date
    organisation: IntakeOrganisation
    simplified_requested: bool
    simplified_applies: bool  # ED-2: the kind may use it and asked for it
    experience_motivation: str | None
    supervisors: tuple[IntakeSupervisor, ...] | None
    working_area: tuple[str, ...]
    capacity: int
    capacity_motivation: str
    declaration_on_honour: bool
    declaration_signed_by: str
    declaration_signed_on: date
    intervision_commitment: bool | None
    subcontractors: tuple[IntakeSubcontractor, ...]
    warnings: tuple[str, ...] = ()


_MISSING = object()


def _type_name(value: object, *, show: bool = True) -> str:
    if value is None:
        return N_("null")
    if isinstance(value, bool):
        return N_("ja/nee ({v})").format(v="true" if value else "false")
    if isinstance(value, int | float):
        return N_("getal ({v})").format(v=value) if show else N_("getal")
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:29] + "…"
        return N_("tekst ('{v}')").format(v=shown) if show else N_("tekst")
    if isinstance(value, list):
        return N_("lijst")
    if isinstance(value, dict):
        return N_("object")
    return type(value).__name__


class _Reader:
    """Walks the JSON, collecting every problem with its path (nothing stops at the first)."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def wrong_type(self, path: str, expected: str, value: object, *, secret: bool = False) -> None:
        # `secret`: name the type only, never the value (a national number reveals a birth date).
        got = _type_name(value, show=not secret)
        self.problem(path, N_("verwacht {e}, gekregen {g}").format(e=expected, g=got))

    def obj(
        self, value: object, path: str, required: Sequence[str], optional: Sequence[str] = ()
    ) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.wrong_type(path or N_("(bestand)"), N_("een object"), value)
            return None
        allowed = (*required, *optional)
        for key in value:
            if key not in allowed:
                self.problem(
                    _join(path, str(key)),
                    N_("onbekend veld (toegelaten: {a})").format(a=", ".join(allowed)),
                )
        return value

    def child(
        self,
        parent: Mapping[str, Any],
        key: str,
        path: str,
        required: Sequence[str],
        optional: Sequence[str] = (),
    ) -> dict[str, Any] | None:
        """The object under `key` (reported when missing or not an object)."""
        value = self.get(parent, key, path)
        if value is _MISSING:
            return None
        return self.obj(value, _join(path, key), required, optional)

    def get(self, parent: Mapping[str, Any], key: str, path: str, *, required: bool = True) -> Any:
        value = parent.get(key, _MISSING)
        if value is _MISSING:
            if required:
                self.problem(_join(path, key), N_("ontbreekt"))
            return _MISSING
        return value

    def text(
        self,
        parent: Mapping[str, Any],
        key: str,
        path: str,
        *,
        required: bool = True,
        limit: int = 300,
        secret: bool = False,
    ) -> str | None:
        value = self.get(parent, key, path, required=required)
        where = _join(path, key)
        if value is _MISSING or (value is None and not required):
            return None
        if not isinstance(value, str):
            self.wrong_type(where, N_("tekst"), value, secret=secret)
            return None
        text = value.strip()
        if not text:
            self.problem(where, N_("is leeg"))
            return None
        if len(text) > limit:
            self.problem(where, N_("is te lang ({n} tekens, hoogstens {m})").format(n=len(text), m=limit))
            return None
        return text

    def boolean(
        self, parent: Mapping[str, Any], key: str, path: str, *, required: bool = True
    ) -> bool | None:
        value = self.get(parent, key, path, required=required)
        if value is _MISSING:
            return None
        if not isinstance(value, bool):
            self.wrong_type(_join(path, key), N_("true of false"), value)
            return None
        return value

    def day(self, parent: Mapping[str, Any], key: str, path: str) -> date | None:
        value = self.get(parent, key, path)
        where = _join(path, key)
        if value is _MISSING:
            return None
        if not isinstance(value, str):
            self.wrong_type(where, N_("een datum als tekst (JJJJ-MM-DD)"), value)
            return None
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            self.problem(where, N_("'{v}' is geen datum (verwacht JJJJ-MM-DD)").format(v=value))
            return None

    def array(self, parent: Mapping[str, Any], key: str, path: str) -> list[Any] | None:
        value = self.get(parent, key, path)
        if value is _MISSING:
            return None
        if not isinstance(value, list):
            self.wrong_type(_join(path, key), N_("een lijst"), value)
            return None
        return value

    def enterprise_number(self, parent: Mapping[str, Any], key: str, path: str) -> str | None:
        raw = self.text(parent, key, path, limit=20)
        if raw is None:
            return None
        try:
            return normalise_enterprise_number(raw)
        except IdentifierError as exc:
            self.problem(_join(path, key), _lower_first(str(exc)).rstrip("."))
            return None

    def national_number(self, parent: Mapping[str, Any], key: str, path: str) -> NationalNumber | None:
        raw = self.text(parent, key, path, limit=20, secret=True)
        where = _join(path, key)
        if raw is None:
            return None
        # Never echo the number in a message: it reveals a birth date (domain.md §2).
        digits = re.sub(r"[\s.\-/]", "", raw)
        if not digits.isdigit() or len(digits) != 11:
            self.problem(where, N_("een rijksregisternummer telt 11 cijfers (JJ.MM.DD-XXX.CC)"))
            return None
        check = int(digits[9:])
        if check not in (97 - int(digits[:9]) % 97, 97 - int("2" + digits[:9]) % 97):
            self.problem(where, N_("controlegetal klopt niet"))
            return None
        if not _ssn.is_valid(digits):
            self.problem(where, N_("de geboortedatum in het nummer bestaat niet"))
            return None
        return parse_national_number(digits)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if len(text) > 1 and text[1:2].islower() else text


def _area_problem(code: str, areas: Q.AreaIndex) -> str | None:
    if code in areas:
        return None
    other = next((m for m in municipalities() if m.nis == code), None)
    if other is not None:
        return N_(
            "'{c}' ({n}) ligt niet in Vlaanderen; het werkingsgebied bevat enkel Vlaamse gemeenten, provincies "
            "of 02000 (heel Vlaanderen)"
        ).format(c=code, n=other.name_nl)
    return N_(
        "'{c}' is geen Vlaamse gemeente, provincie of 02000 (REFNIS-code uit de referentielijst)"
    ).format(c=code)


def validate_application(
    data: object, *, today: date | None = None
) -> tuple[IntakeApplication | None, list[Problem]]:
    """Check an online-counter document (docs/intake-json.md) without touching the database.

    Returns the application, or None with every problem found, each named by its JSON path
    (lists counted from 0): `ervaring.begeleiders[1].rijksregisternummer: controlegetal klopt niet`.
    `today` refuses a submission date in the future.
    """
    r = _Reader()
    settings = Q.load_rule_settings()
    areas = Q.load_area_index()
    diplomas = Q.load_supervisor_diplomas()
    all_municipalities = {m.nis: m for m in municipalities()}
    warnings: list[str] = []

    root = r.obj(
        data,
        "",
        (
            "schema",
            "ingediend_op",
            "organisatie",
            "vereenvoudigde_procedure",
            "werkingsgebied",
            "verklaring_op_eer",
            "onderaannemers",
        ),
        ("ervaring",),
    )
    if root is None:
        return None, r.problems

    schema = r.get(root, "schema", "")
    if schema is not _MISSING and schema != SCHEMA_ID:
        r.problem(
            "schema",
            N_("'{s}' wordt niet ondersteund (verwacht '{e}')").format(s=schema, e=SCHEMA_ID),
        )
    submitted_on = r.day(root, "ingediend_op", "")
    if submitted_on is not None and today is not None and submitted_on > today:
        r.problem(
            "ingediend_op",
            N_("{d} ligt in de toekomst (vandaag is het {t})").format(
                d=submitted_on.isoformat(), t=today.isoformat()
            ),
        )

    # Part 1: organisation and contact data.
    organisation: IntakeOrganisation | None = None
    kind: str | None = None
    o = r.child(root, "organisatie", "", ("ondernemingsnummer", "naam", "soort", "adres", "contactpersoon"))
    if o is not None:
        number = r.enterprise_number(o, "ondernemingsnummer", "organisatie")
        name = r.text(o, "naam", "organisatie")
        raw_kind = r.text(o, "soort", "organisatie", limit=40)
        kinds = [k.value for k in OrganisationKind]
        if raw_kind is not None:
            if raw_kind in settings.ed2_excluded_kinds:
                r.problem(
                    "organisatie.soort",
                    N_(
                        "een {k} kan geen erkenning aanvragen; elke organisatie vraagt afzonderlijk een erkenning aan "
                        "(ED-2)"
                    ).format(k=raw_kind),
                )
            elif raw_kind not in kinds:
                r.problem(
                    "organisatie.soort",
                    N_("onbekende soort '{k}' (toegelaten: {a})").format(k=raw_kind, a=", ".join(kinds)),
                )
            else:
                kind = raw_kind
        street = postal_code = nis = None
        a = r.child(o, "adres", "organisatie", ("straat", "postcode", "nis"))
        if a is not None:
            street = r.text(a, "straat", "organisatie.adres", limit=200)
            postal_code = r.text(a, "postcode", "organisatie.adres", limit=10)
            if postal_code is not None and not _POSTAL_CODE.match(postal_code):
                r.problem(
                    "organisatie.adres.postcode",
                    N_("'{p}' is geen Belgische postcode (4 cijfers)").format(p=postal_code),
                )
                postal_code = None
            nis = r.text(a, "nis", "organisatie.adres", limit=10)
            if nis is not None and nis not in all_municipalities:
                r.problem(
                    "organisatie.adres.nis",
                    N_("'{c}' is geen gemeente (REFNIS-code) uit de referentielijst").format(c=nis),
                )
                nis = None
            if nis is not None and postal_code is not None and postal_code not in postal_codes_for(nis):
                codes = postal_codes_for(nis)
                r.problem(
                    "organisatie.adres.postcode",
                    N_("{p} hoort niet bij {g} (NIS {c}); wel: {k}").format(
                        p=postal_code, g=all_municipalities[nis].name_nl, c=nis, k=", ".join(codes[:8]) or "?"
                    ),
                )
                postal_code = None
        contact: IntakeContact | None = None
        c = r.child(o, "contactpersoon", "organisatie", ("naam", "e-mail"), ("telefoon",))
        if c is not None:
            c_name = r.text(c, "naam", "organisatie.contactpersoon", limit=200)
            c_email = r.text(c, "e-mail", "organisatie.contactpersoon", limit=200)
            if c_email is not None and not _EMAIL.match(c_email):
                r.problem(
                    "organisatie.contactpersoon.e-mail",
                    N_("'{e}' is geen geldig e-mailadres").format(e=c_email),
                )
                c_email = None
            c_phone = r.text(c, "telefoon", "organisatie.contactpersoon", required=False, limit=40)
            if c_name and c_email:
                contact = IntakeContact(c_name, c_email, c_phone)
        if number and name and kind and street and postal_code and nis and contact:
            organisation = IntakeOrganisation(number, name, kind, street, postal_code, nis, contact)

    # Part 2: the simplified procedure (ED-2).
    simplified = r.boolean(root, "vereenvoudigde_procedure", "")
    eligible = kind is not None and kind in settings.ed2_simplified_kinds
    simplified_applies = bool(simplified and eligible)
    if simplified and kind is not None and not eligible:
        warnings.append(
            N_(
                "De aanvrager vraagt de vereenvoudigde procedure, maar die geldt niet voor een {k} (enkel voor GTB, "
                "GOB, maatwerkbedrijven en LDE-ondernemingen, ED-2): de volledige procedure geldt."
            ).format(k=Q.KIND_LABELS.get(kind, kind))
        )

    # Part 3: experience and supervisors — not required under the simplified procedure.
    motivation: str | None = None
    supervisors: tuple[IntakeSupervisor, ...] | None = None
    if "ervaring" not in root:
        if simplified is not None and kind is not None and not simplified_applies:
            reason = (
                N_(
                    "de vereenvoudigde procedure geldt niet voor een {k} (enkel voor GTB, GOB, maatwerkbedrijven en "
                    "LDE-ondernemingen, ED-2); "
                ).format(k=Q.KIND_LABELS.get(kind, kind))
                if simplified
                else ""
            )
            r.problem(
                "ervaring",
                N_(
                    "ontbreekt; {r}de volledige procedure vraagt een ervaringsmotivering met de lijst van begeleiders "
                    "(ED-3, deel 3)"
                ).format(r=reason),
            )
    else:
        e = r.obj(root["ervaring"], "ervaring", ("motivering", "begeleiders"))
        if e is not None:
            motivation = r.text(e, "motivering", "ervaring", limit=_MAX_TEXT)
            items = r.array(e, "begeleiders", "ervaring")
            if items is not None and not items:
                r.problem("ervaring.begeleiders", N_("de lijst is leeg; vermeld minstens één begeleider"))
            parsed: list[IntakeSupervisor] = []
            seen: dict[str, int] = {}
            for i, item in enumerate(items or ()):
                sup = _supervisor(r, item, f"ervaring.begeleiders[{i}]", diplomas, settings)
                if sup is None:
                    continue
                first = seen.setdefault(sup.national_number.digits, i)
                if first != i:
                    r.problem(
                        f"ervaring.begeleiders[{i}].rijksregisternummer",
                        N_("zelfde rijksregisternummer als ervaring.begeleiders[{j}]").format(j=first),
                    )
                parsed.append(sup)
            if items is not None and len(parsed) == len(items):
                supervisors = tuple(parsed)

    # Part 4: working area and capacity (ED-1, ED-13).
    area_codes: list[str] = []
    capacity: int | None = None
    capacity_motivation: str | None = None
    w = r.child(root, "werkingsgebied", "", ("nis", "capaciteit", "motivering"))
    if w is not None:
        nis_items = r.array(w, "nis", "werkingsgebied")
        if nis_items is not None and not nis_items:
            r.problem(
                "werkingsgebied.nis", N_("de lijst is leeg; vermeld minstens één gemeente of provincie")
            )
        for i, code in enumerate(nis_items or ()):
            where = f"werkingsgebied.nis[{i}]"
            if not isinstance(code, str):
                r.wrong_type(where, N_("een REFNIS-code als tekst"), code)
                continue
            problem = _area_problem(code.strip(), areas)
            if problem:
                r.problem(where, problem)
            elif code.strip() in area_codes:
                r.problem(where, N_("'{c}' staat al eerder in de lijst").format(c=code.strip()))
            else:
                area_codes.append(code.strip())
        raw_capacity = r.get(w, "capaciteit", "werkingsgebied")
        if raw_capacity is not _MISSING:
            if isinstance(raw_capacity, bool) or not isinstance(raw_capacity, int):
                r.wrong_type("werkingsgebied.capaciteit", N_("een geheel getal"), raw_capacity)
            elif raw_capacity < 1 or raw_capacity > 100_000:
                r.problem(
                    "werkingsgebied.capaciteit",
                    N_("{v} is geen aantal werknemers tussen 1 en 100000").format(v=raw_capacity),
                )
            else:
                capacity = raw_capacity
        capacity_motivation = r.text(w, "motivering", "werkingsgebied", limit=_MAX_TEXT)

    # Part 5: the declaration on honour (and the intervision commitment it carries, ED-1).
    declaration: tuple[bool, str, date] | None = None
    intervision: bool | None = None
    d = r.child(root, "verklaring_op_eer", "", ("akkoord", "ondertekend_door", "datum"), ("intervisie",))
    if d is not None:
        agreed = r.boolean(d, "akkoord", "verklaring_op_eer")
        signed_by = r.text(d, "ondertekend_door", "verklaring_op_eer", limit=200)
        signed_on = r.day(d, "datum", "verklaring_op_eer")
        if signed_on is not None and submitted_on is not None and signed_on > submitted_on:
            r.problem(
                "verklaring_op_eer.datum",
                N_("{d} ligt na de indiening ({s})").format(
                    d=signed_on.isoformat(), s=submitted_on.isoformat()
                ),
            )
            signed_on = None
        intervision = r.boolean(d, "intervisie", "verklaring_op_eer", required=False)
        if agreed is not None and signed_by and signed_on:
            declaration = (agreed, signed_by, signed_on)

    # Subcontractors (ED-10): an empty list means none are used.
    subcontractors: list[IntakeSubcontractor] = []
    subs = r.array(root, "onderaannemers", "")
    sub_seen: dict[str, int] = {}
    for i, item in enumerate(subs or ()):
        where = f"onderaannemers[{i}]"
        s = r.obj(item, where, ("ondernemingsnummer", "naam", "erkend"))
        if s is None:
            continue
        s_number = r.enterprise_number(s, "ondernemingsnummer", where)
        s_name = r.text(s, "naam", where)
        s_recognised = r.boolean(s, "erkend", where)
        if s_number is not None:
            first = sub_seen.setdefault(s_number, i)
            if first != i:
                r.problem(
                    _join(where, "ondernemingsnummer"),
                    N_("zelfde onderaannemer als onderaannemers[{j}]").format(j=first),
                )
                continue
        if s_number and s_name and s_recognised is not None:
            subcontractors.append(IntakeSubcontractor(s_number, s_name, s_recognised))

    if r.problems:
        return None, r.problems
    assert organisation and submitted_on and simplified is not None and capacity and capacity_motivation
    assert declaration is not None
    return (
        IntakeApplication(
            schema=SCHEMA_ID,
            submitted_on=submitted_on,
            organisation=organisation,
            simplified_requested=simplified,
            simplified_applies=simplified_applies,
            experience_motivation=motivation,
            supervisors=supervisors,
            working_area=tuple(area_codes),
            capacity=capacity,
            capacity_motivation=capacity_motivation,
            declaration_on_honour=declaration[0],
            declaration_signed_by=declaration[1],
            declaration_signed_on=declaration[2],
            intervision_commitment=intervision,
            subcontractors=tuple(subcontractors),
            warnings=tuple(warnings),
        ),
        [],
    )


def _supervisor(
    r: _Reader, item: object, path: str, diplomas: Q.DiplomaList, settings: Q.RuleSettings
) -> IntakeSupervisor | None:
    s = r.obj(
        item,
        path,
        ("voornaam", "achternaam", "rijksregisternummer", "in_dienst_bij_aanvrager"),
        ("diploma", "ervaring_jaren", "ervaringsattest", "erkende_opleiding", "competenties"),
    )
    if s is None:
        return None
    before = len(r.problems)
    first = r.text(s, "voornaam", path, limit=100)
    last = r.text(s, "achternaam", path, limit=100)
    number = r.national_number(s, "rijksregisternummer", path)
    diploma = r.text(s, "diploma", path, required=False, limit=80)
    if diploma is not None and diplomas.get(diploma) is None:
        r.problem(
            _join(path, "diploma"),
            N_(
                "'{d}' staat niet op de diplomalijst (supervisor-diplomas.json); geef een id van die lijst, of "
                "vul ervaring_jaren in"
            ).format(d=diploma),
        )
        diploma = None
    years: Decimal | None = None
    raw_years = r.get(s, "ervaring_jaren", path, required=False)
    if raw_years is not _MISSING and raw_years is not None:
        if isinstance(raw_years, bool) or not isinstance(raw_years, int | float):
            r.wrong_type(_join(path, "ervaring_jaren"), N_("een getal"), raw_years)
        else:
            try:
                years = Decimal(str(raw_years))
            except InvalidOperation:  # pragma: no cover - json gives finite numbers
                years = None
            if years is None or not years.is_finite() or years < 0 or years > 60:
                r.problem(
                    _join(path, "ervaring_jaren"),
                    N_("{v} is geen aantal jaren tussen 0 en 60").format(v=raw_years),
                )
                years = None
            elif years != years.quantize(Decimal("0.1")):
                r.problem(
                    _join(path, "ervaring_jaren"),
                    N_("hoogstens één cijfer na de komma ({v})").format(v=raw_years),
                )
                years = None
    certificate = r.boolean(s, "ervaringsattest", path, required=False)
    training = r.boolean(s, "erkende_opleiding", path, required=False)
    competences: list[str] = []
    raw_comp = r.get(s, "competenties", path, required=False)
    if raw_comp is not _MISSING:
        if not isinstance(raw_comp, list):
            r.wrong_type(_join(path, "competenties"), N_("een lijst"), raw_comp)
        else:
            allowed = settings.ed12_core_competences
            for j, comp in enumerate(raw_comp):
                where = f"{path}.competenties[{j}]"
                if not isinstance(comp, str):
                    r.wrong_type(where, N_("tekst"), comp)
                elif comp not in allowed:
                    r.problem(
                        where,
                        N_("onbekende competentie '{c}' (toegelaten: {a})").format(
                            c=comp, a=", ".join(allowed)
                        ),
                    )
                elif comp not in competences:
                    competences.append(comp)
    employed = r.boolean(s, "in_dienst_bij_aanvrager", path)
    has_qualification = "diploma" in s or "ervaring_jaren" in s or certificate is True or training is True
    if not has_qualification:
        r.problem(
            path,
            N_(
                "geen kwalificatie: geef een diploma (id uit supervisor-diplomas.json) of ervaring_jaren, of een "
                "ervaringsattest of erkende opleiding (ED-12)"
            ),
        )
    if len(r.problems) != before:
        return None
    assert first and last and number is not None and employed is not None
    return IntakeSupervisor(
        first_name=first,
        last_name=last,
        national_number=number,
        diploma_id=diploma,
        experience_years=years,
        experience_certificate=bool(certificate),
        recognised_training=bool(training),
        competences=tuple(competences),
        employed_by_applicant=employed,
    )


# --- the online counter's JSON: storing it ------------------------------------------------------


def import_application(ctx: AppContext, data: Mapping[str, Any] | object) -> ImportResult:
    """Store an online-counter application as a new ED dossier — all or nothing.

    On a problem nothing is stored and the result lists every problem by JSON path. On success:
    the organisation (found by KBO number, or created), an ED dossier `ED-<year>-<nnnnn>` with
    the ED-4 term (7 days to judge admissibility), the timeline event, the application, its
    supervisors, subcontractors and working area.
    """
    if not ctx.user.roles & OFFICER_ROLES:
        raise PermissionDeniedError(
            N_("Enkel een dossierbehandelaar of teamverantwoordelijke schrijft aanvragen in.")
        )
    app, problems = validate_application(data, today=ctx.clock.today())
    if app is None:
        return ImportResult(ok=False, problems=tuple(problems))
    # Two officers importing at the same moment may draw the same reference number (PostgreSQL);
    # the unique constraint refuses the second, which then simply tries again.
    for attempt in range(3):
        try:
            return _store_application(ctx, app)
        except IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def _split_name(full: str) -> tuple[str, str]:
    first, _, last = full.strip().partition(" ")
    return first, last.strip()


def _store_application(ctx: AppContext, app: IntakeApplication) -> ImportResult:
    o = app.organisation
    warnings = list(app.warnings)
    with ctx.uow(write=True) as uow:
        s = uow.session
        org = s.scalar(select(Organisation).where(Organisation.enterprise_number == o.enterprise_number))
        created = org is None
        if org is None:
            org = Organisation(
                enterprise_number=o.enterprise_number,
                name=o.name,
                kind=o.kind,
                street=o.street,
                postal_code=o.postal_code,
                municipality_nis=o.municipality_nis,
                email=o.contact.email,
                phone=o.contact.phone,
            )
            s.add(org)
            s.flush()
        else:
            if org.name != o.name or org.kind != o.kind:
                warnings.append(
                    N_(
                        "De organisatie {n} bestaat al als '{o}' ({k}); de aanvraag noemt '{a}' ({b}). De bewaarde "
                        "gegevens werden niet gewijzigd."
                    ).format(
                        n=format_enterprise_number(org.enterprise_number),
                        o=org.name,
                        k=org.kind,
                        a=o.name,
                        b=o.kind,
                    )
                )
            duplicate = s.scalar(
                select(Dossier).where(
                    Dossier.organisation_id == org.id,
                    Dossier.dossier_type == DossierType.EXTERNE_DIENSTVERLENER.value,
                    Dossier.submitted_on == app.submitted_on,
                    Dossier.closed.is_(False),
                )
            )
            if duplicate is not None:
                return ImportResult(
                    ok=False,
                    problems=(
                        Problem(
                            "ingediend_op",
                            N_(
                                "er is al een open dossier {r} voor {o} ({n}), ingediend op {d}; deze aanvraag werd "
                                "niet opnieuw ingeschreven"
                            ).format(
                                r=duplicate.reference,
                                o=org.name,
                                n=format_enterprise_number(org.enterprise_number),
                                d=app.submitted_on.isoformat(),
                            ),
                        ),
                    ),
                )
        subject = N_("Erkenning externe dienstverlener")
        if app.simplified_applies:
            subject += N_(" (vereenvoudigde procedure)")
        dossier = _new_dossier(s, ctx, "ED", org, app.submitted_on, subject)
        event = add_event(
            s,
            ctx,
            dossier,
            app.submitted_on,
            "ingediend",
            INTAKE_EVENT,
            {"rule": "ED-3", "schema": app.schema, "source": "e-loket"},
        )
        terms = open_initial_terms(s, dossier, event)

        contact_first, contact_last = _split_name(o.contact.name)
        contact = s.scalar(
            select(Person)
            .where(Person.organisation_id == org.id, func.lower(Person.email) == o.contact.email.lower())
            .order_by(Person.created_at)
            .limit(1)
        )
        if contact is None:
            contact = Person(
                organisation_id=org.id,
                first_name=contact_first,
                last_name=contact_last,
                function=N_("contactpersoon"),
                email=o.contact.email,
                phone=o.contact.phone,
            )
            s.add(contact)
            s.flush()
        application = RecognitionApplication(
            dossier_id=dossier.id,
            contact_person_id=contact.id,
            intake_schema=app.schema,
            simplified_requested=app.simplified_requested,
            experience_motivation=app.experience_motivation,
            experience_judged_sufficient=None,
            capacity=app.capacity,
            capacity_motivation=app.capacity_motivation,
            intervision_commitment=app.intervision_commitment,
            declaration_on_honour=app.declaration_on_honour,
            declaration_signed_by=app.declaration_signed_by,
            declaration_signed_on=app.declaration_signed_on,
            subcontractors_stated=True,
        )
        s.add(application)
        s.flush()
        for position, sup in enumerate(app.supervisors or (), 1):
            # The same person (same national number) in an earlier application keeps one person record.
            person_id = s.scalar(
                select(Supervisor.person_id)
                .where(Supervisor.national_number == sup.national_number.digits)
                .limit(1)
            )
            if person_id is None:
                # Not linked to the organisation: letters address the organisation's contact persons.
                person = Person(
                    organisation_id=None,
                    first_name=sup.first_name,
                    last_name=sup.last_name,
                    function=N_("gekwalificeerd begeleider"),
                )
                s.add(person)
                s.flush()
                person_id = person.id
            s.add(
                Supervisor(
                    application_id=application.id,
                    person_id=person_id,
                    position=position,
                    national_number=sup.national_number.digits,
                    national_number_masked=sup.national_number.masked,
                    diploma_id=sup.diploma_id,
                    experience_years=sup.experience_years,
                    experience_certificate=sup.experience_certificate,
                    recognised_training=sup.recognised_training,
                    competences=list(sup.competences),
                    employed_by_applicant=sup.employed_by_applicant,
                )
            )
        for sub in app.subcontractors:
            s.add(
                Subcontractor(
                    application_id=application.id,
                    enterprise_number=sub.enterprise_number,
                    name=sub.name,
                    recognised=sub.recognised,
                )
            )
        for code in app.working_area:
            s.add(WorkingArea(application_id=application.id, nis_code=code))
        s.flush()
        result = ImportResult(
            ok=True,
            reference=dossier.reference,
            dossier_id=str(dossier.id),
            organisation_id=str(org.id),
            organisation_created=created,
            admissibility_due=next((t.due_cache for t in terms if t.term_id == "ED-4"), None),
            warnings=tuple(warnings),
            changes=Changes(frozenset({str(dossier.id)}), frozenset({"dossier", "terms", "organisation"})),
        )
        uow.commit()
    return result


# --- reading an application; revealing a national number ------------------------------------------


@dataclass(frozen=True)
class SupervisorView:
    id: str
    person_id: str
    name: str
    national_number: str  # masked: 85.07.30-***.**
    diploma_id: str | None
    diploma: str | None  # name from the diploma list
    experience_years: Decimal | None
    experience_certificate: bool
    recognised_training: bool
    competences: tuple[str, ...]
    employed_by_applicant: bool | None


@dataclass(frozen=True)
class SubcontractorView:
    enterprise_number: str  # formatted
    name: str
    recognised: bool | None


@dataclass(frozen=True)
class ChangeView:
    id: str
    description: str
    occurred_on: date | None
    reported_on: date | None


@dataclass(frozen=True)
class ApplicationView:
    """An ED application as the dossier screen shows it; national numbers masked."""

    id: str
    version: int
    dossier_id: str
    reference: str
    organisation: str
    enterprise_number: str
    kind: str
    contact_name: str
    contact_email: str
    contact_phone: str
    simplified_requested: bool | None
    experience_motivation: str | None
    experience_judged_sufficient: bool | None
    capacity: int | None
    capacity_motivation: str | None
    intervision_commitment: bool | None
    declaration_on_honour: bool | None
    declaration_signed_by: str | None
    declaration_signed_on: date | None
    working_area: tuple[tuple[str, str], ...]  # (code, name)
    supervisors: tuple[SupervisorView, ...]
    subcontractors: tuple[SubcontractorView, ...]
    changes: tuple[ChangeView, ...]


def _application_of(session: Session, dossier: Dossier) -> RecognitionApplication:
    app = session.scalar(
        select(RecognitionApplication).where(RecognitionApplication.dossier_id == dossier.id)
    )
    if app is None:
        raise NotFoundError(N_("Dossier {r} heeft (nog) geen aanvraag.").format(r=dossier.reference))
    return app


def _load_dossier(session: Session, dossier_id: str) -> Dossier:
    dossier = session.get(Dossier, uuid.UUID(str(dossier_id)))
    if dossier is None:
        raise NotFoundError(N_("Dossier {d} bestaat niet (meer).").format(d=dossier_id))
    return dossier


def get_application(ctx: AppContext, dossier_id: str) -> ApplicationView:
    """The application of an ED dossier, with its supervisors' national numbers masked."""
    areas = Q.load_area_index()
    diplomas = Q.load_supervisor_diplomas()
    with ctx.uow() as uow:
        s = uow.session
        d = _load_dossier(s, dossier_id)
        app = _application_of(s, d)
        org = s.get(Organisation, d.organisation_id)
        assert org is not None
        contact = s.get(Person, app.contact_person_id) if app.contact_person_id else None
        sups = s.execute(
            select(Supervisor, Person)
            .join(Person, Person.id == Supervisor.person_id)
            .where(Supervisor.application_id == app.id)
            .order_by(Supervisor.position)
        ).all()
        return ApplicationView(
            id=str(app.id),
            version=app.version,
            dossier_id=str(d.id),
            reference=d.reference,
            organisation=org.name,
            enterprise_number=format_enterprise_number(org.enterprise_number),
            kind=org.kind,
            contact_name=f"{contact.first_name} {contact.last_name}".strip() if contact else "",
            contact_email=(contact.email or "") if contact else "",
            contact_phone=(contact.phone or "") if contact else "",
            simplified_requested=app.simplified_requested,
            experience_motivation=app.experience_motivation,
            experience_judged_sufficient=app.experience_judged_sufficient,
            capacity=app.capacity,
            capacity_motivation=app.capacity_motivation,
            intervision_commitment=app.intervision_commitment,
            declaration_on_honour=app.declaration_on_honour,
            declaration_signed_by=app.declaration_signed_by,
            declaration_signed_on=app.declaration_signed_on,
            working_area=tuple(
                (w.nis_code, areas.name(w.nis_code))
                for w in s.scalars(
                    select(WorkingArea)
                    .where(WorkingArea.application_id == app.id)
                    .order_by(WorkingArea.nis_code)
                )
            ),
            supervisors=tuple(
                SupervisorView(
                    id=str(sup.id),
                    person_id=str(person.id),
                    name=f"{person.first_name} {person.last_name}".strip(),
                    national_number=sup.national_number_masked or "",
                    diploma_id=sup.diploma_id,
                    diploma=(found.name if (found := diplomas.get(sup.diploma_id)) else None)
                    if sup.diploma_id
                    else None,
                    experience_years=sup.experience_years,
                    experience_certificate=sup.experience_certificate,
                    recognised_training=sup.recognised_training,
                    competences=tuple(sup.competences),
                    employed_by_applicant=sup.employed_by_applicant,
                )
                for sup, person in sups
            ),
            subcontractors=tuple(
                SubcontractorView(format_enterprise_number(x.enterprise_number), x.name, x.recognised)
                for x in s.scalars(
                    select(Subcontractor)
                    .where(Subcontractor.application_id == app.id)
                    .order_by(Subcontractor.name)
                )
            ),
            changes=tuple(
                ChangeView(str(c.id), c.description, c.occurred_on, c.reported_on)
                for c in s.scalars(
                    select(ConditionChange)
                    .where(ConditionChange.dossier_id == d.id)
                    .order_by(ConditionChange.created_at)
                )
            ),
        )


def reveal_national_number(ctx: AppContext, person_id: str, *, reason: str = "") -> str:
    """The full national register number of a person (`85.07.30-123.45`); the reveal is audited.

    Everywhere else the number is shown masked. Only a dossierbehandelaar or teamverantwoordelijke
    may reveal it.
    """
    if not ctx.user.roles & OFFICER_ROLES:
        raise PermissionDeniedError(
            N_("Enkel een dossierbehandelaar of teamverantwoordelijke mag een rijksregisternummer zien.")
        )
    with ctx.uow(write=True) as uow:
        s = uow.session
        person = s.get(Person, uuid.UUID(str(person_id)))
        if person is None:
            raise NotFoundError(N_("Deze persoon bestaat niet (meer)."))
        digits = s.scalar(
            select(Supervisor.national_number)
            .where(Supervisor.person_id == person.id, Supervisor.national_number.is_not(None))
            .order_by(Supervisor.created_at.desc())
            .limit(1)
        )
        digits = digits or person.national_number
        if not digits:
            raise NotFoundError(N_("Voor deze persoon is geen rijksregisternummer bewaard."))
        number = parse_national_number(digits)
        audit.record(
            s,
            "reveal",
            "persons",
            str(person.id),
            {"field": "national_number", "masked": number.masked, "reason": reason.strip()},
        )
        uow.commit()
    return number.formatted


# --- the checks on stored facts --------------------------------------------------------------------


def _events(session: Session, dossier: Dossier) -> dict[str, date]:
    """The latest date of each kind of timeline event (transition actions are event kinds)."""
    out: dict[str, date] = {}
    for kind, on in session.execute(
        select(DossierEvent.kind, DossierEvent.occurred_on)
        .where(DossierEvent.dossier_id == dossier.id)
        .order_by(DossierEvent.occurred_on, DossierEvent.recorded_at)
    ):
        out[kind] = on
    return out


def _organisation_facts(session: Session, org: Organisation) -> Q.Organisation:
    numbers = tuple(
        session.scalars(
            select(Establishment.establishment_number)
            .where(Establishment.organisation_id == org.id)
            .order_by(Establishment.establishment_number)
        )
    )
    return Q.Organisation(
        enterprise_number=org.enterprise_number, kind=org.kind, name=org.name, establishments=numbers
    )


def _registration_facts(
    row: QualityRegistration, org: Q.Organisation, dossier: Dossier | None, session: Session
) -> Q.QualityRegistration:
    proof = Q.QualityProof(
        route=row.route,  # type: ignore[arg-type]
        label_id=row.label_id,
        issued_on=row.issued_on,
        valid_until=row.valid_until,
        audit_organisation_id=str(row.audit_organisation_id) if row.audit_organisation_id else None,
        withdrawn_on=row.withdrawn_on,
        reference=row.reference,
    )
    procedure = Q.RegistrationProcedure()
    if dossier is not None:
        ev = _events(session, dossier)
        procedure = Q.RegistrationProcedure(
            decided_on=ev.get("valideren") or ev.get("weigeren"),
            refusal_notified_on=ev.get("weigeren"),
            reconsideration_requested_on=ev.get("heroverweging_ontvangen"),
            sanction_intent_notified_on=ev.get("schorsing_voornemen"),
            sanction_response_received_on=None,
            sanction_decided_on=ev.get("schorsen") or ev.get("intrekken"),
        )
    return Q.QualityRegistration(
        organisation=org,
        proof=proof,
        areas_evidence=Q.QualityAreas(
            klantgerichtheid=_TRI.get(row.area_klantgerichtheid),
            personeelsbeheer=_TRI.get(row.area_personeelsbeheer),
            financieel_beheer=_TRI.get(row.area_financieel_beheer),
        ),
        submitted_on=dossier.submitted_on if dossier else None,
        provider_active_since=row.provider_active_since,
        standaard_wse_earlier_uses=row.standaard_wse_earlier_uses,
        standaard_wse_first_used_on=row.standaard_wse_first_used_on,
        procedure=procedure,
    )


_VALIDATED = frozenset({"gevalideerd", "schorsing_voorgenomen"})
_PENDING = frozenset({"ingediend", "heroverweging"})


def registration_fact(
    session: Session, org: Organisation, *, as_of: date | None = None
) -> Q.QualityRegistration | bool | None:
    """What ED-1, MW-1 and TW-1 get as "a valid quality registration" (§3.1).

    A registration the department validated counts as its decision (True), unless its proof
    ended by `as_of` (QR-7: the registration ends with it); a pending one is judged on its facts;
    one that was refused, suspended, withdrawn or ended is False; none at all is unknown.
    """
    org_facts = _organisation_facts(session, org)
    rows = list(
        session.scalars(
            select(QualityRegistration)
            .where(QualityRegistration.organisation_id == org.id)
            .order_by(QualityRegistration.created_at.desc())
        )
    )
    dossiers = {
        d.id: d
        for d in session.scalars(
            select(Dossier).where(Dossier.organisation_id == org.id, Dossier.dossier_type == "QR")
        )
    }
    by_dossier = {r.dossier_id: r for r in rows if r.dossier_id is not None}
    validated = [d for d in dossiers.values() if d.status in _VALIDATED]
    if validated:
        d = max(validated, key=lambda x: x.status_since)
        row = by_dossier.get(d.id)
        if row is not None and as_of is not None:
            if row.withdrawn_on is not None and row.withdrawn_on <= as_of:
                return False
            if row.valid_until is not None and row.valid_until < as_of:
                return False
        return True
    pending_ids = {d.id for d in dossiers.values() if d.status in _PENDING}
    # A registration under examination before one recorded without a dossier; the newest of each.
    candidate = next((r for r in rows if r.dossier_id in pending_ids), None) or next(
        (r for r in rows if r.dossier_id is None), None
    )
    if candidate is not None:
        dossier = dossiers.get(candidate.dossier_id) if candidate.dossier_id else None
        return _registration_facts(candidate, org_facts, dossier, session)
    if dossiers:
        return False
    return None


def _subcontractor_recognised(
    session: Session, number: str, claimed: bool | None, as_of: date | None
) -> bool | None:
    """ED-10: recognised when the department's own records say so; a claim alone is checked, not trusted."""
    stmt = (
        select(Dossier.id)
        .join(Organisation, Organisation.id == Dossier.organisation_id)
        .where(
            Organisation.enterprise_number == number,
            Dossier.dossier_type == "ED",
            Dossier.status == "erkend",
        )
    )
    if as_of is not None:
        stmt = stmt.where(Dossier.valid_from <= as_of, Dossier.valid_until >= as_of)
    if session.scalar(stmt.limit(1)) is not None:
        return True
    return False if claimed is False else None


def _recognition_facts(session: Session, dossier: Dossier, as_of: date | None) -> Q.RecognitionApplication:
    org = session.get(Organisation, dossier.organisation_id)
    assert org is not None
    org_facts = _organisation_facts(session, org)
    app = session.scalar(
        select(RecognitionApplication).where(RecognitionApplication.dossier_id == dossier.id)
    )
    ev = _events(session, dossier)
    ed5 = list(
        session.scalars(
            select(SuspensionRow)
            .join(DossierTerm, DossierTerm.id == SuspensionRow.dossier_term_id)
            .where(DossierTerm.dossier_id == dossier.id, DossierTerm.term_id == "ED-5")
            .order_by(SuspensionRow.start)
        )
    )
    decision: Q.Decision | None = None
    decided = ev.get("erkennen") or ev.get("heroverweging_erkennen")
    refused = ev.get("weigeren")
    if decided is not None:
        decision = "erkenning"
    elif refused is not None:
        decision = "weigering"
    procedure = Q.RecognitionProcedure(
        submitted_on=dossier.submitted_on,
        admissibility_notified_on=ev.get("ontvankelijk"),
        information_requests=tuple(Suspension(x.start, x.end, x.reason) for x in ed5),
        advice_sent_on=ev.get("advies_opmaken"),
        decision=decision,
        decision_notified_on=decided or refused,
        reconsideration_requested_on=ev.get("heroverweging_ontvangen"),
        hearing_on=ev.get("hoorzitting_gehouden"),
    )
    changes = tuple(
        Q.ConditionChange(c.description, c.occurred_on, c.reported_on)
        for c in session.scalars(
            select(ConditionChange)
            .where(ConditionChange.dossier_id == dossier.id)
            .order_by(ConditionChange.created_at)
        )
    )
    recognised_from = dossier.valid_from if decision == "erkenning" else None
    registration = registration_fact(session, org, as_of=as_of)
    if app is None:
        # An ED dossier entered before the intake existed: everything the form holds is unknown.
        return Q.RecognitionApplication(
            organisation=org_facts,
            registration=registration,
            subcontractors=None,
            supervisors=None,
            working_area=None,
            recognised_from=recognised_from,
            changes=changes,
            procedure=procedure,
        )
    contact = session.get(Person, app.contact_person_id) if app.contact_person_id else None
    sups = session.execute(
        select(Supervisor, Person)
        .join(Person, Person.id == Supervisor.person_id)
        .where(Supervisor.application_id == app.id)
        .order_by(Supervisor.position)
    ).all()
    subs = list(session.scalars(select(Subcontractor).where(Subcontractor.application_id == app.id)))
    area = tuple(
        session.scalars(
            select(WorkingArea.nis_code)
            .where(WorkingArea.application_id == app.id)
            .order_by(WorkingArea.nis_code)
        )
    )
    return Q.RecognitionApplication(
        organisation=org_facts,
        contact_name=f"{contact.first_name} {contact.last_name}".strip() if contact else None,
        contact_email=contact.email if contact else None,
        registration=registration,
        simplified_requested=app.simplified_requested,
        experience_motivation=app.experience_motivation,
        experience_judged_sufficient=app.experience_judged_sufficient,
        supervisors=tuple(
            Q.Supervisor(
                name=f"{person.first_name} {person.last_name}".strip(),
                national_number=sup.national_number,
                employed_by_applicant=sup.employed_by_applicant,
                diploma_id=sup.diploma_id,
                experience_years=sup.experience_years,
                experience_certificate=sup.experience_certificate,
                recognised_training=sup.recognised_training,
                competences=frozenset(sup.competences),
            )
            for sup, person in sups
        ),
        working_area=area,
        capacity=app.capacity,
        capacity_motivation=app.capacity_motivation,
        intervision_commitment=app.intervision_commitment,
        declaration_on_honour=app.declaration_on_honour,
        subcontractors=tuple(
            Q.Subcontractor(
                x.enterprise_number,
                _subcontractor_recognised(session, x.enterprise_number, x.recognised, as_of),
                x.name,
            )
            for x in subs
        )
        if app.subcontractors_stated
        else None,
        recognised_from=recognised_from,
        changes=changes,
        procedure=procedure,
    )


def facts_for_dossier(
    session: Session, dossier: Dossier, *, as_of: date | None = None
) -> tuple[str, Q.QualityRegistration | Q.RecognitionApplication]:
    """The stored facts of a QR or ED dossier as the check engine's input ("QR"/"ED", facts).

    `as_of` decides only whether a validated quality registration still holds (its proof may
    have ended, QR-7); the engine itself judges everything else on its own `as_of`.
    """
    if dossier.dossier_type == "ED":
        return "ED", _recognition_facts(session, dossier, as_of)
    if dossier.dossier_type == "QR":
        org = session.get(Organisation, dossier.organisation_id)
        assert org is not None
        org_facts = _organisation_facts(session, org)
        row = session.scalar(select(QualityRegistration).where(QualityRegistration.dossier_id == dossier.id))
        if row is None:
            return "QR", Q.QualityRegistration(
                organisation=org_facts, proof=None, submitted_on=dossier.submitted_on
            )
        return "QR", _registration_facts(row, org_facts, dossier, session)
    raise BadInputError(
        N_("Voor een dossier van type {t} zijn er (nog) geen controles op bewaarde gegevens.").format(
            t=dossier.dossier_type
        )
    )


def _findings(session: Session, dossier: Dossier, as_of: date) -> list[Q.Finding]:
    kind, facts = facts_for_dossier(session, dossier, as_of=as_of)
    return Q.check_dossier(kind, facts, reference_data_for(session), as_of)


def check_dossier_findings(ctx: AppContext, dossier_id: str, as_of: date) -> list[Q.Finding]:
    """Run the QR-*/ED-* checks on the dossier's stored facts, judged on `as_of`."""
    with ctx.uow() as uow:
        return _findings(uow.session, _load_dossier(uow.session, dossier_id), as_of)


@dataclass(frozen=True)
class InformationRequest:
    """What `request_missing_information` asked and what changed (the clock stopped)."""

    text: str  # one question per line: the suspension's reason and the letter's list
    questions: tuple[Q.InformationQuestion, ...]
    changes: Changes


def request_missing_information(
    ctx: AppContext, dossier_id: str, on: date, selected_rule_ids: Iterable[str]
) -> InformationRequest:
    """Ask the applicant for what the selected "onbekend" findings miss; the clock stops on `on` (ED-5, T-3).

    `selected_rule_ids` are rule IDs ("ED-1", "ED-10"); every open question of those rules is
    asked. A selected rule without an open question is refused, so nothing is asked by mistake.
    """
    selected = {r.strip().upper() for r in selected_rule_ids if r.strip()}
    if not selected:
        raise BadInputError(N_("Kies minstens één regel met een open vraag."))
    findings = check_dossier_findings(ctx, dossier_id, on)
    questions = [q for q in Q.unknown_findings(findings) if q.rule_id in selected]
    without = sorted(selected - {q.rule_id for q in questions})
    if without:
        raise BadInputError(
            N_("Voor {r} is er geen open vraag aan de aanvrager (geen 'onbekend' met een vraag).").format(
                r=", ".join(without)
            )
        )
    text = "\n".join(q.question for q in questions)
    changes = request_information(ctx, dossier_id, on=on, reason=text)
    return InformationRequest(text, tuple(questions), changes)


# --- ED-13: which recognised providers serve a municipality ------------------------------------


def resolve_municipality(text: str) -> MunicipalityRef:
    """A Flemish municipality by REFNIS code or Dutch name (case-insensitive)."""
    needle = text.strip()
    refs = municipalities()
    found = next((m for m in refs if m.nis == needle), None) if needle.isdigit() else None
    if found is None and not needle.isdigit():
        found = next((m for m in refs if m.name_nl.casefold() == needle.casefold()), None)
    if found is None:
        close = [m.name_nl for m in refs if m.name_nl.casefold().startswith(needle.casefold()[:3])][:5]
        hint = N_(" Bedoelt u: {n}?").format(n=", ".join(close)) if close and not needle.isdigit() else ""
        raise BadInputError(N_("'{t}' is geen gemeente uit de referentielijst.{h}").format(t=needle, h=hint))
    if found.region != FLANDERS_REGION:
        raise BadInputError(
            N_(
                "{n} ({c}) ligt niet in Vlaanderen; erkende externe dienstverleners begeleiden werknemers bij Vlaamse "
                "werkgevers."
            ).format(n=found.name_nl, c=found.nis)
        )
    return found


@dataclass(frozen=True)
class ProviderRow:
    """A recognised external service provider that serves the asked municipality (ED-13)."""

    dossier_id: str
    reference: str
    organisation: str
    enterprise_number: str  # formatted
    seat: str  # municipality of the organisation's seat
    contact_name: str
    contact_email: str
    contact_phone: str
    capacity: int
    free_capacity: int
    coverage: str  # gemeente | provincie | Vlaanderen
    working_area: str  # names of the codes, as listed
    valid_from: date
    valid_until: date


_COVERAGE_ORDER = {"gemeente": 0, "provincie": 1, "Vlaanderen": 2}


def find_providers(
    ctx: AppContext, municipality_nis: str, on: date, min_free_capacity: int = 0
) -> list[ProviderRow]:
    """ED-13: providers recognised on `on` whose working area covers the municipality.

    `municipality_nis` is a REFNIS code (a Dutch name is accepted too, see resolve_municipality).

    Covered directly, through its province, or through 02000 (all of Flanders); most specific
    first, then by name. Free capacity is the stated capacity: guidance assignments are not
    stored yet. Providers without capacity, or with less than `min_free_capacity`, are left out.
    """
    muni = resolve_municipality(municipality_nis)
    coverage = {muni.nis: "gemeente", FLANDERS_REGION: "Vlaanderen"}
    if muni.province:
        coverage[muni.province] = "provincie"
    areas = Q.load_area_index()
    with ctx.uow() as uow:
        s = uow.session
        rows = s.execute(
            select(Dossier, RecognitionApplication, Organisation, WorkingArea.nis_code)
            .join(RecognitionApplication, RecognitionApplication.dossier_id == Dossier.id)
            .join(WorkingArea, WorkingArea.application_id == RecognitionApplication.id)
            .join(Organisation, Organisation.id == Dossier.organisation_id)
            .where(
                Dossier.dossier_type == "ED",
                Dossier.status == "erkend",
                Dossier.valid_from <= on,
                Dossier.valid_until >= on,
                WorkingArea.nis_code.in_(coverage),
                RecognitionApplication.capacity >= max(min_free_capacity, 1),
            )
        ).all()
        best: dict[uuid.UUID, tuple[str, Dossier, RecognitionApplication, Organisation]] = {}
        for dossier, app, org, code in rows:
            kind = coverage[code]
            current = best.get(dossier.id)
            if current is None or _COVERAGE_ORDER[kind] < _COVERAGE_ORDER[current[0]]:
                best[dossier.id] = (kind, dossier, app, org)
        out: list[ProviderRow] = []
        for kind, dossier, app, org in best.values():
            codes = list(
                s.scalars(
                    select(WorkingArea.nis_code)
                    .where(WorkingArea.application_id == app.id)
                    .order_by(WorkingArea.nis_code)
                )
            )
            seat = s.get(Municipality, org.municipality_nis) if org.municipality_nis else None
            contact = s.get(Person, app.contact_person_id) if app.contact_person_id else None
            assert dossier.valid_from is not None and dossier.valid_until is not None and app.capacity
            out.append(
                ProviderRow(
                    dossier_id=str(dossier.id),
                    reference=dossier.reference,
                    organisation=org.name,
                    enterprise_number=format_enterprise_number(org.enterprise_number),
                    seat=seat.name_nl if seat else "",
                    contact_name=f"{contact.first_name} {contact.last_name}".strip() if contact else "",
                    contact_email=(contact.email or org.email or "") if contact else (org.email or ""),
                    contact_phone=(contact.phone or org.phone or "") if contact else (org.phone or ""),
                    capacity=app.capacity,
                    free_capacity=app.capacity,
                    coverage=kind,
                    working_area=", ".join(areas.name(c) for c in codes),
                    valid_from=dossier.valid_from,
                    valid_until=dossier.valid_until,
                )
            )
    out.sort(key=lambda p: (_COVERAGE_ORDER[p.coverage], p.organisation.casefold(), p.reference))
    return out


PROVIDER_HEADERS = (
    "Kenmerk",
    "Organisatie",
    "Ondernemingsnummer",
    "Zetel",
    "Contactpersoon",
    "E-mail",
    "Telefoon",
    "Capaciteit",
    "Vrije capaciteit",
    "Bereik",
    "Werkingsgebied",
    "Erkend vanaf",
    "Erkend tot en met",
)


def export_providers(rows: Sequence[ProviderRow], path: Path | str) -> Path:
    """Write the providers to .xlsx through the safe export helper (every cell neutralised)."""
    destination = Path(path)
    if destination.suffix.lower() != ".xlsx":
        raise BadInputError(
            N_("Het exportbestand moet op .xlsx eindigen (gekregen: '{n}').").format(n=destination.name)
        )
    write_xlsx(
        destination,
        [
            ExportSheet(
                "Dienstverleners",
                PROVIDER_HEADERS,
                [
                    [
                        p.reference,
                        p.organisation,
                        p.enterprise_number,
                        p.seat,
                        p.contact_name,
                        p.contact_email,
                        p.contact_phone,
                        p.capacity,
                        p.free_capacity,
                        p.coverage,
                        p.working_area,
                        p.valid_from,
                        p.valid_until,
                    ]
                    for p in rows
                ],
                column_widths=(16, 36, 16, 18, 24, 28, 16, 11, 14, 12, 48, 13, 16),
            )
        ],
    )
    return destination


# --- ED-11 / QR-7: a change that affects the conditions ------------------------------------------

#: The findings that are conditions (a failure proposes a sanction), per dossier type.
CONDITION_RULES: dict[str, frozenset[str]] = {
    "ED": frozenset({"ED-1", "ED-10", "ED-11"}),
    "QR": frozenset({"QR-1", "QR-2", "QR-3", "QR-7"}),
}
#: The transition proposed when a condition fails: withdrawal of a recognition (ED-11),
#: intended suspension or withdrawal of a registration (QR-6 lets the provider respond first).
SANCTION_ACTIONS: dict[str, str] = {"ED": "intrekken", "QR": "schorsing_voornemen"}


@dataclass(frozen=True)
class ProposedTransition:
    """A step the officer may take; proposed, never taken automatically."""

    action: str
    label: str
    rule_id: str
    target: str
    reasons: tuple[str, ...]  # "QR-7: ..." per failing condition
    allowed_for_user: bool  # whether the current user's role may take it


@dataclass(frozen=True)
class ChangeResult:
    change_id: str
    findings: tuple[Q.Finding, ...]
    failed: tuple[Q.Finding, ...]  # conditions that now fail
    proposal: ProposedTransition | None
    changes: Changes


def register_change(
    ctx: AppContext,
    dossier_id: str,
    description: str,
    occurred_on: date | None,
    reported_on: date | None,
) -> ChangeResult:
    """Record a change that affects the conditions (ED-11, QR-7), re-run the checks and propose a step.

    `reported_on` None: the provider did not report it (the department found out). The checks
    run on today's date; when a condition now fails, the result proposes the sanction's first
    step (an ED recognition: withdrawal; a QR registration: intended suspension/withdrawal).
    """
    if not ctx.user.roles & FOLLOW_UP_ROLES:
        raise PermissionDeniedError(
            N_(
                "Enkel een dossierbehandelaar, projectadviseur of teamverantwoordelijke registreert een wijziging."
            )
        )
    text = _required_text(description, N_("Omschrijving"), limit=_MAX_TEXT)
    today = ctx.clock.today()
    for label, day in ((N_("Datum van de wijziging"), occurred_on), (N_("Gemeld op"), reported_on)):
        if day is not None and day > today:
            raise BadInputError(N_("de datum {d:%d/%m/%Y} ligt in de toekomst.").format(d=day), where=label)
    if occurred_on and reported_on and reported_on < occurred_on:
        raise BadInputError(N_("de melding ligt vóór de wijziging zelf."), where=N_("Gemeld op"))
    with ctx.uow(write=True) as uow:
        s = uow.session
        d = _load_dossier(s, dossier_id)
        if d.dossier_type not in CONDITION_RULES:
            raise BadInputError(
                N_(
                    "Een wijziging van de voorwaarden hoort bij een erkenning (ED) of kwaliteitsregistratie (QR)."
                )
            )
        change = ConditionChange(
            dossier_id=d.id, description=text, occurred_on=occurred_on, reported_on=reported_on
        )
        s.add(change)
        rule = "ED-11" if d.dossier_type == "ED" else "QR-7"
        add_event(
            s,
            ctx,
            d,
            reported_on or today,
            "wijziging_gemeld" if reported_on else "wijziging_vastgesteld",
            (
                N_("Wijziging gemeld: {t}") if reported_on else N_("Wijziging vastgesteld (niet gemeld): {t}")
            ).format(t=text),
            {"rule": rule, "occurred_on": occurred_on.isoformat() if occurred_on else None},
        )
        s.flush()
        change_id = str(change.id)
        uow.commit()
    with ctx.uow() as uow:
        s = uow.session
        d = _load_dossier(s, dossier_id)
        findings = _findings(s, d, today)
        dossier_type, status = d.dossier_type, d.status
    failed = tuple(
        f for f in findings if f.rule_id in CONDITION_RULES[dossier_type] and f.verdict == Q.NIET_VOLDAAN
    )
    proposal = None
    if failed:
        transition = _transition(dossier_type, status, SANCTION_ACTIONS[dossier_type])
        if transition is not None:
            proposal = ProposedTransition(
                action=transition.action,
                label=transition.label,
                rule_id=transition.rule_id,
                target=transition.target,
                reasons=tuple(
                    f"{f.rule_id}{' (' + f.subject + ')' if f.subject else ''}: {f.reason}" for f in failed
                ),
                allowed_for_user=bool(ctx.user.roles & transition.roles),
            )
    return ChangeResult(
        change_id,
        tuple(findings),
        failed,
        proposal,
        Changes(frozenset({dossier_id}), frozenset({"dossier", "changes"})),
    )


def _transition(dossier_type: str, status: str, action: str) -> Transition | None:
    for t in workflow_for(dossier_type).transitions:
        if t.action == action and status in t.source:
            return t
    return None


# --- the dossier screen's Toetsing tab -----------------------------------------------------------


@dataclass(frozen=True)
class DossierFindings:
    """The checks of one dossier as the Toetsing tab shows them, with what it needs around them."""

    dossier_id: str
    reference: str
    dossier_type: str
    closed: bool
    checkable: bool  # False: no stored application to judge (MW, DV, an ED or QR entered before the intake)
    findings: tuple[Q.Finding, ...]
    clock_stopped_since: date | None  # an information request still waiting for its answer (T-3)
    stopped_term: str | None  # the term that stands still ("ED-4", "ED-5", ...)


def dossier_findings(ctx: AppContext, dossier_id: str, as_of: date) -> DossierFindings:
    """The findings of `check_dossier_findings`, or none when the dossier holds no application facts.

    An ED or QR dossier without a stored application would only give "onbekend" everywhere, which
    says nothing; the screen says why instead.
    """
    with ctx.uow() as uow:
        s = uow.session
        d = _load_dossier(s, dossier_id)
        if d.dossier_type == "ED":
            checkable = (
                s.scalar(select(RecognitionApplication.id).where(RecognitionApplication.dossier_id == d.id))
                is not None
            )
        elif d.dossier_type == "QR":
            checkable = (
                s.scalar(select(QualityRegistration.id).where(QualityRegistration.dossier_id == d.id))
                is not None
            )
        else:
            checkable = False
        stopped = s.execute(
            select(SuspensionRow.start, DossierTerm.term_id)
            .join(DossierTerm, DossierTerm.id == SuspensionRow.dossier_term_id)
            .where(DossierTerm.dossier_id == d.id, SuspensionRow.end.is_(None))
            .order_by(SuspensionRow.start)
            .limit(1)
        ).first()
        return DossierFindings(
            dossier_id=str(d.id),
            reference=d.reference,
            dossier_type=d.dossier_type,
            closed=d.closed,
            checkable=checkable,
            findings=tuple(_findings(s, d, as_of)) if checkable else (),
            clock_stopped_since=stopped[0] if stopped else None,
            stopped_term=stopped[1] if stopped else None,
        )


def request_missing_information_with_text(
    ctx: AppContext, dossier_id: str, on: date, selected_rule_ids: Iterable[str], text: str
) -> InformationRequest:
    """`request_missing_information` with the officer's own wording of the questions.

    The rules are checked the same way (each selected rule must have an open question on `on`);
    `text`, as the officer edited it, becomes the suspension's reason and the letter's list.
    """
    selected = {r.strip().upper() for r in selected_rule_ids if r.strip()}
    if not selected:
        raise BadInputError(N_("Kies minstens één regel met een open vraag."))
    if not text.strip():
        raise BadInputError(N_("Vermeld welke informatie ontbreekt."))
    findings = check_dossier_findings(ctx, dossier_id, on)
    questions = [q for q in Q.unknown_findings(findings) if q.rule_id in selected]
    without = sorted(selected - {q.rule_id for q in questions})
    if without:
        raise BadInputError(
            N_("Voor {r} is er geen open vraag aan de aanvrager (geen 'onbekend' met een vraag).").format(
                r=", ".join(without)
            )
        )
    changes = request_information(ctx, dossier_id, on=on, reason=text.strip())
    return InformationRequest(text.strip(), tuple(questions), changes)


# --- reference lists in Beheer: the label catalogue (QR-2) and the audit register (QR-3) ----------

REFERENCE_EDIT_ROLE = Role.TEAMVERANTWOORDELIJKE
BEHEER_PUBLICATION_ID = "Beheer"


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


def _require_team_lead(ctx: AppContext, what: str) -> None:
    if not ctx.user.has(REFERENCE_EDIT_ROLE):
        raise PermissionDeniedError(N_("Enkel een teamverantwoordelijke past {w} aan.").format(w=what))


def _row_id(value: str, message: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise NotFoundError(message) from None


def _catalogue_slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:50]
    return slug or "label"


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
) -> str:
    """Add (`label_id` None) or change (`label_id` = the row's id) one entry of the accepted list.

    Team lead only. `areas` maps klantgerichtheid / personeelsbeheer / financieel_beheer to
    whether the proof covers it (QR-1). A change needs the `expected_version` the user loaded;
    a stale one is refused with ConflictError. A new entry gets a catalogue id made from its
    name and belongs to the latest publication. Returns the row's id.
    """
    _require_team_lead(ctx, N_("de lijst van kwaliteitsbewijzen"))
    label_name = _required_text(name, N_("Naam"), limit=200)
    if route not in PROOF_ROUTES:
        raise BadInputError(
            N_("onbekende route '{r}' (kies uit: {a}).").format(r=route, a=", ".join(PROOF_ROUTES)),
            where=N_("Route"),
        )
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
            row = s.get(QualityLabel, _row_id(label_id, N_("Dit kwaliteitsbewijs bestaat niet (meer).")))
            if row is None:
                raise NotFoundError(N_("Dit kwaliteitsbewijs bestaat niet (meer)."))
            assert expected_version is not None
            check_version(
                s,
                row,
                expected_version=expected_version,
                mine=values,
                entity="quality_labels",
                label=N_("Kwaliteitsbewijs"),
            )
        # The same name under another catalogue id would make two proofs indistinguishable.
        same_name = select(QualityLabel).where(func.lower(QualityLabel.name) == label_name.lower())
        if row is not None:
            same_name = same_name.where(QualityLabel.label_id != row.label_id)
        clash = s.scalars(same_name).first()
        if clash is not None:
            raise BadInputError(
                N_("er staat al een kwaliteitsbewijs met deze naam op de lijst ({i}).").format(
                    i=clash.label_id
                ),
                where=N_("Naam"),
            )
        if row is None:
            slug = base = _catalogue_slug(label_name)
            taken = set(
                s.scalars(select(QualityLabel.label_id).where(QualityLabel.label_id.like(f"{base}%")))
            )
            n = 2
            while slug in taken:
                slug, n = f"{base}-{n}", n + 1
            publication = s.scalars(
                select(QualityLabelPublication).order_by(QualityLabelPublication.published_on.desc())
            ).first()
            if publication is None:
                publication = QualityLabelPublication(
                    publication_id=BEHEER_PUBLICATION_ID,
                    title=N_("Aangepast in Beheer"),
                    published_on=ctx.clock.today(),
                )
                s.add(publication)
                s.flush()
            row = QualityLabel(label_id=slug, publication_id=publication.publication_id, **values)
            s.add(row)
        else:
            for key, value in values.items():
                if getattr(row, key) != value:
                    setattr(row, key, value)
        try:
            with conflict_on_stale_commit(
                s,
                lambda: s.get(QualityLabel, uuid.UUID(str(label_id))),
                expected_version=expected_version or 0,
                mine=values,
                not_found=N_("Dit kwaliteitsbewijs bestaat niet (meer)."),
                entity="quality_labels",
                label=N_("Kwaliteitsbewijs"),
            ):
                s.flush()
                row_id = str(row.id)
                uow.commit()
        except IntegrityError:
            raise BadInputError(
                N_("dit kwaliteitsbewijs begint al op deze datum."), where=N_("Geldig vanaf")
            ) from None
    return row_id


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
) -> str:
    """Add (`organisation_id` None) or change an audit or assessment organisation (QR-3).

    Team lead only; a change needs `expected_version` (stale → ConflictError). Returns its id.
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
        ).id
    if expected_version is None:
        raise ValueError("changing an audit organisation needs the expected_version")
    org_name = _required_text(name, N_("Naam"))
    number = _normalised_kbo(enterprise_number, N_("Ondernemingsnummer")) if enterprise_number else None
    if declaration_filed_on and valid_until and valid_until < declaration_filed_on:
        raise BadInputError(
            N_("de einddatum ligt vóór de indiening van de verklaring."), where=N_("Geldig tot")
        )
    values = {
        "name": org_name,
        "enterprise_number": number,
        "declaration_filed_on": declaration_filed_on,
        "valid_until": valid_until,
        "auditors_are_providers": auditors_are_providers,
    }
    not_found = N_("Deze auditorganisatie bestaat niet (meer).")
    with ctx.uow(write=True) as uow:
        s = uow.session
        row = s.get(AuditOrganisation, _row_id(organisation_id, not_found))
        if row is None:
            raise NotFoundError(not_found)
        check_version(
            s,
            row,
            expected_version=expected_version,
            mine=values,
            entity="audit_organisations",
            label=N_("Auditorganisatie"),
        )
        if number is not None:
            existing = s.scalar(
                select(AuditOrganisation).where(
                    AuditOrganisation.enterprise_number == number, AuditOrganisation.id != row.id
                )
            )
            if existing is not None:
                raise BadInputError(
                    N_("Er bestaat al een auditorganisatie met ondernemingsnummer {n}: {o}.").format(
                        n=format_enterprise_number(number), o=existing.name
                    ),
                    where=N_("Ondernemingsnummer"),
                )
        for key, value in values.items():
            if getattr(row, key) != value:
                setattr(row, key, value)
        row_id = str(row.id)
        with conflict_on_stale_commit(
            s,
            lambda: s.get(AuditOrganisation, uuid.UUID(row_id)),
            expected_version=expected_version,
            mine=values,
            not_found=not_found,
            entity="audit_organisations",
            label=N_("Auditorganisatie"),
        ):
            uow.commit()
    return row_id


__all__ = [
    "CONDITION_RULES",
    "PROVIDER_HEADERS",
    "SANCTION_ACTIONS",
    "SCHEMA_ID",
    "ApplicationView",
    "AuditOrganisationView",
    "ChangeResult",
    "ChangeView",
    "DossierFindings",
    "DuplicateRecordError",
    "ImportResult",
    "InformationRequest",
    "IntakeApplication",
    "LabelView",
    "Problem",
    "ProposedTransition",
    "ProviderRow",
    "SavedRecord",
    "SubcontractorView",
    "SupervisorView",
    "add_establishment",
    "check_dossier_findings",
    "dossier_findings",
    "export_providers",
    "facts_for_dossier",
    "find_providers",
    "get_application",
    "import_application",
    "label_catalogue",
    "list_audit_organisations",
    "list_quality_labels",
    "record_quality_registration",
    "reference_data_for",
    "register_audit_organisation",
    "register_change",
    "register_organisation",
    "registration_fact",
    "request_missing_information",
    "request_missing_information_with_text",
    "resolve_municipality",
    "reveal_national_number",
    "save_audit_organisation",
    "save_quality_label",
    "sync_label_catalogue",
    "update_quality_registration",
    "validate_application",
]
