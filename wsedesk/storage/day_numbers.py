"""`day_number(column)`: a date as a whole number of days, computed by the database on every backend.

Aggregates over long periods (figures) read day numbers instead of dates: subtracting them needs
no date objects in Python, and SQLite's date strings are never parsed row by row.
Day 0 is 1 January 2000 (`DAY_ZERO`); NULL stays NULL.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

DAY_ZERO = date(2000, 1, 1)
_JULIAN_DAY_ZERO = 2451544.5  # julianday('2000-01-01')


class day_number(FunctionElement[int]):
    type = Integer()
    inherit_cache = True
    name = "day_number"


@compiles(day_number, "sqlite")
def _day_number_sqlite(element: day_number, compiler: Any, **kw: Any) -> str:
    return f"CAST(julianday({compiler.process(element.clauses, **kw)}) - {_JULIAN_DAY_ZERO} AS INTEGER)"


@compiles(day_number)
def _day_number_default(element: day_number, compiler: Any, **kw: Any) -> str:
    return f"({compiler.process(element.clauses, **kw)} - DATE '{DAY_ZERO.isoformat()}')"


def to_day_number(day: date) -> int:
    return day.toordinal() - DAY_ZERO.toordinal()
