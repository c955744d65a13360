"""Site visits (domain.md §3.2 guidance in practice, MW-4, TW-2) and what their check-in needs.

A visit belongs to an organisation and optionally to some of its dossiers; it has visitors, a
checklist (versioned data in resources/visits/), findings per checklist item, follow-up actions
and attachments. Every visit row has a client-made UUID, so a laptop creates visits, findings,
actions and attachments offline that later merge without renumbering (storage/sync.py,
services/visit_sync.py).

The check-in also needs, centrally: the database's identity and the key that signs packages
(`SyncIdentity`, never audited, never copied into a package), the packages handed out
(`VisitCheckout`), the review queue (`VisitConflict`), and tombstones of deleted visit rows
(`Tombstone`) so a deletion travels and a delete/edit conflict can show what was deleted.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from wsedesk.models.base import Audited, Base, Editable, UuidPk


class VisitType(StrEnum):
    FUNCTIONEEL = "functioneel"  # TW-2: periodic work meetings, complaint handling
    COACHEND = "coachend"  # TW-2: yearly quality review
    FORMEEL = "formeel"  # TW-2: contract follow-up, audit
    OPVOLGBEZOEK = "opvolgbezoek"  # MW-4: follow-up visit to a custom-work company
    BEGELEIDING = "begeleiding"  # §3.2: guidance in practice (individual custom work)


class VisitStatus(StrEnum):
    GEPLAND = "gepland"
    UITGEVOERD = "uitgevoerd"
    VERSLAG_KLAAR = "verslag_klaar"
    AFGESLOTEN = "afgesloten"


class Verdict(StrEnum):
    IN_ORDE = "in_orde"
    NIET_IN_ORDE = "niet_in_orde"
    NIET_NAGEGAAN = "niet_nagegaan"


_BOOKKEEPING = frozenset({"version", "created_at", "updated_at", "updated_by"})


def _in(values: type[StrEnum]) -> str:
    return "IN (" + ", ".join(f"'{v.value}'" for v in values) + ")"


class Visit(Editable, Audited, Base):
    """One site visit; `reference` (BZ-2025-3F9A2C1D) is derived from the id, so a laptop makes it too."""

    __tablename__ = "visits"
    __audit_label__ = "bezoek"
    __table_args__ = (
        CheckConstraint(f"visit_type {_in(VisitType)}", name="visit_type"),
        CheckConstraint(f"status {_in(VisitStatus)}", name="status"),
        Index("ix_visits_planned_on", "planned_on"),
        Index("ix_visits_organisation_planned", "organisation_id", "planned_on"),
    )

    reference: Mapped[str] = mapped_column(String(20), unique=True, nullable=False)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisations.id"), nullable=False)
    visit_type: Mapped[str] = mapped_column(String(20), nullable=False)
    checklist_version: Mapped[int] = mapped_column(Integer, nullable=False)
    planned_on: Mapped[date] = mapped_column(Date, nullable=False)
    performed_on: Mapped[date | None] = mapped_column(Date)
    report_on: Mapped[date | None] = mapped_column(Date)  # the report's date (status verslag klaar)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default=VisitStatus.GEPLAND.value)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")  # the free text of the report


class VisitVisitor(Editable, Audited, Base):
    """Who goes on the visit (an inspector, a project adviser); 'my visits' are found through here."""

    __tablename__ = "visit_visitors"
    __audit_label__ = "bezoeker"
    __table_args__ = (UniqueConstraint("visit_id", "user_id", name="uq_visit_visitors_visit_user"),)

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visits.id"), nullable=False)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)


class VisitDossier(Editable, Audited, Base):
    """A dossier of the visited organisation that the visit is about."""

    __tablename__ = "visit_dossiers"
    __audit_label__ = "dossier van een bezoek"
    __table_args__ = (UniqueConstraint("visit_id", "dossier_id", name="uq_visit_dossiers_visit_dossier"),)

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visits.id"), nullable=False)
    dossier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dossiers.id"), nullable=False, index=True)


class VisitFinding(Editable, Audited, Base):
    """The verdict on one checklist item, with a note; what a 'niet in orde' started, once confirmed."""

    __tablename__ = "visit_findings"
    __audit_label__ = "bevinding"
    __table_args__ = (
        UniqueConstraint("visit_id", "item_key", name="uq_visit_findings_visit_item"),
        CheckConstraint(f"verdict {_in(Verdict)}", name="verdict"),
    )

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visits.id"), nullable=False)
    item_key: Mapped[str] = mapped_column(String(40), nullable=False)
    verdict: Mapped[str] = mapped_column(String(20), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # A follow-up the user chose for a 'niet in orde' finding (rules/visits.py FOLLOW_UPS): proposed
    # offline, started (`follow_up_started_on`) only when a person confirms it online.
    follow_up: Mapped[str | None] = mapped_column(String(30))
    follow_up_dossier_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("dossiers.id"))
    follow_up_started_on: Mapped[date | None] = mapped_column(Date)


class VisitAction(Editable, Audited, Base):
    """A follow-up action with a due date. With a dossier it is also a term in the Werkbak.

    The term (models.terms.DossierTerm, term id "BZ-actie") has the action's id as its own id:
    it is derived from the action (services/visits.py), so it never travels in a package.
    """

    __tablename__ = "visit_actions"
    __audit_label__ = "opvolgactie"
    __table_args__ = (Index("ix_visit_actions_open_due", "done_on", "due_on"),)

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visits.id"), nullable=False, index=True)
    finding_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit_findings.id"))
    dossier_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("dossiers.id"))
    description: Mapped[str] = mapped_column(Text, nullable=False)
    recorded_on: Mapped[date] = mapped_column(Date, nullable=False)  # the term's triggering day
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    done_on: Mapped[date | None] = mapped_column(Date)


class VisitAttachment(Editable, Audited, Base):
    """A photo or scan. The type is checked by content; `original_name` is data, never a path."""

    __tablename__ = "visit_attachments"
    __audit_label__ = "bijlage van een bezoek"
    __audit_exclude__ = _BOOKKEEPING | {"content"}

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visits.id"), nullable=False, index=True)
    finding_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit_findings.id"))
    media_type: Mapped[str] = mapped_column(String(40), nullable=False)
    stored_name: Mapped[str] = mapped_column(String(60), nullable=False)  # generated: <id>.jpg
    original_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    caption: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class Tombstone(UuidPk, Audited, Base):
    """A deleted visit row: which, its last state and version, who deleted it, in which package."""

    __tablename__ = "tombstones"
    __audit_label__ = "verwijderd record"
    __table_args__ = (UniqueConstraint("entity", "entity_id", name="uq_tombstones_entity_entity_id"),)

    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    entity_id: Mapped[uuid.UUID] = mapped_column(nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    data: Mapped[dict[str, object]] = mapped_column(JSON, nullable=False, default=dict)
    deleted_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    deleted_by: Mapped[str] = mapped_column(String(120), nullable=False)


class SyncIdentity(Base):
    """This database's identity and the key that signs its packages (one row).

    Not Audited: the key must never reach the audit trail, a log or a package.
    """

    __tablename__ = "sync_identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    database_id: Mapped[uuid.UUID] = mapped_column(nullable=False)
    key_hex: Mapped[str] = mapped_column(String(128), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class VisitCheckout(Editable, Audited, Base):
    """A package handed out (check-out) and, once back, what its check-in did."""

    __tablename__ = "visit_checkouts"
    __audit_label__ = "bezoekpakket"

    issued_to: Mapped[str] = mapped_column(String(120), nullable=False)  # the login the package is for
    issued_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    visit_ids: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="uitgecheckt")
    checked_in_at: Mapped[datetime | None] = mapped_column(DateTime)
    checked_in_by: Mapped[str | None] = mapped_column(String(120))
    digest: Mapped[str | None] = mapped_column(String(64))  # sha256 of what the laptop brought back
    merged: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class VisitConflict(Editable, Audited, Base):
    """One entry of the review queue: both sides of a record, kept until a person resolves it.

    The id is derived from the package and the record, so a check-in run twice records it once.
    """

    __tablename__ = "visit_conflicts"
    __audit_label__ = "conflict bij inchecken"
    __table_args__ = (Index("ix_visit_conflicts_status", "status", "detected_at"),)

    checkout_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit_checkouts.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # edit/edit, edit/delete, …
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    entity_id: Mapped[uuid.UUID] = mapped_column(nullable=False)
    visit_id: Mapped[uuid.UUID | None] = mapped_column()  # the visit it is about (no FK: may be deleted)
    label: Mapped[str] = mapped_column(String(300), nullable=False)
    base: Mapped[dict[str, object] | None] = mapped_column(JSON)
    laptop: Mapped[dict[str, object] | None] = mapped_column(JSON)  # None: deleted on the laptop
    central: Mapped[dict[str, object] | None] = mapped_column(JSON)  # None: deleted centrally
    central_id: Mapped[uuid.UUID | None] = mapped_column()  # create/create: the central record
    central_version: Mapped[int | None] = mapped_column(Integer)
    laptop_user: Mapped[str] = mapped_column(String(120), nullable=False)
    detected_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open")
    resolution: Mapped[str | None] = mapped_column(String(20))  # laptop | central | merge
    resolved_by: Mapped[str | None] = mapped_column(String(120))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
