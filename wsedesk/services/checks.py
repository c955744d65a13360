"""The checks on a dossier's stored facts (rules/quality.py) and what follows from them.

`facts_for_dossier` maps the stored rows onto the check engine's dataclasses;
`check_dossier_findings` runs the QR-*/ED-* checks on them with the database's reference data;
`dossier_findings` is what the dossier screen's Toetsing tab shows; `request_missing_information`
turns selected "onbekend" findings into an information request that stops the clock (ED-5, T-3).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsedesk.errors import BadInputError
from wsedesk.i18n import N_
from wsedesk.models import (
    ConditionChange,
    Dossier,
    DossierEvent,
    DossierTerm,
    Establishment,
    Organisation,
    Person,
    QualityRegistration,
    RecognitionApplication,
    Subcontractor,
    TenderPartnership,
    WorkingArea,
)
from wsedesk.models import Suspension as SuspensionRow
from wsedesk.rules import quality as Q
from wsedesk.rules.terms import Suspension
from wsedesk.services.changes import Changes
from wsedesk.services.dossiers import load_dossier
from wsedesk.services.fields import TRI
from wsedesk.services.recognition import supervisors_of
from wsedesk.services.reference_lists import reference_data_for
from wsedesk.services.terms import request_information

if TYPE_CHECKING:
    from wsedesk.context import AppContext


def _events(session: Session, dossier: Dossier) -> dict[str, date]:
    """The latest date of each kind of timeline event (transition actions are event kinds)."""
    out: dict[str, date] = {}
    for kind, on in session.execute(
        select(DossierEvent.kind, DossierEvent.occurred_on)
        .where(DossierEvent.dossier_id == dossier.id)
        .order_by(DossierEvent.occurred_on, DossierEvent.recorded_at)
    ):
        out[kind] = on
    return out


def _sorted_column(session: Session, column: Any, condition: Any) -> tuple[Any, ...]:
    """One column of the rows that meet `condition`, in its own order."""
    return tuple(session.scalars(select(column).where(condition).order_by(column)))


def _organisation_facts(session: Session, org: Organisation) -> Q.Organisation:
    numbers = _sorted_column(
        session, Establishment.establishment_number, Establishment.organisation_id == org.id
    )
    return Q.Organisation(
        enterprise_number=org.enterprise_number, kind=org.kind, name=org.name, establishments=numbers
    )


def _registration_facts(
    row: QualityRegistration, org: Q.Organisation, dossier: Dossier | None, session: Session
) -> Q.QualityRegistration:
    proof = Q.QualityProof(
        route=row.route,  # type: ignore[arg-type]
        label_id=row.label_id,
        issued_on=row.issued_on,
        valid_until=row.valid_until,
        audit_organisation_id=str(row.audit_organisation_id) if row.audit_organisation_id else None,
        withdrawn_on=row.withdrawn_on,
        reference=row.reference,
    )
    procedure = Q.RegistrationProcedure()
    if dossier is not None:
        ev = _events(session, dossier)
        procedure = Q.RegistrationProcedure(
            decided_on=ev.get("valideren") or ev.get("weigeren"),
            refusal_notified_on=ev.get("weigeren"),
            reconsideration_requested_on=ev.get("heroverweging_ontvangen"),
            sanction_intent_notified_on=ev.get("schorsing_voornemen"),
            sanction_response_received_on=None,
            sanction_decided_on=ev.get("schorsen") or ev.get("intrekken"),
        )
    return Q.QualityRegistration(
        organisation=org,
        proof=proof,
        areas_evidence=Q.QualityAreas(
            klantgerichtheid=TRI.get(row.area_klantgerichtheid),
            personeelsbeheer=TRI.get(row.area_personeelsbeheer),
            financieel_beheer=TRI.get(row.area_financieel_beheer),
        ),
        submitted_on=dossier.submitted_on if dossier else None,
        provider_active_since=row.provider_active_since,
        standaard_wse_earlier_uses=row.standaard_wse_earlier_uses,
        standaard_wse_first_used_on=row.standaard_wse_first_used_on,
        procedure=procedure,
    )


_VALIDATED = frozenset({"gevalideerd", "schorsing_voorgenomen"})
_PENDING = frozenset({"ingediend", "heroverweging"})


def registration_fact(
    session: Session, org: Organisation, *, as_of: date | None = None
) -> Q.QualityRegistration | bool | None:
    """What ED-1, MW-1 and TW-1 get as "a valid quality registration" (§3.1).

    A registration the department validated counts as its decision (True), unless its proof
    ended by `as_of` (QR-7: the registration ends with it); a pending one is judged on its facts;
    one that was refused, suspended, withdrawn or ended is False; none at all is unknown.
    """
    org_facts = _organisation_facts(session, org)
    rows = list(
        session.scalars(
            select(QualityRegistration)
            .where(QualityRegistration.organisation_id == org.id)
            .order_by(QualityRegistration.created_at.desc())
        )
    )
    dossiers = {
        d.id: d
        for d in session.scalars(
            select(Dossier).where(Dossier.organisation_id == org.id, Dossier.dossier_type == "QR")
        )
    }
    by_dossier = {r.dossier_id: r for r in rows if r.dossier_id is not None}
    validated = [d for d in dossiers.values() if d.status in _VALIDATED]
    if validated:
        d = max(validated, key=lambda x: x.status_since)
        row = by_dossier.get(d.id)
        if row is not None and as_of is not None:
            if row.withdrawn_on is not None and row.withdrawn_on <= as_of:
                return False
            if row.valid_until is not None and row.valid_until < as_of:
                return False
        return True
    pending_ids = {d.id for d in dossiers.values() if d.status in _PENDING}
    # A registration under examination before one recorded without a dossier; the newest of each.
    candidate = next((r for r in rows if r.dossier_id in pending_ids), None) or next(
        (r for r in rows if r.dossier_id is None), None
    )
    if candidate is not None:
        dossier = dossiers.get(candidate.dossier_id) if candidate.dossier_id else None
        return _registration_facts(candidate, org_facts, dossier, session)
    if dossiers:
        return False
    return None


def _subcontractor_recognised(
    session: Session, number: str, claimed: bool | None, as_of: date | None
) -> bool | None:
    """ED-10: recognised when the department's own records say so; a claim alone is checked, not trusted."""
    stmt = (
        select(Dossier.id)
        .join(Organisation, Organisation.id == Dossier.organisation_id)
        .where(
            Organisation.enterprise_number == number,
            Dossier.dossier_type == "ED",
            Dossier.status == "erkend",
        )
    )
    if as_of is not None:
        stmt = stmt.where(Dossier.valid_from <= as_of, Dossier.valid_until >= as_of)
    if session.scalar(stmt.limit(1)) is not None:
        return True
    return False if claimed is False else None


def _recognition_facts(session: Session, dossier: Dossier, as_of: date | None) -> Q.RecognitionApplication:
    org = session.get(Organisation, dossier.organisation_id)
    assert org is not None
    org_facts = _organisation_facts(session, org)
    app = session.scalar(
        select(RecognitionApplication).where(RecognitionApplication.dossier_id == dossier.id)
    )
    ev = _events(session, dossier)
    ed5 = list(
        session.scalars(
            select(SuspensionRow)
            .join(DossierTerm, DossierTerm.id == SuspensionRow.dossier_term_id)
            .where(DossierTerm.dossier_id == dossier.id, DossierTerm.term_id == "ED-5")
            .order_by(SuspensionRow.start)
        )
    )
    decision: Q.Decision | None = None
    decided = ev.get("erkennen") or ev.get("heroverweging_erkennen")
    refused = ev.get("weigeren")
    if decided is not None:
        decision = "erkenning"
    elif refused is not None:
        decision = "weigering"
    procedure = Q.RecognitionProcedure(
        submitted_on=dossier.submitted_on,
        admissibility_notified_on=ev.get("ontvankelijk"),
        information_requests=tuple(Suspension(x.start, x.end, x.reason) for x in ed5),
        advice_sent_on=ev.get("advies_opmaken"),
        decision=decision,
        decision_notified_on=decided or refused,
        reconsideration_requested_on=ev.get("heroverweging_ontvangen"),
        hearing_on=ev.get("hoorzitting_gehouden"),
        committee_advice_on=ev.get("commissie_advies"),
    )
    changes = tuple(
        Q.ConditionChange(c.description, c.occurred_on, c.reported_on)
        for c in session.scalars(
            select(ConditionChange)
            .where(ConditionChange.dossier_id == dossier.id)
            .order_by(ConditionChange.created_at)
        )
    )
    recognised_from = dossier.valid_from if decision == "erkenning" else None
    registration = registration_fact(session, org, as_of=as_of)
    if app is None:
        # An ED dossier entered before the intake existed: everything the form holds is unknown.
        return Q.RecognitionApplication(
            organisation=org_facts,
            registration=registration,
            subcontractors=None,
            supervisors=None,
            working_area=None,
            recognised_from=recognised_from,
            changes=changes,
            procedure=procedure,
        )
    contact = session.get(Person, app.contact_person_id) if app.contact_person_id else None
    sups = supervisors_of(session, app)
    subs = list(session.scalars(select(Subcontractor).where(Subcontractor.application_id == app.id)))
    area = _sorted_column(session, WorkingArea.nis_code, WorkingArea.application_id == app.id)
    return Q.RecognitionApplication(
        organisation=org_facts,
        contact_name=f"{contact.first_name} {contact.last_name}".strip() if contact else None,
        contact_email=contact.email if contact else None,
        registration=registration,
        simplified_requested=app.simplified_requested,
        experience_motivation=app.experience_motivation,
        experience_judged_sufficient=app.experience_judged_sufficient,
        supervisors=tuple(
            Q.Supervisor(
                name=f"{person.first_name} {person.last_name}".strip(),
                national_number=sup.national_number,
                employed_by_applicant=sup.employed_by_applicant,
                diploma_id=sup.diploma_id,
                experience_years=sup.experience_years,
                experience_certificate=sup.experience_certificate,
                recognised_training=sup.recognised_training,
                competences=frozenset(sup.competences),
            )
            for sup, person in sups
        ),
        working_area=area,
        capacity=app.capacity,
        capacity_motivation=app.capacity_motivation,
        intervision_commitment=app.intervision_commitment,
        declaration_on_honour=app.declaration_on_honour,
        subcontractors=tuple(
            Q.Subcontractor(
                x.enterprise_number,
                _subcontractor_recognised(session, x.enterprise_number, x.recognised, as_of),
                x.name,
            )
            for x in subs
        )
        if app.subcontractors_stated
        else None,
        recognised_from=recognised_from,
        changes=changes,
        procedure=procedure,
    )


def _tender_facts(session: Session, dossier: Dossier, as_of: date | None) -> Q.TenderPartner:
    """TW-1: the partner's quality registration (§3.1) and the judgement of its experience."""
    org = session.get(Organisation, dossier.organisation_id)
    assert org is not None
    row = session.scalar(select(TenderPartnership).where(TenderPartnership.dossier_id == dossier.id))
    return Q.TenderPartner(
        organisation=_organisation_facts(session, org),
        registration=registration_fact(session, org, as_of=as_of),
        similar_experience=row.similar_experience if row else None,
        experience_description=row.experience_description if row else None,
    )


def facts_for_dossier(
    session: Session, dossier: Dossier, *, as_of: date | None = None
) -> tuple[str, Q.QualityRegistration | Q.RecognitionApplication | Q.TenderPartner]:
    """The stored facts of a QR, ED or TW dossier as the check engine's input ("QR"/"ED"/"TW", facts).

    `as_of` decides only whether a validated quality registration still holds (its proof may
    have ended, QR-7); the engine itself judges everything else on its own `as_of`.
    """
    if dossier.dossier_type == "ED":
        return "ED", _recognition_facts(session, dossier, as_of)
    if dossier.dossier_type == "TW":
        return "TW", _tender_facts(session, dossier, as_of)
    if dossier.dossier_type == "QR":
        org = session.get(Organisation, dossier.organisation_id)
        assert org is not None
        org_facts = _organisation_facts(session, org)
        row = session.scalar(select(QualityRegistration).where(QualityRegistration.dossier_id == dossier.id))
        if row is None:
            return "QR", Q.QualityRegistration(
                organisation=org_facts, proof=None, submitted_on=dossier.submitted_on
            )
        return "QR", _registration_facts(row, org_facts, dossier, session)
    raise BadInputError(
        N_("Voor een dossier van type {t} zijn er (nog) geen controles op bewaarde gegevens.").format(
            t=dossier.dossier_type
        )
    )


def registration_valid_until(session: Session, dossier: Dossier) -> date | None:
    """QR-7: the last day a QR dossier's registration holds on its proof (None: no end known)."""
    _kind, facts = facts_for_dossier(session, dossier)
    if not isinstance(facts, Q.QualityRegistration):
        return None
    return Q.registration_end(facts, reference_data_for(session).settings)


def findings_for(session: Session, dossier: Dossier, as_of: date) -> list[Q.Finding]:
    kind, facts = facts_for_dossier(session, dossier, as_of=as_of)
    return Q.check_dossier(kind, facts, reference_data_for(session), as_of)


def check_dossier_findings(ctx: AppContext, dossier_id: str, as_of: date) -> list[Q.Finding]:
    """Run the QR-*/ED-* checks on the dossier's stored facts, judged on `as_of`."""
    with ctx.uow() as uow:
        return findings_for(uow.session, load_dossier(uow.session, dossier_id), as_of)


@dataclass(frozen=True)
class InformationRequest:
    """What `request_missing_information` asked and what changed (the clock stopped)."""

    text: str  # one question per line: the suspension's reason and the letter's list
    questions: tuple[Q.InformationQuestion, ...]
    changes: Changes


def _open_questions(
    ctx: AppContext, dossier_id: str, on: date, selected_rule_ids: Iterable[str]
) -> list[Q.InformationQuestion]:
    """The open questions of the selected rules on `on`; a selected rule without one is refused."""
    selected = {r.strip().upper() for r in selected_rule_ids if r.strip()}
    if not selected:
        raise BadInputError(N_("Kies minstens één regel met een open vraag."))
    findings = check_dossier_findings(ctx, dossier_id, on)
    questions = [q for q in Q.unknown_findings(findings) if q.rule_id in selected]
    without = sorted(selected - {q.rule_id for q in questions})
    if without:
        raise BadInputError(
            N_("Voor {r} is er geen open vraag aan de aanvrager (geen 'onbekend' met een vraag).").format(
                r=", ".join(without)
            )
        )
    return questions


def request_missing_information(
    ctx: AppContext, dossier_id: str, on: date, selected_rule_ids: Iterable[str]
) -> InformationRequest:
    """Ask the applicant for what the selected "onbekend" findings miss; the clock stops on `on` (ED-5, T-3).

    `selected_rule_ids` are rule IDs ("ED-1", "ED-10"); every open question of those rules is
    asked. A selected rule without an open question is refused, so nothing is asked by mistake.
    """
    questions = _open_questions(ctx, dossier_id, on, selected_rule_ids)
    text = "\n".join(q.question for q in questions)
    changes = request_information(ctx, dossier_id, on=on, reason=text)
    return InformationRequest(text, tuple(questions), changes)


# --- the dossier screen's Toetsing tab -----------------------------------------------------------


@dataclass(frozen=True)
class DossierFindings:
    """The checks of one dossier as the Toetsing tab shows them, with what it needs around them."""

    dossier_id: str
    reference: str
    dossier_type: str
    closed: bool
    checkable: bool  # False: no stored application to judge (MW, DV, KB, an ED/QR/TW without its facts)
    findings: tuple[Q.Finding, ...]
    clock_stopped_since: date | None  # an information request still waiting for its answer (T-3)
    stopped_term: str | None  # the term that stands still ("ED-4", "ED-5", ...)


def dossier_findings(ctx: AppContext, dossier_id: str, as_of: date) -> DossierFindings:
    """The findings of `check_dossier_findings`, or none when the dossier holds no application facts.

    An ED or QR dossier without a stored application would only give "onbekend" everywhere, which
    says nothing; the screen says why instead.
    """
    with ctx.uow() as uow:
        s = uow.session
        d = load_dossier(s, dossier_id)
        if d.dossier_type == "ED":
            checkable = (
                s.scalar(select(RecognitionApplication.id).where(RecognitionApplication.dossier_id == d.id))
                is not None
            )
        elif d.dossier_type == "QR":
            checkable = (
                s.scalar(select(QualityRegistration.id).where(QualityRegistration.dossier_id == d.id))
                is not None
            )
        elif d.dossier_type == "TW":
            checkable = (
                s.scalar(select(TenderPartnership.id).where(TenderPartnership.dossier_id == d.id)) is not None
            )
        else:
            checkable = False
        stopped = s.execute(
            select(SuspensionRow.start, DossierTerm.term_id)
            .join(DossierTerm, DossierTerm.id == SuspensionRow.dossier_term_id)
            .where(DossierTerm.dossier_id == d.id, SuspensionRow.end.is_(None))
            .order_by(SuspensionRow.start)
            .limit(1)
        ).first()
        return DossierFindings(
            dossier_id=str(d.id),
            reference=d.reference,
            dossier_type=d.dossier_type,
            closed=d.closed,
            checkable=checkable,
            findings=tuple(findings_for(s, d, as_of)) if checkable else (),
            clock_stopped_since=stopped[0] if stopped else None,
            stopped_term=stopped[1] if stopped else None,
        )


def request_missing_information_with_text(
    ctx: AppContext, dossier_id: str, on: date, selected_rule_ids: Iterable[str], text: str
) -> InformationRequest:
    """`request_missing_information` with the officer's own wording of the questions.

    The rules are checked the same way (each selected rule must have an open question on `on`);
    `text`, as the officer edited it, becomes the suspension's reason and the letter's list.
    """
    selected_rule_ids = list(selected_rule_ids)
    if not any(r.strip() for r in selected_rule_ids):
        raise BadInputError(N_("Kies minstens één regel met een open vraag."))
    if not text.strip():
        raise BadInputError(N_("Vermeld welke informatie ontbreekt."))
    questions = _open_questions(ctx, dossier_id, on, selected_rule_ids)
    changes = request_information(ctx, dossier_id, on=on, reason=text.strip())
    return InformationRequest(text.strip(), tuple(questions), changes)


__all__ = [
    "DossierFindings",
    "InformationRequest",
    "check_dossier_findings",
    "dossier_findings",
    "facts_for_dossier",
    "findings_for",
    "registration_fact",
    "registration_valid_until",
    "request_missing_information",
    "request_missing_information_with_text",
]
