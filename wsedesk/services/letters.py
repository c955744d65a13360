"""Letters from dossiers (domain.md §5): every date, name and term comes from the dossier itself.

`letter_context` maps stored facts (the dossier, its organisation, its computed terms, its
events) onto documents.letters.LetterContext; `generate_letter` renders and stores the PDF with
its SHA-256 as a new revision. A stored document never changes: approving an advice stores a new,
final revision. Only a teamverantwoordelijke approves (enforced here, not only in the GUI).
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, TypedDict, Unpack

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wsedesk.documents import letters as L
from wsedesk.documents.templates import list_placeholders
from wsedesk.errors import BadInputError, NotFoundError, PermissionDeniedError
from wsedesk.i18n import N_
from wsedesk.models import (
    Document,
    Dossier,
    DossierEvent,
    DossierTerm,
    Municipality,
    Organisation,
    Person,
    User,
)
from wsedesk.models import Suspension as SuspensionRow
from wsedesk.progress import CancelledError, NullProgress, Progress
from wsedesk.rules.identifiers import format_enterprise_number
from wsedesk.rules.quality_facts import Finding as CheckFinding
from wsedesk.rules.reports import submission_deadline
from wsedesk.rules.roles import Role
from wsedesk.rules.terms import TermResult, TermSpec, compute_term, recognition_end
from wsedesk.rules.workflows import status_label
from wsedesk.services.changes import Changes
from wsedesk.services.checks import findings_for
from wsedesk.services.dossiers import load_dossier
from wsedesk.services.letter_facts import quality_proof_for, tender_for
from wsedesk.services.letter_templates import current_template, user_template
from wsedesk.services.terms import calendar_for, computed_terms, term_spec
from wsedesk.services.timeline import add_event

if TYPE_CHECKING:
    from wsedesk.context import AppContext


class LetterInputs(TypedDict, total=False):
    """What the user gives a letter besides its dossier and kind: for a preview, to store, to approve."""

    letter_date: date | None  # None: default_letter_date (approve_advice: today)
    reasons: tuple[str, ...]
    findings: tuple[L.Finding, ...] | None  # None: for an advice, the stored checks' findings
    proposed_decision: str | None  # None: for an advice, the ED-6 check's proposal


PROCEDURES = {
    "QR": "kwaliteitsregistratie",
    "ED": "externe-dienstverlener",
    "MW": "collectief-maatwerk",
    "DV": "collectief-maatwerk",
    "TW": "intensief-werkplekleren",
    "KB": "lijst-kwaliteitsbewijzen",
}

# Which letter fits which dossier type and status (the CLI's --kind names, issue #5).
FITS: dict[str, dict[str, frozenset[str]]] = {
    "ontvankelijk": {"ED": frozenset({"in_onderzoek"})},
    "onontvankelijk": {"ED": frozenset({"onontvankelijk"})},
    # ED "ingediend": ED-4's admissibility term runs, so a request can stop it (issue #12). Not in ED
    # "heroverweging": no term runs there (ED-9 closes on the request), so no request can be made.
    "informatievraag": {
        "ED": frozenset({"ingediend", "in_onderzoek"}),
        "QR": frozenset({"ingediend", "heroverweging"}),
    },
    "advies": {"ED": frozenset({"in_onderzoek", "advies"})},
    "validatie": {"QR": frozenset({"gevalideerd"})},
    "erkenning": {"ED": frozenset({"erkend"})},
    "weigering": {"ED": frozenset({"geweigerd"}), "QR": frozenset({"geweigerd"})},
    "schorsing": {"QR": frozenset({"geschorst"})},
    "intrekking": {"QR": frozenset({"ingetrokken"})},
    # After a reconsideration only (letter_refusal): the hearing and the committee's advice (ED-9).
    "heroverweging": {"ED": frozenset({"erkend", "afgesloten"})},
    "verval": {"ED": frozenset({"vervallen", "verlopen"}), "QR": frozenset({"beeindigd"})},
    "managementondersteuning": {"DV": frozenset({"managementondersteuning"})},
    "herinnering-verslag": {"DV": frozenset({"verwacht"})},
    "uitnodiging-offerte": {"TW": frozenset({"uitgenodigd"})},
    "gunning": {"TW": frozenset({"gegund", "opvolging"})},
    "niet-gunning": {"TW": frozenset({"niet_gegund"})},
    "kwaliteitsbewijs-aanvaard": {"KB": frozenset({"gepubliceerd"})},
    "kwaliteitsbewijs-geweigerd": {"KB": frozenset({"geweigerd"})},
}
# Why a kind is not offered for a type its title might suggest (issue #11: not offered, reason shown).
NOT_OFFERED: dict[tuple[str, str], str] = {
    ("heroverweging", "QR"): N_(
        "de brief 'heroverweging' meldt de hoorzitting en het advies van de heroverwegingscommissie (ED-9); "
        "een heroverweging van een kwaliteitsregistratie (QR-5) kent die niet. Meld een gegronde heroverweging "
        "met de brief 'validatie'"
    ),
    ("intrekking", "ED"): N_(
        "de brief 'intrekking' volgt het voornemen en de reactietermijn van QR-6; voor de intrekking van een "
        "erkenning na een melding (ED-11) is er nog geen brieftekst"
    ),
}
# ED-9: the outcome letter of a reconsideration reports these steps; each must be registered.
RECONSIDERATION_STEPS = (
    ("heroverweging_ontvangen", N_("het verzoek tot heroverweging")),
    ("hoorzitting_gehouden", N_("de hoorzitting")),
    ("commissie_advies", N_("het advies van de heroverwegingscommissie")),
)
RECONSIDERATION_OUTCOMES = ("heroverweging_erkennen", "heroverweging_weigeren")
DECISION_SIGNATORY = L.Signatory(
    "Namens de Vlaamse minister van Werk en Sociale Economie",
    "Afdelingshoofd Sociale Economie, Departement WSE",
)
# Days an organisation gets to send missing information (not a statutory term: a request's deadline).
REPLY_DAYS = 30


@dataclass(frozen=True)
class StoredLetter:
    document_id: str
    dossier_id: str
    kind: str
    revision: int
    final: bool
    sha256: str
    filename: str
    content: bytes

    @property
    def changes(self) -> Changes:
        """A stored letter is a new document and a timeline event of its dossier."""
        return Changes.of("dossier", "document", dossier_ids=[self.dossier_id])


def check_fits(dossier_type: str, status: str, kind: str) -> None:
    """Refuse a kind that does not fit the dossier's type or state, with the reason."""
    if kind not in FITS:
        raise BadInputError(f"Onbekende briefsoort '{kind}'. Kies uit: {', '.join(FITS)}.")
    by_type = FITS[kind]
    if dossier_type not in by_type:
        types = ", ".join(sorted(by_type))
        why = NOT_OFFERED.get((kind, dossier_type))
        raise BadInputError(
            f"Een brief '{kind}' hoort niet bij een dossier van type {dossier_type} (wel bij: {types})"
            + (f": {why}." if why else ".")
        )
    if status not in by_type[dossier_type]:
        allowed = ", ".join(status_label(dossier_type, s) for s in sorted(by_type[dossier_type]))
        raise BadInputError(
            f"Een brief '{kind}' past niet bij de status '{status_label(dossier_type, status)}' "
            f"(wel bij: {allowed})."
        )


def letter_refusal(session: Session, dossier: Dossier, kind: str) -> str | None:
    """Why `kind` is not offered for this dossier now (its type, state or missing steps), or None.

    What the user still fills in (a motivation, findings, a proposal) or does next (ask for
    information) is not a refusal: the preview names it.
    """
    try:
        check_fits(dossier.dossier_type, dossier.status, kind)
    except BadInputError as exc:
        return exc.message
    if kind == "informatievraag" and not session.scalar(
        select(func.count())
        .select_from(DossierTerm)
        .where(DossierTerm.dossier_id == dossier.id, DossierTerm.closed_on.is_(None))
    ):
        # Offered where the information request is (the dossier screen's button): a term must run.
        return N_(
            "Dossier {ref} heeft geen lopende termijn om stil te zetten: een vraag om bijkomende informatie "
            "stopt de klok van een lopende termijn (ED-5, T-3)."
        ).format(ref=dossier.reference)
    if kind == "heroverweging":
        if _event_date(session, dossier, RECONSIDERATION_OUTCOMES) is None:
            return N_(
                "Dossier {ref} kende geen heroverweging: de brief 'heroverweging' meldt de beslissing na een "
                "verzoek tot heroverweging (ED-9). Meld deze beslissing met de brief van de beslissing zelf."
            ).format(ref=dossier.reference)
        missing = [
            what for kind_, what in RECONSIDERATION_STEPS if _event_date(session, dossier, (kind_,)) is None
        ]
        if missing:
            return N_(
                "Dossier {ref}: de brief 'heroverweging' vermeldt {m}, maar die stap is niet geregistreerd (ED-9)."
            ).format(ref=dossier.reference, m=", ".join(missing))
    return None


def check_letter(session: Session, dossier: Dossier, kind: str) -> None:
    """Refuse a letter that is not offered for this dossier, with the reason (letter_refusal)."""
    reason = letter_refusal(session, dossier, kind)
    if reason:
        raise BadInputError(reason)


def letter_refusals(ctx: AppContext, dossier_id: str) -> dict[str, str]:
    """Every letter kind for dossiers that is not offered for this dossier now: kind → reason."""
    with ctx.uow() as uow:
        d = load_dossier(uow.session, dossier_id)
        out: dict[str, str] = {}
        for spec in L.list_kinds():
            if spec.for_dossiers:
                reason = letter_refusal(uow.session, d, spec.name)
                if reason:
                    out[spec.name] = reason
        return out


def advice_finding(finding: CheckFinding) -> L.Finding:
    """A check result (rules/quality.py) as a row of the advice's findings table.

    A rule that does not apply reads "niet van toepassing"; "onbekend" reads "te controleren"
    (the labels documents/letters.Finding uses). The part of the rule goes before the reason.
    """
    if not finding.applicable:
        verdict = "niet van toepassing"
    elif finding.verdict == "onbekend":
        verdict = "te controleren"
    else:
        verdict = finding.verdict
    reason = f"{finding.subject}: {finding.reason}" if finding.subject else finding.reason
    return L.Finding(finding.rule_id, verdict, reason)


def _advice_inputs(
    session: Session,
    dossier: Dossier,
    kind: str,
    findings: tuple[L.Finding, ...] | None,
    proposal: str | None,
    on: date,
) -> tuple[tuple[L.Finding, ...], str | None]:
    """The findings and proposal a letter shows: the given ones, or for an advice the stored checks.

    `findings=None` (the command line, a batch) means "from the stored checks on `on`" (ED-6):
    every finding, and unless a proposal is given, the one the ED-6 check proposes.
    """
    if findings is not None:
        return findings, proposal
    if kind != "advies":
        return (), proposal
    checks = findings_for(session, dossier, on)
    if proposal is None:
        proposal = next(
            (f.evidence.get("proposed_decision") or None for f in checks if f.rule_id == "ED-6"), None
        )
    return tuple(advice_finding(f) for f in checks), proposal


def organisation_address(session: Session, org: Organisation) -> tuple[str, ...]:
    muni = session.get(Municipality, org.municipality_nis) if org.municipality_nis else None
    city = " ".join(p for p in (org.postal_code or "", muni.name_nl if muni else "") if p)
    return tuple(line for line in (org.street or "", city) if line)


def _term(result: TermResult, row: DossierTerm) -> L.Term:
    open_sus = result.open_suspension
    return L.Term(
        rule_id=row.term_id,
        days=row.days,
        start_event_on=row.event_date,
        end_on=result.due,
        stopped_since=open_sus.start if open_sus else None,
        days_used=result.days_used if open_sus else None,
        days_left=result.days_left if open_sus else None,
    )


def _event_date(session: Session, dossier: Dossier, kinds: tuple[str, ...]) -> date | None:
    return session.scalar(
        select(DossierEvent.occurred_on)
        .where(DossierEvent.dossier_id == dossier.id, DossierEvent.kind.in_(kinds))
        .order_by(DossierEvent.occurred_on.desc())
        .limit(1)
    )


def letter_context(
    session: Session,
    ctx: AppContext,
    dossier: Dossier,
    kind: str,
    *,
    letter_date: date,
    reasons: tuple[str, ...] = (),
    findings: tuple[L.Finding, ...] = (),
    proposed_decision: str | None = None,
    approval: L.Approval | None = None,
) -> L.LetterContext:
    """Map the dossier's stored facts onto the letter's context; dates come from computed terms."""
    org = session.get(Organisation, dossier.organisation_id)
    assert org is not None
    contact_person = session.scalar(
        select(Person).where(Person.organisation_id == org.id).order_by(Person.created_at).limit(1)
    )
    assignee = session.get(User, dossier.assignee_id) if dossier.assignee_id else None
    me = session.scalar(select(User).where(User.login == ctx.user.login))
    contact_user = assignee or me
    calendar = calendar_for(session)
    computed = computed_terms(session, dossier.id, calendar=calendar, newest_first=True)
    term_rows = [row for row, _ in computed]
    results: dict[uuid.UUID, TermResult] = {row.id: result for row, result in computed}

    def term_of(*ids: str, open_only: bool = False) -> L.Term | None:
        for row in term_rows:
            if row.term_id in ids and (row.closed_on is None or not open_only):
                return _term(results[row.id], row)
        return None

    term: L.Term | None = None
    missing: tuple[str, ...] = ()
    reply_by: date | None = None
    if kind == "ontvankelijk":
        # The notice says when the term ends "if we need no further information": without suspensions.
        term = term_of("ED-5")
        first = next((r for r in reversed(term_rows) if r.term_id == "ED-5"), None)
        if term is not None and first is not None:
            spec = TermSpec(first.term_id, first.days, first.working_days)
            due = compute_term(first.event_date, spec, [], calendar).due
            term = L.Term(rule_id=first.term_id, days=first.days, start_event_on=first.event_date, end_on=due)
    elif kind == "advies":
        term = term_of("ED-5")
        if term is not None and term.end_on is None and term.stopped_since is not None:
            raise BadInputError(
                f"Dossier {dossier.reference}: de onderzoekstermijn {term.rule_id} staat stil sinds "
                f"{term.stopped_since:%d/%m/%Y} (wacht op informatie). Registreer eerst 'Informatie ontvangen': "
                "het advies vermeldt de einddatum van de termijn."
            )
    elif kind == "informatievraag":
        stopped = next((r for r in term_rows if r.closed_on is None and results[r.id].open_suspension), None)
        if stopped is None:
            late = next(
                (
                    (r, s)
                    for r in term_rows
                    if r.closed_on is None
                    for s in results[r.id].late_suspensions
                    if s.end is None
                ),
                None,
            )
            if late is not None:
                row, sus = late
                due = results[row.id].due
                raise BadInputError(
                    f"Dossier {dossier.reference}: de vraag om informatie van {sus.start:%d/%m/%Y} kwam na het "
                    f"einde van de termijn {row.term_id}"
                    + (f" ({due:%d/%m/%Y})" if due else "")
                    + ": de klok stond niet stil (T-3), dus deze brief kan geen stilgelegde termijn melden."
                )
            raise BadInputError(
                f"Dossier {dossier.reference} wacht niet op informatie: registreer eerst 'Vraag bijkomende "
                "informatie', zodat de brief de stilgelegde termijn vermeldt."
            )
        term = _term(results[stopped.id], stopped)
        open_sus = results[stopped.id].open_suspension
        assert open_sus is not None
        missing = tuple(
            part.strip() for part in open_sus.reason.replace("\n", ";").split(";") if part.strip()
        )
        reply_by = compute_term(letter_date, TermSpec("antwoord", REPLY_DAYS), [], calendar).due
    elif kind == "validatie":
        term = term_of("QR-4")
    elif kind == "weigering":
        term = term_of("ED-9", "QR-5")

    decided_on = dossier.decided_on or dossier.status_since
    proof = quality_proof_for(session, dossier)
    reconsideration_days = None
    if kind == "weigering":
        rule = "ED-9" if dossier.dossier_type == "ED" else "QR-5"
        reconsideration_days = term_spec(session, rule).days
    decision = L.Decision(
        decided_on=decided_on,
        # MW-3: management support applies from the decision that imposes it.
        valid_from=dossier.valid_from
        or (dossier.status_since if kind == "managementondersteuning" else None),
        valid_until=dossier.valid_until
        or (recognition_end(dossier.valid_from) if kind == "erkenning" and dossier.valid_from else None)
        or (proof.valid_until if proof is not None and dossier.dossier_type == "QR" else None),  # QR-7
        effective_on=dossier.status_since,
        reasons=reasons,
        notice_sent_on=_event_date(session, dossier, ("schorsing_voornemen",)),
        response_days=term_spec(session, "QR-6").days if kind in ("schorsing", "intrekking") else None,
        reconsideration_days=reconsideration_days,
    )
    reconsideration = None
    if kind == "heroverweging":
        outcome = {"erkend": "erkenning", "gevalideerd": "validatie"}.get(
            dossier.status, "weigering bevestigd"
        )
        reconsideration = L.Reconsideration(
            requested_on=_event_date(session, dossier, ("heroverweging_ontvangen",)),
            original_decision_on=_event_date(session, dossier, ("weigeren",)),
            hearing_on=_event_date(session, dossier, ("hoorzitting_gehouden",)),
            committee_advice_on=_event_date(session, dossier, ("commissie_advies",)),
            decided_on=dossier.status_since,
            outcome=outcome,
        )
    report = None
    if dossier.dossier_type == "DV":
        year = dossier.submitted_on.year - 1
        report = L.SustainabilityReport(
            year=year,
            due_on=submission_deadline(year),
            received_on=_event_date(session, dossier, ("verslag_ontvangen",)),
        )
        if kind == "herinnering-verslag":
            reply_by = compute_term(letter_date, TermSpec("antwoord", REPLY_DAYS), [], calendar).due
    if kind == "uitnodiging-offerte":
        reply_by = compute_term(letter_date, TermSpec("antwoord", REPLY_DAYS), [], calendar).due
    signatory = (
        DECISION_SIGNATORY
        if kind in L.KINDS and L.KINDS[kind].decision
        else L.Signatory(
            contact_user.display_name if contact_user else ctx.user.display_name, "Dossierbehandelaar"
        )
    )
    return L.LetterContext(
        letter_date=letter_date,
        dossier=L.Dossier(
            reference=dossier.reference,
            procedure=PROCEDURES[dossier.dossier_type],
            submitted_on=dossier.submitted_on,
            admissible_on=_event_date(session, dossier, ("ontvankelijk",)),
        ),
        organisation=L.Organisation(
            org.name, organisation_address(session, org), format_enterprise_number(org.enterprise_number)
        ),
        contact=L.Contact(
            contact_user.display_name if contact_user else ctx.user.display_name,
            contact_user.phone if contact_user else None,
            contact_user.email if contact_user else None,
        ),
        signatory=signatory,
        addressee=L.Addressee(
            org.name,
            organisation_address(session, org),
            attention=(
                f"t.a.v. {contact_person.first_name} {contact_person.last_name}"
                + (f", {contact_person.function}" if contact_person.function else "")
            )
            if contact_person
            else None,
        ),
        term=term,
        decision=decision,
        reconsideration=reconsideration,
        quality_proof=proof,
        tender=tender_for(session, dossier),
        report=report,
        findings=findings,
        missing_information=missing,
        reply_by=reply_by,
        proposed_decision=proposed_decision,
        approval=approval,
        draft=False,
    )


def store_letter(
    session: Session,
    ctx: AppContext,
    dossier: Dossier,
    kind: str,
    pdf: bytes,
    *,
    final: bool,
    letter_date: date,
) -> StoredLetter:
    revision = (
        int(
            session.scalar(
                select(func.coalesce(func.max(Document.revision), 0)).where(
                    Document.dossier_id == dossier.id, Document.kind == kind
                )
            )
            or 0
        )
        + 1
    )
    digest = hashlib.sha256(pdf).hexdigest()
    filename = f"{dossier.reference}-{kind}-v{revision}.pdf"
    title = f"{L.letter_kind(kind).title} – {dossier.reference}"
    doc = Document(
        dossier_id=dossier.id,
        kind=kind,
        title=title,
        filename=filename,
        revision=revision,
        final=final,
        sha256=digest,
        content=pdf,
        created_at=ctx.clock.now(),
        created_by=ctx.user.login,
    )
    session.add(doc)
    session.flush()
    add_event(
        session,
        ctx,
        dossier,
        letter_date,
        "brief",
        f"Brief '{L.letter_kind(kind).title}' opgemaakt (versie {revision}{', definitief' if final else ', concept'})",
        {"document": str(doc.id), "sha256": digest},
    )
    return StoredLetter(str(doc.id), str(dossier.id), kind, revision, final, digest, filename, pdf)


def default_letter_date(session: Session, dossier: Dossier, kind: str, today: date) -> date:
    """The date a letter carries unless the user picks one: the date of the fact it reports.

    An information request is dated the day the clock stopped (T-3), an admissibility notice the
    day the ED-5 term started, a decision the day it was taken; reminders and advice: today.
    """
    if kind == "informatievraag":
        start = session.scalar(
            select(SuspensionRow.start)
            .join(DossierTerm, DossierTerm.id == SuspensionRow.dossier_term_id)
            .where(DossierTerm.dossier_id == dossier.id, SuspensionRow.end.is_(None))
        )
        return start or today
    if kind == "ontvankelijk":
        return _event_date(session, dossier, ("ontvankelijk",)) or today
    if kind in ("advies", "herinnering-verslag"):
        return today
    return dossier.status_since


def render_for_dossier(ctx: AppContext, dossier_id: str, kind: str, **inputs: Unpack[LetterInputs]) -> bytes:
    """The PDF for a preview, without storing anything."""
    with ctx.uow() as uow:
        _, _, pdf = _rendered(uow.session, ctx, dossier_id, kind, inputs)
    return pdf


def _rendered(
    session: Session, ctx: AppContext, dossier_id: str, kind: str, inputs: LetterInputs
) -> tuple[Dossier, date, bytes]:
    """The dossier, the letter's date (its default when not given) and the PDF, for a preview or to store."""
    d = load_dossier(session, dossier_id)
    check_letter(session, d, kind)
    letter_date = inputs.get("letter_date") or default_letter_date(session, d, kind, ctx.clock.today())
    context = _filled_context(session, ctx, d, kind, letter_date, inputs)
    return d, letter_date, L.render_letter(kind, context, template=user_template(kind))


def _filled_context(
    session: Session,
    ctx: AppContext,
    dossier: Dossier,
    kind: str,
    letter_date: date,
    inputs: LetterInputs,
    *,
    approval: L.Approval | None = None,
) -> L.LetterContext:
    """The letter's context with the advice's findings and proposal (the stored ones unless given)."""
    findings, proposal = _advice_inputs(
        session, dossier, kind, inputs.get("findings"), inputs.get("proposed_decision"), letter_date
    )
    return letter_context(
        session,
        ctx,
        dossier,
        kind,
        letter_date=letter_date,
        reasons=inputs.get("reasons", ()),
        findings=findings,
        proposed_decision=proposal,
        approval=approval,
    )


def generate_letter(
    ctx: AppContext, dossier_id: str, kind: str, **inputs: Unpack[LetterInputs]
) -> StoredLetter:
    """Render and store a letter as a new revision. An advice stays a draft until approved."""
    letter_date = inputs.get("letter_date")
    if letter_date and letter_date > ctx.clock.today():
        raise BadInputError(f"De briefdatum {letter_date:%d/%m/%Y} ligt in de toekomst.")
    with ctx.uow(write=True) as uow:
        s = uow.session
        d, on, pdf = _rendered(s, ctx, dossier_id, kind, inputs)
        stored = store_letter(
            s, ctx, d, kind, pdf, final=not L.letter_kind(kind).needs_approval, letter_date=on
        )
        uow.commit()
    return stored


def approve_advice(
    ctx: AppContext, dossier_id: str, *, remarks: str | None = None, **inputs: Unpack[LetterInputs]
) -> StoredLetter:
    """The team lead approves the advice: a new, final revision with the approval block (ED-6)."""
    if Role.TEAMVERANTWOORDELIJKE not in ctx.user.roles:
        raise PermissionDeniedError("Enkel een teamverantwoordelijke keurt een advies aan de minister goed.")
    letter_date = inputs.get("letter_date") or ctx.clock.today()
    with ctx.uow(write=True) as uow:
        s = uow.session
        d = load_dossier(s, dossier_id)
        check_letter(s, d, "advies")
        if not s.scalar(select(func.count()).where(Document.dossier_id == d.id, Document.kind == "advies")):
            raise BadInputError(f"Dossier {d.reference} heeft nog geen ontwerp van advies om goed te keuren.")
        approval = L.Approval(approved_by=ctx.user.display_name, approved_on=letter_date, remarks=remarks)
        context = _filled_context(s, ctx, d, "advies", letter_date, inputs, approval=approval)
        pdf = L.render_letter("advies", context, template=user_template("advies"))
        stored = store_letter(s, ctx, d, "advies", pdf, final=True, letter_date=letter_date)
        uow.commit()
    return stored


def load_document(ctx: AppContext, document_id: str) -> tuple[str, bytes]:
    with ctx.uow() as uow:
        doc = uow.session.get(Document, uuid.UUID(document_id))
        if doc is None:
            raise NotFoundError("Dit document bestaat niet (meer).")
        return doc.filename, doc.content


def generate_batch(
    ctx: AppContext,
    dossier_ids: list[str],
    kind: str,
    *,
    letter_date: date | None = None,
    progress: Progress | None = None,
) -> tuple[list[StoredLetter], list[tuple[str, str]]]:
    """One letter per dossier; a dossier that does not fit is reported, not fatal. Cancellable."""
    progress = progress or NullProgress()
    done: list[StoredLetter] = []
    refused: list[tuple[str, str]] = []
    for i, dossier_id in enumerate(dossier_ids):
        if progress.cancelled():
            raise CancelledError()
        try:
            done.append(generate_letter(ctx, dossier_id, kind, letter_date=letter_date))
        except (BadInputError, NotFoundError) as exc:
            refused.append((dossier_id, exc.message))
        progress.report(i + 1, len(dossier_ids), f"{i + 1} van {len(dossier_ids)} brieven")
    return done, refused


# What a letter needs per dossier, typed by the user: a batch cannot give it (window and CLI alike).
PER_DOSSIER_PLACEHOLDERS = frozenset({"beslissing.motivering", "bevindingen", "advies.voorstel"})


def batch_refusal(kind: str) -> str | None:
    """Why `kind` cannot be made for many dossiers at once (its text needs input per dossier), or None."""
    if kind not in FITS:
        return N_("Onbekende briefsoort '{k}'. Kies uit: {all}.").format(k=kind, all=", ".join(FITS))
    if set(list_placeholders(current_template(kind))) & PER_DOSSIER_PLACEHOLDERS:
        return N_(
            "Een brief '{k}' heeft per dossier een motivering, bevindingen of een voorstel nodig: maak hem per "
            "dossier ('Brief opmaken…' in het venster, of wsedesk letter REF --kind {k} --motivering TEKST)."
        ).format(k=kind)
    return None


@dataclass(frozen=True)
class LetterTarget:
    """A dossier a batch of letters may go to: enough to check the fit and name it in a summary."""

    dossier_id: str
    reference: str
    dossier_type: str
    status: str


def letter_targets(ctx: AppContext, dossier_ids: list[str]) -> list[LetterTarget]:
    """Reference, type and status of each dossier (in the given order; unknown ids are left out)."""
    found: dict[str, LetterTarget] = {}
    ids = [uuid.UUID(i) for i in dossier_ids]
    with ctx.uow() as uow:
        for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
            rows = uow.session.execute(
                select(Dossier.id, Dossier.reference, Dossier.dossier_type, Dossier.status).where(
                    Dossier.id.in_(ids[start : start + 500])
                )
            )
            for row in rows:
                found[str(row.id)] = LetterTarget(str(row.id), row.reference, row.dossier_type, row.status)
    return [found[i] for i in dossier_ids if i in found]
