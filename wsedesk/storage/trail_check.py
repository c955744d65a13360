"""Hold the data against the audit trail: a row changed behind the program's back is named.

The trail's insert/update/delete entries are replayed per (table, id) into the values each
audited column should have now; every row the trail knows is then compared with the database.
A direct `UPDATE organisations SET name = …` (no trail entry) shows up as a difference, as does
a row deleted or put back outside the program. Rows the trail never saw (bulk-loaded demo data,
rows back-filled by a migration) cannot be compared and are only counted. Columns listed in a
model's `__audit_derived__` (caches rewritten in bulk, e.g. a term's due date) are skipped.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsedesk.models import AuditEntry, Base
from wsedesk.models.base import Audited
from wsedesk.storage.audit import audited_keys_of, plain

ROW_ACTIONS = ("insert", "update", "delete")
# Ids fetched per query when comparing.
_CHUNK = 500


@dataclass
class TrailReport:
    compared: int = 0
    problems: list[str] = field(default_factory=list)
    total_problems: int = 0

    def add(self, message: str, *, limit: int = 20) -> None:
        self.total_problems += 1
        if len(self.problems) < limit:
            self.problems.append(message)


def _audited_models() -> dict[str, type[Any]]:
    found: dict[str, type[Any]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Audited):
            found[str(getattr(cls, "__tablename__", ""))] = cls
    return found


def replay(session: Session) -> dict[tuple[str, str], dict[str, Any] | None]:
    """(table, id) → the audited values the trail says the row has now (None: deleted)."""
    state: dict[tuple[str, str], dict[str, Any] | None] = {}
    rows = session.execute(
        select(AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.changes)
        .where(AuditEntry.action.in_(ROW_ACTIONS))
        .order_by(AuditEntry.seq)
        .execution_options(yield_per=5000)
    )
    for action, entity, entity_id, changes in rows:
        key = (str(entity), str(entity_id))
        if action == "delete":
            state[key] = None
            continue
        values = state.get(key) if action == "update" else None
        values = dict(values) if values else {}
        for column, pair in (changes or {}).items():
            if isinstance(pair, list) and len(pair) == 2:
                values[column] = pair[1]
        state[key] = values
    return state


def _same(expected: Any, actual: Any) -> bool:
    if expected == actual:
        return True
    # Decimals come back with the column's scale ("3" was written, "3.0" is read).
    if isinstance(expected, str) and isinstance(actual, str):
        try:
            return Decimal(expected) == Decimal(actual)
        except InvalidOperation:
            return False
    return False


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def check_rows_against_trail(session: Session) -> TrailReport:
    """Compare every row the trail knows with its replayed values; name table, row and column."""
    report = TrailReport()
    state = replay(session)
    models = _audited_models()
    by_table: dict[str, list[str]] = {}
    for table, entity_id in state:
        by_table.setdefault(table, []).append(entity_id)
    for table, ids in sorted(by_table.items()):
        model = models.get(table)
        if model is None:
            continue  # a table dropped by a later migration
        skipped: frozenset[str] = getattr(model, "__audit_derived__", frozenset())
        found: set[str] = set()
        for chunk in _chunks(ids):
            keys = [uuid.UUID(i) for i in chunk]
            for row in session.execute(select(model).where(model.id.in_(keys))).scalars():
                row_id = str(row.id)
                found.add(row_id)
                expected = state[(table, row_id)]
                report.compared += 1
                if expected is None:
                    report.add(
                        f"{table} {row_id}: de rij bestaat, maar het auditspoor zegt dat ze verwijderd is"
                    )
                    continue
                for column in audited_keys_of(row):
                    if column in skipped or column not in expected:
                        continue
                    if not _same(expected[column], plain(getattr(row, column))):
                        report.add(
                            f"{table} {row_id}: kolom '{column}' wijkt af van de laatste auditregel "
                            "(buiten het programma gewijzigd?)"
                        )
            session.expunge_all()
        for row_id in ids:
            if row_id not in found and state[(table, row_id)] is not None:
                report.add(f"{table} {row_id}: de rij ontbreekt, maar het auditspoor kent geen verwijdering")
    return report
