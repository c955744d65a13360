"""Letters from dossiers: every name, reference and date read back from the PDF equals the dossier's."""

from __future__ import annotations

import io
import uuid
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from tests.integration.advice_helpers import decide, ed_dossier
from tests.integration.users import context_as
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.errors import BadInputError, PermissionDeniedError
from wsedesk.models import Document, Dossier
from wsedesk.rules.roles import Role
from wsedesk.services import letters as letter_service
from wsedesk.services import terms as term_service
from wsedesk.services.database import check_database

LONG_NAME = (
    "Coöperatieve vennootschap Ëlise & Françoise – Atelier à la carte en Café Naïef (€ 5 per maaltijd), "
    "opleiding en begeleiding van werknemers met een arbeidsbeperking in het Waasland en de Vlaamse Ardennen"
)


def _pdf_text(pdf: bytes) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages).replace(
        "\n", " "
    )


def _dossier(ctx: AppContext, name: str = "Groep Intro vzw") -> str:
    return ed_dossier(ctx, name=name, reference="ED-2025-00042", display_name="An Peeters")


def test_admissibility_letter_carries_the_dossiers_names_and_computed_dates(ctx: AppContext) -> None:
    dossier_id = _dossier(ctx)
    term_service.apply_transition(ctx, dossier_id, "ontvankelijk", on=date(2025, 3, 3))
    stored = letter_service.generate_letter(ctx, dossier_id, "ontvankelijk")
    body = _pdf_text(stored.content)
    assert "ED-2025-00042" in body and "Groep Intro vzw" in body
    assert "9000 Gent" in body and "Zoë Van Damme" in body and "An Peeters" in body
    assert "3 maart 2025" in body  # the letter date is the admissibility date, the ED-5 event
    assert "17 april 2025" in body  # T-1's example: the ED-5 due date, computed from the stored term
    assert stored.final and stored.revision == 1
    with ctx.uow() as uow:
        doc = uow.session.get(Document, uuid.UUID(stored.document_id))
        assert doc is not None and doc.sha256 == stored.sha256 and doc.content == stored.content
    again = letter_service.generate_letter(ctx, dossier_id, "ontvankelijk")
    assert again.revision == 2 and again.document_id != stored.document_id


def test_information_request_says_the_clock_is_stopped(ctx: AppContext) -> None:
    dossier_id = _dossier(ctx)
    term_service.apply_transition(ctx, dossier_id, "ontvankelijk", on=date(2025, 3, 3))
    with pytest.raises(BadInputError, match="wacht niet op informatie"):
        letter_service.generate_letter(ctx, dossier_id, "informatievraag")
    term_service.request_information(
        ctx,
        dossier_id,
        on=date(2025, 3, 20),
        reason="Lijst van gekwalificeerde begeleiders; Verklaring op eer",
    )
    body = _pdf_text(letter_service.generate_letter(ctx, dossier_id, "informatievraag").content)
    assert "geschorst sinds 20 maart 2025" in body
    assert "16 dagen" in body and "29 dagen" in body  # days used and left (T-3)
    assert "Lijst van gekwalificeerde begeleiders" in body and "Verklaring op eer" in body
    # Reply by: 30 days from the letter date (20 March) is Saturday 19 April; Easter Monday → 22 April.
    assert "22 april 2025" in body


def test_refusal_cites_reconsideration_and_the_decision_date(ctx: AppContext) -> None:
    dossier_id = _dossier(ctx)
    for action, on in (
        ("ontvankelijk", date(2025, 3, 3)),
        ("advies_opmaken", date(2025, 4, 10)),
    ):
        term_service.apply_transition(ctx, dossier_id, action, on=on)
    decide(ctx, dossier_id, "weigeren", on=date(2025, 5, 2))
    stored = letter_service.generate_letter(
        ctx, dossier_id, "weigering", reasons=("Geen gekwalificeerde begeleiders (ED-12)",)
    )
    body = _pdf_text(stored.content)
    assert "2 mei 2025" in body and "30 dagen" in body and "ED-9" in body
    assert "Geen gekwalificeerde begeleiders (ED-12)" in body


def test_diacritics_euro_and_long_names_survive(ctx: AppContext) -> None:
    dossier_id = _dossier(ctx, name=LONG_NAME)
    term_service.apply_transition(ctx, dossier_id, "ontvankelijk", on=date(2025, 3, 3))
    body = _pdf_text(letter_service.generate_letter(ctx, dossier_id, "ontvankelijk").content)
    squashed = body.replace(" ", "")
    assert LONG_NAME.replace(" ", "") in squashed
    for ch in "ëéïçà€":
        assert ch in body


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("erkenning", "past niet bij de status"),
        ("herinnering-verslag", "hoort niet bij een dossier van type ED"),
        ("toverbrief", "Onbekende briefsoort"),
    ],
)
def test_a_kind_that_does_not_fit_is_refused_with_the_reason(
    ctx: AppContext, kind: str, message: str
) -> None:
    dossier_id = _dossier(ctx)
    with pytest.raises(BadInputError, match=message):
        letter_service.generate_letter(ctx, dossier_id, kind)


def test_only_a_team_lead_approves_an_advice(ctx: AppContext, db_url: str, clock: FixedClock) -> None:
    from wsedesk.documents.letters import Finding

    dossier_id = _dossier(ctx)
    term_service.apply_transition(ctx, dossier_id, "ontvankelijk", on=date(2025, 3, 3))
    term_service.apply_transition(ctx, dossier_id, "advies_opmaken", on=date(2025, 4, 10))
    findings = (
        Finding("ED-1", "voldaan", "Alle voorwaarden zijn vervuld."),
        Finding("ED-12", "voldaan", "Twee begeleiders met een erkend diploma."),
    )
    draft = letter_service.generate_letter(
        ctx, dossier_id, "advies", findings=findings, proposed_decision="erkenning"
    )
    assert not draft.final and "CONCEPT" in _pdf_text(draft.content)
    officer = context_as(db_url, clock, "behandelaar", [Role.DOSSIERBEHANDELAAR])
    try:
        with pytest.raises(PermissionDeniedError, match="teamverantwoordelijke"):
            letter_service.approve_advice(
                officer, dossier_id, findings=findings, proposed_decision="erkenning"
            )
    finally:
        officer.close()
    final = letter_service.approve_advice(
        ctx, dossier_id, remarks="Akkoord.", findings=findings, proposed_decision="erkenning"
    )
    body = _pdf_text(final.content)
    assert final.final and final.revision == 2 and "An Peeters" in body and "Akkoord." in body
    assert "ED-12" in body and "voldaan" in body


def test_tampering_with_a_stored_document_is_found_by_db_check(ctx: AppContext) -> None:
    dossier_id = _dossier(ctx)
    term_service.apply_transition(ctx, dossier_id, "ontvankelijk", on=date(2025, 3, 3))
    stored = letter_service.generate_letter(ctx, dossier_id, "ontvankelijk")
    assert check_database(ctx.db).ok
    forged = stored.content + b"\n% a later edit\n"
    with ctx.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE documents SET content = :c WHERE sha256 = :h"), {"c": forged, "h": stored.sha256}
        )
    report = check_database(ctx.db)
    assert not report.ok and any("is gewijzigd" in p for p in report.problems)


def test_dossier_row_is_unchanged_by_a_refused_letter(ctx: AppContext) -> None:
    dossier_id = _dossier(ctx)
    with pytest.raises(BadInputError):
        letter_service.generate_letter(ctx, dossier_id, "erkenning")
    with ctx.uow() as uow:
        assert uow.session.scalar(select(Document.id)) is None
        d = uow.session.get(Dossier, uuid.UUID(dossier_id))
        assert d is not None and d.version == 1


def test_the_demo_has_no_dossier_older_than_its_procedure(demo_ctx: AppContext) -> None:
    from wsedesk.documents.letters import load_procedures

    procedures = load_procedures()
    with demo_ctx.uow() as uow:
        rows = uow.session.execute(select(Dossier.dossier_type, Dossier.submitted_on)).all()
    assert {t for t, _ in rows} >= {"QR", "ED", "MW", "DV"}
    for dossier_type, submitted in rows:
        first = procedures[letter_service.PROCEDURES[dossier_type]].in_force_from
        assert first is None or submitted >= first, (dossier_type, submitted)
