"""Visit packages: one SQLite file with what a site visit needs, written at check-out, read at check-in.

A package is a WSE Desk database of the program's own schema holding only the chosen visits,
their organisations, those organisations' dossiers with history and terms, the reference data a
visit needs and the users it names — no national register numbers, no other organisations, no
audit trail, never the central signing key. Beside the data it holds:

- `package_manifest`: the header (where it came from: database identity, who, when, which
  visits, organisations and dossiers, schema revision) and its HMAC-SHA256 signature made with
  the key only the central database holds (models.visits.SyncIdentity), plus the check-in state;
- `package_base`: every visit row as it was checked out (version and fields), the "base" of the
  three-way merge. Its digest is part of the signed header, so neither the header nor the base
  can be altered without the check-in noticing.

Everything outside the visit tables is read-only inside a package (SQLite triggers), so an
offline edit can only be one the check-in knows how to bring back. `open_package` is the one
place a package file is opened. A package written with a key (`write_package(encryption_key=…)`,
storage/encryption.py `new_file_key`) is a SQLCipher file with a key of its own, kept in the key
store of the computer that checked it out; elsewhere it does not open.
See docs/visits.md for the threat model.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Connection, MetaData, String, Table, Text, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql.type_api import TypeEngine

from wsedesk.errors import BadInputError, DatabaseError
from wsedesk.i18n import N_
from wsedesk.models import Base
from wsedesk.progress import NullProgress, Progress
from wsedesk.storage.encryption import PLAIN_HEADER, file_key, new_file_like
from wsedesk.storage.engine import Database, connect
from wsedesk.storage.uow import READ_ONLY_IN_PACKAGE

PACKAGE_FORMAT = 1
PACKAGE_SUFFIX = ".wsebezoek"
_BATCH = 500  # rows per fetch/insert, and ids per IN (…) (SQLite's bound-parameter limit)


class PackageRefused(BadInputError):
    """A package the check-in (or the offline mode) will not take; the message says why."""


# --- what travels back ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncEntity:
    """A table whose rows a laptop creates, edits or deletes, and the fields that travel back."""

    table: str
    fields: tuple[str, ...]
    natural_key: tuple[str, ...] = ()  # two records with this key are "the same thing"
    blob: str | None = None  # a binary column copied on create, never compared (content is immutable)


#: Parents first; deletions are applied in the reverse order.
SYNC_ENTITIES: tuple[SyncEntity, ...] = (
    SyncEntity(
        "visits",
        (
            "reference",
            "organisation_id",
            "visit_type",
            "checklist_version",
            "planned_on",
            "performed_on",
            "report_on",
            "status",
            "summary",
        ),
    ),
    SyncEntity("visit_visitors", ("visit_id", "user_id"), ("visit_id", "user_id")),
    SyncEntity("visit_dossiers", ("visit_id", "dossier_id"), ("visit_id", "dossier_id")),
    SyncEntity(
        "visit_findings",
        (
            "visit_id",
            "item_key",
            "verdict",
            "note",
            "follow_up",
            "follow_up_dossier_id",
            "follow_up_started_on",
        ),
        ("visit_id", "item_key"),
    ),
    SyncEntity(
        "visit_actions",
        ("visit_id", "finding_id", "dossier_id", "description", "recorded_on", "due_on", "done_on"),
    ),
    SyncEntity(
        "visit_attachments",
        ("visit_id", "finding_id", "media_type", "stored_name", "original_name", "caption", "size", "sha256"),
        ("visit_id", "sha256"),
        blob="content",
    ),
)
SYNC_BY_TABLE = {e.table: e for e in SYNC_ENTITIES}

#: Copied whole: the reference data a visit and its dossiers' screens need.
REFERENCE_TABLES = frozenset(
    {
        "municipalities",
        "calendar_days",
        "term_settings",
        "quality_label_publications",
        "quality_labels",
        "audit_organisations",
    }
)
#: Never copied: the central database's own bookkeeping (the signing key above all) and its
#: audit trail; a package starts an audit trail of its own.
# guidance_assignments: every row holds an employee's national number, which a laptop never needs.
CENTRAL_ONLY = frozenset(
    {
        "sync_identity",
        "visit_checkouts",
        "visit_conflicts",
        "tombstones",
        "audit_log",
        "audit_head",
        "guidance_assignments",
    }
)
#: table → (column, table whose copied ids it must be in). Anything not listed here, in
#: REFERENCE_TABLES, CENTRAL_ONLY, or handled below (users, persons) is not copied: a new table
#: stays out of packages until someone decides it belongs (tests/integration/test_sync.py checks).
SCOPED: dict[str, tuple[str, str]] = {
    "visits": ("id", "chosen_visits"),
    "organisations": ("id", "chosen_organisations"),
    "establishments": ("organisation_id", "organisations"),
    "dossiers": ("organisation_id", "organisations"),
    "dossier_events": ("dossier_id", "dossiers"),
    "documents": ("dossier_id", "dossiers"),
    "dossier_terms": ("dossier_id", "dossiers"),
    "suspensions": ("dossier_term_id", "dossier_terms"),
    "condition_changes": ("dossier_id", "dossiers"),
    "quality_registrations": ("organisation_id", "organisations"),
    "recognition_applications": ("dossier_id", "dossiers"),
    "supervisors": ("application_id", "recognition_applications"),
    "subcontractors": ("application_id", "recognition_applications"),
    "working_areas": ("application_id", "recognition_applications"),
    "tender_partnerships": ("dossier_id", "dossiers"),
    "quality_proof_applications": ("dossier_id", "dossiers"),
    "report_submissions": ("organisation_id", "organisations"),
    "report_values": ("submission_id", "report_submissions"),
    "visit_visitors": ("visit_id", "visits"),
    "visit_dossiers": ("visit_id", "visits"),
    "visit_findings": ("visit_id", "visits"),
    "visit_actions": ("visit_id", "visits"),
    "visit_attachments": ("visit_id", "visits"),
}
#: Writable inside a package: the visit tables, and what the program writes for itself while
#: working offline (audit trail, recomputed term caches, the derived terms of follow-up
#: actions, timeline lines). Only the visit tables travel back.
WRITABLE_OFFLINE = frozenset(
    {
        *SYNC_BY_TABLE,
        "tombstones",
        "audit_log",
        "audit_head",
        "dossier_terms",
        "dossier_events",
        "alembic_version",
    }
)
#: Columns never copied into a package (domain.md §2: a national register number reveals a birth date).
_PERSONAL_PREFIX = "national_number"


# --- the header --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackageHeader:
    """Where a package came from and what it holds; signed as a whole."""

    package_id: str
    database_id: str
    database_name: str
    schema_revision: str
    program_version: str
    issued_to: str
    issued_to_name: str
    issued_by: str
    issued_at: str  # ISO, UTC
    visit_ids: tuple[str, ...]
    organisation_ids: tuple[str, ...]
    dossier_ids: tuple[str, ...]
    base_digest: str
    format: int = PACKAGE_FORMAT

    def canonical(self) -> bytes:
        return json.dumps(asdict(self), sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PackageHeader:
        values = dict(data)
        for name in ("visit_ids", "organisation_ids", "dossier_ids"):
            values[name] = tuple(values.get(name, ()))
        return cls(**values)


@dataclass(frozen=True)
class PackageState:
    header: PackageHeader
    signature: str
    checked_in_at: str | None = None  # set when the central side accepted it and the copy was cleared
    checked_in_digest: str | None = None


@dataclass(frozen=True)
class OfflinePackage:
    """The package an offline session works in (AppContext.package)."""

    path: Path
    state: PackageState


def sign(key: bytes, header: PackageHeader) -> str:
    return hmac.new(key, header.canonical(), hashlib.sha256).hexdigest()


def signature_valid(key: bytes, state: PackageState) -> bool:
    return hmac.compare_digest(sign(key, state.header), state.signature)


_meta = MetaData()
_manifest = Table(
    "package_manifest",
    _meta,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)
_base = Table(
    "package_base",
    _meta,
    Column("entity", String(40), primary_key=True),
    Column("entity_id", String(36), primary_key=True),
    Column("version", Text, nullable=False),
    Column("data", Text, nullable=False),
)


# --- opening a package (the one place) --------------------------------------------------------------------


def open_package(path: Path, *, create: bool = False, key: bytes | None = None) -> Database:
    """Open a package file as a database. The one place a package is opened (see module doc).

    `key` (with `create`): make the package encrypted with this key of its own (key ‖ salt from
    `new_file_key`). An existing encrypted package opens with its own key, found by its salt.
    """
    path = Path(path).expanduser().resolve()
    if not create:
        if not path.is_file():
            raise PackageRefused(N_("Het bezoekpakket '{p}' bestaat niet.").format(p=path.name))
        with path.open("rb") as fh:
            plain = fh.read(16) == PLAIN_HEADER
        if not plain and file_key(path) is None:
            raise PackageRefused(
                N_(
                    "'{p}' is geen bezoekpakket van WSE Desk, of een versleuteld pakket waarvan de sleutel niet "
                    "op deze computer staat: een versleuteld pakket opent enkel op de computer waarop het werd "
                    "uitgecheckt."
                ).format(p=path.name)
            )
    return connect(f"sqlite:///{path}", create=create, key=key if create else None)


def read_state(db: Database) -> PackageState:
    """The header, signature and check-in state of an open package; refused if it is none."""
    try:
        with db.engine.connect() as conn:
            rows = {r.key: r.value for r in conn.execute(select(_manifest.c.key, _manifest.c.value))}
    except SQLAlchemyError:  # no manifest table: some other SQLite file
        raise PackageRefused(N_("Dit bestand is geen bezoekpakket van WSE Desk.")) from None
    try:
        header_data = json.loads(rows["header"])
        if int(header_data.get("format", 0)) > PACKAGE_FORMAT:
            raise PackageRefused(
                N_("Dit bezoekpakket heeft formaat {f}, nieuwer dan dit programma kent.").format(
                    f=header_data["format"]
                )
            )
        header = PackageHeader.from_json(header_data)
        return PackageState(
            header, rows["signature"], rows.get("checked_in_at"), rows.get("checked_in_digest")
        )
    except PackageRefused:
        raise
    except (KeyError, TypeError, ValueError):
        raise PackageRefused(N_("De kop van het bezoekpakket is onleesbaar of gewijzigd.")) from None


def is_package(db: Database) -> bool:
    with db.engine.connect() as conn:
        return bool(
            conn.execute(
                text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'package_manifest'")
            ).scalar_one()
        )


# --- plain values --------------------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """A JSON value that compares the same whichever backend it was read from."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def typed(column_type: TypeEngine[Any], value: Any) -> Any:
    """The Python value a column takes for a plain JSON value (the reverse of `plain`)."""
    if value is None:
        return None
    try:
        python_type = column_type.python_type
    except NotImplementedError:
        return value
    if python_type is uuid.UUID:
        return uuid.UUID(str(value))
    if python_type is datetime:
        return datetime.fromisoformat(value)
    if python_type is date:
        return date.fromisoformat(value)
    return value


def canonical_json(data: Mapping[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def model_of(table: str) -> Any:
    """The mapped class of a table."""
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    raise KeyError(table)


def row_data(entity: SyncEntity, row: Mapping[str, Any] | Any) -> dict[str, Any]:
    return {f: plain(row[f]) for f in entity.fields}


def fetch_rows(
    conn: Connection, entity: SyncEntity, *, where_column: str | None = None, ids: Iterable[Any] | None = None
) -> dict[str, tuple[int, dict[str, Any]]]:
    """id → (version, plain fields) of one sync table, optionally only where `where_column` in `ids`."""
    table = Base.metadata.tables[entity.table]
    cols = [table.c.id, table.c.version, *(table.c[f] for f in entity.fields)]
    out: dict[str, tuple[int, dict[str, Any]]] = {}
    if ids is None:
        batches: Iterator[list[Any] | None] = iter([None])
    else:
        values = [v if isinstance(v, uuid.UUID) else uuid.UUID(str(v)) for v in ids]
        batches = iter([values[i : i + _BATCH] for i in range(0, len(values), _BATCH)])
    for batch in batches:
        stmt = select(*cols)
        if batch is not None:
            stmt = stmt.where(table.c[where_column or "id"].in_(batch))
        for r in conn.execute(stmt).mappings():
            out[str(r["id"])] = (int(r["version"]), row_data(entity, r))
    return out


def base_rows(db: Database, entity: SyncEntity) -> dict[str, tuple[int, dict[str, Any]]]:
    """id → (version, fields) of one sync table as it was checked out."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(_base.c.entity_id, _base.c.version, _base.c.data).where(_base.c.entity == entity.table)
        )
        return {r.entity_id: (int(r.version), json.loads(r.data)) for r in rows}


def base_digest_of(lines: Iterable[tuple[str, str, int, str]]) -> str:
    """sha256 over (entity, id, version, canonical fields), sorted: the base snapshot's fingerprint."""
    digest = hashlib.sha256()
    for entity, entity_id, version, data in sorted(lines):
        digest.update(f"{entity}\t{entity_id}\t{version}\t{data}\n".encode())
    return digest.hexdigest()


def stored_base_digest(db: Database) -> str:
    with db.engine.connect() as conn:
        return base_digest_of(
            (r.entity, r.entity_id, int(r.version), r.data)
            for r in conn.execute(select(_base.c.entity, _base.c.entity_id, _base.c.version, _base.c.data))
        )


def laptop_digest(db: Database) -> str:
    """sha256 of what the laptop would bring back: every sync row's fields and the tombstones.

    Two copies of one package with the same digest carry the same changes; a check-in compares
    it with the digest recorded when the package was first checked in.
    """
    digest = hashlib.sha256()
    tombstones = Base.metadata.tables["tombstones"]
    with db.engine.connect() as conn:
        for entity in SYNC_ENTITIES:
            for entity_id, (_, data) in sorted(fetch_rows(conn, entity).items()):
                digest.update(f"{entity.table}\t{entity_id}\t{canonical_json(data)}\n".encode())
        for r in conn.execute(
            select(tombstones.c.entity, tombstones.c.entity_id).order_by(tombstones.c.entity_id)
        ):
            digest.update(f"tombstone\t{r.entity}\t{r.entity_id}\n".encode())
    return digest.hexdigest()


# --- writing a package ------------------------------------------------------------------------------------------


@dataclass
class PackageScope:
    """What to copy: the chosen visits; the rest (organisations, dossiers, …) follows from them.

    `copied` holds, per table, the ids copied so far (and the chosen visits and organisations),
    so each table's rows are chosen by a parent copied before it.
    """

    visit_ids: list[uuid.UUID]
    copied: dict[str, set[Any]] = field(default_factory=dict)


def _copy_order() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def unclassified_tables() -> list[str]:
    """Tables a package neither copies nor deliberately leaves out (should be empty)."""
    known = REFERENCE_TABLES | CENTRAL_ONLY | set(SCOPED) | {"users", "persons"}
    return sorted(t.name for t in _copy_order() if t.name not in known)


def _select_rows(conn: Connection, table: Table, scope: PackageScope) -> Iterator[list[dict[str, Any]]]:
    """The rows of `table` that belong in the package, in batches."""
    name = table.name
    if name in REFERENCE_TABLES:
        yield from _batches(conn, select(table))
        return
    if name == "persons":
        orgs = list(scope.copied.get("organisations", ()))
        referenced = scope.copied.get("persons_referenced", set())
        seen: set[Any] = set()
        for batch in _in_batches(orgs):
            for rows in _batches(conn, select(table).where(table.c.organisation_id.in_(batch))):
                seen.update(r["id"] for r in rows)
                yield rows
        rest = [p for p in referenced if p not in seen]
        for batch in _in_batches(rest):
            for rows in _batches(conn, select(table).where(table.c.id.in_(batch))):
                for r in rows:  # a person of another organisation: shown by name, not tied to it
                    r["organisation_id"] = None
                yield rows
        return
    if name == "users":
        wanted = list(scope.copied.get("users_referenced", set()))
        for batch in _in_batches(wanted):
            yield from _batches(conn, select(table).where(table.c.id.in_(batch)))
        return
    if name not in SCOPED:
        return
    column, parent = SCOPED[name]
    parent_ids = list(scope.copied.get(parent, ()))
    for batch in _in_batches(parent_ids):
        for rows in _batches(conn, select(table).where(table.c[column].in_(batch))):
            if name == "organisations":
                for r in rows:  # a merged duplicate points at an organisation the package may not hold
                    if r["merged_into_id"] is not None and r["merged_into_id"] not in parent_ids:
                        r["merged_into_id"] = None
            yield rows


def _in_batches(values: Sequence[Any]) -> Iterator[list[Any]]:
    ordered = sorted(values, key=str)
    for i in range(0, len(ordered), _BATCH):
        yield ordered[i : i + _BATCH]


def _batches(conn: Connection, stmt: Any) -> Iterator[list[dict[str, Any]]]:
    result = conn.execute(stmt).mappings()
    while True:
        rows = result.fetchmany(_BATCH)
        if not rows:
            return
        yield [dict(r) for r in rows]


def _note_references(table: Table, rows: list[dict[str, Any]], scope: PackageScope) -> None:
    ids = scope.copied.setdefault(table.name, set())
    if "id" in table.c:
        ids.update(r["id"] for r in rows)
    for fk in table.foreign_keys:
        target = fk.column.table.name
        if target in ("users", "persons"):
            bucket = scope.copied.setdefault(f"{target}_referenced", set())
            bucket.update(r[fk.parent.name] for r in rows if r[fk.parent.name] is not None)


def _strip_personal(table: Table, rows: list[dict[str, Any]]) -> None:
    personal = [c.name for c in table.columns if c.name.startswith(_PERSONAL_PREFIX)]
    for r in rows:
        for name in personal:
            r[name] = None


def write_package(
    source: Connection,
    target: Path,
    *,
    header_fields: Mapping[str, Any],
    key: bytes,
    visit_ids: Sequence[uuid.UUID],
    user_ids: Sequence[uuid.UUID] = (),
    progress: Progress | None = None,
    before_place: Callable[[PackageHeader], None] | None = None,
    encryption_key: bytes | None = None,
) -> PackageHeader:
    """Write the package for `visit_ids` from the central connection `source` to `target`.

    `source` should be inside one read transaction, so every table is read at the same moment.
    The file is built beside `target` and moved into place only when complete, after
    `before_place(header)` (the caller records the package there). With `encryption_key` (key ‖
    salt, storage/encryption.py `new_file_key`) the file is encrypted from its first byte.
    """
    from wsedesk.storage.migrate import upgrade

    progress = progress or NullProgress()
    target = Path(target).expanduser().resolve()
    if not target.parent.is_dir():
        raise BadInputError(N_("De map '{p}' bestaat niet.").format(p=target.parent), where=N_("Pakket"))
    if target.exists():
        raise BadInputError(
            N_("'{p}' bestaat al; kies een nieuwe naam (een bestaand pakket kan nog werk bevatten).").format(
                p=target.name
            ),
            where=N_("Pakket"),
        )
    building = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        db = open_package(building, create=True, key=encryption_key)
        try:
            upgrade(db)
            with db.engine.connect() as out:
                # Rows go in table by table; the foreign keys are checked once at the end (a
                # pragma that only works outside a transaction, hence on the driver connection).
                out.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
                out.begin()
                _meta.create_all(out)
                scope = PackageScope(list(visit_ids))
                _choose(source, scope, user_ids)
                tables = _copy_order()
                # users and persons last: they are copied as far as other rows refer to them
                tables = [t for t in tables if t.name not in ("users", "persons")] + [
                    Base.metadata.tables["users"],
                    Base.metadata.tables["persons"],
                ]
                base_lines: list[tuple[str, str, int, str]] = []
                for table in tables:  # migrations seed reference data: the central rows replace it
                    out.execute(table.delete())
                for i, table in enumerate(tables):
                    for rows in _select_rows(source, table, scope):
                        _note_references(table, rows, scope)
                        _strip_personal(table, rows)
                        out.execute(table.insert(), rows)
                        entity = SYNC_BY_TABLE.get(table.name)
                        if entity is not None:
                            base_lines += [
                                (
                                    entity.table,
                                    str(r["id"]),
                                    int(r["version"]),
                                    canonical_json(row_data(entity, r)),
                                )
                                for r in rows
                            ]
                    progress.report(i + 1, len(tables) + 1, N_("Pakket: {t}").format(t=table.name))
                if base_lines:
                    out.execute(
                        _base.insert(),
                        [
                            {"entity": e, "entity_id": i_, "version": str(v), "data": d}
                            for e, i_, v, d in base_lines
                        ],
                    )
                problems = out.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise DatabaseError(f"package integrity: {problems[:5]}")
                header = PackageHeader(
                    **header_fields,
                    visit_ids=tuple(sorted(str(v) for v in visit_ids)),
                    organisation_ids=tuple(sorted(str(v) for v in scope.copied.get("organisations", ()))),
                    dossier_ids=tuple(sorted(str(v) for v in scope.copied.get("dossiers", ()))),
                    base_digest=base_digest_of(base_lines),
                )
                out.execute(
                    _manifest.insert(),
                    [
                        {"key": "header", "value": header.canonical().decode()},
                        {"key": "signature", "value": sign(key, header)},
                    ],
                )
                _install_read_only_triggers(out)
                out.commit()
            _single_file(db)
        finally:
            db.dispose()
        _fsync(building)
        if before_place is not None:
            before_place(header)
        os.replace(building, target)
        _fsync_dir(target.parent)
    finally:
        for leftover in (
            building,
            *(building.with_name(building.name + s) for s in ("-wal", "-shm", "-journal")),
        ):
            leftover.unlink(missing_ok=True)
    progress.report(1, 1, N_("Pakket geschreven"))
    return header


def _choose(source: Connection, scope: PackageScope, user_ids: Sequence[uuid.UUID]) -> None:
    """The visits asked for and their organisations: everything else follows from these."""
    visits = Base.metadata.tables["visits"]
    scope.copied["chosen_visits"] = set(scope.visit_ids)
    orgs: set[Any] = set()
    for batch in _in_batches(scope.visit_ids):
        orgs.update(source.execute(select(visits.c.organisation_id).where(visits.c.id.in_(batch))).scalars())
    scope.copied["chosen_organisations"] = orgs
    scope.copied["users_referenced"] = set(user_ids)


def _install_read_only_triggers(conn: Connection) -> None:
    for table in Base.metadata.sorted_tables:
        if table.name in WRITABLE_OFFLINE:
            continue
        for op in ("INSERT", "UPDATE", "DELETE"):
            conn.exec_driver_sql(
                f'CREATE TRIGGER "pakket_alleen_lezen_{table.name}_{op.lower()}" BEFORE {op} ON "{table.name}" '
                f"BEGIN SELECT RAISE(ABORT, '{READ_ONLY_IN_PACKAGE}: {table.name}'); END"
            )
    for op in ("UPDATE", "DELETE"):
        conn.exec_driver_sql(
            f'CREATE TRIGGER "pakket_alleen_lezen_manifest_{op.lower()}" BEFORE {op} ON package_base '
            f"BEGIN SELECT RAISE(ABORT, '{READ_ONLY_IN_PACKAGE}: package_base'); END"
        )


def _single_file(db: Database) -> None:
    """Leave the package as one file (no -wal beside it): what is copied to a laptop is complete."""
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection  # outside SQLAlchemy's transaction: pragmas need that
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
        raw.execute("PRAGMA journal_mode = DELETE")  # type: ignore[union-attr]


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not possible on every platform; the rename itself is atomic
        _fsync(folder)


# --- after check-in: clear the laptop's copy ----------------------------------------------------------------


def clear_package(path: Path, state: PackageState, *, digest: str, at: datetime) -> None:
    """Replace the package by a receipt: the signed header and the check-in state, no data.

    Called only after the central database committed the check-in. Built beside the package and
    moved over it in one rename, so an interruption leaves either the full package (a rerun finds
    it already checked in and clears it then) or the receipt. An encrypted package's receipt is
    encrypted with the package's own key, so it still opens where the package did.
    """
    path = Path(path).expanduser().resolve()
    receipt = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.receipt")
    try:
        conn = new_file_like(receipt, path)
        try:
            conn.execute("CREATE TABLE package_manifest (key VARCHAR(40) PRIMARY KEY, value TEXT NOT NULL)")
            conn.executemany(
                "INSERT INTO package_manifest (key, value) VALUES (?, ?)",
                [
                    ("header", state.header.canonical().decode()),
                    ("signature", state.signature),
                    ("checked_in_at", at.isoformat(timespec="seconds")),
                    ("checked_in_digest", digest),
                ],
            )
            conn.commit()
        finally:
            conn.close()
        _fsync(receipt)
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        os.replace(receipt, path)
        _fsync_dir(path.parent)
    finally:
        receipt.unlink(missing_ok=True)
