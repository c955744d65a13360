"""Guidance assignments: which employee a recognised provider guides (ED-8, ED-13)

`guidance_assignments`: one employee guided under one recognition (the ED dossier), from a start
to an end (open while it runs), with the masked national number, the employer and the dates the
guidance premium changed. The index (dossier_id, start_on, end_on) serves "active on day D per
provider" for the finder's free capacity and the Werkbak's ED-8 lapse.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 00:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "guidance_assignments",
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("employee_national_number", sa.String(length=11), nullable=False),
        sa.Column("employee_masked", sa.String(length=15), nullable=False),
        sa.Column("employer_name", sa.String(length=300), nullable=False),
        sa.Column("employer_enterprise_number", sa.String(length=10), nullable=True),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("premium_changes", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "end_on IS NULL OR end_on >= start_on", name=op.f("ck_guidance_assignments_period")
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossiers.id"], name=op.f("fk_guidance_assignments_dossier_id_dossiers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guidance_assignments")),
        sa.UniqueConstraint(
            "dossier_id",
            "employee_national_number",
            "start_on",
            name="uq_guidance_assignments_dossier_id_employee_start",
        ),
    )
    with op.batch_alter_table("guidance_assignments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_guidance_assignments_active", ["dossier_id", "start_on", "end_on"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("guidance_assignments", schema=None) as batch_op:
        batch_op.drop_index("ix_guidance_assignments_active")
    op.drop_table("guidance_assignments")
