"""ED-13: which recognised external service providers serve a municipality, and their export to .xlsx."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, case, func, select, type_coerce
from sqlalchemy.orm import aliased

from wsedesk.documents.xlsx_export import ExportSheet, write_xlsx
from wsedesk.errors import BadInputError
from wsedesk.i18n import N_
from wsedesk.models import Dossier, Municipality, Organisation, Person, RecognitionApplication, WorkingArea
from wsedesk.rules import quality as Q
from wsedesk.rules.identifiers import format_stored_enterprise_number
from wsedesk.rules.municipalities import MunicipalityRef
from wsedesk.rules.quality_reference import FLANDERS_REGION
from wsedesk.services.guidance import active_count
from wsedesk.services.reference import find_municipality

if TYPE_CHECKING:
    from wsedesk.context import AppContext


def resolve_municipality(text: str) -> MunicipalityRef:
    """A Flemish municipality by REFNIS code or Dutch name (case-insensitive)."""
    found = find_municipality(text)
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
    first, then by name. Free capacity is the stated capacity less the guidance assignments that
    run on `on` (services/guidance.py), counted in SQL. Providers without free capacity, or with
    less than `min_free_capacity`, are left out. Three queries whatever the number of providers:
    the providers with their coverage, contact and seat; their working areas.
    """
    muni = resolve_municipality(municipality_nis)
    coverage = {muni.nis: "gemeente", FLANDERS_REGION: "Vlaanderen"}
    if muni.province:
        coverage[muni.province] = "provincie"
    rank_of = {code: _COVERAGE_ORDER[kind] for code, kind in coverage.items()}
    kind_of = {rank: kind for kind, rank in _COVERAGE_ORDER.items()}
    areas = Q.load_area_index()
    # The most specific way each application covers the municipality (0 gemeente, 1 provincie, 2 Vlaanderen).
    rank = case(*((WorkingArea.nis_code == code, r) for code, r in rank_of.items()), else_=9)
    covered = (
        select(WorkingArea.application_id.label("application_id"), func.min(rank).label("rank"))
        .where(WorkingArea.nis_code.in_(coverage))
        .group_by(WorkingArea.application_id)
        .subquery()
    )
    free = (RecognitionApplication.capacity - active_count(Dossier.id, on)).label("free")
    seat = aliased(Municipality)
    with ctx.uow() as uow:
        s = uow.session
        rows = s.execute(
            select(
                Dossier.id,
                Dossier.reference,
                Dossier.valid_from,
                Dossier.valid_until,
                # Raw ids (no UUID objects): only matched against the working areas' below.
                type_coerce(RecognitionApplication.id, String).label("application_id"),
                RecognitionApplication.capacity,
                Organisation.name,
                Organisation.enterprise_number,
                Organisation.email,
                Organisation.phone,
                seat.name_nl.label("seat"),
                Person.first_name,
                Person.last_name,
                Person.email.label("person_email"),
                Person.phone.label("person_phone"),
                covered.c.rank,
                free,
            )
            .join(covered, covered.c.application_id == RecognitionApplication.id)
            .join(Dossier, Dossier.id == RecognitionApplication.dossier_id)
            .join(Organisation, Organisation.id == Dossier.organisation_id)
            .outerjoin(seat, seat.nis_code == Organisation.municipality_nis)
            .outerjoin(Person, Person.id == RecognitionApplication.contact_person_id)
            .where(
                Dossier.dossier_type == "ED",
                Dossier.status == "erkend",
                Dossier.valid_from <= on,
                Dossier.valid_until >= on,
                RecognitionApplication.capacity >= max(min_free_capacity, 1),
            )
        ).all()
        # The free places are filtered here, not in the WHERE: there SQLite would count every
        # recognised provider's assignments before joining the covering ones.
        wanted = max(min_free_capacity, 1)
        rows = [r for r in rows if r.free >= wanted]
        codes: dict[Any, list[str]] = {}
        if rows:
            for application_id, code in s.execute(
                select(type_coerce(WorkingArea.application_id, String), WorkingArea.nis_code)
                .where(type_coerce(WorkingArea.application_id, String).in_([r.application_id for r in rows]))
                .order_by(WorkingArea.application_id, WorkingArea.nis_code)
            ):
                codes.setdefault(application_id, []).append(code)
    out: list[ProviderRow] = []
    for r in rows:
        assert r.valid_from is not None and r.valid_until is not None and r.capacity
        contact = r.first_name is not None  # a contact person (first_name is never NULL in persons)
        out.append(
            ProviderRow(
                dossier_id=str(r.id),
                reference=r.reference,
                organisation=r.name,
                enterprise_number=format_stored_enterprise_number(r.enterprise_number),
                seat=r.seat or "",
                contact_name=f"{r.first_name} {r.last_name}".strip() if contact else "",
                contact_email=(r.person_email or r.email or "") if contact else (r.email or ""),
                contact_phone=(r.person_phone or r.phone or "") if contact else (r.phone or ""),
                capacity=r.capacity,
                free_capacity=int(r.free),
                coverage=kind_of[int(r.rank)],
                working_area=", ".join(areas.name(c) for c in codes.get(r.application_id, ())),
                valid_from=r.valid_from,
                valid_until=r.valid_until,
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


__all__ = ["PROVIDER_HEADERS", "ProviderRow", "export_providers", "find_providers", "resolve_municipality"]
