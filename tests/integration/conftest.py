"""Fixtures for the integration tests (a module's own fixture of the same name wins)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.rules.roles import Role
from wsedesk.services.session import open_context
from wsedesk.storage.engine import Database, connect


@pytest.fixture
def officer(db_url: str, clock: FixedClock, ctx: AppContext) -> Iterator[AppContext]:
    """A second user with only the dossierbehandelaar role (ctx's user, the first, is the team lead)."""
    other = open_context(db_url, clock=clock, login="behandelaar")
    try:
        assert other.user.roles == frozenset({Role.DOSSIERBEHANDELAAR})
        yield other
    finally:
        other.close()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """The empty database of `db_url`, connected as the storage layer sees it: no schema, no context."""
    database = connect(db_url)
    try:
        yield database
    finally:
        database.dispose()
