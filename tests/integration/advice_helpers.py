"""An ED dossier's advice to the minister, drafted and approved (ED-6), before a decision is taken."""

from __future__ import annotations

from datetime import date

from wsedesk.context import AppContext
from wsedesk.services.letters import approve_advice, generate_letter
from wsedesk.services.steps import take_step


def approve_an_advice(ctx: AppContext, dossier_id: str, proposal: str = "erkenning") -> None:
    """Draft the advice from the stored findings and approve it (ctx.user must be a team lead)."""
    generate_letter(ctx, dossier_id, "advies", proposed_decision=proposal)
    approve_advice(ctx, dossier_id, proposed_decision=proposal)


def decide(ctx: AppContext, dossier_id: str, action: str, *, on: date) -> None:
    """`erkennen` or `weigeren` on an approved advice, as the desk does it."""
    approve_an_advice(ctx, dossier_id, "erkenning" if action == "erkennen" else "weigering")
    take_step(ctx, dossier_id, action, on=on)
