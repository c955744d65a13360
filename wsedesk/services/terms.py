"""Terms and transitions: every due date recomputed from stored facts (domain.md §3–4).

The workflow tables (rules/workflows.py) say which terms a transition opens and closes; this
module applies them in one unit of work: status, term rows, suspensions, a timeline event and
the audit trail (written by the unit of work). `due_cache`/`state_cache` on a term row mirror
the last computation for SQL sorting in the Werkbak and are rewritten on every change.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    UUID,
    Column,
    Date,
    MetaData,
    String,
    Table,
    case,
    func,
    insert,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from wsedesk.errors import BadInputError, NotFoundError, PermissionDeniedError
from wsedesk.models import CalendarDay, Dossier, DossierEvent, DossierTerm, Organisation, TermSetting, User
from wsedesk.models import Suspension as SuspensionRow
from wsedesk.progress import CancelledError, NullProgress, Progress
from wsedesk.rules.calendar import HolidayCalendar, NamedDate, load_default_calendar
from wsedesk.rules.roles import OFFICER_ROLES, Role
from wsedesk.rules.terms import (
    ED7_VALIDITY_YEARS,
    Suspension,
    TermResult,
    TermSpec,
    compute_term,
    validity_end,
)
from wsedesk.rules.workflows import (
    TERMS,
    Transition,
    TransitionRefused,
    allowed_transitions,
    check_transition,
    status_label,
    workflow_for,
)
from wsedesk.services.changes import Changes
from wsedesk.services.timeline import add_event

if TYPE_CHECKING:
    from wsedesk.context import AppContext

# ED-7: a recognition is valid 5 years from the decision; QR registrations follow their proof (QR-7).
VALIDITY_YEARS = {"erkend": ED7_VALIDITY_YEARS}  # ED-7: how long the state a transition reaches holds


# --- calendar and term definitions from data --------------------------------------------------


def calendar_for(session: Session) -> HolidayCalendar:
    """The shipped calendar plus the administrator's changes stored in the database (T-2)."""
    base = load_default_calendar()
    rows = list(session.scalars(select(CalendarDay)))
    extra = [r for r in rows if r.closed]
    removed = [r for r in rows if not r.closed]
    cal = base
    if extra:
        cal = HolidayCalendar(
            public_holidays=cal.public_holidays,
            closing_days=cal.closing_days,
            extra_dates=(*cal.extra_dates, *(NamedDate(r.day, r.name) for r in extra)),
            removed_dates=cal.removed_dates,
            description=cal.description,
        )
    if removed:
        cal = cal.with_removed_dates([r.day for r in removed], reason=removed[0].name)
    return cal


def term_spec(session: Session, term_id: str, *, overrides: dict[str, TermSetting] | None = None) -> TermSpec:
    definition = TERMS[term_id]
    if overrides is None:
        overrides = {s.term_id: s for s in session.scalars(select(TermSetting))}
    setting = overrides.get(term_id) if definition.configurable else None
    days = setting.days if setting else definition.days
    working = setting.working_days if setting else definition.working_days
    return TermSpec(term_id, days, working, definition.label)


def _spec_of(row: DossierTerm) -> TermSpec:
    definition = TERMS.get(row.term_id)
    return TermSpec(row.term_id, row.days, row.working_days, definition.label if definition else "")


def _suspensions_of(rows: Iterable[SuspensionRow]) -> list[Suspension]:
    return [
        Suspension(
            s.start,
            s.end,
            s.reason,
            str(s.opened_by_document_id) if s.opened_by_document_id else None,
            str(s.closed_by_document_id) if s.closed_by_document_id else None,
        )
        for s in rows
    ]


def compute_row(
    row: DossierTerm, suspensions: Iterable[SuspensionRow], calendar: HolidayCalendar
) -> TermResult:
    return compute_term(row.event_date, _spec_of(row), _suspensions_of(suspensions), calendar)


def _refresh_cache(row: DossierTerm, result: TermResult) -> None:
    row.due_cache = result.due
    row.state_cache = "closed" if row.closed_on else result.status


def recompute_term(session: Session, row: DossierTerm, calendar: HolidayCalendar) -> TermResult:
    suspensions = session.scalars(select(SuspensionRow).where(SuspensionRow.dossier_term_id == row.id))
    result = compute_row(row, suspensions, calendar)
    _refresh_cache(row, result)
    return result


# --- reading terms ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TermView:
    """A term as the dossier screen shows it."""

    id: str
    term_id: str
    label: str
    event_date: date
    days: int
    working_days: bool
    closed_on: date | None
    result: TermResult
    met: bool | None  # closed terms: met on time or not

    @property
    def stopped(self) -> bool:
        return self.closed_on is None and self.result.is_stopped


def computed_terms(
    session: Session,
    dossier_id: str | uuid.UUID,
    *,
    calendar: HolidayCalendar | None = None,
    newest_first: bool = False,
) -> list[tuple[DossierTerm, TermResult]]:
    """Every term of a dossier with its computed result: one query for the terms, one for all their suspensions.

    Oldest start first (newest first with `newest_first`), ties in the order they were opened.
    """
    calendar = calendar or calendar_for(session)
    order = (
        (DossierTerm.event_date.desc(), DossierTerm.created_at.desc())
        if newest_first
        else (DossierTerm.event_date, DossierTerm.created_at)
    )
    rows = list(
        session.scalars(
            select(DossierTerm).where(DossierTerm.dossier_id == uuid.UUID(str(dossier_id))).order_by(*order)
        )
    )
    by_term: dict[uuid.UUID, list[SuspensionRow]] = defaultdict(list)
    for sus in session.scalars(
        select(SuspensionRow)
        .where(SuspensionRow.dossier_term_id.in_([r.id for r in rows]))
        .order_by(SuspensionRow.start)
    ):
        by_term[sus.dossier_term_id].append(sus)
    return [(r, compute_row(r, by_term[r.id], calendar)) for r in rows]


def dossier_terms(ctx: AppContext, dossier_id: str) -> list[TermView]:
    with ctx.uow() as uow:
        views = []
        for r, result in computed_terms(uow.session, dossier_id):
            met = None if r.closed_on is None or result.due is None else r.closed_on <= result.due
            views.append(
                TermView(
                    str(r.id),
                    r.term_id,
                    _spec_of(r).label,
                    r.event_date,
                    r.days,
                    r.working_days,
                    r.closed_on,
                    result,
                    met,
                )
            )
        return views


def explain(ctx: AppContext, term_row_id: str) -> TermResult:
    """T-4: the full computation of one stored term, for "waarom deze datum?"."""
    with ctx.uow() as uow:
        row = uow.session.get(DossierTerm, uuid.UUID(term_row_id))
        if row is None:
            raise NotFoundError("Deze termijn bestaat niet (meer).")
        result = recompute_term(uow.session, row, calendar_for(uow.session))
        _ = result.explanation  # build it while the session is open
        return result


# --- transitions -----------------------------------------------------------------------------


def _load_dossier(session: Session, dossier_id: str) -> Dossier:
    dossier = session.get(Dossier, uuid.UUID(dossier_id))
    if dossier is None:
        raise NotFoundError(f"Dossier {dossier_id} bestaat niet (meer).")
    return dossier


def _check_date(dossier: Dossier, on: date, today: date, what: str) -> None:
    if on > today:
        raise BadInputError(f"{what}: de datum {on:%d/%m/%Y} ligt in de toekomst.")
    if on < dossier.submitted_on:
        raise BadInputError(
            f"{what}: de datum {on:%d/%m/%Y} ligt vóór de indiening ({dossier.submitted_on:%d/%m/%Y})."
        )


def _open_terms(session: Session, dossier: Dossier) -> list[DossierTerm]:
    return list(
        session.scalars(
            select(DossierTerm)
            .where(DossierTerm.dossier_id == dossier.id, DossierTerm.closed_on.is_(None))
            .order_by(DossierTerm.event_date.desc(), DossierTerm.created_at.desc())
        )
    )


def open_terms(
    session: Session,
    dossier: Dossier,
    term_ids: Iterable[str],
    on: date,
    event: DossierEvent | None,
    calendar: HolidayCalendar | None = None,
) -> list[DossierTerm]:
    """New terms of the dossier counted from `on`, with the lengths the settings give them now."""
    calendar = calendar or calendar_for(session)
    overrides = {s.term_id: s for s in session.scalars(select(TermSetting))}
    rows = []
    for term_id in term_ids:
        spec = term_spec(session, term_id, overrides=overrides)
        row = DossierTerm(
            dossier_id=dossier.id,
            term_id=term_id,
            event_date=on,
            days=spec.days,
            working_days=spec.working_days,
            opened_by_event_id=event.id if event else None,
        )
        session.add(row)
        _refresh_cache(row, compute_term(on, spec, [], calendar))
        rows.append(row)
    return rows


def open_initial_terms(session: Session, dossier: Dossier, event: DossierEvent | None) -> list[DossierTerm]:
    """The terms that start with the submission itself (e.g. ED-4's 7 days)."""
    initial = workflow_for(dossier.dossier_type).initial_terms
    return open_terms(session, dossier, initial, dossier.submitted_on, event)


def available_actions(ctx: AppContext, dossier_id: str) -> list[Transition]:
    """The transitions the current user may take on this dossier now."""
    with ctx.uow() as uow:
        d = _load_dossier(uow.session, dossier_id)
        return allowed_transitions(d.dossier_type, d.status, ctx.user.roles)


def apply_transition(ctx: AppContext, dossier_id: str, action: str, *, on: date, note: str = "") -> Changes:
    """Take one step of the procedure: check it, close and open its terms, record it.

    A step with conditions of its own (`Transition.requires`: TW-1, QR-6, …) goes through
    services/steps.py `take_step`, which checks them in the same unit of work.
    """
    with ctx.uow(write=True) as uow:
        s = uow.session
        d = _load_dossier(s, dossier_id)
        t = checked_transition(ctx, d, action, on)
        if t.requires:
            raise ValueError(
                f"'{action}' has conditions ({', '.join(t.requires)}): use services.steps.take_step"
            )
        apply_in_session(s, ctx, d, t, on, note)
        uow.commit()
    return Changes(frozenset({dossier_id}), frozenset({"dossier", "terms"}))


def checked_transition(ctx: AppContext, d: Dossier, action: str, on: date) -> Transition:
    """The transition `action` from the dossier's state for the current user on `on`, or the refusal."""
    try:
        t = check_transition(d.dossier_type, d.status, action, ctx.user.roles)
    except TransitionRefused as exc:
        if "voorbehouden" in exc.reason:
            raise PermissionDeniedError(exc.reason) from None
        raise BadInputError(exc.reason) from None
    _check_date(d, on, ctx.clock.today(), t.label)
    if on < d.status_since:
        raise BadInputError(
            f"{t.label}: de datum {on:%d/%m/%Y} ligt vóór de huidige status ({d.status_since:%d/%m/%Y})."
        )
    return t


def apply_in_session(
    s: Session, ctx: AppContext, d: Dossier, t: Transition, on: date, note: str = ""
) -> DossierEvent:
    """Apply a checked transition inside the caller's unit of work; returns its timeline event."""
    calendar = calendar_for(s)
    open_rows = _open_terms(s, d)
    if any(r.term_id in t.closes and r.state_cache == "stopped" for r in open_rows):
        stopped = next(r for r in open_rows if r.term_id in t.closes and r.state_cache == "stopped")
        raise BadInputError(
            f"{t.label}: de termijn {stopped.term_id} staat stil (wacht op informatie). "
            "Registreer eerst 'Informatie ontvangen'."
        )
    description = t.label + (f": {note.strip()}" if note.strip() else "")
    event = add_event(
        s, ctx, d, on, t.action, description, {"rule": t.rule_id, "from": d.status, "to": t.target}
    )
    for row in open_rows:
        if row.term_id in t.closes:
            row.closed_on = on
            row.closed_by_event_id = event.id
            recompute_term(s, row, calendar)
    open_terms(s, d, t.opens, on, event, calendar)
    d.status = t.target
    d.status_since = on
    d.closed = workflow_for(d.dossier_type).status(t.target).closed
    if t.target in ("erkend", "gevalideerd", "toegekend"):
        d.decided_on = d.valid_from = on
        years = VALIDITY_YEARS.get(t.target)
        d.valid_until = validity_end(on, years) if years else None
    elif t.target in ("geweigerd", "onontvankelijk", "ingetrokken", "afgesloten"):
        d.decided_on = d.decided_on if t.target == "afgesloten" else on
    if d.closed:
        for row in _open_terms(s, d):
            row.closed_on = on
            row.closed_by_event_id = event.id
            recompute_term(s, row, calendar)
    return event


# --- the clock: information requests (ED-5, T-3) --------------------------------------------


def _running_term(session: Session, dossier: Dossier) -> DossierTerm:
    rows = _open_terms(session, dossier)
    if not rows:
        raise BadInputError(f"Dossier {dossier.reference} heeft geen lopende termijn om stil te zetten.")
    return rows[0]


def request_information(
    ctx: AppContext, dossier_id: str, *, on: date, reason: str, document_id: str | None = None
) -> Changes:
    """'Vraag bijkomende informatie': the clock stops from `on` (included) until the answer arrives."""
    if not ctx.user.roles & OFFICER_ROLES:
        raise PermissionDeniedError(
            "Enkel een dossierbehandelaar of teamverantwoordelijke vraagt informatie op."
        )
    if not reason.strip():
        raise BadInputError("Vermeld welke informatie ontbreekt.", where="Reden")
    with ctx.uow(write=True) as uow:
        s = uow.session
        d = _load_dossier(s, dossier_id)
        _check_date(d, on, ctx.clock.today(), "Vraag bijkomende informatie")
        row = _running_term(s, d)
        if s.scalar(
            select(func.count()).where(SuspensionRow.dossier_term_id == row.id, SuspensionRow.end.is_(None))
        ):
            raise BadInputError(f"De termijn {row.term_id} staat al stil: registreer eerst het antwoord.")
        if on < row.event_date:
            raise BadInputError(
                f"De vraag ({on:%d/%m/%Y}) ligt vóór het begin van de termijn ({row.event_date:%d/%m/%Y})."
            )
        sus = SuspensionRow(
            dossier_term_id=row.id,
            dossier_id=row.dossier_id,
            start=on,
            end=None,
            reason=reason.strip(),
            opened_by_document_id=uuid.UUID(document_id) if document_id else None,
        )
        s.add(sus)
        s.flush()
        result = recompute_term(s, row, calendar_for(s))
        late = bool(result.late_suspensions)
        text = f"Bijkomende informatie gevraagd ({row.term_id} geschorst): {reason.strip()}"
        if late:
            text += " — let op: de termijn was al verstreken (laattijdige schorsing verandert niets)"
        add_event(s, ctx, d, on, "informatievraag", text, {"rule": "T-3", "term": row.term_id, "late": late})
        uow.commit()
    return Changes(frozenset({dossier_id}), frozenset({"dossier", "terms"}))


def information_received(
    ctx: AppContext, dossier_id: str, *, on: date, document_id: str | None = None
) -> Changes:
    """'Informatie ontvangen': the clock runs again from `on` (the day the answer arrived)."""
    if not ctx.user.roles & OFFICER_ROLES:
        raise PermissionDeniedError(
            "Enkel een dossierbehandelaar of teamverantwoordelijke registreert het antwoord."
        )
    with ctx.uow(write=True) as uow:
        s = uow.session
        d = _load_dossier(s, dossier_id)
        _check_date(d, on, ctx.clock.today(), "Informatie ontvangen")
        sus = s.execute(
            select(SuspensionRow)
            .join(DossierTerm, DossierTerm.id == SuspensionRow.dossier_term_id)
            .where(DossierTerm.dossier_id == d.id, SuspensionRow.end.is_(None))
        ).scalar_one_or_none()
        if sus is None:
            raise BadInputError(
                f"Dossier {d.reference} wacht niet op informatie: er is geen stilstaande termijn."
            )
        if on < sus.start:
            raise BadInputError(
                f"Het antwoord ({on:%d/%m/%Y}) kan niet vóór de vraag ({sus.start:%d/%m/%Y}) liggen."
            )
        sus.end = on
        if document_id:
            sus.closed_by_document_id = uuid.UUID(document_id)
        row = s.get(DossierTerm, sus.dossier_term_id)
        assert row is not None
        s.flush()
        result = recompute_term(s, row, calendar_for(s))
        add_event(
            s,
            ctx,
            d,
            on,
            "informatie_ontvangen",
            f"Informatie ontvangen; termijn {row.term_id} loopt opnieuw "
            f"({(on - sus.start).days} dagen geschorst), nieuwe vervaldag {result.due:%d/%m/%Y}",
            {"rule": "T-3", "term": row.term_id},
        )
        uow.commit()
    return Changes(frozenset({dossier_id}), frozenset({"dossier", "terms"}))


# --- recomputation (after a calendar change, after a migration) ------------------------------


def has_stale_terms(ctx: AppContext) -> bool:
    with ctx.uow() as uow:
        return (
            uow.session.scalar(select(DossierTerm.id).where(DossierTerm.state_cache == "stale").limit(1))
            is not None
        )


# The term's id as the driver gives it (hex text on SQLite, uuid on PostgreSQL): recompute_terms
# reads and writes some 150,000 ids and never needs them as uuid.UUID objects. (sqlalchemy.UUID is
# the class postgresql.UUID names; importing the PostgreSQL dialect cost every start ~20 ms, #13.)
_RAW_ID = String(32).with_variant(UUID(as_uuid=True), "postgresql")


def _cache_scratch() -> Table:
    """A temporary table for the recomputed caches: one UPDATE … FROM writes them all."""
    return Table(
        "recomputed_term_caches",
        MetaData(),
        Column("id", _RAW_ID, primary_key=True),
        Column("due", Date),
        Column("state", String(12), nullable=False),
        prefixes=["TEMPORARY"],
    )


# SQLite's page cache while recompute_terms writes (KiB): the one UPDATE touches the term rows
# and three indexes across the file; with the default 2 MB it spills and rereads pages (about
# 1.3 s of 5.6 s CPU at 100,000 dossiers). Given back when the recomputation ends.
RECOMPUTE_CACHE_KIB = 64 * 1024


@contextmanager
def _larger_page_cache(conn: Connection) -> Iterator[None]:
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{RECOMPUTE_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


def recompute_terms(
    ctx: AppContext,
    *,
    only_stale: bool = False,
    changed_day: date | None = None,
    progress: Progress | None = None,
    batch: int = 5000,
) -> int:
    """Recompute the cached due date and state of terms, open and closed, from their facts.

    Every term by default; `only_stale`: those marked stale (a migration back-filled them);
    `changed_day`: those a calendar change on that day can move (T-1's final shift, T-2's counted
    days): the day falls after the triggering event and not after the cached due date, or the
    term has no due date (stopped or stale). A closed term keeps its state; its due date follows
    the calendar, because the figures count it met or missed by that date. Returns how many
    terms changed.

    Terms with the same facts (event, length, kind, suspensions) share one computation; the
    changed caches are gathered in a temporary table and written by one UPDATE … FROM (on
    SQLite one statement instead of one per term: about half the time at 100,000 dossiers).
    """
    progress = progress or NullProgress()
    scope: list[Any] = []
    if only_stale:
        scope.append(DossierTerm.state_cache == "stale")
    if changed_day is not None:
        scope.append(DossierTerm.event_date < changed_day)
        scope.append(or_(DossierTerm.due_cache.is_(None), DossierTerm.due_cache >= changed_day))
    term_id = type_coerce(DossierTerm.id, _RAW_ID)
    sus_term_id = type_coerce(SuspensionRow.dossier_term_id, _RAW_ID)
    table = cast(Table, DossierTerm.__table__)
    scratch = _cache_scratch()
    with ctx.uow(write=True) as uow:
        conn = uow.session.connection()
        calendar = calendar_for(uow.session)
        total = conn.scalar(select(func.count()).select_from(DossierTerm).where(*scope)) or 0
        with _larger_page_cache(conn):
            scratch.create(conn)
            # (event, days, working days, suspensions) → (due, status): most terms share their facts.
            computed: dict[tuple[Any, ...], tuple[date | None, str]] = {}
            changed = done = 0
            last = None
            while True:
                page = select(
                    term_id,
                    DossierTerm.event_date,
                    DossierTerm.days,
                    DossierTerm.working_days,
                    DossierTerm.closed_on,
                    DossierTerm.due_cache,
                    DossierTerm.state_cache,
                ).where(*scope)
                if last is not None:
                    page = page.where(term_id > last)
                rows = conn.execute(page.order_by(term_id).limit(batch)).all()
                if not rows:
                    break
                first, last = rows[0][0], rows[-1][0]
                sus: dict[Any, list[tuple[date, date | None]]] = defaultdict(list)
                in_page = select(sus_term_id, SuspensionRow.start, SuspensionRow.end).where(
                    sus_term_id >= first, sus_term_id <= last
                )
                if scope:
                    in_page = in_page.join(
                        DossierTerm, DossierTerm.id == SuspensionRow.dossier_term_id
                    ).where(*scope)
                for owner, start, end in conn.execute(
                    in_page.order_by(SuspensionRow.start, SuspensionRow.end)
                ):
                    sus[owner].append((start, end))
                updates = []
                for row_id, event, days, working, closed_on, due_cache, state_cache in rows:
                    intervals = tuple(sus.get(row_id, ()))
                    key = (event, days, working, intervals)
                    outcome = computed.get(key)
                    if outcome is None:
                        result = compute_term(
                            event,
                            TermSpec("", days, working),
                            [Suspension(start, end) for start, end in intervals],
                            calendar,
                        )
                        outcome = computed[key] = (result.due, result.status)
                    due, state = outcome[0], "closed" if closed_on else outcome[1]
                    if due != due_cache or state != state_cache:
                        updates.append({"id": row_id, "due": due, "state": state})
                if updates:
                    conn.execute(insert(scratch), updates)
                    changed += len(updates)
                done += len(rows)
                progress.report(min(done, total), total, "Termijnen herberekend")
                if progress.cancelled():
                    raise CancelledError()
            if changed:
                # Derived cache only: one UPDATE without audit rows (the facts did not change).
                conn.execute(
                    update(table)
                    .where(table.c.id == type_coerce(scratch.c.id, DossierTerm.id.type))
                    .values(due_cache=scratch.c.due, state_cache=scratch.c.state)
                )
            scratch.drop(conn)
        uow.commit()
    return changed


# --- the Werkbak -----------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkFilter:
    assignee_id: str | None = None
    dossier_type: str | None = None
    status: str | None = None
    light: str | None = None  # overdue | due_soon | ok | stopped


@dataclass(frozen=True)
class WorkItem:
    term_row_id: str
    dossier_id: str
    reference: str
    dossier_type: str
    status: str
    status_label: str
    organisation: str
    assignee: str
    term_id: str
    term_label: str
    event_date: date
    due: date | None
    light: str
    days_left: int | None


def _light_expr(as_of: date, threshold: date) -> Any:
    return case(
        (DossierTerm.state_cache == "stopped", "stopped"),
        (DossierTerm.due_cache < as_of, "overdue"),
        (DossierTerm.due_cache <= threshold, "due_soon"),
        else_="ok",
    )


def _work_query(flt: WorkFilter, as_of: date, threshold: date) -> Any:
    light = _light_expr(as_of, threshold).label("light")
    stmt = (
        select(
            DossierTerm.id,
            DossierTerm.term_id,
            DossierTerm.event_date,
            DossierTerm.due_cache,
            DossierTerm.days,
            DossierTerm.working_days,
            Dossier.id.label("dossier_id"),
            Dossier.reference,
            Dossier.dossier_type,
            Dossier.status,
            Organisation.name.label("organisation"),
            User.display_name.label("assignee"),
            light,
        )
        .join(Dossier, Dossier.id == DossierTerm.dossier_id)
        .join(Organisation, Organisation.id == Dossier.organisation_id)
        .outerjoin(User, User.id == Dossier.assignee_id)
        .where(DossierTerm.closed_on.is_(None))
    )
    return stmt.where(*_work_conditions(flt, as_of, threshold))


def _work_conditions(flt: WorkFilter, as_of: date, threshold: date) -> list[Any]:
    """The Werkbak filter's conditions (on the dossier and the term's light)."""
    conditions: list[Any] = []
    if flt.assignee_id:
        conditions.append(Dossier.assignee_id == uuid.UUID(flt.assignee_id))
    if flt.dossier_type:
        conditions.append(Dossier.dossier_type == flt.dossier_type)
    if flt.status:
        conditions.append(Dossier.status == flt.status)
    if flt.light:
        conditions.append(_light_expr(as_of, threshold) == flt.light)
    return conditions


def warn_threshold(ctx: AppContext, session: Session, as_of: date) -> tuple[HolidayCalendar, date]:
    calendar = calendar_for(session)
    return calendar, calendar.add_working_days(as_of, ctx.settings.warn_working_days)


def worklist(
    ctx: AppContext, flt: WorkFilter, *, as_of: date, offset: int = 0, limit: int = 200
) -> list[WorkItem]:
    """Open terms, most urgent first: overdue, then by due date; stopped clocks last."""
    with ctx.uow() as uow:
        s = uow.session
        calendar, threshold = warn_threshold(ctx, s, as_of)
        stmt = (
            _work_query(flt, as_of, threshold)
            .order_by(DossierTerm.due_cache.is_(None), DossierTerm.due_cache, Dossier.reference)
            .offset(offset)
            .limit(limit)
        )
        items = []
        for r in s.execute(stmt):
            left = None
            if r.due_cache is not None:
                left = (
                    (r.due_cache - as_of).days
                    if not r.working_days
                    else (
                        calendar.working_days_between(as_of + timedelta(days=1), r.due_cache)
                        if r.due_cache >= as_of
                        else -calendar.working_days_between(r.due_cache + timedelta(days=1), as_of)
                    )
                )
            items.append(
                WorkItem(
                    str(r.id),
                    str(r.dossier_id),
                    r.reference,
                    r.dossier_type,
                    r.status,
                    status_label(r.dossier_type, r.status),
                    r.organisation,
                    r.assignee or "",
                    r.term_id,
                    TERMS[r.term_id].label if r.term_id in TERMS else r.term_id,
                    r.event_date,
                    r.due_cache,
                    r.light,
                    left,
                )
            )
        return items


def count_work(ctx: AppContext, flt: WorkFilter, *, as_of: date) -> dict[str, int]:
    """How many open terms per traffic light (for the Werkbak header)."""
    with ctx.uow() as uow:
        s = uow.session
        _, threshold = warn_threshold(ctx, s, as_of)
        # Counted over the open terms alone — the covering index ix_dossier_terms_open_state serves
        # the whole team's counts — joined to the dossiers only when a filter needs them (the
        # list's organisation and assignee joins never drop a term: both are foreign keys).
        light = _light_expr(as_of, threshold).label("light")
        stmt = select(light, func.count()).select_from(DossierTerm).where(DossierTerm.closed_on.is_(None))
        if flt.assignee_id or flt.dossier_type or flt.status:
            stmt = stmt.join(Dossier, Dossier.id == DossierTerm.dossier_id)
        stmt = stmt.where(*_work_conditions(flt, as_of, threshold))
        counts = {row[0]: row[1] for row in s.connection().execute(stmt.group_by(light))}
    return {k: int(counts.get(k, 0)) for k in ("overdue", "due_soon", "ok", "stopped")}


# --- the administrator's calendar (T-2) ------------------------------------------------------


@dataclass(frozen=True)
class CalendarDayView:
    """One change an administrator made to the holiday calendar, as Beheer lists it."""

    id: str
    day: date
    name: str
    closed: bool  # True: an extra closing day; False: a working day after all
    updated_by: str


def _require_team_lead(ctx: AppContext) -> None:
    if Role.TEAMVERANTWOORDELIJKE not in ctx.user.roles:
        raise PermissionDeniedError("Enkel een teamverantwoordelijke wijzigt de kalender van sluitingsdagen.")


def list_calendar_days(ctx: AppContext) -> list[CalendarDayView]:
    """The administrator's calendar changes, oldest day first."""
    with ctx.uow() as uow:
        return [
            CalendarDayView(str(r.id), r.day, r.name, r.closed, r.updated_by)
            for r in uow.session.scalars(select(CalendarDay).order_by(CalendarDay.day))
        ]


def current_calendar(ctx: AppContext) -> HolidayCalendar:
    """The calendar terms are counted with: the shipped one plus the administrator's changes."""
    with ctx.uow() as uow:
        return calendar_for(uow.session)


def add_calendar_day(
    ctx: AppContext, day: date, name: str, closed: bool = True, *, progress: Progress | None = None
) -> int:
    """Add an extra closing day (or, `closed=False`, a working day after all); returns how many
    terms (open or closed) got another due date or state (T-2: the calendar is data, due dates follow)."""
    _require_team_lead(ctx)
    name = name.strip()
    if not name:
        raise BadInputError("Geef de dag een naam (bv. 'Brugdag').", where="Naam")
    if len(name) > 120:
        raise BadInputError("De naam is te lang (maximaal 120 tekens).", where="Naam")
    with ctx.uow(write=True) as uow:
        s = uow.session
        existing = s.scalar(select(CalendarDay).where(CalendarDay.day == day))
        if existing is not None:
            raise BadInputError(
                f"{day:%d/%m/%Y} staat al in de kalender ('{existing.name}'). Verwijder die eerst.",
                where="Datum",
            )
        if not closed and not load_default_calendar().is_holiday(day):
            raise BadInputError(
                f"{day:%d/%m/%Y} is geen feest- of sluitingsdag: er valt niets terug te zetten.",
                where="Datum",
            )
        s.add(CalendarDay(day=day, name=name, closed=closed))
        uow.commit()
    return recompute_terms(ctx, changed_day=day, progress=progress)


def remove_calendar_day(ctx: AppContext, calendar_day_id: str, *, progress: Progress | None = None) -> int:
    """Undo one calendar change; returns how many terms (open or closed) got another due date or state."""
    _require_team_lead(ctx)
    with ctx.uow(write=True) as uow:
        row = uow.session.get(CalendarDay, uuid.UUID(calendar_day_id))
        if row is None:
            raise NotFoundError("Deze kalenderdag bestaat niet (meer).")
        day = row.day
        uow.session.delete(row)
        uow.commit()
    return recompute_terms(ctx, changed_day=day, progress=progress)
