"""Indexes for the sorted dossier list: each sort column paired with the reference (tie-breaker)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 20:31:47.681650
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("dossiers", schema=None) as batch_op:
        batch_op.create_index(
            "ix_dossiers_organisation_reference", ["organisation_id", "reference"], unique=False
        )
        batch_op.create_index("ix_dossiers_status_reference", ["status", "reference"], unique=False)
        batch_op.create_index(
            "ix_dossiers_status_since_reference", ["status_since", "reference"], unique=False
        )
        batch_op.create_index("ix_dossiers_type_reference", ["dossier_type", "reference"], unique=False)
    # Fresh planner statistics, so SQLite and PostgreSQL pick these indexes for ORDER BY … LIMIT.
    op.execute("ANALYZE")


def downgrade() -> None:
    with op.batch_alter_table("dossiers", schema=None) as batch_op:
        batch_op.drop_index("ix_dossiers_type_reference")
        batch_op.drop_index("ix_dossiers_status_since_reference")
        batch_op.drop_index("ix_dossiers_status_reference")
        batch_op.drop_index("ix_dossiers_organisation_reference")
