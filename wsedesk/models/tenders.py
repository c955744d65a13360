"""Tender partners of Intensief Werkplekleren (domain.md §3.4): one record per TW dossier.

The dossier carries the procedure (invitation, bid, award, contract follow-up, TW-1/TW-2); this
row holds the facts the checks and the award read: the experience with similar assignments
(TW-1), the bid's price and quality score (award on quality and price) and the contract.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from wsedesk.models.base import Audited, Base, Editable


class TenderPartnership(Editable, Audited, Base):
    """A candidate partner in one tender (opdracht, optionally a lot) and what it offered."""

    __tablename__ = "tender_partnerships"
    __audit_label__ = "tenderpartner"
    __table_args__ = (
        CheckConstraint(
            "quality_score IS NULL OR (quality_score >= 0 AND quality_score <= 100)", name="score"
        ),
        CheckConstraint("bid_price IS NULL OR bid_price > 0", name="price"),
    )

    dossier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dossiers.id"), unique=True, nullable=False)
    tender: Mapped[str] = mapped_column(
        String(200), nullable=False, index=True
    )  # "Intensief Werkplekleren 2026"
    lot: Mapped[str] = mapped_column(String(100), nullable=False, default="")  # perceel, e.g. a province
    experience_description: Mapped[str | None] = mapped_column(Text)  # what the partner wrote (TW-1)
    similar_experience: Mapped[bool | None] = mapped_column(Boolean)  # the buyer's judgement; None: not yet
    bid_price: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))  # euro, excl. VAT
    quality_score: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))  # 0–100, from the evaluation
    contract_reference: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    contract_start: Mapped[date | None] = mapped_column(Date)
    contract_end: Mapped[date | None] = mapped_column(Date)  # last day of the contract
