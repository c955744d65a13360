"""Tender partners of Intensief Werkplekleren (TW-1, TW-2) on SQLite and PostgreSQL: a TW dossier from
invitation to contract follow-up, with the TW-1 checks guarding the invitation and the award on
quality and price."""

from __future__ import annotations

import io
import uuid
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.integration.plain_rows import registration_dossier
from tests.integration.users import update_me
from wsedesk.context import AppContext
from wsedesk.errors import BadInputError, ConflictError
from wsedesk.models import Dossier, DossierTerm
from wsedesk.services import checks, letters, organisations, tender_partners
from wsedesk.services.steps import step_refusals, take_step

TENDER = "Intensief Werkplekleren 2026"


def pdf_text(pdf: bytes) -> str:
    return " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", " ")


def _organisation(ctx: AppContext, kbo: str, name: str) -> str:
    return organisations.register_organisation(
        ctx, enterprise_number=kbo, name=name, kind="vzw", postal_code="2000", municipality_nis="11002"
    ).id


def _validated_registration(ctx: AppContext, org_id: str) -> None:
    """§3.1: a quality registration validated by the department (a KMO-portefeuille recognition)."""
    qr_id = registration_dossier(
        ctx,
        org_id,
        valid_until=date(2027, 12, 31),
        on=date(2025, 3, 3),
        areas={"klantgerichtheid": "ja", "personeelsbeheer": "ja", "financieel_beheer": "ja"},
    )
    take_step(ctx, qr_id, "valideren", on=date(2025, 4, 1))


def _candidate(ctx: AppContext, org_id: str, lot: str = "Antwerpen") -> str:
    saved = tender_partners.register_tender_partner(
        ctx,
        org_id,
        tender=TENDER,
        lot=lot,
        submitted_on=date(2025, 5, 5),
        experience_description="Sinds 2015 begeleiden wij werkzoekenden op de werkvloer.",
    )
    [dossier_id] = saved.changes.dossier_ids
    return dossier_id


def _set(ctx: AppContext, dossier_id: str, **changes: object) -> None:
    view = tender_partners.get_tender_partner(ctx, dossier_id)
    tender_partners.update_tender_partner(
        ctx, dossier_id, expected_version=view.version, changes=changes, original=view.values()
    )


@pytest.fixture
def tw_ctx(ctx: AppContext) -> AppContext:
    update_me(ctx, email="tester@vlaanderen.be", phone="02 553 40 12")
    return ctx


def test_a_tender_partner_from_invitation_to_contract_follow_up(tw_ctx: AppContext) -> None:
    ctx = tw_ctx
    org_id = _organisation(ctx, "0428.759.497", "Groep Intro vzw")
    dossier_id = _candidate(ctx, org_id)
    detail = tender_partners.get_tender_partner(ctx, dossier_id)
    assert detail.reference.startswith("TW-2025-") and detail.status == "kandidaat"

    # TW-1: without a quality registration and a judged experience the partner is not invited.
    findings = {f.subject: f for f in checks.check_dossier_findings(ctx, dossier_id, date(2025, 6, 2))}
    assert findings["kwaliteitsvoorwaarden"].verdict == "onbekend"
    assert findings["ervaring"].verdict == "onbekend"
    assert "TW-1" in step_refusals(ctx, dossier_id, date(2025, 6, 2))["uitnodigen"]
    with pytest.raises(BadInputError, match="TW-1 is niet voldaan"):
        take_step(ctx, dossier_id, "uitnodigen", on=date(2025, 6, 2))

    _validated_registration(ctx, org_id)
    _set(ctx, dossier_id, similar_experience=True)
    assert {f.verdict for f in checks.check_dossier_findings(ctx, dossier_id, date(2025, 6, 2))} == {
        "voldaan"
    }
    assert step_refusals(ctx, dossier_id, date(2025, 6, 2)) == {}
    take_step(ctx, dossier_id, "uitnodigen", on=date(2025, 6, 2))
    invitation = pdf_text(letters.generate_letter(ctx, dossier_id, "uitnodiging-offerte").content)
    assert TENDER in invitation and "offerte" in invitation and "2 juli 2025" in invitation  # 30 days to bid

    take_step(ctx, dossier_id, "offerte_ontvangen", on=date(2025, 6, 5))
    # A competitor's bid in the same tender and lot: the award compares quality and price.
    rival_org = _organisation(ctx, "0412.345.614", "Werkplek Plus vzw")
    _validated_registration(ctx, rival_org)
    rival = _candidate(ctx, rival_org)
    _set(ctx, rival, similar_experience=True)
    take_step(ctx, rival, "uitnodigen", on=date(2025, 6, 2))
    take_step(ctx, rival, "offerte_ontvangen", on=date(2025, 6, 4))
    _set(ctx, rival, bid_price="100000", quality_score="60")

    with pytest.raises(BadInputError, match="prijs, kwaliteitsscore"):
        take_step(ctx, dossier_id, "gunnen", on=date(2025, 6, 10))
    _set(ctx, dossier_id, bid_price="120000,00", quality_score="90")
    scored = tender_partners.get_tender_partner(ctx, dossier_id)
    assert scored.score is not None and scored.bids_scored == 2
    # 60 × 90/100 = 54 for quality; 40 × 100,000/120,000 = 33.33 for price.
    assert (
        scored.score.quality_points,
        scored.score.price_points,
        scored.score.total,
        scored.score.rank,
    ) == (
        Decimal("54.00"),
        Decimal("33.33"),
        Decimal("87.33"),
        1,
    )
    take_step(ctx, dossier_id, "gunnen", on=date(2025, 6, 10))
    take_step(ctx, rival, "niet_gunnen", on=date(2025, 6, 10))
    award = pdf_text(letters.generate_letter(ctx, dossier_id, "gunning").content)
    assert "87,33 op 100" in award and "€ 120.000,00" in award and "TW-2" in award
    refusal = pdf_text(
        letters.generate_letter(
            ctx, rival, "niet-gunning", reasons=("Uw offerte behaalde 76 op 100.",)
        ).content
    )
    assert "Uw offerte behaalde 76 op 100." in refusal

    # TW-2: follow-up starts with the contract, whose dates become the dossier's validity.
    with pytest.raises(BadInputError, match="contract"):
        take_step(ctx, dossier_id, "contract_ondertekenen", on=date(2025, 6, 16))
    _set(
        ctx,
        dossier_id,
        contract_reference="IWP-2026-ANT-01",
        contract_start=date(2025, 7, 1),
        contract_end=date(2027, 6, 30),
    )
    take_step(ctx, dossier_id, "contract_ondertekenen", on=date(2025, 6, 16))
    with ctx.uow() as uow:
        d = uow.session.get(Dossier, uuid.UUID(dossier_id))
        assert d is not None
        assert (d.status, d.closed, d.valid_from, d.valid_until) == (
            "opvolging",
            False,
            date(2025, 7, 1),
            date(2027, 6, 30),
        )
        review = uow.session.scalar(
            select(DossierTerm).where(DossierTerm.dossier_id == d.id, DossierTerm.term_id == "TW-2")
        )
        assert review is not None and review.days == 365 and review.closed_on is None  # yearly quality review


def test_an_edit_of_a_tender_partner_that_someone_saved_meanwhile_is_a_conflict(tw_ctx: AppContext) -> None:
    ctx = tw_ctx
    dossier_id = _candidate(ctx, _organisation(ctx, "0428.759.497", "Groep Intro vzw"))
    stale = tender_partners.get_tender_partner(ctx, dossier_id)
    _set(ctx, dossier_id, similar_experience=False)
    with pytest.raises(ConflictError, match="similar_experience"):
        tender_partners.update_tender_partner(
            ctx,
            dossier_id,
            expected_version=stale.version,
            changes={"similar_experience": True},
            original=stale.values(),
        )
    with pytest.raises(BadInputError, match="tussen 0 en 100"):
        _set(ctx, dossier_id, quality_score="120")
