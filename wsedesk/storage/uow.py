"""Unit of work: one session, one transaction, explicit commit (Cosmic Python)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from types import TracebackType

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from wsedesk.errors import BadInputError
from wsedesk.storage.engine import Database

# The message of the triggers that keep a visit package read-only outside the visit tables.
READ_ONLY_IN_PACKAGE = "alleen-lezen in een bezoekpakket"


class UnitOfWork:
    """`with UnitOfWork(db, actor, clock, write=True) as uow: ...; uow.commit()`.

    Write units begin with BEGIN IMMEDIATE on SQLite. Leaving the block without commit()
    rolls back, so a failed use case leaves the data as it was.
    """

    def __init__(
        self, db: Database, *, actor: str, clock: Callable[[], datetime], write: bool = False
    ) -> None:
        self.db = db
        self.actor = actor
        self.clock = clock
        self.write = write
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        assert self._session is not None, "UnitOfWork used outside its with-block"
        return self._session

    def __enter__(self) -> UnitOfWork:
        factory = self.db.write_sessions if self.write else self.db.read_sessions
        self._session = factory()
        self._session.info["actor"] = self.actor
        self._session.info["clock"] = self.clock
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._session is not None
        # close() rolls back anything uncommitted and detaches objects without expiring them,
        # so plain data read inside the block stays readable after it.
        self._session.close()
        self._session = None
        if isinstance(exc, IntegrityError) and READ_ONLY_IN_PACKAGE in str(exc.orig):
            # Offline in a visit package only the visit tables can be written (storage/sync.py).
            raise BadInputError(
                "Offline, in een bezoekpakket, kunt u enkel bezoeken bewerken; dit kan pas na het "
                "inchecken, in de centrale database."
            ) from None

    def commit(self) -> None:
        if not self.write:
            raise RuntimeError("read-only unit of work cannot commit")
        self.session.commit()

    def flush(self) -> None:
        self.session.flush()


__all__ = ["StaleDataError", "UnitOfWork"]
