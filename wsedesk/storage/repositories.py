"""Named queries. Sorting, filtering and paging happen in SQL (architecture.md #8)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import Any, TypedDict

from sqlalchemy import Select, String, and_, false, func, or_, select, tuple_, type_coerce
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from wsedesk.models import Document, Dossier, DossierEvent, Municipality, Organisation, User
from wsedesk.storage.search_sql import matching_targets


@dataclass(frozen=True)
class DossierFilter:
    text: str = ""
    dossier_type: str | None = None
    status: str | None = None
    assignee_id: str | None = None
    open_only: bool = False
    organisation_id: str | None = None


class PageArgs(TypedDict, total=False):
    """Which page of a list a service asks its repository's `page` for (the defaults are page's)."""

    sort_key: str
    descending: bool
    offset: int
    limit: int


class DossierPageArgs(PageArgs, total=False):
    after: tuple[Any, str] | None  # a keyset page: (sort_value, reference) of the last row shown


# Sort keys the dossier list offers → SQL expressions; id breaks ties so paging is stable.
DOSSIER_SORT_KEYS = (
    "reference",
    "dossier_type",
    "status",
    "organisation",
    "municipality",
    "assignee",
    "submitted_on",
    "status_since",
)

_Assignee = aliased(User)

# Below this many rows an equality filter's own index beats walking the sort index (_few_rows):
# sorting 2,000 rows costs ~2 ms; above it, 200 matches lie within the first ~10,000 entries.
FEW_ROWS = 2000


def _plain(column: Any) -> Any:
    """`+column`: the same value, but SQLite no longer sees the column (nor its index) in it."""
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


class DossierRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, dossier_id: uuid.UUID | str) -> Dossier | None:
        return self.session.get(Dossier, uuid.UUID(str(dossier_id)))

    def get_by_reference(self, reference: str) -> Dossier | None:
        return self.session.execute(
            select(Dossier).where(Dossier.reference == reference.strip().upper())
        ).scalar_one_or_none()

    def _filtered(self, stmt: Select[Any], flt: DossierFilter) -> Select[Any]:
        conditions = []
        if flt.dossier_type:
            conditions.append(Dossier.dossier_type == flt.dossier_type)
        if flt.status:
            conditions.append(Dossier.status == flt.status)
        if flt.assignee_id:
            conditions.append(Dossier.assignee_id == uuid.UUID(flt.assignee_id))
        if flt.organisation_id:
            conditions.append(Dossier.organisation_id == uuid.UUID(flt.organisation_id))
        if flt.open_only:
            conditions.append(Dossier.closed.is_(False))
        text = flt.text.strip()
        if text:
            # The search index (storage/search_sql.py): case and accents ignored, each word a prefix;
            # the dossier's reference, subject and notes, or its organisation's name, number, municipality.
            dialect = self.session.get_bind().dialect.name
            own = matching_targets(dialect, text, ("dossier", "note"))
            orgs = matching_targets(dialect, text, ("organisation",))
            if own is None or orgs is None:
                conditions.append(false())  # nothing searchable in the text (only punctuation)
            else:
                conditions.append(or_(Dossier.id.in_(own), Dossier.organisation_id.in_(orgs)))
        return stmt.where(and_(*conditions)) if conditions else stmt

    def _joined(self, stmt: Select[Any]) -> Select[Any]:
        return (
            stmt.join(Organisation, Organisation.id == Dossier.organisation_id)
            .outerjoin(Municipality, Municipality.nis_code == Organisation.municipality_nis)
            .outerjoin(_Assignee, _Assignee.id == Dossier.assignee_id)
        )

    def _few_rows(self, flt: DossierFilter) -> bool:
        """SQLite, an equality filter (type, assignee, organisation) and fewer than FEW_ROWS rows.

        SQLite keeps no statistics per value (no STAT4): with such a filter it walks the sort
        key's index and looks up every row to test the filter, which for a rare value (a type
        with five dossiers, one organisation's) reads the whole table: 0.4-2 s at 100,000
        dossiers. The probe reads at most FEW_ROWS entries of the filter's own index (< 1 ms)."""
        if self.session.get_bind().dialect.name != "sqlite" or flt.text.strip():
            return False
        if not (flt.dossier_type or flt.assignee_id or flt.organisation_id):
            return False
        # Only the equality filters: their indexes answer without a row lookup ("open only" would
        # look up rows until FEW_ROWS open ones were found: 30 ms for the ED dossiers).
        equal = replace(flt, open_only=False)
        probe = self._filtered(select(Dossier.reference), equal).limit(FEW_ROWS).subquery()
        return int(self.session.execute(select(func.count()).select_from(probe)).scalar_one()) < FEW_ROWS

    def count(self, flt: DossierFilter) -> int:
        stmt = select(func.count()).select_from(Dossier)
        return int(self.session.execute(self._filtered(stmt, flt)).scalar_one())

    def page(
        self,
        flt: DossierFilter,
        *,
        sort_key: str = "reference",
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
        after: tuple[Any, str] | None = None,
    ) -> list[Any]:
        """One page of the list, ordered by `sort_key` then reference (unique, so the order is total).

        `after` = (sort_value, reference) of the last row already shown: a keyset page, which an
        index serves at any depth (`offset` makes the database walk past every earlier row).
        Each row carries its `sort_value` for the next call. Joined columns sort by the copies
        the dossier keeps (migration 0012), so every key has an index (key, reference).
        """
        columns = {
            "reference": Dossier.reference,
            "dossier_type": Dossier.dossier_type,
            "status": Dossier.status,
            "organisation": Dossier.sort_organisation,
            "municipality": Dossier.sort_municipality,
            "assignee": Dossier.sort_assignee,
            "submitted_on": Dossier.submitted_on,
            "status_since": Dossier.status_since,
        }
        if sort_key not in columns:
            raise ValueError(f"unknown sort key {sort_key!r}")
        key = columns[sort_key]
        # The row shape is spelled out below; the helpers take any Select (SQLAlchemy's is invariant).
        # The id and the two dates as the driver hands them over (SQLite: text; PostgreSQL: uuid and
        # date objects): SQLAlchemy's UUID and date processors cost ~1.5 ms a page of 200 rows
        # (issue #13); the service turns them into their shown form.
        stmt: Any = select(
            type_coerce(Dossier.id, String).label("id"),
            Dossier.reference,
            Dossier.dossier_type,
            Dossier.status,
            Dossier.closed,
            Organisation.name.label("organisation"),
            Organisation.enterprise_number,
            Municipality.name_nl.label("municipality"),
            _Assignee.display_name.label("assignee"),
            type_coerce(Dossier.submitted_on, String).label("submitted_on"),
            type_coerce(Dossier.status_since, String).label("status_since"),
            Dossier.version,
            key.label("sort_value"),
        )
        query = self._filtered(self._joined(stmt.select_from(Dossier)), flt)
        if self._few_rows(flt):
            # Few rows: through the filter's index, then sorted; `+column` (a no-op in SQLite)
            # keeps the sort key's index out of the plan, for the order and for the keyset.
            key = _plain(key)
            reference_key: Any = _plain(Dossier.reference)
        else:
            reference_key = Dossier.reference
        if after is not None:
            value, reference = after
            if sort_key == "reference":
                query = query.where(reference_key < reference if descending else reference_key > reference)
            else:
                position = tuple_(key, reference_key)
                query = query.where(
                    position < (value, reference) if descending else position > (value, reference)
                )
        keys: list[Any] = [reference_key] if sort_key == "reference" else [key, reference_key]
        order = [k.desc() if descending else k.asc() for k in keys]
        query = query.order_by(*order).limit(limit)
        if after is None and offset:
            query = query.offset(offset)
        # Core rows (the session's connection): no ORM row processing for a list page.
        return list(self.session.connection().execute(query).all())

    def timeline(self, dossier_id: uuid.UUID) -> list[DossierEvent]:
        stmt = (
            select(DossierEvent)
            .where(DossierEvent.dossier_id == dossier_id)
            .order_by(DossierEvent.occurred_on, DossierEvent.recorded_at)
        )
        return list(self.session.scalars(stmt))

    def documents(self, dossier_id: uuid.UUID) -> list[Any]:
        stmt = (
            select(
                Document.id,
                Document.kind,
                Document.title,
                Document.revision,
                Document.final,
                Document.sha256,
                Document.created_at,
                Document.created_by,
            )
            .where(Document.dossier_id == dossier_id)
            .order_by(Document.created_at)
        )
        return list(self.session.execute(stmt).all())

    def next_reference_number(self, dossier_type: str, year: int) -> int:
        prefix = f"{dossier_type}-{year}-"
        last = self.session.execute(
            select(func.max(Dossier.reference)).where(Dossier.reference.like(f"{prefix}%"))
        ).scalar_one()
        return int(last.rsplit("-", 1)[1]) + 1 if last else 1


def make_reference(dossier_type: str, year: int, number: int) -> str:
    """`ED-2025-00042`."""
    return f"{dossier_type}-{year}-{number:05d}"


class UserRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def active_users(self) -> list[User]:
        return list(
            self.session.scalars(select(User).where(User.active.is_(True)).order_by(User.display_name))
        )
