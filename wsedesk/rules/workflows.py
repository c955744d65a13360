"""Dossier types and their procedures as explicit state machines (domain.md §3).

Each transition names who may take it, which terms it opens and closes, and the rule it rests
on. The tables are data; `allowed_transitions` and `check_transition` are the only logic.
Term lengths marked configurable in domain.md are defaults here and can be overridden with
data (see `TermDefaults`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from wsedesk.i18n import N_
from wsedesk.rules.roles import Role


class DossierType(StrEnum):
    KWALITEITSREGISTRATIE = "QR"
    EXTERNE_DIENSTVERLENER = "ED"
    LABEL_MAATWERK = "MW"
    DUURZAAMHEIDSVERSLAG = "DV"
    TENDERPARTNER = "TW"
    KWALITEITSBEWIJS = "KB"


DOSSIER_TYPE_LABELS: dict[DossierType, str] = {
    DossierType.KWALITEITSREGISTRATIE: N_("Kwaliteitsregistratie"),
    DossierType.EXTERNE_DIENSTVERLENER: N_("Erkenning externe dienstverlener"),
    DossierType.LABEL_MAATWERK: N_("Label maatwerkbedrijf/-afdeling"),
    DossierType.DUURZAAMHEIDSVERSLAG: N_("Duurzaamheidsverslag"),
    DossierType.TENDERPARTNER: N_("Tenderpartner Intensief Werkplekleren"),
    DossierType.KWALITEITSBEWIJS: N_("Aanvraag kwaliteitsbewijs op de lijst"),
}


@dataclass(frozen=True)
class TermDefinition:
    """A statutory term a transition can open: `days` counted from the triggering event."""

    term_id: str  # rule ID, e.g. "ED-5"
    days: int
    working_days: bool = False
    label: str = ""
    configurable: bool = False


# Defaults from domain.md; the configurable ones may be overridden from data (Beheer).
TERMS: dict[str, TermDefinition] = {
    t.term_id: t
    for t in (
        TermDefinition("QR-4", 40, label=N_("Beslissing over validatie")),
        TermDefinition("QR-5", 30, label=N_("Verzoek tot heroverweging"), configurable=True),
        TermDefinition("QR-6", 30, label=N_("Reactie van de aanbieder"), configurable=True),
        TermDefinition("ED-4", 7, label=N_("Ontvankelijkheid")),
        TermDefinition("ED-5", 45, label=N_("Onderzoek van de voorwaarden")),
        TermDefinition("ED-9", 30, label=N_("Verzoek tot heroverweging")),
        TermDefinition("ED-9-advies", 45, label=N_("Advies heroverwegingscommissie")),
        TermDefinition("MW-1", 60, label=N_("Advies adviescommissie sociale economie"), configurable=True),
        # A follow-up action of a site visit: its own length per action (the default is offered).
        TermDefinition("BZ-actie", 30, label=N_("Opvolgactie na bezoek")),
        TermDefinition("TW-2", 365, label=N_("Jaarlijkse kwaliteitsreview"), configurable=True),
    )
}

#: The first step of a sanction per dossier type: proposed (never taken) when a condition fails
#: at a check or on a site visit — an intended suspension of a registration (QR-6), withdrawal of
#: a recognition (ED-11) or a label (MW-1), management support after a report (MW-3).
SANCTION_ACTIONS: dict[str, str] = {
    "QR": "schorsing_voornemen",
    "ED": "intrekken",
    "MW": "intrekken",
    "DV": "managementondersteuning",
}


@dataclass(frozen=True)
class Status:
    code: str
    label: str
    closed: bool = False


@dataclass(frozen=True)
class Transition:
    """One allowed step of a procedure."""

    action: str
    label: str
    source: tuple[str, ...]
    target: str
    roles: frozenset[Role]
    rule_id: str
    opens: tuple[str, ...] = ()  # term ids started on the transition date
    closes: tuple[str, ...] = ()  # term ids met on the transition date
    # Conditions checked before the step is taken (GUARDS); services/steps.py evaluates them.
    requires: tuple[str, ...] = ()


@dataclass(frozen=True)
class Workflow:
    dossier_type: DossierType
    initial: str
    statuses: tuple[Status, ...]
    transitions: tuple[Transition, ...]
    initial_terms: tuple[str, ...] = ()
    status_index: dict[str, Status] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "status_index", {s.code: s for s in self.statuses})

    def status(self, code: str) -> Status:
        return self.status_index[code]


_OFFICER = frozenset({Role.DOSSIERBEHANDELAAR, Role.TEAMVERANTWOORDELIJKE})
_LEAD = frozenset({Role.TEAMVERANTWOORDELIJKE})
_FOLLOW_UP = frozenset({Role.PROJECTADVISEUR, Role.DOSSIERBEHANDELAAR, Role.TEAMVERANTWOORDELIJKE})


def _t(
    action: str,
    label: str,
    source: str | tuple[str, ...],
    target: str,
    roles: frozenset[Role],
    rule_id: str,
    opens: tuple[str, ...] = (),
    closes: tuple[str, ...] = (),
    requires: tuple[str, ...] = (),
) -> Transition:
    src = (source,) if isinstance(source, str) else source
    return Transition(action, label, src, target, roles, rule_id, opens, closes, requires)


def _reconsideration_asked(rule_id: str, reopens: tuple[str, ...] = ()) -> tuple[Transition, ...]:
    """QR-5, ED-9: a refused applicant may ask for reconsideration within the term `rule_id` that
    the refusal opened. A request received meets that term and opens `reopens` (QR: the decision
    term again); without a request the dossier is closed."""
    return (
        _t(
            "heroverweging_ontvangen",
            N_("Verzoek tot heroverweging ontvangen"),
            "geweigerd",
            "heroverweging",
            _OFFICER,
            rule_id,
            opens=reopens,
            closes=(rule_id,),
        ),
        _t(
            "weigering_definitief",
            N_("Geen heroverweging: afsluiten"),
            "geweigerd",
            "afgesloten",
            _OFFICER,
            rule_id,
            closes=(rule_id,),
        ),
    )


#: What a guarded step requires before it may be taken (Transition.requires), in Dutch.
GUARDS: dict[str, str] = {
    # QR-6: the provider may respond before the decision; the step waits for the answer or the term's end.
    "QR-6-reactie": N_("de aanbieder heeft gereageerd of de reactietermijn (QR-6) is verstreken"),
    # TW-1: quality at organisation level (§3.1) and experience with similar assignments.
    "TW-1": N_("de kwaliteitsvoorwaarden en de ervaring (TW-1) zijn voldaan"),
    # TW-1: award on quality and price.
    "TW-1-offerte": N_("de prijs en de kwaliteitsscore van de offerte zijn ingevuld"),
    # TW-2: contract follow-up needs the contract.
    "TW-2-contract": N_("het contract (kenmerk, begin- en einddatum) is ingevuld"),
    # QR-2 (a): the team lead's judgement names what the proof covers before it is published.
    "QR-2a-beoordeling": N_("de beoordeling (naam van het kwaliteitsbewijs en gedekte domeinen) is ingevuld"),
    # ED-6: the minister decides on the department's advice, approved by the team lead (issue #11).
    "ED-6-advies": N_("het advies aan de minister is goedgekeurd door een teamverantwoordelijke"),
}


QUALITY_REGISTRATION = Workflow(
    DossierType.KWALITEITSREGISTRATIE,
    initial="ingediend",
    initial_terms=("QR-4",),
    statuses=(
        Status("ingediend", N_("Ingediend")),
        Status("gevalideerd", N_("Gevalideerd")),
        Status("geweigerd", N_("Geweigerd")),
        Status("heroverweging", N_("Heroverweging")),
        Status("schorsing_voorgenomen", N_("Schorsing/intrekking voorgenomen")),
        Status("geschorst", N_("Geschorst")),
        Status("ingetrokken", N_("Ingetrokken"), closed=True),
        Status("beeindigd", N_("Beëindigd"), closed=True),
        Status("afgesloten", N_("Afgesloten"), closed=True),
    ),
    transitions=(
        _t(
            "valideren",
            N_("Registratie valideren"),
            "ingediend",
            "gevalideerd",
            _OFFICER,
            "QR-4",
            closes=("QR-4",),
        ),
        _t(
            "weigeren",
            N_("Registratie weigeren"),
            "ingediend",
            "geweigerd",
            _OFFICER,
            "QR-4",
            opens=("QR-5",),
            closes=("QR-4",),
        ),
        *_reconsideration_asked("QR-5", reopens=("QR-4",)),
        _t(
            "heroverweging_gegrond",
            N_("Heroverweging: validatie"),
            "heroverweging",
            "gevalideerd",
            _OFFICER,
            "QR-5",
            closes=("QR-4",),
        ),
        _t(
            "heroverweging_ongegrond",
            N_("Heroverweging: weigering bevestigd"),
            "heroverweging",
            "afgesloten",
            _OFFICER,
            "QR-5",
            closes=("QR-4",),
        ),
        _t(
            "schorsing_voornemen",
            N_("Schorsing of intrekking voornemen"),
            "gevalideerd",
            "schorsing_voorgenomen",
            _OFFICER,
            "QR-6",
            opens=("QR-6",),
        ),
        _t(
            "schorsen",
            N_("Registratie schorsen"),
            "schorsing_voorgenomen",
            "geschorst",
            _LEAD,
            "QR-6",
            closes=("QR-6",),
            requires=("QR-6-reactie",),
        ),
        _t(
            "intrekken",
            N_("Registratie intrekken"),
            ("schorsing_voorgenomen", "geschorst"),
            "ingetrokken",
            _LEAD,
            "QR-6",
            closes=("QR-6",),
            requires=("QR-6-reactie",),
        ),
        _t(
            "reactie_ontvangen",
            N_("Reactie van de aanbieder ontvangen"),
            "schorsing_voorgenomen",
            "schorsing_voorgenomen",
            _OFFICER,
            "QR-6",
            closes=("QR-6",),
        ),
        _t(
            "voornemen_laten_vallen",
            N_("Voornemen laten vallen"),
            "schorsing_voorgenomen",
            "gevalideerd",
            _OFFICER,
            "QR-6",
            closes=("QR-6",),
        ),
        _t("schorsing_opheffen", N_("Schorsing opheffen"), "geschorst", "gevalideerd", _LEAD, "QR-6"),
        _t(
            "bewijs_beeindigd",
            N_("Kwaliteitsbewijs beëindigd"),
            ("gevalideerd", "geschorst"),
            "beeindigd",
            _OFFICER,
            "QR-7",
        ),
    ),
)

EXTERNAL_PROVIDER = Workflow(
    DossierType.EXTERNE_DIENSTVERLENER,
    initial="ingediend",
    initial_terms=("ED-4",),
    statuses=(
        Status("ingediend", N_("Ingediend")),
        Status("onontvankelijk", N_("Onontvankelijk"), closed=True),
        Status("in_onderzoek", N_("In onderzoek")),
        Status("advies", N_("Advies aan de minister")),
        Status("erkend", N_("Erkend")),
        Status("geweigerd", N_("Geweigerd")),
        Status("heroverweging", N_("Heroverweging aangevraagd")),
        Status("hoorzitting", N_("Hoorzitting gehouden")),
        Status("commissieadvies", N_("Advies heroverwegingscommissie ontvangen")),
        Status("vervallen", N_("Vervallen"), closed=True),
        Status("verlopen", N_("Verlopen"), closed=True),
        Status("ingetrokken", N_("Ingetrokken"), closed=True),
        Status("afgesloten", N_("Afgesloten"), closed=True),
    ),
    transitions=(
        _t(
            "ontvankelijk",
            N_("Ontvankelijk verklaren"),
            "ingediend",
            "in_onderzoek",
            _OFFICER,
            "ED-4",
            opens=("ED-5",),
            closes=("ED-4",),
        ),
        _t(
            "onontvankelijk",
            N_("Onontvankelijk verklaren"),
            "ingediend",
            "onontvankelijk",
            _OFFICER,
            "ED-4",
            closes=("ED-4",),
        ),
        _t(
            "advies_opmaken",
            N_("Advies aan de minister opmaken"),
            "in_onderzoek",
            "advies",
            _OFFICER,
            "ED-6",
            closes=("ED-5",),
        ),
        _t(
            "erkennen",
            N_("Beslissing: erkenning"),
            "advies",
            "erkend",
            _LEAD,
            "ED-6",
            requires=("ED-6-advies",),
        ),
        _t(
            "weigeren",
            N_("Beslissing: weigering"),
            "advies",
            "geweigerd",
            _LEAD,
            "ED-6",
            opens=("ED-9",),
            requires=("ED-6-advies",),
        ),
        *_reconsideration_asked("ED-9"),
        _t(
            "hoorzitting_gehouden",
            N_("Hoorzitting gehouden"),
            "heroverweging",
            "hoorzitting",
            _OFFICER,
            "ED-9",
            opens=("ED-9-advies",),
        ),
        # ED-9: the committee advises within 45 days after the hearing; the minister decides on that advice.
        _t(
            "commissie_advies",
            N_("Advies heroverwegingscommissie ontvangen"),
            "hoorzitting",
            "commissieadvies",
            _OFFICER,
            "ED-9",
            closes=("ED-9-advies",),
        ),
        _t(
            "heroverweging_erkennen",
            N_("Heroverweging: erkenning"),
            "commissieadvies",
            "erkend",
            _LEAD,
            "ED-9",
        ),
        _t(
            "heroverweging_weigeren",
            N_("Heroverweging: weigering bevestigd"),
            "commissieadvies",
            "afgesloten",
            _LEAD,
            "ED-9",
        ),
        _t("vervallen", N_("Vervallen: 2 jaar geen begeleiding"), "erkend", "vervallen", _OFFICER, "ED-8"),
        _t("verlopen", N_("Erkenning verlopen na 5 jaar"), "erkend", "verlopen", _OFFICER, "ED-7"),
        _t("intrekken", N_("Erkenning intrekken na melding"), "erkend", "ingetrokken", _LEAD, "ED-11"),
    ),
)

LABEL_APPLICATION = Workflow(
    DossierType.LABEL_MAATWERK,
    initial="ingediend",
    initial_terms=("MW-1",),
    statuses=(
        Status("ingediend", N_("Ingediend")),
        Status("adviescommissie", N_("Geagendeerd op de adviescommissie")),
        Status("toegekend", N_("Label toegekend")),
        Status("geweigerd", N_("Label geweigerd"), closed=True),
        Status("ingetrokken", N_("Label ingetrokken"), closed=True),
    ),
    transitions=(
        _t(
            "agenderen",
            N_("Agenderen op de adviescommissie"),
            "ingediend",
            "adviescommissie",
            _OFFICER,
            "MW-1",
        ),
        _t(
            "toekennen",
            N_("Label toekennen"),
            "adviescommissie",
            "toegekend",
            _LEAD,
            "MW-1",
            closes=("MW-1",),
        ),
        _t(
            "weigeren",
            N_("Label weigeren"),
            ("ingediend", "adviescommissie"),
            "geweigerd",
            _LEAD,
            "MW-1",
            closes=("MW-1",),
        ),
        _t("intrekken", N_("Label intrekken"), "toegekend", "ingetrokken", _LEAD, "MW-1"),
    ),
)

REPORT_CYCLE = Workflow(
    DossierType.DUURZAAMHEIDSVERSLAG,
    initial="verwacht",
    statuses=(
        Status("verwacht", N_("Verslag verwacht")),
        Status("ontvangen", N_("Verslag ontvangen")),
        Status("beoordeeld", N_("Verslag beoordeeld")),
        Status("managementondersteuning", N_("Managementondersteuning opgelegd")),
        Status("afgesloten", N_("Afgesloten"), closed=True),
    ),
    transitions=(
        _t(
            "verslag_ontvangen",
            N_("Verslag ontvangen"),
            ("verwacht", "ontvangen"),
            "ontvangen",
            _FOLLOW_UP,
            "MW-2",
        ),
        _t("beoordelen", N_("Verslag beoordelen"), "ontvangen", "beoordeeld", _FOLLOW_UP, "MW-4"),
        _t(
            "managementondersteuning",
            N_("Managementondersteuning opleggen"),
            "beoordeeld",
            "managementondersteuning",
            _LEAD,
            "MW-3",
        ),
        _t(
            "afsluiten",
            N_("Afsluiten"),
            ("beoordeeld", "managementondersteuning"),
            "afgesloten",
            _FOLLOW_UP,
            "MW-4",
        ),
    ),
)

# §3.4: a candidate partner in a tender for Intensief Werkplekleren, from invitation to contract follow-up.
TENDER_PARTNER = Workflow(
    DossierType.TENDERPARTNER,
    initial="kandidaat",
    statuses=(
        Status("kandidaat", N_("Kandidaat-partner")),
        Status("niet_uitgenodigd", N_("Niet uitgenodigd"), closed=True),
        Status("uitgenodigd", N_("Uitgenodigd om een offerte in te dienen")),
        Status("offerte", N_("Offerte ontvangen")),
        Status("gegund", N_("Opdracht gegund")),
        Status("niet_gegund", N_("Niet gegund"), closed=True),
        Status("opvolging", N_("Contract in uitvoering (opvolging)")),
        Status("afgesloten", N_("Afgesloten"), closed=True),
    ),
    transitions=(
        _t(
            "uitnodigen",
            N_("Uitnodigen om een offerte in te dienen"),
            "kandidaat",
            "uitgenodigd",
            _OFFICER,
            "TW-1",
            requires=("TW-1",),
        ),
        _t("niet_uitnodigen", N_("Niet uitnodigen"), "kandidaat", "niet_uitgenodigd", _OFFICER, "TW-1"),
        _t("offerte_ontvangen", N_("Offerte ontvangen"), "uitgenodigd", "offerte", _OFFICER, "TW-1"),
        _t("geen_offerte", N_("Geen offerte: afsluiten"), "uitgenodigd", "afgesloten", _OFFICER, "TW-1"),
        _t(
            "gunnen",
            N_("Opdracht gunnen (kwaliteit en prijs)"),
            "offerte",
            "gegund",
            _LEAD,
            "TW-1",
            requires=("TW-1", "TW-1-offerte"),
        ),
        _t("niet_gunnen", N_("Niet gunnen"), "offerte", "niet_gegund", _LEAD, "TW-1"),
        _t(
            "contract_ondertekenen",
            N_("Contract ondertekend: opvolging starten"),
            "gegund",
            "opvolging",
            _OFFICER,
            "TW-2",
            opens=("TW-2",),
            requires=("TW-2-contract",),
        ),
        _t(
            "kwaliteitsreview",
            N_("Jaarlijkse kwaliteitsreview gehouden"),
            "opvolging",
            "opvolging",
            _FOLLOW_UP,
            "TW-2",
            opens=("TW-2",),
            closes=("TW-2",),
        ),
        _t("contract_beeindigen", N_("Contract beëindigd"), "opvolging", "afgesloten", _FOLLOW_UP, "TW-2"),
    ),
)

# QR-2 (a), domain.md §3.1: the manager of a quality proof not yet on the accepted list applies;
# the team lead judges it and, when accepted, publishes a new version of the list.
QUALITY_PROOF_APPLICATION = Workflow(
    DossierType.KWALITEITSBEWIJS,
    initial="ingediend",
    statuses=(
        Status("ingediend", N_("Ingediend")),
        Status("in_beoordeling", N_("In beoordeling")),
        Status("gepubliceerd", N_("Aanvaard en gepubliceerd"), closed=True),
        Status("geweigerd", N_("Geweigerd"), closed=True),
    ),
    transitions=(
        _t("beoordelen", N_("Beoordeling starten"), "ingediend", "in_beoordeling", _OFFICER, "QR-2"),
        _t(
            "publiceren",
            N_("Aanvaarden en publiceren in een nieuwe versie van de lijst"),
            "in_beoordeling",
            "gepubliceerd",
            _LEAD,
            "QR-2",
            requires=("QR-2a-beoordeling",),
        ),
        _t("weigeren", N_("Aanvraag weigeren"), ("ingediend", "in_beoordeling"), "geweigerd", _LEAD, "QR-2"),
    ),
)

WORKFLOWS: dict[DossierType, Workflow] = {
    w.dossier_type: w
    for w in (
        QUALITY_REGISTRATION,
        EXTERNAL_PROVIDER,
        LABEL_APPLICATION,
        REPORT_CYCLE,
        TENDER_PARTNER,
        QUALITY_PROOF_APPLICATION,
    )
}


class TransitionRefused(Exception):
    """A transition that the procedure or the user's role does not allow; `reason` is Dutch."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def workflow_for(dossier_type: DossierType | str) -> Workflow:
    return WORKFLOWS[DossierType(dossier_type)]


def status_label(dossier_type: DossierType | str, status: str) -> str:
    wf = workflow_for(dossier_type)
    st = wf.status_index.get(status)
    return st.label if st else status


def open_statuses(dossier_type: DossierType | str) -> list[str]:
    return [s.code for s in workflow_for(dossier_type).statuses if not s.closed]


def allowed_transitions(
    dossier_type: DossierType | str, status: str, roles: set[Role] | frozenset[Role]
) -> list[Transition]:
    """Transitions from `status` the holder of `roles` may take."""
    wf = workflow_for(dossier_type)
    return [t for t in wf.transitions if status in t.source and t.roles & set(roles)]


def check_transition(
    dossier_type: DossierType | str, status: str, action: str, roles: set[Role] | frozenset[Role]
) -> Transition:
    """Return the transition or raise TransitionRefused with the reason in Dutch."""
    wf = workflow_for(dossier_type)
    candidates = [t for t in wf.transitions if t.action == action]
    if not candidates:
        raise TransitionRefused(N_("De actie '{a}' bestaat niet voor dit dossiertype.").format(a=action))
    from_here = [t for t in candidates if status in t.source]
    if not from_here:
        raise TransitionRefused(
            N_("'{a}' kan niet vanuit de status '{s}'.").format(
                a=candidates[0].label, s=wf.status(status).label
            )
        )
    t = from_here[0]
    if not t.roles & set(roles):
        needed = ", ".join(sorted(r.value for r in t.roles))
        raise TransitionRefused(N_("'{a}' is voorbehouden aan: {r}.").format(a=t.label, r=needed))
    return t
