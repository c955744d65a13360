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
