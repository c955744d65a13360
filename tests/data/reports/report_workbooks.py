"""Generators for sustainability-report test workbooks, written into tmp_path by the tests.

Clean workbooks come from the program's own writer (documents/report_workbook.py) and are
filled in with openpyxl, the way a person would in Excel. Hostile files are built byte by byte
(zip bombs, a billion-laughs sheet, a million-row sheet streamed into the zip, a minimal OLE2
compound file with an EncryptionInfo stream, ...). No binary file is committed.
"""

from __future__ import annotations

import os
import re
import struct
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from wsedesk.documents.report_workbook import write_blank_report
from wsedesk.importers.report_template import load_template

ORG = "0428759497"  # a valid KBO number (mod-97)
OTHER_ORG = "0403170701"
BAD_ORG = "0428.759.498"  # fails mod-97

#: What every result's JSON (`ReportReadResult.to_dict`, `wsedesk report check --json`) holds.
RESULT_FIELDS = {"file", "status", "template_version", "organisation", "year", "values", "errors", "warnings"}
DESCRIPTOR = "Wij werken aan duurzame tewerkstelling van doelgroepwerknemers."

GOOD_VALUES: dict[str, Any] = {
    "ID01": "0428.759.497",
    "ID02": "Maatwerk De Brug vzw",
    "ID03": None,
    "ID04": "maatwerkbedrijf",
    "ID05": 2025,
    "ID06": "An Peeters",
    "ID07": "an.peeters@debrug.be",
    "ID08": None,
    "I01": 25.5,
    "I02": 40,
    "I03": 63.75,
    "I04": 30,
    "I05": 1234567.89,
    "I06": 900000,
    "I07": -1000,
    "I08": 250000,
    "I09": 12.5,
    "I10": 3,
    "I11": 7.5,
    "I12": 2,
    "I13": 0,
    "I14": "ja",
    "I15": "ja",
    "I16": 2,
    "I17": 4,
    "D01": DESCRIPTOR,
    "D02": DESCRIPTOR,
    "D03": DESCRIPTOR,
    "D04": DESCRIPTOR,
    "D05": DESCRIPTOR,
    "D06": DESCRIPTOR,
}
CODES_2024_ABSENT = ("I16", "I17", "D06")


def good_values(version: str = "2025", **overrides: Any) -> dict[str, Any]:
    values = dict(GOOD_VALUES)
    if version.endswith("2024"):
        for code in CODES_2024_ABSENT:
            values.pop(code)
        values["ID05"] = 2024
    values.update(overrides)
    return values


def write_blank(path: Path, version: str = "2025") -> Path:
    write_blank_report(load_template(version), path)
    return path


def write_filled(
    path: Path,
    version: str = "2025",
    values: Mapping[str, Any] | None = None,
    *,
    edit: Callable[[Workbook], None] | None = None,
    **overrides: Any,
) -> Path:
    """The blank template of `version`, filled in column D by code; `edit` may then change anything."""
    write_blank(path, version)
    data = dict(values) if values is not None else good_values(version)
    data.update(overrides)
    workbook = load_workbook(path)
    for sheet in workbook.worksheets:
        for (code_cell,) in sheet.iter_rows(min_col=1, max_col=1):
            code = code_cell.value
            if isinstance(code, str) and code in data:
                sheet.cell(row=code_cell.row, column=4, value=data[code])
    if edit is not None:
        edit(workbook)
    workbook.save(path)
    return path


def find_row(sheet: Any, code: str) -> int:
    for (cell,) in sheet.iter_rows(min_col=1, max_col=1):
        if isinstance(cell.value, str) and cell.value.strip().upper() == code:
            return int(cell.row)
    raise KeyError(code)


# --- zip surgery --------------------------------------------------------------------------------


def rewrite_zip(
    path: Path, transform: Callable[[str, bytes], bytes | None], *, add: Mapping[str, bytes] = {}
) -> Path:
    """Rewrite every entry through `transform(name, data)` (None drops it), then add entries."""
    source = path.read_bytes()
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(_bytes_io(source)) as old, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = transform(info.filename, old.read(info.filename))
            if data is not None:
                new.writestr(info.filename, data)
        for name, data in add.items():
            new.writestr(name, data)
    os.replace(tmp, path)
    return path


def sheet_part(path: Path, sheet_name: str) -> str:
    """The zip member of `sheet_name` in a workbook written by openpyxl (sheetN.xml in order)."""
    with zipfile.ZipFile(path) as archive:
        names = load_workbook(path, read_only=True).sheetnames
        index = names.index(sheet_name) + 1
        member = f"xl/worksheets/sheet{index}.xml"
        assert member in archive.namelist()
        return member


def set_cached_value(path: Path, sheet_name: str, ref: str, value: str | None, *, text: bool = False) -> Path:
    """Give the formula in `ref` a cached value (`<v>`), as Excel or LibreOffice would save it.

    openpyxl saves formulas with an empty `<v />`; value None leaves it so (no cached value).
    """
    member = sheet_part(path, sheet_name)

    def transform(name: str, data: bytes) -> bytes:
        if name != member or value is None:
            return data
        pattern = re.compile(rb'<c r="' + ref.encode() + rb'"([^>]*)><f>(.*?)</f><v\s*/>')
        attrs_extra = b' t="str"' if text else b""
        new, count = pattern.subn(
            lambda m: (
                b'<c r="'
                + ref.encode()
                + b'"'
                + m.group(1)
                + attrs_extra
                + b"><f>"
                + m.group(2)
                + b"</f><v>"
                + value.encode()
                + b"</v>"
            ),
            data,
        )
        assert count == 1, f"no formula cell {ref} in {member}"
        return new

    return rewrite_zip(path, transform)


def _bytes_io(data: bytes) -> Any:
    import io

    return io.BytesIO(data)


# --- hostile files --------------------------------------------------------------------------------


def write_zip_bomb(path: Path, *, megabytes: int = 150, member: str = "xl/worksheets/sheet1.xml") -> Path:
    """A zip whose one part inflates to `megabytes` MB of zeros (ratio ~1000:1), streamed."""
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        with archive.open(member, "w", force_zip64=True) as part:
            for _ in range(megabytes):
                part.write(chunk)
    return path


def write_lying_zip_bomb(path: Path, good: Path) -> Path:
    """A real workbook whose sheet part inflates to 50 MB while the directory claims 2 KB."""
    member = sheet_part(good, "Indicatoren")
    padding = b"<!--" + b" " * (50 * 1024 * 1024) + b"-->"

    def transform(name: str, data: bytes) -> bytes:
        return data.replace(b"</worksheet>", padding + b"</worksheet>") if name == member else data

    path.write_bytes(good.read_bytes())
    rewrite_zip(path, transform)
    raw = bytearray(path.read_bytes())
    name = member.encode()
    offset = raw.find(b"PK\x01\x02")
    while offset != -1:
        name_length = struct.unpack_from("<H", raw, offset + 28)[0]
        if bytes(raw[offset + 46 : offset + 46 + name_length]) == name:
            struct.pack_into("<I", raw, offset + 24, 2048)  # uncompressed size
            break
        offset = raw.find(b"PK\x01\x02", offset + 4)
    assert offset != -1, "central directory entry not found"
    path.write_bytes(bytes(raw))
    return path


BILLION_LAUGHS = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE worksheet [\n <!ENTITY lol "lol">\n'
    + b"".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'.encode()
        for i in range(1, 10)
    )
    + b']>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
)


def write_billion_laughs(path: Path, good: Path, sheet_name: str = "Indicatoren") -> Path:
    member = sheet_part(good, sheet_name)
    path.write_bytes(good.read_bytes())
    return rewrite_zip(path, lambda name, data: BILLION_LAUGHS if name == member else data)


def write_million_rows(
    path: Path, good: Path, *, rows: int = 1_000_000, sheet_name: str = "Indicatoren"
) -> Path:
    """Replace a sheet by one with `rows` rows, streamed into the zip (never held in memory)."""
    member = sheet_part(good, sheet_name)
    with zipfile.ZipFile(good) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename != member:
                new.writestr(info.filename, old.read(info.filename))
                continue
            with new.open(member, "w", force_zip64=True) as part:
                part.write(
                    b'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet '
                    b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                )
                batch: list[str] = []
                for r in range(1, rows + 1):
                    batch.append(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>')
                    if len(batch) == 10_000:
                        part.write("".join(batch).encode())
                        batch.clear()
                part.write("".join(batch).encode())
                part.write(b"</sheetData></worksheet>")
    return path


def write_corrupt_zip(path: Path, good: Path) -> Path:
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # the central directory at the end is gone
    return path


def write_bad_crc(path: Path, good: Path) -> Path:
    """A zip whose directory is intact but one part's bytes are damaged."""
    path.write_bytes(good.read_bytes())
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/workbook.xml")
    # The data starts after the 30-byte local header, the name and the extra field.
    name_length, extra_length = struct.unpack_from("<HH", raw, info.header_offset + 26)
    start = info.header_offset + 30 + name_length + extra_length
    for i in range(start + 5, start + 25):
        raw[i] ^= 0x5A
    path.write_bytes(bytes(raw))
    return path


def write_xlsm(path: Path, good: Path) -> Path:
    """The good workbook turned into a macro-enabled one with a vbaProject.bin part."""
    path.write_bytes(good.read_bytes())

    def transform(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            data = data.replace(
                b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            )
            return data.replace(
                b"</Types>",
                b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
            )
        if name == "xl/_rels/workbook.xml.rels":
            return data.replace(
                b"</Relationships>",
                b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject"'
                b' Target="vbaProject.bin"/></Relationships>',
            )
        return data

    vba = build_compound_file(
        {"VBA": b'Attribute VB_Name = "Module1"\r\nSub AutoOpen()\r\nShell "calc"\r\nEnd Sub\r\n'}
    )
    return rewrite_zip(path, transform, add={"xl/vbaProject.bin": vba})


# --- OLE2 / compound files (MS-CFB), minimal but valid ---------------------------------------------

FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def build_compound_file(streams: Mapping[str, bytes]) -> bytes:
    """A version-3 compound file (512-byte sectors) holding `streams` in the root storage.

    Streams are padded to 4096 bytes so they live in regular sectors (no mini stream needed).
    Siblings form a chain of right children, ordered as MS-CFB compares names (length, then
    upper case), which is a valid (all-black) red-black tree for a handful of entries.
    """
    sector = 512
    names = sorted(streams, key=lambda n: (len(n), n.upper()))
    assert len(names) <= 3, "one directory sector holds the root and three streams"
    blobs = [streams[n].ljust(4096, b"\0") for n in names]
    sizes = [max(len(streams[n]), 4096) for n in names]
    # Sector 0: the FAT; sector 1: the directory; then each stream's sectors in turn.
    fat = [FATSECT, ENDOFCHAIN]
    starts = []
    for blob in blobs:
        count = len(blob) // sector + (1 if len(blob) % sector else 0)
        first = len(fat)
        starts.append(first)
        fat.extend(range(first + 1, first + count))
        fat.append(ENDOFCHAIN)
    assert len(fat) <= sector // 4
    fat.extend([FREESECT] * (sector // 4 - len(fat)))

    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x003E, 0x0003, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 0x28, 0, 1, 1, 0, 4096, ENDOFCHAIN, 0, ENDOFCHAIN, 0)
    difat = [0] + [FREESECT] * 108
    struct.pack_into("<109I", header, 0x4C, *difat)

    def entry(name: str, kind: int, left: int, right: int, child: int, start: int, size: int) -> bytes:
        raw = bytearray(128)
        encoded = name.encode("utf-16-le")
        raw[0 : len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 0x40, len(encoded) + 2, kind, 1)
        struct.pack_into("<III", raw, 0x44, left, right, child)
        struct.pack_into("<IQ", raw, 0x74, start, size)
        return bytes(raw)

    directory = bytearray(entry("Root Entry", 5, NOSTREAM, NOSTREAM, 1 if names else NOSTREAM, ENDOFCHAIN, 0))
    for i, name in enumerate(names, start=1):
        right = i + 1 if i < len(names) else NOSTREAM
        directory += entry(name, 2, NOSTREAM, right, NOSTREAM, starts[i - 1], sizes[i - 1])
    while len(directory) < sector:
        directory += entry("", 0, NOSTREAM, NOSTREAM, NOSTREAM, 0, 0)

    body = struct.pack(f"<{sector // 4}I", *fat) + bytes(directory)
    for blob in blobs:
        body += blob.ljust((len(blob) + sector - 1) // sector * sector, b"\0")
    return bytes(header) + body


AGILE_ENCRYPTION_INFO = (
    struct.pack("<HHI", 4, 4, 0x40)
    + b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption '
    b'xmlns="http://schemas.microsoft.com/office/2006/encryption" '
    b'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
    b'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
    b'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>'
    b'<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
    b'<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
    b'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" '
    b'saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></keyEncryptor></keyEncryptors></encryption>'
)


def write_encrypted(path: Path) -> Path:
    """What Excel writes for a workbook with a password to open: OLE2 with EncryptionInfo + EncryptedPackage."""
    package = struct.pack("<Q", 8192) + os.urandom(8192)
    path.write_bytes(
        build_compound_file({"EncryptionInfo": AGILE_ENCRYPTION_INFO, "EncryptedPackage": package})
    )
    return path


# BIFF8: a BOF record (type 0x0809, length 16, version 0x0600, workbook globals) and EOF.
BIFF8_BOF_EOF = struct.pack("<HHHHHHII", 0x0809, 16, 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 0x06) + struct.pack(
    "<HH", 0x000A, 0
)


def write_xls(path: Path) -> Path:
    path.write_bytes(build_compound_file({"Workbook": BIFF8_BOF_EOF}))
    return path


def write_png(path: Path) -> Path:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0\0\0\rIHDR" + os.urandom(64))
    return path


def write_text(path: Path) -> Path:
    path.write_text("code;waarde\nID01;0428.759.497\nI01;25,5\n", encoding="utf-8")
    return path


def write_ods(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    return path


def write_docx_like(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr("word/document.xml", "<w:document/>")
    return path


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/></Types>'
)


# --- the hostile corpus as a whole ------------------------------------------------------------------

HOSTILE_FILES: dict[str, Callable[[Path, Path], Path]] = {
    "zip-bom": lambda p, good: write_zip_bomb(p, megabytes=150),
    "liegende-zip-bom": write_lying_zip_bomb,
    "billion-laughs": write_billion_laughs,
    "miljoen-rijen": lambda p, good: write_million_rows(p, good),
    "beschadigde-zip": write_corrupt_zip,
    "crc-fout": write_bad_crc,
    "macro-xlsm": write_xlsm,
    "wachtwoord": lambda p, good: write_encrypted(p),
    "xls": lambda p, good: write_xls(p),
    "png": lambda p, good: write_png(p),
    "tekst": lambda p, good: write_text(p),
    "ods": lambda p, good: write_ods(p),
    "docx": lambda p, good: write_docx_like(p),
}


def hostile_corpus(folder: Path) -> dict[str, Path]:
    """Every hostile file kind above, written into `folder` from one good workbook (name → path)."""
    folder.mkdir(parents=True, exist_ok=True)
    good = write_filled(folder / "goed.xlsx")
    return {name: make(folder / f"{name}.xlsx", good) for name, make in HOSTILE_FILES.items()}
