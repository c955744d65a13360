"""Parsing one cell the way people fill it in (no files: RawCell as the worker returns it)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wsedesk.importers.report_template import load_template
from wsedesk.importers.report_values import (
    RawCell,
    ValueProblem,
    decimal_from_float,
    parse_cell,
    parse_number_text,
)
from wsedesk.rules.reports import format_number_nl

T = load_template("2025")


def parse(code: str, kind: str, value: Any, number_format: str | None = "General") -> Any:
    parsed = parse_cell(T.field(code), RawCell(kind, value, number_format))
    return parsed.value


@pytest.mark.parametrize(
    ("text", "number", "percent"),
    [
        ("1.234,50", Decimal("1234.50"), False),
        ("€ 12.500", Decimal(12500), False),
        ("€12.500,-", None, False),
        ("12.500", Decimal(12500), False),
        ("12.5", Decimal("12.5"), False),
        ("0.550", Decimal("0.550"), False),
        ("12,5", Decimal("12.5"), False),
        ("1,234.50", Decimal("1234.50"), False),
        ("1.234.567", Decimal(1234567), False),
        ("1,234,567", Decimal(1234567), False),
        ("12 500", Decimal(12500), False),
        ("12\u00a0500,25", Decimal("12500.25"), False),
        ("55%", Decimal(55), True),
        ("55 %", Decimal(55), True),
        ("-1.000", Decimal(-1000), False),
        ("−1.000", Decimal(-1000), False),
        ("(1.000)", Decimal(-1000), False),
        ("+3", Decimal(3), False),
        ("1.23.4", None, False),
        ("12,34,5", None, False),
        ("1.234,5.6", None, False),
        ("abc", None, False),
        ("", None, False),
        ("%", None, False),
    ],
)
def test_parse_number_text(text: str, number: Decimal | None, percent: bool) -> None:
    if number is None:
        with pytest.raises(ValueError):
            parse_number_text(text)
    else:
        assert parse_number_text(text) == (number, percent)


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_dutch_formatting_round_trips(value: Decimal) -> None:
    """Whatever we print Dutch-style, we read back (with or without the euro sign)."""
    text = format_number_nl(value)
    assert parse_number_text(text)[0] == value
    assert parse_number_text(f"€ {text}")[0] == value


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False))
def test_floats_become_the_decimal_excel_shows(value: float) -> None:
    number = decimal_from_float(value)
    assert float(number) == pytest.approx(value, rel=1e-14, abs=1e-300)
    assert len(number.as_tuple().digits) <= 15


def test_float_noise_is_removed() -> None:
    assert decimal_from_float(0.1 + 0.2) == Decimal("0.3")
    assert parse("I01", "n", 0.1 + 0.2) == Decimal("0.3")


def test_percentages() -> None:
    assert parse("I03", "n", 0.55, "0%") == Decimal(55)
    assert parse("I03", "n", 0.5537, '0.00" "%') == Decimal("55.37")
    assert parse("I03", "n", 55) == Decimal(55)
    assert parse("I03", "s", "55,5 %") == Decimal("55.5")
    assert parse("I03", "s", "55") == Decimal(55)
    assert parse("I03", "n", 55, '0" procent"') == Decimal(55)  # a quoted % is text, not a %-format
    warned = parse_cell(T.field("I11"), RawCell("n", 0.07, "General"))
    assert warned.value == Decimal("0.07") and "Bedoelt u 7 %" in warned.warnings[0]


def test_percent_sign_where_no_percentage_is_expected() -> None:
    with pytest.raises(ValueProblem, match="gevonden een percentage '12 %'"):
        parse("I05", "s", "12 %")


def test_euro_where_no_amount_is_expected() -> None:
    with pytest.raises(ValueProblem, match="gevonden een bedrag"):
        parse("I01", "s", "€ 20")


def test_integers() -> None:
    assert parse("I04", "n", 30.0) == 30
    assert parse("I04", "s", "1.200") == 1200
    with pytest.raises(ValueProblem, match=r"Verwacht een geheel getal \(personen\), gevonden 30,5"):
        parse("I04", "n", 30.5)


def test_absurd_numbers_are_refused() -> None:
    with pytest.raises(ValueProblem, match="onwaarschijnlijk groot"):
        parse("I05", "n", 1e300)


def test_a_date_in_a_number_cell() -> None:
    with pytest.raises(ValueProblem, match="gevonden een datum"):
        parse("I05", "d", "2025-01-01T00:00:00")


def test_error_values() -> None:
    with pytest.raises(ValueProblem, match=r"foutwaarde \(#REF!\)"):
        parse("I05", "e", "#REF!")


def test_blank_cells_are_empty() -> None:
    assert parse("I05", "s", "   ") is None
    assert parse("ID02", "s", "\u00a0") is None


def test_text_from_numbers_and_booleans() -> None:
    assert parse("ID02", "n", 1234.0) == "1234"
    assert parse("ID06", "s", "  An Peeters ") == "An Peeters"


def test_years() -> None:
    assert parse("ID05", "n", 2025) == 2025
    assert parse("ID05", "s", "2025") == 2025
    with pytest.raises(ValueProblem):
        parse("ID05", "s", "vorig jaar")


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("d", "2026-03-15T00:00:00", "2026-03-15"),
        ("s", "15/03/2026", "2026-03-15"),
        ("s", "15-3-2026", "2026-03-15"),
        ("s", "15.03.2026", "2026-03-15"),
        ("s", "2026-03-15", "2026-03-15"),
        ("n", 46096, "2026-03-15"),  # an Excel serial day in a General cell
    ],
)
def test_dates(kind: str, value: Any, expected: str) -> None:
    assert parse("ID08", kind, value) == expected


def test_impossible_date() -> None:
    with pytest.raises(ValueProblem):
        parse("ID08", "s", "31/02/2026")


def test_email() -> None:
    assert parse("ID07", "s", " mailto:an@debrug.be ") == "an@debrug.be"
    with pytest.raises(ValueProblem, match="gevonden 'an@debrug'"):
        parse("ID07", "s", "an@debrug")


def test_choice() -> None:
    assert parse("ID04", "s", "MAATWERKBEDRIJF") == "maatwerkbedrijf"
    with pytest.raises(ValueProblem, match="één van: maatwerkbedrijf, maatwerkafdeling; gevonden 'LDE'"):
        parse("ID04", "s", "LDE")
