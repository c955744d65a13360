"""Sort keys of the dossier list's joined columns on the dossier, kept by triggers (issue #13)

Sorting 100,000 dossiers by organisation, municipality or assignee meant a temporary B-tree over
every joined row (0.4-0.5 s a page). The dossier now carries copies of those three texts
(`sort_organisation`, `sort_municipality`, `sort_assignee`; '' when there is none), indexed with
the reference, so ORDER BY key, reference LIMIT n walks an index and a keyset page ("after this
row") costs the same at the end of the list as at the start.

The copies are written by database triggers, on both backends, so every writer keeps them
current whatever path it takes (services, demo bulk inserts, merges, imports): on a new dossier
(a row that arrives with its keys already filled — a visit package's copy, a restore — keeps
them), on a change of a dossier's organisation or assignee, and on a change of an
organisation's name or municipality, a municipality's name or a user's display name. They are
not facts of the dossier: `Dossier.__audit_exclude__` keeps them out of the audit trail.

A later migration that rebuilds `dossiers` on SQLite (batch mode "recreate") drops its triggers
and must create them again (`create_sqlite_triggers`).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 00:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KEYS = ("sort_organisation", "sort_municipality", "sort_assignee")
_INDEXES = {
    "ix_dossiers_sort_organisation": ["sort_organisation", "reference"],
    "ix_dossiers_sort_municipality": ["sort_municipality", "reference"],
    "ix_dossiers_sort_assignee": ["sort_assignee", "reference"],
    "ix_dossiers_submitted_reference": ["submitted_on", "reference"],
}

_ORG_NAME = "coalesce((SELECT o.name FROM organisations o WHERE o.id = {d}.organisation_id), '')"
_MUNICIPALITY = (
    "coalesce((SELECT m.name_nl FROM organisations o JOIN municipalities m ON m.nis_code = o.municipality_nis "
    "WHERE o.id = {d}.organisation_id), '')"
)
_ASSIGNEE = "coalesce((SELECT u.display_name FROM users u WHERE u.id = {d}.assignee_id), '')"

# The one statement both SQLite triggers on dossiers run: the new row's three keys from their sources.
_SET_DOSSIER_KEYS = (
    f"UPDATE dossiers SET sort_organisation = {_ORG_NAME.format(d='NEW')}, "
    f"sort_municipality = {_MUNICIPALITY.format(d='NEW')}, "
    f"sort_assignee = {_ASSIGNEE.format(d='NEW')} WHERE id = NEW.id;"
)

SQLITE_TRIGGERS = {
    "dossiers_sort_keys_insert": f"""
        CREATE TRIGGER dossiers_sort_keys_insert AFTER INSERT ON dossiers
        WHEN NEW.sort_organisation = ''
        BEGIN {_SET_DOSSIER_KEYS} END""",
    "dossiers_sort_keys_update": f"""
        CREATE TRIGGER dossiers_sort_keys_update AFTER UPDATE OF organisation_id, assignee_id ON dossiers
        BEGIN {_SET_DOSSIER_KEYS} END""",
    "organisations_sort_keys": """
        CREATE TRIGGER organisations_sort_keys AFTER UPDATE OF name, municipality_nis ON organisations
        BEGIN
            UPDATE dossiers SET sort_organisation = NEW.name,
                sort_municipality = coalesce(
                    (SELECT m.name_nl FROM municipalities m WHERE m.nis_code = NEW.municipality_nis), '')
            WHERE organisation_id = NEW.id;
        END""",
    "municipalities_sort_keys": """
        CREATE TRIGGER municipalities_sort_keys AFTER UPDATE OF name_nl ON municipalities
        BEGIN
            UPDATE dossiers SET sort_municipality = NEW.name_nl
            WHERE organisation_id IN (SELECT o.id FROM organisations o WHERE o.municipality_nis = NEW.nis_code);
        END""",
    "users_sort_keys": """
        CREATE TRIGGER users_sort_keys AFTER UPDATE OF display_name ON users
        BEGIN
            UPDATE dossiers SET sort_assignee = NEW.display_name WHERE assignee_id = NEW.id;
        END""",
}

PG_FUNCTIONS = {
    "wsedesk_dossier_sort_keys": f"""
        CREATE FUNCTION wsedesk_dossier_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' AND NEW.sort_organisation <> '' THEN
                RETURN NEW;  -- a copied row (restore) keeps its keys
            END IF;
            NEW.sort_organisation := {_ORG_NAME.format(d="NEW")};
            NEW.sort_municipality := {_MUNICIPALITY.format(d="NEW")};
            NEW.sort_assignee := {_ASSIGNEE.format(d="NEW")};
            RETURN NEW;
        END $$""",
    "wsedesk_organisation_sort_keys": """
        CREATE FUNCTION wsedesk_organisation_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE dossiers SET sort_organisation = NEW.name,
                sort_municipality = coalesce(
                    (SELECT m.name_nl FROM municipalities m WHERE m.nis_code = NEW.municipality_nis), '')
            WHERE organisation_id = NEW.id;
            RETURN NULL;
        END $$""",
    "wsedesk_municipality_sort_keys": """
        CREATE FUNCTION wsedesk_municipality_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE dossiers SET sort_municipality = NEW.name_nl
            WHERE organisation_id IN (SELECT o.id FROM organisations o WHERE o.municipality_nis = NEW.nis_code);
            RETURN NULL;
        END $$""",
    "wsedesk_user_sort_keys": """
        CREATE FUNCTION wsedesk_user_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE dossiers SET sort_assignee = NEW.display_name WHERE assignee_id = NEW.id;
            RETURN NULL;
        END $$""",
}
PG_TRIGGERS = {
    "dossiers_sort_keys": "CREATE TRIGGER dossiers_sort_keys BEFORE INSERT OR UPDATE OF organisation_id, "
    "assignee_id ON dossiers FOR EACH ROW EXECUTE FUNCTION wsedesk_dossier_sort_keys()",
    "organisations_sort_keys": "CREATE TRIGGER organisations_sort_keys AFTER UPDATE OF name, municipality_nis "
    "ON organisations FOR EACH ROW EXECUTE FUNCTION wsedesk_organisation_sort_keys()",
    "municipalities_sort_keys": "CREATE TRIGGER municipalities_sort_keys AFTER UPDATE OF name_nl "
    "ON municipalities FOR EACH ROW EXECUTE FUNCTION wsedesk_municipality_sort_keys()",
    "users_sort_keys": "CREATE TRIGGER users_sort_keys AFTER UPDATE OF display_name ON users "
    "FOR EACH ROW EXECUTE FUNCTION wsedesk_user_sort_keys()",
}
_PG_TRIGGER_TABLES = {
    "dossiers_sort_keys": "dossiers",
    "organisations_sort_keys": "organisations",
    "municipalities_sort_keys": "municipalities",
    "users_sort_keys": "users",
}


def create_sqlite_triggers() -> None:
    for statement in SQLITE_TRIGGERS.values():
        op.execute(statement)


def upgrade() -> None:
    for key, length in zip(_KEYS, (300, 100, 200), strict=True):
        op.add_column("dossiers", sa.Column(key, sa.String(length), nullable=False, server_default=""))
    op.execute(
        f"UPDATE dossiers SET sort_organisation = {_ORG_NAME.format(d='dossiers')}, "
        f"sort_municipality = {_MUNICIPALITY.format(d='dossiers')}, "
        f"sort_assignee = {_ASSIGNEE.format(d='dossiers')}"
    )
    for name, columns in _INDEXES.items():
        op.create_index(name, "dossiers", columns, unique=False)
    if op.get_bind().dialect.name == "postgresql":
        for statement in [*PG_FUNCTIONS.values(), *PG_TRIGGERS.values()]:
            op.execute(statement)
    else:
        create_sqlite_triggers()
    op.execute("ANALYZE")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for trigger, table in _PG_TRIGGER_TABLES.items():
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        for function in PG_FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {function}()")
    else:
        for trigger in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for name in _INDEXES:
        op.drop_index(name, table_name="dossiers")
    with op.batch_alter_table("dossiers", schema=None) as batch_op:
        for key in reversed(_KEYS):
            batch_op.drop_column(key)
