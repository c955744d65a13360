"""Users of the program and persons the department deals with."""

from __future__ import annotations

import uuid

from sqlalchemy import JSON, Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from wsedesk.models.base import Audited, Base, Editable


class User(Editable, Audited, Base):
    """A login mapped to roles (OS login on SQLite, database login on PostgreSQL)."""

    __tablename__ = "users"
    __audit_label__ = "gebruiker"

    login: Mapped[str] = mapped_column(String(120), unique=True, nullable=False)
    display_name: Mapped[str] = mapped_column(String(200), nullable=False)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))  # shown as contactpersoon on letters
    roles: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Person(Editable, Audited, Base):
    """A contact or a qualified supervisor; the national number is stored only where a rule needs it."""

    __tablename__ = "persons"
    __audit_label__ = "persoon"

    organisation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    first_name: Mapped[str] = mapped_column(String(100), nullable=False)
    last_name: Mapped[str] = mapped_column(String(100), nullable=False)
    function: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    # 11 digits; shown masked, each reveal is audited (domain.md §2).
    national_number: Mapped[str | None] = mapped_column(String(11))
