"""Quality checks (domain.md §3.1, §3.3, §3.4): QR-1..QR-8, MW-1, TW-1, the dispatcher and the
information request. Pure and table-driven with fixed dates; ED-* lives in test_quality_recognition.py.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.unit.rules.findings import only, rule_table, verdicts_by_rule
from wsedesk.rules.quality import (
    NIET_VOLDAAN,
    ONBEKEND,
    RULE_ORDER,
    VOLDAAN,
    AuditOrganisation,
    Finding,
    LabelApplication,
    LabelCatalogue,
    Organisation,
    QualityAreas,
    QualityProof,
    QualityRegistration,
    RegistrationProcedure,
    TenderPartner,
    check_dossier,
    check_label,
    check_quality_registration,
    check_tender_partner,
    load_label_catalogue,
    load_reference_data,
    load_rule_settings,
    registration_end,
    sort_findings,
    summary_verdict,
    unknown_findings,
)
from wsedesk.rules.quality_base import by_answer
from wsedesk.rules.workflows import DossierType

D = date
CAT = load_label_catalogue()
SETTINGS = load_rule_settings()

ORG = Organisation("0428.759.497", "vzw", "De Link")
AO = AuditOrganisation("ao-1", "Certi BV", D(2022, 2, 15), D(2026, 2, 14), False)
AUDIT_ORGS = {AO.id: AO}
# EFQM R4E covers all three areas of QR-1 in the seed catalogue.
PROOF = QualityProof("label", "efqm-r4e", D(2023, 5, 1), D(2026, 4, 30), "ao-1")
REG = QualityRegistration(
    ORG, PROOF, submitted_on=D(2025, 3, 3), provider_active_since=D(2025, 3, 3)
)  # Monday 3 March 2025
AS_OF = D(2025, 4, 1)


def run(reg: QualityRegistration = REG, as_of: date = AS_OF, audit_orgs=AUDIT_ORGS, **kw) -> list[Finding]:
    return check_quality_registration(reg, kw.pop("catalogue", CAT), audit_orgs, as_of, **kw)


def proof(**changes: object) -> QualityProof:
    return replace(PROOF, **changes)  # type: ignore[arg-type]


def reg(**changes: object) -> QualityRegistration:
    return replace(REG, **changes)  # type: ignore[arg-type]


def swse(submitted: date, earlier: int | None = 0, **changes: object) -> QualityRegistration:
    """A registration resting on a Standaard WSE approval proof."""
    return reg(
        proof=QualityProof("standaard_wse", None, D(2019, 1, 1), D(2030, 1, 1)),
        submitted_on=submitted,
        standaard_wse_earlier_uses=earlier,
        **changes,
    )


def proved(**changes: object) -> QualityRegistration:
    """The registration with its proof changed."""
    return reg(proof=proof(**changes))


def labelled(label_id: str | None, **changes: object) -> QualityRegistration:
    """A registration resting on the market label `label_id`."""
    return reg(proof=proof(label_id=label_id), **changes)


def audited_by(audit_organisation_id: str | None, **changes: object) -> QualityRegistration:
    """A registration whose label was granted by `audit_organisation_id` (QR-3)."""
    return proved(audit_organisation_id=audit_organisation_id, **changes)


def decided_on(day: date) -> QualityRegistration:
    """A registration decided on `day` (QR-4)."""
    return reg(procedure=RegistrationProcedure(decided_on=day))


def refused(reconsideration_requested_on: date | None = None) -> QualityRegistration:
    """A registration refused on 3 March 2025, reconsideration asked on the day given (QR-5)."""
    return reg(
        procedure=RegistrationProcedure(
            refusal_notified_on=D(2025, 3, 3), reconsideration_requested_on=reconsideration_requested_on
        )
    )


def sanctioned(sanction_decided_on: date | None = None, **changes: object) -> QualityRegistration:
    """A suspension or withdrawal announced on 3 March 2025, decided on the day given (QR-6)."""
    announced = RegistrationProcedure(
        sanction_intent_notified_on=D(2025, 3, 3), sanction_decided_on=sanction_decided_on
    )
    return reg(procedure=replace(announced, **changes))  # type: ignore[arg-type]


def existing(submitted_on: date | None) -> QualityRegistration:
    """A provider active since 2015 (QR-8: registered by 2 September 2021)."""
    return reg(provider_active_since=D(2015, 1, 1), submitted_on=submitted_on)


def newcomer(submitted_on: date) -> QualityRegistration:
    """A provider active since 10 January 2024 (QR-8: registered before it starts)."""
    return reg(provider_active_since=D(2024, 1, 10), submitted_on=submitted_on)


GOVERNMENT = reg(proof=QualityProof("overheid", "kmo-portefeuille"))


# A catalogue whose label left the list at the end of 2022 (a later publication ended it).
def two_publications(*labels: dict[str, object], version: str | None = None) -> LabelCatalogue:
    """A catalogue of the labels given, published in BS 2019-07-29 and BS 2022-12-15."""
    publications = [
        {"id": "BS 2019-07-29", "published_on": "2019-07-29"},
        {"id": "BS 2022-12-15", "published_on": "2022-12-15"},
    ]
    return LabelCatalogue.from_data({"publications": publications, "labels": list(labels)}, version)


OLD_LABEL = {
    "id": "oud-label",
    "name": "Oud label",
    "publication": "BS 2019-07-29",
    "valid_until": "2022-12-31",
    "ended_by": "BS 2022-12-15",
}
VERSIONED = two_publications(
    {
        **OLD_LABEL,
        "valid_from": "2019-07-29",
        "areas": ["klantgerichtheid", "personeelsbeheer", "financieel_beheer"],
    },
    {
        "id": "nieuw-label",
        "name": "Nieuw label",
        "publication": "BS 2022-12-15",
        "valid_from": "2023-01-01",
        "areas": ["klantgerichtheid"],
    },
)


# --- the table: (case, registration, as_of, rule, subject, expected verdict) --------------------

AO_NO_DECLARATION = AuditOrganisation("ao-2", "Nooit Ingediend NV", None, None, False)
AO_PROVIDERS = AuditOrganisation("ao-3", "Zelf Aanbieder BV", D(2022, 4, 30), D(2026, 4, 29), True)
AO_EXPIRED = AuditOrganisation("ao-4", "Verlopen VZW", D(2020, 10, 31), D(2024, 10, 30), False)
AO_UNKNOWN = AuditOrganisation("ao-5", "Half Gekend", D(2022, 7, 31), None, None)
AO_TOO_LONG = AuditOrganisation("ao-6", "Te Lang CV", D(2021, 2, 15), D(2027, 1, 1), False)
AO_LATE = AuditOrganisation("ao-7", "Later Ingediend", D(2025, 4, 30), D(2029, 4, 29), False)
ALL_AOS = {
    a.id: a for a in (AO, AO_NO_DECLARATION, AO_PROVIDERS, AO_EXPIRED, AO_UNKNOWN, AO_TOO_LONG, AO_LATE)
}

QR_CASES = [
    # QR-1: three areas, covered by the label or shown with extra evidence.
    ("QR-1 label covers all", REG, AS_OF, "QR-1", "financieel_beheer", VOLDAAN),
    ("QR-1 ISO 9001 lacks financial", labelled("iso-9001"), AS_OF, "QR-1", "financieel_beheer", ONBEKEND),
    ("QR-1 ISO 9001 covers customers", labelled("iso-9001"), AS_OF, "QR-1", "klantgerichtheid", VOLDAAN),
    (
        "QR-1 evidence fills the gap",
        labelled("iso-9001", areas_evidence=QualityAreas(financieel_beheer=True)),
        AS_OF,
        "QR-1",
        "financieel_beheer",
        VOLDAAN,
    ),
    (
        "QR-1 shown not met",
        reg(areas_evidence=QualityAreas(personeelsbeheer=False)),
        AS_OF,
        "QR-1",
        "personeelsbeheer",
        NIET_VOLDAAN,
    ),
    ("QR-1 food label covers nothing", labelled("ifs"), AS_OF, "QR-1", "klantgerichtheid", ONBEKEND),
    ("QR-1 no proof at all", reg(proof=None), AS_OF, "QR-1", "personeelsbeheer", ONBEKEND),
    # QR-2: the proof is on the accepted list (route and date).
    ("QR-2 label on the list", REG, AS_OF, "QR-2", None, VOLDAAN),
    ("QR-2 label not on the list", labelled("iso-14001"), AS_OF, "QR-2", None, NIET_VOLDAAN),
    ("QR-2 no proof", reg(proof=None), AS_OF, "QR-2", None, ONBEKEND),
    ("QR-2 label unnamed", labelled(None), AS_OF, "QR-2", None, ONBEKEND),
    ("QR-2 government system", GOVERNMENT, AS_OF, "QR-2", None, VOLDAAN),
    (
        "QR-2 a label is not a government system",
        reg(proof=QualityProof("overheid", "iso-9001")),
        AS_OF,
        "QR-2",
        None,
        NIET_VOLDAAN,
    ),
    # QR-2 (c) Standaard WSE: accepted until 1 September 2021 ...
    ("QR-2 Standaard WSE 31 Aug 2021", swse(D(2021, 3, 1)), D(2021, 8, 31), "QR-2", None, VOLDAAN),
    ("QR-2 Standaard WSE 1 Sep 2021 (last day)", swse(D(2021, 3, 1)), D(2021, 9, 1), "QR-2", None, VOLDAAN),
    ("QR-2 Standaard WSE 2 Sep 2021", swse(D(2021, 3, 1)), D(2021, 9, 2), "QR-2", None, NIET_VOLDAAN),
    ("QR-2 Standaard WSE in 2022", swse(D(2022, 5, 1)), D(2022, 6, 1), "QR-2", None, NIET_VOLDAAN),
    # ... and from 1 January 2023 once, for at most 18 months.
    ("QR-2 Standaard WSE once in 2023", swse(D(2023, 2, 1)), D(2023, 3, 1), "QR-2", None, VOLDAAN),
    (
        "QR-2 Standaard WSE a second time",
        swse(D(2023, 2, 1), earlier=1),
        D(2023, 3, 1),
        "QR-2",
        None,
        NIET_VOLDAAN,
    ),
    (
        "QR-2 Standaard WSE earlier use unknown",
        swse(D(2023, 2, 1), earlier=None),
        D(2023, 3, 1),
        "QR-2",
        None,
        ONBEKEND,
    ),
    ("QR-2 Standaard WSE last day of 18 months", swse(D(2023, 2, 1)), D(2024, 7, 31), "QR-2", None, VOLDAAN),
    ("QR-2 Standaard WSE after 18 months", swse(D(2023, 2, 1)), D(2024, 8, 1), "QR-2", None, NIET_VOLDAAN),
    (
        "QR-2 Standaard WSE 18 months count from first use",
        swse(D(2024, 1, 15), standaard_wse_first_used_on=D(2023, 1, 1)),
        D(2024, 7, 1),
        "QR-2",
        None,
        NIET_VOLDAAN,
    ),
    # QR-3: from 2 September 2021 only via an audit organisation that filed its declaration.
    ("QR-3 filed and valid", REG, AS_OF, "QR-3", None, VOLDAAN),
    ("QR-3 no declaration filed", audited_by("ao-2"), AS_OF, "QR-3", None, NIET_VOLDAAN),
    ("QR-3 not in the register", audited_by("ao-x"), AS_OF, "QR-3", None, NIET_VOLDAAN),
    ("QR-3 auditors are providers", audited_by("ao-3"), AS_OF, "QR-3", None, NIET_VOLDAAN),
    ("QR-3 filing expired", audited_by("ao-4"), AS_OF, "QR-3", None, NIET_VOLDAAN),
    ("QR-3 at most 4 years", audited_by("ao-6"), AS_OF, "QR-3", None, NIET_VOLDAAN),
    ("QR-3 filed after the check date", audited_by("ao-7"), AS_OF, "QR-3", None, NIET_VOLDAAN),
    ("QR-3 register incomplete", audited_by("ao-5"), AS_OF, "QR-3", None, ONBEKEND),
    ("QR-3 audit organisation unnamed", audited_by(None), AS_OF, "QR-3", None, ONBEKEND),
    (
        "QR-3 before 2 September 2021",
        audited_by("ao-2", issued_on=D(2020, 1, 1)),
        D(2021, 9, 1),
        "QR-3",
        None,
        VOLDAAN,
    ),
    ("QR-3 not for a government system", GOVERNMENT, AS_OF, "QR-3", None, VOLDAAN),
    # QR-4: decision normally within 40 days (3 March 2025 + 40 → Sat 12 April → Mon 14 April).
    ("QR-4 undecided, term running", REG, D(2025, 4, 14), "QR-4", None, VOLDAAN),
    ("QR-4 undecided, term over", REG, D(2025, 4, 15), "QR-4", None, NIET_VOLDAAN),
    ("QR-4 decided on the last day", decided_on(D(2025, 4, 14)), D(2025, 5, 1), "QR-4", None, VOLDAAN),
    ("QR-4 decided late", decided_on(D(2025, 4, 15)), D(2025, 5, 1), "QR-4", None, NIET_VOLDAAN),
    ("QR-4 submission unknown", reg(submitted_on=None), AS_OF, "QR-4", None, ONBEKEND),
    # QR-5: reconsideration within 30 days of the refusal (3 March 2025 → 2 April 2025).
    ("QR-5 no refusal", REG, AS_OF, "QR-5", None, VOLDAAN),
    ("QR-5 request on the last day", refused(D(2025, 4, 2)), D(2025, 4, 10), "QR-5", None, VOLDAAN),
    ("QR-5 request too late", refused(D(2025, 4, 3)), D(2025, 4, 10), "QR-5", None, NIET_VOLDAAN),
    ("QR-5 term still running", refused(), D(2025, 3, 20), "QR-5", None, ONBEKEND),
    ("QR-5 term over, no request", refused(), D(2025, 4, 3), "QR-5", None, NIET_VOLDAAN),
    # QR-6: the provider may respond within 30 days before a suspension or withdrawal.
    ("QR-6 nothing intended", REG, AS_OF, "QR-6", None, VOLDAAN),
    (
        "QR-6 decided after a response",
        sanctioned(D(2025, 3, 20), sanction_response_received_on=D(2025, 3, 10)),
        AS_OF,
        "QR-6",
        None,
        VOLDAAN,
    ),
    ("QR-6 decided too early", sanctioned(D(2025, 3, 20)), AS_OF, "QR-6", None, NIET_VOLDAAN),
    (
        "QR-6 decided without notice",
        sanctioned(D(2025, 3, 20), sanction_intent_notified_on=None),
        AS_OF,
        "QR-6",
        None,
        NIET_VOLDAAN,
    ),
    ("QR-6 still waiting", sanctioned(), D(2025, 3, 20), "QR-6", None, ONBEKEND),
    ("QR-6 term over", sanctioned(), D(2025, 4, 3), "QR-6", None, VOLDAAN),
    # QR-7: the registration ends with its proof.
    ("QR-7 proof valid", REG, AS_OF, "QR-7", None, VOLDAAN),
    ("QR-7 proof expired", proved(valid_until=D(2025, 3, 31)), AS_OF, "QR-7", None, NIET_VOLDAAN),
    ("QR-7 proof withdrawn", proved(withdrawn_on=D(2025, 3, 15)), AS_OF, "QR-7", None, NIET_VOLDAAN),
    ("QR-7 withdrawal announced", proved(withdrawn_on=D(2025, 5, 1)), AS_OF, "QR-7", None, VOLDAAN),
    ("QR-7 proof not yet issued", proved(issued_on=D(2025, 5, 1)), AS_OF, "QR-7", None, NIET_VOLDAAN),
    ("QR-7 validity unknown", proved(valid_until=None), AS_OF, "QR-7", None, ONBEKEND),
    # QR-8: existing providers until 2 September 2021, new ones at once.
    ("QR-8 existing, registered in time", existing(D(2021, 9, 2)), AS_OF, "QR-8", None, VOLDAAN),
    ("QR-8 existing, registered late", existing(D(2021, 9, 3)), AS_OF, "QR-8", None, NIET_VOLDAAN),
    ("QR-8 existing, transition running", existing(None), D(2020, 6, 1), "QR-8", None, VOLDAAN),
    ("QR-8 new provider, registered first", newcomer(D(2024, 1, 5)), AS_OF, "QR-8", None, VOLDAAN),
    (
        "QR-8 new provider, registered after starting",
        newcomer(D(2024, 2, 1)),
        AS_OF,
        "QR-8",
        None,
        NIET_VOLDAAN,
    ),
    ("QR-8 start unknown", reg(provider_active_since=None), AS_OF, "QR-8", None, ONBEKEND),
]


@rule_table("registration", QR_CASES)
def test_quality_registration_rules(
    registration: QualityRegistration, as_of: date, rule_id: str, subject: str | None, expected: str
) -> None:
    finding = only(run(registration, as_of, ALL_AOS), rule_id, subject)
    assert finding.verdict == expected, finding.reason
    assert finding.reason.strip()


# --- QR details --------------------------------------------------------------------------------


def test_the_minimal_registration_meets_every_rule() -> None:
    findings = run()
    assert [f.rule_id for f in findings] == ["QR-1"] * 3 + [f"QR-{i}" for i in range(2, 9)]
    assert {f.verdict for f in findings} == {VOLDAAN}, [f.reason for f in findings if not f.met]
    assert summary_verdict(findings) == VOLDAAN


def test_qr1_gives_one_finding_per_area_with_a_question_for_the_gap() -> None:
    findings = run(labelled("iso-9001"))
    qr1 = [f for f in findings if f.rule_id == "QR-1"]
    assert [f.subject for f in qr1] == ["klantgerichtheid", "personeelsbeheer", "financieel_beheer"]
    gap = qr1[2]
    assert "ISO 9001" in gap.reason and "financieel beheer" in gap.reason
    assert gap.question is not None and gap.question.startswith("Bezorg") and "budgetplanning" in gap.question


def test_qr1_a_recorded_failure_outweighs_the_label() -> None:
    finding = only(run(reg(areas_evidence=QualityAreas(klantgerichtheid=False))), "QR-1", "klantgerichtheid")
    assert finding.verdict == NIET_VOLDAAN
    assert "weegt door" in finding.reason


def test_qr2_label_not_on_the_catalogue_names_the_list_version() -> None:
    finding = only(run(labelled("mijn-eigen-label")), "QR-2")
    assert finding.verdict == NIET_VOLDAAN
    assert "mijn-eigen-label" in finding.reason and "BS 2019-07-29" in finding.reason
    assert finding.evidence["proof.label_id"] == "mijn-eigen-label"


@pytest.mark.parametrize(
    ("label_id", "as_of", "expected", "needle"),
    [
        ("oud-label", D(2022, 12, 31), VOLDAAN, "op de lijst"),
        ("oud-label", D(2023, 1, 1), NIET_VOLDAAN, "tot en met 31 december 2022"),
        ("nieuw-label", D(2022, 12, 31), NIET_VOLDAAN, "pas vanaf 1 januari 2023"),
        ("nieuw-label", D(2023, 1, 1), VOLDAAN, "BS 2022-12-15"),
    ],
)
def test_qr2_the_catalogue_decides_by_date(label_id: str, as_of: date, expected: str, needle: str) -> None:
    finding = only(run(labelled(label_id), as_of, catalogue=VERSIONED), "QR-2")
    assert finding.verdict == expected
    assert needle in finding.reason


def test_qr2_an_older_catalogue_version_does_not_know_later_publications() -> None:
    old = two_publications({**OLD_LABEL, "areas": []}, version="BS 2019-07-29")
    assert old.accepted("oud-label", D(2024, 1, 1)) is not None  # not yet ended in that version
    assert VERSIONED.accepted("oud-label", D(2024, 1, 1)) is None


def test_qr2_standaard_wse_from_2023_reports_its_window() -> None:
    finding = only(run(swse(D(2023, 2, 1)), D(2023, 3, 1)), "QR-2")
    assert "1 februari 2023" in finding.reason and "31 juli 2024" in finding.reason
    assert finding.evidence["standaard_wse_window"] == "2023-02-01/2024-07-31"
    # A registration filed late in 2022 counts its 18 months from 1 January 2023.
    early = only(run(swse(D(2022, 11, 1)), D(2023, 3, 1)), "QR-2")
    assert early.evidence["standaard_wse_window"] == "2023-01-01/2024-06-30"


def test_qr2_standaard_wse_in_the_gap_names_both_dates() -> None:
    finding = only(run(swse(D(2022, 5, 1)), D(2022, 6, 1)), "QR-2")
    assert "2 september 2021" in finding.reason and "1 januari 2023" in finding.reason


def test_qr3_missing_declaration_names_the_next_filing_moment() -> None:
    finding = only(run(audited_by("ao-2"), audit_orgs=ALL_AOS), "QR-3")
    assert finding.verdict == NIET_VOLDAAN
    assert "Nooit Ingediend NV" in finding.reason and "30 april 2025" in finding.reason


def test_qr3_caps_the_filing_at_four_years() -> None:
    finding = only(run(audited_by("ao-6"), audit_orgs=ALL_AOS), "QR-3")
    assert "14 februari 2025" in finding.reason and "hoogstens 4 jaar" in finding.reason


def test_qr3_audit_organisations_may_be_a_list() -> None:
    assert only(run(audit_orgs=[AO]), "QR-3").verdict == VOLDAAN
    assert only(run(audit_orgs=None), "QR-3").verdict == NIET_VOLDAAN


def test_qr5_term_length_is_configurable() -> None:
    short = load_rule_settings({"QR-5": {"reconsideration_days": 10}})
    r = refused(D(2025, 3, 20))
    assert only(run(r, D(2025, 4, 1)), "QR-5").verdict == VOLDAAN
    finding = only(run(r, D(2025, 4, 1), settings=short), "QR-5")
    assert finding.verdict == NIET_VOLDAAN and "10 dagen" in finding.reason
    assert finding.evidence["due"] == "2025-03-13"


def test_qr5_and_qr6_waiting_asks_the_applicant_nothing() -> None:
    findings = run(sanctioned(refusal_notified_on=D(2025, 3, 3)), D(2025, 3, 20))
    assert only(findings, "QR-5").question is None
    assert only(findings, "QR-6").question is None
    assert "2 april 2025" in only(findings, "QR-6").reason


def test_qr7_proof_ended_ends_the_registration() -> None:
    expired = proved(valid_until=D(2025, 3, 31))
    finding = only(run(expired), "QR-7")
    assert "eindigde mee" in finding.reason and "31 maart 2025" in finding.reason
    assert registration_end(expired) == D(2025, 3, 31)
    withdrawn = proved(withdrawn_on=D(2025, 3, 15))
    assert "ingetrokken op 15 maart 2025" in only(run(withdrawn), "QR-7").reason
    assert registration_end(withdrawn) == D(2025, 3, 14)


def test_registration_end_for_standaard_wse() -> None:
    assert registration_end(swse(D(2023, 2, 1))) == D(2024, 7, 31)
    assert registration_end(swse(D(2021, 3, 1))) == D(2021, 9, 1)
    assert registration_end(reg(proof=None)) is None
    assert registration_end(proved(valid_until=None)) is None


def test_qr8_reason_names_the_deadline() -> None:
    finding = only(run(existing(D(2022, 1, 10))), "QR-8")
    assert "2 september 2019" in finding.reason and "2 september 2021" in finding.reason
    assert finding.evidence["deadline"] == "2021-09-02"


def test_evidence_values_are_text() -> None:
    for f in run(labelled("iso-9001")):
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in f.evidence.items()), f
    qr7 = only(run(), "QR-7")
    assert qr7.evidence == {
        "proof.issued_on": "2023-05-01",
        "proof.valid_until": "2026-04-30",
        "proof.withdrawn_on": "onbekend",
        "as_of": "2025-04-01",
    }
    assert qr7.as_dict()["verdict"] == VOLDAAN


# --- MW-1 --------------------------------------------------------------------------------------

MW_ORG = Organisation("0202.239.951", "maatwerkbedrijf", "Werkplaats Noord")
LABEL = LabelApplication(
    MW_ORG, "maatwerkbedrijf", 2024, Decimal(30), Decimal(50), registration=True, submitted_on=D(2025, 2, 1)
)  # 60 %


MW_AS_OF = D(2025, 3, 1)


def mw(app: LabelApplication, as_of: date = MW_AS_OF, subject: str | None = None) -> Finding:
    return only(check_label(app, as_of, audit_orgs=AUDIT_ORGS), "MW-1", subject)


TARGET, SHARE = "doelgroepwerknemers", "aandeel doelgroepwerknemers"


def fte(target_group: Decimal, total: Decimal) -> LabelApplication:
    """The application with the average FTE of target-group employees and of all employees given."""
    return replace(LABEL, fte_target_group=target_group, fte_total=total)


def department(**changes: object) -> LabelApplication:
    """The application as a maatwerkafdeling's, changed."""
    return replace(LABEL, label_kind="maatwerkafdeling", **changes)  # type: ignore[arg-type]


MW_CASES = [
    ("20 FTE is enough", fte(Decimal(20), Decimal(30)), TARGET, VOLDAAN),
    ("19.5 FTE is not", fte(Decimal("19.5"), Decimal(30)), TARGET, NIET_VOLDAAN),
    ("FTE unknown", replace(LABEL, fte_target_group=None), TARGET, ONBEKEND),
    ("department 5 FTE", department(fte_target_group=5), TARGET, VOLDAAN),
    ("department 4.9 FTE", department(fte_target_group=Decimal("4.9")), TARGET, NIET_VOLDAAN),
    ("department has no share rule", department(fte_total=Decimal(100)), SHARE, VOLDAAN),
    ("share exactly 55 %", fte(Decimal(55), Decimal(100)), SHARE, VOLDAAN),
    ("share 54.9 %", fte(Decimal("54.9"), Decimal(100)), SHARE, NIET_VOLDAAN),
    (
        "share stated, total unknown",
        replace(LABEL, fte_total=None, share_percent=Decimal(70)),
        SHARE,
        VOLDAAN,
    ),
    ("share unknown", replace(LABEL, fte_total=None), SHARE, ONBEKEND),
    ("registration valid", LABEL, "kwaliteitsregistratie", VOLDAAN),
    ("registration not valid", replace(LABEL, registration=False), "kwaliteitsregistratie", NIET_VOLDAAN),
    ("registration unknown", replace(LABEL, registration=None), "kwaliteitsregistratie", ONBEKEND),
    ("registration facts: valid", replace(LABEL, registration=REG), "kwaliteitsregistratie", VOLDAAN),
    (
        "registration facts: proof ended",
        replace(LABEL, registration=proved(valid_until=D(2025, 1, 31))),
        "kwaliteitsregistratie",
        NIET_VOLDAAN,
    ),
    ("label kind unknown", replace(LABEL, label_kind=None), "label", ONBEKEND),
]


@pytest.mark.parametrize(
    ("app", "subject", "expected"), [c[1:] for c in MW_CASES], ids=[c[0] for c in MW_CASES]
)
def test_mw1(app: LabelApplication, subject: str, expected: str) -> None:
    finding = mw(app, subject=subject)
    assert finding.verdict == expected, finding.reason


@pytest.mark.parametrize(
    ("as_of", "expected", "threshold"),
    [
        (D(2023, 6, 30), NIET_VOLDAAN, "65"),
        (D(2023, 7, 1), VOLDAAN, "55"),
        (D(2019, 1, 1), NIET_VOLDAAN, "65"),
    ],
)
def test_mw1_share_was_65_before_1_july_2023_and_55_since(as_of: date, expected: str, threshold: str) -> None:
    finding = mw(LABEL, as_of, SHARE)  # 60 %
    assert finding.verdict == expected
    assert f"minimum van {threshold} %" in finding.reason
    assert finding.evidence["threshold"] == threshold
    assert finding.evidence["share"] == "60"


def test_mw1_wording() -> None:
    low = mw(fte(Decimal("19.5"), Decimal(30)), subject=TARGET)
    assert low.reason == (
        "Gemiddeld 19,5 VTE doelgroepwerknemers in 2024, minder dan de 20 die een maatwerkbedrijf minstens telt."
    )
    share = mw(fte(Decimal(20), Decimal(45)), subject=SHARE)
    assert "44,4 %" in share.reason and "(20 van 45 VTE)" in share.reason
    unknown = mw(replace(LABEL, fte_target_group=None), subject=TARGET)
    assert unknown.question == "Bezorg het gemiddeld aantal VTE doelgroepwerknemers in 2024."


def test_mw1_label_kind_is_validated() -> None:
    with pytest.raises(ValueError):
        LabelApplication(MW_ORG, "sociale werkplaats", 2024)  # type: ignore[arg-type]


# --- TW-1 --------------------------------------------------------------------------------------

PARTNER = TenderPartner(
    Organisation("0428.759.497", "vzw", "De Link"), registration=True, similar_experience=True
)

TW_CASES = [
    ("quality and experience", PARTNER, "kwaliteitsvoorwaarden", VOLDAAN),
    ("no registration", replace(PARTNER, registration=False), "kwaliteitsvoorwaarden", NIET_VOLDAAN),
    ("registration unknown", replace(PARTNER, registration=None), "kwaliteitsvoorwaarden", ONBEKEND),
    ("experience", PARTNER, "ervaring", VOLDAAN),
    ("no experience", replace(PARTNER, similar_experience=False), "ervaring", NIET_VOLDAAN),
    ("experience not described", replace(PARTNER, similar_experience=None), "ervaring", ONBEKEND),
]


@pytest.mark.parametrize(
    ("partner", "subject", "expected"), [c[1:] for c in TW_CASES], ids=[c[0] for c in TW_CASES]
)
def test_tw1(partner: TenderPartner, subject: str, expected: str) -> None:
    finding = only(check_tender_partner(partner, AS_OF), "TW-1", subject)
    assert finding.verdict == expected, finding.reason


def test_tw1_refused_partner_is_not_invited_and_unjudged_experience_asks_nothing() -> None:
    refused = only(
        check_tender_partner(replace(PARTNER, similar_experience=False), AS_OF), "TW-1", "ervaring"
    )
    assert "niet uitgenodigd" in refused.reason
    described = replace(PARTNER, similar_experience=None, experience_description="Drie opdrachten voor VDAB.")
    finding = only(check_tender_partner(described, AS_OF), "TW-1", "ervaring")
    assert finding.verdict == ONBEKEND and finding.question is None
    blank = only(check_tender_partner(replace(PARTNER, similar_experience=None), AS_OF), "TW-1", "ervaring")
    assert blank.question is not None and blank.question.startswith("Bezorg")


def test_a_yes_no_fact_is_judged_with_the_text_for_its_verdict() -> None:
    texts = ("getekend", "niet getekend", "niet gekend")
    assert by_answer(True, *texts) == (VOLDAAN, "getekend")
    assert by_answer(False, *texts) == (NIET_VOLDAAN, "niet getekend")
    assert by_answer(None, *texts) == (ONBEKEND, "niet gekend")


# --- dispatcher, ordering, information request --------------------------------------------------

REF = load_reference_data([AO])


def test_check_dossier_dispatches_by_type() -> None:
    assert check_dossier("QR", REG, REF, AS_OF) == run()
    assert check_dossier(DossierType.KWALITEITSREGISTRATIE, REG, REF, AS_OF) == run()
    assert check_dossier("MW", LABEL, REF, D(2025, 3, 1)) == check_label(LABEL, D(2025, 3, 1))
    assert check_dossier("TW", PARTNER, REF, AS_OF) == check_tender_partner(PARTNER, AS_OF)


def test_check_dossier_refuses_wrong_input() -> None:
    with pytest.raises(ValueError, match="DV"):
        check_dossier("DV", REG, REF, AS_OF)
    with pytest.raises(ValueError, match="RecognitionApplication"):
        check_dossier("ED", REG, REF, AS_OF)


def test_findings_come_in_rule_order() -> None:
    shuffled = [
        Finding("TW-1", VOLDAAN, "x"),
        Finding("ED-10", VOLDAAN, "x"),
        Finding("ED-2", VOLDAAN, "x"),
        Finding("QR-8", VOLDAAN, "x"),
        Finding("QR-1", VOLDAAN, "x", subject="b"),
        Finding("QR-1", VOLDAAN, "x", subject="a"),
    ]
    assert [(f.rule_id, f.subject) for f in sort_findings(shuffled)] == [
        ("QR-1", "b"),
        ("QR-1", "a"),
        ("QR-8", ""),
        ("ED-2", ""),
        ("ED-10", ""),
        ("TW-1", ""),
    ]


def test_unknown_findings_become_dutch_questions_once_each() -> None:
    sparse = QualityRegistration(ORG, None, submitted_on=D(2025, 3, 3))
    questions = unknown_findings(run(sparse))
    rules = [q.rule_id for q in questions]
    # QR-2 and QR-7 both miss the proof: asked once. QR-1 asks per area.
    assert rules == ["QR-1", "QR-1", "QR-1", "QR-2", "QR-8"]
    assert all(q.question.startswith("Bezorg") for q in questions)
    assert len({q.question for q in questions}) == len(questions)
    assert questions[3].reason == "Er is geen kwaliteitsbewijs opgegeven."


def test_unknown_findings_skip_what_the_department_finds_out_itself() -> None:
    findings = run(audited_by("ao-5"), audit_orgs=ALL_AOS)
    qr3 = only(findings, "QR-3")
    assert qr3.verdict == ONBEKEND and qr3.question is None
    assert unknown_findings(findings) == []


def test_finding_refuses_an_unknown_verdict() -> None:
    with pytest.raises(ValueError):
        Finding("QR-1", "misschien", "x")  # type: ignore[arg-type]


def test_proof_route_is_validated() -> None:
    with pytest.raises(ValueError):
        QualityProof("iso")  # type: ignore[arg-type]


# --- the tables cover every rule both ways ------------------------------------------------------


def test_every_rule_has_a_passing_and_a_failing_case() -> None:
    """Each of QR-1..QR-8, MW-1, TW-1 appears in the tables with "voldaan" and "niet voldaan".

    ED-1..ED-12: the same test in test_quality_recognition.py.
    """
    seen = verdicts_by_rule(QR_CASES)
    for _, _, _, verdict in MW_CASES:
        seen.setdefault("MW-1", set()).add(verdict)
    for _, _, _, verdict in TW_CASES:
        seen.setdefault("TW-1", set()).add(verdict)
    required = [*(f"QR-{i}" for i in range(1, 9)), "MW-1", "TW-1"]
    for rule in required:
        assert {VOLDAAN, NIET_VOLDAAN} <= seen.get(rule, set()), rule
    assert set(required) <= set(RULE_ORDER)


def test_the_engine_never_reads_the_clock() -> None:
    """architecture.md §3: time is an argument in rules/."""
    root = Path(__file__).resolve().parents[3] / "wsedesk" / "rules"
    for path in sorted(root.glob("quality*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in {"today", "now", "utcnow"}:
                pytest.fail(f"{path.name}:{node.lineno} reads the clock ({node.attr})")
