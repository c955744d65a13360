"""Quality registrations end to end on SQLite and PostgreSQL: each route of QR-2 from the online
counter's JSON through the checks to the decision letter (read back with pypdf), and the rest of
the QR workflow — QR-5 reconsideration, QR-6 suspension after the response term, QR-7 end with
the proof — through `take_step`."""

from __future__ import annotations

import io
import json
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from tests.integration.plain_rows import certi_audit
from tests.integration.users import update_me
from wsedesk.context import AppContext
from wsedesk.errors import BadInputError
from wsedesk.models import Dossier, DossierTerm, Organisation, Person, QualityRegistration
from wsedesk.services import checks, letters, quality_registrations
from wsedesk.services.steps import step_refusals, take_step

DATA = Path(__file__).resolve().parents[1] / "data" / "qr"
TODAY = date(2025, 6, 16)  # conftest's pinned clock


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return data


def pdf_text(pdf: bytes) -> str:
    return " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", " ")


def _me_with_contact_details(ctx: AppContext) -> None:
    """Letters name the sender's e-mail and phone: the tester gets them (as Beheer → Gebruikers would)."""
    update_me(ctx, email="tester@vlaanderen.be", phone="02 553 40 12")


@pytest.fixture
def qr_ctx(ctx: AppContext) -> AppContext:
    _me_with_contact_details(ctx)
    certi_audit(ctx)
    return ctx


@pytest.mark.parametrize(
    ("name", "route", "proof_in_letter", "valid_until"),
    [
        # QR-7: the registration ends with its proof's last day.
        ("label", "label", "EQUASS Assurance (EQ-2024-0331)", date(2026, 3, 14)),
        ("overheid", "overheid", "KMO-portefeuille", date(2027, 1, 31)),
        # QR-2 c: a Standaard WSE proof used from 2023 holds at most 18 months from its first use.
        ("standaard-wse", "standaard_wse", "Standaard WSE", date(2026, 12, 1)),
    ],
)
def test_each_route_from_the_counter_to_the_validation_letter(
    qr_ctx: AppContext, name: str, route: str, proof_in_letter: str, valid_until: date
) -> None:
    ctx = qr_ctx
    result = quality_registrations.import_registration(ctx, load(name))
    assert result.ok, [str(p) for p in result.problems]
    assert result.reference is not None and result.reference.startswith("QR-2025-")
    assert result.dossier_id is not None and result.decision_due is not None
    with ctx.uow() as uow:
        s = uow.session
        dossier = s.get(Dossier, uuid.UUID(result.dossier_id))
        assert dossier is not None and dossier.status == "ingediend"
        row = s.scalar(select(QualityRegistration).where(QualityRegistration.dossier_id == dossier.id))
        assert row is not None and row.route == route
        term = s.scalar(select(DossierTerm).where(DossierTerm.dossier_id == dossier.id))
        assert term is not None and (term.term_id, term.days) == ("QR-4", 40)  # QR-4: 40 days
        assert (
            s.scalar(
                select(func.count())
                .select_from(Person)
                .where(Person.organisation_id == dossier.organisation_id)
            )
            == 1
        )

    # The checks now have facts: the proof is judged against the accepted list (QR-2) and its end (QR-7).
    findings = {
        (f.rule_id, f.subject): f for f in checks.check_dossier_findings(ctx, result.dossier_id, TODAY)
    }
    assert findings[("QR-2", "")].verdict == "voldaan"
    assert findings[("QR-7", "")].verdict == "voldaan"
    assert (
        findings[("QR-3", "")].verdict == "voldaan"
    )  # the register knows the audit body, or it does not apply

    take_step(ctx, result.dossier_id, "valideren", on=date(2025, 6, 12))
    with ctx.uow() as uow:
        dossier = uow.session.get(Dossier, uuid.UUID(result.dossier_id))
        assert dossier is not None
        assert (dossier.status, dossier.valid_from, dossier.valid_until) == (
            "gevalideerd",
            date(2025, 6, 12),
            valid_until,
        )

    stored = letters.generate_letter(ctx, result.dossier_id, "validatie")
    text = pdf_text(stored.content)
    assert result.reference in text
    assert proof_in_letter in text
    assert "gevalideerd" in text and "12 juni 2025" in text
    day, month, year = valid_until.day, valid_until.strftime("%m"), valid_until.year
    months = {"03": "maart", "01": "januari", "12": "december"}
    assert f"{day} {months[month]} {year}" in text  # the end of the registration, from the proof (QR-7)


def test_a_second_import_of_the_same_registration_is_refused_and_stores_nothing(qr_ctx: AppContext) -> None:
    assert quality_registrations.import_registration(qr_ctx, load("label")).ok
    with qr_ctx.uow() as uow:
        before = uow.session.scalar(select(func.count()).select_from(Dossier))
    again = quality_registrations.import_registration(qr_ctx, load("label"))
    assert not again.ok and "al een open dossier" in again.problems[0].message
    with qr_ctx.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Dossier)) == before


def test_an_unknown_audit_body_is_a_warning_and_qr3_stays_unknown(ctx: AppContext) -> None:
    result = quality_registrations.import_registration(ctx, load("label"))
    assert result.ok and any("niet in het register" in w for w in result.warnings)
    assert result.dossier_id is not None
    findings = {f.rule_id: f for f in checks.check_dossier_findings(ctx, result.dossier_id, TODAY)}
    assert findings["QR-3"].verdict == "onbekend"


def test_refusal_and_reconsideration_follow_qr5(qr_ctx: AppContext) -> None:
    ctx = qr_ctx
    result = quality_registrations.import_registration(ctx, load("overheid"))
    assert result.dossier_id is not None
    take_step(ctx, result.dossier_id, "weigeren", on=date(2025, 6, 2))
    letter = letters.generate_letter(
        ctx, result.dossier_id, "weigering", reasons=("Het bewijs is vervallen.",)
    )
    assert "binnen 30 dagen" in pdf_text(letter.content)  # QR-5, configurable: 30 days
    take_step(ctx, result.dossier_id, "heroverweging_ontvangen", on=date(2025, 6, 10))
    take_step(ctx, result.dossier_id, "heroverweging_gegrond", on=date(2025, 6, 13))
    with ctx.uow() as uow:
        dossier = uow.session.get(Dossier, uuid.UUID(result.dossier_id))
        assert dossier is not None
        assert (dossier.status, dossier.valid_until) == ("gevalideerd", date(2027, 1, 31))


def test_a_suspension_waits_for_the_providers_response_qr6(qr_ctx: AppContext) -> None:
    ctx = qr_ctx
    result = quality_registrations.import_registration(ctx, load("overheid"))
    dossier_id = result.dossier_id
    assert dossier_id is not None
    take_step(ctx, dossier_id, "valideren", on=date(2025, 5, 26))
    take_step(ctx, dossier_id, "schorsing_voornemen", on=date(2025, 6, 2))
    # Within the response term the decision is refused, with the reason, and offered as blocked.
    with pytest.raises(BadInputError, match="kan nog reageren tot en met 02/07/2025"):
        take_step(ctx, dossier_id, "schorsen", on=date(2025, 6, 13))
    assert "QR-6" in step_refusals(ctx, dossier_id, date(2025, 6, 13))["schorsen"]
    take_step(ctx, dossier_id, "reactie_ontvangen", on=date(2025, 6, 12), note="Reactie per e-mail")
    take_step(ctx, dossier_id, "schorsen", on=date(2025, 6, 13))
    with ctx.uow() as uow:
        dossier = uow.session.get(Dossier, uuid.UUID(dossier_id))
        assert dossier is not None and dossier.status == "geschorst"
        assert dossier.valid_from == date(2025, 5, 26)  # the validation's date, not the suspension's
    text = pdf_text(
        letters.generate_letter(ctx, dossier_id, "schorsing", reasons=("Geen geldig bewijs meer.",)).content
    )
    assert "Geen geldig bewijs meer." in text
    take_step(ctx, dossier_id, "schorsing_opheffen", on=date(2025, 6, 16))
    with ctx.uow() as uow:
        dossier = uow.session.get(Dossier, uuid.UUID(dossier_id))
        assert dossier is not None and (dossier.status, dossier.valid_from) == (
            "gevalideerd",
            date(2025, 5, 26),
        )


def test_the_registration_ends_with_its_proof_qr7(qr_ctx: AppContext) -> None:
    ctx = qr_ctx
    result = quality_registrations.import_registration(ctx, load("label"))
    assert result.dossier_id is not None
    take_step(ctx, result.dossier_id, "valideren", on=date(2025, 6, 2))
    with ctx.uow() as uow:
        row = uow.session.scalar(
            select(QualityRegistration).where(QualityRegistration.dossier_id == uuid.UUID(result.dossier_id))
        )
        assert row is not None
        reg_id, version = str(row.id), row.version
    # Withdrawn at an interim audit: the registration ends the day before (QR-7).
    quality_registrations.update_quality_registration(
        ctx, reg_id, expected_version=version, changes={"withdrawn_on": date(2025, 6, 10)}
    )
    with ctx.uow() as uow:
        dossier = uow.session.get(Dossier, uuid.UUID(result.dossier_id))
        assert dossier is not None and dossier.valid_until == date(2025, 6, 9)
        org = uow.session.get(Organisation, dossier.organisation_id)
        assert org is not None
        assert checks.registration_fact(uow.session, org, as_of=TODAY) is False
    take_step(ctx, result.dossier_id, "bewijs_beeindigd", on=date(2025, 6, 12))
    text = pdf_text(
        letters.generate_letter(
            ctx, result.dossier_id, "verval", reasons=("Het bewijs werd ingetrokken.",)
        ).content
    )
    assert "Het bewijs werd ingetrokken." in text and result.reference in text  # type: ignore[operator]
