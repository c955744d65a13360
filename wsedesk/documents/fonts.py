"""The embedded TrueType fonts of WSE Desk documents (DejaVu Sans, shipped in resources/fonts/).

The 14 standard PDF fonts are not embedded and cannot show ő, ł, Ș or ĳ (setup-notes.md), and
PDF/A forbids unembedded fonts, so every document uses these faces only. Registration with
reportlab is global and done once; `register_fonts()` is cheap to call again.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from wsedesk.paths import resource


@dataclass(frozen=True)
class FontFamily:
    """reportlab names of the registered faces; `family` works in <b>/<i> paragraph markup."""

    family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str


# Only three faces ship (size): bold italic falls back to bold.
_FACES: dict[str, str] = {
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
}

SANS = FontFamily(
    family="DejaVuSans",
    regular="DejaVuSans",
    bold="DejaVuSans-Bold",
    italic="DejaVuSans-Oblique",
    bold_italic="DejaVuSans-Bold",
)

_lock = threading.Lock()
_registered = False


def font_dir() -> Path:
    """Folder with the shipped TTF files and their licence."""
    return resource("fonts")


def font_files() -> list[Path]:
    """The TTF files documents embed (for packaging checks and tests)."""
    return [font_dir() / name for name in _FACES.values()]


def register_fonts() -> FontFamily:
    """Register the DejaVu faces with reportlab once (thread-safe) and return their names."""
    global _registered
    with _lock:
        if not _registered:
            for name, filename in _FACES.items():
                path = font_dir() / filename
                if not path.is_file():
                    raise FileNotFoundError(f"font file missing: {path}")
                pdfmetrics.registerFont(TTFont(name, str(path)))
            addMapping(SANS.family, 0, 0, SANS.regular)
            addMapping(SANS.family, 1, 0, SANS.bold)
            addMapping(SANS.family, 0, 1, SANS.italic)
            addMapping(SANS.family, 1, 1, SANS.bold_italic)
            _registered = True
    return SANS


def missing_glyphs(text: str, font_name: str | None = None) -> list[str]:
    """Characters of `text` the font cannot draw (they would print as empty boxes), in order."""
    family = register_fonts()
    font = pdfmetrics.getFont(font_name or family.regular)
    widths: dict[int, int] = font.face.charWidths
    seen: set[str] = set()
    missing: list[str] = []
    for char in text:
        if char in seen or char in "\n\r\t":
            continue
        seen.add(char)
        if ord(char) not in widths:
            missing.append(char)
    return missing
