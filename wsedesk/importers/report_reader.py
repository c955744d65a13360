"""Read and check a filled-in sustainability report (duurzaamheidsverslag) workbook.

    result = read_report(path, expected_org="0428759497", reference_date=today)
    if result.accepted: ... store result.values ...

Safe: `xlsx_safety` vets the file before any parser opens it; `xlsx_stream` then streams the
template's sheets in a bounded worker process (`worker.WorkerPool`, one per import). Forgiving: rows are found by their code in column A
(spaces and case ignored), sheets by name (spaces and case ignored); inserted, moved, hidden
and blank rows, merged cells and extra sheets are fine; numbers, percentages, ja/nee and dates
are parsed the way people type them (`report_values`). The workbook's own version cell
(Identificatie!F1) decides which template definition applies. Nothing is written anywhere:
the caller stores an accepted result (all-or-nothing).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from wsedesk.i18n import N_
from wsedesk.importers.report_template import load_templates, normalise_version, sheet_key
from wsedesk.importers.report_values import ParsedValue, RawCell, ValueProblem, parse_cell
from wsedesk.importers.worker import WorkerError, WorkerPool, run_isolated
from wsedesk.importers.xlsx_safety import (
    DEFAULT_LIMITS,
    ReadLimits,
    UnsafeFileError,
    inspect_workbook_file,
)
from wsedesk.importers.xlsx_stream import TooManyRowsError, column_index, column_letter, extract_workbook
from wsedesk.rules.identifiers import normalise_enterprise_number
from wsedesk.rules.reports import (
    ERROR,
    WARNING,
    FieldSpec,
    FieldType,
    ReportTemplate,
    ReportValue,
    Severity,
    check_report,
)

ANSWER_COLUMN = "D"
CODE_COLUMN = "A"
_VERSION_TEXT = re.compile(r"^\s*duurzaamheidsverslag-\S+\s*$", re.IGNORECASE)
_CODE_KEY = re.compile(r"^([A-Z]{1,3})0*(\d{1,3})$")


@dataclass(frozen=True)
class ReportIssue:
    """One problem found in a workbook: where (sheet, cell, row code), what, and how bad."""

    severity: Severity
    message: str
    sheet: str | None = None
    cell: str | None = None
    code: str | None = None
    rule_id: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {
            "severity": self.severity,
            "sheet": self.sheet,
            "cell": self.cell,
            "code": self.code,
            "rule": self.rule_id,
            "message": self.message,
        }


@dataclass(frozen=True)
class ReportReadResult:
    """Everything read from one workbook. `accepted` ⇔ no error; warnings never reject.

    `values` has every code of the template (None = empty or unreadable): int for integers and
    years, Decimal for decimals, amounts and percentages (0–100), bool for ja/nee, str for
    text, choices, e-mail, normalised identifiers and ISO dates (`2025-07-15`).
    `locations` maps each code found to its answer cell (`Indicatoren!D7`).
    """

    file: str
    template_version: str | None
    organisation: str | None
    year: int | None
    values: Mapping[str, ReportValue]
    locations: Mapping[str, str]
    issues: tuple[ReportIssue, ...]
    flags: tuple[str, ...] = ()
    sha256: str | None = None
    size: int | None = None
    has_macros: bool = False

    @property
    def errors(self) -> tuple[ReportIssue, ...]:
        return tuple(i for i in self.issues if i.severity == ERROR)

    @property
    def warnings(self) -> tuple[ReportIssue, ...]:
        return tuple(i for i in self.issues if i.severity == WARNING)

    @property
    def accepted(self) -> bool:
        return not self.errors

    @property
    def status(self) -> str:
        return "accepted" if self.accepted else "rejected"

    def json_values(self) -> dict[str, int | float | bool | str | None]:
        """`values` with Decimals as JSON numbers (int when whole)."""
        return {code: json_value(value) for code, value in self.values.items()}

    def to_dict(self) -> dict[str, Any]:
        """The `wsedesk report check --json` object for this file."""
        return {
            "file": self.file,
            "status": self.status,
            "template_version": self.template_version,
            "organisation": self.organisation,
            "year": self.year,
            "values": self.json_values(),
            "errors": [i.to_dict() for i in self.errors],
            "warnings": [i.to_dict() for i in self.warnings],
            "flags": list(self.flags),
            "cells": dict(self.locations),
            "sha256": self.sha256,
            "size": self.size,
        }


def json_value(value: ReportValue) -> int | float | bool | str | None:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def read_report(
    path: str | Path,
    *,
    expected_org: str | None = None,
    expected_year: int | None = None,
    reference_date: date | None = None,
    limits: ReadLimits = DEFAULT_LIMITS,
    templates: Mapping[str, ReportTemplate] | None = None,
    isolate: bool = True,
    pool: WorkerPool | None = None,
) -> ReportReadResult:
    """Read, parse and check one workbook; never raises for a bad file (the result says why).

    `expected_org`: the enterprise number the report is filed under (any accepted spelling;
    an invalid one raises IdentifierError — that is the caller's input, not the file's).
    `expected_year`: the report year asked for; a different ID05 is an error.
    `reference_date`: the day the report is received (late submission MW-2, plausible year).
    `pool`: the worker processes to parse in (an import of many files shares one); without it a
    worker is started for this file. `isolate=False` parses in this process (debugging only: no
    time or memory bound).
    """
    file = Path(path)
    expected = normalise_enterprise_number(expected_org) if expected_org else None
    definitions = dict(templates) if templates is not None else load_templates()
    builder = _ResultBuilder(str(path))
    sheet_names = sorted({sheet.name for t in definitions.values() for sheet in t.sheets})
    try:
        if isolate and pool is not None:
            read = pool.run(vet_and_extract, str(file), sheet_names, limits, timeout=limits.timeout_seconds)
        elif isolate:
            read = run_isolated(
                vet_and_extract,
                str(file),
                sheet_names,
                limits,
                timeout=limits.timeout_seconds,
                memory_bytes=limits.memory_bytes,
            )
        else:
            read = _extract_in_process(str(file), sheet_names, limits)
    except WorkerError as exc:
        return builder.reject(_worker_message(exc, limits))
    if "refused" in read:
        return builder.reject(str(read["refused"]))
    builder.size = int(read["size"])
    builder.sha256 = str(read["sha256"])
    builder.has_macros = bool(read["has_macros"])
    raw = read["workbook"]

    if builder.has_macros:
        builder.add(
            WARNING,
            N_(
                "De werkmap bevat macro's: die werden niet uitgevoerd en worden niet bewaard; enkel de waarden tellen."
            ),
        )
    return _interpret(
        raw,
        definitions,
        builder,
        expected_org=expected,
        expected_year=expected_year,
        reference_date=reference_date,
    )


# --- failures ---------------------------------------------------------------------------------


def vet_and_extract(path: str, sheet_names: Sequence[str], limits: ReadLimits) -> dict[str, Any]:
    """What a worker does with one file: the safety checks first, then the streaming read.

    Returns plain data: {"refused": message} when a check refuses the file, else its size,
    sha256, whether it holds macros, and the cells (`xlsx_stream.extract_workbook`).
    """
    file = Path(path)
    try:
        inspection = inspect_workbook_file(file, limits)
    except UnsafeFileError as exc:
        return {"refused": exc.message}
    return {
        "size": inspection.size,
        "sha256": _sha256(file),
        "has_macros": inspection.has_macros,
        "workbook": extract_workbook(path, sheet_names, limits),
    }


def _extract_in_process(path: str, sheet_names: Sequence[str], limits: ReadLimits) -> dict[str, Any]:
    try:
        return vet_and_extract(path, sheet_names, limits)
    except MemoryError:
        raise WorkerError("memory", "", "builtins.MemoryError") from None
    except Exception as exc:
        kind = type(exc)
        detail = f"{exc.sheet}\t{exc.limit}" if isinstance(exc, TooManyRowsError) else str(exc)[:1000]
        raise WorkerError("exception", detail, f"{kind.__module__}.{kind.__qualname__}") from None


def _worker_message(exc: WorkerError, limits: ReadLimits) -> str:
    if exc.kind == "timeout":
        return N_(
            "Het lezen van het bestand duurde langer dan {n} seconden en werd gestopt: het is te groot of te "
            "complex voor een duurzaamheidsverslag."
        ).format(n=f"{limits.timeout_seconds:g}")
    if exc.kind == "memory":
        return N_(
            "Het lezen van het bestand vroeg meer dan {n} MB geheugen en werd gestopt: het is te groot of te "
            "complex voor een duurzaamheidsverslag."
        ).format(n=limits.memory_bytes // (1024 * 1024))
    if exc.kind == "crashed":
        return N_(
            "Het lezen van het bestand werd onverwacht afgebroken ({d}); het bestand is niet gelezen."
        ).format(d=exc.detail)
    exception_type = exc.exception_type or ""
    if exception_type.endswith("TooManyRowsError"):
        sheet, _, limit = exc.detail.partition("\t")
        return N_(
            "Tabblad '{s}' telt meer dan {n} rijen; een duurzaamheidsverslag heeft er een dertigtal. "
            "Verwijder de overbodige rijen en bezorg het bestand opnieuw."
        ).format(s=sheet, n=limit)
    if exception_type.startswith("defusedxml."):
        return N_(
            "Het bestand bevat XML met een DTD of entiteiten; dat komt in een echte Excel-werkmap niet voor "
            "en wordt om veiligheidsredenen geweigerd."
        )
    detail = exc.detail.strip() or exception_type.rpartition(".")[2]
    return N_(
        "Het bestand is beschadigd of geen geldige Excel-werkmap en kan niet gelezen worden ({e}). "
        "Open en bewaar het opnieuw in Excel, of vraag een nieuwe kopie."
    ).format(e=detail[:160])


# --- interpretation of the raw cells ----------------------------------------------------------


@dataclass
class _Row:
    sheet: str  # the name as it is in the workbook
    row: int
    cells: Mapping[str, RawCell]


@dataclass
class _Sheet:
    name: str
    expected: bool
    rows: dict[int, dict[str, RawCell]]
    merges: list[tuple[str, int, int, int, int]]  # (range text, min col, min row, max col, max row)
    formulas_without_value: set[str]


@dataclass
class _ResultBuilder:
    file: str
    issues: list[tuple[int, ReportIssue]] = field(default_factory=list)
    size: int | None = None
    sha256: str | None = None
    has_macros: bool = False

    def add(
        self,
        severity: Severity,
        message: str,
        *,
        sheet: str | None = None,
        cell: str | None = None,
        code: str | None = None,
        rule_id: str | None = None,
        order: int = -1,
    ) -> None:
        self.issues.append((order, ReportIssue(severity, message, sheet, cell, code, rule_id)))

    def reject(self, message: str) -> ReportReadResult:
        self.add(ERROR, message)
        return self.build(None, None, None, {}, {}, ())

    def build(
        self,
        version: str | None,
        organisation: str | None,
        year: int | None,
        values: Mapping[str, ReportValue],
        locations: Mapping[str, str],
        flags: Sequence[str],
    ) -> ReportReadResult:
        ordered = tuple(issue for _, issue in sorted(self.issues, key=lambda pair: pair[0]))
        return ReportReadResult(
            file=self.file,
            template_version=version,
            organisation=organisation,
            year=year,
            values=dict(values),
            locations=dict(locations),
            issues=ordered,
            flags=tuple(dict.fromkeys(flags)),
            sha256=self.sha256,
            size=self.size,
            has_macros=self.has_macros,
        )


def _interpret(
    raw: Mapping[str, Any],
    templates: Mapping[str, ReportTemplate],
    builder: _ResultBuilder,
    *,
    expected_org: str | None,
    expected_year: int | None,
    reference_date: date | None,
) -> ReportReadResult:
    sheets = [_sheet_from_raw(s) for s in raw.get("sheets", [])]
    template = _select_template(sheets, templates, builder)
    if template is None:
        return builder.build(None, None, None, {}, {}, ())

    order = {code: i for i, code in enumerate(template.codes)}
    index = _index_codes(sheets)
    values: dict[str, ReportValue] = {code: None for code in template.codes}
    locations: dict[str, str] = {}
    unreadable: set[str] = set()
    missing_sheets = _report_missing_sheets(template, sheets, index, builder)

    for spec in template.fields():
        position = order[spec.code]
        expected_sheet = template.sheet_of(spec.code).name
        rows = index.get(code_key(spec.code) or spec.code, [])
        if not rows:
            unreadable.add(spec.code)
            if sheet_key(expected_sheet) not in missing_sheets:
                builder.add(
                    ERROR,
                    N_("Rij met code {c} ({l}) niet gevonden in kolom A van tabblad '{s}'.").format(
                        c=spec.code, l=spec.label, s=expected_sheet
                    ),
                    sheet=_actual_name(sheets, expected_sheet) or expected_sheet,
                    code=spec.code,
                    order=position,
                )
            continue
        chosen = _choose_row(spec, rows, expected_sheet, sheets, builder, position)
        if chosen is None:
            unreadable.add(spec.code)
            continue
        row, cell_ref, cell = chosen
        locations[spec.code] = f"{row.sheet}!{cell_ref}"
        at = partial(builder.add, sheet=row.sheet, cell=cell_ref, code=spec.code, order=position)
        sheet = next(s for s in sheets if s.name == row.sheet)
        if cell_ref in sheet.formulas_without_value:
            unreadable.add(spec.code)
            at(
                ERROR,
                N_(
                    "Cel {r} bevat een formule zonder berekende waarde (het bestand werd bewaard door een "
                    "programma dat niet rekent). Open het in Excel of LibreOffice, laat herberekenen en bewaar "
                    "opnieuw, of typ de waarde in."
                ).format(r=cell_ref),
            )
            continue
        try:
            parsed = parse_cell(spec, cell) if cell is not None else ParsedValue(None)
        except ValueProblem as exc:
            unreadable.add(spec.code)
            at(ERROR, str(exc))
            continue
        values[spec.code] = parsed.value
        for message in parsed.warnings:
            at(WARNING, message)
        if parsed.value is None:
            _hint_misplaced_answer(spec, row, builder, position)

    _report_unknown_codes(template, sheets, index, builder)

    findings = check_report(
        template,
        values,
        skip=unreadable,
        reference_date=reference_date,
        expected_year=expected_year,
        expected_org=expected_org,
    )
    flags: list[str] = []
    for finding in findings:
        code = finding.code
        sheet_name, _, cell_ref = locations.get(code or "", "!").rpartition("!")
        if code is not None and not sheet_name:
            sheet_name = _actual_name(sheets, template.sheet_of(code).name) or template.sheet_of(code).name
        builder.add(
            finding.severity,
            finding.message,
            sheet=sheet_name or None,
            cell=cell_ref or None,
            code=code,
            rule_id=finding.rule_id,
            order=order.get(code or "", -1),
        )
        if finding.flag:
            flags.append(finding.flag)

    organisation = _first_value(template, values, FieldType.ENTERPRISE_NUMBER)
    year = _first_value(template, values, FieldType.YEAR)
    return builder.build(
        template.version,
        organisation if isinstance(organisation, str) else None,
        year if isinstance(year, int) and not isinstance(year, bool) else None,
        values,
        locations,
        flags,
    )


def _sheet_from_raw(raw: Mapping[str, Any]) -> _Sheet:
    rows = {
        int(r): {col: RawCell(*cell) for col, cell in cells.items()}
        for r, cells in raw.get("rows", {}).items()
    }
    merges = []
    for text in raw.get("merges", []):
        bounds = _range_bounds(text)
        if bounds is not None:
            merges.append((text, *bounds))
    return _Sheet(
        name=str(raw["name"]),
        expected=bool(raw.get("expected")),
        rows=rows,
        merges=merges,
        formulas_without_value=set(raw.get("formulas_without_value", [])),
    )


def _select_template(
    sheets: Sequence[_Sheet], templates: Mapping[str, ReportTemplate], builder: _ResultBuilder
) -> ReportTemplate | None:
    """The workbook's version cell decides the definition (Identificatie!F1, or found nearby)."""
    known = ", ".join(sorted(templates)) or N_("geen")
    found: tuple[str, str, str] | None = None  # (text, sheet, cell)
    for template in templates.values():
        sheet = _find_sheet(sheets, template.version_sheet)
        if sheet is None:
            continue
        column, row = _split_ref(template.version_cell)
        cell = sheet.rows.get(row, {}).get(column)
        if cell is not None and not cell.is_blank:
            found = (str(cell.value), sheet.name, template.version_cell)
            break
    if found is None:
        # Rows inserted above the version cell move it: look for the version text anywhere.
        for sheet in sorted(sheets, key=lambda s: not s.expected):
            for row_number, cells in sorted(sheet.rows.items()):
                for column, cell in cells.items():
                    if cell.kind == "s" and _VERSION_TEXT.match(str(cell.value)):
                        found = (str(cell.value), sheet.name, f"{column}{row_number}")
                        break
                if found:
                    break
            if found:
                break
    if found is None:
        version_sheet = next(iter(templates.values())).version_sheet if templates else "Identificatie"
        builder.add(
            ERROR,
            N_(
                "Sjabloonversie niet gevonden: de verborgen cel {s}!F1 is leeg of ontbreekt. Gebruik het "
                "sjabloon van het departement (verwacht één van: {k})."
            ).format(s=version_sheet, k=known),
            sheet=version_sheet,
            cell="F1",
        )
        return None
    text, sheet_name, cell_ref = found
    version = normalise_version(text)
    chosen = templates.get(version)
    if chosen is None:
        builder.add(
            ERROR,
            N_("Onbekende sjabloonversie '{v}' in {s}!{c}: verwacht één van: {k}.").format(
                v=text.strip(), s=sheet_name, c=cell_ref, k=known
            ),
            sheet=sheet_name,
            cell=cell_ref,
        )
    return chosen


def code_key(text: str) -> str | None:
    """` i 01.` → `I1`, `ID01` → `ID1`: how codes in column A are matched to the template."""
    compact = "".join(str(text).split()).upper().rstrip(".:")
    match = _CODE_KEY.match(compact)
    if match is None:
        return None
    return f"{match.group(1)}{int(match.group(2))}"


def _index_codes(sheets: Sequence[_Sheet]) -> dict[str, list[_Row]]:
    index: dict[str, list[_Row]] = {}
    for sheet in sheets:
        for row_number in sorted(sheet.rows):
            cells = sheet.rows[row_number]
            code_cell = cells.get(CODE_COLUMN)
            if code_cell is None or code_cell.kind != "s":
                continue
            key = code_key(str(code_cell.value))
            if key is not None:
                index.setdefault(key, []).append(_Row(sheet.name, row_number, cells))
    return index


def _report_missing_sheets(
    template: ReportTemplate,
    sheets: Sequence[_Sheet],
    index: Mapping[str, list[_Row]],
    builder: _ResultBuilder,
) -> set[str]:
    """One error per template sheet that is absent and none of whose codes turned up elsewhere."""
    missing: set[str] = set()
    for sheet_spec in template.sheets:
        if _find_sheet(sheets, sheet_spec.name) is not None:
            continue
        if any(code_key(f.code) in index for f in sheet_spec.fields):
            builder.add(
                WARNING,
                N_("Tabblad '{s}' niet gevonden; de codes ervan zijn op andere tabbladen gezocht.").format(
                    s=sheet_spec.name
                ),
                sheet=sheet_spec.name,
            )
            continue
        missing.add(sheet_key(sheet_spec.name))
        builder.add(
            ERROR,
            N_("Tabblad '{s}' ontbreekt (gevonden tabbladen: {f}).").format(
                s=sheet_spec.name, f=", ".join(f"'{s.name}'" for s in sheets) or N_("geen")
            ),
            sheet=sheet_spec.name,
        )
    return missing


def _choose_row(
    spec: FieldSpec,
    rows: Sequence[_Row],
    expected_sheet: str,
    sheets: Sequence[_Sheet],
    builder: _ResultBuilder,
    position: int,
) -> tuple[_Row, str, RawCell | None] | None:
    """The row that answers `spec`: on its own sheet if possible; duplicates must agree."""
    own = [r for r in rows if sheet_key(r.sheet) == sheet_key(expected_sheet)]
    candidates = own or list(rows)
    answered = []
    for row in candidates:
        ref, cell = _answer_cell(row, sheets, spec, builder, position)
        answered.append((row, ref, cell))
    filled = [a for a in answered if a[2] is not None and not a[2].is_blank]
    distinct = {(c.kind, str(c.value).strip()) for _, _, c in filled if c is not None}
    if len(distinct) > 1:
        builder.add(
            ERROR,
            N_(
                "Code {c} komt meer dan eens voor met verschillende antwoorden ({w}); laat er één over."
            ).format(c=spec.code, w=", ".join(f"{r.sheet}!{ref}" for r, ref, _ in filled)),
            sheet=filled[0][0].sheet,
            cell=filled[0][1],
            code=spec.code,
            order=position,
        )
        return None
    chosen = filled[0] if filled else answered[0]
    if not own:
        builder.add(
            WARNING,
            N_("Code {c} staat op tabblad '{f}' in plaats van '{s}'; de waarde is daar gelezen.").format(
                c=spec.code, f=chosen[0].sheet, s=expected_sheet
            ),
            sheet=chosen[0].sheet,
            cell=chosen[1],
            code=spec.code,
            order=position,
        )
    return chosen


def _answer_cell(
    row: _Row, sheets: Sequence[_Sheet], spec: FieldSpec, builder: _ResultBuilder, position: int
) -> tuple[str, RawCell | None]:
    """Column D of the row; a merge covering D is followed to its top-left cell when on the same row."""
    ref = f"{ANSWER_COLUMN}{row.row}"
    cell = row.cells.get(ANSWER_COLUMN)
    sheet = next(s for s in sheets if s.name == row.sheet)
    if cell is not None and not cell.is_blank:
        return ref, cell
    answer_col = 4
    for text, min_col, min_row, max_col, max_row in sheet.merges:
        if not (min_col <= answer_col <= max_col and min_row <= row.row <= max_row):
            continue
        if (min_col, min_row) == (answer_col, row.row):
            break  # D is the top-left cell itself: its value is the value
        anchor_ref = f"{column_letter(min_col)}{min_row}"
        anchor = sheet.rows.get(min_row, {}).get(column_letter(min_col))
        if min_row == row.row and anchor is not None and not anchor.is_blank:
            builder.add(
                WARNING,
                N_("Antwoordcel {r} is samengevoegd ({m}); de waarde uit {a} is gelezen.").format(
                    r=ref, m=text, a=anchor_ref
                ),
                sheet=row.sheet,
                cell=anchor_ref,
                code=spec.code,
                order=position,
            )
            return anchor_ref, anchor
        if min_row != row.row:
            builder.add(
                WARNING,
                N_(
                    "Antwoordcel {r} valt in de samengevoegde cellen {m}; de waarde daarvan hoort bij rij {a}."
                ).format(r=ref, m=text, a=min_row),
                sheet=row.sheet,
                cell=ref,
                code=spec.code,
                order=position,
            )
        break
    return ref, cell


def _hint_misplaced_answer(spec: FieldSpec, row: _Row, builder: _ResultBuilder, position: int) -> None:
    for column in ("E", "F", "G"):
        cell = row.cells.get(column)
        if cell is not None and not cell.is_blank:
            builder.add(
                WARNING,
                N_("Kolom D is leeg, maar in {r} staat '{v}': het antwoord hoort in kolom D.").format(
                    r=f"{column}{row.row}", v=str(cell.value).strip()[:60]
                ),
                sheet=row.sheet,
                cell=f"{column}{row.row}",
                code=spec.code,
                order=position,
            )
            return


def _report_unknown_codes(
    template: ReportTemplate,
    sheets: Sequence[_Sheet],
    index: Mapping[str, list[_Row]],
    builder: _ResultBuilder,
) -> None:
    known = {code_key(c) for c in template.codes}
    prefixes = {m.group(1) for c in template.codes if (m := _CODE_KEY.match(c))}
    template_sheets = {sheet_key(s.name) for s in template.sheets}
    for key, rows in index.items():
        if key in known or (m := _CODE_KEY.match(key)) is None or m.group(1) not in prefixes:
            continue
        for row in rows:
            if sheet_key(row.sheet) not in template_sheets:
                continue
            builder.add(
                WARNING,
                N_("Onbekende code '{c}' in {a}: hoort niet bij sjabloon {v} en is genegeerd.").format(
                    c=str(row.cells[CODE_COLUMN].value).strip(),
                    a=f"{CODE_COLUMN}{row.row}",
                    v=template.version,
                ),
                sheet=row.sheet,
                cell=f"{CODE_COLUMN}{row.row}",
            )


def _find_sheet(sheets: Sequence[_Sheet], name: str) -> _Sheet | None:
    key = sheet_key(name)
    return next((s for s in sheets if sheet_key(s.name) == key), None)


def _actual_name(sheets: Sequence[_Sheet], name: str) -> str | None:
    sheet = _find_sheet(sheets, name)
    return sheet.name if sheet else None


def _first_value(template: ReportTemplate, values: Mapping[str, ReportValue], kind: FieldType) -> ReportValue:
    code = template.first_code_of_type(kind)
    return values.get(code) if code else None


def _split_ref(ref: str) -> tuple[str, int]:
    match = re.match(r"^([A-Z]+)(\d+)$", ref)
    if match is None:
        raise ValueError(ref)
    return match.group(1), int(match.group(2))


def _range_bounds(text: str) -> tuple[int, int, int, int] | None:
    parts = text.split(":")
    try:
        refs = [_split_ref(p) for p in parts]
    except ValueError:
        return None
    (c1, r1), (c2, r2) = refs[0], refs[-1]
    i1, i2 = column_index(c1), column_index(c2)
    return min(i1, i2), min(r1, r2), max(i1, i2), max(r1, r2)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()
