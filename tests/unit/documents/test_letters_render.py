"""Real PDFs of every letter kind, read back with pypdf (documents/letters.py, layout.py)."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
import struct
from datetime import UTC, date, datetime
from typing import Any
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from wsedesk.documents.letters import (
    KINDS,
    Approval,
    Decision,
    LetterContext,
    Organisation,
    Procedure,
    example_context,
    placeholder_values,
    render_letter,
)
from wsedesk.documents.nl import format_date
from wsedesk.documents.templates import MissingValueError, TemplateError, list_placeholders, load_template
from wsedesk.errors import BadInputError, NotFoundError


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _flat(text: str) -> str:
    """Whitespace collapsed: a value may wrap over two lines in the letter."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def rendered() -> dict[str, tuple[LetterContext, bytes]]:
    return {kind: (example_context(kind), render_letter(kind, example_context(kind))) for kind in KINDS}


# --- every kind ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_renders_with_its_data(
    kind: str, rendered: dict[str, tuple[LetterContext, bytes]]
) -> None:
    context, pdf = rendered[kind]
    assert pdf.startswith(b"%PDF-1.7\n%")
    assert pdf.rstrip().endswith(b"%%EOF")
    text = _flat(_text(pdf))

    # Letterhead, reference block, addressee, signature.
    assert "Departement Werk en Sociale Economie" in text
    assert "Koning Albert II-laan 35 bus 20" in text
    assert "ons kenmerk" in text and context.dossier.reference in text
    assert f"datum {format_date(context.letter_date)}" in text
    assert context.recipient.name in text
    assert context.contact.name in text
    assert context.signatory.name in text and context.signatory.function in text
    assert re.search(r"pagina 1/\d", text)

    # Every placeholder the template uses shows its value — dates included.
    values = placeholder_values(context)
    for name in list_placeholders(load_template(kind)):
        value = values.get(name)
        if value is not None:
            assert _flat(value) in text, (kind, name, value)


def test_dates_from_the_context_appear(rendered: dict[str, tuple[LetterContext, bytes]]) -> None:
    text = _flat(_text(rendered["erkenning"][1]))
    for expected in ("24 februari 2025", "14 april 2025", "1 mei 2025", "30 april 2030"):
        assert expected in text


def test_information_request_says_the_clock_is_stopped(
    rendered: dict[str, tuple[LetterContext, bytes]],
) -> None:
    text = _flat(_text(rendered["informatievraag"][1]))
    assert (
        "De termijn van 45 dagen (ED-5) is geschorst sinds 3 april 2025; er waren 30 dagen verstreken, "
        "er resten 15 dagen." in text
    )
    assert "uiterlijk op 5 mei 2025" in text
    for item in example_context("informatievraag").missing_information:
        assert item in text


def test_refusal_offers_reconsideration(rendered: dict[str, tuple[LetterContext, bytes]]) -> None:
    text = _flat(_text(rendered["weigering"][1]))
    assert "verzoek tot heroverweging" in text
    assert "binnen 30 dagen" in text
    assert "(ED-9)" in text


def test_advice_has_findings_table(rendered: dict[str, tuple[LetterContext, bytes]]) -> None:
    context, pdf = rendered["advies"]
    text = _flat(_text(pdf))
    assert "Regel Oordeel Motivering" in text
    for finding in context.findings:
        assert finding.rule_id in text and finding.verdict in text and finding.reason in text
    assert "Mevrouw de minister," in text


# --- concept and approval ----------------------------------------------------------------------


def test_unapproved_advice_is_marked_concept(rendered: dict[str, tuple[LetterContext, bytes]]) -> None:
    pdf = rendered["advies"][1]
    assert "CONCEPT" in _text(pdf)
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None and "CONCEPT" in meta.get("/Keywords", "")
    for kind in ("erkenning", "weigering"):
        assert "CONCEPT" not in _text(rendered[kind][1])


def test_approved_advice_shows_who_and_when_and_no_concept() -> None:
    context = example_context("advies", approved=True)
    assert context.approval is not None
    text = _flat(_text(render_letter("advies", context)))
    assert "CONCEPT" not in text
    assert "Goedgekeurd door An Claes, teamverantwoordelijke" in text
    assert "Op 11 april 2025" in text
    assert "Akkoord. Werkingsgebied nagekeken" in text


def test_half_approved_advice_stays_concept() -> None:
    context = dataclasses.replace(example_context("advies"), approval=Approval(approved_by="An Claes"))
    assert "CONCEPT" in _text(render_letter("advies", context))


def test_draft_marks_any_letter() -> None:
    context = dataclasses.replace(example_context("erkenning"), draft=True)
    assert "CONCEPT" in _text(render_letter("erkenning", context))


# --- characters and long names -----------------------------------------------------------------


def test_diacritics_and_a_200_character_name_survive() -> None:
    name = ("Coöperatie Zéér Ambitieuse Begeleiding ë é ï ç à € ő ł Ș Ærø " * 5)[:200].strip()
    name = name + "x" * (200 - len(name))
    assert len(name) == 200
    base = example_context("erkenning")
    context = dataclasses.replace(base, organisation=dataclasses.replace(base.organisation, name=name))
    pdf = render_letter("erkenning", context)
    text = _flat(_text(pdf))
    for char in "ëéïçà€őłȘ":
        assert char in text
    assert _flat(name) in text  # in the body (the window shrinks it to fit)
    assert "pagina 1/1" in text or "pagina 1/2" in text


def test_special_xml_characters_in_values() -> None:
    base = example_context("verval")
    context = dataclasses.replace(
        base, organisation=dataclasses.replace(base.organisation, name="Werk & Zorg <De Brug> vzw")
    )
    assert "Werk & Zorg <De Brug> vzw" in _text(render_letter("verval", context))


def test_text_the_font_cannot_print_is_refused() -> None:
    base = example_context("verval")
    context = dataclasses.replace(base, organisation=dataclasses.replace(base.organisation, name="漢字 vzw"))
    with pytest.raises(BadInputError, match="漢"):
        render_letter("verval", context)


# --- pages ------------------------------------------------------------------------------------


def test_long_letter_numbers_every_page() -> None:
    items = tuple(
        f"stuk nummer {n}: een uitgebreide omschrijving van wat wij nog nodig hebben" for n in range(60)
    )
    context = dataclasses.replace(example_context("informatievraag"), missing_information=items)
    pdf = render_letter("informatievraag", context)
    reader = PdfReader(io.BytesIO(pdf))
    total = len(reader.pages)
    assert total >= 2
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text() or ""
        assert f"pagina {number}/{total}" in text
        if number > 1:
            assert "ons kenmerk WSE/ED/2025/0042" in text  # running header
    assert "stuk nummer 59" in _text(pdf)


def test_two_page_letter_says_pagina_1_of_2() -> None:
    items = tuple(f"onderdeel {n} van de aanvraag, met de bewijsstukken" for n in range(22))
    context = dataclasses.replace(example_context("informatievraag"), missing_information=items)
    reader = PdfReader(io.BytesIO(render_letter("informatievraag", context)))
    assert len(reader.pages) == 2
    assert "pagina 1/2" in (reader.pages[0].extract_text() or "")
    assert "pagina 2/2" in (reader.pages[1].extract_text() or "")


# --- metadata, fonts, PDF/A ingredients -------------------------------------------------------


def test_metadata(rendered: dict[str, tuple[LetterContext, bytes]]) -> None:
    _, pdf = rendered["weigering"]
    reader = PdfReader(io.BytesIO(pdf))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Beslissing: weigering — WSE/ED/2025/0042"
    assert meta.author == "Departement Werk en Sociale Economie"
    assert meta.subject is not None and meta.subject.startswith("Beslissing over uw aanvraag tot erkenning")
    keywords = meta.get("/Keywords", "")
    assert "weigering" in keywords and "WSE/ED/2025/0042" in keywords and "sjabloon weigering v1" in keywords
    assert meta.creator is not None and meta.creator.startswith("WSE Desk")
    assert meta.creation_date == datetime(2025, 4, 17, tzinfo=UTC)
    assert meta.modification_date == meta.creation_date
    root: Any = reader.trailer["/Root"]
    assert root["/Lang"] == "nl-BE"


def test_xmp_declares_pdfa_2b_and_matches_the_info(rendered: dict[str, tuple[LetterContext, bytes]]) -> None:
    pdf = rendered["validatie"][1]
    reader = PdfReader(io.BytesIO(pdf))
    root: Any = reader.trailer["/Root"]
    stream = root["/Metadata"].get_object()
    assert "/Filter" not in stream
    xmp = stream.get_data().decode("utf-8")
    ElementTree.fromstring(xmp[xmp.index("<x:xmpmeta") : xmp.index("</x:xmpmeta>") + len("</x:xmpmeta>")])
    assert "<pdfaid:part>2</pdfaid:part>" in xmp
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    meta = reader.metadata
    assert meta is not None
    assert f'<rdf:li xml:lang="x-default">{meta.title}</rdf:li>' in xmp
    assert f"<pdf:Producer>{meta.producer}</pdf:Producer>" in xmp
    assert "<xmp:CreateDate>2025-04-17T00:00:00+00:00</xmp:CreateDate>" in xmp
    assert "/Trapped" not in reader.trailer["/Info"].get_object()  # type: ignore[operator]


def test_srgb_output_intent(rendered: dict[str, tuple[LetterContext, bytes]]) -> None:
    reader = PdfReader(io.BytesIO(rendered["verval"][1]))
    root: Any = reader.trailer["/Root"]
    (intent,) = root["/OutputIntents"]
    intent = intent.get_object()
    assert intent["/S"] == "/GTS_PDFA1"
    assert intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3
    assert profile.get_data()[36:40] == b"acsp"


def _fonts(reader: PdfReader) -> list[Any]:
    fonts = []
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            fonts.append(ref.get_object() if isinstance(ref, IndirectObject) else ref)
    return fonts


@pytest.mark.parametrize("kind", ["advies", "informatievraag", "onontvankelijk"])
def test_every_font_is_embedded_dejavu(kind: str, rendered: dict[str, tuple[LetterContext, bytes]]) -> None:
    fonts = _fonts(PdfReader(io.BytesIO(rendered[kind][1])))
    assert fonts
    for font in fonts:
        assert font["/Subtype"] == "/TrueType", font
        assert "DejaVuSans" in font["/BaseFont"]
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor
        assert "/ToUnicode" in font


def _sfnt_tables(data: bytes) -> dict[str, bytes]:
    count = struct.unpack(">H", data[4:6])[0]
    tables = {}
    for index in range(count):
        tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * index : 28 + 16 * index])
        tables[tag.decode("ascii")] = data[offset : offset + length]
    return tables


def test_widths_match_the_embedded_font_programs() -> None:
    """PDF/A-2 6.2.11.5: /Widths agree with the glyph advances of the embedded subset;
    6.2.11.6: a symbolic TrueType font has no /Encoding and exactly one cmap subtable."""
    base = example_context("erkenning")
    name = "Ærø Łódź Őrség Ștefan Çà ïë é € " * 4 + "ĳverig ŒUVRE ñ ß"
    context = dataclasses.replace(base, organisation=dataclasses.replace(base.organisation, name=name))
    reader = PdfReader(io.BytesIO(render_letter("erkenning", context)))
    checked = 0
    for font in _fonts(reader):
        assert "/Encoding" not in font
        descriptor = font["/FontDescriptor"].get_object()
        assert int(descriptor["/Flags"]) & 4  # symbolic
        tables = _sfnt_tables(descriptor["/FontFile2"].get_object().get_data())
        units = struct.unpack(">H", tables["head"][18:20])[0]
        metrics = struct.unpack(">H", tables["hhea"][34:36])[0]
        advances = [struct.unpack(">H", tables["hmtx"][4 * i : 4 * i + 2])[0] for i in range(metrics)]
        cmap = tables["cmap"]
        subtables, platform, encoding, offset = struct.unpack(">HHHI", cmap[2:12])
        assert (subtables, platform, encoding) == (1, 1, 0)
        first, count = struct.unpack(">HH", cmap[offset + 6 : offset + 10])
        glyphs = struct.unpack(f">{count}H", cmap[offset + 10 : offset + 10 + 2 * count])
        for index, width in enumerate(font["/Widths"]):
            code = int(font["/FirstChar"]) + index
            glyph = glyphs[code - first]
            assert abs(advances[min(glyph, metrics - 1)] * 1000 / units - float(width)) <= 1
            checked += 1
    assert checked > 200  # more than one subset was checked


def test_file_level_pdfa_rules(rendered: dict[str, tuple[LetterContext, bytes]]) -> None:
    for kind, (_, pdf) in rendered.items():
        assert all(byte > 127 for byte in pdf.split(b"\n")[1][1:5]), kind  # binary comment
        for match in re.finditer(rb"endstream", pdf):
            assert pdf[match.start() - 1 : match.start()] in (b"\n", b"\r"), kind
        assert b"/Encrypt" not in pdf
        assert b"/SMask" not in pdf and b"/Transparency" not in pdf
        assert b"/Helvetica" not in pdf


def test_document_id_is_the_hash_of_the_file(rendered: dict[str, tuple[LetterContext, bytes]]) -> None:
    pdf = rendered["heroverweging"][1]
    match = re.search(rb"/ID \[<([0-9A-F]{32})><([0-9A-F]{32})>\]", pdf)
    assert match is not None and match.group(1) == match.group(2)
    zeroed = pdf[: match.start(1)] + b"0" * 32 + b"><" + b"0" * 32 + pdf[match.end(2) :]
    assert hashlib.md5(zeroed, usedforsecurity=False).hexdigest().upper().encode() == match.group(1)


# --- determinism -------------------------------------------------------------------------------


def test_same_input_same_bytes(rendered: dict[str, tuple[LetterContext, bytes]]) -> None:
    for kind in ("advies", "informatievraag", "managementondersteuning"):
        context, pdf = rendered[kind]
        assert render_letter(kind, context) == pdf, kind


def test_different_letter_date_different_bytes(rendered: dict[str, tuple[LetterContext, bytes]]) -> None:
    context, pdf = rendered["erkenning"]
    other = render_letter("erkenning", dataclasses.replace(context, letter_date=date(2025, 4, 18)))
    assert other != pdf
    meta = PdfReader(io.BytesIO(other)).metadata
    assert meta is not None and meta.creation_date == datetime(2025, 4, 18, tzinfo=UTC)


# --- errors ------------------------------------------------------------------------------------


def test_missing_value_is_an_error_never_a_blank() -> None:
    context = dataclasses.replace(example_context("weigering"), decision=None)
    with pytest.raises(MissingValueError) as caught:
        render_letter("weigering", context)
    assert caught.value.placeholder == "beslissing.datum"
    assert "{beslissing.datum}" in str(caught.value)

    base = example_context("ontvankelijk")
    context = dataclasses.replace(base, dossier=dataclasses.replace(base.dossier, submitted_on=None))
    with pytest.raises(MissingValueError, match=r"dossier\.ingediend_op"):
        render_letter("ontvankelijk", context)

    context = dataclasses.replace(example_context("informatievraag"), missing_information=())
    with pytest.raises(MissingValueError, match="ontbrekende_informatie"):
        render_letter("informatievraag", context)

    context = dataclasses.replace(
        example_context("weigering"), decision=Decision(decided_on=date(2025, 4, 14))
    )
    with pytest.raises(MissingValueError, match=r"beslissing\.motivering"):
        render_letter("weigering", context)


def test_stopped_clock_needs_days_used_and_left() -> None:
    context = example_context("informatievraag")
    assert context.term is not None
    broken = dataclasses.replace(context, term=dataclasses.replace(context.term, days_left=None))
    with pytest.raises(MissingValueError, match=r"termijn\.resterende_dagen"):
        render_letter("informatievraag", broken)


def test_missing_address_is_an_error() -> None:
    base = example_context("verval")
    context = dataclasses.replace(base, organisation=Organisation(name="Zonder Adres vzw", address_lines=()))
    with pytest.raises(MissingValueError, match=r"geadresseerde\.adres"):
        render_letter("verval", context)


def test_invalid_custom_template_is_refused() -> None:
    template = load_template("verval")
    bad = dataclasses.replace(template, body=(*template.body, "Zie {organisatie.naamm}."))
    with pytest.raises(TemplateError) as caught:
        render_letter("verval", example_context("verval"), template=bad)
    assert any(p.placeholder == "organisatie.naamm" for p in caught.value.problems)
    with pytest.raises(TemplateError):
        render_letter("erkenning", example_context("erkenning"), template=template)  # wrong kind


def test_custom_template_text_is_used() -> None:
    template = load_template("verval")
    changed = dataclasses.replace(
        template, version=2, body=(*template.body[:-1], "Een **nieuwe** zin voor {organisatie.naam}.")
    )
    pdf = render_letter("verval", example_context("verval"), template=changed)
    text = _flat(_text(pdf))
    assert "Een nieuwe zin voor Voorbeeld Begeleiding vzw." in text
    assert "sjabloon versie 2" in text


def test_unknown_kind_and_procedure() -> None:
    with pytest.raises(NotFoundError):
        render_letter("bedankbrief", example_context("verval"))
    base = example_context("verval")
    context = dataclasses.replace(base, dossier=dataclasses.replace(base.dossier, procedure="onbekend"))
    with pytest.raises(BadInputError, match="onbekend"):
        render_letter("verval", context)


@pytest.mark.parametrize("kind", ["erkenning", "weigering", "verval", "advies"])
def test_a_letter_cites_the_legal_basis_in_force_on_its_date(kind: str) -> None:
    # ED rests on the decree of 2022: a letter dated 2020 cannot cite it, and says why.
    with pytest.raises(BadInputError, match=r"Een brief van 12 maart 2020 .* bestaat pas sinds 15 juli 2022"):
        render_letter(kind, example_context(kind, letter_date=date(2020, 3, 12), approved=True))
    body = _flat(
        _text(render_letter(kind, example_context(kind, letter_date=date(2025, 3, 12), approved=True)))
    )
    assert "decreet van 14 januari 2022" in body


def test_a_newer_legal_basis_replaces_the_older_from_its_first_day() -> None:
    procedure = Procedure(
        key="x",
        name="x",
        application="x",
        legal_bases=((date(2019, 5, 24), "decreet 2019"), (date(2026, 1, 1), "decreet 2026")),
        reconsideration_rule=None,
        reconsideration_course=None,
    )
    assert procedure.in_force_from == date(2019, 5, 24)
    assert procedure.legal_basis_on(date(2019, 5, 23)) is None
    assert procedure.legal_basis_on(date(2025, 12, 31)) == "decreet 2019"
    assert procedure.legal_basis_on(date(2026, 1, 1)) == "decreet 2026"


def test_a_long_e_mail_address_in_the_references_breaks_after_the_at_sign_not_mid_word() -> None:
    context = example_context("ontvankelijk")
    long_address = "charlotte.vandamme-peeters@wse.vlaanderen.be"
    context = dataclasses.replace(context, contact=dataclasses.replace(context.contact, email=long_address))
    lines = [line.strip() for line in _text(render_letter("ontvankelijk", context)).splitlines()]
    # The references block: the local part with its @ on one line, the whole domain on the next.
    at = lines.index("charlotte.vandamme-peeters@")
    assert lines[at + 1] == "wse.vlaanderen.be"
    # A short address stays on one line.
    short = _text(render_letter("ontvankelijk", example_context("ontvankelijk"))).splitlines()
    assert any(line.strip() == "jan.peeters@example.org" for line in short)
