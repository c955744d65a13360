"""A damaged SQLite file is noticed on open, reported with the way out, and left untouched."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.integration.test_cli import ROOT, wsedesk
from wsedesk.clock import FixedClock
from wsedesk.services.session import open_context
from wsedesk.storage.health import DamagedDatabaseError


def _fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def database(tmp_path: Path, clock: FixedClock) -> Path:
    """A closed, checkpointed database with some audited work in it (demo data)."""
    from wsedesk.services.demo import generate_demo

    path = tmp_path / "werk.sqlite"
    ctx = open_context(f"sqlite:///{path}", clock=clock, login="tester")
    try:
        generate_demo(ctx, dossiers=60, seed=3)
    finally:
        ctx.close()
    assert not Path(f"{path}-wal").exists()
    return path


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _truncate_mid_page(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:-1000])


def _corrupt_page(path: Path) -> None:
    # A page of a data table (the timeline), not of the schema: opening still reads the schema,
    # the integrity check finds the damage. (The middle of the file moves with every new table.)
    con = sqlite3.connect(path)
    try:
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'dossier_events'").fetchone()[0]
        page = con.execute("PRAGMA page_size").fetchone()[0]
    finally:
        con.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page
    data[start : start + page] = bytes([0xA5]) * page
    path.write_bytes(bytes(data))


def _overwrite_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:16] = b"not a database!!"
    path.write_bytes(bytes(data))


DAMAGE: list[tuple[str, Callable[[Path], None], str]] = [
    ("truncated", _truncate, "afgekapt"),
    ("truncated-mid-page", _truncate_mid_page, "afgekapt"),
    ("corrupted-page", _corrupt_page, "integriteitscontrole faalt"),
    ("header-overwritten", _overwrite_header, "begint niet als een SQLite-database"),
]


@pytest.mark.parametrize(("damage", "expected"), [(d[1], d[2]) for d in DAMAGE], ids=[d[0] for d in DAMAGE])
def test_a_damaged_file_is_refused_with_the_way_out_and_left_as_it_was(
    database: Path, clock: FixedClock, damage: Callable[[Path], None], expected: str
) -> None:
    damage(database)
    before = _fingerprint(database)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_context(f"sqlite:///{database}", clock=clock, login="tester")
    message = str(caught.value)
    assert expected in message and "is beschadigd" in message
    assert f"wsedesk db restore BACKUP --to {database}" in message
    assert _fingerprint(database) == before
    # The command line says the same in one line, exit 2, and `db check` reports it (exit 1).
    result = wsedesk("deadlines", "--db", str(database))
    assert result.returncode == 2 and result.stderr.startswith("wsedesk: De database")
    assert "Traceback" not in result.stderr
    check = wsedesk("db", "check", "--db", str(database))
    assert check.returncode == 1 and "FOUT" in check.stdout and expected in check.stdout
    assert _fingerprint(database) == before


_HOT_WRITER = """
import os, sys
from wsedesk.services.session import open_context
from wsedesk.models import Organisation
ctx = open_context(sys.argv[1], login="tester")
with ctx.uow(write=True) as uow:
    uow.session.add(Organisation(enterprise_number="0428759497", name="Na de laatste backup", kind="vzw"))
    uow.commit()
print("acknowledged", flush=True)
os._exit(0)  # no close, no checkpoint: the commit lives only in the -wal file
"""


def test_a_lost_wal_of_a_hot_database_is_noticed(database: Path, clock: FixedClock) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _HOT_WRITER, f"sqlite:///{database}"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert "acknowledged" in result.stdout, result.stderr
    wal = Path(f"{database}-wal")
    assert wal.exists() and wal.stat().st_size > 0
    wal.unlink()  # lost: a copy without it, a sync tool that skipped it, a disk error
    before = _fingerprint(database)
    with pytest.raises(DamagedDatabaseError, match="de nieuwste wijzigingen ontbreken"):
        open_context(f"sqlite:///{database}", clock=clock, login="tester")
    assert _fingerprint(database) == before


def test_a_healthy_hot_database_opens_with_its_wal(database: Path, clock: FixedClock) -> None:
    """The same crash with the -wal kept: nothing is lost and the file opens."""
    subprocess.run(
        [sys.executable, "-c", _HOT_WRITER, f"sqlite:///{database}"], check=True, cwd=ROOT, timeout=120
    )
    ctx = open_context(f"sqlite:///{database}", clock=clock, login="tester")
    try:
        from sqlalchemy import select

        from wsedesk.models import Organisation

        with ctx.uow() as uow:
            names = uow.session.scalars(select(Organisation.name)).all()
        assert "Na de laatste backup" in names
    finally:
        ctx.close()


def test_an_anchor_the_file_meets_is_not_checked_against_the_key(
    database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Opening asks for this installation's key only when the anchor claims more than the file
    holds: the key's store (the keyring's import) is not on every start's way (issue #13)."""
    import json

    from wsedesk.storage.anchor import sqlite_anchor_path
    from wsedesk.storage.health import verify_sqlite_file

    anchor_file = sqlite_anchor_path(database)
    stored = json.loads(anchor_file.read_text(encoding="utf-8"))
    keys = tmp_path / "geen-sleutels"
    monkeypatch.setenv("WSEDESK_KEY_DIR", str(keys))  # another installation: no key here yet

    verify_sqlite_file(database)  # the anchor claims what the file holds: no key asked for
    assert not keys.exists()

    anchor_file.write_text(json.dumps({**stored, "seq": stored["seq"] + 5}), encoding="utf-8")
    verify_sqlite_file(database)  # claims more, but signed elsewhere: ignored, as before, and said
    assert keys.exists() and "Audit anchor not used on open" in caplog.text
