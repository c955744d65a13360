"""AppContext: settings, database, clock and current user, passed explicitly (no globals).

Only what a context is and where its database lives; opening one (schema, current user,
reference data) is a use case: services/session.py `open_context`.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from wsedesk.clock import Clock
from wsedesk.paths import user_data_dir
from wsedesk.rules.roles import Role
from wsedesk.settings import Settings
from wsedesk.storage.engine import Database
from wsedesk.storage.sync import OfflinePackage
from wsedesk.storage.uow import UnitOfWork

log = logging.getLogger(__name__)

ENV_DATABASE_URL = "WSEDESK_DATABASE_URL"


def default_database_path() -> Path:
    return user_data_dir() / "wsedesk.sqlite"


def demo_database_path() -> Path:
    return user_data_dir() / "demo.sqlite"


def resolve_database_url(cli_url: str | None, settings: Settings, *, demo: bool = False) -> str:
    """--db, then WSEDESK_DATABASE_URL, then the settings, then the per-user SQLite file."""
    if demo and not cli_url:
        return f"sqlite:///{demo_database_path()}"
    for candidate in (cli_url, os.environ.get(ENV_DATABASE_URL), settings.database_url):
        if candidate:
            return candidate
    return f"sqlite:///{default_database_path()}"


@dataclass(frozen=True)
class CurrentUser:
    id: str
    login: str
    display_name: str
    roles: frozenset[Role]

    def has(self, role: Role) -> bool:
        return role in self.roles


@dataclass
class AppContext:
    db: Database
    settings: Settings
    clock: Clock
    user: CurrentUser
    upgrade_backup: Path | None = field(default=None)
    # Set when working offline in a visit package (storage/sync.py): only the package is in reach.
    package: OfflinePackage | None = field(default=None)

    @property
    def offline(self) -> bool:
        return self.package is not None

    def uow(self, *, write: bool = False) -> UnitOfWork:
        return UnitOfWork(self.db, actor=self.user.login, clock=self.clock.now, write=write)

    def close(self) -> None:
        self.db.dispose()
