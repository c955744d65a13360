"""The forgiving report reader on real .xlsx files, written by our own writer and filled in with openpyxl."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from tests.data.reports import report_workbooks as wb
from wsedesk.importers.report_reader import ReportReadResult, code_key, read_report
from wsedesk.rules.identifiers import IdentifierError

RECEIVED = date(2026, 5, 1)  # a 2025 report arriving before the deadline of 31 July 2026


def read(path: Path, **kwargs: Any) -> ReportReadResult:
    """Parse in this process: these tests are about interpretation; the worker has its own tests."""
    kwargs.setdefault("reference_date", RECEIVED)
    kwargs.setdefault("isolate", False)
    return read_report(path, **kwargs)


def messages(result: ReportReadResult, code: str | None = None, severity: str = "error") -> list[str]:
    return [i.message for i in result.issues if i.severity == severity and (code is None or i.code == code)]


def only_issue(result: ReportReadResult, code: str, severity: str = "error") -> Any:
    found = [i for i in result.issues if i.code == code and i.severity == severity]
    assert len(found) == 1, (code, result.issues)
    return found[0]


def assert_accepted(result: ReportReadResult) -> None:
    assert result.accepted, [i.to_dict() for i in result.errors]
    assert result.status == "accepted"


# --- clean workbooks -------------------------------------------------------------------------


def test_clean_2025_workbook_is_accepted_with_typed_values(tmp_path: Path) -> None:
    result = read(wb.write_filled(tmp_path / "r.xlsx"), isolate=True)
    assert_accepted(result)
    assert result.warnings == ()
    assert result.template_version == "duurzaamheidsverslag-2025"
    assert result.organisation == wb.ORG
    assert result.year == 2025
    v = result.values
    assert v["ID01"] == "0428759497"
    assert v["ID04"] == "maatwerkbedrijf"
    assert v["ID05"] == 2025 and type(v["ID05"]) is int
    assert v["I01"] == Decimal("25.5") and isinstance(v["I01"], Decimal)
    assert v["I02"] == Decimal(40)
    assert v["I03"] == Decimal("63.75")
    assert v["I04"] == 30 and type(v["I04"]) is int
    assert v["I05"] == Decimal("1234567.89")
    assert v["I07"] == Decimal(-1000)
    assert v["I14"] is True and v["I15"] is True
    assert v["I16"] == 2 and v["I17"] == 4
    assert v["D06"] == wb.DESCRIPTOR
    assert v["ID03"] is None and v["ID08"] is None
    assert set(v) == set(wb.GOOD_VALUES)
    assert result.locations["I03"] == "Indicatoren!D7"
    assert result.sha256 and len(result.sha256) == 64
    assert result.flags == ()


def test_clean_2024_workbook_uses_the_2024_definition(tmp_path: Path) -> None:
    result = read(wb.write_filled(tmp_path / "r.xlsx", "2024"), reference_date=date(2025, 6, 1))
    assert_accepted(result)
    assert result.template_version == "duurzaamheidsverslag-2024"
    assert result.year == 2024
    assert not {"I16", "I17", "D06"} & set(result.values)


def test_json_dict_has_numbers_booleans_and_text(tmp_path: Path) -> None:
    data = read(wb.write_filled(tmp_path / "r.xlsx")).to_dict()
    assert set(data) >= wb.RESULT_FIELDS
    values = data["values"]
    assert values["I01"] == 25.5 and isinstance(values["I01"], float)
    assert values["I02"] == 40 and isinstance(values["I02"], int)
    assert values["I14"] is True
    assert values["ID02"] == "Maatwerk De Brug vzw"


# --- what people type ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "typed", "expected"),
    [
        ("I05", "1.234,50", Decimal("1234.5")),
        ("I05", "€ 12.500", Decimal(12500)),
        ("I05", "EUR 1.234.567,89", Decimal("1234567.89")),
        ("I05", "12.500 euro", Decimal(12500)),
        ("I07", "-1.000", Decimal(-1000)),
        ("I07", "(2.500,00)", Decimal(-2500)),
        ("I01", "25,5", Decimal("25.5")),
        ("I01", "25.5", Decimal("25.5")),
        ("I01", " 25,5 VTE ", Decimal("25.5")),
        ("I06", "900 000", Decimal(900000)),
        ("I06", "1,234.50", Decimal("1234.5")),
        ("I04", "30", 30),
        ("I04", 30.0, 30),
        ("I11", "7,5%", Decimal("7.5")),
        ("I11", "7,5 %", Decimal("7.5")),
    ],
)
def test_numbers_typed_as_text_dutch_style(tmp_path: Path, code: str, typed: Any, expected: Any) -> None:
    result = read(wb.write_filled(tmp_path / "r.xlsx", **{code: typed}))
    assert_accepted(result)
    assert result.values[code] == expected
    assert type(result.values[code]) is type(expected)


def test_percentage_as_fraction_with_percent_format(tmp_path: Path) -> None:
    def percent_format(book: Workbook) -> None:
        sheet = book["Indicatoren"]
        sheet.cell(row=wb.find_row(sheet, "I03"), column=4).number_format = "0.00%"
        sheet.cell(row=wb.find_row(sheet, "I11"), column=4).number_format = "0%"

    result = read(wb.write_filled(tmp_path / "r.xlsx", I03=0.6375, I11=0.075, edit=percent_format))
    assert_accepted(result)
    assert result.values["I03"] == Decimal("63.75")
    assert result.values["I11"] == Decimal("7.5")
    assert result.warnings == ()


def test_percentage_as_number_0_to_100(tmp_path: Path) -> None:
    result = read(wb.write_filled(tmp_path / "r.xlsx", I03=63.75, I11=55))
    assert_accepted(result)
    assert result.values["I03"] == Decimal("63.75")
    assert result.values["I11"] == Decimal(55)


def test_fraction_without_percent_format_is_read_as_is_with_a_warning(tmp_path: Path) -> None:
    result = read(wb.write_filled(tmp_path / "r.xlsx", I11=0.075))
    assert_accepted(result)
    assert result.values["I11"] == Decimal("0.075")
    assert "Bedoelt u 7,5 %" in only_issue(result, "I11", "warning").message


def test_share_typed_as_fraction_fails_the_consistency_check_with_a_hint(tmp_path: Path) -> None:
    result = read(wb.write_filled(tmp_path / "r.xlsx", I03=0.6375))
    issue = only_issue(result, "I03")
    assert "I01 / I02 = 63,8 %" in issue.message
    assert "tussen 0 en 100" in issue.message
    assert (issue.sheet, issue.cell) == ("Indicatoren", "D7")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ja", True),
        ("Ja", True),
        ("JA", True),
        (" ja ", True),
        ("x", True),
        ("X", True),
        ("yes", True),
        ("TRUE", True),
        ("waar", True),
        (True, True),
        (1, True),
        ("nee", False),
        ("Nee", False),
        ("NEE", False),
        ("neen", False),
        ("no", False),
        ("FALSE", False),
        (False, False),
        (0, False),
    ],
)
def test_yes_no_variants(tmp_path: Path, typed: Any, expected: bool) -> None:
    result = read(wb.write_filled(tmp_path / "r.xlsx", I14=typed))
    assert result.values["I14"] is expected
    assert result.accepted


def test_yes_no_nonsense_is_an_error(tmp_path: Path) -> None:
    result = read(wb.write_filled(tmp_path / "r.xlsx", I15="misschien"))
    issue = only_issue(result, "I15")
    assert issue.message == "Verwacht ja of nee; gevonden 'misschien'."
    assert (issue.sheet, issue.cell) == ("Indicatoren", "D19")
    assert result.status == "rejected"


def test_label_and_identifiers_are_normalised(tmp_path: Path) -> None:
    result = read(wb.write_filled(tmp_path / "r.xlsx", ID01="BE 428 759 497", ID03="2123456789"))
    # 2123456789 has a wrong check digit: an establishment number is checked too
    assert "controlegetal" in only_issue(result, "ID03").message
    result = read(
        wb.write_filled(
            tmp_path / "r2.xlsx", ID01=428759497, ID04="  Maatwerkafdeling ", I01=6, I02=10, I03=60
        )
    )
    assert_accepted(result)
    assert result.values["ID01"] == "0428759497"
    assert result.values["ID04"] == "maatwerkafdeling"


def test_dates_as_dates_or_text(tmp_path: Path) -> None:
    result = read(wb.write_filled(tmp_path / "r.xlsx", ID08=datetime(2026, 3, 15)))
    assert result.values["ID08"] == "2026-03-15"
    assert_accepted(result)
    result = read(wb.write_filled(tmp_path / "r2.xlsx", ID08="15/03/2026"))
    assert result.values["ID08"] == "2026-03-15"
    result = read(wb.write_filled(tmp_path / "r3.xlsx", ID08="de vijftiende"))
    assert "dd/mm/jjjj" in only_issue(result, "ID08").message


def test_date_before_the_year_ended_is_a_warning(tmp_path: Path) -> None:
    result = read(wb.write_filled(tmp_path / "r.xlsx", ID08=datetime(2025, 6, 1)))
    assert_accepted(result)
    assert "vóór het einde van verslagjaar 2025" in only_issue(result, "ID08", "warning").message


# --- formulas --------------------------------------------------------------------------------


def test_formula_with_cached_value_is_read(tmp_path: Path) -> None:
    def formula(book: Workbook) -> None:
        sheet = book["Indicatoren"]
        sheet.cell(row=wb.find_row(sheet, "I03"), column=4).value = "=D5/D6*100"

    path = wb.write_filled(tmp_path / "r.xlsx", edit=formula)
    wb.set_cached_value(path, "Indicatoren", "D7", "63.75")
    result = read(path, isolate=True)
    assert_accepted(result)
    assert result.values["I03"] == Decimal("63.75")


def test_formula_with_cached_fraction_and_percent_format(tmp_path: Path) -> None:
    def formula(book: Workbook) -> None:
        cell = book["Indicatoren"]["D7"]
        cell.value = "=D5/D6"
        cell.number_format = "0.0%"

    path = wb.write_filled(tmp_path / "r.xlsx", edit=formula)
    wb.set_cached_value(path, "Indicatoren", "D7", "0.6375")
    result = read(path)
    assert_accepted(result)
    assert result.values["I03"] == Decimal("63.75")


def test_formula_with_cached_text_value(tmp_path: Path) -> None:
    def formula(book: Workbook) -> None:
        book["Identificatie"]["D6"].value = '="Maatwerk "&"De Brug"'

    path = wb.write_filled(tmp_path / "r.xlsx", edit=formula)
    wb.set_cached_value(path, "Identificatie", "D6", "Maatwerk De Brug", text=True)
    result = read(path)
    assert_accepted(result)
    assert result.values["ID02"] == "Maatwerk De Brug"


def test_formula_without_cached_value_is_an_error_naming_the_cell(tmp_path: Path) -> None:
    def formula(book: Workbook) -> None:
        book["Indicatoren"]["D7"].value = "=D5/D6*100"

    result = read(wb.write_filled(tmp_path / "r.xlsx", edit=formula), isolate=True)
    issue = only_issue(result, "I03")
    assert (issue.sheet, issue.cell) == ("Indicatoren", "D7")
    assert "formule zonder berekende waarde" in issue.message
    assert result.values["I03"] is None  # not a silent zero
    assert not result.accepted


def test_formula_without_value_in_an_optional_cell_is_still_an_error(tmp_path: Path) -> None:
    def formula(book: Workbook) -> None:
        book["Indicatoren"]["D17"].value = "=D16*0"  # I13, optional

    result = read(wb.write_filled(tmp_path / "r.xlsx", edit=formula))
    assert only_issue(result, "I13").cell == "D17"


def test_formula_error_value_is_an_error(tmp_path: Path) -> None:
    def formula(book: Workbook) -> None:
        book["Indicatoren"]["D7"].value = "=D5/0"

    path = wb.write_filled(tmp_path / "r.xlsx", edit=formula)
    member = wb.sheet_part(path, "Indicatoren")
    wb.rewrite_zip(
        path,
        lambda name, data: (
            data.replace(b'<c r="D7"', b'<c t="e" r="D7"').replace(
                b"<f>D5/0</f><v />", b"<f>D5/0</f><v>#DIV/0!</v>"
            )
            if name == member
            else data
        ),
    )
    result = read(path)
    assert "#DIV/0!" in only_issue(result, "I03").message


# --- layout the organisation changed ---------------------------------------------------------


def test_inserted_blank_rows_and_moved_rows(tmp_path: Path) -> None:
    def reshuffle(book: Workbook) -> None:
        sheet = book["Indicatoren"]
        sheet.protection.sheet = False
        sheet.insert_rows(3, amount=4)  # blank lines above the header
        sheet.insert_rows(14, amount=2)  # and in the middle of the table
        # move I17 to the very top and I01 to the bottom
        row17, row01 = wb.find_row(sheet, "I17"), wb.find_row(sheet, "I01")
        for column in range(1, 5):
            sheet.cell(row=1, column=column + 5).value = None
        values17 = [sheet.cell(row=row17, column=c).value for c in range(1, 5)]
        values01 = [sheet.cell(row=row01, column=c).value for c in range(1, 5)]
        for c in range(1, 5):
            sheet.cell(row=row17, column=c).value = None
            sheet.cell(row=row01, column=c).value = None
            sheet.cell(row=60, column=c).value = values01[c - 1]
            sheet.cell(row=61, column=c).value = values17[c - 1]

    result = read(wb.write_filled(tmp_path / "r.xlsx", edit=reshuffle))
    assert_accepted(result)
    assert result.values["I01"] == Decimal("25.5")
    assert result.values["I17"] == 4
    assert result.locations["I01"] == "Indicatoren!D60"


def test_rows_inserted_above_the_version_cell_still_find_the_version(tmp_path: Path) -> None:
    def insert(book: Workbook) -> None:
        book["Identificatie"].insert_rows(1, amount=2)

    result = read(wb.write_filled(tmp_path / "r.xlsx", edit=insert))
    assert_accepted(result)
    assert result.template_version == "duurzaamheidsverslag-2025"


def test_hidden_rows_are_read(tmp_path: Path) -> None:
    def hide(book: Workbook) -> None:
        sheet = book["Indicatoren"]
        for code in ("I05", "I06", "I13"):
            sheet.row_dimensions[wb.find_row(sheet, code)].hidden = True

    result = read(wb.write_filled(tmp_path / "r.xlsx", edit=hide))
    assert_accepted(result)
    assert result.values["I05"] == Decimal("1234567.89")


def test_merged_cells_are_tolerated(tmp_path: Path) -> None:
    def merge(book: Workbook) -> None:
        sheet = book["Indicatoren"]
        sheet.merge_cells("A1:D1")  # a title across the table
        sheet.merge_cells("D9:E9")  # the I05 answer widened
        descriptors = book["Descriptoren"]
        row = wb.find_row(descriptors, "D01")
        descriptors.merge_cells(start_row=row, start_column=4, end_row=row, end_column=7)

    result = read(wb.write_filled(tmp_path / "r.xlsx", edit=merge))
    assert_accepted(result)
    assert result.values["I05"] == Decimal("1234567.89")
    assert result.values["D01"] == wb.DESCRIPTOR


def test_answer_merged_into_the_cell_on_its_left_is_read_from_there(tmp_path: Path) -> None:
    def merge(book: Workbook) -> None:
        sheet = book["Indicatoren"]
        sheet["C10"] = "950.000"
        sheet.merge_cells("C10:D10")  # I06: Excel keeps only C10's value

    result = read(wb.write_filled(tmp_path / "r.xlsx", edit=merge))
    assert_accepted(result)
    assert result.values["I06"] == Decimal(950000)
    warning = only_issue(result, "I06", "warning")
    assert "samengevoegd (C10:D10)" in warning.message and warning.cell == "C10"


def test_extra_sheets_are_ignored(tmp_path: Path) -> None:
    def extra(book: Workbook) -> None:
        notes = book.create_sheet("Notities", 0)
        notes["A1"] = "I01"
        notes["D1"] = 999  # a code on an extra sheet does not override the real row
        book.create_sheet("Berekeningen")["B2"] = "=1+1"

    result = read(wb.write_filled(tmp_path / "r.xlsx", edit=extra))
    assert_accepted(result)
    assert result.values["I01"] == Decimal("25.5")


def test_renamed_sheets_match_case_and_space_insensitively(tmp_path: Path) -> None:
    def rename(book: Workbook) -> None:
        book["Identificatie"].title = " IDENTIFICATIE "
        book["Indicatoren"].title = " indicatoren"
        book["Descriptoren"].title = "Descrip toren"

    result = read(wb.write_filled(tmp_path / "r.xlsx", edit=rename))
    assert_accepted(result)
    assert result.locations["I03"] == " indicatoren!D7"


def test_sheet_renamed_beyond_recognition_is_searched_with_a_warning(tmp_path: Path) -> None:
    def rename(book: Workbook) -> None:
        book["Descriptoren"].title = "Tekstvragen"

    result = read(wb.write_filled(tmp_path / "r.xlsx", edit=rename))
    assert_accepted(result)
    assert result.values["D01"] == wb.DESCRIPTOR
    assert any("Tabblad 'Descriptoren' niet gevonden" in m for m in messages(result, severity="warning"))


def test_missing_sheet_is_one_error(tmp_path: Path) -> None:
    def drop(book: Workbook) -> None:
        del book["Descriptoren"]

    result = read(wb.write_filled(tmp_path / "r.xlsx", edit=drop))
    assert messages(result) == [
        "Tabblad 'Descriptoren' ontbreekt (gevonden tabbladen: 'Identificatie', 'Indicatoren')."
    ]


def test_lower_case_codes_with_stray_spaces(tmp_path: Path) -> None:
    def sloppy(book: Workbook) -> None:
        for sheet in book.worksheets:
            for (cell,) in sheet.iter_rows(min_col=1, max_col=1):
                if isinstance(cell.value, str) and code_key(cell.value):
                    cell.value = f"  {cell.value.lower()[:-2]} {cell.value[-2:]} "

    result = read(wb.write_filled(tmp_path / "r.xlsx", edit=sloppy))
    assert_accepted(result)
    assert result.values["ID05"] == 2025


def test_code_keys() -> None:
    assert code_key(" i 01 ") == "I1" == code_key("I1") == code_key("I01.")
    assert code_key("id05") == "ID5"
    assert code_key("Code") is None
    assert code_key("1") is None


def test_missing_row_is_an_error(tmp_path: Path) -> None:
    def drop(book: Workbook) -> None:
        sheet = book["Indicatoren"]
        sheet.delete_rows(wb.find_row(sheet, "I12"))

    result = read(wb.write_filled(tmp_path / "r.xlsx", edit=drop))
    issue = only_issue(result, "I12")
    assert (
        issue.message
        == "Rij met code I12 (Arbeidsongevallen) niet gevonden in kolom A van tabblad 'Indicatoren'."
    )
    assert issue.sheet == "Indicatoren" and issue.cell is None


def test_duplicate_rows_must_agree(tmp_path: Path) -> None:
    def duplicate(book: Workbook, value: Any) -> None:
        sheet = book["Indicatoren"]
        sheet["A40"], sheet["D40"] = "I04", value

    same = read(wb.write_filled(tmp_path / "a.xlsx", edit=lambda b: duplicate(b, 30)))
    assert_accepted(same)
    different = read(wb.write_filled(tmp_path / "b.xlsx", edit=lambda b: duplicate(b, 31)))
    assert "komt meer dan eens voor" in only_issue(different, "I04").message


def test_unknown_code_is_a_warning(tmp_path: Path) -> None:
    def extra_row(book: Workbook) -> None:
        book["Indicatoren"]["A30"], book["Indicatoren"]["D30"] = "I18", 5

    result = read(wb.write_filled(tmp_path / "r.xlsx", edit=extra_row))
    assert_accepted(result)
    assert any("Onbekende code 'I18' in A30" in m for m in messages(result, severity="warning"))


def test_answer_in_the_wrong_column_gets_a_hint(tmp_path: Path) -> None:
    def shift(book: Workbook) -> None:
        book["Indicatoren"]["D16"] = None  # I12
        book["Indicatoren"]["E16"] = 2

    result = read(wb.write_filled(tmp_path / "r.xlsx", edit=shift))
    assert only_issue(result, "I12").message.startswith("Verplicht veld is leeg")
    assert "het antwoord hoort in kolom D" in only_issue(result, "I12", "warning").message


# --- content checks --------------------------------------------------------------------------


def test_blank_template_lists_every_mandatory_field(tmp_path: Path) -> None:
    result = read(wb.write_blank(tmp_path / "blank.xlsx"))
    assert not result.accepted
    codes = {i.code for i in result.errors}
    assert codes == {c for c in wb.GOOD_VALUES if c not in ("ID03", "ID08", "I13")}
    assert only_issue(result, "I05").message == "Verplicht veld is leeg: verwacht een bedrag in euro."


def test_text_in_a_number_cell(tmp_path: Path) -> None:
    result = read(wb.write_filled(tmp_path / "r.xlsx", I04="dertig"))
    issue = only_issue(result, "I04")
    assert issue.message == "Verwacht een geheel getal (personen); gevonden 'dertig'."
    assert (issue.sheet, issue.cell) == ("Indicatoren", "D8")


def test_fraction_in_an_integer_cell(tmp_path: Path) -> None:
    result = read(wb.write_filled(tmp_path / "r.xlsx", I04=30.5))
    assert only_issue(result, "I04").message == "Verwacht een geheel getal (personen), gevonden 30,5."


def test_ranges(tmp_path: Path) -> None:
    result = read(wb.write_filled(tmp_path / "r.xlsx", I11=120, I06=-5))
    assert only_issue(result, "I11").message == "Waarde 120 % is te groot: verwacht hoogstens 100 %."
    assert only_issue(result, "I06").message == "Waarde -5 EUR is te klein: verwacht minstens 0 EUR."


def test_total_fte_below_target_group_fte(tmp_path: Path) -> None:
    result = read(wb.write_filled(tmp_path / "r.xlsx", I01=30, I02=25, I03=100))
    assert only_issue(result, "I02").message == "I02 (25) is kleiner dan I01 (30): verwacht I02 ≥ I01."


def test_share_within_one_point_is_fine(tmp_path: Path) -> None:
    assert read(wb.write_filled(tmp_path / "a.xlsx", I03=64.7)).accepted
    result = read(wb.write_filled(tmp_path / "b.xlsx", I03=65))
    assert "verwacht 63,8 % ± 1 procentpunt" in only_issue(result, "I03").message


def test_mw1_label_conditions_are_warnings(tmp_path: Path) -> None:
    result = read(wb.write_filled(tmp_path / "r.xlsx", I01=15, I02=30, I03=50))
    assert_accepted(result)
    assert only_issue(result, "I01", "warning").rule_id == "MW-1"
    assert "minstens 55 %" in only_issue(result, "I03", "warning").message


def test_mw1_share_before_july_2023_is_65_percent(tmp_path: Path) -> None:
    result = read(
        wb.write_filled(tmp_path / "r.xlsx", "2024", ID05=2022, I01=24, I02=40, I03=60),
        reference_date=date(2023, 5, 1),
    )
    assert_accepted(result)
    assert "minstens 65 %" in only_issue(result, "I03", "warning").message


def test_negative_equity_flags_mw3(tmp_path: Path) -> None:
    result = read(wb.write_filled(tmp_path / "r.xlsx", I08="-12.500"))
    assert_accepted(result)
    assert result.flags == ("MW-3",)
    assert only_issue(result, "I08", "warning").rule_id == "MW-3"


def test_short_descriptor_and_bad_email(tmp_path: Path) -> None:
    result = read(wb.write_filled(tmp_path / "r.xlsx", D03="Zie vorig jaar.", ID07="an.peeters(at)debrug.be"))
    assert only_issue(result, "D03").message == "Tekst is te kort: verwacht minstens 20 tekens, gevonden 15."
    assert "e-mailadres" in only_issue(result, "ID07").message


def test_enterprise_number_failing_mod97(tmp_path: Path) -> None:
    result = read(wb.write_filled(tmp_path / "r.xlsx", ID01=wb.BAD_ORG))
    issue = only_issue(result, "ID01")
    assert "controlegetal" in issue.message and issue.cell == "D5"
    assert result.organisation is None


def test_expected_organisation(tmp_path: Path) -> None:
    path = wb.write_filled(tmp_path / "r.xlsx")
    assert_accepted(read(path, expected_org="BE 0428.759.497"))
    result = read(path, expected_org=wb.OTHER_ORG)
    assert only_issue(result, "ID01").message == (
        "Ondernemingsnummer 0428.759.497 komt niet overeen met de organisatie 0403.170.701 waaronder het "
        "verslag wordt ingediend."
    )
    with pytest.raises(IdentifierError):
        read(path, expected_org="123")


def test_years(tmp_path: Path) -> None:
    path = wb.write_filled(tmp_path / "r.xlsx")
    assert (
        "verschilt van het verwachte verslagjaar 2024"
        in only_issue(read(path, expected_year=2024), "ID05").message
    )
    assert "nog niet afgelopen" in only_issue(read(path, reference_date=date(2025, 12, 1)), "ID05").message
    result = read(wb.write_filled(tmp_path / "old.xlsx", ID05=1999))
    assert messages(result, "ID05") == ["Waarde 1999 is te klein: verwacht minstens 2015."]


def test_2024_template_cannot_serve_report_year_2025(tmp_path: Path) -> None:
    result = read(wb.write_filled(tmp_path / "r.xlsx", "2024", ID05=2025))
    assert "vraagt een nieuwer sjabloon" in only_issue(result, "ID05").message


def test_late_submission_is_a_warning(tmp_path: Path) -> None:
    path = wb.write_filled(tmp_path / "r.xlsx")
    assert read(path, reference_date=date(2026, 7, 31)).warnings == ()
    late = read(path, reference_date=date(2026, 8, 1))
    assert_accepted(late)
    issue = only_issue(late, "ID05", "warning")
    assert issue.rule_id == "MW-2" and "na de uiterste datum 31/07/2026" in issue.message


def test_unknown_template_version(tmp_path: Path) -> None:
    def version(book: Workbook) -> None:
        book["Identificatie"]["F1"] = "duurzaamheidsverslag-2019"

    result = read(wb.write_filled(tmp_path / "r.xlsx", edit=version))
    assert [i.to_dict() for i in result.errors] == [
        {
            "severity": "error",
            "sheet": "Identificatie",
            "cell": "F1",
            "code": None,
            "rule": None,
            "message": "Onbekende sjabloonversie 'duurzaamheidsverslag-2019' in Identificatie!F1: verwacht één "
            "van: duurzaamheidsverslag-2024, duurzaamheidsverslag-2025.",
        }
    ]
    assert result.template_version is None and result.values == {}


def test_missing_template_version(tmp_path: Path) -> None:
    def version(book: Workbook) -> None:
        book["Identificatie"]["F1"] = None

    result = read(wb.write_filled(tmp_path / "r.xlsx", edit=version))
    assert messages(result)[0].startswith("Sjabloonversie niet gevonden")


def test_version_cell_decides_the_definition(tmp_path: Path) -> None:
    """A 2024 workbook relabelled as 2025 misses the 2025 rows."""

    def version(book: Workbook) -> None:
        book["Identificatie"]["F1"] = "duurzaamheidsverslag-2025"

    result = read(wb.write_filled(tmp_path / "r.xlsx", "2024", ID05=2025, edit=version))
    assert result.template_version == "duurzaamheidsverslag-2025"
    assert {i.code for i in result.errors} == {"I16", "I17", "D06"}


def test_nothing_is_written_next_to_the_file(tmp_path: Path) -> None:
    path = wb.write_filled(tmp_path / "r.xlsx")
    before = sorted(p.name for p in tmp_path.iterdir())
    read(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
