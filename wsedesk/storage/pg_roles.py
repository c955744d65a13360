"""PostgreSQL: the team's application role may read and write the data, and only append to the trail.

The database owner (an administrator, who runs `wsedesk db upgrade`) owns the tables and the
append-only trigger. The role the team's clients log in with (`wsedesk db grant ROLE`) gets
SELECT/INSERT/UPDATE/DELETE on the data tables, but on `audit_log` only SELECT and INSERT, on
`audit_head` SELECT and UPDATE, on `alembic_version` SELECT: it can neither delete nor alter an
audit row, nor drop the trigger (only an owner can). See docs/database.md.
"""

from __future__ import annotations

import re

from sqlalchemy import inspect, text

from wsedesk.errors import BadInputError, DatabaseError
from wsedesk.storage.engine import Database

_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_SPECIAL: dict[str, str] = {
    "audit_log": "SELECT, INSERT",
    "audit_head": "SELECT, UPDATE",
    "alembic_version": "SELECT",
}


def grant_application_role(db: Database, role: str) -> list[str]:
    """Grant `role` what the program needs and no more; returns the statements run."""
    if db.is_sqlite:
        raise DatabaseError("Rollen en rechten bestaan enkel op PostgreSQL.")
    if not _ROLE_NAME.match(role):
        raise BadInputError("Een rolnaam bestaat uit kleine letters, cijfers en '_' (maximaal 63 tekens).")
    statements = [
        f'GRANT CONNECT ON DATABASE "{db.url.database}" TO "{role}"',
        f'GRANT USAGE ON SCHEMA public TO "{role}"',
    ]
    with db.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
    for table in sorted(tables):
        statements.append(f'REVOKE ALL ON "{table}" FROM "{role}"')
        privileges = _SPECIAL.get(table, "SELECT, INSERT, UPDATE, DELETE")
        statements.append(f'GRANT {privileges} ON "{table}" TO "{role}"')
    with db.engine.begin() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
        if not exists:
            raise DatabaseError(
                f"De rol '{role}' bestaat niet op deze server: maak ze eerst aan (CREATE ROLE)."
            )
        for statement in statements:
            conn.execute(text(statement))
    return statements
