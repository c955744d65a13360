"""Shipped fonts, colour profile and letterhead data; the layout without templates."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader
from reportlab.platypus import Paragraph

from wsedesk.documents.fonts import font_dir, font_files, missing_glyphs, register_fonts
from wsedesk.documents.layout import (
    LetterLayout,
    PdfMetadata,
    build_letter_pdf,
    data_table,
    letter_styles,
    load_branding,
)
from wsedesk.paths import resource


def test_fonts_and_licence_are_shipped() -> None:
    for path in font_files():
        assert path.is_file() and path.stat().st_size > 100_000
    assert "Bitstream" in (font_dir() / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert register_fonts() is register_fonts()


def test_font_covers_dutch_french_and_central_european_letters() -> None:
    assert missing_glyphs("ëéèêïîçàâôûùœæ € ő ű ł ś ż Ș ș Ț ț ĳ IJ «» „“ – — ·") == []
    assert missing_glyphs("漢字") == ["漢", "字"]


def test_colour_profile_and_its_licence_are_shipped() -> None:
    profile = resource("branding", "sRGB.icc").read_bytes()
    assert profile[36:40] == b"acsp" and profile[16:20] == b"RGB "
    assert "Zlib" in resource("branding", "LICENSE-sRGB-icc.txt").read_text(encoding="utf-8")


def test_branding() -> None:
    branding = load_branding()
    assert branding.letterhead_line == "Vlaamse overheid — Departement Werk en Sociale Economie"
    assert branding.address == "Koning Albert II-laan 35 bus 20, 1030 Brussel"


def _layout(**kwargs: object) -> LetterLayout:
    styles = letter_styles()
    defaults: dict[str, object] = dict(
        letter_date=date(2025, 4, 17),
        metadata=PdfMetadata(title="Proef", author="Departement Werk en Sociale Economie", subject="Proef"),
        addressee_lines=("Naam", "Straat 1", "1000 Brussel"),
        references=(("ons kenmerk", "K/1"), ("datum", "17 april 2025")),
        reference="K/1",
        subject="Onderwerp",
        salutation="Geachte,",
        body=(
            Paragraph("Tabel:", styles.body),
            data_table(["Regel", "Oordeel", "Motivering"], [["ED-1", "voldaan", "ok"]] * 3, [20, 30, 115]),
        ),
        closing="Met vriendelijke groeten,",
        signatory_name="Iemand",
        signatory_function="functie",
    )
    defaults.update(kwargs)
    return LetterLayout(**defaults)  # type: ignore[arg-type]


def test_layout_builds_a_one_page_letter() -> None:
    pdf = build_letter_pdf(_layout(attachments=("Bijlage A", "Bijlage B")))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert [round(float(v)) for v in page.mediabox] == [0, 0, 595, 842]  # A4
    text = " ".join((page.extract_text() or "").split())
    assert "pagina 1/1" in text
    assert "Bijlagen 1. Bijlage A 2. Bijlage B" in text
    assert "ED-1 voldaan ok" in text


def test_watermark_and_marking_only_when_asked() -> None:
    plain = PdfReader(io.BytesIO(build_letter_pdf(_layout()))).pages[0].extract_text() or ""
    marked = PdfReader(io.BytesIO(build_letter_pdf(_layout(watermark="CONCEPT", marking="CONCEPT")))).pages[0]
    assert "CONCEPT" not in plain
    assert "CONCEPT" in (marked.extract_text() or "")
