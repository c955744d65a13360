"""Site visits: visits, findings, actions, attachments, tombstones, packages and the review queue

Visits (§3.2, MW-4, TW-2) with their visitors, dossiers, findings per checklist item, follow-up
actions and attachments; tombstones of deleted visit rows; the database's identity and package
key (`sync_identity`, created on the first check-out, not here); the packages handed out and the
review queue of their check-ins.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 08:56:53
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("database_id", sa.Uuid(), nullable=False),
        sa.Column("key_hex", sa.String(length=128), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_identity")),
    )
    op.create_table(
        "tombstones",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tombstones")),
        sa.UniqueConstraint("entity", "entity_id", name="uq_tombstones_entity_entity_id"),
    )
    op.create_table(
        "visit_checkouts",
        sa.Column("issued_to", sa.String(length=120), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("visit_ids", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("checked_in_at", sa.DateTime(), nullable=True),
        sa.Column("checked_in_by", sa.String(length=120), nullable=True),
        sa.Column("digest", sa.String(length=64), nullable=True),
        sa.Column("merged", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_checkouts")),
    )
    op.create_table(
        "visit_conflicts",
        sa.Column("checkout_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("visit_id", sa.Uuid(), nullable=True),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("base", sa.JSON(), nullable=True),
        sa.Column("laptop", sa.JSON(), nullable=True),
        sa.Column("central", sa.JSON(), nullable=True),
        sa.Column("central_id", sa.Uuid(), nullable=True),
        sa.Column("central_version", sa.Integer(), nullable=True),
        sa.Column("laptop_user", sa.String(length=120), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("resolution", sa.String(length=20), nullable=True),
        sa.Column("resolved_by", sa.String(length=120), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["checkout_id"],
            ["visit_checkouts.id"],
            name=op.f("fk_visit_conflicts_checkout_id_visit_checkouts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_conflicts")),
    )
    with op.batch_alter_table("visit_conflicts", schema=None) as batch_op:
        batch_op.create_index("ix_visit_conflicts_status", ["status", "detected_at"], unique=False)

    op.create_table(
        "visits",
        sa.Column("reference", sa.String(length=20), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("visit_type", sa.String(length=20), nullable=False),
        sa.Column("checklist_version", sa.Integer(), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=False),
        sa.Column("performed_on", sa.Date(), nullable=True),
        sa.Column("report_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "status IN ('gepland', 'uitgevoerd', 'verslag_klaar', 'afgesloten')",
            name=op.f("ck_visits_status"),
        ),
        sa.CheckConstraint(
            "visit_type IN ('functioneel', 'coachend', 'formeel', 'opvolgbezoek', 'begeleiding')",
            name=op.f("ck_visits_visit_type"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisations.id"], name=op.f("fk_visits_organisation_id_organisations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visits")),
        sa.UniqueConstraint("reference", name=op.f("uq_visits_reference")),
    )
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index(
            "ix_visits_organisation_planned", ["organisation_id", "planned_on"], unique=False
        )
        batch_op.create_index("ix_visits_planned_on", ["planned_on"], unique=False)

    op.create_table(
        "visit_dossiers",
        sa.Column("visit_id", sa.Uuid(), nullable=False),
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossiers.id"], name=op.f("fk_visit_dossiers_dossier_id_dossiers")
        ),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], name=op.f("fk_visit_dossiers_visit_id_visits")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_dossiers")),
        sa.UniqueConstraint("visit_id", "dossier_id", name="uq_visit_dossiers_visit_dossier"),
    )
    with op.batch_alter_table("visit_dossiers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_dossiers_dossier_id"), ["dossier_id"], unique=False)

    op.create_table(
        "visit_findings",
        sa.Column("visit_id", sa.Uuid(), nullable=False),
        sa.Column("item_key", sa.String(length=40), nullable=False),
        sa.Column("verdict", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.String(length=30), nullable=True),
        sa.Column("follow_up_dossier_id", sa.Uuid(), nullable=True),
        sa.Column("follow_up_started_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "verdict IN ('in_orde', 'niet_in_orde', 'niet_nagegaan')", name=op.f("ck_visit_findings_verdict")
        ),
        sa.ForeignKeyConstraint(
            ["follow_up_dossier_id"],
            ["dossiers.id"],
            name=op.f("fk_visit_findings_follow_up_dossier_id_dossiers"),
        ),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], name=op.f("fk_visit_findings_visit_id_visits")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_findings")),
        sa.UniqueConstraint("visit_id", "item_key", name="uq_visit_findings_visit_item"),
    )
    op.create_table(
        "visit_visitors",
        sa.Column("visit_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_visit_visitors_user_id_users")),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], name=op.f("fk_visit_visitors_visit_id_visits")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_visitors")),
        sa.UniqueConstraint("visit_id", "user_id", name="uq_visit_visitors_visit_user"),
    )
    with op.batch_alter_table("visit_visitors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_visitors_user_id"), ["user_id"], unique=False)

    op.create_table(
        "visit_actions",
        sa.Column("visit_id", sa.Uuid(), nullable=False),
        sa.Column("finding_id", sa.Uuid(), nullable=True),
        sa.Column("dossier_id", sa.Uuid(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossiers.id"], name=op.f("fk_visit_actions_dossier_id_dossiers")
        ),
        sa.ForeignKeyConstraint(
            ["finding_id"], ["visit_findings.id"], name=op.f("fk_visit_actions_finding_id_visit_findings")
        ),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], name=op.f("fk_visit_actions_visit_id_visits")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_actions")),
    )
    with op.batch_alter_table("visit_actions", schema=None) as batch_op:
        batch_op.create_index("ix_visit_actions_open_due", ["done_on", "due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_actions_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "visit_attachments",
        sa.Column("visit_id", sa.Uuid(), nullable=False),
        sa.Column("finding_id", sa.Uuid(), nullable=True),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("stored_name", sa.String(length=60), nullable=False),
        sa.Column("original_name", sa.String(length=200), nullable=False),
        sa.Column("caption", sa.String(length=300), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["finding_id"], ["visit_findings.id"], name=op.f("fk_visit_attachments_finding_id_visit_findings")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name=op.f("fk_visit_attachments_visit_id_visits")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_attachments")),
    )
    with op.batch_alter_table("visit_attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_attachments_visit_id"), ["visit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("visit_attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_attachments_visit_id"))

    op.drop_table("visit_attachments")
    with op.batch_alter_table("visit_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_actions_visit_id"))
        batch_op.drop_index("ix_visit_actions_open_due")

    op.drop_table("visit_actions")
    with op.batch_alter_table("visit_visitors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_visitors_user_id"))

    op.drop_table("visit_visitors")
    op.drop_table("visit_findings")
    with op.batch_alter_table("visit_dossiers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_dossiers_dossier_id"))

    op.drop_table("visit_dossiers")
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index("ix_visits_planned_on")
        batch_op.drop_index("ix_visits_organisation_planned")

    op.drop_table("visits")
    with op.batch_alter_table("visit_conflicts", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_conflicts_status")

    op.drop_table("visit_conflicts")
    op.drop_table("visit_checkouts")
    op.drop_table("tombstones")
    op.drop_table("sync_identity")
