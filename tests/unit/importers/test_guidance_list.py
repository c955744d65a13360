"""The guidance list reader without a database: headers in any order, dates, limits (importers/guidance_list.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from wsedesk.errors import BadInputError
from wsedesk.importers.guidance_list import read_guidance_list
from wsedesk.services.preferences import set_reminder_lead_days
from wsedesk.settings import Settings, load_settings

TODAY = date(2025, 6, 16)


def test_headers_in_any_order_and_date_spellings(tmp_path: Path) -> None:
    path = tmp_path / "lijst.csv"
    path.write_text(
        "Begin,Werkgever,RIJKSREGISTERNUMMER,dienstverlener,Einde,Wijzigingen premie\n"
        '2025-07-01,"Bakkerij, De Korenaar",85.07.30-033.28,ED-2025-00042,31/12/2025,"01/10/2025; 2025-07-01"\n'
        "\n",
        encoding="utf-8",
    )
    result = read_guidance_list(path, today=TODAY)
    assert result.ok, [str(p) for p in result.problems]
    [line] = result.lines
    assert (line.provider, line.masked, line.employer_name) == (
        "ED-2025-00042",
        "85.07.30-***.**",
        "Bakkerij, De Korenaar",
    )
    assert (line.start_on, line.end_on, line.premium_changes) == (
        date(2025, 7, 1),
        date(2025, 12, 31),
        ("2025-07-01", "2025-10-01"),
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "Werkgever;Begin\nA;01/01/2025\n",
            "rij 1: de kopregel mist de kolom(men) 'Dienstverlener', 'Rijksregisternummer'",
        ),
        ("Dienstverlener;Rijksregisternummer;Werkgever;Begin\n", "geen rijen onder de kopregel"),
        (
            "Dienstverlener;Rijksregisternummer;Werkgever;Begin\n0412345614;85073003328;A;01/01/1980\n",
            "niet aannemelijk",
        ),
        (
            "Dienstverlener;Rijksregisternummer;Werkgever;Begin\n0412345614;85073003328;A\x07b;01/01/2025\n",
            "U+0007",
        ),
    ],
)
def test_problems_name_where(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "lijst.csv"
    path.write_text(content, encoding="utf-8")
    result = read_guidance_list(path, today=TODAY)
    assert not result.ok and any(expected in str(p) for p in result.problems), [
        str(p) for p in result.problems
    ]


def test_other_extensions_and_missing_files_are_refused(tmp_path: Path) -> None:
    odt = tmp_path / "lijst.ods"
    odt.write_bytes(b"PK\x03\x04")
    assert "Kies een .csv- of .xlsx-bestand" in str(read_guidance_list(odt, today=TODAY).problems[0])
    assert "bestaat niet" in str(read_guidance_list(tmp_path / "weg.csv", today=TODAY).problems[0])


def test_reminder_lead_time_is_a_setting_within_bounds() -> None:
    settings = Settings()
    assert settings.reminder_lead_days == 90
    set_reminder_lead_days(settings, 30)
    assert load_settings().reminder_lead_days == 30
    with pytest.raises(BadInputError, match="Kies tussen 0 en 366 dagen"):
        set_reminder_lead_days(settings, 400)
