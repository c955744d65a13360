"""The intake check engine: QR-*, ED-*, MW-1 and TW-1 as pure functions → `Finding`s.

domain.md §3. Every check is a function of plain facts (`rules/quality_facts.py`), reference
data (`rules/quality_reference.py`) and a reference date `as_of` — never the clock, a database
or Qt. Conditions are judged *on* `as_of`: "is this proof accepted on that day", "is the
recognition still valid on that day".

Three verdicts: "voldaan", "niet voldaan", "onbekend". A missing fact (None) gives "onbekend",
never a guess; when the applicant can supply it the finding carries a Dutch `question`, and
`unknown_findings` turns those into the items of a request for additional information. A rule
that does not apply to the case gives "voldaan" with `applicable=False` and says why.

Findings come back sorted in rule order (`RULE_ORDER`); a rule with several parts (QR-1 per
area, ED-1 per condition, ED-3 per part, ED-12 per supervisor) gives one finding per part,
named by `subject`.

Layout: this module holds MW-1, TW-1, the dispatcher and the information request, and
re-exports the public API of the others — quality_facts (inputs, Finding), quality_reference
(catalogue, diplomas, settings), quality_base (context, ordering), quality_registration (QR-*)
and quality_recognition (ED-*). Import from here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Unpack

from wsedesk.i18n import N_
from wsedesk.rules.calendar import HolidayCalendar, load_default_calendar
from wsedesk.rules.quality_base import (
    RULE_ORDER,
    CheckContext,
    ContextArgs,
    as_decimal,
    blank,
    by_answer,
    ev,
    evidence_text,
    fmt_date,
    fmt_number,
    make_context,
    not_applicable,
    sort_findings,
)
from wsedesk.rules.quality_facts import (
    KIND_LABELS,
    LABEL_KINDS,
    NIET_VOLDAAN,
    ONBEKEND,
    ORGANISATION_KINDS,
    VERDICTS,
    VOLDAAN,
    AuditOrganisation,
    ConditionChange,
    Decision,
    Finding,
    InformationQuestion,
    LabelApplication,
    LabelKind,
    Organisation,
    ProofRoute,
    QualityAreas,
    QualityProof,
    QualityRegistration,
    RecognitionApplication,
    RecognitionProcedure,
    RegistrationFact,
    RegistrationProcedure,
    Subcontractor,
    Supervisor,
    TenderPartner,
    Verdict,
)
from wsedesk.rules.quality_recognition import (
    ED7_VALIDITY_YEARS,
    ED8_IDLE_YEARS,
    Procedure,
    ProcedureDecision,
    check_recognition,
    check_recognition_in,
    check_supervisor,
    procedure_for,
)
from wsedesk.rules.quality_reference import (
    AREA_LABELS,
    AREAS,
    PROOF_ROUTES,
    AreaIndex,
    Diploma,
    DiplomaList,
    LabelCatalogue,
    LabelEntry,
    Publication,
    ReferenceDataError,
    RuleSettings,
    load_area_index,
    load_label_catalogue,
    load_rule_settings,
    load_supervisor_diplomas,
)
from wsedesk.rules.quality_registration import (
    REGISTRATION_CONDITION_RULES,
    check_quality_registration,
    check_quality_registration_in,
    registration_end,
    registration_finding,
    standaard_wse_window,
)

# --- MW-1: labels maatwerkbedrijf / maatwerkafdeling (§3.3) -----------------------------------


def check_label(app: LabelApplication, as_of: date, **context: Unpack[ContextArgs]) -> list[Finding]:
    """MW-1 for a label application, judged on `as_of` (the share threshold in force that day)."""
    return check_label_in(app, make_context(as_of, **context))


def check_label_in(app: LabelApplication, ctx: CheckContext) -> list[Finding]:
    s = ctx.settings
    kind = app.label_kind
    year = N_(" in {y}").format(y=app.year) if app.year else ""
    out: list[Finding] = []
    fte = as_decimal(app.fte_target_group)
    total = as_decimal(app.fte_total)
    if kind is None:
        out.append(
            Finding(
                "MW-1",
                ONBEKEND,
                N_("Niet gekend is welk label gevraagd wordt (maatwerkbedrijf of maatwerkafdeling)."),
                ev(label_kind=None),
                N_("label"),
                N_("Meld of u het label maatwerkbedrijf of maatwerkafdeling aanvraagt."),
            )
        )
        return out

    # MW-1: at least 20 (maatwerkbedrijf) or 5 (maatwerkafdeling) FTE target-group employees.
    minimum = s.mw1_company_min_target_fte if kind == "maatwerkbedrijf" else s.mw1_department_min_target_fte
    evidence = ev(label_kind=kind, year=app.year, fte_target_group=fte, minimum=minimum)
    if fte is None:
        out.append(
            Finding(
                "MW-1",
                ONBEKEND,
                N_("Het gemiddeld aantal VTE doelgroepwerknemers{y} is niet gekend.").format(y=year),
                evidence,
                N_("doelgroepwerknemers"),
                N_("Bezorg het gemiddeld aantal VTE doelgroepwerknemers{y}.").format(y=year),
            )
        )
    elif fte >= minimum:
        out.append(
            Finding(
                "MW-1",
                VOLDAAN,
                N_("Gemiddeld {v} VTE doelgroepwerknemers{y}; een {k} telt er minstens {m}.").format(
                    v=fmt_number(fte), y=year, k=KIND_LABELS[kind], m=fmt_number(minimum)
                ),
                evidence,
                N_("doelgroepwerknemers"),
            )
        )
    else:
        out.append(
            Finding(
                "MW-1",
                NIET_VOLDAAN,
                N_(
                    "Gemiddeld {v} VTE doelgroepwerknemers{y}, minder dan de {m} die een {k} minstens telt."
                ).format(v=fmt_number(fte), y=year, m=fmt_number(minimum), k=KIND_LABELS[kind]),
                evidence,
                N_("doelgroepwerknemers"),
            )
        )

    # MW-1: a maatwerkbedrijf employs at least 55 % target-group employees (65 % before 1 July 2023).
    if kind == "maatwerkbedrijf":
        threshold = s.mw1_share_threshold(ctx.as_of)
        share: Decimal | None = None
        source = ""
        if fte is not None and total is not None and total > 0:
            share = fte * 100 / total
            source = N_(" ({v} van {t} VTE)").format(v=fmt_number(fte), t=fmt_number(total))
        elif app.share_percent is not None:
            share = as_decimal(app.share_percent)
            source = N_(" (opgegeven aandeel)")
        evidence = ev(
            fte_target_group=fte,
            fte_total=total,
            share_percent=app.share_percent,
            threshold=threshold,
            as_of=ctx.as_of,
        )
        subject = N_("aandeel doelgroepwerknemers")
        rule = N_("op {d} geldt een minimum van {m} %").format(d=fmt_date(ctx.as_of), m=fmt_number(threshold))
        if share is None:
            out.append(
                Finding(
                    "MW-1",
                    ONBEKEND,
                    N_(
                        "Het aandeel doelgroepwerknemers in het personeelsbestand{y} is niet gekend; {r}."
                    ).format(y=year, r=rule),
                    evidence,
                    subject,
                    N_("Bezorg het gemiddeld aantal VTE van uw volledige personeelsbestand{y}.").format(
                        y=year
                    ),
                )
            )
        else:
            shown = fmt_number(share.quantize(Decimal("0.1")))
            evidence["share"] = shown
            verdict = VOLDAAN if share >= threshold else NIET_VOLDAAN
            text = (
                N_("{s} % van het personeelsbestand{y} behoort tot de doelgroepen{src}; {r}.")
                if verdict == VOLDAAN
                else N_("Slechts {s} % van het personeelsbestand{y} behoort tot de doelgroepen{src}; {r}.")
            )
            out.append(
                Finding("MW-1", verdict, text.format(s=shown, y=year, src=source, r=rule), evidence, subject)
            )
    else:
        out.append(
            not_applicable(
                "MW-1",
                N_("het minimumaandeel doelgroepwerknemers geldt enkel voor het label maatwerkbedrijf."),
                ev(label_kind=kind),
                N_("aandeel doelgroepwerknemers"),
            )
        )

    # MW-1: a label needs a valid quality registration.
    out.append(registration_finding("MW-1", N_("kwaliteitsregistratie"), app.registration, ctx))
    return out


# --- TW-1: tender partners, Intensief Werkplekleren (§3.4) ------------------------------------


def check_tender_partner(
    partner: TenderPartner, as_of: date, **context: Unpack[ContextArgs]
) -> list[Finding]:
    """TW-1: quality at organisation level (§3.1) and experience with similar assignments."""
    return check_tender_partner_in(partner, make_context(as_of, **context))


def check_tender_partner_in(partner: TenderPartner, ctx: CheckContext) -> list[Finding]:
    out = [registration_finding("TW-1", N_("kwaliteitsvoorwaarden"), partner.registration, ctx)]
    subject = N_("ervaring")
    evidence = ev(similar_experience=partner.similar_experience)
    if partner.similar_experience is None and blank(partner.experience_description):
        out.append(
            Finding(
                "TW-1",
                ONBEKEND,
                N_("De ervaring met gelijkaardige opdrachten is niet beschreven."),
                evidence,
                subject,
                N_(
                    "Bezorg een beschrijving van uw ervaring met gelijkaardige opdrachten (opdrachtgever, periode, inhoud)."
                ),
            )
        )
    else:
        verdict, text = by_answer(
            partner.similar_experience,
            N_("De partner toont ervaring met gelijkaardige opdrachten."),
            N_(
                "De partner toont geen ervaring met gelijkaardige opdrachten en wordt niet uitgenodigd om een "
                "offerte in te dienen."
            ),
            N_("De beschreven ervaring met gelijkaardige opdrachten is nog niet beoordeeld."),
        )
        out.append(Finding("TW-1", verdict, text, evidence, subject))
    return out


# --- the request for additional information ---------------------------------------------------


def unknown_findings(findings: Iterable[Finding]) -> list[InformationQuestion]:
    """The "onbekend" findings the applicant can resolve, as items of the information request.

    Findings without a question (facts the department finds out itself, a term still running,
    an admissibility gap) are left out; the same question asked by two rules appears once.
    """
    out: list[InformationQuestion] = []
    seen: set[str] = set()
    for f in sort_findings(findings):
        if f.verdict != ONBEKEND or not f.question or f.question in seen:
            continue
        seen.add(f.question)
        out.append(InformationQuestion(f.rule_id, f.subject, f.question, f.reason))
    return out


# --- one entry per dossier type ----------------------------------------------------------------


@dataclass(frozen=True)
class ReferenceData:
    """Everything besides the facts and the date: lists, figures, the calendar, audit organisations.

    `audit_organisations` comes from the department's register (the database), not from a file.
    """

    catalogue: LabelCatalogue
    diplomas: DiplomaList
    settings: RuleSettings
    calendar: HolidayCalendar
    areas: AreaIndex
    audit_organisations: Mapping[str, AuditOrganisation] = field(default_factory=dict)

    def context(self, as_of: date) -> CheckContext:
        return CheckContext(
            as_of=as_of,
            settings=self.settings,
            calendar=self.calendar,
            catalogue=self.catalogue,
            audit_orgs=self.audit_organisations,
            diplomas=self.diplomas,
            areas=self.areas,
        )


def load_reference_data(
    audit_organisations: Mapping[str, AuditOrganisation] | Iterable[AuditOrganisation] = (),
    *,
    catalogue_version: str | None = None,
    settings_overrides: Mapping[str, Mapping[str, object]] | None = None,
) -> ReferenceData:
    """The shipped reference files, plus the audit organisations the caller read from storage."""
    orgs = (
        dict(audit_organisations)
        if isinstance(audit_organisations, Mapping)
        else {o.id: o for o in audit_organisations}
    )
    return ReferenceData(
        catalogue=load_label_catalogue(catalogue_version),
        diplomas=load_supervisor_diplomas(),
        settings=load_rule_settings(settings_overrides),
        calendar=load_default_calendar(),
        areas=load_area_index(),
        audit_organisations=orgs,
    )


#: Dossier type codes `check_dossier` knows: those of workflows.DossierType plus "TW".
DOSSIER_CHECKS: dict[str, type] = {
    "QR": QualityRegistration,
    "ED": RecognitionApplication,
    "MW": LabelApplication,
    "TW": TenderPartner,
}

Facts = QualityRegistration | RecognitionApplication | LabelApplication | TenderPartner


def check_dossier(kind: str, facts: Facts, reference_data: ReferenceData, as_of: date) -> list[Finding]:
    """Run the checks of dossier type `kind` ("QR", "ED", "MW", "TW"; a DossierType works too).

    Raises ValueError for an unknown type or facts of the wrong class (a programming error).
    """
    code = str(getattr(kind, "value", kind))
    expected = DOSSIER_CHECKS.get(code)
    if expected is None:
        raise ValueError(
            f"no quality checks for dossier type {code!r}; expected one of {sorted(DOSSIER_CHECKS)}"
        )
    if not isinstance(facts, expected):
        raise ValueError(f"dossier type {code!r} needs {expected.__name__}, got {type(facts).__name__}")
    ctx = reference_data.context(as_of)
    if isinstance(facts, QualityRegistration):
        return check_quality_registration_in(facts, ctx)
    if isinstance(facts, RecognitionApplication):
        return check_recognition_in(facts, ctx)
    if isinstance(facts, LabelApplication):
        return sort_findings(check_label_in(facts, ctx))
    return sort_findings(check_tender_partner_in(facts, ctx))


def summary_verdict(findings: Iterable[Finding]) -> Verdict:
    """ "niet voldaan" if any finding fails, else "onbekend" if any is unknown, else "voldaan"."""
    verdicts = {f.verdict for f in findings}
    if NIET_VOLDAAN in verdicts:
        return NIET_VOLDAAN
    if ONBEKEND in verdicts:
        return ONBEKEND
    return VOLDAAN


__all__ = [
    "AREAS",
    "AREA_LABELS",
    "DOSSIER_CHECKS",
    "ED7_VALIDITY_YEARS",
    "ED8_IDLE_YEARS",
    "KIND_LABELS",
    "LABEL_KINDS",
    "NIET_VOLDAAN",
    "ONBEKEND",
    "ORGANISATION_KINDS",
    "PROOF_ROUTES",
    "REGISTRATION_CONDITION_RULES",
    "RULE_ORDER",
    "VERDICTS",
    "VOLDAAN",
    "AreaIndex",
    "AuditOrganisation",
    "CheckContext",
    "ConditionChange",
    "Decision",
    "Diploma",
    "DiplomaList",
    "Facts",
    "Finding",
    "InformationQuestion",
    "LabelApplication",
    "LabelCatalogue",
    "LabelEntry",
    "LabelKind",
    "Organisation",
    "Procedure",
    "ProcedureDecision",
    "ProofRoute",
    "Publication",
    "QualityAreas",
    "QualityProof",
    "QualityRegistration",
    "RecognitionApplication",
    "RecognitionProcedure",
    "ReferenceData",
    "ReferenceDataError",
    "RegistrationFact",
    "RegistrationProcedure",
    "RuleSettings",
    "Subcontractor",
    "Supervisor",
    "TenderPartner",
    "Verdict",
    "check_dossier",
    "check_label",
    "check_quality_registration",
    "check_recognition",
    "check_supervisor",
    "check_tender_partner",
    "evidence_text",
    "load_area_index",
    "load_label_catalogue",
    "load_reference_data",
    "load_rule_settings",
    "load_supervisor_diplomas",
    "make_context",
    "procedure_for",
    "registration_end",
    "registration_finding",
    "sort_findings",
    "standaard_wse_window",
    "summary_verdict",
    "unknown_findings",
]
