"""Property tests for term counting (T-1..T-3), against a day-by-day oracle."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from wsedesk.rules.calendar import HolidayCalendar
from wsedesk.rules.terms import Suspension, TermResult, TermSpec, compute_term

CAL = HolidayCalendar()
ONE = timedelta(days=1)

events = st.dates(min_value=date(1995, 1, 1), max_value=date(2085, 12, 31))
lengths = st.integers(min_value=1, max_value=120)


@st.composite
def suspensions_near(draw: st.DrawFn, event: date, count: int = 4) -> list[Suspension]:
    """Suspensions starting from a little before the event to well after a typical term."""
    out: list[Suspension] = []
    for _ in range(draw(st.integers(min_value=0, max_value=count))):
        start = event + timedelta(days=draw(st.integers(min_value=-15, max_value=200)))
        if draw(st.integers(min_value=0, max_value=9)) == 0:
            out.append(Suspension(start, None))
        else:
            out.append(
                Suspension(start, start + timedelta(days=draw(st.integers(min_value=0, max_value=60))))
            )
    return out


@st.composite
def cases(draw: st.DrawFn) -> tuple[date, TermSpec, list[Suspension]]:
    event = draw(events)
    spec = TermSpec("T", draw(lengths), working_days=draw(st.booleans()))
    return event, spec, draw(suspensions_near(event))


def oracle(event: date, spec: TermSpec, suspensions: list[Suspension]) -> tuple[str, date | None, int]:
    """T-1..T-3 read literally, one day at a time: (status, due, days used)."""

    def suspended(d: date) -> bool:
        return any(s.start <= d and (s.end is None or d < s.end) for s in suspensions)

    def open_from(d: date) -> bool:
        return any(s.end is None and s.start <= d for s in suspensions)

    d, used = event, 0
    while used < spec.days:
        d += ONE
        if open_from(d):
            return "stopped", None, used
        if suspended(d):
            continue
        if spec.working_days and not CAL.is_working_day(d):
            continue
        used += 1
    due = d
    while not CAL.is_working_day(due):
        due += ONE
    return "running", due, used


def compute(event: date, spec: TermSpec, suspensions: list[Suspension]) -> TermResult:
    return compute_term(event, spec, suspensions, CAL)


@settings(max_examples=400, deadline=None)
@given(cases())
def test_matches_the_day_by_day_oracle(case: tuple[date, TermSpec, list[Suspension]]) -> None:
    event, spec, suspensions = case
    result = compute(event, spec, suspensions)
    status, due, used = oracle(event, spec, suspensions)
    assert result.status == status
    assert result.due == due
    assert result.days_used == used
    assert result.days_used + result.days_left == spec.days


@settings(max_examples=200, deadline=None)
@given(cases(), st.data())
def test_a_suspension_never_makes_a_term_shorter(
    case: tuple[date, TermSpec, list[Suspension]], data: st.DataObject
) -> None:
    event, spec, suspensions = case
    extra = data.draw(suspensions_near(event, count=1))
    before = compute(event, spec, suspensions)
    after = compute(event, spec, suspensions + extra)
    if after.status == "running":
        assert before.status == "running"
        assert before.due is not None and after.due is not None
        assert before.raw_end is not None and after.raw_end is not None
        assert after.raw_end >= before.raw_end
        assert after.due >= before.due
    elif before.status == "stopped":
        assert after.days_used <= before.days_used


@settings(max_examples=300, deadline=None)
@given(cases())
def test_a_term_never_ends_on_a_non_working_day(case: tuple[date, TermSpec, list[Suspension]]) -> None:
    event, spec, suspensions = case
    result = compute(event, spec, suspensions)
    if result.due is not None:
        assert CAL.is_working_day(result.due)
        assert result.raw_end is not None and result.raw_end <= result.due
        assert CAL.working_days_between(result.raw_end, result.due) == 1  # the due date only
        if spec.working_days:
            assert result.raw_end == result.due  # T-2: no shift


@settings(max_examples=300, deadline=None)
@given(events, lengths, st.data())
def test_a_suspension_inside_a_calendar_term_moves_the_raw_end_by_its_length(
    event: date, days: int, data: st.DataObject
) -> None:
    base = compute(event, TermSpec("T-1", days), [])
    assert base.raw_end == event + timedelta(days=days)
    offset = data.draw(st.integers(min_value=1, max_value=days))  # day `offset` of the term
    k = data.draw(st.integers(min_value=0, max_value=days - offset + 1))  # ends at most on the raw end
    start = event + timedelta(days=offset)
    result = compute(event, TermSpec("T-1", days), [Suspension(start, start + timedelta(days=k))])
    assert result.raw_end == event + timedelta(days=days + k)
    assert result.suspended_days == k


@settings(max_examples=300, deadline=None)
@given(events, st.integers(min_value=1, max_value=400))
def test_working_day_count_between_event_and_due_is_n(event: date, days: int) -> None:
    result = compute(event, TermSpec("T-2", days, working_days=True), [])
    assert result.due is not None
    assert CAL.working_days_between(event + ONE, result.due) == days
    assert CAL.working_days_between(event + ONE, result.due - ONE) == days - 1


@settings(max_examples=200, deadline=None)
@given(cases())
def test_overlaps_count_once(case: tuple[date, TermSpec, list[Suspension]]) -> None:
    event, spec, suspensions = case
    once = compute(event, spec, suspensions)
    twice = compute(event, spec, suspensions + list(reversed(suspensions)))
    assert (once.status, once.due, once.days_used, once.suspended_days) == (
        twice.status,
        twice.due,
        twice.days_used,
        twice.suspended_days,
    )


@settings(max_examples=200, deadline=None)
@given(cases())
def test_suspended_days_are_explained_and_consistent(case: tuple[date, TermSpec, list[Suspension]]) -> None:
    event, spec, suspensions = case
    result = compute(event, spec, suspensions)
    explained = sum(step.days or 0 for step in result.explanation if step.kind == "suspension")
    assert explained == result.suspended_days
    if result.raw_end is not None:
        span_end = result.raw_end
    else:
        assert result.stopped_on is not None
        span_end = result.stopped_on - ONE
    if spec.working_days:
        span = CAL.working_days_between(event + ONE, span_end)
    else:
        span = max(0, (span_end - event).days)
    assert span == result.days_used + result.suspended_days
    for late in result.late_suspensions:
        assert result.due is not None and late.start > result.due
    kinds = [step.kind for step in result.explanation]
    assert kinds[:2] == ["event", "term"]
    assert ("due" in kinds) != ("stopped" in kinds)


@settings(max_examples=200, deadline=None)
@given(events, st.integers(min_value=0, max_value=800))
def test_add_working_days_matches_counting(start: date, n: int) -> None:
    end = CAL.add_working_days(start, n)
    assert CAL.working_days_between(start + ONE, end) == n
    if n:
        assert CAL.is_working_day(end)
