"""What a letter may show (domain.md §5): the data a service fills from the dossier.

Every date in it comes from the dossier's computed terms (rules/terms.py); documents/letters.py
maps each placeholder onto a field here and renders. Plain frozen dataclasses, no logic beyond
a few derived properties.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from wsedesk.documents.visit_report import VisitReport


@dataclass(frozen=True)
class Organisation:
    """The organisation the dossier is about."""

    name: str
    address_lines: tuple[str, ...]
    """Postal address, e.g. ("Stationsstraat 12 bus 3", "9000 Gent")."""
    enterprise_number: str | None = None
    """KBO number as written: "0428.759.497"."""


@dataclass(frozen=True)
class Addressee:
    """Who the letter goes to (window of the envelope); defaults to the organisation."""

    name: str
    address_lines: tuple[str, ...]
    attention: str | None = None
    """Second address line, e.g. "t.a.v. mevrouw An Janssens, directeur"."""
    salutation: str = "Geachte mevrouw, geachte heer"
    """The salutation without its comma: "Geachte mevrouw Janssens"."""


@dataclass(frozen=True)
class Dossier:
    """The dossier: its reference and procedure, and dates of its events."""

    reference: str
    """Ons kenmerk."""
    procedure: str
    """Key in resources/letters/procedures.json: kwaliteitsregistratie, externe-dienstverlener,
    collectief-maatwerk."""
    their_reference: str | None = None
    """Uw kenmerk, if the applicant gave one."""
    submitted_on: date | None = None
    admissible_on: date | None = None
    """Day the admissibility notice was sent (start of the ED-5 term)."""


@dataclass(frozen=True)
class Contact:
    """The contact person at the department (contactpersoon in the reference block)."""

    name: str
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class Signatory:
    """Who signs the letter."""

    name: str
    function: str


@dataclass(frozen=True)
class Term:
    """A term as computed by rules/terms.py (T-1..T-4); the letter only shows it."""

    rule_id: str
    """The rule that sets it: "ED-5", "ED-4", "QR-4"."""
    days: int
    start_event_on: date | None = None
    """The triggering event (day 0)."""
    end_on: date | None = None
    """Computed last day; None while a suspension is open."""
    stopped_since: date | None = None
    """Start of the open suspension (T-3), if the clock is stopped."""
    days_used: int | None = None
    days_left: int | None = None

    @property
    def stopped(self) -> bool:
        return self.stopped_since is not None


@dataclass(frozen=True)
class Decision:
    """The (proposed or taken) decision a letter announces."""

    decided_on: date | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    """Last day of validity (e.g. a recognition: 5 years from valid_from, ED-7)."""
    effective_on: date | None = None
    """Day a suspension, withdrawal or lapse takes effect."""
    reasons: tuple[str, ...] = ()
    """The motivation, one point per item (Dutch)."""
    notice_sent_on: date | None = None
    """Date of the letter announcing the intended suspension/withdrawal (QR-6)."""
    response_days: int | None = None
    """Days given to respond to that notice (QR-6, configurable)."""
    reconsideration_days: int | None = None
    """Days to ask for reconsideration (ED-9 / QR-5, configurable)."""


@dataclass(frozen=True)
class Reconsideration:
    """A request for reconsideration and its outcome (ED-9)."""

    requested_on: date | None = None
    original_decision_on: date | None = None
    hearing_on: date | None = None
    committee_advice_on: date | None = None
    decided_on: date | None = None
    outcome: str | None = None
    """The decision in one sentence: "de weigering wordt bevestigd"."""


@dataclass(frozen=True)
class QualityProof:
    """The quality proof a registration rests on (QR-2, QR-7), or one accepted on the list (QR-2 a)."""

    name: str
    valid_until: date | None = None
    areas: tuple[str, ...] = ()
    """The QR-1 areas it covers, in Dutch ("klantgerichtheid", "financieel beheer")."""
    publication: str | None = None
    """The publication of the accepted list it appears in ("WSE 2026-03-02 KB-2026-00001")."""


@dataclass(frozen=True)
class Tender:
    """A tender for Intensief Werkplekleren and one partner's bid and contract (TW-1, TW-2)."""

    name: str
    lot: str = ""
    price: Decimal | None = None
    quality_score: Decimal | None = None
    quality_points: Decimal | None = None
    price_points: Decimal | None = None
    total: Decimal | None = None
    rank: int | None = None
    bids: int | None = None
    contract_reference: str | None = None
    contract_start: date | None = None
    contract_end: date | None = None


@dataclass(frozen=True)
class SustainabilityReport:
    """The yearly sustainability report (MW-2)."""

    year: int
    due_on: date | None = None
    received_on: date | None = None


@dataclass(frozen=True)
class Finding:
    """One checked condition in an advice: rule, verdict, reason (from rules/quality.py)."""

    rule_id: str
    verdict: str
    """Dutch label: "voldaan", "niet voldaan", "niet van toepassing", "te controleren"."""
    reason: str


@dataclass(frozen=True)
class Approval:
    """The team lead's remarks and approval of an advice."""

    approved_by: str | None = None
    approved_on: date | None = None
    remarks: str | None = None

    @property
    def approved(self) -> bool:
        return bool(self.approved_by) and self.approved_on is not None


@dataclass(frozen=True)
class LetterContext:
    """All data a letter may show. Fill what the kind needs; a used placeholder without a value
    stops rendering with MissingValueError."""

    letter_date: date
    dossier: Dossier
    organisation: Organisation
    contact: Contact
    signatory: Signatory
    addressee: Addressee | None = None
    """None: the letter goes to the organisation."""
    term: Term | None = None
    decision: Decision | None = None
    reconsideration: Reconsideration | None = None
    quality_proof: QualityProof | None = None
    tender: Tender | None = None
    report: SustainabilityReport | None = None
    findings: tuple[Finding, ...] = ()
    missing_information: tuple[str, ...] = ()
    reply_by: date | None = None
    """Answer expected by (information request, report reminder)."""
    proposed_decision: str | None = None
    """Advice: the proposed decision in one phrase."""
    approval: Approval | None = None
    attachments: tuple[str, ...] = ()
    visit: VisitReport | None = None
    """A visit report: the visit, its findings and follow-up actions (documents/visit_report.py)."""
    draft: bool = False
    """Mark any letter CONCEPT (a preview). An advice is CONCEPT until approved anyway."""

    @property
    def recipient(self) -> Addressee:
        if self.addressee is not None:
            return self.addressee
        org = self.organisation
        return Addressee(name=org.name, address_lines=org.address_lines)
