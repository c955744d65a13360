"""Sustainability reports (duurzaamheidsverslagen), domain.md §3.3: importing them.

`import_reports` stores accepted workbooks, each file all-or-nothing in its own unit of work:
the submission, every value, the replacement of an older submission of the same organisation
and year (kept as history), and the receipt on the organisation's DV dossier for that year.
The workbook is read (in a bounded worker process) before the unit of work opens, so no write
lock is held while a file is parsed.

What is done with stored reports lives beside it: `report_overview.py` (overview, missing
reports, follow-up, the charts' series and medians), `report_excerpts.py` (an issue in its
context) and `report_demo.py` (demo workbooks).
"""

from __future__ import annotations

import os
import time
import uuid
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsedesk.errors import BadInputError, PermissionDeniedError
from wsedesk.i18n import N_
from wsedesk.importers.report_reader import ReportIssue, ReportReadResult, read_report
from wsedesk.importers.report_template import load_template, load_templates
from wsedesk.importers.worker import WorkerPool
from wsedesk.importers.xlsx_safety import DEFAULT_LIMITS
from wsedesk.models import (
    Dossier,
    DossierTerm,
    Organisation,
    OrganisationKind,
    ReportSubmission,
    SubmissionStatus,
)
from wsedesk.models import ReportValue as ValueRow
from wsedesk.models.base import new_id
from wsedesk.progress import CancelledError, NullProgress, Progress
from wsedesk.rules.identifiers import format_enterprise_number
from wsedesk.rules.json_ready import iso
from wsedesk.rules.reports import (
    ERROR,
    NUMERIC_TYPES,
    WARNING,
    FieldType,
    ReportTemplate,
    ReportValue,
    format_date_nl,
    is_late_submission,
)
from wsedesk.rules.roles import Role
from wsedesk.rules.workflows import (
    DossierType,
    TransitionRefused,
    check_transition,
    status_label,
    workflow_for,
)
from wsedesk.services.terms import calendar_for, open_terms, recompute_term
from wsedesk.services.timeline import add_event
from wsedesk.storage.audit import insert_audited
from wsedesk.storage.uow import UnitOfWork

if TYPE_CHECKING:
    from wsedesk.context import AppContext


MAATWERK_KINDS: tuple[str, ...] = (
    OrganisationKind.MAATWERKBEDRIJF.value,
    OrganisationKind.MAATWERKAFDELING.value,
)
# Who may register a report: the roles that may take the DV step 'verslag_ontvangen' (MW-2).
IMPORT_ROLES = frozenset({Role.PROJECTADVISEUR, Role.DOSSIERBEHANDELAAR, Role.TEAMVERANTWOORDELIJKE})
# Worker processes reading workbooks during one import (each with the per-file time and memory limits).
MAX_IMPORT_WORKERS = 2
# Stored files are committed together, each in a savepoint of its own: at most this many files
# or seconds per commit.
STORE_BATCH_FILES = 50
STORE_BATCH_SECONDS = 1.0
RECEIPT_ACTION = "verslag_ontvangen"
LABEL_CODE = "ID04"


# --- results ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportOutcome:
    """What became of one file: stored, rejected (nothing stored) or already imported (nothing stored).

    `errors`/`warnings` are the reader's plus the import's own (an unknown enterprise number,
    a duplicate file, a DV dossier whose status did not change).
    """

    file: str
    outcome: Literal["stored", "rejected", "duplicate"]
    read: ReportReadResult
    errors: tuple[ReportIssue, ...]
    warnings: tuple[ReportIssue, ...]
    submission_id: str | None = None
    organisation_id: str | None = None
    organisation_name: str | None = None
    year: int | None = None
    received_on: date | None = None
    late: bool = False
    replaced: str | None = None  # id of the submission this one superseded
    duplicate_of: str | None = None  # id of the submission with the same file
    dossier_id: str | None = None
    dossier_reference: str | None = None
    dossier_status: str | None = None  # after the import

    @property
    def stored(self) -> bool:
        return self.outcome == "stored"

    def to_dict(self) -> dict[str, Any]:
        """The `wsedesk report import --json` object: `report check`'s, plus what was stored."""
        data = self.read.to_dict()
        data.update(
            {
                "status": "accepted" if self.stored else "rejected",
                "outcome": self.outcome,
                "errors": [i.to_dict() for i in self.errors],
                "warnings": [i.to_dict() for i in self.warnings],
                "stored": self.stored,
                "submission_id": self.submission_id,
                "replaced": self.replaced,
                "duplicate_of": self.duplicate_of,
                "late": self.late,
                "received_on": iso(self.received_on),
                "organisation_id": self.organisation_id,
                "organisation_name": self.organisation_name,
                "dossier": self.dossier_reference,
                "dossier_status": self.dossier_status,
            }
        )
        return data


class ImportCancelled(CancelledError):
    """The user cancelled a batch; `outcomes` holds the files handled (and committed) before that."""

    def __init__(self, outcomes: list[ImportOutcome]) -> None:
        self.outcomes = outcomes
        super().__init__(N_("Inlezen onderbroken na {n} bestand(en).").format(n=len(outcomes)))


# --- import -----------------------------------------------------------------------------------


def import_reports(
    ctx: AppContext,
    paths: Sequence[str | Path],
    *,
    received_on: date | None = None,
    progress: Progress | None = None,
) -> list[ImportOutcome]:
    """Read, check and store each workbook; each file is all-or-nothing in its own unit of work.

    `received_on`: the day the reports arrived (MW-2 lateness), default today; not in the future.
    Cancelling (Progress.cancelled) stops before the next file and raises ImportCancelled with
    the outcomes so far (those files stay stored).
    """
    if not ctx.user.roles & IMPORT_ROLES:
        raise PermissionDeniedError(
            N_("Enkel een projectadviseur, dossierbehandelaar of teamverantwoordelijke leest verslagen in.")
        )
    today = ctx.clock.today()
    received = received_on or today
    if received > today:
        raise BadInputError(
            N_("De datum van ontvangst {d} ligt in de toekomst.").format(d=format_date_nl(received))
        )
    return import_paths(ctx, paths, received_on=received, progress=progress or NullProgress())


def import_paths(
    ctx: AppContext,
    paths: Sequence[str | Path],
    *,
    received_on: date,
    progress: Progress,
    isolate: bool = True,
) -> list[ImportOutcome]:
    """Read ahead in a small pool of worker processes; store in the given order, each file in a
    savepoint of its own (all-or-nothing), committed together every STORE_BATCH_FILES files or
    STORE_BATCH_SECONDS seconds, and before ImportCancelled."""
    outcomes: list[ImportOutcome] = []
    total = len(paths)
    workers = import_workers(total)
    templates = load_templates()  # once per import, not per file (each load lists the folder)
    read = partial(read_report, reference_date=received_on, isolate=isolate, templates=templates)
    with (
        WorkerPool(workers, memory_bytes=DEFAULT_LIMITS.memory_bytes) as pool,
        ThreadPoolExecutor(workers, thread_name_prefix="wsedesk-read") as readers,
    ):
        upcoming = iter(paths)
        pending: deque[tuple[str | Path, Future[ReportReadResult]]] = deque()

        def top_up() -> None:
            # Two files per worker in flight: the workers never wait for the database, and
            # no more than a handful of read results are held at once.
            while len(pending) < 2 * workers and (path := next(upcoming, None)) is not None:
                pending.append((path, readers.submit(read, path, pool=pool)))

        top_up()
        batch = _StoreBatch(ctx, templates)
        try:
            for done in range(total):
                if progress.cancelled():
                    batch.commit()  # the files stored so far stay stored
                    raise ImportCancelled(outcomes)
                path, future = pending.popleft()
                progress.report(done, total, N_("{f} lezen…").format(f=Path(path).name))
                result = future.result()
                top_up()
                outcomes.append(batch.store(result, received_on=received_on))
            batch.commit()
        finally:
            batch.close()
            for _path, future in pending:
                future.cancel()
    progress.report(total, total, N_("Klaar"))
    return outcomes


def import_workers(files: int) -> int:
    """Worker processes for an import of `files` files: one per core, at most two (memory), at least one."""
    return max(1, min(files, os.cpu_count() or 1, MAX_IMPORT_WORKERS))


class _StoreBatch:
    """One write transaction for several files, each in a savepoint of its own (`UnitOfWork.part`).

    Committed after STORE_BATCH_FILES files or STORE_BATCH_SECONDS seconds, so the write lock is
    never held long and a commit (with its fsync and audit anchor) is paid once per batch, not
    once per file.
    """

    def __init__(self, ctx: AppContext, templates: Mapping[str, ReportTemplate]) -> None:
        self.ctx = ctx
        self.templates = templates
        self.uow: UnitOfWork | None = None
        self.files = 0
        self.started = 0.0

    def store(self, result: ReportReadResult, *, received_on: date) -> ImportOutcome:
        if not result.accepted:
            return _rejected(result)  # nothing to write: no transaction needed
        if self.uow is None:
            self.uow = self.ctx.uow(write=True).__enter__()
            self.files, self.started = 0, time.monotonic()
        with self.uow.part() as keep:
            outcome = _store_read(
                self.ctx, self.uow.session, result, received_on=received_on, templates=self.templates
            )
            if outcome.stored:
                keep()
        self.files += 1
        if self.files >= STORE_BATCH_FILES or time.monotonic() - self.started >= STORE_BATCH_SECONDS:
            self.commit()
        return outcome

    def commit(self) -> None:
        if self.uow is not None:
            self.uow.commit()
            self.close()

    def close(self) -> None:
        """Leave the transaction; what was not committed is rolled back."""
        if self.uow is not None:
            uow, self.uow = self.uow, None
            uow.__exit__(None, None, None)


def _store_read(
    ctx: AppContext,
    s: Session,
    result: ReportReadResult,
    *,
    received_on: date,
    templates: Mapping[str, ReportTemplate],
) -> ImportOutcome:
    """Store one accepted read in the open write session; the caller keeps it only when stored."""
    # The file was read before, outside the transaction: parsing must not hold the write lock.
    if not result.accepted:
        return _rejected(result)
    enterprise_number, year = result.organisation, result.year
    if enterprise_number is None or year is None or result.template_version is None or result.sha256 is None:
        # An accepted report always has them (mandatory fields); guard against a template without them.
        return _rejected(
            result,
            ReportIssue(
                ERROR,
                N_("Ondernemingsnummer of verslagjaar ontbreekt: het verslag kan niet worden opgeslagen."),
            ),
        )
    template = templates.get(result.template_version) or load_template(result.template_version)
    late = is_late_submission(year, received_on)
    # Lock the organisation: two imports for it run one after the other (PostgreSQL; SQLite's
    # write transaction already serialises), so "current" and "duplicate" are decided once.
    org = s.execute(
        select(Organisation).where(Organisation.enterprise_number == enterprise_number).with_for_update()
    ).scalar_one_or_none()
    if org is None:
        sheet, _, cell = result.locations.get("ID01", "!").rpartition("!")
        return _rejected(
            result,
            ReportIssue(
                ERROR,
                N_(
                    "Onbekende organisatie: ondernemingsnummer {n} staat niet in de databank. Voeg de "
                    "organisatie eerst toe, of controleer het nummer in de werkmap."
                ).format(n=format_enterprise_number(enterprise_number)),
                sheet=sheet or None,
                cell=cell or None,
                code="ID01",
            ),
        )
    same_file = s.execute(
        select(ReportSubmission)
        .where(
            ReportSubmission.organisation_id == org.id,
            ReportSubmission.report_year == year,
            ReportSubmission.file_sha256 == result.sha256,
        )
        .order_by(ReportSubmission.created_at.desc())
        .limit(1)
    ).scalar_one_or_none()
    if same_file is not None:
        later = (
            N_(" Het werd intussen vervangen door een nieuwer verslag.")
            if same_file.status == SubmissionStatus.SUPERSEDED
            else ""
        )
        issue = ReportIssue(
            ERROR,
            N_(
                "Dit bestand werd al ingelezen op {d} (verslag over {y} van {o}); er is niets opnieuw "
                "opgeslagen.{l}"
            ).format(d=format_date_nl(same_file.created_at.date()), y=year, o=org.name, l=later),
        )
        return ImportOutcome(
            file=result.file,
            outcome="duplicate",
            read=result,
            errors=(*result.errors, issue),
            warnings=result.warnings,
            organisation_id=str(org.id),
            organisation_name=org.name,
            year=year,
            duplicate_of=str(same_file.id),
        )

    own_warnings = list(_kind_warnings(org, result))
    previous = s.execute(
        select(ReportSubmission).where(
            ReportSubmission.organisation_id == org.id,
            ReportSubmission.report_year == year,
            ReportSubmission.status == SubmissionStatus.CURRENT.value,
        )
    ).scalar_one_or_none()
    if previous is not None:
        # First out of 'current' (the partial unique index allows one current row), then the new
        # row, then the link to it (superseded_by references a row that must exist).
        previous.status = SubmissionStatus.SUPERSEDED.value
        s.flush()
    submission_id = new_id()
    file_name = Path(result.file).name[:255]
    dossier, dossier_warning = _register_on_dossier(
        ctx,
        s,
        org,
        year,
        submission_id,
        file_name,
        result.sha256,
        received_on=received_on,
        late=late,
        replaced=previous is not None,
    )
    if dossier_warning is not None:
        own_warnings.append(dossier_warning)
    warnings = (*result.warnings, *own_warnings)
    submission = ReportSubmission(
        id=submission_id,
        organisation_id=org.id,
        report_year=year,
        template_version=result.template_version,
        file_name=file_name,
        file_sha256=result.sha256,
        file_size=int(result.size or 0),
        received_on=received_on,
        late=late,
        status=SubmissionStatus.CURRENT.value,
        dossier_id=dossier.id if dossier is not None else None,
        warnings=[w.to_dict() for w in warnings],
        flags=list(result.flags),
        imported_by=ctx.user.login,
    )
    s.add(submission)
    s.flush()
    if previous is not None:
        previous.superseded_by = submission.id
    # Seventy-odd answers per file: one executemany, each still checked and audited.
    values = []
    for spec in template.fields():
        value_text, number = stored_value(result.values.get(spec.code))
        values.append(
            {
                "submission_id": submission.id,
                "code": spec.code,
                "value_type": spec.type.value,
                "value_text": value_text,
                "value_number": number,
            }
        )
    insert_audited(s, ValueRow, values)
    outcome = ImportOutcome(
        file=result.file,
        outcome="stored",
        read=result,
        errors=(),
        warnings=warnings,
        submission_id=str(submission.id),
        organisation_id=str(org.id),
        organisation_name=org.name,
        year=year,
        received_on=received_on,
        late=late,
        replaced=str(previous.id) if previous is not None else None,
        dossier_id=str(dossier.id) if dossier is not None else None,
        dossier_reference=dossier.reference if dossier is not None else None,
        dossier_status=dossier.status if dossier is not None else None,
    )
    return outcome


def _rejected(result: ReportReadResult, extra: ReportIssue | None = None) -> ImportOutcome:
    errors = (*result.errors, extra) if extra is not None else result.errors
    return ImportOutcome(
        file=result.file, outcome="rejected", read=result, errors=errors, warnings=result.warnings
    )


def _kind_warnings(org: Organisation, result: ReportReadResult) -> Iterable[ReportIssue]:
    label = result.values.get(LABEL_CODE)
    if org.kind not in MAATWERK_KINDS:
        yield ReportIssue(
            WARNING,
            N_(
                "{o} staat in de databank niet als maatwerkbedrijf of maatwerkafdeling (soort: {k}); het "
                "verslag is wel opgeslagen."
            ).format(o=org.name, k=org.kind),
            code=LABEL_CODE,
            rule_id="MW-2",
        )
    elif isinstance(label, str) and label != org.kind:
        yield ReportIssue(
            WARNING,
            N_("Label in de werkmap ({l}) verschilt van het label in de databank ({k}).").format(
                l=label, k=org.kind
            ),
            code=LABEL_CODE,
            rule_id="MW-1",
        )


def stored_value(value: ReportValue) -> tuple[str | None, Decimal | None]:
    """A parsed report value → (value_text, value_number) as stored in report_values."""
    if value is None:
        return None, None
    if isinstance(value, bool):
        return ("true" if value else "false"), Decimal(int(value))
    if isinstance(value, int):
        return str(value), Decimal(value)
    if isinstance(value, Decimal):
        return decimal_text(value), value
    return str(value), None


def typed_value(value_type: str, value_text: str | None) -> ReportValue:
    """The inverse of `stored_value`: the value as the reader gave it (int, Decimal, bool or str)."""
    if value_text is None:
        return None
    kind = FieldType(value_type) if value_type in FieldType._value2member_map_ else FieldType.TEXT
    if kind in (FieldType.INTEGER, FieldType.YEAR):
        return int(value_text)
    if kind in NUMERIC_TYPES:
        return Decimal(value_text)
    if kind is FieldType.BOOLEAN:
        return value_text == "true"
    return value_text


def decimal_text(value: Decimal) -> str:
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _dv_dossier(session: Session, organisation_id: uuid.UUID, year: int) -> Dossier | None:
    """The organisation's DV dossier (report cycle) for report `year`: opened in year + 1.

    Several? The one waiting for the report first, then the newest.
    """
    # The type is filtered here, not in SQL: with it in the WHERE, SQLite walked the index of
    # every DV dossier (dossier_type) instead of the organisation's few (4 ms → 0.2 ms a file).
    rows = [
        d
        for d in session.scalars(
            select(Dossier).where(
                Dossier.organisation_id == organisation_id,
                Dossier.submitted_on >= date(year + 1, 1, 1),
                Dossier.submitted_on < date(year + 2, 1, 1),
            )
        )
        if d.dossier_type == DossierType.DUURZAAMHEIDSVERSLAG.value
    ]
    if not rows:
        return None
    order = {"verwacht": 0, "ontvangen": 1}
    return min(
        rows, key=lambda d: (order.get(d.status, 2), d.closed, -d.submitted_on.toordinal(), d.reference)
    )


def _register_on_dossier(
    ctx: AppContext,
    session: Session,
    org: Organisation,
    year: int,
    submission_id: uuid.UUID,
    file_name: str,
    sha256: str,
    *,
    received_on: date,
    late: bool,
    replaced: bool,
) -> tuple[Dossier | None, ReportIssue | None]:
    """MW-2: the DV dossier of that year takes the step 'verslag ontvangen' (as apply_transition would).

    Done here, in the import's own unit of work, so the receipt and the stored report commit
    together. A dossier past that step keeps its status and gets a line on its timeline.
    """
    dossier = _dv_dossier(session, org.id, year)
    if dossier is None:
        return None, None
    details = N_("{f} (verslagjaar {y})").format(f=file_name, y=year)
    if replaced:
        details += N_(", vervangt een eerder ingelezen verslag")
    if late:
        details += N_(", laattijdig (MW-2)")
    data: dict[str, object] = {"submission": str(submission_id), "sha256": sha256}
    wf = workflow_for(dossier.dossier_type)
    receipt = next(t for t in wf.transitions if t.action == RECEIPT_ACTION)
    if dossier.status not in receipt.source:
        add_event(
            session,
            ctx,
            dossier,
            received_on,
            "verslag_ingelezen",
            N_("Nieuw verslag ingelezen: {d}").format(d=details),
            {**data, "rule": "MW-2"},
        )
        return dossier, ReportIssue(
            WARNING,
            N_(
                "Dossier {r} staat op '{s}': het verslag is opgeslagen en op de tijdlijn vermeld, de status "
                "is niet gewijzigd."
            ).format(r=dossier.reference, s=status_label(dossier.dossier_type, dossier.status)),
            rule_id="MW-4",
        )
    try:
        step = check_transition(dossier.dossier_type, dossier.status, RECEIPT_ACTION, ctx.user.roles)
    except TransitionRefused as exc:
        return dossier, ReportIssue(
            WARNING,
            N_("Dossier {r} is niet bijgewerkt: {e}").format(r=dossier.reference, e=exc.reason),
            rule_id="MW-2",
        )
    event = add_event(
        session,
        ctx,
        dossier,
        received_on,
        step.action,
        f"{step.label}: {details}",
        {**data, "rule": step.rule_id, "from": dossier.status, "to": step.target},
    )
    # The DV receipt opens and closes no term today; should the workflow add one, it is honoured.
    if step.closes:
        calendar = calendar_for(session)
        for row in session.scalars(
            select(DossierTerm).where(DossierTerm.dossier_id == dossier.id, DossierTerm.closed_on.is_(None))
        ):
            if row.term_id in step.closes:
                row.closed_on, row.closed_by_event_id = received_on, event.id
                recompute_term(session, row, calendar)
    open_terms(session, dossier, step.opens, received_on, event)
    dossier.status = step.target
    dossier.status_since = max(received_on, dossier.status_since)
    dossier.closed = wf.status(step.target).closed
    return dossier, None
