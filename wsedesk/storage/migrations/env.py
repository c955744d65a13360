"""Alembic environment: migrations run on the connection WSE Desk hands in (storage/migrate.py)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from wsedesk.models import Base
from wsedesk.storage.search_sql import SEARCH_OBJECTS

config = context.config
target_metadata = Base.metadata


def include_name(name: str | None, _type: str, _parents: object) -> bool:
    """The search index is derived data outside the models (storage/search_sql.py): not compared."""
    return name not in SEARCH_OBJECTS


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copy-and-move
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # `alembic` run by a developer against a URL given with -x url=…
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("Geef de database mee: alembic -x url=sqlite:///pad/naar/bestand.sqlite …")
    engine = create_engine(url)
    with engine.connect() as conn:
        _run(conn)
        conn.commit()
