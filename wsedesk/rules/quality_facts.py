"""The facts the quality checks read and the findings they return (rules/quality.py).

Plain frozen dataclasses, filled by the services from database rows or by tests. Every fact
that may be missing is `X | None`: None means *not known* (not supplied, not entered yet) and
makes the check say "onbekend" — the engine never guesses. Booleans that a form can only tick
(an experience certificate) are plain `bool`.

Dates are `datetime.date`; amounts of FTE and percentages are `Decimal` (int accepted).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from wsedesk.i18n import N_
from wsedesk.rules.quality_reference import PROOF_ROUTES
from wsedesk.rules.terms import Suspension

Verdict = Literal["voldaan", "niet voldaan", "onbekend"]
VOLDAAN: Verdict = "voldaan"
NIET_VOLDAAN: Verdict = "niet voldaan"
ONBEKEND: Verdict = "onbekend"
VERDICTS: tuple[Verdict, ...] = (VOLDAAN, NIET_VOLDAAN, ONBEKEND)

ProofRoute = Literal["label", "overheid", "standaard_wse"]
LabelKind = Literal["maatwerkbedrijf", "maatwerkafdeling"]
LABEL_KINDS: tuple[str, ...] = ("maatwerkbedrijf", "maatwerkafdeling")
Decision = Literal["erkenning", "weigering"]

#: Organisation kinds as stored (models.organisations.OrganisationKind) plus "consortium",
#: which only exists to be refused by ED-2.
ORGANISATION_KINDS: tuple[str, ...] = (
    "gtb",
    "gob",
    "maatwerkbedrijf",
    "maatwerkafdeling",
    "lde",
    "lokaal_bestuur",
    "vzw",
    "bedrijf",
    "consortium",
)
KIND_LABELS: dict[str, str] = {
    "gtb": N_("GTB"),
    "gob": N_("GOB"),
    "maatwerkbedrijf": N_("maatwerkbedrijf"),
    "maatwerkafdeling": N_("maatwerkafdeling"),
    "lde": N_("LDE-onderneming"),
    "lokaal_bestuur": N_("OCMW/lokaal bestuur"),
    "vzw": N_("vzw"),
    "bedrijf": N_("handelsvennootschap"),
    "consortium": N_("consortium"),
}


# --- output -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One verdict on one rule (or one part of it, named by `subject`).

    `reason` is Dutch, as a case officer writes it in an advice, naming the facts. `evidence`
    maps the input fields used (dotted paths such as "proof.valid_until") to their values as
    text (dates ISO, booleans "ja"/"nee", unknown "onbekend"). `question` is set when the
    verdict is "onbekend" and the applicant can supply what is missing ("Bezorg ..."); it is
    None when the department must find it out itself or simply has to wait. `applicable` is
    False when the rule does not apply to this case: the verdict is then "voldaan" and the
    reason says why ("niet van toepassing").
    """

    rule_id: str
    verdict: Verdict
    reason: str
    evidence: Mapping[str, str] = field(default_factory=dict, hash=False)
    subject: str = ""
    question: str | None = None
    applicable: bool = True

    def __post_init__(self) -> None:
        if self.verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {self.verdict!r}")

    @property
    def met(self) -> bool:
        return self.verdict == VOLDAAN

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready, for storing with the advice."""
        return {
            "rule_id": self.rule_id,
            "subject": self.subject,
            "verdict": self.verdict,
            "applicable": self.applicable,
            "reason": self.reason,
            "question": self.question,
            "evidence": dict(self.evidence),
        }


@dataclass(frozen=True)
class InformationQuestion:
    """One item of a request for additional information ("Vraag bijkomende informatie")."""

    rule_id: str
    subject: str
    question: str
    reason: str


# --- input: who --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Organisation:
    """The applicant. `kind`: one of ORGANISATION_KINDS; numbers as typed or normalised."""

    enterprise_number: str | None
    kind: str | None
    name: str | None
    establishments: tuple[str, ...] = ()  # establishment numbers (vestigingsnummers)


# --- input: quality registration (§3.1) --------------------------------------------------------


@dataclass(frozen=True)
class QualityProof:
    """The proof a registration rests on (QR-2).

    `label_id` is a catalogue id (quality-labels.json) of the route's kind: the market label
    (route "label") or the government quality system (route "overheid"); for "standaard_wse"
    it may stay None. `audit_organisation_id` (QR-3) names the audit or assessment organisation
    that granted a market label.
    """

    route: ProofRoute
    label_id: str | None = None
    issued_on: date | None = None
    valid_until: date | None = None  # last day the proof is valid
    audit_organisation_id: str | None = None
    withdrawn_on: date | None = None  # e.g. withdrawn at an interim audit (QR-7)
    reference: str = ""  # certificate number, as printed

    def __post_init__(self) -> None:
        if self.route not in PROOF_ROUTES:
            raise ValueError(f"unknown proof route {self.route!r}; expected one of {PROOF_ROUTES}")


@dataclass(frozen=True)
class AuditOrganisation:
    """An audit or assessment organisation in the department's register (QR-3)."""

    id: str
    name: str
    declaration_filed_on: date | None = None  # declaration on honour and dossier filed
    valid_until: date | None = None  # last day its filing counts (at most 4 years)
    auditors_are_providers: bool | None = None


@dataclass(frozen=True)
class QualityAreas:
    """QR-1: evidence per area beyond the proof. True shown, False shown not met, None unknown."""

    klantgerichtheid: bool | None = None
    personeelsbeheer: bool | None = None
    financieel_beheer: bool | None = None

    def get(self, area: str) -> bool | None:
        value: bool | None = getattr(self, area)
        return value


@dataclass(frozen=True)
class RegistrationProcedure:
    """Procedural dates of a quality registration dossier (QR-4, QR-5, QR-6)."""

    decided_on: date | None = None  # validation or refusal (QR-4)
    refusal_notified_on: date | None = None  # QR-5 term starts
    reconsideration_requested_on: date | None = None
    sanction_intent_notified_on: date | None = None  # QR-6: intended suspension/withdrawal told
    sanction_response_received_on: date | None = None
    sanction_decided_on: date | None = None


@dataclass(frozen=True)
class QualityRegistration:
    """A provider's quality registration (kwaliteitsregistratie), QR-1..QR-8.

    `provider_active_since`: the day the organisation started offering training, guidance,
    mediation, competence development or advice financed from the WSE policy domain (QR-8).
    `standaard_wse_earlier_uses`: how many earlier registrations since 1 January 2023 rested on
    a Standaard WSE approval proof (0 = this is the one use allowed). `standaard_wse_first_used_on`:
    the first day of that use (default: `submitted_on`).
    """

    organisation: Organisation
    proof: QualityProof | None
    areas_evidence: QualityAreas = field(default_factory=QualityAreas)
    submitted_on: date | None = None
    provider_active_since: date | None = None
    standaard_wse_earlier_uses: int | None = None
    standaard_wse_first_used_on: date | None = None
    procedure: RegistrationProcedure = field(default_factory=RegistrationProcedure)


#: How another dossier refers to a quality registration: the registration itself (its
#: conditions are checked), or its known validity on the check date (True / False), or unknown.
RegistrationFact = QualityRegistration | bool | None


# --- input: recognition as external service provider (§3.2) -----------------------------------


@dataclass(frozen=True)
class Supervisor:
    """A qualified supervisor (gekwalificeerd begeleider) put forward by the applicant (ED-12).

    `experience_years`: relevant professional experience in years (None = not stated).
    `competences`: core competences the application describes (ids from rule-settings.json
    ED-12); informative only — the diploma or experience is what proves them.
    """

    name: str
    national_number: str | None = None
    employed_by_applicant: bool | None = None
    diploma_id: str | None = None  # id in supervisor-diplomas.json, or the diploma's name
    experience_years: Decimal | int | float | None = None
    experience_certificate: bool = False
    recognised_training: bool = False
    competences: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Subcontractor:
    """A subcontractor used for the guidance (ED-10)."""

    enterprise_number: str | None
    recognised: bool | None
    name: str = ""


@dataclass(frozen=True)
class ConditionChange:
    """A change affecting the conditions during a recognition (ED-11)."""

    description: str
    occurred_on: date | None = None
    reported_on: date | None = None  # None: not reported by the provider


@dataclass(frozen=True)
class RecognitionProcedure:
    """Procedural dates of a recognition dossier (ED-4, ED-5, ED-9)."""

    submitted_on: date | None = None  # ED-4: 7 days to judge admissibility
    admissibility_notified_on: date | None = None  # ED-5: the e-mail; 45 days start
    information_requests: tuple[Suspension, ...] = ()  # ED-5 / T-3: the clock stops
    advice_sent_on: date | None = None  # ED-6: advice to the minister ends ED-5
    decision: Decision | None = None
    decision_notified_on: date | None = None  # ED-9: 30 days start
    reconsideration_requested_on: date | None = None
    reconsideration_motivated: bool | None = None
    hearing_on: date | None = None  # ED-9: 45 days for the committee's advice start
    committee_advice_on: date | None = None


@dataclass(frozen=True)
class RecognitionApplication:
    """An application for (or a running) recognition as external service provider, ED-1..ED-12.

    `supervisors` None = no list supplied; () = an empty list. `working_area`: REFNIS codes of
    Flemish municipalities, Flemish provinces or "02000" (all of Flanders). `capacity`: number of
    employees the provider can guide at the same time. `subcontractors` () = none used; None =
    not stated. `experience_judged_sufficient`: the case officer's judgement of the experience
    motivation (ED-1); None = not judged yet. For a running recognition set `recognised_from`
    (the date in the minister's decision) and the guidance facts (ED-7, ED-8, ED-11).
    """

    organisation: Organisation
    contact_name: str | None = None
    contact_email: str | None = None
    registration: RegistrationFact = None
    simplified_requested: bool | None = None
    experience_motivation: str | None = None
    experience_judged_sufficient: bool | None = None
    supervisors: tuple[Supervisor, ...] | None = None
    working_area: tuple[str, ...] | None = None
    capacity: int | None = None
    capacity_motivation: str | None = None
    intervision_commitment: bool | None = None
    declaration_on_honour: bool | None = None
    subcontractors: tuple[Subcontractor, ...] | None = ()
    recognised_from: date | None = None
    last_guidance_on: date | None = None
    guided_since_recognition: bool | None = None  # False: nobody guided since recognised_from
    changes: tuple[ConditionChange, ...] = ()
    procedure: RecognitionProcedure = field(default_factory=RecognitionProcedure)


# --- input: labels (§3.3) and tender partners (§3.4) -------------------------------------------


@dataclass(frozen=True)
class LabelApplication:
    """An application for the label maatwerkbedrijf or maatwerkafdeling (MW-1).

    `fte_target_group`: average FTE of target-group employees over `year`; `fte_total`: average
    FTE of the whole workforce. `share_percent` is used only when `fte_total` is unknown.
    """

    organisation: Organisation
    label_kind: LabelKind | None
    year: int | None = None
    fte_target_group: Decimal | int | None = None
    fte_total: Decimal | int | None = None
    share_percent: Decimal | int | None = None
    registration: RegistrationFact = None
    submitted_on: date | None = None

    def __post_init__(self) -> None:
        if self.label_kind is not None and self.label_kind not in LABEL_KINDS:
            raise ValueError(f"unknown label kind {self.label_kind!r}; expected one of {LABEL_KINDS}")


@dataclass(frozen=True)
class TenderPartner:
    """A candidate partner in a tender for Intensief Werkplekleren (TW-1).

    `similar_experience`: the buyer's judgement that the partner has experience with similar
    assignments (None = not judged); `experience_description` is what the partner wrote.
    """

    organisation: Organisation
    registration: RegistrationFact = None
    similar_experience: bool | None = None
    experience_description: str | None = None


__all__ = [
    "KIND_LABELS",
    "LABEL_KINDS",
    "NIET_VOLDAAN",
    "ONBEKEND",
    "ORGANISATION_KINDS",
    "VERDICTS",
    "VOLDAAN",
    "AuditOrganisation",
    "ConditionChange",
    "Decision",
    "Finding",
    "InformationQuestion",
    "LabelApplication",
    "LabelKind",
    "Organisation",
    "ProofRoute",
    "QualityAreas",
    "QualityProof",
    "QualityRegistration",
    "RecognitionApplication",
    "RecognitionProcedure",
    "RegistrationFact",
    "RegistrationProcedure",
    "Subcontractor",
    "Supervisor",
    "TenderPartner",
    "Verdict",
]
