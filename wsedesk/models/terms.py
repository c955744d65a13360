"""Statutory terms as stored facts (domain.md T-3, architecture.md #4).

A term row stores its triggering event, its length and its rule; suspensions store their
interval, reason and the letters that opened and closed them. The due date is always
recomputed from these facts by rules/terms.py; `due_cache` and `state_cache` only mirror the
last computation so the Werkbak can sort and filter 100,000 dossiers in SQL. They are written
by services/terms.py on every change and never edited by hand.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from wsedesk.models.base import Audited, Base, Editable


class DossierTerm(Editable, Audited, Base):
    __tablename__ = "dossier_terms"
    __audit_label__ = "termijn"
    __audit_derived__ = frozenset({"due_cache", "state_cache"})  # services/terms.py recompute_terms
    __audit_exclude__ = Audited.__audit_exclude__ | {"suspended_days"}  # kept by triggers (0013)
    __table_args__ = (
        Index("ix_dossier_terms_open_due", "closed_on", "due_cache"),
        Index("ix_dossier_terms_dossier", "dossier_id", "term_id"),
        # Covering indexes: the Werkbak's counts (open terms by state and due date) and the figures
        # (terms ended in a period, met or not, by rule) read them without visiting a row.
        Index("ix_dossier_terms_open_state", "closed_on", "state_cache", "due_cache", "dossier_id"),
        Index("ix_dossier_terms_closed_days", "closed_on", "term_id", "due_cache", "suspended_days"),
    )

    dossier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dossiers.id"), nullable=False)
    term_id: Mapped[str] = mapped_column(String(20), nullable=False)  # rule ID, e.g. "ED-5"
    event_date: Mapped[date] = mapped_column(Date, nullable=False)
    days: Mapped[int] = mapped_column(Integer, nullable=False)
    working_days: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    opened_by_event_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("dossier_events.id"))
    closed_on: Mapped[date | None] = mapped_column(Date)  # the day the term was met (or ended)
    closed_by_event_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("dossier_events.id"))
    # Derived from the facts above and the dossier's suspensions; see module docstring.
    due_cache: Mapped[date | None] = mapped_column(Date)
    state_cache: Mapped[str] = mapped_column(String(12), nullable=False, default="running")
    # Days its suspensions stopped it before it ended (T-3); NULL while open. Written by triggers
    # on any change of a suspension or of closed_on (migration 0013), for the figures.
    suspended_days: Mapped[int | None] = mapped_column(Integer)


class Suspension(Editable, Audited, Base):
    """The clock stopped while the department waits for information (ED-5, T-3): [start, end)."""

    __tablename__ = "suspensions"
    __audit_label__ = "schorsing van de termijn"
    __table_args__ = (
        # The intervals come with the key: a term's or a dossier's suspensions without visiting rows.
        Index("ix_suspensions_term_interval", "dossier_term_id", "start", "end"),
        Index("ix_suspensions_dossier_interval", "dossier_id", "start", "end"),
    )

    dossier_term_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dossier_terms.id"), nullable=False)
    # The term's dossier, kept beside it so figures read a dossier's suspensions in one index
    # (a term never moves to another dossier).
    dossier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dossiers.id"), nullable=False)
    start: Mapped[date] = mapped_column(Date, nullable=False)  # day the request was sent (included)
    end: Mapped[date | None] = mapped_column(Date)  # day the answer arrived (excluded); None = clock stopped
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    opened_by_document_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("documents.id"))
    closed_by_document_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("documents.id"))


class CalendarDay(Editable, Audited, Base):
    """An administrator's change to the holiday calendar (T-2): an extra closing day, or a removed one."""

    __tablename__ = "calendar_days"
    __audit_label__ = "kalenderdag"

    day: Mapped[date] = mapped_column(Date, nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    closed: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=True
    )  # False: a working day after all


class TermSetting(Editable, Audited, Base):
    """An administrator's value for a term marked configurable in domain.md (e.g. QR-5, QR-6)."""

    __tablename__ = "term_settings"
    __audit_label__ = "termijninstelling"

    term_id: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    days: Mapped[int] = mapped_column(Integer, nullable=False)
    working_days: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
