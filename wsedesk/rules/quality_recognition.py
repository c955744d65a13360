"""ED-1..ED-12: recognition as external service provider (erkenning externe dienstverlener), §3.2.

ED-2 decides the procedure first: the simplified one (GTB, GOB, maatwerkbedrijf, LDE) skips
the experience motivation and the supervisor list; a consortium cannot apply. ED-3 checks the
five parts of the form, ED-4 turns them into admissibility. ED-1 checks the five conditions
(ED-12 per supervisor feeds the supervisor condition); ED-6 proposes the decision from them.
ED-7, ED-8 and ED-11 concern a running recognition (`recognised_from` set); ED-5 and ED-9 the
department's terms.

ED-13 (the department tells employers which providers serve their region) is not a check: ED-1
and ED-3 make sure the working area is given as REFNIS codes, so it can be searched.

Why one module of ~1,200 lines: it is one rule family (ED-1..ED-12) read in the order of domain.md
§3.2, and the rules lean on each other (ED-12 feeds ED-1, ED-1 feeds ED-6, ED-3 feeds ED-4)
through private helpers; the shared fact types and verdicts already live in quality_base.py and
quality_facts.py. Split it by rule group (the form, the conditions, a running recognition) when
a new rule would take it further.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal

from wsedesk.i18n import N_
from wsedesk.rules.calendar import HolidayCalendar
from wsedesk.rules.identifiers import (
    IdentifierError,
    format_enterprise_number,
    is_valid_email,
    normalise_enterprise_number,
    normalise_establishment_number,
    parse_national_number,
)
from wsedesk.rules.quality_base import (
    CheckContext,
    Judge,
    as_decimal,
    blank,
    by_answer,
    ev,
    fmt_date,
    fmt_number,
    make_context,
    not_applicable,
    part_verdicts,
    sort_findings,
)
from wsedesk.rules.quality_facts import (
    KIND_LABELS,
    NIET_VOLDAAN,
    ONBEKEND,
    ORGANISATION_KINDS,
    VOLDAAN,
    AuditOrganisation,
    Finding,
    RecognitionApplication,
    Supervisor,
    Verdict,
)
from wsedesk.rules.quality_reference import DiplomaList, LabelCatalogue, RuleSettings
from wsedesk.rules.quality_registration import registration_finding, request_in_time
from wsedesk.rules.terms import ED7_VALIDITY_YEARS, ED8_IDLE_YEARS, guidance_lapse_date, validity_end
from wsedesk.rules.workflows import TERMS

Procedure = Literal["vereenvoudigd", "volledig"]


# ED-1 subjects (one finding each), in the order of the decree.
S_REGISTRATION = N_("kwaliteitsregistratie")
S_EXPERIENCE = N_("ervaring")
S_SUPERVISORS = N_("gekwalificeerde begeleiders")
S_AREA = N_("werkingsgebied en capaciteit")
S_INTERVISION = N_("intervisie")

# ED-3: the five parts of the application form.
ED3_PARTS: tuple[str, ...] = (
    N_("deel 1: organisatie- en contactgegevens"),
    N_("deel 2: vereenvoudigde procedure"),
    N_("deel 3: ervaring en begeleiders"),
    N_("deel 4: werkingsgebied en capaciteit"),
    N_("deel 5: verklaring op erewoord"),
)

Q_EXPERIENCE = N_(
    "Bezorg een motivering van uw ervaring met het begeleiden van werknemers met een "
    "arbeidsbeperking: hoeveel werknemers, in welke periode en welke begeleiding."
)
Q_SUPERVISORS = N_(
    "Bezorg de lijst van uw gekwalificeerde begeleiders, met voor elk het rijksregisternummer "
    "en het diploma of de relevante beroepservaring."
)
Q_AREA = N_("Bezorg uw werkingsgebied: de gemeenten of provincies waarin u begeleiding aanbiedt.")
Q_CAPACITY = N_(
    "Bezorg een inschatting van uw begeleidingscapaciteit: hoeveel werknemers u tegelijk kunt begeleiden."
)
Q_CAPACITY_MOTIVATION = N_("Bezorg een motivering van uw inschatting van werkingsgebied en capaciteit.")
Q_INTERVISION = N_("Bevestig dat u deelneemt aan de intervisiemomenten die het departement organiseert.")
Q_SUBCONTRACTORS = N_(
    "Meld of u voor de begeleiding onderaannemers inschakelt, en zo ja welke (naam en ondernemingsnummer)."
)
Q_LAST_GUIDANCE = N_("Bezorg de datum waarop u het laatst een werknemer met een arbeidsbeperking begeleidde.")
Q_SIMPLIFIED = N_("Meld of u de vereenvoudigde procedure vraagt (deel 2 van het aanvraagformulier).")
Q_KIND = N_("Meld welk type organisatie u bent (bijvoorbeeld vzw, maatwerkbedrijf, OCMW of lokaal bestuur).")


@dataclass(frozen=True)
class ProcedureDecision:
    """The outcome of ED-2: which procedure applies (None: not yet known) and the finding."""

    procedure: Procedure | None
    finding: Finding


def _kind_label(kind: str | None) -> str:
    return KIND_LABELS.get(kind or "", kind or "?")


def procedure_for(app: RecognitionApplication, settings: RuleSettings) -> ProcedureDecision:
    """ED-2: the simplified procedure for GTB, GOB, maatwerkbedrijf and LDE; consortia are refused."""
    kind = app.organisation.kind
    evidence = ev(organisation__kind=kind, simplified_requested=app.simplified_requested)
    if kind is None:
        return ProcedureDecision(
            None,
            Finding(
                "ED-2",
                ONBEKEND,
                N_("Het type organisatie is niet gekend; daarvan hangt af welke procedure geldt."),
                evidence,
                question=Q_KIND,
            ),
        )
    if kind in settings.ed2_excluded_kinds:
        return ProcedureDecision(
            None,
            Finding(
                "ED-2",
                NIET_VOLDAAN,
                N_(
                    "Een {k} kan geen erkenning aanvragen; elke organisatie vraagt afzonderlijk een erkenning "
                    "aan (een gemeente of OCMW voor zichzelf)."
                ).format(k=_kind_label(kind)),
                evidence,
            ),
        )
    eligible = kind in settings.ed2_simplified_kinds
    requested = app.simplified_requested
    label = _kind_label(kind)
    if eligible and requested is True:
        return ProcedureDecision(
            "vereenvoudigd",
            Finding(
                "ED-2",
                VOLDAAN,
                N_(
                    "Vereenvoudigde procedure: als {k} hoeft de aanvrager geen ervaring te motiveren en geen lijst "
                    "van begeleiders te bezorgen."
                ).format(k=label),
                evidence,
            ),
        )
    if eligible and requested is None:
        return ProcedureDecision(
            None,
            Finding(
                "ED-2",
                ONBEKEND,
                N_(
                    "Als {k} kan de aanvrager de vereenvoudigde procedure volgen, maar de aanvraag zegt niet of "
                    "hij dat vraagt."
                ).format(k=label),
                evidence,
                question=Q_SIMPLIFIED,
            ),
        )
    if eligible:
        reason = N_(
            "Volledige procedure op vraag van de aanvrager (als {k} kon hij de vereenvoudigde procedure volgen): "
            "ervaringsmotivering en lijst van begeleiders zijn vereist."
        ).format(k=label)
    elif requested is True:
        reason = N_(
            "De aanvrager vraagt de vereenvoudigde procedure, maar die geldt enkel voor GTB, GOB, "
            "maatwerkbedrijven en LDE-ondernemingen, niet voor een {k}. De volledige procedure geldt: "
            "ervaringsmotivering en lijst van begeleiders zijn vereist."
        ).format(k=label)
    else:
        reason = N_(
            "Volledige procedure: als {k} motiveert de aanvrager zijn ervaring en bezorgt hij de lijst van "
            "begeleiders."
        ).format(k=label)
    return ProcedureDecision("volledig", Finding("ED-2", VOLDAAN, reason, evidence))


# --- ED-12: one qualified supervisor -----------------------------------------------------------


def _supervisor_label(index: int, sup: Supervisor) -> str:
    name = sup.name.strip() or N_("(naam onbekend)")
    return N_("begeleider {i}: {n}").format(i=index, n=name)


def check_supervisor(sup: Supervisor, ctx: CheckContext, subject: str = "") -> Finding:
    """ED-12: a relevant diploma, or ≥ 2 years of experience (or a certificate / recognised training),
    and employed by the applicant."""
    s = ctx.settings
    name = sup.name.strip() or N_("de begeleider")
    years = as_decimal(sup.experience_years)
    minimum = s.ed12_min_experience_years
    diploma = ctx.diplomas.find(sup.diploma_id) if sup.diploma_id else None
    core = s.ed12_core_competences
    evidence = ev(
        diploma_id=sup.diploma_id,
        diploma_on_list=diploma is not None if sup.diploma_id else None,
        experience_years=years,
        experience_certificate=sup.experience_certificate,
        recognised_training=sup.recognised_training,
        employed_by_applicant=sup.employed_by_applicant,
        competences_described=sorted(c for c in sup.competences if c in core),
        competences_not_described=[c for c in core if c not in sup.competences],
    )
    judge = Judge()
    # The core competences are shown by one of four routes (ED-12).
    if diploma is not None:
        judge.ok(N_("{n} heeft een diploma van de lijst: {d}.").format(n=name, d=diploma.name))
    elif years is not None and years >= minimum:
        judge.ok(
            N_("{n} heeft {y} jaar relevante beroepservaring (minstens {m} vereist).").format(
                n=name, y=fmt_number(years), m=fmt_number(minimum)
            )
        )
    elif sup.experience_certificate:
        judge.ok(N_("{n} heeft een ervaringsbewijs.").format(n=name))
    elif sup.recognised_training:
        judge.ok(N_("{n} volgde een door de minister erkende opleiding.").format(n=name))
    else:
        diploma_text = (
            N_("het diploma '{d}' staat niet op de lijst").format(d=sup.diploma_id)
            if sup.diploma_id
            else N_("geen diploma van de lijst")
        )
        if years is None:
            judge.unknown(
                N_(
                    "Voor {n} is niet aangetoond dat de kerncompetenties aanwezig zijn: {d} en de beroepservaring is niet gekend."
                ).format(n=name, d=diploma_text),
                N_(
                    "Bezorg voor {n} een kopie van het diploma, of een overzicht van de relevante "
                    "beroepservaring (werkgever, periode, functie) of een ervaringsbewijs."
                ).format(n=name),
            )
        else:
            judge.fail(
                N_(
                    "{n} is geen gekwalificeerd begeleider: {d}, {y} jaar relevante beroepservaring (minstens {m} "
                    "vereist) en geen ervaringsbewijs of erkende opleiding."
                ).format(n=name, d=diploma_text, y=fmt_number(years), m=fmt_number(minimum))
            )
    # The applicant must be the employer of its supervisors.
    if sup.employed_by_applicant is False:
        judge.fail(N_("{n} is niet in dienst van de aanvrager.").format(n=name))
    elif sup.employed_by_applicant is None:
        judge.unknown(
            N_("Niet gekend is of {n} in dienst is van de aanvrager.").format(n=name),
            N_("Bezorg het bewijs dat {n} bij u in dienst is (bijvoorbeeld de arbeidsovereenkomst).").format(
                n=name
            ),
        )
    else:
        judge.ok(N_("{n} is in dienst van de aanvrager.").format(n=name))
    return judge.finding("ED-12", evidence, subject)


def _ed12(app: RecognitionApplication, procedure: Procedure | None, ctx: CheckContext) -> list[Finding]:
    if procedure == "vereenvoudigd":
        return [
            not_applicable(
                "ED-12", N_("vereenvoudigde procedure (ED-2), er is geen lijst van begeleiders vereist.")
            )
        ]
    if app.supervisors is None:
        return [
            Finding(
                "ED-12",
                ONBEKEND,
                N_("Er is geen lijst van begeleiders."),
                ev(supervisors=None),
                question=Q_SUPERVISORS,
            )
        ]
    if not app.supervisors:
        if procedure == "volledig":
            return [
                Finding(
                    "ED-12",
                    NIET_VOLDAAN,
                    N_("De aanvraag vermeldt geen enkele begeleider."),
                    ev(supervisors=0),
                )
            ]
        return [
            Finding(
                "ED-12",
                ONBEKEND,
                N_("De aanvraag vermeldt geen enkele begeleider."),
                ev(supervisors=0),
                question=Q_SUPERVISORS,
            )
        ]
    return [check_supervisor(sup, ctx, _supervisor_label(i, sup)) for i, sup in enumerate(app.supervisors, 1)]


# --- ED-1: the five conditions ---------------------------------------------------------------


def _ed1_experience(app: RecognitionApplication, procedure: Procedure | None) -> Finding:
    if procedure == "vereenvoudigd":
        return not_applicable(
            "ED-1",
            N_("vereenvoudigde procedure (ED-2), de ervaringsmotivering is niet vereist."),
            subject=S_EXPERIENCE,
        )
    evidence = ev(
        experience_motivation=N_("ingediend") if not blank(app.experience_motivation) else None,
        experience_judged_sufficient=app.experience_judged_sufficient,
    )
    if blank(app.experience_motivation):
        return Finding(
            "ED-1",
            ONBEKEND,
            N_(
                "Er is geen motivering van de ervaring met het begeleiden van werknemers met een arbeidsbeperking."
            ),
            evidence,
            S_EXPERIENCE,
            Q_EXPERIENCE,
        )
    verdict, text = by_answer(
        app.experience_judged_sufficient,
        N_(
            "De motivering toont aantoonbare ervaring met het begeleiden van werknemers met een arbeidsbeperking."
        ),
        N_(
            "De motivering toont onvoldoende aantoonbare ervaring met het begeleiden van werknemers met een "
            "arbeidsbeperking."
        ),
        N_("De ervaringsmotivering is ingediend maar nog niet beoordeeld."),
    )
    return Finding("ED-1", verdict, text, evidence, S_EXPERIENCE)


def _ed1_supervisors(
    app: RecognitionApplication, procedure: Procedure | None, ed12: list[Finding]
) -> Finding:
    if procedure == "vereenvoudigd":
        return not_applicable(
            "ED-1",
            N_("vereenvoudigde procedure (ED-2), de lijst van begeleiders is niet vereist."),
            subject=S_SUPERVISORS,
        )
    sups = app.supervisors
    if sups is None or not sups:
        verdict = NIET_VOLDAAN if sups is not None and procedure == "volledig" else ONBEKEND
        return Finding(
            "ED-1",
            verdict,
            N_("De aanvraag vermeldt geen gekwalificeerde begeleiders."),
            ev(supervisors=None if sups is None else 0),
            S_SUPERVISORS,
            Q_SUPERVISORS if verdict == ONBEKEND else None,
        )
    names = [s.name.strip() or "?" for s in sups]
    qualified = [n for n, f in zip(names, ed12, strict=True) if f.verdict == VOLDAAN]
    failed = [n for n, f in zip(names, ed12, strict=True) if f.verdict == NIET_VOLDAAN]
    unknown = [n for n, f in zip(names, ed12, strict=True) if f.verdict == ONBEKEND]
    evidence = ev(supervisors=len(sups), qualified=qualified, not_qualified=failed, unknown=unknown)
    if qualified:
        if len(sups) == 1:
            reason = N_("De enige opgegeven begeleider, {n}, voldoet aan ED-12.").format(n=qualified[0])
        else:
            reason = (
                N_("{q} van de {t} begeleiders voldoet aan ED-12: {n}.")
                if len(qualified) == 1
                else N_("{q} van de {t} begeleiders voldoen aan ED-12: {n}.")
            ).format(q=len(qualified), t=len(sups), n=", ".join(qualified))
        if failed:
            reason += (
                N_(" {n} kan niet als gekwalificeerd begeleider ingezet worden.")
                if len(failed) == 1
                else N_(" {n} kunnen niet als gekwalificeerd begeleider ingezet worden.")
            ).format(n=", ".join(failed))
        if unknown:
            reason += N_(" Voor {n} is dat nog niet vastgesteld.").format(n=", ".join(unknown))
        return Finding("ED-1", VOLDAAN, reason, evidence, S_SUPERVISORS)
    if unknown:
        return Finding(
            "ED-1",
            ONBEKEND,
            N_(
                "Nog geen enkele begeleider is aantoonbaar gekwalificeerd; voor {n} is dat nog niet vastgesteld (zie ED-12)."
            ).format(n=", ".join(unknown)),
            evidence,
            S_SUPERVISORS,
        )
    return Finding(
        "ED-1",
        NIET_VOLDAAN,
        N_("Geen enkele opgegeven begeleider voldoet aan ED-12."),
        evidence,
        S_SUPERVISORS,
    )


def _area_summary(codes: tuple[str, ...], ctx: CheckContext) -> str:
    names = [ctx.areas.name(c) for c in codes]
    if len(names) > 5:
        return N_("{n} en {k} andere").format(n=", ".join(names[:5]), k=len(names) - 5)
    return ", ".join(names)


def _area_and_capacity(
    app: RecognitionApplication, ctx: CheckContext, judge: Judge, *, questions: bool
) -> None:
    """ED-1 / ED-3 part 4: working area as searchable codes (ED-13), capacity, their motivation."""
    area = tuple(c.strip() for c in app.working_area or () if c.strip())
    if not area:
        judge.unknown(N_("Het werkingsgebied is niet opgegeven."), Q_AREA if questions else None)
    else:
        wrong = [c for c in area if c not in ctx.areas]
        if wrong:
            judge.fail(
                N_("Het werkingsgebied bevat codes die geen Vlaamse gemeente of provincie zijn: {c}.").format(
                    c=", ".join(wrong)
                )
            )
        else:
            judge.ok(N_("Werkingsgebied: {a}.").format(a=_area_summary(area, ctx)))
    if app.capacity is None:
        judge.unknown(N_("De begeleidingscapaciteit is niet opgegeven."), Q_CAPACITY if questions else None)
    elif app.capacity <= 0:
        judge.fail(
            N_("De opgegeven begeleidingscapaciteit ({c}) is geen positief aantal.").format(c=app.capacity)
        )
    else:
        judge.ok(N_("Capaciteit: {c} werknemers tegelijk.").format(c=app.capacity))
    if blank(app.capacity_motivation):
        judge.unknown(
            N_("De inschatting van werkingsgebied en capaciteit is niet gemotiveerd."),
            Q_CAPACITY_MOTIVATION if questions else None,
        )


def _area_evidence(app: RecognitionApplication) -> dict[str, str]:
    """What ED-1's area condition and ED-3's fourth part are judged on."""
    return ev(
        working_area=app.working_area,
        capacity=app.capacity,
        capacity_motivation=N_("ingediend") if not blank(app.capacity_motivation) else None,
    )


def _ed1_area(app: RecognitionApplication, ctx: CheckContext) -> Finding:
    judge = Judge()
    _area_and_capacity(app, ctx, judge, questions=True)
    return judge.finding("ED-1", _area_evidence(app), S_AREA)


def _ed1_intervision(app: RecognitionApplication) -> Finding:
    commitment = app.intervision_commitment
    verdict, text = by_answer(
        commitment,
        N_("De aanvrager engageert zich om deel te nemen aan de intervisiemomenten van het departement."),
        N_(
            "De aanvrager engageert zich niet om deel te nemen aan de intervisiemomenten van het departement."
        ),
        N_("Niet gekend is of de aanvrager deelneemt aan de intervisiemomenten van het departement."),
    )
    question = Q_INTERVISION if verdict == ONBEKEND else None
    return Finding("ED-1", verdict, text, ev(intervision_commitment=commitment), S_INTERVISION, question)


# --- ED-3 / ED-4: the application form and admissibility -----------------------------------


def _ed3_part1(app: RecognitionApplication) -> Finding:
    org, judge = app.organisation, Judge()
    number = org.enterprise_number
    formatted = None
    if blank(number) or number is None:
        judge.unknown(N_("Het ondernemingsnummer ontbreekt."))
    else:
        try:
            formatted = format_enterprise_number(number)
        except IdentifierError as exc:
            judge.fail(str(exc))
    if blank(org.name):
        judge.unknown(N_("De naam van de organisatie ontbreekt."))
    if org.kind is None:
        judge.unknown(N_("Het type organisatie ontbreekt."))
    elif org.kind not in ORGANISATION_KINDS:
        judge.fail(N_("Onbekend type organisatie: '{k}'.").format(k=org.kind))
    for raw in org.establishments:
        try:
            normalise_establishment_number(raw)
        except IdentifierError as exc:
            judge.fail(str(exc))
    if blank(app.contact_name):
        judge.unknown(N_("De naam van de contactpersoon ontbreekt."))
    if blank(app.contact_email) or app.contact_email is None:
        judge.unknown(N_("Het e-mailadres van de contactpersoon ontbreekt."))
    elif not is_valid_email(app.contact_email.strip()):
        judge.fail(
            N_("Het e-mailadres van de contactpersoon ('{e}') is ongeldig.").format(e=app.contact_email)
        )
    if judge.verdict == VOLDAAN:
        judge.ok(
            N_("{o} ({n}), {k}; contactpersoon {c} ({e}).").format(
                o=(org.name or "").strip(),
                n=formatted,
                k=_kind_label(org.kind),
                c=(app.contact_name or "").strip(),
                e=(app.contact_email or "").strip(),
            )
        )
    evidence = ev(
        organisation__enterprise_number=org.enterprise_number,
        organisation__name=org.name,
        organisation__kind=org.kind,
        organisation__establishments=org.establishments,
        contact_name=app.contact_name,
        contact_email=app.contact_email,
    )
    return judge.finding("ED-3", evidence, ED3_PARTS[0])


def _ed3_part2(app: RecognitionApplication) -> Finding:
    evidence = ev(simplified_requested=app.simplified_requested)
    if app.simplified_requested is None:
        return Finding(
            "ED-3",
            ONBEKEND,
            N_("De vraag naar de vereenvoudigde procedure is niet beantwoord."),
            evidence,
            ED3_PARTS[1],
        )
    text = (
        N_("De aanvrager vraagt de vereenvoudigde procedure.")
        if app.simplified_requested
        else N_("De aanvrager vraagt de vereenvoudigde procedure niet.")
    )
    return Finding("ED-3", VOLDAAN, text, evidence, ED3_PARTS[1])


def _ed3_part3(app: RecognitionApplication, procedure: Procedure | None) -> Finding:
    if procedure == "vereenvoudigd":
        return not_applicable("ED-3", N_("vereenvoudigde procedure (ED-2)."), subject=ED3_PARTS[2])
    judge = Judge()
    if blank(app.experience_motivation):
        judge.unknown(N_("De ervaringsmotivering ontbreekt."))
    sups = app.supervisors
    if not sups:
        judge.unknown(N_("De lijst van begeleiders ontbreekt of is leeg."))
    for i, sup in enumerate(sups or (), 1):
        who = sup.name.strip() or N_("begeleider {i}").format(i=i)
        if blank(sup.name):
            judge.unknown(N_("De naam van begeleider {i} ontbreekt.").format(i=i))
        if blank(sup.national_number) or sup.national_number is None:
            judge.unknown(N_("Het rijksregisternummer van {n} ontbreekt.").format(n=who))
        else:
            try:
                parse_national_number(sup.national_number)
            except IdentifierError:
                # Not the number itself: it reveals a birth date (domain.md §2).
                judge.fail(N_("Het rijksregisternummer van {n} is ongeldig.").format(n=who))
        if (
            sup.diploma_id is None
            and sup.experience_years is None
            and not sup.experience_certificate
            and not sup.recognised_training
        ):
            judge.unknown(N_("De kwalificatie (diploma of beroepservaring) van {n} ontbreekt.").format(n=who))
    if judge.verdict == VOLDAAN:
        judge.ok(
            N_("Ervaringsmotivering en lijst van begeleiders (1 begeleider met kwalificaties) zijn aanwezig.")
            if len(sups or ()) == 1
            else N_(
                "Ervaringsmotivering en lijst van begeleiders ({k} begeleiders met kwalificaties) zijn aanwezig."
            ).format(k=len(sups or ()))
        )
    evidence = ev(
        experience_motivation=N_("ingediend") if not blank(app.experience_motivation) else None,
        supervisors=None if sups is None else len(sups),
    )
    return judge.finding("ED-3", evidence, ED3_PARTS[2])


def _ed3_part4(app: RecognitionApplication, ctx: CheckContext) -> Finding:
    judge = Judge()
    _area_and_capacity(app, ctx, judge, questions=False)
    return judge.finding("ED-3", _area_evidence(app), ED3_PARTS[3])


def _ed3_part5(app: RecognitionApplication) -> Finding:
    verdict, text = by_answer(
        app.declaration_on_honour,
        N_("De verklaring op erewoord is ondertekend."),
        N_("De verklaring op erewoord is niet ondertekend."),
        N_("De verklaring op erewoord ontbreekt."),
    )
    return Finding("ED-3", verdict, text, ev(declaration_on_honour=app.declaration_on_honour), ED3_PARTS[4])


def _part_text(f: Finding) -> str:
    """ "deel 5: verklaring op erewoord — de verklaring ..." for the ED-4 reason."""
    reason = f.reason
    if len(reason) > 1 and reason[1].islower():
        reason = reason[0].lower() + reason[1:]
    return f"{f.subject} — {reason}"


def _ed4(
    app: RecognitionApplication, ed2: ProcedureDecision, parts: list[Finding], ctx: CheckContext
) -> Finding:
    """ED-4: admissible = complete and correct (the five ED-3 parts); a consortium never is."""
    p = app.procedure
    evidence = ev(
        procedure__submitted_on=p.submitted_on,
        procedure__admissibility_notified_on=p.admissibility_notified_on,
    )
    term_note = ""
    if p.submitted_on is not None:
        due = ctx.term(p.submitted_on, TERMS["ED-4"].days, "ED-4").due
        assert due is not None
        evidence["due"] = due.isoformat()
        if p.admissibility_notified_on is None:
            term_note = N_(" De ontvankelijkheid wordt beoordeeld uiterlijk op {d}.").format(d=fmt_date(due))
    for part in parts:
        evidence[part.subject] = part.verdict
    new_application = N_(" De aanvraag is onontvankelijk: de aanvrager moet een nieuwe aanvraag indienen.")
    if ed2.finding.verdict == NIET_VOLDAAN:
        return Finding("ED-4", NIET_VOLDAAN, ed2.finding.reason + new_application, evidence)
    wrong = [f for f in parts if f.verdict == NIET_VOLDAAN]
    if wrong:
        return Finding(
            "ED-4",
            NIET_VOLDAAN,
            N_("De aanvraag is niet correct: {r}").format(r=" ".join(_part_text(f) for f in wrong))
            + new_application,
            evidence,
        )
    missing = [f for f in parts if f.verdict == ONBEKEND]
    if missing or ed2.finding.verdict == ONBEKEND:
        gaps = [_part_text(f) for f in missing]
        if ed2.finding.verdict == ONBEKEND:
            gaps.append(ed2.finding.reason)
        return Finding(
            "ED-4",
            ONBEKEND,
            N_(
                "Nog niet alle delen zijn aanwezig of ingevoerd: {g} Ontbreken ze in de aanvraag zelf, dan is de "
                "aanvraag onontvankelijk en moet de aanvrager een nieuwe aanvraag indienen."
            ).format(g=" ".join(gaps))
            + term_note,
            evidence,
        )
    return Finding(
        "ED-4",
        VOLDAAN,
        N_("De aanvraag is volledig en correct: ze is ontvankelijk.") + term_note,
        evidence,
    )


# --- ED-5, ED-6, ED-7, ED-8, ED-9, ED-10, ED-11 ----------------------------------------------


def _ed5(app: RecognitionApplication, ctx: CheckContext) -> Finding:
    """ED-5: 45 days from the admissibility e-mail; the clock stops while information is awaited."""
    p, days = app.procedure, TERMS["ED-5"].days
    evidence = ev(
        procedure__admissibility_notified_on=p.admissibility_notified_on,
        procedure__advice_sent_on=p.advice_sent_on,
        procedure__information_requests=len(p.information_requests),
        as_of=ctx.as_of,
    )
    if p.admissibility_notified_on is None:
        return not_applicable(
            "ED-5",
            N_("de onderzoekstermijn loopt pas vanaf de e-mail die de aanvraag ontvankelijk verklaart."),
            evidence,
        )
    term = ctx.term(p.admissibility_notified_on, days, "ED-5", p.information_requests)
    evidence["due"] = term.due.isoformat() if term.due else "gestopt"
    suspended = (
        N_(", verlengd met {k} dagen schorsing").format(k=term.suspended_days) if term.suspended_days else ""
    )
    if p.advice_sent_on is not None:
        if term.due is None or p.advice_sent_on <= term.due:
            return Finding(
                "ED-5",
                VOLDAAN,
                N_("Het advies aan de minister vertrok op {a}, binnen de onderzoekstermijn{u}.").format(
                    a=fmt_date(p.advice_sent_on),
                    u=N_(" (uiterlijk {d}{s})").format(d=fmt_date(term.due), s=suspended) if term.due else "",
                ),
                evidence,
            )
        return Finding(
            "ED-5",
            NIET_VOLDAAN,
            N_(
                "Het advies aan de minister vertrok op {a}, na de onderzoekstermijn van {n} dagen die op {d} verstreek{s}."
            ).format(a=fmt_date(p.advice_sent_on), n=days, d=fmt_date(term.due), s=suspended),
            evidence,
        )
    if term.due is None:
        assert term.stopped_on is not None
        return Finding(
            "ED-5",
            ONBEKEND,
            N_(
                "De onderzoekstermijn staat stil sinds {s}: het departement wacht op bijkomende informatie. "
                "Gebruikt: {u} dagen; resterend: {r} dagen vanaf de dag waarop de informatie binnenkomt."
            ).format(s=fmt_date(term.stopped_on), u=term.days_used, r=term.days_left),
            evidence,
        )
    if ctx.as_of <= term.due:
        return Finding(
            "ED-5",
            VOLDAAN,
            N_("Het onderzoek loopt; de voorwaarden moeten onderzocht zijn uiterlijk op {d}{s}.").format(
                d=fmt_date(term.due), s=suspended
            ),
            evidence,
        )
    return Finding(
        "ED-5",
        NIET_VOLDAAN,
        N_(
            "De onderzoekstermijn van {n} dagen verstreek op {d}{s} en er is nog geen advies aan de minister."
        ).format(n=days, d=fmt_date(term.due), s=suspended),
        evidence,
    )


ED6_BASIS: tuple[str, ...] = ("ED-1", "ED-2", "ED-4", "ED-10")


def _ed6(findings: list[Finding]) -> Finding:
    """ED-6: the proposed decision for the advice to the minister, from ED-1, ED-2, ED-4, ED-10."""
    basis = [f for f in findings if f.rule_id in ED6_BASIS]
    evidence = part_verdicts(basis)

    def names(fs: list[Finding]) -> str:
        return ", ".join(f"{f.rule_id} ({f.subject})" if f.subject else f.rule_id for f in fs)

    inadmissible = [f for f in basis if f.rule_id in ("ED-2", "ED-4") and f.verdict == NIET_VOLDAAN]
    failed = [f for f in basis if f.verdict == NIET_VOLDAAN]
    unknown = [f for f in basis if f.verdict == ONBEKEND]
    verdict: Verdict
    if inadmissible:
        decision, verdict = "", NIET_VOLDAAN
        reason = N_("Geen advies aan de minister: de aanvraag is onontvankelijk (ED-4).")
    elif failed:
        decision, verdict = "weigering", NIET_VOLDAAN
        reason = N_("Voorstel aan de minister: weigering. Niet voldaan: {n}.").format(n=names(failed))
    elif unknown:
        decision, verdict = "", ONBEKEND
        reason = N_("Nog geen voorstel aan de minister mogelijk. Nog onbekend: {n}.").format(n=names(unknown))
    else:
        decision, verdict = "erkenning", VOLDAAN
        reason = N_(
            "Voorstel aan de minister: erkenning. Alle voorwaarden zijn voldaan; de minister beslist."
        )
    evidence["proposed_decision"] = decision
    return Finding("ED-6", verdict, reason, evidence, N_("voorstel"))


def _ed7(app: RecognitionApplication, ctx: CheckContext) -> Finding:
    """ED-7: valid 5 years from the date in the minister's decision."""
    start = app.recognised_from
    evidence = ev(recognised_from=start, as_of=ctx.as_of)
    if start is None:
        return not_applicable(
            "ED-7",
            N_(
                "er is (nog) geen erkenning; ze geldt {y} jaar vanaf de datum in het ministerieel besluit."
            ).format(y=ED7_VALIDITY_YEARS),
            evidence,
        )
    end = validity_end(start, ED7_VALIDITY_YEARS)
    evidence["valid_until"] = end.isoformat()
    if ctx.as_of < start:
        return Finding(
            "ED-7",
            VOLDAAN,
            N_("De erkenning gaat in op {s} en geldt tot en met {e}.").format(
                s=fmt_date(start), e=fmt_date(end)
            ),
            evidence,
        )
    if ctx.as_of <= end:
        return Finding(
            "ED-7",
            VOLDAAN,
            N_("De erkenning geldt van {s} tot en met {e} ({y} jaar).").format(
                s=fmt_date(start), e=fmt_date(end), y=ED7_VALIDITY_YEARS
            ),
            evidence,
        )
    return Finding(
        "ED-7",
        NIET_VOLDAAN,
        N_("De erkenning gold {y} jaar, van {s} tot en met {e}, en is verlopen.").format(
            y=ED7_VALIDITY_YEARS, s=fmt_date(start), e=fmt_date(end)
        ),
        evidence,
    )


def _ed8(app: RecognitionApplication, ctx: CheckContext) -> Finding:
    """ED-8: the recognition lapses after 2 consecutive years without a guided employee."""
    start = app.recognised_from
    evidence = ev(
        recognised_from=start,
        last_guidance_on=app.last_guidance_on,
        guided_since_recognition=app.guided_since_recognition,
        as_of=ctx.as_of,
    )
    if start is None:
        return not_applicable("ED-8", N_("er is (nog) geen erkenning."), evidence)
    years = ED8_IDLE_YEARS
    if app.last_guidance_on is None and app.guided_since_recognition is not False:
        # Unknown when the last guidance was; harmless as long as even "never" would not have lapsed.
        earliest = guidance_lapse_date(None, start, years)
        evidence["lapses_on"] = "onbekend"
        if ctx.as_of < earliest:
            return Finding(
                "ED-8",
                VOLDAAN,
                N_(
                    "De erkenning kan ten vroegste op {d} vervallen ({y} jaar zonder begeleide werknemer)."
                ).format(d=fmt_date(earliest), y=years),
                evidence,
            )
        return Finding(
            "ED-8",
            ONBEKEND,
            N_(
                "Niet gekend is wanneer de dienstverlener het laatst een werknemer met een arbeidsbeperking "
                "begeleidde; zonder begeleiding sinds {s} verviel de erkenning op {d}."
            ).format(s=fmt_date(start), d=fmt_date(earliest)),
            evidence,
            question=Q_LAST_GUIDANCE,
        )
    lapse = guidance_lapse_date(app.last_guidance_on, start, years)
    evidence["lapses_on"] = lapse.isoformat()
    if app.last_guidance_on is not None:
        since = N_("na de laatste begeleiding op {g}").format(g=fmt_date(app.last_guidance_on))
        still = N_("De laatste begeleiding van een werknemer met een arbeidsbeperking was op {g}").format(
            g=fmt_date(app.last_guidance_on)
        )
    else:
        since = N_("sinds de erkenning op {s}").format(s=fmt_date(start))
        still = N_(
            "Sinds de erkenning op {s} werd nog geen werknemer met een arbeidsbeperking begeleid"
        ).format(s=fmt_date(start))
    if ctx.as_of >= lapse:
        return Finding(
            "ED-8",
            NIET_VOLDAAN,
            N_(
                "De erkenning is vervallen op {d}: {since} begeleidde de dienstverlener {y} opeenvolgende jaren "
                "geen werknemer met een arbeidsbeperking."
            ).format(d=fmt_date(lapse), since=since, y=years),
            evidence,
        )
    return Finding(
        "ED-8",
        VOLDAAN,
        N_(
            "{still}; zonder nieuwe begeleiding vervalt de erkenning op {d} ({y} jaar zonder begeleiding)."
        ).format(still=still, d=fmt_date(lapse), y=years),
        evidence,
    )


def _ed9(app: RecognitionApplication, ctx: CheckContext) -> list[Finding]:
    """ED-9: a motivated request within 30 days; the committee advises within 45 days of the hearing."""
    p = app.procedure
    evidence = ev(
        procedure__decision=p.decision,
        procedure__decision_notified_on=p.decision_notified_on,
        procedure__reconsideration_requested_on=p.reconsideration_requested_on,
        procedure__reconsideration_motivated=p.reconsideration_motivated,
        as_of=ctx.as_of,
    )
    if p.reconsideration_requested_on is None and (
        p.decision != "weigering" or p.decision_notified_on is None
    ):
        return [
            not_applicable(
                "ED-9", N_("er is geen weigering meegedeeld en geen verzoek tot heroverweging."), evidence
            )
        ]
    request = request_in_time(
        "ED-9",
        ctx,
        notified_on=p.decision_notified_on,
        requested_on=p.reconsideration_requested_on,
        days=TERMS["ED-9"].days,
        what=N_("verzoek tot heroverweging"),
        evidence=evidence,
        subject=N_("verzoek"),
    )
    if p.reconsideration_requested_on is not None and request.verdict == VOLDAAN:
        if p.reconsideration_motivated is False:
            request = Finding(
                "ED-9",
                NIET_VOLDAAN,
                request.reason + N_(" Het verzoek is niet gemotiveerd."),
                evidence,
                request.subject,
            )
        elif p.reconsideration_motivated is None:
            request = Finding(
                "ED-9",
                ONBEKEND,
                request.reason + N_(" Nog na te gaan of het verzoek gemotiveerd is."),
                evidence,
                request.subject,
            )
    out = [request]
    if p.hearing_on is not None:
        days = TERMS["ED-9-advies"].days
        due = ctx.term(p.hearing_on, days, "ED-9").due
        assert due is not None
        committee_ev = ev(
            procedure__hearing_on=p.hearing_on, procedure__committee_advice_on=p.committee_advice_on
        )
        committee_ev["due"] = due.isoformat()
        advice = p.committee_advice_on
        subject = N_("advies heroverwegingscommissie")
        if advice is not None:
            verdict = VOLDAAN if advice <= due else NIET_VOLDAAN
            text = (
                N_(
                    "De heroverwegingscommissie adviseerde op {a}, binnen {n} dagen na de hoorzitting van {h} (uiterlijk {d})."
                )
                if verdict == VOLDAAN
                else N_(
                    "De heroverwegingscommissie adviseerde op {a}, na de termijn van {n} dagen na de hoorzitting van {h} ({d})."
                )
            )
            out.append(
                Finding(
                    "ED-9",
                    verdict,
                    text.format(a=fmt_date(advice), n=days, h=fmt_date(p.hearing_on), d=fmt_date(due)),
                    committee_ev,
                    subject,
                )
            )
        elif ctx.as_of <= due:
            out.append(
                Finding(
                    "ED-9",
                    VOLDAAN,
                    N_(
                        "De heroverwegingscommissie adviseert de minister uiterlijk op {d} ({n} dagen na de hoorzitting)."
                    ).format(d=fmt_date(due), n=days),
                    committee_ev,
                    subject,
                )
            )
        else:
            out.append(
                Finding(
                    "ED-9",
                    NIET_VOLDAAN,
                    N_(
                        "De heroverwegingscommissie had uiterlijk op {d} moeten adviseren ({n} dagen na de hoorzitting)."
                    ).format(d=fmt_date(due), n=days),
                    committee_ev,
                    subject,
                )
            )
    return out


def _ed10(app: RecognitionApplication) -> Finding:
    """ED-10: subcontractors used for the service must themselves be recognised."""
    subs = app.subcontractors
    if subs is None:
        return Finding(
            "ED-10",
            ONBEKEND,
            N_("Niet gekend is of de aanvrager onderaannemers inschakelt."),
            ev(subcontractors=None),
            question=Q_SUBCONTRACTORS,
        )
    if not subs:
        return Finding(
            "ED-10", VOLDAAN, N_("De aanvrager schakelt geen onderaannemers in."), ev(subcontractors=0)
        )
    judge = Judge()
    evidence: dict[str, str] = {}
    for i, sub in enumerate(subs, 1):
        number = None
        if sub.enterprise_number:
            try:
                number = normalise_enterprise_number(sub.enterprise_number)
            except IdentifierError:
                number = None
        shown = format_enterprise_number(number) if number else (sub.enterprise_number or "?")
        who = f"{sub.name.strip()} ({shown})" if sub.name.strip() else shown
        evidence[f"subcontractors.{i}"] = f"{shown}: {ev(r=sub.recognised)['r']}"
        if number is None:
            judge.unknown(
                N_("Onderaannemer {w} heeft geen geldig ondernemingsnummer.").format(w=who),
                N_("Bezorg het ondernemingsnummer van onderaannemer {w}.").format(
                    w=sub.name.strip() or shown
                ),
            )
        elif sub.recognised is True:
            judge.ok(N_("{w} is erkend als externe dienstverlener.").format(w=who))
        elif sub.recognised is False:
            judge.fail(N_("Onderaannemer {w} is zelf niet erkend als externe dienstverlener.").format(w=who))
        else:
            judge.unknown(
                N_(
                    "Nog na te gaan in de lijst van erkende dienstverleners of onderaannemer {w} erkend is."
                ).format(w=who)
            )
    return judge.finding("ED-10", evidence)


def _ed11(app: RecognitionApplication) -> Finding:
    """ED-11: any change affecting the conditions must be reported during the recognition."""
    if app.recognised_from is None:
        return not_applicable(
            "ED-11", N_("de meldingsplicht geldt tijdens een erkenning; er is er (nog) geen.")
        )
    evidence = {f"changes.{i}": c.description for i, c in enumerate(app.changes, 1)}
    if not app.changes:
        return Finding(
            "ED-11", VOLDAAN, N_("Er zijn geen wijzigingen bekend die de voorwaarden raken."), evidence
        )
    judge = Judge()
    for change in app.changes:
        when = N_(" (op {d})").format(d=fmt_date(change.occurred_on)) if change.occurred_on else ""
        if change.reported_on is None:
            judge.fail(N_("Niet gemeld: {c}{w}.").format(c=change.description, w=when))
        else:
            judge.ok(
                N_("Gemeld op {r}: {c}{w}.").format(
                    r=fmt_date(change.reported_on), c=change.description, w=when
                )
            )
    return judge.finding("ED-11", evidence)


# --- the entry -------------------------------------------------------------------------------


def check_recognition(
    app: RecognitionApplication,
    catalogue: LabelCatalogue | None,
    audit_orgs: Mapping[str, AuditOrganisation] | Iterable[AuditOrganisation] | None,
    diplomas: DiplomaList | None,
    as_of: date,
    *,
    settings: RuleSettings | None = None,
    calendar: HolidayCalendar | None = None,
) -> list[Finding]:
    """ED-1..ED-12 for an application (or a running recognition), judged on `as_of`, in rule order."""
    ctx = make_context(
        as_of,
        settings=settings,
        calendar=calendar,
        catalogue=catalogue,
        audit_orgs=audit_orgs,
        diplomas=diplomas,
    )
    return check_recognition_in(app, ctx)


def check_recognition_in(app: RecognitionApplication, ctx: CheckContext) -> list[Finding]:
    ed2 = procedure_for(app, ctx.settings)
    procedure = ed2.procedure  # None while unknown: the parts it could waive stay required
    ed12 = _ed12(app, procedure, ctx)
    ed1 = [
        registration_finding("ED-1", S_REGISTRATION, app.registration, ctx),
        _ed1_experience(app, procedure),
        _ed1_supervisors(app, procedure, ed12),
        _ed1_area(app, ctx),
        _ed1_intervision(app),
    ]
    ed3 = [
        _ed3_part1(app),
        _ed3_part2(app),
        _ed3_part3(app, procedure),
        _ed3_part4(app, ctx),
        _ed3_part5(app),
    ]
    ed4 = _ed4(app, ed2, ed3, ctx)
    ed10 = _ed10(app)
    findings = [*ed1, ed2.finding, *ed3, ed4, ed10]
    findings += [
        _ed5(app, ctx),
        _ed6(findings),
        _ed7(app, ctx),
        _ed8(app, ctx),
        *_ed9(app, ctx),
        _ed11(app),
        *ed12,
    ]
    return sort_findings(findings)


__all__ = [
    "ED3_PARTS",
    "ED6_BASIS",
    "ED7_VALIDITY_YEARS",
    "ED8_IDLE_YEARS",
    "Procedure",
    "ProcedureDecision",
    "check_recognition",
    "check_recognition_in",
    "check_supervisor",
    "procedure_for",
]
