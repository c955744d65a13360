"""The one safe way to export data to Excel (every Excel export in the program goes through here).

User text is written as text, never as a formula: a value starting with `=`, `+`, `-`, `@`, a
tab or a carriage return could otherwise run as a formula when the file is opened (formula or
"CSV" injection, e.g. `=HYPERLINK(...)` or a DDE call). Such cells get the string type and
Excel's quote-prefix style (the cell shows the text as typed and stays text when edited), so
the text itself is kept unchanged. Numbers, dates and booleans are written as such; characters
that XML cannot hold are dropped; over-long text is cut at Excel's cell limit.

For CSV, which has no cell types, `neutralise_csv_text` prefixes a single quote instead.

openpyxl (with lxml, Pillow and numpy behind it, ~20 MB) is imported when a workbook is built,
not with this module: the pages that offer an export import it at start-up (issue #13).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.cell.cell import Cell

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_MAX_CELL_CHARS = 32_767
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
HEADER_COLOUR = "D9E1F2"

ExportValue = str | int | float | Decimal | bool | date | datetime | time | None


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet could read `text` as a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def clean_text(text: str) -> str:
    """Drop characters XML 1.0 cannot hold, write line ends as LF, cut to Excel's 32,767 characters.

    (An XML reader turns a bare CR into LF anyway; doing it here makes the result predictable.)
    """
    text = _ILLEGAL_XML.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > EXCEL_MAX_CELL_CHARS:
        text = text[: EXCEL_MAX_CELL_CHARS - 1] + "…"
    return text


def neutralise_csv_text(text: str) -> str:
    """For CSV output: prefix a formula-like value with `'` so spreadsheets show it as text."""
    return "'" + text if is_formula_like(text) else text


def set_cell(cell: Cell, value: ExportValue) -> None:
    """Put `value` in `cell`; text is always text, whatever it starts with."""
    if isinstance(value, str):
        text = clean_text(value)
        cell.value = text  # openpyxl turns a leading '=' into a formula here …
        cell.data_type = "s"  # … so force the string type back
        if is_formula_like(value) or is_formula_like(text):
            cell.quotePrefix = True  # Excel keeps it text even when the user edits the cell
        return
    if isinstance(value, Decimal):
        value = float(value)  # openpyxl writes Decimals too, but Excel only knows doubles
    cell.value = value


@dataclass
class ExportSheet:
    """One sheet: a title, column headers and rows of values."""

    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[ExportValue]]
    column_widths: Sequence[float] = field(default_factory=tuple)
    number_formats: dict[int, str] = field(default_factory=dict)  # column index (0-based) → format


def safe_sheet_title(title: str, taken: Iterable[str] = ()) -> str:
    """A sheet title Excel accepts: no []:*?/\\, at most 31 characters, unique."""
    base = _BAD_SHEET_CHARS.sub("_", clean_text(title)).strip().strip("'") or "Blad"
    base = base[:31]
    used = {t.lower() for t in taken}
    candidate, counter = base, 2
    while candidate.lower() in used:
        suffix = f" ({counter})"
        candidate = base[: 31 - len(suffix)] + suffix
        counter += 1
    return candidate


def build_workbook(sheets: Sequence[ExportSheet]) -> Workbook:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    header_fill = PatternFill("solid", start_color=HEADER_COLOUR, end_color=HEADER_COLOUR)
    workbook = Workbook()
    workbook.remove(workbook.active)
    titles: list[str] = []
    for spec in sheets:
        title = safe_sheet_title(spec.title, titles)
        titles.append(title)
        sheet = workbook.create_sheet(title)
        for column, header in enumerate(spec.headers, start=1):
            cell = sheet.cell(row=1, column=column)
            set_cell(cell, header)
            cell.font = Font(bold=True)
            cell.fill = header_fill
            cell.alignment = Alignment(vertical="top", wrap_text=True)
        for row_number, row in enumerate(spec.rows, start=2):
            for column, value in enumerate(row, start=1):
                cell = sheet.cell(row=row_number, column=column)
                set_cell(cell, value)
                number_format = spec.number_formats.get(column - 1)
                if number_format:
                    cell.number_format = number_format
                elif isinstance(value, datetime):
                    cell.number_format = "DD/MM/YYYY HH:MM"
                elif isinstance(value, date):
                    cell.number_format = "DD/MM/YYYY"
        for column, width in enumerate(spec.column_widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width
        if spec.headers:
            sheet.freeze_panes = "A2"
    if not titles:
        workbook.create_sheet("Blad1")
    return workbook


def write_xlsx(destination: str | Path | BinaryIO, sheets: Sequence[ExportSheet]) -> None:
    """Write `sheets` to an .xlsx file or binary stream, every cell neutralised."""
    build_workbook(sheets).save(destination)


def write_table(
    destination: str | Path | BinaryIO,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    title: str = "Export",
    column_widths: Sequence[float] = (),
) -> None:
    """One-sheet shortcut for `write_xlsx`."""
    write_xlsx(destination, [ExportSheet(title, headers, rows, column_widths)])
