"""Unit of work: one session, one transaction, explicit commit (Cosmic Python)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
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

    @contextmanager
    def part(self) -> Iterator[Callable[[], None]]:
        """A savepoint for one all-or-nothing part of a longer write (one file of an import).

        `with uow.part() as keep: ...; keep()` keeps the part's writes; leaving without keep(),
        or with an exception, rolls back to the savepoint (the audit rows written meanwhile too)
        and the audit head that the anchor gets after the commit goes back with them.
        """
        if not self.write:
            raise RuntimeError("read-only unit of work has no parts")
        from wsedesk.storage.anchor import HEAD_INFO

        session = self.session
        head_before = session.info.get(HEAD_INFO)
        nested = session.begin_nested()
        kept = False

        def keep() -> None:
            nonlocal kept
            kept = True

        def undo() -> None:
            if nested.is_active:
                nested.rollback()
            if head_before is None:
                session.info.pop(HEAD_INFO, None)
            else:
                session.info[HEAD_INFO] = head_before

        try:
            yield keep
        except BaseException:
            undo()
            raise
        if kept:
            nested.commit()
        else:
            undo()


__all__ = ["StaleDataError", "UnitOfWork"]
