"""Intake: quality-label catalogue, audit organisations, quality registrations, recognition applications

Supervisors (ED-12), subcontractors (ED-10), working areas (ED-13) and reported changes
(ED-11, QR-7). The catalogue of accepted quality proofs (QR-2) is filled with the list as
shipped in resources/reference/quality-labels.json when this revision was written (a frozen
copy: later changes to the file must not rewrite what this revision did; a later publication
is brought in by services.reference_lists.sync_label_catalogue or edited in Beheer).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 20:10:19.774364
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_organisations",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("enterprise_number", sa.String(length=10), nullable=True),
        sa.Column("declaration_filed_on", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("auditors_are_providers", sa.Boolean(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_organisations")),
        sa.UniqueConstraint("enterprise_number", name=op.f("uq_audit_organisations_enterprise_number")),
    )
    with op.batch_alter_table("audit_organisations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_organisations_name"), ["name"], unique=False)

    op.create_table(
        "quality_label_publications",
        sa.Column("publication_id", sa.String(length=60), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("seed", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_label_publications")),
        sa.UniqueConstraint("publication_id", name=op.f("uq_quality_label_publications_publication_id")),
    )
    op.create_table(
        "quality_labels",
        sa.Column("label_id", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("route", sa.String(length=20), nullable=False),
        sa.Column("areas", sa.JSON(), nullable=False),
        sa.Column("publication_id", sa.String(length=60), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("ended_by", sa.String(length=60), nullable=True),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("seed", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "route IN ('label', 'overheid', 'standaard_wse')", name=op.f("ck_quality_labels_route")
        ),
        sa.ForeignKeyConstraint(
            ["ended_by"],
            ["quality_label_publications.publication_id"],
            name=op.f("fk_quality_labels_ended_by_quality_label_publications"),
        ),
        sa.ForeignKeyConstraint(
            ["publication_id"],
            ["quality_label_publications.publication_id"],
            name=op.f("fk_quality_labels_publication_id_quality_label_publications"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_labels")),
        sa.UniqueConstraint("label_id", "valid_from", name="uq_quality_labels_label_id_valid_from"),
    )
    with op.batch_alter_table("quality_labels", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quality_labels_label_id"), ["label_id"], unique=False)

    op.create_table(
        "condition_changes",
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=True),
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossiers.id"], name=op.f("fk_condition_changes_dossier_id_dossiers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_condition_changes")),
    )
    with op.batch_alter_table("condition_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_condition_changes_dossier_id"), ["dossier_id"], unique=False)

    op.create_table(
        "quality_registrations",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("dossier_id", sa.Uuid(), nullable=True),
        sa.Column("route", sa.String(length=20), nullable=False),
        sa.Column("label_id", sa.String(length=60), nullable=True),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("audit_organisation_id", sa.Uuid(), nullable=True),
        sa.Column("area_klantgerichtheid", sa.String(length=8), nullable=False),
        sa.Column("area_personeelsbeheer", sa.String(length=8), nullable=False),
        sa.Column("area_financieel_beheer", sa.String(length=8), nullable=False),
        sa.Column("provider_active_since", sa.Date(), nullable=True),
        sa.Column("standaard_wse_earlier_uses", sa.Integer(), nullable=True),
        sa.Column("standaard_wse_first_used_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "area_financieel_beheer IN ('ja', 'nee', 'onbekend')",
            name=op.f("ck_quality_registrations_area_financieel_beheer"),
        ),
        sa.CheckConstraint(
            "area_klantgerichtheid IN ('ja', 'nee', 'onbekend')",
            name=op.f("ck_quality_registrations_area_klantgerichtheid"),
        ),
        sa.CheckConstraint(
            "area_personeelsbeheer IN ('ja', 'nee', 'onbekend')",
            name=op.f("ck_quality_registrations_area_personeelsbeheer"),
        ),
        sa.CheckConstraint(
            "route IN ('label', 'overheid', 'standaard_wse')", name=op.f("ck_quality_registrations_route")
        ),
        sa.ForeignKeyConstraint(
            ["audit_organisation_id"],
            ["audit_organisations.id"],
            name=op.f("fk_quality_registrations_audit_organisation_id_audit_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossiers.id"], name=op.f("fk_quality_registrations_dossier_id_dossiers")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_quality_registrations_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_registrations")),
        sa.UniqueConstraint("dossier_id", name=op.f("uq_quality_registrations_dossier_id")),
    )
    with op.batch_alter_table("quality_registrations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_quality_registrations_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "recognition_applications",
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("contact_person_id", sa.Uuid(), nullable=True),
        sa.Column("intake_schema", sa.String(length=40), nullable=False),
        sa.Column("simplified_requested", sa.Boolean(), nullable=True),
        sa.Column("experience_motivation", sa.Text(), nullable=True),
        sa.Column("experience_judged_sufficient", sa.Boolean(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("capacity_motivation", sa.Text(), nullable=True),
        sa.Column("intervision_commitment", sa.Boolean(), nullable=True),
        sa.Column("declaration_on_honour", sa.Boolean(), nullable=True),
        sa.Column("declaration_signed_by", sa.String(length=200), nullable=True),
        sa.Column("declaration_signed_on", sa.Date(), nullable=True),
        sa.Column("subcontractors_stated", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["persons.id"],
            name=op.f("fk_recognition_applications_contact_person_id_persons"),
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossiers.id"], name=op.f("fk_recognition_applications_dossier_id_dossiers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recognition_applications")),
        sa.UniqueConstraint("dossier_id", name=op.f("uq_recognition_applications_dossier_id")),
    )
    op.create_table(
        "subcontractors",
        sa.Column("application_id", sa.Uuid(), nullable=False),
        sa.Column("enterprise_number", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("recognised", sa.Boolean(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["recognition_applications.id"],
            name=op.f("fk_subcontractors_application_id_recognition_applications"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subcontractors")),
    )
    with op.batch_alter_table("subcontractors", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_subcontractors_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_subcontractors_enterprise_number"), ["enterprise_number"], unique=False
        )

    op.create_table(
        "supervisors",
        sa.Column("application_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("national_number", sa.String(length=11), nullable=True),
        sa.Column("national_number_masked", sa.String(length=15), nullable=True),
        sa.Column("diploma_id", sa.String(length=80), nullable=True),
        sa.Column("experience_years", sa.Numeric(precision=4, scale=1), nullable=True),
        sa.Column("experience_certificate", sa.Boolean(), nullable=False),
        sa.Column("recognised_training", sa.Boolean(), nullable=False),
        sa.Column("competences", sa.JSON(), nullable=False),
        sa.Column("employed_by_applicant", sa.Boolean(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["recognition_applications.id"],
            name=op.f("fk_supervisors_application_id_recognition_applications"),
        ),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_supervisors_person_id_persons")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervisors")),
    )
    with op.batch_alter_table("supervisors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_supervisors_application_id"), ["application_id"], unique=False)
        batch_op.create_index("ix_supervisors_national_number", ["national_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_supervisors_person_id"), ["person_id"], unique=False)

    op.create_table(
        "working_areas",
        sa.Column("application_id", sa.Uuid(), nullable=False),
        sa.Column("nis_code", sa.String(length=5), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["recognition_applications.id"],
            name=op.f("fk_working_areas_application_id_recognition_applications"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_working_areas")),
        sa.UniqueConstraint("application_id", "nis_code", name="uq_working_areas_application_id_nis_code"),
    )
    with op.batch_alter_table("working_areas", schema=None) as batch_op:
        batch_op.create_index("ix_working_areas_nis_code", ["nis_code"], unique=False)

    _seed_label_catalogue()


# The accepted list as shipped with this revision (quality-labels.json, format 1): publications
# (id, title, published_on, seed) and labels (id, name, route, areas, publication, valid_from,
# aliases, seed, note). Seed data from the older ESF list, to be confirmed by the department.
_PUBLICATIONS = [
    (
        "BS 2019-07-29",
        "Lijst van kwaliteitsbewijzen, Belgisch Staatsblad 29 juli 2019 (zaaddata uit de oudere "
        "ESF-lijst, te bevestigen)",
        "2019-07-29",
        True,
    )
]

_LABELS = [
    (
        "iso-9001",
        "ISO 9001",
        "label",
        ("klantgerichtheid", "personeelsbeheer"),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Kwaliteitsmanagementsysteem: klanttevredenheid (§9.1.2) en competenties van medewerkers (§7.2) "
        "worden geauditeerd; financieel beheer (budgetplanning) niet, enkel 'middelen' (§7.1). "
        "Financieel beheer apart aantonen.",
    ),
    (
        "efqm-excellence-award",
        "EFQM Excellence Award",
        "label",
        ("klantgerichtheid", "personeelsbeheer", "financieel_beheer"),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Volledig EFQM-model (klant-, mensen- en middelencriteria, inclusief financiën): dekt alle drie "
        "de gebieden.",
    ),
    (
        "efqm-r4e",
        "EFQM Recognised for Excellence (R4E)",
        "label",
        ("klantgerichtheid", "personeelsbeheer", "financieel_beheer"),
        "BS 2019-07-29",
        "2019-07-29",
        ("R4E", "Recognised for Excellence"),
        True,
        "Volledig EFQM-assessment (3 tot 5 sterren): dekt alle drie de gebieden. De oudere ESF-lijst "
        "noemt dit label ook apart als 'R4E'.",
    ),
    (
        "efqm-c2e",
        "EFQM Committed to Excellence (C2E)",
        "label",
        ("klantgerichtheid", "personeelsbeheer"),
        "BS 2019-07-29",
        "2019-07-29",
        ("C2E", "Committed to Excellence"),
        True,
        "Instapniveau van EFQM (op de ESF-lijst als 'C2E'): zelfevaluatie en verbeterprojecten, geen "
        "volledig assessment. Financieel beheer voorzichtigheidshalve niet als gedekt beschouwd.",
    ),
    (
        "equass-assurance",
        "EQUASS Assurance",
        "label",
        ("klantgerichtheid", "personeelsbeheer"),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Sociale dienstverlening: persoonsgerichtheid, rechten, participatie en competenties van "
        "medewerkers. Financieel beheer voorzichtigheidshalve niet als gedekt beschouwd.",
    ),
    (
        "equass-excellence",
        "EQUASS Excellence",
        "label",
        ("klantgerichtheid", "personeelsbeheer", "financieel_beheer"),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Uitgebreide versie van EQUASS met leiderschap, partnerschap en middelenbeheer: dekt alle drie "
        "de gebieden.",
    ),
    (
        "investors-in-people",
        "Investors in People",
        "label",
        ("personeelsbeheer",),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Norm voor personeelsbeleid: enkel personeelsbeheer.",
    ),
    (
        "qfor-clientscan",
        "Q*for cliëntscan",
        "label",
        ("klantgerichtheid",),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Meting van klanttevredenheid: enkel klantgerichtheid.",
    ),
    (
        "qfor-processcan",
        "Q*for processcan",
        "label",
        ("klantgerichtheid", "personeelsbeheer"),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Audit van de organisatieprocessen van dienstverleners: klantgerichtheid en personeelsbeheer. "
        "Financieel beheer te bevestigen, voorzichtigheidshalve niet als gedekt beschouwd.",
    ),
    (
        "cedeo",
        "Cedeo",
        "label",
        ("klantgerichtheid",),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Erkenning van opleiders en adviseurs op basis van klanttevredenheid: enkel klantgerichtheid.",
    ),
    (
        "prose-plus",
        "Prose+",
        "label",
        ("klantgerichtheid",),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Inhoud van het label niet nagegaan: voorzichtigheidshalve enkel klantgerichtheid. Te bevestigen.",
    ),
    (
        "effective-caf-user",
        "Effective CAF User",
        "label",
        ("klantgerichtheid", "personeelsbeheer", "financieel_beheer"),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Common Assessment Framework (publieke sector, afgeleid van EFQM), met criteria voor "
        "burgers/klanten, medewerkers en middelen: dekt alle drie de gebieden.",
    ),
    (
        "blik-op-werk",
        "Blik op Werk Keurmerk",
        "label",
        ("klantgerichtheid", "personeelsbeheer"),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Keurmerk voor re-integratie- en opleidingsaanbieders: klanttevredenheid en professionaliteit "
        "van medewerkers. Financieel beheer te bevestigen, voorzichtigheidshalve niet als gedekt "
        "beschouwd.",
    ),
    (
        "iso-22000",
        "ISO 22000",
        "label",
        (),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Voedselveiligheids- of productnorm: auditeert geen van de drie gebieden van QR-1 "
        "(klantgerichtheid, personeelsbeheer, financieel beheer) volledig. Enkel samen met bijkomende "
        "stukken per gebied.",
    ),
    (
        "ifs",
        "IFS (International Featured Standards)",
        "label",
        (),
        "BS 2019-07-29",
        "2019-07-29",
        ("IFS Food",),
        True,
        "Voedselveiligheids- of productnorm: auditeert geen van de drie gebieden van QR-1 "
        "(klantgerichtheid, personeelsbeheer, financieel beheer) volledig. Enkel samen met bijkomende "
        "stukken per gebied.",
    ),
    (
        "brc-food",
        "BRC Global Standard Food",
        "label",
        (),
        "BS 2019-07-29",
        "2019-07-29",
        ("BRCGS Food Safety",),
        True,
        "Voedselveiligheids- of productnorm: auditeert geen van de drie gebieden van QR-1 "
        "(klantgerichtheid, personeelsbeheer, financieel beheer) volledig. Enkel samen met bijkomende "
        "stukken per gebied.",
    ),
    (
        "gmp",
        "GMP (Good Manufacturing Practice)",
        "label",
        (),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Voedselveiligheids- of productnorm: auditeert geen van de drie gebieden van QR-1 "
        "(klantgerichtheid, personeelsbeheer, financieel beheer) volledig. Enkel samen met bijkomende "
        "stukken per gebied.",
    ),
    (
        "qualibouw",
        "Qualibouw",
        "label",
        (),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Kwaliteitslabel voor bouwondernemingen (uitvoering van werken): geen van de drie gebieden "
        "volledig. Te bevestigen.",
    ),
    (
        "k2a",
        "K2a",
        "label",
        (),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Inhoud van het label niet nagegaan: geen gebied als gedekt beschouwd. Te bevestigen.",
    ),
    (
        "k2b",
        "K2b",
        "label",
        (),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Inhoud van het label niet nagegaan: geen gebied als gedekt beschouwd. Te bevestigen.",
    ),
    (
        "k2c",
        "K2c",
        "label",
        (),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Inhoud van het label niet nagegaan: geen gebied als gedekt beschouwd. Te bevestigen.",
    ),
    (
        "acs",
        "ACS",
        "label",
        (),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Inhoud van het label niet nagegaan: geen gebied als gedekt beschouwd. Te bevestigen.",
    ),
    (
        "ahm-804",
        "AHM 804",
        "label",
        (),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Inhoud van het label niet nagegaan: geen gebied als gedekt beschouwd. Te bevestigen.",
    ),
    (
        "iso-ts-16949",
        "ISO/TS 16949",
        "label",
        ("klantgerichtheid", "personeelsbeheer"),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Automobielvariant van ISO 9001: zelfde dekking als ISO 9001. Let op: in 2016 vervangen door "
        "IATF 16949; certificaten volgens ISO/TS 16949 liepen uiterlijk in september 2018 af.",
    ),
    (
        "kmo-portefeuille",
        "Erkenning als dienstverlener in de KMO-portefeuille",
        "overheid",
        ("klantgerichtheid", "personeelsbeheer", "financieel_beheer"),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Wettelijk kwaliteitssysteem van een andere overheid (QR-2 b). Aangenomen: geldt als volledig "
        "bewijs voor de drie gebieden. Te bevestigen.",
    ),
    (
        "onderwijs-vorming",
        "Kwaliteitszorg Onderwijs en Vorming (erkenning/inspectie)",
        "overheid",
        ("klantgerichtheid", "personeelsbeheer", "financieel_beheer"),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "Wettelijk kwaliteitssysteem van een andere overheid (QR-2 b). Aangenomen: geldt als volledig "
        "bewijs voor de drie gebieden. Te bevestigen.",
    ),
    (
        "standaard-wse",
        "Goedkeuringsbewijs Standaard WSE",
        "standaard_wse",
        ("klantgerichtheid", "personeelsbeheer", "financieel_beheer"),
        "BS 2019-07-29",
        "2019-07-29",
        (),
        True,
        "QR-2 c. De eigen standaard van het departement; aangenomen: dekt de drie gebieden. Wanneer hij "
        "aanvaard wordt (tot 1 september 2021; vanaf 1 januari 2023 eenmalig en hoogstens 18 maanden) "
        "staat in rule-settings.json, niet hier.",
    ),
]


def _seed_label_catalogue() -> None:
    import uuid
    from datetime import UTC, date, datetime

    publications = sa.table(
        "quality_label_publications",
        sa.column("id", sa.Uuid()),
        sa.column("publication_id", sa.String()),
        sa.column("title", sa.String()),
        sa.column("published_on", sa.Date()),
        sa.column("seed", sa.Boolean()),
        sa.column("version", sa.Integer()),
        sa.column("created_at", sa.DateTime()),
        sa.column("updated_at", sa.DateTime()),
        sa.column("updated_by", sa.String()),
    )
    labels = sa.table(
        "quality_labels",
        sa.column("id", sa.Uuid()),
        sa.column("label_id", sa.String()),
        sa.column("name", sa.String()),
        sa.column("route", sa.String()),
        sa.column("areas", sa.JSON()),
        sa.column("publication_id", sa.String()),
        sa.column("valid_from", sa.Date()),
        sa.column("valid_until", sa.Date()),
        sa.column("ended_by", sa.String()),
        sa.column("aliases", sa.JSON()),
        sa.column("note", sa.Text()),
        sa.column("seed", sa.Boolean()),
        sa.column("version", sa.Integer()),
        sa.column("created_at", sa.DateTime()),
        sa.column("updated_at", sa.DateTime()),
        sa.column("updated_by", sa.String()),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    stamp = {"version": 1, "created_at": now, "updated_at": now, "updated_by": "migratie 0005"}
    published = {pid: date.fromisoformat(on) for pid, _title, on, _seed in _PUBLICATIONS}
    op.bulk_insert(
        publications,
        [
            {
                "id": uuid.uuid4(),
                "publication_id": pid,
                "title": title,
                "published_on": published[pid],
                "seed": seed,
                **stamp,
            }
            for pid, title, _on, seed in _PUBLICATIONS
        ],
    )
    op.bulk_insert(
        labels,
        [
            {
                "id": uuid.uuid4(),
                "label_id": lid,
                "name": name,
                "route": route,
                "areas": list(areas),
                "publication_id": pub,
                "valid_from": date.fromisoformat(valid_from) if valid_from else published[pub],
                "valid_until": None,
                "ended_by": None,
                "aliases": list(aliases),
                "note": note,
                "seed": seed,
                **stamp,
            }
            for lid, name, route, areas, pub, valid_from, aliases, seed, note in _LABELS
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("working_areas", schema=None) as batch_op:
        batch_op.drop_index("ix_working_areas_nis_code")

    op.drop_table("working_areas")
    with op.batch_alter_table("supervisors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supervisors_person_id"))
        batch_op.drop_index("ix_supervisors_national_number")
        batch_op.drop_index(batch_op.f("ix_supervisors_application_id"))

    op.drop_table("supervisors")
    with op.batch_alter_table("subcontractors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_subcontractors_enterprise_number"))
        batch_op.drop_index(batch_op.f("ix_subcontractors_application_id"))

    op.drop_table("subcontractors")
    op.drop_table("recognition_applications")
    with op.batch_alter_table("quality_registrations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quality_registrations_organisation_id"))

    op.drop_table("quality_registrations")
    with op.batch_alter_table("condition_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_condition_changes_dossier_id"))

    op.drop_table("condition_changes")
    with op.batch_alter_table("quality_labels", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quality_labels_label_id"))

    op.drop_table("quality_labels")
    op.drop_table("quality_label_publications")
    with op.batch_alter_table("audit_organisations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_organisations_name"))

    op.drop_table("audit_organisations")
