"""Counting terms (domain.md §4): T-1 calendar days, T-2 working days, T-3 suspensions, T-4 explanation."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from wsedesk.rules.calendar import HolidayCalendar, load_default_calendar
from wsedesk.rules.terms import (
    Suspension,
    TermError,
    TermResult,
    TermSpec,
    add_years,
    compute_term,
    days_remaining,
    guidance_lapse_date,
    term_status_on,
    validity_end,
)

D = date
CAL = load_default_calendar()


def calendar_term(event: date, days: int, *suspensions: Suspension, rule: str = "ED-5") -> TermResult:
    return compute_term(event, TermSpec(rule, days), list(suspensions), CAL)


def working_term(event: date, days: int, *suspensions: Suspension, cal: HolidayCalendar = CAL) -> TermResult:
    return compute_term(event, TermSpec("T-2", days, working_days=True), list(suspensions), cal)


# --- T-1: calendar days ------------------------------------------------------------------------

T1_CASES = [
    # (event, days, raw end, due, why)
    (D(2025, 3, 3), 45, D(2025, 4, 17), D(2025, 4, 17), "the example of T-1"),
    (D(2025, 3, 5), 10, D(2025, 3, 15), D(2025, 3, 17), "Saturday → Monday"),
    (D(2025, 3, 6), 10, D(2025, 3, 16), D(2025, 3, 17), "Sunday → Monday"),
    (D(2025, 3, 22), 30, D(2025, 4, 21), D(2025, 4, 22), "Easter Monday → Tuesday"),
    (D(2025, 3, 20), 30, D(2025, 4, 19), D(2025, 4, 22), "Saturday, Sunday, Easter Monday"),
    (D(2025, 4, 29), 30, D(2025, 5, 29), D(2025, 5, 30), "Ascension"),
    (D(2025, 5, 10), 30, D(2025, 6, 9), D(2025, 6, 10), "Whit Monday"),
    (D(2025, 6, 11), 30, D(2025, 7, 11), D(2025, 7, 14), "11 July on a Friday, then the weekend"),
    (D(2024, 6, 11), 30, D(2024, 7, 11), D(2024, 7, 12), "11 July on a Thursday"),
    (D(2025, 7, 4), 7, D(2025, 7, 11), D(2025, 7, 14), "ED-4: 7 days onto 11 July"),
    (D(2024, 10, 2), 30, D(2024, 11, 1), D(2024, 11, 4), "All Saints on a Friday"),
    (D(2024, 10, 16), 30, D(2024, 11, 15), D(2024, 11, 18), "15 November (Koningsdag) on a Friday"),
    (D(2025, 11, 25), 30, D(2025, 12, 25), D(2025, 12, 29), "Christmas, 26 Dec, weekend"),
    (D(2024, 11, 26), 30, D(2024, 12, 26), D(2024, 12, 27), "26 December"),
    (D(2025, 12, 2), 30, D(2026, 1, 1), D(2026, 1, 2), "New Year's Day"),
    (D(2022, 12, 1), 30, D(2022, 12, 31), D(2023, 1, 2), "Saturday, Sunday New Year's Day, across the year"),
    (D(2025, 3, 7), 1, D(2025, 3, 8), D(2025, 3, 10), "one day from a Friday"),
    (D(2024, 2, 28), 1, D(2024, 2, 29), D(2024, 2, 29), "leap day is a working day"),
    (D(2025, 1, 15), 40, D(2025, 2, 24), D(2025, 2, 24), "QR-4: 40 days"),
]


@pytest.mark.parametrize(("event", "days", "raw_end", "due", "why"), T1_CASES, ids=[c[4] for c in T1_CASES])
def test_t1_calendar_days(event: date, days: int, raw_end: date, due: date, why: str) -> None:
    result = calendar_term(event, days)
    assert result.status == "running"
    assert result.raw_end == raw_end
    assert result.due == due
    assert result.days_used == days
    assert result.days_left == 0
    assert result.suspended_days == 0
    assert result.late_suspensions == ()


def test_t1_example_is_a_thursday() -> None:
    result = calendar_term(D(2025, 3, 3), 45)
    assert result.due == D(2025, 4, 17)
    assert result.due.weekday() == 3


# --- T-2: working days -------------------------------------------------------------------------

T2_CASES = [
    (D(2025, 3, 3), 5, D(2025, 3, 10), "a plain week"),
    (D(2025, 4, 18), 5, D(2025, 4, 28), "skips Easter Monday"),
    (D(2025, 7, 9), 3, D(2025, 7, 15), "skips the Flemish holiday 11 July"),
    (D(2025, 12, 24), 2, D(2025, 12, 30), "skips 25 and 26 December"),
    (D(2024, 10, 31), 5, D(2024, 11, 8), "skips All Saints"),
    (D(2024, 11, 8), 5, D(2024, 11, 19), "skips 11 and 15 November"),
    (D(2025, 5, 28), 3, D(2025, 6, 3), "skips Ascension"),
    (D(2025, 3, 7), 1, D(2025, 3, 10), "from a Friday"),
    (D(2025, 3, 8), 1, D(2025, 3, 10), "from a Saturday"),
    (D(2025, 1, 1), 250, D(2025, 12, 31), "a whole year: 250 working days after New Year's Day"),
]


@pytest.mark.parametrize(("event", "days", "due", "why"), T2_CASES, ids=[c[3] for c in T2_CASES])
def test_t2_working_days(event: date, days: int, due: date, why: str) -> None:
    result = working_term(event, days)
    assert result.due == due
    assert result.raw_end == due  # T-2: no shift needed
    assert CAL.is_working_day(due)
    assert CAL.working_days_between(event + timedelta(days=1), due) == days


def test_t2_closing_days_are_data() -> None:
    # Without the Flemish closing days 11 July 2025 is an ordinary Friday.
    no_closing = HolidayCalendar.from_data({"closing_days": []})
    assert working_term(D(2025, 7, 9), 3, cal=no_closing).due == D(2025, 7, 14)
    # A bridge day added by the administrator is skipped.
    bridge = CAL.with_extra_dates([D(2025, 5, 30)])
    assert working_term(D(2025, 5, 28), 3, cal=bridge).due == D(2025, 6, 4)


# --- T-3: suspensions ---------------------------------------------------------------------------

EX = D(2025, 3, 3)  # the T-1 example: 45 days → 17 April 2025


def S(start: date, end: date | None, reason: str = "") -> Suspension:
    return Suspension(start, end, reason)


def march(start: int, end: int) -> Suspension:
    """A suspension from and to the days given of March 2025 (the month of the T-1 example)."""
    return S(D(2025, 3, start), D(2025, 3, end))


T3_CASES = [
    # (suspensions, raw end, due, suspended days, why)
    ([march(10, 20)], D(2025, 4, 27), D(2025, 4, 28), 10, "one suspension of 10 days"),
    ([march(10, 20), march(15, 25)], D(2025, 5, 2), D(2025, 5, 2), 15, "overlapping suspensions count once"),
    ([march(10, 20)] * 2, D(2025, 4, 27), D(2025, 4, 28), 10, "the same suspension twice counts once"),
    ([march(10, 30), march(12, 15)], D(2025, 5, 7), D(2025, 5, 7), 20, "a nested suspension adds nothing"),
    ([march(10, 20), march(20, 25)], D(2025, 5, 2), D(2025, 5, 2), 15, "adjacent suspensions"),
    ([march(3, 10)], D(2025, 4, 23), D(2025, 4, 23), 6, "from the event day"),
    ([S(D(2025, 2, 20), D(2025, 3, 10))], D(2025, 4, 23), D(2025, 4, 23), 6, "started before the event"),
    ([S(D(2025, 2, 1), D(2025, 2, 10))], D(2025, 4, 17), D(2025, 4, 17), 0, "entirely before the event"),
    ([S(D(2025, 4, 17), D(2025, 4, 18))], D(2025, 4, 18), D(2025, 4, 18), 1, "starts on the last day"),
    ([march(10, 10)], D(2025, 4, 17), D(2025, 4, 17), 0, "answered the same day"),
    (
        [S(D(2025, 4, 1), D(2025, 4, 8)), march(10, 20)],
        D(2025, 5, 4),
        D(2025, 5, 5),
        17,
        "several suspensions, given out of order",
    ),
]


@pytest.mark.parametrize(
    ("suspensions", "raw_end", "due", "suspended", "why"), T3_CASES, ids=[c[4] for c in T3_CASES]
)
def test_t3_suspensions(
    suspensions: list[Suspension], raw_end: date, due: date, suspended: int, why: str
) -> None:
    result = calendar_term(EX, 45, *suspensions)
    assert result.status == "running"
    assert result.raw_end == raw_end
    assert result.due == due
    assert result.suspended_days == suspended
    assert result.late_suspensions == ()
    assert [s.start for s in result.suspensions] == sorted(s.start for s in suspensions)


@pytest.mark.parametrize(
    "late",
    [
        S(D(2025, 4, 18), D(2025, 4, 25)),  # the day after the due date
        S(D(2025, 4, 20), D(2025, 4, 25)),
        S(D(2025, 5, 1), None),  # an open suspension after the end does not stop anything
    ],
)
def test_t3_suspension_after_the_end_is_late_and_changes_nothing(late: Suspension) -> None:
    result = calendar_term(EX, 45, late)
    assert result.status == "running"
    assert result.due == D(2025, 4, 17)
    assert result.suspended_days == 0
    assert result.late_suspensions == (late,)


def test_t3_late_is_judged_against_the_due_date_after_earlier_suspensions() -> None:
    first = S(D(2025, 3, 10), D(2025, 3, 20))  # due moves to 28 April
    second = S(D(2025, 4, 25), D(2025, 5, 2))  # after 17 April but before 27 April: counts
    result = calendar_term(EX, 45, first, second)
    assert result.late_suspensions == ()
    assert result.raw_end == D(2025, 5, 4)
    assert result.due == D(2025, 5, 5)


def test_t3_suspension_in_the_shift_window_is_not_late_and_changes_nothing() -> None:
    # 30 days from 20 March 2025 end on Saturday 19 April, shifted to Tuesday 22 April.
    on_due = S(D(2025, 4, 22), D(2025, 4, 30))
    in_window = S(D(2025, 4, 20), None)
    after = S(D(2025, 4, 23), D(2025, 4, 30))
    result = compute_term(D(2025, 3, 20), TermSpec("ED-9", 30), [on_due, in_window, after], CAL)
    assert result.status == "running"
    assert result.raw_end == D(2025, 4, 19)
    assert result.due == D(2025, 4, 22)
    assert result.late_suspensions == (after,)
    assert result.suspended_days == 0


def test_t3_open_suspension_stops_the_clock() -> None:
    open_one = S(D(2025, 3, 20), None, "aanvullende informatie")
    result = calendar_term(EX, 45, open_one)
    assert result.status == "stopped"
    assert result.is_stopped
    assert result.due is None
    assert result.raw_end is None
    assert result.days_used == 16  # 4..19 March
    assert result.days_left == 29
    assert result.stopped_on == D(2025, 3, 20)
    assert result.open_suspension == open_one
    assert result.suspended_days == 0


def test_t3_closed_then_open_suspension() -> None:
    result = calendar_term(EX, 45, S(D(2025, 3, 10), D(2025, 3, 20)), S(D(2025, 3, 25), None))
    assert result.status == "stopped"
    assert result.days_used == 11  # 4..9 March and 20..24 March
    assert result.days_left == 34
    assert result.suspended_days == 10


def test_t3_open_suspension_from_the_event_day_uses_no_day() -> None:
    result = calendar_term(EX, 45, S(EX, None))
    assert (result.days_used, result.days_left) == (0, 45)
    assert result.stopped_on == D(2025, 3, 4)


def test_t3_open_suspension_inside_a_closed_one_keeps_the_clock_stopped() -> None:
    open_one = S(D(2025, 3, 15), None)
    result = calendar_term(EX, 45, S(D(2025, 3, 10), D(2025, 3, 20)), open_one)
    assert result.status == "stopped"
    assert result.stopped_on == D(2025, 3, 10)
    assert result.days_used == 6
    assert result.open_suspension == open_one


def test_t3_closing_the_open_suspension_recomputes_the_due_date() -> None:
    stopped = calendar_term(EX, 45, S(D(2025, 3, 20), None))
    closed = calendar_term(EX, 45, S(D(2025, 3, 20), D(2025, 4, 3)))
    assert stopped.due is None
    # 16 days used, clock stopped 20 March – 2 April, 29 days left from 3 April → 1 May (holiday).
    assert closed.raw_end == D(2025, 5, 1)
    assert closed.due == D(2025, 5, 2)


def test_t3_working_day_term_with_a_suspension() -> None:
    # 5 working days from Monday 3 March; clock stopped Wednesday 5 – Sunday 9 March.
    result = working_term(D(2025, 3, 3), 5, S(D(2025, 3, 5), D(2025, 3, 10)))
    assert result.due == D(2025, 3, 13)
    assert result.suspended_days == 3  # Wednesday, Thursday, Friday


def test_t3_working_day_suspension_over_a_holiday_counts_working_days_only() -> None:
    result = working_term(D(2025, 4, 14), 5, S(D(2025, 4, 17), D(2025, 4, 23)))
    assert result.due == D(2025, 4, 25)
    assert result.suspended_days == 3  # 17, 18 and 22 April; Easter Monday was no working day anyway


def test_t3_working_day_term_stopped() -> None:
    result = working_term(D(2025, 3, 3), 5, S(D(2025, 3, 6), None))
    assert result.status == "stopped"
    assert (result.days_used, result.days_left) == (2, 3)


# --- T-4: explanation ---------------------------------------------------------------------------


def kinds(result: TermResult) -> list[str]:
    return [step.kind for step in result.explanation]


def test_t4_plain_example() -> None:
    result = calendar_term(EX, 45, rule="ED-5")
    assert kinds(result) == ["event", "term", "due"]
    event, term, due = result.explanation
    assert event.on == EX
    assert "maandag 3 maart 2025" in event.text
    assert "T-1" in event.text
    assert term.rule_id == "ED-5"
    assert term.days == 45
    assert "45 kalenderdagen" in term.text and "ED-5" in term.text
    assert due.on == D(2025, 4, 17)
    assert "donderdag 17 april 2025" in due.text


def test_t4_suspensions_and_the_days_they_added() -> None:
    result = calendar_term(
        EX, 45, S(D(2025, 3, 10), D(2025, 3, 20), "vraag 1"), S(D(2025, 3, 15), D(2025, 3, 25))
    )
    steps = [s for s in result.explanation if s.kind == "suspension"]
    assert [s.days for s in steps] == [10, 5]
    assert sum(s.days or 0 for s in steps) == result.suspended_days
    assert "10 dagen" in steps[0].text and "vraag 1" in steps[0].text and "T-3" in steps[0].text
    assert "overlapt" in steps[1].text
    assert steps[0].start == D(2025, 3, 10) and steps[0].end == D(2025, 3, 20)


def test_t4_skipped_days_and_final_shift() -> None:
    result = compute_term(D(2025, 3, 20), TermSpec("ED-9", 30), [], CAL)
    skips = [s for s in result.explanation if s.kind == "skip"]
    assert [s.on for s in skips] == [D(2025, 4, 19), D(2025, 4, 20), D(2025, 4, 21)]
    assert "weekend" in skips[0].text
    assert "Paasmaandag" in skips[2].text
    (shift,) = [s for s in result.explanation if s.kind == "shift"]
    assert (shift.start, shift.end, shift.days) == (D(2025, 4, 19), D(2025, 4, 22), 3)
    assert "dinsdag 22 april 2025" in shift.text and "T-1" in shift.text
    assert kinds(result)[-1] == "due"


def test_t4_working_day_term_names_the_skipped_holidays() -> None:
    result = working_term(D(2024, 10, 31), 5)
    skips = [s for s in result.explanation if s.kind == "skip"]
    assert skips[0].on == D(2024, 11, 1)
    assert "Allerheiligen" in skips[0].text
    assert skips[-1].days == 2  # Saturday 2 and Sunday 3 November
    assert "weekend" in skips[-1].text
    assert "shift" not in kinds(result)


def test_t4_skipped_days_say_why_in_the_counting_rule() -> None:
    calendar_days = compute_term(D(2025, 3, 20), TermSpec("ED-9", 30), [], CAL)
    assert [s.text for s in calendar_days.explanation if s.kind == "skip"] == [
        "Overgeslagen: zaterdag 19 april 2025 valt in het weekend (T-1).",
        "Overgeslagen: zondag 20 april 2025 valt in het weekend (T-1).",
        "Overgeslagen: maandag 21 april 2025 is een feestdag (Paasmaandag) (T-1).",
    ]
    working_days = working_term(D(2024, 10, 31), 5)
    assert [(s.text, s.on, s.days, s.rule_id) for s in working_days.explanation if s.kind == "skip"] == [
        (
            "Overgeslagen: vrijdag 1 november 2024 is een feestdag (Allerheiligen) (T-2).",
            D(2024, 11, 1),
            None,
            "T-2",
        ),
        ("Overgeslagen: 2 dagen in het weekend (T-2).", None, 2, "T-2"),
    ]


def test_t4_late_and_stopped_steps() -> None:
    late = calendar_term(EX, 45, S(D(2025, 5, 1), D(2025, 5, 10)))
    assert kinds(late) == ["event", "term", "due", "late"]
    assert "laattijdig" in late.explanation[-1].text
    stopped = calendar_term(EX, 45, S(D(2025, 3, 20), None))
    assert kinds(stopped) == ["event", "term", "suspension", "stopped"]
    assert "16 dagen" in stopped.explanation[-1].text and "29 dagen" in stopped.explanation[-1].text


def test_t4_letters_are_named() -> None:
    result = calendar_term(
        EX, 45, Suspension(D(2025, 3, 10), D(2025, 3, 20), "", "BR-2025-001", "IN-2025-007")
    )
    (step,) = [s for s in result.explanation if s.kind == "suspension"]
    assert "BR-2025-001" in step.text and "IN-2025-007" in step.text


def test_as_dict_is_json_ready() -> None:
    result = calendar_term(EX, 45, S(D(2025, 3, 10), D(2025, 3, 20)), S(D(2025, 6, 1), None))
    data = json.loads(json.dumps(result.as_dict()))
    assert data["due"] == "2025-04-28"
    assert data["raw_end"] == "2025-04-27"
    assert data["status"] == "running"
    assert data["rule_id"] == "ED-5"
    assert data["late_suspensions"] == [
        {"start": "2025-06-01", "end": None, "reason": "", "opened_by": None, "closed_by": None}
    ]
    assert {step["kind"] for step in data["explanation"]} >= {"event", "term", "suspension", "shift", "due"}
    for step in data["explanation"]:
        for key in ("on", "start", "end"):
            if step[key] is not None:
                date.fromisoformat(step[key])


def test_as_dict_keeps_its_keys_in_order() -> None:
    spec = TermSpec("ED-5", 45, label="Onderzoek")
    suspensions = [Suspension(D(2025, 3, 10), D(2025, 3, 20), "vraag", "BR-1"), S(D(2025, 6, 1), None)]
    data = compute_term(EX, spec, suspensions, CAL).as_dict()
    assert list(data) == [
        "event",
        "rule_id",
        "days",
        "working_days",
        "label",
        "counting_rule",
        "status",
        "due",
        "raw_end",
        "days_used",
        "days_left",
        "suspended_days",
        "stopped_on",
        "suspensions",
        "late_suspensions",
        "open_suspension",
        "explanation",
    ]
    assert (data["label"], data["working_days"], data["counting_rule"]) == ("Onderzoek", False, "T-1")
    assert data["suspensions"][0] == {
        "start": "2025-03-10",
        "end": "2025-03-20",
        "reason": "vraag",
        "opened_by": "BR-1",
        "closed_by": None,
    }
    assert list(data["suspensions"][0]) == ["start", "end", "reason", "opened_by", "closed_by"]
    skip = next(step for step in data["explanation"] if step["kind"] == "skip")
    assert skip == {
        "kind": "skip",
        "text": "Overgeslagen: zondag 27 april 2025 valt in het weekend (T-1).",
        "on": "2025-04-27",
        "start": None,
        "end": None,
        "days": None,
        "rule_id": "T-1",
    }
    assert list(skip) == ["kind", "text", "on", "start", "end", "days", "rule_id"]
    shift = next(step for step in data["explanation"] if step["kind"] == "shift")
    assert (shift["on"], shift["start"], shift["end"], shift["days"]) == (None, "2025-04-27", "2025-04-28", 1)


def test_results_compare_by_value() -> None:
    a = calendar_term(EX, 45, S(D(2025, 3, 10), D(2025, 3, 20)))
    b = calendar_term(EX, 45, S(D(2025, 3, 10), D(2025, 3, 20)))
    assert a == b
    assert a.explanation == b.explanation


# --- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize("days", [0, -1])
def test_term_needs_at_least_one_day(days: int) -> None:
    with pytest.raises(TermError, match="minstens 1 dag"):
        TermSpec("T-1", days)


def test_suspension_cannot_end_before_it_starts() -> None:
    with pytest.raises(TermError, match="2025-03-01"):
        Suspension(D(2025, 3, 10), D(2025, 3, 1))


# --- what the Werkbak asks ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "calendar_days", "working_days", "status"),
    [
        (D(2025, 4, 1), 16, 12, "ok"),
        (D(2025, 4, 9), 8, 6, "ok"),
        (D(2025, 4, 10), 7, 5, "due_soon"),  # Fri 11, Mon 14 .. Thu 17
        (D(2025, 4, 17), 0, 0, "due_soon"),  # the due date itself
        (D(2025, 4, 18), -1, -1, "overdue"),
        (D(2025, 4, 22), -5, -2, "overdue"),  # Fri 18 and Tue 22; Easter Monday does not count
    ],
)
def test_days_remaining_and_status(as_of: date, calendar_days: int, working_days: int, status: str) -> None:
    result = calendar_term(EX, 45)
    assert days_remaining(result, as_of, CAL) == calendar_days
    assert days_remaining(result, as_of, CAL, working_days=True) == working_days
    assert term_status_on(result, as_of, CAL) == status


def test_days_remaining_counts_working_days_for_a_working_day_term() -> None:
    result = working_term(D(2025, 4, 18), 5)  # due Monday 28 April
    assert days_remaining(result, D(2025, 4, 22), CAL) == 4
    assert days_remaining(result, D(2025, 4, 22), CAL, working_days=False) == 6


def test_warning_threshold_is_a_parameter() -> None:
    result = calendar_term(EX, 45)
    assert term_status_on(result, D(2025, 4, 1), CAL, warn_working_days=12) == "due_soon"
    assert term_status_on(result, D(2025, 4, 16), CAL, warn_working_days=0) == "ok"


def test_stopped_term_has_no_remaining_days() -> None:
    result = calendar_term(EX, 45, S(D(2025, 3, 20), None))
    assert days_remaining(result, D(2025, 4, 1), CAL) is None
    assert term_status_on(result, D(2025, 12, 1), CAL) == "stopped"


# --- terms in years (ED-7, ED-8) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "years", "expected"),
    [
        (D(2025, 7, 1), 5, D(2030, 7, 1)),
        (D(2024, 2, 29), 1, D(2025, 2, 28)),
        (D(2024, 2, 29), 4, D(2028, 2, 29)),
        (D(2025, 7, 1), -2, D(2023, 7, 1)),
    ],
)
def test_add_years(start: date, years: int, expected: date) -> None:
    assert add_years(start, years) == expected


@pytest.mark.parametrize(
    ("start", "years", "last_day"),
    [
        (D(2025, 7, 1), 5, D(2030, 6, 30)),  # ED-7: valid up to the day before the anniversary
        (D(2025, 1, 1), 5, D(2029, 12, 31)),
        (D(2024, 2, 29), 5, D(2029, 2, 28)),
        (D(2024, 2, 29), 4, D(2028, 2, 28)),
        (D(2025, 3, 1), 1, D(2026, 2, 28)),
        (D(2027, 3, 1), 1, D(2028, 2, 29)),
        (D(2025, 6, 14), 5, D(2030, 6, 13)),  # a Thursday; validity ends are not shifted
    ],
)
def test_validity_end(start: date, years: int, last_day: date) -> None:
    assert validity_end(start, years) == last_day


def test_validity_end_needs_a_positive_number_of_years() -> None:
    with pytest.raises(TermError):
        validity_end(D(2025, 1, 1), 0)


@pytest.mark.parametrize(
    ("last_guidance", "start", "lapse"),
    [
        (D(2025, 3, 10), D(2024, 1, 1), D(2027, 3, 11)),  # idle from 11 March 2025, 2 full years
        (None, D(2025, 1, 1), D(2027, 1, 1)),  # nobody guided since the recognition started
        (D(2023, 5, 1), D(2024, 1, 1), D(2026, 1, 1)),  # guidance before the recognition does not count
    ],
)
def test_ed8_guidance_lapse_date(last_guidance: date | None, start: date, lapse: date) -> None:
    assert guidance_lapse_date(last_guidance, start) == lapse


def test_rules_do_not_import_forbidden_layers() -> None:
    import ast
    from pathlib import Path

    import wsedesk.rules.calendar as calendar_module
    import wsedesk.rules.terms as terms_module

    forbidden = ("sqlalchemy", "PySide6", "openpyxl", "reportlab")
    for module in (calendar_module, terms_module):
        source = Path(str(module.__file__)).read_text(encoding="utf-8")
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not any(n.split(".")[0] in forbidden for n in names), names
        assert "today(" not in source  # time is an argument
