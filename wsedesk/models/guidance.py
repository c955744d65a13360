"""Guidance assignments (begeleidingen, domain.md §3.2): which employee a recognised provider guides.

One row per employee guided by an external service provider under one recognition (the ED
dossier), from `start_on` to `end_on` (None: still running). From these rows come the real free
capacity in the provider finder (ED-13: stated capacity − assignments active on the day) and the
ED-8 lapse after two years without any guided employee.

The employee's national register number is stored because an imported list is matched on it
(the same employee, provider and start is one assignment); it never enters the audit trail's
old → new values, and the masked copy (`85.07.30-***.**`) is what screens, exports and the trail
show (domain.md §2). `premium_changes` are the dates the guidance premium changed (the support
plan is revised at each, §3.2 "guidance in practice"), as ISO dates.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import JSON, CheckConstraint, Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from wsedesk.models.base import Audited, Base, Editable

_BOOKKEEPING = frozenset({"version", "created_at", "updated_at", "updated_by"})


class GuidanceAssignment(Editable, Audited, Base):
    """One employee with a work limitation guided by a recognised provider (its ED dossier)."""

    __tablename__ = "guidance_assignments"
    __audit_label__ = "begeleiding"
    __audit_exclude__ = _BOOKKEEPING | {"employee_national_number"}
    __table_args__ = (
        CheckConstraint("end_on IS NULL OR end_on >= start_on", name="period"),
        UniqueConstraint(
            "dossier_id",
            "employee_national_number",
            "start_on",
            name="uq_guidance_assignments_dossier_id_employee_start",
        ),
        # "Active on day D per provider" (ED-13 free capacity, ED-8 last guidance): one index range
        # per provider, read from the index alone.
        Index("ix_guidance_assignments_active", "dossier_id", "start_on", "end_on"),
    )

    dossier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dossiers.id"), nullable=False)
    # 11 digits; never in the audit trail, shown masked (domain.md §2).
    employee_national_number: Mapped[str] = mapped_column(String(11), nullable=False)
    employee_masked: Mapped[str] = mapped_column(String(15), nullable=False)
    employer_name: Mapped[str] = mapped_column(String(300), nullable=False)
    employer_enterprise_number: Mapped[str | None] = mapped_column(String(10))
    start_on: Mapped[date] = mapped_column(Date, nullable=False)
    end_on: Mapped[date | None] = mapped_column(Date)  # last day guided; None: still running
    premium_changes: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
