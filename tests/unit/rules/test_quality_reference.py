"""Reference data of the quality checks: the shipped JSON files and their loaders."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from wsedesk.paths import resource
from wsedesk.rules.quality_reference import (
    AREAS,
    DiplomaList,
    LabelCatalogue,
    ReferenceDataError,
    RuleSettings,
    load_area_index,
    load_label_catalogue,
    load_rule_settings,
    load_supervisor_diplomas,
    merge_settings,
)

D = date

# domain.md §3.1: names known from the older ESF list.
DOMAIN_LABELS = [
    "ISO 9001",
    "EFQM Excellence Award",
    "Recognised for Excellence",
    "EQUASS Assurance",
    "EQUASS Excellence",
    "Investors in People",
    "Q*for cliëntscan",
    "Q*for processcan",
    "Cedeo",
    "Prose+",
    "Effective CAF User",
    "Blik op Werk Keurmerk",
    "ISO 22000",
    "IFS (International Featured Standards)",
    "BRC Global Standard Food",
    "GMP (Good Manufacturing Practice)",
    "Qualibouw",
    "K2a",
    "K2b",
    "K2c",
    "C2E",
    "R4E",
    "ACS",
    "AHM 804",
    "ISO/TS 16949",
]


def _raw(name: str) -> Any:
    return json.loads(resource("reference", name).read_text(encoding="utf-8"))


# --- the accepted list of quality proofs -------------------------------------------------------


def test_shipped_catalogue_holds_every_label_from_the_domain() -> None:
    cat = load_label_catalogue()
    for name in DOMAIN_LABELS:
        entry = cat.find(name)
        assert entry is not None, name
        assert entry.accepted_on(D(2025, 1, 1)), name
    assert {e.route for e in cat} == {"label", "overheid", "standaard_wse"}
    assert all(e.seed for e in cat), "seed data must say so until the official list is loaded"
    assert [p.id for p in cat.publications] == ["BS 2019-07-29"]


def test_catalogue_area_choices() -> None:
    cat = load_label_catalogue()
    for food in ("iso-22000", "ifs", "brc-food", "gmp"):
        assert cat.known(food)[0].areas == frozenset(), food
    assert cat.known("efqm-excellence-award")[0].covers_all_areas
    assert cat.known("investors-in-people")[0].areas == {"personeelsbeheer"}
    assert cat.known("iso-9001")[0].areas == {"klantgerichtheid", "personeelsbeheer"}
    for entry in cat:
        assert entry.areas <= frozenset(AREAS)
        assert entry.note, f"{entry.id}: every coverage choice is documented"


def test_catalogue_lookups() -> None:
    cat = load_label_catalogue()
    assert cat.accepted("iso-9001", D(2019, 7, 28)) is None  # before the publication
    assert cat.accepted("iso-9001", D(2025, 1, 1), route="overheid") is None
    assert cat.find("r4e") is cat.known("efqm-r4e")[0]
    assert cat.name_of("nope") is None and cat.known("nope") == ()
    assert load_label_catalogue("BS 2019-07-29").version == "BS 2019-07-29"
    with pytest.raises(ReferenceDataError, match="BS 1999"):
        load_label_catalogue("BS 1999-01-01")


def _catalogue(labels: list[dict[str, Any]]) -> dict[str, Any]:
    return {"publications": [{"id": "P1", "published_on": "2020-01-01"}], "labels": labels}


@pytest.mark.parametrize(
    ("labels", "needle"),
    [
        ([{"id": "x", "name": "X", "publication": "P1", "areas": ["klanten"]}], "areas"),
        ([{"id": "x", "name": "X", "publication": "P9", "areas": []}], "P9"),
        ([{"id": "x", "name": "X", "publication": "P1", "areas": [], "route": "markt"}], "markt"),
        (
            [{"id": "x", "name": "X", "publication": "P1", "areas": [], "valid_from": "2020-13-01"}],
            "2020-13-01",
        ),
        (
            [{"id": "x", "name": "X", "publication": "P1", "areas": [], "valid_until": "2019-01-01"}],
            "valid_until",
        ),
        (
            [
                {"id": "x", "name": "X", "publication": "P1", "areas": []},
                {"id": "x", "name": "X", "publication": "P1", "areas": [], "valid_from": "2021-01-01"},
            ],
            "overlappende",
        ),
        ([{"name": "X", "publication": "P1", "areas": []}], "id"),
    ],
)
def test_malformed_catalogue_is_refused(labels: list[dict[str, Any]], needle: str) -> None:
    with pytest.raises(ReferenceDataError, match=needle):
        LabelCatalogue.from_data(_catalogue(labels))


def test_a_label_may_return_to_the_list_in_a_later_window() -> None:
    cat = LabelCatalogue.from_data(
        _catalogue(
            [
                {"id": "x", "name": "X", "publication": "P1", "areas": [], "valid_until": "2021-12-31"},
                {"id": "x", "name": "X", "publication": "P1", "areas": [], "valid_from": "2023-01-01"},
            ]
        )
    )
    assert cat.accepted("x", D(2021, 6, 1)) is not None
    assert cat.accepted("x", D(2022, 6, 1)) is None
    assert cat.accepted("x", D(2023, 6, 1)) is not None


# --- supervisor diplomas (ED-12) -----------------------------------------------------------------


def test_shipped_diplomas() -> None:
    diplomas = load_supervisor_diplomas()
    assert len(diplomas) == 24
    assert diplomas.seed and "4 maart 2024" in diplomas.source
    assert len({d.id for d in diplomas.entries}) == 24
    levels = {d.level for d in diplomas.entries}
    assert levels == set(_raw("supervisor-diplomas.json")["levels"])
    assert "ba-sociaal-werk" in diplomas and "ma-rechten" not in diplomas
    assert diplomas.find("Postgraduaat supported employment") is diplomas.get("pg-supported-employment")
    assert diplomas.find("CDMP-RIZIV") is diplomas.get("cdmp-riziv")


def test_malformed_diplomas_are_refused() -> None:
    with pytest.raises(ReferenceDataError):
        DiplomaList.from_data({"diplomas": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]})
    with pytest.raises(ReferenceDataError):
        DiplomaList.from_data({})


# --- rule settings -------------------------------------------------------------------------------


def test_shipped_settings_match_the_domain() -> None:
    s = load_rule_settings()
    assert s.qr5_reconsideration_days == 30 and s.qr6_response_days == 30
    assert s.qr2_standaard_wse_accepted_until == D(2021, 9, 1)
    assert s.qr2_standaard_wse_again_from == D(2023, 1, 1)
    assert (s.qr2_standaard_wse_max_uses, s.qr2_standaard_wse_max_months) == (1, 18)
    assert s.qr3_applies_from == D(2021, 9, 2) and s.qr3_declaration_max_years == 4
    assert s.qr3_filing_moments == ((2, 15), (4, 30), (7, 31), (10, 31))
    assert (s.qr8_existing_before, s.qr8_existing_deadline) == (D(2019, 9, 2), D(2021, 9, 2))
    assert s.ed2_simplified_kinds == {"gtb", "gob", "maatwerkbedrijf", "lde"}
    assert s.ed2_excluded_kinds == {"consortium"}
    assert s.ed12_min_experience_years == 2
    assert (s.mw1_company_min_target_fte, s.mw1_department_min_target_fte) == (20, 5)


@pytest.mark.parametrize(
    ("on", "percent"), [(D(2015, 1, 1), 65), (D(2023, 6, 30), 65), (D(2023, 7, 1), 55), (D(2030, 1, 1), 55)]
)
def test_mw1_share_threshold_by_date(on: date, percent: int) -> None:
    assert load_rule_settings().mw1_share_threshold(on) == Decimal(percent)


@pytest.mark.parametrize(
    ("after", "moment"),
    [
        (D(2025, 1, 1), D(2025, 2, 15)),
        (D(2025, 2, 15), D(2025, 2, 15)),
        (D(2025, 2, 16), D(2025, 4, 30)),
        (D(2025, 11, 1), D(2026, 2, 15)),
    ],
)
def test_next_filing_moment(after: date, moment: date) -> None:
    assert load_rule_settings().next_filing_moment(after) == moment


def test_overrides_change_one_figure_and_keep_the_rest() -> None:
    s = load_rule_settings({"QR-6": {"response_days": 14}, "MW-1": {"company_min_target_fte": 25}})
    assert s.qr6_response_days == 14
    assert s.mw1_company_min_target_fte == 25
    assert s.qr5_reconsideration_days == 30
    assert load_rule_settings().qr6_response_days == 30  # the shipped file is untouched


@pytest.mark.parametrize(
    ("overrides", "needle"),
    [
        ({"QR-5": {"reconsideration_days": 0}}, "QR-5"),
        ({"QR-5": {"reconsideration_days": "30"}}, "QR-5"),
        ({"QR-3": {"filing_moments": ["15-02"]}}, "15-02"),
        ({"QR-3": {"filing_moments": []}}, "indieningsmoment"),
        ({"QR-2": {"standaard_wse_accepted_until": "1 sept 2021"}}, "JJJJ-MM-DD"),
        ({"MW-1": {"company_min_share_percent": []}}, "minimumaandeel"),
        ({"MW-1": {"department_min_target_fte": -1}}, "positief"),
        ({"ED-2": {"excluded_kinds": ["gtb"]}}, "ED-2"),
    ],
)
def test_malformed_settings_are_refused(overrides: dict[str, dict[str, Any]], needle: str) -> None:
    with pytest.raises(ReferenceDataError, match=needle):
        load_rule_settings(overrides)


def test_a_missing_section_is_refused() -> None:
    data = merge_settings(_raw("rule-settings.json"), {})
    del data["QR-8"]
    with pytest.raises(ReferenceDataError, match="QR-8"):
        RuleSettings.from_data(data)


# --- working-area codes ---------------------------------------------------------------------------


def test_area_index_holds_flanders_only() -> None:
    areas = load_area_index()
    assert len(areas.municipalities) == 285  # since the 2025 mergers
    assert {"10000", "20001", "30000", "40000", "70000", "02000"} <= set(areas.names)
    assert "44021" in areas and areas.name("44021") == "Gent"
    assert areas.is_municipality("44021") and not areas.is_municipality("40000")
    assert "21004" not in areas  # Brussels
    assert "62063" not in areas  # Liège
