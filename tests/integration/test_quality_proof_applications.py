"""The accepted list of quality proofs grows by application (QR-2 a), on SQLite and PostgreSQL: a label
application judged by the team lead and published as a new version of the catalogue, with the letter."""

from __future__ import annotations

import io
import uuid
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.integration.plain_rows import registration_dossier
from tests.integration.users import act_with_roles
from wsedesk.context import AppContext
from wsedesk.errors import BadInputError, PermissionDeniedError
from wsedesk.models import Dossier, QualityLabel, QualityLabelPublication
from wsedesk.rules.roles import Role
from wsedesk.services import (
    checks,
    letters,
    organisations,
    quality_proofs,
    reference_lists,
)
from wsedesk.services.steps import take_step


def pdf_text(pdf: bytes) -> str:
    return " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", " ")


def _set_roles(ctx: AppContext, roles: list[Role]) -> None:
    act_with_roles(ctx, roles, email="tester@vlaanderen.be", phone="02 553 40 12")


def _manager(ctx: AppContext) -> str:
    """Keurmerk Werkplek vzw, the organisation that manages the quality proof."""
    return organisations.register_organisation(
        ctx,
        enterprise_number="0456.789.034",
        name="Keurmerk Werkplek vzw",
        kind="vzw",
        street="Lange Lozanastraat 14",
        postal_code="2018",
        municipality_nis="11002",
    ).id


def test_a_label_application_is_published_as_a_new_catalogue_version(ctx: AppContext) -> None:
    _set_roles(ctx, [Role.TEAMVERANTWOORDELIJKE])
    manager = _manager(ctx)
    saved = quality_proofs.register_proof_application(
        ctx,
        manager,
        proof_name="Keurmerk Werkplek",
        submitted_on=date(2025, 4, 7),
        description="Externe audit om de drie jaar door een geaccrediteerde instelling.",
        audit_based=True,
        areas_claimed=["klantgerichtheid", "personeelsbeheer", "financieel_beheer"],
    )
    [dossier_id] = saved.changes.dossier_ids
    assert saved.name.startswith("KB-2025-")
    catalogue_before = reference_lists.label_catalogue_version(ctx)

    take_step(ctx, dossier_id, "beoordelen", on=date(2025, 4, 14))
    with pytest.raises(BadInputError, match="beoordeel eerst"):
        take_step(ctx, dossier_id, "publiceren", on=date(2025, 5, 2))
    view = quality_proofs.get_proof_application(ctx, dossier_id)
    quality_proofs.judge_proof_application(
        ctx,
        dossier_id,
        expected_version=view.version,
        name="Keurmerk Werkplek (KWP)",
        areas=["personeelsbeheer", "klantgerichtheid"],
    )
    take_step(ctx, dossier_id, "publiceren", on=date(2025, 5, 2))

    view = quality_proofs.get_proof_application(ctx, dossier_id)
    assert view.status == "gepubliceerd" and view.label_id == "keurmerk-werkplek-kwp"
    assert view.publication_id == f"WSE 2025-05-02 {saved.name}"
    with ctx.uow() as uow:
        s = uow.session
        pub = s.scalar(
            select(QualityLabelPublication).where(
                QualityLabelPublication.publication_id == view.publication_id
            )
        )
        assert pub is not None and pub.published_on == date(2025, 5, 2) and not pub.seed
        label = s.scalar(select(QualityLabel).where(QualityLabel.label_id == view.label_id))
        assert label is not None
        assert (label.route, label.areas, label.valid_from, label.publication_id) == (
            "label",
            ["klantgerichtheid", "personeelsbeheer"],
            date(2025, 5, 2),
            view.publication_id,
        )
        assert label.aliases == ["Keurmerk Werkplek"]
        d = s.get(Dossier, uuid.UUID(dossier_id))
        assert d is not None and d.closed and d.decided_on == date(2025, 5, 2)
    # The catalogue's newest version is the new publication, and the checks accept the proof from that day.
    assert reference_lists.label_catalogue_version(ctx) == view.publication_id != catalogue_before
    provider = organisations.register_organisation(
        ctx, enterprise_number="0412.345.614", name="Opleidingen Maes BV", kind="bedrijf"
    ).id
    qr_id = registration_dossier(
        ctx,
        provider,
        route="label",
        label_id="keurmerk-werkplek-kwp",
        valid_until=date(2028, 5, 1),
        on=date(2025, 6, 2),
    )
    findings = {
        (f.rule_id, f.subject): f for f in checks.check_dossier_findings(ctx, qr_id, date(2025, 6, 16))
    }
    assert findings[("QR-2", "")].verdict == "voldaan"
    assert view.publication_id in findings[("QR-2", "")].reason
    assert findings[("QR-1", "personeelsbeheer")].verdict == "voldaan"
    assert findings[("QR-1", "financieel_beheer")].verdict == "onbekend"  # not covered by the proof

    text = pdf_text(letters.generate_letter(ctx, dossier_id, "kwaliteitsbewijs-aanvaard").content)
    assert "Keurmerk Werkplek (KWP)" in text and view.publication_id in text
    assert "klantgerichtheid en personeelsbeheer" in text and "2 mei 2025" in text


def test_only_a_team_lead_judges_and_a_refusal_has_its_letter(ctx: AppContext) -> None:
    _set_roles(ctx, [Role.DOSSIERBEHANDELAAR])
    manager = _manager(ctx)
    saved = quality_proofs.register_proof_application(
        ctx, manager, proof_name="Zelfscan Kwaliteit", submitted_on=date(2025, 4, 7), audit_based=False
    )
    [dossier_id] = saved.changes.dossier_ids
    view = quality_proofs.get_proof_application(ctx, dossier_id)
    with pytest.raises(PermissionDeniedError):
        quality_proofs.judge_proof_application(
            ctx, dossier_id, expected_version=view.version, name="X", areas=["klantgerichtheid"]
        )
    with pytest.raises(BadInputError, match="staat al op de lijst"):
        quality_proofs.register_proof_application(
            ctx, manager, proof_name="ISO 9001", submitted_on=date(2025, 4, 7)
        )
    _set_roles(ctx, [Role.TEAMVERANTWOORDELIJKE])
    take_step(ctx, dossier_id, "weigeren", on=date(2025, 5, 2))
    text = pdf_text(
        letters.generate_letter(
            ctx,
            dossier_id,
            "kwaliteitsbewijs-geweigerd",
            reasons=("Er is geen audit door een onafhankelijke organisatie.",),
        ).content
    )
    assert "niet op de lijst te plaatsen" in text and "onafhankelijke organisatie" in text
