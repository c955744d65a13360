"""Sustainability report (duurzaamheidsverslag): the template model and the indicator checks.

domain.md §3.3 (MW-1..MW-3) and report-template.md. Pure Python: the template definition
arrives as data (loaded by `wsedesk.importers.report_template`), values arrive already parsed
(int, Decimal, bool, str, ISO date str), and every date is an argument — never the clock.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal

from wsedesk.i18n import N_

Severity = Literal["error", "warning"]
ERROR: Severity = "error"
WARNING: Severity = "warning"

# A parsed report value: int (integer, year), Decimal (decimal, amount, percentage 0–100),
# bool (ja/nee), str (text, choice, e-mail, normalised identifiers, ISO date), None (empty).
ReportValue = int | Decimal | bool | str | None

# MW-1: the share condition for the label maatwerkbedrijf changed on 1 July 2023.
MW1_SHARE_CHANGED_ON = date(2023, 7, 1)
MW1_SHARE_BEFORE = Decimal(65)
MW1_SHARE_SINCE = Decimal(55)
MW1_MIN_TARGET_FTE_COMPANY = Decimal(20)  # maatwerkbedrijf
MW1_MIN_TARGET_FTE_DEPARTMENT = Decimal(5)  # maatwerkafdeling
LABEL_COMPANY = "maatwerkbedrijf"
LABEL_DEPARTMENT = "maatwerkafdeling"

# The decree on collective custom work took effect in 2015: no report can be older.
EARLIEST_REPORT_YEAR = 2015
# A report older than this many years is suspicious (a typo in the year?).
OLD_REPORT_YEARS = 5


class FieldType(StrEnum):
    """What a template row holds; decides how a cell is parsed and checked."""

    ENTERPRISE_NUMBER = "enterprise_number"
    ESTABLISHMENT_NUMBER = "establishment_number"
    TEXT = "text"
    CHOICE = "choice"
    YEAR = "year"
    EMAIL = "email"
    DATE = "date"
    DECIMAL = "decimal"
    INTEGER = "integer"
    PERCENTAGE = "percentage"
    AMOUNT = "amount"
    BOOLEAN = "boolean"


NUMERIC_TYPES = frozenset(
    {FieldType.DECIMAL, FieldType.INTEGER, FieldType.PERCENTAGE, FieldType.AMOUNT, FieldType.YEAR}
)


class CheckKind(StrEnum):
    """The named checks a template row may ask for (see `check_report`)."""

    AT_LEAST = "at_least"  # params: field — this value ≥ that field's value (I02 ≥ I01)
    SHARE_OF = "share_of"  # params: numerator, denominator, tolerance — I03 ≈ I01 / I02 × 100
    MW1_TARGET_FTE = "mw1_target_fte"  # params: label_field — MW-1 ≥ 20 / ≥ 5 FTE
    MW1_SHARE = "mw1_share"  # params: label_field — MW-1 ≥ 55 % (65 % before 1 July 2023)
    NEGATIVE_FLAG = "negative_flag"  # params: flag — a negative value raises a follow-up flag (MW-3)
    QUALITY_AREA = "quality_area"  # params: area — 'nee' hints that a QR-1 condition area is not met
    REPORT_YEAR = "report_year"  # the year is plausible, expected, and covered by the template
    SUBMISSION_DEADLINE = "submission_deadline"  # MW-2: submitted after 31 July of year + 1
    EXPECTED_ORGANISATION = "expected_organisation"  # enterprise number = the organisation filed under
    DATE_PLAUSIBLE = "date_plausible"  # a date after the report year and not in the future


# Parameters each check needs (validated when a template is loaded).
CHECK_PARAMS: dict[CheckKind, tuple[str, ...]] = {
    CheckKind.AT_LEAST: ("field",),
    CheckKind.SHARE_OF: ("numerator", "denominator"),
    CheckKind.MW1_TARGET_FTE: ("label_field",),
    CheckKind.MW1_SHARE: ("label_field",),
    CheckKind.NEGATIVE_FLAG: ("flag",),
    CheckKind.QUALITY_AREA: ("area",),
    CheckKind.REPORT_YEAR: (),
    CheckKind.SUBMISSION_DEADLINE: (),
    CheckKind.EXPECTED_ORGANISATION: (),
    CheckKind.DATE_PLAUSIBLE: (),
}

DEFAULT_CHECK_SEVERITY: dict[CheckKind, Severity] = {
    CheckKind.AT_LEAST: ERROR,
    CheckKind.SHARE_OF: ERROR,
    CheckKind.MW1_TARGET_FTE: WARNING,
    CheckKind.MW1_SHARE: WARNING,
    CheckKind.NEGATIVE_FLAG: WARNING,
    CheckKind.QUALITY_AREA: WARNING,
    CheckKind.REPORT_YEAR: ERROR,
    CheckKind.SUBMISSION_DEADLINE: WARNING,
    CheckKind.EXPECTED_ORGANISATION: ERROR,
    CheckKind.DATE_PLAUSIBLE: WARNING,
}


@dataclass(frozen=True)
class CheckSpec:
    """One named check on a template row, with its parameters from the definition file."""

    kind: CheckKind
    severity: Severity
    rule_id: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class FieldSpec:
    """One row of the template: column A code, B label, C unit/hint, D the answer."""

    code: str
    label: str
    type: FieldType
    mandatory: bool
    unit: str = ""
    hint: str = ""
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    min_length: int | None = None
    choices: tuple[str, ...] = ()
    checks: tuple[CheckSpec, ...] = ()


@dataclass(frozen=True)
class SheetSpec:
    name: str
    title: str
    fields: tuple[FieldSpec, ...]


@dataclass(frozen=True)
class ReportTemplate:
    """One version of the department's workbook, e.g. `duurzaamheidsverslag-2025`."""

    version: str
    title: str
    sheets: tuple[SheetSpec, ...]
    version_sheet: str
    version_cell: str
    instructions: str = ""
    first_report_year: int | None = None
    last_report_year: int | None = None

    def fields(self) -> Iterator[FieldSpec]:
        for sheet in self.sheets:
            yield from sheet.fields

    def field(self, code: str) -> FieldSpec:
        for spec in self.fields():
            if spec.code == code:
                return spec
        raise KeyError(code)

    def sheet_of(self, code: str) -> SheetSpec:
        for sheet in self.sheets:
            if any(spec.code == code for spec in sheet.fields):
                return sheet
        raise KeyError(code)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(spec.code for spec in self.fields())

    def first_code_of_type(self, kind: FieldType) -> str | None:
        return next((spec.code for spec in self.fields() if spec.type is kind), None)


@dataclass(frozen=True)
class Finding:
    """One verdict of a check on a report; `code` is the row it is about (None: the report)."""

    code: str | None
    severity: Severity
    message: str
    rule_id: str | None = None
    flag: str | None = None


# --- formatting (Dutch) -----------------------------------------------------------------------


def format_number_nl(value: Decimal | int | float) -> str:
    """`Decimal("1234.5")` → `1.234,5`; the way the users write numbers."""
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if number == number.to_integral_value():
        number = number.quantize(Decimal(1))
    text = f"{number:f}"
    sign = "-" if text.startswith("-") else ""
    text = text.lstrip("-")
    whole, _, fraction = text.partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"


def format_date_nl(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


# --- the individual rules -------------------------------------------------------------------


def mw1_share_threshold(report_year: int) -> Decimal:
    """MW-1: minimum share of target-group employees for a maatwerkbedrijf in `report_year`.

    55 % since 1 July 2023, 65 % before. The report year decides, not the submission date:
    the condition in force at the end of the year (31 December) applies, so 2023 uses 55 %.
    """
    # 31 December of the year is on or after the change exactly when the year is the change's or later;
    # said with the year alone, a nonsense year from a hostile report (0) cannot raise here.
    return MW1_SHARE_SINCE if report_year >= MW1_SHARE_CHANGED_ON.year else MW1_SHARE_BEFORE


def submission_deadline(report_year: int) -> date:
    """MW-2: the report on `report_year` is due on 31 July of the next year (that day included)."""
    return date(report_year + 1, 7, 31)


def is_late_submission(report_year: int, submitted_on: date) -> bool:
    return submitted_on > submission_deadline(report_year)


def computed_share(numerator: Decimal, denominator: Decimal) -> Decimal | None:
    """numerator / denominator × 100, or None when the denominator is zero."""
    if denominator == 0:
        return None
    return numerator * 100 / denominator


def check_range(spec: FieldSpec, value: ReportValue) -> Finding | None:
    if spec.type not in NUMERIC_TYPES or not isinstance(value, int | Decimal) or isinstance(value, bool):
        return None
    unit = _unit_suffix(spec)

    def shown(number: Decimal | int) -> str:
        # A year is written without a thousands separator (2015, not 2.015).
        return str(int(number)) if spec.type is FieldType.YEAR else format_number_nl(number)

    if spec.minimum is not None and value < spec.minimum:
        return Finding(
            spec.code,
            ERROR,
            N_("Waarde {v}{u} is te klein: verwacht minstens {m}{u}.").format(
                v=shown(value), m=shown(spec.minimum), u=unit
            ),
        )
    if spec.maximum is not None and value > spec.maximum:
        return Finding(
            spec.code,
            ERROR,
            N_("Waarde {v}{u} is te groot: verwacht hoogstens {m}{u}.").format(
                v=shown(value), m=shown(spec.maximum), u=unit
            ),
        )
    return None


def check_min_length(spec: FieldSpec, value: ReportValue) -> Finding | None:
    if spec.min_length is None or not isinstance(value, str):
        return None
    length = len(value.strip())
    if length >= spec.min_length:
        return None
    return Finding(
        spec.code,
        ERROR,
        N_("Tekst is te kort: verwacht minstens {n} tekens, gevonden {m}.").format(
            n=spec.min_length, m=length
        ),
    )


def check_at_least(
    code: str, value: Decimal, other_code: str, other: Decimal, *, severity: Severity = ERROR
) -> Finding | None:
    """I02 ≥ I01: the total FTE cannot be smaller than the target-group FTE."""
    if value >= other:
        return None
    return Finding(
        code,
        severity,
        N_("{c} ({v}) is kleiner dan {o} ({ov}): verwacht {c} ≥ {o}.").format(
            c=code, v=format_number_nl(value), o=other_code, ov=format_number_nl(other)
        ),
    )


def check_share_of(
    code: str,
    share: Decimal,
    numerator_code: str,
    numerator: Decimal,
    denominator_code: str,
    denominator: Decimal,
    *,
    tolerance: Decimal = Decimal(1),
    severity: Severity = ERROR,
) -> Finding | None:
    """I03 ≈ I01 / I02 × 100, within `tolerance` percentage points."""
    expected = computed_share(numerator, denominator)
    if expected is None or abs(share - expected) <= tolerance:
        return None
    shown = expected.quantize(Decimal("0.1"))
    hint = ""
    if 0 < share <= 1 and abs(share * 100 - expected) <= tolerance:
        hint = N_(" Een aandeel geeft u op als getal tussen 0 en 100 (bv. 55) of met %-opmaak.")
    return Finding(
        code,
        severity,
        N_("Aandeel {v} % klopt niet met {n} / {d} = {e} %: verwacht {e} % ± {t} procentpunt.{h}").format(
            v=format_number_nl(share),
            n=numerator_code,
            d=denominator_code,
            e=format_number_nl(shown),
            t=format_number_nl(tolerance),
            h=hint,
        ),
    )


def check_mw1_target_fte(
    code: str, label: str | None, target_fte: Decimal, *, severity: Severity = WARNING
) -> Finding | None:
    """MW-1: on average ≥ 20 FTE target-group employees (maatwerkbedrijf), ≥ 5 (maatwerkafdeling)."""
    if label == LABEL_COMPANY:
        minimum = MW1_MIN_TARGET_FTE_COMPANY
    elif label == LABEL_DEPARTMENT:
        minimum = MW1_MIN_TARGET_FTE_DEPARTMENT
    else:
        return None
    if target_fte >= minimum:
        return None
    return Finding(
        code,
        severity,
        N_("MW-1: een {l} telt gemiddeld minstens {m} VTE doelgroepwerknemers; gevonden {v} VTE.").format(
            l=label, m=format_number_nl(minimum), v=format_number_nl(target_fte)
        ),
        rule_id="MW-1",
    )


def check_mw1_share(
    code: str, label: str | None, share: Decimal, report_year: int | None, *, severity: Severity = WARNING
) -> Finding | None:
    """MW-1: a maatwerkbedrijf employs at least 55 % target-group employees (65 % before 1 July 2023)."""
    if label != LABEL_COMPANY or report_year is None:
        return None
    minimum = mw1_share_threshold(report_year)
    if share >= minimum:
        return None
    return Finding(
        code,
        severity,
        N_(
            "MW-1: een maatwerkbedrijf telt minstens {m} % doelgroepwerknemers (voorwaarde voor "
            "verslagjaar {y}); gevonden {v} %."
        ).format(m=format_number_nl(minimum), y=report_year, v=format_number_nl(share)),
        rule_id="MW-1",
    )


def check_negative_equity(
    code: str, equity: Decimal, *, flag: str = "MW-3", severity: Severity = WARNING
) -> Finding | None:
    """MW-3: negative equity is a signal for imposed management support."""
    if equity >= 0:
        return None
    return Finding(
        code,
        severity,
        N_(
            "MW-3: negatief eigen vermogen ({v} EUR); signaal om verplichte managementondersteuning te "
            "overwegen."
        ).format(v=format_number_nl(equity)),
        rule_id="MW-3",
        flag=flag,
    )


def check_quality_area(
    code: str, label: str, answer: bool, area: str, *, severity: Severity = WARNING
) -> Finding | None:
    """QR-1: 'nee' on a question about customer focus / financial management."""
    if answer:
        return None
    return Finding(
        code,
        severity,
        N_(
            "QR-1: 'nee' bij '{q}': de voorwaarde {a} van de kwaliteitsregistratie is mogelijk niet vervuld."
        ).format(q=label, a=area),
        rule_id="QR-1",
    )


def check_report_year(
    code: str,
    year: int,
    *,
    reference_date: date | None = None,
    expected_year: int | None = None,
    template_version: str | None = None,
    first_year: int | None = None,
    last_year: int | None = None,
    severity: Severity = ERROR,
) -> list[Finding]:
    """The year must be over (relative to `reference_date`), expected, and covered by the template."""
    findings: list[Finding] = []
    if expected_year is not None and year != expected_year:
        findings.append(
            Finding(
                code,
                severity,
                N_("Verslagjaar {y} verschilt van het verwachte verslagjaar {e}.").format(
                    y=year, e=expected_year
                ),
            )
        )
    if year < EARLIEST_REPORT_YEAR:
        findings.append(
            Finding(
                code,
                severity,
                N_("Verslagjaar {y} is niet plausibel: verwacht {e} of later.").format(
                    y=year, e=EARLIEST_REPORT_YEAR
                ),
            )
        )
    if reference_date is not None:
        if year >= reference_date.year:
            findings.append(
                Finding(
                    code,
                    severity,
                    N_(
                        "Verslagjaar {y} is op {d} nog niet afgelopen: verwacht een afgelopen kalenderjaar "
                        "(uiterlijk {p})."
                    ).format(y=year, d=format_date_nl(reference_date), p=reference_date.year - 1),
                )
            )
        elif year < reference_date.year - OLD_REPORT_YEARS:
            findings.append(
                Finding(
                    code,
                    WARNING,
                    N_("Verslagjaar {y} ligt meer dan {n} jaar terug: is het jaartal juist?").format(
                        y=year, n=OLD_REPORT_YEARS
                    ),
                )
            )
    version = template_version or N_("dit sjabloon")
    if last_year is not None and year > last_year:
        findings.append(
            Finding(
                code,
                severity,
                N_(
                    "Sjabloon {t} geldt voor verslagjaren tot en met {l}; verslagjaar {y} vraagt een "
                    "nieuwer sjabloon."
                ).format(t=version, l=last_year, y=year),
            )
        )
    if first_year is not None and year < first_year:
        findings.append(
            Finding(
                code,
                severity,
                N_(
                    "Sjabloon {t} geldt voor verslagjaren vanaf {f}; verslagjaar {y} vraagt een ouder sjabloon."
                ).format(t=version, f=first_year, y=year),
            )
        )
    return findings


def check_submission_deadline(
    code: str, year: int, submitted_on: date, *, severity: Severity = WARNING
) -> Finding | None:
    """MW-2: the report on `year` is late when it arrives after 31 July of `year` + 1."""
    if not is_late_submission(year, submitted_on):
        return None
    return Finding(
        code,
        severity,
        N_("MW-2: verslag over {y} ingediend op {d}, na de uiterste datum {u}.").format(
            y=year, d=format_date_nl(submitted_on), u=format_date_nl(submission_deadline(year))
        ),
        rule_id="MW-2",
    )


def check_expected_organisation(
    code: str, enterprise_number: str, expected: str, *, severity: Severity = ERROR
) -> Finding | None:
    """Both arguments are normalised 10-digit enterprise numbers."""
    if enterprise_number == expected:
        return None
    return Finding(
        code,
        severity,
        N_(
            "Ondernemingsnummer {f} komt niet overeen met de organisatie {e} waaronder het verslag "
            "wordt ingediend."
        ).format(f=_kbo(enterprise_number), e=_kbo(expected)),
    )


def check_date_plausible(
    code: str,
    day: date,
    *,
    report_year: int | None,
    reference_date: date | None,
    severity: Severity = WARNING,
) -> Finding | None:
    """A report is drawn up after its year ended and not after the day it is read."""
    if reference_date is not None and day > reference_date:
        return Finding(
            code,
            severity,
            N_("Datum {d} ligt in de toekomst (na {r}).").format(
                d=format_date_nl(day), r=format_date_nl(reference_date)
            ),
        )
    if report_year is not None and day.year <= report_year:
        return Finding(
            code,
            severity,
            N_(
                "Datum {d} ligt vóór het einde van verslagjaar {y}: verwacht een datum in {n} of later."
            ).format(d=format_date_nl(day), y=report_year, n=report_year + 1),
        )
    return None


# --- the whole report ------------------------------------------------------------------------


def check_report(
    template: ReportTemplate,
    values: Mapping[str, ReportValue],
    *,
    skip: Collection[str] = (),
    reference_date: date | None = None,
    expected_year: int | None = None,
    expected_org: str | None = None,
) -> list[Finding]:
    """Mandatory fields, ranges, lengths and the template's named checks, in template order.

    `values` holds parsed values (None = empty). Codes in `skip` could not be parsed and were
    reported already: they get no "mandatory" finding and checks that need them are skipped.
    `expected_org` is a normalised enterprise number; `reference_date` is the day the report
    is received (late submission, plausible years and dates).
    """
    findings: list[Finding] = []
    year_code = template.first_code_of_type(FieldType.YEAR)
    year_value = values.get(year_code) if year_code else None
    report_year = year_value if isinstance(year_value, int) and not isinstance(year_value, bool) else None

    for spec in template.fields():
        if spec.code in skip:
            continue
        value = values.get(spec.code)
        if value is None:
            if spec.mandatory:
                findings.append(
                    Finding(
                        spec.code,
                        ERROR,
                        N_("Verplicht veld is leeg: verwacht {e}.").format(e=describe_expected(spec)),
                    )
                )
            continue
        out_of_range = check_range(spec, value)
        if out_of_range is not None:
            findings.append(out_of_range)
            continue  # the row's own checks would only repeat the problem
        too_short = check_min_length(spec, value)
        if too_short is not None:
            findings.append(too_short)
        for check in spec.checks:
            findings.extend(
                _run_check(
                    template,
                    spec,
                    check,
                    value,
                    values,
                    report_year=report_year,
                    reference_date=reference_date,
                    expected_year=expected_year,
                    expected_org=expected_org,
                )
            )
    return findings


def _run_check(
    template: ReportTemplate,
    spec: FieldSpec,
    check: CheckSpec,
    value: ReportValue,
    values: Mapping[str, ReportValue],
    *,
    report_year: int | None,
    reference_date: date | None,
    expected_year: int | None,
    expected_org: str | None,
) -> list[Finding]:
    params = check.params
    sev = check.severity
    found: Finding | None = None
    match check.kind:
        case CheckKind.AT_LEAST:
            other = _number(values.get(params["field"]))
            if (mine := _number(value)) is not None and other is not None:
                found = check_at_least(spec.code, mine, params["field"], other, severity=sev)
        case CheckKind.SHARE_OF:
            num = _number(values.get(params["numerator"]))
            den = _number(values.get(params["denominator"]))
            share = _number(value)
            if share is not None and num is not None and den is not None:
                tolerance = Decimal(str(params.get("tolerance", 1)))
                found = check_share_of(
                    spec.code,
                    share,
                    params["numerator"],
                    num,
                    params["denominator"],
                    den,
                    tolerance=tolerance,
                    severity=sev,
                )
        case CheckKind.MW1_TARGET_FTE:
            label = values.get(params["label_field"])
            if (fte := _number(value)) is not None and isinstance(label, str):
                found = check_mw1_target_fte(spec.code, label, fte, severity=sev)
        case CheckKind.MW1_SHARE:
            label = values.get(params["label_field"])
            if (share := _number(value)) is not None and isinstance(label, str):
                found = check_mw1_share(spec.code, label, share, report_year, severity=sev)
        case CheckKind.NEGATIVE_FLAG:
            if (amount := _number(value)) is not None:
                found = check_negative_equity(spec.code, amount, flag=str(params["flag"]), severity=sev)
        case CheckKind.QUALITY_AREA:
            if isinstance(value, bool):
                found = check_quality_area(spec.code, spec.label, value, str(params["area"]), severity=sev)
        case CheckKind.REPORT_YEAR:
            if report_year is not None:
                return [
                    _with_rule(f, check.rule_id)
                    for f in check_report_year(
                        spec.code,
                        report_year,
                        reference_date=reference_date,
                        expected_year=expected_year,
                        template_version=template.version,
                        first_year=template.first_report_year,
                        last_year=template.last_report_year,
                        severity=sev,
                    )
                ]
        case CheckKind.SUBMISSION_DEADLINE:
            if report_year is not None and reference_date is not None:
                found = check_submission_deadline(spec.code, report_year, reference_date, severity=sev)
        case CheckKind.EXPECTED_ORGANISATION:
            if expected_org is not None and isinstance(value, str):
                found = check_expected_organisation(spec.code, value, expected_org, severity=sev)
        case CheckKind.DATE_PLAUSIBLE:
            if isinstance(value, str):
                try:
                    day = date.fromisoformat(value)
                except ValueError:
                    day = None
                if day is not None:
                    found = check_date_plausible(
                        spec.code, day, report_year=report_year, reference_date=reference_date, severity=sev
                    )
    return [] if found is None else [_with_rule(found, check.rule_id)]


def describe_expected(spec: FieldSpec) -> str:
    """What a row expects, in Dutch, for "expected …, found …" messages."""
    match spec.type:
        case FieldType.ENTERPRISE_NUMBER:
            return N_("een ondernemingsnummer (10 cijfers, bv. 0428.759.497)")
        case FieldType.ESTABLISHMENT_NUMBER:
            return N_("een vestigingsnummer (10 cijfers, begint met 2 tot 8)")
        case FieldType.CHOICE:
            return N_("één van: {c}").format(c=", ".join(spec.choices))
        case FieldType.YEAR:
            return N_("een jaartal (bv. 2025)")
        case FieldType.EMAIL:
            return N_("een e-mailadres (naam@organisatie.be)")
        case FieldType.DATE:
            return N_("een datum (dd/mm/jjjj)")
        case FieldType.DECIMAL:
            return N_("een getal") + _unit_note(spec)
        case FieldType.INTEGER:
            return N_("een geheel getal") + _unit_note(spec)
        case FieldType.PERCENTAGE:
            return N_("een percentage tussen 0 en 100")
        case FieldType.AMOUNT:
            return N_("een bedrag in euro")
        case FieldType.BOOLEAN:
            return N_("ja of nee")
        case FieldType.TEXT:
            if spec.min_length:
                return N_("tekst van minstens {n} tekens").format(n=spec.min_length)
            return N_("tekst")
    return N_("een waarde")


def _unit_suffix(spec: FieldSpec) -> str:
    """` VTE`, ` %`, ` EUR` after a number in a message."""
    if not spec.unit or spec.unit in ("ja/nee", "aantal", "personen"):
        return ""
    return f" {spec.unit}"


def _unit_note(spec: FieldSpec) -> str:
    return f" ({spec.unit})" if spec.unit and spec.unit not in ("ja/nee", "%") else ""


def _number(value: ReportValue) -> Decimal | None:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return None
    return Decimal(value)


def _with_rule(finding: Finding, rule_id: str | None) -> Finding:
    if rule_id is None or finding.rule_id is not None:
        return finding
    return Finding(finding.code, finding.severity, finding.message, rule_id, finding.flag)


def _kbo(number: str) -> str:
    if len(number) == 10 and number.isdigit():
        return f"{number[:4]}.{number[4:7]}.{number[7:]}"
    return number
