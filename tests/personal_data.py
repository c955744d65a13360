"""Finding national register numbers in what the program put out (issue #14, item 8).

`found_in_text` looks for the numbers a test session used — formatted (`85.07.30-033.28`), bare
(`85073003328`) or with any single separator between digits — so a number is caught however a
message, a PDF or a spreadsheet happens to spell it. `found_in_file` reads a file the way a person
or a program would: a PDF's text and metadata (pypdf), every part of a zip (.xlsx), and any other
file as bytes (UTF-8, UTF-16 and Latin-1 alike).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

# The supervisors of tests/data/intake/valid-full.json and the person of visit_helpers.make_org.
SESSION_NUMBERS = ("85073003328", "92011517850")


def _pattern(numbers: Iterable[str]) -> re.Pattern[str]:
    spelled = ["[ .\\-/]?".join(number) for number in numbers]
    return re.compile(r"(?<!\d)(?:" + "|".join(spelled) + r")(?!\d)")


_SESSION = _pattern(SESSION_NUMBERS)


def found_in_text(text: str) -> list[str]:
    """Every spelling of a session number in `text` (empty: none)."""
    return _SESSION.findall(text)


def _texts_of(path: Path) -> Iterable[str]:
    data = path.read_bytes()
    if data.startswith(b"%PDF"):
        from pypdf import PdfReader

        reader = PdfReader(path)
        yield from (page.extract_text() or "" for page in reader.pages)
        yield repr(dict(reader.metadata or {}))
    elif data.startswith(b"PK\x03\x04"):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                yield archive.read(name).decode("utf-8", errors="replace")
    yield data.decode("latin-1")
    yield data.decode("utf-16-le", errors="replace")
    yield data[1:].decode("utf-16-le", errors="replace")


def found_in_file(path: Path) -> list[str]:
    return [hit for text in _texts_of(path) for hit in found_in_text(text)]


def scan_tree(root: Path, *, allowed: Iterable[Path] = ()) -> dict[str, list[str]]:
    """Every file under `root` (but those `allowed` to hold the numbers) with the numbers it shows."""
    keep = {p.resolve() for p in allowed}
    hits: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.resolve() not in keep:
            found = found_in_file(path)
            if found:
                hits[str(path.relative_to(root))] = found
    return hits
