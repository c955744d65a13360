"""The intake JSON under the one input policy (issue #14): hostile values get short, path-named messages."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from wsedesk.importers.intake_json import validate_application

DATA = Path(__file__).resolve().parents[1] / "data" / "intake"
TODAY = date(2025, 6, 16)


def _valid() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / "valid-simplified.json").read_text(encoding="utf-8"))
    return data


def _problems(data: object) -> list[str]:
    app, found = validate_application(data, today=TODAY)
    assert app is None
    return [str(p) for p in found]


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (
            ("organisatie", "naam"),
            "A\x00B",
            "organisatie.naam: bevat een onzichtbaar stuurteken (U+0000) op positie 2",
        ),
        (
            ("organisatie", "naam"),
            "A\u202eB",
            "organisatie.naam: bevat een teken dat de leesrichting omkeert",
        ),
        (
            ("organisatie", "naam"),
            "A\ud800B",
            "organisatie.naam: bevat een ongeldig teken (losse surrogaat U+D800)",
        ),
        (("organisatie", "naam"), "twee\nregels", "organisatie.naam: moet op één regel staan"),
        (("ingediend_op",), "0001-01-01", "ingediend_op: 0001-01-01 ligt vóór 1990-01-01"),
        (("ingediend_op",), "1989-12-31", "ligt vóór 1990-01-01"),
    ],
)
def test_hostile_values_are_refused_by_path(path: tuple[str, ...], value: str, expected: str) -> None:
    data = _valid()
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert any(expected in p for p in _problems(data)), _problems(data)


def test_a_huge_capacity_is_refused_without_repeating_it() -> None:
    data = _valid()
    data["werkingsgebied"]["capaciteit"] = int("9" * 4000)
    [problem] = _problems(data)
    assert problem.startswith("werkingsgebied.capaciteit: 99999999999… (4.000 tekens)")
    assert len(problem) < 120


def test_a_huge_number_where_text_is_expected_is_named_not_echoed() -> None:
    data = _valid()
    data["organisatie"]["naam"] = int("7" * 4000)
    [problem] = _problems(data)
    assert "organisatie.naam" in problem and len(problem) < 120
