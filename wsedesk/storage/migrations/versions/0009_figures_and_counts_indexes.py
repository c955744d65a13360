"""Figures and Werkbak counts from indexes alone: covering indexes, and each suspension names its dossier

The figures for a period (services/figures.py) and the Werkbak's counts per traffic light
(services/terms.py `count_work`) read only these indexes. `suspensions.dossier_id` is the term's
dossier, back-filled here, so a dossier's suspensions are one index range.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 11:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("suspensions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("dossier_id", sa.Uuid(), nullable=True))
    op.execute(
        "UPDATE suspensions SET dossier_id = "
        "(SELECT dossier_terms.dossier_id FROM dossier_terms WHERE dossier_terms.id = suspensions.dossier_term_id)"
    )
    with op.batch_alter_table("suspensions", schema=None) as batch_op:
        batch_op.alter_column("dossier_id", existing_type=sa.Uuid(), nullable=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_suspensions_dossier_id_dossiers"), "dossiers", ["dossier_id"], ["id"]
        )
        batch_op.drop_index("ix_suspensions_dossier_term_id")
        batch_op.create_index(
            "ix_suspensions_term_interval", ["dossier_term_id", "start", "end"], unique=False
        )
        batch_op.create_index("ix_suspensions_dossier_interval", ["dossier_id", "start", "end"], unique=False)
    with op.batch_alter_table("dossier_terms", schema=None) as batch_op:
        batch_op.create_index(
            "ix_dossier_terms_open_state",
            ["closed_on", "state_cache", "due_cache", "dossier_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_dossier_terms_closed_rule", ["closed_on", "term_id", "due_cache", "id"], unique=False
        )
    with op.batch_alter_table("dossiers", schema=None) as batch_op:
        batch_op.create_index(
            "ix_dossiers_decided", ["decided_on", "dossier_type", "submitted_on", "id"], unique=False
        )
        batch_op.create_index(
            "ix_dossiers_id_filters", ["id", "assignee_id", "dossier_type", "status"], unique=False
        )
    # Fresh planner statistics, so both backends pick these indexes.
    op.execute("ANALYZE")


def downgrade() -> None:
    with op.batch_alter_table("dossiers", schema=None) as batch_op:
        batch_op.drop_index("ix_dossiers_id_filters")
        batch_op.drop_index("ix_dossiers_decided")
    with op.batch_alter_table("dossier_terms", schema=None) as batch_op:
        batch_op.drop_index("ix_dossier_terms_closed_rule")
        batch_op.drop_index("ix_dossier_terms_open_state")
    with op.batch_alter_table("suspensions", schema=None) as batch_op:
        batch_op.drop_index("ix_suspensions_dossier_interval")
        batch_op.drop_index("ix_suspensions_term_interval")
        batch_op.create_index("ix_suspensions_dossier_term_id", ["dossier_term_id"], unique=False)
        batch_op.drop_constraint(batch_op.f("fk_suspensions_dossier_id_dossiers"), type_="foreignkey")
        batch_op.drop_column("dossier_id")
