"""Dutch formatting of dates, numbers and amounts (documents/nl.py)."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wsedesk.documents.nl import (
    MONTHS,
    format_amount,
    format_date,
    format_date_long,
    format_date_short,
    format_days,
    format_decimal,
    format_integer,
    format_number,
    format_optional_date,
    format_percent,
    format_size,
    iso_dates_to_short,
    month_name,
    parse_date,
    weekday_name,
)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2025, 4, 17), "17 april 2025"),
        (date(2025, 1, 1), "1 januari 2025"),
        (date(2024, 2, 29), "29 februari 2024"),
        (date(2025, 3, 3), "3 maart 2025"),
        (date(2025, 12, 31), "31 december 2025"),
    ],
)
def test_format_date(day: date, expected: str) -> None:
    assert format_date(day) == expected


def test_every_month_is_dutch_and_lower_case() -> None:
    assert [format_date(date(2025, m, 1)).split()[1] for m in range(1, 13)] == list(MONTHS)
    assert month_name(8) == "augustus"
    with pytest.raises(ValueError):
        month_name(13)


def test_weekdays() -> None:
    # T-1 example: Monday 3 March 2025 + 45 days → Thursday 17 April 2025.
    assert weekday_name(date(2025, 3, 3)) == "maandag"
    assert weekday_name(date(2025, 4, 17)) == "donderdag"
    assert weekday_name(date(2025, 4, 20)) == "zondag"
    assert format_date_long(date(2025, 4, 17)) == "donderdag 17 april 2025"
    assert format_date_short(date(2025, 4, 7)) == "07/04/2025"


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (1111.05, 2, "1.111,05"),
        (Decimal("1234.5"), 2, "1.234,50"),
        (0, 2, "0,00"),
        (999, 2, "999,00"),
        (1000, 0, "1.000"),
        (1234567.891, 2, "1.234.567,89"),
        (Decimal("2.675"), 2, "2,68"),  # half-up, not banker's rounding
        (0.005, 2, "0,01"),
        (-1234.5, 2, "-1.234,50"),
        (Decimal("-0.001"), 2, "0,00"),  # no "-0,00"
        ("12.5", 1, "12,5"),
    ],
)
def test_format_number(value: Decimal | int | float | str, decimals: int, expected: str) -> None:
    assert format_number(value, decimals) == expected


def test_amounts_percentages_days() -> None:
    assert format_amount(1234.5) == "€ 1.234,50"
    assert format_amount(Decimal("-1234.5")) == "€ -1.234,50"
    assert format_amount(12) == "€ 12,00"
    assert format_integer(12345) == "12.345"
    assert format_percent(55) == "55 %"
    assert format_percent(Decimal("12.5"), 1) == "12,5 %"
    assert format_days(1) == "1 dag"
    assert format_days(45) == "45 dagen"
    assert format_number(1234.5, grouping=False) == "1234,50"


@pytest.mark.parametrize("bad", [True, float("nan"), float("inf"), "abc", None])
def test_rejects_non_numbers(bad: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        format_number(bad)  # type: ignore[arg-type]


@given(st.decimals(min_value=-(10**12), max_value=10**12, allow_nan=False, places=4))
def test_format_number_round_trips(value: Decimal) -> None:
    text = format_number(value, 2)
    parsed = Decimal(text.replace(".", "").replace(",", "."))
    assert parsed == value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    whole = text.lstrip("-").split(",")[0]
    assert all(len(group) == 3 for group in whole.split(".")[1:])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("02/12/2026", date(2026, 12, 2)),
        ("2/12/2026", date(2026, 12, 2)),
        (" 02.12.2026 ", date(2026, 12, 2)),
        ("02-12-2026", date(2026, 12, 2)),
        ("2026-12-02", date(2026, 12, 2)),
    ],
)
def test_parse_date_reads_dutch_and_iso(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["", "31/02/2026", "12/31/2026", "2026/12/02", "2 december 2026", "02/12/26"]
)
def test_parse_date_refuses_what_is_not_a_date(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


@given(st.dates(min_value=date(1000, 1, 1)))
def test_short_dates_read_back(day: date) -> None:
    assert parse_date(format_date_short(day)) == day


def test_iso_dates_inside_a_text_become_dutch() -> None:
    assert iso_dates_to_short("due = 2026-07-27; window 2019-09-02/2021-09-01") == (
        "due = 27/07/2026; window 02/09/2019/01/09/2021"
    )
    assert format_optional_date(None) == "—" and format_optional_date(date(2025, 6, 2)) == "02/06/2025"


@pytest.mark.parametrize(
    ("value", "expected"),
    [(28.0, "28"), (26.5, "26,5"), (Decimal("1234.25"), "1.234,25"), (0.004, "0"), (-0.001, "0"), (3, "3")],
)
def test_format_decimal_drops_trailing_zeros(value: float, expected: str) -> None:
    assert format_decimal(value) == expected


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        (0, "0 bytes"),
        (1, "1 byte"),
        (1023, "1023 bytes"),
        (1024, "1,0 kB"),
        (50_431, "49,2 kB"),
        (16_465_920, "15,7 MB"),
    ],
)
def test_format_size(size: int, expected: str) -> None:
    assert format_size(size) == expected
