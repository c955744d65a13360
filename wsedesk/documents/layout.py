"""The department's A4 letter: letterhead, window-envelope address, references, body, footer.

Everything here is layout: it knows nothing of letter kinds or templates (letters.py puts the
text in). The PDF aims at PDF/A-2b (docs/letters.md says what is checked and what is not):
embedded DejaVu fonts only, an sRGB output intent, XMP metadata that repeats the document
information dictionary, /Lang nl-BE, no transparency, no encryption, and a document ID that is
the MD5 of the file itself so that identical input gives identical bytes.

Page geometry (millimetres from the top-left corner of the sheet) is in the constants below;
the address block fits the window of a right-window DL/C5 envelope (tri-fold at 99 and 198 mm).
"""

from __future__ import annotations

import calendar
import hashlib
import io
import json
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from wsedesk import APP_NAME, __version__
from wsedesk.documents.fonts import SANS, register_fonts
from wsedesk.documents.nl import format_date
from wsedesk.paths import resource

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT
BOTTOM = 22 * mm

# Window of the envelope (right window): where the address must be, from the top-left corner.
WINDOW_X = 110 * mm
WINDOW_TOP = 50 * mm
WINDOW_WIDTH = 85 * mm
WINDOW_HEIGHT = 40 * mm
REFERENCE_WIDTH = WINDOW_X - LEFT - 6 * mm
FIRST_FRAME_TOP = WINDOW_TOP + WINDOW_HEIGHT + 6 * mm
LATER_FRAME_TOP = 30 * mm
FOLD_MARKS = (99 * mm, 198 * mm)

LANGUAGE = "nl-BE"
SRGB_PROFILE = "sRGB.icc"
SRGB_CONDITION = "sRGB IEC61966-2.1"

GREY = colors.Color(0.35, 0.35, 0.35)
LIGHT_GREY = colors.Color(0.80, 0.80, 0.80)
WATERMARK_GREY = colors.Color(0.91, 0.91, 0.91)
MARK_RED = colors.Color(0.70, 0.10, 0.10)


# --- branding -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Branding:
    """Letterhead data (resources/branding/letterhead.json): who sends, from where, in which colour."""

    government: str
    department: str
    short_name: str
    address_lines: tuple[str, ...]
    website: str | None
    primary_color: str

    @property
    def letterhead_line(self) -> str:
        return f"{self.government} — {self.department}"

    @property
    def address(self) -> str:
        return ", ".join(self.address_lines)


@cache
def load_branding() -> Branding:
    """The shipped letterhead data (read once)."""
    data: dict[str, Any] = json.loads(resource("branding", "letterhead.json").read_text(encoding="utf-8"))
    return Branding(
        government=str(data["government"]),
        department=str(data["department"]),
        short_name=str(data["short_name"]),
        address_lines=tuple(str(line) for line in data["address_lines"]),
        website=data.get("website") or None,
        primary_color=str(data["primary_color"]),
    )


@cache
def _srgb_profile() -> bytes:
    return resource("branding", SRGB_PROFILE).read_bytes()


# --- styles and flowables -----------------------------------------------------------------


@dataclass(frozen=True)
class LetterStyles:
    """The paragraph styles of a letter (all DejaVu, so every glyph is embedded)."""

    body: ParagraphStyle
    heading: ParagraphStyle
    bullet: ParagraphStyle
    subject: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    address: ParagraphStyle
    address_name: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    signature: ParagraphStyle


@cache
def letter_styles(primary_color: str = "#1D4F66") -> LetterStyles:
    """Styles for body text, headings, bullets, tables and the letterhead blocks."""
    family = register_fonts()
    primary = colors.HexColor(primary_color)
    body = ParagraphStyle(
        "wse-body",
        fontName=family.regular,
        fontSize=9.5,
        leading=13.5,
        spaceAfter=7,
        alignment=TA_LEFT,
        allowWidows=0,
        allowOrphans=0,
        bulletFontName=family.regular,
        textColor=colors.black,
        hyphenationLang="",
    )
    return LetterStyles(
        body=body,
        heading=ParagraphStyle(
            "wse-heading",
            parent=body,
            fontName=family.bold,
            fontSize=10,
            leading=13.5,
            spaceBefore=6,
            spaceAfter=4,
            textColor=primary,
            keepWithNext=1,
        ),
        bullet=ParagraphStyle(
            "wse-bullet",
            parent=body,
            leftIndent=6 * mm,
            bulletIndent=1.5 * mm,
            spaceAfter=3,
        ),
        subject=ParagraphStyle(
            "wse-subject",
            parent=body,
            fontName=family.bold,
            fontSize=11,
            leading=15,
            spaceAfter=12,
            textColor=primary,
        ),
        small=ParagraphStyle("wse-small", parent=body, fontSize=7, leading=9, spaceAfter=0, textColor=GREY),
        label=ParagraphStyle(
            "wse-label", parent=body, fontSize=7.5, leading=10.5, spaceAfter=0, textColor=GREY
        ),
        value=ParagraphStyle("wse-value", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        address=ParagraphStyle("wse-address", parent=body, fontSize=10, leading=13, spaceAfter=0),
        address_name=ParagraphStyle(
            "wse-address-name", parent=body, fontName=family.bold, fontSize=10, leading=13, spaceAfter=0
        ),
        cell=ParagraphStyle("wse-cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        cell_head=ParagraphStyle(
            "wse-cell-head", parent=body, fontName=family.bold, fontSize=8.5, leading=11, spaceAfter=0
        ),
        signature=ParagraphStyle("wse-signature", parent=body, spaceAfter=0),
    )


def text(markup: str) -> str:
    """Escape plain text for use inside paragraph markup."""
    return escape(markup).replace("\n", "<br/>")


def _address_breaks(value: str, width: float, style: ParagraphStyle) -> str:
    """A reference value as paragraph markup that never breaks inside a word.

    An e-mail address wider than its column is broken after the ``@`` (and, if its domain is
    still too wide, after its dots), so that ``jan.peeters@`` and ``example.org`` stand on two
    lines instead of being cut mid-word.
    """

    def fits(line: str) -> bool:
        return stringWidth(line, style.fontName, style.fontSize) <= width

    if " " in value or "@" not in value or fits(value):
        return text(value)
    local, domain = value.split("@", 1)
    pieces = domain.split(".")
    lines = [local + "@", ""]
    for index, piece in enumerate(pieces):
        token = piece if index == len(pieces) - 1 else piece + "."
        if lines[-1] and not fits(lines[-1] + token):
            lines.append("")
        lines[-1] += token
    return "<br/>".join(text(line) for line in lines)


def _table_font() -> list[tuple[Any, ...]]:
    """Tables set their own default font (Helvetica, never embedded): always name DejaVu."""
    return [("FONTNAME", (0, 0), (-1, -1), SANS.regular), ("FONTSIZE", (0, 0), (-1, -1), 8.5)]


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    col_widths_mm: Sequence[float],
    *,
    primary_color: str = "#1D4F66",
) -> Table:
    """A findings-style table: header row repeated on every page, cells given as markup."""
    styles = letter_styles(primary_color)
    widths = [w * mm for w in col_widths_mm]
    if abs(sum(widths) - TEXT_WIDTH) > 1:
        widths[-1] = TEXT_WIDTH - sum(widths[:-1])
    data: list[list[Flowable]] = [[Paragraph(h, styles.cell_head) for h in header]]
    data.extend([Paragraph(cell, styles.cell) for cell in row] for row in rows)
    tint = colors.Color(0.90, 0.93, 0.95)
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *_table_font(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), tint),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.HexColor(primary_color)),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor(primary_color)),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, LIGHT_GREY),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def form_box(
    title: str,
    content: str | None,
    fields: Sequence[tuple[str, str | None]],
    *,
    empty_lines: int = 4,
    primary_color: str = "#1D4F66",
) -> Flowable:
    """A framed block with a title, free text (or ruled lines to write on) and label/value fields.

    Used for the team lead's remarks and approval on an advice; a field without value shows a
    line to fill in by hand.
    """
    styles = letter_styles(primary_color)
    inner = TEXT_WIDTH - 8
    rows: list[list[Flowable | str]] = [[Paragraph(f"<b>{title}</b>", styles.cell)]]
    if content:
        rows.append([Paragraph(content, styles.cell)])
    else:
        rows.extend([[Spacer(inner, 7 * mm)] for _ in range(empty_lines)])
    field_cells: list[Flowable] = []
    widths: list[float] = []
    for label, value in fields:
        field_cells += [
            Paragraph(f"<font color='#595959'>{label}</font>", styles.cell),
            Paragraph(value or "", styles.cell),
        ]
        widths += [stringWidth(label, SANS.regular, styles.cell.fontSize) + 10, 0.0]
    value_width = (inner - sum(widths)) / max(1, len(fields))
    widths = [w or value_width for w in widths]
    fields_table = Table([field_cells], colWidths=widths, hAlign="LEFT")
    field_style: list[tuple[Any, ...]] = [
        *_table_font(),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]
    for index in range(len(fields)):
        column = 2 * index + 1
        field_style.append(("LINEBELOW", (column, 0), (column, 0), 0.4, GREY))
    fields_table.setStyle(TableStyle(field_style))
    rows.append([fields_table])
    table = Table(rows, colWidths=[TEXT_WIDTH], hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        *_table_font(),
        ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor(primary_color)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, LIGHT_GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if not content:
        commands.append(("LINEBELOW", (0, 1), (-1, empty_lines), 0.3, LIGHT_GREY))
    if not all(value for _, value in fields):
        last = len(rows) - 1
        commands.append(("TOPPADDING", (0, last), (-1, last), 8))
    table.setStyle(TableStyle(commands))
    return KeepTogether([table])


# --- the letter ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PdfMetadata:
    """Document information and XMP metadata (PDF/A wants both, saying the same)."""

    title: str
    author: str
    subject: str
    keywords: tuple[str, ...] = ()
    creator: str = f"{APP_NAME} {__version__}"
    language: str = LANGUAGE


@dataclass(frozen=True)
class LetterLayout:
    """Everything the page layout draws; texts in paragraph markup unless said otherwise.

    The body flowables are consumed by building (reportlab splits them in place): make a new
    layout for each PDF.
    """

    letter_date: date
    metadata: PdfMetadata
    addressee_lines: tuple[str, ...]
    """Plain text; the first line (the name) is set in bold."""
    references: tuple[tuple[str, str], ...]
    """(label, plain value) rows of the reference block: ons kenmerk, datum, contactpersoon…"""
    reference: str
    """Plain 'ons kenmerk', repeated in the running header of later pages."""
    subject: str
    salutation: str
    body: tuple[Flowable, ...]
    closing: str
    signatory_name: str
    signatory_function: str
    attachments: tuple[str, ...] = ()
    footer_note: str = ""
    watermark: str | None = None
    marking: str | None = None
    primary_color: str = field(default="")


class _EolStream(pdfdoc.PDFStream):
    """PDFStream whose `endstream` is always preceded by an end-of-line (PDF/A-2 6.1.7.1)."""

    def format(self, document: Any) -> bytes:
        formatted: bytes = super().format(document)
        tail = b"endstream\n"
        if formatted.endswith(tail) and not formatted[: -len(tail)].endswith((b"\n", b"\r")):
            formatted = formatted[: -len(tail)] + b"\n" + tail
        return formatted


class _PdfADocument(pdfdoc.PDFDocument):
    """reportlab's document, with every plain stream registered as an _EolStream."""

    def Reference(self, obj: Any, name: str | None = None) -> Any:
        if type(obj) is pdfdoc.PDFStream:
            obj.__class__ = _EolStream
        return super().Reference(obj, name)


class _PdfAInfo(pdfdoc.PDFInfo):
    """Info dictionary without /Trapped (nothing in XMP to match it) and with fixed dates."""

    def format(self, document: Any) -> bytes:
        stamp = pdfdoc.PDFDate(ts=document._timeStamp)
        info = pdfdoc.PDFDictionary(
            {
                "Title": pdfdoc.PDFString(self.title),
                "Author": pdfdoc.PDFString(self.author),
                "Subject": pdfdoc.PDFString(self.subject),
                "Keywords": pdfdoc.PDFString(self.keywords),
                "Creator": pdfdoc.PDFString(self.creator),
                "Producer": pdfdoc.PDFString(self.producer),
                "CreationDate": stamp,
                "ModDate": stamp,
            }
        )
        result: bytes = info.format(document)
        return result


def _fixed_timestamp(day: date) -> TimeStamp:
    """A reportlab TimeStamp at 00:00 UTC on `day`: the creation date is the letter date."""
    stamp = TimeStamp(invariant=True)
    seconds = calendar.timegm((day.year, day.month, day.day, 0, 0, 0, 0, 0, 0))
    stamp.t = seconds
    stamp.lt = time.gmtime(seconds)
    stamp.YMDhms = (day.year, day.month, day.day, 0, 0, 0)
    stamp.dhh = 0
    stamp.dmm = 0
    stamp.tzname = "UTC"
    return stamp


_ID_PLACEHOLDER = b"<" + b"0" * 32 + b">"


def _xmp(info: Any, day: date, language: str) -> bytes:
    """XMP packet matching the info dictionary, declaring PDF/A-2b."""
    when = f"{day.isoformat()}T00:00:00+00:00"

    def e(value: str) -> str:
        return escape(value, {'"': "&quot;"})

    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e(info.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{e(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{e(info.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{e(language)}</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>{e(info.keywords)}</pdf:Keywords>
   <pdf:Producer>{e(info.producer)}</pdf:Producer>
   <xmp:CreatorTool>{e(info.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>{when}</xmp:CreateDate>
   <xmp:ModifyDate>{when}</xmp:ModifyDate>
   <xmp:MetadataDate>{when}</xmp:MetadataDate>
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")


PageNumberDrawer = Callable[[Canvas, int, int], None]


class _LetterCanvas(Canvas):
    """Canvas that numbers pages "pagina x/y" at the end and adds the PDF/A catalogue entries."""

    def __init__(
        self,
        *args: Any,
        letter_date: date,
        language: str,
        draw_page_number: PageNumberDrawer,
        **kwargs: Any,
    ) -> None:
        kwargs["pdfVersion"] = (1, 7)
        kwargs["invariant"] = 1
        super().__init__(*args, **kwargs)
        doc = self._doc
        doc.__class__ = _PdfADocument
        doc._timeStamp = _fixed_timestamp(letter_date)
        doc._ID = b"[" + _ID_PLACEHOLDER + _ID_PLACEHOLDER + b"]"
        info = _PdfAInfo()
        info.producer = doc.info.producer
        doc.info = info
        self._letter_date = letter_date
        self._language = language
        self._draw_page_number = draw_page_number
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for number, state in enumerate(self._page_states, start=1):
            self.__dict__.update(state)
            self._draw_page_number(self, number, total)
            super().showPage()
        self._add_pdfa_entries()
        super().save()

    def _add_pdfa_entries(self) -> None:
        doc = self._doc
        catalog = doc.Catalog
        metadata = pdfdoc.PDFStream(
            dictionary=pdfdoc.PDFDictionary(
                {"Type": pdfdoc.PDFName("Metadata"), "Subtype": pdfdoc.PDFName("XML")}
            ),
            content=_xmp(doc.info, self._letter_date, self._language),
        )
        catalog.Metadata = doc.Reference(metadata)
        profile = pdfdoc.PDFStream(
            dictionary=pdfdoc.PDFDictionary({"N": 3}),
            content=_srgb_profile(),
            filters=[pdfdoc.PDFZCompress],
        )
        intent = pdfdoc.PDFDictionary(
            {
                "Type": pdfdoc.PDFName("OutputIntent"),
                "S": pdfdoc.PDFName("GTS_PDFA1"),
                "OutputConditionIdentifier": pdfdoc.PDFString(SRGB_CONDITION),
                "Info": pdfdoc.PDFString(SRGB_CONDITION),
                "RegistryName": pdfdoc.PDFString("http://www.color.org"),
                "DestOutputProfile": doc.Reference(profile),
            }
        )
        # PDFCatalog writes only the keys it knows; OutputIntents is not among them.
        catalog.__NoDefault__ = [*pdfdoc.PDFCatalog.__NoDefault__, "OutputIntents"]
        catalog.OutputIntents = pdfdoc.PDFArray([intent])


def _set_document_id(data: bytes) -> bytes:
    """Replace the placeholder ID with the MD5 of the file: identical input, identical ID."""
    pair = _ID_PLACEHOLDER + _ID_PLACEHOLDER
    at = data.rfind(pair)
    if at < 0:
        raise RuntimeError("document ID placeholder not found in the PDF trailer")
    digest = hashlib.md5(data, usedforsecurity=False).hexdigest().upper().encode("ascii")
    identifier = b"<" + digest + b">"
    return data[:at] + identifier + identifier + data[at + len(pair) :]


# reportlab's TrueType subsetting keeps per-document state on the shared font objects.
_BUILD_LOCK = threading.Lock()


class _Painter:
    """Draws the fixed parts of the pages (letterhead, address, references, header, footer)."""

    def __init__(self, layout: LetterLayout, branding: Branding) -> None:
        self.layout = layout
        self.branding = branding
        self.primary = colors.HexColor(layout.primary_color or branding.primary_color)
        self.styles = letter_styles(layout.primary_color or branding.primary_color)
        self.family = SANS

    # page callbacks ------------------------------------------------------------------
    def first_page(self, canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        self._watermark(canvas)
        self._letterhead(canvas)
        self._fold_marks(canvas)
        self._addressee(canvas)
        self._references(canvas)
        self._marking(canvas)
        self._footer(canvas)
        canvas.restoreState()

    def later_page(self, canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        self._watermark(canvas)
        self._running_header(canvas)
        self._marking(canvas)
        self._footer(canvas)
        canvas.restoreState()

    def page_number(self, canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(self.family.regular, 8)
        canvas.setFillColor(GREY)
        canvas.drawRightString(PAGE_WIDTH - RIGHT, 12 * mm, f"pagina {number}/{total}")
        canvas.restoreState()

    # parts ---------------------------------------------------------------------------
    def _letterhead(self, canvas: Canvas) -> None:
        b = self.branding
        top = PAGE_HEIGHT - 14 * mm
        size = 15 * mm
        # The wordmark: a neutral square with the department's short name (not the official logo).
        canvas.setFillColor(self.primary)
        canvas.roundRect(LEFT, top - size, size, size, 1.6 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(self.family.bold, 12.5)
        canvas.drawCentredString(LEFT + size / 2, top - size / 2 - 1.2 * mm, b.short_name)
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(0.8)
        canvas.line(LEFT + 3.2 * mm, top - size + 3.4 * mm, LEFT + size - 3.2 * mm, top - size + 3.4 * mm)

        x = LEFT + size + 4 * mm
        canvas.setFillColor(GREY)
        canvas.setFont(self.family.regular, 8.5)
        canvas.drawString(x, top - 3.6 * mm, b.government)
        canvas.setFillColor(self.primary)
        canvas.setFont(self.family.bold, 13)
        canvas.drawString(x, top - 9.2 * mm, b.department)
        canvas.setFillColor(GREY)
        canvas.setFont(self.family.regular, 8)
        canvas.drawString(x, top - 14 * mm, " · ".join(b.address_lines))

        canvas.setStrokeColor(self.primary)
        canvas.setLineWidth(0.6)
        y = PAGE_HEIGHT - 35 * mm
        canvas.line(LEFT, y, PAGE_WIDTH - RIGHT, y)

    def _fold_marks(self, canvas: Canvas) -> None:
        canvas.setStrokeColor(LIGHT_GREY)
        canvas.setLineWidth(0.4)
        for offset in FOLD_MARKS:
            y = PAGE_HEIGHT - offset
            canvas.line(5 * mm, y, 9 * mm, y)

    def _in_box(
        self, canvas: Canvas, flowables: list[Flowable], x: float, top: float, width: float, height: float
    ) -> None:
        frame = Frame(
            x,
            PAGE_HEIGHT - top - height,
            width,
            height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            showBoundary=0,
        )
        frame.addFromList([KeepInFrame(width, height, flowables, mode="shrink")], canvas)

    def _addressee(self, canvas: Canvas) -> None:
        lines = self.layout.addressee_lines
        flowables: list[Flowable] = []
        for index, line in enumerate(lines):
            style = self.styles.address_name if index == 0 else self.styles.address
            flowables.append(Paragraph(text(line), style))
        self._in_box(canvas, flowables, WINDOW_X, WINDOW_TOP, WINDOW_WIDTH, WINDOW_HEIGHT)

    def _references(self, canvas: Canvas) -> None:
        value_width = REFERENCE_WIDTH - 26 * mm
        rows = [
            [
                Paragraph(text(label), self.styles.label),
                Paragraph(_address_breaks(value, value_width - 2, self.styles.value), self.styles.value),
            ]
            for label, value in self.layout.references
        ]
        table = Table(rows, colWidths=[26 * mm, value_width], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    *_table_font(),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
                ]
            )
        )
        self._in_box(canvas, [table], LEFT, WINDOW_TOP, REFERENCE_WIDTH, WINDOW_HEIGHT)

    def _running_header(self, canvas: Canvas) -> None:
        y = PAGE_HEIGHT - 16 * mm
        canvas.setFillColor(self.primary)
        canvas.setFont(self.family.bold, 8.5)
        canvas.drawString(LEFT, y, self.branding.department)
        canvas.setFillColor(GREY)
        canvas.setFont(self.family.regular, 8)
        canvas.drawRightString(
            PAGE_WIDTH - RIGHT,
            y,
            f"ons kenmerk {self.layout.reference} · {format_date(self.layout.letter_date)}",
        )
        canvas.setStrokeColor(self.primary)
        canvas.setLineWidth(0.4)
        canvas.line(LEFT, y - 3 * mm, PAGE_WIDTH - RIGHT, y - 3 * mm)

    def _footer(self, canvas: Canvas) -> None:
        b = self.branding
        canvas.setStrokeColor(LIGHT_GREY)
        canvas.setLineWidth(0.4)
        canvas.line(LEFT, 17 * mm, PAGE_WIDTH - RIGHT, 17 * mm)
        canvas.setFillColor(GREY)
        canvas.setFont(self.family.regular, 7)
        parts = [b.letterhead_line, b.address]
        if b.website:
            parts.append(b.website)
        canvas.drawString(LEFT, 12 * mm, " · ".join(parts))
        if self.layout.footer_note:
            canvas.setFont(self.family.regular, 6.5)
            canvas.drawString(LEFT, 8.5 * mm, self.layout.footer_note)

    def _watermark(self, canvas: Canvas) -> None:
        if not self.layout.watermark:
            return
        canvas.saveState()
        canvas.setFillColor(WATERMARK_GREY)
        canvas.setFont(self.family.bold, 96)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2 - 20 * mm)
        canvas.rotate(50)
        canvas.drawCentredString(0, -30, self.layout.watermark)
        canvas.restoreState()

    def _marking(self, canvas: Canvas) -> None:
        if not self.layout.marking:
            return
        canvas.saveState()
        canvas.setFont(self.family.bold, 9)
        label = self.layout.marking
        width = canvas.stringWidth(label, self.family.bold, 9) + 6 * mm
        x = PAGE_WIDTH - RIGHT - width
        y = PAGE_HEIGHT - 11 * mm
        canvas.setStrokeColor(MARK_RED)
        canvas.setFillColor(colors.white)
        canvas.setLineWidth(1)
        canvas.rect(x, y - 1.8 * mm, width, 6 * mm, stroke=1, fill=1)
        canvas.setFillColor(MARK_RED)
        canvas.drawCentredString(x + width / 2, y, label)
        canvas.restoreState()


def _story(layout: LetterLayout, styles: LetterStyles) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(layout.subject, styles.subject),
        Paragraph(layout.salutation, styles.body),
        *layout.body,
    ]
    # The signature never stands alone on a page: the last body paragraph goes with it.
    closing: list[Flowable] = [story.pop(), Spacer(1, 2 * mm)]
    if layout.closing:
        closing.append(Paragraph(layout.closing, styles.body))
    signature: list[Flowable] = [
        Spacer(1, 11 * mm),
        Paragraph(f"<b>{text(layout.signatory_name)}</b>", styles.signature),
        Paragraph(text(layout.signatory_function), styles.signature),
    ]
    if not layout.attachments:
        story.append(KeepTogether(closing + signature))
        return story
    # Attachments go beside the signature: a letter should not spill onto a page for a list.
    attachments: list[Flowable] = [Spacer(1, 12 * mm), Paragraph("<b>Bijlagen</b>", styles.signature)]
    attachments += [
        Paragraph(text(name), styles.bullet, bulletText=f"{number}.")
        for number, name in enumerate(layout.attachments, start=1)
    ]
    side_by_side = Table(
        [[signature, attachments]], colWidths=[TEXT_WIDTH * 0.5, TEXT_WIDTH * 0.5], hAlign="LEFT"
    )
    side_by_side.setStyle(
        TableStyle(
            [
                *_table_font(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story.append(KeepTogether([*closing, side_by_side]))
    return story


def _text_frame(frame_id: str, top: float) -> Frame:
    """A page's text column, without padding: from `top` below the page's top edge to the bottom margin."""
    return Frame(
        LEFT,
        BOTTOM,
        TEXT_WIDTH,
        PAGE_HEIGHT - top - BOTTOM,
        id=frame_id,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def build_letter_pdf(layout: LetterLayout, *, branding: Branding | None = None) -> bytes:
    """Lay out one letter and return the PDF bytes (same layout in, same bytes out)."""
    branding = branding or load_branding()
    register_fonts()
    painter = _Painter(layout, branding)
    meta = layout.metadata
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=LATER_FRAME_TOP,
        bottomMargin=BOTTOM,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        keywords=list(meta.keywords),
        creator=meta.creator,
        invariant=1,
        pageCompression=1,
        lang=meta.language,
        initialFontName=SANS.regular,
        displayDocTitle=1,
    )
    first = _text_frame("first", FIRST_FRAME_TOP)
    later = _text_frame("later", LATER_FRAME_TOP)
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[first], onPage=painter.first_page, autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[later], onPage=painter.later_page),
        ]
    )

    def canvas_maker(*args: Any, **kwargs: Any) -> Canvas:
        return _LetterCanvas(
            *args,
            letter_date=layout.letter_date,
            language=meta.language,
            draw_page_number=painter.page_number,
            **kwargs,
        )

    with _BUILD_LOCK:
        doc.build(_story(layout, painter.styles), canvasmaker=canvas_maker)
    return _set_document_id(buffer.getvalue())
