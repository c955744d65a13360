"""Schema versions: Alembic migrations are the only way the schema is created or changed."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect
from sqlalchemy.exc import DBAPIError

from wsedesk.errors import DatabaseError
from wsedesk.storage.backup import backup_beside
from wsedesk.storage.engine import Database
from wsedesk.storage.schema_revision import current_revision

# Alembic (and the revision files it loads) is imported when a schema is created, upgraded or
# inspected, not on an ordinary start on a database at the newest revision (issue #13).
if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "no migrations shipped"
    return head


def all_revisions() -> list[str]:
    """Every revision, oldest first."""
    return [r.revision for r in reversed(list(script_directory().walk_revisions()))]


_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def shipped_head() -> str | None:
    """The newest revision by its file name (revisions are numbered "00NN", each on the one
    before: architecture.md), or None when the files do not say (then Alembic decides)."""
    numbers = [
        m.group(1) for p in (MIGRATIONS_DIR / "versions").iterdir() if (m := _REVISION_FILE.match(p.name))
    ]
    return max(numbers) if numbers else None


def at_shipped_head(db: Database) -> bool:
    """The quick check on every open, without Alembic: the version table names the newest revision."""
    head = shipped_head()
    if head is None:
        return False
    with db.engine.connect() as conn:
        try:
            stamped = [str(row[0]) for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")]
        except DBAPIError:  # no version table: a new or foreign database, Alembic looks closer
            return False
    return stamped == [head]


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
    """Where the database stands; at the shipped head without importing Alembic (Beheer shows
    it: Alembic with Mako and Pygments cost the page ~10 MB, issue #13)."""
    if at_shipped_head(db):
        head = shipped_head()
        assert head is not None
        return SchemaState(head, head, empty=False)
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = inspect(conn).get_table_names()
    return SchemaState(current, head_revision(), empty=not tables)


@contextmanager
def migration_connection(db: Database) -> Iterator[Connection]:
    """A connection in one transaction for Alembic; on SQLite with foreign keys off around it.

    SQLite alters a table by copy-and-move (batch mode): with `foreign_keys=ON` dropping the
    old copy of a referenced table deletes or refuses its children (0003 → 0002 failed with
    "FOREIGN KEY constraint failed [DROP TABLE users]"). The pragma only takes effect outside
    a transaction, so it is set on the driver connection before BEGIN, and the migrations are
    checked with `PRAGMA foreign_key_check` before the commit instead.
    """
    with db.write_engine.connect() as conn:
        if not db.is_sqlite:
            with conn.begin():
                yield conn
            return
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                yield conn
                broken = list(conn.exec_driver_sql("PRAGMA foreign_key_check"))
                if broken:
                    tables = sorted({str(row[0]) for row in broken})
                    raise DatabaseError(
                        f"De migratie liet {len(broken)} verwijzingen naar ontbrekende rijen achter "
                        f"(tabellen {', '.join(tables)}); er is niets gewijzigd."
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command

    with migration_connection(db) as conn:
        command.upgrade(alembic_config(conn), revision)


def downgrade(db: Database, revision: str) -> None:
    """Go back to an older revision (a developer's or administrator's tool; data of newer tables is lost)."""
    from alembic import command

    with migration_connection(db) as conn:
        command.downgrade(alembic_config(conn), revision)


def ensure_schema(db: Database, *, now: datetime, auto_upgrade: bool = True) -> Path | None:
    """Create a new database, or upgrade an older one after writing a backup beside it.

    Returns the backup path when one was written. PostgreSQL servers are shared: clients do
    not migrate them on open; an administrator runs `wsedesk db upgrade`.
    """
    if at_shipped_head(db):
        return None
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


__all__ = [
    "MIGRATIONS_DIR",
    "SchemaState",
    "alembic_config",
    "all_revisions",
    "current_revision",
    "downgrade",
    "ensure_schema",
    "head_revision",
    "migration_connection",
    "schema_state",
    "script_directory",
    "upgrade",
]
