"""AppContext: settings, database, clock and current user, passed explicitly (no globals)."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from wsedesk.clock import Clock, SystemClock
from wsedesk.paths import user_data_dir
from wsedesk.rules.roles import Role
from wsedesk.settings import Settings, load_settings
from wsedesk.storage.engine import Database, connect
from wsedesk.storage.migrate import ensure_schema
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

    def uow(self, *, write: bool = False) -> UnitOfWork:
        return UnitOfWork(self.db, actor=self.user.login, clock=self.clock.now, write=write)

    def close(self) -> None:
        self.db.dispose()


def open_context(
    url: str,
    *,
    settings: Settings | None = None,
    clock: Clock | None = None,
    login: str | None = None,
    auto_upgrade: bool = True,
) -> AppContext:
    """Open (and if needed create or upgrade) the database, and map the login to a user."""
    from wsedesk.services.reference import ensure_reference_data
    from wsedesk.services.users import resolve_current_user

    settings = settings or load_settings()
    clock = clock or SystemClock()
    db = connect(url)
    try:
        backup = ensure_schema(db, now=clock.now(), auto_upgrade=auto_upgrade)
        user = resolve_current_user(db, clock=clock, login=login)
        ensure_reference_data(db, actor=user.login, clock=clock.now)
    except Exception:
        db.dispose()
        raise
    ctx = AppContext(db=db, settings=settings, clock=clock, user=user, upgrade_backup=backup)
    from wsedesk.services.terms import has_stale_terms, recompute_terms

    if has_stale_terms(ctx):  # e.g. terms a migration back-filled: compute their due dates once
        recompute_terms(ctx, only_stale=True)
    return ctx
