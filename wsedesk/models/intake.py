"""The intake of quality registrations (§3.1) and recognitions as external service provider (§3.2).

What the checks of rules/quality.py read, as stored:

- the catalogue of accepted quality proofs (QR-2), versioned by publication, seeded by migration
  0005 from `resources/reference/quality-labels.json` and editable later in Beheer;
- the register of audit and assessment organisations (QR-3);
- quality registrations: which proof a provider's registration rests on (QR-1, QR-2, QR-7);
- recognition applications (ED-3: one per ED dossier) with their qualified supervisors (ED-12),
  subcontractors (ED-10) and working area (ED-13, REFNIS codes);
- reported changes that affect the conditions during a recognition or registration (ED-11, QR-7);
- applications to put a quality proof on the accepted list (QR-2 a: one per KB dossier).

A national register number is stored only on the supervisor row, the one place a rule needs it
(ED-3 part 3). It is left out of the audit trail's old → new values; the audited masked copy
(`85.07.30-***.**`) shows that it was set or changed without revealing it (domain.md §2).
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, validates

from wsedesk.models.base import Audited, Base, Editable
from wsedesk.rules.identifiers import normalise_enterprise_number

#: QR-1 evidence per area beyond the proof, as the case officer records it.
AREA_EVIDENCE_VALUES: tuple[str, ...] = ("ja", "nee", "onbekend")
_AREA_CHECK = "IN ('ja', 'nee', 'onbekend')"
_BOOKKEEPING = frozenset({"version", "created_at", "updated_at", "updated_by"})


class QualityLabelPublication(Editable, Audited, Base):
    """One publication of the accepted list of quality proofs (e.g. Belgisch Staatsblad 29 July 2019)."""

    __tablename__ = "quality_label_publications"
    __audit_label__ = "publicatie kwaliteitsbewijzen"

    publication_id: Mapped[str] = mapped_column(String(60), unique=True, nullable=False)  # "BS 2019-07-29"
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    published_on: Mapped[date] = mapped_column(Date, nullable=False)
    seed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)  # not yet the official list


class QualityLabel(Editable, Audited, Base):
    """An accepted quality proof (QR-2) and the QR-1 areas it covers, accepted from/until a date.

    `label_id` is the catalogue id the registrations and the checks use ("iso-9001"); the same id
    may have several non-overlapping windows (taken off the list, put back by a later publication).
    """

    __tablename__ = "quality_labels"
    __audit_label__ = "kwaliteitsbewijs"
    __table_args__ = (
        UniqueConstraint("label_id", "valid_from", name="uq_quality_labels_label_id_valid_from"),
        CheckConstraint("route IN ('label', 'overheid', 'standaard_wse')", name="route"),
    )

    label_id: Mapped[str] = mapped_column(String(60), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    route: Mapped[str] = mapped_column(String(20), nullable=False)  # QR-2 a/b/c
    areas: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)  # QR-1 areas covered
    publication_id: Mapped[str] = mapped_column(
        ForeignKey("quality_label_publications.publication_id"), nullable=False
    )
    valid_from: Mapped[date] = mapped_column(Date, nullable=False)
    valid_until: Mapped[date | None] = mapped_column(Date)  # last day on the list
    ended_by: Mapped[str | None] = mapped_column(ForeignKey("quality_label_publications.publication_id"))
    aliases: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    seed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class AuditOrganisation(Editable, Audited, Base):
    """An audit or assessment organisation in the department's register (QR-3)."""

    __tablename__ = "audit_organisations"
    __audit_label__ = "audit- of assessmentorganisatie"

    name: Mapped[str] = mapped_column(String(300), nullable=False, index=True)
    # Foreign audit bodies have no KBO number; a Belgian one has exactly one record.
    enterprise_number: Mapped[str | None] = mapped_column(String(10), unique=True)
    declaration_filed_on: Mapped[date | None] = mapped_column(Date)  # declaration on honour and dossier
    valid_until: Mapped[date | None] = mapped_column(Date)  # last day the filing counts (≤ 4 years)
    auditors_are_providers: Mapped[bool | None] = mapped_column(Boolean)  # None: not yet verified

    @validates("enterprise_number")
    def _normalise_enterprise_number(self, _key: str, value: str | None) -> str | None:
        return normalise_enterprise_number(value) if value else None


class QualityRegistration(Editable, Audited, Base):
    """A provider's quality registration: the proof it rests on (QR-2) and the QR-1 area evidence.

    `dossier_id` links the QR dossier that validates it, when there is one. `label_id` is a
    catalogue id (quality_labels.label_id); it is not a foreign key because the catalogue keeps
    several windows per id and the registration must survive a label leaving the list (QR-7).
    """

    __tablename__ = "quality_registrations"
    __audit_label__ = "kwaliteitsregistratie"
    __table_args__ = (
        CheckConstraint("route IN ('label', 'overheid', 'standaard_wse')", name="route"),
        CheckConstraint(f"area_klantgerichtheid {_AREA_CHECK}", name="area_klantgerichtheid"),
        CheckConstraint(f"area_personeelsbeheer {_AREA_CHECK}", name="area_personeelsbeheer"),
        CheckConstraint(f"area_financieel_beheer {_AREA_CHECK}", name="area_financieel_beheer"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id"), nullable=False, index=True
    )
    dossier_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("dossiers.id"), unique=True)
    route: Mapped[str] = mapped_column(String(20), nullable=False)  # label | overheid | standaard_wse
    label_id: Mapped[str | None] = mapped_column(String(60))
    reference: Mapped[str] = mapped_column(String(100), nullable=False, default="")  # certificate number
    issued_on: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    audit_organisation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("audit_organisations.id"))
    area_klantgerichtheid: Mapped[str] = mapped_column(String(8), nullable=False, default="onbekend")
    area_personeelsbeheer: Mapped[str] = mapped_column(String(8), nullable=False, default="onbekend")
    area_financieel_beheer: Mapped[str] = mapped_column(String(8), nullable=False, default="onbekend")
    provider_active_since: Mapped[date | None] = mapped_column(Date)  # QR-8
    standaard_wse_earlier_uses: Mapped[int | None] = mapped_column(Integer)  # QR-2 c
    standaard_wse_first_used_on: Mapped[date | None] = mapped_column(Date)


class RecognitionApplication(Editable, Audited, Base):
    """The application for recognition as external service provider: one per ED dossier (ED-3).

    Facts the applicant supplied (simplified procedure asked, motivations, capacity, commitments)
    and the case officer's judgement of the experience motivation (ED-1). None = not known.
    """

    __tablename__ = "recognition_applications"
    __audit_label__ = "aanvraag erkenning"

    dossier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dossiers.id"), unique=True, nullable=False)
    contact_person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("persons.id"))
    intake_schema: Mapped[str] = mapped_column(String(40), nullable=False, default="")  # wsedesk-intake/1
    simplified_requested: Mapped[bool | None] = mapped_column(Boolean)  # ED-2
    experience_motivation: Mapped[str | None] = mapped_column(Text)
    experience_judged_sufficient: Mapped[bool | None] = mapped_column(Boolean)  # the officer's judgement
    capacity: Mapped[int | None] = mapped_column(Integer)  # employees guided at the same time
    capacity_motivation: Mapped[str | None] = mapped_column(Text)
    intervision_commitment: Mapped[bool | None] = mapped_column(Boolean)
    declaration_on_honour: Mapped[bool | None] = mapped_column(Boolean)
    declaration_signed_by: Mapped[str | None] = mapped_column(String(200))
    declaration_signed_on: Mapped[date | None] = mapped_column(Date)
    # ED-10: False = the application did not say whether subcontractors are used.
    subcontractors_stated: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Supervisor(Editable, Audited, Base):
    """A qualified supervisor put forward in an application (ED-12)."""

    __tablename__ = "supervisors"
    __audit_label__ = "gekwalificeerd begeleider"
    __audit_exclude__ = _BOOKKEEPING | {"national_number"}
    __table_args__ = (Index("ix_supervisors_national_number", "national_number"),)

    application_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("recognition_applications.id"), nullable=False, index=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=1)  # order in the application
    # 11 digits; never in the audit trail, shown masked, each reveal audited (domain.md §2).
    national_number: Mapped[str | None] = mapped_column(String(11))
    national_number_masked: Mapped[str | None] = mapped_column(String(15))
    diploma_id: Mapped[str | None] = mapped_column(String(80))  # supervisor-diplomas.json id
    experience_years: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    experience_certificate: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    recognised_training: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    competences: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    employed_by_applicant: Mapped[bool | None] = mapped_column(Boolean)


class Subcontractor(Editable, Audited, Base):
    """A subcontractor the applicant uses for the guidance (ED-10); `recognised` as the applicant says."""

    __tablename__ = "subcontractors"
    __audit_label__ = "onderaannemer"

    application_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("recognition_applications.id"), nullable=False, index=True
    )
    enterprise_number: Mapped[str] = mapped_column(String(10), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    recognised: Mapped[bool | None] = mapped_column(Boolean)

    @validates("enterprise_number")
    def _normalise_enterprise_number(self, _key: str, value: str) -> str:
        return normalise_enterprise_number(value)


class WorkingArea(Editable, Audited, Base):
    """One REFNIS code of the working area (ED-1, ED-13): a Flemish municipality, province or 02000.

    Not a foreign key to `municipalities`: provinces and the region are codes too.
    """

    __tablename__ = "working_areas"
    __audit_label__ = "werkingsgebied"
    __table_args__ = (
        UniqueConstraint("application_id", "nis_code", name="uq_working_areas_application_id_nis_code"),
        # ED-13: "which providers serve this municipality" looks codes up first.
        Index("ix_working_areas_nis_code", "nis_code"),
    )

    application_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("recognition_applications.id"), nullable=False
    )
    nis_code: Mapped[str] = mapped_column(String(5), nullable=False)


class ConditionChange(Editable, Audited, Base):
    """A change that affects the conditions, during a recognition (ED-11) or registration (QR-7).

    `reported_on` None: the provider did not report it (the department found out otherwise).
    """

    __tablename__ = "condition_changes"
    __audit_label__ = "gemelde wijziging"

    dossier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dossiers.id"), nullable=False, index=True)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    occurred_on: Mapped[date | None] = mapped_column(Date)
    reported_on: Mapped[date | None] = mapped_column(Date)


class QualityProofApplication(Editable, Audited, Base):
    """An application by the manager of a quality proof not yet on the accepted list (QR-2 a).

    One per KB dossier. The applicant's facts (name, what it covers, how it is obtained) and the
    team lead's judgement: the name to publish and the QR-1 areas it covers. When accepted, the
    proof enters the catalogue in a new publication (`publication_id`) under `label_id`.
    """

    __tablename__ = "quality_proof_applications"
    __audit_label__ = "aanvraag kwaliteitsbewijs"

    dossier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dossiers.id"), unique=True, nullable=False)
    proof_name: Mapped[str] = mapped_column(String(200), nullable=False)  # as the manager calls it
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")  # what is audited and how
    audit_based: Mapped[bool | None] = mapped_column(Boolean)  # granted after a positive audit or assessment
    areas_claimed: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    judged_name: Mapped[str | None] = mapped_column(String(200))  # the name to publish
    areas_judged: Mapped[list[str] | None] = mapped_column(JSON)  # None: not judged yet
    label_id: Mapped[str | None] = mapped_column(String(60))  # catalogue id, once published
    publication_id: Mapped[str | None] = mapped_column(
        ForeignKey("quality_label_publications.publication_id")
    )
