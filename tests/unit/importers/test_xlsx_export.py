"""The shared safe Excel export (documents/xlsx_export.py): user text never becomes a formula."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from wsedesk.documents.xlsx_export import (
    EXCEL_MAX_CELL_CHARS,
    ExportSheet,
    clean_text,
    is_formula_like,
    neutralise_csv_text,
    safe_sheet_title,
    set_cell,
    write_table,
    write_xlsx,
)

DANGEROUS = [
    '=HYPERLINK("http://evil.example","klik")',
    "=cmd|' /C calc'!A0",
    "+32 2 553 00 00",
    "-5+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
]


def sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode("utf-8")


def test_formula_like_text_is_written_as_text(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    write_table(path, ["Naam"], [[text] for text in DANGEROUS], title="Organisaties")
    assert "<f>" not in sheet_xml(path)
    sheet = load_workbook(path)["Organisaties"]
    for row, text in enumerate(DANGEROUS, start=2):
        cell = sheet.cell(row=row, column=1)
        assert cell.data_type == "s"
        assert cell.value == clean_text(text)  # the text itself is kept (CR written as LF)
        assert cell.quotePrefix is True  # and stays text when a user edits it in Excel


def test_ordinary_values_keep_their_types(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    row = [
        "De Brug vzw",
        42,
        -3.5,
        Decimal("1234.50"),
        True,
        date(2025, 7, 31),
        datetime(2025, 7, 31, 14, 5),
        None,
    ]
    write_table(path, ["a", "b", "c", "d", "e", "f", "g", "h"], [row])
    cells = next(iter(load_workbook(path).active.iter_rows(min_row=2, values_only=True)))
    assert cells[:5] == ("De Brug vzw", 42, -3.5, 1234.5, True)
    assert cells[5] == datetime(2025, 7, 31) and cells[6] == datetime(2025, 7, 31, 14, 5)
    assert cells[7] is None
    sheet = load_workbook(path).active
    assert sheet["B2"].data_type == "n" and sheet["C2"].data_type == "n"  # negative numbers stay numbers
    assert sheet["A2"].quotePrefix is False


def test_headers_are_neutralised_too(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    write_table(path, ["=1+1"], [])
    assert "<f>" not in sheet_xml(path)


def test_control_characters_and_long_text(tmp_path: Path) -> None:
    assert clean_text("a\x00b\x07c\td\ne\r\nf\rg") == "abc\td\ne\nf\ng"
    long = clean_text("x" * 40_000)
    assert len(long) == EXCEL_MAX_CELL_CHARS and long.endswith("…")
    path = tmp_path / "export.xlsx"
    write_table(path, ["t"], [["bel\x07en" + "y" * 40_000]])
    value = load_workbook(path).active["A2"].value
    assert value.startswith("belen") and len(value) == EXCEL_MAX_CELL_CHARS


def test_sheet_titles() -> None:
    assert safe_sheet_title("Q1/2025: [intern]") == "Q1_2025_ _intern_"
    assert safe_sheet_title("x" * 40) == "x" * 31
    assert safe_sheet_title("Blad", ["blad"]) == "Blad (2)"
    assert safe_sheet_title("") == "Blad"


def test_several_sheets_and_streams() -> None:
    stream = io.BytesIO()
    write_xlsx(
        stream,
        [
            ExportSheet("Rapport", ["x"], [[1]], column_widths=[20], number_formats={0: "0.00"}),
            ExportSheet("Rapport", ["y"], [["=2"]]),
        ],
    )
    book = load_workbook(io.BytesIO(stream.getvalue()))
    assert book.sheetnames == ["Rapport", "Rapport (2)"]
    assert book["Rapport"]["A2"].number_format == "0.00"
    assert book["Rapport (2)"]["A2"].data_type == "s"


def test_csv_neutralising() -> None:
    assert neutralise_csv_text("=1+1") == "'=1+1"
    assert neutralise_csv_text("@x") == "'@x"
    assert neutralise_csv_text("De Brug") == "De Brug"
    assert is_formula_like("\t=1") and not is_formula_like(" =1")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("=+-@\t\r abc1(),;!:'\"") | st.characters(), max_size=40))
def test_any_text_round_trips_as_text(text: str) -> None:
    book = Workbook()
    cell = book.active["A1"]
    set_cell(cell, text)
    stream = io.BytesIO()
    book.save(stream)
    loaded = load_workbook(io.BytesIO(stream.getvalue())).active["A1"]
    expected = clean_text(text)
    if expected == "":
        assert loaded.value in (None, "")
    else:
        assert loaded.data_type == "s"
        assert loaded.value == expected


@pytest.mark.parametrize("text", DANGEROUS)
def test_set_cell_forces_string_type(text: str) -> None:
    cell = Workbook().active["A1"]
    set_cell(cell, text)
    assert cell.data_type == "s" and cell.value == clean_text(text)
    assert cell.quotePrefix is True
