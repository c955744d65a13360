"""The dossier timeline: one way to add an event, used by every use case that records a step."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from wsedesk.models import Dossier, DossierEvent

if TYPE_CHECKING:
    from wsedesk.context import AppContext


def add_event(
    session: Session,
    ctx: AppContext,
    dossier: Dossier,
    on: date,
    kind: str,
    description: str,
    data: dict[str, Any] | None = None,
) -> DossierEvent:
    """Add a line to the dossier's timeline (who and when recorded from the context); flushed, so it has an id."""
    event = DossierEvent(
        dossier_id=dossier.id,
        occurred_on=on,
        recorded_at=ctx.clock.now(),
        recorded_by=ctx.user.login,
        kind=kind,
        description=description,
        data=data or {},
    )
    session.add(event)
    session.flush()
    return event
