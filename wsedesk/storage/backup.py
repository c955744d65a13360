"""Backups: SQLite's online backup API, or a table dump through the driver for PostgreSQL."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from datetime import datetime
from pathlib import Path

from sqlalchemy.schema import CreateIndex, CreateTable

from wsedesk import __version__
from wsedesk.errors import DatabaseError
from wsedesk.models import Base
from wsedesk.paths import user_data_dir
from wsedesk.storage.engine import Database
from wsedesk.storage.schema_revision import current_revision


def backup_database(db: Database, target: Path) -> Path:
    """Write a consistent copy of the open database to `target` while others keep working."""
    target = target.expanduser().resolve()
    if not target.parent.exists():
        raise DatabaseError(f"De map '{target.parent}' bestaat niet.")
    if target.exists():
        raise DatabaseError(f"'{target}' bestaat al; kies een nieuwe bestandsnaam.")
    if db.is_sqlite:
        _backup_sqlite(db, target)
    else:
        _backup_postgresql(db, target)
    return target


def _backup_sqlite(db: Database, target: Path) -> None:
    raw = db.engine.raw_connection()
    try:
        dest = sqlite3.connect(str(target))
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
        finally:
            dest.close()
    finally:
        raw.close()


def _backup_postgresql(db: Database, target: Path) -> None:
    """A zip with the schema DDL and every table as CSV (COPY … TO STDOUT), in dependency order.

    Restore: create an empty database, run schema.sql, then `\\copy table FROM 'table.csv' CSV HEADER`
    for each table in manifest order (docs/database.md).
    """
    dialect = db.engine.dialect
    tables = list(Base.metadata.sorted_tables)
    ddl = io.StringIO()
    for table in tables:
        ddl.write(str(CreateTable(table).compile(dialect=dialect)).strip() + ";\n\n")
        for index in table.indexes:
            ddl.write(str(CreateIndex(index).compile(dialect=dialect)).strip() + ";\n")
    manifest = {
        "format": "wsedesk-pg-backup/1",
        "program_version": __version__,
        "schema_revision": current_revision(db),
        "tables": [t.name for t in tables],
    }
    raw = db.engine.raw_connection()
    try:
        conn = raw.driver_connection
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, indent=2))
            zf.writestr("schema.sql", ddl.getvalue())
            # One REPEATABLE READ transaction: every table from the same snapshot.
            conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")  # type: ignore[union-attr]
            for table in tables:
                with (
                    zf.open(f"{table.name}.csv", "w") as out,
                    conn.cursor().copy(  # type: ignore[union-attr]
                        f'COPY "{table.name}" TO STDOUT WITH (FORMAT csv, HEADER true)'
                    ) as copy,
                ):
                    for chunk in copy:
                        out.write(bytes(chunk))
            conn.execute("ROLLBACK")  # type: ignore[union-attr]
    finally:
        raw.close()


def backup_beside(db: Database, *, now: datetime, tag: str) -> Path:
    """The automatic backup before an upgrade: beside the SQLite file, else in the user data dir."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    if db.sqlite_path is not None:
        path = db.sqlite_path
        target = path.with_name(f"{path.stem}.voor-upgrade-{tag}-{stamp}{path.suffix or '.sqlite'}")
    else:
        target = user_data_dir() / f"{db.url.database}.voor-upgrade-{tag}-{stamp}.zip"
    return backup_database(db, target)
