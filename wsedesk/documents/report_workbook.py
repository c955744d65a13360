"""Write the blank sustainability-report workbook (duurzaamheidsverslag) from its template definition.

Layout per sheet: a title (row 1), the instructions (row 2), a header (row 4), then one row per
field: A code, B label, C unit/hint, D the answer. Everything is locked except the answer cells,
which are unlocked and filled light yellow. The sheets are protected WITHOUT a password: the
protection prevents accidents, not edits (an organisation may unprotect to insert a row; the
reader finds rows by code). ja/nee cells and the label (ID04) get list validation. The template
version is written in the hidden column F of the version sheet (Identificatie!F1).
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from wsedesk import APP_NAME, ORG_NAME
from wsedesk.i18n import N_
from wsedesk.rules.reports import EARLIEST_REPORT_YEAR, FieldSpec, FieldType, ReportTemplate

INPUT_FILL = PatternFill("solid", start_color="FFF2CC", end_color="FFF2CC")  # light yellow: fill in here
HEADER_FILL = PatternFill("solid", start_color="D9E1F2", end_color="D9E1F2")
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TITLE_ROW, INSTRUCTION_ROW, HEADER_ROW, FIRST_FIELD_ROW = 1, 2, 4, 5
COLUMN_WIDTHS = {"A": 9, "B": 48, "C": 34, "D": 44, "E": 4, "F": 28}

_NUMBER_FORMATS = {
    FieldType.DECIMAL: "#,##0.00",
    FieldType.AMOUNT: "#,##0.00",
    FieldType.INTEGER: "0",
    FieldType.YEAR: "0",
    FieldType.PERCENTAGE: "0.0",
    FieldType.DATE: "DD/MM/YYYY",
    # Identifiers as text keep their leading zero (0428759497).
    FieldType.ENTERPRISE_NUMBER: "@",
    FieldType.ESTABLISHMENT_NUMBER: "@",
}


def write_blank_report(template: ReportTemplate, destination: str | Path | BinaryIO) -> None:
    """Write the empty workbook for `template` to a path or a binary stream."""
    workbook = build_blank_report(template)
    workbook.save(destination)


def build_blank_report(template: ReportTemplate) -> Workbook:
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.title = f"{template.title} ({template.version})"
    workbook.properties.creator = f"{ORG_NAME} — {APP_NAME}"
    workbook.properties.subject = template.version
    for sheet_spec in template.sheets:
        sheet = workbook.create_sheet(sheet_spec.name)
        _write_sheet(sheet, template, sheet_spec.title, sheet_spec.fields)
        if sheet_spec.name == template.version_sheet:
            _write_version_cell(sheet, template)
    return workbook


def _write_sheet(
    sheet: Worksheet, template: ReportTemplate, title: str, fields: tuple[FieldSpec, ...]
) -> None:
    for column, width in COLUMN_WIDTHS.items():
        sheet.column_dimensions[column].width = width
    sheet["A1"] = f"{template.title} — {title}"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = template.instructions
    sheet["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells(start_row=INSTRUCTION_ROW, start_column=1, end_row=INSTRUCTION_ROW, end_column=4)
    sheet.row_dimensions[INSTRUCTION_ROW].height = 45
    for column, text in zip(
        "ABCD", (N_("Code"), N_("Omschrijving"), N_("Eenheid / toelichting"), N_("Antwoord")), strict=True
    ):
        cell = sheet[f"{column}{HEADER_ROW}"]
        cell.value = text
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.border = BOX
    sheet.freeze_panes = f"A{FIRST_FIELD_ROW}"

    yes_no = DataValidation(
        type="list",
        formula1='"ja,nee"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=N_("Ongeldig antwoord"),
        error=N_("Kies ja of nee."),
    )
    non_negative = DataValidation(
        type="decimal",
        operator="greaterThanOrEqual",
        formula1="0",
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="warning",  # a warning, not a stop: the reader also accepts numbers typed as text
        errorTitle=N_("Controleer de waarde"),
        error=N_("Verwacht een getal groter dan of gelijk aan 0."),
    )
    validations = [yes_no, non_negative]
    row = FIRST_FIELD_ROW
    for spec in fields:
        code, label, hint, answer = (sheet.cell(row=row, column=c) for c in range(1, 5))
        code.value = spec.code
        code.font = Font(bold=True)
        label.value = spec.label + ("" if spec.mandatory else N_(" (optioneel)"))
        hint.value = _hint(spec)
        for cell in (code, label, hint):
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = BOX
        answer.fill = INPUT_FILL
        answer.border = BOX
        answer.protection = Protection(locked=False)
        answer.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
        if spec.type in _NUMBER_FORMATS:
            answer.number_format = _NUMBER_FORMATS[spec.type]
        ref = answer.coordinate
        if spec.type is FieldType.BOOLEAN:
            yes_no.add(ref)
        elif spec.type is FieldType.CHOICE:
            choice = DataValidation(
                type="list",
                formula1='"' + ",".join(spec.choices) + '"',
                allow_blank=True,
                showErrorMessage=True,
                errorTitle=N_("Ongeldig antwoord"),
                error=N_("Kies uit de lijst: {c}.").format(c=", ".join(spec.choices)),
            )
            choice.add(ref)
            validations.append(choice)
        elif spec.type is FieldType.YEAR:
            year = DataValidation(
                type="whole",
                operator="between",
                formula1=str(EARLIEST_REPORT_YEAR),
                formula2="2100",
                allow_blank=True,
                showErrorMessage=True,
                errorTitle=N_("Ongeldig jaartal"),
                error=N_("Geef het verslagjaar als jaartal, bv. 2025."),
            )
            year.add(ref)
            validations.append(year)
        elif spec.type in (FieldType.DECIMAL, FieldType.INTEGER) or (
            spec.type is FieldType.AMOUNT and spec.minimum is not None and spec.minimum >= 0
        ):
            non_negative.add(ref)
        if spec.type is FieldType.TEXT and spec.min_length:
            sheet.row_dimensions[row].height = 120  # descriptors: room to write
        row += 1
    for validation in validations:
        if validation.sqref:
            sheet.add_data_validation(validation)

    # Sheet protection without a password: guards the labels against accidents only.
    protection = sheet.protection
    protection.sheet = True
    protection.formatColumns = False  # allowed: widen a column
    protection.formatRows = False  # allowed: make a row taller
    protection.selectLockedCells = False
    protection.selectUnlockedCells = False


def _write_version_cell(sheet: Worksheet, template: ReportTemplate) -> None:
    cell = sheet[template.version_cell]
    cell.value = template.version
    cell.font = Font(color="808080", size=8)
    column = "".join(ch for ch in template.version_cell if ch.isalpha())
    sheet.column_dimensions[column].hidden = True


def _hint(spec: FieldSpec) -> str:
    parts = [spec.unit] if spec.unit and spec.unit not in ("ja/nee",) else []
    if spec.hint:
        parts.append(spec.hint)
    return " — ".join(parts)
