"""Suspended days kept on the decided dossier and the ended term, for the figures (issue #13)

The figures for a period (services/figures.py) counted, per decided dossier and per ended term,
the days its suspensions stopped the clock (T-3: overlapping days count once, up to the decision
or the term's end) by reading every suspension of the period's rows and adding them up in Python:
~230 ms for a year at 100,000 dossiers. The dossier and the term now carry that number
(`suspended_days`; NULL while undecided / open), so the figures are grouped counts over two
covering indexes.

Like the list's sort keys (0012) the numbers are written by database triggers on both backends,
so every writer keeps them current whatever path it takes (services, demo bulk inserts, visit
packages, restores): on any change of a suspension (its dossier's and its term's number, old and
new) and on a change of a dossier's decision date or a term's end. A value written into the column
by hand is replaced by the computed one. They are no facts: kept out of the audit trail.

The arithmetic is the one of `services/figures.py: suspended_days` (the reference the tests compare
it with): the suspensions clipped to [start, min(end, until)), sorted by (start, end); each adds
what lies beyond the furthest end before it.

SQLite: the columns are dropped with ALTER TABLE DROP COLUMN (no table rebuild, so the triggers of
0012 on `dossiers` stay).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 06:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The figures' covering indexes (0009) carry the number instead of the row id they joined on.
_INDEXES = {
    "dossiers": (
        "ix_dossiers_decided_days",
        ["decided_on", "dossier_type", "submitted_on", "suspended_days"],
    ),
    "dossier_terms": (
        "ix_dossier_terms_closed_days",
        ["closed_on", "term_id", "due_cache", "suspended_days"],
    ),
}
_REPLACED = {
    "dossiers": ("ix_dossiers_decided", ["decided_on", "dossier_type", "submitted_on", "id"]),
    "dossier_terms": ("ix_dossier_terms_closed_rule", ["closed_on", "term_id", "due_cache", "id"]),
}


def _sqlite_days(owner: str, key: str, until: str) -> str:
    """The T-3 union of the suspensions whose `owner` column is `key`, up to day `until` (SQLite).

    julianday() of a date is a whole number + 0.5, so differences are whole days."""
    return f"""(CASE WHEN {until} IS NULL THEN NULL ELSE (
        SELECT CAST(coalesce(sum(max(0, en - max(st, coalesce(reached, st)))), 0) AS INTEGER) FROM (
            SELECT st, en, max(en) OVER (ORDER BY st, en ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                AS reached
            FROM (SELECT julianday(s.start) AS st,
                         min(coalesce(julianday(s."end"), julianday({until})), julianday({until})) AS en
                  FROM suspensions s WHERE s.{owner} = {key})))
    END)"""


def _sqlite_refresh(table: str, owner: str, until: str, key: str, *, always: bool = False) -> str:
    # An undecided dossier or an open term keeps its NULL: no work while the demo or an import
    # adds suspensions to running terms.
    return (
        f"UPDATE {table} SET suspended_days = {_sqlite_days(owner, f'{table}.id', f'{table}.{until}')} "
        f"WHERE id = {key}{'' if always else f' AND {until} IS NOT NULL'};"
    )


def _sqlite_refresh_both(row: str) -> str:
    return _sqlite_refresh("dossiers", "dossier_id", "decided_on", f"{row}.dossier_id") + _sqlite_refresh(
        "dossier_terms", "dossier_term_id", "closed_on", f"{row}.dossier_term_id"
    )


SQLITE_TRIGGERS = {
    "suspensions_days_insert": f"""
        CREATE TRIGGER suspensions_days_insert AFTER INSERT ON suspensions
        BEGIN {_sqlite_refresh_both("NEW")} END""",
    "suspensions_days_update": f"""
        CREATE TRIGGER suspensions_days_update
        AFTER UPDATE OF start, "end", dossier_id, dossier_term_id ON suspensions
        BEGIN {_sqlite_refresh_both("OLD")} {_sqlite_refresh_both("NEW")} END""",
    "suspensions_days_delete": f"""
        CREATE TRIGGER suspensions_days_delete AFTER DELETE ON suspensions
        BEGIN {_sqlite_refresh_both("OLD")} END""",
    # SQLite fires no trigger from its own trigger's UPDATE (recursive_triggers is off).
    "dossiers_days_insert": f"""
        CREATE TRIGGER dossiers_days_insert AFTER INSERT ON dossiers WHEN NEW.decided_on IS NOT NULL
        BEGIN {_sqlite_refresh("dossiers", "dossier_id", "decided_on", "NEW.id")} END""",
    "dossiers_days_update": f"""
        CREATE TRIGGER dossiers_days_update AFTER UPDATE OF decided_on, suspended_days ON dossiers
        BEGIN {_sqlite_refresh("dossiers", "dossier_id", "decided_on", "NEW.id", always=True)} END""",
    "dossier_terms_days_insert": f"""
        CREATE TRIGGER dossier_terms_days_insert AFTER INSERT ON dossier_terms WHEN NEW.closed_on IS NOT NULL
        BEGIN {_sqlite_refresh("dossier_terms", "dossier_term_id", "closed_on", "NEW.id")} END""",
    "dossier_terms_days_update": f"""
        CREATE TRIGGER dossier_terms_days_update AFTER UPDATE OF closed_on, suspended_days ON dossier_terms
        BEGIN {_sqlite_refresh("dossier_terms", "dossier_term_id", "closed_on", "NEW.id", always=True)} END""",
}

# PostgreSQL: the arithmetic in one SQL function per owner (date - date is a number of days).
_PG_DAYS = """
        CREATE FUNCTION {name}(owner uuid, until date)
        RETURNS integer LANGUAGE sql STABLE AS $$
            SELECT CASE WHEN until IS NULL THEN NULL ELSE (
                SELECT coalesce(sum(greatest(0, en - greatest(st, coalesce(reached, st)))), 0)::integer
                FROM (
                    SELECT st, en, max(en) OVER (ORDER BY st, en ROWS BETWEEN UNBOUNDED PRECEDING
                        AND 1 PRECEDING) AS reached
                    FROM (SELECT s.start AS st, least(coalesce(s."end", until), until) AS en
                          FROM suspensions s WHERE s.{owner} = owner) AS clipped
                ) AS ordered)
            END
        $$"""
PG_FUNCTIONS = {
    "wsedesk_dossier_suspended_days": _PG_DAYS.format(
        name="wsedesk_dossier_suspended_days", owner="dossier_id"
    ),
    "wsedesk_term_suspended_days": _PG_DAYS.format(
        name="wsedesk_term_suspended_days", owner="dossier_term_id"
    ),
    "wsedesk_suspensions_days": """
        CREATE FUNCTION wsedesk_suspensions_days() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                UPDATE dossiers SET suspended_days = wsedesk_dossier_suspended_days(id, decided_on)
                WHERE id = OLD.dossier_id AND decided_on IS NOT NULL;
                UPDATE dossier_terms SET suspended_days = wsedesk_term_suspended_days(id, closed_on)
                WHERE id = OLD.dossier_term_id AND closed_on IS NOT NULL;
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                UPDATE dossiers SET suspended_days = wsedesk_dossier_suspended_days(id, decided_on)
                WHERE id = NEW.dossier_id AND decided_on IS NOT NULL;
                UPDATE dossier_terms SET suspended_days = wsedesk_term_suspended_days(id, closed_on)
                WHERE id = NEW.dossier_term_id AND closed_on IS NOT NULL;
            END IF;
            RETURN NULL;
        END $$""",
    "wsedesk_dossier_days": """
        CREATE FUNCTION wsedesk_dossier_days() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.suspended_days := wsedesk_dossier_suspended_days(NEW.id, NEW.decided_on);
            RETURN NEW;
        END $$""",
    "wsedesk_term_days": """
        CREATE FUNCTION wsedesk_term_days() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.suspended_days := wsedesk_term_suspended_days(NEW.id, NEW.closed_on);
            RETURN NEW;
        END $$""",
}
PG_TRIGGERS = {
    "suspensions_days": (
        "suspensions",
        'CREATE TRIGGER suspensions_days AFTER INSERT OR DELETE OR UPDATE OF start, "end", dossier_id, '
        "dossier_term_id ON suspensions FOR EACH ROW EXECUTE FUNCTION wsedesk_suspensions_days()",
    ),
    "dossiers_days": (
        "dossiers",
        "CREATE TRIGGER dossiers_days BEFORE INSERT OR UPDATE OF decided_on, suspended_days ON dossiers "
        "FOR EACH ROW EXECUTE FUNCTION wsedesk_dossier_days()",
    ),
    "dossier_terms_days": (
        "dossier_terms",
        "CREATE TRIGGER dossier_terms_days BEFORE INSERT OR UPDATE OF closed_on, suspended_days ON dossier_terms "
        "FOR EACH ROW EXECUTE FUNCTION wsedesk_term_days()",
    ),
}


def upgrade() -> None:
    for table in ("dossiers", "dossier_terms"):
        op.add_column(table, sa.Column("suspended_days", sa.Integer(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_FUNCTIONS.values():
            op.execute(statement)
        op.execute("UPDATE dossiers SET suspended_days = wsedesk_dossier_suspended_days(id, decided_on)")
        op.execute("UPDATE dossier_terms SET suspended_days = wsedesk_term_suspended_days(id, closed_on)")
        for _table, statement in PG_TRIGGERS.values():
            op.execute(statement)
    else:
        op.execute(
            "UPDATE dossiers SET suspended_days = "
            + _sqlite_days("dossier_id", "dossiers.id", "dossiers.decided_on")
        )
        op.execute(
            "UPDATE dossier_terms SET suspended_days = "
            + _sqlite_days("dossier_term_id", "dossier_terms.id", "dossier_terms.closed_on")
        )
        for statement in SQLITE_TRIGGERS.values():
            op.execute(statement)
    for table, (name, columns) in _INDEXES.items():
        op.drop_index(_REPLACED[table][0], table_name=table)
        op.create_index(name, table, columns, unique=False)
    op.execute("ANALYZE")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for trigger, (table, _statement) in PG_TRIGGERS.items():
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        for function in reversed(list(PG_FUNCTIONS)):
            op.execute(f"DROP FUNCTION IF EXISTS {function}")
    else:
        for trigger in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for table, (name, _columns) in _INDEXES.items():
        op.drop_index(name, table_name=table)
        old, columns = _REPLACED[table]
        op.create_index(old, table, columns, unique=False)
    for table in ("dossiers", "dossier_terms"):
        op.execute(f"ALTER TABLE {table} DROP COLUMN suspended_days")
