"""An interrupted check-in: `wsedesk visit checkin` SIGKILLed at random moments, then run again.

After each kill both sides must be consistent (the central database either has the whole
package or none of it; the laptop's file is either the full package or its receipt), a rerun
must complete, and the result must equal — row by row — an uninterrupted check-in of the same
package into the same database.
"""

from __future__ import annotations

import getpass
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.integration.visit_helpers import make_dossier, make_org, make_user, plan
from wsedesk.clock import FixedClock
from wsedesk.rules.roles import Role
from wsedesk.services import visit_records as records
from wsedesk.services import visit_sync as sync
from wsedesk.services import visits as visit_service
from wsedesk.services.session import open_context
from wsedesk.services.visit_report import step_visit

ROOT = Path(__file__).resolve().parents[2]
PHOTO = b"\xff\xd8\xff\xe0" + os.urandom(60_000)
# Generated when a check-in runs (ids of new timeline lines and tombstones, clock readings): left
# out of the comparison; everything else must be equal.
VOLATILE = {
    "created_at",
    "updated_at",
    "recorded_at",
    "detected_at",
    "checked_in_at",
    "deleted_at",
    "resolved_at",
    "at",
    "hash",
    "prev_hash",
    "seq",
}
RANDOM_IDS = {"dossier_events", "tombstones", "audit_log"}


def _cli(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "wsedesk", *args],
        cwd=ROOT,
        env=dict(os.environ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _checkin(central: Path, package: Path) -> subprocess.Popen[bytes]:
    return _cli("--db", str(central), "visit", "checkin", str(package))


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, volatile columns left out, sorted: what "equal" means here."""
    con = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        out: dict[str, list[tuple[object, ...]]] = {}
        for table in sorted(tables):
            columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
            keep = [
                c
                for c in columns
                if c not in VOLATILE and not (table in RANDOM_IDS and c in ("id", "entity_id"))
            ]
            if table == "audit_log":
                keep = ["action", "entity"]
            if not keep:
                continue
            columns_sql = ", ".join(f'"{c}"' for c in keep)
            rows = con.execute(f'SELECT {columns_sql} FROM "{table}"')
            kept = [tuple(r) for r in rows if not (table == "package_manifest" and r[0] == "checked_in_at")]
            out[table] = sorted(kept, key=repr)
        return out
    finally:
        con.close()


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A central SQLite database and a package with offline work on 12 visits (findings, actions, photos)."""
    folder = tmp_path_factory.mktemp("kill")
    central = folder / "central.sqlite"
    clock = FixedClock(datetime(2025, 6, 16, 9, 30))
    ctx = open_context(f"sqlite:///{central}", clock=clock, login="tester")
    # the subprocess is whoever runs the tests (the OS login on SQLite): an inspector here
    make_user(f"sqlite:///{central}", clock, getpass.getuser(), [Role.INSPECTEUR]).close()
    try:
        visits = []
        for n in range(12):
            org = make_org(ctx, n + 1)
            dossier = make_dossier(ctx, org, "MW", "toegekend", n=n + 1)
            visits.append((plan(ctx, org, "begeleiding", on=date(2025, 6, 16), dossiers=(dossier,)), dossier))
        sync.checkout(ctx, folder / "pakket.wsebezoek", visit_ids=[v for v, _ in visits])
        # one central edit meanwhile, so the check-in also records a conflict
        records.record_finding(ctx, visits[0][0], "collega-coach", "in_orde", "centraal")
    finally:
        ctx.close()
    laptop = sync.open_offline(folder / "pakket.wsebezoek", clock=clock)
    try:
        for visit, dossier in visits:
            detail = visit_service.visit_detail(laptop, visit)
            step_visit(laptop, visit, "uitgevoerd", on=date(2025, 6, 16), expected_version=detail.version)
            for i, finding in enumerate(detail.findings):
                verdict = "niet_in_orde" if i % 3 == 0 else "in_orde"
                note = f"vastgesteld {i}" if verdict != "in_orde" else ""
                records.record_finding(
                    laptop, visit, finding.item_key, verdict, note, expected_version=finding.version
                )
            records.add_action(
                laptop, visit, "Ondersteuningsplan bezorgen", date(2025, 7, 16), dossier_id=dossier
            )
            records.add_attachment(laptop, visit, "werkvloer.jpg", PHOTO, caption="Werkvloer")
    finally:
        laptop.close()
    return central, folder / "pakket.wsebezoek"


def _fresh(prepared: tuple[Path, Path], folder: Path) -> tuple[Path, Path]:
    folder.mkdir()
    central, package = folder / "central.sqlite", folder / "pakket.wsebezoek"
    shutil.copyfile(prepared[0], central)
    shutil.copyfile(prepared[1], package)
    return central, package


def _checked_in(central: Path) -> bool:
    con = sqlite3.connect(central)
    try:
        return con.execute("SELECT status FROM visit_checkouts").fetchone()[0] == "ingecheckt"
    finally:
        con.close()


def _is_receipt(package: Path) -> bool:
    con = sqlite3.connect(package)
    try:
        return con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'visits'").fetchone()[0] == 0
    finally:
        con.close()


def test_a_check_in_killed_at_random_moments_completes_on_rerun_with_the_same_result(
    prepared: tuple[Path, Path], tmp_path: Path
) -> None:
    ref_central, ref_package = _fresh(prepared, tmp_path / "reference")
    started = time.monotonic()
    proc = _checkin(ref_central, ref_package)
    assert proc.wait(timeout=300) == 0, proc.stderr.read() if proc.stderr else ""
    duration = time.monotonic() - started
    reference = _rows(ref_central)
    assert reference["visit_conflicts"] and len(reference["visit_attachments"]) == 12
    reference_receipt = _rows(ref_package)

    rng = random.Random(10)
    outcomes: set[tuple[bool, bool]] = set()
    for attempt in range(8):
        central, package = _fresh(prepared, tmp_path / f"run{attempt}")
        proc = _checkin(central, package)
        time.sleep(rng.uniform(0.1, duration))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        # both sides consistent right after the kill
        done, receipt = _checked_in(central), _is_receipt(package)
        assert not (receipt and not done), "the laptop's copy was cleared before the central side had it"
        if not done:
            assert _rows(central) == _rows(prepared[0])
        else:
            assert _rows(central) == reference
        outcomes.add((done, receipt))
        rerun = _checkin(central, package)
        assert rerun.wait(timeout=300) == 0, rerun.stderr.read() if rerun.stderr else ""
        assert _rows(central) == reference
        assert _is_receipt(package) and _rows(package) == reference_receipt
    assert (False, False) in outcomes  # at least one kill landed before the commit
