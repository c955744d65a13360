"""Search everywhere: a full-text index over dossiers, notes, organisations, persons and letters

SQLite: `search_entries` plus an FTS5 table `search_fts` (unicode61, remove_diacritics 2,
prefix indexes) kept in step by triggers. PostgreSQL: `search_entries` with a GIN index on a
`simple` tsvector over `unaccent`-ed text (extension unaccent, IMMUTABLE wrapper
`wsedesk_search_text`). Back-filled here from the stored rows, letters' text read from their PDFs.
See storage/search_sql.py.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 00:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from wsedesk.storage.search_index import rebuild
from wsedesk.storage.search_sql import create_schema, drop_schema

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind()
    create_schema(conn)
    rebuild(conn)


def downgrade() -> None:
    drop_schema(op.get_bind())
