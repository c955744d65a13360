"""Sustainability reports: submissions per organisation and report year, with their values (MW-2)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 19:54:39.554726
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "report_submissions",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("report_year", sa.Integer(), nullable=False),
        sa.Column("template_version", sa.String(length=60), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_size", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("superseded_by", sa.Uuid(), nullable=True),
        sa.Column("dossier_id", sa.Uuid(), nullable=True),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("flags", sa.JSON(), nullable=False),
        sa.Column("imported_by", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossiers.id"], name=op.f("fk_report_submissions_dossier_id_dossiers")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_report_submissions_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["superseded_by"],
            ["report_submissions.id"],
            name=op.f("fk_report_submissions_superseded_by_report_submissions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_submissions")),
    )
    with op.batch_alter_table("report_submissions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_submissions_dossier_id"), ["dossier_id"], unique=False)
        batch_op.create_index("ix_report_submissions_file_sha256", ["file_sha256"], unique=False)
        batch_op.create_index(
            "ix_report_submissions_org_year", ["organisation_id", "report_year"], unique=False
        )
        batch_op.create_index("ix_report_submissions_year_status", ["report_year", "status"], unique=False)
        batch_op.create_index(
            "uq_report_submissions_current",
            ["organisation_id", "report_year"],
            unique=True,
            sqlite_where=sa.text("status = 'current'"),
            postgresql_where=sa.text("status = 'current'"),
        )

    op.create_table(
        "report_values",
        sa.Column("submission_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("value_type", sa.String(length=30), nullable=False),
        sa.Column("value_text", sa.Text(), nullable=True),
        sa.Column("value_number", sa.Numeric(precision=24, scale=6), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["report_submissions.id"],
            name=op.f("fk_report_values_submission_id_report_submissions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_values")),
        sa.UniqueConstraint("submission_id", "code", name="uq_report_values_submission_code"),
    )
    with op.batch_alter_table("report_values", schema=None) as batch_op:
        batch_op.create_index("ix_report_values_code_submission", ["code", "submission_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("report_values", schema=None) as batch_op:
        batch_op.drop_index("ix_report_values_code_submission")

    op.drop_table("report_values")
    with op.batch_alter_table("report_submissions", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_report_submissions_current",
            sqlite_where=sa.text("status = 'current'"),
            postgresql_where=sa.text("status = 'current'"),
        )
        batch_op.drop_index("ix_report_submissions_year_status")
        batch_op.drop_index("ix_report_submissions_org_year")
        batch_op.drop_index("ix_report_submissions_file_sha256")
        batch_op.drop_index(batch_op.f("ix_report_submissions_dossier_id"))

    op.drop_table("report_submissions")
