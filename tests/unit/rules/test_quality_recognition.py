"""Recognition as external service provider (domain.md §3.2): ED-1..ED-12, table-driven, fixed dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from tests.unit.rules.findings import only, rule_table, verdicts_by_rule
from wsedesk.rules.identifiers import make_establishment_number
from wsedesk.rules.quality import (
    NIET_VOLDAAN,
    ONBEKEND,
    VOLDAAN,
    AuditOrganisation,
    ConditionChange,
    Finding,
    Organisation,
    QualityProof,
    QualityRegistration,
    RecognitionApplication,
    RecognitionProcedure,
    Subcontractor,
    Supervisor,
    check_dossier,
    check_recognition,
    load_label_catalogue,
    load_reference_data,
    load_rule_settings,
    load_supervisor_diplomas,
    procedure_for,
    summary_verdict,
    unknown_findings,
)
from wsedesk.rules.terms import Suspension

D = date
CAT = load_label_catalogue()
DIPLOMAS = load_supervisor_diplomas()
AO = AuditOrganisation("ao-1", "Certi BV", D(2022, 2, 15), D(2026, 2, 14), False)

VZW = Organisation("0428.759.497", "vzw", "De Link")
MWB = Organisation("0202.239.951", "maatwerkbedrijf", "Werkplaats Noord")

# Valid national numbers (check digits computed, not real people).
NN_1 = "85.07.30-033.28"
NN_2 = "90.01.15-123.63"
NN_3 = "02.03.04-056.13"  # born in 2002

PIET = Supervisor("Piet Janssens", NN_1, True, "ba-sociaal-werk")
AN = Supervisor("An Maes", NN_2, True, None, Decimal(2))
JO = Supervisor("Jo Claes", NN_3, True, None, Decimal("1.5"))

SUBMITTED = D(2025, 3, 3)  # Monday: ED-4 → Monday 10 March 2025
ADMISSIBLE = D(2025, 3, 7)  # Friday: ED-5 45 days → Easter Monday 21 April → Tuesday 22 April 2025
APP = RecognitionApplication(
    organisation=VZW,
    contact_name="An Peeters",
    contact_email="an.peeters@delink.be",
    registration=True,
    simplified_requested=False,
    experience_motivation="Sinds 2015 begeleiden wij jaarlijks een twintigtal werknemers met een arbeidsbeperking.",
    experience_judged_sufficient=True,
    supervisors=(PIET,),
    working_area=("44021",),  # Gent
    capacity=10,
    capacity_motivation="Twee begeleiders van elk vijf werknemers.",
    intervision_commitment=True,
    declaration_on_honour=True,
    subcontractors=(),
    procedure=RecognitionProcedure(submitted_on=SUBMITTED, admissibility_notified_on=ADMISSIBLE),
)
AS_OF = D(2025, 4, 1)


def run(app: RecognitionApplication = APP, as_of: date = AS_OF, **kw: object) -> list[Finding]:
    return check_recognition(app, CAT, [AO], DIPLOMAS, as_of, **kw)  # type: ignore[arg-type]


def app(**changes: object) -> RecognitionApplication:
    return replace(APP, **changes)  # type: ignore[arg-type]


def proc(**changes: object) -> RecognitionProcedure:
    return replace(APP.procedure, **changes)  # type: ignore[arg-type]


def with_sup(*sups: Supervisor) -> RecognitionApplication:
    return app(supervisors=sups)


def piet(**changes: object) -> RecognitionApplication:
    """The application with Piet Janssens, changed, as its one supervisor."""
    return with_sup(replace(PIET, **changes))  # type: ignore[arg-type]


def organised_as(**changes: object) -> RecognitionApplication:
    """The application of De Link with its organisation changed."""
    return app(organisation=replace(VZW, **changes))  # type: ignore[arg-type]


def in_procedure(**changes: object) -> RecognitionApplication:
    """The application with its procedure changed."""
    return app(procedure=proc(**changes))


def information_asked(*requests: Suspension) -> RecognitionApplication:
    """The application with information asked for (ED-5: the term stops)."""
    return in_procedure(information_requests=requests)


def refused(**changes: object) -> RecognitionApplication:
    """The application refused, the decision told on 3 March 2025 (ED-9)."""
    return in_procedure(decision="weigering", decision_notified_on=D(2025, 3, 3), **changes)


def reconsidering(
    requested_on: date, motivated: bool | None = True, **changes: object
) -> RecognitionApplication:
    """The refused application with a reconsideration asked for on `requested_on` (ED-9)."""
    return refused(reconsideration_requested_on=requested_on, reconsideration_motivated=motivated, **changes)


def subcontracting(*subcontractors: Subcontractor) -> RecognitionApplication:
    """The application with the subcontractors given (ED-10)."""
    return app(subcontractors=subcontractors)


# A simplified applicant: no experience motivation, no supervisor list.
SIMPLE = app(
    organisation=MWB,
    simplified_requested=True,
    experience_motivation=None,
    experience_judged_sufficient=None,
    supervisors=None,
)
RECOGNISED = app(recognised_from=D(2022, 1, 10), last_guidance_on=D(2023, 3, 1))

R4E_PROOF = QualityProof("label", "efqm-r4e", D(2021, 1, 1), D(2025, 3, 31), "ao-1")
EXPIRED_REG = QualityRegistration(VZW, R4E_PROOF, submitted_on=D(2021, 2, 1))
VALID_REG = replace(EXPIRED_REG, proof=replace(R4E_PROOF, valid_until=D(2026, 12, 31)))

S_REG, S_EXP, S_SUP, S_AREA, S_INT = (
    "kwaliteitsregistratie",
    "ervaring",
    "gekwalificeerde begeleiders",
    "werkingsgebied en capaciteit",
    "intervisie",
)
P1, P2, P3, P4, P5 = (
    "deel 1: organisatie- en contactgegevens",
    "deel 2: vereenvoudigde procedure",
    "deel 3: ervaring en begeleiders",
    "deel 4: werkingsgebied en capaciteit",
    "deel 5: verklaring op erewoord",
)
B1 = "begeleider 1: Piet Janssens"
ASKED, COMMITTEE = "verzoek", "advies heroverwegingscommissie"
WERKPLAATS = Subcontractor("0202.239.951", True, "Werkplaats Noord")
UNREPORTED = replace(RECOGNISED, changes=(ConditionChange("Kwaliteitsregistratie verlopen", D(2023, 9, 1)),))

# (case, application, as_of, rule, subject, expected verdict)
ED_CASES = [
    # ED-1: the five conditions.
    ("ED-1 registration valid", APP, AS_OF, "ED-1", S_REG, VOLDAAN),
    ("ED-1 registration not valid", app(registration=False), AS_OF, "ED-1", S_REG, NIET_VOLDAAN),
    ("ED-1 registration unknown", app(registration=None), AS_OF, "ED-1", S_REG, ONBEKEND),
    ("ED-1 registration facts valid", app(registration=VALID_REG), AS_OF, "ED-1", S_REG, VOLDAAN),
    ("ED-1 registration proof ended", app(registration=EXPIRED_REG), AS_OF, "ED-1", S_REG, NIET_VOLDAAN),
    ("ED-1 experience shown", APP, AS_OF, "ED-1", S_EXP, VOLDAAN),
    (
        "ED-1 experience insufficient",
        app(experience_judged_sufficient=False),
        AS_OF,
        "ED-1",
        S_EXP,
        NIET_VOLDAAN,
    ),
    ("ED-1 experience not judged", app(experience_judged_sufficient=None), AS_OF, "ED-1", S_EXP, ONBEKEND),
    ("ED-1 experience missing", app(experience_motivation=None), AS_OF, "ED-1", S_EXP, ONBEKEND),
    ("ED-1 a qualified supervisor", APP, AS_OF, "ED-1", S_SUP, VOLDAAN),
    ("ED-1 one of two qualified", with_sup(PIET, JO), AS_OF, "ED-1", S_SUP, VOLDAAN),
    ("ED-1 nobody qualified", with_sup(JO), AS_OF, "ED-1", S_SUP, NIET_VOLDAAN),
    ("ED-1 empty supervisor list", with_sup(), AS_OF, "ED-1", S_SUP, NIET_VOLDAAN),
    ("ED-1 no supervisor list", app(supervisors=None), AS_OF, "ED-1", S_SUP, ONBEKEND),
    ("ED-1 area and capacity", APP, AS_OF, "ED-1", S_AREA, VOLDAAN),
    ("ED-1 province and Flanders", app(working_area=("40000", "02000")), AS_OF, "ED-1", S_AREA, VOLDAAN),
    ("ED-1 unknown NIS code", app(working_area=("44021", "99999")), AS_OF, "ED-1", S_AREA, NIET_VOLDAAN),
    ("ED-1 Brussels is not Flemish", app(working_area=("21004",)), AS_OF, "ED-1", S_AREA, NIET_VOLDAAN),
    ("ED-1 capacity zero", app(capacity=0), AS_OF, "ED-1", S_AREA, NIET_VOLDAAN),
    ("ED-1 capacity unknown", app(capacity=None), AS_OF, "ED-1", S_AREA, ONBEKEND),
    ("ED-1 area missing", app(working_area=None), AS_OF, "ED-1", S_AREA, ONBEKEND),
    ("ED-1 estimate not motivated", app(capacity_motivation=" "), AS_OF, "ED-1", S_AREA, ONBEKEND),
    ("ED-1 intervision", APP, AS_OF, "ED-1", S_INT, VOLDAAN),
    ("ED-1 no intervision", app(intervision_commitment=False), AS_OF, "ED-1", S_INT, NIET_VOLDAAN),
    ("ED-1 intervision unknown", app(intervision_commitment=None), AS_OF, "ED-1", S_INT, ONBEKEND),
    # ED-2: the procedure by organisation kind.
    ("ED-2 vzw: full procedure", APP, AS_OF, "ED-2", None, VOLDAAN),
    ("ED-2 maatwerkbedrijf: simplified", SIMPLE, AS_OF, "ED-2", None, VOLDAAN),
    ("ED-2 consortium refused", organised_as(kind="consortium"), AS_OF, "ED-2", None, NIET_VOLDAAN),
    (
        "ED-2 GTB did not answer",
        replace(organised_as(kind="gtb"), simplified_requested=None),
        AS_OF,
        "ED-2",
        None,
        ONBEKEND,
    ),
    ("ED-2 kind unknown", organised_as(kind=None), AS_OF, "ED-2", None, ONBEKEND),
    ("ED-2 OCMW may apply", organised_as(kind="lokaal_bestuur"), AS_OF, "ED-2", None, VOLDAAN),
    # ED-3: the five parts of the form.
    ("ED-3 part 1 complete", APP, AS_OF, "ED-3", P1, VOLDAAN),
    (
        "ED-3 part 1 bad KBO number",
        organised_as(enterprise_number="0428.759.498"),
        AS_OF,
        "ED-3",
        P1,
        NIET_VOLDAAN,
    ),
    (
        "ED-3 part 1 bad establishment",
        organised_as(establishments=("2123456789",)),
        AS_OF,
        "ED-3",
        P1,
        NIET_VOLDAAN,
    ),
    (
        "ED-3 part 1 good establishment",
        organised_as(establishments=(make_establishment_number(21234567),)),
        AS_OF,
        "ED-3",
        P1,
        VOLDAAN,
    ),
    ("ED-3 part 1 bad e-mail", app(contact_email="an.peeters@"), AS_OF, "ED-3", P1, NIET_VOLDAAN),
    ("ED-3 part 1 no contact", app(contact_name=None), AS_OF, "ED-3", P1, ONBEKEND),
    ("ED-3 part 2 answered", APP, AS_OF, "ED-3", P2, VOLDAAN),
    ("ED-3 part 2 unanswered", app(simplified_requested=None), AS_OF, "ED-3", P2, ONBEKEND),
    ("ED-3 part 3 complete", APP, AS_OF, "ED-3", P3, VOLDAAN),
    (
        "ED-3 part 3 bad national number",
        piet(national_number="85.07.30-033.29"),
        AS_OF,
        "ED-3",
        P3,
        NIET_VOLDAAN,
    ),
    ("ED-3 part 3 national number missing", piet(national_number=None), AS_OF, "ED-3", P3, ONBEKEND),
    (
        "ED-3 part 3 qualification missing",
        with_sup(Supervisor("Lies", NN_2, True)),
        AS_OF,
        "ED-3",
        P3,
        ONBEKEND,
    ),
    ("ED-3 part 3 simplified", SIMPLE, AS_OF, "ED-3", P3, VOLDAAN),
    ("ED-3 part 4 complete", APP, AS_OF, "ED-3", P4, VOLDAAN),
    ("ED-3 part 4 capacity negative", app(capacity=-3), AS_OF, "ED-3", P4, NIET_VOLDAAN),
    ("ED-3 part 4 missing", app(working_area=()), AS_OF, "ED-3", P4, ONBEKEND),
    ("ED-3 part 5 signed", APP, AS_OF, "ED-3", P5, VOLDAAN),
    ("ED-3 part 5 refused", app(declaration_on_honour=False), AS_OF, "ED-3", P5, NIET_VOLDAAN),
    ("ED-3 part 5 missing", app(declaration_on_honour=None), AS_OF, "ED-3", P5, ONBEKEND),
    # ED-4: admissibility = the five parts complete and correct.
    ("ED-4 admissible", APP, AS_OF, "ED-4", None, VOLDAAN),
    ("ED-4 admissible, simplified", SIMPLE, AS_OF, "ED-4", None, VOLDAAN),
    ("ED-4 incorrect part", app(declaration_on_honour=False), AS_OF, "ED-4", None, NIET_VOLDAAN),
    ("ED-4 consortium", organised_as(kind="consortium"), AS_OF, "ED-4", None, NIET_VOLDAAN),
    ("ED-4 part missing", app(declaration_on_honour=None), AS_OF, "ED-4", None, ONBEKEND),
    # ED-5: 45 days from the admissibility e-mail, stopped while information is awaited.
    ("ED-5 not started", in_procedure(admissibility_notified_on=None), AS_OF, "ED-5", None, VOLDAAN),
    ("ED-5 running", APP, D(2025, 4, 22), "ED-5", None, VOLDAAN),
    ("ED-5 overdue", APP, D(2025, 4, 23), "ED-5", None, NIET_VOLDAAN),
    (
        "ED-5 advice in time",
        in_procedure(advice_sent_on=D(2025, 4, 22)),
        D(2025, 5, 1),
        "ED-5",
        None,
        VOLDAAN,
    ),
    (
        "ED-5 advice late",
        in_procedure(advice_sent_on=D(2025, 4, 23)),
        D(2025, 5, 1),
        "ED-5",
        None,
        NIET_VOLDAAN,
    ),
    (
        "ED-5 suspension extends the term",
        information_asked(Suspension(D(2025, 3, 17), D(2025, 3, 27))),
        D(2025, 5, 2),
        "ED-5",
        None,
        VOLDAAN,
    ),
    (
        "ED-5 clock stopped",
        information_asked(Suspension(D(2025, 3, 17))),
        D(2025, 6, 1),
        "ED-5",
        None,
        ONBEKEND,
    ),
    # ED-6: the proposal to the minister.
    ("ED-6 propose recognition", APP, AS_OF, "ED-6", None, VOLDAAN),
    ("ED-6 propose refusal", app(intervision_commitment=False), AS_OF, "ED-6", None, NIET_VOLDAAN),
    ("ED-6 no proposal yet", app(experience_judged_sufficient=None), AS_OF, "ED-6", None, ONBEKEND),
    # ED-7: 5 years from the date in the decision.
    ("ED-7 no recognition yet", APP, AS_OF, "ED-7", None, VOLDAAN),
    ("ED-7 last valid day", app(recognised_from=D(2020, 7, 1)), D(2025, 6, 30), "ED-7", None, VOLDAAN),
    ("ED-7 expired", app(recognised_from=D(2020, 7, 1)), D(2025, 7, 1), "ED-7", None, NIET_VOLDAAN),
    # ED-8: lapse after 2 consecutive years without a guided employee.
    ("ED-8 guided recently", RECOGNISED, D(2025, 3, 1), "ED-8", None, VOLDAAN),
    ("ED-8 two years without guidance", RECOGNISED, D(2025, 3, 2), "ED-8", None, NIET_VOLDAAN),
    (
        "ED-8 never guided",
        app(recognised_from=D(2022, 1, 10), guided_since_recognition=False),
        D(2024, 1, 10),
        "ED-8",
        None,
        NIET_VOLDAAN,
    ),
    (
        "ED-8 unknown but too early to lapse",
        app(recognised_from=D(2022, 1, 10)),
        D(2023, 1, 1),
        "ED-8",
        None,
        VOLDAAN,
    ),
    (
        "ED-8 unknown last guidance",
        app(recognised_from=D(2022, 1, 10)),
        D(2024, 6, 1),
        "ED-8",
        None,
        ONBEKEND,
    ),
    # ED-9: reconsideration within 30 days; the committee advises within 45 days of the hearing.
    ("ED-9 no refusal", APP, AS_OF, "ED-9", None, VOLDAAN),
    ("ED-9 request on the last day", reconsidering(D(2025, 4, 2)), D(2025, 4, 10), "ED-9", ASKED, VOLDAAN),
    ("ED-9 request too late", reconsidering(D(2025, 4, 3)), D(2025, 4, 10), "ED-9", ASKED, NIET_VOLDAAN),
    (
        "ED-9 request not motivated",
        reconsidering(D(2025, 3, 20), motivated=False),
        D(2025, 4, 10),
        "ED-9",
        ASKED,
        NIET_VOLDAAN,
    ),
    (
        "ED-9 motivation not judged",
        reconsidering(D(2025, 3, 20), motivated=None),
        D(2025, 4, 10),
        "ED-9",
        ASKED,
        ONBEKEND,
    ),
    ("ED-9 term running", refused(), D(2025, 3, 10), "ED-9", ASKED, ONBEKEND),
    (
        "ED-9 committee in time",
        reconsidering(D(2025, 3, 20), hearing_on=D(2025, 5, 5), committee_advice_on=D(2025, 6, 19)),
        D(2025, 7, 1),
        "ED-9",
        COMMITTEE,
        VOLDAAN,
    ),
    (
        "ED-9 committee late",
        reconsidering(D(2025, 3, 20), hearing_on=D(2025, 5, 5)),
        D(2025, 6, 20),
        "ED-9",
        COMMITTEE,
        NIET_VOLDAAN,
    ),
    # ED-10: subcontractors must be recognised themselves.
    ("ED-10 none", APP, AS_OF, "ED-10", None, VOLDAAN),
    ("ED-10 recognised", subcontracting(WERKPLAATS), AS_OF, "ED-10", None, VOLDAAN),
    (
        "ED-10 not recognised",
        subcontracting(replace(WERKPLAATS, recognised=False)),
        AS_OF,
        "ED-10",
        None,
        NIET_VOLDAAN,
    ),
    (
        "ED-10 to be looked up",
        subcontracting(Subcontractor("0202.239.951", None)),
        AS_OF,
        "ED-10",
        None,
        ONBEKEND,
    ),
    (
        "ED-10 bad number",
        subcontracting(Subcontractor("0202.239.950", True, "X")),
        AS_OF,
        "ED-10",
        None,
        ONBEKEND,
    ),
    ("ED-10 not stated", app(subcontractors=None), AS_OF, "ED-10", None, ONBEKEND),
    # ED-11: changes reported during the recognition.
    ("ED-11 application", APP, AS_OF, "ED-11", None, VOLDAAN),
    ("ED-11 nothing changed", RECOGNISED, D(2024, 1, 1), "ED-11", None, VOLDAAN),
    (
        "ED-11 change reported",
        replace(
            RECOGNISED, changes=(ConditionChange("Begeleider vertrokken", D(2023, 5, 1), D(2023, 5, 3)),)
        ),
        D(2024, 1, 1),
        "ED-11",
        None,
        VOLDAAN,
    ),
    ("ED-11 change not reported", UNREPORTED, D(2024, 1, 1), "ED-11", None, NIET_VOLDAAN),
    # ED-12: diploma, or 2 years of experience, or a certificate or recognised training; employed.
    ("ED-12 diploma on the list", APP, AS_OF, "ED-12", B1, VOLDAAN),
    ("ED-12 diploma by name", piet(diploma_id="Master psychologie"), AS_OF, "ED-12", B1, VOLDAAN),
    ("ED-12 two years of experience", piet(diploma_id=None, experience_years=2), AS_OF, "ED-12", B1, VOLDAAN),
    (
        "ED-12 1.5 years, no diploma",
        piet(diploma_id=None, experience_years=1.5),
        AS_OF,
        "ED-12",
        B1,
        NIET_VOLDAAN,
    ),
    (
        "ED-12 neither",
        piet(diploma_id="master rechten", experience_years=0),
        AS_OF,
        "ED-12",
        B1,
        NIET_VOLDAAN,
    ),
    (
        "ED-12 experience certificate",
        piet(diploma_id=None, experience_years=1, experience_certificate=True),
        AS_OF,
        "ED-12",
        B1,
        VOLDAAN,
    ),
    (
        "ED-12 recognised training",
        piet(diploma_id=None, recognised_training=True),
        AS_OF,
        "ED-12",
        B1,
        VOLDAAN,
    ),
    (
        "ED-12 diploma off the list, experience unknown",
        piet(diploma_id="master rechten"),
        AS_OF,
        "ED-12",
        B1,
        ONBEKEND,
    ),
    ("ED-12 not employed", piet(employed_by_applicant=False), AS_OF, "ED-12", B1, NIET_VOLDAAN),
    ("ED-12 employment unknown", piet(employed_by_applicant=None), AS_OF, "ED-12", B1, ONBEKEND),
    ("ED-12 simplified procedure", SIMPLE, AS_OF, "ED-12", None, VOLDAAN),
    ("ED-12 no supervisors", with_sup(), AS_OF, "ED-12", None, NIET_VOLDAAN),
]


@rule_table("application", ED_CASES)
def test_recognition_rules(
    application: RecognitionApplication, as_of: date, rule_id: str, subject: str | None, expected: str
) -> None:
    finding = only(run(application, as_of), rule_id, subject)
    assert finding.verdict == expected, finding.reason
    assert finding.reason.strip()


def test_every_rule_has_a_passing_and_a_failing_case() -> None:
    seen = verdicts_by_rule(ED_CASES)
    for rule in (f"ED-{i}" for i in range(1, 13)):
        assert {VOLDAAN, NIET_VOLDAAN} <= seen.get(rule, set()), rule


# --- the minimal application ---------------------------------------------------------------------


def test_the_minimal_full_application_meets_everything_and_proposes_recognition() -> None:
    findings = run()
    assert summary_verdict(findings) == VOLDAAN, [
        (f.rule_id, f.subject, f.reason) for f in findings if not f.met
    ]
    order = [f.rule_id for f in findings]
    assert order == sorted(order, key=lambda r: int(r.split("-")[1]))
    proposal = only(findings, "ED-6")
    assert proposal.evidence["proposed_decision"] == "erkenning"
    assert proposal.reason.startswith("Voorstel aan de minister: erkenning")


def test_simplified_procedure_skips_experience_and_supervisors() -> None:
    findings = run(SIMPLE)
    assert procedure_for(SIMPLE, load_rule_settings()).procedure == "vereenvoudigd"
    for rule, subject in (("ED-1", S_EXP), ("ED-1", S_SUP), ("ED-3", P3), ("ED-12", None)):
        f = only(findings, rule, subject)
        assert f.verdict == VOLDAAN and not f.applicable and f.reason.startswith("Niet van toepassing"), f
    assert only(findings, "ED-6").evidence["proposed_decision"] == "erkenning"
    assert unknown_findings(findings) == []


@pytest.mark.parametrize("kind", ["gtb", "gob", "maatwerkbedrijf", "lde"])
def test_simplified_kinds(kind: str) -> None:
    findings = run(replace(SIMPLE, organisation=replace(MWB, kind=kind)))
    assert only(findings, "ED-2").verdict == VOLDAAN
    assert not only(findings, "ED-1", S_SUP).applicable


@pytest.mark.parametrize("kind", ["vzw", "bedrijf", "lokaal_bestuur", "maatwerkafdeling"])
def test_a_vzw_and_others_may_not_skip(kind: str) -> None:
    """ED-2: nobody else skips, even when asking for it (maatwerkafdeling: see docs/checks.md)."""
    findings = run(replace(SIMPLE, organisation=replace(VZW, kind=kind)))
    ed2 = only(findings, "ED-2")
    assert ed2.verdict == VOLDAAN and "volledige procedure" in ed2.reason.lower()
    assert "niet voor een" in ed2.reason
    sup = only(findings, "ED-1", S_SUP)
    assert sup.applicable and sup.verdict == ONBEKEND
    assert only(findings, "ED-1", S_EXP).verdict == ONBEKEND
    assert only(findings, "ED-3", P3).verdict == ONBEKEND
    assert only(findings, "ED-4").verdict == ONBEKEND


def test_a_consortium_is_refused_and_inadmissible() -> None:
    findings = run(organised_as(kind="consortium", name="Samen Sterk"))
    ed2 = only(findings, "ED-2")
    assert "consortium kan geen erkenning aanvragen" in ed2.reason
    assert "nieuwe aanvraag" in only(findings, "ED-4").reason
    proposal = only(findings, "ED-6")
    assert proposal.verdict == NIET_VOLDAAN and "onontvankelijk" in proposal.reason


def test_eligible_applicant_without_an_answer_keeps_parts_required() -> None:
    findings = run(replace(SIMPLE, simplified_requested=None))
    assert only(findings, "ED-2").question is not None
    assert only(findings, "ED-1", S_SUP).verdict == ONBEKEND
    assert only(findings, "ED-12").verdict == ONBEKEND


# --- wording and details -----------------------------------------------------------------------


def test_ed1_supervisors_names_who_can_and_cannot_act() -> None:
    finding = only(run(with_sup(PIET, JO, replace(AN, employed_by_applicant=None))), "ED-1", S_SUP)
    assert finding.reason == (
        "1 van de 3 begeleiders voldoet aan ED-12: Piet Janssens. Jo Claes kan niet als gekwalificeerd "
        "begeleider ingezet worden. Voor An Maes is dat nog niet vastgesteld."
    )


def test_ed1_area_names_the_municipalities() -> None:
    finding = only(run(app(working_area=("44021", "11002", "40000"))), "ED-1", S_AREA)
    assert "Gent, Antwerpen, Provincie Oost-Vlaanderen" in finding.reason
    wrong = only(run(app(working_area=("21004",))), "ED-1", S_AREA)
    assert "21004" in wrong.reason


def test_ed3_never_shows_a_national_number() -> None:
    bad = "85.07.30-033.29"
    findings = run(piet(national_number=bad))
    for f in findings:
        assert bad not in f.reason and "85073003329" not in f.reason
        assert all(bad not in v for v in f.evidence.values())
    assert "Het rijksregisternummer van Piet Janssens is ongeldig." in only(findings, "ED-3", P3).reason


def test_ed3_part1_uses_the_kbo_message() -> None:
    finding = only(run(organised_as(enterprise_number="0428.759.498")), "ED-3", P1)
    assert "controlegetal" in finding.reason
    ok = only(run(), "ED-3", P1)
    assert ok.reason == "De Link (0428.759.497), vzw; contactpersoon An Peeters (an.peeters@delink.be)."


def test_ed4_reports_the_admissibility_date_and_asks_nothing() -> None:
    finding = only(run(in_procedure(admissibility_notified_on=None)), "ED-4")
    assert finding.evidence["due"] == "2025-03-10"
    assert "10 maart 2025" in finding.reason
    missing = only(run(app(declaration_on_honour=None)), "ED-4")
    assert missing.question is None and "nieuwe aanvraag" in missing.reason
    assert "deel 5: verklaring op erewoord" in missing.reason


def test_ed5_suspension_and_stop_are_explained() -> None:
    extended = only(run(information_asked(Suspension(D(2025, 3, 17), D(2025, 3, 27))), D(2025, 4, 1)), "ED-5")
    # 22 April + 10 days → 1 May (holiday) → Friday 2 May 2025.
    assert extended.evidence["due"] == "2025-05-02"
    assert "10 dagen schorsing" in extended.reason
    stopped = only(run(information_asked(Suspension(D(2025, 3, 17))), D(2025, 6, 1)), "ED-5")
    assert "staat stil sinds 17 maart 2025" in stopped.reason
    assert "Gebruikt: 9 dagen; resterend: 36 dagen" in stopped.reason
    assert stopped.question is None


def test_ed6_lists_what_fails() -> None:
    finding = only(
        run(app(intervision_commitment=False, subcontractors=(Subcontractor("0202.239.951", False),))), "ED-6"
    )
    assert finding.reason == "Voorstel aan de minister: weigering. Niet voldaan: ED-1 (intervisie), ED-10."
    assert finding.evidence["proposed_decision"] == "weigering"


def test_ed7_and_ed8_dates() -> None:
    ed7 = only(run(app(recognised_from=D(2020, 7, 1)), D(2025, 7, 1)), "ED-7")
    assert ed7.evidence["valid_until"] == "2025-06-30"
    assert "tot en met 30 juni 2025" in ed7.reason
    ed8 = only(run(RECOGNISED, D(2025, 3, 2)), "ED-8")
    assert ed8.evidence["lapses_on"] == "2025-03-02"
    assert "vervallen op 2 maart 2025" in ed8.reason and "1 maart 2023" in ed8.reason
    unknown = only(run(app(recognised_from=D(2022, 1, 10)), D(2024, 6, 1)), "ED-8")
    assert unknown.question is not None and unknown.question.startswith("Bezorg")


def test_ed10_names_the_subcontractor() -> None:
    finding = only(run(subcontracting(Subcontractor("BE 202 239 951", False, "Werkplaats Noord"))), "ED-10")
    assert finding.reason == (
        "Onderaannemer Werkplaats Noord (0202.239.951) is zelf niet erkend als externe dienstverlener."
    )


def test_ed11_names_the_unreported_change() -> None:
    finding = only(run(UNREPORTED, D(2024, 1, 1)), "ED-11")
    assert finding.reason == "Niet gemeld: Kwaliteitsregistratie verlopen (op 1 september 2023)."


def test_ed12_reasons() -> None:
    neither = only(run(piet(diploma_id=None, experience_years=Decimal("1.5"))), "ED-12", B1)
    assert neither.reason == (
        "Piet Janssens is geen gekwalificeerd begeleider: geen diploma van de lijst, 1,5 jaar relevante "
        "beroepservaring (minstens 2 vereist) en geen ervaringsbewijs of erkende opleiding."
    )
    unknown = only(run(piet(diploma_id="master rechten")), "ED-12", B1)
    assert "'master rechten' staat niet op de lijst" in unknown.reason
    assert unknown.question is not None and "Piet Janssens" in unknown.question
    assert only(run(), "ED-12", B1).evidence["competences_not_described"] == (
        "samenwerken, communiceren, persoonsgericht_werken, advies_op_maat"
    )


def test_ed12_minimum_experience_is_configurable() -> None:
    three = load_rule_settings({"ED-12": {"min_experience_years": 3}})
    sup = piet(diploma_id=None, experience_years=2)
    assert only(run(sup, settings=three), "ED-12", B1).verdict == NIET_VOLDAAN


def test_information_request_for_a_sparse_application() -> None:
    sparse = RecognitionApplication(VZW, simplified_requested=False, subcontractors=None)
    questions = unknown_findings(run(sparse))
    assert [(q.rule_id, q.subject) for q in questions] == [
        ("ED-1", S_REG),
        ("ED-1", S_EXP),
        ("ED-1", S_SUP),
        ("ED-1", S_AREA),
        ("ED-1", S_INT),
        ("ED-10", ""),
    ]
    area = questions[3].question
    assert area.count("Bezorg") == 3  # area, capacity, motivation
    assert all(q.question.split()[0] in {"Bezorg", "Meld", "Bevestig"} for q in questions)


def test_check_dossier_for_ed() -> None:
    ref = load_reference_data([AO])
    assert check_dossier("ED", APP, ref, AS_OF) == run()
