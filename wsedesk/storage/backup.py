"""Backups that restore (storage/restore.py), on both backends, each with its audit anchor.

- SQLite: SQLite's online backup API copies every page in one step under a read lock: a
  consistent snapshot while others keep writing. The copy is a plain SQLite file; its audit
  head is anchored beside it (`<file>.anker.json`, storage/anchor.py).
- PostgreSQL: a zip with `manifest.json` (schema revision, signed audit head, row counts, the
  team leads, grants) and either `database.dump` — `pg_dump -Fc` of the very snapshot the
  manifest was read from (`pg_export_snapshot`) — or, where pg_dump is not installed, one CSV
  per table with a header, restored by column name into a schema made by the migrations.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.schema import CreateIndex, CreateTable

from wsedesk import __version__
from wsedesk.errors import DatabaseError
from wsedesk.models import Base
from wsedesk.paths import user_data_dir
from wsedesk.rules.roles import Role
from wsedesk.storage.anchor import Anchor, sign_anchor, sqlite_anchor_path, write_anchor
from wsedesk.storage.encryption import open_sqlite_file
from wsedesk.storage.engine import Database
from wsedesk.storage.pg_tools import find_pg_tool, libpq_target, run_pg_tool

PG_FORMAT = "wsedesk-pg-backup/2"
DUMP_NAME = "database.dump"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    schema_revision: str | None
    head: Anchor
    rows: dict[str, int]
    method: str  # "sqlite", "pg_dump" or "copy"


def backup_database(db: Database, target: Path, *, method: str | None = None) -> Path:
    """Write a consistent copy of the open database to `target` while others keep working."""
    return write_backup(db, target, method=method).path


def write_backup(db: Database, target: Path, *, method: str | None = None) -> BackupInfo:
    target = target.expanduser().resolve()
    if not target.parent.exists():
        raise DatabaseError(f"De map '{target.parent}' bestaat niet.")
    if target.exists():
        raise DatabaseError(f"'{target}' bestaat al; kies een nieuwe bestandsnaam.")
    if db.is_sqlite:
        return _backup_sqlite(db, target)
    return _backup_postgresql(db, target, method=method)


def _backup_sqlite(db: Database, target: Path) -> BackupInfo:
    raw = db.engine.raw_connection()
    try:
        dest = open_sqlite_file(target, encrypt=db.encrypted)  # an encrypted database stays encrypted
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]  # pages=-1: one step, one snapshot
            head, rows, revision = sqlite_facts(dest)
        finally:
            dest.close()
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    finally:
        raw.close()
    write_anchor(sqlite_anchor_path(target), head)
    return BackupInfo(target, revision, head, rows, "sqlite")


def sqlite_facts(conn: Any) -> tuple[Anchor, dict[str, int], str | None]:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    row = (
        conn.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
        if "audit_head" in names
        else None
    )
    head = Anchor(int(row[0]), str(row[1])) if row else Anchor(0, "")
    rows = {
        t.name: int(conn.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0]) for t in _tables(names)
    }
    version = (
        conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if "alembic_version" in names
        else None
    )
    return head, rows, (str(version[0]) if version else None)


def _tables(present: set[str]) -> list[Any]:
    return [t for t in Base.metadata.sorted_tables if t.name in present]


def _backup_postgresql(db: Database, target: Path, *, method: str | None) -> BackupInfo:
    pg_dump = find_pg_tool("pg_dump")
    method = method or ("pg_dump" if pg_dump else "copy")
    if method == "pg_dump" and pg_dump is None:
        raise DatabaseError("pg_dump is niet geïnstalleerd (apt-get install postgresql-client).")
    with db.engine.connect() as conn:
        # One REPEATABLE READ snapshot for the manifest and the data, whoever writes meanwhile.
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar_one()
        present = set(
            conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
            ).scalars()
        )
        tables = _tables(present)
        rows = {
            t.name: int(conn.execute(text(f'SELECT count(*) FROM "{t.name}"')).scalar_one()) for t in tables
        }
        head_row = conn.execute(text("SELECT seq, hash FROM audit_head WHERE id = 1")).first()
        head = Anchor(int(head_row[0]), str(head_row[1])) if head_row else Anchor(0, "")
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()
        leads = [
            str(login)
            for login, roles in conn.execute(text("SELECT login, roles FROM users WHERE active"))
            if Role.TEAMVERANTWOORDELIJKE.value in (json.loads(roles) if isinstance(roles, str) else roles)
        ]
        grants = [
            {"grantee": g, "table": t, "privilege": p}
            for g, t, p in conn.execute(
                text(
                    "SELECT grantee, table_name, privilege_type FROM information_schema.role_table_grants "
                    "WHERE table_schema = current_schema() AND grantee <> current_user "
                    "AND grantee NOT IN (SELECT tableowner FROM pg_tables WHERE tablename = table_name)"
                )
            )
        ]
        manifest = {
            "format": PG_FORMAT,
            "method": method,
            "program_version": __version__,
            "schema_revision": revision,
            "head": {"seq": head.seq, "hash": head.hash, "mac": sign_anchor(head)},
            "team_leads": leads,
            "rows": rows,
            "tables": [t.name for t in tables],
            "grants": grants,
        }
        try:
            with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.writestr("manifest.json", json.dumps(manifest, indent=1))
                if method == "pg_dump":
                    assert pg_dump is not None
                    _pg_dump_into(zf, pg_dump, db, snapshot)
                else:
                    _copy_tables_into(zf, conn, tables)
        except BaseException:
            with contextlib.suppress(OSError):
                target.unlink()
            raise
        conn.rollback()
    return BackupInfo(target, revision, head, rows, method)


def _pg_dump_into(zf: zipfile.ZipFile, pg_dump: Path, db: Database, snapshot: str) -> None:
    uri, env = libpq_target(db.url)
    with tempfile.TemporaryDirectory(prefix="wsedesk-backup-") as tmp:
        dump = Path(tmp) / DUMP_NAME
        run_pg_tool(
            [str(pg_dump), "--format=custom", f"--snapshot={snapshot}", "--file", str(dump), "--dbname", uri],
            env,
            what="Backup met pg_dump",
        )
        zf.write(dump, DUMP_NAME, compress_type=zipfile.ZIP_STORED)  # already compressed


def _copy_tables_into(zf: zipfile.ZipFile, conn: Any, tables: list[Any]) -> None:
    # schema.sql is for a reader (DDL from the models); a restore makes the schema with the migrations.
    dialect = conn.dialect
    ddl = io.StringIO()
    for table in tables:
        ddl.write(str(CreateTable(table).compile(dialect=dialect)).strip() + ";\n\n")
        for index in table.indexes:
            ddl.write(str(CreateIndex(index).compile(dialect=dialect)).strip() + ";\n")
    zf.writestr("schema.sql", ddl.getvalue())
    cursor = conn.connection.driver_connection.cursor()
    for table in tables:
        with (
            zf.open(f"{table.name}.csv", "w") as out,
            cursor.copy(f'COPY "{table.name}" TO STDOUT WITH (FORMAT csv, HEADER true)') as copy,
        ):
            for chunk in copy:
                out.write(bytes(chunk))


def read_manifest(source: Path) -> dict[str, Any]:
    """The manifest of a PostgreSQL backup zip."""
    try:
        with zipfile.ZipFile(source) as zf:
            manifest: dict[str, Any] = json.loads(zf.read("manifest.json"))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        raise DatabaseError(f"'{source}' is geen leesbare WSE Desk-backup van PostgreSQL.") from None
    if manifest.get("format") != PG_FORMAT:
        raise DatabaseError(
            f"'{source}' heeft backupformaat {manifest.get('format')!r}; dit programma zet {PG_FORMAT} terug."
        )
    return manifest


def backup_beside(db: Database, *, now: datetime, tag: str) -> Path:
    """The automatic backup before an upgrade: beside the SQLite file, else in the user data dir."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    if db.sqlite_path is not None:
        path = db.sqlite_path
        target = path.with_name(f"{path.stem}.voor-upgrade-{tag}-{stamp}{path.suffix or '.sqlite'}")
    else:
        target = user_data_dir() / f"{db.url.database}.voor-upgrade-{tag}-{stamp}.zip"
    return backup_database(db, target)
