"""Working days and holidays: the Belgian public holidays plus the Flemish closing days (T-2).

The calendar is data (domain.md T-2): the yearly holidays, the closing days, extra dates such as
bridge days and removed dates all come from a dict (`HolidayCalendar.from_data`), shipped as
`resources/reference/calendar.json`. Holiday sets are computed once per year and cached, so
term computations stay cheap (no per-day loops over years).

Intervals: functions named `*_between(a, b)` include both `a` and `b`.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from wsedesk.i18n import N_
from wsedesk.paths import resource

ONE_DAY = timedelta(days=1)

#: The version of the calendar data format written by `to_data()`.
CALENDAR_FORMAT = 1

_WEEKDAYS_NL = (
    N_("maandag"),
    N_("dinsdag"),
    N_("woensdag"),
    N_("donderdag"),
    N_("vrijdag"),
    N_("zaterdag"),
    N_("zondag"),
)
_MONTHS_NL = (
    N_("januari"),
    N_("februari"),
    N_("maart"),
    N_("april"),
    N_("mei"),
    N_("juni"),
    N_("juli"),
    N_("augustus"),
    N_("september"),
    N_("oktober"),
    N_("november"),
    N_("december"),
)


def weekday_name_nl(d: date) -> str:
    """`maandag` … `zondag`."""
    return _WEEKDAYS_NL[d.weekday()]


def format_date_nl(d: date, *, weekday: bool = True) -> str:
    """`maandag 3 maart 2025` (or `3 maart 2025` without the weekday)."""
    text = f"{d.day} {_MONTHS_NL[d.month - 1]} {d.year}"
    return f"{_WEEKDAYS_NL[d.weekday()]} {text}" if weekday else text


class CalendarDataError(ValueError):
    """The calendar data (JSON or dict) is malformed; the message is Dutch."""


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian / Meeus-Jones-Butcher algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


@dataclass(frozen=True)
class AnnualHoliday:
    """A holiday that recurs every year: a fixed day (month/day) or an offset from Easter Sunday.

    `from_year`/`until_year` (both included) let an administrator record a changed rule without
    rewriting the past (T-2).
    """

    name: str
    month: int | None = None
    day: int | None = None
    easter_offset: int | None = None
    from_year: int | None = None
    until_year: int | None = None

    def __post_init__(self) -> None:
        fixed = self.month is not None and self.day is not None
        if fixed == (self.easter_offset is not None) or (self.month is None) != (self.day is None):
            raise CalendarDataError(
                N_("Feestdag '{n}': geef ofwel maand en dag, ofwel een verschuiving t.o.v. Pasen.").format(
                    n=self.name
                )
            )
        if fixed:
            try:
                date(2024, self.month or 0, self.day or 0)  # 2024 is a leap year: 29 Feb is allowed
            except ValueError:
                raise CalendarDataError(
                    N_("Feestdag '{n}': {d}/{m} is geen geldige dag.").format(
                        n=self.name, d=self.day, m=self.month
                    )
                ) from None

    def applies_to(self, year: int) -> bool:
        return (self.from_year is None or year >= self.from_year) and (
            self.until_year is None or year <= self.until_year
        )

    def on(self, year: int) -> date | None:
        """The date in `year`, or None when the rule does not apply (or 29 Feb in a common year)."""
        if not self.applies_to(year):
            return None
        if self.easter_offset is not None:
            return easter_sunday(year) + timedelta(days=self.easter_offset)
        try:
            return date(year, self.month or 0, self.day or 0)
        except ValueError:  # 29 February in a common year
            return None

    def to_data(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name}
        if self.easter_offset is not None:
            out["easter_offset"] = self.easter_offset
        else:
            out["month"] = self.month
            out["day"] = self.day
        if self.from_year is not None:
            out["from_year"] = self.from_year
        if self.until_year is not None:
            out["until_year"] = self.until_year
        return out


@dataclass(frozen=True)
class NamedDate:
    """One explicit date: a bridge day added to the calendar, or a date removed from it."""

    day: date
    name: str = ""

    def to_data(self) -> dict[str, Any]:
        out: dict[str, Any] = {"date": self.day.isoformat()}
        if self.name:
            out["name"] = self.name
        return out


#: T-2: the 10 Belgian public holidays (wettelijke feestdagen).
BELGIAN_PUBLIC_HOLIDAYS: tuple[AnnualHoliday, ...] = (
    AnnualHoliday(N_("Nieuwjaar"), month=1, day=1),
    AnnualHoliday(N_("Paasmaandag"), easter_offset=1),
    AnnualHoliday(N_("Feest van de Arbeid"), month=5, day=1),
    AnnualHoliday(N_("O.-H.-Hemelvaart"), easter_offset=39),
    AnnualHoliday(N_("Pinkstermaandag"), easter_offset=50),
    AnnualHoliday(N_("Nationale feestdag"), month=7, day=21),
    AnnualHoliday(N_("O.-L.-V.-Hemelvaart"), month=8, day=15),
    AnnualHoliday(N_("Allerheiligen"), month=11, day=1),
    AnnualHoliday(N_("Wapenstilstand"), month=11, day=11),
    AnnualHoliday(N_("Kerstmis"), month=12, day=25),
)

#: T-2 (configurable): the days the Flemish services close besides the public holidays.
FLEMISH_CLOSING_DAYS: tuple[AnnualHoliday, ...] = (
    AnnualHoliday(N_("Feest van de Vlaamse Gemeenschap"), month=7, day=11),
    AnnualHoliday(N_("Allerzielen"), month=11, day=2),
    AnnualHoliday(N_("Koningsdag"), month=11, day=15),
    AnnualHoliday(N_("Tweede kerstdag"), month=12, day=26),
)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TOP_KEYS = {"format", "description", "public_holidays", "closing_days", "extra_dates", "removed_dates"}
_HOLIDAY_KEYS = {"name", "month", "day", "easter_offset", "from_year", "until_year"}
_DATE_KEYS = {"date", "name", "reason"}


def _parse_iso(value: object, where: str) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise CalendarDataError(
        N_("Kalender {w}: '{v}' is geen datum in de vorm JJJJ-MM-DD.").format(w=where, v=value)
    )


def _optional_int(entry: Mapping[str, Any], key: str, where: str) -> int | None:
    value = entry.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise CalendarDataError(N_("Kalender {w}: '{k}' moet een geheel getal zijn.").format(w=where, k=key))
    return value


def _entries(raw: object, section: str) -> Iterator[tuple[str, object]]:
    """The entries of a section's list, each with where it stands (`holidays[3]`)."""
    if not isinstance(raw, list):
        raise CalendarDataError(N_("Kalender: '{s}' moet een lijst zijn.").format(s=section))
    for i, entry in enumerate(raw, start=1):
        yield f"{section}[{i}]", entry


def _refuse_unknown_keys(entry: Mapping[str, object], known: set[str], where: str) -> None:
    unknown = set(entry) - known
    if unknown:
        raise CalendarDataError(
            N_("Kalender {w}: onbekende sleutel(s) {k}.").format(w=where, k=", ".join(sorted(unknown)))
        )


def _parse_holidays(raw: object, section: str) -> tuple[AnnualHoliday, ...]:
    out: list[AnnualHoliday] = []
    for where, entry in _entries(raw, section):
        if not isinstance(entry, Mapping):
            raise CalendarDataError(N_("Kalender {w}: verwacht een object.").format(w=where))
        _refuse_unknown_keys(entry, _HOLIDAY_KEYS, where)
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise CalendarDataError(N_("Kalender {w}: een naam is verplicht.").format(w=where))
        out.append(
            AnnualHoliday(
                name=name.strip(),
                month=_optional_int(entry, "month", where),
                day=_optional_int(entry, "day", where),
                easter_offset=_optional_int(entry, "easter_offset", where),
                from_year=_optional_int(entry, "from_year", where),
                until_year=_optional_int(entry, "until_year", where),
            )
        )
    return tuple(out)


def _parse_dates(raw: object, section: str, default_name: str) -> tuple[NamedDate, ...]:
    out: list[NamedDate] = []
    for where, entry in _entries(raw, section):
        if isinstance(entry, str):
            out.append(NamedDate(_parse_iso(entry, where), default_name))
            continue
        if not isinstance(entry, Mapping):
            raise CalendarDataError(N_("Kalender {w}: verwacht een datum of een object.").format(w=where))
        _refuse_unknown_keys(entry, _DATE_KEYS, where)
        name = entry.get("name", entry.get("reason", default_name))
        if not isinstance(name, str):
            raise CalendarDataError(N_("Kalender {w}: de naam moet tekst zijn.").format(w=where))
        out.append(NamedDate(_parse_iso(entry.get("date"), where), name.strip() or default_name))
    return tuple(out)


@dataclass(frozen=True)
class _Year:
    """The holidays of one year, precomputed for fast lookups."""

    names: dict[date, str]
    weekday_ordinals: list[int]  # sorted ordinals of the holidays that fall on Monday–Friday


@dataclass(frozen=True)
class HolidayCalendar:
    """Which days are holidays, and therefore which days are working days (T-2).

    A working day is a Monday to Friday that is not a holiday. Holidays are the yearly
    `public_holidays` and `closing_days` plus `extra_dates` (bridge days), minus `removed_dates`.
    Removing a date never turns a Saturday or Sunday into a working day.
    """

    public_holidays: tuple[AnnualHoliday, ...] = BELGIAN_PUBLIC_HOLIDAYS
    closing_days: tuple[AnnualHoliday, ...] = FLEMISH_CLOSING_DAYS
    extra_dates: tuple[NamedDate, ...] = ()
    removed_dates: tuple[NamedDate, ...] = ()
    description: str = ""
    # Per-year cache; not part of equality. Safe because the dataclass is frozen (the inputs
    # never change after construction).
    _years: dict[int, _Year] = field(default_factory=dict, init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        # Explicit dates in date order, so that equality does not depend on input order.
        object.__setattr__(
            self, "extra_dates", tuple(sorted(self.extra_dates, key=lambda n: (n.day, n.name)))
        )
        object.__setattr__(
            self, "removed_dates", tuple(sorted(self.removed_dates, key=lambda n: (n.day, n.name)))
        )

    # --- data in and out -------------------------------------------------------------------

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> HolidayCalendar:
        """Build from a dict (the format of calendar.json); raise CalendarDataError if malformed.

        Missing `public_holidays` / `closing_days` fall back to the defaults of T-2; an empty list
        means "none".
        """
        if not isinstance(data, Mapping):
            raise CalendarDataError(N_("Kalender: verwacht een object."))
        unknown = set(data) - _TOP_KEYS
        if unknown:
            raise CalendarDataError(
                N_("Kalender: onbekende sleutel(s) {k}.").format(k=", ".join(sorted(unknown)))
            )
        fmt = data.get("format", CALENDAR_FORMAT)
        if fmt != CALENDAR_FORMAT:
            raise CalendarDataError(
                N_("Kalender: formaat {f} wordt niet ondersteund (verwacht {e}).").format(
                    f=fmt, e=CALENDAR_FORMAT
                )
            )
        description = data.get("description", "")
        if not isinstance(description, str):
            raise CalendarDataError(N_("Kalender: 'description' moet tekst zijn."))
        return cls(
            public_holidays=(
                _parse_holidays(data["public_holidays"], "public_holidays")
                if "public_holidays" in data
                else BELGIAN_PUBLIC_HOLIDAYS
            ),
            closing_days=(
                _parse_holidays(data["closing_days"], "closing_days")
                if "closing_days" in data
                else FLEMISH_CLOSING_DAYS
            ),
            extra_dates=_parse_dates(data.get("extra_dates", []), "extra_dates", N_("Brugdag")),
            removed_dates=_parse_dates(data.get("removed_dates", []), "removed_dates", ""),
            description=description,
        )

    def to_data(self) -> dict[str, Any]:
        """The dict `from_data` reads back (JSON-ready)."""
        out: dict[str, Any] = {"format": CALENDAR_FORMAT}
        if self.description:
            out["description"] = self.description
        out["public_holidays"] = [h.to_data() for h in self.public_holidays]
        out["closing_days"] = [h.to_data() for h in self.closing_days]
        out["extra_dates"] = [d.to_data() for d in self.extra_dates]
        out["removed_dates"] = [d.to_data() for d in self.removed_dates]
        return out

    def with_extra_dates(
        self, dates: Iterable[date | NamedDate], name: str = N_("Brugdag")
    ) -> HolidayCalendar:
        """A copy with more holidays (e.g. bridge days); plain dates get `name`."""
        added = tuple(d if isinstance(d, NamedDate) else NamedDate(d, name) for d in dates)
        return HolidayCalendar(
            public_holidays=self.public_holidays,
            closing_days=self.closing_days,
            extra_dates=self.extra_dates + added,
            removed_dates=self.removed_dates,
            description=self.description,
        )

    def with_removed_dates(self, dates: Iterable[date | NamedDate], reason: str = "") -> HolidayCalendar:
        """A copy in which these dates are no longer holidays (a closing day that was moved)."""
        removed = tuple(d if isinstance(d, NamedDate) else NamedDate(d, reason) for d in dates)
        return HolidayCalendar(
            public_holidays=self.public_holidays,
            closing_days=self.closing_days,
            extra_dates=self.extra_dates,
            removed_dates=self.removed_dates + removed,
            description=self.description,
        )

    # --- the per-year cache ----------------------------------------------------------------

    def _year(self, year: int) -> _Year:
        cached = self._years.get(year)
        if cached is not None:
            return cached
        names: dict[date, str] = {}
        for rule in (*self.public_holidays, *self.closing_days):
            d = rule.on(year)
            if d is not None and d.year == year:  # an Easter offset never leaves the year; be safe
                names.setdefault(d, rule.name)
        for extra in self.extra_dates:
            if extra.day.year == year:
                names.setdefault(extra.day, extra.name)
        for removed in self.removed_dates:
            if removed.day.year == year:
                names.pop(removed.day, None)
        computed = _Year(names, sorted(d.toordinal() for d in names if d.weekday() < 5))
        self._years[year] = computed
        return computed

    # --- queries -----------------------------------------------------------------------------

    def is_holiday(self, d: date) -> bool:
        return d in self._year(d.year).names

    def holiday_name(self, d: date) -> str | None:
        """The Dutch name of the holiday on `d`, or None."""
        return self._year(d.year).names.get(d)

    def is_working_day(self, d: date) -> bool:
        """T-2: Monday to Friday and not a holiday."""
        return d.weekday() < 5 and d not in self._year(d.year).names

    def day_kind(self, d: date) -> str:
        """What a day is for the terms (T-2): "working_day", "weekend", "public_holiday" (a legal
        holiday) or "closing_day" (a Flemish closing day or an extra one such as a bridge day).
        A holiday on a Saturday or Sunday is a weekend day: it changes nothing."""
        if d.weekday() >= 5:
            return "weekend"
        if not self.is_holiday(d):
            return "working_day"
        if any(rule.on(d.year) == d for rule in self.public_holidays):
            return "public_holiday"
        return "closing_day"

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after `d`."""
        d += ONE_DAY
        while not self.is_working_day(d):
            d += ONE_DAY
        return d

    def previous_working_day(self, d: date) -> date:
        """The last working day strictly before `d`."""
        d -= ONE_DAY
        while not self.is_working_day(d):
            d -= ONE_DAY
        return d

    def roll_forward(self, d: date) -> date:
        """`d` itself if it is a working day, else the next working day (the shift of T-1)."""
        return d if self.is_working_day(d) else self.next_working_day(d)

    def holidays_between(self, a: date, b: date) -> list[tuple[date, str]]:
        """The holidays from `a` to `b` (both included), in date order, with their names."""
        out: list[tuple[date, str]] = []
        for year in range(a.year, b.year + 1):
            out.extend((d, n) for d, n in self._year(year).names.items() if a <= d <= b)
        out.sort()
        return out

    def _weekday_holidays_in(self, first: int, last: int) -> int:
        """How many holidays on Monday–Friday fall in the ordinals `first`..`last` (included)."""
        count = 0
        for year in range(date.fromordinal(first).year, date.fromordinal(last).year + 1):
            ords = self._year(year).weekday_ordinals
            count += bisect.bisect_right(ords, last) - bisect.bisect_left(ords, first)
        return count

    def working_days_between(self, a: date, b: date) -> int:
        """How many working days from `a` to `b` (both included); 0 when `b` is before `a`."""
        if b < a:
            return 0
        first, last = a.toordinal(), b.toordinal()
        weeks, rest = divmod(last - first + 1, 7)
        start_wd = a.weekday()
        weekdays = weeks * 5 + sum(1 for i in range(rest) if (start_wd + i) % 7 < 5)
        return weekdays - self._weekday_holidays_in(first, last)

    def add_working_days(self, d: date, n: int) -> date:
        """The `n`-th working day after `d` (`d` itself not counted); `d` when `n` is 0."""
        if n < 0:
            raise ValueError("n must be >= 0")
        current, remaining = d, n
        # Jump whole weeks while far from the target: each week holds at most 5 working days,
        # so the jump never overshoots and `remaining` stays positive.
        while remaining > 10:
            weeks = (remaining - 5) // 5
            end = current + timedelta(weeks=weeks)
            remaining -= self.working_days_between(current + ONE_DAY, end)
            current = end
        while remaining > 0:
            current += ONE_DAY
            if self.is_working_day(current):
                remaining -= 1
        return current


@lru_cache(maxsize=1)
def load_default_calendar() -> HolidayCalendar:
    """The shipped calendar, `resources/reference/calendar.json` (read once)."""
    path = resource("reference", "calendar.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CalendarDataError(
            N_("De kalender {p} kan niet gelezen worden: {e}").format(p=path, e=exc)
        ) from exc
    return HolidayCalendar.from_data(data)
