"""`wsedesk visit …` as a user types it: real subprocesses on a demo SQLite file, the report read back."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.integration.test_cli import demo_file, wsedesk


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_file(tmp_path_factory.mktemp("visit-cli"), 200, 3)


def _custom_work_company(db: Path) -> tuple[str, str, str]:
    con = sqlite3.connect(db)
    try:
        kbo, name, ref = con.execute(
            "SELECT o.enterprise_number, o.name, d.reference FROM organisations o "
            "JOIN dossiers d ON d.organisation_id = o.id WHERE o.kind = 'maatwerkbedrijf' "
            "ORDER BY o.name, d.reference LIMIT 1"
        ).fetchone()
    finally:
        con.close()
    return kbo, name, ref


def test_plan_list_checkout_checkin_and_report(demo_db: Path, tmp_path: Path) -> None:
    kbo, name, dossier = _custom_work_company(demo_db)
    planned = wsedesk(
        "visit", "plan", "--db", str(demo_db), "--organisation", kbo, "--type", "opvolgbezoek",
        "--date", "16/06/2025", "--dossier", dossier, "--json",
    )  # fmt: skip
    assert planned.returncode == 0, planned.stderr
    visit = json.loads(planned.stdout)
    assert set(visit) == {
        "id", "reference", "organisation", "enterprise_number", "type", "planned_on", "performed_on",
        "status", "visitors", "dossiers", "open_actions", "overdue_actions",
    }  # fmt: skip
    assert (
        visit["organisation"],
        visit["type"],
        visit["planned_on"],
        visit["status"],
        visit["dossiers"],
    ) == (
        name,
        "opvolgbezoek",
        "2025-06-16",
        "gepland",
        [dossier],
    )
    listed = wsedesk("visit", "list", "--db", str(demo_db), "--json")
    assert listed.returncode == 0, listed.stderr
    assert visit["reference"] in [v["reference"] for v in json.loads(listed.stdout)]
    text = wsedesk("visit", "list", "--db", str(demo_db))
    assert visit["reference"] in text.stdout and "Opvolgbezoek maatwerkbedrijf" in text.stdout

    package = tmp_path / "laptop.wsebezoek"
    out = wsedesk(
        "visit", "checkout", "--db", str(demo_db), "--to", str(package), "--visit", visit["reference"]
    )
    assert out.returncode == 0, out.stderr
    assert package.is_file() and "wsedesk --pakket" in out.stdout
    back = wsedesk("visit", "checkin", "--db", str(demo_db), str(package), "--json")
    assert back.returncode == 0, back.stderr
    counts = json.loads(back.stdout)
    assert set(counts) == {
        "package", "issued_to", "already_checked_in", "merged", "created", "updated", "deleted",
        "conflicts", "conflict_kinds", "warnings", "cleared",
    }  # fmt: skip
    assert (counts["merged"], counts["conflicts"], counts["cleared"], counts["already_checked_in"]) == (
        0,
        0,
        True,
        False,
    )
    again = wsedesk("visit", "checkin", "--db", str(demo_db), str(package))
    assert again.returncode == 0 and "al ingecheckt" in again.stdout

    pdf = tmp_path / "verslag.pdf"
    report = wsedesk("visit", "report", visit["reference"], "--db", str(demo_db), "-o", str(pdf))
    assert report.returncode == 0, report.stderr
    reader = PdfReader(pdf)
    content = "\n".join(page.extract_text() for page in reader.pages)
    for needle in (visit["reference"], "Bevindingen", "Opvolgacties", "duurzaamheidsverslag", "CONCEPT"):
        assert needle in content, needle
    assert reader.metadata is not None and "bezoekverslag" in (reader.metadata.get("/Keywords") or "")


def test_mistakes_get_a_dutch_message_and_exit_code_2(demo_db: Path, tmp_path: Path) -> None:
    week_alone = wsedesk(
        "visit", "checkout", "--db", str(demo_db), "--to", str(tmp_path / "p"), "--week", "--visit", "X"
    )
    assert week_alone.returncode == 2 and "--week hoort bij --assignee" in week_alone.stderr
    unknown = wsedesk(
        "visit", "report", "BZ-2025-FFFFFFFF", "--db", str(demo_db), "-o", str(tmp_path / "r.pdf")
    )
    assert unknown.returncode == 2 and "Geen bezoek met kenmerk 'BZ-2025-FFFFFFFF'" in unknown.stderr
    bad_date = wsedesk(
        "visit",
        "plan",
        "--db",
        str(demo_db),
        "--organisation",
        "0428759497",
        "--type",
        "formeel",
        "--date",
        "31/02/2025",
    )
    assert bad_date.returncode == 2 and "--date verwacht een datum DD/MM/JJJJ" in bad_date.stderr
    missing = wsedesk("visit", "checkin", str(tmp_path / "weg.wsebezoek"), "--db", str(demo_db))
    assert missing.returncode == 2 and "bestaat niet" in missing.stderr
    for result in (week_alone, unknown, bad_date, missing):
        assert "Traceback" not in result.stderr
