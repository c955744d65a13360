"""Organisation use cases: register, add an establishment, change either, and the paged organisation list.

A KBO or establishment number is stored once; a second record is refused with a pointer to the
first (DuplicateRecordError, which the GUI uses to open it). Changes go through the one version
check of services/conflicts.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsedesk.errors import BadInputError, NotFoundError
from wsedesk.i18n import N_
from wsedesk.models import Dossier, Establishment, Municipality, Organisation
from wsedesk.models.organisations import ORGANISATION_KIND_LABELS, OrganisationKind
from wsedesk.rules.identifiers import (
    IdentifierError,
    format_enterprise_number,
    format_establishment_number,
    format_stored_enterprise_number,
    normalise_establishment_number,
)
from wsedesk.rules.workflows import status_label
from wsedesk.services.changes import Changes
from wsedesk.services.conflicts import VersionedRows, check_version, set_changed
from wsedesk.services.fields import (
    check_editable,
    kbo_number,
    known_municipality,
    known_postal_code,
    optional_email,
    optional_text,
    required_text,
    stored_row,
)
from wsedesk.storage.organisation_queries import (
    ORGANISATION_SORT_KEYS,
    OrganisationFilter,
    OrganisationRepository,
)
from wsedesk.storage.repositories import PageArgs

if TYPE_CHECKING:
    from wsedesk.context import AppContext

__all__ = [
    "ESTABLISHMENTS",
    "ESTABLISHMENT_FIELDS",
    "ORGANISATIONS",
    "ORGANISATION_FIELDS",
    "ORGANISATION_SORT_KEYS",
    "DuplicateRecordError",
    "EstablishmentDetail",
    "OrganisationDetail",
    "OrganisationDossier",
    "OrganisationFilter",
    "OrganisationRow",
    "RecordKind",
    "SavedRecord",
    "add_establishment",
    "count_organisations",
    "find_organisation_id",
    "get_organisation",
    "list_organisations",
    "organisation_kinds",
    "register_organisation",
    "update_establishment",
    "update_organisation",
]


@dataclass(frozen=True)
class OrganisationRow:
    id: str
    name: str
    enterprise_number: str  # formatted: 0428.759.497
    kind: str
    kind_label: str  # Dutch source string (N_), translated by the view
    municipality: str
    province: str
    dossier_count: int


def _kind_label(kind: str) -> str:
    try:
        return ORGANISATION_KIND_LABELS[OrganisationKind(kind)]
    except ValueError:
        return kind


def list_organisations(
    ctx: AppContext, flt: OrganisationFilter, **page: Unpack[PageArgs]
) -> list[OrganisationRow]:
    with ctx.uow() as uow:
        rows = OrganisationRepository(uow.session).page(flt, **page)
    return [
        OrganisationRow(
            id=str(r.id),
            name=r.name,
            enterprise_number=format_stored_enterprise_number(r.enterprise_number),
            kind=r.kind,
            kind_label=_kind_label(r.kind),
            municipality=r.municipality or "",
            province=r.province or "",
            dossier_count=int(r.dossiers or 0),
        )
        for r in rows
    ]


def count_organisations(ctx: AppContext, flt: OrganisationFilter) -> int:
    with ctx.uow() as uow:
        return OrganisationRepository(uow.session).count(flt)


def organisation_kinds() -> list[tuple[str, str]]:
    """(code, Dutch label) for the kind filter."""
    return [(k.value, label) for k, label in ORGANISATION_KIND_LABELS.items()]


# --- registering and changing organisations and establishments ------------------------------------


class DuplicateRecordError(BadInputError):
    """A record with this number exists already; `existing_id` points at it (the GUI opens it)."""

    def __init__(self, message: str, *, entity: str, existing_id: str, name: str, number: str) -> None:
        super().__init__(message)
        self.entity = entity
        self.existing_id = existing_id
        self.name = name
        self.number = number


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


class Address(TypedDict, total=False):
    """Where an organisation or establishment is: optional, checked against the reference lists."""

    street: str | None
    postal_code: str | None
    municipality_nis: str | None


class Contact(Address, total=False):
    """An organisation's address, e-mail and phone number (all optional)."""

    email: str | None
    phone: str | None


#: Fields of an organisation a user may change (the KBO number is who it is: never changed).
ORGANISATION_FIELDS = ("name", "kind", "street", "postal_code", "municipality_nis", "email", "phone")
#: Fields of an establishment a user may change (not its number, nor whose it is).
ESTABLISHMENT_FIELDS = ("name", "street", "postal_code", "municipality_nis")
_NOT_FOUND = N_("Deze organisatie bestaat niet (meer).")
R = TypeVar("R", Organisation, Establishment)


@dataclass(frozen=True)
class RecordKind(VersionedRows[R]):
    """Organisations or establishments as their use cases change them, and the fields a user may edit."""

    editable: tuple[str, ...]

    def stored(self, session: Session, record_id: str) -> R:
        return stored_row(session, self.model, record_id, self.not_found)


ORGANISATIONS = RecordKind(
    Organisation, "organisations", N_("Organisatie {n}"), _NOT_FOUND, ORGANISATION_FIELDS
)
ESTABLISHMENTS = RecordKind(
    Establishment,
    "establishments",
    N_("Vestiging {n}"),
    N_("Deze vestiging bestaat niet (meer)."),
    ESTABLISHMENT_FIELDS,
)


def _kind(value: object) -> str:
    kind = str(value or "")
    if kind not in {k.value for k in OrganisationKind}:
        raise BadInputError(
            N_("onbekende soort '{k}' (kies uit: {a}).").format(
                k=kind, a=", ".join(k.value for k in OrganisationKind)
            ),
            where=N_("Soort"),
        )
    return kind


def _field_value(session: Session, key: str, value: Any) -> Any:
    """One field of an organisation or establishment as stored, normalised the one way."""
    if key == "name":
        return required_text(value, N_("Naam"))
    if key == "kind":
        return _kind(value)
    if key == "municipality_nis":
        return known_municipality(session, value, N_("Gemeente"))
    if key == "email":
        return optional_email(value, N_("E-mail"))
    return optional_text(value)


def _values(
    session: Session, changes: Mapping[str, Any], editable: tuple[str, ...], row: Any = None
) -> dict[str, Any]:
    """The changed fields as stored; a postal code must be one of the (new or kept) municipality's."""
    check_editable(changes, editable)
    values = {key: _field_value(session, key, value) for key, value in changes.items()}
    if "postal_code" in values or "municipality_nis" in values:
        nis = values.get("municipality_nis", getattr(row, "municipality_nis", None))
        postal = values.get("postal_code", getattr(row, "postal_code", None))
        checked = known_postal_code(postal, nis, N_("Postcode"))
        if "postal_code" in values:
            values["postal_code"] = checked
    return values


def _merged_message(session: Session, org: Organisation) -> str:
    kept = session.get(Organisation, org.merged_into_id) if org.merged_into_id else None
    return N_("{o} werd samengevoegd met {k}; wijzig die organisatie.").format(
        o=org.name,
        k=f"{kept.name} ({format_stored_enterprise_number(kept.enterprise_number)})" if kept else "?",
    )


def _duplicate_organisation(org: Organisation) -> DuplicateRecordError:
    number = format_enterprise_number(org.enterprise_number)
    return DuplicateRecordError(
        N_("Er bestaat al een organisatie met ondernemingsnummer {n}: {o}.").format(n=number, o=org.name),
        entity="organisations",
        existing_id=str(org.id),
        name=org.name,
        number=number,
    )


def register_organisation(
    ctx: AppContext, *, enterprise_number: str, name: str, kind: str, **contact: Unpack[Contact]
) -> SavedRecord:
    """A new organisation; its KBO number is normalised (`BE 428 759 497` → `0428759497`).

    A second organisation with the same number is refused with DuplicateRecordError, which
    names the existing record (name and number) and carries its id.
    """
    number = kbo_number(enterprise_number, N_("Ondernemingsnummer"))
    org_name = required_text(name, N_("Naam"))
    _kind(kind)
    with ctx.uow(write=True) as uow:
        s = uow.session
        existing = s.scalar(select(Organisation).where(Organisation.enterprise_number == number))
        if existing is not None:
            raise _duplicate_organisation(existing)
        org = Organisation(
            enterprise_number=number,
            name=org_name,
            kind=kind,
            **_values(s, contact, ORGANISATION_FIELDS),
        )
        return _store_new(uow, org, format_enterprise_number(number))


def _save_changes(
    ctx: AppContext,
    kind: RecordKind[Any],
    record_id: str,
    expected_version: int,
    changes: Mapping[str, Any],
    original: Mapping[str, Any] | None,
) -> Changes:
    """The version-checked save both update_organisation and update_establishment are."""
    with ctx.uow(write=True) as uow:
        s = uow.session
        row = kind.stored(s, record_id)
        if original is not None:  # what the conflict says the other user changed: editable fields only
            original = {k: v for k, v in original.items() if k in kind.editable}
        conflict = kind.conflict(row, expected_version, changes, original)
        check_version(s, row, **conflict)
        if getattr(row, "merged_into_id", None) is not None:
            raise BadInputError(_merged_message(s, row))
        set_changed(row, _values(s, changes, kind.editable, row))
        kind.commit(uow, row, conflict)
    return Changes.of("organisation")


def update_organisation(
    ctx: AppContext,
    organisation_id: str,
    *,
    expected_version: int,
    changes: Mapping[str, Any],
    original: Mapping[str, Any] | None = None,
) -> Changes:
    """Save a user's edits of an organisation (ORGANISATION_FIELDS), checked as register_organisation checks them.

    Refused with ConflictError when someone saved it since `expected_version`; `original` (the
    values the user loaded) lets the conflict say what the other user changed.
    """
    return _save_changes(ctx, ORGANISATIONS, organisation_id, expected_version, changes, original)


def add_establishment(
    ctx: AppContext, organisation_id: str, *, establishment_number: str, name: str, **address: Unpack[Address]
) -> SavedRecord:
    """An establishment (vestiging) of an organisation; a number already stored is refused with a pointer."""
    try:
        number = normalise_establishment_number(establishment_number)
    except IdentifierError as exc:
        raise BadInputError(str(exc), where=N_("Vestigingsnummer")) from None
    est_name = required_text(name, N_("Naam"))
    with ctx.uow(write=True) as uow:
        s = uow.session
        org = s.get(Organisation, uuid.UUID(organisation_id))
        if org is None:
            raise NotFoundError(_NOT_FOUND)
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
            **_values(s, address, ESTABLISHMENT_FIELDS),
        )
        return _store_new(uow, est, format_establishment_number(number))


def _store_new(uow: Any, row: Organisation | Establishment, number: str) -> SavedRecord:
    """Add a new organisation or establishment and commit; what the caller shows of it."""
    uow.session.add(row)
    uow.session.flush()
    saved = SavedRecord(str(row.id), row.name, number, Changes.of("organisation"))
    uow.commit()
    return saved


def update_establishment(
    ctx: AppContext,
    establishment_id: str,
    *,
    expected_version: int,
    changes: Mapping[str, Any],
    original: Mapping[str, Any] | None = None,
) -> Changes:
    """Save a user's edits of an establishment (ESTABLISHMENT_FIELDS); stale → ConflictError."""
    return _save_changes(ctx, ESTABLISHMENTS, establishment_id, expected_version, changes, original)


# --- one organisation, as `wsedesk org show` and the edit dialog read it ---------------------------


@dataclass(frozen=True)
class EstablishmentDetail:
    id: str
    establishment_number: str  # formatted: 2.123.456.789
    name: str
    street: str | None
    postal_code: str | None
    municipality_nis: str | None
    municipality: str
    closed_on: date | None
    version: int


@dataclass(frozen=True)
class OrganisationDossier:
    id: str
    reference: str
    dossier_type: str
    status: str
    status_label: str  # Dutch source string (N_)
    closed: bool


@dataclass(frozen=True)
class OrganisationDetail:
    """An organisation with its establishments and dossiers; `version` is what an edit starts from."""

    id: str
    enterprise_number: str  # formatted: 0428.759.497
    name: str
    kind: str
    kind_label: str
    street: str | None
    postal_code: str | None
    municipality_nis: str | None
    municipality: str
    email: str | None
    phone: str | None
    closed_on: date | None
    merged_into: str | None  # "Name (0428.759.497)" of the organisation it was merged into
    merged_into_id: str | None
    version: int
    establishments: tuple[EstablishmentDetail, ...]
    dossiers: tuple[OrganisationDossier, ...]

    def values(self) -> dict[str, Any]:
        """The editable fields as loaded: the `original` of update_organisation."""
        return {key: getattr(self, key) for key in ORGANISATION_FIELDS}


def find_organisation_id(ctx: AppContext, enterprise_number: str) -> str:
    """The id of the organisation with this KBO number (any notation), or NotFoundError."""
    number = kbo_number(enterprise_number, N_("Ondernemingsnummer"))
    with ctx.uow() as uow:
        found = uow.session.scalar(select(Organisation.id).where(Organisation.enterprise_number == number))
    if found is None:
        raise NotFoundError(
            N_("Er is geen organisatie met ondernemingsnummer {n}.").format(
                n=format_enterprise_number(number)
            )
        )
    return str(found)


def _municipality_names(session: Session, codes: set[str]) -> dict[str, str]:
    if not codes:
        return {}
    rows = session.execute(
        select(Municipality.nis_code, Municipality.name_nl).where(Municipality.nis_code.in_(codes))
    )
    return {nis: name for nis, name in rows}


def get_organisation(ctx: AppContext, organisation_id: str) -> OrganisationDetail:
    """One organisation with its establishments (by number) and its dossiers (newest first)."""
    with ctx.uow() as uow:
        s = uow.session
        org = stored_row(s, Organisation, organisation_id, _NOT_FOUND)
        ests = list(
            s.scalars(
                select(Establishment)
                .where(Establishment.organisation_id == org.id)
                .order_by(Establishment.establishment_number)
            )
        )
        dossiers = list(
            s.execute(
                select(Dossier.id, Dossier.reference, Dossier.dossier_type, Dossier.status, Dossier.closed)
                .where(Dossier.organisation_id == org.id)
                .order_by(Dossier.submitted_on.desc(), Dossier.reference.desc())
            )
        )
        names = _municipality_names(
            s, {c for c in [org.municipality_nis, *(e.municipality_nis for e in ests)] if c}
        )
        kept = s.get(Organisation, org.merged_into_id) if org.merged_into_id else None
        return OrganisationDetail(
            id=str(org.id),
            enterprise_number=format_stored_enterprise_number(org.enterprise_number),
            name=org.name,
            kind=org.kind,
            kind_label=_kind_label(org.kind),
            street=org.street,
            postal_code=org.postal_code,
            municipality_nis=org.municipality_nis,
            municipality=names.get(org.municipality_nis or "", ""),
            email=org.email,
            phone=org.phone,
            closed_on=org.closed_on,
            merged_into=f"{kept.name} ({format_stored_enterprise_number(kept.enterprise_number)})"
            if kept
            else None,
            merged_into_id=str(kept.id) if kept else None,
            version=org.version,
            establishments=tuple(
                EstablishmentDetail(
                    id=str(e.id),
                    establishment_number=_formatted_establishment(e.establishment_number),
                    name=e.name,
                    street=e.street,
                    postal_code=e.postal_code,
                    municipality_nis=e.municipality_nis,
                    municipality=names.get(e.municipality_nis or "", ""),
                    closed_on=e.closed_on,
                    version=e.version,
                )
                for e in ests
            ),
            dossiers=tuple(
                OrganisationDossier(
                    id=str(d.id),
                    reference=d.reference,
                    dossier_type=d.dossier_type,
                    status=d.status,
                    status_label=status_label(d.dossier_type, d.status),
                    closed=d.closed,
                )
                for d in dossiers
            ),
        )


def _formatted_establishment(number: str) -> str:
    try:
        return format_establishment_number(number)
    except IdentifierError:
        return number
