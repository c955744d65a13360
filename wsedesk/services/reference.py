"""Reference data shipped under resources/reference/, loaded into the database on open.

The municipality list itself is read by rules/municipalities.py; the views reach it through here.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from wsedesk.errors import BadInputError
from wsedesk.i18n import N_
from wsedesk.models import Municipality
from wsedesk.rules.municipalities import FLANDERS, MunicipalityRef, municipalities, postal_codes_for
from wsedesk.storage.engine import Database
from wsedesk.storage.uow import UnitOfWork


def ensure_reference_data(db: Database, *, actor: str, clock: Any) -> int:
    """Insert the municipalities the database lacks; returns how many were added."""
    refs = municipalities()
    with UnitOfWork(db, actor=actor, clock=clock, write=False) as uow:
        count = uow.session.execute(select(func.count()).select_from(Municipality)).scalar_one()
    if count >= len(refs):
        return 0
    with UnitOfWork(db, actor=actor, clock=clock, write=True) as uow:
        present = set(uow.session.scalars(select(Municipality.nis_code)))
        added = [
            Municipality(
                nis_code=m.nis,
                name_nl=m.name_nl,
                province_code=m.province,
                province_name=m.province_name,
                region_code=m.region,
            )
            for m in refs
            if m.nis not in present
        ]
        uow.session.add_all(added)
        uow.commit()
    return len(added)


def find_municipality(text: str) -> MunicipalityRef:
    """A Belgian municipality by REFNIS code or Dutch name (case-insensitive), or a Dutch refusal with hints."""
    needle = text.strip()
    refs = municipalities()
    found = next((m for m in refs if m.nis == needle), None) if needle.isdigit() else None
    if found is None and not needle.isdigit():
        found = next((m for m in refs if m.name_nl.casefold() == needle.casefold()), None)
    if found is None:
        close = [m.name_nl for m in refs if m.name_nl.casefold().startswith(needle.casefold()[:3])][:5]
        hint = N_(" Bedoelt u: {n}?").format(n=", ".join(close)) if close and not needle.isdigit() else ""
        raise BadInputError(N_("'{t}' is geen gemeente uit de referentielijst.{h}").format(t=needle, h=hint))
    return found


__all__ = [
    "FLANDERS",
    "MunicipalityRef",
    "ensure_reference_data",
    "find_municipality",
    "municipalities",
    "postal_codes_for",
]
