"""The intake on a real database (SQLite and PostgreSQL): organisations, the online counter's JSON,
the checks on stored facts, information requests, the provider finder (ED-13) and change reports."""

from __future__ import annotations

import copy
import json
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from tests.integration.advice_helpers import decide
from tests.integration.plain_rows import certi_audit
from tests.integration.test_cli import wsedesk
from wsedesk.context import AppContext
from wsedesk.errors import BadInputError, ConflictError, PermissionDeniedError
from wsedesk.models import (
    AuditEntry,
    Base,
    Dossier,
    DossierEvent,
    DossierTerm,
    Organisation,
    RecognitionApplication,
    Supervisor,
)
from wsedesk.rules.quality import QualityRegistration as QualityRegistrationFacts
from wsedesk.rules.quality import load_label_catalogue
from wsedesk.rules.roles import Role
from wsedesk.services import (
    checks,
    condition_changes,
    organisations,
    providers,
    quality_registrations,
    recognition,
    reference_lists,
)
from wsedesk.services.database import check_database
from wsedesk.services.terms import apply_transition, dossier_terms

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "intake"
TODAY = date(2025, 6, 16)  # conftest's pinned clock


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return data


def row_counts(ctx: AppContext) -> dict[str, int]:
    """Rows per table, every table the models know (the audit trail included)."""
    with ctx.uow() as uow:
        return {
            t.name: int(uow.session.execute(select(func.count()).select_from(t)).scalar_one())
            for t in Base.metadata.sorted_tables
        }


def imported(ctx: AppContext, data: dict[str, Any]) -> recognition.ImportResult:
    result = recognition.import_application(ctx, data)
    assert result.ok, [str(p) for p in result.problems]
    assert result.dossier_id is not None
    return result


def provider(kbo: str, name: str, area: list[str], capacity: int = 25) -> dict[str, Any]:
    """The full example as another organisation, with its own working area and capacity."""
    data = load("valid-full")
    data["organisatie"]["ondernemingsnummer"] = kbo
    data["organisatie"]["naam"] = name
    data["organisatie"]["contactpersoon"]["e-mail"] = f"info@{name.split()[0].lower()}.be"
    data["werkingsgebied"]["nis"] = area
    data["werkingsgebied"]["capaciteit"] = capacity
    data["onderaannemers"] = []
    return data


def recognise(ctx: AppContext, dossier_id: str) -> None:
    """ED-4 → ED-5 → advice → the minister's recognition (valid 5 years from 12 June 2025, ED-7)."""
    apply_transition(ctx, dossier_id, "ontvankelijk", on=date(2025, 6, 4))
    apply_transition(ctx, dossier_id, "advies_opmaken", on=date(2025, 6, 10))
    decide(ctx, dossier_id, "erkennen", on=date(2025, 6, 12))


# --- bad input: a precise message, nothing stored -----------------------------------------------


def _set(path: tuple[Any, ...], value: Any) -> Any:
    def mutate(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def _delete(*path: Any) -> Any:
    def mutate(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return mutate


def _vzw_claims_simplified(data: dict[str, Any]) -> None:
    data["vereenvoudigde_procedure"] = True
    del data["ervaring"]


BAD_INPUT = [
    ("missing part", _delete("verklaring_op_eer"), "verklaring_op_eer: ontbreekt"),
    (
        "missing nested part",
        _delete("organisatie", "contactpersoon"),
        "organisatie.contactpersoon: ontbreekt",
    ),
    (
        "missing experience",
        _delete("ervaring"),
        "ervaring: ontbreekt; de volledige procedure vraagt een ervaringsmotivering met de lijst van begeleiders "
        "(ED-3, deel 3)",
    ),
    (
        "wrong type: number as text",
        _set(("werkingsgebied", "capaciteit"), "25"),
        "werkingsgebied.capaciteit: verwacht een geheel getal, gekregen tekst ('25')",
    ),
    (
        "wrong type: yes/no as text",
        _set(("vereenvoudigde_procedure",), "nee"),
        "vereenvoudigde_procedure: verwacht true of false, gekregen tekst ('nee')",
    ),
    (
        "wrong type: object as list",
        _set(("organisatie", "adres"), ["Brusselsesteenweg 460"]),
        "organisatie.adres: verwacht een object, gekregen lijst",
    ),
    (
        "unknown municipality in the working area",
        _set(("werkingsgebied", "nis"), ["40000", "99999"]),
        "werkingsgebied.nis[1]: '99999' is geen Vlaamse gemeente, provincie of 02000 (REFNIS-code uit de referentielijst)",
    ),
    (
        "Brussels is not Flanders",
        _set(("werkingsgebied", "nis"), ["21004"]),
        "werkingsgebied.nis[0]: '21004' (Brussel) ligt niet in Vlaanderen; het werkingsgebied bevat enkel Vlaamse "
        "gemeenten, provincies of 02000 (heel Vlaanderen)",
    ),
    (
        "unknown municipality in the address",
        _set(("organisatie", "adres", "nis"), "99999"),
        "organisatie.adres.nis: '99999' is geen gemeente (REFNIS-code) uit de referentielijst",
    ),
    (
        "bad KBO number",
        _set(("organisatie", "ondernemingsnummer"), "0428.759.498"),
        "organisatie.ondernemingsnummer: het controlegetal van ondernemingsnummer '0428.759.498' klopt niet "
        "(verwacht 97)",
    ),
    (
        "bad KBO number of a subcontractor",
        _set(("onderaannemers", 0, "ondernemingsnummer"), "0412.345.615"),
        "onderaannemers[0].ondernemingsnummer: het controlegetal van ondernemingsnummer '0412.345.615' klopt niet "
        "(verwacht 14)",
    ),
    (
        "bad national number",
        _set(("ervaring", "begeleiders", 1, "rijksregisternummer"), "92.01.15-178.51"),
        "ervaring.begeleiders[1].rijksregisternummer: controlegetal klopt niet",
    ),
    (
        "a vzw claiming the simplified procedure",
        _vzw_claims_simplified,
        "ervaring: ontbreekt; de vereenvoudigde procedure geldt niet voor een vzw (enkel voor GTB, GOB, "
        "maatwerkbedrijven en LDE-ondernemingen, ED-2); de volledige procedure vraagt een ervaringsmotivering met "
        "de lijst van begeleiders (ED-3, deel 3)",
    ),
    (
        "submission in the future",
        _set(("ingediend_op",), "2025-06-17"),
        "ingediend_op: 2025-06-17 ligt in de toekomst (vandaag is het 2025-06-16)",
    ),
    (
        "unknown field",
        _set(("organisatie", "btw"), "BE0428759497"),
        "organisatie.btw: onbekend veld (toegelaten: ondernemingsnummer, naam, soort, adres, contactpersoon)",
    ),
]


def test_bad_input_gives_a_precise_message_and_stores_nothing(ctx: AppContext) -> None:
    imported(ctx, provider("0456.789.034", "Eerder Ingeschreven vzw", ["02000"]))  # something to keep
    before = row_counts(ctx)
    for label, mutate, expected in BAD_INPUT:
        data = load("valid-full")
        mutate(data)
        result = recognition.import_application(ctx, data)
        assert not result.ok, label
        assert [str(p) for p in result.problems] == [expected], label
        assert row_counts(ctx) == before, f"{label}: something was stored"


def test_every_problem_is_reported_at_once_and_never_echoes_a_national_number(ctx: AppContext) -> None:
    data = load("valid-full")
    data["ervaring"]["begeleiders"][0]["rijksregisternummer"] = "85.07.30-033.29"
    data["ervaring"]["begeleiders"][1]["in_dienst_bij_aanvrager"] = "ja"
    data["werkingsgebied"]["capaciteit"] = 0
    before = row_counts(ctx)
    result = recognition.import_application(ctx, data)
    assert [str(p) for p in result.problems] == [
        "ervaring.begeleiders[0].rijksregisternummer: controlegetal klopt niet",
        "ervaring.begeleiders[1].in_dienst_bij_aanvrager: verwacht true of false, gekregen tekst ('ja')",
        "werkingsgebied.capaciteit: 0 is geen aantal werknemers tussen 1 en 100000",
    ]
    assert "033" not in " ".join(str(p) for p in result.problems)
    assert row_counts(ctx) == before


# --- valid imports ---------------------------------------------------------------------------------


def test_a_full_application_becomes_an_ed_dossier(ctx: AppContext) -> None:
    result = imported(ctx, load("valid-full"))
    assert result.reference == "ED-2025-00001"
    assert result.organisation_created
    # ED-4: 7 days from Monday 2 June 2025 end on Whit Monday 9 June, a holiday → Tuesday 10 June.
    assert result.admissibility_due == date(2025, 6, 10)
    assert result.changes.dossier_ids == {result.dossier_id}
    with ctx.uow() as uow:
        s = uow.session
        dossier = s.scalar(select(Dossier).where(Dossier.reference == "ED-2025-00001"))
        assert dossier is not None
        assert (dossier.dossier_type, dossier.status, dossier.submitted_on) == (
            "ED",
            "ingediend",
            date(2025, 6, 2),
        )
        org = s.get(Organisation, dossier.organisation_id)
        assert org is not None and org.enterprise_number == "0428759497" and org.municipality_nis == "44021"
        [event] = s.scalars(select(DossierEvent).where(DossierEvent.dossier_id == dossier.id))
        assert event.description == "Aanvraag ontvangen via het e-loket"
        assert event.occurred_on == date(2025, 6, 2)
    [term] = dossier_terms(ctx, result.dossier_id)
    assert term.term_id == "ED-4" and term.result.due == date(2025, 6, 10)

    app = recognition.get_application(ctx, result.dossier_id)
    assert app.reference == "ED-2025-00001" and app.enterprise_number == "0428.759.497"
    assert (app.contact_name, app.contact_email) == ("Sofie Claes", "sofie.claes@groepintro.be")
    assert app.simplified_requested is False and app.capacity == 25 and app.intervision_commitment is True
    assert app.working_area == (("12025", "Mechelen"), ("40000", "Provincie Oost-Vlaanderen"))
    assert [(s.name, s.national_number, s.diploma) for s in app.supervisors] == [
        ("Jan Peeters", "85.07.30-***.**", "Bachelor sociaal werk"),
        ("An Maes", "92.01.15-***.**", None),
    ]
    assert app.supervisors[1].experience_years == 3.5 and app.supervisors[1].experience_certificate
    assert [(x.enterprise_number, x.name, x.recognised) for x in app.subcontractors] == [
        ("0412.345.614", "Jobcoaching Oost vzw", True)
    ]
    # The audit trail records every row, but never a full national number.
    with ctx.uow() as uow:
        changes = [json.dumps(e.changes) for e in uow.session.scalars(select(AuditEntry))]
    assert any("85.07.30-***.**" in c for c in changes)
    assert not any("85073003328" in c or "92011517850" in c for c in changes)
    assert check_database(ctx.db).ok


def test_a_simplified_application_needs_no_supervisors(ctx: AppContext) -> None:
    result = imported(ctx, load("valid-simplified"))
    assert result.reference == "ED-2025-00001" and result.warnings == ()
    app = recognition.get_application(ctx, result.dossier_id)  # type: ignore[arg-type]
    assert app.supervisors == () and app.experience_motivation is None
    assert app.working_area == (("02000", "Vlaams Gewest"),)
    findings = checks.check_dossier_findings(ctx, result.dossier_id, TODAY)  # type: ignore[arg-type]
    by_rule = {(f.rule_id, f.subject): f for f in findings}
    assert by_rule[("ED-2", "")].reason.startswith("Vereenvoudigde procedure")
    assert not by_rule[("ED-12", "")].applicable
    assert by_rule[("ED-10", "")].verdict == "voldaan"  # an empty list: no subcontractors used


def test_a_vzw_claiming_the_simplified_procedure_follows_the_full_one(ctx: AppContext) -> None:
    data = load("valid-full")
    data["vereenvoudigde_procedure"] = True  # with the experience part: accepted, full procedure
    result = imported(ctx, data)
    assert any("de volledige procedure geldt" in w for w in result.warnings)
    findings = checks.check_dossier_findings(ctx, result.dossier_id, TODAY)  # type: ignore[arg-type]
    [ed2] = [f for f in findings if f.rule_id == "ED-2"]
    assert ed2.verdict == "voldaan" and "De volledige procedure geldt" in ed2.reason


def test_two_applications_get_consecutive_references_and_the_same_organisation(ctx: AppContext) -> None:
    saved = organisations.register_organisation(
        ctx, enterprise_number="BE 428 759 497", name="Groep Intro vzw", kind="vzw"
    )
    first = imported(ctx, load("valid-full"))
    assert not first.organisation_created and first.organisation_id == saved.id
    again = recognition.import_application(ctx, load("valid-full"))
    assert not again.ok
    assert [str(p) for p in again.problems] == [
        "ingediend_op: er is al een open dossier ED-2025-00001 voor Groep Intro vzw (0428.759.497), ingediend op "
        "2025-06-02; deze aanvraag werd niet opnieuw ingeschreven"
    ]
    later = load("valid-full")
    later["ingediend_op"] = "2025-06-12"
    later["verklaring_op_eer"]["datum"] = "2025-06-12"
    second = imported(ctx, later)
    assert second.reference == "ED-2025-00002" and second.organisation_id == saved.id
    # The same supervisors (same national numbers) keep one person record each.
    with ctx.uow() as uow:
        persons = set(uow.session.scalars(select(Supervisor.person_id)))
        assert len(persons) == 2


# --- organisations and establishments -------------------------------------------------------------


def test_a_duplicate_organisation_is_refused_with_a_pointer(ctx: AppContext) -> None:
    first = organisations.register_organisation(
        ctx, enterprise_number="0428.759.497", name="Groep Intro vzw", kind="vzw"
    )
    assert first.number == "0428.759.497"
    with pytest.raises(organisations.DuplicateRecordError) as exc:
        organisations.register_organisation(ctx, enterprise_number="BE0428759497", name="Intro", kind="vzw")
    assert (
        exc.value.message
        == "Er bestaat al een organisatie met ondernemingsnummer 0428.759.497: Groep Intro vzw."
    )
    assert exc.value.existing_id == first.id and exc.value.entity == "organisations"
    with pytest.raises(BadInputError, match="controlegetal"):
        organisations.register_organisation(ctx, enterprise_number="0428.759.498", name="X", kind="vzw")


def test_a_duplicate_establishment_is_refused_with_a_pointer(ctx: AppContext) -> None:
    intro = organisations.register_organisation(
        ctx, enterprise_number="0428759497", name="Groep Intro vzw", kind="vzw"
    )
    other = organisations.register_organisation(
        ctx, enterprise_number="0456789034", name="Ander vzw", kind="vzw"
    )
    est = organisations.add_establishment(
        ctx, intro.id, establishment_number="2.123.456.791", name="Intro Gent", municipality_nis="44021"
    )
    assert est.number == "2.123.456.791"
    with pytest.raises(organisations.DuplicateRecordError) as exc:
        organisations.add_establishment(ctx, other.id, establishment_number="2123456791", name="Kopie")
    assert exc.value.message == (
        "Er bestaat al een vestiging met vestigingsnummer 2.123.456.791: Intro Gent (van Groep Intro vzw, "
        "0428.759.497)."
    )
    assert exc.value.existing_id == est.id


# --- national numbers: masked, revealed with an audit entry ----------------------------------------


def test_reveal_returns_the_full_number_and_writes_an_audit_entry(ctx: AppContext) -> None:
    result = imported(ctx, load("valid-full"))
    jan = recognition.get_application(ctx, result.dossier_id).supervisors[0]  # type: ignore[arg-type]
    assert jan.national_number == "85.07.30-***.**"
    with ctx.uow() as uow:
        audit_rows = uow.session.scalar(select(func.count()).select_from(AuditEntry))
    assert (
        recognition.reveal_national_number(ctx, jan.person_id, reason="controle ED-12") == "85.07.30-033.28"
    )
    with ctx.uow() as uow:
        last = uow.session.scalar(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1))
        assert uow.session.scalar(select(func.count()).select_from(AuditEntry)) == audit_rows + 1
    assert last is not None
    assert (last.action, last.entity, last.entity_id, last.actor) == (
        "reveal",
        "persons",
        jan.person_id,
        "tester",
    )
    assert last.changes == {
        "field": "national_number",
        "masked": "85.07.30-***.**",
        "reason": "controle ED-12",
    }
    # Still masked everywhere else.
    assert (
        recognition.get_application(ctx, result.dossier_id).supervisors[0].national_number
        == "85.07.30-***.**"
    )  # type: ignore[arg-type]
    assert check_database(ctx.db).ok
    inspector = replace(ctx, user=replace(ctx.user, roles=frozenset({Role.INSPECTEUR})))
    with pytest.raises(PermissionDeniedError):
        recognition.reveal_national_number(inspector, jan.person_id)


# --- the checks on stored facts ------------------------------------------------------------------


def test_the_label_catalogue_is_stored_as_shipped(ctx: AppContext) -> None:
    shipped = load_label_catalogue()
    with ctx.uow() as uow:
        stored = reference_lists.label_catalogue(uow.session)
    assert {(e.id, e.route, e.areas, e.valid_from) for e in stored} == {
        (e.id, e.route, e.areas, e.valid_from) for e in shipped
    }
    assert reference_lists.sync_label_catalogue(ctx) == 0


def test_checks_on_an_imported_dossier(ctx: AppContext) -> None:
    result = imported(ctx, load("valid-full"))
    findings = checks.check_dossier_findings(ctx, result.dossier_id, TODAY)  # type: ignore[arg-type]
    verdicts = {f.verdict for f in findings}
    assert {"voldaan", "onbekend"} <= verdicts
    by = {(f.rule_id, f.subject): f for f in findings}
    assert by[("ED-1", "kwaliteitsregistratie")].verdict == "onbekend"
    assert by[("ED-1", "kwaliteitsregistratie")].question
    assert by[("ED-1", "gekwalificeerde begeleiders")].verdict == "voldaan"
    assert by[("ED-4", "")].verdict == "voldaan"  # complete and correct: admissible
    assert (
        by[("ED-10", "")].verdict == "onbekend"
    )  # the subcontractor's own recognition is checked, not trusted

    # A validated quality registration of the organisation makes ED-1 pass on that point.
    org_id = result.organisation_id
    assert org_id is not None
    audit_org = certi_audit(ctx)
    registration = quality_registrations.record_quality_registration(
        ctx,
        org_id,
        route="label",
        label_id="iso-9001",
        reference="ISO-2024-118",
        issued_on=date(2024, 3, 1),
        valid_until=date(2027, 2, 28),
        audit_organisation_id=audit_org.id,
        areas={"financieel_beheer": "ja"},
        open_dossier_on=date(2025, 5, 2),
    )
    assert registration.name.startswith("QR-2025-")
    [qr_id] = registration.changes.dossier_ids
    with ctx.uow() as uow:
        dossier = uow.session.get(Dossier, uuid.UUID(result.dossier_id))
        assert dossier is not None
        _kind, pending = checks.facts_for_dossier(uow.session, dossier, as_of=TODAY)
    # Not validated yet: the registration is judged on its own facts (QR-1, QR-2, QR-3, QR-7).
    assert isinstance(pending.registration, QualityRegistrationFacts)  # type: ignore[union-attr]
    apply_transition(ctx, qr_id, "valideren", on=date(2025, 6, 2))
    qr_findings = checks.check_dossier_findings(ctx, qr_id, TODAY)
    assert {f.verdict for f in qr_findings if f.rule_id in ("QR-1", "QR-2", "QR-3", "QR-7")} == {"voldaan"}
    findings = checks.check_dossier_findings(ctx, result.dossier_id, TODAY)  # type: ignore[arg-type]
    assert {(f.rule_id, f.subject): f for f in findings}[
        ("ED-1", "kwaliteitsregistratie")
    ].verdict == "voldaan"
    with ctx.uow() as uow:
        dossier = uow.session.get(Dossier, uuid.UUID(result.dossier_id))
        assert dossier is not None
        kind, facts = checks.facts_for_dossier(uow.session, dossier, as_of=TODAY)
    assert kind == "ED" and facts.registration is True  # type: ignore[union-attr]
    # QR-7: the registration ends with the proof it rests on, whatever the department validated.
    quality_registrations.update_quality_registration(
        ctx, registration.id, expected_version=1, changes={"withdrawn_on": date(2025, 6, 13)}
    )
    findings = checks.check_dossier_findings(ctx, result.dossier_id, TODAY)  # type: ignore[arg-type]
    assert {(f.rule_id, f.subject): f for f in findings}[
        ("ED-1", "kwaliteitsregistratie")
    ].verdict == "niet voldaan"
    with pytest.raises(ConflictError):
        quality_registrations.update_quality_registration(
            ctx, registration.id, expected_version=1, changes={"reference": "x"}
        )


def test_request_missing_information_stops_the_clock(ctx: AppContext) -> None:
    result = imported(ctx, load("valid-full"))
    dossier_id = result.dossier_id
    assert dossier_id is not None
    apply_transition(ctx, dossier_id, "ontvankelijk", on=date(2025, 6, 4))
    with pytest.raises(BadInputError, match="ED-10"):
        checks.request_missing_information(
            ctx, dossier_id, TODAY, ["ED-10"]
        )  # the department checks that itself
    request = checks.request_missing_information(ctx, dossier_id, TODAY, ["ED-1"])
    assert [q.rule_id for q in request.questions] == ["ED-1"]
    assert request.text.startswith(
        "Bezorg het bewijs dat uw organisatie een geldige kwaliteitsregistratie heeft"
    )
    assert request.changes.dossier_ids == {dossier_id}
    ed5 = next(t for t in dossier_terms(ctx, dossier_id) if t.term_id == "ED-5")
    assert ed5.stopped and ed5.result.status == "stopped" and ed5.result.due is None
    with ctx.uow() as uow:
        row = uow.session.scalar(select(DossierTerm).where(DossierTerm.term_id == "ED-5"))
        assert row is not None and row.state_cache == "stopped"
    # The suspension shows up in the facts the engine reads (ED-5: the clock stands still).
    [ed5_finding] = [f for f in checks.check_dossier_findings(ctx, dossier_id, TODAY) if f.rule_id == "ED-5"]
    assert ed5_finding.verdict == "onbekend" and "staat stil" in ed5_finding.reason


# --- ED-13: which providers serve a municipality ---------------------------------------------------


def test_find_providers_by_municipality_province_region_and_capacity(ctx: AppContext, tmp_path: Path) -> None:
    recognised = {
        "gent": provider("0412.345.614", "Gentse Jobcoaching", ["44021"], capacity=10),
        "provincie": provider("0456.789.034", "Oost-Vlaamse Begeleiding", ["40000"], capacity=20),
        "vlaanderen": provider("0555.000.148", "Vlaanderen Werkt", ["02000"], capacity=40),
        "antwerpen": provider("0876.543.270", "Antwerpse Coaching", ["10000"], capacity=30),
    }
    ids = {}
    for key, data in recognised.items():
        ids[key] = imported(ctx, data).dossier_id
        recognise(ctx, ids[key])
    imported(ctx, provider("0428.759.497", "Nog In Onderzoek", ["44021"]))  # not recognised: left out

    gent = providers.find_providers(ctx, "44021", date(2025, 6, 16))
    assert [(p.organisation, p.coverage, p.free_capacity) for p in gent] == [
        ("Gentse Jobcoaching", "gemeente", 10),
        ("Oost-Vlaamse Begeleiding", "provincie", 20),
        ("Vlaanderen Werkt", "Vlaanderen", 40),
    ]
    assert gent[0].valid_until == date(2030, 6, 11) and gent[0].contact_email == "info@gentse.be"
    assert [p.organisation for p in providers.find_providers(ctx, "44021", date(2025, 6, 16), 15)] == [
        "Oost-Vlaamse Begeleiding",
        "Vlaanderen Werkt",
    ]
    assert [p.organisation for p in providers.find_providers(ctx, "Antwerpen", date(2025, 6, 16))] == [
        "Antwerpse Coaching",
        "Vlaanderen Werkt",
    ]
    assert providers.find_providers(ctx, "44021", date(2025, 6, 11)) == []  # before the recognition
    assert providers.find_providers(ctx, "44021", date(2030, 6, 12)) == []  # after its 5 years (ED-7)
    with pytest.raises(BadInputError, match="ligt niet in Vlaanderen"):
        providers.find_providers(ctx, "21004", date(2025, 6, 16))

    out = providers.export_providers(gent, tmp_path / "gent.xlsx")
    sheet = load_workbook(out, read_only=True)["Dienstverleners"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == providers.PROVIDER_HEADERS
    assert [r[1] for r in rows[1:]] == ["Gentse Jobcoaching", "Oost-Vlaamse Begeleiding", "Vlaanderen Werkt"]


# --- ED-11 / QR-7: a change that affects the conditions ------------------------------------------


def test_a_withdrawn_quality_proof_proposes_an_intended_suspension(ctx: AppContext) -> None:
    org = organisations.register_organisation(
        ctx, enterprise_number="0428.759.497", name="Groep Intro vzw", kind="vzw"
    )
    audit_org = reference_lists.register_audit_organisation(
        ctx,
        name="Certi-Audit bv",
        declaration_filed_on=date(2024, 2, 15),
        valid_until=date(2028, 2, 14),
        auditors_are_providers=False,
    )
    registration = quality_registrations.record_quality_registration(
        ctx,
        org.id,
        route="label",
        label_id="iso-9001",
        issued_on=date(2024, 3, 1),
        valid_until=date(2027, 2, 28),
        audit_organisation_id=audit_org.id,
        areas={"financieel_beheer": "ja"},
        provider_active_since=date(2025, 5, 1),
        open_dossier_on=date(2025, 5, 2),
    )
    [qr_id] = registration.changes.dossier_ids
    apply_transition(ctx, qr_id, "valideren", on=date(2025, 6, 2))
    quality_registrations.update_quality_registration(
        ctx, registration.id, expected_version=1, changes={"withdrawn_on": date(2025, 6, 10)}
    )
    change = condition_changes.register_change(
        ctx,
        qr_id,
        "ISO 9001-certificaat ingetrokken bij de tussentijdse audit",
        date(2025, 6, 10),
        date(2025, 6, 11),
    )
    assert [f.rule_id for f in change.failed] == ["QR-7"]
    assert change.proposal is not None
    assert (change.proposal.action, change.proposal.target, change.proposal.rule_id) == (
        "schorsing_voornemen",
        "schorsing_voorgenomen",
        "QR-6",
    )
    assert change.proposal.reasons[0].startswith("QR-7")
    with ctx.uow() as uow:
        dossier = uow.session.get(Dossier, uuid.UUID(qr_id))
        assert dossier is not None and dossier.status == "gevalideerd"  # proposed, not taken
        events = [
            e.kind
            for e in uow.session.scalars(select(DossierEvent).where(DossierEvent.dossier_id == dossier.id))
        ]
    assert "wijziging_gemeld" in events


def test_an_unreported_change_during_a_recognition_proposes_withdrawal(ctx: AppContext) -> None:
    result = imported(ctx, load("valid-full"))
    dossier_id = result.dossier_id
    assert dossier_id is not None
    recognise(ctx, dossier_id)
    reported = condition_changes.register_change(
        ctx, dossier_id, "Nieuwe vestiging in Aalst", date(2025, 6, 13), date(2025, 6, 13)
    )
    assert reported.proposal is None and not reported.failed
    found = condition_changes.register_change(
        ctx, dossier_id, "Begeleider An Maes uit dienst", date(2025, 6, 14), None
    )
    assert [f.rule_id for f in found.failed] == ["ED-11"]
    assert found.proposal is not None and found.proposal.action == "intrekken"
    assert found.proposal.allowed_for_user  # the first user of a database is a teamverantwoordelijke
    app = recognition.get_application(ctx, dossier_id)
    assert [(c.description, c.reported_on) for c in app.changes] == [
        ("Nieuwe vestiging in Aalst", date(2025, 6, 13)),
        ("Begeleider An Maes uit dienst", None),
    ]
    with pytest.raises(BadInputError, match="toekomst"):
        condition_changes.register_change(ctx, dossier_id, "Later", date(2025, 6, 17), None)


# --- the command line ----------------------------------------------------------------------------


def test_cli_import_check_and_providers(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite")
    first = wsedesk("intake", "import", str(DATA / "valid-full.json"), "--json", "--db", db)
    assert first.returncode == 0, first.stderr
    out = json.loads(first.stdout)
    assert out["ok"] and out["reference"] == "ED-2025-00001" and out["problems"] == []

    again = wsedesk("intake", "import", str(DATA / "valid-full.json"), "--json", "--db", db)
    assert again.returncode == 2
    assert json.loads(again.stdout)["problems"][0]["path"] == "ingediend_op"

    bad = copy.deepcopy(load("valid-full"))
    bad["ervaring"]["begeleiders"][1]["rijksregisternummer"] = "92.01.15-178.51"
    bad_file = tmp_path / "fout.json"
    bad_file.write_text(json.dumps(bad), encoding="utf-8")
    refused = wsedesk("intake", "import", str(bad_file), "--db", db)
    assert refused.returncode == 2
    assert refused.stderr == (
        f"wsedesk: {bad_file}: niet ingeschreven, 1 probleem:\n"
        "  ervaring.begeleiders[1].rijksregisternummer: controlegetal klopt niet\n"
    )

    broken = tmp_path / "kapot.json"
    broken.write_text('{"schema": "wsedesk-intake/1",', encoding="utf-8")
    not_json = wsedesk("intake", "import", str(broken), "--json", "--db", db)
    assert not_json.returncode == 2
    assert json.loads(not_json.stdout)["problems"][0]["message"].startswith("geen geldige JSON (regel 1")

    check = wsedesk("check", "ED-2025-00001", "--as-of", "2025-06-16", "--json", "--db", db)
    assert check.returncode == 0, check.stderr
    findings = json.loads(check.stdout)
    assert {"rule_id", "verdict", "reason", "evidence", "question"} <= set(findings[0])
    assert {f["verdict"] for f in findings} >= {"voldaan", "onbekend"}
    text = wsedesk("check", "ed-2025-00001", "--as-of", "2025-06-16", "--db", db)
    assert text.returncode == 0 and "ED-1   ONBEKEND — kwaliteitsregistratie" in text.stdout
    missing = wsedesk("check", "ED-2025-09999", "--db", db)
    assert missing.returncode == 2 and "Geen dossier met kenmerk" in missing.stderr

    providers = wsedesk("providers", "--municipality", "Gent", "--on", "2025-06-16", "--json", "--db", db)
    assert providers.returncode == 0, providers.stderr
    assert json.loads(providers.stdout) == {
        "municipality": {"nis": "44021", "name": "Gent"},
        "on": "2025-06-16",
        "providers": [],
    }
    brussels = wsedesk("providers", "--municipality", "21004", "--on", "2025-06-16", "--db", db)
    assert brussels.returncode == 2 and "ligt niet in Vlaanderen" in brussels.stderr


def test_cli_help_exists() -> None:
    for args in (["intake", "import"], ["check"], ["providers"]):
        result = wsedesk(*args, "--help")
        assert result.returncode == 0 and "gebruik: wsedesk" in result.stdout


def test_application_rows_link_dossier_and_supervisors(ctx: AppContext) -> None:
    result = imported(ctx, load("valid-full"))
    with ctx.uow() as uow:
        app = uow.session.scalar(select(RecognitionApplication))
        assert app is not None and str(app.dossier_id) == result.dossier_id
        sups = list(uow.session.scalars(select(Supervisor).order_by(Supervisor.position)))
    assert [s.national_number_masked for s in sups] == ["85.07.30-***.**", "92.01.15-***.**"]
