"""The letters the department sends (domain.md §5): kinds, their data, and rendering to PDF.

The caller (a service) fills a `LetterContext` (letter_context.py) from the dossier: every date in it comes from the
dossier's computed terms (rules/terms.py) — nothing is computed here, and there is no clock.
`render_letter(kind, context)` fills the kind's template (resources/letters/<kind>.json) and
lays it out (layout.py). Same context and template in, same PDF bytes out.

Placeholders are Dutch (`{organisatie.naam}`) because the people who edit the templates read
Dutch; the catalogue below maps each one to the context field it shows.

The context dataclasses live in letter_context.py, the layout in layout.py and the template files
in templates.py; the placeholder catalogue and the renderer stay together here because a new
placeholder touches both.
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
from wsedesk.documents.letter_context import (  # noqa: F401 (callers fill the context as letters.LetterContext …)
    Addressee,
    Approval,
    Contact,
    Decision,
    Dossier,
    Finding,
    LetterContext,
    Organisation,
    QualityProof,
    Reconsideration,
    Signatory,
    SustainabilityReport,
    Tender,
    Term,
)
from wsedesk.documents.letter_examples import example_letter_context
from wsedesk.documents.letter_kinds import (  # noqa: F401 (callers name them as letters.KINDS …)
    KINDS,
    LetterKind,
    letter_kind,
    list_kinds,
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
from wsedesk.errors import BadInputError
from wsedesk.i18n import N_
from wsedesk.paths import resource

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


def _as_is(value: str | None) -> str | None:
    return value


def _filled(value: str | None) -> str | None:
    return value or None


def _fields(
    part: Callable[[LetterContext], object | None], *rows: tuple[str, str, str, Callable[[Any], str | None]]
) -> dict[str, tuple[str, Getter]]:
    """Placeholders that each show one attribute of a part of the context (the term, the tender …),
    as (name, description, attribute, how to show it); no value while the context lacks the part."""

    def getter(attribute: str, show: Callable[[Any], str | None]) -> Getter:
        def get(c: LetterContext) -> str | None:
            found = part(c)
            return None if found is None else show(getattr(found, attribute))

        return get

    return {name: (description, getter(attribute, show)) for name, description, attribute, show in rows}


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
    **_fields(
        lambda c: c.term,
        ("termijn.regel", N_("regel die de termijn bepaalt, bv. ED-5"), "rule_id", _as_is),
        ("termijn.dagen", N_("lengte van de termijn in dagen"), "days", _int),
        ("termijn.begindatum", N_("dag van de gebeurtenis die de termijn start"), "start_event_on", _date),
        ("termijn.einddatum", N_("laatste dag van de termijn"), "end_on", _date),
        ("termijn.geschorst_sinds", N_("begin van de lopende schorsing"), "stopped_since", _date),
        ("termijn.verstreken_dagen", N_("verstreken dagen van de termijn"), "days_used", _int),
        ("termijn.resterende_dagen", N_("resterende dagen van de termijn"), "days_left", _int),
    ),
    "antwoord.uiterlijk_op": (N_("datum waarop wij het antwoord verwachten"), lambda c: _date(c.reply_by)),
    # beslissing
    **_fields(
        _decision,
        ("beslissing.datum", N_("datum van de beslissing"), "decided_on", _date),
        ("beslissing.geldig_vanaf", N_("begin van de geldigheid"), "valid_from", _date),
        ("beslissing.geldig_tot", N_("laatste dag van de geldigheid"), "valid_until", _date),
        (
            "beslissing.ingangsdatum",
            N_("dag waarop schorsing, intrekking of verval ingaat"),
            "effective_on",
            _date,
        ),
        (
            "beslissing.voornemen_op",
            N_("datum van de brief met het voornemen (QR-6)"),
            "notice_sent_on",
            _date,
        ),
        (
            "beslissing.reactietermijn_dagen",
            N_("dagen om op het voornemen te reageren (QR-6)"),
            "response_days",
            _int,
        ),
        (
            "heroverweging.termijn_dagen",
            N_("dagen om heroverweging te vragen (ED-9 / QR-5)"),
            "reconsideration_days",
            _int,
        ),
    ),
    # heroverweging (uitkomst)
    **_fields(
        _reconsideration,
        ("heroverweging.ingediend_op", N_("datum van het verzoek tot heroverweging"), "requested_on", _date),
        (
            "heroverweging.oorspronkelijke_beslissing_op",
            N_("datum van de betwiste beslissing"),
            "original_decision_on",
            _date,
        ),
        ("heroverweging.hoorzitting_op", N_("datum van de hoorzitting"), "hearing_on", _date),
        (
            "heroverweging.advies_op",
            N_("datum van het advies van de heroverwegingscommissie"),
            "committee_advice_on",
            _date,
        ),
        ("heroverweging.beslist_op", N_("datum van de beslissing na heroverweging"), "decided_on", _date),
        ("heroverweging.uitkomst", N_("de beslissing na heroverweging"), "outcome", _as_is),
    ),
    # kwaliteitsbewijs & verslag & advies
    **_fields(
        lambda c: c.quality_proof,
        ("kwaliteitsbewijs.naam", N_("naam van het kwaliteitsbewijs"), "name", _as_is),
        ("kwaliteitsbewijs.geldig_tot", N_("einddatum van het kwaliteitsbewijs"), "valid_until", _date),
        ("kwaliteitsbewijs.domeinen", N_("domeinen die het kwaliteitsbewijs dekt (QR-1)"), "areas", _areas),
        (
            "kwaliteitsbewijs.publicatie",
            N_("publicatie van de lijst waarop het kwaliteitsbewijs staat"),
            "publication",
            _as_is,
        ),
    ),
    # opdracht (tenderpartners Intensief Werkplekleren)
    **_fields(
        lambda c: c.tender,
        ("opdracht.naam", N_("naam van de opdracht"), "name", _as_is),
        ("opdracht.perceel", N_("perceel van de opdracht"), "lot", _filled),
        ("offerte.prijs", N_("prijs van de offerte (euro)"), "price", _euro),
        ("offerte.kwaliteitsscore", N_("kwaliteitsscore van de offerte (op 100)"), "quality_score", _points),
        ("offerte.punten_kwaliteit", N_("punten voor kwaliteit (TW-1)"), "quality_points", _points),
        ("offerte.punten_prijs", N_("punten voor prijs (TW-1)"), "price_points", _points),
        ("offerte.totaal", N_("totaalscore van de offerte (op 100)"), "total", _points),
    ),
    "offerte.rangschikking": (
        N_("plaats van de offerte, bv. '1 van 3'"),
        lambda c: (
            f"{c.tender.rank} van {c.tender.bids}" if c.tender and c.tender.rank and c.tender.bids else None
        ),
    ),
    **_fields(
        lambda c: c.tender,
        ("contract.kenmerk", N_("kenmerk van het contract"), "contract_reference", _filled),
        ("contract.begin", N_("begin van het contract"), "contract_start", _date),
        ("contract.einde", N_("laatste dag van het contract"), "contract_end", _date),
    ),
    **_fields(
        lambda c: c.report,
        ("verslag.jaar", N_("jaar waarover het duurzaamheidsverslag gaat"), "year", _int),
        ("verslag.uiterste_datum", N_("uiterste datum voor het verslag (MW-2)"), "due_on", _date),
        ("verslag.ontvangen_op", N_("datum waarop het verslag ontvangen werd"), "received_on", _date),
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


def known_placeholders(kind: str) -> dict[str, Placeholder]:
    """The placeholders the template of `kind` may use (what the Beheer editor offers)."""
    return _placeholders(letter_kind(kind))


def _placeholders(spec: LetterKind) -> dict[str, Placeholder]:
    """The common placeholders and those of the kind's groups."""
    names = [n for group in ("common", *spec.groups) for n in _GROUPS[group]]
    return {name: PLACEHOLDERS[name] for name in names}


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
    problems += validate_template(template, _placeholders(spec), required=spec.required)
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


def example_context(kind: str, *, letter_date: date | None = None, approved: bool = False) -> LetterContext:
    """A fictional, complete and consistent context for `kind` (letter_examples.py): for template
    previews and docs; an unknown kind raises NotFoundError."""
    letter_kind(kind)
    return example_letter_context(kind, letter_date=letter_date, approved=approved)
