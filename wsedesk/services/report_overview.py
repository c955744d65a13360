"""Stored sustainability reports read back: submissions, the overview per year, missing reports, follow-up.

- `report_overview` / `export_overview`: one row per maatwerkbedrijf/-afdeling for a year.
- `missing_reports`: who has not sent the report for a year (reminder letter `herinnering-verslag`).
- `follow_up_findings`: MW-1 label conditions over the years and MW-3 signals (negative equity,
  a falling share of target-group employees).
- `indicator_series` / `sector_median` / `sector_medians`: computed in SQL, for the charts.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from wsedesk.documents.xlsx_export import ExportSheet, write_xlsx
from wsedesk.errors import BadInputError, NotFoundError
from wsedesk.i18n import N_
from wsedesk.importers.report_template import load_template
from wsedesk.models import (
    Dossier,
    Organisation,
    ReportSubmission,
    SubmissionStatus,
)
from wsedesk.models import ReportValue as ValueRow
from wsedesk.rules.identifiers import format_enterprise_number
from wsedesk.rules.reports import (
    LABEL_COMPANY,
    LABEL_DEPARTMENT,
    FieldType,
    ReportValue,
    check_mw1_share,
    check_mw1_target_fte,
    check_negative_equity,
    format_number_nl,
    submission_deadline,
)
from wsedesk.rules.workflows import (
    DossierType,
)
from wsedesk.services.reports import LABEL_CODE, MAATWERK_KINDS, decimal_text, typed_value

if TYPE_CHECKING:
    from wsedesk.context import AppContext

# MW-3 signal: the share of target-group employees (I03) fell by more than this many percentage
# points compared with the previous year. Configurable: pass `share_drop_points`.
DEFAULT_SHARE_DROP_POINTS = Decimal(5)
# Columns of the overview (and of its Excel export), in this order.
KEY_INDICATORS: tuple[str, ...] = ("I01", "I02", "I03", "I04", "I05", "I07", "I08", "I10", "I11")
TARGET_FTE_CODE, TOTAL_FTE_CODE, SHARE_CODE, EQUITY_CODE = "I01", "I02", "I03", "I08"
MW1_MET = N_("voldaan")
MW1_NOT_MET = N_("niet voldaan")
MW1_UNKNOWN = N_("onvolledig")
NO_REPORT = N_("geen verslag")
_NUMBER_QUANTUM = Decimal("0.000001")  # the scale of report_values.value_number


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
        organisation_row = partial(
            OverviewRow, year, str(org_id), name, format_enterprise_number(number), kind
        )
        if sub is None:
            rows.append(organisation_row(None, None, None, dict.fromkeys(KEY_INDICATORS), NO_REPORT, False))
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
            organisation_row(
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
        # Columns, not entities: at 100k dossiers ~1,500 organisations and ~3,500 DV dossiers, whose
        # ORM objects cost the Verslagen page ~13 MB and most of a second (issue #13).
        orgs = s.execute(
            select(
                Organisation.id,
                Organisation.name,
                Organisation.enterprise_number,
                Organisation.kind,
                Organisation.email,
            )
            .where(expected, Organisation.id.not_in(_current_reporters(year)))
            .order_by(Organisation.name, Organisation.enterprise_number)
        ).all()
        dossiers: dict[uuid.UUID, list[Any]] = defaultdict(list)
        for d in s.execute(
            select(
                Dossier.id, Dossier.organisation_id, Dossier.reference, Dossier.status, Dossier.submitted_on
            ).where(
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
    return Decimal(decimal_text(number))
