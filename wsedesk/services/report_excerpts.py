"""An issue of a report in its context (the GUI's "show me the cell"), and the template's numeric indicators."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from wsedesk.i18n import N_
from wsedesk.importers.report_reader import ReportIssue
from wsedesk.importers.report_template import load_template
from wsedesk.rules.reports import (
    NUMERIC_TYPES,
    FieldType,
    ReportValue,
    format_date_nl,
    format_number_nl,
)

if TYPE_CHECKING:
    pass

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
    (`xlsx_safety.inspect_workbook_file`, `xlsx_stream.extract_workbook`: values only, no macros, a
    time and memory limit). When the file cannot be read (moved, refused) or the issue names no
    cell, the template definition's rows around `issue.code` are shown with the values read.
    """
    from dataclasses import replace as dataclass_replace

    from wsedesk.importers.worker import WorkerError, run_isolated
    from wsedesk.importers.xlsx_safety import DEFAULT_LIMITS, UnsafeFileError, inspect_workbook_file
    from wsedesk.importers.xlsx_stream import extract_workbook

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
