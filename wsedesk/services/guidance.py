"""Guidance assignments (domain.md §3.2): record, change and end whom a recognised provider guides.

A row names the employee (national number stored for matching, shown masked), the employer, the
period and the dates the guidance premium changed, under the provider's ED dossier. Every write
goes through the one version check and returns `Changes.of("guidance", "dossier")`, so the
provider finder (ED-13: free capacity), the Werkbak (ED-8 lapse) and the dossier screen refresh.

The SQL pieces "assignments active on day D" and "last day guided up to D" live here too, so the
finder (services/providers.py) and the Werkbak's reminders (services/reminders.py) ask the same
question the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from wsedesk.errors import BadInputError, NotFoundError, PermissionDeniedError
from wsedesk.i18n import N_
from wsedesk.models import Dossier, GuidanceAssignment, Organisation, RecognitionApplication
from wsedesk.rules.identifiers import IdentifierError, NationalNumber, parse_national_number
from wsedesk.rules.json_ready import json_value
from wsedesk.rules.roles import FOLLOW_UP_ROLES
from wsedesk.services.changes import Changes
from wsedesk.services.conflicts import VersionedRows, check_version, set_changed
from wsedesk.services.fields import (
    check_editable,
    kbo_number,
    optional_text,
    required_text,
    row_id,
    stored_row,
)

if TYPE_CHECKING:
    from wsedesk.context import AppContext

_NOT_FOUND = N_("Deze begeleiding bestaat niet (meer).")
_DOSSIER_NOT_FOUND = N_("Dit dossier bestaat niet (meer).")


class _Assignments(VersionedRows[GuidanceAssignment]):
    """Assignments as their saves report a conflict: named by the masked employee, not a name."""

    def labelled(self, named: GuidanceAssignment) -> str:
        return self.label.format(m=named.employee_masked)


_ASSIGNMENTS = _Assignments(GuidanceAssignment, "guidance_assignments", N_("Begeleiding van {m}"), _NOT_FOUND)
#: Fields of an assignment a user may change (the employee and the provider stay).
ASSIGNMENT_FIELDS = ("employer_name", "employer_enterprise_number", "start_on", "end_on", "premium_changes")
MAX_PREMIUM_CHANGES = 50


def _require_follow_up(ctx: AppContext) -> None:
    if not ctx.user.roles & FOLLOW_UP_ROLES:
        raise PermissionDeniedError(
            N_(
                "Enkel een dossierbehandelaar, projectadviseur of teamverantwoordelijke beheert begeleidingen."
            )
        )


# --- the shared SQL --------------------------------------------------------------------------


def active_on(on: date) -> ColumnElement[bool]:
    """An assignment runs on `on`: started on or before it, not ended before it."""
    ga = GuidanceAssignment
    return and_(ga.start_on <= on, or_(ga.end_on.is_(None), ga.end_on >= on))


def active_count(dossier_id: Any, on: date) -> Any:
    """Correlated scalar: how many assignments of the provider `dossier_id` run on `on` (ED-13).

    One index range per provider (ix_guidance_assignments_active), read from the index alone.
    """
    ga = GuidanceAssignment
    return (
        select(func.count())
        .select_from(ga)
        .where(ga.dossier_id == dossier_id, active_on(on))
        .correlate_except(ga)
        .scalar_subquery()
    )


def last_guided_day(dossier_id: Any, on: date) -> Any:
    """Correlated scalar: the last day up to `on` the provider guided anyone (None: nobody yet; ED-8)."""
    ga = GuidanceAssignment
    day = case((or_(ga.end_on.is_(None), ga.end_on > on), on), else_=ga.end_on)
    return (
        select(func.max(day))
        .where(ga.dossier_id == dossier_id, ga.start_on <= on)
        .correlate_except(ga)
        .scalar_subquery()
    )


# --- checks ----------------------------------------------------------------------------------


def employee_number(value: str, where: str = N_("Rijksregisternummer werknemer")) -> NationalNumber:
    """The employee's national number; the message never repeats it (it reveals a birth date)."""
    try:
        return parse_national_number(str(value or ""))
    except IdentifierError:
        raise BadInputError(
            N_("geen geldig rijksregisternummer (11 cijfers, controlegetal en geboortedatum kloppen niet)."),
            where=where,
        ) from None


def premium_dates(values: Iterable[Any], where: str = N_("Wijzigingen begeleidingspremie")) -> list[str]:
    """The dates the guidance premium changed, sorted, once each, as ISO dates."""
    out: set[date] = set()
    for value in values:
        if isinstance(value, date):
            out.add(value)
            continue
        try:
            out.add(date.fromisoformat(str(value).strip()))
        except ValueError:
            raise BadInputError(
                N_("'{v}' is geen datum (JJJJ-MM-DD).").format(v=str(value)[:20]), where=where
            ) from None
    if len(out) > MAX_PREMIUM_CHANGES:
        raise BadInputError(N_("hoogstens {n} datums.").format(n=MAX_PREMIUM_CHANGES), where=where)
    return [d.isoformat() for d in sorted(out)]


def _period(start: date, end: date | None) -> None:
    if end is not None and end < start:
        raise BadInputError(N_("de begeleiding eindigt vóór ze begint."), where=N_("Einde"))


def _provider(session: Session, dossier_id: str) -> Dossier:
    dossier = stored_row(session, Dossier, dossier_id, _DOSSIER_NOT_FOUND)
    if dossier.dossier_type != "ED" or dossier.valid_from is None:
        raise BadInputError(
            N_(
                "Enkel een erkende externe dienstverlener (een ED-dossier met een erkenning) begeleidt werknemers."
            )
        )
    return dossier


@dataclass(frozen=True)
class AssignmentView:
    """An assignment as the screen and `wsedesk guidance list` show it (the number masked)."""

    id: str
    version: int
    dossier_id: str
    employee: str  # masked: 85.07.30-***.**
    employer_name: str
    employer_enterprise_number: str | None
    start_on: date
    end_on: date | None
    premium_changes: tuple[date, ...]

    def active_on(self, day: date) -> bool:
        return self.start_on <= day and (self.end_on is None or self.end_on >= day)


def _view(row: GuidanceAssignment) -> AssignmentView:
    return AssignmentView(
        str(row.id),
        row.version,
        str(row.dossier_id),
        row.employee_masked,
        row.employer_name,
        row.employer_enterprise_number,
        row.start_on,
        row.end_on,
        tuple(date.fromisoformat(d) for d in row.premium_changes or ()),
    )


@dataclass(frozen=True)
class SavedAssignment:
    id: str
    employee: str  # masked
    changes: Changes


def _changes(dossier_id: str) -> Changes:
    return Changes.of("guidance", "dossier", dossier_ids=[dossier_id])


# --- use cases -------------------------------------------------------------------------------


def record_assignment(
    ctx: AppContext,
    dossier_id: str,
    *,
    national_number: str,
    employer_name: str,
    start_on: date,
    end_on: date | None = None,
    employer_enterprise_number: str | None = None,
    premium_changes: Iterable[Any] = (),
) -> SavedAssignment:
    """A new assignment under the provider's ED dossier; the same employee and start twice is refused."""
    _require_follow_up(ctx)
    number = employee_number(national_number)
    employer = required_text(employer_name, N_("Werkgever"), limit=300)
    kbo_text = optional_text(employer_enterprise_number)
    kbo = kbo_number(kbo_text, N_("Ondernemingsnummer werkgever")) if kbo_text else None
    _period(start_on, end_on)
    premiums = premium_dates(premium_changes)
    with ctx.uow(write=True) as uow:
        s = uow.session
        dossier = _provider(s, dossier_id)
        same = s.scalar(
            select(GuidanceAssignment.id).where(
                GuidanceAssignment.dossier_id == dossier.id,
                GuidanceAssignment.employee_national_number == number.digits,
                GuidanceAssignment.start_on == start_on,
            )
        )
        if same is not None:
            raise BadInputError(
                N_("Deze werknemer ({m}) staat al met dezelfde begindatum bij deze dienstverlener.").format(
                    m=number.masked
                )
            )
        row = GuidanceAssignment(
            dossier_id=dossier.id,
            employee_national_number=number.digits,
            employee_masked=number.masked,
            employer_name=employer,
            employer_enterprise_number=kbo,
            start_on=start_on,
            end_on=end_on,
            premium_changes=premiums,
        )
        s.add(row)
        s.flush()
        saved = SavedAssignment(str(row.id), number.masked, _changes(str(dossier.id)))
        uow.commit()
    return saved


def _values(changes: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "employer_name":
            out[key] = required_text(value, N_("Werkgever"), limit=300)
        elif key == "employer_enterprise_number":
            out[key] = kbo_number(value, N_("Ondernemingsnummer werkgever")) if optional_text(value) else None
        elif key in ("start_on", "end_on"):
            if (value is None and key == "start_on") or (value is not None and not isinstance(value, date)):
                raise BadInputError(
                    N_("verwacht een datum."), where=N_("Begin") if key == "start_on" else N_("Einde")
                )
            out[key] = value
        elif key == "premium_changes":
            out[key] = premium_dates(value or ())
    return out


def update_assignment(
    ctx: AppContext,
    assignment_id: str,
    *,
    expected_version: int,
    changes: Mapping[str, Any],
    original: Mapping[str, Any] | None = None,
) -> Changes:
    """Change an assignment (ASSIGNMENT_FIELDS); stale → ConflictError naming the other user's change."""
    _require_follow_up(ctx)
    check_editable(changes, ASSIGNMENT_FIELDS)
    values = _values(changes)
    with ctx.uow(write=True) as uow:
        s = uow.session
        row = stored_row(s, GuidanceAssignment, assignment_id, _NOT_FOUND)
        mine = {k: json_value(v) for k, v in changes.items()}
        conflict = _ASSIGNMENTS.conflict(row, expected_version, mine, original)
        check_version(s, row, **conflict)
        set_changed(row, values)
        _period(row.start_on, row.end_on)
        dossier_id = str(row.dossier_id)
        _ASSIGNMENTS.commit(uow, row, conflict)
    return _changes(dossier_id)


def end_assignment(ctx: AppContext, assignment_id: str, *, expected_version: int, end_on: date) -> Changes:
    """End a running assignment on `end_on` (the last day guided)."""
    return update_assignment(
        ctx, assignment_id, expected_version=expected_version, changes={"end_on": end_on}
    )


def list_assignments(ctx: AppContext, dossier_id: str) -> list[AssignmentView]:
    """The provider's assignments, running ones first, then the most recent start."""
    with ctx.uow() as uow:
        rows = uow.session.scalars(
            select(GuidanceAssignment)
            .where(GuidanceAssignment.dossier_id == row_id(dossier_id, _DOSSIER_NOT_FOUND))
            .order_by(
                GuidanceAssignment.end_on.is_not(None),
                GuidanceAssignment.start_on.desc(),
                GuidanceAssignment.employee_masked,
            )
        )
        return [_view(r) for r in rows]


@dataclass(frozen=True)
class GuidanceSummary:
    """A provider's guidance on a day: running assignments against its stated capacity (ED-13)."""

    dossier_id: str
    reference: str
    organisation: str
    capacity: int | None
    active: int
    last_guided: date | None

    @property
    def free_capacity(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.active, 0)


def guidance_summary(ctx: AppContext, dossier_id: str, on: date) -> GuidanceSummary:
    """How many employees the provider guides on `on`, its capacity and the last day it guided anyone."""
    with ctx.uow() as uow:
        s = uow.session
        key = row_id(dossier_id, _DOSSIER_NOT_FOUND)
        row = s.execute(
            select(
                Dossier.reference,
                Organisation.name,
                RecognitionApplication.capacity,
                active_count(Dossier.id, on),
                last_guided_day(Dossier.id, on),
            )
            .join(Organisation, Organisation.id == Dossier.organisation_id)
            .outerjoin(RecognitionApplication, RecognitionApplication.dossier_id == Dossier.id)
            .where(Dossier.id == key)
        ).one_or_none()
        if row is None:
            raise NotFoundError(_DOSSIER_NOT_FOUND)
        return GuidanceSummary(str(key), row[0], row[1], row[2], int(row[3] or 0), row[4])


__all__ = [
    "ASSIGNMENT_FIELDS",
    "AssignmentView",
    "GuidanceSummary",
    "SavedAssignment",
    "active_count",
    "active_on",
    "employee_number",
    "end_assignment",
    "guidance_summary",
    "last_guided_day",
    "list_assignments",
    "premium_dates",
    "record_assignment",
    "update_assignment",
]
