"""Dossier use cases: the paged list, the detail with its timeline, and saving with conflict detection."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsedesk.errors import BadInputError, NotFoundError
from wsedesk.i18n import N_
from wsedesk.models import Dossier, Municipality, Organisation, User
from wsedesk.rules.identifiers import format_enterprise_number, format_stored_enterprise_number
from wsedesk.rules.workflows import DOSSIER_TYPE_LABELS, DossierType, status_label, workflow_for
from wsedesk.services.changes import Changes
from wsedesk.services.conflicts import VersionedRows, check_version, conflict_on_stale_commit
from wsedesk.services.fields import check_editable
from wsedesk.storage.repositories import (
    DOSSIER_SORT_KEYS,
    DossierFilter,
    DossierPageArgs,
    DossierRepository,
    UserRepository,
    make_reference,
)

if TYPE_CHECKING:
    from wsedesk.context import AppContext

__all__ = ["DOSSIER_SORT_KEYS", "DossierFilter"]

T = TypeVar("T")


@dataclass(frozen=True)
class DossierHeading:
    """What names a dossier in a list, a choice or a header: its reference, type and status."""

    id: str
    reference: str
    dossier_type: str
    type_label: str
    status: str
    status_label: str

    @classmethod
    def of(cls, d: Dossier) -> DossierHeading:
        """The heading of a loaded dossier; a type this version does not know shows as stored."""
        known = d.dossier_type in DossierType._value2member_map_
        return cls(
            str(d.id),
            d.reference,
            d.dossier_type,
            DOSSIER_TYPE_LABELS[DossierType(d.dossier_type)] if known else d.dossier_type,
            d.status,
            status_label(d.dossier_type, d.status) if known else d.status,
        )


@dataclass(frozen=True)
class DossierRow(DossierHeading):
    closed: bool
    organisation: str
    enterprise_number: str
    municipality: str
    assignee: str
    submitted_on: date
    status_since: date
    # The row's value of the list's sort key: `after=row.position` asks for the page after it.
    sort_value: Any = None

    @property
    def position(self) -> tuple[Any, str]:
        return (self.sort_value, self.reference)


def list_dossiers(ctx: AppContext, flt: DossierFilter, **page: Unpack[DossierPageArgs]) -> list[DossierRow]:
    """A page of the dossier list; `after=last_row.position` for the next page (keyset, any depth)."""
    with ctx.uow() as uow:
        rows = DossierRepository(uow.session).page(flt, **page)
    # 200 rows on every keystroke: labels looked up once per (type, status), stored KBO numbers
    # formatted without re-validating (issue #13: python-stdnum was a third of a page's time).
    return [
        DossierRow(
            id=_id_text(r.id),
            reference=r.reference,
            dossier_type=r.dossier_type,
            type_label=_type_label(r.dossier_type),
            status=r.status,
            status_label=_status_label(r.dossier_type, r.status),
            closed=r.closed,
            organisation=r.organisation,
            enterprise_number=format_stored_enterprise_number(r.enterprise_number),
            municipality=r.municipality or "",
            assignee=r.assignee or "",
            submitted_on=_as_date(r.submitted_on),
            status_since=_as_date(r.status_since),
            sort_value=r.sort_value,
        )
        for r in rows
    ]


def _id_text(value: Any) -> str:
    """A dossier id as `str(uuid)` writes it, from SQLite's 32 hex digits or PostgreSQL's uuid."""
    if isinstance(value, str) and len(value) == 32:
        return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
    return str(uuid.UUID(str(value)))


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


@cache
def _type_label(dossier_type: str) -> str:
    return DOSSIER_TYPE_LABELS[DossierType(dossier_type)]


@cache
def _status_label(dossier_type: str, status: str) -> str:
    return status_label(dossier_type, status)


def count_dossiers(ctx: AppContext, flt: DossierFilter) -> int:
    with ctx.uow() as uow:
        return DossierRepository(uow.session).count(flt)


@dataclass(frozen=True)
class TimelineEntry:
    occurred_on: date
    kind: str
    description: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    kind: str
    title: str
    revision: int
    final: bool
    sha256: str
    created_at: datetime
    created_by: str


# The fields a user edits on the dossier screen; the save compares these for conflicts.
EDITABLE_FIELDS = ("subject", "notes", "assignee_id")


@dataclass(frozen=True)
class DossierDetail(DossierHeading):
    closed: bool
    organisation_id: str
    organisation: str
    enterprise_number: str
    municipality: str
    province: str
    assignee_id: str | None
    assignee: str
    subject: str
    notes: str
    submitted_on: date
    status_since: date
    decided_on: date | None
    valid_from: date | None
    valid_until: date | None
    version: int
    updated_at: datetime
    updated_by: str
    timeline: list[TimelineEntry] = field(default_factory=list)
    documents: list[DocumentInfo] = field(default_factory=list)

    def editable_values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in EDITABLE_FIELDS}


def get_dossier(ctx: AppContext, dossier_id: str) -> DossierDetail:
    with ctx.uow() as uow:
        repo = DossierRepository(uow.session)
        d = load_dossier(uow.session, dossier_id)
        org = uow.session.get(Organisation, d.organisation_id)
        assert org is not None
        muni = uow.session.get(Municipality, org.municipality_nis) if org.municipality_nis else None
        assignee = uow.session.get(User, d.assignee_id) if d.assignee_id else None
        return DossierDetail(
            id=str(d.id),
            reference=d.reference,
            dossier_type=d.dossier_type,
            type_label=DOSSIER_TYPE_LABELS[DossierType(d.dossier_type)],
            status=d.status,
            status_label=status_label(d.dossier_type, d.status),
            closed=d.closed,
            organisation_id=str(org.id),
            organisation=org.name,
            enterprise_number=format_enterprise_number(org.enterprise_number),
            municipality=muni.name_nl if muni else "",
            province=(muni.province_name or "") if muni else "",
            assignee_id=str(d.assignee_id) if d.assignee_id else None,
            assignee=assignee.display_name if assignee else "",
            subject=d.subject,
            notes=d.notes,
            submitted_on=d.submitted_on,
            status_since=d.status_since,
            decided_on=d.decided_on,
            valid_from=d.valid_from,
            valid_until=d.valid_until,
            version=d.version,
            updated_at=d.updated_at,
            updated_by=d.updated_by,
            timeline=[
                TimelineEntry(e.occurred_on, e.kind, e.description, e.recorded_by, e.recorded_at)
                for e in repo.timeline(d.id)
            ],
            documents=[
                DocumentInfo(
                    str(x.id), x.kind, x.title, x.revision, x.final, x.sha256, x.created_at, x.created_by
                )
                for x in repo.documents(d.id)
            ],
        )


def load_dossier(session: Session, dossier_id: str) -> Dossier:
    """The dossier, or NotFoundError when it does not exist (any more)."""
    dossier = session.get(Dossier, uuid.UUID(str(dossier_id)))
    if dossier is None:
        raise NotFoundError(N_("Dossier {d} bestaat niet (meer).").format(d=dossier_id))
    return dossier


@dataclass(frozen=True)
class DossierFacts(VersionedRows[T]):
    """Rows that hold a dossier's own facts (tender partnerships, proof applications): how one is found
    for its dossier; a conflict on it is named after the dossier (`label`: `{r}` is its reference)."""

    facts_of: Callable[[Session, Dossier], T | None]

    def load(self, session: Session, dossier_id: str) -> tuple[Dossier, T]:
        """The dossier and its row of facts; NotFoundError when either is gone."""
        dossier = load_dossier(session, dossier_id)
        row = self.facts_of(session, dossier)
        if row is None:
            raise NotFoundError(self.not_found)
        return dossier, row

    def labelled(self, named: Dossier) -> str:
        return self.label.format(r=named.reference)


@dataclass(frozen=True)
class DossierFactsView:
    """A dossier's own facts as a screen shows them (a tender partnership, a proof application): the dossier first."""

    dossier_id: str
    reference: str
    organisation: str
    status: str

    @staticmethod
    def heading(session: Session, d: Dossier) -> dict[str, Any]:
        """The dossier's part of such a view: its id, reference and status, and its organisation's name."""
        org = session.get(Organisation, d.organisation_id)
        return {
            "dossier_id": str(d.id),
            "reference": d.reference,
            "organisation": org.name if org else "",
            "status": d.status,
        }


def new_dossier(
    session: Session, dossier_type: str, org: Organisation, submitted_on: date, subject: str
) -> Dossier:
    """A new dossier of `dossier_type` in its workflow's initial state, with the next free reference."""
    reference = make_reference(
        dossier_type,
        submitted_on.year,
        DossierRepository(session).next_reference_number(dossier_type, submitted_on.year),
    )
    dossier = Dossier(
        reference=reference,
        dossier_type=dossier_type,
        status=workflow_for(dossier_type).initial,
        closed=False,
        organisation_id=org.id,
        subject=subject,
        notes="",
        submitted_on=submitted_on,
        status_since=submitted_on,
    )
    session.add(dossier)
    session.flush()
    return dossier


def find_dossier_id(ctx: AppContext, reference: str) -> str:
    with ctx.uow() as uow:
        d = DossierRepository(uow.session).get_by_reference(reference)
        if d is None:
            raise NotFoundError(f"Geen dossier met kenmerk '{reference}'.")
        return str(d.id)


def _conflict_args(
    d: Dossier, expected_version: int, original: dict[str, Any], changes: dict[str, Any]
) -> dict[str, Any]:
    return {
        "entity": "dossier",
        "label": f"Dossier {d.reference}",
        "expected_version": expected_version,
        "mine": changes,
        "original": {k: v for k, v in original.items() if k in EDITABLE_FIELDS},
    }


def update_dossier(
    ctx: AppContext,
    dossier_id: str,
    *,
    expected_version: int,
    original: dict[str, Any],
    changes: dict[str, Any],
) -> Changes:
    """Save the user's edits, or raise ConflictError if someone saved since `expected_version`.

    `original` holds the values the user saw when loading (DossierDetail.editable_values()),
    so the conflict can say what the other user changed. Nothing is overwritten on conflict.
    """
    check_editable(changes, EDITABLE_FIELDS)
    with ctx.uow(write=True) as uow:
        d = load_dossier(uow.session, dossier_id)
        check_version(uow.session, d, **_conflict_args(d, expected_version, original, changes))
        if "assignee_id" in changes:
            value = changes["assignee_id"]
            if value is not None and uow.session.get(User, uuid.UUID(str(value))) is None:
                raise BadInputError("De gekozen behandelaar bestaat niet.")
            d.assignee_id = uuid.UUID(str(value)) if value else None
        if "subject" in changes:
            subject = str(changes["subject"]).strip()
            if len(subject) > 300:
                raise BadInputError("Het onderwerp is te lang (maximaal 300 tekens).", where="Onderwerp")
            d.subject = subject
        if "notes" in changes:
            d.notes = str(changes["notes"])
        with conflict_on_stale_commit(
            uow.session,
            lambda: DossierRepository(uow.session).get(dossier_id),
            **_conflict_args(d, expected_version, original, changes),
            not_found=f"Dossier {d.reference} bestaat niet (meer).",
        ):
            uow.commit()
    return Changes.of("dossier", dossier_ids=[dossier_id])


@dataclass(frozen=True)
class UserChoice:
    id: str
    display_name: str


def assignable_users(ctx: AppContext) -> list[UserChoice]:
    with ctx.uow() as uow:
        return [UserChoice(str(u.id), u.display_name) for u in UserRepository(uow.session).active_users()]


def dossier_types() -> list[tuple[str, str]]:
    return [(t.value, label) for t, label in DOSSIER_TYPE_LABELS.items()]


def organisation_names(ctx: AppContext, ids: list[str]) -> dict[str, str]:
    with ctx.uow() as uow:
        rows = uow.session.execute(
            select(Organisation.id, Organisation.name).where(Organisation.id.in_([uuid.UUID(i) for i in ids]))
        )
        return {str(r.id): r.name for r in rows}
