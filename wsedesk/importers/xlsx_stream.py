"""Stream the cells A..H of chosen sheets out of a vetted .xlsx, without building a workbook model.

`extract_workbook(path, sheet_names, limits)` reads, with expat and one pass per part, only
what a report needs: the sheet list (workbook.xml and its relationships), the shared strings,
the number formats of styles.xml, and the rows of the wanted sheets — columns A..H, up to the
row cap — with their merged ranges. The values come out as read-only, values-only openpyxl
gives them (cached formula results, numbers with a date format as dates, shared and inline
strings, booleans, error values), so the forgiving interpretation in report_reader and
report_values is unchanged; openpyxl's own helpers decide what a date format is.

Runs only after `xlsx_safety.inspect_workbook_file` has vetted the zip; the XML parser refuses
any DTD, entity declaration or external reference (with defusedxml's exceptions, so the
caller's message stays the same). Memory stays flat: no tree is built, a row's cells are
dropped as soon as the row ends.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from typing import IO, Any
from xml.parsers import expat

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from wsedesk.importers.report_template import sheet_key
from wsedesk.importers.xlsx_safety import DEFAULT_LIMITS, ReadLimits

# Sheets read besides the expected ones when an expected sheet is missing (renamed beyond recognition).
MAX_FALLBACK_SHEETS = 20
MAX_MERGED_RANGES = 10_000
CHUNK = 64 * 1024

RawCell = tuple[str, Any, str | None]  # (kind, value, number format); kind: n s b d t e

_REF = re.compile(r"^([A-Z]{1,3})([0-9]{1,7})$")
_RANGE = re.compile(r"^[A-Z]{1,3}[0-9]{1,7}(?::[A-Z]{1,3}[0-9]{1,7})?$")
_WORKBOOK_TYPES = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "application/vnd.ms-excel.sheet.macroenabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
    "application/vnd.ms-excel.template.macroenabled.main+xml",
)
_SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedstrings+xml"
_STYLES_PART = "xl/styles.xml"  # where openpyxl looks too
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


class TooManyRowsError(Exception):
    """A sheet has more rows than the cap; reading stopped."""

    def __init__(self, sheet: str, limit: int) -> None:
        self.sheet = sheet
        self.limit = limit
        super().__init__(f"{sheet}\t{limit}")


class _Stop(Exception):
    """Raised inside a handler to end a parse early (the rest of the part is not needed)."""


# --- a safe expat pass over one zip part -------------------------------------------------------


def _forbid_dtd(*_args: object) -> None:
    raise DTDForbidden(None, None, None)


def _forbid_entity(name: str, *_args: object) -> None:
    raise EntitiesForbidden(name, None, None, None, None, None)


def _forbid_external(_context: str, _base: str | None, sysid: str | None, pubid: str | None) -> int:
    raise ExternalReferenceForbidden(None, sysid, pubid)


def _parse(
    archive: zipfile.ZipFile,
    member: str,
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None],
    text: Callable[[str], None] | None = None,
) -> None:
    """Feed one part to expat; element names arrive without their namespace."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.StartDoctypeDeclHandler = _forbid_dtd
    parser.EntityDeclHandler = _forbid_entity
    parser.UnparsedEntityDeclHandler = _forbid_entity
    parser.ExternalEntityRefHandler = _forbid_external
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True

    def on_start(name: str, attrs: dict[str, str]) -> None:
        start(name.rpartition("}")[2], attrs)

    def on_end(name: str) -> None:
        end(name.rpartition("}")[2])

    parser.StartElementHandler = on_start
    parser.EndElementHandler = on_end
    if text is not None:
        parser.CharacterDataHandler = text
    try:
        with archive.open(member) as part:
            _feed(parser, part)
    except _Stop:
        pass


def _feed(parser: Any, part: IO[bytes]) -> None:
    while chunk := part.read(CHUNK):
        parser.Parse(chunk, False)
    parser.Parse(b"", True)


def _attr(attrs: dict[str, str], local: str) -> str | None:
    """An attribute by local name, with or without a namespace."""
    if local in attrs:
        return attrs[local]
    for key, value in attrs.items():
        if key.rpartition("}")[2] == local:
            return value
    return None


# --- the package: sheets, strings, styles ------------------------------------------------------


def _content_types(archive: zipfile.ZipFile) -> dict[str, str]:
    """Part name (without the leading /) → content type, lowercased."""
    found: dict[str, str] = {}

    def start(name: str, attrs: dict[str, str]) -> None:
        if name == "Override" and attrs.get("PartName") and attrs.get("ContentType"):
            found[attrs["PartName"].lstrip("/")] = attrs["ContentType"].strip().lower()

    _parse(archive, "[Content_Types].xml", start, lambda name: None)
    return found


def _rels(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id → (type, target part) for `part`."""
    folder, base = posixpath.split(part)
    rels_part = posixpath.join(folder, "_rels", base + ".rels")
    found: dict[str, tuple[str, str]] = {}
    if rels_part not in archive.NameToInfo:
        return found

    def start(name: str, attrs: dict[str, str]) -> None:
        if name == "Relationship" and attrs.get("Id") and attrs.get("Target"):
            target = attrs["Target"]
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            found[attrs["Id"]] = (attrs.get("Type", ""), posixpath.normpath(path))

    _parse(archive, rels_part, start, lambda name: None)
    return found


def _sheets(archive: zipfile.ZipFile, workbook_part: str) -> tuple[list[tuple[str, str | None]], bool]:
    """([(sheet name, worksheet part or None for a chart sheet)], the 1904 date system?)."""
    listed: list[tuple[str, str]] = []
    date1904 = [False]

    def start(name: str, attrs: dict[str, str]) -> None:
        if name == "sheet" and attrs.get("name") is not None:
            listed.append((attrs["name"], _attr(attrs, "id") or ""))
        elif name == "workbookPr":
            date1904[0] = (attrs.get("date1904") or "").strip().lower() in ("1", "true")

    _parse(archive, workbook_part, start, lambda name: None)
    rels = _rels(archive, workbook_part)
    sheets: list[tuple[str, str | None]] = []
    for sheet_name, rel_id in listed:
        kind, target = rels.get(rel_id, ("", ""))
        if target not in archive.NameToInfo:
            continue  # openpyxl skips a sheet whose part is missing
        sheets.append((sheet_name, None if "chartsheet" in kind else target))
    return sheets, date1904[0]


def _shared_strings(archive: zipfile.ZipFile, part: str | None) -> list[str]:
    """Every shared string: its plain text and rich-text runs, phonetic runs left out (as openpyxl)."""
    strings: list[str] = []
    if part is None or part not in archive.NameToInfo:
        return strings
    stack: list[str] = []
    pieces: list[str] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        stack.append(name)
        if name == "si":
            pieces.clear()

    def end(name: str) -> None:
        stack.pop()
        if name == "si":
            strings.append("".join(pieces).replace("x005F_", ""))

    def text(data: str) -> None:
        if _in_text(stack, "si"):
            pieces.append(data)

    _parse(archive, part, start, end, text)
    return strings


def _in_text(stack: list[str], root: str) -> bool:
    """Inside a <t> that is the root's own or a rich-text run's (<root><t> or <root><r><t>)."""
    n = len(stack)
    if n < 2 or stack[-1] != "t":
        return False
    if stack[-2] == root:
        return True
    return n >= 3 and stack[-2] == "r" and stack[-3] == root


def _styles(archive: zipfile.ZipFile) -> tuple[list[str], set[int], set[int]]:
    """(number format per cell style, styles with a date format, styles with a duration format)."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format

    custom: dict[int, str] = {}
    format_ids: list[int] = []
    stack: list[str] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        stack.append(name)
        if name == "numFmt" and attrs.get("numFmtId") and attrs.get("formatCode") is not None:
            custom[_int(attrs["numFmtId"])] = attrs["formatCode"]
        elif name == "xf" and len(stack) >= 2 and stack[-2] == "cellXfs":
            format_ids.append(_int(attrs.get("numFmtId") or "0"))

    def end(name: str) -> None:
        stack.pop()

    if _STYLES_PART in archive.NameToInfo:
        _parse(archive, _STYLES_PART, start, end)
    if not format_ids:
        format_ids = [0]  # openpyxl's default style: General
    formats: list[str] = []
    dates: set[int] = set()
    durations: set[int] = set()
    for index, number in enumerate(format_ids):
        code = custom.get(number) or BUILTIN_FORMATS.get(number)
        if code is not None and is_date_format(code):
            dates.add(index)
        if code is not None and is_timedelta_format(code):
            durations.add(index)
        formats.append(code or "General")
    return formats, dates, durations


def _int(text: str) -> int:
    value = float(text)
    if not value.is_integer():
        raise ValueError(f"{text} is not a whole number")
    return int(value)


# --- a worksheet --------------------------------------------------------------------------------


class _SheetReader:
    """expat handlers collecting columns 1..max_columns of each row, as openpyxl's read-only reader."""

    def __init__(
        self,
        name: str,
        *,
        expected: bool,
        limits: ReadLimits,
        strings: list[str],
        formats: list[str],
        dates: set[int],
        durations: set[int],
        date1904: bool,
    ) -> None:
        from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel, from_ISO8601

        self.name, self.expected, self.limits = name, expected, limits
        self.strings, self.formats, self.dates, self.durations = strings, formats, dates, durations
        self.epoch = CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900
        self.from_excel, self.from_iso = from_excel, from_ISO8601
        self.rows: dict[int, dict[str, RawCell]] = {}
        self.formulas_without_value: list[str] = []
        self.merges: list[str] = []
        self.truncated = False
        self.stack: list[str] = []
        self.row_number = 0
        self.next_row = 1  # rows that go back are skipped, as openpyxl does
        self.row_skipped = False
        self.column = 0
        self.cells: dict[int, RawCell | None] = {}
        self.formulas: set[int] = set()
        self.cell: dict[str, Any] = {}
        self.text: list[str] = []

    # handlers -----------------------------------------------------------------------------

    def start(self, name: str, attrs: dict[str, str]) -> None:
        stack = self.stack
        stack.append(name)
        depth = len(stack)
        if name == "row" and depth == 3 and stack[1] == "sheetData":
            self._start_row(attrs)
        elif name == "c" and depth == 4 and stack[2] == "row":
            reference = attrs.get("r")
            if reference and (match := _REF.match(reference)):
                self.column = column_index(match.group(1))
            else:
                self.column += 1
            self.cell = {"t": attrs.get("t", "n"), "s": attrs.get("s"), "v": None, "f": False, "is": None}
        elif depth == 5 and stack[3] == "c":
            if name == "v":
                self.text = []
            elif name == "f":
                self.cell["f"] = True
            elif name == "is":
                self.text = []
                self.cell["is"] = ""
        elif name == "mergeCell" and depth == 3 and stack[1] == "mergeCells":
            ref = attrs.get("ref", "")
            if _RANGE.match(ref) and len(self.merges) < MAX_MERGED_RANGES:
                self.merges.append(ref)

    def end(self, name: str) -> None:
        stack = self.stack
        depth = len(stack)
        if depth == 5 and stack[3] == "c":
            if name == "v":
                self.cell["v"] = "".join(self.text)
            elif name == "is":
                self.cell["is"] = "".join(self.text)
        elif name == "c" and depth == 4 and stack[2] == "row":
            self._end_cell()
        elif name == "row" and depth == 3 and stack[1] == "sheetData":
            self._end_row()
        stack.pop()

    def text_data(self, data: str) -> None:
        stack = self.stack
        if (
            len(stack) >= 5
            and stack[3] == "c"
            and ((stack[-1] == "v" and len(stack) == 5) or _in_text(stack, "is"))
        ):
            self.text.append(data)

    # rows and cells -----------------------------------------------------------------------

    def _start_row(self, attrs: dict[str, str]) -> None:
        number = attrs.get("r")
        self.row_number = _int(number) if number else self.row_number + 1
        self.column = 0
        self.cells = {}
        self.formulas = set()
        self.row_skipped = self.row_number < self.next_row
        if self.row_skipped:
            return
        if self.row_number > self.limits.max_rows_per_sheet:
            if self.expected:
                raise TooManyRowsError(self.name, self.limits.max_rows_per_sheet)
            self.truncated = True
            raise _Stop()
        self.next_row = self.row_number + 1

    def _end_cell(self) -> None:
        column = self.column
        if self.row_skipped or not 1 <= column <= self.limits.max_columns:
            return
        raw = self._raw(self.cell)
        self.cells[column] = raw  # a later cell in the same place wins
        if raw is None and self.cell["f"]:
            self.formulas.add(column)
        else:
            self.formulas.discard(column)

    def _end_row(self) -> None:
        if self.row_skipped:
            return
        values = {column_letter(c): raw for c, raw in sorted(self.cells.items()) if raw is not None}
        if values:
            self.rows[self.row_number] = values
            self.formulas_without_value.extend(
                f"{column_letter(c)}{self.row_number}" for c in sorted(self.formulas)
            )

    def _raw(self, cell: dict[str, Any]) -> RawCell | None:
        kind: str = cell["t"]
        style = _style_index(cell["s"])
        if kind == "inlineStr":
            text = cell["is"]
            return None if text is None else ("s", text, self._format(style))
        value: str | None = cell["v"] or None
        if value is None:
            return None
        number_format = self._format(style)
        if kind == "n":
            number = _cast_number(value)
            if style in self.dates:
                try:
                    converted = self.from_excel(number, self.epoch, timedelta=style in self.durations)
                except (OverflowError, ValueError):
                    return ("e", "#VALUE!", number_format)
                return _typed(converted, number_format)
            return ("n", number, number_format)
        if kind == "s":
            return ("s", self.strings[int(value)], number_format)
        if kind == "b":
            return ("b", bool(int(value)), number_format)
        if kind == "e":
            return ("e", value, number_format)
        if kind == "d":
            return _typed(self.from_iso(value), number_format)
        return ("s", value, number_format)  # "str" (a formula's text result) and anything unknown

    def _format(self, style: int) -> str:
        return self.formats[style] if 0 <= style < len(self.formats) else "General"

    def result(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "expected": self.expected,
            "truncated": self.truncated,
            "rows": self.rows,
            "formulas_without_value": self.formulas_without_value,
            "merges": self.merges,
        }


def _style_index(text: str | None) -> int:
    if not text:
        return 0
    try:
        return int(text)
    except ValueError:
        return 0


def _cast_number(value: str) -> int | float:
    """As openpyxl: an int unless the text has a point or an exponent."""
    if "." in value or "E" in value or "e" in value:
        return float(value)
    return int(value)


def _typed(value: Any, number_format: str) -> RawCell:
    if isinstance(value, datetime | date):
        return ("d", value.isoformat(), number_format)
    if isinstance(value, time):
        return ("t", value.isoformat(), number_format)
    if isinstance(value, timedelta):
        return ("n", value.total_seconds() / 86400, number_format)
    return ("n", value, number_format)


def column_index(letters: str) -> int:
    """A column's number from its letters: A → 1, AA → 27."""
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index


def column_letter(index: int) -> str:
    """A column's letters from its number: 1 → A, 27 → AA."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# --- the whole extraction -----------------------------------------------------------------------


def extract_workbook(
    path: str, sheet_names: Sequence[str], limits: ReadLimits = DEFAULT_LIMITS
) -> dict[str, Any]:
    """Cells A..H of the sheets named `sheet_names` (matched case/space-insensitively), as plain data.

    Result: {"sheet_names": [...], "sheets": [{"name", "expected", "truncated", "rows":
    {row: {column letter: (kind, value, number format)}}, "merges": ["C7:D7", ...],
    "formulas_without_value": ["D9", ...]}]}. Only rows with a value are listed. When an expected
    sheet is missing, up to MAX_FALLBACK_SHEETS others are read too (the caller looks for the
    codes there). Raises TooManyRowsError when an expected sheet exceeds the row cap.
    """
    with zipfile.ZipFile(path) as archive:
        types = _content_types(archive)
        workbook_part = next((part for part, ct in types.items() if ct in _WORKBOOK_TYPES), "xl/workbook.xml")
        sheets, date1904 = _sheets(archive, workbook_part)
        names = [name for name, _part in sheets]
        wanted = {sheet_key(n) for n in sheet_names}
        expected = [n for n in names if sheet_key(n) in wanted]
        missing = wanted - {sheet_key(n) for n in expected}
        others = [n for n in names if n not in expected][:MAX_FALLBACK_SHEETS] if missing else []
        parts = dict(sheets)
        strings_part = next((part for part, ct in types.items() if ct == _SHARED_STRINGS_TYPE), None)
        strings = _shared_strings(archive, strings_part)
        formats, dates, durations = _styles(archive)
        read: list[dict[str, Any]] = []
        for name, strict in [(n, True) for n in expected] + [(n, False) for n in others]:
            part = parts.get(name)
            if part is None:  # a chart sheet
                continue
            reader = _SheetReader(
                name,
                expected=strict,
                limits=limits,
                strings=strings,
                formats=formats,
                dates=dates,
                durations=durations,
                date1904=date1904,
            )
            _parse(archive, part, reader.start, reader.end, reader.text_data)
            read.append(reader.result())
    return {"sheet_names": names, "sheets": read}
