"""Counting terms (domain.md §4, T-1..T-4): due dates, suspensions and their explanation.

A term is always recomputed from its stored inputs (the event date, the term spec and the
suspensions); nothing here patches a stored date. The computation works on intervals, not on a
loop over every day, so recomputing many terms stays cheap.

Conventions: a `Suspension` runs from `start` (included) to `end` (excluded) — T-3: from the day
the department sent its request to the day the answer arrived. Inclusive `*_between(a, b)`
helpers come from `wsedesk.rules.calendar`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any, Literal

from wsedesk.i18n import N_
from wsedesk.rules.calendar import ONE_DAY, HolidayCalendar, format_date_nl
from wsedesk.rules.json_ready import iso, json_fields

StepKind = Literal["event", "term", "suspension", "skip", "shift", "late", "stopped", "due"]
TermStatus = Literal["running", "stopped"]
#: What `term_status_on` returns; "stopped" when the clock stands still (no due date).
TermUrgency = Literal["overdue", "due_soon", "ok", "stopped"]

#: Default warning threshold for `term_status_on`, in working days.
DEFAULT_WARN_WORKING_DAYS = 5


class TermError(ValueError):
    """Term inputs that cannot be computed (days ≤ 0, a suspension ending before it starts)."""


def _d(d: date) -> str:
    return format_date_nl(d)


def _count(n: int, working_days: bool) -> str:
    if working_days:
        return N_("1 werkdag") if n == 1 else N_("{n} werkdagen").format(n=n)
    return N_("1 dag") if n == 1 else N_("{n} dagen").format(n=n)


@dataclass(frozen=True)
class TermSpec:
    """A term to count: `days` calendar days (T-1) or working days (T-2), imposed by `rule_id`."""

    rule_id: str
    days: int
    working_days: bool = False
    label: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.days, bool) or not isinstance(self.days, int) or self.days <= 0:
            raise TermError(N_("Een termijn telt minstens 1 dag (gekregen: {n}).").format(n=self.days))

    @property
    def counting_rule(self) -> str:
        """The rule that says how the days are counted: T-1 (calendar days) or T-2 (working days)."""
        return "T-2" if self.working_days else "T-1"

    def as_dict(self) -> dict[str, Any]:
        return {**json_fields(self), "counting_rule": self.counting_rule}


@dataclass(frozen=True)
class Suspension:
    """T-3: the clock stops from `start` (included) to `end` (excluded); `end` None = still open.

    `opened_by` / `closed_by` name the letters (or documents) that opened and closed it.
    """

    start: date
    end: date | None = None
    reason: str = ""
    opened_by: str | None = None
    closed_by: str | None = None

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise TermError(
                N_("Een schorsing kan niet eindigen ({e}) voor ze begint ({s}).").format(
                    e=self.end.isoformat(), s=self.start.isoformat()
                )
            )

    @property
    def is_open(self) -> bool:
        return self.end is None

    def as_dict(self) -> dict[str, Any]:
        return json_fields(self)


@dataclass(frozen=True)
class ExplanationStep:
    """One line of a term's explanation (T-4). `on` is a single day; `start`/`end` an interval."""

    kind: StepKind
    text: str
    on: date | None = None
    start: date | None = None
    end: date | None = None
    days: int | None = None
    rule_id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return json_fields(self)


@dataclass(frozen=True)
class TermResult:
    """The outcome of `compute_term`.

    `days_used + days_left == spec.days` always. While running all days are placed
    (`days_used == spec.days`, `days_left == 0`); while stopped they are the counted days before
    the open suspension and the days still to count once it closes. For "how many days until the
    due date as of today" use `days_remaining()`.

    `explanation` (T-4) is built on first access: recomputing many due dates stays cheap.
    """

    event: date
    spec: TermSpec
    status: TermStatus
    due: date | None
    raw_end: date | None
    days_used: int
    days_left: int
    suspended_days: int
    suspensions: tuple[Suspension, ...]
    late_suspensions: tuple[Suspension, ...]
    open_suspension: Suspension | None
    stopped_on: date | None
    calendar: HolidayCalendar = field(repr=False, compare=False)

    @property
    def is_stopped(self) -> bool:
        return self.status == "stopped"

    @cached_property
    def explanation(self) -> tuple[ExplanationStep, ...]:
        """T-4: how the due date came about, step by step, in Dutch."""
        return _explain(self)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready (ISO dates, lists)."""
        return {
            "event": self.event.isoformat(),
            **self.spec.as_dict(),
            "status": self.status,
            "due": iso(self.due),
            "raw_end": iso(self.raw_end),
            "days_used": self.days_used,
            "days_left": self.days_left,
            "suspended_days": self.suspended_days,
            "stopped_on": iso(self.stopped_on),
            "suspensions": [s.as_dict() for s in self.suspensions],
            "late_suspensions": [s.as_dict() for s in self.late_suspensions],
            "open_suspension": self.open_suspension.as_dict() if self.open_suspension else None,
            "explanation": [step.as_dict() for step in self.explanation],
        }


# Ordinals make the interval arithmetic simple; `_OPEN` stands for "no end yet".
_OPEN = date.max.toordinal() + 1


def _ordered(suspensions: Sequence[Suspension]) -> list[Suspension]:
    if len(suspensions) < 2:
        return list(suspensions)
    return sorted(suspensions, key=lambda s: (s.start, s.end is None, s.end or s.start))


def _merge(ordered: Sequence[Suspension]) -> list[tuple[int, int]]:
    """The union of the suspensions as half-open ordinal intervals (T-3: overlaps count once)."""
    merged: list[tuple[int, int]] = []
    for s in ordered:
        start = s.start.toordinal()
        end = _OPEN if s.end is None else s.end.toordinal()
        if start == end:
            continue  # answered the same day: no day suspended
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _counted(calendar: HolidayCalendar, working: bool, first: int, last: int) -> int:
    """Days that count in the ordinals first..last (included), ignoring suspensions."""
    if last < first:
        return 0
    if working:
        return calendar.working_days_between(date.fromordinal(first), date.fromordinal(last))
    return last - first + 1


def compute_term(
    event: date,
    spec: TermSpec,
    suspensions: Sequence[Suspension],
    calendar: HolidayCalendar,
) -> TermResult:
    """Compute a term's due date (T-1, T-2) with its suspensions (T-3); explainable (T-4)."""
    working = spec.working_days
    ordered = _ordered(suspensions)
    day1 = event.toordinal() + 1

    # T-1/T-3: walk the counted stretches between the suspensions until N days are placed.
    current, remaining = day1, spec.days
    stop_at: int | None = None
    for start, end in _merge(ordered):
        if end <= current:
            continue  # entirely before the counting position
        if start > current:
            available = _counted(calendar, working, current, start - 1)
            if available >= remaining:
                break
            remaining -= available
        if end == _OPEN:
            stop_at = max(start, current)  # the clock stands still from here on
            break
        current = end

    if stop_at is None:
        if working:
            raw_end = calendar.add_working_days(date.fromordinal(current - 1), remaining)
        else:
            raw_end = date.fromordinal(current + remaining - 1)
        due = calendar.roll_forward(raw_end)  # T-1: a no-op for working-day terms (T-2)
        # Every day from day 1 to the raw end counts unless a suspension covered it.
        suspended = _counted(calendar, working, day1, raw_end.toordinal()) - spec.days
        return TermResult(
            event=event,
            spec=spec,
            status="running",
            due=due,
            raw_end=raw_end,
            days_used=spec.days,
            days_left=0,
            suspended_days=suspended,
            suspensions=tuple(ordered),
            late_suspensions=tuple(s for s in ordered if s.start > due),  # T-3: late, no effect
            open_suspension=None,
            stopped_on=None,
            calendar=calendar,
        )

    used = spec.days - remaining
    return TermResult(
        event=event,
        spec=spec,
        status="stopped",
        due=None,
        raw_end=None,
        days_used=used,
        days_left=remaining,
        suspended_days=_counted(calendar, working, day1, stop_at - 1) - used,
        suspensions=tuple(ordered),
        late_suspensions=(),
        # The first open suspension is the one that made the union of suspensions endless.
        open_suspension=next(s for s in ordered if s.end is None),
        stopped_on=date.fromordinal(stop_at),
        calendar=calendar,
    )


def _explain(r: TermResult) -> tuple[ExplanationStep, ...]:
    """T-4: the event, the term and its rule, each suspension and the days it added, the days
    skipped and the final shift."""
    spec, calendar, working = r.spec, r.calendar, r.spec.working_days
    event = r.event
    day1 = event.toordinal() + 1
    horizon = r.raw_end.toordinal() + 1 if r.raw_end is not None else _ordinal(r.stopped_on)
    steps: list[ExplanationStep] = [
        ExplanationStep(
            "event",
            N_("Gebeurtenis: {e}. Dag 1 is {d1}, de dag na de gebeurtenis (T-1).").format(
                e=_d(event), d1=_d(date.fromordinal(day1))
            ),
            on=event,
            rule_id="T-1",
        ),
        _term_step(spec),
    ]

    # Each suspension with the days it added; a day covered twice is attributed to the first.
    covered = day1
    late_steps: list[ExplanationStep] = []
    for s in r.suspensions:
        if r.due is not None and s.start > r.due:
            late_steps.append(_late_step(s, r.due))
            continue
        s_start = s.start.toordinal()
        s_end = _OPEN if s.end is None else s.end.toordinal()
        added = _counted(calendar, working, max(s_start, covered), min(s_end, horizon) - 1)
        steps.append(_suspension_step(s, added, r, covered, day1))
        covered = max(covered, s_end)

    if working:
        steps.extend(_working_day_skips(calendar, day1, horizon, _merge(r.suspensions)))

    if r.open_suspension is not None:
        steps.append(
            ExplanationStep(
                "stopped",
                N_(
                    "Termijn gestopt (T-3): de schorsing sinds {s} loopt nog. Gebruikt: {u}; "
                    "resterend: {left}. De vervaldag volgt zodra het antwoord binnen is."
                ).format(
                    s=_d(r.open_suspension.start),
                    u=_count(r.days_used, working),
                    left=_count(r.days_left, working),
                ),
                on=r.stopped_on,
                start=r.open_suspension.start,
                days=r.days_left,
                rule_id="T-3",
            )
        )
    elif r.due is not None and r.raw_end is not None:
        due, raw_end = r.due, r.raw_end
        if due != raw_end:
            steps.extend(_shift_steps(calendar, raw_end, due))
        steps.append(
            ExplanationStep(
                "due",
                N_("Vervaldag: {d} (dag {n} van de termijn).").format(d=_d(due), n=spec.days)
                if due == raw_end
                else N_("Vervaldag: {d} (dag {n} van de termijn viel op {r}).").format(
                    d=_d(due), n=spec.days, r=_d(raw_end)
                ),
                on=due,
                days=spec.days,
                rule_id=spec.rule_id,
            )
        )
    steps.extend(late_steps)
    return tuple(steps)


def _ordinal(d: date | None) -> int:
    assert d is not None
    return d.toordinal()


def _term_step(spec: TermSpec) -> ExplanationStep:
    label = f" — {spec.label}" if spec.label else ""
    if spec.working_days:
        text = N_(
            "Termijn: {n} werkdagen ({r}{label}), geteld volgens T-2: enkel maandag tot vrijdag "
            "die geen feestdag of sluitingsdag zijn."
        )
    else:
        text = N_(
            "Termijn: {n} kalenderdagen ({r}{label}), geteld volgens T-1; valt de laatste dag op "
            "een zaterdag, zondag of feestdag, dan schuift hij naar de volgende werkdag."
        )
    return ExplanationStep(
        "term", text.format(n=spec.days, r=spec.rule_id, label=label), days=spec.days, rule_id=spec.rule_id
    )


def _suspension_text(s: Suspension) -> str:
    reason = f" ({s.reason})" if s.reason else ""
    letters = ""
    if s.opened_by or s.closed_by:
        letters = N_(" [brief: {o}{c}]").format(
            o=s.opened_by or "?", c=f" → {s.closed_by}" if s.closed_by else ""
        )
    if s.end is None:
        return N_("Schorsing sinds {s}{r}{l}").format(s=_d(s.start), r=reason, l=letters)
    return N_("Schorsing van {s} tot {e} (exclusief){r}{l}").format(
        s=_d(s.start), e=_d(s.end), r=reason, l=letters
    )


def _suspension_step(s: Suspension, added: int, r: TermResult, covered: int, day1: int) -> ExplanationStep:
    """T-3/T-4: one suspension and the counted days it added (`covered`: already attributed)."""
    working = r.spec.working_days
    s_start = s.start.toordinal()
    notes: list[str] = []
    if s.end is not None and s.end.toordinal() <= day1:
        notes.append(N_("ligt helemaal voor dag 1 van de termijn en telt niet mee"))
    elif r.raw_end is not None and s.start > r.raw_end:
        notes.append(
            N_(
                "begon na de laatste getelde dag ({d}); de termijn was al volledig geteld en verandert niet"
            ).format(d=_d(r.raw_end))
        )
    elif s is r.open_suspension:
        notes.append(N_("loopt nog, de klok staat stil"))
    elif r.stopped_on is not None and s.start >= r.stopped_on:
        notes.append(N_("valt in de periode waarin de klok al stilstaat"))
    else:
        if s.start <= r.event and s.end is not None:
            notes.append(
                N_("liep al bij de gebeurtenis: de telling begint niet voor {e}").format(e=_d(s.end))
            )
        if day1 <= s_start < covered:
            notes.append(N_("overlapt met een eerdere schorsing; gemeenschappelijke dagen tellen één keer"))
        notes.append(
            N_("{k} niet meegeteld, de termijn schuift {k} op").format(k=_count(added, working))
            if added
            else N_("geen getelde dag geschorst")
        )
    return ExplanationStep(
        "suspension",
        N_("{head}: {notes} (T-3).").format(head=_suspension_text(s), notes="; ".join(notes)),
        start=s.start,
        end=s.end,
        days=added,
        rule_id="T-3",
    )


def _late_step(s: Suspension, due: date) -> ExplanationStep:
    return ExplanationStep(
        "late",
        N_("{head}: laattijdig, begint na de vervaldag {d} en verandert niets (T-3).").format(
            head=_suspension_text(s), d=_d(due)
        ),
        start=s.start,
        end=s.end,
        days=0,
        rule_id="T-3",
    )


def _holiday_reason(d: date, name: str) -> str:
    return N_("{d} is een feestdag ({n})").format(d=_d(d), n=name)


def _skip_reason(calendar: HolidayCalendar, d: date) -> str:
    name = calendar.holiday_name(d)
    if name:
        return _holiday_reason(d, name)
    return N_("{d} valt in het weekend").format(d=_d(d))


def _skip_step(why: str, rule_id: str, *, on: date | None = None, days: int | None = None) -> ExplanationStep:
    """A day (`on`) or a number of days the count passed over, why, and the counting rule (T-1, T-2)."""
    return ExplanationStep(
        "skip", N_("Overgeslagen: {why} ({r}).").format(why=why, r=rule_id), on=on, days=days, rule_id=rule_id
    )


def _shift_steps(calendar: HolidayCalendar, raw_end: date, due: date) -> list[ExplanationStep]:
    """T-1: the days between the raw end and the due date, then the shift itself."""
    steps: list[ExplanationStep] = []
    d = raw_end
    while d < due:
        steps.append(_skip_step(_skip_reason(calendar, d), "T-1", on=d))
        d += ONE_DAY
    steps.append(
        ExplanationStep(
            "shift",
            N_(
                "De laatste dag, {r}, is geen werkdag: de termijn schuift {k} op naar de volgende "
                "werkdag, {d} (T-1, art. 52-53 Ger.W.)."
            ).format(r=_d(raw_end), k=_count((due - raw_end).days, False), d=_d(due)),
            start=raw_end,
            end=due,
            days=(due - raw_end).days,
            rule_id="T-1",
        )
    )
    return steps


def _working_day_skips(
    calendar: HolidayCalendar, day1: int, horizon: int, merged: list[tuple[int, int]]
) -> list[ExplanationStep]:
    """T-2: the holidays (by name) and weekend days skipped in the counted stretches."""
    windows: list[tuple[int, int]] = []  # counted stretches, ordinals included
    cursor = day1
    for start, end in merged:
        if start > cursor and cursor < horizon:
            windows.append((cursor, min(start, horizon) - 1))
        cursor = max(cursor, end)
    if cursor < horizon:
        windows.append((cursor, horizon - 1))

    steps: list[ExplanationStep] = []
    weekend_days = 0
    for first, last in windows:
        a, b = date.fromordinal(first), date.fromordinal(last)
        total = last - first + 1
        holidays = [(d, n) for d, n in calendar.holidays_between(a, b) if d.weekday() < 5]
        weekend_days += total - calendar.working_days_between(a, b) - len(holidays)
        steps.extend(_skip_step(_holiday_reason(d, name), "T-2", on=d) for d, name in holidays)
    if weekend_days:
        weekend = N_("{k} in het weekend").format(k=_count(weekend_days, False))
        steps.append(_skip_step(weekend, "T-2", days=weekend_days))
    return steps


# --- questions the Werkbak asks -------------------------------------------------------------


def days_remaining(
    result: TermResult,
    as_of: date,
    calendar: HolidayCalendar,
    *,
    working_days: bool | None = None,
) -> int | None:
    """Days from `as_of` (excluded) to the due date (included); negative once overdue.

    Counts in the term's own unit unless `working_days` says otherwise. None while stopped.
    """
    if result.due is None:
        return None
    working = result.spec.working_days if working_days is None else working_days
    due = result.due
    if not working:
        return (due - as_of).days
    if as_of <= due:
        return calendar.working_days_between(as_of + ONE_DAY, due)
    return -calendar.working_days_between(due + ONE_DAY, as_of)


def term_status_on(
    result: TermResult,
    as_of: date,
    calendar: HolidayCalendar,
    *,
    warn_working_days: int = DEFAULT_WARN_WORKING_DAYS,
) -> TermUrgency:
    """How urgent the term is on `as_of`, for the Werkbak.

    "overdue" after the due date; "due_soon" when at most `warn_working_days` working days remain
    (counted from the day after `as_of` to the due date, included; the due date itself gives 0);
    "ok" otherwise; "stopped" while a suspension is open (no due date).
    """
    if result.due is None:
        return "stopped"
    if as_of > result.due:
        return "overdue"
    left = calendar.working_days_between(as_of + ONE_DAY, result.due)
    return "due_soon" if left <= warn_working_days else "ok"


# --- terms in years (ED-7, ED-8) ----------------------------------------------------------------


def add_years(d: date, years: int) -> date:
    """The same day `years` later (or earlier); 29 February becomes 28 February in a common year."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February → a common year
        return d.replace(year=d.year + years, day=28)


def _anniversary_day_after(d: date, years: int) -> date:
    """The anniversary `years` later; for 29 February in a common year, 1 March."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return date(d.year + years, 3, 1)


#: ED-7: a recognition is valid 5 years from the date in the minister's decision.
ED7_VALIDITY_YEARS = 5
#: ED-8: a recognition lapses after 2 consecutive years without any guided employee.
ED8_IDLE_YEARS = 2


def validity_end(start: date, years: int) -> date:
    """The last day of a validity of `years` years from `start` (ED-7: 5 years from the decision).

    Counted "from date to the day before the same date" (art. 54 Ger.W.): a recognition valid
    from 1 July 2025 for 5 years is valid up to and including 30 June 2030. From 29 February the
    last day is 28 February. No weekend/holiday shift: it ends a validity, not a term to act in.
    """
    if years <= 0:
        raise TermError(N_("Een geldigheidsduur telt minstens 1 jaar (gekregen: {n}).").format(n=years))
    return _anniversary_day_after(start, years) - ONE_DAY


def recognition_end(start: date) -> date:
    """ED-7: the last day of a recognition that starts on `start` (five years, day before included)."""
    return validity_end(start, ED7_VALIDITY_YEARS)


def guidance_lapse_date(
    last_guidance: date | None, recognition_start: date, years: int = ED8_IDLE_YEARS
) -> date:
    """ED-8: the first day on which the recognition has lapsed for lack of guidance.

    The period without guidance starts the day after the last day an employee with a work
    limitation was guided (or on the recognition's start date if nobody was guided yet) and
    lapses once `years` full consecutive years (rolling, not calendar years) have passed.
    """
    if years <= 0:
        raise TermError(N_("Een periode telt minstens 1 jaar (gekregen: {n}).").format(n=years))
    first_idle = recognition_start
    if last_guidance is not None:
        first_idle = max(recognition_start, last_guidance + ONE_DAY)
    return validity_end(first_idle, years) + ONE_DAY


__all__ = [
    "DEFAULT_WARN_WORKING_DAYS",
    "ED7_VALIDITY_YEARS",
    "ED8_IDLE_YEARS",
    "ExplanationStep",
    "StepKind",
    "Suspension",
    "TermError",
    "TermResult",
    "TermSpec",
    "TermStatus",
    "TermUrgency",
    "add_years",
    "compute_term",
    "days_remaining",
    "guidance_lapse_date",
    "recognition_end",
    "term_status_on",
    "validity_end",
]
