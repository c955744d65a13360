"""The four roles of domain.md §1."""

from __future__ import annotations

from enum import StrEnum

from wsedesk.i18n import N_


class Role(StrEnum):
    DOSSIERBEHANDELAAR = "dossierbehandelaar"
    PROJECTADVISEUR = "projectadviseur"
    INSPECTEUR = "inspecteur"
    TEAMVERANTWOORDELIJKE = "teamverantwoordelijke"


ROLE_LABELS: dict[Role, str] = {
    Role.DOSSIERBEHANDELAAR: N_("Dossierbehandelaar"),
    Role.PROJECTADVISEUR: N_("Projectadviseur"),
    Role.INSPECTEUR: N_("Inspecteur"),
    Role.TEAMVERANTWOORDELIJKE: N_("Teamverantwoordelijke"),
}

#: Who keeps a dossier's file: takes in applications, requests information, reveals a national number.
OFFICER_ROLES = frozenset({Role.DOSSIERBEHANDELAAR, Role.TEAMVERANTWOORDELIJKE})
#: Who follows a provider up and records a change of its conditions (ED-11, QR-7).
FOLLOW_UP_ROLES = OFFICER_ROLES | {Role.PROJECTADVISEUR}
