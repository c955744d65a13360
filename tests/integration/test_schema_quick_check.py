"""The quick schema check on every open (issue #13): the version table read without Alembic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from wsedesk.storage.engine import Database, connect
from wsedesk.storage.migrate import (
    all_revisions,
    at_shipped_head,
    downgrade,
    head_revision,
    schema_state,
    shipped_head,
    upgrade,
)

ROOT = Path(__file__).resolve().parents[2]


def test_the_file_names_give_alembics_head() -> None:
    assert shipped_head() == head_revision()


def test_only_a_database_at_the_head_passes_the_quick_check(db: Database) -> None:
    assert not at_shipped_head(db)  # empty: no version table, Alembic decides
    upgrade(db)
    assert at_shipped_head(db)
    downgrade(db, all_revisions()[-2])
    assert not at_shipped_head(db)  # one behind: the upgrade path runs
    upgrade(db)
    assert at_shipped_head(db)


def test_the_schema_state_agrees_with_alembic_and_needs_it_only_off_the_head(db: Database) -> None:
    upgrade(db)
    state = schema_state(db)  # the quick check (Beheer shows it; issue #13)
    assert (state.current, state.head, state.empty) == (head_revision(), head_revision(), False)
    downgrade(db, all_revisions()[-2])
    state = schema_state(db)  # Alembic's answer
    assert (state.current, state.head, state.up_to_date) == (all_revisions()[-2], head_revision(), False)
    upgrade(db)


def test_the_schema_state_at_the_head_does_not_import_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kop.sqlite'}"
    db = connect(url)
    upgrade(db)
    db.dispose()
    code = (
        "import sys\n"
        "from wsedesk.storage.engine import connect\n"
        "from wsedesk.storage.migrate import schema_state\n"
        "db = connect(sys.argv[1])\n"
        "print(schema_state(db).up_to_date, 'alembic' in sys.modules)\n"
        "db.dispose()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, url], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "False"]
