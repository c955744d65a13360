"""Organisation use cases: the paged, SQL-sorted organisation list (and, for Beheer, the staff list)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wsedesk.models.organisations import ORGANISATION_KIND_LABELS, OrganisationKind
from wsedesk.rules.identifiers import IdentifierError, format_enterprise_number
from wsedesk.storage.organisation_queries import (
    ORGANISATION_SORT_KEYS,
    OrganisationFilter,
    OrganisationRepository,
)

if TYPE_CHECKING:
    from wsedesk.context import AppContext

__all__ = [
    "ORGANISATION_SORT_KEYS",
    "OrganisationFilter",
    "OrganisationRow",
    "count_organisations",
    "list_organisations",
    "organisation_kinds",
]


@dataclass(frozen=True)
class OrganisationRow:
    id: str
    name: str
    enterprise_number: str  # formatted: 0428.759.497
    kind: str
    kind_label: str  # Dutch source string (N_), translated by the view
    municipality: str
    province: str
    dossier_count: int


def _formatted_kbo(number: str) -> str:
    # A list must still show a row whose stored number predates today's validation.
    try:
        return format_enterprise_number(number)
    except IdentifierError:
        return number


def _kind_label(kind: str) -> str:
    try:
        return ORGANISATION_KIND_LABELS[OrganisationKind(kind)]
    except ValueError:
        return kind


def list_organisations(
    ctx: AppContext,
    flt: OrganisationFilter,
    *,
    sort_key: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[OrganisationRow]:
    with ctx.uow() as uow:
        rows = OrganisationRepository(uow.session).page(
            flt, sort_key=sort_key, descending=descending, offset=offset, limit=limit
        )
    return [
        OrganisationRow(
            id=str(r.id),
            name=r.name,
            enterprise_number=_formatted_kbo(r.enterprise_number),
            kind=r.kind,
            kind_label=_kind_label(r.kind),
            municipality=r.municipality or "",
            province=r.province or "",
            dossier_count=int(r.dossiers or 0),
        )
        for r in rows
    ]


def count_organisations(ctx: AppContext, flt: OrganisationFilter) -> int:
    with ctx.uow() as uow:
        return OrganisationRepository(uow.session).count(flt)


def organisation_kinds() -> list[tuple[str, str]]:
    """(code, Dutch label) for the kind filter."""
    return [(k.value, label) for k, label in ORGANISATION_KIND_LABELS.items()]


# Staff: the department's own users, read-only for the Beheer overview.
# Belongs in services/users.py; kept here until that module is free to change.
