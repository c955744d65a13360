"""The letters the department sends (domain.md §5): kinds, their data, and rendering to PDF.

The caller (a service) fills a `LetterContext` from the dossier: every date in it comes from the
dossier's computed terms (rules/terms.py) — nothing is computed here, and there is no clock.
`render_letter(kind, context)` fills the kind's template (resources/letters/<kind>.json) and
lays it out (layout.py). Same context and template in, same PDF bytes out.

Placeholders are Dutch (`{organisatie.naam}`) because the people who edit the templates read
Dutch; the catalogue below maps each one to the context field it shows.

Why one module of ~1,100 lines: the context dataclasses, the placeholder catalogue and the
renderer change together (a new placeholder touches all three), and the layout already lives in
layout.py and the template files in templates.py. When it grows, the context dataclasses are the
part to move out (documents/letter_context.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from wsedesk import APP_NAME
from wsedesk.documents.fonts import SANS, missing_glyphs
from wsedesk.documents.layout import (
    TEXT_WIDTH,
    LetterLayout,
    LetterStyles,
    PdfMetadata,
    build_letter_pdf,
    data_table,
    form_box,
    letter_styles,
    load_branding,
    text,
)
from wsedesk.documents.nl import format_amount, format_date, format_decimal
from wsedesk.documents.templates import (
    LetterTemplate,
    MissingValueError,
    Placeholder,
    TemplateError,
    TemplateProblem,
    body_parts,
    fill,
    list_placeholders,
    load_template,
    validate_template,
)
from wsedesk.documents.visit_report import BLOCKS as VISIT_BLOCKS
from wsedesk.documents.visit_report import INLINE as VISIT_INLINE
from wsedesk.documents.visit_report import VisitReport, example_visit
from wsedesk.errors import BadInputError, NotFoundError
from wsedesk.i18n import N_
from wsedesk.paths import resource

# --- the context: what the caller fills from the dossier ------------------------------------


@dataclass(frozen=True)
class Organisation:
    """The organisation the dossier is about."""

    name: str
    address_lines: tuple[str, ...]
    """Postal address, e.g. ("Stationsstraat 12 bus 3", "9000 Gent")."""
    enterprise_number: str | None = None
    """KBO number as written: "0428.759.497"."""


@dataclass(frozen=True)
class Addressee:
    """Who the letter goes to (window of the envelope); defaults to the organisation."""

    name: str
    address_lines: tuple[str, ...]
    attention: str | None = None
    """Second address line, e.g. "t.a.v. mevrouw An Janssens, directeur"."""
    salutation: str = "Geachte mevrouw, geachte heer"
    """The salutation without its comma: "Geachte mevrouw Janssens"."""


@dataclass(frozen=True)
class Dossier:
    """The dossier: its reference and procedure, and dates of its events."""

    reference: str
    """Ons kenmerk."""
    procedure: str
    """Key in resources/letters/procedures.json: kwaliteitsregistratie, externe-dienstverlener,
    collectief-maatwerk."""
    their_reference: str | None = None
    """Uw kenmerk, if the applicant gave one."""
    submitted_on: date | None = None
    admissible_on: date | None = None
    """Day the admissibility notice was sent (start of the ED-5 term)."""


@dataclass(frozen=True)
class Contact:
    """The contact person at the department (contactpersoon in the reference block)."""

    name: str
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class Signatory:
    """Who signs the letter."""

    name: str
    function: str


@dataclass(frozen=True)
class Term:
    """A term as computed by rules/terms.py (T-1..T-4); the letter only shows it."""

    rule_id: str
    """The rule that sets it: "ED-5", "ED-4", "QR-4"."""
    days: int
    start_event_on: date | None = None
    """The triggering event (day 0)."""
    end_on: date | None = None
    """Computed last day; None while a suspension is open."""
    stopped_since: date | None = None
    """Start of the open suspension (T-3), if the clock is stopped."""
    days_used: int | None = None
    days_left: int | None = None

    @property
    def stopped(self) -> bool:
        return self.stopped_since is not None


@dataclass(frozen=True)
class Decision:
    """The (proposed or taken) decision a letter announces."""

    decided_on: date | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    """Last day of validity (e.g. a recognition: 5 years from valid_from, ED-7)."""
    effective_on: date | None = None
    """Day a suspension, withdrawal or lapse takes effect."""
    reasons: tuple[str, ...] = ()
    """The motivation, one point per item (Dutch)."""
    notice_sent_on: date | None = None
    """Date of the letter announcing the intended suspension/withdrawal (QR-6)."""
    response_days: int | None = None
    """Days given to respond to that notice (QR-6, configurable)."""
    reconsideration_days: int | None = None
    """Days to ask for reconsideration (ED-9 / QR-5, configurable)."""


@dataclass(frozen=True)
class Reconsideration:
    """A request for reconsideration and its outcome (ED-9)."""

    requested_on: date | None = None
    original_decision_on: date | None = None
    hearing_on: date | None = None
    committee_advice_on: date | None = None
    decided_on: date | None = None
    outcome: str | None = None
    """The decision in one sentence: "de weigering wordt bevestigd"."""


@dataclass(frozen=True)
class QualityProof:
    """The quality proof a registration rests on (QR-2, QR-7), or one accepted on the list (QR-2 a)."""

    name: str
    valid_until: date | None = None
    areas: tuple[str, ...] = ()
    """The QR-1 areas it covers, in Dutch ("klantgerichtheid", "financieel beheer")."""
    publication: str | None = None
    """The publication of the accepted list it appears in ("WSE 2026-03-02 KB-2026-00001")."""


@dataclass(frozen=True)
class Tender:
    """A tender for Intensief Werkplekleren and one partner's bid and contract (TW-1, TW-2)."""

    name: str
    lot: str = ""
    price: Decimal | None = None
    quality_score: Decimal | None = None
    quality_points: Decimal | None = None
    price_points: Decimal | None = None
    total: Decimal | None = None
    rank: int | None = None
    bids: int | None = None
    contract_reference: str | None = None
    contract_start: date | None = None
    contract_end: date | None = None


@dataclass(frozen=True)
class SustainabilityReport:
    """The yearly sustainability report (MW-2)."""

    year: int
    due_on: date | None = None
    received_on: date | None = None


@dataclass(frozen=True)
class Finding:
    """One checked condition in an advice: rule, verdict, reason (from rules/quality.py)."""

    rule_id: str
    verdict: str
    """Dutch label: "voldaan", "niet voldaan", "niet van toepassing", "te controleren"."""
    reason: str


@dataclass(frozen=True)
class Approval:
    """The team lead's remarks and approval of an advice."""

    approved_by: str | None = None
    approved_on: date | None = None
    remarks: str | None = None

    @property
    def approved(self) -> bool:
        return bool(self.approved_by) and self.approved_on is not None


@dataclass(frozen=True)
class LetterContext:
    """All data a letter may show. Fill what the kind needs; a used placeholder without a value
    stops rendering with MissingValueError."""

    letter_date: date
    dossier: Dossier
    organisation: Organisation
    contact: Contact
    signatory: Signatory
    addressee: Addressee | None = None
    """None: the letter goes to the organisation."""
    term: Term | None = None
    decision: Decision | None = None
    reconsideration: Reconsideration | None = None
    quality_proof: QualityProof | None = None
    tender: Tender | None = None
    report: SustainabilityReport | None = None
    findings: tuple[Finding, ...] = ()
    missing_information: tuple[str, ...] = ()
    reply_by: date | None = None
    """Answer expected by (information request, report reminder)."""
    proposed_decision: str | None = None
    """Advice: the proposed decision in one phrase."""
    approval: Approval | None = None
    attachments: tuple[str, ...] = ()
    visit: VisitReport | None = None
    """A visit report: the visit, its findings and follow-up actions (documents/visit_report.py)."""
    draft: bool = False
    """Mark any letter CONCEPT (a preview). An advice is CONCEPT until approved anyway."""

    @property
    def recipient(self) -> Addressee:
        if self.addressee is not None:
            return self.addressee
        org = self.organisation
        return Addressee(name=org.name, address_lines=org.address_lines)


# --- procedures (legal basis per dossier type, as data) --------------------------------------


@dataclass(frozen=True)
class Procedure:
    """How letters name a procedure and what its legal basis is (resources/letters/procedures.json)."""

    key: str
    name: str
    application: str
    legal_bases: tuple[tuple[date | None, str], ...]
    """(in force from, text), oldest first; None: in force since always."""
    reconsideration_rule: str | None
    reconsideration_course: str | None

    @property
    def in_force_from(self) -> date | None:
        """The first day the procedure exists (its oldest legal basis); None: always."""
        return self.legal_bases[0][0]

    def legal_basis_on(self, day: date) -> str | None:
        """The legal basis in force on `day`; None before the procedure existed."""
        found = None
        for start, wording in self.legal_bases:
            if start is None or start <= day:
                found = wording
        return found


@cache
def load_procedures() -> dict[str, Procedure]:
    """The procedures letters know, by key."""
    data: dict[str, Any] = json.loads(resource("letters", "procedures.json").read_text(encoding="utf-8"))
    return {
        key: Procedure(
            key=key,
            name=entry["naam"],
            application=entry["aanvraag"],
            legal_bases=tuple(
                sorted(
                    (
                        (date.fromisoformat(v["geldig_vanaf"]) if v["geldig_vanaf"] else None, v["tekst"])
                        for v in entry["regelgeving"]
                    ),
                    key=lambda version: version[0] or date.min,
                )
            ),
            reconsideration_rule=entry.get("heroverweging_regel"),
            reconsideration_course=entry.get("heroverweging_verloop"),
        )
        for key, entry in data["procedures"].items()
    }


def _legal_basis(context: LetterContext) -> str:
    """The legal basis in force on the letter's date; a letter older than the procedure is refused."""
    procedure = _procedure(context)
    text = procedure.legal_basis_on(context.letter_date)
    if text is None:
        start = procedure.in_force_from
        raise BadInputError(
            N_(
                "Een brief van {d} kan geen regelgeving vermelden: de {p} bestaat pas sinds {s}. "
                "Kies een latere briefdatum."
            ).format(
                d=format_date(context.letter_date), p=procedure.name, s=format_date(start) if start else "?"
            )
        )
    return text


def _procedure(context: LetterContext) -> Procedure:
    procedures = load_procedures()
    try:
        return procedures[context.dossier.procedure]
    except KeyError:
        raise BadInputError(
            N_("Onbekende procedure '{p}' (gekend: {known}).").format(
                p=context.dossier.procedure, known=", ".join(sorted(procedures))
            )
        ) from None


# --- the placeholder catalogue ---------------------------------------------------------------

Getter = Callable[[LetterContext], str | None]
BlockBuilder = Callable[[LetterContext, LetterStyles], list[Flowable]]


def _date(value: date | None) -> str | None:
    return format_date(value) if value is not None else None


def _int(value: int | None) -> str | None:
    return str(value) if value is not None else None


def _areas(areas: tuple[str, ...]) -> str | None:
    if not areas:
        return None
    return areas[0] if len(areas) == 1 else ", ".join(areas[:-1]) + N_(" en ") + areas[-1]


def _euro(value: Decimal | None) -> str | None:
    return f"€ {format_amount(value)}" if value is not None else None


def _points(value: Decimal | None) -> str | None:
    return format_decimal(value) if value is not None else None


def _term(c: LetterContext) -> Term:
    if c.term is None:
        raise MissingValueError("termijn", description=N_("de termijn van het dossier"))
    return c.term


def _decision(c: LetterContext) -> Decision:
    return c.decision or Decision()


def _reconsideration(c: LetterContext) -> Reconsideration:
    return c.reconsideration or Reconsideration()


_INLINE: dict[str, tuple[str, Getter]] = {
    # brief & organisatie
    "brief.datum": (N_("datum van de brief"), lambda c: _date(c.letter_date)),
    "organisatie.naam": (N_("naam van de organisatie"), lambda c: c.organisation.name),
    "organisatie.ondernemingsnummer": (
        N_("ondernemingsnummer (KBO)"),
        lambda c: c.organisation.enterprise_number,
    ),
    "organisatie.adres": (
        N_("adres van de organisatie, op één regel"),
        lambda c: ", ".join(c.organisation.address_lines),
    ),
    "geadresseerde.naam": (N_("naam van de geadresseerde"), lambda c: c.recipient.name),
    "geadresseerde.aanhef": (N_("aanhef, bv. 'Geachte mevrouw Janssens'"), lambda c: c.recipient.salutation),
    # dossier & procedure
    "dossier.kenmerk": (N_("ons kenmerk"), lambda c: c.dossier.reference),
    "dossier.uw_kenmerk": (N_("uw kenmerk"), lambda c: c.dossier.their_reference),
    "dossier.ingediend_op": (
        N_("datum van indiening van de aanvraag"),
        lambda c: _date(c.dossier.submitted_on),
    ),
    "dossier.ontvankelijk_op": (
        N_("datum waarop de ontvankelijkheid werd gemeld"),
        lambda c: _date(c.dossier.admissible_on),
    ),
    "procedure.naam": (N_("naam van de registratie of erkenning"), lambda c: _procedure(c).name),
    "procedure.aanvraag": (
        N_("soort aanvraag, bv. 'aanvraag tot erkenning als …'"),
        lambda c: _procedure(c).application,
    ),
    "procedure.regelgeving": (
        N_("decreet en besluit waarop de procedure steunt"),
        _legal_basis,
    ),
    "procedure.heroverweging_regel": (
        N_("regel voor heroverweging (ED-9 of QR-5)"),
        lambda c: _procedure(c).reconsideration_rule,
    ),
    "procedure.heroverweging_verloop": (
        N_("hoe een heroverweging verloopt"),
        lambda c: _procedure(c).reconsideration_course,
    ),
    # contactpersoon & ondertekenaar
    "afzender.naam": (N_("naam van de contactpersoon"), lambda c: c.contact.name),
    "afzender.telefoon": (N_("telefoon van de contactpersoon"), lambda c: c.contact.phone),
    "afzender.email": (N_("e-mail van de contactpersoon"), lambda c: c.contact.email),
    "ondertekenaar.naam": (N_("naam van de ondertekenaar"), lambda c: c.signatory.name),
    "ondertekenaar.functie": (N_("functie van de ondertekenaar"), lambda c: c.signatory.function),
    # termijn
    "termijn.regel": (
        N_("regel die de termijn bepaalt, bv. ED-5"),
        lambda c: c.term.rule_id if c.term else None,
    ),
    "termijn.dagen": (N_("lengte van de termijn in dagen"), lambda c: _int(c.term.days) if c.term else None),
    "termijn.begindatum": (
        N_("dag van de gebeurtenis die de termijn start"),
        lambda c: _date(c.term.start_event_on) if c.term else None,
    ),
    "termijn.einddatum": (
        N_("laatste dag van de termijn"),
        lambda c: _date(c.term.end_on) if c.term else None,
    ),
    "termijn.geschorst_sinds": (
        N_("begin van de lopende schorsing"),
        lambda c: _date(c.term.stopped_since) if c.term else None,
    ),
    "termijn.verstreken_dagen": (
        N_("verstreken dagen van de termijn"),
        lambda c: _int(c.term.days_used) if c.term else None,
    ),
    "termijn.resterende_dagen": (
        N_("resterende dagen van de termijn"),
        lambda c: _int(c.term.days_left) if c.term else None,
    ),
    "antwoord.uiterlijk_op": (N_("datum waarop wij het antwoord verwachten"), lambda c: _date(c.reply_by)),
    # beslissing
    "beslissing.datum": (N_("datum van de beslissing"), lambda c: _date(_decision(c).decided_on)),
    "beslissing.geldig_vanaf": (N_("begin van de geldigheid"), lambda c: _date(_decision(c).valid_from)),
    "beslissing.geldig_tot": (N_("laatste dag van de geldigheid"), lambda c: _date(_decision(c).valid_until)),
    "beslissing.ingangsdatum": (
        N_("dag waarop schorsing, intrekking of verval ingaat"),
        lambda c: _date(_decision(c).effective_on),
    ),
    "beslissing.voornemen_op": (
        N_("datum van de brief met het voornemen (QR-6)"),
        lambda c: _date(_decision(c).notice_sent_on),
    ),
    "beslissing.reactietermijn_dagen": (
        N_("dagen om op het voornemen te reageren (QR-6)"),
        lambda c: _int(_decision(c).response_days),
    ),
    "heroverweging.termijn_dagen": (
        N_("dagen om heroverweging te vragen (ED-9 / QR-5)"),
        lambda c: _int(_decision(c).reconsideration_days),
    ),
    # heroverweging (uitkomst)
    "heroverweging.ingediend_op": (
        N_("datum van het verzoek tot heroverweging"),
        lambda c: _date(_reconsideration(c).requested_on),
    ),
    "heroverweging.oorspronkelijke_beslissing_op": (
        N_("datum van de betwiste beslissing"),
        lambda c: _date(_reconsideration(c).original_decision_on),
    ),
    "heroverweging.hoorzitting_op": (
        N_("datum van de hoorzitting"),
        lambda c: _date(_reconsideration(c).hearing_on),
    ),
    "heroverweging.advies_op": (
        N_("datum van het advies van de heroverwegingscommissie"),
        lambda c: _date(_reconsideration(c).committee_advice_on),
    ),
    "heroverweging.beslist_op": (
        N_("datum van de beslissing na heroverweging"),
        lambda c: _date(_reconsideration(c).decided_on),
    ),
    "heroverweging.uitkomst": (N_("de beslissing na heroverweging"), lambda c: _reconsideration(c).outcome),
    # kwaliteitsbewijs & verslag & advies
    "kwaliteitsbewijs.naam": (
        N_("naam van het kwaliteitsbewijs"),
        lambda c: c.quality_proof.name if c.quality_proof else None,
    ),
    "kwaliteitsbewijs.geldig_tot": (
        N_("einddatum van het kwaliteitsbewijs"),
        lambda c: _date(c.quality_proof.valid_until) if c.quality_proof else None,
    ),
    "kwaliteitsbewijs.domeinen": (
        N_("domeinen die het kwaliteitsbewijs dekt (QR-1)"),
        lambda c: _areas(c.quality_proof.areas) if c.quality_proof else None,
    ),
    "kwaliteitsbewijs.publicatie": (
        N_("publicatie van de lijst waarop het kwaliteitsbewijs staat"),
        lambda c: c.quality_proof.publication if c.quality_proof else None,
    ),
    # opdracht (tenderpartners Intensief Werkplekleren)
    "opdracht.naam": (N_("naam van de opdracht"), lambda c: c.tender.name if c.tender else None),
    "opdracht.perceel": (
        N_("perceel van de opdracht"),
        lambda c: (c.tender.lot or None) if c.tender else None,
    ),
    "offerte.prijs": (
        N_("prijs van de offerte (euro)"),
        lambda c: _euro(c.tender.price) if c.tender else None,
    ),
    "offerte.kwaliteitsscore": (
        N_("kwaliteitsscore van de offerte (op 100)"),
        lambda c: _points(c.tender.quality_score) if c.tender else None,
    ),
    "offerte.punten_kwaliteit": (
        N_("punten voor kwaliteit (TW-1)"),
        lambda c: _points(c.tender.quality_points) if c.tender else None,
    ),
    "offerte.punten_prijs": (
        N_("punten voor prijs (TW-1)"),
        lambda c: _points(c.tender.price_points) if c.tender else None,
    ),
    "offerte.totaal": (
        N_("totaalscore van de offerte (op 100)"),
        lambda c: _points(c.tender.total) if c.tender else None,
    ),
    "offerte.rangschikking": (
        N_("plaats van de offerte, bv. '1 van 3'"),
        lambda c: (
            f"{c.tender.rank} van {c.tender.bids}" if c.tender and c.tender.rank and c.tender.bids else None
        ),
    ),
    "contract.kenmerk": (
        N_("kenmerk van het contract"),
        lambda c: (c.tender.contract_reference or None) if c.tender else None,
    ),
    "contract.begin": (
        N_("begin van het contract"),
        lambda c: _date(c.tender.contract_start) if c.tender else None,
    ),
    "contract.einde": (
        N_("laatste dag van het contract"),
        lambda c: _date(c.tender.contract_end) if c.tender else None,
    ),
    "verslag.jaar": (
        N_("jaar waarover het duurzaamheidsverslag gaat"),
        lambda c: _int(c.report.year) if c.report else None,
    ),
    "verslag.uiterste_datum": (
        N_("uiterste datum voor het verslag (MW-2)"),
        lambda c: _date(c.report.due_on) if c.report else None,
    ),
    "verslag.ontvangen_op": (
        N_("datum waarop het verslag ontvangen werd"),
        lambda c: _date(c.report.received_on) if c.report else None,
    ),
    "advies.voorstel": (N_("voorgestelde beslissing"), lambda c: c.proposed_decision),
    **VISIT_INLINE,
}


# --- block placeholders ------------------------------------------------------------------------


def _plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


def term_statement(term: Term) -> str:
    """The clock sentence: stopped since …, days used and left (T-3), or running until ….

    Example: "De termijn van 45 dagen (ED-5) is geschorst sinds 3 april 2025; er waren 12 dagen
    verstreken, er resten 33 dagen."
    """
    head = f"De termijn van {term.days} {_plural(term.days, 'dag', 'dagen')} ({term.rule_id})"
    if term.stopped_since is not None:
        if term.days_used is None:
            raise MissingValueError(
                "termijn.verstreken_dagen", description=N_("verstreken dagen van de termijn")
            )
        if term.days_left is None:
            raise MissingValueError(
                "termijn.resterende_dagen", description=N_("resterende dagen van de termijn")
            )
        used, left = term.days_used, term.days_left
        return (
            f"{head} is geschorst sinds {format_date(term.stopped_since)}; "
            f"er {_plural(used, 'was', 'waren')} {used} {_plural(used, 'dag', 'dagen')} verstreken, "
            f"er {_plural(left, 'rest', 'resten')} {left} {_plural(left, 'dag', 'dagen')}."
        )
    if term.end_on is None:
        raise MissingValueError("termijn.einddatum", description=N_("laatste dag van de termijn"))
    return f"{head} loopt en eindigt op {format_date(term.end_on)}."


def _highlight(markup: str, styles: LetterStyles, color: str) -> Flowable:
    table = Table([[Paragraph(markup, styles.body)]], colWidths=[TEXT_WIDTH], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS.regular),
                ("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.93, 0.95, 0.97)),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, colors.HexColor(color)),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), -1),
            ]
        )
    )
    return table


def _bullets(items: Sequence[str], styles: LetterStyles) -> list[Flowable]:
    return [Paragraph(item, styles.bullet, bulletText="•") for item in items]


def _block_term(c: LetterContext, styles: LetterStyles) -> list[Flowable]:
    color = load_branding().primary_color
    return [_highlight(text(term_statement(_term(c))), styles, color), _spacer(styles)]


def _block_missing(c: LetterContext, styles: LetterStyles) -> list[Flowable]:
    if not c.missing_information:
        raise MissingValueError("ontbrekende_informatie", description=N_("lijst van ontbrekende informatie"))
    return [*_bullets([text(item) for item in c.missing_information], styles), _spacer(styles)]


def _block_reasons(c: LetterContext, styles: LetterStyles) -> list[Flowable]:
    reasons = _decision(c).reasons
    if not reasons:
        raise MissingValueError("beslissing.motivering", description=N_("motivering van de beslissing"))
    return [*_bullets([text(reason) for reason in reasons], styles), _spacer(styles)]


def _block_findings(c: LetterContext, styles: LetterStyles) -> list[Flowable]:
    if not c.findings:
        raise MissingValueError("bevindingen", description=N_("de getoetste voorwaarden en hun oordeel"))
    rows = [[text(f.rule_id), text(f.verdict), text(f.reason)] for f in c.findings]
    table = data_table(
        ["Regel", "Oordeel", "Motivering"], rows, [20, 30, 115], primary_color=load_branding().primary_color
    )
    return [table, _spacer(styles)]


def _block_approval(c: LetterContext, styles: LetterStyles) -> list[Flowable]:
    approval = c.approval or Approval()
    remarks = text(approval.remarks) if approval.remarks else None
    return [
        form_box(
            "Opmerkingen en goedkeuring door de teamverantwoordelijke",
            remarks,
            [
                ("Goedgekeurd door", text(approval.approved_by) if approval.approved_by else None),
                ("Op", format_date(approval.approved_on) if approval.approved_on else None),
            ],
            primary_color=load_branding().primary_color,
        ),
        _spacer(styles),
    ]


def _spacer(styles: LetterStyles) -> Flowable:
    return Spacer(1, styles.body.spaceAfter)


_BLOCKS: dict[str, tuple[str, BlockBuilder]] = {
    "termijn.stand": (
        N_("zin over de termijn: geschorst sinds … (verstreken/resterende dagen) of loopt tot …"),
        _block_term,
    ),
    "ontbrekende_informatie": (N_("opsomming van de gevraagde informatie"), _block_missing),
    "beslissing.motivering": (N_("opsomming van de redenen van de beslissing"), _block_reasons),
    "bevindingen": (N_("tabel: regel, oordeel, motivering"), _block_findings),
    "goedkeuring": (N_("vak met opmerkingen en goedkeuring van de teamverantwoordelijke"), _block_approval),
    **VISIT_BLOCKS,
}

PLACEHOLDERS: dict[str, Placeholder] = {
    **{name: Placeholder(name, description) for name, (description, _) in _INLINE.items()},
    **{name: Placeholder(name, description, block=True) for name, (description, _) in _BLOCKS.items()},
}
"""Every placeholder any letter may use, with its Dutch description."""

# Groups of placeholders; each kind allows the common ones plus its own groups.
_GROUPS: dict[str, tuple[str, ...]] = {
    "common": tuple(
        n
        for n in _INLINE
        if n.split(".")[0]
        in {"brief", "organisatie", "geadresseerde", "dossier", "procedure", "afzender", "ondertekenaar"}
    ),
    "termijn": (*(n for n in _INLINE if n.startswith("termijn.")), "termijn.stand"),
    "antwoord": ("antwoord.uiterlijk_op",),
    "informatievraag": ("ontbrekende_informatie",),
    "beslissing": (*(n for n in _INLINE if n.startswith("beslissing.")), "beslissing.motivering"),
    "heroverwegingsclausule": ("heroverweging.termijn_dagen",),
    "heroverweging": tuple(
        n for n in _INLINE if n.startswith("heroverweging.") and n != "heroverweging.termijn_dagen"
    ),
    "kwaliteitsbewijs": tuple(n for n in _INLINE if n.startswith("kwaliteitsbewijs.")),
    "verslag": tuple(n for n in _INLINE if n.startswith("verslag.")),
    "opdracht": tuple(n for n in _INLINE if n.split(".")[0] in {"opdracht", "offerte", "contract"}),
    "advies": ("advies.voorstel", "bevindingen", "goedkeuring"),
    "bezoek": (*VISIT_INLINE, *VISIT_BLOCKS),
}


@dataclass(frozen=True)
class LetterKind:
    """One kind of letter: its name (as the CLI uses it), Dutch title and allowed placeholders."""

    name: str
    title: str
    description: str
    groups: tuple[str, ...]
    required: tuple[str, ...] = ()
    needs_approval: bool = False
    for_dossiers: bool = True
    """False: made from something else than a dossier (the visit report), not offered on a dossier."""

    @property
    def placeholders(self) -> dict[str, Placeholder]:
        names = [n for group in ("common", *self.groups) for n in _GROUPS[group]]
        return {name: PLACEHOLDERS[name] for name in names}


KINDS: dict[str, LetterKind] = {
    kind.name: kind
    for kind in (
        LetterKind(
            "ontvankelijk",
            N_("Ontvankelijk"),
            N_("De aanvraag is ontvankelijk (ED-4); de termijn van ED-5 loopt."),
            ("termijn",),
        ),
        LetterKind(
            "onontvankelijk",
            N_("Onontvankelijk"),
            N_("De aanvraag is niet ontvankelijk (ED-4); het dossier sluit."),
            ("beslissing",),
            required=("beslissing.motivering",),
        ),
        LetterKind(
            "informatievraag",
            N_("Vraag om bijkomende informatie"),
            N_("Vraag om ontbrekende informatie; de termijn is geschorst (ED-5, T-3)."),
            ("termijn", "antwoord", "informatievraag"),
            required=("ontbrekende_informatie", "termijn.stand"),
        ),
        LetterKind(
            "advies",
            N_("Advies aan de minister"),
            N_("Advies met de getoetste voorwaarden, een voorstel van beslissing en de goedkeuring (ED-6)."),
            ("termijn", "advies", "beslissing", "kwaliteitsbewijs"),
            required=("bevindingen", "goedkeuring"),
            needs_approval=True,
        ),
        LetterKind(
            "validatie",
            N_("Validatie van de kwaliteitsregistratie"),
            N_("De kwaliteitsregistratie is gevalideerd (QR-2, QR-4, QR-7)."),
            ("beslissing", "kwaliteitsbewijs", "termijn"),
        ),
        LetterKind(
            "erkenning",
            N_("Erkenning"),
            N_("Beslissing: erkenning als externe dienstverlener (ED-6, ED-7)."),
            ("beslissing",),
        ),
        LetterKind(
            "weigering",
            N_("Weigering"),
            N_("Beslissing: weigering, met de mogelijkheid tot heroverweging (ED-9 / QR-5)."),
            ("beslissing", "heroverwegingsclausule"),
            required=(
                "beslissing.motivering",
                "heroverweging.termijn_dagen",
                "procedure.heroverweging_regel",
            ),
        ),
        LetterKind(
            "schorsing",
            N_("Schorsing"),
            N_("Beslissing: schorsing na de kans om te reageren (QR-6)."),
            ("beslissing",),
            required=("beslissing.motivering",),
        ),
        LetterKind(
            "intrekking",
            N_("Intrekking"),
            N_("Beslissing: intrekking na de kans om te reageren (QR-6)."),
            ("beslissing", "kwaliteitsbewijs"),
            required=("beslissing.motivering",),
        ),
        LetterKind(
            "heroverweging",
            N_("Uitkomst van de heroverweging"),
            N_("De beslissing na een verzoek tot heroverweging (ED-9)."),
            ("beslissing", "heroverweging"),
            required=("heroverweging.uitkomst",),
        ),
        LetterKind(
            "verval",
            N_("Verval"),
            N_("Kennisgeving van verval (ED-8, QR-7)."),
            ("beslissing", "kwaliteitsbewijs"),
            required=("beslissing.motivering",),
        ),
        LetterKind(
            "managementondersteuning",
            N_("Verplichte managementondersteuning"),
            N_("De minister legt verplichte managementondersteuning op (MW-3)."),
            ("beslissing", "verslag"),
            required=("beslissing.motivering",),
        ),
        LetterKind(
            "uitnodiging-offerte",
            N_("Uitnodiging om een offerte in te dienen"),
            N_("De partner voldoet aan TW-1 en wordt uitgenodigd om een offerte in te dienen."),
            ("opdracht", "antwoord"),
            required=("opdracht.naam",),
        ),
        LetterKind(
            "gunning",
            N_("Gunning van de opdracht"),
            N_("De opdracht wordt gegund op kwaliteit en prijs (TW-1)."),
            ("opdracht", "beslissing"),
            required=("opdracht.naam", "offerte.totaal"),
        ),
        LetterKind(
            "niet-gunning",
            N_("Niet-gunning van de opdracht"),
            N_("De opdracht wordt niet aan deze partner gegund, met de motivering (TW-1)."),
            ("opdracht", "beslissing"),
            required=("opdracht.naam", "beslissing.motivering"),
        ),
        LetterKind(
            "kwaliteitsbewijs-aanvaard",
            N_("Kwaliteitsbewijs aanvaard"),
            N_("Het kwaliteitsbewijs staat op de lijst, in een nieuwe publicatie (QR-2 a)."),
            ("beslissing", "kwaliteitsbewijs"),
            required=("kwaliteitsbewijs.naam", "kwaliteitsbewijs.publicatie"),
        ),
        LetterKind(
            "kwaliteitsbewijs-geweigerd",
            N_("Kwaliteitsbewijs niet aanvaard"),
            N_("Het kwaliteitsbewijs komt niet op de lijst, met de motivering (QR-2 a)."),
            ("beslissing", "kwaliteitsbewijs"),
            required=("beslissing.motivering",),
        ),
        LetterKind(
            "herinnering-verslag",
            N_("Herinnering duurzaamheidsverslag"),
            N_("Herinnering: het duurzaamheidsverslag is niet ontvangen (MW-2)."),
            ("verslag", "antwoord"),
        ),
        LetterKind(
            "bezoekverslag",
            N_("Bezoekverslag"),
            N_(
                "Verslag van een bezoek ter plaatse: oordeel per checklistpunt en opvolgacties (§3.2, MW-4, TW-2)."
            ),
            ("bezoek",),
            required=("bezoek.bevindingen",),
            for_dossiers=False,
        ),
    )
}


def list_kinds() -> list[LetterKind]:
    """The letter kinds, in the order of the procedure."""
    return list(KINDS.values())


def letter_kind(kind: str) -> LetterKind:
    """The kind called `kind`, or NotFoundError listing the known ones."""
    try:
        return KINDS[kind]
    except KeyError:
        raise NotFoundError(
            N_("Onbekende briefsoort '{k}'. Gekend: {known}.").format(k=kind, known=", ".join(KINDS))
        ) from None


def known_placeholders(kind: str) -> dict[str, Placeholder]:
    """The placeholders the template of `kind` may use (what the Beheer editor offers)."""
    return letter_kind(kind).placeholders


def validate_letter_template(template: LetterTemplate, kind: str | None = None) -> list[TemplateProblem]:
    """All problems of a letter template: syntax, unknown or misplaced placeholders, required
    placeholders of its kind, and characters the embedded font cannot print."""
    spec = letter_kind(kind or template.kind)
    problems: list[TemplateProblem] = []
    if template.kind != spec.name:
        problems.append(
            TemplateProblem(
                N_("soort"),
                N_("het sjabloon is voor '{a}', niet voor '{b}'").format(a=template.kind, b=spec.name),
            )
        )
    problems += validate_template(template, spec.placeholders, required=spec.required)
    for location, value in template.texts():
        missing = missing_glyphs(value)
        if missing:
            problems.append(
                TemplateProblem(
                    location, N_("tekens die het lettertype niet kan tonen: {c}").format(c=" ".join(missing))
                )
            )
    return problems


def placeholder_values(context: LetterContext) -> dict[str, str | None]:
    """Flat placeholder → text mapping derived from the context (None: no value)."""
    values: dict[str, str | None] = {}
    for name, (_, getter) in _INLINE.items():
        try:
            values[name] = getter(context)
        except BadInputError:
            values[name] = None
    return values


# --- rendering --------------------------------------------------------------------------------


def _check_glyphs(label: str, value: str) -> None:
    missing = missing_glyphs(value)
    if missing:
        raise BadInputError(
            N_("{label} bevat tekens die de brief niet kan afdrukken: {chars}").format(
                label=label, chars=" ".join(missing)
            )
        )


def _body(
    template: LetterTemplate,
    context: LetterContext,
    values: Mapping[str, str | None],
    styles: LetterStyles,
    descriptions: Mapping[str, str],
) -> list[Flowable]:
    flowables: list[Flowable] = []
    for part in body_parts(template):
        if part.lone_placeholder in _BLOCKS:
            flowables += _BLOCKS[part.lone_placeholder][1](context, styles)
            continue
        markup = fill(part.text, values, descriptions=descriptions, where=part.location)
        if part.kind == "heading":
            flowables.append(Paragraph(markup, styles.heading))
        elif part.kind == "bullet":
            flowables.append(Paragraph(markup, styles.bullet, bulletText="•"))
        else:
            flowables.append(Paragraph(markup, styles.body))
    return _grouped(flowables, styles)


def _grouped(flowables: list[Flowable], styles: LetterStyles) -> list[Flowable]:
    """Close bullet lists with a paragraph gap; keep a heading on the page of what follows it."""
    result: list[Flowable] = []
    index = 0
    while index < len(flowables):
        flowable = flowables[index]
        following = flowables[index + 1] if index + 1 < len(flowables) else None
        if _is(flowable, styles.bullet) and not _is(following, styles.bullet):
            result += [flowable, Spacer(1, styles.body.spaceAfter - styles.bullet.spaceAfter)]
        elif _is(flowable, styles.heading) and following is not None:
            result.append(KeepTogether([flowable, following]))
            index += 1
        else:
            result.append(flowable)
        index += 1
    return result


def _is(flowable: Flowable | None, style: Any) -> bool:
    return isinstance(flowable, Paragraph) and flowable.style is style


def render_letter(kind: str, context: LetterContext, *, template: LetterTemplate | None = None) -> bytes:
    """The PDF of one letter of `kind` for `context` (the shipped template unless one is given).

    Raises NotFoundError for an unknown kind, TemplateError for an invalid template,
    MissingValueError naming the placeholder whose value is missing, BadInputError for text the
    font cannot print. Deterministic: same kind, context and template give the same bytes.
    """
    spec = letter_kind(kind)
    template = template or load_template(kind)
    problems = validate_letter_template(template, kind)
    if problems:
        raise TemplateError(problems, where=template.source or kind)

    _legal_basis(context)  # a letter dated before its procedure existed is refused, with the reason
    descriptions = {name: p.description for name, p in PLACEHOLDERS.items()}
    values = placeholder_values(context)
    used = list_placeholders(template)
    for name in used:
        value = values.get(name)
        if name in _INLINE and value:
            _check_glyphs(f"{{{name}}}", value)
    _procedure(context)  # an unknown procedure is an error even if no text names it

    recipient = context.recipient
    if not recipient.address_lines:
        raise MissingValueError("geadresseerde.adres", description=N_("postadres van de geadresseerde"))
    for label, value in (
        (N_("De naam van de geadresseerde"), recipient.name),
        (N_("Het adres"), "\n".join(recipient.address_lines)),
        (N_("De ondertekenaar"), f"{context.signatory.name} {context.signatory.function}"),
    ):
        _check_glyphs(label, value)

    branding = load_branding()
    styles = letter_styles(branding.primary_color)

    def filled(text_: str, where: str, *, markup: bool = True) -> str:
        return fill(text_, values, markup=markup, descriptions=descriptions, where=where)

    subject_plain = filled(template.subject, N_("onderwerp"), markup=False)
    reference = context.dossier.reference
    references: list[tuple[str, str]] = [
        ("ons kenmerk", reference),
        ("uw kenmerk", context.dossier.their_reference or "—"),
        ("datum", format_date(context.letter_date)),
        ("contactpersoon", context.contact.name),
    ]
    if context.contact.phone:
        references.append(("telefoon", context.contact.phone))
    if context.contact.email:
        references.append(("e-mail", context.contact.email))
    if context.attachments:
        references.append(("bijlagen", str(len(context.attachments))))

    address = [recipient.name]
    if recipient.attention:
        address.append(recipient.attention)
    address += recipient.address_lines

    concept = context.draft or (spec.needs_approval and not (context.approval and context.approval.approved))
    title = filled(template.title, N_("titel"), markup=False)
    keywords = (*template.keywords, kind, reference, f"sjabloon {kind} v{template.version}")
    if concept:
        keywords = (*keywords, "CONCEPT")

    layout = LetterLayout(
        letter_date=context.letter_date,
        metadata=PdfMetadata(
            title=f"{title} — {reference}",
            author=branding.department,
            subject=subject_plain,
            keywords=keywords,
        ),
        addressee_lines=tuple(address),
        references=tuple(references),
        reference=reference,
        subject=filled(template.subject, N_("onderwerp")),
        salutation=filled(template.salutation, N_("aanhef")),
        body=tuple(_body(template, context, values, styles, descriptions)),
        closing=filled(template.closing, N_("slotformule")) if template.closing.strip() else "",
        signatory_name=context.signatory.name,
        signatory_function=context.signatory.function,
        attachments=context.attachments,
        footer_note=f"{APP_NAME} · {kind} · sjabloon versie {template.version} · ons kenmerk {reference}",
        watermark="CONCEPT" if concept else None,
        marking="CONCEPT — niet goedgekeurd"
        if concept and spec.needs_approval
        else ("CONCEPT" if concept else None),
        primary_color=branding.primary_color,
    )
    return build_letter_pdf(layout, branding=branding)


# --- an example context (previews in the template editor, tests, docs) -------------------------


_EXAMPLE_PROCEDURE = {
    "validatie": "kwaliteitsregistratie",
    "schorsing": "kwaliteitsregistratie",
    "intrekking": "kwaliteitsregistratie",
    "managementondersteuning": "collectief-maatwerk",
    "herinnering-verslag": "collectief-maatwerk",
    "bezoekverslag": "individueel-maatwerk",
    "uitnodiging-offerte": "intensief-werkplekleren",
    "gunning": "intensief-werkplekleren",
    "niet-gunning": "intensief-werkplekleren",
    "kwaliteitsbewijs-aanvaard": "lijst-kwaliteitsbewijzen",
    "kwaliteitsbewijs-geweigerd": "lijst-kwaliteitsbewijzen",
}
_EXAMPLE_REFERENCE = {
    "externe-dienstverlener": "WSE/ED/2025/0042",
    "kwaliteitsregistratie": "WSE/QR/2025/0117",
    "collectief-maatwerk": "WSE/MW/2025/0008",
    "individueel-maatwerk": "BZ-2025-3F9A2C1D",
    "intensief-werkplekleren": "WSE/TW/2025/0003",
    "lijst-kwaliteitsbewijzen": "WSE/KB/2025/0001",
}
_EXAMPLE_REASONS: dict[str, tuple[str, ...]] = {
    "schorsing": (
        "Het kwaliteitsbewijs EQUASS Assurance werd bij de tussentijdse audit van 12 februari 2025 ingetrokken (QR-7).",
        "Uw organisatie heeft die wijziging niet gemeld (QR-7).",
    ),
    "intrekking": (
        "Uw organisatie heeft geen geldig kwaliteitsbewijs meer sinds 12 februari 2025 (QR-2, QR-7).",
        "Ook na de schorsing werd geen nieuw kwaliteitsbewijs voorgelegd.",
    ),
    "verval": (
        "Uw organisatie begeleidde in 2023 en 2024 geen enkele werknemer met een arbeidsbeperking (ED-8).",
    ),
    "managementondersteuning": (
        "Het aandeel werknemers uit de doelgroepen daalde in 2024 tot 48 % van het personeelsbestand, "
        "onder het minimum van 55 % (MW-1).",
        "Het verslag toont voor het tweede jaar op rij een negatief bedrijfsresultaat.",
    ),
    "heroverweging": (
        "Ook bij de hoorzitting kon u voor twee begeleiders geen diploma of twee jaar relevante ervaring "
        "aantonen (ED-12).",
    ),
    "niet-gunning": (
        "Uw offerte behaalde 71,40 op 100 (48,00 voor kwaliteit, 23,40 voor prijs); de gekozen offerte 86,50 (TW-1).",
    ),
    "kwaliteitsbewijs-geweigerd": (
        "Het keurmerk wordt toegekend op basis van een zelfevaluatie, zonder audit of assessment door een "
        "onafhankelijke organisatie (QR-2).",
    ),
}
_DEFAULT_REASONS = (
    "De lijst van gekwalificeerde begeleiders ontbreekt (ED-1, ED-3).",
    "Voor twee begeleiders is geen diploma of twee jaar relevante ervaring aangetoond (ED-12).",
)


def example_context(kind: str, *, letter_date: date | None = None, approved: bool = False) -> LetterContext:
    """A fictional, complete and consistent context for `kind`: for template previews and docs.

    Terms follow T-1: admissibility mail on Monday 3 March 2025, 45 days (ED-5) → 17 April 2025;
    the information request of 3 April 2025 stops the clock after 30 days, 15 left.
    """
    letter_kind(kind)
    procedure = _EXAMPLE_PROCEDURE.get(kind, "externe-dienstverlener")
    information_request = kind == "informatievraag"
    if letter_date is None:
        letter_date = {
            "ontvankelijk": date(2025, 3, 3),
            "onontvankelijk": date(2025, 2, 28),
            "informatievraag": date(2025, 4, 3),
            "advies": date(2025, 4, 10),
            "herinnering-verslag": date(2025, 8, 18),
            "managementondersteuning": date(2025, 10, 20),
            "bezoekverslag": date(2025, 4, 22),
        }.get(kind, date(2025, 4, 17))
    addressee = None
    if kind == "advies":
        addressee = Addressee(
            name="Vlaamse minister van Werk en Sociale Economie",
            address_lines=("Koning Albert II-laan 35 bus 20", "1030 Brussel"),
            attention="t.a.v. het kabinet",
            salutation="Mevrouw de minister",
        )
    quality_proof = QualityProof(
        name="EQUASS Assurance",
        valid_until=date(2027, 9, 30),
        areas=("klantgerichtheid", "personeelsbeheer", "financieel beheer"),
        publication="WSE 2025-04-14 KB-2025-00001",
    )
    if kind == "validatie":
        decision = Decision(
            decided_on=date(2025, 4, 14), valid_from=date(2025, 4, 14), valid_until=date(2027, 9, 30)
        )
    elif kind == "managementondersteuning":
        decision = Decision(
            decided_on=date(2025, 10, 13),
            valid_from=date(2025, 11, 1),
            valid_until=date(2026, 10, 31),
            reasons=_EXAMPLE_REASONS[kind],
        )
    else:
        decision = Decision(
            decided_on=date(2025, 4, 14),
            valid_from=date(2025, 5, 1),
            valid_until=date(2030, 4, 30),
            effective_on=date(2025, 5, 1),
            reasons=_EXAMPLE_REASONS.get(kind, _DEFAULT_REASONS),
            notice_sent_on=date(2025, 3, 10),
            response_days=30,
            reconsideration_days=30,
        )
    return LetterContext(
        letter_date=letter_date,
        dossier=Dossier(
            reference=_EXAMPLE_REFERENCE[procedure],
            procedure=procedure,
            their_reference="VB-2025-07",
            submitted_on=date(2025, 2, 24),
            admissible_on=date(2025, 3, 3),
        ),
        organisation=Organisation(
            name="Voorbeeld Begeleiding vzw",
            address_lines=("Stationsstraat 12 bus 3", "9000 Gent"),
            enterprise_number="0428.759.497",
        ),
        addressee=addressee,
        contact=Contact(name="Jan Peeters", phone="02 553 00 00", email="jan.peeters@example.org"),
        signatory=Signatory(name="Els Vermeulen", function="afdelingshoofd Sociale Economie"),
        term=Term(
            rule_id="ED-5",
            days=45,
            start_event_on=date(2025, 3, 3),
            end_on=None if information_request else date(2025, 4, 17),
            stopped_since=date(2025, 4, 3) if information_request else None,
            days_used=30 if information_request else None,
            days_left=15 if information_request else None,
        ),
        decision=decision,
        reconsideration=Reconsideration(
            requested_on=date(2025, 1, 20),
            original_decision_on=date(2024, 12, 27),
            hearing_on=date(2025, 3, 5),
            committee_advice_on=date(2025, 3, 28),
            decided_on=date(2025, 4, 14),
            outcome="de weigering van de erkenning wordt bevestigd",
        ),
        quality_proof=quality_proof,
        tender=Tender(
            name="Intensief Werkplekleren 2026",
            lot="Provincie Antwerpen",
            price=Decimal("148500.00"),
            quality_score=Decimal("82.50"),
            quality_points=Decimal("49.50"),
            price_points=Decimal("37.00"),
            total=Decimal("86.50"),
            rank=1,
            bids=4,
            contract_reference="IWP-2026-ANT-01",
            contract_start=date(2026, 1, 1),
            contract_end=date(2027, 12, 31),
        ),
        report=SustainabilityReport(year=2024, due_on=date(2025, 7, 30), received_on=date(2025, 7, 28)),
        findings=(
            Finding("ED-1", "voldaan", "De kwaliteitsregistratie is gevalideerd tot 30 september 2027."),
            Finding(
                "ED-2", "niet van toepassing", "Geen GTB, GOB, maatwerkbedrijf of LDE: gewone procedure."
            ),
            Finding("ED-12", "voldaan", "Drie begeleiders met een erkend diploma (bachelor sociaal werk)."),
            Finding("ED-1", "voldaan", "Werkingsgebied Oost-Vlaanderen, capaciteit 40 werknemers per jaar."),
        ),
        missing_information=(
            "de lijst van uw gekwalificeerde begeleiders met hun diploma's",
            "een motivering van uw ervaring met de begeleiding van werknemers met een arbeidsbeperking",
            "de ondertekende verklaring op eer",
        ),
        reply_by=date(2025, 9, 1) if kind == "herinnering-verslag" else date(2025, 5, 5),
        proposed_decision="erkenning als externe dienstverlener voor vijf jaar, van 1 mei 2025 tot en met 30 april 2030",
        approval=(
            Approval(
                approved_by="An Claes, teamverantwoordelijke",
                approved_on=date(2025, 4, 11),
                remarks="Akkoord. Werkingsgebied nagekeken met de lijst van erkende diensten.",
            )
            if approved
            else None
        ),
        attachments=("Lijst van de gevraagde stukken",) if information_request else (),
        visit=example_visit() if kind == "bezoekverslag" else None,
    )
