"""Named queries for the organisation list. Sorting, filtering and paging happen in SQL (architecture.md #8)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, func, select
from sqlalchemy.orm import Session

from wsedesk.models import Dossier, Municipality, Organisation
from wsedesk.storage.search_sql import matching_targets


@dataclass(frozen=True)
class OrganisationFilter:
    text: str = ""  # words of the name, municipality or address, or the start of the KBO number
    kind: str | None = None


# Sort keys the organisation list offers; the name breaks ties so paging is stable.
ORGANISATION_SORT_KEYS = ("name", "enterprise_number", "kind", "municipality", "province", "dossiers")


def _dossier_count() -> ColumnElement[int]:
    # Correlated count: backed by ix_dossiers_organisation_id, so only the orgs on the page
    # (or, when sorting on it, each org once) are counted, never a full GROUP BY per page.
    return (
        select(func.count())
        .select_from(Dossier)
        .where(Dossier.organisation_id == Organisation.id)
        .correlate(Organisation)
        .scalar_subquery()
    )


class OrganisationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _filtered(self, stmt: Select[*tuple[Any, ...]], flt: OrganisationFilter) -> Select[*tuple[Any, ...]]:
        conditions = []
        if flt.kind:
            conditions.append(Organisation.kind == flt.kind)
        text = flt.text.strip()
        if text:
            # The search index: name, KBO number (with or without dots), municipality, address.
            found = matching_targets(self.session.get_bind().dialect.name, text, ("organisation",))
            conditions.append(false() if found is None else Organisation.id.in_(found))
        return stmt.where(and_(*conditions)) if conditions else stmt

    @staticmethod
    def _joined(stmt: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
        return stmt.outerjoin(Municipality, Municipality.nis_code == Organisation.municipality_nis)

    def count(self, flt: OrganisationFilter) -> int:
        stmt = select(func.count()).select_from(Organisation)
        return int(self.session.execute(self._filtered(stmt, flt)).scalar_one())

    def page(
        self,
        flt: OrganisationFilter,
        *,
        sort_key: str = "name",
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
    ) -> list[Any]:
        dossiers = _dossier_count().label("dossiers")
        columns: dict[str, Any] = {
            "name": Organisation.name,
            "enterprise_number": Organisation.enterprise_number,
            "kind": Organisation.kind,
            "municipality": Municipality.name_nl,
            "province": Municipality.province_name,
            "dossiers": dossiers,
        }
        if sort_key not in columns:
            raise ValueError(f"unknown sort key {sort_key!r}")
        order = columns[sort_key].desc() if descending else columns[sort_key].asc()
        stmt: Select[*tuple[Any, ...]] = select(
            Organisation.id,
            Organisation.name,
            Organisation.enterprise_number,
            Organisation.kind,
            Municipality.name_nl.label("municipality"),
            Municipality.province_name.label("province"),
            dossiers,
        ).select_from(Organisation)
        stmt = self._filtered(self._joined(stmt), flt)
        tiebreak = (
            (Organisation.name.desc(), Organisation.id.desc())
            if descending
            else (
                Organisation.name.asc(),
                Organisation.id.asc(),
            )
        )
        stmt = stmt.order_by(order, *tiebreak).offset(offset).limit(limit)
        return list(self.session.execute(stmt).all())
