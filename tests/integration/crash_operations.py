"""The writing operations the kill loop (test_crash_safety.py) interrupts, as a table.

How to add a row: write `perform(ctx, env) -> key | None` — do ONE acknowledged write through the
service (the same call the window or the command line makes) and return a key that names what it
wrote (None when no target is left) — and `present(ctx, env, key) -> bool`, which says whether that
write is in the database after the kill. Add `Operation(name, perform, present)` to OPERATIONS. What a row needs made beforehand (visit
packages to check in) is made by test_crash_safety.py's `_prepare` and reached through `Env`.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import func, select

from tests.integration.visit_helpers import resolve_as_shown
from wsedesk.commands.letters import write_whole
from wsedesk.context import AppContext
from wsedesk.models import Document, Dossier, User
from wsedesk.models.terms import DossierTerm, Suspension
from wsedesk.models.visits import Visit, VisitCheckout, VisitConflict
from wsedesk.services import letters, terms
from wsedesk.services import visit_review as review
from wsedesk.services import visit_sync as sync
from wsedesk.services.backup import restore_backup
from wsedesk.services.steps import take_step
from wsedesk.services.users import UserInput, save_user
from wsedesk.storage.sync import open_package, read_state

MAX_CHECKOUTS = 25  # packages written by the check-out row (each a file of its own)
MAX_USERS = 40  # users added by the users row
BATCH = 3  # dossiers per batch of letters


@dataclass(frozen=True)
class Env:
    """Files the operations share: the backup a restore puts back and where it goes; visit packages."""

    backup: Path
    restore_target: Path
    backup_head_seq: int
    packages: Path  # prepared packages, each with an offline edit that conflicts with the office's
    checkouts: Path  # where the check-out row writes its packages
    letters: Path  # where the batch-letters row writes its PDFs (`wsedesk letters -o MAP`)

    def to_json(self) -> str:
        return json.dumps({k: str(v) for k, v in asdict(self).items()})

    @classmethod
    def from_json(cls, text: str) -> Env:
        data = json.loads(text)
        return cls(
            Path(data["backup"]),
            Path(data["restore_target"]),
            int(data["backup_head_seq"]),
            Path(data["packages"]),
            Path(data["checkouts"]),
            Path(data["letters"]),
        )


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
    """A procedure step, `wsedesk step REF ontvankelijk` (services/steps.py take_step, ED-4)."""
    d = _first(ctx, "ingediend")
    if d is None:
        return None
    take_step(ctx, str(d.id), "ontvankelijk", on=max(d.status_since, ctx.clock.today()))
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


def _decision(ctx: AppContext, _env: Env) -> str | None:
    """Advice before decision (ED-6), one write per call: the draft, its approval, then `erkennen`.

    Keys: `doc:<id>` (a stored advice revision) or `erkend:<dossier id>` (the decision taken).
    """
    d = _first(ctx, "advies")
    if d is None:
        return None
    with ctx.uow() as uow:
        newest = uow.session.execute(
            select(Document.final)
            .where(Document.dossier_id == d.id, Document.kind == "advies")
            .order_by(Document.revision.desc())
            .limit(1)
        ).first()
    if newest is None:  # `wsedesk letter REF --kind advies --voorstel erkenning`
        stored = letters.generate_letter(ctx, str(d.id), "advies", proposed_decision="erkenning")
    elif not newest.final:  # ... --goedkeuren, as a team lead
        stored = letters.approve_advice(ctx, str(d.id), proposed_decision="erkenning")
    else:  # `wsedesk step REF erkennen`
        take_step(ctx, str(d.id), "erkennen", on=max(d.status_since, ctx.clock.today()))
        return f"erkend:{d.id}"
    return f"doc:{stored.document_id}"


def _decision_present(ctx: AppContext, _env: Env, key: str) -> bool:
    what, _, ident = key.partition(":")
    with ctx.uow() as uow:
        if what == "doc":
            return uow.session.get(Document, uuid.UUID(ident)) is not None
        d = uow.session.get(Dossier, uuid.UUID(ident))
        return d is not None and d.status == "erkend"


def _batch(ctx: AppContext, env: Env) -> str | None:
    """`wsedesk letters --kind erkenning --where type=ED --where status=erkend -o MAP`, a few at a time:
    stored with their dossiers (generate_batch), then each PDF written whole. Key: the document ids."""
    with ctx.uow() as uow:
        written = select(Document.dossier_id).where(Document.kind == "erkenning")
        ids = [
            str(i)
            for i in uow.session.scalars(
                select(Dossier.id)
                .where(Dossier.dossier_type == "ED", Dossier.status == "erkend", Dossier.id.not_in(written))
                .order_by(Dossier.reference)
                .limit(BATCH)
            )
        ]
    if not ids:
        return None
    done, _skipped = letters.generate_batch(ctx, ids, "erkenning")
    for stored in done:
        write_whole(env.letters / stored.filename, stored.content)
    return ",".join(f"{s.document_id}/{s.filename}" for s in done) or None


def _batch_present(ctx: AppContext, env: Env, key: str) -> bool:
    with ctx.uow() as uow:
        for item in key.split(","):
            document_id, _, filename = item.partition("/")
            doc = uow.session.get(Document, uuid.UUID(document_id))
            path = env.letters / filename
            if (
                doc is None
                or not path.exists()
                or hashlib.sha256(path.read_bytes()).hexdigest() != doc.sha256
            ):
                return False
    return True


def _restore(ctx: AppContext, env: Env) -> str | None:
    """A restore of the backup over the restore target (services/backup.py)."""
    restore_backup(env.backup, f"sqlite:///{env.restore_target}", login=ctx.user.login, overwrite=True)
    return "herstel"


def _restore_present(_ctx: AppContext, env: Env, _key: str) -> bool:
    import sqlite3

    with sqlite3.connect(f"file:{env.restore_target}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT seq FROM audit_head").fetchone() == (env.backup_head_seq,)


def _check_out(ctx: AppContext, env: Env) -> str | None:
    """A check-out: the package file and its central record (services/visit_sync.py checkout)."""
    if len(list(env.checkouts.glob("*.wsebezoek"))) >= MAX_CHECKOUTS:
        return None
    with ctx.uow() as uow:
        visits = list(
            uow.session.scalars(
                select(Visit.id).where(Visit.status != "afgesloten").order_by(Visit.reference)
            )
        )
    if not visits:
        return None
    done = len(list(env.checkouts.iterdir()))
    target = env.checkouts / f"uit-{uuid.uuid4().hex[:8]}.wsebezoek"
    return sync.checkout(ctx, target, visit_ids=[str(visits[done % len(visits)])]).package_id


def _checked_out(ctx: AppContext, _env: Env, key: str) -> bool:
    with ctx.uow() as uow:
        return uow.session.get(VisitCheckout, uuid.UUID(key)) is not None


def _package_id(path: Path) -> str:
    db = open_package(path)
    try:
        return read_state(db).header.package_id
    finally:
        db.dispose()


def _check_in(ctx: AppContext, env: Env) -> str | None:
    """A check-in of a prepared package (`wsedesk visit checkin BESTAND`): merged, conflict queued."""
    for path in sorted(env.packages.glob("*.wsebezoek")):
        package_id = _package_id(path)
        if not _checked_in(ctx, env, package_id):
            sync.checkin(ctx, path)
            return package_id
    return None


def _checked_in(ctx: AppContext, _env: Env, key: str) -> bool:
    with ctx.uow() as uow:
        found = uow.session.get(VisitCheckout, uuid.UUID(key))
        return found is not None and found.status == "ingecheckt"


def _resolve(ctx: AppContext, _env: Env) -> str | None:
    """A conflict of the review queue resolved (keep the office's version)."""
    rows = review.list_conflicts(ctx, limit=1)
    if not rows:
        return None
    detail = review.conflict_detail(ctx, rows[0].id)
    resolve_as_shown(ctx, detail, "central")
    return detail.id


def _resolved(ctx: AppContext, _env: Env, key: str) -> bool:
    with ctx.uow() as uow:
        found = uow.session.get(VisitConflict, uuid.UUID(key))
        return found is not None and found.status != "open"


def _add_user(ctx: AppContext, _env: Env) -> str | None:
    """A user added by the team lead (Beheer → Gebruikers, services/users.py)."""
    with ctx.uow() as uow:
        made = uow.session.scalar(select(func.count()).select_from(User).where(User.login.like("kill-%")))
    if (made or 0) >= MAX_USERS:
        return None
    login = f"kill-{uuid.uuid4().hex[:8]}"
    save_user(ctx, None, UserInput(display_name=f"Collega {login[5:]}", login=login))
    return login


def _user_present(ctx: AppContext, _env: Env, key: str) -> bool:
    with ctx.uow() as uow:
        return uow.session.scalar(select(User.id).where(User.login == key)) is not None


OPERATIONS: list[Operation] = [
    Operation("stap", _step, _step_present),
    Operation("beslissing", _decision, _decision_present),
    Operation("brieven", _batch, _batch_present),
    Operation("informatievraag", _ask_information, _waiting_present),
    Operation("brief", _letter, _letter_present),
    Operation("herstel", _restore, _restore_present),
    Operation("uitchecken", _check_out, _checked_out),
    Operation("inchecken", _check_in, _checked_in),
    Operation("conflict", _resolve, _resolved),
    Operation("gebruiker", _add_user, _user_present),
]
