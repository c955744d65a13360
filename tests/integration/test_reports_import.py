"""Sustainability reports stored: import all-or-nothing, history, overview, missing reports, follow-up.

The `ctx` tests run on a SQLite file and on a real PostgreSQL; the CLI tests run the program as a
subprocess against a SQLite file. Workbooks come from tests/data/reports/report_workbooks.py.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, text

from tests.data.reports import report_workbooks as wb
from tests.integration.progress_helpers import CancelAfterFirst
from tests.integration.test_cli import wsedesk
from tests.integration.test_demo import demo_context
from tests.integration.users import update_me
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext, CurrentUser
from wsedesk.errors import BadInputError, PermissionDeniedError
from wsedesk.models import Base, Dossier, DossierEvent, Organisation, ReportSubmission
from wsedesk.rules.roles import Role
from wsedesk.services import report_demo as RD
from wsedesk.services import report_overview as RO
from wsedesk.services import reports as R
from wsedesk.services.database import check_database
from wsedesk.services.letters import generate_letter
from wsedesk.services.session import open_context

ORG = wb.ORG  # 0428759497
OTHER = wb.OTHER_ORG  # 0403170701
THIRD = "0202239951"
FOURTH = "0207500123"


# --- helpers ------------------------------------------------------------------------------------


def _org(
    ctx: AppContext,
    number: str = ORG,
    *,
    kind: str = "maatwerkbedrijf",
    name: str | None = None,
    **extra: Any,
) -> str:
    with ctx.uow(write=True) as uow:
        org = Organisation(enterprise_number=number, name=name or f"Maatwerk {number}", kind=kind, **extra)
        uow.session.add(org)
        uow.session.flush()
        org_id = str(org.id)
        uow.commit()
    return org_id


def dv_dossier(ctx: AppContext, org_id: str, year: int, *, status: str = "verwacht", number: int = 1) -> str:
    opened = date(year + 1, 1, 15)
    with ctx.uow(write=True) as uow:
        dossier = Dossier(
            reference=f"DV-{year + 1}-{number:05d}",
            dossier_type="DV",
            status=status,
            organisation_id=uuid.UUID(org_id),
            subject=f"Duurzaamheidsverslag {year}",
            submitted_on=opened,
            status_since=opened,
        )
        uow.session.add(dossier)
        uow.session.flush()
        dossier_id = str(dossier.id)
        uow.commit()
    return dossier_id


def _workbook(tmp_path: Path, name: str, *, year: int = 2024, number: str = ORG, **values: Any) -> Path:
    return wb.write_filled(tmp_path / name, ID05=year, ID01=number, **values)


def _shares(target: str, total: str) -> dict[str, Any]:
    """I01, I02 and a consistent I03 (the reader checks I03 ≈ I01 / I02 × 100)."""
    t, n = Decimal(target), Decimal(total)
    return {"I01": float(t), "I02": float(n), "I03": float((t * 100 / n).quantize(Decimal("0.01")))}


def _dump(ctx: AppContext) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the models, in primary-key order."""
    with ctx.db.engine.connect() as conn:
        return {
            table.name: [
                tuple(row) for row in conn.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
        }


def _sqlite_file_digest(ctx: AppContext) -> str | None:
    path = ctx.db.sqlite_path
    if path is None:
        return None
    with ctx.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _snapshot(ctx: AppContext) -> tuple[dict[str, list[tuple[Any, ...]]], str | None]:
    return _dump(ctx), _sqlite_file_digest(ctx)


def _one(outcomes: list[R.ImportOutcome]) -> R.ImportOutcome:
    assert len(outcomes) == 1
    return outcomes[0]


# --- import ---------------------------------------------------------------------------------------


def test_clean_workbook_is_stored_with_every_value_typed(ctx: AppContext, tmp_path: Path) -> None:
    org_id = _org(ctx)
    dossier_id = dv_dossier(ctx, org_id, 2024)
    path = _workbook(tmp_path, "verslag.xlsx")
    outcome = _one(R.import_reports(ctx, [path]))

    assert outcome.stored and outcome.outcome == "stored", [e.message for e in outcome.errors]
    assert outcome.organisation_id == org_id and outcome.year == 2024
    assert not outcome.late and outcome.replaced is None and outcome.received_on == date(2025, 6, 16)
    stored = RO.submission_values(ctx, outcome.submission_id or "")
    assert stored == dict(outcome.read.values)  # every code of the template, None included
    assert len(stored) == 31
    for code, kind in (("I01", Decimal), ("I03", Decimal), ("I05", Decimal), ("I07", Decimal)):
        assert type(stored[code]) is kind, code
    for code in ("ID05", "I04", "I10", "I12", "I13", "I16"):
        assert type(stored[code]) is int, code
    assert stored["I14"] is True and stored["I15"] is True
    assert stored["ID01"] == ORG and stored["ID04"] == "maatwerkbedrijf" and stored["ID03"] is None
    assert stored["I05"] == Decimal("1234567.89") and stored["I07"] == Decimal("-1000")

    with ctx.db.engine.connect() as conn:
        rows = {
            r.code: r
            for r in conn.execute(
                text(
                    "SELECT code, value_type, value_text, value_number FROM report_values WHERE code IN "
                    "('I03', 'I05', 'I14', 'ID02', 'ID03', 'I13')"
                )
            )
        }
    assert rows["I03"].value_type == "percentage" and Decimal(str(rows["I03"].value_number)) == Decimal(
        "63.75"
    )
    assert rows["I05"].value_text == "1234567.89"
    assert Decimal(str(rows["I05"].value_number)) == Decimal("1234567.89")
    assert rows["I14"].value_type == "boolean" and rows["I14"].value_text == "true"
    assert Decimal(str(rows["I14"].value_number)) == 1
    assert rows["ID02"].value_text == "Maatwerk De Brug vzw" and rows["ID02"].value_number is None
    assert rows["ID03"].value_text is None and rows["ID03"].value_number is None
    assert rows["I13"].value_text == "0" and Decimal(str(rows["I13"].value_number)) == 0

    [submission] = RO.list_submissions(ctx, org_id)
    assert submission.status == "current" and submission.file_name == "verslag.xlsx"
    assert submission.file_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert submission.file_size == path.stat().st_size
    assert submission.template_version == "duurzaamheidsverslag-2025"
    assert (
        submission.imported_by == "tester" and submission.flags == () and submission.dossier_id == dossier_id
    )

    # MW-2: the DV dossier of 2024 took the step 'verslag ontvangen', with a line on its timeline.
    assert outcome.dossier_reference == "DV-2025-00001" and outcome.dossier_status == "ontvangen"
    with ctx.uow() as uow:
        dossier = uow.session.get(Dossier, uuid.UUID(dossier_id))
        assert (
            dossier is not None
            and dossier.status == "ontvangen"
            and dossier.status_since == date(2025, 6, 16)
        )
        [event] = uow.session.scalars(select(DossierEvent).where(DossierEvent.dossier_id == dossier.id))
        assert event.kind == "verslag_ontvangen" and "verslag.xlsx" in event.description
        assert event.data["submission"] == outcome.submission_id
    assert check_database(ctx.db).ok  # the audit chain covers the new rows


HOSTILE: dict[str, Callable[[Path, Path], Path]] = {
    "zip-bom": lambda p, good: wb.write_zip_bomb(p, megabytes=120),
    "billion-laughs": lambda p, good: wb.write_billion_laughs(p, good),
    "te-veel-rijen": lambda p, good: wb.write_million_rows(p, good, rows=6000),
    "beschadigd": lambda p, good: wb.write_corrupt_zip(p, good),
    "crc-fout": lambda p, good: wb.write_bad_crc(p, good),
    "xls": lambda p, good: wb.write_xls(p),
    "wachtwoord": lambda p, good: wb.write_encrypted(p),
    "tekst": lambda p, good: wb.write_text(p),
    "ods": lambda p, good: wb.write_ods(p),
    "lege-verplichte-cel": lambda p, good: wb.write_filled(p, ID05=2024, I01=None),
    "verkeerd-aandeel": lambda p, good: wb.write_filled(p, ID05=2024, I03=90),
    "lopend-jaar": lambda p, good: wb.write_filled(p, ID05=2025),
    "kbo-mod97": lambda p, good: wb.write_filled(p, ID05=2024, ID01=wb.BAD_ORG),
}


def test_rejected_workbooks_leave_the_database_byte_for_byte_as_it_was(
    ctx: AppContext, tmp_path: Path
) -> None:
    org_id = _org(ctx)
    dv_dossier(ctx, org_id, 2024)
    good = _workbook(tmp_path, "goed.xlsx")
    files = [make(tmp_path / f"{name}.xlsx", good) for name, make in HOSTILE.items()]
    files.append(tmp_path / "bestaat-niet.xlsx")
    before = _snapshot(ctx)

    outcomes = R.import_reports(ctx, files)

    assert [o.outcome for o in outcomes] == ["rejected"] * len(files)
    assert all(o.errors and not o.stored and o.submission_id is None for o in outcomes)
    assert _snapshot(ctx) == before


def test_the_pooled_import_refuses_every_hostile_file_of_the_corpus_and_stores_the_good_ones(
    ctx: AppContext, tmp_path: Path
) -> None:
    """One import through the worker pool: each hostile file refused with its reason, the good files
    between them stored (a worker killed by a limit is replaced, the others keep going)."""
    org_id = _org(ctx)
    _org(ctx, OTHER)
    dv_dossier(ctx, org_id, 2024)
    corpus = wb.hostile_corpus(tmp_path / "corpus")
    good = [_workbook(tmp_path, "goed-2024.xlsx"), _workbook(tmp_path, "goed-ander.xlsx", number=OTHER)]
    files = [*list(corpus.values())[:7], good[0], *list(corpus.values())[7:], good[1]]

    outcomes = R.import_reports(ctx, files)

    by_file = {Path(o.file).name: o for o in outcomes}
    assert [by_file[p.name].outcome for p in corpus.values()] == ["rejected"] * len(corpus)
    assert all(by_file[p.name].errors and by_file[p.name].submission_id is None for p in corpus.values())
    assert (
        by_file["miljoen-rijen.xlsx"]
        .errors[0]
        .message.startswith("Tabblad 'Indicatoren' telt meer dan 5000 rijen")
    )
    assert "DTD of entiteiten" in by_file["billion-laughs.xlsx"].errors[0].message
    assert "zip-bom" in by_file["zip-bom.xlsx"].errors[0].message
    assert [by_file[p.name].stored for p in good] == [True, True]


def test_unknown_organisation_is_rejected_naming_the_number(ctx: AppContext, tmp_path: Path) -> None:
    _org(ctx, OTHER)
    before = _snapshot(ctx)
    outcome = _one(R.import_reports(ctx, [_workbook(tmp_path, "onbekend.xlsx")]))
    assert outcome.outcome == "rejected" and outcome.read.accepted
    [error] = outcome.errors
    assert "Onbekende organisatie" in error.message and "0428.759.497" in error.message
    assert error.code == "ID01" and error.sheet == "Identificatie" and error.cell is not None
    assert outcome.to_dict()["status"] == "rejected" and outcome.to_dict()["stored"] is False
    assert _snapshot(ctx) == before


def test_the_same_file_twice_is_reported_and_nothing_is_stored(ctx: AppContext, tmp_path: Path) -> None:
    _org(ctx)
    path = _workbook(tmp_path, "verslag.xlsx")
    first = _one(R.import_reports(ctx, [path]))
    assert first.stored
    before = _snapshot(ctx)
    again = _one(R.import_reports(ctx, [path]))
    assert again.outcome == "duplicate" and not again.stored
    assert again.duplicate_of == first.submission_id
    assert any("al ingelezen" in e.message for e in again.errors)
    assert _snapshot(ctx) == before


def test_a_newer_submission_replaces_the_current_one_and_keeps_history(
    ctx: AppContext, tmp_path: Path
) -> None:
    org_id = _org(ctx)
    dossier_id = dv_dossier(ctx, org_id, 2024)
    first = _one(R.import_reports(ctx, [_workbook(tmp_path, "v1.xlsx", I05=1_000_000)]))
    second = _one(R.import_reports(ctx, [_workbook(tmp_path, "v2.xlsx", I05=1_100_000)]))
    assert first.stored and second.stored
    assert second.replaced == first.submission_id

    current, old = RO.list_submissions(ctx, org_id, year=2024)
    assert (current.id, current.status, current.superseded_by) == (second.submission_id, "current", None)
    assert (old.id, old.status, old.superseded_by) == (
        first.submission_id,
        "superseded",
        second.submission_id,
    )
    assert [s.id for s in RO.list_submissions(ctx, org_id, current_only=True)] == [second.submission_id]
    # The old values are history, kept unchanged; trends read the current report.
    assert RO.submission_values(ctx, old.id)["I05"] == Decimal("1000000")
    assert RO.indicator_series(ctx, org_id, "I05") == [(2024, Decimal("1100000"))]
    # The dossier stays 'ontvangen' and records the second receipt.
    with ctx.uow() as uow:
        events = list(
            uow.session.scalars(select(DossierEvent).where(DossierEvent.dossier_id == uuid.UUID(dossier_id)))
        )
    assert [e.kind for e in events] == ["verslag_ontvangen", "verslag_ontvangen"]
    assert any("vervangt" in e.description for e in events)
    assert check_database(ctx.db).ok


def test_a_dossier_past_receipt_keeps_its_status(ctx: AppContext, tmp_path: Path) -> None:
    org_id = _org(ctx)
    dv_dossier(ctx, org_id, 2024, status="beoordeeld")
    outcome = _one(R.import_reports(ctx, [_workbook(tmp_path, "v.xlsx")]))
    assert outcome.stored and outcome.dossier_status == "beoordeeld"
    assert any("niet gewijzigd" in w.message for w in outcome.warnings)


def test_late_submission_is_flagged(ctx: AppContext, tmp_path: Path) -> None:
    org_id = _org(ctx)
    late = _one(R.import_reports(ctx, [_workbook(tmp_path, "2023.xlsx", year=2023)]))
    assert late.stored and late.late  # received 16/06/2025, due 31/07/2024 (MW-2)
    assert any(w.rule_id == "MW-2" for w in late.warnings)
    [row] = RO.report_overview(ctx, 2023)
    assert row.late is True and row.received_on == date(2025, 6, 16)
    assert RO.list_submissions(ctx, org_id, year=2023)[0].late

    on_time = _one(
        R.import_reports(ctx, [_workbook(tmp_path, "2022.xlsx", year=2022)], received_on=date(2023, 7, 31))
    )
    assert on_time.stored and not on_time.late  # 31 July itself is in time
    assert on_time.to_dict()["late"] is False and late.to_dict()["late"] is True
    with pytest.raises(BadInputError, match="toekomst"):
        R.import_reports(ctx, [tmp_path / "2022.xlsx"], received_on=date(2025, 6, 17))


def test_a_role_that_does_not_follow_up_reports_may_not_import(ctx: AppContext, tmp_path: Path) -> None:
    inspector = dataclasses.replace(
        ctx, user=CurrentUser(ctx.user.id, ctx.user.login, "Inspecteur", frozenset({Role.INSPECTEUR}))
    )
    with pytest.raises(PermissionDeniedError, match="projectadviseur"):
        R.import_reports(inspector, [_workbook(tmp_path, "v.xlsx")])


def test_cancelling_stops_before_the_next_file(sqlite_ctx: AppContext, tmp_path: Path) -> None:
    _org(sqlite_ctx)
    _org(sqlite_ctx, OTHER)

    files = [_workbook(tmp_path, "a.xlsx"), _workbook(tmp_path, "b.xlsx", number=OTHER)]
    with pytest.raises(R.ImportCancelled) as caught:
        R.import_reports(sqlite_ctx, files, progress=CancelAfterFirst())
    [done] = caught.value.outcomes
    assert done.stored and done.file.endswith("a.xlsx")
    with sqlite_ctx.uow() as uow:
        assert len(list(uow.session.scalars(select(ReportSubmission)))) == 1


# --- overview, missing reports ------------------------------------------------------------------


def test_overview_export_is_readable_and_neutralised(ctx: AppContext, tmp_path: Path) -> None:
    hostile = '=HYPERLINK("http://example.invalid","klik")'
    _org(ctx, name=hostile)
    _org(ctx, OTHER, kind="maatwerkafdeling", name="Afdeling Zonder Verslag")
    _org(ctx, THIRD, kind="vzw", name="Gewone vzw")  # not expected to report
    assert _one(R.import_reports(ctx, [_workbook(tmp_path, "v.xlsx", I08=-2500)])).stored

    rows = RO.report_overview(ctx, 2024)
    assert [r.name for r in rows] == [hostile, "Afdeling Zonder Verslag"]
    with_report, without = rows
    assert (
        with_report.mw1 == "voldaan" and with_report.mw3 and with_report.indicators["I08"] == Decimal("-2500")
    )
    assert with_report.indicators["I03"] == Decimal("63.75") and with_report.late is False
    assert without.mw1 == "geen verslag" and without.received_on is None and not without.mw3

    out = RO.export_overview(rows, tmp_path / "overzicht.xlsx")
    sheet = load_workbook(out).active
    assert sheet.title == "Verslagen 2024"
    headers = [c.value for c in sheet[1]]
    assert headers[:5] == ["Organisatie", "Ondernemingsnummer", "Soort", "Ontvangen op", "Laattijdig (MW-2)"]
    assert "I03 Aandeel doelgroepwerknemers" in headers
    name_cell = sheet["A2"]
    assert name_cell.value == hostile and name_cell.data_type == "s" and name_cell.quotePrefix
    assert sheet["B2"].value == "0428.759.497"
    values = {h: c.value for h, c in zip(headers, sheet[2], strict=True)}
    assert values["I08 Eigen vermogen"] == -2500 and values["I03 Aandeel doelgroepwerknemers"] == 63.75
    assert values["MW-3 signaal"] == "ja" and "negatief eigen vermogen" in values["Toelichting"]
    assert values["Ontvangen op"].date() == date(2025, 6, 16)
    assert sheet["A3"].value == "Afdeling Zonder Verslag"
    with pytest.raises(BadInputError, match=r"\.xlsx"):
        RO.export_overview(rows, tmp_path / "overzicht.csv")


def test_missing_reports_and_the_reminder_letter(ctx: AppContext, tmp_path: Path) -> None:
    _org(ctx, name="A Ingediend")
    silent = _org(ctx, OTHER, kind="maatwerkafdeling", name="B Stil")
    with_dossier = _org(
        ctx,
        THIRD,
        kind="vzw",
        name="C Met dossier",
        street="Kerkstraat 12",
        postal_code="9000",
        municipality_nis="44021",
    )
    _org(ctx, FOURTH, kind="vzw", name="D Niet betrokken")
    dossier_id = dv_dossier(ctx, with_dossier, 2024)
    assert _one(R.import_reports(ctx, [_workbook(tmp_path, "a.xlsx")])).stored

    missing = RO.missing_reports(ctx, 2024)
    assert [m.organisation_id for m in missing] == [silent, with_dossier]
    assert all(m.due_on == date(2025, 7, 31) and not m.overdue for m in missing)
    assert missing[0].dossier_reference is None and not missing[0].reminder_possible
    assert missing[1].dossier_reference == "DV-2025-00001" and missing[1].reminder_possible
    # the letter names the officer as contact
    update_me(ctx, email="an.peeters@vlaanderen.be", phone="02 553 40 12")
    letter = generate_letter(ctx, dossier_id, "herinnering-verslag")
    assert letter.final and letter.content.startswith(b"%PDF")
    # Last year's reports are all missing, and overdue.
    assert {m.name for m in RO.missing_reports(ctx, 2023)} == {"A Ingediend", "B Stil"}
    assert all(m.overdue for m in RO.missing_reports(ctx, 2023))


# --- follow-up and figures for the charts ---------------------------------------------------------


def test_follow_up_negative_equity_and_a_falling_share(ctx: AppContext, tmp_path: Path) -> None:
    org_id = _org(ctx)
    outcomes = R.import_reports(
        ctx,
        [
            _workbook(tmp_path, "2022.xlsx", year=2022, **_shares("28", "40")),  # 70 %
            _workbook(tmp_path, "2023.xlsx", year=2023, **_shares("26.8", "40")),  # 67 %: −3, no signal
            _workbook(tmp_path, "2024.xlsx", year=2024, I08=-12000, **_shares("24", "40")),  # 60 %: −7
        ],
        received_on=date(2025, 6, 16),
    )
    assert all(o.stored for o in outcomes), [e.message for o in outcomes for e in o.errors]

    findings = RO.follow_up_findings(ctx, org_id)
    assert [(f.year, f.rule_id, f.signal) for f in findings] == [
        (2024, "MW-3", "negative_equity"),
        (2024, "MW-3", "share_drop"),
    ]
    drop = findings[1]
    assert drop.code == "I03" and "67 % (2023) naar 60 % (2024), 7 procentpunten" in drop.message
    assert drop.submission_id == outcomes[2].submission_id
    # The threshold is configurable: 8 points → no share signal; 2 points → 2023 too.
    assert [f.signal for f in RO.follow_up_findings(ctx, org_id, share_drop_points=8)] == ["negative_equity"]
    assert [(f.year, f.signal) for f in RO.follow_up_findings(ctx, org_id, share_drop_points=2)] == [
        (2023, "share_drop"),
        (2024, "negative_equity"),
        (2024, "share_drop"),
    ]
    [row] = RO.report_overview(ctx, 2024)
    assert row.mw3 and {f.signal for f in row.findings} == {"negative_equity", "share_drop"}
    [row_2023] = RO.report_overview(ctx, 2023)
    assert not row_2023.mw3 and row_2023.mw1 == "voldaan"


def test_follow_up_mw1_label_conditions(ctx: AppContext, tmp_path: Path) -> None:
    company = _org(ctx)
    department = _org(ctx, OTHER, kind="maatwerkafdeling")
    outcomes = R.import_reports(
        ctx,
        [
            _workbook(tmp_path, "bedrijf.xlsx", **_shares("15", "40")),  # < 20 FTE and 37.5 % < 55 %
            _workbook(
                tmp_path, "afdeling.xlsx", number=OTHER, ID04="maatwerkafdeling", **_shares("4", "20")
            ),  # < 5 FTE
        ],
    )
    assert all(o.stored for o in outcomes)
    assert [f.signal for f in RO.follow_up_findings(ctx, company)] == ["mw1_target_fte", "mw1_share"]
    assert [f.signal for f in RO.follow_up_findings(ctx, department)] == ["mw1_target_fte"]
    assert {r.organisation_id: r.mw1 for r in RO.report_overview(ctx, 2024)} == {
        company: "niet voldaan",
        department: "niet voldaan",
    }


def test_sector_median_and_series_are_computed_in_sql(ctx: AppContext, tmp_path: Path) -> None:
    numbers = (ORG, OTHER, THIRD, FOURTH)
    ids = [
        _org(ctx, n, kind="maatwerkbedrijf" if i < 3 else "maatwerkafdeling") for i, n in enumerate(numbers)
    ]
    shares = (("20", "40"), ("30", "40"), ("36", "40"), ("24", "30"))  # 50, 75, 90, 80 %
    files = [
        _workbook(
            tmp_path,
            f"{n}.xlsx",
            number=n,
            ID04="maatwerkbedrijf" if i < 3 else "maatwerkafdeling",
            **_shares(*s),
        )
        for i, (n, s) in enumerate(zip(numbers, shares, strict=True))
    ]
    files.append(_workbook(tmp_path, "2023.xlsx", year=2023, **_shares("22", "40")))  # 55 %
    assert all(o.stored for o in R.import_reports(ctx, files))

    assert RO.sector_median(ctx, "I03", 2024) == Decimal("77.5")  # (75 + 80) / 2
    assert RO.sector_median(ctx, "I03", 2024, kind="maatwerkbedrijf") == Decimal("75")  # odd count
    assert RO.sector_median(ctx, "I03", 2023) == Decimal("55")
    assert RO.sector_median(ctx, "I03", 2019) is None
    assert RO.sector_median(ctx, "I05", 2024) == Decimal("1234567.89")
    assert RO.sector_medians(ctx, "I03") == [(2023, Decimal("55")), (2024, Decimal("77.5"))]
    assert RO.indicator_series(ctx, ids[0], "I03") == [(2023, Decimal("55")), (2024, Decimal("50"))]
    assert RO.indicator_series(ctx, ids[0], "ID02") == []  # text has no number


# --- demo ---------------------------------------------------------------------------------------


def test_demo_reports_are_realistic_and_deterministic(tmp_path: Path, clock: FixedClock) -> None:
    digests = []
    for run in ("a", "b"):
        with demo_context(tmp_path / f"{run}.sqlite", clock, dossiers=400, seed=11) as ctx:
            results = [RD.generate_demo_reports(ctx, year, seed=3) for year in (2022, 2023, 2024)]
            digests.append(
                sorted((o.read.organisation, o.year, o.read.sha256) for r in results for o in r.outcomes)
            )
            if run == "a":
                assert all(o.stored for r in results for o in r.outcomes)
                assert sum(r.stored for r in results) > 20
                assert sum(r.late for r in results) > 0 and sum(r.not_sent for r in results) > 0
                again = RD.generate_demo_reports(ctx, 2024, seed=3)
                assert again.stored == 0 and again.skipped == results[2].stored
                signals = {
                    f.signal
                    for row in RO.report_overview(ctx, 2024)
                    if row.received
                    for f in RO.follow_up_findings(ctx, row.organisation_id)
                }
                assert "negative_equity" in signals and "share_drop" in signals
                assert RO.sector_median(ctx, "I03", 2024) is not None
                assert RO.missing_reports(ctx, 2024)
                assert check_database(ctx.db).ok
    assert digests[0] == digests[1]
    with pytest.raises(BadInputError, match="nog niet afgelopen"):
        ctx = open_context(f"sqlite:///{tmp_path / 'a.sqlite'}", clock=clock, login="tester")
        try:
            RD.generate_demo_reports(ctx, 2025)
        finally:
            ctx.close()


# --- command line ---------------------------------------------------------------------------------


@pytest.fixture
def cli_db(tmp_path: Path, clock: FixedClock) -> Path:
    path = tmp_path / "cli.sqlite"
    ctx = open_context(f"sqlite:///{path}", clock=clock, login="tester")
    try:
        _org(ctx, name="Maatwerk De Brug")
        _org(ctx, OTHER, kind="maatwerkafdeling", name="Afdeling Stil")
    finally:
        ctx.close()
    return path


def test_cli_import_json_overview_and_missing(cli_db: Path, tmp_path: Path) -> None:
    good = _workbook(tmp_path, "goed.xlsx")
    bad = wb.write_filled(tmp_path / "fout.xlsx", ID05=2024, I01=None)
    result = wsedesk(
        "report", "import", str(good), str(bad), "--json", "--date", "2025-06-16", "--db", str(cli_db)
    )
    assert result.returncode == 1, result.stderr
    stored, rejected = json.loads(result.stdout)
    assert stored["status"] == "accepted" and stored["stored"] is True and stored["late"] is False
    assert stored["replaced"] is None and stored["organisation"] == ORG and stored["year"] == 2024
    assert stored["values"]["I03"] == 63.75 and stored["values"]["I14"] is True
    assert stored["cells"]["I03"].startswith("Indicatoren!D") and stored["sha256"] and stored["size"]
    assert rejected["status"] == "rejected" and rejected["stored"] is False
    assert any(e["code"] == "I01" for e in rejected["errors"])

    newer = _workbook(tmp_path, "nieuw.xlsx", I05=2_000_000)
    again = wsedesk("report", "import", str(newer), "--json", "--date", "2025-08-01", "--db", str(cli_db))
    assert again.returncode == 0, again.stderr
    [replacing] = json.loads(again.stdout)
    assert replacing["replaced"] == stored["submission_id"] and replacing["late"] is True

    duplicate = wsedesk("report", "import", str(newer), "--db", str(cli_db))
    assert duplicate.returncode == 1 and "AL INGELEZEN" in duplicate.stdout

    out = tmp_path / "overzicht.xlsx"
    overview = wsedesk("report", "overview", "--year", "2024", "-o", str(out), "--db", str(cli_db))
    assert overview.returncode == 0, overview.stderr
    assert "2 organisaties, 1 verslagen ontvangen (1 laattijdig)" in overview.stdout
    assert load_workbook(out).active["A2"].value == "Afdeling Stil"

    missing = wsedesk("report", "missing", "--year", "2024", "--json", "--db", str(cli_db))
    assert missing.returncode == 0, missing.stderr
    [row] = json.loads(missing.stdout)
    assert row["name"] == "Afdeling Stil" and row["due_on"] == "2025-07-31" and row["dossier"] is None


def test_cli_bad_input_is_one_line(cli_db: Path, tmp_path: Path) -> None:
    for args in (
        ("report", "overview", "--year", "twintig", "--db", str(cli_db)),
        ("report", "overview", "--year", "2024", "-o", str(tmp_path / "x.csv"), "--db", str(cli_db)),
        ("report", "missing", "--year", "24", "--db", str(cli_db)),
        ("report", "import", str(tmp_path / "x.xlsx"), "--date", "gisteren", "--db", str(cli_db)),
    ):
        result = wsedesk(*args)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert result.stderr.startswith("wsedesk: ") and result.stderr.count("\n") == 1, result.stderr
