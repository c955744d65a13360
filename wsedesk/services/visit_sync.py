"""Check-out and check-in of visit packages, and working offline in one (docs/visits.md).

Check-out writes a signed package (storage/sync.py) for chosen visits, or for "my visits of this
week", and records it centrally. Check-in brings a package back into the central database
(SQLite or PostgreSQL) in **one transaction**: laptop-made records merge without question; an
edit or deletion is applied only where the central record did not change since the check-out;
everything else becomes a conflict in the review queue (services/visit_review.py) — nothing is
dropped unseen. The laptop's copy is cleared only after that transaction committed. Running a
check-in again (after an interruption, or with a copy of the same package) changes nothing the
second time; a package that is not ours, altered, from a newer schema, or already checked in
with other content is refused with the reason, and nothing is stored.
"""

from __future__ import annotations

import base64
import secrets
import uuid
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wsedesk import __version__
from wsedesk.errors import BadInputError, NotFoundError
from wsedesk.i18n import N_
from wsedesk.models import Base, User
from wsedesk.models.visits import SyncIdentity, Visit, VisitCheckout, VisitConflict
from wsedesk.progress import NullProgress, Progress
from wsedesk.rules import visits as R
from wsedesk.services.changes import Changes
from wsedesk.services.visit_terms import drop_action_term, sync_action_term
from wsedesk.services.visits import (
    add_visit_event,
    bury,
    my_open_visit_ids,
    require_online,
    require_visit_role,
    to_uuid,
)
from wsedesk.storage import audit
from wsedesk.storage.encryption import new_file_key
from wsedesk.storage.migrate import all_revisions, current_revision, head_revision, upgrade
from wsedesk.storage.sync import (
    SYNC_BY_TABLE,
    SYNC_ENTITIES,
    OfflinePackage,
    PackageHeader,
    PackageRefused,
    PackageState,
    SyncEntity,
    base_rows,
    clear_package,
    fetch_rows,
    laptop_digest,
    model_of,
    open_package,
    read_state,
    signature_valid,
    stored_base_digest,
    typed,
    write_package,
)

if TYPE_CHECKING:
    from wsedesk.context import AppContext

#: Conflict ids are derived from the package and the record: a rerun finds the same ones.
_CONFLICT_NS = uuid.UUID("6f0b1c55-3d0e-4f47-9a53-2b1f8d1f4a10")


def conflict_id(package_id: str, entity: str, entity_id: str) -> uuid.UUID:
    return uuid.uuid5(_CONFLICT_NS, f"{package_id}:{entity}:{entity_id}")


# --- the central database's identity and key ------------------------------------------------------------


def _identity(ctx: AppContext, *, create: bool) -> SyncIdentity | None:
    with ctx.uow() as uow:
        found = uow.session.get(SyncIdentity, 1)
    if found is not None or not create:
        return found
    try:
        with ctx.uow(write=True) as uow:
            row = SyncIdentity(
                id=1, database_id=uuid.uuid4(), key_hex=secrets.token_hex(32), created_at=ctx.clock.now()
            )
            uow.session.add(row)
            uow.commit()
            return row
    except IntegrityError:  # someone else made it at the same moment: use theirs
        return _identity(ctx, create=False)


# --- check-out -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckoutResult:
    package_id: str
    path: Path
    issued_to: str
    visits: int
    organisations: int
    dossiers: int
    changes: Changes


def choose_visits(
    ctx: AppContext, *, visit_ids: Sequence[str] = (), assignee_id: str | None = None, week: bool = False
) -> list[str]:
    """The visits of a check-out: the ones named, or the open visits of a user (this week only with `week`)."""
    if visit_ids:
        with ctx.uow() as uow:
            out = []
            for raw in dict.fromkeys(visit_ids):
                v = uow.session.get(Visit, to_uuid(raw, N_("Bezoek")))
                if v is None:
                    raise NotFoundError(N_("Bezoek '{v}' bestaat niet.").format(v=raw))
                if v.status == "afgesloten":
                    raise BadInputError(
                        N_("Bezoek {r} is afgesloten; het gaat niet meer mee.").format(r=v.reference)
                    )
                out.append(str(v.id))
            return out
    return my_open_visit_ids(ctx, user_id=assignee_id, week_of=ctx.clock.today() if week else None)


def checkout(
    ctx: AppContext,
    target: Path,
    *,
    visit_ids: Sequence[str] = (),
    assignee_id: str | None = None,
    week: bool = False,
    progress: Progress | None = None,
) -> CheckoutResult:
    """Write a visit package to `target` for the chosen visits and record it centrally."""
    require_online(ctx, N_("Uitchecken"))
    require_visit_role(ctx)
    chosen = choose_visits(ctx, visit_ids=visit_ids, assignee_id=assignee_id, week=week)
    if not chosen:
        raise BadInputError(N_("Er zijn geen open bezoeken om uit te checken."), where=N_("Uitchecken"))
    identity = _identity(ctx, create=True)
    assert identity is not None
    with ctx.uow() as uow:
        owner = uow.session.get(User, to_uuid(assignee_id or ctx.user.id, N_("Gebruiker")))
        if owner is None:
            raise NotFoundError(N_("Deze gebruiker bestaat niet."))
        owner_id, owner_login, owner_name = owner.id, owner.login, owner.display_name
    package_id = uuid.uuid4()
    issued_at = ctx.clock.now()
    header_fields: dict[str, Any] = {
        "package_id": str(package_id),
        "database_id": str(identity.database_id),
        "database_name": ctx.db.describe(),
        "schema_revision": current_revision(ctx.db) or head_revision(),
        "program_version": __version__,
        "issued_to": owner_login,
        "issued_to_name": owner_name,
        "issued_by": ctx.user.login,
        "issued_at": issued_at.isoformat(timespec="seconds"),
    }

    def record(header: PackageHeader) -> None:
        # Recorded before the file is moved into place: a package never exists without its record.
        with ctx.uow(write=True) as uow:
            uow.session.add(
                VisitCheckout(
                    id=package_id,
                    issued_to=owner_login,
                    issued_at=issued_at,
                    visit_ids=list(header.visit_ids),
                )
            )
            uow.commit()

    # A laptop that keeps its data encrypted (the setting) gets packages with a key of their own,
    # kept in this computer's key store: the package opens here, offline and at check-in, and nowhere else.
    encryption_key = new_file_key() if ctx.settings.encrypt_local_database else None
    engine = ctx.db.engine
    options = {} if ctx.db.is_sqlite else {"isolation_level": "REPEATABLE READ"}
    with engine.connect().execution_options(**options) as conn, conn.begin():
        header = write_package(
            conn,
            target,
            header_fields=header_fields,
            key=bytes.fromhex(identity.key_hex),
            visit_ids=[uuid.UUID(v) for v in chosen],
            user_ids=[owner_id, uuid.UUID(ctx.user.id)],
            progress=progress,
            before_place=record,
            encryption_key=encryption_key,
        )
    return CheckoutResult(
        str(package_id),
        Path(target).expanduser().resolve(),
        owner_login,
        len(header.visit_ids),
        len(header.organisation_ids),
        len(header.dossier_ids),
        Changes.of("visit", "checkout"),
    )


# --- offline --------------------------------------------------------------------------------------------------


def open_offline(path: Path, *, settings: Any = None, clock: Any = None) -> AppContext:
    """Open a package on the laptop: the same program, the package as its whole database."""
    from wsedesk.services.session import open_context

    db = open_package(path)
    try:
        state = read_state(db)
    finally:
        db.dispose()
    if state.checked_in_at:
        raise PackageRefused(
            N_("Dit bezoekpakket werd op {d} ingecheckt en is leeg; check de bezoeken opnieuw uit.").format(
                d=state.checked_in_at.replace("T", " ")
            )
        )
    resolved = Path(path).expanduser().resolve()
    ctx = open_context(f"sqlite:///{resolved}", settings=settings, clock=clock, login=state.header.issued_to)
    ctx.package = OfflinePackage(resolved, state)
    return ctx


# --- check-in ---------------------------------------------------------------------------------------------------


@dataclass
class CheckinResult:
    package_id: str
    issued_to: str
    already_checked_in: bool = False
    created: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    cleared: bool = False
    changes: Changes = field(default_factory=Changes)

    @property
    def merged(self) -> int:
        return self.created + self.updated + self.deleted


def _refuse_unknown(revision: str | None, known: Collection[str]) -> None:
    """A package's schema (as issued, or as its data file is now) must be one this program knows."""
    if revision not in known:
        raise PackageRefused(
            N_(
                "Het bezoekpakket heeft schemaversie {r}, nieuwer dan dit programma kent: installeer de nieuwste versie."
            ).format(r=revision)
        )


def _verify(ctx: AppContext, db: Any, state: PackageState) -> None:
    """Refuse a package that is not ours, altered, or from a newer schema (nothing stored yet)."""
    header = state.header
    identity = _identity(ctx, create=False)
    if identity is None or header.database_id != str(identity.database_id):
        raise PackageRefused(
            N_(
                "Dit bezoekpakket komt niet uit deze database (het werd uitgecheckt uit {db} door {who}); "
                "check het in waar het vandaan komt."
            ).format(db=header.database_name, who=header.issued_by)
        )
    if not signature_valid(bytes.fromhex(identity.key_hex), state):
        raise PackageRefused(
            N_("Het bezoekpakket werd buiten WSE Desk gewijzigd: de handtekening klopt niet.")
        )
    known = all_revisions()
    _refuse_unknown(header.schema_revision, known)
    if state.checked_in_at:
        return  # a receipt: no data left to check
    revision = current_revision(db)
    _refuse_unknown(revision, known)
    if stored_base_digest(db) != header.base_digest:
        raise PackageRefused(
            N_("Het bezoekpakket werd buiten WSE Desk gewijzigd: de uitgecheckte gegevens kloppen niet meer.")
        )
    if revision != head_revision():
        upgrade(db)  # an older package: brought to this program's schema, as opening it would


@dataclass
class _Side:
    """One sync table: base, laptop, central rows (id → (version, plain fields)), tombstones."""

    entity: SyncEntity
    base: dict[str, tuple[int, dict[str, Any]]]
    laptop: dict[str, tuple[int, dict[str, Any]]]
    laptop_deleted: set[str]
    central: dict[str, tuple[int, dict[str, Any]]] = field(default_factory=dict)


def _load_sides(db: Any, session: Session) -> dict[str, _Side]:
    tombstones = Base.metadata.tables["tombstones"]
    deleted: dict[str, set[str]] = defaultdict(set)
    with db.engine.connect() as conn:
        for r in conn.execute(select(tombstones.c.entity, tombstones.c.entity_id)):
            deleted[r.entity].add(str(r.entity_id))
        sides = {
            e.table: _Side(e, base_rows(db, e), fetch_rows(conn, e), deleted.get(e.table, set()))
            for e in SYNC_ENTITIES
        }
    central_conn = session.connection()
    for side in sides.values():
        ids = set(side.base) | set(side.laptop) | side.laptop_deleted
        side.central = fetch_rows(central_conn, side.entity, ids=ids)
    return sides


def _check_scope(header: PackageHeader, sides: Mapping[str, _Side]) -> None:
    """Laptop-made rows may only point at what the package holds (else the package was tampered with)."""
    orgs, dossiers = set(header.organisation_ids), set(header.dossier_ids)
    visits = set(header.visit_ids) | {
        i for i, (_, d) in sides["visits"].laptop.items() if i not in sides["visits"].base
    }
    problems: list[str] = []
    for table, side in sides.items():
        for entity_id, (_, data) in side.laptop.items():
            if entity_id in side.base and data == side.base[entity_id][1]:
                continue
            if table == "visits" and data["organisation_id"] not in orgs:
                problems.append(entity_id)
            if "visit_id" in data and data["visit_id"] not in visits:
                problems.append(entity_id)
            for ref in ("dossier_id", "follow_up_dossier_id"):
                if data.get(ref) is not None and data[ref] not in dossiers:
                    problems.append(entity_id)
    if problems:
        raise PackageRefused(
            N_(
                "Het bezoekpakket verwijst naar gegevens die niet uitgecheckt werden ({n} records): niet aanvaard."
            ).format(n=len(problems))
        )


class _Merge:
    """The merge of one package into the central session (one transaction)."""

    def __init__(
        self, ctx: AppContext, session: Session, state: PackageState, db: Any, result: CheckinResult
    ) -> None:
        self.ctx, self.s, self.header, self.db, self.result = ctx, session, state.header, db, result
        self.models = {e.table: model_of(e.table) for e in SYNC_ENTITIES}
        self.remap: dict[str, str] = {}  # laptop finding id → central finding id (create/create)
        self.held_visits: set[str] = set()  # visits whose laptop subtree waits in a conflict
        self.touched_dossiers: set[str] = set()
        self.visit_labels: dict[str, str] = {}
        self.visit_checklists: dict[str, tuple[str, int]] = {}

    # -- helpers

    def _values(self, table: str, data: Mapping[str, Any]) -> dict[str, Any]:
        columns = Base.metadata.tables[table].c
        return {k: typed(columns[k].type, self._mapped(k, v)) for k, v in data.items()}

    def _mapped(self, name: str, value: Any) -> Any:
        return self.remap.get(value, value) if name == "finding_id" and isinstance(value, str) else value

    def _label(self, table: str, data: Mapping[str, Any] | None) -> str:
        data = data or {}
        visit = self.visit_labels.get(str(data.get("visit_id")), "")
        if table == "visits":
            return N_("Bezoek {r}").format(r=data.get("reference", ""))
        if table == "visit_findings":
            return N_("Bevinding '{k}' bij {v}").format(k=self._item_text(data), v=visit)
        if table == "visit_actions":
            return N_("Opvolgactie '{d}' bij {v}").format(d=str(data.get("description", ""))[:80], v=visit)
        if table == "visit_attachments":
            return N_("Bijlage '{n}' bij {v}").format(
                n=data.get("original_name") or data.get("stored_name", ""), v=visit
            )
        if table == "visit_dossiers":
            return N_("Dossier van {v}").format(v=visit)
        return N_("Bezoeker van {v}").format(v=visit)

    def _item_text(self, data: Mapping[str, Any]) -> str:
        """The checklist item a finding is about, as the visit's checklist words it."""
        key = str(data.get("item_key", ""))
        checklist_of = self.visit_checklists.get(str(data.get("visit_id")))
        if checklist_of is None:
            return key
        try:
            return R.checklist(*checklist_of).item(key).text
        except R.VisitRuleError:
            return key

    def _conflict(
        self,
        side: _Side,
        entity_id: str,
        kind: str,
        *,
        laptop: dict[str, Any] | None,
        central_id: str | None = None,
    ) -> None:
        table = side.entity.table
        base = side.base.get(entity_id, (None, None))[1]
        central_key = central_id or entity_id
        central_version, central = side.central.get(central_key, (None, None))
        if laptop is not None and side.entity.blob:
            laptop = dict(laptop, _content=self._blob_b64(table, entity_id))
        cid = conflict_id(self.header.package_id, table, entity_id)
        if self.s.get(VisitConflict, cid) is None:
            data = laptop or base or central or {}
            visit_id = entity_id if table == "visits" else data.get("visit_id")
            self.s.add(
                VisitConflict(
                    id=cid,
                    checkout_id=uuid.UUID(self.header.package_id),
                    kind=kind,
                    entity=table,
                    entity_id=uuid.UUID(entity_id),
                    visit_id=uuid.UUID(str(visit_id)) if visit_id else None,
                    label=self._label(table, data)[:300],
                    base=base,
                    laptop=laptop,
                    central=central,
                    central_id=uuid.UUID(central_key) if central_id else None,
                    central_version=central_version,
                    laptop_user=self.header.issued_to,
                    detected_at=self.ctx.clock.now(),
                    status="open",
                )
            )
        self.result.conflicts += 1
        self.result.by_kind[kind] = self.result.by_kind.get(kind, 0) + 1

    def _blob_b64(self, table: str, entity_id: str) -> str | None:
        t = Base.metadata.tables[table]
        with self.db.engine.connect() as conn:
            blob = conn.execute(
                select(t.c.content).where(t.c.id == uuid.UUID(entity_id))
            ).scalar_one_or_none()
        return base64.b64encode(blob).decode() if blob is not None else None

    def _blob(self, table: str, entity_id: str) -> bytes:
        encoded = self._blob_b64(table, entity_id)
        assert encoded is not None
        return base64.b64decode(encoded)

    def _natural(self, side: _Side, data: Mapping[str, Any]) -> tuple[str, tuple[int, dict[str, Any]]] | None:
        key = side.entity.natural_key
        if not key:
            return None
        model = self.models[side.entity.table]
        stmt = select(model.id).where(
            *(getattr(model, k) == typed(model.__table__.c[k].type, data[k]) for k in key)
        )
        found = self.s.scalar(stmt)
        if found is None:
            return None
        rows = fetch_rows(self.s.connection(), side.entity, ids=[found])
        return str(found), rows[str(found)]

    # -- the merge

    def run(self, sides: dict[str, _Side], progress: Progress) -> None:
        for rows in (sides["visits"].laptop, sides["visits"].central):
            for entity_id, (_, data) in rows.items():
                self.visit_labels.setdefault(entity_id, data["reference"])
                self.visit_checklists.setdefault(
                    entity_id, (data["visit_type"], int(data["checklist_version"]))
                )
        self._hold_deleted_visits(sides)
        deletes: list[tuple[_Side, str]] = []
        total = sum(len(s.base) + len(s.laptop) for s in sides.values()) or 1
        done = 0
        for entity in SYNC_ENTITIES:
            side = sides[entity.table]
            for entity_id in sorted(set(side.base) | set(side.laptop)):
                done += 1
                if done % 200 == 0:
                    progress.report(done, total, N_("Inchecken: {t}").format(t=entity.table))
                laptop = (
                    None
                    if entity_id in side.laptop_deleted or entity_id not in side.laptop
                    else side.laptop[entity_id][1]
                )
                base = side.base.get(entity_id, (None, None))[1]
                held = entity_id if entity.table == "visits" else (laptop or base or {}).get("visit_id")
                if held in self.held_visits:
                    continue  # waits in its visit's conflict
                central_entry = side.central.get(entity_id)
                central = central_entry[1] if central_entry else None
                natural = None
                if base is None and central is None and laptop is not None:
                    natural = self._natural(side, self._remapped(laptop) or laptop)
                    central = natural[1][1] if natural else None
                decision = R.merge_record(
                    entity.fields, base=base, laptop=self._remapped(laptop), central=central
                )
                if natural is not None and decision.action == "noop" and entity.table == "visit_findings":
                    self.remap[entity_id] = natural[0]
                if decision.action == "create":
                    self._create(side, entity_id, dict(decision.values))
                elif decision.action == "update":
                    self._update(side, entity_id, dict(decision.values))
                elif decision.action == "delete":
                    deletes.append((side, entity_id))
                elif decision.action == "conflict":
                    assert decision.kind is not None
                    if natural is not None:
                        side.central[natural[0]] = natural[1]
                        if entity.table == "visit_findings":
                            self.remap[entity_id] = natural[0]
                    self._conflict(
                        side,
                        entity_id,
                        decision.kind,
                        laptop=laptop,
                        central_id=natural[0] if natural else None,
                    )
        for side, entity_id in reversed(deletes):
            self._delete(side, entity_id)

    def _remapped(self, data: dict[str, Any] | None) -> dict[str, Any] | None:
        if data is None or "finding_id" not in data:
            return data
        return dict(data, finding_id=self.remap.get(data["finding_id"], data["finding_id"]))

    def _hold_deleted_visits(self, sides: dict[str, _Side]) -> None:
        """A checked-out visit deleted centrally while the laptop worked on it: one conflict holds it all."""
        visits = sides["visits"]
        for visit_id in visits.base:
            if visit_id in visits.central:
                continue
            children = {
                table: [{"id": i, **d} for i, (_, d) in side.laptop.items() if d.get("visit_id") == visit_id]
                for table, side in sides.items()
                if table != "visits"
            }
            children_changed = any(
                sides[table].base.get(row["id"], (None, None))[1]
                != {k: v for k, v in row.items() if k != "id"}
                for table, rows in children.items()
                for row in rows
            )
            laptop_visit = visits.laptop.get(visit_id, (None, None))[1]
            visit_changed = laptop_visit is not None and laptop_visit != visits.base[visit_id][1]
            if not visit_changed and not children_changed:
                continue
            self.held_visits.add(visit_id)
            # Everything the laptop has for the visit waits with it, changed or not: keeping the
            # laptop's version brings the visit back whole (visitors, dossiers, findings, …).
            for table, rows in children.items():
                if SYNC_BY_TABLE[table].blob:
                    for row in rows:
                        row["_content"] = self._blob_b64(table, row["id"])
            bundle = dict(laptop_visit or visits.base[visit_id][1])
            bundle["_children"] = {t: rows for t, rows in children.items() if rows}
            self._conflict(visits, visit_id, "edit/delete", laptop=bundle)

    def _create(self, side: _Side, entity_id: str, data: dict[str, Any]) -> None:
        table = side.entity.table
        values = self._values(table, data)
        finding = values.get("finding_id")
        if finding is not None and self.s.get(self.models["visit_findings"], finding) is None:
            values["finding_id"] = None
            self.result.warnings.append(
                N_("{l}: de bevinding waarbij ze hoorde bestaat centraal niet meer; ze staat nu los.").format(
                    l=self._label(table, data)
                )
            )
        if side.entity.blob:
            values[side.entity.blob] = self._blob(table, entity_id)
        row = self.models[table](id=uuid.UUID(entity_id), **values)
        self.s.add(row)
        self.s.flush()
        self.result.created += 1
        self._after(table, row, new_status=data.get("status"))

    def _update(self, side: _Side, entity_id: str, values: dict[str, Any]) -> None:
        table = side.entity.table
        row = self.s.get(self.models[table], uuid.UUID(entity_id))
        assert row is not None
        old_status = getattr(row, "status", None)
        for name, value in self._values(table, values).items():
            setattr(row, name, value)
        self.s.flush()
        self.result.updated += 1
        self._after(
            table, row, new_status=values.get("status") if values.get("status") != old_status else None
        )

    def _delete(self, side: _Side, entity_id: str) -> None:
        table = side.entity.table
        row = self.s.get(self.models[table], uuid.UUID(entity_id))
        if row is None:
            return
        if table == "visit_actions":
            drop_action_term(self.s, row.id)
        self._touch(row)
        bury(self.s, self.ctx, row)
        self.s.flush()
        self.result.deleted += 1

    def _touch(self, row: Any) -> None:
        for name in ("dossier_id", "follow_up_dossier_id"):
            value = getattr(row, name, None)
            if value is not None:
                self.touched_dossiers.add(str(value))

    def _after(self, table: str, row: Any, *, new_status: str | None) -> None:
        self._touch(row)
        if table == "visit_actions":
            sync_action_term(self.s, row)
        if table == "visits" and new_status and new_status != "gepland":
            add_visit_event(
                self.s,
                self.ctx,
                row,
                self.ctx.clock.today(),
                N_("Bezoek {r}: {s} (ingecheckt van {u})").format(
                    r=row.reference,
                    s=R.STATUS_LABELS.get(new_status, new_status).lower(),
                    u=self.header.issued_to,
                ),
            )


def checkin(
    ctx: AppContext, path: Path, *, progress: Progress | None = None, clear: bool = True
) -> CheckinResult:
    """Bring a visit package back into the central database (see the module doc for the guarantees)."""
    require_online(ctx, N_("Inchecken"))
    require_visit_role(ctx)
    progress = progress or NullProgress()
    path = Path(path).expanduser().resolve()
    db = open_package(path)
    try:
        state = read_state(db)
        _verify(ctx, db, state)
        header = state.header
        result = CheckinResult(header.package_id, header.issued_to)
        digest = state.checked_in_digest if state.checked_in_at else laptop_digest(db)
        assert digest is not None
        with ctx.uow() as uow:
            record = uow.session.get(VisitCheckout, uuid.UUID(header.package_id))
            if record is None:
                raise PackageRefused(
                    N_(
                        "Dit bezoekpakket staat niet in de lijst van uitgecheckte pakketten van deze database."
                    )
                )
            status, done_digest, done_at, done_by = (
                record.status,
                record.digest,
                record.checked_in_at,
                record.checked_in_by,
            )
        if status == "ingecheckt":
            if done_digest != digest:
                raise PackageRefused(
                    N_(
                        "Dit bezoekpakket werd al ingecheckt op {d} door {u}, met andere wijzigingen dan deze kopie: "
                        "niet aanvaard. Bekijk de wachtrij met conflicten."
                    ).format(d=f"{done_at:%d/%m/%Y %H:%M}" if done_at else "?", u=done_by or "?")
                )
            result.already_checked_in = True
        elif state.checked_in_at:
            raise PackageRefused(
                N_(
                    "Dit pakket is een ontvangstbewijs van een inchecking die deze database niet kent (teruggezette back-up?)."
                )
            )
        else:
            _merge_package(ctx, db, state, digest, result, progress)
    finally:
        db.dispose()
    if clear and not state.checked_in_at:
        clear_package(path, state, digest=digest, at=ctx.clock.now())
        result.cleared = True
    progress.report(1, 1, N_("Ingecheckt"))
    return result


def _merge_package(
    ctx: AppContext, db: Any, state: PackageState, digest: str, result: CheckinResult, progress: Progress
) -> None:
    header = state.header
    with ctx.uow(write=True) as uow:
        s = uow.session
        record = s.get(VisitCheckout, uuid.UUID(header.package_id))
        assert record is not None
        if record.status == "ingecheckt":  # checked in by someone else since we looked
            raise PackageRefused(N_("Dit bezoekpakket werd intussen door iemand anders ingecheckt."))
        sides = _load_sides(db, s)
        _check_scope(header, sides)
        merge = _Merge(ctx, s, state, db, result)
        merge.run(sides, progress)
        record.status = "ingecheckt"
        record.checked_in_at = ctx.clock.now()
        record.checked_in_by = ctx.user.login
        record.digest = digest
        record.merged = result.merged
        record.conflicts = result.conflicts
        audit.record(
            s,
            "checkin",
            "visit_checkouts",
            header.package_id,
            {
                "laptop_user": header.issued_to,
                "created": result.created,
                "updated": result.updated,
                "deleted": result.deleted,
                "conflicts": result.conflicts,
            },
        )
        uow.commit()
    result.changes = Changes.of(
        "visit", "dossier", "terms", "conflicts", dossier_ids=sorted(merge.touched_dossiers)
    )


@dataclass(frozen=True)
class CheckoutRow:
    package_id: str
    issued_to: str
    issued_at: str
    visits: int
    status: str
    checked_in_at: str | None
    merged: int
    conflicts: int


def list_checkouts(ctx: AppContext, *, limit: int = 200) -> list[CheckoutRow]:
    from wsedesk.services.conflicts import local_time

    with ctx.uow() as uow:
        rows = uow.session.scalars(
            select(VisitCheckout).order_by(VisitCheckout.issued_at.desc()).limit(limit)
        )
        return [
            CheckoutRow(
                str(r.id),
                r.issued_to,
                local_time(r.issued_at) or "",
                len(r.visit_ids),
                r.status,
                local_time(r.checked_in_at),
                r.merged,
                r.conflicts,
            )
            for r in rows
        ]


def package_counts(result: CheckinResult) -> dict[str, Any]:
    """The counts `wsedesk visit checkin --json` prints."""
    return {
        "package": result.package_id,
        "issued_to": result.issued_to,
        "already_checked_in": result.already_checked_in,
        "merged": result.merged,
        "created": result.created,
        "updated": result.updated,
        "deleted": result.deleted,
        "conflicts": result.conflicts,
        "conflict_kinds": dict(sorted(result.by_kind.items())),
        "warnings": list(result.warnings),
        "cleared": result.cleared,
    }
