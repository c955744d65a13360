"""Storage on both backends: conflicts, audit trail, backups, the current user."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from tests.integration.dossier_edits import save_as_shown, save_dossier
from tests.integration.plain_rows import submitted_dossier
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.errors import ConflictError, DatabaseError
from wsedesk.models import AuditEntry, Dossier
from wsedesk.services import dossiers as dossier_service
from wsedesk.services.database import check_database
from wsedesk.services.session import open_context
from wsedesk.storage.backup import backup_database
from wsedesk.storage.repositories import DossierFilter


def test_new_database_is_created_at_head_with_the_login_as_team_lead(ctx: AppContext) -> None:
    report = check_database(ctx.db)
    assert report.ok, report.problems
    assert ctx.user.login == "tester"
    assert [r.value for r in ctx.user.roles] == ["teamverantwoordelijke"]


def test_ids_are_client_made_uuids(ctx: AppContext) -> None:
    dossier_id = submitted_dossier(ctx)
    assert uuid.UUID(dossier_id).version == 4


def test_second_save_of_a_stale_dossier_is_a_conflict_and_the_first_edit_survives(
    ctx: AppContext, db_url: str, clock: FixedClock
) -> None:
    dossier_id = submitted_dossier(ctx)
    other = open_context(db_url, clock=clock, login="collega")
    try:
        mine = dossier_service.get_dossier(ctx, dossier_id)
        save_dossier(other, dossier_id, {"notes": "Hun notitie"})
        with pytest.raises(ConflictError) as caught:
            save_as_shown(ctx, dossier_id, mine, {"notes": "Mijn notitie"})
    finally:
        other.close()
    conflict = caught.value
    assert conflict.changed_by == "collega"
    assert conflict.current_version == mine.version + 1
    assert [(d.field, d.yours, d.theirs) for d in conflict.differences] == [
        ("notes", "Mijn notitie", "Hun notitie")
    ]
    assert "collega" in conflict.message
    after = dossier_service.get_dossier(ctx, dossier_id)
    assert after.notes == "Hun notitie"
    assert after.updated_by == "collega"


def test_race_between_read_and_write_is_caught_by_the_version_column(
    ctx: AppContext, db_url: str, clock: FixedClock
) -> None:
    """A session holding version 1 writes after someone else saved version 2: no row matches, it raises."""
    from sqlalchemy.orm.exc import StaleDataError

    dossier_id = submitted_dossier(ctx)
    stale_session = ctx.db.read_sessions()
    stale_session.info.update(actor="tester", clock=clock.now)
    try:
        stale = stale_session.get(Dossier, uuid.UUID(dossier_id))
        assert stale is not None and stale.version == 1
        stale_session.commit()  # ends the read; expire_on_commit=False keeps the loaded state
        other = open_context(db_url, clock=clock, login="collega")
        try:
            with other.uow(write=True) as uow:
                fresh = uow.session.get(Dossier, uuid.UUID(dossier_id))
                assert fresh is not None
                fresh.notes = "eerste"
                uow.commit()
        finally:
            other.close()
        stale.notes = "tweede"
        with pytest.raises(StaleDataError):
            stale_session.commit()
    finally:
        stale_session.close()
    assert dossier_service.get_dossier(ctx, dossier_id).notes == "eerste"


def test_every_change_is_in_the_audit_trail_with_old_and_new(ctx: AppContext) -> None:
    dossier_id = submitted_dossier(ctx)
    save_dossier(ctx, dossier_id, {"subject": "Nieuw onderwerp"})
    with ctx.uow() as uow:
        rows = list(
            uow.session.scalars(
                select(AuditEntry).where(AuditEntry.entity_id == dossier_id).order_by(AuditEntry.seq)
            )
        )
    assert [r.action for r in rows] == ["insert", "update"]
    assert rows[1].changes == {"subject": ["Erkenning", "Nieuw onderwerp"]}
    assert rows[1].actor == "tester"
    assert check_database(ctx.db).ok


def _tamper(ctx: AppContext, sql: str) -> None:
    """Bypass the append-only trigger the way someone with raw database access could."""
    with ctx.db.engine.begin() as conn:
        if ctx.db.is_sqlite:
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete")
        else:
            conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        conn.exec_driver_sql(sql)


def test_audit_log_rejects_updates_through_the_database(ctx: AppContext) -> None:
    submitted_dossier(ctx)
    with pytest.raises(Exception, match="append-only"), ctx.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_log SET actor = 'x' WHERE seq = 1")


@pytest.mark.parametrize(
    ("sql", "first_bad"),
    [
        ("UPDATE audit_log SET actor = 'iemand anders' WHERE seq = 2", 2),
        ("DELETE FROM audit_log WHERE seq = 2", 2),
        ("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)", None),
    ],
    ids=["altered", "removed", "newest-removed"],
)
def test_altered_or_removed_audit_rows_are_detected(ctx: AppContext, sql: str, first_bad: int | None) -> None:
    submitted_dossier(ctx)
    with ctx.uow() as uow:
        last = uow.session.execute(select(func.max(AuditEntry.seq))).scalar_one()
    assert check_database(ctx.db).ok
    _tamper(ctx, sql)
    report = check_database(ctx.db)
    assert not report.ok
    expected = first_bad if first_bad is not None else last
    assert any(f"regel {expected}" in p for p in report.problems), report.problems


def test_backup_is_a_consistent_copy(ctx: AppContext, tmp_path: Path) -> None:
    submitted_dossier(ctx)
    # PostgreSQL: the CSV format (the fallback without pg_dump); test_backup_restore.py covers pg_dump.
    method = None if ctx.db.is_sqlite else "copy"
    target = backup_database(
        ctx.db, tmp_path / ("copy.sqlite" if ctx.db.is_sqlite else "copy.zip"), method=method
    )
    if ctx.db.is_sqlite:
        with sqlite3.connect(target) as conn:
            assert conn.execute("SELECT reference FROM dossiers").fetchall() == [("ED-2025-00042",)]
    else:
        import zipfile

        with zipfile.ZipFile(target) as zf:
            names = set(zf.namelist())
            assert {"manifest.json", "schema.sql", "dossiers.csv", "audit_log.csv"} <= names
            assert "ED-2025-00042" in zf.read("dossiers.csv").decode()
            assert "CREATE TABLE dossiers" in zf.read("schema.sql").decode()
    with pytest.raises(DatabaseError, match="bestaat al"):
        backup_database(ctx.db, target)


def test_dossier_list_pages_sort_and_filter_in_sql(ctx: AppContext) -> None:
    from wsedesk.services.demo import generate_demo

    generate_demo(ctx, dossiers=400, seed=3)
    total = dossier_service.count_dossiers(ctx, DossierFilter())
    assert total == 400
    pages = [
        dossier_service.list_dossiers(ctx, DossierFilter(), sort_key="organisation", offset=o, limit=150)
        for o in (0, 150, 300)
    ]
    rows = [r for p in pages for r in p]
    assert len(rows) == 400 and len({r.id for r in rows}) == 400
    names = [(r.organisation, r.reference) for r in rows]
    assert names == sorted(names)
    ed = dossier_service.list_dossiers(ctx, DossierFilter(dossier_type="ED", open_only=True), limit=1000)
    assert ed and all(r.dossier_type == "ED" and not r.closed for r in ed)
    assert len(ed) == dossier_service.count_dossiers(ctx, DossierFilter(dossier_type="ED", open_only=True))
    needle = rows[17].organisation.split()[0]
    hits = dossier_service.list_dossiers(ctx, DossierFilter(text=needle.upper()), limit=1000)
    assert hits and all(needle.lower() in (h.organisation.lower() + h.reference.lower()) for h in hits)


def test_sqlite_connections_use_the_agreed_pragmas(sqlite_ctx: AppContext) -> None:
    with sqlite_ctx.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000


def test_a_writer_takes_the_sqlite_write_lock_at_begin(sqlite_ctx: AppContext) -> None:
    """BEGIN IMMEDIATE: a second writer waits/fails at begin, not halfway through its work."""
    path = sqlite_ctx.db.sqlite_path
    assert path is not None
    with sqlite_ctx.uow(write=True) as uow:
        uow.session.execute(text("SELECT 1"))  # starts the transaction
        other = sqlite3.connect(path, timeout=0.1, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    with sqlite_ctx.uow() as reader:  # readers are never blocked (WAL)
        reader.session.execute(text("SELECT count(*) FROM dossiers")).scalar_one()


def test_foreign_keys_are_enforced(ctx: AppContext) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), ctx.uow(write=True) as uow:
        uow.session.add(
            Dossier(
                reference="QR-2025-00001",
                dossier_type="QR",
                status="ingediend",
                organisation_id=uuid.uuid4(),
                submitted_on=date(2025, 1, 2),
                status_since=date(2025, 1, 2),
            )
        )
        uow.commit()
