"""The facts of a quality proof and of a tender, as letters show them (documents/letters.py).

`quality_proof_for`: a QR dossier's proof (its name from the catalogue, its last day, QR-7) or
a KB dossier's accepted proof (name, covered areas, the publication it appears in, QR-2 a).
`tender_for`: a TW dossier's tender, bid, score and place among the bids (TW-1) and contract (TW-2).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsedesk.documents import letters as L
from wsedesk.models import Dossier, QualityRegistration
from wsedesk.rules import quality as Q
from wsedesk.rules.quality_reference import ROUTE_LABELS, STANDAARD_WSE_ID
from wsedesk.services.checks import registration_valid_until
from wsedesk.services.quality_proofs import application_of
from wsedesk.services.reference_lists import label_catalogue
from wsedesk.services.tender_partners import bid_scores, partnership_of


def quality_proof_for(session: Session, dossier: Dossier) -> L.QualityProof | None:
    if dossier.dossier_type == "QR":
        row = session.scalar(select(QualityRegistration).where(QualityRegistration.dossier_id == dossier.id))
        if row is None:
            return None
        catalogue = label_catalogue(session)
        label_id = row.label_id or (STANDAARD_WSE_ID if row.route == "standaard_wse" else None)
        name = (catalogue.name_of(label_id) if label_id else None) or ROUTE_LABELS.get(row.route, row.route)
        if row.reference:
            name = f"{name} ({row.reference})"
        return L.QualityProof(name=name, valid_until=registration_valid_until(session, dossier))
    if dossier.dossier_type == "KB":
        app = application_of(session, dossier)
        if app is None:
            return None
        areas = tuple(Q.AREA_LABELS[a] for a in (app.areas_judged or app.areas_claimed))
        return L.QualityProof(
            name=app.judged_name or app.proof_name, areas=areas, publication=app.publication_id
        )
    return None


def tender_for(session: Session, dossier: Dossier) -> L.Tender | None:
    if dossier.dossier_type != "TW":
        return None
    row = partnership_of(session, dossier)
    if row is None:
        return None
    scores = bid_scores(session, row.tender, row.lot)
    mine = next((b for b in scores if b.key == str(dossier.id)), None)
    return L.Tender(
        name=row.tender,
        lot=row.lot,
        price=row.bid_price,
        quality_score=row.quality_score,
        quality_points=mine.quality_points if mine else None,
        price_points=mine.price_points if mine else None,
        total=mine.total if mine else None,
        rank=mine.rank if mine else None,
        bids=len(scores) or None,
        contract_reference=row.contract_reference or None,
        contract_start=row.contract_start,
        contract_end=row.contract_end,
    )


__all__ = ["quality_proof_for", "tender_for"]
