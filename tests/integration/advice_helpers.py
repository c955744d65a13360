"""An ED dossier with all a letter needs, and its advice to the minister drafted and approved (ED-6)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from wsedesk.context import AppContext
from wsedesk.models import Dossier, Municipality, Organisation, Person, User
from wsedesk.services.letters import approve_advice, generate_letter
from wsedesk.services.steps import take_step
from wsedesk.services.terms import open_initial_terms


def ed_dossier(
    ctx: AppContext,
    *,
    name: str = "Groep Intro vzw",
    reference: str | None = None,
    display_name: str | None = None,
    submitted: date = date(2025, 2, 28),
) -> str:
    """An ED application with an address, a contact and the user as assignee: everything a letter needs.

    `reference`: a random ED-2025-… when not given; `display_name`: the user's, set when given.
    """
    with ctx.uow(write=True) as uow:
        s = uow.session
        me = s.scalar(select(User).where(User.login == ctx.user.login))
        assert me is not None
        me.phone, me.email = "02 553 40 12", "an.peeters@vlaanderen.be"
        if display_name is not None:
            me.display_name = display_name
        assert s.get(Municipality, "44021") is not None  # Gent, from the shipped reference data
        org = Organisation(
            enterprise_number="BE 0428.759.497",
            name=name,
            kind="vzw",
            street="Kerkstraat 12",
            postal_code="9000",
            municipality_nis="44021",
        )
        s.add(org)
        s.flush()
        s.add(Person(organisation_id=org.id, first_name="Zoë", last_name="Van Damme", function="directeur"))
        d = Dossier(
            reference=reference or f"ED-2025-{uuid.uuid4().int % 99999:05d}",
            dossier_type="ED",
            status="ingediend",
            organisation_id=org.id,
            submitted_on=submitted,
            status_since=submitted,
            assignee_id=me.id,
        )
        s.add(d)
        s.flush()
        open_initial_terms(s, d, None)
        uow.commit()
        return str(d.id)


def approve_an_advice(ctx: AppContext, dossier_id: str, proposal: str = "erkenning") -> None:
    """Draft the advice from the stored findings and approve it (ctx.user must be a team lead)."""
    generate_letter(ctx, dossier_id, "advies", proposed_decision=proposal)
    approve_advice(ctx, dossier_id, proposed_decision=proposal)


def decide(ctx: AppContext, dossier_id: str, action: str, *, on: date) -> None:
    """`erkennen` or `weigeren` on an approved advice, as the desk does it."""
    approve_an_advice(ctx, dossier_id, "erkenning" if action == "erkennen" else "weigering")
    take_step(ctx, dossier_id, action, on=on)
