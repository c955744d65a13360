"""What storing a document of the online counter shares, whatever its schema.

A recognition application (`wsedesk-intake/1`, services/recognition.py) and a quality
registration (`wsedesk-qr/1`, services/quality_registrations.py) both name an organisation by
KBO number — found, or created — and a contact person, may arrive twice, and draw a dossier
reference that a colleague importing at the same moment may draw too. Either store begins with
`arrival` (the organisation, or the refusal of a document that arrived twice) and ends with
`Arrival.stored`; the outcome of either import is an `ImportResult`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wsedesk.errors import PermissionDeniedError
from wsedesk.i18n import N_
from wsedesk.importers.counter_json import IntakeContact, IntakeOrganisation, Problem
from wsedesk.models import Dossier, Organisation, Person
from wsedesk.rules.identifiers import format_enterprise_number
from wsedesk.rules.roles import OFFICER_ROLES
from wsedesk.services.changes import Changes

if TYPE_CHECKING:
    from wsedesk.context import AppContext


@dataclass(frozen=True)
class ImportResult:
    """The outcome of an import: either `ok` with the new dossier, or the problems (nothing stored)."""

    ok: bool
    problems: tuple[Problem, ...] = ()
    reference: str | None = None
    dossier_id: str | None = None
    organisation_id: str | None = None
    organisation_created: bool = False
    admissibility_due: date | None = None  # ED-4: 7 days from the submission
    decision_due: date | None = None  # QR-4: 40 days from the submission
    warnings: tuple[str, ...] = ()
    schema: str = ""
    changes: Changes = field(default_factory=Changes)


def require_intake_role(ctx: AppContext) -> None:
    if not ctx.user.roles & OFFICER_ROLES:
        raise PermissionDeniedError(
            N_("Enkel een dossierbehandelaar of teamverantwoordelijke schrijft aanvragen in.")
        )


def retrying(store: Callable[[], ImportResult]) -> ImportResult:
    """Run `store`; when a colleague drew the same dossier reference meanwhile, simply try again.

    Two officers importing at the same moment may draw the same reference number (PostgreSQL);
    the unique constraint refuses the second.
    """
    for attempt in range(3):
        try:
            return store()
        except IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def organisation_for(
    session: Session, o: IntakeOrganisation, warnings: list[str]
) -> tuple[Organisation, bool]:
    """The organisation with the document's KBO number, or a new one; (organisation, created).

    A stored organisation is never changed by a document; a different name or kind is a warning.
    A number that was merged into another organisation leads to that one.
    """
    org = session.scalar(select(Organisation).where(Organisation.enterprise_number == o.enterprise_number))
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
        session.add(org)
        session.flush()
        return org, True
    if org.merged_into_id is not None:
        kept = session.get(Organisation, org.merged_into_id)
        if kept is not None:
            warnings.append(
                N_(
                    "{n} werd samengevoegd met {k} ({m}); de aanvraag werd bij die organisatie ingeschreven."
                ).format(
                    n=format_enterprise_number(org.enterprise_number),
                    k=kept.name,
                    m=format_enterprise_number(kept.enterprise_number),
                )
            )
            return kept, False
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
    if org.closed_on is not None:
        warnings.append(
            N_("De organisatie {o} staat als afgesloten geregistreerd sinds {d}.").format(
                o=org.name, d=org.closed_on.strftime("%d/%m/%Y")
            )
        )
    return org, False


class CounterDocument(Protocol):
    """What `arrival` reads of a validated counter document (IntakeApplication, QrApplication)."""

    @property
    def organisation(self) -> IntakeOrganisation: ...
    @property
    def submitted_on(self) -> date: ...
    @property
    def warnings(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class Arrival:
    """A counter document being stored: the organisation it names (found or created) and its warnings."""

    organisation: Organisation
    created: bool
    warnings: list[str]
    schema: str

    def stored(
        self,
        dossier: Dossier,
        changes: Changes,
        *,
        admissibility_due: date | None = None,
        decision_due: date | None = None,
    ) -> ImportResult:
        """The outcome of a document stored as `dossier`."""
        return ImportResult(
            ok=True,
            reference=dossier.reference,
            dossier_id=str(dossier.id),
            organisation_id=str(self.organisation.id),
            organisation_created=self.created,
            admissibility_due=admissibility_due,
            decision_due=decision_due,
            warnings=tuple(self.warnings),
            schema=self.schema,
            changes=changes,
        )


def arrival(session: Session, doc: CounterDocument, dossier_type: str, schema: str) -> Arrival | ImportResult:
    """The organisation the document names (organisation_for), or the refusal of a document that
    arrived before: the organisation already has an open dossier of this type submitted that day."""
    warnings = list(doc.warnings)
    org, created = organisation_for(session, doc.organisation, warnings)
    if not created:
        problem = duplicate_problem(session, org, dossier_type, doc.submitted_on)
        if problem is not None:
            return ImportResult(ok=False, problems=(problem,), schema=schema)
    return Arrival(org, created, warnings, schema)


def duplicate_problem(
    session: Session, org: Organisation, dossier_type: str, submitted_on: date
) -> Problem | None:
    """A problem when the organisation already has an open dossier of this type submitted that day."""
    duplicate = session.scalar(
        select(Dossier).where(
            Dossier.organisation_id == org.id,
            Dossier.dossier_type == dossier_type,
            Dossier.submitted_on == submitted_on,
            Dossier.closed.is_(False),
        )
    )
    if duplicate is None:
        return None
    return Problem(
        "ingediend_op",
        N_(
            "er is al een open dossier {r} voor {o} ({n}), ingediend op {d}; deze aanvraag werd niet opnieuw "
            "ingeschreven"
        ).format(
            r=duplicate.reference,
            o=org.name,
            n=format_enterprise_number(org.enterprise_number),
            d=submitted_on.isoformat(),
        ),
    )


def _split_name(full: str) -> tuple[str, str]:
    first, _, last = full.strip().partition(" ")
    return first, last.strip()


def contact_for(session: Session, org: Organisation, contact: IntakeContact) -> Person:
    """The organisation's contact person with this e-mail address, or a new one."""
    person = session.scalar(
        select(Person)
        .where(Person.organisation_id == org.id, func.lower(Person.email) == contact.email.lower())
        .order_by(Person.created_at)
        .limit(1)
    )
    if person is None:
        first, last = _split_name(contact.name)
        person = Person(
            organisation_id=org.id,
            first_name=first,
            last_name=last,
            function=N_("contactpersoon"),
            email=contact.email,
            phone=contact.phone,
        )
        session.add(person)
        session.flush()
    return person


__all__ = [
    "Arrival",
    "ImportResult",
    "arrival",
    "contact_for",
    "duplicate_problem",
    "organisation_for",
    "require_intake_role",
    "retrying",
]
