"""Which schema revision a database is at (Alembic's version table), read by migrate.py and backup.py.

Its own module so that a backup can record the revision without importing the migrations, which
themselves write a backup before an upgrade.
"""

from __future__ import annotations

from wsedesk.storage.engine import Database


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext  # not on every start (issue #13)

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
