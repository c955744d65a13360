"""Sustainability reports (duurzaamheidsverslagen): import, overview, missing reports and follow-up.

domain.md §3.3 (MW-1..MW-4), report-template.md, docs/report-import.md.

- `import_reports` stores accepted workbooks, each file all-or-nothing in its own unit of work:
  the submission, every value, the replacement of an older submission of the same organisation
  and year (kept as history), and the receipt on the organisation's DV dossier for that year.
  The workbook is read (in a bounded worker process) before the unit of work opens, so no write
  lock is held while a file is parsed.
- `report_overview` / `export_overview`: one row per maatwerkbedrijf/-afdeling for a year.
- `missing_reports`: who has not sent the report for a year (reminder letter `herinnering-verslag`).
- `follow_up_findings`: MW-1 label conditions over the years and MW-3 signals (negative equity,
  a falling share of target-group employees).
- `indicator_series` / `sector_median` / `sector_medians`: computed in SQL, for the charts.
"""

from __future__ import annotations

import io
import random
import re
import tempfile
import uuid
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from wsedesk.documents.report_workbook import build_blank_report
from wsedesk.documents.xlsx_export import ExportSheet, write_xlsx
from wsedesk.errors import BadInputError, NotFoundError, PermissionDeniedError
from wsedesk.i18n import N_
from wsedesk.importers.report_reader import ReportIssue, ReportReadResult, read_report
from wsedesk.importers.report_template import load_template
from wsedesk.models import (
    Dossier,
    DossierTerm,
    Municipality,
    Organisation,
    OrganisationKind,
    Person,
    ReportSubmission,
    SubmissionStatus,
)
from wsedesk.models import ReportValue as ValueRow
from wsedesk.models.base import new_id
from wsedesk.progress import CancelledError, NullProgress, Progress
from wsedesk.rules.identifiers import format_enterprise_number
from wsedesk.rules.reports import (
    ERROR,
    LABEL_COMPANY,
    LABEL_DEPARTMENT,
    NUMERIC_TYPES,
    WARNING,
    FieldType,
    ReportValue,
    check_mw1_share,
    check_mw1_target_fte,
    check_negative_equity,
    format_date_nl,
    format_number_nl,
    is_late_submission,
    submission_deadline,
)
from wsedesk.rules.roles import Role
from wsedesk.rules.workflows import (
    DossierType,
    TransitionRefused,
    check_transition,
    status_label,
    workflow_for,
)
from wsedesk.services.terms import calendar_for, recompute_term, term_spec
from wsedesk.services.timeline import add_event

if TYPE_CHECKING:
    from wsedesk.context import AppContext

MAATWERK_KINDS: tuple[str, ...] = (
    OrganisationKind.MAATWERKBEDRIJF.value,
    OrganisationKind.MAATWERKAFDELING.value,
)
# Who may register a report: the roles that may take the DV step 'verslag_ontvangen' (MW-2).
IMPORT_ROLES = frozenset({Role.PROJECTADVISEUR, Role.DOSSIERBEHANDELAAR, Role.TEAMVERANTWOORDELIJKE})
RECEIPT_ACTION = "verslag_ontvangen"
# MW-3 signal: the share of target-group employees (I03) fell by more than this many percentage
# points compared with the previous year. Configurable: pass `share_drop_points`.
DEFAULT_SHARE_DROP_POINTS = Decimal(5)
# Columns of the overview (and of its Excel export), in this order.
KEY_INDICATORS: tuple[str, ...] = ("I01", "I02", "I03", "I04", "I05", "I07", "I08", "I10", "I11")
LABEL_CODE = "ID04"
TARGET_FTE_CODE, TOTAL_FTE_CODE, SHARE_CODE, EQUITY_CODE = "I01", "I02", "I03", "I08"

MW1_MET = N_("voldaan")
MW1_NOT_MET = N_("niet voldaan")
MW1_UNKNOWN = N_("onvolledig")
NO_REPORT = N_("geen verslag")

_NUMBER_QUANTUM = Decimal("0.000001")  # the scale of report_values.value_number


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
                "received_on": self.received_on.isoformat() if self.received_on else None,
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


@dataclass(frozen=True)
class SubmissionRow:
    """One stored submission, current or superseded (the history of an organisation's reports)."""

    id: str
    organisation_id: str
    report_year: int
    template_version: str
    file_name: str
    file_sha256: str
    file_size: int
    received_on: date
    late: bool
    status: str
    superseded_by: str | None
    dossier_id: str | None
    warnings: tuple[dict[str, Any], ...]
    flags: tuple[str, ...]
    imported_by: str
    imported_at: Any  # datetime (naive UTC)


@dataclass(frozen=True)
class FollowUpFinding:
    """A follow-up point from the stored reports (MW-1 label condition, MW-3 signal)."""

    year: int
    rule_id: str  # "MW-1", "MW-3"
    signal: str  # mw1_target_fte | mw1_share | negative_equity | share_drop
    code: str
    message: str
    submission_id: str


@dataclass(frozen=True)
class OverviewRow:
    """One organisation in the overview of a report year."""

    year: int
    organisation_id: str
    name: str
    enterprise_number: str  # 0428.759.497
    kind: str
    submission_id: str | None
    received_on: date | None
    late: bool | None
    indicators: Mapping[str, Decimal | None]  # KEY_INDICATORS → value (None: no report or empty)
    mw1: str  # voldaan / niet voldaan / onvolledig / geen verslag
    mw3: bool  # an MW-3 signal (negative equity, share falling)
    findings: tuple[FollowUpFinding, ...] = ()
    warnings: int = 0

    @property
    def received(self) -> bool:
        return self.submission_id is not None


@dataclass(frozen=True)
class MissingReport:
    """An organisation with no current report for the year; `reminder_possible` when its DV dossier waits."""

    organisation_id: str
    name: str
    enterprise_number: str
    kind: str
    email: str | None
    due_on: date
    overdue: bool
    dossier_id: str | None
    dossier_reference: str | None
    dossier_status: str | None

    @property
    def reminder_possible(self) -> bool:
        # The letter 'herinnering-verslag' fits a DV dossier in status 'verwacht' (services/letters.py).
        return self.dossier_status == "verwacht"


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
    return _import_paths(ctx, paths, received_on=received, progress=progress or NullProgress())


def _import_paths(
    ctx: AppContext,
    paths: Sequence[str | Path],
    *,
    received_on: date,
    progress: Progress,
    isolate: bool = True,
) -> list[ImportOutcome]:
    outcomes: list[ImportOutcome] = []
    total = len(paths)
    for done, path in enumerate(paths):
        if progress.cancelled():
            raise ImportCancelled(outcomes)
        progress.report(done, total, N_("{f} lezen…").format(f=Path(path).name))
        outcomes.append(_import_one(ctx, path, received_on=received_on, isolate=isolate))
    progress.report(total, total, N_("Klaar"))
    return outcomes


def _import_one(ctx: AppContext, path: str | Path, *, received_on: date, isolate: bool) -> ImportOutcome:
    # Read first, outside the unit of work: parsing may take seconds and must not hold the write lock.
    result = read_report(path, reference_date=received_on, isolate=isolate)
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
    template = load_template(result.template_version)
    late = is_late_submission(year, received_on)
    with ctx.uow(write=True) as uow:
        s = uow.session
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
        for spec in template.fields():
            value_text, number = stored_value(result.values.get(spec.code))
            s.add(
                ValueRow(
                    submission_id=submission.id,
                    code=spec.code,
                    value_type=spec.type.value,
                    value_text=value_text,
                    value_number=number,
                )
            )
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
        uow.commit()
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
        return _decimal_text(value), value
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


def _decimal_text(value: Decimal) -> str:
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _dv_dossier(session: Session, organisation_id: uuid.UUID, year: int) -> Dossier | None:
    """The organisation's DV dossier (report cycle) for report `year`: opened in year + 1.

    Several? The one waiting for the report first, then the newest.
    """
    rows = list(
        session.scalars(
            select(Dossier).where(
                Dossier.organisation_id == organisation_id,
                Dossier.dossier_type == DossierType.DUURZAAMHEIDSVERSLAG.value,
                Dossier.submitted_on >= date(year + 1, 1, 1),
                Dossier.submitted_on < date(year + 2, 1, 1),
            )
        )
    )
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
    for term_id in step.opens:
        calendar = calendar_for(session)
        spec = term_spec(session, term_id)
        row = DossierTerm(
            dossier_id=dossier.id,
            term_id=term_id,
            event_date=received_on,
            days=spec.days,
            working_days=spec.working_days,
            opened_by_event_id=event.id,
        )
        session.add(row)
        session.flush()
        recompute_term(session, row, calendar)
    dossier.status = step.target
    dossier.status_since = max(received_on, dossier.status_since)
    dossier.closed = wf.status(step.target).closed
    return dossier, None


# --- reading stored reports ---------------------------------------------------------------------


def _submission_row(sub: ReportSubmission) -> SubmissionRow:
    return SubmissionRow(
        id=str(sub.id),
        organisation_id=str(sub.organisation_id),
        report_year=sub.report_year,
        template_version=sub.template_version,
        file_name=sub.file_name,
        file_sha256=sub.file_sha256,
        file_size=sub.file_size,
        received_on=sub.received_on,
        late=sub.late,
        status=sub.status,
        superseded_by=str(sub.superseded_by) if sub.superseded_by else None,
        dossier_id=str(sub.dossier_id) if sub.dossier_id else None,
        warnings=tuple(sub.warnings or ()),
        flags=tuple(sub.flags or ()),
        imported_by=sub.imported_by,
        imported_at=sub.created_at,
    )


def list_submissions(
    ctx: AppContext, organisation_id: str, *, year: int | None = None, current_only: bool = False
) -> list[SubmissionRow]:
    """An organisation's submissions, newest year first and within a year newest first (history)."""
    stmt = select(ReportSubmission).where(ReportSubmission.organisation_id == _uuid(organisation_id))
    if year is not None:
        stmt = stmt.where(ReportSubmission.report_year == year)
    if current_only:
        stmt = stmt.where(ReportSubmission.status == SubmissionStatus.CURRENT.value)
    # Within a year: the current one first ('current' < 'superseded'), then newest first.
    stmt = stmt.order_by(
        ReportSubmission.report_year.desc(), ReportSubmission.status, ReportSubmission.created_at.desc()
    )
    with ctx.uow() as uow:
        return [_submission_row(sub) for sub in uow.session.scalars(stmt)]


def submission_values(ctx: AppContext, submission_id: str) -> dict[str, ReportValue]:
    """Every stored value of a submission, typed as the reader returned it (code → value)."""
    with ctx.uow() as uow:
        if uow.session.get(ReportSubmission, _uuid(submission_id)) is None:
            raise NotFoundError(N_("Dit verslag bestaat niet (meer)."))
        rows = uow.session.execute(
            select(ValueRow.code, ValueRow.value_type, ValueRow.value_text).where(
                ValueRow.submission_id == _uuid(submission_id)
            )
        )
        return {r.code: typed_value(r.value_type, r.value_text) for r in rows}


def indicator_series(ctx: AppContext, organisation_id: str, code: str) -> list[tuple[int, Decimal]]:
    """(year, value) of one numeric indicator over the organisation's current reports, oldest first."""
    stmt = (
        select(ReportSubmission.report_year, ValueRow.value_number)
        .join(ValueRow, ValueRow.submission_id == ReportSubmission.id)
        .where(
            ReportSubmission.organisation_id == _uuid(organisation_id),
            ReportSubmission.status == SubmissionStatus.CURRENT.value,
            ValueRow.code == code,
            ValueRow.value_number.is_not(None),
        )
        .order_by(ReportSubmission.report_year)
    )
    with ctx.uow() as uow:
        return [(int(r[0]), _number(r[1])) for r in uow.session.execute(stmt)]


def _median_query(code: str, *, year: int | None, kind: str | None) -> Select[Any]:
    """Median per report year over current reports, with window functions (SQLite ≥ 3.25 and PostgreSQL)."""
    ranked_stmt = (
        select(
            ReportSubmission.report_year.label("year"),
            ValueRow.value_number.label("x"),
            func.row_number()
            .over(partition_by=ReportSubmission.report_year, order_by=ValueRow.value_number)
            .label("rn"),
            func.count().over(partition_by=ReportSubmission.report_year).label("n"),
        )
        .join(ReportSubmission, ReportSubmission.id == ValueRow.submission_id)
        .where(
            ValueRow.code == code,
            ValueRow.value_number.is_not(None),
            ReportSubmission.status == SubmissionStatus.CURRENT.value,
        )
    )
    if year is not None:
        ranked_stmt = ranked_stmt.where(ReportSubmission.report_year == year)
    if kind is not None:
        ranked_stmt = ranked_stmt.join(
            Organisation, Organisation.id == ReportSubmission.organisation_id
        ).where(Organisation.kind == kind)
    ranked = ranked_stmt.subquery()
    # The middle row (odd n) or the two middle rows (even n): (n+1)//2 and (n+2)//2.
    return (
        select(ranked.c.year, func.avg(ranked.c.x))
        .where(or_(ranked.c.rn == (ranked.c.n + 1) // 2, ranked.c.rn == (ranked.c.n + 2) // 2))
        .group_by(ranked.c.year)
        .order_by(ranked.c.year)
    )


def sector_median(ctx: AppContext, code: str, year: int, *, kind: str | None = None) -> Decimal | None:
    """The median of one indicator over all current reports of `year` (optionally one organisation kind)."""
    with ctx.uow() as uow:
        row = uow.session.execute(_median_query(code, year=year, kind=kind)).first()
    return _number(row[1]) if row is not None and row[1] is not None else None


def sector_medians(ctx: AppContext, code: str, *, kind: str | None = None) -> list[tuple[int, Decimal]]:
    """(year, median) of one indicator for every report year, oldest first (the chart's sector line)."""
    with ctx.uow() as uow:
        rows = uow.session.execute(_median_query(code, year=None, kind=kind)).all()
    return [(int(r[0]), _number(r[1])) for r in rows if r[1] is not None]


# --- follow-up (MW-1, MW-3) ---------------------------------------------------------------------


def share_drop_finding(year: int, share: Decimal, previous_share: Decimal, *, points: Decimal) -> str | None:
    """MW-3 signal: the share of target-group employees fell by more than `points` since last year."""
    drop = previous_share - share
    if drop <= points:
        return None
    return N_(
        "MW-3: aandeel doelgroepwerknemers daalde van {p} % ({py}) naar {v} % ({y}), {d} procentpunten "
        "(drempel {t}); signaal om verplichte managementondersteuning te overwegen."
    ).format(
        p=format_number_nl(previous_share),
        py=year - 1,
        v=format_number_nl(share),
        y=year,
        d=format_number_nl(drop),
        t=format_number_nl(points),
    )


def _year_findings(
    year: int,
    submission_id: str,
    label: str | None,
    values: Mapping[str, Decimal | str | None],
    previous_share: Decimal | None,
    points: Decimal,
) -> list[FollowUpFinding]:
    found: list[FollowUpFinding] = []

    def add(rule: str, signal: str, code: str, message: str) -> None:
        found.append(FollowUpFinding(year, rule, signal, code, message, submission_id))

    target = values.get(TARGET_FTE_CODE)
    share = values.get(SHARE_CODE)
    equity = values.get(EQUITY_CODE)
    if isinstance(target, Decimal) and (f := check_mw1_target_fte(TARGET_FTE_CODE, label, target)):
        add("MW-1", "mw1_target_fte", TARGET_FTE_CODE, f.message)
    if isinstance(share, Decimal) and (f := check_mw1_share(SHARE_CODE, label, share, year)):
        add("MW-1", "mw1_share", SHARE_CODE, f.message)
    if isinstance(equity, Decimal) and (f := check_negative_equity(EQUITY_CODE, equity)):
        add("MW-3", "negative_equity", EQUITY_CODE, f.message)
    if isinstance(share, Decimal) and previous_share is not None:
        message = share_drop_finding(year, share, previous_share, points=points)
        if message:
            add("MW-3", "share_drop", SHARE_CODE, message)
    return found


def _label_for(kind: str, values: Mapping[str, Decimal | str | None]) -> str | None:
    """MW-1 is judged against the label the organisation holds; the workbook's ID04 when it holds none."""
    if kind in MAATWERK_KINDS:
        return kind
    label = values.get(LABEL_CODE)
    return label if isinstance(label, str) and label in (LABEL_COMPANY, LABEL_DEPARTMENT) else None


def _current_values(
    session: Session, where: Any, codes: Iterable[str]
) -> dict[uuid.UUID, tuple[int, uuid.UUID, dict[str, Decimal | str | None]]]:
    """submission id → (year, organisation id, {code: number, or text for ID04}) of current submissions."""
    out: dict[uuid.UUID, tuple[int, uuid.UUID, dict[str, Decimal | str | None]]] = {}
    stmt = (
        select(
            ReportSubmission.id,
            ReportSubmission.report_year,
            ReportSubmission.organisation_id,
            ValueRow.code,
            ValueRow.value_text,
            ValueRow.value_number,
        )
        .outerjoin(
            ValueRow, and_(ValueRow.submission_id == ReportSubmission.id, ValueRow.code.in_(list(codes)))
        )
        .where(ReportSubmission.status == SubmissionStatus.CURRENT.value, where)
    )
    for r in session.execute(stmt):
        entry = out.setdefault(r.id, (int(r.report_year), r.organisation_id, {}))
        if r.code is not None:
            entry[2][r.code] = _number(r.value_number) if r.value_number is not None else r.value_text
    return out


def follow_up_findings(
    ctx: AppContext, organisation_id: str, *, share_drop_points: Decimal | int | None = None
) -> list[FollowUpFinding]:
    """MW-1 label conditions and MW-3 signals for every year the organisation reported, oldest first."""
    points = Decimal(share_drop_points) if share_drop_points is not None else DEFAULT_SHARE_DROP_POINTS
    org_id = _uuid(organisation_id)
    with ctx.uow() as uow:
        s = uow.session
        org = s.get(Organisation, org_id)
        if org is None:
            raise NotFoundError(N_("Deze organisatie bestaat niet (meer)."))
        current = _current_values(
            s,
            ReportSubmission.organisation_id == org_id,
            (TARGET_FTE_CODE, SHARE_CODE, EQUITY_CODE, LABEL_CODE),
        )
        kind = org.kind
    by_year = {year: (sub_id, values) for sub_id, (year, _, values) in current.items()}
    findings: list[FollowUpFinding] = []
    for year in sorted(by_year):
        sub_id, values = by_year[year]
        previous = by_year.get(year - 1)
        previous_share = _as_decimal(previous[1].get(SHARE_CODE)) if previous else None
        findings.extend(
            _year_findings(year, str(sub_id), _label_for(kind, values), values, previous_share, points)
        )
    return findings


# --- overview and missing reports ---------------------------------------------------------------


def _current_reporters(year: int) -> Any:
    return select(ReportSubmission.organisation_id).where(
        ReportSubmission.report_year == year, ReportSubmission.status == SubmissionStatus.CURRENT.value
    )


def _dossier_holders(year: int) -> Any:
    """Organisations with a DV dossier (report cycle) for report `year`: opened in year + 1."""
    return select(Dossier.organisation_id).where(
        Dossier.dossier_type == DossierType.DUURZAAMHEIDSVERSLAG.value,
        Dossier.submitted_on >= date(year + 1, 1, 1),
        Dossier.submitted_on < date(year + 2, 1, 1),
    )


def report_overview(
    ctx: AppContext, year: int, *, share_drop_points: Decimal | int | None = None
) -> list[OverviewRow]:
    """Per maatwerkbedrijf/-afdeling (and any other organisation with a report for `year`), by name."""
    points = Decimal(share_drop_points) if share_drop_points is not None else DEFAULT_SHARE_DROP_POINTS
    codes = (*KEY_INDICATORS, LABEL_CODE)
    with ctx.uow() as uow:
        s = uow.session
        orgs = list(
            s.execute(
                select(Organisation.id, Organisation.name, Organisation.enterprise_number, Organisation.kind)
                .where(
                    or_(Organisation.kind.in_(MAATWERK_KINDS), Organisation.id.in_(_current_reporters(year)))
                )
                .order_by(Organisation.name, Organisation.enterprise_number)
            )
        )
        submissions = {
            sub.organisation_id: sub
            for sub in s.scalars(
                select(ReportSubmission).where(
                    ReportSubmission.report_year == year,
                    ReportSubmission.status == SubmissionStatus.CURRENT.value,
                )
            )
        }
        values = _current_values(s, ReportSubmission.report_year == year, codes)
        previous = _current_values(s, ReportSubmission.report_year == year - 1, (SHARE_CODE,))
    previous_share = {org_id: vals.get(SHARE_CODE) for _, org_id, vals in previous.values()}
    rows: list[OverviewRow] = []
    for org_id, name, number, kind in orgs:
        sub = submissions.get(org_id)
        if sub is None:
            rows.append(
                OverviewRow(
                    year,
                    str(org_id),
                    name,
                    format_enterprise_number(number),
                    kind,
                    None,
                    None,
                    None,
                    dict.fromkeys(KEY_INDICATORS),
                    NO_REPORT,
                    False,
                )
            )
            continue
        vals = values.get(sub.id, (year, org_id, {}))[2]
        findings = _year_findings(
            year, str(sub.id), _label_for(kind, vals), vals, _as_decimal(previous_share.get(org_id)), points
        )
        indicators = {c: _as_decimal(vals.get(c)) for c in KEY_INDICATORS}
        if indicators[TARGET_FTE_CODE] is None or indicators[SHARE_CODE] is None:
            mw1 = MW1_UNKNOWN
        else:
            mw1 = MW1_NOT_MET if any(f.rule_id == "MW-1" for f in findings) else MW1_MET
        rows.append(
            OverviewRow(
                year,
                str(org_id),
                name,
                format_enterprise_number(number),
                kind,
                str(sub.id),
                sub.received_on,
                sub.late,
                indicators,
                mw1,
                any(f.rule_id == "MW-3" for f in findings) or "MW-3" in (sub.flags or ()),
                tuple(findings),
                len(sub.warnings or ()),
            )
        )
    return rows


def export_overview(rows: Sequence[OverviewRow], path: str | Path) -> Path:
    """Write the overview to .xlsx through the safe export helper (every text cell neutralised)."""
    destination = Path(path)
    if destination.suffix.lower() != ".xlsx":
        raise BadInputError(
            N_("Het exportbestand moet op .xlsx eindigen (gekregen: '{f}').").format(f=destination.name)
        )
    if not destination.parent.is_dir():
        raise BadInputError(N_("De map {d} bestaat niet.").format(d=destination.parent))
    template = load_template("duurzaamheidsverslag-2025")
    labels = {spec.code: spec.label for spec in template.fields()}
    units = {spec.code: spec.type for spec in template.fields()}
    year = rows[0].year if rows else None
    headers = [
        N_("Organisatie"),
        N_("Ondernemingsnummer"),
        N_("Soort"),
        N_("Ontvangen op"),
        N_("Laattijdig (MW-2)"),
        *(f"{code} {labels.get(code, '')}".strip() for code in KEY_INDICATORS),
        N_("MW-1 labelvoorwaarden"),
        N_("MW-3 signaal"),
        N_("Toelichting"),
        N_("Waarschuwingen bij inlezen"),
    ]
    formats: dict[int, str] = {3: "DD/MM/YYYY"}
    for offset, code in enumerate(KEY_INDICATORS, start=5):
        kind = units.get(code)
        formats[offset] = (
            "#,##0.00" if kind is FieldType.AMOUNT else "0" if kind is FieldType.INTEGER else "0.0#"
        )
    body = [
        [
            r.name,
            r.enterprise_number,
            r.kind,
            r.received_on,
            (N_("ja") if r.late else N_("nee")) if r.late is not None else None,
            *(r.indicators.get(code) for code in KEY_INDICATORS),
            r.mw1,
            (N_("ja") if r.mw3 else N_("nee")) if r.received else None,
            "\n".join(f"{f.year}: {f.message}" for f in r.findings) or None,
            r.warnings if r.received else None,
        ]
        for r in rows
    ]
    title = N_("Verslagen {y}").format(y=year) if year is not None else N_("Verslagen")
    write_xlsx(
        destination,
        [
            ExportSheet(
                title,
                headers,
                body,
                column_widths=(40, 16, 18, 13, 12, *([14] * len(KEY_INDICATORS)), 16, 12, 80, 14),
                number_formats=formats,
            )
        ],
    )
    return destination


def missing_reports(ctx: AppContext, year: int) -> list[MissingReport]:
    """Organisations expected to report on `year` without a current report, by name (MW-2 reminders).

    Expected: every maatwerkbedrijf/-afdeling, and any organisation with a DV dossier for the year.
    """
    due = submission_deadline(year)
    overdue = ctx.clock.today() > due
    with ctx.uow() as uow:
        s = uow.session
        # Expected: every maatwerkbedrijf/-afdeling, and whoever has a DV dossier for the year.
        expected = or_(Organisation.kind.in_(MAATWERK_KINDS), Organisation.id.in_(_dossier_holders(year)))
        orgs = list(
            s.scalars(
                select(Organisation)
                .where(expected, Organisation.id.not_in(_current_reporters(year)))
                .order_by(Organisation.name, Organisation.enterprise_number)
            )
        )
        dossiers: dict[uuid.UUID, list[Dossier]] = defaultdict(list)
        for d in s.scalars(
            select(Dossier).where(
                Dossier.dossier_type == DossierType.DUURZAAMHEIDSVERSLAG.value,
                Dossier.submitted_on >= date(year + 1, 1, 1),
                Dossier.submitted_on < date(year + 2, 1, 1),
                Dossier.organisation_id.in_([o.id for o in orgs]),
            )
        ):
            dossiers[d.organisation_id].append(d)
        result = []
        for org in orgs:
            candidates = dossiers.get(org.id, [])
            order = {"verwacht": 0, "ontvangen": 1}
            dossier = (
                min(
                    candidates,
                    key=lambda d: (order.get(d.status, 2), -d.submitted_on.toordinal(), d.reference),
                )
                if candidates
                else None
            )
            result.append(
                MissingReport(
                    organisation_id=str(org.id),
                    name=org.name,
                    enterprise_number=format_enterprise_number(org.enterprise_number),
                    kind=org.kind,
                    email=org.email,
                    due_on=due,
                    overdue=overdue,
                    dossier_id=str(dossier.id) if dossier else None,
                    dossier_reference=dossier.reference if dossier else None,
                    dossier_status=dossier.status if dossier else None,
                )
            )
        return result


# --- demo reports -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoReportsResult:
    year: int
    stored: int
    late: int
    not_sent: int  # organisations that (in the demo) did not send a report (yet)
    skipped: int  # organisations that already had a current report for the year
    outcomes: tuple[ImportOutcome, ...] = field(default=(), repr=False)


_DESCRIPTORS = {
    "D01": (
        "Wij bieden duurzame tewerkstelling aan mensen met een arbeidsbeperking en groeien als sociale "
        "onderneming in {sector}."
    ),
    "D02": "Wij werken samen met het OCMW, de VDAB en lokale verenigingen in {city} en omgeving.",
    "D03": "Wij verminderen afval en energieverbruik en kiezen voor lokale leveranciers en korte ketens.",
    "D04": "Ons kwaliteitshandboek wordt jaarlijks herzien; klantenbevragingen sturen onze verbeteracties.",
    "D05": "Elke werknemer heeft een persoonlijk ontwikkelingsplan met begeleiding door een jobcoach.",
    "D06": "Wij delen opleidingen en begeleiders met twee andere maatwerkbedrijven in de regio.",
}
_SECTORS = (
    "groenonderhoud",
    "schoonmaak",
    "logistiek",
    "verpakking",
    "catering",
    "recyclage",
    "houtbewerking",
)


def generate_demo_reports(
    ctx: AppContext,
    year: int,
    *,
    seed: int = 2025,
    progress: Progress | None = None,
) -> DemoReportsResult:
    """Write realistic filled-in workbooks for every maatwerkbedrijf/-afdeling and import them.

    Deterministic: the same seed, year and organisations give the same values, the same receipt
    dates and byte-identical files. Values follow each organisation's own trend over the years
    (call it for several years for trend charts); some organisations are late (MW-2), some do
    not send (reminders), a few have negative equity or a falling share (MW-3 signals).
    Organisations that already have a current report for the year are left alone.
    """
    progress = progress or NullProgress()
    today = ctx.clock.today()
    if year >= today.year:
        raise BadInputError(
            N_("Verslagjaar {y} is nog niet afgelopen: demoverslagen kan men maken tot en met {p}.").format(
                y=year, p=today.year - 1
            )
        )
    version = "duurzaamheidsverslag-2024" if year <= 2023 else "duurzaamheidsverslag-2025"
    template = load_template(version)
    with ctx.uow() as uow:
        s = uow.session
        done = set(
            s.scalars(
                select(ReportSubmission.organisation_id).where(
                    ReportSubmission.report_year == year,
                    ReportSubmission.status == SubmissionStatus.CURRENT.value,
                )
            )
        )
        orgs = list(
            s.execute(
                select(
                    Organisation.id,
                    Organisation.enterprise_number,
                    Organisation.name,
                    Organisation.kind,
                    Organisation.email,
                    Organisation.municipality_nis,
                )
                .where(Organisation.kind.in_(MAATWERK_KINDS))
                .order_by(Organisation.enterprise_number)
            )
        )
        contacts: dict[uuid.UUID, tuple[str, str | None]] = {}
        for person in s.scalars(
            select(Person)
            .where(Person.organisation_id.in_([o.id for o in orgs]))
            .order_by(Person.organisation_id, Person.created_at, Person.id)
        ):
            if person.organisation_id is not None:
                contacts.setdefault(
                    person.organisation_id, (f"{person.first_name} {person.last_name}", person.email)
                )
        cities: dict[str, str] = {
            r[0]: r[1] for r in s.execute(select(Municipality.nis_code, Municipality.name_nl))
        }
    outcomes: list[ImportOutcome] = []
    stored = late = not_sent = skipped = 0
    with tempfile.TemporaryDirectory(prefix="wsedesk-demoverslagen-") as folder:
        for n, (org_id, number, name, kind, email, nis) in enumerate(orgs):
            if progress.cancelled():
                raise ImportCancelled(outcomes)
            progress.report(n, len(orgs), N_("Demoverslagen {y}").format(y=year))
            if org_id in done:
                skipped += 1
                continue
            rng = random.Random(f"{seed}:{number}:{year}")
            received = _demo_received_on(rng, year)
            if received is None or received > today:
                not_sent += 1
                continue
            contact, contact_email = contacts.get(org_id, ("An Peeters", None))
            values = _demo_values(
                seed,
                number,
                name,
                kind,
                year,
                rng,
                contact,
                contact_email or email,
                cities.get(nis or "", ""),
            )
            values["ID08"] = received - timedelta(days=rng.randint(1, 20))
            path = Path(folder) / f"duurzaamheidsverslag-{year}-{number}.xlsx"
            _write_demo_workbook(template, values, path, year)
            [outcome] = _import_paths(
                ctx, [path], received_on=received, progress=NullProgress(), isolate=False
            )
            outcomes.append(outcome)
            if outcome.stored:
                stored += 1
                late += outcome.late
    progress.report(len(orgs), len(orgs), N_("Klaar"))
    return DemoReportsResult(year, stored, late, not_sent, skipped, tuple(outcomes))


def _demo_received_on(rng: random.Random, year: int) -> date | None:
    deadline = submission_deadline(year)
    roll = rng.random()
    if roll < 0.08:
        return None  # never sent
    if roll < 0.22:
        return deadline + timedelta(days=rng.randint(1, 75))  # late (MW-2)
    return date(year + 1, 3, 1) + timedelta(days=rng.randint(0, (deadline - date(year + 1, 3, 1)).days))


def _demo_values(
    seed: int,
    number: str,
    name: str,
    kind: str,
    year: int,
    rng: random.Random,
    contact: str,
    email: str | None,
    city: str,
) -> dict[str, Any]:
    # The organisation's own profile (the same every year), then this year's drift and noise.
    base = random.Random(f"{seed}:{number}")
    company = kind == OrganisationKind.MAATWERKBEDRIJF.value
    target0 = base.uniform(22, 160) if company else base.uniform(5.5, 28)
    share0 = base.uniform(58, 88) if company else base.uniform(35, 75)
    growth = base.uniform(-0.03, 0.06)
    declining = base.random() < 0.12  # MW-3: a share that falls year after year
    fragile = base.random() < 0.08  # MW-3: equity below zero
    years = year - 2020
    target = max(
        Decimal("1"), Decimal(str(round(target0 * (1 + growth) ** years * rng.uniform(0.95, 1.05), 1)))
    )
    share = share0 - (6.5 * max(0, years) if declining else 0) + rng.uniform(-1.5, 1.5)
    share = min(95.0, max(20.0, share))
    total = max(target, Decimal(str(round(float(target) * 100 / share, 1))))
    share_dec = (target * 100 / total).quantize(Decimal("0.01"))
    revenue = Decimal(str(round(float(total) * base.uniform(48_000, 72_000) * rng.uniform(0.96, 1.04), 2)))
    personnel = (revenue * Decimal(str(round(rng.uniform(0.62, 0.8), 3)))).quantize(Decimal("0.01"))
    result = (revenue * Decimal(str(round(rng.uniform(-0.04, 0.06), 3)))).quantize(Decimal("0.01"))
    equity_base = revenue * Decimal(str(round(base.uniform(0.15, 0.6), 3)))
    equity = (-equity_base / 4 if fragile else equity_base + result * years).quantize(Decimal("0.01"))
    people = int(float(target) * rng.uniform(1.1, 1.35))
    return {
        "ID01": format_enterprise_number(number),
        "ID02": name,
        "ID03": None,
        "ID04": kind,
        "ID05": year,
        "ID06": contact,
        "ID07": email or "info@example.be",
        "I01": float(target),
        "I02": float(total),
        "I03": float(share_dec),
        "I04": people,
        "I05": float(revenue),
        "I06": float(personnel),
        "I07": float(result),
        "I08": float(equity),
        "I09": round(rng.uniform(6, 32), 1),
        "I10": rng.randint(0, max(1, people // 15)),
        "I11": round(rng.uniform(4, 14), 1),
        "I12": rng.randint(0, max(1, people // 20)),
        "I13": rng.choice((None, 0, 1, 2, 3, 5)),
        "I14": "ja" if rng.random() < 0.85 else "nee",
        "I15": "ja" if rng.random() < 0.92 else "nee",
        "I16": rng.randint(1, max(2, people // 12)),
        "I17": rng.randint(1, max(2, people // 10)),
        **{
            code: text.format(sector=base.choice(_SECTORS), city=city or "de regio")
            for code, text in _DESCRIPTORS.items()
        },
    }


_CORE_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _write_demo_workbook(template: Any, values: Mapping[str, Any], path: Path, year: int) -> None:
    """The department's blank workbook filled in column D by code, saved byte-for-byte reproducibly."""
    workbook = build_blank_report(template)
    for sheet in workbook.worksheets:
        for row in range(1, sheet.max_row + 1):
            code = sheet.cell(row=row, column=1).value
            if isinstance(code, str) and code in values and values[code] is not None:
                sheet.cell(row=row, column=4, value=values[code])
    buffer = io.BytesIO()
    workbook.save(buffer)
    # openpyxl stamps the save time in docProps/core.xml and on every zip entry: pin both.
    stamp = f"{year + 1}-01-01T00:00:00Z".encode()
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _CORE_DATES.sub(lambda m: m.group(1) + stamp + m.group(2), data)
            target.writestr(
                zipfile.ZipInfo(info.filename, date_time=(year + 1, 1, 1, 0, 0, 0)),
                data,
                zipfile.ZIP_DEFLATED,
            )


# --- helpers ------------------------------------------------------------------------------------


def _as_decimal(value: Decimal | str | None) -> Decimal | None:
    return value if isinstance(value, Decimal) else None


def _uuid(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise NotFoundError(N_("Onbekende id '{v}'.").format(v=value)) from None


def _number(value: Any) -> Decimal:
    """A number from the database (Decimal on PostgreSQL, float on SQLite) as a Decimal at the column's scale."""
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    try:
        number = number.quantize(_NUMBER_QUANTUM)
    except InvalidOperation:  # more digits than a Decimal context holds: keep it as it is
        return number
    return Decimal(_decimal_text(number))


# --- an issue in context (the GUI's "show me the cell") ------------------------------------------


@dataclass(frozen=True)
class ExcerptRow:
    """One row of an excerpt: its row number in the workbook (None for a template row) and texts."""

    row: int | None
    cells: tuple[str, ...]


@dataclass(frozen=True)
class IssueExcerpt:
    """The rows around an issue's cell, as text, for showing it in context.

    `source`: "workbook" (read from the file, the safe way), "template" (the neighbouring codes of
    the template definition, with the values read), or "none" (a file-level issue).
    `focus` is (index into `rows`, index into `columns`) of the issue's cell, when there is one.
    `note` says why the workbook itself is not shown.
    """

    source: Literal["workbook", "template", "none"]
    sheet: str | None
    columns: tuple[str, ...]
    rows: tuple[ExcerptRow, ...]
    focus: tuple[int, int] | None = None
    note: str | None = None


_CELL_REF = re.compile(r"^\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})$")
EXCERPT_RADIUS = 5


def issue_excerpt(
    path: str | Path,
    issue: ReportIssue,
    *,
    template_version: str | None = None,
    values: Mapping[str, ReportValue] | None = None,
    radius: int = EXCERPT_RADIUS,
) -> IssueExcerpt:
    """The sheet's rows around `issue.cell` (± `radius`), read with the import's own safety.

    The file goes through the same checks and bounded worker process as an import
    (`xlsx_safety.inspect_workbook_file`, `worker.extract_workbook`: values only, no macros, a
    time and memory limit). When the file cannot be read (moved, refused) or the issue names no
    cell, the template definition's rows around `issue.code` are shown with the values read.
    """
    from dataclasses import replace as dataclass_replace

    from wsedesk.importers.worker import WorkerError, extract_workbook, run_isolated
    from wsedesk.importers.xlsx_safety import DEFAULT_LIMITS, UnsafeFileError, inspect_workbook_file

    note: str | None = None
    match = _CELL_REF.match((issue.cell or "").strip().upper())
    if issue.sheet and match:
        column, row = match.group(1), int(match.group(2))
        limits = DEFAULT_LIMITS
        try:
            inspect_workbook_file(path, limits)
            raw = run_isolated(
                extract_workbook,
                str(path),
                [issue.sheet],
                limits,
                timeout=limits.timeout_seconds,
                memory_bytes=limits.memory_bytes,
            )
        except UnsafeFileError as exc:
            note = N_("De werkmap zelf kan niet getoond worden: {e}").format(e=exc.message)
        except WorkerError:
            note = N_("De werkmap zelf kan niet getoond worden: ze kon niet gelezen worden.")
        else:
            sheet = next(
                (
                    s
                    for s in raw.get("sheets", [])
                    if str(s.get("name", "")).strip().lower() == issue.sheet.strip().lower()
                ),
                None,
            )
            if sheet is not None:
                return _workbook_excerpt(sheet, column, row, radius)
            note = N_("Tabblad '{s}' werd niet gevonden in de werkmap.").format(s=issue.sheet)
    if issue.code:
        excerpt = _template_excerpt(issue.code, template_version, values or {}, radius)
        if excerpt is not None:
            return dataclass_replace(excerpt, note=note)
    return IssueExcerpt("none", issue.sheet, (), (), None, note)


def _workbook_excerpt(sheet: Mapping[str, Any], column: str, row: int, radius: int) -> IssueExcerpt:
    from openpyxl.utils import column_index_from_string, get_column_letter

    rows: dict[int, Mapping[str, Any]] = {int(r): cells for r, cells in sheet.get("rows", {}).items()}
    no_value = set(sheet.get("formulas_without_value", []))
    first, last = max(1, row - radius), row + radius
    used = [column_index_from_string(letter) for r in range(first, last + 1) for letter in rows.get(r, {})]
    width = max(5, column_index_from_string(column), *used)
    letters = tuple(get_column_letter(i) for i in range(1, width + 1))
    out: list[ExcerptRow] = []
    for r in range(first, last + 1):
        cells = rows.get(r, {})
        texts = []
        for letter in letters:
            ref = f"{letter}{r}"
            if ref in no_value:
                texts.append(N_("(formule zonder berekende waarde)"))
            else:
                raw = cells.get(letter)
                texts.append(_shown_cell(raw) if raw is not None else "")
        out.append(ExcerptRow(r, tuple(texts)))
    return IssueExcerpt(
        "workbook", str(sheet.get("name")), letters, tuple(out), (row - first, letters.index(column))
    )


def _shown_cell(raw: Sequence[Any]) -> str:
    """A raw worker cell (kind, value, number format) as Excel would roughly show it."""
    kind, value = raw[0], raw[1]
    number_format = raw[2] if len(raw) > 2 and isinstance(raw[2], str) else ""
    if kind == "n" and isinstance(value, int | float) and not isinstance(value, bool):
        number = Decimal(repr(value))
        if "%" in number_format:
            return f"{format_number_nl(number * 100)} %"
        return format_number_nl(number)
    if kind == "b":
        return N_("WAAR") if value else N_("ONWAAR")
    if kind == "d" and isinstance(value, str):
        try:
            return format_date_nl(date.fromisoformat(value[:10]))
        except ValueError:
            return value
    return str(value)


def _template_excerpt(
    code: str, version: str | None, values: Mapping[str, ReportValue], radius: int
) -> IssueExcerpt | None:
    from wsedesk.importers.report_template import UnknownTemplateVersionError, latest_version

    try:
        template = load_template(version or latest_version())
        sheet = template.sheet_of(code)
    except (UnknownTemplateVersionError, KeyError):
        return None
    fields = list(sheet.fields)
    at = next(i for i, spec in enumerate(fields) if spec.code == code)
    start, stop = max(0, at - radius), min(len(fields), at + radius + 1)
    rows = tuple(
        ExcerptRow(
            None,
            (
                spec.code,
                spec.label,
                spec.unit,
                _shown_value(values.get(spec.code)),
            ),
        )
        for spec in fields[start:stop]
    )
    columns = (N_("Code"), N_("Omschrijving"), N_("Eenheid"), N_("Gelezen waarde"))
    return IssueExcerpt("template", sheet.name, columns, rows, (at - start, 3))


def _shown_value(value: ReportValue) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return N_("ja") if value else N_("nee")
    if isinstance(value, int | Decimal):
        return format_number_nl(value)
    return str(value)


def numeric_indicators(version: str | None = None) -> list[tuple[str, str, str]]:
    """(code, label, unit) of the numeric indicators (I01…I17 without the ja/nee rows), for charts."""
    from wsedesk.importers.report_template import latest_version

    template = load_template(version or latest_version())
    return [
        (spec.code, spec.label, spec.unit)
        for spec in template.fields()
        if re.fullmatch(r"I\d+", spec.code)
        and spec.type in NUMERIC_TYPES
        and spec.type is not FieldType.BOOLEAN
    ]
