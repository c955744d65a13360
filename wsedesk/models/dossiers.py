"""Dossiers, their timeline and their documents."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from wsedesk.models.base import Audited, Base, Editable, UuidPk

SORT_KEY_COLUMNS = frozenset({"sort_organisation", "sort_municipality", "sort_assignee"})
# Kept by database triggers (migration 0013) for the figures: T-3 suspended days up to the decision.
SUSPENDED_DAYS = "suspended_days"


class Dossier(Editable, Audited, Base):
    """One procedure for one organisation; `reference` such as ED-2025-00042."""

    __tablename__ = "dossiers"
    __audit_label__ = "dossier"
    # The list's sort keys of joined columns are kept by database triggers (migration 0012), not
    # by the services: they are no fact of the dossier and never enter the audit trail.
    __audit_exclude__ = Audited.__audit_exclude__ | SORT_KEY_COLUMNS | {SUSPENDED_DAYS}
    __table_args__ = (
        # The dossier list sorts and filters in SQL (architecture.md #8); these back its common orders.
        Index("ix_dossiers_type_status", "dossier_type", "status"),
        Index("ix_dossiers_submitted_on", "submitted_on"),
        Index("ix_dossiers_assignee_status", "assignee_id", "status"),
        # Sorted pages: ORDER BY <column>, reference LIMIT n walks these instead of sorting 100,000 rows.
        Index("ix_dossiers_status_since_reference", "status_since", "reference"),
        Index("ix_dossiers_status_reference", "status", "reference"),
        Index("ix_dossiers_type_reference", "dossier_type", "reference"),
        Index("ix_dossiers_organisation_reference", "organisation_id", "reference"),
        # Figures for a period read only this index (services/figures.py): no row is visited.
        Index("ix_dossiers_decided_days", "decided_on", "dossier_type", "submitted_on", "suspended_days"),
        # The Werkbak's counts join open terms to their dossier's filters through this index alone.
        Index("ix_dossiers_id_filters", "id", "assignee_id", "dossier_type", "status"),
        # Keyset pages by a joined column (organisation, municipality, assignee; issue #13).
        Index("ix_dossiers_sort_organisation", "sort_organisation", "reference"),
        Index("ix_dossiers_sort_municipality", "sort_municipality", "reference"),
        Index("ix_dossiers_sort_assignee", "sort_assignee", "reference"),
        Index("ix_dossiers_submitted_reference", "submitted_on", "reference"),
    )

    reference: Mapped[str] = mapped_column(String(20), unique=True, nullable=False)
    dossier_type: Mapped[str] = mapped_column(String(2), nullable=False)
    status: Mapped[str] = mapped_column(String(40), nullable=False)
    closed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id"), nullable=False, index=True
    )
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    subject: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Key dates (facts). Statutory due dates are computed from events and suspensions, never stored here.
    submitted_on: Mapped[date] = mapped_column(Date, nullable=False)
    status_since: Mapped[date] = mapped_column(Date, nullable=False)
    decided_on: Mapped[date | None] = mapped_column(Date)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    # Copies of the organisation's name, its municipality's name and the assignee's display name
    # ('' when there is none), written by triggers on insert and whenever the source changes.
    sort_organisation: Mapped[str] = mapped_column(String(300), nullable=False, server_default="")
    sort_municipality: Mapped[str] = mapped_column(String(100), nullable=False, server_default="")
    sort_assignee: Mapped[str] = mapped_column(String(200), nullable=False, server_default="")
    # Days its suspensions stopped the clock before the decision (T-3, overlaps once); NULL while
    # undecided. Written by triggers on any change of a suspension or of decided_on (migration 0013).
    suspended_days: Mapped[int | None] = mapped_column(Integer)


class DossierEvent(UuidPk, Audited, Base):
    """A line on the dossier's timeline. Append-only; corrections are new events."""

    __tablename__ = "dossier_events"
    __audit_label__ = "gebeurtenis"
    __table_args__ = (Index("ix_dossier_events_dossier_occurred", "dossier_id", "occurred_on"),)

    dossier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dossiers.id"), nullable=False)
    occurred_on: Mapped[date] = mapped_column(Date, nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    recorded_by: Mapped[str] = mapped_column(String(120), nullable=False)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    data: Mapped[dict[str, object]] = mapped_column(JSON, nullable=False, default=dict)


class Document(UuidPk, Audited, Base):
    """A generated or received document. A final document never changes; a new version is a new row."""

    __tablename__ = "documents"
    __audit_label__ = "document"
    __audit_exclude__ = frozenset({"content"})

    dossier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dossiers.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    filename: Mapped[str] = mapped_column(String(200), nullable=False)
    media_type: Mapped[str] = mapped_column(String(100), nullable=False, default="application/pdf")
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    final: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(120), nullable=False)
