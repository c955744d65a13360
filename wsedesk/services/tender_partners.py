"""Tender partners of Intensief Werkplekleren (TW, domain.md §3.4): register a candidate, keep its facts.

A TW dossier follows one candidate partner of one tender (and lot) from invitation to contract
follow-up (rules/workflows.py TENDER_PARTNER). Its facts — the experience with similar
assignments (TW-1), the bid's price and quality score, the contract — live in
`tender_partnerships`; changes go through the one version check. The steps that need them
(invite: TW-1 met; award: a scored bid; follow-up: a contract) are checked in services/steps.py.
Bids of the same tender and lot are scored and ranked on quality and price (rules/tender.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsedesk.errors import BadInputError, PermissionDeniedError
from wsedesk.i18n import N_
from wsedesk.models import Dossier, Organisation, TenderPartnership
from wsedesk.rules.roles import OFFICER_ROLES
from wsedesk.rules.tender import Bid, BidScore, score_bids
from wsedesk.services.changes import Changes
from wsedesk.services.conflicts import check_version, set_changed
from wsedesk.services.dossiers import DossierFacts, DossierFactsView, new_dossier
from wsedesk.services.fields import check_editable, optional_text, required_text, stored_row
from wsedesk.services.organisations import SavedRecord
from wsedesk.services.reference_lists import reference_data_for
from wsedesk.services.terms import open_initial_terms
from wsedesk.services.timeline import add_event

if TYPE_CHECKING:
    from wsedesk.context import AppContext

TW_INTAKE_EVENT = N_("Kandidaat-partner geregistreerd")
_ORG_NOT_FOUND = N_("Deze organisatie bestaat niet (meer).")

#: Facts of a tender partner a user may change.
TENDER_FIELDS = (
    "tender",
    "lot",
    "experience_description",
    "similar_experience",
    "bid_price",
    "quality_score",
    "contract_reference",
    "contract_start",
    "contract_end",
)


def _require_officer(ctx: AppContext) -> None:
    if not ctx.user.roles & OFFICER_ROLES:
        raise PermissionDeniedError(
            N_("Enkel een dossierbehandelaar of teamverantwoordelijke beheert tenderpartners.")
        )


def _decimal(value: Any, where: str, *, low: Decimal, high: Decimal | None = None) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = Decimal(str(value).strip().replace(",", ".")) if not isinstance(value, Decimal) else value
    except InvalidOperation:
        raise BadInputError(N_("'{v}' is geen getal.").format(v=str(value)[:20]), where=where) from None
    if not number.is_finite() or number < low or (high is not None and number > high):
        limit = (
            N_("tussen {a} en {b}").format(a=low, b=high)
            if high is not None
            else N_("groter dan {a}").format(a=low)
        )
        raise BadInputError(N_("verwacht een getal {l}.").format(l=limit), where=where)
    return number.quantize(Decimal("0.01"))


def _facts(values: Mapping[str, Any]) -> dict[str, Any]:
    """The changed facts as stored, each checked (a price > 0, a score 0–100, dates in order)."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "tender":
            out[key] = required_text(value, N_("Opdracht"), limit=200)
        elif key in ("lot", "contract_reference"):
            out[key] = (optional_text(value) or "")[: 100 if key == "lot" else 60]
        elif key == "experience_description":
            out[key] = optional_text(value)
        elif key == "similar_experience":
            if value not in (True, False, None):
                raise BadInputError(N_("verwacht ja, nee of leeg."), where=N_("Ervaring"))
            out[key] = value
        elif key == "bid_price":
            out[key] = _decimal(value, N_("Prijs"), low=Decimal("0.01"))
        elif key == "quality_score":
            out[key] = _decimal(value, N_("Kwaliteitsscore"), low=Decimal(0), high=Decimal(100))
        elif key in ("contract_start", "contract_end"):
            if value is not None and not isinstance(value, date):
                raise BadInputError(N_("verwacht een datum."), where=key)
            out[key] = value
    return out


def register_tender_partner(
    ctx: AppContext,
    organisation_id: str,
    *,
    tender: str,
    lot: str = "",
    submitted_on: date,
    experience_description: str | None = None,
) -> SavedRecord:
    """A candidate partner of a tender: a new TW dossier in state 'kandidaat' with its facts."""
    _require_officer(ctx)
    facts = _facts({"tender": tender, "lot": lot, "experience_description": experience_description})
    if submitted_on > ctx.clock.today():
        raise BadInputError(N_("de datum ligt in de toekomst."), where=N_("Datum"))
    with ctx.uow(write=True) as uow:
        s = uow.session
        org = stored_row(s, Organisation, organisation_id, _ORG_NOT_FOUND)
        if org.closed_on is not None:
            raise BadInputError(
                N_("{o} is afgesloten sinds {d:%d/%m/%Y}.").format(o=org.name, d=org.closed_on)
            )
        subject = N_("Tenderpartner {t}").format(t=facts["tender"]) + (
            f" – {facts['lot']}" if facts["lot"] else ""
        )
        dossier = new_dossier(s, "TW", org, submitted_on, subject[:300])
        event = add_event(s, ctx, dossier, submitted_on, "ingediend", TW_INTAKE_EVENT, {"rule": "TW-1"})
        open_initial_terms(s, dossier, event)
        row = TenderPartnership(dossier_id=dossier.id, **facts)
        s.add(row)
        s.flush()
        result = SavedRecord(
            str(row.id),
            dossier.reference,
            facts["tender"],
            Changes.of("dossier", dossier_ids=[str(dossier.id)]),
        )
        uow.commit()
    return result


def partnership_of(session: Session, dossier: Dossier) -> TenderPartnership | None:
    return session.scalar(select(TenderPartnership).where(TenderPartnership.dossier_id == dossier.id))


_PARTNERSHIPS = DossierFacts(
    TenderPartnership,
    "tender_partnerships",
    N_("Tenderpartner {r}"),
    N_("Dit dossier heeft geen gegevens van een tenderpartner."),
    partnership_of,
)


def update_tender_partner(
    ctx: AppContext,
    dossier_id: str,
    *,
    expected_version: int,
    changes: Mapping[str, Any],
    original: Mapping[str, Any] | None = None,
) -> Changes:
    """Change a tender partner's facts (TENDER_FIELDS); stale → ConflictError naming the other user's change."""
    _require_officer(ctx)
    check_editable(changes, TENDER_FIELDS)
    values = _facts(changes)
    with ctx.uow(write=True) as uow:
        s = uow.session
        d, row = _PARTNERSHIPS.load(s, dossier_id)
        conflict = _PARTNERSHIPS.conflict(d, expected_version, changes, original)
        check_version(s, row, **conflict)
        set_changed(row, values)
        start, end = row.contract_start, row.contract_end
        if start is not None and end is not None and end < start:
            raise BadInputError(N_("het contract eindigt vóór het begint."), where=N_("Einde contract"))
        _PARTNERSHIPS.commit(uow, row, conflict)
    return Changes.of("dossier", dossier_ids=[dossier_id])


@dataclass(frozen=True)
class TenderPartnerView(DossierFactsView):
    """A TW dossier's facts as the screen and `wsedesk` show them, with the bid's place in its tender."""

    tender: str
    lot: str
    experience_description: str | None
    similar_experience: bool | None
    bid_price: Decimal | None
    quality_score: Decimal | None
    contract_reference: str
    contract_start: date | None
    contract_end: date | None
    version: int
    score: BidScore | None  # None: no complete bid yet
    bids_scored: int  # complete bids in the same tender and lot

    def values(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in TENDER_FIELDS}


def bid_scores(session: Session, tender: str, lot: str) -> list[BidScore]:
    """The complete bids of one tender and lot, scored on quality and price (TW-1), best first."""
    rows = session.execute(
        select(TenderPartnership.dossier_id, TenderPartnership.bid_price, TenderPartnership.quality_score)
        .join(Dossier, Dossier.id == TenderPartnership.dossier_id)
        .where(
            TenderPartnership.tender == tender,
            TenderPartnership.lot == lot,
            Dossier.status.in_(("offerte", "gegund", "niet_gegund", "opvolging", "afgesloten")),
        )
    )
    settings = reference_data_for(session).settings
    bids = [Bid(str(r.dossier_id), r.bid_price, r.quality_score) for r in rows]
    return score_bids(bids, settings.tw1_quality_weight, settings.tw1_price_weight)


def get_tender_partner(ctx: AppContext, dossier_id: str) -> TenderPartnerView:
    with ctx.uow() as uow:
        s = uow.session
        d, row = _PARTNERSHIPS.load(s, dossier_id)
        scores = bid_scores(s, row.tender, row.lot)
        mine = next((b for b in scores if b.key == str(d.id)), None)
        return TenderPartnerView(
            **DossierFactsView.heading(s, d),
            tender=row.tender,
            lot=row.lot,
            experience_description=row.experience_description,
            similar_experience=row.similar_experience,
            bid_price=row.bid_price,
            quality_score=row.quality_score,
            contract_reference=row.contract_reference,
            contract_start=row.contract_start,
            contract_end=row.contract_end,
            version=row.version,
            score=mine,
            bids_scored=len(scores),
        )


__all__ = [
    "TENDER_FIELDS",
    "TW_INTAKE_EVENT",
    "TenderPartnerView",
    "bid_scores",
    "get_tender_partner",
    "partnership_of",
    "register_tender_partner",
    "update_tender_partner",
]
