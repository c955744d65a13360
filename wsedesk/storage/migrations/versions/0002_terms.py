"""Statutory terms as facts: dossier terms, suspensions, calendar changes, term settings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 19:32:35.941132
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "calendar_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_days")),
        sa.UniqueConstraint("day", name=op.f("uq_calendar_days_day")),
    )
    op.create_table(
        "term_settings",
        sa.Column("term_id", sa.String(length=20), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("working_days", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_term_settings")),
        sa.UniqueConstraint("term_id", name=op.f("uq_term_settings_term_id")),
    )
    op.create_table(
        "dossier_terms",
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("term_id", sa.String(length=20), nullable=False),
        sa.Column("event_date", sa.Date(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("working_days", sa.Boolean(), nullable=False),
        sa.Column("opened_by_event_id", sa.Uuid(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closed_by_event_id", sa.Uuid(), nullable=True),
        sa.Column("due_cache", sa.Date(), nullable=True),
        sa.Column("state_cache", sa.String(length=12), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["closed_by_event_id"],
            ["dossier_events.id"],
            name=op.f("fk_dossier_terms_closed_by_event_id_dossier_events"),
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossiers.id"], name=op.f("fk_dossier_terms_dossier_id_dossiers")
        ),
        sa.ForeignKeyConstraint(
            ["opened_by_event_id"],
            ["dossier_events.id"],
            name=op.f("fk_dossier_terms_opened_by_event_id_dossier_events"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier_terms")),
    )
    with op.batch_alter_table("dossier_terms", schema=None) as batch_op:
        batch_op.create_index("ix_dossier_terms_dossier", ["dossier_id", "term_id"], unique=False)
        batch_op.create_index("ix_dossier_terms_open_due", ["closed_on", "due_cache"], unique=False)

    op.create_table(
        "suspensions",
        sa.Column("dossier_term_id", sa.Uuid(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("opened_by_document_id", sa.Uuid(), nullable=True),
        sa.Column("closed_by_document_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["closed_by_document_id"],
            ["documents.id"],
            name=op.f("fk_suspensions_closed_by_document_id_documents"),
        ),
        sa.ForeignKeyConstraint(
            ["dossier_term_id"],
            ["dossier_terms.id"],
            name=op.f("fk_suspensions_dossier_term_id_dossier_terms"),
        ),
        sa.ForeignKeyConstraint(
            ["opened_by_document_id"],
            ["documents.id"],
            name=op.f("fk_suspensions_opened_by_document_id_documents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suspensions")),
    )
    with op.batch_alter_table("suspensions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_suspensions_dossier_term_id"), ["dossier_term_id"], unique=False)

    _backfill_running_terms()


# Open dossiers created before terms were stored get the term their status implies. The mapping
# is frozen here as it was at this revision (later workflow changes must not rewrite history).
# due_cache stays empty and state_cache 'stale': WSE Desk recomputes them on open.
_RUNNING = {
    ("QR", "ingediend"): ("QR-4", 40, "submitted_on"),
    ("QR", "heroverweging"): ("QR-4", 40, "status_since"),
    ("QR", "geweigerd"): ("QR-5", 30, "status_since"),
    ("QR", "schorsing_voorgenomen"): ("QR-6", 30, "status_since"),
    ("ED", "ingediend"): ("ED-4", 7, "submitted_on"),
    ("ED", "in_onderzoek"): ("ED-5", 45, "status_since"),
    ("ED", "geweigerd"): ("ED-9", 30, "status_since"),
    ("ED", "hoorzitting"): ("ED-9-advies", 45, "status_since"),
    ("MW", "ingediend"): ("MW-1", 60, "submitted_on"),
    ("MW", "adviescommissie"): ("MW-1", 60, "submitted_on"),
}


def _backfill_running_terms() -> None:
    import uuid
    from datetime import UTC, datetime

    conn = op.get_bind()
    dossiers = sa.table(
        "dossiers",
        sa.column("id", sa.Uuid()),
        sa.column("dossier_type", sa.String()),
        sa.column("status", sa.String()),
        sa.column("closed", sa.Boolean()),
        sa.column("submitted_on", sa.Date()),
        sa.column("status_since", sa.Date()),
    )
    terms = sa.table(
        "dossier_terms",
        sa.column("id", sa.Uuid()),
        sa.column("dossier_id", sa.Uuid()),
        sa.column("term_id", sa.String()),
        sa.column("event_date", sa.Date()),
        sa.column("days", sa.Integer()),
        sa.column("working_days", sa.Boolean()),
        sa.column("state_cache", sa.String()),
        sa.column("version", sa.Integer()),
        sa.column("created_at", sa.DateTime()),
        sa.column("updated_at", sa.DateTime()),
        sa.column("updated_by", sa.String()),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = []
    for d in conn.execute(sa.select(dossiers).where(dossiers.c.closed == sa.false())):
        spec = _RUNNING.get((d.dossier_type, d.status))
        if spec is None:
            continue
        term_id, days, event_column = spec
        rows.append(
            {
                "id": uuid.uuid4(),
                "dossier_id": d.id,
                "term_id": term_id,
                "event_date": getattr(d, event_column),
                "days": days,
                "working_days": False,
                "state_cache": "stale",
                "version": 1,
                "created_at": now,
                "updated_at": now,
                "updated_by": "migratie 0002",
            }
        )
    if rows:
        op.bulk_insert(terms, rows)


def downgrade() -> None:
    with op.batch_alter_table("suspensions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_suspensions_dossier_term_id"))

    op.drop_table("suspensions")
    with op.batch_alter_table("dossier_terms", schema=None) as batch_op:
        batch_op.drop_index("ix_dossier_terms_open_due")
        batch_op.drop_index("ix_dossier_terms_dossier")

    op.drop_table("dossier_terms")
    op.drop_table("term_settings")
    op.drop_table("calendar_days")
