"""Sustainability-report indicator checks (rules/reports.py): MW-1, MW-2, MW-3, QR-1, fixed dates."""

from __future__ import annotations

import ast
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wsedesk.importers.report_template import load_template
from wsedesk.rules import reports
from wsedesk.rules.reports import (
    ERROR,
    WARNING,
    Finding,
    check_at_least,
    check_date_plausible,
    check_expected_organisation,
    check_mw1_share,
    check_mw1_target_fte,
    check_negative_equity,
    check_quality_area,
    check_report,
    check_report_year,
    check_share_of,
    check_submission_deadline,
    format_number_nl,
    is_late_submission,
    mw1_share_threshold,
    submission_deadline,
)

D = Decimal
T2025 = load_template("2025")

GOOD: dict[str, Any] = {
    "ID01": "0428759497",
    "ID02": "De Brug vzw",
    "ID03": None,
    "ID04": "maatwerkbedrijf",
    "ID05": 2025,
    "ID06": "An Peeters",
    "ID07": "an@debrug.be",
    "ID08": None,
    "I01": D("25.5"),
    "I02": D(40),
    "I03": D("63.75"),
    "I04": 30,
    "I05": D("1234567.89"),
    "I06": D(900000),
    "I07": D(-1000),
    "I08": D(250000),
    "I09": D("12.5"),
    "I10": 3,
    "I11": D("7.5"),
    "I12": 2,
    "I13": None,
    "I14": True,
    "I15": True,
    "I16": 2,
    "I17": 4,
    **{f"D0{i}": "Een beschrijving van voldoende lengte." for i in range(1, 7)},
}


def findings(**changes: Any) -> list[Finding]:
    kwargs = {
        k: changes.pop(k) for k in ("reference_date", "expected_year", "expected_org", "skip") if k in changes
    }
    values = {**GOOD, **changes}
    return check_report(T2025, values, **kwargs)


def codes(found: list[Finding], severity: str | None = None) -> list[str | None]:
    return [f.code for f in found if severity is None or f.severity == severity]


def test_good_values_have_no_findings() -> None:
    assert findings(reference_date=date(2026, 5, 1), expected_year=2025, expected_org="0428759497") == []


@pytest.mark.parametrize(
    ("year", "threshold"),
    [(2016, 65), (2021, 65), (2022, 65), (2023, 55), (2024, 55), (2025, 55)],
)
def test_mw1_share_threshold_follows_the_report_year(year: int, threshold: int) -> None:
    # MW-1: 55 % since 1 July 2023, 65 % before; the condition in force on 31 December applies.
    assert mw1_share_threshold(year) == D(threshold)


@pytest.mark.parametrize(
    ("label", "fte", "warns"),
    [
        ("maatwerkbedrijf", D(20), False),
        ("maatwerkbedrijf", D("19.9"), True),
        ("maatwerkafdeling", D(5), False),
        ("maatwerkafdeling", D("4.99"), True),
        ("maatwerkafdeling", D(19), False),
        (None, D(1), False),
    ],
)
def test_mw1_target_fte(label: str | None, fte: Decimal, warns: bool) -> None:
    found = check_mw1_target_fte("I01", label, fte)
    assert (found is not None) is warns
    if found:
        assert found.severity == WARNING and found.rule_id == "MW-1"


@pytest.mark.parametrize(
    ("label", "share", "year", "warns"),
    [
        ("maatwerkbedrijf", D(55), 2024, False),
        ("maatwerkbedrijf", D("54.9"), 2024, True),
        ("maatwerkbedrijf", D(60), 2022, True),
        ("maatwerkbedrijf", D(65), 2022, False),
        ("maatwerkafdeling", D(10), 2024, False),  # no share condition for a department
        ("maatwerkbedrijf", D(10), None, False),  # unknown year: no verdict
    ],
)
def test_mw1_share(label: str, share: Decimal, year: int | None, warns: bool) -> None:
    assert (check_mw1_share("I03", label, share, year) is not None) is warns


def test_mw1_findings_in_a_report_are_warnings() -> None:
    found = findings(I01=D(15), I02=D(30), I03=D(50))
    assert [(f.code, f.severity, f.rule_id) for f in found] == [
        ("I01", WARNING, "MW-1"),
        ("I03", WARNING, "MW-1"),
    ]
    assert found[1].message == (
        "MW-1: een maatwerkbedrijf telt minstens 55 % doelgroepwerknemers (voorwaarde voor verslagjaar 2025); "
        "gevonden 50 %."
    )


def test_total_fte_must_cover_target_group_fte() -> None:
    assert check_at_least("I02", D(40), "I01", D(40)) is None
    found = check_at_least("I02", D("39.5"), "I01", D(40))
    assert found is not None and found.severity == ERROR
    assert found.message == "I02 (39,5) is kleiner dan I01 (40): verwacht I02 ≥ I01."


@pytest.mark.parametrize(
    ("share", "ok"),
    [(D("63.75"), True), (D("62.75"), True), (D("64.75"), True), (D("62.7"), False), (D("64.8"), False)],
)
def test_share_consistency_within_one_point(share: Decimal, ok: bool) -> None:
    # I01 / I02 = 25.5 / 40 = 63.75 %
    assert (check_share_of("I03", share, "I01", D("25.5"), "I02", D(40)) is None) is ok


def test_share_with_zero_total_is_not_judged() -> None:
    assert check_share_of("I03", D(0), "I01", D(0), "I02", D(0)) is None


@given(
    st.decimals(min_value=0, max_value=1000, places=2),
    st.decimals(min_value=D("0.01"), max_value=1000, places=2),
)
def test_the_computed_share_itself_always_passes(numerator: Decimal, extra: Decimal) -> None:
    denominator = numerator + extra
    share = (numerator * 100 / denominator).quantize(D("0.01"))
    assert check_share_of("I03", share, "I01", numerator, "I02", denominator) is None


def test_negative_equity_flags_mw3() -> None:
    assert check_negative_equity("I08", D(0)) is None
    found = check_negative_equity("I08", D(-12500))
    assert found is not None
    assert (found.severity, found.rule_id, found.flag) == (WARNING, "MW-3", "MW-3")
    assert "-12.500 EUR" in found.message
    assert [f.flag for f in findings(I08=D(-1))] == ["MW-3"]


def test_quality_area_no_is_a_qr1_warning() -> None:
    assert check_quality_area("I14", "Klantentevredenheid", True, "klantgerichtheid") is None
    found = findings(I14=False, I15=False)
    assert [(f.code, f.rule_id) for f in found] == [("I14", "QR-1"), ("I15", "QR-1")]
    assert "financieel beheer" in found[1].message


@pytest.mark.parametrize(
    ("submitted", "late"),
    [
        (date(2026, 7, 30), False),
        (date(2026, 7, 31), False),
        (date(2026, 8, 1), True),
        (date(2027, 1, 5), True),
    ],
)
def test_late_submission_after_31_july(submitted: date, late: bool) -> None:
    assert submission_deadline(2025) == date(2026, 7, 31)
    assert is_late_submission(2025, submitted) is late
    found = check_submission_deadline("ID05", 2025, submitted)
    assert (found is not None) is late
    if found:
        assert found.severity == WARNING and found.rule_id == "MW-2"


def test_report_year_checks() -> None:
    assert check_report_year("ID05", 2025, reference_date=date(2026, 5, 1)) == []
    [future] = check_report_year("ID05", 2026, reference_date=date(2026, 5, 1))
    assert future.severity == ERROR and "nog niet afgelopen" in future.message
    [old] = check_report_year("ID05", 2018, reference_date=date(2026, 5, 1))
    assert old.severity == WARNING
    [wrong] = check_report_year("ID05", 2025, expected_year=2024)
    assert wrong.message == "Verslagjaar 2025 verschilt van het verwachte verslagjaar 2024."
    [too_early] = check_report_year("ID05", 2010)
    assert "verwacht 2015 of later" in too_early.message
    [template] = check_report_year("ID05", 2025, template_version="duurzaamheidsverslag-2024", last_year=2024)
    assert "tot en met 2024" in template.message


def test_expected_organisation() -> None:
    assert check_expected_organisation("ID01", "0428759497", "0428759497") is None
    found = check_expected_organisation("ID01", "0428759497", "0403170701")
    assert found is not None and found.severity == ERROR
    assert "0428.759.497" in found.message and "0403.170.701" in found.message


def test_date_plausible() -> None:
    ref = date(2026, 5, 1)
    assert check_date_plausible("ID08", date(2026, 3, 1), report_year=2025, reference_date=ref) is None
    assert check_date_plausible("ID08", date(2026, 6, 1), report_year=2025, reference_date=ref) is not None
    assert check_date_plausible("ID08", date(2025, 12, 31), report_year=2025, reference_date=ref) is not None
    assert [f.code for f in findings(ID08="2026-06-01", reference_date=ref)] == ["ID08"]


def test_mandatory_ranges_and_lengths() -> None:
    found = findings(I05=None, I13=None, I11=D(101), I06=D(-1), D04="Te kort.")
    assert [(f.code, f.severity) for f in found] == [
        ("I05", ERROR),
        ("I06", ERROR),
        ("I11", ERROR),
        ("D04", ERROR),
    ]
    assert found[0].message == "Verplicht veld is leeg: verwacht een bedrag in euro."
    assert found[3].message == "Tekst is te kort: verwacht minstens 20 tekens, gevonden 8."


def test_skipped_codes_get_no_mandatory_finding_and_no_cross_checks() -> None:
    # I01 could not be parsed (the reader reported it): no "empty" error and no I02/I03 checks on it.
    assert findings(I01=None, I02=D(1), I03=D(99), skip={"I01"}) == []


def test_checks_tolerate_missing_partners() -> None:
    assert codes(findings(I02=None, I03=D(99))) == ["I02"]  # only the mandatory finding


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (D("1234.5"), "1.234,5"),
        (D(-12500), "-12.500"),
        (D("0.07"), "0,07"),
        (1000000, "1.000.000"),
        (D("55.00"), "55"),
    ],
)
def test_format_number_nl(value: Decimal | int, text: str) -> None:
    assert format_number_nl(value) == text


def test_rules_stay_pure() -> None:
    """rules/reports.py imports no openpyxl, SQLAlchemy or Qt and never reads the clock."""
    source = Path(reports.__file__).read_text(encoding="utf-8")
    tree = ast.parse(source)
    imported = {
        (node.module or "") if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert not {
        m for m in imported if m.split(".")[0] in ("openpyxl", "sqlalchemy", "PySide6", "wsedesk")
    } - {"wsedesk.i18n"}
    assert "today(" not in source and "now(" not in source
