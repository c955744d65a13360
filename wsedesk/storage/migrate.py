"""Schema versions: Alembic migrations are the only way the schema is created or changed."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from wsedesk.errors import DatabaseError
from wsedesk.storage.engine import Database

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "no migrations shipped"
    return head


def all_revisions() -> list[str]:
    """Every revision, oldest first."""
    return [r.revision for r in reversed(list(script_directory().walk_revisions()))]


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str
    empty: bool

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head

    @property
    def newer_than_program(self) -> bool:
        return self.current is not None and self.current not in all_revisions()


def schema_state(db: Database) -> SchemaState:
    with db.engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = inspect(conn).get_table_names()
    return SchemaState(current, head_revision(), empty=not tables)


def upgrade(db: Database, revision: str = "head") -> None:
    with db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)


def ensure_schema(db: Database, *, now: datetime, auto_upgrade: bool = True) -> Path | None:
    """Create a new database, or upgrade an older one after writing a backup beside it.

    Returns the backup path when one was written. PostgreSQL servers are shared: clients do
    not migrate them on open; an administrator runs `wsedesk db upgrade`.
    """
    from wsedesk.storage.backup import backup_beside

    state = schema_state(db)
    if state.up_to_date:
        return None
    if state.newer_than_program:
        raise DatabaseError(
            f"De database heeft schemaversie {state.current}, nieuwer dan dit programma kent: "
            "installeer de nieuwste versie van WSE Desk."
        )
    if state.current is None and not state.empty:
        raise DatabaseError(f"'{db.describe()}' is geen WSE Desk-database (tabellen zonder schemaversie).")
    backup: Path | None = None
    if state.current is not None:
        if not db.is_sqlite and not auto_upgrade:
            raise DatabaseError(
                f"De database heeft schemaversie {state.current}, dit programma verwacht {state.head}: "
                "laat een beheerder 'wsedesk db upgrade' uitvoeren."
            )
        backup = backup_beside(db, now=now, tag=state.current)
        log.warning("Database %s upgraded from %s; backup at %s", db.describe(), state.current, backup)
    upgrade(db)
    return backup
