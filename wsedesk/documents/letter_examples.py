"""A fictional, complete and consistent letter context per kind: for template previews and docs.

documents/letters.example_context checks the kind and asks here; the data only has to be
believable and follow the rules (terms per T-1), never real people or organisations.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from wsedesk.documents import letter_context as C
from wsedesk.documents.visit_report import example_visit

_EXAMPLE_PROCEDURE = {
    "validatie": "kwaliteitsregistratie",
    "schorsing": "kwaliteitsregistratie",
    "intrekking": "kwaliteitsregistratie",
    "managementondersteuning": "collectief-maatwerk",
    "herinnering-verslag": "collectief-maatwerk",
    "bezoekverslag": "individueel-maatwerk",
    "uitnodiging-offerte": "intensief-werkplekleren",
    "gunning": "intensief-werkplekleren",
    "niet-gunning": "intensief-werkplekleren",
    "kwaliteitsbewijs-aanvaard": "lijst-kwaliteitsbewijzen",
    "kwaliteitsbewijs-geweigerd": "lijst-kwaliteitsbewijzen",
}
_EXAMPLE_REFERENCE = {
    "externe-dienstverlener": "WSE/ED/2025/0042",
    "kwaliteitsregistratie": "WSE/QR/2025/0117",
    "collectief-maatwerk": "WSE/MW/2025/0008",
    "individueel-maatwerk": "BZ-2025-3F9A2C1D",
    "intensief-werkplekleren": "WSE/TW/2025/0003",
    "lijst-kwaliteitsbewijzen": "WSE/KB/2025/0001",
}
_EXAMPLE_REASONS: dict[str, tuple[str, ...]] = {
    "schorsing": (
        "Het kwaliteitsbewijs EQUASS Assurance werd bij de tussentijdse audit van 12 februari 2025 ingetrokken (QR-7).",
        "Uw organisatie heeft die wijziging niet gemeld (QR-7).",
    ),
    "intrekking": (
        "Uw organisatie heeft geen geldig kwaliteitsbewijs meer sinds 12 februari 2025 (QR-2, QR-7).",
        "Ook na de schorsing werd geen nieuw kwaliteitsbewijs voorgelegd.",
    ),
    "verval": (
        "Uw organisatie begeleidde in 2023 en 2024 geen enkele werknemer met een arbeidsbeperking (ED-8).",
    ),
    "managementondersteuning": (
        "Het aandeel werknemers uit de doelgroepen daalde in 2024 tot 48 % van het personeelsbestand, "
        "onder het minimum van 55 % (MW-1).",
        "Het verslag toont voor het tweede jaar op rij een negatief bedrijfsresultaat.",
    ),
    "heroverweging": (
        "Ook bij de hoorzitting kon u voor twee begeleiders geen diploma of twee jaar relevante ervaring "
        "aantonen (ED-12).",
    ),
    "niet-gunning": (
        "Uw offerte behaalde 71,40 op 100 (48,00 voor kwaliteit, 23,40 voor prijs); de gekozen offerte 86,50 (TW-1).",
    ),
    "kwaliteitsbewijs-geweigerd": (
        "Het keurmerk wordt toegekend op basis van een zelfevaluatie, zonder audit of assessment door een "
        "onafhankelijke organisatie (QR-2).",
    ),
}
_DEFAULT_REASONS = (
    "De lijst van gekwalificeerde begeleiders ontbreekt (ED-1, ED-3).",
    "Voor twee begeleiders is geen diploma of twee jaar relevante ervaring aangetoond (ED-12).",
)


def example_letter_context(
    kind: str, *, letter_date: date | None = None, approved: bool = False
) -> C.LetterContext:
    """A fictional, complete and consistent context for `kind`: for template previews and docs.

    Terms follow T-1: admissibility mail on Monday 3 March 2025, 45 days (ED-5) → 17 April 2025;
    the information request of 3 April 2025 stops the clock after 30 days, 15 left.
    """
    procedure = _EXAMPLE_PROCEDURE.get(kind, "externe-dienstverlener")
    information_request = kind == "informatievraag"
    if letter_date is None:
        letter_date = {
            "ontvankelijk": date(2025, 3, 3),
            "onontvankelijk": date(2025, 2, 28),
            "informatievraag": date(2025, 4, 3),
            "advies": date(2025, 4, 10),
            "herinnering-verslag": date(2025, 8, 18),
            "managementondersteuning": date(2025, 10, 20),
            "bezoekverslag": date(2025, 4, 22),
        }.get(kind, date(2025, 4, 17))
    addressee = None
    if kind == "advies":
        addressee = C.Addressee(
            name="Vlaamse minister van Werk en Sociale Economie",
            address_lines=("Koning Albert II-laan 35 bus 20", "1030 Brussel"),
            attention="t.a.v. het kabinet",
            salutation="Mevrouw de minister",
        )
    quality_proof = C.QualityProof(
        name="EQUASS Assurance",
        valid_until=date(2027, 9, 30),
        areas=("klantgerichtheid", "personeelsbeheer", "financieel beheer"),
        publication="WSE 2025-04-14 KB-2025-00001",
    )
    if kind == "validatie":
        decision = C.Decision(
            decided_on=date(2025, 4, 14), valid_from=date(2025, 4, 14), valid_until=date(2027, 9, 30)
        )
    elif kind == "managementondersteuning":
        decision = C.Decision(
            decided_on=date(2025, 10, 13),
            valid_from=date(2025, 11, 1),
            valid_until=date(2026, 10, 31),
            reasons=_EXAMPLE_REASONS[kind],
        )
    else:
        decision = C.Decision(
            decided_on=date(2025, 4, 14),
            valid_from=date(2025, 5, 1),
            valid_until=date(2030, 4, 30),
            effective_on=date(2025, 5, 1),
            reasons=_EXAMPLE_REASONS.get(kind, _DEFAULT_REASONS),
            notice_sent_on=date(2025, 3, 10),
            response_days=30,
            reconsideration_days=30,
        )
    return C.LetterContext(
        letter_date=letter_date,
        dossier=C.Dossier(
            reference=_EXAMPLE_REFERENCE[procedure],
            procedure=procedure,
            their_reference="VB-2025-07",
            submitted_on=date(2025, 2, 24),
            admissible_on=date(2025, 3, 3),
        ),
        organisation=C.Organisation(
            name="Voorbeeld Begeleiding vzw",
            address_lines=("Stationsstraat 12 bus 3", "9000 Gent"),
            enterprise_number="0428.759.497",
        ),
        addressee=addressee,
        contact=C.Contact(name="Jan Peeters", phone="02 553 00 00", email="jan.peeters@example.org"),
        signatory=C.Signatory(name="Els Vermeulen", function="afdelingshoofd Sociale Economie"),
        term=C.Term(
            rule_id="ED-5",
            days=45,
            start_event_on=date(2025, 3, 3),
            end_on=None if information_request else date(2025, 4, 17),
            stopped_since=date(2025, 4, 3) if information_request else None,
            days_used=30 if information_request else None,
            days_left=15 if information_request else None,
        ),
        decision=decision,
        reconsideration=C.Reconsideration(
            requested_on=date(2025, 1, 20),
            original_decision_on=date(2024, 12, 27),
            hearing_on=date(2025, 3, 5),
            committee_advice_on=date(2025, 3, 28),
            decided_on=date(2025, 4, 14),
            outcome="de weigering van de erkenning wordt bevestigd",
        ),
        quality_proof=quality_proof,
        tender=C.Tender(
            name="Intensief Werkplekleren 2026",
            lot="Provincie Antwerpen",
            price=Decimal("148500.00"),
            quality_score=Decimal("82.50"),
            quality_points=Decimal("49.50"),
            price_points=Decimal("37.00"),
            total=Decimal("86.50"),
            rank=1,
            bids=4,
            contract_reference="IWP-2026-ANT-01",
            contract_start=date(2026, 1, 1),
            contract_end=date(2027, 12, 31),
        ),
        report=C.SustainabilityReport(year=2024, due_on=date(2025, 7, 30), received_on=date(2025, 7, 28)),
        findings=(
            C.Finding("ED-1", "voldaan", "De kwaliteitsregistratie is gevalideerd tot 30 september 2027."),
            C.Finding(
                "ED-2", "niet van toepassing", "Geen GTB, GOB, maatwerkbedrijf of LDE: gewone procedure."
            ),
            C.Finding("ED-12", "voldaan", "Drie begeleiders met een erkend diploma (bachelor sociaal werk)."),
            C.Finding(
                "ED-1", "voldaan", "Werkingsgebied Oost-Vlaanderen, capaciteit 40 werknemers per jaar."
            ),
        ),
        missing_information=(
            "de lijst van uw gekwalificeerde begeleiders met hun diploma's",
            "een motivering van uw ervaring met de begeleiding van werknemers met een arbeidsbeperking",
            "de ondertekende verklaring op eer",
        ),
        reply_by=date(2025, 9, 1) if kind == "herinnering-verslag" else date(2025, 5, 5),
        proposed_decision="erkenning als externe dienstverlener voor vijf jaar, van 1 mei 2025 tot en met 30 april 2030",
        approval=(
            C.Approval(
                approved_by="An Claes, teamverantwoordelijke",
                approved_on=date(2025, 4, 11),
                remarks="Akkoord. Werkingsgebied nagekeken met de lijst van erkende diensten.",
            )
            if approved
            else None
        ),
        attachments=("Lijst van de gevraagde stukken",) if information_request else (),
        visit=example_visit() if kind == "bezoekverslag" else None,
    )
