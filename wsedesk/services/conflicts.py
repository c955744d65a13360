"""One way to say "someone changed this meanwhile": the version check and the conflict it raises.

Every save of an editable row (models.base.Editable) goes through here: dossiers, organisations,
quality registrations, reference lists, and the review queue of a visit check-in. The conflict
names the other user by display name, gives the time on the user's own clock (timestamps are
stored as UTC) and lists field by field what the user wanted and what is stored now.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from wsedesk.errors import ConflictError, FieldDifference, NotFoundError
from wsedesk.models import User

T = TypeVar("T")


def local_time(moment: datetime | None) -> str | None:
    """A stored UTC timestamp as the user's local `dd/mm/jjjj uu:mm`."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def display_name(session: Session, login: str | None) -> str | None:
    """The name people know for a login (the login itself when no user row has it)."""
    if not login:
        return None
    return session.scalar(select(User.display_name).where(User.login == login)) or login


def _plain(value: Any) -> Any:
    return str(value) if isinstance(value, uuid.UUID) else value


def field_differences(
    row: Any, mine: Mapping[str, Any], original: Mapping[str, Any] | None = None
) -> list[FieldDifference]:
    """The fields where the stored row differs from what the user worked from.

    With `original` (the values the user loaded): every field the other user changed since, with
    the user's intended value beside it. Without it: every field the user wanted to set that is
    stored otherwise now.
    """
    out: list[FieldDifference] = []
    names = list(original) if original is not None else list(mine)
    for name in names:
        theirs = _plain(getattr(row, name))
        if original is not None:
            if theirs != _plain(original[name]):
                out.append(FieldDifference(name, mine.get(name, original[name]), theirs))
        elif theirs != _plain(mine[name]):
            out.append(FieldDifference(name, mine[name], theirs))
    return out


def conflict_for(
    session: Session,
    row: Any,
    *,
    entity: str,
    label: str,
    expected_version: int,
    mine: Mapping[str, Any],
    original: Mapping[str, Any] | None = None,
) -> ConflictError:
    """The ConflictError for a stale save of `row` (see field_differences for `mine`/`original`)."""
    return ConflictError(
        entity=entity,
        entity_id=str(row.id),
        label=label,
        expected_version=expected_version,
        current_version=row.version,
        changed_by=display_name(session, row.updated_by),
        changed_at=local_time(row.updated_at),
        differences=field_differences(row, mine, original),
    )


def check_version(session: Session, row: Any, *, expected_version: int, **conflict: Any) -> None:
    """Raise the ConflictError when `row` is no longer at the version the user started from.

    `conflict` names it as conflict_for wants: entity, label, mine and (optionally) original.
    """
    if row.version != expected_version:
        raise conflict_for(session, row, expected_version=expected_version, **conflict)


@contextmanager
def conflict_on_stale_commit(
    session: Session, reload: Callable[[], Any], *, not_found: str, **conflict: Any
) -> Iterator[None]:
    """Around the commit: someone committed between our read and our write → their row, as a conflict.

    `reload()` reads the row again after the rollback (None when it was deleted meanwhile);
    `conflict` is what conflict_for takes besides the session and the row.
    """
    try:
        yield
    except StaleDataError:
        session.rollback()
        fresh = reload()
        if fresh is None:
            raise NotFoundError(not_found) from None
        raise conflict_for(session, fresh, **conflict) from None


def set_changed(row: Any, values: Mapping[str, Any]) -> bool:
    """Set the values that differ from the row's; True when any did.

    An unchanged value is not set, so a save that changes nothing does not raise the version.
    """
    changed = False
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed


def commit_versioned(uow: Any, model: type[Any], row: Any, *, not_found: str, **conflict: Any) -> None:
    """Commit a versioned change of `row`; a save that lost the race becomes the usual ConflictError."""
    s = uow.session
    key = row.id
    with conflict_on_stale_commit(s, lambda: s.get(model, key), not_found=not_found, **conflict):
        uow.commit()


@dataclass(frozen=True)
class VersionedRows(Generic[T]):
    """A kind of editable row as its saves report a conflict: the model, the conflict's entity, its
    label (`{n}`: the row's name, unless a subclass's `labelled` fills it in from something else)
    and what is said when the row is gone meanwhile."""

    model: type[T]
    entity: str
    label: str
    not_found: str

    def labelled(self, named: Any) -> str:
        return self.label.format(n=named.name)

    def conflict(
        self,
        named: Any,
        expected_version: int,
        mine: Mapping[str, Any],
        original: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """What check_version and commit want for a save of the row `named` names."""
        return {
            "entity": self.entity,
            "label": self.labelled(named),
            "expected_version": expected_version,
            "mine": dict(mine),
            "original": dict(original) if original is not None else None,
        }

    def commit(self, uow: Any, row: T, conflict: Mapping[str, Any]) -> None:
        """commit_versioned for a row of this kind, with the conflict its check_version was given."""
        commit_versioned(uow, self.model, row, not_found=self.not_found, **conflict)
