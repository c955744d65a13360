"""Organisations closed and merged, tender partners (TW), quality-proof applications (KB)

`organisations.closed_on` / `merged_into_id` and `establishments.closed_on`: an organisation is
never deleted, it is closed or merged into another (services/organisation_lifecycle.py).
`tender_partnerships`: the facts of a TW dossier (§3.4). `quality_proof_applications`: an
application to put a quality proof on the accepted list (QR-2 a, a KB dossier).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 10:27:41.883941
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "quality_proof_applications",
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("proof_name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("audit_based", sa.Boolean(), nullable=True),
        sa.Column("areas_claimed", sa.JSON(), nullable=False),
        sa.Column("judged_name", sa.String(length=200), nullable=True),
        sa.Column("areas_judged", sa.JSON(), nullable=True),
        sa.Column("label_id", sa.String(length=60), nullable=True),
        sa.Column("publication_id", sa.String(length=60), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossiers.id"], name=op.f("fk_quality_proof_applications_dossier_id_dossiers")
        ),
        sa.ForeignKeyConstraint(
            ["publication_id"],
            ["quality_label_publications.publication_id"],
            name=op.f("fk_quality_proof_applications_publication_id_quality_label_publications"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_proof_applications")),
        sa.UniqueConstraint("dossier_id", name=op.f("uq_quality_proof_applications_dossier_id")),
    )
    op.create_table(
        "tender_partnerships",
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("tender", sa.String(length=200), nullable=False),
        sa.Column("lot", sa.String(length=100), nullable=False),
        sa.Column("experience_description", sa.Text(), nullable=True),
        sa.Column("similar_experience", sa.Boolean(), nullable=True),
        sa.Column("bid_price", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("quality_score", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("contract_reference", sa.String(length=60), nullable=False),
        sa.Column("contract_start", sa.Date(), nullable=True),
        sa.Column("contract_end", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("bid_price IS NULL OR bid_price > 0", name=op.f("ck_tender_partnerships_price")),
        sa.CheckConstraint(
            "quality_score IS NULL OR (quality_score >= 0 AND quality_score <= 100)",
            name=op.f("ck_tender_partnerships_score"),
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossiers.id"], name=op.f("fk_tender_partnerships_dossier_id_dossiers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tender_partnerships")),
        sa.UniqueConstraint("dossier_id", name=op.f("uq_tender_partnerships_dossier_id")),
    )
    with op.batch_alter_table("tender_partnerships", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tender_partnerships_tender"), ["tender"], unique=False)

    with op.batch_alter_table("establishments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_on", sa.Date(), nullable=True))

    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("merged_into_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_organisations_merged_into_id_organisations"),
            "organisations",
            ["merged_into_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_organisations_merged_into_id_organisations"), type_="foreignkey"
        )
        batch_op.drop_column("merged_into_id")
        batch_op.drop_column("closed_on")

    with op.batch_alter_table("establishments", schema=None) as batch_op:
        batch_op.drop_column("closed_on")

    with op.batch_alter_table("tender_partnerships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tender_partnerships_tender"))

    op.drop_table("tender_partnerships")
    op.drop_table("quality_proof_applications")
