"""Site visits on a real database (both backends): plan, record, follow up, step through the statuses."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from tests.integration.visit_helpers import make_dossier, make_org, make_user, plan
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.errors import BadInputError, ConflictError, PermissionDeniedError
from wsedesk.models import AuditEntry, Dossier, DossierEvent, DossierTerm, Tombstone
from wsedesk.models.visits import VisitAttachment
from wsedesk.rules import visits as R
from wsedesk.rules.roles import Role
from wsedesk.services import terms as term_service
from wsedesk.services import visit_records as records
from wsedesk.services import visit_report
from wsedesk.services import visits as visit_service
from wsedesk.services.visits import FindingView, VisitFilter

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 200


def test_plan_list_and_read_a_visit(ctx: AppContext) -> None:
    org = make_org(ctx, 1, name="Maatwerk Gent vzw")
    dossier = make_dossier(ctx, org, "MW", "toegekend")
    planned = visit_service.plan_visit(
        ctx,
        organisation_id=org,
        visit_type="opvolgbezoek",
        planned_on=date(2025, 6, 18),
        dossier_ids=[dossier],
    )
    assert planned.reference.startswith("BZ-2025-") and planned.changes.touches("visit")
    assert dossier in planned.changes.dossier_ids
    rows = visit_service.list_visits(ctx, VisitFilter(week_of=date(2025, 6, 16), visitor_id=ctx.user.id))
    assert [(r.reference, r.organisation, r.status, r.dossiers) for r in rows] == [
        (planned.reference, "Maatwerk Gent vzw", "gepland", ("MW-2025-00001",))
    ]
    assert visit_service.list_visits(ctx, VisitFilter(week_of=date(2025, 6, 23))) == []
    detail = visit_service.visit_detail(ctx, planned.visit_id)
    assert detail.checklist.rule == "MW-4" and len(detail.findings) == len(detail.checklist.items)
    assert detail.visitors == ((ctx.user.id, "tester"),)
    assert detail.next_steps == ("uitgevoerd",)
    with ctx.uow() as uow:
        events = uow.session.scalars(
            select(DossierEvent.description).where(DossierEvent.kind == "bezoek")
        ).all()
    assert events == [f"Bezoek {planned.reference} gepland op 18/06/2025 (Opvolgbezoek maatwerkbedrijf)"]
    assert visit_service.find_visit_id(ctx, planned.reference.lower()) == planned.visit_id


def test_a_dossier_of_another_organisation_is_refused(ctx: AppContext) -> None:
    org, other = make_org(ctx, 1), make_org(ctx, 2)
    foreign = make_dossier(ctx, other, "MW", n=2)
    with pytest.raises(BadInputError, match="andere organisatie"):
        plan(ctx, org, dossiers=(foreign,))


def test_findings_steps_and_the_report_rule(ctx: AppContext) -> None:
    org = make_org(ctx)
    visit_id = plan(ctx, org, "formeel", on=date(2025, 6, 12))
    detail = visit_service.visit_detail(ctx, visit_id)
    visit_report.step_visit(
        ctx, visit_id, "uitgevoerd", on=date(2025, 6, 12), expected_version=detail.version
    )
    with pytest.raises(BadInputError, match="Geen bevinding"):
        visit_report.step_visit(
            ctx, visit_id, "verslag_klaar", on=date(2025, 6, 13), expected_version=detail.version + 1
        )
    for item in detail.checklist.items:
        records.record_finding(ctx, visit_id, item.key, "in_orde")
    first = detail.checklist.items[0].key
    f = next(x for x in visit_service.visit_detail(ctx, visit_id).findings if x.item_key == first)
    with pytest.raises(BadInputError, match="Toelichting"):
        records.record_finding(ctx, visit_id, first, "niet_in_orde", "\x07bel", expected_version=f.version)
    records.record_finding(
        ctx, visit_id, first, "niet_in_orde", "Twee maanden geen rapport", expected_version=f.version
    )
    with pytest.raises(ConflictError, match="werd intussen gewijzigd"):
        records.record_finding(ctx, visit_id, first, "in_orde", expected_version=f.version)
    v = visit_service.visit_detail(ctx, visit_id)
    visit_report.step_visit(ctx, visit_id, "verslag_klaar", on=date(2025, 6, 13), expected_version=v.version)
    v = visit_service.visit_detail(ctx, visit_id)
    assert (v.status, v.performed_on, v.report_on) == ("verslag_klaar", date(2025, 6, 12), date(2025, 6, 13))
    visit_report.step_visit(ctx, visit_id, "afgesloten", on=date(2025, 6, 16), expected_version=v.version)
    with pytest.raises(BadInputError, match="afgesloten"):
        records.record_finding(ctx, visit_id, first, "in_orde", expected_version=2)


def test_an_action_with_a_dossier_is_a_term_in_the_werkbak(ctx: AppContext) -> None:
    org = make_org(ctx)
    dossier = make_dossier(ctx, org, "MW", "toegekend")
    visit_id = plan(ctx, org, dossiers=(dossier,))
    # due on a Saturday: the term moves it to Monday (T-1) and the action says so
    changes = records.add_action(
        ctx, visit_id, "Aanwezigheidslijsten bezorgen", date(2025, 6, 28), dossier_id=dossier
    )
    assert changes.touches("terms") and dossier in changes.dossier_ids
    action = visit_service.visit_detail(ctx, visit_id).actions[0]
    assert action.due_on == date(2025, 6, 30) and action.dossier_reference == "MW-2025-00001"
    items = term_service.worklist(ctx, term_service.WorkFilter(), as_of=date(2025, 7, 1))
    assert [(i.term_id, i.term_label, i.due, i.light) for i in items] == [
        ("BZ-actie", "Opvolgactie na bezoek", date(2025, 6, 30), "overdue")
    ]
    records.update_action(ctx, action.id, expected_version=action.version, done_on=date(2025, 6, 16))
    assert term_service.worklist(ctx, term_service.WorkFilter(), as_of=date(2025, 7, 1)) == []
    with pytest.raises(BadInputError, match="Vervaldag"):
        records.add_action(ctx, visit_id, "Te laat", date(2025, 6, 1))
    action = visit_service.visit_detail(ctx, visit_id).actions[0]
    records.delete_action(ctx, action.id, expected_version=action.version)
    with ctx.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(DossierTerm)) == 0
        stone = uow.session.scalar(select(Tombstone))
        assert stone is not None and stone.entity == "visit_actions" and stone.data["description"]


def test_attachments_are_checked_by_content_and_stored_under_a_generated_name(ctx: AppContext) -> None:
    org = make_org(ctx)
    visit_id = plan(ctx, org)
    records.add_attachment(ctx, visit_id, "../../etc/werkvloer.pdf", JPEG, caption="Werkvloer")
    with pytest.raises(BadInputError, match="geen foto"):
        records.add_attachment(ctx, visit_id, "foto.jpg", b"#!/bin/sh\nrm -rf /\n")
    (att,) = visit_service.visit_detail(ctx, visit_id).attachments
    assert att.media_type == "image/jpeg" and att.original_name == "werkvloer.pdf"
    assert att.stored_name == f"{att.id.replace('-', '')}.jpg"
    name, media, content = records.attachment_content(ctx, att.id)
    assert (name, media, content) == (att.stored_name, "image/jpeg", JPEG)
    with ctx.uow() as uow:
        audit = uow.session.scalar(select(AuditEntry).where(AuditEntry.entity == "visit_attachments"))
        assert audit is not None and "content" not in audit.changes
        assert uow.session.scalar(select(func.count()).select_from(VisitAttachment)) == 1


def _label_found_wanting(ctx: AppContext, item_key: str, note: str) -> tuple[str, str, FindingView]:
    """A granted MW label visited, its checklist item `item_key` judged niet in orde: the label
    dossier's id, the visit's id and the finding."""
    org = make_org(ctx)
    label = make_dossier(ctx, org, "MW", "toegekend")
    visit_id = plan(ctx, org, dossiers=(label,))
    records.record_finding(ctx, visit_id, item_key, "niet_in_orde", note)
    finding = next(f for f in visit_service.visit_detail(ctx, visit_id).findings if f.item_key == item_key)
    return label, visit_id, finding


def test_a_niet_in_orde_starts_only_what_the_rules_allow_and_only_when_asked(
    ctx: AppContext, db_url: str, clock: FixedClock
) -> None:
    label, visit_id, finding = _label_found_wanting(ctx, "doelgroep-aandeel", "48 % in 2024")
    assert [f.kind for f in finding.follow_ups] == ["informatievraag", "sanctie"]
    with ctx.uow() as uow:  # recording the finding started nothing
        assert uow.session.get(Dossier, __import__("uuid").UUID(label)).status == "toegekend"  # type: ignore[union-attr]
    inspector = make_user(db_url, clock, "inspecteur", [Role.INSPECTEUR])
    try:
        proposed = records.start_follow_up(inspector, finding.finding_id or "", "sanctie", label)
        assert not proposed.started and "teamverantwoordelijke" in proposed.message
        info = records.start_follow_up(inspector, finding.finding_id or "", "informatievraag")
        assert info.started
    finally:
        inspector.close()
    detail = visit_service.visit_detail(ctx, visit_id)
    assert detail.actions[0].description.startswith("Informatie opvragen (MW-1)")
    assert detail.actions[0].due_on == date(2025, 7, 16)


def test_a_sanction_is_started_by_who_may_after_confirmation(ctx: AppContext) -> None:
    label, _, finding = _label_found_wanting(ctx, "kwaliteitsregistratie", "Registratie verlopen")
    result = records.start_follow_up(ctx, finding.finding_id or "", "sanctie", label)
    assert result.started and label in result.changes.dossier_ids
    with ctx.uow() as uow:
        d = uow.session.get(Dossier, __import__("uuid").UUID(label))
        assert d is not None and d.status == "ingetrokken"
    with pytest.raises(BadInputError, match="al een opvolging"):
        records.start_follow_up(ctx, finding.finding_id or "", "informatievraag")


def test_only_visit_roles_record(ctx: AppContext, db_url: str, clock: FixedClock) -> None:
    org = make_org(ctx)
    visit_id = plan(ctx, org)
    officer = make_user(db_url, clock, "behandelaar", [Role.DOSSIERBEHANDELAAR])
    try:
        with pytest.raises(PermissionDeniedError, match="inspecteur, projectadviseur"):
            records.record_finding(officer, visit_id, "verslag-besproken", "in_orde")
    finally:
        officer.close()


def test_deleting_a_planned_visit_leaves_tombstones_for_everything(ctx: AppContext) -> None:
    org = make_org(ctx)
    dossier = make_dossier(ctx, org)
    visit_id = plan(ctx, org, dossiers=(dossier,))
    records.record_finding(ctx, visit_id, "verslag-besproken", "in_orde")
    records.add_action(ctx, visit_id, "Bellen", date(2025, 7, 1), dossier_id=dossier)
    v = visit_service.visit_detail(ctx, visit_id)
    visit_service.delete_visit(ctx, visit_id, expected_version=v.version)
    with ctx.uow() as uow:
        entities = sorted(uow.session.scalars(select(Tombstone.entity)))
        assert entities == sorted(
            ["visits", "visit_visitors", "visit_dossiers", "visit_findings", "visit_actions"]
        )
        assert uow.session.scalar(select(func.count()).select_from(DossierTerm)) == 0
    assert R.STATUSES[0] == "gepland"


def test_the_visit_report_pdf_reads_back_and_closing_stores_it_with_the_dossier(ctx: AppContext) -> None:
    import hashlib
    import io

    from pypdf import PdfReader

    from wsedesk.models import Document

    org = make_org(ctx, name="Begeleiding Oost vzw", kind="vzw")
    dossier = make_dossier(ctx, org, "ED", "erkend")
    visit_id = plan(ctx, org, "begeleiding", on=date(2025, 6, 12), dossiers=(dossier,))
    name, draft = visit_report.visit_report_pdf(ctx, visit_id)
    assert name.endswith("-concept.pdf") and "CONCEPT" in PdfReader(io.BytesIO(draft)).pages[0].extract_text()
    detail = visit_service.visit_detail(ctx, visit_id)
    visit_report.step_visit(
        ctx, visit_id, "uitgevoerd", on=date(2025, 6, 12), expected_version=detail.version
    )
    for f in detail.findings:
        records.record_finding(ctx, visit_id, f.item_key, "in_orde")
    f = detail.findings[1]
    records.record_finding(
        ctx,
        visit_id,
        f.item_key,
        "niet_in_orde",
        "Vragen van maart pas na drie weken opgevolgd.",
        expected_version=1,
    )
    records.add_action(
        ctx, visit_id, "Weekplanning van de begeleider bezorgen", date(2025, 7, 1), dossier_id=dossier
    )
    visit_service.update_visit(
        ctx,
        visit_id,
        expected_version=visit_service.visit_detail(ctx, visit_id).version,
        summary="Goed gesprek.\n\nVerder geen opmerkingen.",
    )
    detail = visit_service.visit_detail(ctx, visit_id)
    visit_report.step_visit(
        ctx, visit_id, "verslag_klaar", on=date(2025, 6, 13), expected_version=detail.version
    )
    name, pdf = visit_report.visit_report_pdf(ctx, visit_id)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert name == f"{detail.reference}-bezoekverslag.pdf"
    for needle in (
        detail.reference,
        "13 juni 2025",
        "Op 12 juni 2025 bezochten tester Begeleiding Oost vzw",
        "individueel maatwerk",
        "binnen 5 werkdagen",
        "niet in orde",
        "Vragen van maart pas na drie weken opgevolgd.",
        "Weekplanning van de begeleider bezorgen",
        "1 juli 2025",
        "Goed gesprek.",
    ):
        assert needle in text, needle
    assert "CONCEPT" not in text
    detail = visit_service.visit_detail(ctx, visit_id)
    changes = visit_report.step_visit(
        ctx, visit_id, "afgesloten", on=date(2025, 6, 16), expected_version=detail.version
    )
    assert changes.touches("documents") and dossier in changes.dossier_ids
    with ctx.uow() as uow:
        doc = uow.session.scalar(select(Document).where(Document.kind == "bezoekverslag"))
        assert doc is not None and doc.final and doc.sha256 == hashlib.sha256(doc.content).hexdigest()
        assert doc.content == visit_report.visit_report_pdf(ctx, visit_id)[1]  # regenerates the same bytes
