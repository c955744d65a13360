"""The kinds of letter: name, title, placeholder groups, whether a decision (one table).

Light on purpose (no reportlab): the command line's `wsedesk letter --kind` offers these names
without loading the letter layout; documents/letters.py lays the letters out and resolves each
kind's placeholders.
"""

from __future__ import annotations

from dataclasses import dataclass

from wsedesk.errors import NotFoundError
from wsedesk.i18n import N_


@dataclass(frozen=True)
class LetterKind:
    """One kind of letter: its name (as the CLI uses it), Dutch title, placeholder groups and
    required placeholders (documents/letters.known_placeholders resolves the groups)."""

    name: str
    title: str
    description: str
    groups: tuple[str, ...]
    required: tuple[str, ...] = ()
    needs_approval: bool = False
    for_dossiers: bool = True
    """False: made from something else than a dossier (the visit report), not offered on a dossier."""
    decision: bool = False
    """A decision: signed on behalf of the minister by the head of division
    (services/letters.DECISION_SIGNATORY), not by the case officer."""


KINDS: dict[str, LetterKind] = {
    kind.name: kind
    for kind in (
        LetterKind(
            "ontvankelijk",
            N_("Ontvankelijk"),
            N_("De aanvraag is ontvankelijk (ED-4); de termijn van ED-5 loopt."),
            ("termijn",),
        ),
        LetterKind(
            "onontvankelijk",
            N_("Onontvankelijk"),
            N_("De aanvraag is niet ontvankelijk (ED-4); het dossier sluit."),
            ("beslissing",),
            required=("beslissing.motivering",),
            decision=True,
        ),
        LetterKind(
            "informatievraag",
            N_("Vraag om bijkomende informatie"),
            N_("Vraag om ontbrekende informatie; de termijn is geschorst (ED-5, T-3)."),
            ("termijn", "antwoord", "informatievraag"),
            required=("ontbrekende_informatie", "termijn.stand"),
        ),
        LetterKind(
            "advies",
            N_("Advies aan de minister"),
            N_("Advies met de getoetste voorwaarden, een voorstel van beslissing en de goedkeuring (ED-6)."),
            ("termijn", "advies", "beslissing", "kwaliteitsbewijs"),
            required=("bevindingen", "goedkeuring"),
            needs_approval=True,
        ),
        LetterKind(
            "validatie",
            N_("Validatie van de kwaliteitsregistratie"),
            N_("De kwaliteitsregistratie is gevalideerd (QR-2, QR-4, QR-7)."),
            ("beslissing", "kwaliteitsbewijs", "termijn"),
            decision=True,
        ),
        LetterKind(
            "erkenning",
            N_("Erkenning"),
            N_("Beslissing: erkenning als externe dienstverlener (ED-6, ED-7)."),
            ("beslissing",),
            decision=True,
        ),
        LetterKind(
            "weigering",
            N_("Weigering"),
            N_("Beslissing: weigering, met de mogelijkheid tot heroverweging (ED-9 / QR-5)."),
            ("beslissing", "heroverwegingsclausule"),
            required=(
                "beslissing.motivering",
                "heroverweging.termijn_dagen",
                "procedure.heroverweging_regel",
            ),
            decision=True,
        ),
        LetterKind(
            "schorsing",
            N_("Schorsing"),
            N_("Beslissing: schorsing na de kans om te reageren (QR-6)."),
            ("beslissing",),
            required=("beslissing.motivering",),
            decision=True,
        ),
        LetterKind(
            "intrekking",
            N_("Intrekking"),
            N_("Beslissing: intrekking na de kans om te reageren (QR-6)."),
            ("beslissing", "kwaliteitsbewijs"),
            required=("beslissing.motivering",),
            decision=True,
        ),
        LetterKind(
            "heroverweging",
            N_("Uitkomst van de heroverweging"),
            N_("De beslissing na een verzoek tot heroverweging (ED-9)."),
            ("beslissing", "heroverweging"),
            required=("heroverweging.uitkomst",),
            decision=True,
        ),
        LetterKind(
            "verval",
            N_("Verval"),
            N_("Kennisgeving van verval (ED-8, QR-7)."),
            ("beslissing", "kwaliteitsbewijs"),
            required=("beslissing.motivering",),
            decision=True,
        ),
        LetterKind(
            "managementondersteuning",
            N_("Verplichte managementondersteuning"),
            N_("De minister legt verplichte managementondersteuning op (MW-3)."),
            ("beslissing", "verslag"),
            required=("beslissing.motivering",),
            decision=True,
        ),
        LetterKind(
            "uitnodiging-offerte",
            N_("Uitnodiging om een offerte in te dienen"),
            N_("De partner voldoet aan TW-1 en wordt uitgenodigd om een offerte in te dienen."),
            ("opdracht", "antwoord"),
            required=("opdracht.naam",),
        ),
        LetterKind(
            "gunning",
            N_("Gunning van de opdracht"),
            N_("De opdracht wordt gegund op kwaliteit en prijs (TW-1)."),
            ("opdracht", "beslissing"),
            required=("opdracht.naam", "offerte.totaal"),
            decision=True,
        ),
        LetterKind(
            "niet-gunning",
            N_("Niet-gunning van de opdracht"),
            N_("De opdracht wordt niet aan deze partner gegund, met de motivering (TW-1)."),
            ("opdracht", "beslissing"),
            required=("opdracht.naam", "beslissing.motivering"),
            decision=True,
        ),
        LetterKind(
            "kwaliteitsbewijs-aanvaard",
            N_("Kwaliteitsbewijs aanvaard"),
            N_("Het kwaliteitsbewijs staat op de lijst, in een nieuwe publicatie (QR-2 a)."),
            ("beslissing", "kwaliteitsbewijs"),
            required=("kwaliteitsbewijs.naam", "kwaliteitsbewijs.publicatie"),
            decision=True,
        ),
        LetterKind(
            "kwaliteitsbewijs-geweigerd",
            N_("Kwaliteitsbewijs niet aanvaard"),
            N_("Het kwaliteitsbewijs komt niet op de lijst, met de motivering (QR-2 a)."),
            ("beslissing", "kwaliteitsbewijs"),
            required=("beslissing.motivering",),
            decision=True,
        ),
        LetterKind(
            "herinnering-verslag",
            N_("Herinnering duurzaamheidsverslag"),
            N_("Herinnering: het duurzaamheidsverslag is niet ontvangen (MW-2)."),
            ("verslag", "antwoord"),
        ),
        LetterKind(
            "bezoekverslag",
            N_("Bezoekverslag"),
            N_(
                "Verslag van een bezoek ter plaatse: oordeel per checklistpunt en opvolgacties (§3.2, MW-4, TW-2)."
            ),
            ("bezoek",),
            required=("bezoek.bevindingen",),
            for_dossiers=False,
        ),
    )
}


def list_kinds() -> list[LetterKind]:
    """The letter kinds, in the order of the procedure."""
    return list(KINDS.values())


def letter_kind(kind: str) -> LetterKind:
    """The kind called `kind`, or NotFoundError listing the known ones."""
    try:
        return KINDS[kind]
    except KeyError:
        raise NotFoundError(
            N_("Onbekende briefsoort '{k}'. Gekend: {known}.").format(k=kind, known=", ".join(KINDS))
        ) from None


DOSSIER_KINDS: tuple[str, ...] = tuple(name for name, kind in KINDS.items() if kind.for_dossiers)
"""The kinds made for a dossier (`wsedesk letter --kind`), in the order of the procedure."""
