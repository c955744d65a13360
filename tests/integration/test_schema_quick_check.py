"""The quick schema check on every open (issue #13): the version table read without Alembic."""

from __future__ import annotations

from wsedesk.storage.engine import connect
from wsedesk.storage.migrate import (
    all_revisions,
    at_shipped_head,
    downgrade,
    head_revision,
    shipped_head,
    upgrade,
)


def test_the_file_names_give_alembics_head() -> None:
    assert shipped_head() == head_revision()


def test_only_a_database_at_the_head_passes_the_quick_check(db_url: str) -> None:
    db = connect(db_url)
    try:
        assert not at_shipped_head(db)  # empty: no version table, Alembic decides
        upgrade(db)
        assert at_shipped_head(db)
        downgrade(db, all_revisions()[-2])
        assert not at_shipped_head(db)  # one behind: the upgrade path runs
        upgrade(db)
        assert at_shipped_head(db)
    finally:
        db.dispose()
