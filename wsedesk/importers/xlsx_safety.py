"""Safety checks on an untrusted Excel file, done BEFORE any spreadsheet parser opens it.

What is checked, in order (each failure is an UnsafeFileError with a Dutch message):

1. size: an empty file, or one above `max_file_bytes`;
2. format, by content (never by extension): an OLE2 compound file is either an encrypted
   (password-protected) OOXML workbook — it has an `EncryptionInfo` stream — or an old binary
   `.xls`/`.doc`; PNG, PDF, HTML, text and other signatures are "not an Excel workbook";
3. the zip container: readable, not zip-encrypted, only stored/deflated entries, no duplicate
   names, entry count, each entry's and the total uncompressed size, and the compression ratio
   (zip bombs) — all from the central directory, nothing is inflated for this;
4. the package: an Office Open XML spreadsheet (`[Content_Types].xml` names a workbook part);
   `.ods`, `.xlsb`, `.docx`, `.pptx` are named and refused;
5. XML: no part may carry a DTD (`<!DOCTYPE`) — OOXML never needs one and entity expansion
   (billion laughs) lives there. The streaming reader's parser (`xlsx_stream`) refuses DTDs,
   entities and external references itself, a second line; should openpyxl ever read an
   untrusted file again, `assert_defused_xml` checks that it goes through defusedxml.

Python's zipfile never returns more bytes than an entry's declared size, so the declared sizes
checked here bound what the parser can inflate later.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from wsedesk.errors import BadInputError
from wsedesk.i18n import N_

KiB = 1024
MiB = 1024 * KiB
GiB = 1024 * MiB

OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")  # a local header, or an empty archive

RejectionKind = Literal[
    "missing",
    "empty",
    "too_large",
    "xls",
    "encrypted",
    "not_excel",
    "unsupported",
    "corrupt",
    "zip_bomb",
    "xml_dtd",
    "too_many_rows",
    "timeout",
    "memory",
]


@dataclass(frozen=True)
class ReadLimits:
    """Bounds on what an untrusted workbook may cost. The defaults are documented in docs/report-import.md."""

    max_file_bytes: int = 20 * MiB
    max_entries: int = 2000
    max_entry_bytes: int = 100 * MiB  # one part, uncompressed
    max_total_bytes: int = 200 * MiB  # all parts, uncompressed
    max_ratio: int = 100  # uncompressed / compressed, for parts above ratio_floor_bytes and overall
    ratio_floor_bytes: int = 1 * MiB
    max_shared_strings_bytes: int = 32 * MiB  # openpyxl holds all shared strings in memory
    max_styles_bytes: int = 16 * MiB
    prolog_scan_bytes: int = 64 * KiB  # how much of each XML part is scanned for a DTD
    max_rows_per_sheet: int = 5000  # a template sheet has ~30 rows
    max_columns: int = 8  # A..H are read; the template uses A..D and F
    timeout_seconds: float = 30.0  # wall time of the parsing worker
    memory_bytes: int = 1 * GiB  # address-space limit of the parsing worker (POSIX)


DEFAULT_LIMITS = ReadLimits()


class UnsafeFileError(BadInputError):
    """The file is refused before (or while) parsing; `kind` says why, the message says it in Dutch."""

    def __init__(self, kind: RejectionKind, message: str) -> None:
        self.kind = kind
        super().__init__(message)


@dataclass(frozen=True)
class FileInspection:
    """What the safety checks learned about an accepted file."""

    format: Literal["xlsx", "xlsm", "xltx", "xltm"]
    has_macros: bool
    entries: int
    uncompressed_bytes: int
    size: int


def assert_defused_xml() -> None:
    """Fail loudly unless openpyxl parses XML through defusedxml (entity expansion forbidden)."""
    import openpyxl
    from openpyxl.xml import functions

    if openpyxl.DEFUSEDXML is not True or not functions.iterparse.__module__.startswith("defusedxml"):
        raise RuntimeError(
            "openpyxl parses XML without defusedxml (is defusedxml installed and OPENPYXL_DEFUSEDXML "
            "unset?): refusing to read untrusted workbooks."
        )


def inspect_workbook_file(path: str | Path, limits: ReadLimits = DEFAULT_LIMITS) -> FileInspection:
    """Run every check above on `path`; return what was found or raise UnsafeFileError."""
    file = Path(path)
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        raise UnsafeFileError("missing", N_("Bestand niet gevonden.")) from None
    except OSError as exc:
        raise UnsafeFileError(
            "missing", N_("Bestand kan niet geopend worden: {e}.").format(e=exc.strerror)
        ) from None
    if not file.is_file():
        raise UnsafeFileError("missing", N_("Dit is geen bestand (een map?)."))
    if size == 0:
        raise UnsafeFileError("empty", N_("Het bestand is leeg (0 bytes)."))
    if size > limits.max_file_bytes:
        raise UnsafeFileError(
            "too_large",
            N_("Het bestand is te groot: {s} MB, toegestaan is hoogstens {m} MB.").format(
                s=_mb(size), m=_mb(limits.max_file_bytes)
            ),
        )
    with file.open("rb") as stream:
        head = stream.read(4096)
        if head.startswith(OLE2_SIGNATURE):
            raise _ole2_rejection(stream, size)
        if not head.startswith(ZIP_SIGNATURES):
            raise UnsafeFileError(
                "not_excel",
                N_("Dit is geen Excel-werkmap (.xlsx): gevonden {w}.").format(w=describe_content(head)),
            )
        return _inspect_zip(stream, size, limits)


def describe_content(head: bytes) -> str:
    """A Dutch description of what a non-Excel file looks like, from its first bytes."""
    signatures: tuple[tuple[bytes, str], ...] = (
        (b"\x89PNG\r\n\x1a\n", N_("een PNG-afbeelding")),
        (b"\xff\xd8\xff", N_("een JPEG-afbeelding")),
        (b"GIF8", N_("een GIF-afbeelding")),
        (b"%PDF", N_("een PDF-document")),
        (b"{\\rtf", N_("een RTF-document")),
        (b"Rar!", N_("een RAR-archief")),
        (b"7z\xbc\xaf", N_("een 7-Zip-archief")),
        (b"\x1f\x8b", N_("een gzip-archief")),
        (b"MZ", N_("een programma (.exe)")),
    )
    for signature, what in signatures:
        if head.startswith(signature):
            return what
    text = _as_text(head)
    if text is None:
        return N_("een onbekend binair bestandstype")
    lowered = text.lstrip().lower()
    if lowered.startswith(("<!doctype html", "<html")) or "<table" in lowered:
        return N_("een webpagina (HTML), geen echte Excel-werkmap")
    if lowered.startswith("<?xml") and "urn:schemas-microsoft-com:office:spreadsheet" in lowered:
        return N_("een XML-werkblad uit Excel 2003")
    if lowered.startswith("<?xml") or lowered.startswith("<"):
        return N_("een XML-bestand")
    return N_("tekst (bv. CSV)")


# --- OLE2 (compound file): .xls, .doc, and password-protected OOXML ---------------------------


def _ole2_rejection(stream: BinaryIO, size: int) -> UnsafeFileError:
    try:
        names = ole2_entry_names(stream, size)
    except ValueError:
        names = []
    lowered = {n.lower() for n in names}
    if "encryptioninfo" in lowered or "encryptedpackage" in lowered:
        return UnsafeFileError(
            "encrypted",
            N_(
                "De werkmap is beveiligd met een wachtwoord (versleuteld): zo kan ze niet gelezen worden. "
                "Verwijder het wachtwoord (Bestand > Info > Werkmap beveiligen) en bezorg ze opnieuw."
            ),
        )
    if "worddocument" in lowered:
        return UnsafeFileError(
            "not_excel", N_("Dit is geen Excel-werkmap (.xlsx): gevonden een Word-document (.doc).")
        )
    return UnsafeFileError(
        "xls",
        N_(
            "Het oude Excel-formaat (.xls, Excel 97-2003) wordt niet ondersteund. Open het bestand in "
            "Excel of LibreOffice en sla het op als Excel-werkmap (.xlsx)."
        ),
    )


def ole2_entry_names(stream: BinaryIO, size: int, *, max_entries: int = 4096) -> list[str]:
    """Names of the storages and streams in a compound file (MS-CFB), bounded; ValueError if malformed."""
    stream.seek(0)
    header = stream.read(512)
    if len(header) < 512 or not header.startswith(OLE2_SIGNATURE):
        raise ValueError("not a compound file")
    sector_shift = struct.unpack_from("<H", header, 0x1E)[0]
    if sector_shift not in (9, 12):
        raise ValueError("bad sector size")
    sector_size = 1 << sector_shift
    num_fat_sectors, first_dir_sector = struct.unpack_from("<II", header, 0x2C)
    first_difat, num_difat = struct.unpack_from("<II", header, 0x44)
    max_sector = size // sector_size + 1
    if num_fat_sectors > max_sector:
        raise ValueError("FAT too large")

    def read_sector(sector: int) -> bytes:
        if sector >= max_sector:
            raise ValueError("sector out of range")
        stream.seek((sector + 1) * sector_size)
        data = stream.read(sector_size)
        if len(data) != sector_size:
            raise ValueError("truncated sector")
        return data

    fat_sectors = [s for s in struct.unpack_from("<109I", header, 0x4C) if s < 0xFFFFFFFA]
    difat_sector, seen = first_difat, 0
    while difat_sector < 0xFFFFFFFA and seen < min(num_difat, max_sector):
        data = read_sector(difat_sector)
        ids = struct.unpack(f"<{sector_size // 4}I", data)
        fat_sectors.extend(s for s in ids[:-1] if s < 0xFFFFFFFA)
        difat_sector, seen = ids[-1], seen + 1
    fat: list[int] = []
    for sector in fat_sectors[:num_fat_sectors]:
        fat.extend(struct.unpack(f"<{sector_size // 4}I", read_sector(sector)))

    names: list[str] = []
    sector, visited = first_dir_sector, set()
    while sector < 0xFFFFFFFA:
        if sector in visited or len(names) >= max_entries:
            raise ValueError("directory chain loops or is too long")
        visited.add(sector)
        data = read_sector(sector)
        for offset in range(0, sector_size, 128):
            entry = data[offset : offset + 128]
            name_length = struct.unpack_from("<H", entry, 0x40)[0]
            object_type = entry[0x42]
            if object_type in (1, 2, 5) and 2 <= name_length <= 64:
                names.append(entry[: name_length - 2].decode("utf-16-le", errors="replace"))
        if sector >= len(fat):
            raise ValueError("directory sector outside the FAT")
        sector = fat[sector]
    return names


# --- zip -------------------------------------------------------------------------------------

_MAIN_CONTENT_TYPES: dict[str, Literal["xlsx", "xlsm", "xltx", "xltm"]] = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
    "application/vnd.ms-excel.sheet.macroenabled.main+xml": "xlsm",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": "xltx",
    "application/vnd.ms-excel.template.macroenabled.main+xml": "xltm",
}
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def _inspect_zip(stream: BinaryIO, size: int, limits: ReadLimits) -> FileInspection:
    stream.seek(0)
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise _corrupt(exc) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_entries:
            raise UnsafeFileError(
                "zip_bomb",
                N_("Het bestand bevat {n} onderdelen; een werkmap heeft er hoogstens {m}.").format(
                    n=len(infos), m=limits.max_entries
                ),
            )
        total = compressed = 0
        names: set[str] = set()
        for info in infos:
            if info.filename in names:
                raise _corrupt(ValueError(f"duplicate entry {info.filename}"))
            names.add(info.filename)
            if info.flag_bits & 0x1:
                raise UnsafeFileError(
                    "encrypted",
                    N_(
                        "Het bestand is met een wachtwoord versleuteld (zip-versleuteling): zo kan het niet gelezen worden."
                    ),
                )
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise UnsafeFileError(
                    "unsupported",
                    N_("Het bestand gebruikt een compressiemethode die een Excel-werkmap nooit gebruikt."),
                )
            if info.file_size > limits.max_entry_bytes:
                raise _bomb(
                    N_("onderdeel {n} is uitgepakt {s} MB (hoogstens {m} MB)").format(
                        n=info.filename, s=_mb(info.file_size), m=_mb(limits.max_entry_bytes)
                    )
                )
            if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(
                info.compress_size, 1
            ):
                raise _bomb(
                    N_(
                        "onderdeel {n} pakt {r} keer groter uit dan het gecomprimeerd is (hoogstens {m})"
                    ).format(
                        n=info.filename, r=info.file_size // max(info.compress_size, 1), m=limits.max_ratio
                    )
                )
            total += info.file_size
            compressed += info.compress_size
        if total > limits.max_total_bytes:
            raise _bomb(
                N_("de inhoud is uitgepakt {s} MB (hoogstens {m} MB)").format(
                    s=_mb(total), m=_mb(limits.max_total_bytes)
                )
            )
        if total > limits.ratio_floor_bytes and total > limits.max_ratio * max(compressed, 1):
            raise _bomb(
                N_("de inhoud pakt {r} keer groter uit dan het bestand (hoogstens {m})").format(
                    r=total // max(compressed, 1), m=limits.max_ratio
                )
            )

        kind = _package_kind(archive, names, limits)
        for info in infos:
            lowered = info.filename.lower()
            if lowered.endswith("sharedstrings.xml") and info.file_size > limits.max_shared_strings_bytes:
                raise _bomb(N_("de gedeelde tekstlijst is {s} MB").format(s=_mb(info.file_size)))
            if lowered.endswith("styles.xml") and info.file_size > limits.max_styles_bytes:
                raise _bomb(N_("de opmaaklijst is {s} MB").format(s=_mb(info.file_size)))
            if lowered.endswith(_XML_SUFFIXES) or lowered == "[content_types].xml":
                _scan_for_dtd(archive, info, limits)
        has_macros = any(n.lower().endswith("vbaproject.bin") for n in names)
        return FileInspection(
            format=kind, has_macros=has_macros, entries=len(infos), uncompressed_bytes=total, size=size
        )


def _package_kind(
    archive: zipfile.ZipFile, names: set[str], limits: ReadLimits
) -> Literal["xlsx", "xlsm", "xltx", "xltm"]:
    if "mimetype" in names:
        mimetype = _read_bounded(archive, "mimetype", 200).decode("ascii", errors="replace").strip()
        if mimetype == "application/vnd.oasis.opendocument.spreadsheet":
            raise UnsafeFileError(
                "unsupported",
                N_(
                    "Een OpenDocument-rekenblad (.ods) wordt niet ondersteund: sla het in LibreOffice op als "
                    "Excel-werkmap (.xlsx)."
                ),
            )
        raise UnsafeFileError(
            "not_excel", N_("Dit is geen Excel-werkmap (.xlsx): gevonden een OpenDocument-bestand.")
        )
    if "[Content_Types].xml" not in names:
        raise UnsafeFileError(
            "not_excel", N_("Dit is geen Excel-werkmap (.xlsx): gevonden een ander zip-archief.")
        )
    info = archive.getinfo("[Content_Types].xml")
    _scan_for_dtd(archive, info, limits)
    if info.file_size > 1 * MiB:
        raise _corrupt(ValueError("[Content_Types].xml too large"))
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        root = fromstring(_read_bounded(archive, info.filename, 1 * MiB))
    except (ParseError, ValueError) as exc:
        raise _corrupt(exc) from None
    content_types = {
        (element.get("ContentType") or "").strip().lower()
        for element in root.iter()
        if element.get("ContentType")
    }
    for content_type, kind in _MAIN_CONTENT_TYPES.items():
        if content_type in content_types:
            return kind
    if any("sheet.binary" in ct for ct in content_types):
        raise UnsafeFileError(
            "unsupported",
            N_(
                "Een binaire Excel-werkmap (.xlsb) wordt niet ondersteund: sla ze op als Excel-werkmap (.xlsx)."
            ),
        )
    if any("wordprocessingml" in ct for ct in content_types):
        raise UnsafeFileError(
            "not_excel", N_("Dit is geen Excel-werkmap (.xlsx): gevonden een Word-document (.docx).")
        )
    if any("presentationml" in ct for ct in content_types):
        raise UnsafeFileError(
            "not_excel", N_("Dit is geen Excel-werkmap (.xlsx): gevonden een PowerPoint-presentatie.")
        )
    raise UnsafeFileError(
        "not_excel", N_("Dit is geen Excel-werkmap (.xlsx): het pakket bevat geen werkmap.")
    )


def _scan_for_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ReadLimits) -> None:
    """Refuse a part whose prolog declares a DTD or entities (billion laughs, external entities)."""
    try:
        with archive.open(info) as part:
            head = part.read(limits.prolog_scan_bytes)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise _corrupt(exc) from None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="replace").encode("utf-8", errors="replace")
    if _DTD.search(head):
        raise UnsafeFileError(
            "xml_dtd",
            N_(
                "Het bestand bevat XML met een DTD of entiteiten (onderdeel {n}); dat komt in een echte "
                "Excel-werkmap niet voor en wordt om veiligheidsredenen geweigerd."
            ).format(n=info.filename),
        )


def _read_bounded(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    try:
        with archive.open(name) as part:
            return part.read(limit)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, KeyError) as exc:
        raise _corrupt(exc) from None


def _corrupt(exc: BaseException) -> UnsafeFileError:
    return UnsafeFileError(
        "corrupt",
        N_(
            "Het bestand is beschadigd of onvolledig en kan niet als Excel-werkmap gelezen worden ({e}). "
            "Open en bewaar het opnieuw in Excel, of vraag een nieuwe kopie."
        ).format(e=_short(exc)),
    )


def _bomb(detail: str) -> UnsafeFileError:
    return UnsafeFileError(
        "zip_bomb",
        N_("Het bestand wordt geweigerd: {d}. Zo gedraagt een echte werkmap zich niet (zip-bom?).").format(
            d=detail
        ),
    )


def _as_text(head: bytes) -> str | None:
    sample = head[:2048]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = sample.decode("utf-16", errors="replace")
    else:
        try:
            text = sample.decode("utf-8")
        except UnicodeDecodeError as exc:
            # A multi-byte character cut off by the sample's end is fine; anything else: try cp1252.
            text = (
                sample[: exc.start].decode("utf-8")
                if exc.start >= len(sample) - 3
                else sample.decode("cp1252", errors="replace")
            )
    if not text:
        return None
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    return text if printable / len(text) > 0.95 else None


def _mb(size: int) -> str:
    value = size / MiB
    return f"{value:.1f}".replace(".", ",") if value < 10 else str(round(value))


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "…"
