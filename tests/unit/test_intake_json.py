"""The online counter's JSON (docs/intake-json.md), validated without a database."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from wsedesk.importers.intake_json import SCHEMA_ID, validate_application

DATA = Path(__file__).resolve().parents[1] / "data" / "intake"
TODAY = date(2025, 6, 16)


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return data


def problems(data: object) -> list[str]:
    app, found = validate_application(data, today=TODAY)
    assert (app is None) == bool(found)
    return [str(p) for p in found]


def test_the_full_example_is_valid() -> None:
    app, found = validate_application(load("valid-full"), today=TODAY)
    assert found == [] and app is not None
    assert app.schema == SCHEMA_ID and app.submitted_on == date(2025, 6, 2)
    assert app.organisation.enterprise_number == "0428759497"  # "BE 428 759 497" normalised
    assert app.organisation.kind == "vzw" and app.organisation.municipality_nis == "44021"
    assert app.organisation.contact.phone == "09 245 18 30"
    assert not app.simplified_requested and not app.simplified_applies
    assert app.supervisors is not None and [s.name for s in app.supervisors] == ["Jan Peeters", "An Maes"]
    jan, an = app.supervisors
    assert jan.national_number.masked == "85.07.30-***.**" and jan.diploma_id == "ba-sociaal-werk"
    assert an.experience_years == Decimal("3.5") and an.experience_certificate and not an.recognised_training
    assert app.working_area == ("40000", "12025") and app.capacity == 25
    assert app.declaration_on_honour and app.intervision_commitment is True
    assert [(s.enterprise_number, s.recognised) for s in app.subcontractors] == [("0412345614", True)]
    assert app.warnings == ()


def test_the_simplified_example_is_valid_without_experience() -> None:
    app, found = validate_application(load("valid-simplified"), today=TODAY)
    assert found == [] and app is not None
    assert app.simplified_applies and app.supervisors is None and app.experience_motivation is None
    assert app.organisation.contact.phone is None and app.subcontractors == ()


def test_a_national_number_of_someone_born_in_2000_or_later_is_valid() -> None:
    data = load("valid-full")
    data["ervaring"]["begeleiders"][0]["rijksregisternummer"] = "01.02.03-123.45"  # check with the 2 prefix
    assert problems(data) == []


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("85.07.30-033", "een rijksregisternummer telt 11 cijfers (JJ.MM.DD-XXX.CC)"),
        ("85.07.30-033.29", "controlegetal klopt niet"),
        ("85.13.30-033.xx", "een rijksregisternummer telt 11 cijfers (JJ.MM.DD-XXX.CC)"),
        (85073003328, "verwacht tekst, gekregen getal"),  # the number itself is not echoed
    ],
)
def test_national_number_problems_do_not_echo_the_number(value: object, message: str) -> None:
    data = load("valid-full")
    data["ervaring"]["begeleiders"][0]["rijksregisternummer"] = value
    assert problems(data) == [f"ervaring.begeleiders[0].rijksregisternummer: {message}"]


def test_a_national_number_with_an_impossible_birth_date() -> None:
    digits = "851330033"  # month 13 (not a BIS month either)
    check = 97 - int(digits) % 97
    data = load("valid-full")
    data["ervaring"]["begeleiders"][0]["rijksregisternummer"] = f"{digits}{check:02d}"
    assert problems(data) == [
        "ervaring.begeleiders[0].rijksregisternummer: de geboortedatum in het nummer bestaat niet"
    ]


def test_not_an_object() -> None:
    assert problems([1, 2]) == ["(bestand): verwacht een object, gekregen lijst"]
    assert problems("tekst") == ["(bestand): verwacht een object, gekregen tekst ('tekst')"]


def test_an_empty_object_names_every_missing_part() -> None:
    assert problems({}) == [
        "schema: ontbreekt",
        "ingediend_op: ontbreekt",
        "organisatie: ontbreekt",
        "vereenvoudigde_procedure: ontbreekt",
        "werkingsgebied: ontbreekt",
        "verklaring_op_eer: ontbreekt",
        "onderaannemers: ontbreekt",
    ]


def _with(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    data = load("valid-full")
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (
            ("schema",),
            "wsedesk-intake/2",
            "schema: 'wsedesk-intake/2' wordt niet ondersteund (verwacht 'wsedesk-intake/1')",
        ),
        (("ingediend_op",), "02/06/2025", "ingediend_op: '02/06/2025' is geen datum (verwacht JJJJ-MM-DD)"),
        (("ingediend_op",), "2025-02-30", "ingediend_op: '2025-02-30' is geen datum (verwacht JJJJ-MM-DD)"),
        (
            ("ingediend_op",),
            20250602,
            "ingediend_op: verwacht een datum als tekst (JJJJ-MM-DD), gekregen getal (20250602)",
        ),
        (("organisatie", "naam"), "  ", "organisatie.naam: is leeg"),
        (("organisatie", "naam"), None, "organisatie.naam: verwacht tekst, gekregen null"),
        (
            ("organisatie", "soort"),
            "consortium",
            "organisatie.soort: een consortium kan geen erkenning aanvragen; elke organisatie vraagt afzonderlijk "
            "een erkenning aan (ED-2)",
        ),
        (
            ("organisatie", "soort"),
            "cvba",
            "organisatie.soort: onbekende soort 'cvba' (toegelaten: gtb, gob, maatwerkbedrijf, maatwerkafdeling, lde, "
            "lokaal_bestuur, vzw, bedrijf)",
        ),
        (
            ("organisatie", "adres", "postcode"),
            9050,
            "organisatie.adres.postcode: verwacht tekst, gekregen getal (9050)",
        ),
        (
            ("organisatie", "adres", "postcode"),
            "905",
            "organisatie.adres.postcode: '905' is geen Belgische postcode (4 cijfers)",
        ),
        (
            ("organisatie", "adres", "postcode"),
            "2000",
            "organisatie.adres.postcode: 2000 hoort niet bij Gent (NIS 44021); wel: 9000, 9030, 9031, 9032, 9040, "
            "9041, 9042, 9050",
        ),
        (
            ("organisatie", "contactpersoon", "e-mail"),
            "sofie.claes@",
            "organisatie.contactpersoon.e-mail: 'sofie.claes@' is geen geldig e-mailadres",
        ),
        (
            ("ervaring", "begeleiders"),
            [],
            "ervaring.begeleiders: de lijst is leeg; vermeld minstens één begeleider",
        ),
        (("ervaring", "motivering"), 12, "ervaring.motivering: verwacht tekst, gekregen getal (12)"),
        (
            ("ervaring", "begeleiders", 0, "diploma"),
            "master-rechten",
            "ervaring.begeleiders[0].diploma: 'master-rechten' staat niet op de diplomalijst "
            "(supervisor-diplomas.json); geef een id van die lijst, of vul ervaring_jaren in",
        ),
        (
            ("ervaring", "begeleiders", 1, "ervaring_jaren"),
            2.25,
            "ervaring.begeleiders[1].ervaring_jaren: hoogstens één cijfer na de komma (2.25)",
        ),
        (
            ("ervaring", "begeleiders", 1, "ervaring_jaren"),
            -1,
            "ervaring.begeleiders[1].ervaring_jaren: -1 is geen aantal jaren tussen 0 en 60",
        ),
        (
            ("ervaring", "begeleiders", 1, "competenties"),
            ["samenwerken", "koken"],
            "ervaring.begeleiders[1].competenties[1]: onbekende competentie 'koken' (toegelaten: samenwerken, "
            "communiceren, persoonsgericht_werken, advies_op_maat)",
        ),
        (
            ("ervaring", "begeleiders", 1, "rijksregisternummer"),
            "85.07.30-033.28",
            "ervaring.begeleiders[1].rijksregisternummer: zelfde rijksregisternummer als ervaring.begeleiders[0]",
        ),
        (
            ("werkingsgebied", "nis"),
            [],
            "werkingsgebied.nis: de lijst is leeg; vermeld minstens één gemeente of provincie",
        ),
        (
            ("werkingsgebied", "nis"),
            "40000",
            "werkingsgebied.nis: verwacht een lijst, gekregen tekst ('40000')",
        ),
        (
            ("werkingsgebied", "nis"),
            [40000],
            "werkingsgebied.nis[0]: verwacht een REFNIS-code als tekst, gekregen getal (40000)",
        ),
        (
            ("werkingsgebied", "nis"),
            ["40000", "40000"],
            "werkingsgebied.nis[1]: '40000' staat al eerder in de lijst",
        ),
        (
            ("werkingsgebied", "capaciteit"),
            2.5,
            "werkingsgebied.capaciteit: verwacht een geheel getal, gekregen getal (2.5)",
        ),
        (
            ("werkingsgebied", "capaciteit"),
            True,
            "werkingsgebied.capaciteit: verwacht een geheel getal, gekregen ja/nee (true)",
        ),
        (
            ("werkingsgebied", "capaciteit"),
            0,
            "werkingsgebied.capaciteit: 0 is geen aantal werknemers tussen 1 en 100000",
        ),
        (
            ("verklaring_op_eer", "datum"),
            "2025-06-03",
            "verklaring_op_eer.datum: 2025-06-03 ligt na de indiening (2025-06-02)",
        ),
        (
            ("verklaring_op_eer", "intervisie"),
            "ja",
            "verklaring_op_eer.intervisie: verwacht true of false, gekregen tekst ('ja')",
        ),
        (("onderaannemers",), {}, "onderaannemers: verwacht een lijst, gekregen object"),
        (
            ("onderaannemers", 0, "erkend"),
            None,
            "onderaannemers[0].erkend: verwacht true of false, gekregen null",
        ),
    ],
)
def test_one_problem_one_precise_message(path: tuple[Any, ...], value: Any, expected: str) -> None:
    assert problems(_with(path, value)) == [expected]


def test_a_supervisor_needs_a_qualification() -> None:
    data = load("valid-full")
    del data["ervaring"]["begeleiders"][0]["diploma"]
    assert problems(data) == [
        "ervaring.begeleiders[0]: geen kwalificatie: geef een diploma (id uit supervisor-diplomas.json) of "
        "ervaring_jaren, of een ervaringsattest of erkende opleiding (ED-12)"
    ]
    data["ervaring"]["begeleiders"][0]["erkende_opleiding"] = True  # a recognised training counts too
    assert problems(data) == []


def test_a_duplicate_subcontractor() -> None:
    data = load("valid-full")
    data["onderaannemers"].append(dict(data["onderaannemers"][0], ondernemingsnummer="BE 0412345614"))
    assert problems(data) == [
        "onderaannemers[1].ondernemingsnummer: zelfde onderaannemer als onderaannemers[0]"
    ]


@pytest.mark.parametrize("kind", ["gtb", "gob", "maatwerkbedrijf", "lde"])
def test_the_simplified_procedure_skips_the_experience_part_for_the_four_kinds(kind: str) -> None:
    data = load("valid-simplified")
    data["organisatie"]["soort"] = kind
    app, found = validate_application(data, today=TODAY)
    assert found == [] and app is not None and app.simplified_applies


@pytest.mark.parametrize("kind", ["vzw", "lokaal_bestuur", "bedrijf", "maatwerkafdeling"])
def test_other_kinds_need_the_experience_part_even_when_they_ask_for_the_simplified_procedure(
    kind: str,
) -> None:
    data = load("valid-simplified")
    data["organisatie"]["soort"] = kind
    [problem] = problems(data)
    assert problem.startswith("ervaring: ontbreekt; de vereenvoudigde procedure geldt niet voor een ")


def test_an_eligible_kind_that_does_not_ask_for_the_simplified_procedure_needs_the_experience_part() -> None:
    data = load("valid-simplified")
    data["vereenvoudigde_procedure"] = False
    assert problems(data) == [
        "ervaring: ontbreekt; de volledige procedure vraagt een ervaringsmotivering met de lijst van begeleiders "
        "(ED-3, deel 3)"
    ]


def test_a_vzw_claiming_the_simplified_procedure_with_its_experience_gets_a_warning() -> None:
    data = load("valid-full")
    data["vereenvoudigde_procedure"] = True
    app, found = validate_application(data, today=TODAY)
    assert found == [] and app is not None and not app.simplified_applies
    assert app.warnings == (
        "De aanvrager vraagt de vereenvoudigde procedure, maar die geldt niet voor een vzw (enkel voor GTB, GOB, "
        "maatwerkbedrijven en LDE-ondernemingen, ED-2): de volledige procedure geldt.",
    )


def test_without_today_a_future_date_is_not_judged() -> None:
    data = load("valid-full")
    data["ingediend_op"] = "2099-01-01"
    data["verklaring_op_eer"]["datum"] = "2099-01-01"
    _app, found = validate_application(data)
    assert found == []
