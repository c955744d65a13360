"""Reading the audit trail (issue #11, item 5): who did what when, with the changed fields.

The unit of work writes the trail (storage/audit.py); this module only reads it. A dossier's
trail holds the entries of the dossier row and of every audited row that belongs to it (its
events, terms, documents, facts — any audited table with a `dossier_id`, and the suspensions of
its terms); an organisation's trail holds the organisation and its own rows (`organisation_id`).
Values that look like a national register number are masked (domain.md §2), whichever field
holds them. The whole trail, and the chain's verdict, are for a team lead.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsedesk.documents.xlsx_export import write_table
from wsedesk.errors import PermissionDeniedError
from wsedesk.i18n import N_
from wsedesk.models import AuditEntry, AuditHead, Dossier, Organisation, User
from wsedesk.models.base import Audited, Base
from wsedesk.models.terms import DossierTerm, Suspension
from wsedesk.rules.identifiers import NATIONAL_NUMBER_MASK, redact_national_numbers
from wsedesk.rules.reports import format_number_nl
from wsedesk.rules.roles import Role
from wsedesk.services.fields import stored_row
from wsedesk.storage.audit import GENESIS_HASH, verify_chain

if TYPE_CHECKING:
    from wsedesk.context import AppContext

ACTION_LABELS = {
    "insert": N_("aangemaakt"),
    "update": N_("gewijzigd"),
    "delete": N_("verwijderd"),
}
PERSONAL_FIELDS = frozenset({"national_number", "rijksregisternummer"})
# The whole trail is read a page at a time, newest first (keyset on seq): at most PAGE_ROWS rows
# shown per page, and at most SCAN_ROWS entries read per page while a filter finds few matches,
# so a page costs the same on a database with millions of entries.
PAGE_ROWS = 500
SCAN_ROWS = 5000
_CHUNK = 1000
# The verdict in the window checks the newest entries only (about 0.3 s for 5,000).
VERDICT_TAIL = 5000
_CHAIN_COLUMNS = ("seq", "at", "actor", "action", "entity", "entity_id", "changes", "prev_hash", "hash")


@dataclass(frozen=True)
class TrailChange:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class TrailRow:
    seq: int
    at: datetime  # naive UTC, as stored
    actor: str  # display name (login)
    action: str  # Dutch: aangemaakt, gewijzigd, verwijderd, or the recorded action
    entity: str  # Dutch label of the table
    entity_id: str
    changes: tuple[TrailChange, ...]

    def text(self) -> str:
        """Everything a filter may match, in one string."""
        parts = [self.actor, self.action, self.entity, self.entity_id]
        parts += [f"{c.field} {c.old} {c.new}" for c in self.changes]
        return " ".join(parts).lower()


@dataclass(frozen=True)
class Trail:
    rows: list[TrailRow]
    verdict: str | None = None  # the chain's verdict, for a team lead
    # Whole trail only: the seq to read on from (`before=`) when older entries may match; else None.
    older: int | None = None
    scanned: int = 0  # whole trail only: entries read for this page


def mask(value: Any) -> str:
    """A value as the trail shows it: text, national register numbers masked."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return redact_national_numbers(text)


def _labels() -> dict[str, str]:
    out: dict[str, str] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Audited):
            table = str(getattr(cls, "__tablename__", ""))
            out[table] = cls.__audit_label__ or table
    return out


def _owned_ids(session: Session, column: str, owner: uuid.UUID) -> set[str]:
    """Ids of the audited rows whose `column` (dossier_id, organisation_id) is `owner`."""
    ids: set[str] = set()
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Audited) and column in mapper.columns and "id" in mapper.columns:
            table = mapper.local_table
            ids.update(str(i) for i in session.scalars(select(table.c.id).where(table.c[column] == owner)))
    return ids


def _changes(entry: AuditEntry) -> tuple[TrailChange, ...]:
    out: list[TrailChange] = []
    data = entry.changes if isinstance(entry.changes, dict) else {}
    for key, value in sorted(data.items()):
        if isinstance(value, list) and len(value) == 2:
            old, new = value
        else:
            old, new = None, value
        if key in PERSONAL_FIELDS:
            old, new = (NATIONAL_NUMBER_MASK if old else None), (NATIONAL_NUMBER_MASK if new else None)
        out.append(TrailChange(key, mask(old), mask(new)))
    return tuple(out)


def _rows(session: Session, entries: Iterable[AuditEntry]) -> list[TrailRow]:
    labels = _labels()
    names = {u.login: u.display_name for u in session.scalars(select(User))}
    return [
        TrailRow(
            seq=e.seq,
            at=e.at,
            actor=f"{names[e.actor]} ({e.actor})" if e.actor in names else e.actor,
            action=ACTION_LABELS.get(e.action, e.action),
            entity=labels.get(e.entity, e.entity),
            entity_id=e.entity_id,
            changes=_changes(e),
        )
        for e in entries
    ]


def _filtered(rows: list[TrailRow], text: str) -> list[TrailRow]:
    words = text.lower().split()
    return [r for r in rows if all(w in r.text() for w in words)] if words else rows


def _for_ids(session: Session, ids: set[str]) -> list[AuditEntry]:
    found: list[AuditEntry] = []
    listed = sorted(ids)
    for start in range(0, len(listed), 500):  # SQLite's bound-parameter limit
        found += session.scalars(
            select(AuditEntry).where(AuditEntry.entity_id.in_(listed[start : start + 500]))
        )
    return sorted(found, key=lambda e: e.seq, reverse=True)


def _verdict(ctx: AppContext, session: Session, tail: int | None = None) -> str | None:
    if Role.TEAMVERANTWOORDELIJKE not in ctx.user.roles:
        return None
    tail = VERDICT_TAIL if tail is None else tail
    head = session.get(AuditHead, 1)
    last = head.seq if head else 0
    first = max(1, last - tail + 1)
    start_hash = GENESIS_HASH
    if first > 1:
        start_hash = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == first - 1)) or ""
    # Columns, not ORM objects: a third less time per entry.
    columns = [getattr(AuditEntry, c) for c in _CHAIN_COLUMNS]
    rows = session.execute(
        select(*columns)
        .where(AuditEntry.seq >= first)
        .order_by(AuditEntry.seq)
        .execution_options(yield_per=2000)
    )
    problem = verify_chain(rows, head, start_seq=first, start_hash=start_hash)
    if problem:
        return N_("Auditspoor: {m} (eerste fout bij regel {s}).").format(m=problem.message, s=problem.seq)
    if first > 1:
        return N_(
            "Auditspoor: {n} regels; de nieuwste {t} en de kop nagekeken, keten intact "
            "(het hele spoor nakijken: wsedesk db check)."
        ).format(n=format_number_nl(last), t=format_number_nl(last - first + 1))
    return N_("Auditspoor: {n} regels, keten intact.").format(n=format_number_nl(last))


def chain_verdict(ctx: AppContext, *, tail: int | None = None) -> str | None:
    """The chain's verdict for a team lead (None for anyone else): the newest `tail` entries
    (VERDICT_TAIL) linked and unchanged up to the head. The whole chain is `wsedesk db check`'s
    work: at 500,000 entries it takes half a minute, too long for a window to wait on."""
    with ctx.uow() as uow:
        return _verdict(ctx, uow.session, tail)


def dossier_trail(ctx: AppContext, dossier_id: str, *, text: str = "", with_verdict: bool = True) -> Trail:
    """The trail of one dossier and its rows, newest first, filtered on `text` (every word)."""
    with ctx.uow() as uow:
        s = uow.session
        d = stored_row(s, Dossier, dossier_id, N_("Dossier {i} bestaat niet (meer).").format(i=dossier_id))
        ids = {str(d.id)} | _owned_ids(s, "dossier_id", d.id)
        term_ids = list(s.scalars(select(DossierTerm.id).where(DossierTerm.dossier_id == d.id)))
        if term_ids:
            ids |= {
                str(i)
                for i in s.scalars(select(Suspension.id).where(Suspension.dossier_term_id.in_(term_ids)))
            }
        return _trail_of(ctx, s, ids, text, with_verdict)


def organisation_trail(
    ctx: AppContext, organisation_id: str, *, text: str = "", with_verdict: bool = True
) -> Trail:
    """The trail of one organisation and its own rows (establishments, persons, …), newest first."""
    with ctx.uow() as uow:
        s = uow.session
        not_found = N_("Organisatie {i} bestaat niet (meer).").format(i=organisation_id)
        org = stored_row(s, Organisation, organisation_id, not_found)
        ids = {str(org.id)} | _owned_ids(s, "organisation_id", org.id)
        return _trail_of(ctx, s, ids, text, with_verdict)


def _trail_of(ctx: AppContext, s: Session, ids: set[str], text: str, with_verdict: bool) -> Trail:
    """The entries of the rows `ids`, newest first, filtered on `text`, with the verdict if asked."""
    return Trail(_filtered(_rows(s, _for_ids(s, ids)), text), _verdict(ctx, s) if with_verdict else None)


def whole_trail(
    ctx: AppContext,
    *,
    text: str = "",
    since: datetime | None = None,
    until: datetime | None = None,
    before: int | None = None,
    limit: int | None = None,
    with_verdict: bool = True,
) -> Trail:
    """One page of the whole trail, newest first: a team lead only.

    Entries at or after `since` and before `until` (naive UTC), with seq below `before` (the
    previous page's `older`), filtered on `text` (every word). A page ends after `limit` rows or
    after SCAN_ROWS entries read (`limit` None: PAGE_ROWS); `older` then says where the next page starts. The chain's
    verdict reads the whole chain: ask for it once (`with_verdict`), not on every page.
    """
    if Role.TEAMVERANTWOORDELIJKE not in ctx.user.roles:
        raise PermissionDeniedError(N_("Enkel een teamverantwoordelijke ziet het hele auditspoor."))
    limit = PAGE_ROWS if limit is None else limit
    with ctx.uow() as uow:
        s = uow.session
        query = select(AuditEntry).order_by(AuditEntry.seq.desc())
        if since is not None:
            query = query.where(AuditEntry.at >= since)
        if until is not None:
            query = query.where(AuditEntry.at < until)
        rows: list[TrailRow] = []
        cursor, scanned, more = before, 0, True
        filtering = bool(text.split())
        while more and len(rows) < limit and scanned < SCAN_ROWS:
            # Without a filter every entry is a row: read no more than the page needs.
            size = _CHUNK if filtering else min(_CHUNK, limit - len(rows))
            chunk = query if cursor is None else query.where(AuditEntry.seq < cursor)
            entries = list(s.scalars(chunk.limit(size)))
            more = len(entries) == size
            for entry, row in zip(entries, _rows(s, entries), strict=True):
                scanned, cursor = scanned + 1, entry.seq
                if not filtering or _filtered([row], text):
                    rows.append(row)
                    if len(rows) >= limit:
                        break
        older = None
        if cursor is not None:
            probe = query.where(AuditEntry.seq < cursor).with_only_columns(AuditEntry.seq).limit(1)
            older = cursor if s.scalar(probe) is not None else None
        verdict = _verdict(ctx, s) if with_verdict else None
        return Trail(rows, verdict, older, scanned)


HEADERS: Sequence[str] = (
    N_("Regel"),
    N_("Wanneer (UTC)"),
    N_("Wie"),
    N_("Wat"),
    N_("Record"),
    N_("Id"),
    N_("Veld"),
    N_("Oud"),
    N_("Nieuw"),
)


def export_trail(trail: Trail, destination: str | Path) -> int:
    """The trail as an .xlsx file, one line per changed field (masked as shown); returns the lines."""
    lines: list[tuple[Any, ...]] = []
    for row in trail.rows:
        changes = row.changes or (TrailChange("", "", ""),)
        for c in changes:
            lines.append(
                (row.seq, row.at, row.actor, row.action, row.entity, row.entity_id, c.field, c.old, c.new)
            )
    write_table(
        destination, HEADERS, lines, title=N_("Auditspoor"), column_widths=(8, 18, 28, 12, 22, 38, 22, 30, 30)
    )
    return len(lines)


__all__ = [
    "Trail",
    "TrailChange",
    "TrailRow",
    "chain_verdict",
    "dossier_trail",
    "export_trail",
    "mask",
    "organisation_trail",
    "whole_trail",
]
