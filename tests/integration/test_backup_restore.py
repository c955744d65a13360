"""Backups that restore, on both backends: every row, the schema version, triggers and grants."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid
import zipfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from tests.integration.test_cli import ROOT
from tests.pg.server import PostgresServer
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.errors import DatabaseError, PermissionDeniedError
from wsedesk.models import Base, Organisation
from wsedesk.services.backup import backup, restore_backup, rolling_backup
from wsedesk.services.database import check_database
from wsedesk.services.demo import generate_demo
from wsedesk.services.session import open_context
from wsedesk.storage.engine import connect
from wsedesk.storage.pg_roles import grant_application_role


def _fill(ctx: AppContext) -> None:
    generate_demo(ctx, dossiers=40, seed=11)
    with ctx.uow(write=True) as uow:  # audited work on top of the bulk demo rows
        org = uow.session.scalars(select(Organisation).limit(1)).one()
        org.name = org.name + " (hernoemd)"
        uow.session.add(Organisation(enterprise_number="0428759497", name="Groep Intro vzw", kind="vzw"))
        uow.commit()


def _backup_file(ctx: AppContext, tmp_path: Path) -> Path:
    """Where a backup of ctx's database goes: a SQLite copy, or PostgreSQL's zip."""
    return tmp_path / ("backup.sqlite" if ctx.db.is_sqlite else "backup.zip")


def _filled_backup(ctx: AppContext, tmp_path: Path) -> Path:
    """ctx's database filled (`_fill`) and backed up; the backup file."""
    _fill(ctx)
    file = _backup_file(ctx, tmp_path)
    backup(ctx, file)
    return file


def _rows(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, ordered by primary key: what a row-by-row comparison needs."""
    db = connect(url, verify=False)
    try:
        with db.engine.connect() as conn:
            out: dict[str, list[tuple[Any, ...]]] = {}
            for table in Base.metadata.sorted_tables:
                order = list(table.primary_key.columns) or list(table.columns)
                out[table.name] = [tuple(r) for r in conn.execute(select(table).order_by(*order))]
            out["alembic_version"] = [
                tuple(r) for r in conn.execute(text("SELECT version_num FROM alembic_version"))
            ]
            return out
    finally:
        db.dispose()


def _target(db_url: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if db_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'teruggezet.sqlite'}"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.create_database()


def _assert_append_only(url: str) -> None:
    db = connect(url, verify=False)
    try:
        with pytest.raises(DBAPIError), db.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_log"))
    finally:
        db.dispose()


@pytest.mark.parametrize("method", ["pg_dump", "copy"])
def test_round_trip_restores_every_row_triggers_and_grants(
    ctx: AppContext, db_url: str, tmp_path: Path, request: pytest.FixtureRequest, method: str
) -> None:
    if ctx.db.is_sqlite and method == "copy":
        pytest.skip("the CSV format is PostgreSQL's fallback when pg_dump is missing")
    _fill(ctx)
    role = f"wsedesk_team_{uuid.uuid4().hex[:8]}"
    if not ctx.db.is_sqlite:
        server: PostgresServer = request.getfixturevalue("postgres_server")
        server.psql(f'CREATE ROLE "{role}" NOLOGIN')
        grant_application_role(ctx.db, role)
    file = _backup_file(ctx, tmp_path)
    from wsedesk.storage.backup import write_backup

    info = write_backup(ctx.db, file, method=None if ctx.db.is_sqlite else method)
    assert info.method == ("sqlite" if ctx.db.is_sqlite else method)
    target = _target(db_url, tmp_path, request)
    result = restore_backup(file, target, login="tester")
    assert result.head == info.head and result.rows == info.rows
    assert _rows(target) == _rows(db_url)
    restored = connect(target)
    try:
        report = check_database(restored)
        assert report.ok, report.problems
        assert any("het spoor eindigt waar het anker" in f for f in report.facts)
        if not ctx.db.is_sqlite:
            with restored.engine.connect() as conn:
                can = conn.execute(
                    text(
                        "SELECT has_table_privilege(:r, 'audit_log', 'INSERT'), has_table_privilege(:r, 'audit_log', 'DELETE')"
                    ),
                    {"r": role},
                ).one()
            assert tuple(can) == (True, False)
    finally:
        restored.dispose()
    _assert_append_only(target)


def test_restoring_over_data_needs_overwrite(
    ctx: AppContext, db_url: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    file = _filled_backup(ctx, tmp_path)
    target = _target(db_url, tmp_path, request)
    other = open_context(target, clock=FixedClock(ctx.clock.now()), login="tester")
    with other.uow(write=True) as uow:
        uow.session.add(Organisation(enterprise_number="0876543270", name="Wordt vervangen", kind="vzw"))
        uow.commit()
    other.close()
    with pytest.raises(DatabaseError, match="--overwrite"):
        restore_backup(file, target, login="tester")
    result = restore_backup(file, target, login="tester", overwrite=True)
    assert result.replaced
    assert _rows(target) == _rows(db_url)


def test_only_a_team_lead_restores(
    ctx: AppContext, tmp_path: Path, db_url: str, request: pytest.FixtureRequest
) -> None:
    file = _filled_backup(ctx, tmp_path)
    target = _target(db_url, tmp_path, request)
    with pytest.raises(PermissionDeniedError, match="Enkel een teamverantwoordelijke"):
        restore_backup(file, target, login="iemand-anders")
    if target.startswith("sqlite"):
        assert not Path(target.removeprefix("sqlite:///")).exists()


def test_an_altered_backup_is_refused(sqlite_ctx: AppContext, tmp_path: Path) -> None:
    _fill(sqlite_ctx)
    file = tmp_path / "backup.sqlite"
    backup(sqlite_ctx, file)
    import sqlite3

    with sqlite3.connect(file) as conn:  # cut the newest audit row and its head, as an attacker would
        conn.execute("DROP TRIGGER audit_log_no_delete")
        last = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
        conn.execute("DELETE FROM audit_log WHERE seq = ?", (last,))
        prev = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (last - 1,)).fetchone()[0]
        conn.execute("UPDATE audit_head SET seq = ?, hash = ?", (last - 1, prev))
    target = tmp_path / "doel.sqlite"
    with pytest.raises(DatabaseError, match="stemt niet overeen met zijn anker"):
        restore_backup(file, f"sqlite:///{target}", login="tester")
    assert not target.exists()


def test_an_altered_postgresql_manifest_is_refused(
    postgres_server: PostgresServer, tmp_path: Path, clock: FixedClock
) -> None:
    ctx = open_context(postgres_server.create_database(), clock=clock, login="tester")
    try:
        _fill(ctx)
        file = tmp_path / "backup.zip"
        backup(ctx, file)
    finally:
        ctx.close()
    altered = tmp_path / "gewijzigd.zip"
    with zipfile.ZipFile(file) as src, zipfile.ZipFile(altered, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["head"]["seq"] -= 1
                data = json.dumps(manifest).encode()
            dst.writestr(item, data)
    with pytest.raises(DatabaseError, match="Het anker in de backup"):
        restore_backup(altered, postgres_server.create_database(), login="tester")


_WRITER = """
import sys, time
from wsedesk.services.session import open_context
from wsedesk.models import Organisation
ctx = open_context(sys.argv[1], login="schrijver")
i = 0
print("ready", flush=True)
while True:
    i += 1
    number = f"02{i:06d}"  # 8 digits; KBO check digits: 97 - (number mod 97)
    check = 97 - int(number) % 97
    with ctx.uow(write=True) as uow:
        uow.session.add(Organisation(enterprise_number=f"{number}{check:02d}", name=f"Org {i}", kind="vzw"))
        uow.commit()
    print("ack", flush=True)
"""


def test_a_backup_while_another_process_writes_is_a_consistent_snapshot(
    ctx: AppContext, db_url: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    _fill(ctx)
    with ctx.uow() as uow:
        before = len(uow.session.scalars(select(Organisation.id)).all())
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, db_url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        text=True,
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready", writer.stderr.read() if writer.stderr else ""
        for _ in range(3):  # it has committed; the backup happens among its further commits
            assert writer.stdout.readline().strip() == "ack"
        file = _backup_file(ctx, tmp_path)
        info = backup(ctx, file)
        time.sleep(0.2)
    finally:
        writer.kill()
        writer.wait(timeout=60)
    target = _target(db_url, tmp_path, request)
    restore_backup(file, target, login="tester")
    restored = connect(target)
    try:
        report = check_database(restored)  # chain, anchor and every row against the trail
        assert report.ok, report.problems
    finally:
        restored.dispose()
    assert info.rows["organisations"] >= before + 3  # the writer's acknowledged rows are in it


def test_rolling_backups_keep_the_newest(sqlite_ctx: AppContext, clock: FixedClock) -> None:
    _fill(sqlite_ctx)
    written = []
    for day in range(4):
        sqlite_ctx.clock = FixedClock(clock.now() + timedelta(days=day))
        result = rolling_backup(sqlite_ctx, keep=2)
        assert result.written is not None
        written.append(result.written)
        assert rolling_backup(sqlite_ctx, keep=2).written is None  # once a working day
    folder = written[0].parent
    assert sorted(p.name for p in folder.glob("*.sqlite")) == sorted(p.name for p in written[-2:])
    assert all(Path(str(p) + ".anker.json").exists() for p in written[-2:])
