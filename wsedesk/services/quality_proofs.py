"""Applications to put a quality proof on the accepted list (QR-2 a, domain.md §3.1): the KB dossier.

The manager of a quality label that is not on the list applies (`register_proof_application`:
a KB dossier with the applicant's facts). The team lead judges it (`judge_proof_application`:
the name to publish and the QR-1 areas it covers) and takes the step 'publiceren'
(services/steps.py), which publishes a new version of the list: a new publication with the
accepted proof as its entry (`publish_in_session`). From that day the checks accept the proof
(QR-2), and the letter `kwaliteitsbewijs-aanvaard` tells the applicant.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsedesk.errors import BadInputError, PermissionDeniedError
from wsedesk.i18n import N_
from wsedesk.models import (
    Dossier,
    Organisation,
    QualityLabel,
    QualityLabelPublication,
    QualityProofApplication,
)
from wsedesk.rules import quality as Q
from wsedesk.rules.roles import OFFICER_ROLES, Role
from wsedesk.services.changes import Changes
from wsedesk.services.conflicts import check_version
from wsedesk.services.dossiers import DossierFacts, DossierFactsView, new_dossier
from wsedesk.services.fields import optional_text, required_text, stored_row
from wsedesk.services.organisations import SavedRecord
from wsedesk.services.reference_lists import free_catalogue_id, same_name_label
from wsedesk.services.terms import open_initial_terms
from wsedesk.services.timeline import add_event

if TYPE_CHECKING:
    from wsedesk.context import AppContext

KB_INTAKE_EVENT = N_("Aanvraag om een kwaliteitsbewijs op de lijst te plaatsen ontvangen")
PUBLISHED_EVENT = "lijst_gepubliceerd"
_ORG_NOT_FOUND = N_("Deze organisatie bestaat niet (meer).")


def _areas(values: Iterable[str], where: str) -> list[str]:
    chosen = list(dict.fromkeys(values))
    unknown = [a for a in chosen if a not in Q.AREAS]
    if unknown:
        raise BadInputError(
            N_("onbekend domein: {a} (kies uit: {k}).").format(a=", ".join(unknown), k=", ".join(Q.AREAS)),
            where=where,
        )
    return sorted(chosen, key=Q.AREAS.index)


def register_proof_application(
    ctx: AppContext,
    organisation_id: str,
    *,
    proof_name: str,
    submitted_on: date,
    description: str = "",
    audit_based: bool | None = None,
    areas_claimed: Iterable[str] = (),
) -> SavedRecord:
    """The manager of a quality proof applies to have it put on the accepted list: a new KB dossier."""
    if not ctx.user.roles & OFFICER_ROLES:
        raise PermissionDeniedError(
            N_("Enkel een dossierbehandelaar of teamverantwoordelijke schrijft aanvragen in.")
        )
    name = required_text(proof_name, N_("Kwaliteitsbewijs"), limit=200)
    areas = _areas(areas_claimed, N_("Domeinen"))
    if submitted_on > ctx.clock.today():
        raise BadInputError(N_("de datum ligt in de toekomst."), where=N_("Ingediend op"))
    with ctx.uow(write=True) as uow:
        s = uow.session
        org = stored_row(s, Organisation, organisation_id, _ORG_NOT_FOUND)
        clash = same_name_label(s, name)
        if clash is not None and clash.valid_until is None:
            raise BadInputError(
                N_("'{n}' staat al op de lijst van aanvaarde kwaliteitsbewijzen ({i}).").format(
                    n=name, i=clash.label_id
                ),
                where=N_("Kwaliteitsbewijs"),
            )
        dossier = new_dossier(
            s, "KB", org, submitted_on, N_("Kwaliteitsbewijs {n} op de lijst").format(n=name)[:300]
        )
        event = add_event(s, ctx, dossier, submitted_on, "ingediend", KB_INTAKE_EVENT, {"rule": "QR-2"})
        open_initial_terms(s, dossier, event)
        row = QualityProofApplication(
            dossier_id=dossier.id,
            proof_name=name,
            description=optional_text(description) or "",
            audit_based=audit_based,
            areas_claimed=areas,
        )
        s.add(row)
        s.flush()
        result = SavedRecord(
            str(row.id), dossier.reference, name, Changes.of("dossier", dossier_ids=[str(dossier.id)])
        )
        uow.commit()
    return result


def application_of(session: Session, dossier: Dossier) -> QualityProofApplication | None:
    return session.scalar(
        select(QualityProofApplication).where(QualityProofApplication.dossier_id == dossier.id)
    )


_APPLICATIONS = DossierFacts(
    QualityProofApplication,
    "quality_proof_applications",
    N_("Aanvraag {r}"),
    N_("Dit dossier heeft geen aanvraag voor een kwaliteitsbewijs."),
    application_of,
)


def judge_proof_application(
    ctx: AppContext, dossier_id: str, *, expected_version: int, name: str, areas: Iterable[str]
) -> Changes:
    """The team lead's judgement: the name to publish and the QR-1 areas the proof covers.

    Refused after publication; a stale judgement (someone judged meanwhile) is a ConflictError.
    """
    if not ctx.user.has(Role.TEAMVERANTWOORDELIJKE):
        raise PermissionDeniedError(N_("Enkel een teamverantwoordelijke beoordeelt een kwaliteitsbewijs."))
    judged_name = required_text(name, N_("Naam op de lijst"), limit=200)
    covered = _areas(areas, N_("Gedekte domeinen"))
    if not covered:
        raise BadInputError(
            N_("kies minstens één domein dat het kwaliteitsbewijs dekt."), where=N_("Gedekte domeinen")
        )
    mine: dict[str, Any] = {"judged_name": judged_name, "areas_judged": covered}
    with ctx.uow(write=True) as uow:
        s = uow.session
        d, row = _APPLICATIONS.load(s, dossier_id)
        conflict = _APPLICATIONS.conflict(d, expected_version, mine)
        check_version(s, row, **conflict)
        if d.closed:
            raise BadInputError(N_("Dossier {r} is afgesloten.").format(r=d.reference))
        row.judged_name = judged_name
        row.areas_judged = covered
        _APPLICATIONS.commit(uow, row, conflict)
    return Changes.of("dossier", dossier_ids=[dossier_id])


def publication_id_for(dossier: Dossier, on: date) -> str:
    """The id of the publication an accepted application makes: "WSE 2026-03-02 KB-2026-00001"."""
    return f"WSE {on.isoformat()} {dossier.reference}"[:60]


def publish_in_session(session: Session, ctx: AppContext, dossier: Dossier, on: date) -> QualityLabel:
    """Publish the judged proof in a new version of the accepted list, effective `on` (QR-2 a).

    Inside the caller's unit of work (the step 'publiceren', services/steps.py): a new
    publication, the proof as its entry (route label, the judged areas), and the dossier's
    application pointing at both.
    """
    row = application_of(session, dossier)
    if row is None or row.judged_name is None or not row.areas_judged:
        raise BadInputError(N_("De aanvraag is nog niet beoordeeld (naam en gedekte domeinen)."))
    clash = same_name_label(session, row.judged_name)
    if clash is not None:
        raise BadInputError(
            N_("Er staat al een kwaliteitsbewijs '{n}' op de lijst ({i}); kies een andere naam.").format(
                n=row.judged_name, i=clash.label_id
            ),
            where=N_("Naam op de lijst"),
        )
    publication = QualityLabelPublication(
        publication_id=publication_id_for(dossier, on),
        title=N_("Lijst van kwaliteitsbewijzen aangevuld met {n} (aanvraag {r})").format(
            n=row.judged_name, r=dossier.reference
        ),
        published_on=on,
        seed=False,
    )
    session.add(publication)
    session.flush()
    label = QualityLabel(
        label_id=free_catalogue_id(session, row.judged_name),
        name=row.judged_name,
        route="label",
        areas=list(row.areas_judged),
        publication_id=publication.publication_id,
        valid_from=on,
        aliases=[row.proof_name] if row.proof_name.casefold() != row.judged_name.casefold() else [],
        note=N_("Aanvaard na aanvraag {r} (QR-2 a).").format(r=dossier.reference),
        seed=False,
    )
    session.add(label)
    session.flush()
    row.label_id = label.label_id
    row.publication_id = publication.publication_id
    add_event(
        session,
        ctx,
        dossier,
        on,
        PUBLISHED_EVENT,
        N_("Nieuwe versie van de lijst gepubliceerd: {p}").format(p=publication.publication_id),
        {"rule": "QR-2", "publication": publication.publication_id, "label": label.label_id},
    )
    return label


@dataclass(frozen=True)
class ProofApplicationView(DossierFactsView):
    proof_name: str
    description: str
    audit_based: bool | None
    areas_claimed: tuple[str, ...]
    judged_name: str | None
    areas_judged: tuple[str, ...] | None
    label_id: str | None
    publication_id: str | None
    version: int


def get_proof_application(ctx: AppContext, dossier_id: str) -> ProofApplicationView:
    with ctx.uow() as uow:
        s = uow.session
        d, row = _APPLICATIONS.load(s, dossier_id)
        return ProofApplicationView(
            **DossierFactsView.heading(s, d),
            proof_name=row.proof_name,
            description=row.description,
            audit_based=row.audit_based,
            areas_claimed=tuple(row.areas_claimed),
            judged_name=row.judged_name,
            areas_judged=tuple(row.areas_judged) if row.areas_judged is not None else None,
            label_id=row.label_id,
            publication_id=row.publication_id,
            version=row.version,
        )


__all__ = [
    "KB_INTAKE_EVENT",
    "PUBLISHED_EVENT",
    "ProofApplicationView",
    "application_of",
    "get_proof_application",
    "judge_proof_application",
    "publication_id_for",
    "publish_in_session",
    "register_proof_application",
]
