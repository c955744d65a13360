"""HolidayCalendar: Belgian public holidays + Flemish closing days as data (domain.md T-2)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from wsedesk.paths import resource
from wsedesk.rules.calendar import (
    BELGIAN_PUBLIC_HOLIDAYS,
    FLEMISH_CLOSING_DAYS,
    AnnualHoliday,
    CalendarDataError,
    HolidayCalendar,
    NamedDate,
    easter_sunday,
    format_date_nl,
    load_default_calendar,
)

D = date
CAL = HolidayCalendar()


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (1943, D(1943, 4, 25)),  # latest possible
        (2008, D(2008, 3, 23)),
        (2019, D(2019, 4, 21)),
        (2024, D(2024, 3, 31)),
        (2025, D(2025, 4, 20)),
        (2026, D(2026, 4, 5)),
        (2038, D(2038, 4, 25)),
        (2285, D(2285, 3, 22)),  # earliest possible
    ],
)
def test_easter_sunday(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter
    assert easter.weekday() == 6


# T-2: every holiday of 2025 with its Dutch name.
HOLIDAYS_2025 = [
    (D(2025, 1, 1), "Nieuwjaar"),
    (D(2025, 4, 21), "Paasmaandag"),
    (D(2025, 5, 1), "Feest van de Arbeid"),
    (D(2025, 5, 29), "O.-H.-Hemelvaart"),
    (D(2025, 6, 9), "Pinkstermaandag"),
    (D(2025, 7, 11), "Feest van de Vlaamse Gemeenschap"),
    (D(2025, 7, 21), "Nationale feestdag"),
    (D(2025, 8, 15), "O.-L.-V.-Hemelvaart"),
    (D(2025, 11, 1), "Allerheiligen"),
    (D(2025, 11, 2), "Allerzielen"),
    (D(2025, 11, 11), "Wapenstilstand"),
    (D(2025, 11, 15), "Koningsdag"),
    (D(2025, 12, 25), "Kerstmis"),
    (D(2025, 12, 26), "Tweede kerstdag"),
]


@pytest.mark.parametrize(("day", "name"), HOLIDAYS_2025)
def test_holiday_names_2025(day: date, name: str) -> None:
    assert CAL.is_holiday(day)
    assert CAL.holiday_name(day) == name
    assert not CAL.is_working_day(day)


def test_holidays_between_lists_exactly_the_year() -> None:
    assert CAL.holidays_between(D(2025, 1, 1), D(2025, 12, 31)) == HOLIDAYS_2025


def test_holidays_between_crosses_new_year_and_includes_both_ends() -> None:
    assert CAL.holidays_between(D(2025, 12, 25), D(2026, 1, 1)) == [
        (D(2025, 12, 25), "Kerstmis"),
        (D(2025, 12, 26), "Tweede kerstdag"),
        (D(2026, 1, 1), "Nieuwjaar"),
    ]
    assert CAL.holidays_between(D(2025, 12, 27), D(2025, 12, 31)) == []


def test_moveable_holidays_2024_and_2026() -> None:
    assert CAL.holiday_name(D(2024, 4, 1)) == "Paasmaandag"
    assert CAL.holiday_name(D(2024, 5, 9)) == "O.-H.-Hemelvaart"
    assert CAL.holiday_name(D(2024, 5, 20)) == "Pinkstermaandag"
    assert CAL.holiday_name(D(2026, 4, 6)) == "Paasmaandag"
    assert CAL.holiday_name(D(2026, 5, 14)) == "O.-H.-Hemelvaart"
    assert CAL.holiday_name(D(2026, 5, 25)) == "Pinkstermaandag"


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2025, 3, 3), True),  # Monday
        (D(2025, 3, 7), True),  # Friday
        (D(2025, 3, 8), False),  # Saturday
        (D(2025, 3, 9), False),  # Sunday
        (D(2025, 4, 18), True),  # Good Friday is not a holiday in Belgium
        (D(2025, 4, 21), False),  # Easter Monday
        (D(2025, 7, 11), False),  # Flemish closing day
        (D(2025, 12, 24), True),
        (D(2025, 12, 31), True),
    ],
)
def test_is_working_day(day: date, working: bool) -> None:
    assert CAL.is_working_day(day) is working


def test_unknown_day_has_no_name() -> None:
    assert CAL.holiday_name(D(2025, 3, 3)) is None
    assert not CAL.is_holiday(D(2025, 3, 8))  # a weekend is not a holiday


@pytest.mark.parametrize(
    ("day", "next_day"),
    [
        (D(2025, 3, 3), D(2025, 3, 4)),
        (D(2025, 3, 7), D(2025, 3, 10)),  # Friday → Monday
        (D(2025, 4, 18), D(2025, 4, 22)),  # over the weekend and Easter Monday
        (D(2025, 12, 24), D(2025, 12, 29)),  # 25, 26 Dec, weekend
        (D(2025, 12, 31), D(2026, 1, 2)),
    ],
)
def test_next_working_day_is_strictly_after(day: date, next_day: date) -> None:
    assert CAL.next_working_day(day) == next_day


def test_roll_forward_keeps_working_days_and_moves_the_others() -> None:
    assert CAL.roll_forward(D(2025, 4, 17)) == D(2025, 4, 17)
    assert CAL.roll_forward(D(2025, 4, 19)) == D(2025, 4, 22)
    assert CAL.previous_working_day(D(2025, 4, 22)) == D(2025, 4, 18)


def _brute_working_days(a: date, b: date) -> int:
    n, d = 0, a
    while d <= b:
        n += CAL.is_working_day(d)
        d += timedelta(days=1)
    return n


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (D(2025, 1, 1), D(2025, 12, 31), 250),  # 261 weekdays − 11 weekday holidays
        (D(2025, 3, 3), D(2025, 3, 7), 5),
        (D(2025, 3, 8), D(2025, 3, 9), 0),
        (D(2025, 3, 10), D(2025, 3, 3), 0),  # reversed range
        (D(2025, 4, 18), D(2025, 4, 22), 2),
        (D(2025, 12, 20), D(2026, 1, 10), 12),  # 22-24, 29-31 Dec, 2 Jan, 5-9 Jan
    ],
)
def test_working_days_between(a: date, b: date, expected: int) -> None:
    assert CAL.working_days_between(a, b) == expected
    assert _brute_working_days(a, b) == expected


@pytest.mark.parametrize("n", [0, 1, 4, 5, 6, 11, 23, 60, 250, 1000])
def test_add_working_days_matches_day_by_day(n: int) -> None:
    start = D(2024, 12, 20)
    d, left = start, n
    while left:
        d += timedelta(days=1)
        left -= CAL.is_working_day(d)
    assert CAL.add_working_days(start, n) == d


def test_add_working_days_rejects_negative() -> None:
    with pytest.raises(ValueError):
        CAL.add_working_days(D(2025, 1, 1), -1)


# --- data in and out -------------------------------------------------------------------------


def test_shipped_json_is_the_default_calendar() -> None:
    cal = load_default_calendar()
    assert cal.public_holidays == BELGIAN_PUBLIC_HOLIDAYS
    assert cal.closing_days == FLEMISH_CLOSING_DAYS
    assert cal == HolidayCalendar(description=cal.description)
    assert load_default_calendar() is cal  # read once


def test_shipped_json_round_trips() -> None:
    raw = json.loads(resource("reference", "calendar.json").read_text(encoding="utf-8"))
    cal = HolidayCalendar.from_data(raw)
    assert cal.to_data() == raw
    assert HolidayCalendar.from_data(json.loads(json.dumps(cal.to_data()))) == cal


def test_from_data_defaults_when_sections_are_missing() -> None:
    assert HolidayCalendar.from_data({}) == HolidayCalendar()


def test_closing_days_are_configurable() -> None:
    # T-2 (configurable): no closing days → 11 July is an ordinary Friday.
    cal = HolidayCalendar.from_data({"closing_days": []})
    assert cal.is_working_day(D(2025, 7, 11))
    assert not cal.is_working_day(D(2025, 7, 21))


def test_extra_and_removed_dates() -> None:
    cal = HolidayCalendar.from_data(
        {
            "extra_dates": [{"date": "2025-05-30", "name": "Brugdag"}, "2025-08-14"],
            "removed_dates": [{"date": "2025-11-15", "reason": "verplaatst"}, "2025-07-11"],
        }
    )
    assert cal.holiday_name(D(2025, 5, 30)) == "Brugdag"
    assert cal.holiday_name(D(2025, 8, 14)) == "Brugdag"
    assert not cal.is_holiday(D(2025, 7, 11))
    assert cal.is_working_day(D(2025, 7, 11))
    assert not cal.is_holiday(D(2025, 11, 15))
    assert not cal.is_working_day(D(2025, 11, 15))  # removing a holiday never makes a Saturday work
    assert cal.is_holiday(D(2026, 7, 11))  # removal is for that one date only
    assert HolidayCalendar.from_data(cal.to_data()) == cal


def test_with_extra_dates_returns_a_new_calendar() -> None:
    bridge = CAL.with_extra_dates([D(2025, 5, 30), NamedDate(D(2025, 8, 14), "Sluiting")])
    assert bridge.holiday_name(D(2025, 5, 30)) == "Brugdag"
    assert bridge.holiday_name(D(2025, 8, 14)) == "Sluiting"
    assert CAL.is_working_day(D(2025, 5, 30))  # the original is untouched
    removed = bridge.with_removed_dates([D(2025, 5, 30)])
    assert removed.is_working_day(D(2025, 5, 30))


def test_a_changed_rule_applies_from_a_year() -> None:
    cal = HolidayCalendar.from_data(
        {
            "closing_days": [
                {"name": "Allerzielen", "month": 11, "day": 2, "until_year": 2025},
                {"name": "Nieuwe sluitingsdag", "month": 6, "day": 2, "from_year": 2026},
            ]
        }
    )
    assert cal.is_holiday(D(2025, 11, 2))
    assert not cal.is_holiday(D(2026, 11, 2))
    assert not cal.is_holiday(D(2025, 6, 2))
    assert cal.holiday_name(D(2026, 6, 2)) == "Nieuwe sluitingsdag"


def test_29_february_rule_skips_common_years() -> None:
    cal = HolidayCalendar(public_holidays=(AnnualHoliday("Schrikkeldag", month=2, day=29),), closing_days=())
    assert cal.is_holiday(D(2024, 2, 29))
    assert cal.holidays_between(D(2025, 1, 1), D(2025, 12, 31)) == []


@pytest.mark.parametrize(
    "data",
    [
        {"bridge_days": []},  # unknown key
        {"format": 2},
        {"extra_dates": ["30-05-2025"]},
        {"extra_dates": ["2025-02-30"]},
        {"extra_dates": [{"date": "2025-05-30", "colour": "red"}]},
        {"closing_days": [{"name": "X", "month": 7, "day": 11, "easter_offset": 1}]},
        {"closing_days": [{"name": "X", "month": 7}]},
        {"closing_days": [{"name": "X", "month": 2, "day": 30}]},
        {"closing_days": [{"month": 7, "day": 11}]},
        {"closing_days": [{"name": "X", "month": "7", "day": 11}]},
        {"closing_days": "11 juli"},
    ],
)
def test_bad_data_is_rejected_in_dutch(data: dict[str, object]) -> None:
    with pytest.raises(CalendarDataError) as info:
        HolidayCalendar.from_data(data)
    assert "alender" in str(info.value) or "Feestdag" in str(info.value)


def test_cache_is_not_part_of_equality_or_hash() -> None:
    a, b = HolidayCalendar(), HolidayCalendar()
    a.is_holiday(D(2025, 1, 1))
    assert a == b
    assert hash(a) == hash(b)


def test_format_date_nl() -> None:
    assert format_date_nl(D(2025, 3, 3)) == "maandag 3 maart 2025"
    assert format_date_nl(D(2025, 12, 28), weekday=False) == "28 december 2025"
