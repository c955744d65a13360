"""Database maintenance use cases: upgrade, backup and the integrity check behind `wsedesk db check`."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select, text

from wsedesk.models import AuditEntry, AuditHead, Document
from wsedesk.storage.audit import verify_chain
from wsedesk.storage.backup import backup_database
from wsedesk.storage.engine import Database
from wsedesk.storage.migrate import schema_state

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


def backup(ctx: AppContext, target: Path) -> Path:
    return backup_database(ctx.db, target)
