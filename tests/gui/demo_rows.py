"""Dossiers of the demo data (tests/conftest.py: demo_ctx) that the GUI tests pick to work on."""

from __future__ import annotations

from sqlalchemy import select

from wsedesk.context import AppContext
from wsedesk.models import Dossier


def dossier_ids(ctx: AppContext, dossier_type: str, status: str) -> list[str]:
    """The ids of the dossiers of `dossier_type` in `status`, by reference."""
    with ctx.uow() as uow:
        rows = uow.session.scalars(
            select(Dossier.id)
            .where(Dossier.dossier_type == dossier_type, Dossier.status == status)
            .order_by(Dossier.reference)
        )
        return [str(i) for i in rows]
