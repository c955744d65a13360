"""A lost laptop leaks nothing: the local database and visit packages encrypted at rest (SQLCipher)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.integration.visit_helpers import make_dossier, make_org, plan
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.errors import DatabaseError
from wsedesk.models import Organisation
from wsedesk.services import visit_records as records
from wsedesk.services import visit_sync as sync
from wsedesk.services import visits as visit_service
from wsedesk.services.backup import backup, restore_backup
from wsedesk.services.database import check_database
from wsedesk.services.session import open_context
from wsedesk.settings import Settings
from wsedesk.storage import keys
from wsedesk.storage.encryption import PLAIN_HEADER, encrypted_connection, file_key, is_encrypted_file
from wsedesk.storage.sync import PackageRefused

sqlcipher3 = pytest.importorskip("sqlcipher3", reason="SQLCipher wheel not installed on this platform")

NAME = "Groep Intro vzw"


def _encrypted_database(path: Path, clock: FixedClock) -> None:
    ctx = open_context(
        f"sqlite:///{path}", settings=Settings(encrypt_local_database=True), clock=clock, login="tester"
    )
    try:
        with ctx.uow(write=True) as uow:
            uow.session.add(Organisation(enterprise_number="0428759497", name=NAME, kind="vzw"))
            uow.commit()
        assert ctx.db.encrypted
    finally:
        ctx.close()


def _forget_keys(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """As on another machine: an empty key store, nothing cached in this process."""
    monkeypatch.setenv("WSEDESK_KEY_DIR", str(tmp_path / "andere-sleutels"))
    keys._cache.clear()


def test_the_file_does_not_open_without_the_key(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "laptop.sqlite"
    _encrypted_database(path, clock)
    assert is_encrypted_file(path)
    assert NAME.encode() not in path.read_bytes()
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(path).execute("SELECT * FROM organisations").fetchall()
    wrong = sqlcipher3.connect(str(path))
    wrong.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        wrong.execute("SELECT * FROM organisations").fetchall()
    wrong.close()
    # With the key (the program, this installation) it opens, checks clean and has its data.
    ctx = open_context(f"sqlite:///{path}", clock=clock, login="tester")  # detected: no setting needed
    try:
        with ctx.uow() as uow:
            assert uow.session.scalars(select(Organisation.name)).all() == [NAME]
        assert check_database(ctx.db).ok
    finally:
        ctx.close()
    _forget_keys(monkeypatch, tmp_path)
    with pytest.raises(DatabaseError, match="versleuteld"):
        open_context(f"sqlite:///{path}", clock=clock, login="tester")


def test_an_encrypted_database_backs_up_encrypted_and_restores(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "laptop.sqlite"
    _encrypted_database(path, clock)
    ctx = open_context(f"sqlite:///{path}", clock=clock, login="tester")
    try:
        info = backup(ctx, tmp_path / "backup.sqlite")
    finally:
        ctx.close()
    assert is_encrypted_file(info.path) and NAME.encode() not in info.path.read_bytes()
    target = tmp_path / "terug.sqlite"
    restore_backup(info.path, f"sqlite:///{target}", login="tester")
    assert is_encrypted_file(target)
    restored = open_context(f"sqlite:///{target}", clock=clock, login="tester")
    try:
        assert check_database(restored.db).ok
    finally:
        restored.close()


def test_a_visit_package_connection_is_encrypted(tmp_path: Path) -> None:
    """storage.encryption.encrypted_connection: what storage/sync.py uses for visit packages."""
    package = tmp_path / "bezoek.wsepakket"
    conn = encrypted_connection(package)
    conn.execute("CREATE TABLE bevindingen (tekst TEXT)")
    conn.execute("INSERT INTO bevindingen VALUES ('Begeleidingsplan ontbreekt')")
    conn.commit()
    conn.close()
    assert b"Begeleidingsplan" not in package.read_bytes()
    again = encrypted_connection(package, readonly=True)
    assert again.execute("SELECT tekst FROM bevindingen").fetchall() == [("Begeleidingsplan ontbreekt",)]
    again.close()
    with pytest.raises(DatabaseError, match="opent niet met de sleutel"):
        encrypted_connection(package, b"\x01" * 32)


# --- visit packages with a key of their own ---------------------------------------------------------------------


def test_an_encrypted_visit_package_goes_out_and_comes_back_and_opens_nowhere_else(
    ctx: AppContext, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Check-out on the laptop (setting on) → offline work → check-in on that laptop; elsewhere: refused."""
    ctx.settings = Settings(encrypt_local_database=True)
    org = make_org(ctx, 1, name=NAME)
    visit = plan(ctx, org, "opvolgbezoek", dossiers=(make_dossier(ctx, org, "MW", "toegekend"),))
    item = visit_service.visit_detail(ctx, visit).findings[0].item_key
    package = tmp_path / "pakket.wsebezoek"
    sync.checkout(ctx, package, visit_ids=[visit])
    assert is_encrypted_file(package) and file_key(package) is not None
    assert NAME.encode() not in package.read_bytes() and b"opvolgbezoek" not in package.read_bytes()
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(package).execute("SELECT * FROM visits").fetchall()

    moved = package.rename(tmp_path / "hernoemd.wsebezoek")  # the key goes with the salt, not the name
    laptop = sync.open_offline(moved, clock=clock)
    try:
        assert laptop.db.encrypted
        records.record_finding(laptop, visit, item, "niet_in_orde", "op de laptop: niet aangetoond")
    finally:
        laptop.close()
    assert is_encrypted_file(moved) and b"niet aangetoond" not in moved.read_bytes()

    # On another computer (an empty key store): not offline, not at check-in, nothing stored.
    home_keys = os.environ["WSEDESK_KEY_DIR"]
    _forget_keys(monkeypatch, tmp_path)
    for attempt in (lambda: sync.open_offline(moved, clock=clock), lambda: sync.checkin(ctx, moved)):
        with pytest.raises(PackageRefused, match="sleutel niet op deze computer"):
            attempt()
    assert visit_service.visit_detail(ctx, visit).findings[0].verdict is None
    monkeypatch.setenv("WSEDESK_KEY_DIR", home_keys)
    keys._cache.clear()

    # Back on the laptop: the check-in merges, and the receipt left behind is encrypted with the same key.
    result = sync.checkin(ctx, moved)
    assert result.merged >= 1 and result.cleared
    found = visit_service.visit_detail(ctx, visit).findings[0]
    assert (found.verdict, found.note) == ("niet_in_orde", "op de laptop: niet aangetoond")
    assert is_encrypted_file(moved) and file_key(moved) is not None
    assert sync.checkin(ctx, moved).already_checked_in
    with pytest.raises(PackageRefused, match="ingecheckt en is leeg"):
        sync.open_offline(moved, clock=clock)


def test_without_the_setting_a_package_stays_a_plain_file(ctx: AppContext, tmp_path: Path) -> None:
    org = make_org(ctx, 1, name=NAME)
    visit = plan(ctx, org, "opvolgbezoek")
    package = tmp_path / "pakket.wsebezoek"
    sync.checkout(ctx, package, visit_ids=[visit])
    assert not is_encrypted_file(package) and package.read_bytes().startswith(PLAIN_HEADER)
