"""Reference data shipped under resources/reference/, loaded into the database on open."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import func, select

from wsedesk.models import Municipality
from wsedesk.paths import resource
from wsedesk.storage.engine import Database
from wsedesk.storage.uow import UnitOfWork

FLANDERS = "02000"


@dataclass(frozen=True)
class MunicipalityRef:
    nis: str
    name_nl: str
    province: str | None
    province_name: str | None
    region: str


@cache
def _reference() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource("reference", "municipalities.json").read_text(encoding="utf-8")
    )
    return data


def municipalities(*, flemish_only: bool = False) -> list[MunicipalityRef]:
    out = [
        MunicipalityRef(m["nis"], m["name_nl"], m["province"], m["province_name"], m["region"])
        for m in _reference()["municipalities"]
    ]
    return [m for m in out if m.region == FLANDERS] if flemish_only else out


@cache
def _postal_index() -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for code, nis_list in _reference()["postal_codes"].items():
        for nis in nis_list:
            index.setdefault(nis, []).append(code)
    return {nis: sorted(codes) for nis, codes in index.items()}


def postal_codes_for(nis: str) -> list[str]:
    return list(_postal_index().get(nis, []))


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
