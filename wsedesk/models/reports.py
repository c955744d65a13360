"""Sustainability reports (duurzaamheidsverslagen) as stored: one row per imported workbook, its values narrow.

A submission is one accepted workbook for one organisation and report year (MW-2). A newer
submission for the same organisation and year becomes `current`; the older one is kept with
status `superseded` and `superseded_by` pointing at its successor (history, never deleted).
A partial unique index guarantees at most one current submission per organisation and year,
also when two officers import at the same moment.

Values are stored narrow (one row per code) so trends and sector medians are plain SQL:
`value_text` holds the value exactly as read (canonical text), `value_number` the same value
as a number for every numeric field (integers, decimals, amounts, percentages 0–100, years)
and 1/0 for ja/nee. Value rows are never updated: a correction is a new submission.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from wsedesk.models.base import Audited, Base, Editable, UuidPk

# 18 digits before the decimal point (amounts up to 10^15, the reader's limit), 6 after.
VALUE_NUMBER_TYPE = Numeric(24, 6)


class SubmissionStatus(StrEnum):
    CURRENT = "current"
    SUPERSEDED = "superseded"


_CURRENT_ONLY = "status = 'current'"
_CURRENT_INDEX = "uq_report_submissions_current"


class ReportSubmission(Editable, Audited, Base):
    """One imported workbook: who sent it, when, which file (SHA-256), and what the checks said."""

    __tablename__ = "report_submissions"
    __audit_label__ = "duurzaamheidsverslag"
    __table_args__ = (
        Index("ix_report_submissions_org_year", "organisation_id", "report_year"),
        Index("ix_report_submissions_year_status", "report_year", "status"),
        Index("ix_report_submissions_file_sha256", "file_sha256"),
        # At most one current submission per organisation and year (the database enforces it).
        Index(
            "uq_report_submissions_current",
            "organisation_id",
            "report_year",
            unique=True,
            sqlite_where=text(_CURRENT_ONLY),
            # postgresql_where: given by `add_postgresql_where` when PostgreSQL is opened.
        ),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisations.id"), nullable=False)
    report_year: Mapped[int] = mapped_column(Integer, nullable=False)
    template_version: Mapped[str] = mapped_column(String(60), nullable=False)
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    file_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    file_size: Mapped[int] = mapped_column(Integer, nullable=False)
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    # MW-2: received after 31 July of report year + 1.
    late: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False, default=SubmissionStatus.CURRENT.value)
    superseded_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("report_submissions.id"))
    # The DV dossier (report cycle) the submission was registered on, if there was one.
    dossier_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("dossiers.id"), index=True)
    # The reader's warnings (ReportIssue.to_dict() each) and follow-up flags such as ["MW-3"].
    warnings: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False, default=list)
    flags: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    imported_by: Mapped[str] = mapped_column(String(120), nullable=False)


class ReportValue(UuidPk, Audited, Base):
    """One answer of a submission (code → value). Append-only: never updated, never deleted."""

    __tablename__ = "report_values"
    __audit_label__ = "verslagwaarde"
    __table_args__ = (
        UniqueConstraint("submission_id", "code", name="uq_report_values_submission_code"),
        # Trends and sector medians select one code across submissions.
        Index("ix_report_values_code_submission", "code", "submission_id"),
    )

    submission_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("report_submissions.id"), nullable=False)
    code: Mapped[str] = mapped_column(String(10), nullable=False)
    # The template's field type: integer, decimal, percentage, amount, year, boolean, text, date, …
    value_type: Mapped[str] = mapped_column(String(30), nullable=False)
    value_text: Mapped[str | None] = mapped_column(Text)
    value_number: Mapped[Decimal | None] = mapped_column(VALUE_NUMBER_TYPE)


def add_postgresql_where() -> None:
    """The WHERE of the one-current-submission index for PostgreSQL, set when a PostgreSQL
    database is opened (`storage.engine.connect`). Named in the Index itself, it made SQLAlchemy
    import its PostgreSQL dialect and drivers on every start, SQLite included (~20 ms CPU, #13)."""
    table = ReportSubmission.__table__
    assert isinstance(table, Table)
    index = next(i for i in table.indexes if i.name == _CURRENT_INDEX)
    index.dialect_options["postgresql"]["where"] = text(_CURRENT_ONLY)
