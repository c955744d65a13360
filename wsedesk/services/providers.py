"""ED-13: which recognised external service providers serve a municipality, and their export to .xlsx."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from wsedesk.documents.xlsx_export import ExportSheet, write_xlsx
from wsedesk.errors import BadInputError
from wsedesk.i18n import N_
from wsedesk.models import Dossier, Municipality, Organisation, Person, RecognitionApplication, WorkingArea
from wsedesk.rules import quality as Q
from wsedesk.rules.identifiers import format_enterprise_number
from wsedesk.rules.municipalities import MunicipalityRef
from wsedesk.rules.quality_reference import FLANDERS_REGION
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


__all__ = ["PROVIDER_HEADERS", "ProviderRow", "export_providers", "find_providers", "resolve_municipality"]
