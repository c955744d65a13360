"""Build a smaller ICU data library for the PyInstaller bundle (issue #13: bundle ≤ 180 MB).

PySide6's Qt links ICU, whose data library `libicudata.so.NN` is 32 MB: collation, locale names,
currencies, units, time-zone names and break dictionaries for every language of the world, and
some 200 legacy character-set converters. Qt uses ICU for collation (`QCollator`), locale-aware
case mapping, IDNA and converters that are not built in; WSE Desk works in Dutch and English in
Belgium. This tool copies ICU's common data (the "CmnD" package inside the library), keeps the
items those uses need (the root data, the Unicode tables, and the locale items of root, nl, en,
fr and de), and links the result into a library of the same soname with the same one exported
symbol (`icudtNN_dat`) using binutils (`as`, `ld`), which PyInstaller already needs on Linux.

    python tools/shrink_icu.py LIBICUDATA OUT.so     # writes OUT.so, prints the sizes

Kept and dropped, by item name inside the package (`icudt73l/coll/nl.res`, …):
- every item that is not a locale file or converter (Unicode names, normalisation, IDNA,
  supplemental data, likely subtags, the converter aliases, …);
- locale files (`xx.res`, `xx_YY.res`, in every tree: root, coll, curr, lang, region, unit, zone,
  rbnf, brkitr) of root, nl, en, fr and de, plus each tree's `pool.res` and `res_index.res`;
- break rules (`brkitr/*.brk`), not the dictionaries for Thai, Khmer, Lao, Burmese and CJK;
- converters: the Windows and ISO Latin ones only (a CSV of a Belgian office is UTF-8, cp1252
  or Latin-9); transliterators: none (Qt does not use them).
ICU opens a missing item by falling back to its parent locale (finally root), as it does for a
locale it has no data for, so nothing fails: a collator for Japanese sorts by the root order.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LANGUAGES = ("root", "nl", "en", "fr", "de")
KEEP_CONVERTERS = re.compile(r"^(ibm-5348_|ibm-5350_|ibm-1252_|ibm-912_|ibm-913_|ibm-923_|iso-8859_)")
_LOCALE = re.compile(r"^([a-z]{2,3}|root)(_[A-Za-z0-9]*)*\.res$")
_ALIGN = 16


def _symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size (`nm -D -S`, first LOAD segment maps 1:1)."""
    out = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)], check=True, capture_output=True, text=True
    ).stdout
    for line in out.splitlines():
        address, size, kind, name = line.split()
        if re.fullmatch(r"icudt\d+_dat", name) and kind in "RrDd":
            return name, int(address, 16), int(size, 16)
    raise SystemExit(f"{library}: geen ICU-gegevenssymbool gevonden")


def keep(name: str) -> bool:
    """Whether the package item `name` (e.g. 'icudt73l/coll/nl.res') stays."""
    parts = name.split("/")[1:]
    leaf = parts[-1]
    tree = parts[0] if len(parts) > 1 else ""
    if tree == "translit":
        return False
    if leaf.endswith(".dict"):
        return False
    if leaf.endswith(".cnv"):
        return bool(KEEP_CONVERTERS.match(leaf))
    if leaf in ("pool.res", "res_index.res"):
        return True
    match = _LOCALE.match(leaf)
    if match:
        return match.group(1) in KEEP_LANGUAGES
    return True


def filter_package(data: bytes) -> tuple[bytes, int, int]:
    """A CmnD package with only the kept items; returns (package, items kept, items before)."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise SystemExit("geen ICU-gegevenspakket (CmnD)")
    count = struct.unpack_from("<I", data, header_size)[0]
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    items: list[tuple[bytes, bytes]] = []
    for index, (name_offset, data_offset) in enumerate(entries):
        start = header_size + name_offset
        name = data[start : data.index(b"\0", start)]
        end = entries[index + 1][1] if index + 1 < count else len(data) - header_size
        if keep(name.decode("ascii")):
            items.append((name, data[header_size + data_offset : header_size + end]))
    # Layout as ICU writes it: header, count, TOC, names, then items aligned to 16 bytes. The TOC
    # stays sorted by name (ICU finds an item by binary search), as the input already is.
    toc_size = 4 + 8 * len(items)
    names = b"".join(name + b"\0" for name, _ in items)
    first_item = toc_size + len(names)
    first_item += -(header_size + first_item) % _ALIGN
    toc, body, name_at, item_at = [], bytearray(), toc_size, first_item
    for name, item in items:
        toc.append(struct.pack("<II", name_at, item_at + len(body)))
        name_at += len(name) + 1
        body += item
        body += b"\0" * (-(header_size + item_at + len(body)) % _ALIGN)
    package = (
        data[:header_size]
        + struct.pack("<I", len(items))
        + b"".join(toc)
        + names
        + b"\0" * (first_item - toc_size - len(names))
        + bytes(body)
    )
    return package, len(items), count


def shrink(library: Path, target: Path) -> tuple[int, int]:
    """Write the smaller library to `target`; returns (bytes before, bytes after)."""
    symbol, offset, size = _symbol(library)
    raw = library.read_bytes()
    package, _kept, _before = filter_package(raw[offset : offset + size])
    soname = library.name
    with tempfile.TemporaryDirectory() as tmp:
        blob = Path(tmp) / "icudata.dat"
        blob.write_bytes(package)
        asm = Path(tmp) / "icudata.s"
        asm.write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
            f'{symbol}:\n\t.incbin "{blob}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        obj = Path(tmp) / "icudata.o"
        subprocess.run(["as", "-o", str(obj), str(asm)], check=True)
        subprocess.run(["ld", "-shared", "-soname", soname, "-o", str(target), str(obj)], check=True)
    return len(raw), target.stat().st_size


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[2], file=sys.stderr)
        return 2
    before, after = shrink(Path(argv[0]), Path(argv[1]))
    print(f"ICU-gegevens: {before / 1e6:.1f} MB → {after / 1e6:.1f} MB ({argv[1]})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
