"""A Progress for tests of long work that can be cancelled (wsedesk.progress.Progress)."""

from __future__ import annotations


class CancelAfterFirst:
    """Records every report and asks to cancel once the first has come in."""

    def __init__(self) -> None:
        self.reports: list[tuple[int, int]] = []

    def report(self, done: int, total: int, text: str = "") -> None:
        self.reports.append((done, total))

    def cancelled(self) -> bool:
        return len(self.reports) >= 1
