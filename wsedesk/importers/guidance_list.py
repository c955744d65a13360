"""Read the department's list of guidance assignments (CSV or .xlsx): parse and check only, no database.

One row per employee guided by a recognised provider (domain.md §3.2). Columns, found by their
header in the first row (case, spaces and accents aside), in any order:

| header | value |
|---|---|
| Dienstverlener | the provider: its KBO number or its ED dossier's reference |
| Rijksregisternummer | the employee's national register number (never repeated in a message) |
| Werkgever | the employer's name |
| Ondernemingsnummer werkgever | optional KBO number |
| Begin | first day guided (a date cell, or DD/MM/JJJJ or JJJJ-MM-DD) |
| Einde | optional last day guided |
| Wijzigingen premie | optional dates the guidance premium changed, separated by `;` or `,` |

The same safety as the report import: an .xlsx is vetted (`xlsx_safety.inspect_workbook_file`:
size, zip bombs, encryption, DTDs) and streamed (`xlsx_stream.extract_workbook`) in a bounded
worker process (`importers/worker.py`: wall time, CPU and memory limits); a CSV is bounded in
bytes, rows, columns and field length and decoded strictly. Every text passes the one input
policy (`rules/input_policy.py`: control characters, bidi overrides, lengths). Problems name the
row and the column and never quote a national number.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from wsedesk.i18n import N_
from wsedesk.importers.worker import WorkerError, run_isolated
from wsedesk.importers.xlsx_safety import (
    MiB,
    ReadLimits,
    UnsafeFileError,
    describe_content,
    inspect_workbook_file,
)
from wsedesk.importers.xlsx_stream import extract_workbook
from wsedesk.rules.identifiers import IdentifierError, normalise_enterprise_number, parse_national_number
from wsedesk.rules.input_policy import NAME, TextRule, text_problem

#: At most this many rows (the department lists some tens of thousands of running guidances).
MAX_ROWS = 200_000
MAX_CSV_BYTES = 50 * MiB
MAX_FIELD_CHARS = 1000
MAX_PROBLEMS = 200  # more are counted, not listed
SHEET_NAME = "Begeleidingen"
LIMITS = replace(
    ReadLimits(),
    max_file_bytes=50 * MiB,
    max_rows_per_sheet=MAX_ROWS + 1,
    timeout_seconds=120.0,
)

PROVIDER, NUMBER, EMPLOYER, EMPLOYER_KBO, START, END, PREMIUMS = (
    "Dienstverlener",
    "Rijksregisternummer",
    "Werkgever",
    "Ondernemingsnummer werkgever",
    "Begin",
    "Einde",
    "Wijzigingen premie",
)
COLUMNS = (PROVIDER, NUMBER, EMPLOYER, EMPLOYER_KBO, START, END, PREMIUMS)
REQUIRED = (PROVIDER, NUMBER, EMPLOYER, START)
_REFERENCE = re.compile(r"^ED-\d{4}-\d{5}$")
_SHORT = TextRule(multiline=False, max_chars=40)


@dataclass(frozen=True)
class GuidanceLine:
    """One checked row of the list."""

    row: int
    provider: str  # a KBO number (10 digits) or an ED reference
    national_number: str  # 11 digits
    masked: str
    employer_name: str
    employer_enterprise_number: str | None
    start_on: date
    end_on: date | None
    premium_changes: tuple[str, ...]


@dataclass(frozen=True)
class ListProblem:
    """What is wrong, and where: the row (1 = the header) and the column, when known."""

    message: str
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(N_("rij {r}").format(r=self.row))
        if self.column:
            where.append(N_("kolom '{c}'").format(c=self.column))
        return f"{', '.join(where)}: {self.message}" if where else self.message


@dataclass
class GuidanceList:
    """The checked rows, or the problems that refuse the file (then `lines` is not to be used)."""

    file: str
    lines: list[GuidanceLine] = field(default_factory=list)
    problems: list[ListProblem] = field(default_factory=list)
    more_problems: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, problem: ListProblem) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)
        else:
            self.more_problems += 1


# --- reading the cells ------------------------------------------------------------------------


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", folded.lower())


_HEADER_KEYS = {_key(c): c for c in COLUMNS}
_HEADER_KEYS.update({"rijksregisternummerwerknemer": NUMBER, "kbowerkgever": EMPLOYER_KBO, "kbo": PROVIDER})


def _read_csv(path: Path, out: GuidanceList) -> list[list[Any]] | None:
    size = path.stat().st_size
    if size == 0:
        out.add(ListProblem(N_("Het bestand is leeg.")))
        return None
    if size > MAX_CSV_BYTES:
        out.add(ListProblem(N_("Het bestand is groter dan {n} MB.").format(n=MAX_CSV_BYTES // MiB)))
        return None
    data = path.read_bytes()
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF")) or b"\x00" in data[:4096]:
        out.add(ListProblem(N_("Dit is geen CSV-tekstbestand ({k}).").format(k=describe_content(data[:64]))))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if "\ufffd" in text:
            out.add(ListProblem(N_("Het bestand is geen UTF-8- of Windows-tekst.")))
            return None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    rows: list[list[Any]] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        for row in reader:
            if len(rows) > MAX_ROWS:
                out.add(ListProblem(N_("Het bestand telt meer dan {n} rijen.").format(n=MAX_ROWS)))
                return None
            if len(row) > 20:
                out.add(ListProblem(N_("meer dan 20 kolommen."), row=reader.line_num))
                return None
            rows.append(row)
    except csv.Error as exc:
        out.add(ListProblem(N_("geen geldige CSV ({e}).").format(e=str(exc)[:80]), row=len(rows) + 1))
        return None
    return rows


def vet_and_extract_list(path: str) -> dict[str, Any]:
    """In the worker: the safety checks, then the first sheet's (or 'Begeleidingen') cells A..H."""
    try:
        inspect_workbook_file(path, LIMITS)
    except UnsafeFileError as exc:
        return {"refused": exc.message}
    return extract_workbook(path, [SHEET_NAME], LIMITS)


def _worker_message(exc: WorkerError) -> str:
    if exc.kind == "timeout":
        return N_("Het lezen duurde langer dan {n} seconden en werd gestopt.").format(
            n=f"{LIMITS.timeout_seconds:g}"
        )
    if exc.kind == "memory":
        return N_("Het lezen vroeg meer dan {n} MB geheugen en werd gestopt.").format(
            n=LIMITS.memory_bytes // MiB
        )
    if (exc.exception_type or "").endswith("TooManyRowsError"):
        return N_("Het bestand telt meer dan {n} rijen.").format(n=MAX_ROWS)
    if (exc.exception_type or "").startswith("defusedxml."):
        return N_("Het bestand bevat XML met een DTD of entiteiten en wordt om veiligheidsredenen geweigerd.")
    return N_("Het bestand is beschadigd of geen geldige Excel-werkmap en kan niet gelezen worden.")


def _read_xlsx(path: Path, out: GuidanceList, isolate: bool) -> list[list[Any]] | None:
    try:
        if isolate:
            raw = run_isolated(
                vet_and_extract_list,
                str(path),
                timeout=LIMITS.timeout_seconds,
                memory_bytes=LIMITS.memory_bytes,
            )
        else:
            raw = vet_and_extract_list(str(path))
    except WorkerError as exc:
        out.add(ListProblem(_worker_message(exc)))
        return None
    if "refused" in raw:
        out.add(ListProblem(str(raw["refused"])))
        return None
    sheets = raw.get("sheets") or []
    if not sheets:
        out.add(ListProblem(N_("De werkmap heeft geen tabblad met gegevens.")))
        return None
    sheet = next((s for s in sheets if s.get("expected")), sheets[0])
    if sheet.get("truncated"):
        out.add(ListProblem(N_("Het bestand telt meer dan {n} rijen.").format(n=MAX_ROWS)))
        return None
    cells: dict[str, dict[str, Any]] = sheet["rows"]
    rows: list[list[Any]] = []
    for number in sorted(int(r) for r in cells):
        row = cells[str(number)] if str(number) in cells else cells[number]  # type: ignore[index]
        while len(rows) < number - 1:
            rows.append([])
        values: list[Any] = []
        for letter in "ABCDEFGH":
            cell = row.get(letter)
            values.append(_cell_value(cell) if cell else "")
        rows.append(values)
    return rows


def _cell_value(cell: Any) -> Any:
    kind, value, _fmt = cell
    if kind == "d":
        return datetime.fromisoformat(str(value)).date()
    if value is None:
        return ""
    return value


# --- checking the rows ------------------------------------------------------------------------


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip() if value is not None else ""


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    text = _text(value)
    if not text:
        return None
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def _check_row(index: int, values: dict[str, Any], out: GuidanceList, today: date) -> GuidanceLine | None:
    problems_before = len(out.problems) + out.more_problems

    def problem(column: str, message: str) -> None:
        out.add(ListProblem(message, row=index, column=column))

    texts: dict[str, str] = {}
    for column in COLUMNS:
        raw = values.get(column, "")
        text = _text(raw) if not isinstance(raw, date) else raw.isoformat()
        rule = (
            NAME
            if column == EMPLOYER
            else _SHORT
            if column != PREMIUMS
            else TextRule(max_chars=MAX_FIELD_CHARS)
        )
        bad = text_problem(text, rule)
        if bad:
            problem(column, bad)
            continue
        texts[column] = text
        if column in REQUIRED and not text:
            problem(column, N_("vul dit in."))
    provider = texts.get(PROVIDER, "")
    if provider:
        if _REFERENCE.match(provider.upper()):
            provider = provider.upper()
        else:
            try:
                provider = normalise_enterprise_number(provider)
            except IdentifierError:
                problem(PROVIDER, N_("geen ondernemingsnummer en geen kenmerk van een ED-dossier."))
    number = None
    if texts.get(NUMBER):
        try:
            number = parse_national_number(texts[NUMBER])
        except IdentifierError:
            # Never the number itself: it reveals a birth date (domain.md §2).
            problem(
                NUMBER, N_("geen geldig rijksregisternummer (controlegetal of geboortedatum klopt niet).")
            )
    employer_kbo = None
    if texts.get(EMPLOYER_KBO):
        try:
            employer_kbo = normalise_enterprise_number(texts[EMPLOYER_KBO])
        except IdentifierError:
            problem(EMPLOYER_KBO, N_("geen geldig ondernemingsnummer."))
    days: dict[str, date | None] = {}
    for column in (START, END):
        try:
            days[column] = _day(values.get(column))
        except ValueError:
            problem(column, N_("geen datum (DD/MM/JJJJ of JJJJ-MM-DD)."))
            days[column] = None
            continue
        day = days[column]
        if day is not None and not date(1990, 1, 1) <= day <= date(today.year + 10, 12, 31):
            problem(column, N_("de datum {d:%d/%m/%Y} is niet aannemelijk.").format(d=day))
    start, end = days.get(START), days.get(END)
    if start and end and end < start:
        problem(END, N_("de begeleiding eindigt vóór ze begint."))
    premiums: list[str] = []
    for part in re.split(r"[;,]", texts.get(PREMIUMS, "")):
        if not part.strip():
            continue
        try:
            day = _day(part)
        except ValueError:
            problem(PREMIUMS, N_("'{v}' is geen datum.").format(v=part.strip()[:12]))
            continue
        if day is not None:
            premiums.append(day.isoformat())
    if len(out.problems) + out.more_problems > problems_before or number is None or start is None:
        return None
    return GuidanceLine(
        index,
        provider,
        number.digits,
        number.masked,
        texts[EMPLOYER],
        employer_kbo,
        start,
        end,
        tuple(sorted(set(premiums))),
    )


def read_guidance_list(path: str | Path, *, today: date, isolate: bool = True) -> GuidanceList:
    """Read and check the whole list; never raises for a bad file (the result's problems say why).

    `.csv` (`;` or `,`, UTF-8 or Windows text) or `.xlsx` (the sheet 'Begeleidingen', else the
    first). `isolate=False` parses an .xlsx in this process (tests and debugging: no time bound).
    """
    file = Path(path)
    out = GuidanceList(file.name)
    if not file.is_file():
        out.add(ListProblem(N_("Het bestand '{n}' bestaat niet.").format(n=file.name)))
        return out
    suffix = file.suffix.lower()
    if suffix == ".csv":
        rows = _read_csv(file, out)
    elif suffix in (".xlsx", ".xlsm"):
        rows = _read_xlsx(file, out, isolate)
    else:
        out.add(
            ListProblem(
                N_("Kies een .csv- of .xlsx-bestand (gekregen: '{s}').").format(s=suffix or file.name)
            )
        )
        return out
    if rows is None:
        return out
    while rows and not any(_text(v) for v in rows[0]):
        rows.pop(0)
    if not rows:
        out.add(ListProblem(N_("Het bestand heeft geen kopregel en geen rijen.")))
        return out
    header: dict[int, str] = {}
    for position, title in enumerate(rows[0]):
        column = _HEADER_KEYS.get(_key(_text(title)))
        if column is not None and column not in header.values():
            header[position] = column
    missing = [c for c in REQUIRED if c not in header.values()]
    if missing:
        out.add(
            ListProblem(
                N_("de kopregel mist de kolom(men) {c}; verwacht: {a}.").format(
                    c=", ".join(f"'{m}'" for m in missing), a=", ".join(COLUMNS)
                ),
                row=1,
            )
        )
        return out
    seen: dict[tuple[str, str, date], int] = {}
    for index, row in enumerate(rows[1:], start=2):
        if not any(_text(v) for v in row):
            continue
        values = {column: row[position] if position < len(row) else "" for position, column in header.items()}
        line = _check_row(index, values, out, today)
        if line is None:
            continue
        key = (line.provider, line.national_number, line.start_on)
        if key in seen:
            out.add(
                ListProblem(
                    N_("dezelfde werknemer ({m}) met dezelfde begindatum staat ook op rij {r}.").format(
                        m=line.masked, r=seen[key]
                    ),
                    row=index,
                    column=NUMBER,
                )
            )
            continue
        seen[key] = index
        out.lines.append(line)
    if not out.lines and out.ok:
        out.add(ListProblem(N_("Het bestand heeft geen rijen onder de kopregel.")))
    return out


__all__ = ["COLUMNS", "GuidanceLine", "GuidanceList", "ListProblem", "read_guidance_list"]
