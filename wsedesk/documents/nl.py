"""Dutch (Belgian) formatting of dates, numbers and amounts: letters, reports, the command line.

Python's own formatting is English (`1,111.05`) and `locale` depends on the machine, so the
few formats the department uses are written out here: "17 april 2025", "donderdag",
"07/04/2025", "1.111,05", "€ 1.234,50", "16,5 MB". Rounding is half-up, as in Belgian
financial practice. Dates typed by a user are read by `parse_date` (DD/MM/JJJJ, or ISO).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

MONTHS: tuple[str, ...] = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

# date.weekday(): Monday is 0.
WEEKDAYS: tuple[str, ...] = (
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
)

Number = Decimal | int | float | str


def month_name(month: int) -> str:
    """Dutch name of month 1–12 ("april")."""
    if not 1 <= month <= 12:
        raise ValueError(f"month out of range: {month}")
    return MONTHS[month - 1]


def weekday_name(day: date) -> str:
    """Dutch weekday name of `day` ("donderdag")."""
    return WEEKDAYS[day.weekday()]


def format_date(day: date) -> str:
    """`date(2025, 4, 17)` → "17 april 2025" (no leading zero, month in lower case)."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_date_long(day: date) -> str:
    """`date(2025, 4, 17)` → "donderdag 17 april 2025"."""
    return f"{weekday_name(day)} {format_date(day)}"


def format_date_short(day: date) -> str:
    """`date(2025, 4, 7)` → "07/04/2025" (dd/mm/jjjj), the short form of tables and the CLI."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def format_optional_date(day: date | None, missing: str = "—") -> str:
    """`format_date_short`, or `missing` when there is no date."""
    return format_date_short(day) if day else missing


_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO_IN_TEXT = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def parse_date(text: str) -> date:
    """A date as a user types it: "02/12/2026", "2/12/2026", "02.12.2026" or ISO "2026-12-02".

    Raises ValueError for anything else, and for a day that does not exist (31/02/2026).
    """
    value = text.strip()
    if match := _ISO.fullmatch(value):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DMY.fullmatch(value):
        day, month, year = (int(g) for g in match.groups())
    else:
        raise ValueError(f"not a date: {text!r}")
    return date(year, month, day)


def iso_dates_to_short(text: str) -> str:
    """Every ISO date inside `text` written as dd/mm/jjjj ("due = 2026-07-27" → "due = 27/07/2026")."""
    return _ISO_IN_TEXT.sub(lambda m: f"{m.group(3)}/{m.group(2)}/{m.group(1)}", text)


def _to_decimal(value: Number) -> Decimal:
    if isinstance(value, bool):
        raise TypeError("a bool is not a number here")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        # str() gives the shortest repr, so 0.1 stays 0.1 instead of 0.1000000000000000055…
        result = Decimal(str(value))
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation as exc:
            raise ValueError(f"not a number: {value!r}") from exc
    else:
        raise TypeError(f"not a number: {value!r}")
    if not result.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return result


def format_number(value: Number, decimals: int = 2, *, grouping: bool = True) -> str:
    """1111.05 → "1.111,05"; thousands grouped with ".", decimal comma, half-up rounding."""
    if decimals < 0:
        raise ValueError("decimals must be >= 0")
    number = _to_decimal(value)
    quantum = Decimal(1).scaleb(-decimals)
    rounded = number.quantize(quantum, rounding=ROUND_HALF_UP)
    negative = rounded < 0
    text = f"{abs(rounded):.{decimals}f}"
    whole, _, fraction = text.partition(".")
    if grouping:
        groups: list[str] = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        whole = ".".join(groups)
    result = f"{whole},{fraction}" if decimals else whole
    return f"-{result}" if negative else result


def format_decimal(value: Number, max_decimals: int = 2) -> str:
    """A measured number without trailing zeros: 28.0 → "28", 26.5 → "26,5", 1234.25 → "1.234,25"."""
    text = format_number(value, max_decimals)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return "0" if text == "-0" else text


def format_size(size: int) -> str:
    """A file size as people read it: 512 → "512 bytes", 50431 → "49,2 kB", 16465920 → "15,7 MB"."""
    if size < 1024:
        return f"{size} bytes" if size != 1 else "1 byte"
    value, unit = Decimal(size) / 1024, "kB"
    for bigger in ("MB", "GB"):
        if value < 1024:
            break
        value, unit = value / 1024, bigger
    return f"{format_number(value, 1)} {unit}"


def format_integer(value: int) -> str:
    """12345 → "12.345"."""
    return format_number(value, 0)


def format_amount(value: Number, decimals: int = 2) -> str:
    """1234.5 → "€ 1.234,50"; negative amounts as "€ -1.234,50" (the CLDR nl-BE pattern)."""
    return f"€ {format_number(value, decimals)}"


def format_percent(value: Number, decimals: int = 0) -> str:
    """55 → "55 %"; 12.5 with one decimal → "12,5 %" (value is already a percentage)."""
    return f"{format_number(value, decimals)} %"


def format_days(count: int) -> str:
    """1 → "1 dag", 45 → "45 dagen"."""
    return f"{count} dag" if count in (1, -1) else f"{count} dagen"
