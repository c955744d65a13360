"""Turn one raw cell of a filled-in report into a typed value, forgivingly (no openpyxl here).

Accepts what people type in Excel or LibreOffice: Dutch numbers as text (`1.234,50`,
`€ 12.500`, `55 %`), real numbers, percentages as 0.55 with a %-format or as 55, ja/nee in
many spellings, dates as dates or as `31/07/2025`. Anything else raises ValueProblem with a
Dutch message saying what was expected and what was found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from wsedesk.i18n import N_
from wsedesk.rules.identifiers import (
    IdentifierError,
    is_valid_email,
    normalise_enterprise_number,
    normalise_establishment_number,
)
from wsedesk.rules.reports import FieldSpec, FieldType, ReportValue, describe_expected

TRUE_WORDS = frozenset({"ja", "j", "yes", "y", "x", "true", "waar", "1", "ok", "✓", "✔"})
FALSE_WORDS = frozenset({"nee", "neen", "n", "no", "false", "onwaar", "0"})
# Excel serial day numbers that are plausible dates (1995–2100), for a date typed into a
# cell formatted as a number.
_SERIAL_MIN, _SERIAL_MAX = 34700, 73415
_EXCEL_EPOCH = date(1899, 12, 30)

_SPACES = re.compile(r"[\s\u00a0\u2007\u202f]+")
_CURRENCY = re.compile(r"€|euros?|eur", re.IGNORECASE)
_MAX_MAGNITUDE = Decimal(10) ** 15  # beyond any amount in a report; keeps Decimal arithmetic exact
_PLAIN = re.compile(r"^\d+(\.\d+)?$")
_DATE_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_DATE_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?)?$")


class ValueProblem(ValueError):
    """A cell's content does not fit the row's type; the message is Dutch."""


@dataclass(frozen=True)
class RawCell:
    """One cell as the worker read it: kind n (number) s (text) b (bool) d (date, ISO) t (time) e (error)."""

    kind: str
    value: Any
    number_format: str | None = None

    @property
    def is_blank(self) -> bool:
        return self.value is None or (isinstance(self.value, str) and not _SPACES.sub("", self.value))

    @property
    def has_percent_format(self) -> bool:
        fmt = self.number_format or ""
        return "%" in re.sub(r'"[^"]*"|\\.', "", fmt)


@dataclass(frozen=True)
class ParsedValue:
    value: ReportValue
    warnings: tuple[str, ...] = ()


def parse_cell(spec: FieldSpec, cell: RawCell) -> ParsedValue:
    """The typed value of `cell` for row `spec`; None when blank. Raises ValueProblem."""
    if cell.is_blank:
        return ParsedValue(None)
    if cell.kind == "e":
        raise ValueProblem(
            N_("De cel bevat een foutwaarde ({v}): verwacht {e}.").format(
                v=cell.value, e=describe_expected(spec)
            )
        )
    match spec.type:
        case FieldType.DECIMAL | FieldType.AMOUNT:
            return ParsedValue(_tidy(_number(spec, cell)[0]))
        case FieldType.INTEGER | FieldType.YEAR:
            number, _ = _number(spec, cell)
            if number != number.to_integral_value():
                raise ValueProblem(
                    N_("Verwacht {e}, gevonden {v}.").format(e=describe_expected(spec), v=_shown(cell))
                )
            return ParsedValue(int(number))
        case FieldType.PERCENTAGE:
            return _percentage(spec, cell)
        case FieldType.BOOLEAN:
            return ParsedValue(_boolean(spec, cell))
        case FieldType.DATE:
            return ParsedValue(_date(spec, cell).isoformat())
        case FieldType.ENTERPRISE_NUMBER:
            try:
                return ParsedValue(normalise_enterprise_number(_identifier_text(cell)))
            except IdentifierError as exc:
                raise ValueProblem(str(exc)) from None
        case FieldType.ESTABLISHMENT_NUMBER:
            try:
                return ParsedValue(normalise_establishment_number(_identifier_text(cell)))
            except IdentifierError as exc:
                raise ValueProblem(str(exc)) from None
        case FieldType.CHOICE:
            text = " ".join(_text(cell).split()).lower()
            if text not in spec.choices:
                raise ValueProblem(
                    N_("Verwacht {e}; gevonden '{v}'.").format(e=describe_expected(spec), v=_text(cell))
                )
            return ParsedValue(text)
        case FieldType.EMAIL:
            text = _text(cell)
            if text.lower().startswith("mailto:"):
                text = text[7:].strip()
            if not is_valid_email(text):
                raise ValueProblem(
                    N_("Verwacht een e-mailadres (naam@organisatie.be); gevonden '{v}'.").format(v=text)
                )
            return ParsedValue(text)
        case FieldType.TEXT:
            return ParsedValue(_text(cell))
    raise ValueProblem(N_("Onbekend veldtype {t}.").format(t=spec.type))


def parse_number_text(text: str) -> tuple[Decimal, bool]:
    """Parse a number typed as text, Dutch or English style; return (number, had a % sign).

    `1.234,50` → 1234.50; `€ 12.500` → 12500; `12,5` → 12.5; `55 %` → (55, True);
    `1,234.50` → 1234.50; `-1.000` and `(1.000)` → -1000. One dot followed by exactly three
    digits is a thousands separator (`12.500` = 12500), as Dutch writers mean it; otherwise a
    single dot is a decimal point (`12.5`, `0.550`).
    """
    original = text
    s = _SPACES.sub("", _CURRENCY.sub("", text))
    percent = False
    if s.endswith("%"):
        percent, s = True, s[:-1]
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1]
    if s[:1] in ("-", "−", "–", "+"):
        negative, s = s[0] != "+", s[1:]
    elif s.endswith("-"):
        negative, s = True, s[:-1]
    if not s or not re.fullmatch(r"[\d.,']+", s):
        raise ValueError(original)
    s = s.replace("'", "")
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        decimal_sep = "," if s.rfind(",") > s.rfind(".") else "."
        thousands = "." if decimal_sep == "," else ","
        whole, _, fraction = s.rpartition(decimal_sep)
        if s.count(decimal_sep) != 1 or not _grouped(whole, thousands):
            raise ValueError(original)
        s = whole.replace(thousands, "") + "." + fraction
    elif commas:
        if commas > 1:
            if not _grouped(s, ","):
                raise ValueError(original)
            s = s.replace(",", "")
        else:
            s = s.replace(",", ".")
    elif dots and (dots > 1 or re.fullmatch(r"[1-9]\d{0,2}\.\d{3}", s)):
        if not _grouped(s, "."):
            raise ValueError(original)
        s = s.replace(".", "")
    if not _PLAIN.match(s):
        raise ValueError(original)
    number = Decimal(s)
    return (-number if negative else number), percent


def decimal_from_float(value: float) -> Decimal:
    """A float as Excel shows it: 15 significant digits (0.1 + 0.2 → 0.3)."""
    return Decimal(format(value, ".15g"))


def _grouped(number: str, separator: str) -> bool:
    return bool(re.fullmatch(rf"\d{{1,3}}(\{separator}\d{{3}})*", number))


def _number(spec: FieldSpec, cell: RawCell) -> tuple[Decimal, bool]:
    """(number, it was marked as a percentage: %-format on a real number or a % sign in text)."""
    number, percent = _any_number(spec, cell)
    if abs(number) >= _MAX_MAGNITUDE:
        raise ValueProblem(
            N_("Verwacht {e}; gevonden een onwaarschijnlijk groot getal ({v}).").format(
                e=describe_expected(spec), v=_shown(cell)
            )
        )
    return number, percent


def _any_number(spec: FieldSpec, cell: RawCell) -> tuple[Decimal, bool]:
    if cell.kind == "b":
        raise ValueProblem(N_("Verwacht {e}; gevonden een ja/nee-waarde.").format(e=describe_expected(spec)))
    if cell.kind in ("d", "t"):
        raise ValueProblem(
            N_("Verwacht {e}; gevonden een datum ({v}). Controleer de celopmaak.").format(
                e=describe_expected(spec), v=cell.value
            )
        )
    if cell.kind == "n" and isinstance(cell.value, int | float):
        if isinstance(cell.value, float) and (
            cell.value != cell.value or cell.value in (float("inf"), float("-inf"))
        ):
            raise ValueProblem(
                N_("Verwacht {e}; gevonden een ongeldig getal.").format(e=describe_expected(spec))
            )
        number = Decimal(cell.value) if isinstance(cell.value, int) else decimal_from_float(cell.value)
        return number, cell.has_percent_format
    text = str(cell.value)
    stripped = _strip_unit(text, spec.unit)
    try:
        number, percent = parse_number_text(stripped)
    except (ValueError, InvalidOperation):
        raise ValueProblem(
            N_("Verwacht {e}; gevonden '{v}'.").format(e=describe_expected(spec), v=text.strip())
        ) from None
    if percent and spec.type is not FieldType.PERCENTAGE:
        raise ValueProblem(
            N_("Verwacht {e}; gevonden een percentage '{v}'.").format(
                e=describe_expected(spec), v=text.strip()
            )
        )
    if spec.type is not FieldType.AMOUNT and _CURRENCY.search(text):
        raise ValueProblem(
            N_("Verwacht {e}; gevonden een bedrag '{v}'.").format(e=describe_expected(spec), v=text.strip())
        )
    return number, percent


def _percentage(spec: FieldSpec, cell: RawCell) -> ParsedValue:
    number, marked = _number(spec, cell)
    if cell.kind == "n" and marked:
        # 0.55 shown as 55 % by its cell format: Excel stores the fraction.
        return ParsedValue(_tidy(number * 100))
    warnings: tuple[str, ...] = ()
    if not marked and 0 < number <= 1:
        warnings = (
            N_(
                "Percentage {v} gelezen op een schaal van 0 tot 100 ({v} %). Bedoelt u {p} %? Geef dan "
                "{p} in of gebruik %-opmaak."
            ).format(v=_nl(number), p=_nl(number * 100)),
        )
    return ParsedValue(_tidy(number), warnings)


def _boolean(spec: FieldSpec, cell: RawCell) -> bool:
    if cell.kind == "b":
        return bool(cell.value)
    if cell.kind == "n" and cell.value in (0, 1):
        return bool(cell.value)
    word = _SPACES.sub("", str(cell.value)).lower().rstrip(".!")
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueProblem(N_("Verwacht ja of nee; gevonden '{v}'.").format(v=str(cell.value).strip()))


def _date(spec: FieldSpec, cell: RawCell) -> date:
    if cell.kind == "d":
        return datetime.fromisoformat(str(cell.value)).date()
    if cell.kind == "n" and isinstance(cell.value, int | float) and _SERIAL_MIN <= cell.value <= _SERIAL_MAX:
        return _EXCEL_EPOCH + timedelta(days=int(cell.value))
    text = _SPACES.sub("", str(cell.value))
    try:
        if match := _DATE_DMY.match(text):
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        if match := _DATE_YMD.match(text):
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
    except ValueError:
        pass
    raise ValueProblem(
        N_("Verwacht {e}; gevonden '{v}'.").format(e=describe_expected(spec), v=str(cell.value).strip())
    )


def _text(cell: RawCell) -> str:
    if cell.kind == "n" and isinstance(cell.value, float) and cell.value.is_integer():
        return str(int(cell.value))
    if cell.kind == "n" and isinstance(cell.value, float):
        return format(decimal_from_float(cell.value), "f")
    if cell.kind == "b":
        return "ja" if cell.value else "nee"
    if cell.kind == "d":
        return str(cell.value)[:10] if str(cell.value).endswith("T00:00:00") else str(cell.value)
    return str(cell.value).strip()


def _identifier_text(cell: RawCell) -> str:
    # 428759497 typed as a number lost its leading 0; normalise_* accepts the 9-digit form.
    if cell.kind == "n" and isinstance(cell.value, int | float) and float(cell.value).is_integer():
        return str(int(cell.value))
    return _text(cell)


def _strip_unit(text: str, unit: str) -> str:
    stripped = text.strip()
    if unit and unit not in ("%", "EUR") and stripped.lower().endswith(unit.lower()):
        return stripped[: -len(unit)]
    return stripped


def _tidy(number: Decimal) -> Decimal:
    """55.00 → 55, 1234.50 → 1234.5: no trailing zeros, never an exponent."""
    if number == number.to_integral_value():
        return number.quantize(Decimal(1))
    return number.normalize()


def _nl(number: Decimal) -> str:
    from wsedesk.rules.reports import format_number_nl

    return format_number_nl(_tidy(number))


def _shown(cell: RawCell) -> str:
    if cell.kind == "n" and isinstance(cell.value, float):
        if abs(cell.value) >= 1e15:
            return format(cell.value, "g")
        return _nl(decimal_from_float(cell.value))
    return str(cell.value).strip()
