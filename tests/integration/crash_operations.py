"""The writing operations the kill loop (test_crash_safety.py) interrupts, as a table.

How to add a row: write `perform(ctx, env) -> key | None` — do ONE acknowledged write through the
service (the same call the window or the command line makes) and return a key that names what it
wrote (None when no target is left) — and `present(ctx, env, key) -> bool`, which says whether that
write is in the database after the kill. Add `Operation(name, perform, present)` to OPERATIONS.
Rows still to come: visits check-in (visits), users management (desk), `wsedesk step`/`letters`
(dossier life).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from wsedesk.context import AppContext
from wsedesk.models import Document, Dossier
from wsedesk.models.terms import DossierTerm, Suspension
from wsedesk.services import letters, terms
from wsedesk.services.backup import restore_backup


@dataclass(frozen=True)
class Env:
    """Files the operations share: the backup a restore puts back, and where it goes."""

    backup: Path
    restore_target: Path
    backup_head_seq: int


@dataclass(frozen=True)
class Operation:
    name: str
    perform: Callable[[AppContext, Env], str | None]
    present: Callable[[AppContext, Env, str], bool]


def _first(ctx: AppContext, status: str, *, stopped: bool | None = None) -> Dossier | None:
    with ctx.uow() as uow:
        query = select(Dossier).where(Dossier.dossier_type == "ED", Dossier.status == status)
        if stopped is not None:
            waiting = (
                select(DossierTerm.dossier_id)
                .join(Suspension, Suspension.dossier_term_id == DossierTerm.id)
                .where(Suspension.end.is_(None))
            )
            query = query.where(Dossier.id.in_(waiting) if stopped else Dossier.id.not_in(waiting))
        return uow.session.scalars(query.order_by(Dossier.reference).limit(1)).first()


def _step(ctx: AppContext, _env: Env) -> str | None:
    """A procedure step: ED-4 admissibility (services/terms.py apply_transition)."""
    d = _first(ctx, "ingediend")
    if d is None:
        return None
    terms.apply_transition(ctx, str(d.id), "ontvankelijk", on=max(d.status_since, ctx.clock.today()))
    return str(d.id)


def _step_present(ctx: AppContext, _env: Env, key: str) -> bool:
    with ctx.uow() as uow:
        d = uow.session.get(Dossier, uuid.UUID(key))
        return d is not None and d.status != "ingediend"


def _ask_information(ctx: AppContext, _env: Env) -> str | None:
    """The clock stops: a dossier starts waiting for information (ED-5)."""
    d = _first(ctx, "in_onderzoek", stopped=False)
    if d is None:
        return None
    terms.request_information(ctx, str(d.id), on=ctx.clock.today(), reason="Lijst van begeleiders ontbreekt")
    return str(d.id)


def _waiting_present(ctx: AppContext, _env: Env, key: str) -> bool:
    with ctx.uow() as uow:
        found = uow.session.scalars(
            select(Suspension.id)
            .join(DossierTerm, Suspension.dossier_term_id == DossierTerm.id)
            .where(DossierTerm.dossier_id == uuid.UUID(key))
        ).first()
        return found is not None


def _letter(ctx: AppContext, _env: Env) -> str | None:
    """A letter on a dossier waiting for information: rendered, stored with its SHA-256."""
    d = _first(ctx, "in_onderzoek", stopped=True)
    if d is None:
        return None
    stored = letters.generate_letter(ctx, str(d.id), "informatievraag")
    return str(stored.document_id)


def _letter_present(ctx: AppContext, _env: Env, key: str) -> bool:
    with ctx.uow() as uow:
        return uow.session.get(Document, uuid.UUID(key)) is not None


def _restore(ctx: AppContext, env: Env) -> str | None:
    """A restore of the backup over the restore target (services/backup.py)."""
    restore_backup(env.backup, f"sqlite:///{env.restore_target}", login=ctx.user.login, overwrite=True)
    return "herstel"


def _restore_present(_ctx: AppContext, env: Env, _key: str) -> bool:
    import sqlite3

    with sqlite3.connect(f"file:{env.restore_target}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT seq FROM audit_head").fetchone() == (env.backup_head_seq,)


OPERATIONS: list[Operation] = [
    Operation("stap", _step, _step_present),
    Operation("informatievraag", _ask_information, _waiting_present),
    Operation("brief", _letter, _letter_present),
    Operation("herstel", _restore, _restore_present),
]
