"""Alembic environment: migrations run on the connection WSE Desk hands in (storage/migrate.py)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from wsedesk.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copy-and-move
        compare_type=True,
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
