"""QR-1..QR-8: the quality registration (kwaliteitsregistratie), domain.md §3.1.

Also how another dossier sees a registration (`registration_finding`, used by ED-1, MW-1 and
TW-1) and the day a registration ends with its proof (`registration_end`, QR-7).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from wsedesk.i18n import N_
from wsedesk.rules.calendar import HolidayCalendar
from wsedesk.rules.quality_base import (
    CheckContext,
    Judge,
    blank,
    ev,
    evidence_text,
    fmt_date,
    make_context,
    not_applicable,
    part_verdicts,
    sort_findings,
    unique,
)
from wsedesk.rules.quality_facts import (
    NIET_VOLDAAN,
    ONBEKEND,
    VOLDAAN,
    AuditOrganisation,
    Finding,
    QualityProof,
    QualityRegistration,
    RegistrationFact,
    Verdict,
)
from wsedesk.rules.quality_reference import (
    AREA_LABELS,
    AREAS,
    ROUTE_LABELS,
    STANDAARD_WSE_ID,
    LabelCatalogue,
    LabelEntry,
    RuleSettings,
    load_rule_settings,
)
from wsedesk.rules.terms import validity_end
from wsedesk.rules.workflows import TERMS

#: QR-1, QR-2, QR-3 and QR-7 decide whether a registration holds on a date; QR-4..QR-6 are the
#: department's procedure and QR-8 looks back at the transition.
REGISTRATION_CONDITION_RULES: tuple[str, ...] = ("QR-1", "QR-2", "QR-3", "QR-7")


QR1_QUESTIONS: dict[str, str] = {
    "klantgerichtheid": N_(
        "Bezorg stukken waaruit blijkt hoe uw organisatie werkt aan klantgerichtheid, bijvoorbeeld "
        "hoe u periodiek de wensen, noden en tevredenheid van uw klanten bevraagt en wat u met de "
        "resultaten doet."
    ),
    "personeelsbeheer": N_(
        "Bezorg stukken waaruit blijkt hoe uw organisatie haar personeel beheert, bijvoorbeeld hoe "
        "u de competenties van uw medewerkers opvolgt en ontwikkelt."
    ),
    "financieel_beheer": N_(
        "Bezorg stukken waaruit blijkt hoe uw organisatie haar financiën beheert, bijvoorbeeld uw "
        "budgetplanning."
    ),
}
Q_PROOF = N_(
    "Bezorg een kopie van het kwaliteitsbewijs waarop uw registratie steunt (label of certificaat, "
    "erkenning door een andere overheid of goedkeuringsbewijs Standaard WSE), met de naam van het "
    "bewijs en de geldigheidsduur."
)
Q_PROOF_VALIDITY = N_("Bezorg een kopie van uw kwaliteitsbewijs waarop de geldigheidsduur vermeld staat.")
Q_AUDIT_ORG = N_(
    "Bezorg de naam van de audit- of assessmentorganisatie die uw kwaliteitsbewijs toekende, "
    "en het auditrapport of assessmentverslag."
)
Q_STANDAARD_USES = N_(
    "Meld of uw organisatie sinds 1 januari 2023 al eerder een kwaliteitsregistratie liet "
    "valideren op basis van een goedkeuringsbewijs Standaard WSE."
)
Q_ACTIVE_SINCE = N_(
    "Bezorg de datum vanaf wanneer uw organisatie opleiding, begeleiding, bemiddeling, "
    "competentieontwikkeling of advies aanbiedt die gefinancierd wordt vanuit het beleidsdomein WSE."
)


def _proof_name(proof: QualityProof, catalogue: LabelCatalogue) -> str:
    label_id = proof.label_id or (STANDAARD_WSE_ID if proof.route == "standaard_wse" else None)
    if label_id is None:
        return ROUTE_LABELS[proof.route]
    return catalogue.name_of(label_id) or label_id


def accepted_entry(proof: QualityProof | None, ctx: CheckContext) -> LabelEntry | None:
    """The catalogue entry that accepts `proof` on `ctx.as_of` (route and date), or None."""
    if proof is None:
        return None
    label_id = proof.label_id or (STANDAARD_WSE_ID if proof.route == "standaard_wse" else None)
    if label_id is None:
        return None
    return ctx.catalogue.accepted(label_id, ctx.as_of, proof.route)


def _qr1(reg: QualityRegistration, ctx: CheckContext) -> list[Finding]:
    """QR-1: customer focus, personnel and financial management — per area."""
    entry = accepted_entry(reg.proof, ctx)
    out: list[Finding] = []
    for area in AREAS:
        label = AREA_LABELS[area]
        shown = reg.areas_evidence.get(area)
        covered = entry is not None and area in entry.areas
        evidence = ev(
            **{f"areas_evidence__{area}": shown},
            proof__label_id=reg.proof.label_id if reg.proof else None,
            catalogue__areas=entry.areas if entry else None,
        )
        if shown is False:
            reason = N_(
                "Uit de stukken blijkt dat de organisatie niet voldoet aan de voorwaarden inzake {a}."
            ).format(a=label)
            if covered and entry is not None:
                reason += N_(
                    " Het kwaliteitsbewijs '{p}' dekt dit gebied, maar die vaststelling weegt door."
                ).format(p=entry.name)
            out.append(Finding("QR-1", NIET_VOLDAAN, reason, evidence, area))
        elif covered and entry is not None:
            out.append(
                Finding(
                    "QR-1",
                    VOLDAAN,
                    N_("Het kwaliteitsbewijs '{p}' dekt {a}.").format(p=entry.name, a=label),
                    evidence,
                    area,
                )
            )
        elif shown is True:
            reason = N_("De organisatie toont {a} aan met bijkomende stukken.").format(a=label)
            if entry is not None:
                reason += N_(" Het kwaliteitsbewijs '{p}' dekt dit gebied niet.").format(p=entry.name)
            out.append(Finding("QR-1", VOLDAAN, reason, evidence, area))
        else:
            if entry is not None:
                reason = N_(
                    "Het kwaliteitsbewijs '{p}' dekt {a} niet en er zijn nog geen bijkomende stukken over dit gebied."
                ).format(p=entry.name, a=label)
            else:
                reason = N_(
                    "Er is geen aanvaard kwaliteitsbewijs dat {a} dekt en er zijn nog geen bijkomende stukken "
                    "over dit gebied."
                ).format(a=label)
            out.append(Finding("QR-1", ONBEKEND, reason, evidence, area, QR1_QUESTIONS[area]))
    return out


def _catalogue_version(catalogue: LabelCatalogue) -> str:
    if catalogue.version:
        return catalogue.version
    return catalogue.publications[-1].id if catalogue.publications else "?"


def _qr2(reg: QualityRegistration, ctx: CheckContext) -> Finding:
    """QR-2: a proof of one of the three routes, accepted on `as_of`."""
    proof = reg.proof
    if proof is None:
        return Finding(
            "QR-2",
            ONBEKEND,
            N_("Er is geen kwaliteitsbewijs opgegeven."),
            ev(proof=None),
            question=Q_PROOF,
        )
    if proof.route == "standaard_wse":
        return _qr2_standaard_wse(reg, proof, ctx)

    route = ROUTE_LABELS[proof.route]
    evidence = ev(
        proof__route=proof.route,
        proof__label_id=proof.label_id,
        catalogue__version=_catalogue_version(ctx.catalogue),
        as_of=ctx.as_of,
    )
    if blank(proof.label_id) or proof.label_id is None:
        return Finding(
            "QR-2",
            ONBEKEND,
            N_("Het {r} is niet nader genoemd.").format(r=route),
            evidence,
            question=Q_PROOF,
        )
    windows = [e for e in ctx.catalogue.known(proof.label_id) if e.route == proof.route]
    if not windows:
        return Finding(
            "QR-2",
            NIET_VOLDAAN,
            N_(
                "'{p}' staat niet op de lijst van aanvaarde kwaliteitsbewijzen (versie {v}) als {r} en telt "
                "daarom niet als bewijs."
            ).format(
                p=ctx.catalogue.name_of(proof.label_id) or proof.label_id,
                v=evidence["catalogue.version"],
                r=route,
            ),
            evidence,
        )
    entry = ctx.catalogue.accepted(proof.label_id, ctx.as_of, proof.route)
    if entry is None:
        first = windows[0]
        if ctx.as_of < first.valid_from:
            reason = N_("'{p}' staat pas vanaf {f} op de lijst van aanvaarde kwaliteitsbewijzen.").format(
                p=first.name, f=fmt_date(first.valid_from)
            )
        else:
            last = max((e for e in windows if e.valid_from <= ctx.as_of), key=lambda e: e.valid_from)
            assert last.valid_until is not None  # otherwise it would be accepted
            reason = N_(
                "'{p}' stond tot en met {u} op de lijst van aanvaarde kwaliteitsbewijzen{b} en telt op {d} "
                "niet meer als bewijs."
            ).format(
                p=last.name,
                u=fmt_date(last.valid_until),
                b=N_(" (geschrapt door {x})").format(x=last.ended_by) if last.ended_by else "",
                d=fmt_date(ctx.as_of),
            )
        return Finding("QR-2", NIET_VOLDAAN, reason, evidence)
    evidence["catalogue.publication"] = entry.publication
    evidence["catalogue.seed"] = evidence_text(entry.seed)
    if proof.route == "overheid":
        reason = N_(
            "'{p}' is een aanvaard wettelijk kwaliteitssysteem van een andere overheid (lijst {v})."
        ).format(p=entry.name, v=entry.publication)
    else:
        reason = N_("'{p}' staat op de lijst van aanvaarde kwaliteitsbewijzen (publicatie {v}).").format(
            p=entry.name, v=entry.publication
        )
    return Finding("QR-2", VOLDAAN, reason, evidence)


def add_months_last_day(start: date, months: int) -> date:
    """The last day of a period of `months` months from `start` (to the day before the same date)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    try:
        after = date(year, month, start.day)
    except ValueError:  # no such day (31 → 30-day month, 29-31 February): the 1st of the next month
        after = date(year + month // 12, month % 12 + 1, 1)
    return date.fromordinal(after.toordinal() - 1)


def standaard_wse_window(reg: QualityRegistration, settings: RuleSettings) -> tuple[date, date] | None:
    """QR-2 (c) from 1 January 2023: the first and last day a Standaard WSE proof may be used.

    The period starts on `standaard_wse_first_used_on` (default: the submission), not before the
    day Standaard WSE is usable again, and lasts at most 18 months. None when the start is unknown.
    """
    start = reg.standaard_wse_first_used_on or reg.submitted_on
    if start is None:
        return None
    start = max(start, settings.qr2_standaard_wse_again_from)
    return start, add_months_last_day(start, settings.qr2_standaard_wse_max_months)


def _qr2_standaard_wse(reg: QualityRegistration, proof: QualityProof, ctx: CheckContext) -> Finding:
    s, as_of = ctx.settings, ctx.as_of
    evidence = ev(
        proof__route=proof.route,
        as_of=as_of,
        standaard_wse_earlier_uses=reg.standaard_wse_earlier_uses,
        standaard_wse_first_used_on=reg.standaard_wse_first_used_on,
        submitted_on=reg.submitted_on,
    )
    if as_of <= s.qr2_standaard_wse_accepted_until:
        return Finding(
            "QR-2",
            VOLDAAN,
            N_("Een goedkeuringsbewijs Standaard WSE wordt aanvaard tot en met {u}.").format(
                u=fmt_date(s.qr2_standaard_wse_accepted_until)
            ),
            evidence,
        )
    if as_of < s.qr2_standaard_wse_again_from:
        return Finding(
            "QR-2",
            NIET_VOLDAAN,
            N_(
                "Een goedkeuringsbewijs Standaard WSE wordt sinds {n} niet meer aanvaard; pas vanaf {a} kan "
                "het opnieuw, eenmalig en voor hoogstens {m} maanden."
            ).format(
                n=fmt_date(date.fromordinal(s.qr2_standaard_wse_accepted_until.toordinal() + 1)),
                a=fmt_date(s.qr2_standaard_wse_again_from),
                m=s.qr2_standaard_wse_max_months,
            ),
            evidence,
        )
    judge = Judge()
    uses = reg.standaard_wse_earlier_uses
    if uses is None:
        judge.unknown(
            N_(
                "Niet gekend is of de organisatie sinds {a} al een goedkeuringsbewijs Standaard WSE gebruikte."
            ).format(a=fmt_date(s.qr2_standaard_wse_again_from)),
            Q_STANDAARD_USES,
        )
    elif uses >= s.qr2_standaard_wse_max_uses:
        judge.fail(
            N_(
                "Sinds {a} kan een goedkeuringsbewijs Standaard WSE maar {k} keer gebruikt worden; de organisatie "
                "gebruikte het al {n} keer."
            ).format(a=fmt_date(s.qr2_standaard_wse_again_from), k=s.qr2_standaard_wse_max_uses, n=uses)
        )
    window = standaard_wse_window(reg, s)
    if window is None:
        judge.unknown(
            N_("De datum van de aanvraag is niet gekend: de periode van gebruik kan niet berekend worden.")
        )
    else:
        start, end = window
        evidence["standaard_wse_window"] = f"{start.isoformat()}/{end.isoformat()}"
        if as_of > end:
            judge.fail(
                N_(
                    "Het goedkeuringsbewijs Standaard WSE mocht hoogstens {m} maanden gebruikt worden, van {s} tot en "
                    "met {e}; die periode is voorbij."
                ).format(m=s.qr2_standaard_wse_max_months, s=fmt_date(start), e=fmt_date(end))
            )
        else:
            judge.ok(
                N_(
                    "Het goedkeuringsbewijs Standaard WSE wordt eenmalig aanvaard, voor hoogstens {m} maanden: van "
                    "{s} tot en met {e}."
                ).format(m=s.qr2_standaard_wse_max_months, s=fmt_date(start), e=fmt_date(end))
            )
    return judge.finding("QR-2", evidence)


def _qr3(reg: QualityRegistration, ctx: CheckContext) -> Finding:
    """QR-3: from 2 September 2021 a market label counts only via a filed audit organisation."""
    s, as_of, proof = ctx.settings, ctx.as_of, reg.proof
    if proof is None or proof.route != "label":
        return not_applicable(
            "QR-3",
            N_("enkel voor een kwaliteitsbewijs uit de markt (label)."),
            ev(proof__route=proof.route if proof else None),
        )
    if as_of < s.qr3_applies_from:
        return not_applicable(
            "QR-3",
            N_("de voorwaarden voor audit- en assessmentorganisaties gelden vanaf {f}.").format(
                f=fmt_date(s.qr3_applies_from)
            ),
            ev(as_of=as_of),
        )
    org_id = proof.audit_organisation_id
    evidence = ev(proof__audit_organisation_id=org_id, as_of=as_of)
    if blank(org_id) or org_id is None:
        return Finding(
            "QR-3",
            ONBEKEND,
            N_("Niet gekend is welke audit- of assessmentorganisatie het kwaliteitsbewijs toekende."),
            evidence,
            question=Q_AUDIT_ORG,
        )
    org = ctx.audit_orgs.get(org_id)
    if org is None:
        return Finding(
            "QR-3",
            NIET_VOLDAAN,
            N_(
                "De audit- of assessmentorganisatie '{o}' staat niet in het register van organisaties die hun "
                "verklaring op erewoord en dossier bij het departement indienden; sinds {f} telt haar "
                "kwaliteitsbewijs daarom niet."
            ).format(o=org_id, f=fmt_date(s.qr3_applies_from)),
            evidence,
        )
    evidence.update(
        ev(
            audit_organisation__name=org.name,
            audit_organisation__declaration_filed_on=org.declaration_filed_on,
            audit_organisation__valid_until=org.valid_until,
            audit_organisation__auditors_are_providers=org.auditors_are_providers,
        )
    )
    judge = Judge()
    filed = org.declaration_filed_on
    if filed is None or filed > as_of:
        judge.fail(
            N_(
                "De audit- of assessmentorganisatie '{o}' heeft op {d} geen verklaring op erewoord en dossier "
                "ingediend bij het departement; het eerstvolgende indieningsmoment is {n}."
            ).format(o=org.name, d=fmt_date(as_of), n=fmt_date(s.next_filing_moment(as_of)))
        )
    else:
        cap = validity_end(filed, s.qr3_declaration_max_years)
        if org.valid_until is None:
            judge.unknown(
                N_(
                    "De geldigheidsduur van de registratie van '{o}' (ingediend op {f}) is niet gekend; na te gaan "
                    "in het register (hoogstens {y} jaar, tot en met {c})."
                ).format(o=org.name, f=fmt_date(filed), y=s.qr3_declaration_max_years, c=fmt_date(cap))
            )
        else:
            end = min(org.valid_until, cap)
            if as_of > end:
                judge.fail(
                    N_(
                        "De registratie van de audit- of assessmentorganisatie '{o}' gold tot en met {e} en is "
                        "verlopen{c}."
                    ).format(
                        o=org.name,
                        e=fmt_date(end),
                        c=N_(" (hoogstens {y} jaar na de indiening op {f})").format(
                            y=s.qr3_declaration_max_years, f=fmt_date(filed)
                        )
                        if end < org.valid_until
                        else "",
                    )
                )
            else:
                judge.ok(
                    N_(
                        "De audit- of assessmentorganisatie '{o}' diende haar verklaring op erewoord en dossier in op "
                        "{f}; die registratie geldt tot en met {e}."
                    ).format(o=org.name, f=fmt_date(filed), e=fmt_date(end))
                )
    if org.auditors_are_providers is True:
        judge.fail(
            N_("De auditoren van '{o}' zijn zelf aanbieders; dat is niet toegestaan.").format(o=org.name)
        )
    elif org.auditors_are_providers is None:
        judge.unknown(
            N_(
                "Niet gekend is of de auditoren van '{o}' zelf aanbieders zijn; na te gaan in het register."
            ).format(o=org.name)
        )
    else:
        judge.ok(N_("Haar auditoren zijn geen aanbieders."))
    return judge.finding("QR-3", evidence)


def _qr4(reg: QualityRegistration, ctx: CheckContext) -> Finding:
    """QR-4: the department decides on validation normally within 40 days of the application."""
    days = TERMS["QR-4"].days
    decided = reg.procedure.decided_on
    evidence = ev(submitted_on=reg.submitted_on, procedure__decided_on=decided, as_of=ctx.as_of)
    if reg.submitted_on is None:
        return Finding(
            "QR-4",
            ONBEKEND,
            N_(
                "De datum van de aanvraag is niet gekend; de beslissingstermijn van {n} dagen kan niet berekend worden."
            ).format(n=days),
            evidence,
        )
    due = ctx.term(reg.submitted_on, days, "QR-4").due
    assert due is not None  # no suspensions
    evidence["due"] = due.isoformat()
    verdict: Verdict
    if decided is not None:
        verdict = VOLDAAN if decided <= due else NIET_VOLDAAN
        reason = (
            N_("Beslist op {b}, binnen de termijn van {n} dagen (uiterlijk {d}).")
            if decided <= due
            else N_("Beslist op {b}, na de termijn van {n} dagen die op {d} verstreek.")
        ).format(b=fmt_date(decided), n=days, d=fmt_date(due))
    elif ctx.as_of <= due:
        verdict = VOLDAAN
        reason = N_(
            "Nog niet beslist; de beslissing over de validatie volgt normaal uiterlijk op {d} ({n} dagen na de aanvraag van {a})."
        ).format(d=fmt_date(due), n=days, a=fmt_date(reg.submitted_on))
    else:
        verdict = NIET_VOLDAAN
        reason = N_(
            "Nog niet beslist, terwijl de termijn van {n} dagen na de aanvraag van {a} op {d} verstreek."
        ).format(n=days, a=fmt_date(reg.submitted_on), d=fmt_date(due))
    return Finding("QR-4", verdict, reason, evidence)


def request_in_time(
    rule_id: str,
    ctx: CheckContext,
    *,
    notified_on: date | None,
    requested_on: date | None,
    days: int,
    what: str,
    evidence: dict[str, str],
    subject: str = "",
) -> Finding:
    """A request (reconsideration) that must arrive within `days` of a notification."""
    if notified_on is None:
        return Finding(
            rule_id,
            ONBEKEND,
            N_(
                "De datum waarop de beslissing meegedeeld werd, is niet gekend; de termijn voor {w} kan niet berekend worden."
            ).format(w=what),
            evidence,
            subject,
        )
    due = ctx.term(notified_on, days, rule_id).due
    assert due is not None
    evidence["due"] = due.isoformat()
    verdict: Verdict
    if requested_on is None and ctx.as_of <= due:
        verdict = ONBEKEND
        reason = N_(
            "Er is nog geen {w}; dat kan nog tot en met {d} ({n} dagen na de kennisgeving van {k})."
        ).format(w=what, d=fmt_date(due), n=days, k=fmt_date(notified_on))
    elif requested_on is None:
        verdict = NIET_VOLDAAN
        reason = N_(
            "Er kwam geen {w} binnen de termijn van {n} dagen, die op {d} verstreek; de beslissing is definitief."
        ).format(w=what, n=days, d=fmt_date(due))
    else:
        verdict = NIET_VOLDAAN if requested_on > due else VOLDAAN
        reason = (
            N_("Het {w} van {r} kwam te laat: de termijn van {n} dagen verstreek op {d}.")
            if requested_on > due
            else N_("Het {w} van {r} kwam binnen de termijn van {n} dagen (uiterlijk {d}).")
        ).format(w=what, r=fmt_date(requested_on), n=days, d=fmt_date(due))
    return Finding(rule_id, verdict, reason, evidence, subject)


def _qr5(reg: QualityRegistration, ctx: CheckContext) -> Finding:
    """QR-5: a refusal can be contested within 30 days (configurable) of the notification."""
    p = reg.procedure
    evidence = ev(
        procedure__refusal_notified_on=p.refusal_notified_on,
        procedure__reconsideration_requested_on=p.reconsideration_requested_on,
        as_of=ctx.as_of,
    )
    if p.refusal_notified_on is None and p.reconsideration_requested_on is None:
        return not_applicable("QR-5", N_("er is geen weigering meegedeeld."), evidence)
    return request_in_time(
        "QR-5",
        ctx,
        notified_on=p.refusal_notified_on,
        requested_on=p.reconsideration_requested_on,
        days=ctx.settings.qr5_reconsideration_days,
        what=N_("verzoek tot heroverweging"),
        evidence=evidence,
    )


def _qr6(reg: QualityRegistration, ctx: CheckContext) -> Finding:
    """QR-6: before a suspension or withdrawal the provider may respond within 30 days."""
    p, days = reg.procedure, ctx.settings.qr6_response_days
    evidence = ev(
        procedure__sanction_intent_notified_on=p.sanction_intent_notified_on,
        procedure__sanction_response_received_on=p.sanction_response_received_on,
        procedure__sanction_decided_on=p.sanction_decided_on,
        as_of=ctx.as_of,
    )
    notified = p.sanction_intent_notified_on
    if notified is None:
        if p.sanction_decided_on is not None:
            return Finding(
                "QR-6",
                NIET_VOLDAAN,
                N_(
                    "Er werd over een schorsing of intrekking beslist op {b} zonder dat de aanbieder eerst de "
                    "redenen kreeg en kon reageren."
                ).format(b=fmt_date(p.sanction_decided_on)),
                evidence,
            )
        return not_applicable("QR-6", N_("er is geen schorsing of intrekking voorgenomen."), evidence)
    due = ctx.term(notified, days, "QR-6").due
    assert due is not None
    evidence["due"] = due.isoformat()
    response = p.sanction_response_received_on
    decided = p.sanction_decided_on
    if decided is not None:
        if (response is not None and response <= decided) or decided > due:
            return Finding(
                "QR-6",
                VOLDAAN,
                N_(
                    "De aanbieder kreeg de redenen op {k} en kon reageren{r}; de beslissing volgde op {b}."
                ).format(
                    k=fmt_date(notified),
                    r=N_(" (reactie ontvangen op {x})").format(x=fmt_date(response))
                    if response is not None
                    else N_(" tot en met {x}").format(x=fmt_date(due)),
                    b=fmt_date(decided),
                ),
                evidence,
            )
        return Finding(
            "QR-6",
            NIET_VOLDAAN,
            N_(
                "De beslissing van {b} viel voor het einde van de reactietermijn van {n} dagen ({d}) en voor een "
                "reactie van de aanbieder."
            ).format(b=fmt_date(decided), n=days, d=fmt_date(due)),
            evidence,
        )
    if response is not None or ctx.as_of > due:
        return Finding(
            "QR-6",
            VOLDAAN,
            N_(
                "De aanbieder kon reageren op de voorgenomen schorsing of intrekking{r}; er kan beslist worden."
            ).format(
                r=N_(" (reactie ontvangen op {x})").format(x=fmt_date(response))
                if response is not None
                else N_(" tot en met {x}").format(x=fmt_date(due))
            ),
            evidence,
        )
    return Finding(
        "QR-6",
        ONBEKEND,
        N_("De aanbieder kan nog reageren tot en met {d}; neem tot dan geen beslissing.").format(
            d=fmt_date(due)
        ),
        evidence,
    )


def _qr7(reg: QualityRegistration, ctx: CheckContext) -> Finding:
    """QR-7: the registration ends when its proof ends (expiry, withdrawal at an interim audit)."""
    proof, as_of = reg.proof, ctx.as_of
    if proof is None:
        return Finding(
            "QR-7", ONBEKEND, N_("Er is geen kwaliteitsbewijs opgegeven."), ev(proof=None), question=Q_PROOF
        )
    name = _proof_name(proof, ctx.catalogue)
    evidence = ev(
        proof__issued_on=proof.issued_on,
        proof__valid_until=proof.valid_until,
        proof__withdrawn_on=proof.withdrawn_on,
        as_of=as_of,
    )
    if proof.issued_on is not None and proof.issued_on > as_of:
        return Finding(
            "QR-7",
            NIET_VOLDAAN,
            N_("Het kwaliteitsbewijs '{p}' gaat pas in op {i}.").format(p=name, i=fmt_date(proof.issued_on)),
            evidence,
        )
    if proof.withdrawn_on is not None and proof.withdrawn_on <= as_of:
        return Finding(
            "QR-7",
            NIET_VOLDAAN,
            N_(
                "Het kwaliteitsbewijs '{p}' werd ingetrokken op {w}; de registratie die erop steunt, eindigde "
                "op die dag."
            ).format(p=name, w=fmt_date(proof.withdrawn_on)),
            evidence,
        )
    if proof.valid_until is None:
        return Finding(
            "QR-7",
            ONBEKEND,
            N_("De geldigheidsduur van het kwaliteitsbewijs '{p}' is niet gekend.").format(p=name),
            evidence,
            question=Q_PROOF_VALIDITY,
        )
    if proof.valid_until < as_of:
        return Finding(
            "QR-7",
            NIET_VOLDAAN,
            N_(
                "Het kwaliteitsbewijs '{p}' gold tot en met {u}; de registratie die erop steunt, eindigde mee."
            ).format(p=name, u=fmt_date(proof.valid_until)),
            evidence,
        )
    reason = N_(
        "Het kwaliteitsbewijs '{p}' geldt tot en met {u}; de registratie loopt zolang het bewijs geldt. "
        "De aanbieder meldt elke wijziging meteen."
    ).format(p=name, u=fmt_date(proof.valid_until))
    if proof.withdrawn_on is not None:
        reason += N_(" Het bewijs wordt ingetrokken vanaf {w}.").format(w=fmt_date(proof.withdrawn_on))
    return Finding("QR-7", VOLDAAN, reason, evidence)


def _qr8(reg: QualityRegistration, ctx: CheckContext) -> Finding:
    """QR-8: providers active before 2 September 2019 had until 2 September 2021; new ones at once."""
    s, active = ctx.settings, reg.provider_active_since
    evidence = ev(provider_active_since=active, submitted_on=reg.submitted_on, as_of=ctx.as_of)
    if active is None:
        return Finding(
            "QR-8",
            ONBEKEND,
            N_(
                "Niet gekend is sinds wanneer de organisatie aanbod heeft dat gefinancierd wordt vanuit het beleidsdomein WSE."
            ),
            evidence,
            question=Q_ACTIVE_SINCE,
        )
    existing = active < s.qr8_existing_before
    deadline = s.qr8_existing_deadline if existing else active
    evidence["deadline"] = deadline.isoformat()
    if existing:
        rule = N_("De aanbieder was al actief voor {b} en moest uiterlijk op {d} geregistreerd zijn.").format(
            b=fmt_date(s.qr8_existing_before), d=fmt_date(deadline)
        )
    else:
        rule = N_(
            "De aanbieder startte op {a} en moest vanaf die dag aan de kwaliteitsvoorwaarden voldoen."
        ).format(a=fmt_date(active))
    submitted = reg.submitted_on
    if submitted is None:
        if ctx.as_of <= deadline:
            return Finding("QR-8", VOLDAAN, rule + N_(" De overgangsperiode loopt nog."), evidence)
        return Finding(
            "QR-8",
            ONBEKEND,
            rule + N_(" De datum van de aanvraag tot registratie is niet gekend."),
            evidence,
        )
    if submitted <= deadline:
        return Finding(
            "QR-8",
            VOLDAAN,
            rule + N_(" De registratie werd tijdig aangevraagd, op {s}.").format(s=fmt_date(submitted)),
            evidence,
        )
    return Finding(
        "QR-8",
        NIET_VOLDAAN,
        rule
        + N_(
            " De registratie werd pas aangevraagd op {s}: aanbod dat tussen {d} en {s} gefinancierd werd, "
            "voldeed niet aan de kwaliteitsvoorwaarden."
        ).format(s=fmt_date(submitted), d=fmt_date(deadline)),
        evidence,
    )


def registration_conditions(reg: QualityRegistration, ctx: CheckContext) -> list[Finding]:
    """QR-1, QR-2, QR-3 and QR-7: whether the registration holds on `ctx.as_of`."""
    return [*_qr1(reg, ctx), _qr2(reg, ctx), _qr3(reg, ctx), _qr7(reg, ctx)]


def check_quality_registration(
    reg: QualityRegistration,
    catalogue: LabelCatalogue,
    audit_orgs: Mapping[str, AuditOrganisation] | Iterable[AuditOrganisation] | None,
    as_of: date,
    *,
    settings: RuleSettings | None = None,
    calendar: HolidayCalendar | None = None,
) -> list[Finding]:
    """QR-1..QR-8 for a quality registration, judged on `as_of`, in rule order."""
    ctx = make_context(
        as_of, settings=settings, calendar=calendar, catalogue=catalogue, audit_orgs=audit_orgs
    )
    return check_quality_registration_in(reg, ctx)


def check_quality_registration_in(reg: QualityRegistration, ctx: CheckContext) -> list[Finding]:
    findings = [
        *registration_conditions(reg, ctx),
        _qr4(reg, ctx),
        _qr5(reg, ctx),
        _qr6(reg, ctx),
        _qr8(reg, ctx),
    ]
    return sort_findings(findings)


def registration_end(reg: QualityRegistration, settings: RuleSettings | None = None) -> date | None:
    """QR-7: the last day the registration can hold on its proof (None: no end known).

    The earliest of the proof's last day, the day before its withdrawal and, for a Standaard WSE
    proof used from 1 January 2023, the end of its 18 months.
    """
    proof = reg.proof
    if proof is None:
        return None
    s = settings or load_rule_settings()
    ends: list[date] = []
    if proof.valid_until is not None:
        ends.append(proof.valid_until)
    if proof.withdrawn_on is not None:
        ends.append(date.fromordinal(proof.withdrawn_on.toordinal() - 1))
    if proof.route == "standaard_wse":
        window = standaard_wse_window(reg, s)
        start = reg.standaard_wse_first_used_on or reg.submitted_on
        if start is not None and start <= s.qr2_standaard_wse_accepted_until:
            ends.append(s.qr2_standaard_wse_accepted_until)
        elif window is not None:
            ends.append(window[1])
    return min(ends) if ends else None


# --- a registration seen from another dossier (ED-1, MW-1, TW-1) ------------------------------

Q_REGISTRATION = N_(
    "Bezorg het bewijs dat uw organisatie een geldige kwaliteitsregistratie heeft bij het "
    "departement WSE (of vraag die registratie aan)."
)


def registration_finding(
    rule_id: str, subject: str, registration: RegistrationFact, ctx: CheckContext
) -> Finding:
    """Whether the organisation has a valid quality registration on `ctx.as_of` (§3.1)."""
    if registration is None:
        return Finding(
            rule_id,
            ONBEKEND,
            N_("Niet gekend is of de organisatie een geldige kwaliteitsregistratie heeft."),
            ev(registration=None),
            subject,
            Q_REGISTRATION,
        )
    if isinstance(registration, bool):
        evidence = ev(registration=registration, as_of=ctx.as_of)
        reason = (
            N_("De organisatie heeft op {d} een geldige kwaliteitsregistratie.")
            if registration
            else N_("De organisatie heeft op {d} geen geldige kwaliteitsregistratie.")
        ).format(d=fmt_date(ctx.as_of))
        return Finding(rule_id, VOLDAAN if registration else NIET_VOLDAAN, reason, evidence, subject)
    parts = registration_conditions(registration, ctx)
    failed = [f for f in parts if f.verdict == NIET_VOLDAAN]
    unknown = [f for f in parts if f.verdict == ONBEKEND]
    verdict: Verdict
    question = None
    if failed:
        verdict = NIET_VOLDAAN
        text = N_("De kwaliteitsregistratie is op {d} niet geldig: {r}")
    elif unknown:
        verdict = ONBEKEND
        text = N_("Nog niet vast te stellen of de kwaliteitsregistratie op {d} geldig is: {r}")
        question = " ".join(unique(f.question for f in unknown if f.question)) or None
    else:
        verdict = VOLDAAN
        text = N_("De kwaliteitsregistratie voldoet op {d} aan QR-1, QR-2, QR-3 en QR-7.")
    reasons = " ".join(f"{f.rule_id}: {f.reason}" for f in failed or unknown)
    reason = text.format(d=fmt_date(ctx.as_of), r=reasons)
    return Finding(rule_id, verdict, reason, part_verdicts(parts), subject, question)


__all__ = [
    "QR1_QUESTIONS",
    "Q_PROOF",
    "Q_REGISTRATION",
    "REGISTRATION_CONDITION_RULES",
    "accepted_entry",
    "add_months_last_day",
    "check_quality_registration",
    "check_quality_registration_in",
    "registration_conditions",
    "registration_end",
    "registration_finding",
    "request_in_time",
    "standaard_wse_window",
]
