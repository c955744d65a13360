"""The online counter's quality registration (docs/qr-json.md, wsedesk-qr/1), validated without a database."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from wsedesk.importers.qr_json import SCHEMA_ID, validate_registration

DATA = Path(__file__).resolve().parents[1] / "data" / "qr"
TODAY = date(2025, 6, 16)


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return data


def problems(data: object) -> dict[str, str]:
    app, found = validate_registration(data, today=TODAY)
    assert app is None
    return {p.path: p.message for p in found}


@pytest.mark.parametrize(
    ("name", "route", "label_id"),
    [
        ("label", "label", "equass-assurance"),
        ("overheid", "overheid", "kmo-portefeuille"),
        ("standaard-wse", "standaard_wse", "standaard-wse"),
    ],
)
def test_each_route_of_the_examples_is_read(name: str, route: str, label_id: str) -> None:
    app, found = validate_registration(load(name), today=TODAY)
    assert found == [] and app is not None
    assert app.schema == SCHEMA_ID
    assert (app.proof.route, app.proof.label_id) == (route, label_id)
    assert app.declaration.agreed and app.declaration.signed_by
    assert app.organisation.contact.email


def test_the_label_example_in_full() -> None:
    app, _ = validate_registration(load("label"), today=TODAY)
    assert app is not None
    assert app.organisation.enterprise_number == "0428759497"
    assert app.proof.reference == "EQ-2024-0331"
    assert (app.proof.issued_on, app.proof.valid_until) == (date(2024, 3, 15), date(2026, 3, 14))
    assert app.proof.audit_organisation is not None
    assert app.proof.audit_organisation.enterprise_number == "0555000148"
    assert app.areas == {"klantgerichtheid": "ja"}
    assert app.active_since == date(2012, 9, 1)


def test_every_problem_is_named_by_its_json_path() -> None:
    data = load("label")
    data["schema"] = "wsedesk-qr/9"
    data["organisatie"]["adres"]["postcode"] = "1000"  # not one of Gent's
    del data["kwaliteitsbewijs"]["geldig_tot"]
    data["kwaliteitsbewijs"]["bewijs"] = "Gouden Sterren"
    data["kwaliteitsbewijs"]["eerder_gebruikt"] = 1
    data["gebieden"]["personeelsbeheer"] = "misschien"
    data["verklaring_op_eer"]["akkoord"] = False
    data["extra"] = True
    found = problems(data)
    assert "wordt niet ondersteund" in found["schema"]
    assert "hoort niet bij Gent" in found["organisatie.adres.postcode"]
    assert "QR-7" in found["kwaliteitsbewijs.geldig_tot"]
    assert "staat niet op de lijst" in found["kwaliteitsbewijs.bewijs"]
    assert "QR-2 c" in found["kwaliteitsbewijs.eerder_gebruikt"]
    assert "misschien" in found["gebieden.personeelsbeheer"]
    assert "verklaring op eer" in found["verklaring_op_eer.akkoord"]
    assert "onbekend veld" in found["extra"]


def test_a_proof_of_another_route_and_an_audit_organisation_outside_the_market_route_are_refused() -> None:
    data = load("overheid")
    data["kwaliteitsbewijs"]["bewijs"] = "iso-9001"  # a market label, not a government system
    data["kwaliteitsbewijs"]["auditorganisatie"] = {"naam": "Certi-Audit bv"}
    found = problems(data)
    assert "wettelijk kwaliteitssysteem" in found["kwaliteitsbewijs.bewijs"]
    assert "QR-3" in found["kwaliteitsbewijs.auditorganisatie"]


def test_standaard_wse_needs_its_earlier_uses_and_dates_must_be_in_order() -> None:
    data = load("standaard-wse")
    del data["kwaliteitsbewijs"]["eerder_gebruikt"]
    data["actief_sinds"] = "2025-07-01"  # after the submission
    data["ingediend_op"] = "2025-07-01"  # in the future
    found = problems(data)
    assert found["kwaliteitsbewijs.eerder_gebruikt"] == "ontbreekt"
    assert "toekomst" in found["ingediend_op"]
    data = load("label")
    data["kwaliteitsbewijs"]["geldig_tot"] = "2024-01-01"
    assert "vóór de uitreiking" in problems(data)["kwaliteitsbewijs.geldig_tot"]


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("eerder_gebruikt", 101, "101 is geen aantal tussen 0 en 100"),
        ("eerder_gebruikt", "2", "verwacht een geheel getal, gekregen tekst ('2')"),
        ("uitgereikt_op", "2025-06-03", "2025-06-03 ligt na de indiening (2025-06-02)"),
    ],
)
def test_a_standaard_wse_proof_with_a_wrong_count_or_issue_date(
    field: str, value: object, expected: str
) -> None:
    data = load("standaard-wse")
    data["ingediend_op"] = "2025-06-02"
    data["kwaliteitsbewijs"][field] = value
    assert problems(data) == {f"kwaliteitsbewijs.{field}": expected}


def test_active_since_after_the_submission_is_named() -> None:
    data = load("label")
    data["ingediend_op"] = "2025-06-02"
    data["actief_sinds"] = "2025-06-03"
    assert problems(data) == {"actief_sinds": "2025-06-03 ligt na de indiening (2025-06-02)"}


@pytest.mark.parametrize(
    ("named", "label_id"), [("ISO 9001", "iso-9001"), ("iso-9001", "iso-9001"), ("R4E", "efqm-r4e")]
)
def test_the_proof_is_found_by_catalogue_id_name_or_alias(named: str, label_id: str) -> None:
    data = copy.deepcopy(load("label"))
    data["kwaliteitsbewijs"]["bewijs"] = named
    app, found = validate_registration(data, today=TODAY)
    assert found == [] and app is not None and app.proof.label_id == label_id


@pytest.mark.parametrize("document", [None, [], "tekst", 12])
def test_a_document_that_is_not_an_object_is_one_problem(document: object) -> None:
    app, found = validate_registration(document, today=TODAY)
    assert app is None and len(found) == 1 and "object" in found[0].message
