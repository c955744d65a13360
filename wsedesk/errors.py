"""The two error families: UserError (a clear Dutch message) versus bugs (anything else)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class UserError(Exception):
    """Something the user can fix: shown as one clear message, never as a traceback."""

    exit_code = 2

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class BadInputError(UserError):
    """Input (a file, a field, a command-line value) is not valid."""


class NotFoundError(UserError):
    """A record the user named does not exist."""


class PermissionDeniedError(UserError):
    """The current user's role does not allow this action."""


class DatabaseError(UserError):
    """The database cannot be opened, is of the wrong version, or fails its checks."""


@dataclass(frozen=True)
class FieldDifference:
    """One field that another user changed since this user loaded the record."""

    field: str
    yours: Any
    theirs: Any


@dataclass
class ConflictError(UserError):
    """Saving a stale record: someone else saved it first. Their edit is kept, not overwritten."""

    entity: str
    entity_id: str
    label: str
    expected_version: int
    current_version: int
    changed_by: str | None
    changed_at: str | None
    differences: list[FieldDifference] = field(default_factory=list)

    def __post_init__(self) -> None:
        who = self.changed_by or "een andere gebruiker"
        when = f" op {self.changed_at}" if self.changed_at else ""
        fields = ", ".join(d.field for d in self.differences) or "geen velden die u wijzigde"
        UserError.__init__(
            self,
            f"{self.label} werd intussen gewijzigd door {who}{when} "
            f"(versie {self.expected_version} → {self.current_version}). Uw wijziging is niet "
            f"opgeslagen; verschillen: {fields}.",
        )
