"""Putting a backup (storage/backup.py) back: into an empty target, or over one only when asked.

- A SQLite backup goes to a SQLite file: copied to a temporary file beside the target, checked
  (integrity, schema, audit chain against the backup's anchor), then renamed into place, and
  its anchor written beside it. A target another program holds open is refused.
- A PostgreSQL backup goes to a PostgreSQL database: `pg_restore --single-transaction` (schema,
  triggers, data, grants — the roles must exist on the target server), or for the CSV format the
  migrations up to the backup's revision and then `COPY … (columns) FROM STDIN` per table, by
  column name, and the grants from the manifest.

Whether the user may restore at all is the service's question (services/backup.py).
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text

from wsedesk.errors import DatabaseError
from wsedesk.models import Base
from wsedesk.rules.roles import Role
from wsedesk.storage.anchor import Anchor, read_anchor, sign_anchor, sqlite_anchor_path, write_anchor
from wsedesk.storage.backup import DUMP_NAME, read_manifest, sqlite_facts
from wsedesk.storage.encryption import PLAIN_HEADER, encrypted_connection, is_encrypted_file, open_sqlite_file
from wsedesk.storage.engine import Database, connect, parse_url
from wsedesk.storage.pg_tools import find_pg_tool, libpq_target, run_pg_tool


@dataclass(frozen=True)
class RestoreResult:
    target: str
    schema_revision: str | None
    rows: dict[str, int]
    head: Anchor
    replaced: bool


def backup_kind(source: Path) -> str:
    """'sqlite' or 'postgresql', from the file's first bytes."""
    try:
        with source.open("rb") as f:
            start = f.read(16)
    except OSError:
        raise DatabaseError(f"De backup '{source}' bestaat niet of is onleesbaar.") from None
    if start == PLAIN_HEADER:
        return "sqlite"
    if start[:4] == b"PK\x03\x04":
        return "postgresql"
    if start:
        try:
            encrypted_connection(source, readonly=True).close()
            return "sqlite"  # encrypted with this installation's key
        except DatabaseError:
            pass
    raise DatabaseError(f"'{source}' is geen WSE Desk-backup (geen SQLite-bestand en geen backup-zip).")


def backup_team_leads(source: Path) -> set[str]:
    """Logins of the active team leads in the backup: the people who may put it back."""
    if backup_kind(source) == "postgresql":
        return set(read_manifest(source).get("team_leads", []))
    conn = open_sqlite_file(source, readonly=True)
    try:
        leads = set()
        for login, roles in conn.execute("SELECT login, roles FROM users WHERE active"):
            if Role.TEAMVERANTWOORDELIJKE.value in str(roles):
                leads.add(str(login))
        return leads
    except Exception as exc:
        if type(exc).__module__.split(".")[0] not in ("sqlite3", "sqlcipher3"):
            raise
        raise DatabaseError(f"'{source}' is geen leesbare WSE Desk-backup.") from None
    finally:
        conn.close()


def restore_database(source: Path, target_url: str, *, overwrite: bool = False) -> RestoreResult:
    source = source.expanduser().resolve()
    kind = backup_kind(source)
    url = parse_url(target_url)
    target_kind = "sqlite" if url.drivername.startswith("sqlite") else "postgresql"
    if kind != target_kind:
        raise DatabaseError(
            f"Een backup van {kind} gaat terug naar een {kind}-database, niet naar {target_kind}."
        )
    if kind == "sqlite":
        return _restore_sqlite(source, Path(str(url.database)), overwrite=overwrite)
    return _restore_postgresql(source, target_url, overwrite=overwrite)


# --- SQLite --------------------------------------------------------------------------------


def _restore_sqlite(source: Path, target: Path, *, overwrite: bool) -> RestoreResult:
    if not target.parent.is_dir():
        raise DatabaseError(f"De map '{target.parent}' bestaat niet.")
    exists = target.exists() and target.stat().st_size > 0
    if exists and not overwrite:
        raise DatabaseError(
            f"'{target}' is niet leeg: een backup terugzetten vervangt alles wat erin staat. "
            "Geef --overwrite mee als dat de bedoeling is."
        )
    if exists and Path(f"{target}-wal").exists() and _in_use(target):
        raise DatabaseError(f"'{target}' is nog open in een ander programma: sluit WSE Desk eerst.")
    anchor = read_anchor(sqlite_anchor_path(source))  # DatabaseError when the backup's anchor was altered
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".herstel", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = open_sqlite_file(source, readonly=True)
        dst = open_sqlite_file(tmp, encrypt=is_encrypted_file(source))
        try:
            src.backup(dst)
            problems = [str(r[0]) for r in dst.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise DatabaseError(f"De backup '{source}' is beschadigd: {'; '.join(problems[:3])}.")
            head, rows, revision = sqlite_facts(dst)
            dst.execute("PRAGMA journal_mode = WAL")
        finally:
            src.close()
            dst.close()
        _verify_head(source, head, anchor)
        _verify_chain_of(f"sqlite:///{tmp}", head)
        os.replace(tmp, target)
        for stale in (Path(f"{target}-wal"), Path(f"{target}-shm")):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    write_anchor(sqlite_anchor_path(target), head)
    return RestoreResult(str(target), revision, rows, head, replaced=exists)


def _in_use(target: Path) -> bool:
    """True when another connection holds the file: its -wal cannot be folded in and truncated now."""
    try:
        conn = open_sqlite_file(target)
    except Exception:
        return False  # unreadable: it will simply be replaced
    try:
        conn.execute("PRAGMA busy_timeout = 0")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return bool(busy and busy[0])
    except Exception:
        return True
    finally:
        conn.close()


def _verify_head(source: Path, head: Anchor, anchor: Anchor | None) -> None:
    if anchor is not None and (anchor.seq != head.seq or anchor.hash != head.hash):
        raise DatabaseError(
            f"De backup '{source}' stemt niet overeen met zijn anker (auditspoor tot regel {head.seq}, "
            f"het anker zegt {anchor.seq}): ze werd na het maken gewijzigd."
        )


def _verify_chain_of(url: str, head: Anchor) -> None:
    """The restored copy's audit chain must verify and end at the backup's head."""
    from sqlalchemy import select

    from wsedesk.models import AuditEntry, AuditHead
    from wsedesk.storage.audit import verify_chain

    db = connect(url, verify=False)
    try:
        with db.read_sessions() as session:
            stored = session.get(AuditHead, 1)
            rows = session.execute(
                select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=2000)
            )
            problem = verify_chain((r for (r,) in rows), stored)
        if problem:
            raise DatabaseError(f"Het auditspoor in de backup klopt niet: {problem.message}.")
    finally:
        db.dispose()


# --- PostgreSQL ----------------------------------------------------------------------------


def _restore_postgresql(source: Path, target_url: str, *, overwrite: bool) -> RestoreResult:
    manifest = read_manifest(source)
    signed = manifest.get("head") or {}
    head = Anchor(int(signed.get("seq", 0)), str(signed.get("hash", "")))
    if str(signed.get("mac", "")) != sign_anchor(head):
        raise DatabaseError(
            f"Het anker in de backup '{source}' klopt niet (gewijzigd, of gemaakt door een andere installatie)."
        )
    db = connect(target_url)
    try:
        with db.engine.connect() as conn:
            present = inspect(conn).get_table_names()
        if present and not overwrite:
            raise DatabaseError(
                f"De database {db.describe()} is niet leeg ({len(present)} tabellen): een backup terugzetten "
                "vervangt alles. Geef --overwrite mee als dat de bedoeling is."
            )
        if present:
            _empty_postgresql(db, present)
        if manifest["method"] == "pg_dump":
            _pg_restore(source, db)
        else:
            _copy_restore(source, db, manifest)
        rows = _pg_row_counts(db, manifest["tables"])
        if rows != manifest["rows"]:
            raise DatabaseError(f"Na het terugzetten kloppen de aantallen rijen niet met de backup: {rows}.")
        with db.engine.connect() as conn:
            now = conn.execute(text("SELECT seq, hash FROM audit_head WHERE id = 1")).first()
        restored = Anchor(int(now[0]), str(now[1])) if now else Anchor(0, "")
        if restored != head:
            raise DatabaseError("Het auditspoor na het terugzetten eindigt niet waar de backup zegt.")
        _verify_chain_of(target_url, head)
        write_anchor(db.anchor_path, head)
        return RestoreResult(
            db.describe(), manifest.get("schema_revision"), rows, head, replaced=bool(present)
        )
    finally:
        db.dispose()


def _empty_postgresql(db: Database, tables: list[str]) -> None:
    with db.engine.begin() as conn:
        for name in tables:
            conn.execute(text(f'DROP TABLE IF EXISTS "{name}" CASCADE'))
        # Every function the migrations made (the audit guard, the search index's, the list's
        # sort-key triggers …): pg_restore creates them again. Those an extension owns (unaccent's)
        # stay: they belong to the extension, which the dump only asks for IF NOT EXISTS.
        for (signature,) in conn.execute(text(_OWN_FUNCTIONS)):
            conn.execute(text(f"DROP ROUTINE IF EXISTS {signature} CASCADE"))


# The schema's own functions and procedures, as `name(argument types)`, quoted where needed.
_OWN_FUNCTIONS = """
    SELECT p.oid::regprocedure::text
    FROM pg_proc p
    JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = current_schema()
      AND p.prokind IN ('f', 'p')
      AND NOT EXISTS (
          SELECT 1 FROM pg_depend d
          WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
      )
"""


def _pg_restore(source: Path, db: Database) -> None:
    pg_restore = find_pg_tool("pg_restore")
    if pg_restore is None:
        raise DatabaseError("pg_restore is niet geïnstalleerd (apt-get install postgresql-client).")
    uri, env = libpq_target(db.url)
    with tempfile.TemporaryDirectory(prefix="wsedesk-restore-") as tmp, zipfile.ZipFile(source) as zf:
        dump = Path(zf.extract(DUMP_NAME, tmp))
        run_pg_tool(
            [
                str(pg_restore),
                "--single-transaction",
                "--exit-on-error",
                "--no-owner",  # objects belong to whoever restores; the grants come along
                "--dbname",
                uri,
                str(dump),
            ],
            env,
            what="Terugzetten met pg_restore",
        )


def _copy_restore(source: Path, db: Database, manifest: dict[str, Any]) -> None:
    from wsedesk.storage.migrate import upgrade

    revision = manifest.get("schema_revision")
    if revision:
        upgrade(db, str(revision))  # the schema, indexes and triggers exactly as at the backup
    by_name = {t.name: t for t in Base.metadata.sorted_tables}
    order = [n for n in (t.name for t in Base.metadata.sorted_tables) if n in manifest["tables"]]
    raw = db.engine.raw_connection()
    try:
        conn: Any = raw.driver_connection
        with zipfile.ZipFile(source) as zf, conn.transaction():
            cur = conn.cursor()
            for name in reversed(order):  # rows the migrations seeded make way for the backup's
                if name != "audit_log":
                    cur.execute(f'DELETE FROM "{name}"')
            for name in order:
                data = zf.read(f"{name}.csv").decode("utf-8")
                header = next(csv.reader(io.StringIO(data)))
                unknown = set(header) - set(by_name[name].columns.keys())
                if unknown:
                    raise DatabaseError(
                        f"De backup heeft kolommen die tabel {name} niet kent: {sorted(unknown)}."
                    )
                columns = ", ".join(f'"{c}"' for c in header)
                with cur.copy(f'COPY "{name}" ({columns}) FROM STDIN WITH (FORMAT csv, HEADER true)') as copy:
                    copy.write(data.encode("utf-8"))
            for grant in manifest.get("grants", []):
                cur.execute(
                    f'GRANT {grant["privilege"]} ON "{grant["table"]}" TO "{grant["grantee"]}"'  # names from pg itself
                )
    finally:
        raw.close()


def _pg_row_counts(db: Database, tables: list[str]) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t: int(conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one()) for t in tables}
