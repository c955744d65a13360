"""Dutch labels for the keys of `Finding.evidence`, for people (the CLI, the findings panel).

The keys stay English and stable in JSON (`wsedesk check --json`); text output shows these
labels instead. A key not listed here is shown as it is; a test walks the rules' `ev(...)` calls
so that every key written there has a label.
"""

from __future__ import annotations

from wsedesk.i18n import N_
from wsedesk.rules.quality_facts import KIND_LABELS
from wsedesk.rules.quality_reference import AREA_LABELS

EVIDENCE_LABELS: dict[str, str] = {
    "as_of": N_("beoordeeld op"),
    "due": N_("uiterste datum"),
    "deadline": N_("uiterste datum"),
    "year": N_("jaar"),
    "minimum": N_("minimum"),
    "threshold": N_("drempel (%)"),
    "share": N_("aandeel doelgroepwerknemers (%)"),
    "share_percent": N_("opgegeven aandeel (%)"),
    "fte_target_group": N_("VTE doelgroepwerknemers"),
    "fte_total": N_("VTE personeelsbestand"),
    "label_kind": N_("soort label"),
    "similar_experience": N_("ervaring met gelijkaardige opdrachten"),
    "registration": N_("geldige kwaliteitsregistratie"),
    "submitted_on": N_("ingediend op"),
    "provider_active_since": N_("aanbieder actief sinds"),
    "proof": N_("kwaliteitsbewijs"),
    "proof.route": N_("soort kwaliteitsbewijs"),
    "proof.label_id": N_("label"),
    "proof.issued_on": N_("bewijs uitgereikt op"),
    "proof.valid_until": N_("bewijs geldig tot"),
    "proof.withdrawn_on": N_("bewijs ingetrokken op"),
    "proof.audit_organisation_id": N_("audit- of assessmentorganisatie"),
    "audit_organisation.name": N_("audit- of assessmentorganisatie"),
    "audit_organisation.declaration_filed_on": N_("verklaring op erewoord ingediend op"),
    "audit_organisation.valid_until": N_("dossier geldig tot"),
    "audit_organisation.auditors_are_providers": N_("auditoren zijn zelf aanbieders"),
    "catalogue.areas": N_("gebieden gedekt door het label"),
    "catalogue.version": N_("versie van de lijst van kwaliteitsbewijzen"),
    "catalogue.publication": N_("publicatie van de lijst"),
    "catalogue.seed": N_("voorlopige lijst"),
    "standaard_wse_earlier_uses": N_("eerder gebruik van de Standaard WSE"),
    "standaard_wse_first_used_on": N_("Standaard WSE eerst gebruikt op"),
    "standaard_wse_window": N_("periode Standaard WSE"),
    "organisation.name": N_("organisatie"),
    "organisation.kind": N_("soort organisatie"),
    "organisation.enterprise_number": N_("ondernemingsnummer"),
    "organisation.establishments": N_("vestigingen"),
    "contact_name": N_("contactpersoon"),
    "contact_email": N_("e-mailadres contactpersoon"),
    "simplified_requested": N_("vereenvoudigde procedure gevraagd"),
    "experience_motivation": N_("ervaringsmotivering"),
    "experience_judged_sufficient": N_("ervaring voldoende bevonden"),
    "supervisors": N_("aantal begeleiders"),
    "qualified": N_("gekwalificeerd"),
    "not_qualified": N_("niet gekwalificeerd"),
    "unknown": N_("nog onbekend"),
    "employed_by_applicant": N_("in dienst van de aanvrager"),
    "diploma_id": N_("diploma"),
    "diploma_on_list": N_("diploma op de lijst"),
    "experience_years": N_("jaren relevante ervaring"),
    "experience_certificate": N_("ervaringsbewijs"),
    "recognised_training": N_("erkende opleiding"),
    "competences_described": N_("beschreven competenties"),
    "competences_not_described": N_("niet beschreven competenties"),
    "working_area": N_("werkingsgebied"),
    "capacity": N_("begeleidingscapaciteit"),
    "capacity_motivation": N_("motivering van werkingsgebied en capaciteit"),
    "intervision_commitment": N_("deelname aan intervisie"),
    "declaration_on_honour": N_("verklaring op erewoord"),
    "subcontractors": N_("onderaannemers"),
    "proposed_decision": N_("voorgestelde beslissing"),
    "recognised_from": N_("erkend vanaf"),
    "valid_until": N_("geldig tot"),
    "last_guidance_on": N_("laatste begeleiding op"),
    "guided_since_recognition": N_("begeleid sinds de erkenning"),
    "lapses_on": N_("vervalt op"),
    "procedure.submitted_on": N_("ingediend op"),
    "procedure.admissibility_notified_on": N_("ontvankelijkheid gemeld op"),
    "procedure.advice_sent_on": N_("advies verstuurd op"),
    "procedure.information_requests": N_("vragen om bijkomende informatie"),
    "procedure.decided_on": N_("beslist op"),
    "procedure.decision": N_("beslissing"),
    "procedure.decision_notified_on": N_("beslissing meegedeeld op"),
    "procedure.refusal_notified_on": N_("weigering meegedeeld op"),
    "procedure.reconsideration_requested_on": N_("heroverweging gevraagd op"),
    "procedure.reconsideration_motivated": N_("verzoek gemotiveerd"),
    "procedure.hearing_on": N_("hoorzitting op"),
    "procedure.committee_advice_on": N_("advies heroverwegingscommissie op"),
    "procedure.sanction_intent_notified_on": N_("voornemen meegedeeld op"),
    "procedure.sanction_response_received_on": N_("reactie ontvangen op"),
    "procedure.sanction_decided_on": N_("beslist over schorsing of intrekking op"),
}

# Keys made from data: a prefix and the data's own name.
_PREFIXES: dict[str, str] = {
    "areas_evidence.": N_("bewijs voor {x}"),
    "subcontractors.": N_("onderaannemer {x}"),
}


#: ED-12's core competences as the rule settings name them (ids) and as people read them.
COMPETENCE_LABELS: dict[str, str] = {
    "samenwerken": N_("samenwerken"),
    "communiceren": N_("communiceren"),
    "persoonsgericht_werken": N_("persoonsgericht werken"),
    "advies_op_maat": N_("advies op maat"),
}


def evidence_value(key: str, value: str) -> str:
    """An evidence value for people: lists of competence or area ids, an organisation kind, in words
    (the JSON keeps the ids)."""
    if key == "organisation.kind":
        return KIND_LABELS.get(value, value)
    names = (
        COMPETENCE_LABELS if key.startswith("competences") else AREA_LABELS if key.endswith("areas") else None
    )
    if names is None or not value:
        return value
    return ", ".join(names.get(part.strip(), part.strip()) for part in value.split(","))


def evidence_label(key: str) -> str:
    """The Dutch label of an evidence key ("experience_motivation" → "ervaringsmotivering").

    Keys that are already Dutch or a rule ID ("deel 1: …", "ED-1.ervaring") are made readable
    as they are.
    """
    if key in EVIDENCE_LABELS:
        return EVIDENCE_LABELS[key]
    for prefix, template in _PREFIXES.items():
        if key.startswith(prefix):
            name = key[len(prefix) :]
            if name.isdigit():
                name = str(int(name) + 1)
            return template.format(x=AREA_LABELS.get(name, name.replace("_", " ")))
    rule, dot, subject = key.partition(".")
    if dot and rule[:2].isalpha() and rule[2:3] == "-":  # "ED-1.ervaring" in ED-6's evidence
        return f"{rule} ({subject})"
    return key
