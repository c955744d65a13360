"""The streaming reader gives exactly what read-only, values-only openpyxl gave (the reader it replaced).

Each case is a hand-made package exercising one thing spreadsheet programs write: shared strings
with rich text and phonetic runs, inline strings, numbers with date, time, duration and
percentage formats, the 1904 date system, booleans, error values, formulas with and without a
cached value, rows and cells without a reference, rows out of order, a cell written twice,
columns beyond H, merged cells, a chart sheet, renamed sheets, the row cap.
"""

from __future__ import annotations

import json
import warnings
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from tests.data.reports import report_workbooks as wb
from wsedesk.importers.xlsx_safety import DEFAULT_LIMITS, ReadLimits
from wsedesk.importers.xlsx_stream import TooManyRowsError, extract_workbook

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STYLES = (
    f'<styleSheet xmlns="{MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
    '<numFmt numFmtId="165" formatCode="0.0&quot;%&quot;"/></numFmts>'
    '<cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="9"/><xf numFmtId="164"/>'
    '<xf numFmtId="20"/><xf numFmtId="46"/><xf numFmtId="165"/><xf numFmtId="10"/></cellXfs></styleSheet>'
)
SHARED = (
    f'<sst xmlns="{MAIN}"><si><t>ID01</t></si><si><t xml:space="preserve"> Naam </t></si>'
    '<si><r><t>ja</t></r><r><rPr><b/></rPr><t>, zeker</t></r><rPh sb="0" eb="2"><t>JA</t></rPh></si>'
    "<si><t>a_x005F_x000D_b</t></si><si><t/></si></sst>"
)


def package(
    path: Path,
    sheets: Mapping[str, str],
    *,
    shared: str | None = SHARED,
    styles: str | None = STYLES,
    date1904: bool = False,
    chart_sheet: str | None = None,
) -> Path:
    """A minimal .xlsx: `sheets` maps a sheet name to the inside of its <sheetData> (or a whole part)."""
    overrides = [
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/>'
    ]
    sheet_elements, rels = [], []
    parts: dict[str, str] = {}
    for i, (name, body) in enumerate(sheets.items(), start=1):
        part = f"xl/worksheets/sheet{i}.xml"
        parts[part] = (
            body
            if body.startswith(("<worksheet", "<?xml"))
            else f'<worksheet xmlns="{MAIN}"><sheetData>{body}</sheetData></worksheet>'
        )
        sheet_elements.append(f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>')
        rels.append(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>')
    if chart_sheet:
        sheet_elements.append(f'<sheet name="{chart_sheet}" sheetId="99" r:id="rId99"/>')
        rels.append(f'<Relationship Id="rId99" Type="{REL}/chartsheet" Target="chartsheets/sheet1.xml"/>')
        parts["xl/chartsheets/sheet1.xml"] = f'<chartsheet xmlns="{MAIN}"/>'
    if shared is not None:
        parts["xl/sharedStrings.xml"] = shared
        overrides.append(
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sharedStrings+xml"/>'
        )
        rels.append(f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
    if styles is not None:
        parts["xl/styles.xml"] = styles
        rels.append(f'<Relationship Id="rIdT" Type="{REL}/styles" Target="styles.xml"/>')
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    parts["xl/workbook.xml"] = (
        f'<workbook xmlns="{MAIN}" xmlns:r="{REL}">{pr}<sheets>{"".join(sheet_elements)}</sheets></workbook>'
    )
    parts["xl/_rels/workbook.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels)
        + "</Relationships>"
    )
    parts["_rels/.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="r1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )
    parts["[Content_Types].xml"] = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        + "".join(overrides)
        + "</Types>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return path


# --- the reference: what the openpyxl-based reader returned ---------------------------------------


def openpyxl_reference(
    path: Path, sheet_names: list[str], limits: ReadLimits = DEFAULT_LIMITS
) -> dict[str, Any]:
    """The replaced extraction, kept here as the oracle (read-only, values only, then formulas)."""
    from datetime import date, datetime, time, timedelta

    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    from wsedesk.importers.report_template import sheet_key

    def raw(cell: Any) -> Any:
        value = cell.value
        if value is None:
            return None
        fmt = cell.number_format if isinstance(getattr(cell, "number_format", None), str) else None
        if isinstance(value, bool):
            return ["b", value, fmt]
        if isinstance(value, int | float):
            return ["n", value, fmt]
        if isinstance(value, datetime | date):
            return ["d", value.isoformat(), fmt]
        if isinstance(value, time):
            return ["t", value.isoformat(), fmt]
        if isinstance(value, timedelta):
            return ["n", value.total_seconds() / 86400, fmt]
        if getattr(cell, "data_type", None) == "e":
            return ["e", str(value), fmt]
        return ["s", str(value), fmt]

    wanted = {sheet_key(n) for n in sheet_names}
    letters = [get_column_letter(i) for i in range(1, limits.max_columns + 1)]
    sheets: list[dict[str, Any]] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = load_workbook(path, read_only=True, data_only=True)
        formulas_book = load_workbook(path, read_only=True, data_only=False)
        names = list(book.sheetnames)
        expected = [n for n in names if sheet_key(n) in wanted]
        missing = wanted - {sheet_key(n) for n in expected}
        others = [n for n in names if n not in expected][:20] if missing else []
        for name, strict in [(n, True) for n in expected] + [(n, False) for n in others]:
            sheet = book[name]
            if not hasattr(sheet, "iter_rows"):
                continue
            sheet.reset_dimensions()
            rows: dict[str, Any] = {}
            empty: set[str] = set()
            truncated = False
            for index, row in enumerate(sheet.iter_rows(min_row=1, max_col=limits.max_columns), start=1):
                if index > limits.max_rows_per_sheet:
                    if strict:
                        raise TooManyRowsError(name, limits.max_rows_per_sheet)
                    truncated = True
                    break
                cells = {}
                blanks = []
                for letter, cell in zip(letters, row, strict=False):
                    value = raw(cell)
                    if value is None:
                        blanks.append(letter)
                    else:
                        cells[letter] = value
                if cells:
                    rows[str(index)] = cells
                    empty.update(f"{letter}{index}" for letter in blanks)
            formulas = []
            if empty:
                other = formulas_book[name]
                other.reset_dimensions()
                last = max((int(r) for r in rows), default=0)
                for row in other.iter_rows(min_row=1, max_row=last, max_col=limits.max_columns):
                    for cell in row:
                        coordinate = getattr(cell, "coordinate", None)
                        if coordinate in empty and getattr(cell, "data_type", None) == "f":
                            formulas.append(coordinate)
            sheets.append(
                {
                    "name": name,
                    "expected": strict,
                    "truncated": truncated,
                    "rows": rows,
                    "formulas_without_value": formulas,
                }
            )
        book.close()
        formulas_book.close()
    return {"sheet_names": names, "sheets": sheets}


def streamed(path: Path, sheet_names: list[str], limits: ReadLimits = DEFAULT_LIMITS) -> dict[str, Any]:
    """The new reader's result as it crosses the process boundary (JSON), merges set apart."""
    result = json.loads(json.dumps(extract_workbook(str(path), sheet_names, limits)))
    for sheet in result["sheets"]:
        del sheet["merges"]
    return result


CASES: dict[str, dict[str, Any]] = {
    "shared and inline strings": {
        "sheets": {
            "Identificatie": '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
            '<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>'
            '<row r="2"><c r="A2" t="inlineStr"><is><t>ID02</t></is></c><c r="D2" t="inlineStr"><is><r><t>De </t>'
            '</r><r><t>Kring</t></r></is></c><c r="E2" t="inlineStr"/><c r="F2" t="str"><v>tekst</v></c></row>'
        }
    },
    "numbers and formats": {
        "sheets": {
            "Indicatoren": '<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3"><v>42</v></c><c r="C3" s="2"><v>0.55</v></c>'
            '<c r="D3" s="6"><v>55.5</v></c><c r="E3" s="7"><v>1.5E-1</v></c><c r="F3"><v>1e3</v></c>'
            '<c r="G3" s="1"><v>45658</v></c><c r="H3" s="3"><v>45658.5</v></c></row>'
            '<row r="4"><c r="A4" s="4"><v>0.75</v></c><c r="B4" s="5"><v>1.25</v></c><c r="C4" s="1"><v>30</v></c>'
            '<c r="D4" t="d"><v>2025-07-31T00:00:00</v></c><c r="E4" s="0"><v>7</v></c><c r="F4" s="1"><v>3000000</v></c></row>'
        }
    },
    "1904 dates": {
        "sheets": {"Indicatoren": '<row r="1"><c r="A1" s="1"><v>44000</v></c></row>'},
        "date1904": True,
    },
    "booleans, errors, formulas": {
        "sheets": {
            "Indicatoren": '<row r="5"><c r="A5" t="b"><v>1</v></c><c r="B5" t="b"><v>0</v></c>'
            '<c r="C5" t="e"><v>#DIV/0!</v></c><c r="D5"><f>B5*2</f><v>8</v></c><c r="E5"><f>1/0</f></c>'
            '<c r="F5" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="G5"><f t="shared" si="0"/><v></v></c></row>'
            '<row r="6"><c r="D6"><f>SUM(D1:D5)</f></c></row>'
        }
    },
    "missing references, order, duplicates, wide rows": {
        "sheets": {
            "Indicatoren": '<row><c><v>1</v></c><c><v>2</v></c></row><row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c>'
            '<c r="C4"><v>5</v></c></row><row r="3"><c r="A3"><v>9</v></c></row>'
            '<row r="7"><c r="H7"><v>8</v></c><c r="I7"><v>9</v></c><c r="AA7"><v>10</v></c></row><row r="9"/>'
            '<row r="10"><c r="A10" t="inlineStr"><is><t>  </t></is></c></row>'
        }
    },
    "renamed sheets and the fallback": {
        "sheets": {
            " identificatie ": '<row r="1"><c r="A1"><v>1</v></c></row>',
            "Blad 7": '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="D2"><v>12</v></c></row>',
        },
    },
    "no styles, no shared strings": {
        "sheets": {
            "Indicatoren": '<row r="1"><c r="A1"><v>2.5</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row>'
        },
        "shared": None,
        "styles": None,
    },
}


@pytest.mark.parametrize("case", list(CASES))
def test_the_stream_reads_what_openpyxl_read(tmp_path: Path, case: str) -> None:
    spec = CASES[case]
    path = package(
        tmp_path / "werkmap.xlsx",
        spec["sheets"],
        shared=spec.get("shared", SHARED),
        styles=spec.get("styles", STYLES),
        date1904=spec.get("date1904", False),
        chart_sheet=spec.get("chart_sheet"),
    )
    names = ["Identificatie", "Indicatoren"]
    assert streamed(path, names) == openpyxl_reference(path, names)


def test_a_template_workbook_reads_alike_and_its_merges_come_along(tmp_path: Path) -> None:
    path = wb.write_filled(
        tmp_path / "verslag.xlsx", "2025", edit=lambda book: book["Indicatoren"].merge_cells("B7:C7")
    )
    names = ["Identificatie", "Indicatoren", "Personeelslijst"]
    assert streamed(path, names) == openpyxl_reference(path, names)
    indicators = next(s for s in extract_workbook(str(path), names)["sheets"] if s["name"] == "Indicatoren")
    assert "B7:C7" in indicators["merges"]


def test_a_chart_sheet_is_listed_not_read_and_an_unknown_style_reads_as_general(tmp_path: Path) -> None:
    # openpyxl refused both (a chart sheet without its drawing, a style index past the list);
    # the stream is more forgiving, never less.
    path = package(
        tmp_path / "grafiek.xlsx",
        {"Blad1": '<row r="1"><c r="A1" s="99"><v>7</v></c></row>'},
        chart_sheet="Grafiek",
    )
    result = extract_workbook(str(path), ["Indicatoren"])
    assert result["sheet_names"] == ["Blad1", "Grafiek"]
    assert [s["name"] for s in result["sheets"]] == ["Blad1"]
    assert result["sheets"][0]["rows"] == {1: {"A": ("n", 7, "General")}}


def test_the_row_cap_stops_an_expected_sheet_and_truncates_another(tmp_path: Path) -> None:
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, 12))
    limits = ReadLimits(max_rows_per_sheet=10)
    path = package(tmp_path / "rijen.xlsx", {"Indicatoren": rows, "Andere": rows})
    with pytest.raises(TooManyRowsError) as refused:
        extract_workbook(str(path), ["Indicatoren"], limits)
    assert (refused.value.sheet, refused.value.limit) == ("Indicatoren", 10)
    renamed = package(tmp_path / "hernoemd.xlsx", {"Andere": rows})
    result = extract_workbook(str(renamed), ["Indicatoren"], limits)
    assert result["sheets"][0]["truncated"] is True and len(result["sheets"][0]["rows"]) == 10
    assert streamed(renamed, ["Indicatoren"], limits) == openpyxl_reference(renamed, ["Indicatoren"], limits)


@pytest.mark.parametrize(
    "prolog",
    [
        '<!DOCTYPE worksheet [<!ENTITY a "b">]>',
        '<!DOCTYPE worksheet SYSTEM "http://example.invalid/x.dtd">',
    ],
)
def test_a_dtd_is_refused_by_the_parser_itself(tmp_path: Path, prolog: str) -> None:
    from defusedxml import DefusedXmlException

    body = f'<?xml version="1.0"?>{prolog}<worksheet xmlns="{MAIN}"><sheetData/></worksheet>'
    path = package(tmp_path / "dtd.xlsx", {"Indicatoren": body})
    with pytest.raises(DefusedXmlException):
        extract_workbook(str(path), ["Indicatoren"])
