"""Hostile and broken files: each is refused with its documented message, in bounded time and memory.

These go through the real path: the safety checks, then the worker process with its limits.
"""

from __future__ import annotations

import io
import os
import time
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from tests.data.reports import report_workbooks as wb
from wsedesk.importers.report_reader import ReportReadResult, _worker_message, read_report
from wsedesk.importers.worker import WorkerError, run_isolated
from wsedesk.importers.xlsx_safety import (
    ReadLimits,
    UnsafeFileError,
    assert_defused_xml,
    describe_content,
    inspect_workbook_file,
    ole2_entry_names,
)
from wsedesk.importers.xlsx_stream import extract_workbook

RECEIVED = date(2026, 5, 1)
BOUND_SECONDS = 20.0  # generous: a hostile file must come back, not necessarily fast


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return wb.write_filled(tmp_path_factory.mktemp("good") / "good.xlsx")


@pytest.fixture(scope="module")
def million_rows(tmp_path_factory: pytest.TempPathFactory, good: Path) -> Path:
    return wb.write_million_rows(tmp_path_factory.mktemp("rows") / "rows.xlsx", good)


def rejected(path: Path, **kwargs: object) -> ReportReadResult:
    started = time.monotonic()
    result = read_report(path, reference_date=RECEIVED, **kwargs)  # type: ignore[arg-type]
    assert time.monotonic() - started < BOUND_SECONDS
    assert result.status == "rejected"
    assert len(result.errors) == 1, result.errors
    assert result.values == {} and result.organisation is None
    return result


def the_error(result: ReportReadResult) -> str:
    return result.errors[0].message


def test_openpyxl_uses_defusedxml() -> None:
    assert openpyxl.DEFUSEDXML is True
    assert_defused_xml()


def test_defusedxml_switched_off_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    with pytest.raises(RuntimeError, match="defusedxml"):
        assert_defused_xml()


def test_old_xls_is_not_supported(tmp_path: Path) -> None:
    result = rejected(wb.write_xls(tmp_path / "verslag.xls"))
    assert the_error(result).startswith(
        "Het oude Excel-formaat (.xls, Excel 97-2003) wordt niet ondersteund."
    )


def test_xls_renamed_to_xlsx_is_still_recognised(tmp_path: Path) -> None:
    assert "(.xls, Excel 97-2003)" in the_error(rejected(wb.write_xls(tmp_path / "verslag.xlsx")))


def test_password_protected_workbook(tmp_path: Path) -> None:
    path = wb.write_encrypted(tmp_path / "verslag.xlsx")
    with path.open("rb") as stream:
        assert ole2_entry_names(stream, path.stat().st_size) == [
            "Root Entry",
            "EncryptionInfo",
            "EncryptedPackage",
        ]
    assert the_error(rejected(path)).startswith("De werkmap is beveiligd met een wachtwoord (versleuteld)")


def test_ole2_signature_with_a_broken_directory_counts_as_xls(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(3000))
    assert "niet ondersteund" in the_error(rejected(path))


def test_zip_encrypted_entries(tmp_path: Path, good: Path) -> None:
    path = tmp_path / "z.xlsx"
    raw = bytearray(good.read_bytes())
    offset = raw.find(b"PK\x01\x02")
    while offset != -1:  # set the "encrypted" flag in every central directory entry
        raw[offset + 8] |= 0x01
        offset = raw.find(b"PK\x01\x02", offset + 4)
    path.write_bytes(bytes(raw))
    assert "zip-versleuteling" in the_error(rejected(path))


@pytest.mark.parametrize(
    ("writer", "expected"),
    [
        (wb.write_png, "Dit is geen Excel-werkmap (.xlsx): gevonden een PNG-afbeelding."),
        (wb.write_text, "Dit is geen Excel-werkmap (.xlsx): gevonden tekst (bv. CSV)."),
        (wb.write_docx_like, "Dit is geen Excel-werkmap (.xlsx): gevonden een Word-document (.docx)."),
    ],
)
def test_renamed_non_excel_files(tmp_path: Path, writer: object, expected: str) -> None:
    path = writer(tmp_path / "verslag.xlsx")  # type: ignore[operator]
    assert the_error(rejected(path)) == expected


def test_ods_is_named(tmp_path: Path) -> None:
    assert "OpenDocument-rekenblad (.ods)" in the_error(rejected(wb.write_ods(tmp_path / "v.xlsx")))


def test_other_zip(tmp_path: Path) -> None:
    path = tmp_path / "v.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hallo")
    assert the_error(rejected(path)) == "Dit is geen Excel-werkmap (.xlsx): gevonden een ander zip-archief."


def test_describe_content() -> None:
    assert describe_content(b"%PDF-1.7") == "een PDF-document"
    assert describe_content(b"<html><table>") == "een webpagina (HTML), geen echte Excel-werkmap"
    assert describe_content(b"\x00\x01\x02\x03" * 50) == "een onbekend binair bestandstype"


def test_empty_and_missing_files(tmp_path: Path) -> None:
    (tmp_path / "leeg.xlsx").write_bytes(b"")
    assert the_error(rejected(tmp_path / "leeg.xlsx")) == "Het bestand is leeg (0 bytes)."
    assert the_error(rejected(tmp_path / "weg.xlsx")) == "Bestand niet gevonden."


def test_file_size_cap(tmp_path: Path, good: Path) -> None:
    limits = ReadLimits(max_file_bytes=4096)
    message = the_error(rejected(good, limits=limits))
    assert message.startswith("Het bestand is te groot:")


def test_corrupt_zip(tmp_path: Path, good: Path) -> None:
    message = the_error(rejected(wb.write_corrupt_zip(tmp_path / "half.xlsx", good)))
    assert message.startswith("Het bestand is beschadigd of onvolledig")


def test_damaged_part(tmp_path: Path, good: Path) -> None:
    message = the_error(rejected(wb.write_bad_crc(tmp_path / "crc.xlsx", good)))
    assert message.startswith("Het bestand is beschadigd")


def test_zip_bomb_by_size(tmp_path: Path) -> None:
    message = the_error(rejected(wb.write_zip_bomb(tmp_path / "bomb.xlsx", megabytes=150)))
    assert "is uitgepakt 150 MB (hoogstens 100 MB)" in message and "zip-bom" in message


def test_zip_bomb_by_ratio(tmp_path: Path) -> None:
    message = the_error(rejected(wb.write_zip_bomb(tmp_path / "bomb.xlsx", megabytes=8)))
    assert "keer groter uit dan het gecomprimeerd is (hoogstens 100)" in message


def test_zip_bomb_by_entry_count(tmp_path: Path) -> None:
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for i in range(2001):
            archive.writestr(f"x/{i}.xml", "")
    assert "bevat 2001 onderdelen" in the_error(rejected(path))


def test_zip_bomb_with_lying_sizes(tmp_path: Path, good: Path) -> None:
    """The directory claims 2 KB; zipfile never inflates past that and the CRC then fails."""
    path = wb.write_lying_zip_bomb(tmp_path / "lying.xlsx", good)
    assert the_error(rejected(path)).startswith("Het bestand is beschadigd")


def test_billion_laughs_is_refused_before_parsing(tmp_path: Path, good: Path) -> None:
    path = wb.write_billion_laughs(tmp_path / "lol.xlsx", good)
    with pytest.raises(UnsafeFileError) as info:
        inspect_workbook_file(path)
    assert info.value.kind == "xml_dtd"
    assert "DTD of entiteiten (onderdeel xl/worksheets/sheet2.xml)" in the_error(rejected(path))


def test_billion_laughs_is_refused_by_defusedxml_in_the_worker_too(tmp_path: Path, good: Path) -> None:
    """Second line: even without the pre-check, the parser in the worker refuses entities."""
    path = wb.write_billion_laughs(tmp_path / "lol.xlsx", good)
    with pytest.raises(WorkerError) as info:
        run_isolated(extract_workbook, str(path), ["Indicatoren"], timeout=20, memory_bytes=1 << 30)
    assert info.value.exception_type is not None
    assert info.value.exception_type.startswith("defusedxml.")


def test_million_row_sheet_is_rejected_at_the_row_cap(million_rows: Path) -> None:
    path = million_rows
    assert path.stat().st_size < 20 * 1024 * 1024
    assert the_error(rejected(path)).startswith("Tabblad 'Indicatoren' telt meer dan 5000 rijen")


def test_million_rows_on_an_extra_sheet_are_not_read(tmp_path: Path) -> None:
    source = wb.write_filled(
        tmp_path / "src.xlsx", edit=lambda book: book.create_sheet("Personeelslijst").__setitem__("A1", 1)
    )
    path = wb.write_million_rows(tmp_path / "rows.xlsx", source, sheet_name="Personeelslijst")
    started = time.monotonic()
    result = read_report(path, reference_date=RECEIVED)
    assert time.monotonic() - started < BOUND_SECONDS
    assert result.accepted, result.errors


def test_xlsm_values_are_read_and_macros_ignored(tmp_path: Path, good: Path) -> None:
    path = wb.write_xlsm(tmp_path / "verslag.xlsm", good)
    with zipfile.ZipFile(path) as archive:
        assert "xl/vbaProject.bin" in archive.namelist()
    inspection = inspect_workbook_file(path)
    assert inspection.format == "xlsm" and inspection.has_macros
    result = read_report(path, reference_date=RECEIVED)
    assert result.accepted and result.has_macros
    assert [w.message for w in result.warnings] == [
        "De werkmap bevat macro's: die werden niet uitgevoerd en worden niet bewaard; enkel de waarden tellen."
    ]
    assert result.values["I01"] is not None


def test_extension_does_not_matter_content_does(tmp_path: Path, good: Path) -> None:
    path = tmp_path / "verslag.dat"
    path.write_bytes(good.read_bytes())
    assert read_report(path, reference_date=RECEIVED).accepted


# --- the worker's own bounds -----------------------------------------------------------------


def test_worker_returns_plain_data(good: Path) -> None:
    data = run_isolated(extract_workbook, str(good), ["Identificatie"], timeout=20, memory_bytes=1 << 30)
    sheet = data["sheets"][0]
    assert sheet["name"] == "Identificatie"
    assert sheet["rows"]["1"]["F"] == ["s", "duurzaamheidsverslag-2025", "General"]  # JSON: str keys, lists


def test_worker_wall_time_limit() -> None:
    started = time.monotonic()
    with pytest.raises(WorkerError) as info:
        run_isolated(time.sleep, 30, timeout=0.5)
    assert info.value.kind == "timeout"
    assert time.monotonic() - started < 5


def test_worker_memory_limit() -> None:
    with pytest.raises(WorkerError) as info:
        run_isolated(bytearray, 2 * 1024**3, timeout=20, memory_bytes=512 * 1024**2)
    assert info.value.kind == "memory"


def test_worker_crash_is_reported() -> None:
    with pytest.raises(WorkerError) as info:
        run_isolated(os.abort, timeout=20)
    assert info.value.kind == "crashed"


def test_worker_exception_crosses_as_data() -> None:
    with pytest.raises(WorkerError) as info:
        run_isolated(int, "geen getal", timeout=20)
    assert info.value.kind == "exception"
    assert info.value.exception_type == "builtins.ValueError"


def test_worker_failures_become_dutch_messages() -> None:
    limits = ReadLimits(timeout_seconds=7, memory_bytes=256 * 1024**2)
    assert _worker_message(WorkerError("timeout"), limits).startswith(
        "Het lezen van het bestand duurde langer dan 7 seconden en werd gestopt"
    )
    assert _worker_message(WorkerError("memory"), limits).startswith(
        "Het lezen van het bestand vroeg meer dan 256 MB geheugen en werd gestopt"
    )
    assert "onverwacht afgebroken" in _worker_message(WorkerError("crashed", "exit code -6"), limits)
    too_many = WorkerError("exception", "Indicatoren\t5000", "wsedesk.importers.worker.TooManyRowsError")
    assert _worker_message(too_many, limits).startswith("Tabblad 'Indicatoren' telt meer dan 5000 rijen")


def test_time_limit_applies_to_reading(million_rows: Path) -> None:
    path = million_rows
    no_cap = ReadLimits(max_rows_per_sheet=10_000_000, timeout_seconds=1.0)
    started = time.monotonic()
    message = the_error(rejected(path, limits=no_cap))
    assert time.monotonic() - started < 10
    assert message.startswith("Het lezen van het bestand duurde langer dan 1 seconden")


def test_inspection_reads_nothing_big(good: Path) -> None:
    inspection = inspect_workbook_file(good)
    assert inspection.format == "xlsx" and not inspection.has_macros
    assert inspection.size == good.stat().st_size
    with zipfile.ZipFile(io.BytesIO(good.read_bytes())) as archive:
        assert inspection.entries == len(archive.infolist())
