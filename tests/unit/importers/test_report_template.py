"""Template definitions (resources/report-templates/*.json) and the blank workbook written from them."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from wsedesk.documents.report_workbook import write_blank_report
from wsedesk.importers.report_template import (
    TemplateDefinitionError,
    UnknownTemplateVersionError,
    available_versions,
    latest_version,
    load_template,
    load_templates,
    normalise_version,
    parse_template,
    resolve_version,
    sheet_key,
    templates_dir,
)
from wsedesk.rules.reports import CheckKind, FieldType

SPEC_2025 = {
    "Identificatie": ["ID01", "ID02", "ID03", "ID04", "ID05", "ID06", "ID07", "ID08"],
    "Indicatoren": [f"I{n:02d}" for n in range(1, 18)],
    "Descriptoren": [f"D{n:02d}" for n in range(1, 7)],
}


def raw_2025() -> dict[str, Any]:
    return json.loads((templates_dir() / "duurzaamheidsverslag-2025.json").read_text(encoding="utf-8"))


def test_versions_are_listed_oldest_first() -> None:
    assert available_versions() == ["duurzaamheidsverslag-2024", "duurzaamheidsverslag-2025"]
    assert latest_version() == "duurzaamheidsverslag-2025"
    assert set(load_templates()) == set(available_versions())


@pytest.mark.parametrize("text", ["2025", "duurzaamheidsverslag-2025", " Duurzaamheidsverslag-2025 "])
def test_version_spellings(text: str) -> None:
    assert resolve_version(text) == "duurzaamheidsverslag-2025"
    assert load_template(text).version == "duurzaamheidsverslag-2025"


def test_unknown_version() -> None:
    with pytest.raises(UnknownTemplateVersionError, match="Onbekende sjabloonversie '2019'"):
        load_template("2019")
    assert normalise_version("2019") == "duurzaamheidsverslag-2019"


def test_2025_definition_matches_the_spec() -> None:
    template = load_template("2025")
    assert [s.name for s in template.sheets] == list(SPEC_2025)
    for sheet in template.sheets:
        assert [f.code for f in sheet.fields] == SPEC_2025[sheet.name]
    assert (template.version_sheet, template.version_cell) == ("Identificatie", "F1")
    assert template.field("ID01").type is FieldType.ENTERPRISE_NUMBER
    assert template.field("ID04").choices == ("maatwerkbedrijf", "maatwerkafdeling")
    assert template.field("I03").type is FieldType.PERCENTAGE
    assert (template.field("I03").minimum, template.field("I03").maximum) == (0, 100)
    assert template.field("I07").minimum is None  # may be negative
    assert [c.kind for c in template.field("I03").checks] == [CheckKind.SHARE_OF, CheckKind.MW1_SHARE]
    assert template.field("I08").checks[0].params["flag"] == "MW-3"
    optional = {f.code for f in template.fields() if not f.mandatory}
    assert optional == {"ID03", "ID08", "I13"}
    assert all(f.min_length == 20 for f in template.sheets[2].fields)


def test_2024_lacks_I16_I17_D06_and_ends_in_2024() -> None:
    old, new = load_template("2024"), load_template("2025")
    assert set(new.codes) - set(old.codes) == {"I16", "I17", "D06"}
    assert set(old.codes) < set(new.codes)
    assert old.last_report_year == 2024 and new.last_report_year is None


def test_sheet_key() -> None:
    assert sheet_key(" INDICATOREN ") == sheet_key("Indica toren") == "indicatoren"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format=2), "'format' moet 1 zijn"),
        (lambda d: d.update(version="2025"), "'version'"),
        (lambda d: d["sheets"][1]["fields"][0].update(type="getal"), "I01: onbekend type 'getal'"),
        (lambda d: d["sheets"][1]["fields"][1].update(code="I01"), "code I01 komt twee keer voor"),
        (
            lambda d: d["sheets"][1]["fields"][1]["checks"][0].update(field="I99"),
            "verwijst naar onbekende code I99",
        ),
        (lambda d: d["sheets"][1]["fields"][1]["checks"][0].update(check="groter_dan"), "onbekende controle"),
        (lambda d: d["sheets"][1]["fields"][1]["checks"][0].pop("field"), "mist parameter 'field'"),
        (lambda d: d["sheets"][0]["fields"][3].pop("choices"), "lijst 'choices'"),
        (lambda d: d["version_cell"].update(sheet="Elders"), "onbekend tabblad 'Elders'"),
        (lambda d: d["sheets"][1]["fields"][0].update(min="veel"), "'I01.min' moet een getal zijn"),
    ],
)
def test_broken_definitions_fail_on_load(change: Any, message: str) -> None:
    data = copy.deepcopy(raw_2025())
    change(data)
    with pytest.raises(TemplateDefinitionError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_template(data, source="test.json")


def test_a_definition_folder_can_be_passed(tmp_path: Path) -> None:
    data = raw_2025()
    data["version"] = "duurzaamheidsverslag-2026"
    (tmp_path / "duurzaamheidsverslag-2026.json").write_text(json.dumps(data), encoding="utf-8")
    assert available_versions(tmp_path) == ["duurzaamheidsverslag-2026"]
    assert load_template("2026", tmp_path).version == "duurzaamheidsverslag-2026"


def test_file_name_must_match_version(tmp_path: Path) -> None:
    (tmp_path / "duurzaamheidsverslag-2026.json").write_text(json.dumps(raw_2025()), encoding="utf-8")
    with pytest.raises(TemplateDefinitionError, match="bestandsnaam"):
        load_template("2026", tmp_path)


# --- the blank workbook --------------------------------------------------------------------------


@pytest.fixture(scope="module", params=["2024", "2025"])
def blank(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    path = tmp_path_factory.mktemp("blank") / f"blank-{request.param}.xlsx"
    write_blank_report(load_template(request.param), path)
    return request.param, path


def test_blank_has_codes_labels_hints_and_empty_answers(blank: tuple[str, Path]) -> None:
    version, path = blank
    template = load_template(version)
    book = load_workbook(path)
    assert book.sheetnames == [s.name for s in template.sheets]
    for spec in template.sheets:
        sheet = book[spec.name]
        rows = {
            sheet.cell(row=r, column=1).value: r
            for r in range(1, sheet.max_row + 1)
            if sheet.cell(row=r, column=1).value in template.codes
        }
        assert list(rows) == [f.code for f in spec.fields]
        for field in spec.fields:
            row = rows[field.code]
            assert sheet.cell(row=row, column=2).value.startswith(field.label)
            assert sheet.cell(row=row, column=4).value is None
        assert [sheet.cell(row=4, column=c).value for c in range(1, 5)] == [
            "Code",
            "Omschrijving",
            "Eenheid / toelichting",
            "Antwoord",
        ]


def test_blank_version_cell_is_hidden(blank: tuple[str, Path]) -> None:
    version, path = blank
    sheet = load_workbook(path)["Identificatie"]
    assert sheet["F1"].value == f"duurzaamheidsverslag-{version}"
    assert sheet.column_dimensions["F"].hidden is True


def test_blank_protection_locks_labels_and_unlocks_answers(blank: tuple[str, Path]) -> None:
    _, path = blank
    for sheet in load_workbook(path).worksheets:
        assert sheet.protection.sheet is True
        assert not sheet.protection.password  # documented: protection without a password
        answer, label = sheet["D5"], sheet["B5"]
        assert answer.protection.locked is False
        assert answer.fill.fgColor.rgb.endswith("FFF2CC")
        assert label.protection.locked is True
        assert sheet.column_dimensions["B"].width >= 40 and sheet.column_dimensions["D"].width >= 40


def test_blank_validations(blank: tuple[str, Path]) -> None:
    version, path = blank
    book = load_workbook(path)
    lists = {
        str(v.sqref): v.formula1
        for sheet in book.worksheets
        for v in sheet.data_validations.dataValidation
        if v.type == "list"
    }
    assert lists["D8"] == '"maatwerkbedrijf,maatwerkafdeling"'  # ID04
    yes_no = next(sqref for sqref, formula in lists.items() if formula == '"ja,nee"')
    assert set(yes_no.split()) == {"D18", "D19"}  # I14, I15
    year = [v for v in book["Identificatie"].data_validations.dataValidation if v.type == "whole"]
    assert str(year[0].sqref) == "D9"
    assert book["Identificatie"]["D5"].number_format == "@"  # the KBO number keeps its leading 0
    assert version in book.properties.subject
