"""Migrations: empty → head, every revision → head with data, models agree with migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from tests.integration.migration_seeds import SEEDS
from wsedesk.clock import FixedClock
from wsedesk.errors import DatabaseError
from wsedesk.models import Base
from wsedesk.services.database import check_database
from wsedesk.services.session import open_context
from wsedesk.storage.engine import Database, connect
from wsedesk.storage.migrate import all_revisions, current_revision, downgrade, head_revision, upgrade
from wsedesk.storage.search_sql import SEARCH_OBJECTS


def test_every_revision_has_seed_data() -> None:
    assert set(SEEDS) == set(all_revisions()), "add a seed in migration_seeds.py for each new revision"


def test_empty_database_upgrades_to_head_and_matches_the_models(db: Database) -> None:
    upgrade(db)
    assert current_revision(db) == head_revision()
    with db.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(
                conn,
                opts={"compare_type": True, "include_name": lambda name, *_: name not in SEARCH_OBJECTS},
            ),
            Base.metadata,
        )
    assert diff == [], f"models and migrations disagree: {diff}"
    assert set(inspect(db.engine).get_table_names()) >= set(Base.metadata.tables)


@pytest.mark.parametrize("revision", all_revisions())
def test_each_revision_upgrades_to_head_with_its_data(db: Database, revision: str) -> None:
    upgrade(db, revision)
    with db.engine.begin() as conn:
        SEEDS[revision](conn)  # each seed fills the schema as it was at its revision
    upgrade(db)
    assert current_revision(db) == head_revision()
    with db.engine.connect() as conn:
        ref = conn.execute(text("SELECT reference FROM dossiers")).scalar_one()
    assert ref == "ED-2025-00042"
    assert check_database(db).ok


def test_downgrade_to_base_and_back(db: Database) -> None:
    upgrade(db)
    downgrade(db, "base")
    assert current_revision(db) is None
    upgrade(db)
    assert current_revision(db) == head_revision()


def _row_counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        names = [n for n in inspect(conn).get_table_names() if n != "alembic_version"]
        return {n: conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one() for n in sorted(names)}


@pytest.mark.parametrize("revision", all_revisions())
def test_each_revision_survives_head_and_back_with_its_data(db: Database, revision: str) -> None:
    """Up to head and down again to the revision, step by step: every row written at it is still there."""
    upgrade(db, revision)
    with db.engine.begin() as conn:
        SEEDS[revision](conn)
    before = _row_counts(db)
    upgrade(db)
    for newer in reversed(all_revisions()[all_revisions().index(revision) + 1 :]):
        assert current_revision(db) == newer
        downgrade(db, "-1")
    assert current_revision(db) == revision
    assert _row_counts(db) == before
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT reference FROM dossiers")).scalar_one() == "ED-2025-00042"
        if db.is_sqlite:
            assert list(conn.exec_driver_sql("PRAGMA foreign_key_check")) == []
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
    upgrade(db)
    assert current_revision(db) == head_revision()
    assert check_database(db).ok


OLDER = all_revisions()[:-1]


@pytest.mark.parametrize(
    "revision",
    OLDER or [pytest.param("none", marks=pytest.mark.skip(reason="only one schema revision exists so far"))],
)
def test_opening_an_older_sqlite_file_backs_it_up_and_upgrades(
    tmp_path: Path, revision: str, clock: FixedClock
) -> None:
    path = tmp_path / "oud.sqlite"
    db = connect(f"sqlite:///{path}")
    upgrade(db, revision)
    with db.engine.begin() as conn:
        SEEDS[revision](conn)
    db.dispose()
    ctx = open_context(f"sqlite:///{path}", clock=clock, login="tester")
    try:
        assert ctx.upgrade_backup is not None and ctx.upgrade_backup.parent == tmp_path
        assert current_revision(ctx.db) == head_revision()
        # The open ED dossier 'in_onderzoek' has its ED-5 term (back-filled by 0002 or seeded), with a
        # due date computed on open: 45 days from 10 March 2025, unless its seeded clock is stopped.
        from wsedesk.services.terms import dossier_terms, has_stale_terms

        assert not has_stale_terms(ctx)
        [term] = dossier_terms(ctx, "6f1c0d4e-8a8b-4c61-9a52-0c7b8e0d1a03")
        assert term.term_id == "ED-5" and term.event_date.isoformat() == "2025-03-10"
        assert term.result.due is None if term.stopped else term.result.due.isoformat() == "2025-04-24"
    finally:
        ctx.close()
    with sqlite3.connect(ctx.upgrade_backup) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
        assert backup.execute("SELECT count(*) FROM dossiers").fetchone() == (1,)


def test_a_database_newer_than_the_program_is_refused(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "nieuw.sqlite"
    ctx = open_context(f"sqlite:///{path}", clock=clock, login="tester")
    ctx.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError, match="nieuwer"):
        open_context(f"sqlite:///{path}", clock=clock, login="tester")


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "vreemd.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE klanten (id integer)")
    with pytest.raises(DatabaseError, match="geen WSE Desk-database"):
        open_context(f"sqlite:///{path}", clock=clock, login="tester")
