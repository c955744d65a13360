"""What a write changed, so lists and panels can refresh themselves (architecture.md #6, Anki's OpChanges).

Every write service returns a `Changes`; the views run the write through one helper that
announces it on the GUI thread. `kinds` are short nouns ("dossier", "terms", "organisation",
"visit", …); `dossier_ids` the dossiers whose screens must be read again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """What a write changed, so panels can refresh themselves (architecture.md #6)."""

    dossier_ids: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()

    @classmethod
    def of(cls, *kinds: str, dossier_ids: Iterable[str] = ()) -> Changes:
        """`Changes.of("dossier", "terms", dossier_ids=[d])`."""
        return cls(frozenset(str(i) for i in dossier_ids), frozenset(kinds))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.dossier_ids | other.dossier_ids, self.kinds | other.kinds)

    def __bool__(self) -> bool:
        return bool(self.dossier_ids or self.kinds)

    def touches(self, *kinds: str) -> bool:
        """True when any of `kinds` changed."""
        return not self.kinds.isdisjoint(kinds)


NO_CHANGES = Changes()
