"""A dossier step with the conditions and consequences the law ties to it.

`take_step` is the use case behind every button and command that moves a dossier: it checks
the transition (state, role, date) as services/terms.py does, then the step's own conditions
(`Transition.requires`, rules/workflows.py GUARDS) on the stored facts, applies it, and writes
what follows from it — all in one unit of work:

- QR-6: a suspension or withdrawal waits until the provider responded or the response term ran out;
- TW-1: a partner is invited (and awarded) only when the quality requirements at organisation
  level and the experience are met (the TW-1 checks of rules/quality.py say "voldaan");
  an award needs a scored bid (quality and price);
- TW-2: contract follow-up needs the contract; the dossier's validity is the contract's;
- QR-7: a validated registration holds until its proof ends (the dossier's `valid_until`);
- ED-6: a recognition or refusal is decided only on an advice the team lead approved;
- QR-2 (a): publishing an accepted quality proof makes a new version of the accepted list.

`step_refusals` tells a screen which offered steps cannot be taken now, and why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsedesk.errors import BadInputError
from wsedesk.i18n import N_
from wsedesk.models import Document, Dossier, DossierTerm
from wsedesk.rules import quality as Q
from wsedesk.rules.tender import Bid, missing_bid_facts
from wsedesk.rules.workflows import GUARDS, Transition, allowed_transitions
from wsedesk.services.changes import Changes
from wsedesk.services.checks import findings_for, registration_valid_until
from wsedesk.services.dossiers import load_dossier
from wsedesk.services.quality_proofs import application_of, publish_in_session
from wsedesk.services.tender_partners import partnership_of
from wsedesk.services.terms import apply_in_session, calendar_for, checked_transition, recompute_term

if TYPE_CHECKING:
    from wsedesk.context import AppContext

Guard = Callable[[Session, Dossier, date], str | None]


def _qr6_response(session: Session, dossier: Dossier, on: date) -> str | None:
    """QR-6: the provider may respond before the decision."""
    calendar = calendar_for(session)
    for row in session.scalars(
        select(DossierTerm).where(
            DossierTerm.dossier_id == dossier.id,
            DossierTerm.term_id == "QR-6",
            DossierTerm.closed_on.is_(None),
        )
    ):
        result = recompute_term(session, row, calendar)
        if result.due is None or result.due >= on:
            until = result.due.strftime("%d/%m/%Y") if result.due else N_("(termijn staat stil)")
            return N_(
                "de aanbieder kan nog reageren tot en met {d} (QR-6); registreer eerst 'Reactie van de aanbieder "
                "ontvangen' of wacht tot de reactietermijn verstreken is"
            ).format(d=until)
    return None


def _tw1_checks(session: Session, dossier: Dossier, on: date) -> str | None:
    """TW-1: only partners that meet the quality requirements and show experience are invited."""
    findings = [f for f in findings_for(session, dossier, on) if f.rule_id == "TW-1"]
    if not findings:
        return N_("de gegevens van de tenderpartner ontbreken (TW-1)")
    failing = [f for f in findings if f.verdict != Q.VOLDAAN]
    if failing:
        return N_("TW-1 is niet voldaan: {r}").format(
            r=" ".join(f"{f.subject}: {f.verdict} – {f.reason}" for f in failing)
        )
    return None


def _tw1_bid(session: Session, dossier: Dossier, _on: date) -> str | None:
    row = partnership_of(session, dossier)
    if row is None:
        return N_("de gegevens van de tenderpartner ontbreken (TW-1)")
    missing = missing_bid_facts(Bid(str(dossier.id), row.bid_price, row.quality_score))
    if missing:
        return N_("de offerte mist nog: {m} (gunning op kwaliteit en prijs, TW-1)").format(
            m=", ".join(missing)
        )
    return None


def _tw2_contract(session: Session, dossier: Dossier, _on: date) -> str | None:
    row = partnership_of(session, dossier)
    if row is None or not row.contract_reference or row.contract_start is None or row.contract_end is None:
        return N_("vul eerst het contract in: kenmerk, begin- en einddatum (TW-2)")
    return None


def _ed6_approved_advice(session: Session, dossier: Dossier, _on: date) -> str | None:
    """ED-6: a recognition or refusal is decided on an advice the team lead approved.

    The newest revision of the advice counts: a draft made after an approval needs approving again.
    """
    newest = session.execute(
        select(Document.revision, Document.final)
        .where(Document.dossier_id == dossier.id, Document.kind == "advies")
        .order_by(Document.revision.desc())
        .limit(1)
    ).first()
    if newest is None:
        return N_(
            "er is nog geen advies aan de minister: maak het op (Brief opmaken…, soort 'Advies aan de minister', "
            "of wsedesk letter {ref} --kind advies) en laat het goedkeuren door een teamverantwoordelijke (ED-6)"
        ).format(ref=dossier.reference)
    if not newest.final:
        return N_(
            "het advies aan de minister (versie {n}) is nog niet goedgekeurd: een teamverantwoordelijke keurt "
            "het eerst goed (Brief opmaken…, Goedkeuren) (ED-6)"
        ).format(n=newest.revision)
    return None


def _qr2a_judged(session: Session, dossier: Dossier, _on: date) -> str | None:
    row = application_of(session, dossier)
    if row is None or row.judged_name is None or not row.areas_judged:
        return N_(
            "beoordeel eerst het kwaliteitsbewijs: de naam op de lijst en de domeinen die het dekt (QR-2)"
        )
    return None


GUARD_CHECKS: dict[str, Guard] = {
    "QR-6-reactie": _qr6_response,
    "TW-1": _tw1_checks,
    "TW-1-offerte": _tw1_bid,
    "TW-2-contract": _tw2_contract,
    "QR-2a-beoordeling": _qr2a_judged,
    "ED-6-advies": _ed6_approved_advice,
}
assert set(GUARD_CHECKS) == set(GUARDS), "every guard named in rules/workflows.py has a check here"


def refusal(session: Session, dossier: Dossier, transition: Transition, on: date) -> str | None:
    """Why `transition` cannot be taken on `on` (its first unmet condition), or None."""
    for name in transition.requires:
        reason = GUARD_CHECKS[name](session, dossier, on)
        if reason:
            return reason
    return None


# --- what follows from a step ----------------------------------------------------------------------


def _consequences(
    session: Session,
    ctx: AppContext,
    dossier: Dossier,
    t: Transition,
    on: date,
    before: tuple[date | None, ...],
) -> None:
    if dossier.dossier_type == "QR" and t.target == "gevalideerd":
        if t.source[0] in ("schorsing_voorgenomen", "geschorst"):
            # Dropping an intention or lifting a suspension does not make a new validation.
            dossier.decided_on, dossier.valid_from = before[0], before[1]
        dossier.valid_until = registration_valid_until(session, dossier)  # QR-7
    elif dossier.dossier_type == "TW":
        row = partnership_of(session, dossier)
        if t.action == "gunnen":
            dossier.decided_on = on
        elif t.action == "contract_ondertekenen" and row is not None:
            dossier.valid_from, dossier.valid_until = row.contract_start, row.contract_end
    elif dossier.dossier_type == "KB" and t.target == "gepubliceerd":
        publish_in_session(session, ctx, dossier, on)
        dossier.decided_on = dossier.valid_from = on


def take_step(ctx: AppContext, dossier_id: str, action: str, *, on: date, note: str = "") -> Changes:
    """Take one step of the dossier's procedure, with its conditions and consequences (see above)."""
    with ctx.uow(write=True) as uow:
        s = uow.session
        d = load_dossier(s, dossier_id)
        t = checked_transition(ctx, d, action, on)
        reason = refusal(s, d, t, on)
        if reason:
            raise BadInputError(N_("{a}: {r}.").format(a=t.label, r=reason))
        before = (d.decided_on, d.valid_from, d.valid_until)
        apply_in_session(s, ctx, d, t, on, note)
        _consequences(s, ctx, d, t, on, before)
        uow.commit()
    kinds = {"dossier", "terms"} | ({"quality_label"} if d.dossier_type == "KB" else set())
    return Changes.of(*kinds, dossier_ids=[dossier_id])


def step_refusals(ctx: AppContext, dossier_id: str, on: date) -> dict[str, str]:
    """The steps the user may take from the dossier's state that are blocked on `on`: action → reason."""
    with ctx.uow() as uow:
        s = uow.session
        d = load_dossier(s, dossier_id)
        out: dict[str, str] = {}
        for t in allowed_transitions(d.dossier_type, d.status, ctx.user.roles):
            reason = refusal(s, d, t, on) if t.requires else None
            if reason:
                out[t.action] = reason
        return out


__all__ = ["GUARD_CHECKS", "refusal", "step_refusals", "take_step"]
