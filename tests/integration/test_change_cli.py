"""`wsedesk change` as a user types it: a real subprocess on a demo SQLite file (ED-11, QR-7)."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import timedelta
from pathlib import Path

import pytest

from tests.integration.test_cli import demo_file, wsedesk
from wsedesk.clock import SystemClock

TODAY = SystemClock().today()  # the subprocess runs on the real clock


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_file(tmp_path_factory.mktemp("change"), 600, 7)


def references(db: Path, dossier_type: str, status: str) -> list[str]:
    con = sqlite3.connect(db)
    try:
        rows = con.execute(
            "SELECT reference FROM dossiers WHERE dossier_type = ? AND status = ? ORDER BY reference",
            (dossier_type, status),
        ).fetchall()
    finally:
        con.close()
    assert rows, f"demo data without a {dossier_type} dossier in '{status}'"
    return [r[0] for r in rows]


def recognised_with_a_valid_registration(db: Path) -> str:
    """A recognised ED dossier that meets every condition today and has no change registered yet,
    found by its checks rather than by its place in the demo data (which follows the workflows)."""
    from wsedesk.services.checks import check_dossier_findings
    from wsedesk.services.session import open_context

    con = sqlite3.connect(db)
    try:
        candidates = con.execute(
            "SELECT id, reference FROM dossiers WHERE dossier_type = 'ED' AND status = 'erkend' "
            "AND id NOT IN (SELECT dossier_id FROM condition_changes) ORDER BY reference"
        ).fetchall()
    finally:
        con.close()
    ctx = open_context(f"sqlite:///{db}")  # the login the commands use: no new user
    try:
        for dossier_id, reference in candidates:
            findings = check_dossier_findings(
                ctx, str(uuid.UUID(hex=str(dossier_id).replace("-", ""))), TODAY
            )
            if all(f.verdict != "niet voldaan" for f in findings):
                return str(reference)
    finally:
        ctx.close()
    raise AssertionError("demo data without a recognised ED dossier that meets its conditions")


def status_of(db: Path, reference: str) -> str:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT status FROM dossiers WHERE reference = ?", (reference,)).fetchone()[0]
    finally:
        con.close()


def test_an_unreported_change_prints_the_failing_rule_and_the_proposal(demo_db: Path) -> None:
    ref = references(demo_db, "ED", "erkend")[0]
    occurred = (TODAY - timedelta(days=5)).isoformat()
    result = wsedesk(
        "change",
        ref.lower(),
        "--description",
        "Begeleider An Maes uit dienst",
        "--occurred",
        occurred,
        "--not-reported",
        "--json",
        "--db",
        str(demo_db),
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["reference"] == ref and out["change_id"]
    assert out["occurred_on"] == occurred and out["reported_on"] is None
    assert all(f["verdict"] != "voldaan" for f in out["findings"])
    assert all(set(f) >= {"rule_id", "verdict", "reason"} for f in out["findings"])
    ed11 = [f for f in out["findings"] if f["rule_id"] == "ED-11"]
    assert [f["verdict"] for f in ed11] == ["niet voldaan"]
    assert "Begeleider An Maes uit dienst" in ed11[0]["reason"]
    proposal = out["proposal"]
    assert (proposal["action"], proposal["label"], proposal["rule_id"]) == (
        "intrekken",
        "Erkenning intrekken na melding",
        "ED-11",
    )
    assert status_of(demo_db, ref) == "erkend"  # proposed, never taken


def test_a_reported_change_in_text_proposes_nothing(demo_db: Path) -> None:
    ref = recognised_with_a_valid_registration(demo_db)
    result = wsedesk("change", ref, "--description", "Nieuwe vestiging in Aalst", "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    assert f"Wijziging geregistreerd bij {ref}" in result.stdout
    assert f"gemeld op {TODAY:%d/%m/%Y}" in result.stdout  # reported today by default
    assert "Geen stap voorgesteld." in result.stdout
    assert "ED-11  NIET VOLDAAN" not in result.stdout


def test_a_qr_change_is_stored_and_reported_as_json(demo_db: Path) -> None:
    ref = references(demo_db, "QR", "gevalideerd")[0]
    result = wsedesk("change", ref, "--description", "Nieuw adres", "--json", "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["reference"] == ref and out["reported_on"] == TODAY.isoformat()
    assert "proposal" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--occurred", "2025-13-01"], "--occurred verwacht een datum"),
        (["--reported", "16/13/2025"], "--reported verwacht een datum"),
        (["--occurred", (TODAY + timedelta(days=3)).isoformat()], "toekomst"),
    ],
)
def test_bad_dates_are_refused_naming_the_option(demo_db: Path, args: list[str], message: str) -> None:
    ref = references(demo_db, "ED", "erkend")[2]
    result = wsedesk("change", ref, "--description", "x", *args, "--db", str(demo_db))
    assert result.returncode == 2
    assert result.stderr.startswith("wsedesk:") and message in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_reference_is_refused(demo_db: Path) -> None:
    result = wsedesk("change", "ED-1999-99999", "--description", "x", "--db", str(demo_db))
    assert result.returncode == 2 and "Geen dossier" in result.stderr
