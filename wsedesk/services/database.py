"""Database maintenance use cases: upgrade, backup and the integrity check behind `wsedesk db check`."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from wsedesk.errors import DatabaseError
from wsedesk.models import AuditEntry, AuditHead, Document
from wsedesk.storage.anchor import Anchor, advance_anchor, read_anchor
from wsedesk.storage.audit import verify_chain
from wsedesk.storage.backup import backup_database
from wsedesk.storage.engine import Database
from wsedesk.storage.health import verify_sqlite_file
from wsedesk.storage.migrate import schema_state
from wsedesk.storage.trail_check import check_rows_against_trail

if TYPE_CHECKING:
    from wsedesk.context import AppContext


@dataclass
class CheckReport:
    database: str
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db: Database) -> CheckReport:
    """Integrity of the file/server, the migration head, the audit chain and every stored document hash."""
    report = CheckReport(db.describe())
    if db.sqlite_path is not None:
        try:
            verify_sqlite_file(db.sqlite_path)
        except DatabaseError as exc:
            report.problems.append(str(exc))
            return report
    state = schema_state(db)
    if state.up_to_date:
        report.facts.append(f"schemaversie {state.current} (de nieuwste)")
    else:
        report.problems.append(
            f"schemaversie {state.current or 'geen'}, verwacht {state.head}: voer 'wsedesk db upgrade' uit"
        )
    with db.engine.connect() as conn:
        if db.is_sqlite:
            result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            if result != ["ok"]:
                report.problems.append("SQLite-integriteitscontrole: " + "; ".join(result[:5]))
            fk = list(conn.exec_driver_sql("PRAGMA foreign_key_check"))
            if fk:
                report.problems.append(f"{len(fk)} verwijzingen naar ontbrekende rijen (foreign keys)")
            if not report.problems:
                report.facts.append("SQLite-integriteitscontrole: ok")
        else:
            conn.execute(text("SELECT 1"))
    if not state.up_to_date:
        return report
    with db.read_sessions() as session:
        head = session.get(AuditHead, 1)
        rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=2000))
        problem = verify_chain((r for (r,) in rows), head)
        if problem:
            report.problems.append(f"auditspoor: {problem.message} (eerste fout bij regel {problem.seq})")
        else:
            report.facts.append(f"auditspoor: {head.seq if head else 0} regels, keten intact")
        _check_anchor(db, session, head, report)
        trail = check_rows_against_trail(session)
        report.problems.extend(f"gegevens: {p}" for p in trail.problems)
        if trail.total_problems > len(trail.problems):
            report.problems.append(
                f"gegevens: en nog {trail.total_problems - len(trail.problems)} afwijkingen"
            )
        if not trail.total_problems:
            report.facts.append(f"gegevens: {trail.compared} rijen kloppen met hun laatste auditregel")
        bad_docs = 0
        n_docs = 0
        for doc_id, title, digest, content in session.execute(
            select(Document.id, Document.title, Document.sha256, Document.content).execution_options(
                yield_per=100
            )
        ):
            n_docs += 1
            if hashlib.sha256(content).hexdigest() != digest:
                bad_docs += 1
                report.problems.append(f"document '{title}' ({doc_id}) is gewijzigd: SHA-256 klopt niet")
        if not bad_docs:
            report.facts.append(f"documenten: {n_docs} gecontroleerd, alle SHA-256-waarden kloppen")
    return report


def _check_anchor(db: Database, session: Session, head: AuditHead | None, report: CheckReport) -> None:
    """The chain must still hold the entry anchored outside the database (storage/anchor.py)."""
    try:
        anchor = read_anchor(db.anchor_path)
    except DatabaseError as exc:
        report.problems.append(f"auditspoor: {exc}")
        return
    seq = head.seq if head else 0
    if anchor is None:
        report.facts.append(
            f"anker: geen ankerbestand ({db.anchor_path}); het einde van het spoor is niet bevestigd"
        )
        return
    if seq < anchor.seq:
        report.problems.append(
            f"auditspoor: de nieuwste regels ontbreken — het spoor eindigt bij regel {seq}, het anker "
            f"buiten de database zegt {anchor.seq} (regels afgeknipt, of een oudere kopie)"
        )
        return
    entry = session.get(AuditEntry, anchor.seq) if anchor.seq else None
    if anchor.seq and (entry is None or entry.hash != anchor.hash):
        report.problems.append(
            f"auditspoor: regel {anchor.seq} is niet meer die van het anker buiten de database "
            "(het spoor werd herschreven)"
        )
        return
    if seq > anchor.seq and not db.is_sqlite:
        advance_anchor(db.anchor_path, Anchor(seq, head.hash if head else ""))  # other clients wrote them
        report.facts.append(f"anker: bevestigd tot regel {anchor.seq}, bijgewerkt tot {seq}")
    elif seq > anchor.seq:
        report.facts.append(
            f"anker: bevestigd tot regel {anchor.seq}; {seq - anchor.seq} nieuwere regels zonder anker "
            "(geschreven buiten het programma, of vlak voor een crash)"
        )
    else:
        report.facts.append(f"anker: het spoor eindigt waar het anker buiten de database zegt (regel {seq})")


def backup(ctx: AppContext, target: Path) -> Path:
    return backup_database(ctx.db, target)
