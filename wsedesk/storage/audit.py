"""The hash-chained audit trail: written on every flush, verified by `wsedesk db check`.

Each entry's hash is sha256(prev_hash + canonical JSON of the entry). Entries are numbered
without gaps; `audit_head` holds the newest seq and hash. Altering a row breaks its hash,
removing one breaks the numbering or the link to the next, removing the newest breaks the head.
Writers serialise on the head row (SELECT … FOR UPDATE on PostgreSQL; SQLite's write lock).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, event, insert, inspect, select
from sqlalchemy.orm import Session

from wsedesk.models import AuditEntry, AuditHead
from wsedesk.models.base import Audited, Editable, new_id
from wsedesk.storage.anchor import HEAD_INFO

GENESIS_HASH = "0" * 64
_HEAD_KEPT = "audit_head_kept"  # session.info: (transaction, AuditHead) on SQLite, see _lock_head


def plain(value: Any) -> Any:
    """A JSON value that hashes the same on every backend."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Decimal | float):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return str(value)


def _canonical_at(at: datetime) -> str:
    return at.replace(tzinfo=None).isoformat(timespec="microseconds")


def entry_hash(
    prev_hash: str,
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    changes: dict[str, Any],
) -> str:
    return _hash_plain(prev_hash, seq, _canonical_at(at), actor, action, entity, entity_id, plain(changes))


def _hash_plain(
    prev_hash: str, seq: int, at: str, actor: str, action: str, entity: str, entity_id: str, changes: Any
) -> str:
    """entry_hash with `at` already canonical and `changes` already plain (no second pass)."""
    payload = json.dumps(
        [seq, at, actor, action, entity, entity_id, changes],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


@dataclass
class PendingAudit:
    action: str
    entity: str
    entity_id: str
    changes: dict[str, Any]
    plain: bool = False  # `changes` already made plain (insert_audited): not walked a second time


def _lock_head(session: Session) -> AuditHead:
    if session.get_bind().dialect.name == "postgresql":
        # Every flush locks again: a row lock taken inside a savepoint that is rolled back is gone.
        head = session.execute(
            select(AuditHead)
            .where(AuditHead.id == 1)
            .with_for_update()
            .execution_options(populate_existing=True)
        ).scalar_one_or_none()
    else:
        # SQLite: the write transaction holds the database lock, so the head read once in this
        # transaction stays the one on disk; it is kept (the identity map holds it only weakly)
        # for the transaction's later flushes: one SELECT per transaction instead of one per
        # flush (a report import flushes three times a file). A savepoint's rollback expires it,
        # so it is read again then; a new transaction reads it anew.
        transaction = session.get_transaction()
        kept = session.info.get(_HEAD_KEPT)
        if kept is not None and kept[0] is transaction:
            head = kept[1]
        else:
            # populate_existing: the kept object of an earlier transaction is refreshed, not
            # reused as it was (sessions do not expire on commit).
            head = session.execute(
                select(AuditHead).where(AuditHead.id == 1).execution_options(populate_existing=True)
            ).scalar_one_or_none()
            if head is not None:
                session.info[_HEAD_KEPT] = (transaction, head)
    if head is None:
        head = AuditHead(id=1, seq=0, hash=GENESIS_HASH)
        session.add(head)
    return head


def append_audit(session: Session, entries: list[PendingAudit], *, actor: str, at: datetime) -> None:
    """Append entries to the chain inside the session's transaction.

    The rows go in with one executemany, not as ORM objects: a report import writes a few
    thousand entries, and building and flushing an object for each cost more than the data.
    """
    if not entries:
        return
    with session.no_autoflush:
        head = _lock_head(session)
        seq, prev = head.seq, head.hash
        canonical_at = _canonical_at(at)
        rows = []
        for e in entries:
            seq += 1
            changes = e.changes if e.plain else plain(e.changes)
            digest = _hash_plain(prev, seq, canonical_at, actor, e.action, e.entity, e.entity_id, changes)
            rows.append(
                {
                    "seq": seq,
                    "at": at,
                    "actor": actor,
                    "action": e.action,
                    "entity": e.entity,
                    "entity_id": e.entity_id,
                    "changes": changes,
                    "prev_hash": prev,
                    "hash": digest,
                }
            )
            prev = digest
        session.execute(insert(cast(Table, AuditEntry.__table__)), rows)
        head.seq, head.hash = seq, prev
        session.info[HEAD_INFO] = (seq, prev)  # anchored outside the database after the commit


def _apply_scalar_defaults(obj: Any) -> None:
    """Fill plain column defaults now, so the audit shows the values actually inserted."""
    for column_attr in inspect(obj).mapper.column_attrs:
        column = column_attr.columns[0]
        default = column.default
        if default is not None and default.is_scalar and getattr(obj, column_attr.key) is None:
            setattr(obj, column_attr.key, default.arg)


def audited_keys_of(obj: Any) -> list[str]:
    exclude: frozenset[str] = getattr(type(obj), "__audit_exclude__", frozenset())
    return [a.key for a in inspect(obj).mapper.column_attrs if a.key not in exclude]


def _entity(obj: Any) -> tuple[str, str]:
    """(table name, id) of a mapped object, as the audit trail names it."""
    return str(inspect(obj).mapper.local_table.name), str(obj.id)


def _snapshot(obj: Any) -> dict[str, Any]:
    return {key: plain(getattr(obj, key)) for key in audited_keys_of(obj)}


def _column_changes(obj: Any) -> dict[str, Any]:
    """old → new of the columns changed in this flush."""
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for key in audited_keys_of(obj):
        hist = state.attrs[key].history
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if plain(old) != plain(new):
                changes[key] = [plain(old), plain(new)]
    return changes


def install_audit_listener(session_factory: Any) -> None:
    """Stamp editable rows and write audit entries for every flush of sessions from this factory."""

    @event.listens_for(session_factory, "before_flush")
    def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
        actor: str = session.info.get("actor", "onbekend")
        clock: Callable[[], datetime] = session.info["clock"]
        now = clock()
        pending: list[PendingAudit] = []
        for obj in session.new:
            if getattr(obj, "id", "absent") is None:
                obj.id = new_id()
            if isinstance(obj, Editable):
                obj.created_at = obj.created_at or now
                obj.updated_at, obj.updated_by = now, actor
            _apply_scalar_defaults(obj)
            if isinstance(obj, Audited):
                changes = {k: [None, v] for k, v in _snapshot(obj).items()}
                pending.append(PendingAudit("insert", *_entity(obj), changes))
        for obj in session.dirty:
            if not session.is_modified(obj, include_collections=False):
                continue
            if isinstance(obj, Audited):
                changes = _column_changes(obj)
                if changes:
                    pending.append(PendingAudit("update", *_entity(obj), changes))
            if isinstance(obj, Editable):
                obj.updated_at, obj.updated_by = now, actor
        for obj in session.deleted:
            if isinstance(obj, Audited):
                changes = {k: [v, None] for k, v in _snapshot(obj).items()}
                pending.append(PendingAudit("delete", *_entity(obj), changes))
        append_audit(session, pending, actor=actor, at=now)


def insert_audited(session: Session, model: type[Audited], rows: list[dict[str, Any]]) -> None:
    """Insert many new rows of a plain audited table with one executemany (an import's thousands
    of values), each checked by the input policy and entered in the trail exactly as the flush
    listener would: an 'insert' with every audited column. Not for Editable tables (no stamps)."""
    from wsedesk.storage.input_guard import check_values

    if issubclass(model, Editable):
        raise TypeError(f"{model.__name__} is Editable: add its rows through the session")
    mapper = inspect(model)
    table = cast(Table, mapper.local_table)
    attrs = list(mapper.column_attrs)
    exclude: frozenset[str] = getattr(model, "__audit_exclude__", frozenset())
    session.flush()  # earlier changes first: the chain follows the order things happened
    complete, pending = [], []
    for row in rows:
        values = {a.key: row.get(a.key) for a in attrs}
        if values.get("id") is None:
            values["id"] = new_id()
        for a in attrs:
            default = a.columns[0].default
            if values[a.key] is None and default is not None and default.is_scalar:
                values[a.key] = default.arg
        check_values(model, values)
        complete.append({a.columns[0].name: values[a.key] for a in attrs})
        changes = {a.key: [None, plain(values[a.key])] for a in attrs if a.key not in exclude}
        pending.append(PendingAudit("insert", table.name, str(values["id"]), changes, plain=True))
    if not complete:
        return
    session.execute(insert(table), complete)
    append_audit(session, pending, actor=session.info.get("actor", "onbekend"), at=session.info["clock"]())


def record(session: Session, action: str, entity: str, entity_id: str, details: dict[str, Any]) -> None:
    """Append an entry that is not a row change (a reveal, a bulk import) to the chain now."""
    session.flush()  # row changes first, so the chain follows the order things happened
    append_audit(
        session,
        [PendingAudit(action, entity, entity_id, details)],
        actor=session.info.get("actor", "onbekend"),
        at=session.info["clock"](),
    )
    session.flush()


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    message: str


def verify_chain(
    rows: Iterator[Any] | list[AuditEntry],
    head: AuditHead | None,
    *,
    start_seq: int = 1,
    start_hash: str = GENESIS_HASH,
) -> ChainProblem | None:
    """Return the first problem in the chain, or None when every row and the head agree.

    `rows` are entries (or rows with their columns) in seq order from `start_seq`; a check of the
    newest part only starts there, trusting `start_hash` (the previous entry's hash).
    """
    prev, expected_seq = start_hash, start_seq
    for row in rows:
        if row.seq != expected_seq:
            return ChainProblem(expected_seq, f"auditregel {expected_seq} ontbreekt (verwijderd?)")
        if row.prev_hash != prev:
            return ChainProblem(row.seq, f"auditregel {row.seq} sluit niet aan op de vorige regel")
        digest = entry_hash(
            prev, row.seq, row.at, row.actor, row.action, row.entity, row.entity_id, row.changes
        )
        if digest != row.hash:
            return ChainProblem(row.seq, f"auditregel {row.seq} werd gewijzigd (hash klopt niet)")
        prev, expected_seq = row.hash, expected_seq + 1
    last = expected_seq - 1
    if head is None:
        if last:
            return ChainProblem(last, "de kop van het auditspoor ontbreekt")
        return None
    if head.seq != last or head.hash != prev:
        missing = last + 1
        return ChainProblem(missing, f"auditregel {missing} en volgende ontbreken (kop verwacht {head.seq})")
    return None
