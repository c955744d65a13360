"""A change that affects the conditions of a recognition or registration (ED-11, QR-7).

`register_change` records it on the dossier's timeline, re-runs the checks and, when a condition
now fails, proposes the sanction's first step — never taken automatically.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from wsedesk.errors import BadInputError, PermissionDeniedError
from wsedesk.i18n import N_
from wsedesk.importers.intake_json import MAX_TEXT
from wsedesk.models import ConditionChange
from wsedesk.rules import quality as Q
from wsedesk.rules.json_ready import iso
from wsedesk.rules.roles import FOLLOW_UP_ROLES
from wsedesk.rules.workflows import Transition, workflow_for
from wsedesk.services.changes import Changes
from wsedesk.services.checks import findings_for
from wsedesk.services.dossiers import load_dossier
from wsedesk.services.fields import required_text
from wsedesk.services.timeline import add_event

if TYPE_CHECKING:
    from wsedesk.context import AppContext
#: The findings that are conditions (a failure proposes a sanction), per dossier type.
CONDITION_RULES: dict[str, frozenset[str]] = {
    "ED": frozenset({"ED-1", "ED-10", "ED-11"}),
    "QR": frozenset({"QR-1", "QR-2", "QR-3", "QR-7"}),
}
#: The transition proposed when a condition fails: withdrawal of a recognition (ED-11),
#: intended suspension or withdrawal of a registration (QR-6 lets the provider respond first).
SANCTION_ACTIONS: dict[str, str] = {"ED": "intrekken", "QR": "schorsing_voornemen"}


@dataclass(frozen=True)
class ProposedTransition:
    """A step the officer may take; proposed, never taken automatically."""

    action: str
    label: str
    rule_id: str
    target: str
    reasons: tuple[str, ...]  # "QR-7: ..." per failing condition
    allowed_for_user: bool  # whether the current user's role may take it


@dataclass(frozen=True)
class ChangeResult:
    change_id: str
    findings: tuple[Q.Finding, ...]
    failed: tuple[Q.Finding, ...]  # conditions that now fail
    proposal: ProposedTransition | None
    changes: Changes


def register_change(
    ctx: AppContext,
    dossier_id: str,
    description: str,
    occurred_on: date | None,
    reported_on: date | None,
) -> ChangeResult:
    """Record a change that affects the conditions (ED-11, QR-7), re-run the checks and propose a step.

    `reported_on` None: the provider did not report it (the department found out). The checks
    run on today's date; when a condition now fails, the result proposes the sanction's first
    step (an ED recognition: withdrawal; a QR registration: intended suspension/withdrawal).
    """
    if not ctx.user.roles & FOLLOW_UP_ROLES:
        raise PermissionDeniedError(
            N_(
                "Enkel een dossierbehandelaar, projectadviseur of teamverantwoordelijke registreert een wijziging."
            )
        )
    text = required_text(description, N_("Omschrijving"), limit=MAX_TEXT)
    today = ctx.clock.today()
    for label, day in ((N_("Datum van de wijziging"), occurred_on), (N_("Gemeld op"), reported_on)):
        if day is not None and day > today:
            raise BadInputError(N_("de datum {d:%d/%m/%Y} ligt in de toekomst.").format(d=day), where=label)
    if occurred_on and reported_on and reported_on < occurred_on:
        raise BadInputError(N_("de melding ligt vóór de wijziging zelf."), where=N_("Gemeld op"))
    with ctx.uow(write=True) as uow:
        s = uow.session
        d = load_dossier(s, dossier_id)
        if d.dossier_type not in CONDITION_RULES:
            raise BadInputError(
                N_(
                    "Een wijziging van de voorwaarden hoort bij een erkenning (ED) of kwaliteitsregistratie (QR)."
                )
            )
        change = ConditionChange(
            dossier_id=d.id, description=text, occurred_on=occurred_on, reported_on=reported_on
        )
        s.add(change)
        rule = "ED-11" if d.dossier_type == "ED" else "QR-7"
        add_event(
            s,
            ctx,
            d,
            reported_on or today,
            "wijziging_gemeld" if reported_on else "wijziging_vastgesteld",
            (
                N_("Wijziging gemeld: {t}") if reported_on else N_("Wijziging vastgesteld (niet gemeld): {t}")
            ).format(t=text),
            {"rule": rule, "occurred_on": iso(occurred_on)},
        )
        s.flush()
        change_id = str(change.id)
        uow.commit()
    with ctx.uow() as uow:
        s = uow.session
        d = load_dossier(s, dossier_id)
        findings = findings_for(s, d, today)
        dossier_type, status = d.dossier_type, d.status
    failed = tuple(
        f for f in findings if f.rule_id in CONDITION_RULES[dossier_type] and f.verdict == Q.NIET_VOLDAAN
    )
    proposal = None
    if failed:
        transition = _transition(dossier_type, status, SANCTION_ACTIONS[dossier_type])
        if transition is not None:
            proposal = ProposedTransition(
                action=transition.action,
                label=transition.label,
                rule_id=transition.rule_id,
                target=transition.target,
                reasons=tuple(
                    f"{f.rule_id}{' (' + f.subject + ')' if f.subject else ''}: {f.reason}" for f in failed
                ),
                allowed_for_user=bool(ctx.user.roles & transition.roles),
            )
    return ChangeResult(
        change_id,
        tuple(findings),
        failed,
        proposal,
        Changes(frozenset({dossier_id}), frozenset({"dossier", "changes"})),
    )


def _transition(dossier_type: str, status: str, action: str) -> Transition | None:
    for t in workflow_for(dossier_type).transitions:
        if t.action == action and status in t.source:
            return t
    return None


__all__ = [
    "CONDITION_RULES",
    "SANCTION_ACTIONS",
    "ChangeResult",
    "ProposedTransition",
    "register_change",
]
