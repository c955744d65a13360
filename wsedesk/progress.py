"""Progress reporting for long work, without Qt."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    """What long-running services report to and ask for cancellation through."""

    def report(self, done: int, total: int, text: str = "") -> None: ...

    def cancelled(self) -> bool: ...


class NullProgress:
    """Progress that goes nowhere and never cancels."""

    def report(self, done: int, total: int, text: str = "") -> None:
        return None

    def cancelled(self) -> bool:
        return False


class CancelledError(Exception):
    """Raised by services when the user cancelled through Progress.cancelled()."""
