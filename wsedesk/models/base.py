"""Declarative base, naming convention and the mixins every editable table uses."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import DateTime, Integer, MetaData, String, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Stable constraint names keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def new_id() -> uuid.UUID:
    """Client-made ids: laptops create records offline that later merge without renumbering."""
    return uuid.uuid4()


class UuidPk:
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)


class Editable(UuidPk):
    """An editable record: optimistic version column plus who changed it last.

    `version` is SQLAlchemy's version_id_col: an UPDATE carries `WHERE version = <loaded>`,
    so a stale save touches no row and raises instead of overwriting someone else's edit.
    `updated_at`/`updated_by` are filled by the unit of work (storage/audit.py).
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    updated_by: Mapped[str] = mapped_column(String(120), nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        return {"version_id_col": cls.version}


class Audited:
    """Marker: every insert, update and delete of this table is written to the audit trail."""

    __audit_label__: str = ""
    # Columns left out of the audit's old → new (bookkeeping, or bulky binary content).
    __audit_exclude__: frozenset[str] = frozenset({"version", "created_at", "updated_at", "updated_by"})
    # Derived caches rewritten in bulk without audit rows: `db check` does not hold them against the trail.
    __audit_derived__: frozenset[str] = frozenset()
