"""The clock is passed in (architecture.md #3): services ask the context, tests pin it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """Current instant as a naive UTC datetime (how timestamps are stored)."""
        ...

    def today(self) -> date:
        """The local calendar date (what terms are counted in)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC).replace(tzinfo=None)

    def today(self) -> date:
        return datetime.now().astimezone().date()


@dataclass
class FixedClock:
    """A clock pinned for tests and reproducible commands (`--as-of`)."""

    fixed: datetime

    def now(self) -> datetime:
        return self.fixed

    def today(self) -> date:
        return self.fixed.date()
