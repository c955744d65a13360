"""Recognition applications (ED, domain.md §3.2): store one from the online counter, read it, reveal a number.

`import_application` validates the JSON (importers/intake_json.py) and stores it as an
organisation (found by KBO number or created), an ED dossier with its ED-4 term, the
application, its supervisors, subcontractors and working area — all or nothing, every problem
named by its JSON path.

National register numbers are shown masked; `reveal_national_number` is the only way to read one
in full, and every reveal is written to the audit trail (domain.md §2).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsedesk.errors import NotFoundError, PermissionDeniedError
from wsedesk.i18n import N_
from wsedesk.importers.intake_json import SCHEMA_ID, IntakeApplication, Problem, validate_application
from wsedesk.models import (
    ConditionChange,
    Dossier,
    Organisation,
    Person,
    RecognitionApplication,
    Subcontractor,
    Supervisor,
    WorkingArea,
)
from wsedesk.rules import quality as Q
from wsedesk.rules.identifiers import format_enterprise_number, parse_national_number
from wsedesk.rules.roles import OFFICER_ROLES
from wsedesk.rules.workflows import DossierType
from wsedesk.services.changes import Changes
from wsedesk.services.counter_intake import (
    ImportResult,
    arrival,
    contact_for,
    require_intake_role,
    retrying,
)
from wsedesk.services.dossiers import load_dossier, new_dossier
from wsedesk.services.terms import open_initial_terms
from wsedesk.services.timeline import add_event
from wsedesk.storage import audit

if TYPE_CHECKING:
    from wsedesk.context import AppContext

INTAKE_EVENT = N_("Aanvraag ontvangen via het e-loket")


# The applicant's answers on the form: read from the counter's JSON, stored as they are, shown back.
FORM_ANSWERS = (
    "simplified_requested",
    "experience_motivation",
    "capacity",
    "capacity_motivation",
    "intervision_commitment",
    "declaration_on_honour",
    "declaration_signed_by",
    "declaration_signed_on",
)


def _form_answers(source: IntakeApplication | RecognitionApplication) -> dict[str, Any]:
    return {name: getattr(source, name) for name in FORM_ANSWERS}


def import_application(ctx: AppContext, data: Mapping[str, Any] | object) -> ImportResult:
    """Store an online-counter application as a new ED dossier — all or nothing.

    On a problem nothing is stored and the result lists every problem by JSON path. On success:
    the organisation (found by KBO number, or created), an ED dossier `ED-<year>-<nnnnn>` with
    the ED-4 term (7 days to judge admissibility), the timeline event, the application, its
    supervisors, subcontractors and working area.
    """
    require_intake_role(ctx)
    app, problems = validate_application(data, today=ctx.clock.today())
    if app is None:
        return ImportResult(ok=False, problems=tuple(problems), schema=SCHEMA_ID)
    return retrying(lambda: _store_application(ctx, app))


def _store_application(ctx: AppContext, app: IntakeApplication) -> ImportResult:
    o = app.organisation
    with ctx.uow(write=True) as uow:
        s = uow.session
        arrived = arrival(s, app, DossierType.EXTERNE_DIENSTVERLENER.value, SCHEMA_ID)
        if isinstance(arrived, ImportResult):
            return arrived
        org = arrived.organisation
        subject = N_("Erkenning externe dienstverlener")
        if app.simplified_applies:
            subject += N_(" (vereenvoudigde procedure)")
        dossier = new_dossier(s, "ED", org, app.submitted_on, subject)
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

        contact = contact_for(s, org, o.contact)
        application = RecognitionApplication(
            dossier_id=dossier.id,
            contact_person_id=contact.id,
            intake_schema=app.schema,
            experience_judged_sufficient=None,
            subcontractors_stated=True,
            **_form_answers(app),
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
        result = arrived.stored(
            dossier,
            Changes(frozenset({str(dossier.id)}), frozenset({"dossier", "terms", "organisation"})),
            admissibility_due=next((t.due_cache for t in terms if t.term_id == "ED-4"), None),
        )
        uow.commit()
    return result


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


def supervisors_of(session: Session, app: RecognitionApplication) -> list[tuple[Supervisor, Person]]:
    """The application's qualified supervisors with their person records, in the form's order."""
    rows = session.execute(
        select(Supervisor, Person)
        .join(Person, Person.id == Supervisor.person_id)
        .where(Supervisor.application_id == app.id)
        .order_by(Supervisor.position)
    ).all()
    return [(sup, person) for sup, person in rows]


def get_application(ctx: AppContext, dossier_id: str) -> ApplicationView:
    """The application of an ED dossier, with its supervisors' national numbers masked."""
    areas = Q.load_area_index()
    diplomas = Q.load_supervisor_diplomas()
    with ctx.uow() as uow:
        s = uow.session
        d = load_dossier(s, dossier_id)
        app = _application_of(s, d)
        org = s.get(Organisation, d.organisation_id)
        assert org is not None
        contact = s.get(Person, app.contact_person_id) if app.contact_person_id else None
        sups = supervisors_of(s, app)
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
            experience_judged_sufficient=app.experience_judged_sufficient,
            **_form_answers(app),
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


__all__ = [
    "SCHEMA_ID",
    "ApplicationView",
    "ChangeView",
    "ImportResult",
    "Problem",
    "SubcontractorView",
    "SupervisorView",
    "get_application",
    "import_application",
    "reveal_national_number",
    "supervisors_of",
]
